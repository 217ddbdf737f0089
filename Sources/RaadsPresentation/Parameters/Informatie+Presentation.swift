import RaadsMetrics

extension Presenter {
    /// Information to the council (`Metrics.informatie`): whether the social domain reports gave
    /// figures on the job agreement, on SROI and on the budget. Judged by a rule, not by
    /// thresholds. Its focused view, the audit office's norms, is `Normenkader`
    /// (`Informatie+Normenkader.swift`, `Informatie+NormenkaderView.swift`).
    enum Informatie: ParameterPresentation {
        static func seriesText(_ x: Double, _ l: Language) -> String { NumberFormat.compact(x, language: l) }

        static func reason(_ s: Summary) -> MissingReason? { s.informatie.reden }

        static func judged(_ s: Summary, _ panel: DashboardPanel) -> (value: Double?, target: Double?)? { nil }

        static func judgedAgainst(_ panel: DashboardPanel, _ l: Language) -> String? { nil }

        static func rule(_ l: Language) -> String? {
            l.pick(
                "op koers als de raad cijfers kreeg over de banenafspraak, over SROI én over het budget; achter als over geen van de drie; anders risico.",
                "on track when the council got figures on the job agreement, on SROI and on the budget; behind when on none of the three; at risk otherwise."
            )
        }

        /// The normenkader scorecard only where a dashboard asks for it (griffie), so the
        /// council's own detail views stay as they were.
        static func panelDetail(_ d: inout Detail, _ panel: DashboardPanel, _ s: Summary, _ l: Language) {
            guard let keys = panel.breakdowns, keys.contains("normenkader") else { return }
            d.breakdowns.append(Normenkader.table(s, l))
            d.sources.append(
                l.pick(
                    "Rekenkamercommissie Zoetermeer (2021), Wet banenafspraak en SROI, §1.2 (normenkader)",
                    "Zoetermeer audit committee (2021), Wet banenafspraak en SROI, §1.2 (norms)"))
        }

        static func chart(_ s: Summary, _ l: Language) -> ChartSpec? {
            ChartSpec(
                value: l.pick("rapportages met cijfers", "reports with figures"), target: l.pick("rapportages in totaal", "reports in total"),
                unit: l.pick("rapportages", "reports"), format: { NumberFormat.compact($0, language: l) })
        }

        /// What keeps informatievoorziening from "op koers", short enough for a tile (36 columns):
        /// "geen cijfers over SROI en budget". A report with figures on realisation alone reads like
        /// "1 van 1 met cijfers" but is not enough (contract v1.2: figures on the job agreement, on SROI
        /// and on the budget). `nil` when nothing is missing.
        static func missingFigures(_ i: InformatieYear, _ l: Language) -> String? {
            guard i.rapportages != nil else { return nil }
            let topics = [
                (l.pick("banenafspraak", "the job agreement"), (i.banenafspraakCijfers ?? 0) > 0),
                ("SROI", (i.sroiCijfers ?? 0) > 0), (l.pick("budget", "the budget"), (i.metBudget ?? 0) > 0),
            ]
            let missing = topics.filter { !$0.1 }.map(\.0), present = topics.filter(\.1).map(\.0)
            switch missing.count {
            case 0: return nil
            case 3: return l.pick("cijfers over alle drie ontbreken", "figures on all three are missing")
            default:
                let text = l.pick("geen cijfers over ", "no figures on ") + missing.joined(separator: l.pick(" en ", " and "))
                if text.count <= 36 || present.count != 1 { return text }
                return l.pick("alleen cijfers over ", "only figures on ") + present[0]
            }
        }

