import RaadsMetrics

extension Presenter {
    /// The job agreement quota (`Metrics.quotum`): the jobs the municipality itself offers as an
    /// employer, against the year's target. Its focused view `bovenformatief` is in
    /// `Quotum+Views.swift`.
    enum Quotum: ParameterPresentation {
        static func reason(_ s: Summary) -> MissingReason? { s.quotum.reden }

        static func judged(_ s: Summary, _ panel: DashboardPanel) -> (value: Double?, target: Double?)? {
            (s.quotum.selected.waarde, s.quotum.selected.doel)
        }

        static func judgedAgainst(_ panel: DashboardPanel, _ l: Language) -> String? { l.pick("het doel van het jaar", "the year's target") }

        static func chart(_ s: Summary, _ l: Language) -> ChartSpec? {
            let c = oneUnitChart(s, l)
            let format =
                c.unit == .personen
                ? { (x: Double) in NumberFormat.integer(x.rounded(), language: l) } : { (x: Double) in NumberFormat.decimal(x, language: l) }
            return ChartSpec(value: l.pick("gerealiseerd", "realised"), target: l.pick("doel", "target"), unit: c.unit.label(l), format: format, note: c.note)
        }

        static func valueText(_ q: QuotumYear, _ l: Language) -> String? {
            guard let w = q.waarde else { return nil }
            return q.eenheid == .personen
                ? "\(NumberFormat.integer(w, language: l)) \(q.eenheid.label(l))"
                : "\(NumberFormat.decimal(w, language: l)) \(q.eenheid.label(l))"
        }

        static func tile(_ s: Summary, _ l: Language) -> Tile {
            let p = s.quotum, q = p.selected
            var target: String?
            if let d = q.doel {
                target =
                    l.pick("doel", "target") + " " + (q.eenheid == .personen ? NumberFormat.integer(d, language: l) : NumberFormat.decimal(d, language: l))
                    + " \(q.eenheid.label(l))" + (q.vastgesteldDoor.map { " · \($0.label(l))" } ?? "")
            }
            var note = translate(reden: p.reden, l)
            if note == nil, q.doel == nil, q.waarde != nil { note = l.pick("geen doel vastgesteld voor dit jaar", "no target set for this year") }
            if note == nil, q.eenheid != .banen, let b = q.banen {
                note = l.pick(
                    "wettelijk: \(NumberFormat.decimal(b, language: l)) banen à \(NumberFormat.decimal(s.norms.urennorm, language: l)) uur",
                    "legal count: \(NumberFormat.decimal(b, language: l)) jobs of \(NumberFormat.decimal(s.norms.urennorm, language: l)) hours")
            }
            let chart = oneUnitChart(s, l)
            var tile = Tile(
                id: .quotum, title: ParameterID.quotum.title(l), valueText: valueText(q, l) ?? noData(l), targetText: target,
                status: q.status, statusText: statusText(q.status, hasValue: q.waarde != nil, l), progress: progress(q.waarde, q.doel),
                series: chart.series, note: note, partialYear: q.gedeeltelijk)
            tile.chartNote = chart.note
            return tile
        }

        /// The quota's chart in one unit. When the years' targets are in different units (banen,
        /// fte, personen), bars in three units would be compared as one; the chart then shows every
        /// year in banen (the legal unit) with only the targets that were set in banen, and says so.
        static func oneUnitChart(_ s: Summary, _ l: Language) -> (series: [SeriesPoint], unit: QuotaUnit, note: String?) {
            let reeks = s.quotum.reeks
            let units = Set(reeks.filter { $0.doel != nil }.map(\.eenheid))
            guard units.count > 1 else {
                return (reeks.map { SeriesPoint(jaar: $0.jaar, waarde: $0.waarde, doel: $0.doel, gedeeltelijk: $0.gedeeltelijk) }, units.first ?? .banen, nil)
            }
            let series = reeks.map { SeriesPoint(jaar: $0.jaar, waarde: $0.banen, doel: $0.eenheid == .banen ? $0.doel : nil, gedeeltelijk: $0.gedeeltelijk) }
            return (
                series, .banen,
                l.pick(
                    "De doelen staan niet elk jaar in dezelfde eenheid; de grafiek toont daarom banen (de wettelijke eenheid) en alleen de doelen die in banen zijn gesteld. De tabel geeft elk jaar in de eenheid van zijn doel.",
                    "The targets are not in the same unit every year, so the chart shows jobs (the legal unit) and only the targets set in jobs. The table gives each year in its target's unit."
                )
            )
        }

