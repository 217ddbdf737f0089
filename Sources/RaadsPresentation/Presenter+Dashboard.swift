import RaadsMetrics

extension Presenter {
    /// The tiles of a dashboard, in panel order, with its titles, thresholds and targets applied.
    public static func tiles(_ s: Summary, dashboard: Dashboard, language l: Language) -> [Tile] {
        dashboard.panels.map { tile($0, s, language: l) }
    }

    /// One panel's tile.
    public static func tile(_ panel: DashboardPanel, _ s: Summary, language l: Language) -> Tile {
        if let v = panel.view {
            var t = viewTile(v, s, l)
            t.title = panel.title(l)
            if let key = panel.keyFigure { t.keyFigure = keyFigureText(key, s, l) }
            return t
        }
        let p = panel.parameter.presentation
        var t = tile(panel.parameter, s, language: l)
        t.title = panel.title(l)
        if let (value, target) = p.judged(s, panel) {
            t.status = panel.thresholds.judge(value, target: target)
            t.statusText = p.judgedStatusText(t, hasValue: value != nil, l)
        }
        p.panelTile(&t, panel, s, l)
        if let key = panel.keyFigure {
            t.keyFigure = keyFigureText(key, s, l)
        }
        return t
    }

    /// How the status of a panel is decided, with the thresholds that apply to it (from the
    /// dashboard file, or the data contract's defaults), or the rule for informatievoorziening:
    /// the rule itself, "op koers vanaf …", without a label (the detail's caveat puts `Status: `
    /// before it, the help screen the panel's title). `nil` when there is nothing to judge
    /// against (duurzaamheid without a target).
    public static func statusRule(_ panel: DashboardPanel, _ l: Language) -> String? {
        if panel.view != nil { return nil }
        let p = panel.parameter.presentation
        if let rule = p.rule(l) { return rule }
        guard let basis = p.judgedAgainst(panel, l) else { return nil }
        let t = panel.thresholds
        let on = NumberFormat.percent(t.opKoers * 100, digits: 0, language: l), risk = NumberFormat.percent(t.risico * 100, digits: 0, language: l)
        let origin =
            t == .standard
            ? l.pick("de standaarddrempels van het aanleverformaat", "the data contract's default thresholds")
            : l.pick("drempels uit dit dashboardbestand", "thresholds from this dashboard file")
        return l.pick(
            "op koers vanaf \(on) van \(basis), risico vanaf \(risk), achter daaronder (\(origin)).",
            "on track from \(on) of \(basis), at risk from \(risk), behind below that (\(origin)).")
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
        if let keys = panel.breakdowns { d.breakdowns = d.breakdowns.filter { keys.contains($0.key) } }
        if let rule = statusRule(panel, l) { d.caveats.append("Status: " + rule) }
        panel.parameter.presentation.panelDetail(&d, panel, s, l)
        // The key figure as a table, unless a breakdown of the detail already lists it.
        if let key = panel.keyFigure, !(key == "sebo_keurmerken" && d.breakdowns.contains { $0.key == "sebo" }) {
            let rows = (s.kengetallen ?? []).filter { $0.kengetal == key }
            d.breakdowns.append(
                Table(
                    key: "kengetal", title: l.pick("Kengetal: \(keyFigureName(key, l))", "Key figure: \(keyFigureName(key, l))"),
                    columns: [
                        .date(l.pick("datum", "date")), .number(l.pick("waarde", "value")), .text(l.pick("eenheid", "unit")), .text(l.pick("bron", "source")),
                    ],
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