        static func tile(_ s: Summary, _ l: Language) -> Tile {
            let p = s.informatie, i = p.selected
            var value = noData(l)
            if let m = i.metCijfers, let n = i.rapportages {
                value = l.pick("\(m) van \(n) met cijfers", "\(m) of \(n) with figures")
            }
            var mentioned: String?
            if let b = i.banenafspraak, let r = i.sroi {
                mentioned =
                    l.pick("genoemd: banenafspraak \(b)× · SROI \(r)×", "mentioned: jobs \(b)× · SROI \(r)×")
                    + (i.metBudget.map { l.pick(" · budget \($0)×", " · budget \($0)×") } ?? "")
            }
            // What is missing goes first, where even the compact tile shows it.
            let missing = missingFigures(i, l)
            let target = missing ?? mentioned
            return Tile(
                id: .informatievoorziening, title: ParameterID.informatievoorziening.title(l), valueText: value, targetText: target,
                status: i.status, statusText: i.status.word(l), progress: nil,
                series: p.reeks.map {
                    SeriesPoint(
                        jaar: $0.jaar, waarde: $0.metCijfers.map(Double.init), doel: $0.rapportages.map(Double.init), gedeeltelijk: s.isPartial($0.jaar))
                },
                note: translate(reden: p.reden, l) ?? (missing == nil ? nil : mentioned)
                    ?? l.pick("rapportages sociaal domein, jaargang \(i.jaar)", "social domain reports on \(i.jaar)"),
                partialYear: s.isPartial(i.jaar))
        }

        static func detail(_ s: Summary, _ l: Language, tile: Tile, panel: DashboardPanel) -> Detail {
            let p = s.informatie, i = p.selected
            let meaning = [
                l.pick(
                    "Kreeg de raad cijfers? De norm is dat de raad minstens eens per jaar hoort hoe het staat met de realisatie, het budget en de besteding. Per jaargang: hoeveel rapportages sociaal domein de banenafspraak en SROI noemden, hoeveel daarbij cijfers over de realisatie gaven, en hoeveel budgetcijfers gaven. Op koers als er cijfers kwamen over de banenafspraak, over SROI én over het budget; achter als geen van die drie; anders risico.",
                    "Did the council get figures? The norm is that the council hears at least yearly about realisation, budget and spending. Per year: how many social domain reports mentioned the job agreement and SROI, how many gave figures on realisation, and how many gave budget figures. On track when figures came on the job agreement, on SROI and on the budget; behind when none of the three did; at risk otherwise."
                )
            ]
            let series = Table(
                title: l.pick("Per jaargang", "Per year of reporting"),
                columns: [
                    .text(l.pick("jaargang", "year")), .number(l.pick("rapportages", "reports")), .number(l.pick("banenafspraak", "job agreement")),
                    .number("SROI"),
                    .number(l.pick("met cijfers", "with figures")), .number(l.pick("met budget", "with budget")), .text("status"),
                ],
                rows: p.reeks.map { y in
                    [
                        String(y.jaar), int(y.rapportages, l), "\(int(y.banenafspraak, l)) (\(int(y.banenafspraakCijfers, l)) \(l.pick("cijfers", "figures")))",
                        "\(int(y.sroi, l)) (\(int(y.sroiCijfers, l)) \(l.pick("cijfers", "figures")))", int(y.metCijfers, l), int(y.metBudget, l),
                        statusCell(y.status, l),
                    ]
                }
            )
            var breakdowns: [Table] = []
            let reportColumns: [Table.Column] = [
                .date(l.pick("datum", "date")), .text(l.pick("titel", "title")), .text(l.pick("banenafspraak", "job agreement")), .text("SROI"),
            ]
            if let r = i.rapportagesSociaalDomein {
                breakdowns.append(
                    Table(
                        key: "rapportages", title: l.pick("Rapportages sociaal domein, jaargang \(i.jaar)", "Social domain reports on \(i.jaar)"),
                        columns: reportColumns,
                        rows: r.map { [NumberFormat.date($0.datum, language: l), $0.titel, $0.banenafspraak.label(l), $0.sroi.label(l)] }))
            }
            if let o = i.overige, !o.isEmpty {
                breakdowns.append(
                    Table(
                        key: "overige", title: l.pick("Andere stukken (niet meegeteld)", "Other documents (not counted)"),
                        columns: reportColumns + [.text(l.pick("soort", "kind"))],
                        rows: o.map { [NumberFormat.date($0.datum, language: l), $0.titel, $0.banenafspraak.label(l), $0.sroi.label(l), $0.soort.label(l)] }))
            }
            let caveats = [
                l.pick(
                    "Alleen rapportages sociaal domein tellen mee; jaarstukken en raadsinformatiebrieven staan er los onder.",
                    "Only social domain reports count; annual accounts and council letters are listed separately.")
            ]
            return Detail(
                tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns, caveats: caveats, sources: ["rapportages.csv"], warnings: [])
        }
    }
}