        static func detail(_ s: Summary, _ l: Language, tile: Tile, panel: DashboardPanel) -> Detail {
            let p = s.quotum, q = p.selected
            let n = s.norms
            let meaning = [
                l.pick(
                    "Hoeveel banen de gemeente als werkgever zelf biedt aan mensen uit de doelgroep van de banenafspraak, vergeleken met het doel voor het jaar. Het gerealiseerde aantal is het jaargemiddelde: de uren per week van elke plaatsing, gewogen naar het deel van het jaar dat zij liep.",
                    "How many jobs the municipality itself offers, as an employer, to people in the job agreement's target group, compared with the year's target. The realised figure is the yearly average: each placement's weekly hours, weighted by the part of the year it ran."
                ),
                l.pick(
                    "Eén baan is \(NumberFormat.decimal(n.urennorm, language: l)) uur per week (de wettelijke telling van UWV); één fte is \(NumberFormat.decimal(n.fteUren, language: l)) uur per week.",
                    "One job is \(NumberFormat.decimal(n.urennorm, language: l)) hours a week (UWV's legal count); one fte is \(NumberFormat.decimal(n.fteUren, language: l)) hours a week."
                ),
            ]
            var series = Table(
                title: l.pick("Per jaar", "Per year"),
                columns: [
                    .text(l.pick("jaar", "year")), .number(l.pick("gerealiseerd", "realised")), .number(l.pick("doel", "target")),
                    .text(l.pick("eenheid", "unit")),
                    .number(l.pick("banen", "jobs")), .number("fte"), .number(l.pick("personen", "persons")), .text(l.pick("vastgesteld door", "set by")),
                    .text("status"),
                ],
                rows: p.reeks.map { y in
                    [
                        yearLabel(y.jaar, partial: y.gedeeltelijk, s, l),
                        y.eenheid == .personen ? y.waarde.map { NumberFormat.integer($0, language: l) } ?? "–" : dec(y.waarde, l),
                        y.doel.map { y.eenheid == .personen ? NumberFormat.integer($0, language: l) : NumberFormat.decimal($0, language: l) } ?? "–",
                        y.eenheid.label(l), dec(y.banen, l), dec(y.fte, l), int(y.personen, l), y.vastgesteldDoor?.label(l) ?? "–",
                        judgedCell(panel, y.waarde, y.doel, l),
                    ]
                }
            )
            if let row = projectionRow(s, l, panel.thresholds) { series.rows.append(row) }
            var caveats: [String] = []
            if let projection = projectionCaveat(s, l, panel.thresholds) { caveats.append(projection) }
            if q.doel != nil {
                if q.eenheid != .banen {
                    caveats.append(
                        l.pick(
                            "Het doel staat in \(q.eenheid.label(l)), de wet telt banen van \(NumberFormat.decimal(n.urennorm, language: l)) uur. Gerealiseerd in banen: \(dec(q.banen, l)).",
                            "The target is in \(q.eenheid.label(l)); the law counts jobs of \(NumberFormat.decimal(n.urennorm, language: l)) hours. Realised in jobs: \(dec(q.banen, l))."
                        ))
                }
                if q.vastgesteldDoor == .ambtelijk {
                    caveats.append(
                        l.pick(
                            "Het doel is alleen ambtelijk vastgesteld, niet door het college of de raad.",
                            "The target was set by civil servants only, not by the college or the council."))
                }
            } else if q.waarde != nil {
                caveats.append(
                    l.pick(
                        "Voor \(s.jaar) is geen doel vastgesteld; de waarde staat in banen en de status is onbekend.",
                        "No target was set for \(s.jaar); the value is in jobs and the status is unknown."))
            }
            if q.proefplaatsingTeltMee, q.banenWettelijk != nil {
                caveats.append(
                    l.pick(
                        "Proefplaatsingen tellen hier mee. De wettelijke telling (UWV) telt alleen betaalde uren: zonder proefplaatsingen \(dec(q.banenWettelijk, l)) banen.",
                        "Trial placements are counted here. The legal count (UWV) counts paid hours only: without trial placements \(dec(q.banenWettelijk, l)) jobs."
                    ))
            }
            var sources = ["doelen.csv, plaatsingen.csv"]
            if let t = q.doelBron { sources.append(t) }
            return Detail(
                tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns(s, l), caveats: caveats, sources: sources, warnings: [])
        }

        /// The breakdowns of the selected year, in banen and, when the headline is in fte, in fte too.
        static func breakdowns(_ s: Summary, _ l: Language) -> [Table] {
            let q = s.quotum.selected
            let year = yearLabel(q.jaar, partial: q.gedeeltelijk, s, l)
            let withFte = q.eenheid == .fte
            var breakdowns = [
                groupedTable(
                    "per_afdeling", l.pick("Per afdeling in \(year)", "Per department in \(year)"), l.pick("afdeling", "department"), q.perAfdeling,
                    what: l.pick("afdelingen", "departments"), groupLabel: l.pick("overige afdelingen, samen", "other departments, together"),
                    withBanen: true, s, l, withFte: withFte),
                groupedTable(
                    "per_doelgroep", l.pick("Per doelgroep in \(year)", "Per target group in \(year)"), l.pick("doelgroep", "target group"), q.perDoelgroep,
                    what: l.pick("doelgroepen", "target groups"), groupLabel: l.pick("overige doelgroepen, samen", "other target groups, together"),
                    withBanen: true, s, l, withFte: withFte),
            ].compactMap { $0 }
            if let b = q.bovenformatief {
                let shown = b.personen != nil
                breakdowns.append(
                    Table(
                        key: "bovenformatief", title: l.pick("Bovenformatief (boven de formatie) aangenomen", "Hired above the staffing plan"),
                        columns: [.text(""), .number(l.pick("personen", "persons")), .number(l.pick("banen", "jobs"))],
                        rows: [
                            [
                                l.pick("bovenformatief", "above the plan"), shown ? int(b.personen, l) : l.pick("niet getoond", "not shown"),
                                shown ? dec(b.banen, l) : l.pick("niet getoond", "not shown"),
                            ]
                        ],
                        note: shown
                            ? nil
                            : l.pick(
                                "Niet getoond: het aantal of de rest zou een groepje van minder dan \(s.minCellSize) personen zijn.",
                                "Not shown: the number or the rest would be a group of fewer than \(s.minCellSize) persons.")))
            }
            return breakdowns
        }
    }
}
