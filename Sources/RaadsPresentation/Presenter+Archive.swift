import RaadsMetrics

/// What the archive (issue 12) adds to tiles and details: the change since an earlier snapshot,
/// and the quota's "als er niets verandert" projection.
extension Presenter {
    // MARK: - Projection

    static func quotaFigure(_ x: Double, _ unit: QuotaUnit, _ l: Language) -> String {
        (unit == .personen ? NumberFormat.integer(x, language: l) : NumberFormat.decimal(x, language: l)) + " " + unit.label(l)
    }

    /// The projection as a row of the quota's series table, next to the year's target.
    static func projectionRow(_ s: Summary, _ l: Language, _ thresholds: Thresholds = .standard) -> [String]? {
        guard let p = s.quotumProjectie, p.jaar == s.jaar else { return nil }
        let value = p.eenheid == .personen ? NumberFormat.integer(p.waarde, language: l) : NumberFormat.decimal(p.waarde, language: l)
        let target = p.doel.map { p.eenheid == .personen ? NumberFormat.integer($0, language: l) : NumberFormat.decimal($0, language: l) } ?? "–"
        return [
            l.pick("\(p.jaar) t/m 31-12, als er niets verandert", "\(p.jaar) to 31-12, if nothing changes"), value, target, p.eenheid.label(l),
            dec(p.banen, l), dec(p.fte, l), NumberFormat.integer(p.personen, language: l),
            s.quotum.selected.vastgesteldDoor?.label(l) ?? "–", statusCell(thresholds.judge(p.waarde, target: p.doel), l),
        ]
    }

    /// The projection in plain words, with what it assumes.
    static func projectionCaveat(_ s: Summary, _ l: Language, _ thresholds: Thresholds = .standard) -> String? {
        guard let p = s.quotumProjectie, p.jaar == s.jaar else { return nil }
        let value = quotaFigure(p.waarde, p.eenheid, l)
        let target =
            p.doel.map {
                l.pick(
                    " tegen een doel van \(quotaFigure($0, p.eenheid, l)) (\(thresholds.judge(p.waarde, target: $0).word(l)))",
                    " against a target of \(quotaFigure($0, p.eenheid, l)) (\(thresholds.judge(p.waarde, target: $0).word(l)))")
            } ?? ""
        return l.pick(
            "Als er niets verandert, komt \(p.jaar) uit op \(value)\(target). Dat is het jaargemiddelde als alle \(p.lopend) plaatsingen die op de peildatum lopen doorlopen tot 31 december en er geen bijkomt of stopt; een rekenvoorbeeld, geen voorspelling.",
            "If nothing changes, \(p.jaar) ends at \(value)\(target). That is the yearly average if all \(p.lopend) placements running on the reference date continue to 31 December and none starts or ends; a what-if, not a forecast."
        )
    }

    // MARK: - Change since an earlier snapshot

    /// The tiles with `change` filled in from `since` (an earlier snapshot of the same
    /// municipality) for the summary's year. Unchanged without a snapshot.
    public static func withChanges(_ tiles: [Tile], _ s: Summary, since: ArchivedSnapshot?, language l: Language) -> [Tile] {
        guard let since, since.gemeente == s.dataset.naam else { return tiles }
        let now = JSONValue(SummaryJSON.encode(s))
        let before = since.year(s.jaar).flatMap { JSONValue.parse($0.summaryJSON) }
        return tiles.map { tile in
            var t = tile
            t.change = change(tile.id, before: before, now: now, since: since, l)
            return t
        }
    }

    /// `+3,0 sinds 12-03`, `gelijk sinds 12-03`, `nieuw sinds 12-03`; for a parameter without a
    /// value the status (`was risico, sinds 12-03`). `nil` when the snapshot lacks the year.
    static func change(_ id: ParameterID, before: JSONValue?, now: JSONValue, since: ArchivedSnapshot, _ l: Language) -> String? {
        guard let before else { return nil }
        let key = SnapshotComparison.key(id)
        let pb = before["parameters"]?[key], pa = now["parameters"]?[key]
        let date = since.createdDay.map { NumberFormat.dayMonth($0, language: l) } ?? since.shortDate
        let sinds = l.pick("sinds", "since")
        let vb = pb?["waarde"]?.number, va = pa?["waarde"]?.number
        if let vb, let va, pb?["eenheid"]?.string == pa?["eenheid"]?.string {
            if abs(va - vb) < 1e-9 { return l.pick("gelijk sinds \(date)", "unchanged since \(date)") }
            var text = ComparisonReport.signed(va - vb, unit: pa?["eenheid"]?.string == "%" ? "pp" : pa?["eenheid"]?.string, l) + " \(sinds) \(date)"
            if let sb = pb?["status"]?.string, sb != pa?["status"]?.string {
                text += l.pick(" (was \(ComparisonReport.statusWord(sb, l)))", " (was \(ComparisonReport.statusWord(sb, l)))")
            }
            return text
        }
        if vb == nil, va != nil { return l.pick("nieuw \(sinds) \(date)", "new \(sinds) \(date)") }
        if let sb = pb?["status"]?.string, let sa = pa?["status"]?.string, sb != sa {
            return l.pick("was \(ComparisonReport.statusWord(sb, l)) op \(date)", "was \(ComparisonReport.statusWord(sb, l)) on \(date)")
        }
        return pb == pa ? l.pick("gelijk sinds \(date)", "unchanged since \(date)") : nil
    }
}
