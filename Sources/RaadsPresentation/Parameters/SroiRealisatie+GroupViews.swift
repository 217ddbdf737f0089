import RaadsMetrics

/// Focused views of SROI realisation per group of contracts (issue 11): per procedure and
/// department (`procedure`), per municipality of a shared regional register (`gemeente`).
extension Presenter {
    // MARK: - procedure and afdeling

    /// Uncapped realisation (%) of the groups matching `match`, `nil` without obligation.
    static func groupRealisation(_ groups: [ObligationGroup], _ match: (ObligationGroup) -> Bool) -> Double? {
        let g = groups.filter(match)
        let v = g.reduce(0) { $0 + $1.verplichting }
        return v > 0 ? g.reduce(0) { $0 + $1.gerealiseerd } / v * 100 : nil
    }

    static func procedureChart(_ l: Language) -> ChartSpec {
        ChartSpec(
            value: l.pick("meervoudig onderhands", "multiple private tender"), target: l.pick("overige procedures", "other procedures"), unit: "%",
            format: { NumberFormat.decimal($0, language: l) })
    }

    static func procedureView(_ s: Summary, _ l: Language) -> Detail {
        let r = s.sroiRealisatie.selected
        let mo = Procedure.meervoudigOnderhands.rawValue
        let lag = Questions.laggingGroups(r, s, language: l)
        var value = noData(l), target: String? = nil, note = translate(reden: s.sroiRealisatie.reden, l)
        if let d = r.detail, !d.perProcedure.isEmpty {
            if let m = groupRealisation(d.perProcedure, { $0.naam == mo }) {
                value = l.pick("meervoudig onderhands \(pct(m, l))", "multiple private tender \(pct(m, l))")
                target = groupRealisation(d.perProcedure, { $0.naam != mo }).map {
                    l.pick("overige procedures \(pct($0, l))", "other procedures \(pct($0, l))")
                }
            } else {
                value = l.pick("\(d.perProcedure.count) procedures", "\(d.perProcedure.count) procedures")
            }
            note =
                lag.first.map { g in
                    l.pick(
                        "\(g.name) blijft ver achter: \(pct(g.realisation, l)) gerealiseerd tegen \(pct(g.others, l)) bij de rest.",
                        "\(g.name) lags far behind: \(pct(g.realisation, l)) realised against \(pct(g.others, l)) for the rest.")
                } ?? l.pick("Geen procedure of afdeling blijft ver achter bij de rest.", "No procedure or department lags far behind the rest.")
        }
        let meaning = l.pick(
            "De rekenkamer vond dat juist bij contracten die afdelingen zelf meervoudig onderhands aanbesteden, niemand bijhield of social return werd geleverd. Hier staat per procedure en per afdeling hoeveel van de verplichting is gerealiseerd, zodat zichtbaar wordt waar het achterblijft. De grafiek zet meervoudig onderhands naast de andere procedures samen.",
            "The audit office found that precisely for contracts that departments tender themselves (multiple private tender), nobody tracked whether social return was delivered. This shows per procedure and per department how much of the obligation was realised, so it becomes visible where it lags. The chart sets multiple private tender beside the other procedures together."
        )
        let table = Table(
            title: l.pick("Per cohort (jaar van gunning)", "Per cohort (year of award)"),
            columns: [
                .text(l.pick("jaar", "year")), .number(l.pick("meervoudig onderhands", "multiple private")),
                .number(l.pick("overige procedures", "other procedures")),
                .number(l.pick("achterblijvers", "laggards")),
            ],
            rows: sroiYears(s).map { y in
                let d = y.detail
                return [
                    yearLabel(y.jaar, partial: y.gedeeltelijk, s, l), pct(d.flatMap { groupRealisation($0.perProcedure) { $0.naam == mo } }, l),
                    pct(d.flatMap { groupRealisation($0.perProcedure) { $0.naam != mo } }, l),
                    String(Questions.laggingGroups(y, s, language: l).count),
                ]
            },
            note: l.pick(
                "Realisatie niet begrensd per contract. Een achterblijver is een procedure of afdeling die minder dan de helft realiseert van wat de andere samen realiseren, met ten minste één afgelopen contract.",
                "Realisation not capped per contract. A laggard is a procedure or department that realises less than half of what the others together realise, with at least one ended contract."
            ))
        var caveats: [String] = []
        if let n = noSroi(s, l) { caveats.append(n) }
        for g in lag {
            caveats.append(
                l.pick(
                    "\(g.name): \(pct(g.realisation, l)) gerealiseerd, de andere \(g.kindPlural(l)) samen \(pct(g.others, l)).",
                    "\(g.name): \(pct(g.realisation, l)) realised, the other \(g.kindPlural(l)) together \(pct(g.others, l))."))
        }
        let breakdowns = SroiRealisatie.cohortBreakdowns(r, s, l).filter { $0.key == "per_procedure" || $0.key == "per_afdeling" }
        return viewContent(
            .sroiRealisatie, value: value, target: target,
            chart: sroiYears(s).map { y in
                SeriesPoint(
                    jaar: y.jaar, waarde: y.detail.flatMap { groupRealisation($0.perProcedure) { $0.naam == mo } },
                    doel: y.detail.flatMap { groupRealisation($0.perProcedure) { $0.naam != mo } }, gedeeltelijk: y.gedeeltelijk)
            },
            note: note, partial: r.gedeeltelijk,
            meaning: meaning, table: table, breakdowns: breakdowns, caveats: caveats, sources: sroiSources, l)
    }

