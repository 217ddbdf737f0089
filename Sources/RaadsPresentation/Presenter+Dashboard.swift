import RaadsMetrics

extension Presenter {
    /// The tiles of a dashboard, in panel order, with its titles, thresholds and targets applied.
    public static func tiles(_ s: Summary, dashboard: Dashboard, language l: Language) -> [Tile] {
        dashboard.panels.map { tile($0, s, language: l) }
    }

    /// The value and target a panel's thresholds judge (`nil` for parameters judged by rule).
    static func judged(_ panel: DashboardPanel, _ s: Summary) -> (value: Double?, target: Double?)? {
        switch panel.parameter {
        case .quotum: (s.quotum.selected.waarde, s.quotum.selected.doel)
        case .duurzaamheid: (s.duurzaamheid.selected.waarde, panel.target ?? s.duurzaamheid.selected.doel)
        case .fondsBovenformatief: (s.fonds.benuttingPct, s.fonds.benuttingPct == nil ? nil : 100)
        // Judged on the ended contracts (contract v1.2): a running contract is not behind.
        case .sroiRealisatie: (s.sroiRealisatie.selected.realisatieAfgerondPct, s.sroiRealisatie.selected.realisatieAfgerondPct == nil ? nil : 100)
        case .sroiNaleving: (s.sroiNaleving.selected.nalevingsPct, s.sroiNaleving.selected.nalevingsPct == nil ? nil : 100)
        case .regioGarantiebanen: (s.regio.selected.waarde, s.regio.selected.doel)
        case .informatievoorziening: nil
        }
    }

    /// One panel's tile.
    public static func tile(_ panel: DashboardPanel, _ s: Summary, language l: Language) -> Tile {
        if let v = panel.view {
            var t = viewTile(v, s, l)
            t.title = panel.title(l)
            if let key = panel.keyFigure { t.keyFigure = keyFigureText(key, s, l) }
            return t
        }
        var t = tile(panel.parameter, s, language: l)
        t.title = panel.title(l)
        if let (value, target) = judged(panel, s) {
            t.status = panel.thresholds.judge(value, target: target)
            if !(panel.parameter == .sroiRealisatie && t.status == .onbekend) {
                t.statusText = statusText(t.status, hasValue: value != nil, l)
            }
        }
        if panel.parameter == .duurzaamheid, let target = panel.target {
            t.progress = t.progress.map { $0 * 100 / max(target, .leastNonzeroMagnitude) }
            t.series = t.series.map {
                var p = $0; p.doel = target; return p
            }
            t.targetText =
                l.pick("doel ", "target ") + NumberFormat.percent(target, language: l) + l.pick(" vast (dashboard)", " permanent (dashboard)")
                + (t.targetText.map { " · " + $0 } ?? "")
        }
        if let key = panel.keyFigure {
            t.keyFigure = keyFigureText(key, s, l)
        }
        return t
    }

    /// What a panel's status is judged against, in words: "van het doel van het jaar".
    static func judgedAgainst(_ panel: DashboardPanel, _ l: Language) -> String? {
        switch panel.parameter {
        case .quotum: l.pick("het doel van het jaar", "the year's target")
        case .duurzaamheid:
            panel.target.map {
                l.pick(
                    "het doel van \(NumberFormat.percent($0, language: l)) vast uit het dashboardbestand",
                    "the dashboard file's target of \(NumberFormat.percent($0, language: l)) permanent")
            }
        case .fondsBovenformatief: l.pick("het beschikbare geld (doel: alles besteed)", "the money available (target: all of it spent)")
        case .sroiRealisatie: l.pick("de verplichting van de afgelopen contracten", "the obligation of the ended contracts")
        case .sroiNaleving: l.pick("de afgelopen plichtige contracten (norm: alle voldaan)", "the ended obliged contracts (norm: all fulfilled)")
        case .regioGarantiebanen: l.pick("het indicatieve doel", "the indicative target")
        case .informatievoorziening: nil
        }
    }

    /// How the status of a panel is decided, with the thresholds that apply to it (from the
    /// dashboard file, or the data contract's defaults), or the rule for informatievoorziening.
    /// `nil` when there is nothing to judge against (duurzaamheid without a target).
    public static func statusRule(_ panel: DashboardPanel, _ l: Language) -> String? {
        if panel.view != nil { return nil }
        if panel.parameter == .informatievoorziening {
            return l.pick(
                "Status: op koers als de raad cijfers kreeg over de banenafspraak, over SROI én over het budget; achter als over geen van de drie; anders risico.",
                "Status: on track when the council got figures on the job agreement, on SROI and on the budget; behind when on none of the three; at risk otherwise."
            )
        }
        guard let basis = judgedAgainst(panel, l) else { return nil }
        let t = panel.thresholds
        let on = NumberFormat.percent(t.opKoers * 100, digits: 0, language: l), risk = NumberFormat.percent(t.risico * 100, digits: 0, language: l)
        let origin =
            t == .standard
            ? l.pick("de standaarddrempels van het aanleverformaat", "the data contract's default thresholds")
            : l.pick("drempels uit dit dashboardbestand", "thresholds from this dashboard file")
        return l.pick(
            "Status: op koers vanaf \(on) van \(basis), risico vanaf \(risk), achter daaronder (\(origin)).",
            "Status: on track from \(on) of \(basis), at risk from \(risk), behind below that (\(origin)).")
    }

