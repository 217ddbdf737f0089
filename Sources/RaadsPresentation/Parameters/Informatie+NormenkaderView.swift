import RaadsMetrics

/// The normenkader scorecard shown: its table (a breakdown of informatievoorziening on the griffie
/// dashboard), and the tile and detail of its focused view (`PanelView.normenkader`).
extension Normenkader {
    static func judgementText(_ j: NormJudgement?, _ l: Language) -> String {
        guard let j else { return "–" }
        let word: String =
            switch j.oordeel {
            case .voldaan: l.pick("voldaan", "met")
            case .deels: l.pick("deels", "partly")
            case .nietVoldaan: l.pick("niet voldaan", "not met")
            }
        return "\(word) (\(NumberFormat.date(j.datum, language: l)))"
    }

    /// The scorecard as a table (key `normenkader`).
    public static func table(_ s: Summary, _ l: Language) -> Table {
        let rows = score(s, language: l)
        return Table(
            key: "normenkader",
            title: l.pick("Normenkader van de rekenkamer, \(s.jaar)", "The audit office's norms, \(s.jaar)"),
            columns: [
                .text("norm"), .text(l.pick("uit de gegevens", "from the data")), .text(l.pick("oordeel griffie", "clerks' judgement")),
                .text(l.pick("bron in het rapport", "source in the report")),
            ],
            rows: rows.map { r in
                [
                    "\(number(r.norm)) \(l.pick(r.norm.nl, r.norm.en))",
                    r.score == .griffie ? "? " + r.score.word(l) + (r.finding == griffie(l).1 ? "" : " (\(r.finding))") : "\(r.score.symbol) \(r.finding)",
                    judgementText(r.judgement, l) + (r.judgement?.toelichting.map { ": \($0)" } ?? ""), r.norm.source,
                ]
            },
            note: l.pick(
                "✔ voldaan · ▲ deels · ✖ niet voldaan · ? door de griffie te beoordelen. Het oordeel van de griffie komt uit normenkader.csv (norm;jaar;oordeel;datum;toelichting, zie docs/data-format.md); § verwijst naar het rapport van de rekenkamercommissie Zoetermeer (2021).",
                "✔ met · ▲ partly · ✖ not met · ? for the clerks to judge. The clerks' judgement comes from normenkader.csv (norm;jaar;oordeel;datum;toelichting, see docs/data-format.md); § refers to the Zoetermeer audit committee's report (2021)."
            ))
    }

    /// The years of the scorecard's series: any year with figures, up to the peildatum's year.
    static func scoreYears(_ s: Summary) -> [Int] {
        let years = Set(s.quotum.reeks.map(\.jaar) + s.sroiRealisatie.reeks.map(\.jaar) + s.informatie.reeks.map(\.jaar) + [s.jaar])
        return years.filter { $0 <= s.dataset.peildatum.year }.sorted()
    }

    /// `1.2`: the theme and the norm's place within it.
    static func number(_ n: Norm) -> String {
        let within = norms.filter { $0.theme == n.theme }.firstIndex { $0.id == n.id } ?? 0
        return "\(n.theme).\(within + 1)"
    }

    static func counts(_ rows: [Row]) -> (scored: Int, met: Int, partly: Int, notMet: Int, griffie: Int, judged: Int) {
        (
            rows.filter { $0.score != .griffie }.count, rows.filter { $0.score == .voldaan }.count, rows.filter { $0.score == .deels }.count,
            rows.filter { $0.score == .nietVoldaan }.count, rows.filter { $0.score == .griffie }.count,
            rows.filter { $0.score == .griffie && $0.judgement != nil }.count
        )
    }

    static func chart(_ l: Language) -> ChartSpec {
        ChartSpec(
            value: l.pick("normen voldaan", "norms met"), target: l.pick("normen beoordeeld uit de gegevens", "norms scored from the data"),
            unit: l.pick("normen", "norms"), format: { NumberFormat.compact($0, language: l) })
    }