    // MARK: - gemeente (regional register)

    static func gemeenteChart(_ l: Language) -> ChartSpec {
        ChartSpec(
            value: l.pick("realisatie regio", "realisation region"), target: l.pick("volledige verplichting", "full obligation"), unit: "%",
            format: { NumberFormat.decimal($0, language: l) })
    }

    static func gemeenteView(_ s: Summary, _ l: Language) -> Detail {
        let r = s.sroiRealisatie.selected
        let known: (ObligationGroup) -> Bool = { !$0.isUnknown }
        func total(_ y: SroiRealisatieYear) -> Double? { y.detail.flatMap { groupRealisation($0.perGemeente) { _ in true } } }
        let names = Set(sroiYears(s).flatMap { $0.detail?.perGemeente.filter(known).map(\.naam) ?? [] })
        var value = noData(l), target: String? = nil, note = translate(reden: s.sroiRealisatie.reden, l)
        if s.sroiRealisatie.reden == nil {
            if names.isEmpty {
                note = l.pick(
                    "De contracten hebben geen gemeente: dit is het register van één gemeente.",
                    "The contracts carry no municipality: this is a single municipality's register.")
            } else if let d = r.detail {
                let n = d.perGemeente.filter(known).count
                value = l.pick("\(n) \(n == 1 ? "gemeente" : "gemeenten") in \(r.jaar)", "\(n) \(n == 1 ? "municipality" : "municipalities") in \(r.jaar)")
                target = total(r).map { l.pick("realisatie regio \(pct($0, l))", "realisation region \(pct($0, l))") }
                if let low = d.perGemeente.filter({ known($0) && $0.verplichting > 0 }).min(by: {
                    $0.gerealiseerd / $0.verplichting < $1.gerealiseerd / $1.verplichting
                }) {
                    note = l.pick(
                        "Laagste realisatie: \(low.naam) (\(pct(low.gerealiseerd / low.verplichting * 100, l))).",
                        "Lowest realisation: \(low.naam) (\(pct(low.gerealiseerd / low.verplichting * 100, l))).")
                }
            }
        }
        let meaning = l.pick(
            "Voor een gedeeld regionaal social-returnteam: per gemeente de verplichting uit haar contracten en wat daarvan is gerealiseerd, over alle jaren en voor het gekozen cohort. Zo ziet het team waar het zijn tijd het best kan besteden, en ziet elke raad zijn eigen deel.",
            "For a shared regional social return team: per municipality the obligation from its contracts and what was realised, over all years and for the selected cohort. The team sees where its time is best spent, and each council sees its own share."
        )
        // All cohorts together, per municipality (contracts, not persons: no disclosure issue).
        var sum: [String: ObligationGroup] = [:]
        for y in sroiYears(s) {
            for g in y.detail?.perGemeente ?? [] {
                guard var t = sum[g.naam] else { sum[g.naam] = g; continue }
                t.verplichting += g.verplichting
                t.gerealiseerd += g.gerealiseerd
                t.contracten += g.contracten
                sum[g.naam] = t
            }
        }
        let table = Table(
            title: l.pick("Alle cohorten samen, per gemeente", "All cohorts together, per municipality"),
            columns: [
                .text(l.pick("gemeente", "municipality")), .number(l.pick("contracten", "contracts")), .number(l.pick("verplichting", "obligation")),
                .number(l.pick("gerealiseerd", "realised")),
                .number(l.pick("realisatie", "realisation")),
            ],
            rows: sum.values.sorted { ($0.isUnknown ? 1 : 0, $0.naam) < ($1.isUnknown ? 1 : 0, $1.naam) }.map { g in
                [
                    g.isUnknown ? l.pick("onbekend", "unknown") : g.naam, int(g.contracten, l), eur(g.verplichting, l), eur(g.gerealiseerd, l),
                    g.verplichting > 0 ? pct(g.gerealiseerd / g.verplichting * 100, l) : "–",
                ]
            },
            note: l.pick("Niet begrensd per contract.", "Not capped per contract."))
        var caveats: [String] = []
        if let n = noSroi(s, l) { caveats.append(n) }
        if s.sroiRealisatie.reden == nil, names.isEmpty {
            caveats.append(
                l.pick(
                    "Niet te berekenen: contracten.csv heeft geen kolom gemeente (of die is leeg). Een gedeeld regionaal register met de gemeente bij elk contract maakt deze vergelijking mogelijk.",
                    "Cannot be computed: contracten.csv has no gemeente column (or it is empty). A shared regional register with the municipality of each contract makes this comparison possible."
                ))
        }
        var breakdowns = SroiRealisatie.cohortBreakdowns(r, s, l).filter { $0.key == "per_gemeente" }
        if names.isEmpty { breakdowns = [] }
        return viewContent(
            .sroiRealisatie, value: value, target: target,
            chart: names.isEmpty
                ? [] : sroiYears(s).map { SeriesPoint(jaar: $0.jaar, waarde: total($0), doel: total($0) == nil ? nil : 100, gedeeltelijk: $0.gedeeltelijk) },
            note: note, partial: r.gedeeltelijk,
            meaning: meaning, table: table, breakdowns: breakdowns, caveats: caveats, sources: sroiSources, l)
    }
}
