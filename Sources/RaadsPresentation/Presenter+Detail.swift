import RaadsMetrics

extension Presenter {
    /// The full detail view of one parameter: its own content (`ParameterPresentation.detail`)
    /// with what every detail has (no data, a year before the series, a partial year, a fictitious
    /// dataset, the dataset's source, the warnings on its files).
    public static func detail(_ id: ParameterID, _ s: Summary, language l: Language) -> Detail {
        detail(id, s, l, panel: DashboardPanel(parameter: id))
    }

    /// The detail view with every yearly row judged as `panel` judges the headline (its
    /// thresholds and, for duurzaamheid, its target), so rows and headline never disagree.
    static func detail(_ id: ParameterID, _ s: Summary, _ l: Language, panel: DashboardPanel) -> Detail {
        let tile = tile(id, s, language: l)
        var d = id.presentation.detail(s, l, tile: tile, panel: panel)
        if let reden = translate(reden: reason(id, s), l) {
            d.caveats.insert(l.pick("Geen gegevens: \(reden).", "No data: \(reden)."), at: 0)
        }
        if let first = tile.series.first?.jaar, s.jaar < first {
            d.caveats.append(
                l.pick(
                    "Voor \(s.jaar) zijn er geen gegevens; de reeks begint in \(first).",
                    "There are no data for \(s.jaar); the series starts in \(first)."))
        }
        if tile.partialYear {
            d.caveats.append(
                l.pick(
                    "\(s.jaar) is een gedeeltelijk jaar: de cijfers lopen tot de peildatum \(NumberFormat.date(s.dataset.peildatum, language: l)).",
                    "\(s.jaar) is a partial year: figures run up to \(NumberFormat.date(s.dataset.peildatum, language: l))."))
        }
        if s.dataset.fictief {
            d.caveats.append(l.pick("Deze dataset is fictief: de cijfers zijn verzonnen.", "This dataset is fictitious: the figures are invented."))
        }
        d.sources.append(contentsOf: s.dataset.bron.map { [$0] } ?? [])
        d.warnings = s.waarschuwingen.filter { files(id).contains($0.file) }
        return d
    }

    /// Why a parameter has no figures (a file was not delivered), or `nil`.
    public static func reason(_ id: ParameterID, _ s: Summary) -> MissingReason? { id.presentation.reason(s) }

    /// The data files a parameter is computed from (`ParameterID.facts`).
    public static func files(_ id: ParameterID) -> [String] { id.facts.inputFiles }

    static func statusCell(_ st: Status, _ l: Language) -> String { "\(st.symbol(unicode: true)) \(st.word(l))" }

    /// A yearly row's status as the panel judges the headline: its thresholds, and "geen doel"
    /// (not "geen gegevens") for a figure without a target, exactly as the headline words it.
    static func judgedCell(_ panel: DashboardPanel, _ value: Double?, _ target: Double?, _ l: Language) -> String {
        let st = panel.thresholds.judge(value, target: target)
        return "\(st.symbol(unicode: true)) \(statusText(st, hasValue: value != nil, l))"
    }

    /// Why some cells are merged into one line (contract §5 Privacy), in plain words.
    static func groupedNote(_ what: String, _ s: Summary, _ l: Language, fully: Bool) -> String {
        let m = s.minCellSize
        return fully
            ? l.pick(
                "Alleen het totaal wordt getoond: een uitsplitsing naar \(what) zou groepjes van minder dan \(m) personen laten zien, en daaruit zijn mensen te herkennen.",
                "Only the total is shown: a breakdown by \(what) would show groups of fewer than \(m) persons, from which people can be recognised.")
            : l.pick(
                "Groepjes van minder dan \(m) personen zijn samengenomen in één regel, met de kleinste andere groep(en) erbij, zodat niemand uit de cijfers te herkennen of terug te rekenen is. Welke \(what) in die regel zitten, wordt niet getoond.",
                "Groups of fewer than \(m) persons are merged into one line, together with the smallest other group(s), so that nobody can be recognised or recomputed from the figures. Which \(what) are in that line is not shown."
            )
    }

    /// A protected breakdown as a table: the shown cells, then the merged group as one line.
    /// `groupLabel` names that line ("overige afdelingen, samen").
    static func groupedTable(
        _ key: String, _ title: String, _ first: String, _ b: GroupedBreakdown?, what: String, groupLabel: String,
        withBanen: Bool, _ s: Summary, _ l: Language, plainNote: String? = nil, withFte: Bool = false
    ) -> Table? {
        guard let b else { return nil }
        // Banen count hours per week of the legal job (urennorm), fte those of a full-time job.
        let fte = { (banen: Double?) in banen.map { $0 * s.norms.urennorm / max(s.norms.fteUren, .leastNonzeroMagnitude) } }
        func row(_ name: String, _ c: GroupedBreakdown.Cell) -> [String] {
            (withBanen ? [name, int(c.personen, l), dec(c.banen, l)] : [name, int(c.personen, l)]) + (withBanen && withFte ? [dec(fte(c.banen), l)] : [])
        }
        var rows = b.shown.map { row(label(key, $0.name, l), $0) }
        if let o = b.overig {
            rows.append(row(b.isFullyGrouped ? l.pick("totaal", "total") : groupLabel, o))
        }
        let columns: [Table.Column] =
            [.text(first), .number(l.pick("personen", "persons"))] + (withBanen ? [.number(l.pick("banen", "jobs"))] : [])
            + (withBanen && withFte ? [.number("fte")] : [])
        return Table(
            key: key, title: title, columns: columns, rows: rows,
            note: b.overig != nil ? groupedNote(what, s, l, fully: b.isFullyGrouped) : plainNote)
    }

    /// A breakdown cell's name as shown: target groups as proper names, soorten in words.
    static func label(_ key: String, _ name: String, _ l: Language) -> String {
        switch key {
        case "per_doelgroep": TargetGroup(rawValue: name)?.label(l) ?? l.pick("onbekend", "unknown")
        case "per_soort": PlacementKind(rawValue: name)?.label(l) ?? name
        default: name
        }
    }
}

extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
