import RaadsMetrics

extension Presenter {
    /// SROI compliance (`Metrics.sroiNaleving`): the share of ended obliged contracts that met
    /// their obligation, per cohort.
    enum SroiNaleving: ParameterPresentation {
        static func reason(_ s: Summary) -> MissingReason? { s.sroiNaleving.reden }

        static func judged(_ s: Summary, _ panel: DashboardPanel) -> (value: Double?, target: Double?)? {
            (s.sroiNaleving.selected.nalevingsPct, s.sroiNaleving.selected.nalevingsPct == nil ? nil : 100)
        }

        static func judgedAgainst(_ panel: DashboardPanel, _ l: Language) -> String? {
            l.pick("de afgelopen plichtige contracten (norm: alle voldaan)", "the ended obliged contracts (norm: all fulfilled)")
        }

        static func chart(_ s: Summary, _ l: Language) -> ChartSpec? {
            ChartSpec(
                value: l.pick("naleving", "compliance"), target: l.pick("norm", "norm"), unit: "%", format: { NumberFormat.decimal($0, language: l) })
        }

        static func tile(_ s: Summary, _ l: Language) -> Tile {
            let p = s.sroiNaleving, n = p.selected
            var value = noData(l)
            if let pc = n.nalevingsPct { value = NumberFormat.percent(pc, language: l) + l.pick(" nageleefd", " complied") }
            var target: String?
            if let v = n.voldaan, let a = n.afgelopen, a > 0 {
                target = l.pick("\(v) van \(a) afgelopen contracten voldaan", "\(v) of \(a) ended contracts fulfilled")
            } else if let pl = n.plichtig {
                target = l.pick("\(pl) plichtige contracten, nog geen afgelopen", "\(pl) obliged contracts, none ended yet")
            }
            var note = translate(reden: p.reden, l)
            if note == nil, let g = n.geregistreerd, let pl = n.plichtig, pl > 0 {
                note = l.pick("registratie: \(g) van \(pl) plichtige contracten", "registered: \(g) of \(pl) obliged contracts")
            }
            return Tile(
                id: .sroiNaleving, title: ParameterID.sroiNaleving.title(l), valueText: value, targetText: target, status: n.status,
                statusText: n.status.word(l), progress: n.nalevingsPct.map { $0 / 100 },
                series: p.reeks.map {
                    SeriesPoint(jaar: $0.jaar, waarde: $0.nalevingsPct, doel: $0.nalevingsPct == nil ? nil : 100, gedeeltelijk: $0.gedeeltelijk)
                },
                note: note, partialYear: n.gedeeltelijk)
        }

        static func detail(_ s: Summary, _ l: Language, tile: Tile, panel: DashboardPanel) -> Detail {
            let p = s.sroiNaleving, n = p.selected
            let meaning = [
                SroiRealisatie.sroiMeaning(s, l),
                l.pick(
                    "Naleving is het deel van de afgelopen plichtige contracten dat aan de verplichting heeft voldaan. Registratie is het deel van de plichtige contracten waarvoor ten minste één prestatie is geregistreerd.",
                    "Compliance is the share of ended obliged contracts that met their obligation. Registration is the share of obliged contracts with at least one registered performance."
                ),
            ]
            let series = Table(
                title: l.pick("Per cohort (jaar van gunning)", "Per cohort (year of award)"),
                columns: [
                    .text(l.pick("jaar", "year")), .number(l.pick("contracten", "contracts")), .number(l.pick("plichtig", "obliged")),
                    .number(l.pick("geregistreerd", "registered")),
                    .number(l.pick("afgelopen", "ended")), .number(l.pick("voldaan", "fulfilled")), .number(l.pick("registratie", "registration")),
                    .number(l.pick("naleving", "compliance")),
                    .text("status"),
                ],
                rows: p.reeks.map { y in
                    [
                        yearLabel(y.jaar, partial: y.gedeeltelijk, s, l), int(y.contracten, l), int(y.plichtig, l), int(y.geregistreerd, l),
                        int(y.afgelopen, l),
                        int(y.voldaan, l),
                        pct(y.registratiePct, l), pct(y.nalevingsPct, l), judgedCell(panel, y.nalevingsPct, y.nalevingsPct == nil ? nil : 100, l),
                    ]
                }
            )
            var breakdowns: [Table] = []
            if let ps = n.perStatus {
                breakdowns.append(
                    Table(
                        key: "per_status", title: l.pick("Contracten per SROI-status", "Contracts by SROI status"),
                        columns: [.text("status"), .number(l.pick("contracten", "contracts"))],
                        rows: ps.map { [$0.status.label(l), String($0.aantal)] }))
            }
            if let kg = s.kengetallen?.filter({ $0.kengetal == "sebo_keurmerken" }), !kg.isEmpty {
                breakdowns.append(
                    Table(
                        key: "sebo", title: l.pick("SEBO-keurmerken", "SEBO quality marks"),
                        columns: [.date(l.pick("datum", "date")), .number(l.pick("aantal", "number")), .text(l.pick("bron", "source"))],
                        rows: kg.map { [NumberFormat.date($0.datum, language: l), NumberFormat.compact($0.waarde, language: l), $0.bron ?? ""] }))
            }
            let caveats = [
                l.pick(
                    "Een contract zonder prestatie telt pas \(s.norms.registratieTermijnDagen) dagen na de gunning als 'geen registratie'.",
                    "A contract without performance counts as 'not registered' only \(s.norms.registratieTermijnDagen) days after the award.")
            ]
            return Detail(
                tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns, caveats: caveats,
                sources: ["contracten.csv, sroi_prestaties.csv"] + (s.kengetallen == nil ? [] : ["kengetallen.csv"]), warnings: [])
        }
    }
}