    /// A kengetal's id from kengetallen.csv as a name: `sebo_keurmerken` is "SEBO-keurmerken"
    /// ("SEBO quality marks"); others with spaces and a capital.
    public static func keyFigureName(_ key: String, _ l: Language) -> String {
        switch key.lowercased() {
        case "sebo_keurmerken": return l.pick("SEBO-keurmerken", "SEBO quality marks")
        case "jobcoaches": return l.pick("Jobcoaches", "Job coaches")
        default:
            let words = key.replacingUnderscores
            return words.prefix(1).uppercased() + words.dropFirst()
        }
    }

    /// A kengetal's unit from kengetallen.csv, in English when the screen is English.
    static func unitName(_ unit: String, _ l: Language) -> String {
        guard l == .en else { return unit }
        switch unit.lowercased() {
        case "ondernemers": return "businesses"
        case "personen": return "persons"
        case "banen": return "jobs"
        case "contracten": return "contracts"
        default: return unit
        }
    }

    /// `SEBO-keurmerken: 56 ondernemers (17-06-2019)` — the latest value up to the peildatum, or a note.
    static func keyFigureText(_ key: String, _ s: Summary, _ l: Language) -> String {
        let all = (s.kengetallen ?? []).filter { $0.kengetal == key }
        let label = keyFigureName(key, l)
        guard let latest = all.last(where: { $0.datum <= s.dataset.peildatum }) ?? all.last else {
            return l.pick("\(label): geen gegevens", "\(label): no data")
        }
        let after = latest.datum > s.dataset.peildatum ? l.pick(", na de peildatum", ", after the reference date") : ""
        return
            "\(label): \(NumberFormat.compact(latest.waarde, language: l))\(latest.eenheid.map { " \(unitName($0, l))" } ?? "") (\(NumberFormat.date(latest.datum, language: l))\(after))"
    }

    /// A panel's detail view: the parameter's detail with the panel's title, thresholds, target,
    /// chosen breakdowns and key figure.
    public static func detail(_ panel: DashboardPanel, _ s: Summary, language l: Language) -> Detail {
        if let v = panel.view {
            var d = viewDetail(v, s, l)
            d.tile = tile(panel, s, language: l)
            if let keys = panel.breakdowns { d.breakdowns = d.breakdowns.filter { keys.contains($0.key) } }
            return d
        }
        var d = detail(panel.parameter, s, l, panel: panel)
        d.tile = tile(panel, s, language: l)
        if let keys = panel.breakdowns {
            d.breakdowns = d.breakdowns.filter { keys.contains($0.key) }
            // The normenkader scorecard only where a dashboard asks for it (griffie), so the
            // council's own detail views stay as they were.
            if panel.parameter == .informatievoorziening, keys.contains("normenkader") {
                d.breakdowns.append(Normenkader.table(s, l))
                d.sources.append(
                    l.pick(
                        "Rekenkamercommissie Zoetermeer (2021), Wet banenafspraak en SROI, §1.2 (normenkader)",
                        "Zoetermeer audit committee (2021), Wet banenafspraak en SROI, §1.2 (norms)"))
            }
        }
        if let rule = statusRule(panel, l) { d.caveats.append(rule) }
        if panel.parameter == .duurzaamheid, let target = panel.target {
            d.caveats.append(
                l.pick(
                    "Het doel van \(NumberFormat.percent(target, language: l)) vast komt uit het dashboardbestand, niet uit de gegevens.",
                    "The target of \(NumberFormat.percent(target, language: l)) permanent comes from the dashboard file, not from the data."))
        }
        // The key figure as a table, unless a breakdown of the detail already lists it.
        if let key = panel.keyFigure, !(key == "sebo_keurmerken" && d.breakdowns.contains { $0.key == "sebo" }) {
            let rows = (s.kengetallen ?? []).filter { $0.kengetal == key }
            d.breakdowns.append(
                Table(
                    key: "kengetal", title: l.pick("Kengetal: \(keyFigureName(key, l))", "Key figure: \(keyFigureName(key, l))"),
                    columns: [l.pick("datum", "date"), l.pick("waarde", "value"), l.pick("eenheid", "unit"), l.pick("bron", "source")],
                    rows: rows.map {
                        [
                            NumberFormat.date($0.datum, language: l), NumberFormat.compact($0.waarde, language: l), $0.eenheid.map { unitName($0, l) } ?? "",
                            $0.bron ?? "",
                        ]
                    },
                    note: rows.isEmpty ? l.pick("Dit kengetal staat niet in kengetallen.csv.", "This key figure is not in kengetallen.csv.") : nil))
            if !rows.isEmpty, !d.sources.contains("kengetallen.csv") { d.sources.append("kengetallen.csv") }
        }
        return d
    }
}
