import RaadsMetrics

extension Presenter {
    /// Lasting jobs (`Metrics.duurzaamheid`): the share of permanent contracts among the people
    /// placed, and the flow from trial placement to a contract. Its focused views `behoud` and
    /// `doorstroom` are in `Duurzaamheid+Views.swift`.
    enum Duurzaamheid: ParameterPresentation {
        /// The data have no target for it; a dashboard file may give one.
        static var targetFromDashboard: Bool { true }

        static func reason(_ s: Summary) -> MissingReason? { s.duurzaamheid.reden }

        static func judged(_ s: Summary, _ panel: DashboardPanel) -> (value: Double?, target: Double?)? {
            (s.duurzaamheid.selected.waarde, panel.target ?? s.duurzaamheid.selected.doel)
        }

        static func judgedAgainst(_ panel: DashboardPanel, _ l: Language) -> String? {
            panel.target.map {
                l.pick(
                    "het doel van \(NumberFormat.percent($0, language: l)) vast uit het dashboardbestand",
                    "the dashboard file's target of \(NumberFormat.percent($0, language: l)) permanent")
            }
        }

        /// A target from the dashboard file (the data have none): the bar, the chart's marks and
        /// the target text measure against it.
        static func panelTile(_ t: inout Tile, _ panel: DashboardPanel, _ s: Summary, _ l: Language) {
            guard let target = panel.target else { return }
            t.progress = t.progress.map { $0 * 100 / max(target, .leastNonzeroMagnitude) }
            t.series = t.series.map {
                var p = $0; p.doel = target; return p
            }
            t.targetText =
                l.pick("doel ", "target ") + NumberFormat.percent(target, language: l) + l.pick(" vast (dashboard)", " permanent (dashboard)")
                + (t.targetText.map { " · " + $0 } ?? "")
        }

        static func panelDetail(_ d: inout Detail, _ panel: DashboardPanel, _ s: Summary, _ l: Language) {
            guard let target = panel.target else { return }
            d.caveats.append(
                l.pick(
                    "Het doel van \(NumberFormat.percent(target, language: l)) vast komt uit het dashboardbestand, niet uit de gegevens.",
                    "The target of \(NumberFormat.percent(target, language: l)) permanent comes from the dashboard file, not from the data."))
        }

        static func chart(_ s: Summary, _ l: Language) -> ChartSpec? {
            ChartSpec(
                value: l.pick("aandeel vast", "share permanent"), target: l.pick("doel", "target"), unit: "%",
                format: { NumberFormat.decimal($0, language: l) })
        }

        static func tile(_ s: Summary, _ l: Language) -> Tile {
            let p = s.duurzaamheid, d = p.selected
            var value = noData(l)
            if let w = d.waarde {
                value = NumberFormat.percent(w, language: l) + l.pick(" vast", " permanent")
            } else if let n = d.personenLopend, n > 0 {
                value = l.pick("te weinig personen", "too few persons")
            }
            var target: String?
            if let n = d.personenLopend {
                target =
                    l.pick("\(n) personen in dienst", "\(n) employed") + (d.doorstroom.map { l.pick(" · doorstroom \($0)", " · \($0) on to a contract") } ?? "")
            }
            var note = translate(reden: p.reden, l)
            if note == nil, let n = d.personenLopend, n > 0, d.waarde == nil {
                note = l.pick("minder dan \(s.minCellSize) personen: aandeel niet getoond", "fewer than \(s.minCellSize) persons: share not shown")
            }
            return Tile(
                id: .duurzaamheid, title: ParameterID.duurzaamheid.title(l), valueText: value, targetText: target, status: d.status,
                statusText: statusText(d.status, hasValue: d.waarde != nil, l), progress: d.waarde.map { $0 / 100 },
                series: p.reeks.map { SeriesPoint(jaar: $0.jaar, waarde: $0.waarde, doel: $0.doel, gedeeltelijk: $0.gedeeltelijk) },
                note: note, partialYear: d.gedeeltelijk)
        }

