import RaadsMetrics

extension Presenter {
    /// Guaranteed jobs in the labour market region (`Metrics.regio`): UWV's figures against the
    /// indicative targets.
    enum Regio: ParameterPresentation {
        static func seriesText(_ x: Double, _ l: Language) -> String { NumberFormat.compact(x, language: l) }

        static func reason(_ s: Summary) -> MissingReason? { s.regio.reden }

        static func judged(_ s: Summary, _ panel: DashboardPanel) -> (value: Double?, target: Double?)? {
            (s.regio.selected.waarde, s.regio.selected.doel)
        }

        static func judgedAgainst(_ panel: DashboardPanel, _ l: Language) -> String? { l.pick("het indicatieve doel", "the indicative target") }

        static func chart(_ s: Summary, _ l: Language) -> ChartSpec? {
            ChartSpec(
                value: l.pick("gerealiseerd", "realised"), target: l.pick("indicatief doel", "indicative target"), unit: QuotaUnit.banen.label(l),
                format: { NumberFormat.compact($0, language: l) })
        }

        static func tile(_ s: Summary, _ l: Language) -> Tile {
            let p = s.regio, r = p.selected
            let value = r.waarde.map { NumberFormat.compact($0, language: l) + l.pick(" banen", " jobs") } ?? noData(l)
            let target = r.doel.map { l.pick("indicatief doel ", "indicative target ") + NumberFormat.compact($0, language: l) + l.pick(" banen", " jobs") }
            var note = translate(reden: p.reden, l)
            if note == nil, r.waarde == nil, r.doel != nil {
                note = l.pick("gerealiseerde aantallen niet aangeleverd", "realised numbers not delivered")
            }
            if note == nil, let region = s.dataset.arbeidsmarktregio { note = region }
            return Tile(
                id: .regioGarantiebanen, title: ParameterID.regioGarantiebanen.title(l), valueText: value, targetText: target, status: r.status,
                statusText: statusText(r.status, hasValue: r.waarde != nil, l), progress: progress(r.waarde, r.doel),
                series: p.reeks.map { SeriesPoint(jaar: $0.jaar, waarde: $0.waarde, doel: $0.doel, gedeeltelijk: s.isPartial($0.jaar)) },
                note: note, partialYear: s.isPartial(r.jaar))
        }

        static func detail(_ s: Summary, _ l: Language, tile: Tile, panel: DashboardPanel) -> Detail {
            let p = s.regio, r = p.selected
            let region = s.dataset.arbeidsmarktregio ?? l.pick("(geen regio opgegeven)", "(no region given)")
            let meaning = [
                l.pick(
                    "Hoeveel garantiebanen werkgevers in de arbeidsmarktregio \(region) hebben gerealiseerd (stand aan het eind van het jaar, cijfers van UWV), tegenover de indicatieve doelen voor markt en overheid.",
                    "How many guaranteed jobs employers in the labour market region \(region) have realised (year-end figure, UWV), against the indicative targets for market and government."
                )
            ]
            let series = Table(
                title: l.pick("Per jaar", "Per year"),
                columns: [.text(l.pick("jaar", "year")), .number(l.pick("gerealiseerd", "realised")), .number(l.pick("doel", "target")), .text("status")],
                rows: p.reeks.map {
                    [
                        yearLabel($0.jaar, partial: s.isPartial($0.jaar), s, l), $0.waarde.map { NumberFormat.compact($0, language: l) } ?? "–",
                        $0.doel.map { NumberFormat.compact($0, language: l) } ?? "–", judgedCell(panel, $0.waarde, $0.doel, l),
                    ]
                }
            )
            var breakdowns: [Table] = []
            if let ps = r.perSector, !ps.isEmpty {
                breakdowns.append(
                    Table(
                        key: "per_sector", title: l.pick("Per sector in \(r.jaar)", "Per sector in \(r.jaar)"),
                        columns: [.text("sector"), .number(l.pick("doel", "target")), .number(l.pick("gerealiseerd", "realised"))],
                        rows: ps.map {
                            [
                                $0.sector.rawValue, $0.cijfers.doel.map { NumberFormat.compact($0, language: l) } ?? "–",
                                $0.cijfers.gerealiseerd.map { NumberFormat.compact($0, language: l) } ?? "–",
                            ]
                        }))
            }
            var caveats = [
                l.pick(
                    "De doelen zijn indicatief en gemeten ten opzichte van de nulmeting van 2013.",
                    "The targets are indicative and measured against the 2013 baseline.")
            ]
            if r.waarde == nil, r.doel != nil {
                caveats.append(
                    l.pick(
                        "De gerealiseerde aantallen zijn niet aangeleverd; daarom is er geen status.",
                        "The realised numbers were not delivered, so there is no status."))
            }
            return Detail(
                tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns, caveats: caveats, sources: ["regio.csv"] + r.bronnen, warnings: [])
        }
    }
}