    static func tile(_ s: Summary, _ l: Language) -> Tile {
        let rows = score(s, language: l)
        let c = counts(rows)
        let series = scoreYears(s).map { y -> SeriesPoint in
            let r = score(s, year: y, language: l)
            return SeriesPoint(
                jaar: y, waarde: Double(r.filter { $0.score == .voldaan }.count), doel: Double(r.filter { $0.score != .griffie }.count),
                gedeeltelijk: s.isPartial(y))
        }
        return Tile(
            id: .informatievoorziening, title: PanelView.normenkader.title(l),
            valueText: l.pick("\(c.met) ✔ · \(c.partly) ▲ · \(c.notMet) ✖", "\(c.met) ✔ · \(c.partly) ▲ · \(c.notMet) ✖"),
            targetText: l.pick("\(c.scored) van \(rows.count) normen uit de gegevens", "\(c.scored) of \(rows.count) norms from the data"),
            status: .onbekend, statusText: l.pick("geen norm", "no norm"), progress: nil, series: series,
            note: l.pick(
                "\(c.griffie) normen door de griffie te beoordelen, waarvan \(c.judged) beoordeeld.",
                "\(c.griffie) norms for the clerks to judge, \(c.judged) of them judged."),
            partialYear: s.isPartial(s.jaar))
    }

    /// The files the scorecard's figures come from; with the griffie's `normenkader.csv`, every
    /// file it reads (the sources name that one only when it was delivered).
    static let dataFiles = ["doelen.csv", "budget.csv", "contracten.csv", "sroi_prestaties.csv", "rapportages.csv"]
    static let files = dataFiles + ["normenkader.csv"]

    static func detail(_ s: Summary, _ l: Language) -> Detail {
        let tile = tile(s, l)
        let meaning = [
            l.pick(
                "De rekenkamercommissie beoordeelde de gemeente in 2021 aan de hand van een normenkader in vijf thema's. Dit overzicht maakt daar een vast instrument van: per jaar staat bij elke norm wat de gegevens zeggen, en waar de gegevens het niet kunnen beslissen, het oordeel dat de griffie vastlegt. Zo kan de griffie bij elke begrotingscyclus nagaan of de aanbevelingen zijn opgevolgd.",
                "In 2021 the audit committee judged the municipality against norms in five themes. This overview turns them into a standing instrument: per year, each norm shows what the data say and, where the data cannot decide, the judgement the clerks record. The clerks can check at every budget cycle whether the recommendations were followed."
            )
        ]
        let series = Table(
            title: l.pick("Per jaar", "Per year"),
            columns: [
                .text(l.pick("jaar", "year")), .number("✔"), .number("▲"), .number("✖"), .number(l.pick("griffie", "clerks")),
                .number(l.pick("waarvan beoordeeld", "of which judged")),
            ],
            rows: scoreYears(s).map { y in
                let c = counts(score(s, year: y, language: l))
                return [String(y), String(c.met), String(c.partly), String(c.notMet), String(c.griffie), String(c.judged)]
            })
        var caveats: [String] = []
        if s.normenkader == nil {
            caveats.append(
                l.pick(
                    "Er is geen normenkader.csv aangeleverd: de normen die de gegevens niet kunnen beslissen, hebben nog geen oordeel van de griffie.",
                    "No normenkader.csv was delivered: the norms the data cannot decide have no judgement by the clerks yet."))
        }
        caveats.append(
            l.pick(
                "Een score uit de gegevens is geen oordeel van de rekenkamer: zij toont wat de aangeleverde bestanden over de norm zeggen.",
                "A score from the data is not the audit office's judgement: it shows what the delivered files say about the norm."))
        return Detail(
            tile: tile, meaning: meaning, seriesTable: series, breakdowns: [table(s, l)], caveats: caveats,
            sources: [
                "Rekenkamercommissie Zoetermeer (2021), Wet banenafspraak en SROI, §1.2",
                dataFiles.joined(separator: ", "),
            ]
                + (s.normenkader == nil ? [] : ["normenkader.csv"]), warnings: [])
    }
}