        static func detail(_ s: Summary, _ l: Language, tile: Tile, panel: DashboardPanel) -> Detail {
            let p = s.duurzaamheid, d = p.selected
            let meaning = [
                l.pick(
                    "Zijn de banen blijvend? Op de laatste dag van het jaar (of de peildatum): welk deel van de mensen met een lopende plaatsing een vast contract heeft, en hoeveel mensen na een proefplaatsing binnen 31 dagen een tijdelijk of vast contract kregen (doorstroom).",
                    "Are the jobs lasting? On the last day of the year (or the reference date): the share of people with a running placement who hold a permanent contract, and how many people moved from a trial placement to a temporary or permanent contract within 31 days (flow)."
                )
            ]
            let series = Table(
                title: l.pick("Per jaar", "Per year"),
                columns: [
                    .text(l.pick("jaar", "year")), .number(l.pick("aandeel vast", "share permanent")),
                    .number(l.pick("personen in dienst", "persons employed")),
                    .number(l.pick("gem. uren/week", "avg. hours/week")), .number(l.pick("doorstroom", "flow")), .text("status"),
                ],
                rows: p.reeks.map { y in
                    [
                        yearLabel(y.jaar, partial: y.gedeeltelijk, s, l), pct(y.waarde, l), int(y.personenLopend, l), dec(y.gemiddeldeUrenPerWeek, l),
                        int(y.doorstroom, l), judgedCell(panel, y.waarde, panel.target ?? y.doel, l),
                    ]
                }
            )
            // Without a target from the dashboard file, the status cannot be judged; with one, the
            // panel's caveat names where the target comes from (`panelDetail`).
            var caveats: [String] = []
            if panel.target == nil {
                caveats.append(
                    l.pick(
                        "Er is geen doel voor dit onderwerp vastgesteld; daarom is de status onbekend. Een dashboardbestand kan een doel geven.",
                        "No target has been set for this subject, so the status is unknown. A dashboard file can set one."))
            }
            if let n = d.personenLopend, n > 0, d.waarde == nil {
                caveats.append(
                    n < s.minCellSize
                        ? l.pick(
                            "Minder dan \(s.minCellSize) personen in dienst: het aandeel wordt niet getoond om de privacy te beschermen.",
                            "Fewer than \(s.minCellSize) persons employed: the share is not shown to protect privacy.")
                        : l.pick(
                            "Het aandeel vast wordt niet getoond: daaruit zou een groepje van minder dan \(s.minCellSize) personen terug te rekenen zijn.",
                            "The share permanent is not shown: a group of fewer than \(s.minCellSize) persons could be recomputed from it."))
            }
            return Detail(
                tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns(s, l), caveats: caveats, sources: ["plaatsingen.csv"],
                warnings: [])
        }

        /// The running placements per kind and the retention of the selected year.
        static func breakdowns(_ s: Summary, _ l: Language) -> [Table] {
            let d = s.duurzaamheid.selected
            var breakdowns: [Table] = []
            if let t = groupedTable(
                "per_soort", l.pick("Lopende plaatsingen per soort (personen)", "Running placements by kind (persons)"),
                l.pick("soort", "kind"), d.perSoort, what: l.pick("soorten", "kinds"),
                groupLabel: l.pick("overige soorten, samen", "other kinds, together"), withBanen: false, s, l,
                plainNote: l.pick("Iemand met twee lopende plaatsingen telt in beide.", "A person with two running placements counts in both."))
            {
                breakdowns.append(t)
            }
            if let b = d.behoud {
                breakdowns.append(
                    Table(
                        key: "behoud", title: l.pick("Behoud na een jaar (gestart in \(d.jaar))", "Retention after a year (started in \(d.jaar))"),
                        columns: [
                            .number(l.pick("gestart", "started")), .number(l.pick("na een jaar nog in dienst", "still employed after a year")),
                            .number(l.pick("behoud", "retention")),
                        ],
                        rows: [
                            [
                                int(b.instroom, l), b.behouden.map { int($0, l) } ?? (b.instroom == 0 ? "–" : l.pick("niet getoond", "not shown")),
                                pct(b.behoudPct, l),
                            ]
                        ],
                        note: b.instroom > 0 && b.behouden == nil
                            ? l.pick(
                                "Niet getoond: wie bleef of wie vertrok zou een groepje van minder dan \(s.minCellSize) personen zijn.",
                                "Not shown: those who stayed or left would be a group of fewer than \(s.minCellSize) persons.")
                            : l.pick(
                                "Telt wie in dit jaar voor het eerst begon en van wie de eerste werkdag minstens een jaar voor de peildatum ligt.",
                                "Counts people who first started in this year, at least a year before the reference date.")))
            }
            return breakdowns
        }
    }
}
