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
        case .duurzaamheid: (s.duurzaamheid.selected.waarde, panel.target)
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
            t.series = t.series.map { var p = $0; p.doel = target; return p }
            t.targetText = l.pick("doel ", "target ") + NumberFormat.percent(target, language: l) + l.pick(" vast (dashboard)", " permanent (dashboard)")
                + (t.targetText.map { " · " + $0 } ?? "")
        }
        if let key = panel.keyFigure {
            t.keyFigure = keyFigureText(key, s, l)
        }
        return t
    }

    /// `sebo_keurmerken: 56 (30-6-2019)` — the latest value up to the peildatum, or a note.
    static func keyFigureText(_ key: String, _ s: Summary, _ l: Language) -> String {
        let all = (s.kengetallen ?? []).filter { $0.kengetal == key }
        let label = key.replacingUnderscores
        guard let latest = all.last(where: { $0.datum <= s.dataset.peildatum }) ?? all.last else {
            return l.pick("\(label): geen gegevens", "\(label): no data")
        }
        let after = latest.datum > s.dataset.peildatum ? l.pick(", na de peildatum", ", after the reference date") : ""
        return "\(label): \(NumberFormat.compact(latest.waarde, language: l))\(latest.eenheid.map { " \($0)" } ?? "") (\(latest.datum.dutch)\(after))"
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
        var d = detail(panel.parameter, s, language: l)
        d.tile = tile(panel, s, language: l)
        if let keys = panel.breakdowns {
            d.breakdowns = d.breakdowns.filter { keys.contains($0.key) }
            // The normenkader scorecard only where a dashboard asks for it (griffie), so the
            // council's own detail views stay as they were.
            if panel.parameter == .informatievoorziening, keys.contains("normenkader") {
                d.breakdowns.append(Normenkader.table(s, l))
                d.sources.append(l.pick("Rekenkamercommissie Zoetermeer (2021), Wet banenafspraak en SROI, §1.2 (normenkader)",
                                        "Zoetermeer audit committee (2021), Wet banenafspraak en SROI, §1.2 (norms)"))
            }
        }
        if panel.thresholds != .standard {
            d.caveats.append(l.pick(
                "Dit dashboard hanteert eigen drempels: op koers vanaf \(NumberFormat.percent(panel.thresholds.opKoers * 100, digits: 0, language: l)), risico vanaf \(NumberFormat.percent(panel.thresholds.risico * 100, digits: 0, language: l)) van het doel.",
                "This dashboard uses its own thresholds: on track from \(NumberFormat.percent(panel.thresholds.opKoers * 100, digits: 0, language: l)), at risk from \(NumberFormat.percent(panel.thresholds.risico * 100, digits: 0, language: l)) of the target."))
        }
        if panel.parameter == .duurzaamheid, let target = panel.target {
            d.caveats.removeAll { $0.hasPrefix(l.pick("Er is geen doel", "No target has been")) }
            d.caveats.append(l.pick("Het doel van \(NumberFormat.percent(target, language: l)) vast komt uit het dashboardbestand, niet uit de gegevens.",
                                    "The target of \(NumberFormat.percent(target, language: l)) permanent comes from the dashboard file, not from the data."))
        }
        // The key figure as a table, unless a breakdown of the detail already lists it.
        if let key = panel.keyFigure, !(key == "sebo_keurmerken" && d.breakdowns.contains { $0.key == "sebo" }) {
            let rows = (s.kengetallen ?? []).filter { $0.kengetal == key }
            d.breakdowns.append(Table(key: "kengetal", title: l.pick("Kengetal \(key.replacingUnderscores)", "Key figure \(key.replacingUnderscores)"),
                                      columns: [l.pick("datum", "date"), l.pick("waarde", "value"), l.pick("eenheid", "unit"), l.pick("bron", "source")],
                                      rows: rows.map { [$0.datum.dutch, NumberFormat.compact($0.waarde, language: l), $0.eenheid ?? "", $0.bron ?? ""] },
                                      note: rows.isEmpty ? l.pick("Dit kengetal staat niet in kengetallen.csv.", "This key figure is not in kengetallen.csv.") : nil))
            if !rows.isEmpty, !d.sources.contains("kengetallen.csv") { d.sources.append("kengetallen.csv") }
        }
        return d
    }
}
