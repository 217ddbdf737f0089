import RaadsMetrics

/// The focused views (`PanelView`) of issue 11: what the council's social return and job
/// agreement yield for the municipality. Every figure comes from the `Summary` (the metrics
/// layer did the disclosure control); nothing personal is computed here.
extension Presenter {
    /// The tile of a panel with a view.
    static func viewTile(_ v: PanelView, _ s: Summary, _ l: Language) -> Tile {
        var t: Tile
        switch v {
        case .woonplaats: t = woonplaatsView(s, l).tile
        case .hoofdonderdeel: t = hoofdonderdeelView(s, l).tile
        case .procedure: t = procedureView(s, l).tile
        case .gemeente: t = gemeenteView(s, l).tile
        case .behoud: t = behoudView(s, l).tile
        case .doorstroom: t = doorstroomView(s, l).tile
        case .bovenformatief: t = bovenformatiefView(s, l).tile
        case .doelmatigheid: t = doelmatigheidView(s, l).tile
        case .normenkader: t = Normenkader.tile(s, l)
        }
        t.title = v.title(l)
        return t
    }

    /// The detail of a panel with a view.
    static func viewDetail(_ v: PanelView, _ s: Summary, _ l: Language) -> Detail {
        var d: Detail
        switch v {
        case .woonplaats: d = woonplaatsView(s, l)
        case .hoofdonderdeel: d = hoofdonderdeelView(s, l)
        case .procedure: d = procedureView(s, l)
        case .gemeente: d = gemeenteView(s, l)
        case .behoud: d = behoudView(s, l)
        case .doorstroom: d = doorstroomView(s, l)
        case .bovenformatief: d = bovenformatiefView(s, l)
        case .doelmatigheid: d = doelmatigheidView(s, l)
        case .normenkader: d = Normenkader.detail(s, l)
        }
        d.tile.title = v.title(l)
        if s.dataset.fictief {
            d.caveats.append(l.pick("Deze dataset is fictief: de cijfers zijn verzonnen.", "This dataset is fictitious: the figures are invented."))
        }
        let files = Set(d.sources.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } })
        d.warnings = s.waarschuwingen.filter { files.contains($0.file) }
        return d
    }

    /// How a view's chart formats its values.
    enum ChartFormat { case decimal, amount, count, cents }

    /// The chart's names of a view: what the bars are, what the marks are, the unit and format.
    static func viewChart(_ v: PanelView, _ l: Language) -> (value: String, target: String?, unit: String, format: ChartFormat) {
        switch v {
        case .woonplaats: (l.pick("naar eigen inwoners", "to own residents"), nil, "%", .decimal)
        case .hoofdonderdeel: (l.pick("gerealiseerd", "realised"), l.pick("verplichting", "obligation"), "euro", .amount)
        case .procedure: (l.pick("meervoudig onderhands", "multiple private tender"), l.pick("overige procedures", "other procedures"), "%", .decimal)
        case .gemeente: (l.pick("realisatie regio", "realisation region"), l.pick("volledige verplichting", "full obligation"), "%", .decimal)
        case .behoud: (l.pick("na een jaar nog in dienst", "still employed after a year"), nil, "%", .decimal)
        case .doorstroom: (l.pick("doorgestroomd", "on to a contract"), nil, l.pick("personen", "persons"), .count)
        case .bovenformatief: (l.pick("boven de formatie", "above the plan"), nil, l.pick("banen", "jobs"), .decimal)
        case .doelmatigheid: (l.pick("geverifieerd per euro team", "verified per euro of the team"), nil, l.pick("euro per euro", "euro per euro"), .cents)
        case .normenkader:
            (
                l.pick("normen voldaan", "norms met"), l.pick("normen beoordeeld uit de gegevens", "norms scored from the data"), l.pick("normen", "norms"),
                .count
            )
        }
    }

    // MARK: - helpers

    static func sroiYears(_ s: Summary) -> [SroiRealisatieYear] { s.sroiRealisatie.reeks }

    /// A tile with the common defaults of a view: no target, status unknown.
    static func viewTileBase(
        _ id: ParameterID, value: String, target: String?, series: [SeriesPoint], note: String?, partial: Bool,
        status: Status = .onbekend, statusText: String? = nil, progress: Double? = nil, _ l: Language
    ) -> Tile {
        Tile(
            id: id, title: id.title(l), valueText: value, targetText: target, status: status,
            statusText: statusText ?? l.pick("geen norm", "no norm"), progress: progress, series: series, note: note, partialYear: partial)
    }

    static func noSroi(_ s: Summary, _ l: Language) -> String? {
        if let r = translate(reden: s.sroiRealisatie.reden, l) {
            return l.pick(
                "Geen gegevens: \(r). Een inkoopregister (contracten.csv) met de geregistreerde prestaties (sroi_prestaties.csv) maakt dit zichtbaar.",
                "No data: \(r). A procurement register (contracten.csv) with the registered performance (sroi_prestaties.csv) makes this visible.")
        }
        return nil
    }

    static let sroiSources = ["contracten.csv, bouwblokken.csv, sroi_prestaties.csv"]

    // MARK: - woonplaats

    static func woonplaatsView(_ s: Summary, _ l: Language) -> Detail {
        let r = s.sroiRealisatie.selected
        let own = (s.dataset.woonplaatsenGemeente ?? []).joined(separator: ", ")
        // The yield for the municipality counts verified value only: registered but unverified
        // value is a supplier's claim, not yet social return (the audit's norm "verified results").
        func share(_ y: SroiRealisatieYear) -> Double? {
            guard let w = y.detail?.perWoonplaatsGeverifieerd, w.total > 0 else { return nil }
            return w[.gemeente] / w.total * 100
        }
        let w = r.detail?.perWoonplaatsGeverifieerd, registered = r.detail?.perWoonplaats
        var value = noData(l), target: String? = nil, note: String? = nil
        if let w, w.total > 0, let sh = share(r) {
            value = l.pick("\(pct(sh, l)) naar eigen inwoners", "\(pct(sh, l)) to own residents")
            target = l.pick(
                "\(eur(w[.gemeente], l)) van \(eur(w.total, l)) geverifieerd (cohort \(r.jaar))",
                "\(eur(w[.gemeente], l)) of \(eur(w.total, l)) verified (cohort \(r.jaar))")
            note = l.pick(
                "Van elke geverifieerde euro social return uit de contracten van \(r.jaar) ging \(NumberFormat.integer(sh, language: l)) cent naar inwoners van \(own).",
                "Of every verified euro of social return from the contracts of \(r.jaar), \(NumberFormat.integer(sh, language: l)) cents went to residents of \(own)."
            )
        } else if s.sroiRealisatie.reden != nil {
            note = translate(reden: s.sroiRealisatie.reden, l)
        } else if w == nil, r.detail != nil {
            note = l.pick("dataset.toml noemt geen woonplaatsen van de gemeente", "dataset.toml names no places of the municipality")
        } else if let registered, registered.total > 0 {
            note = l.pick(
                "nog niets geverifieerd in cohort \(r.jaar) (geregistreerd: \(eur(registered.total, l)))",
                "nothing verified yet in cohort \(r.jaar) (registered: \(eur(registered.total, l)))")
        } else {
            note = l.pick("geen gerealiseerde waarde in cohort \(r.jaar)", "no realised value in cohort \(r.jaar)")
        }
        let tile = viewTileBase(
            .sroiRealisatie, value: value, target: target,
            series: sroiYears(s).map { SeriesPoint(jaar: $0.jaar, waarde: share($0), doel: nil, gedeeltelijk: $0.gedeeltelijk) },
            note: note, partial: r.gedeeltelijk, l)
        let meaning = [
            l.pick(
                "Komt de social return ten goede aan de eigen inwoners? De geverifieerde waarde van de prestaties die opdrachtnemers leverden, naar de woonplaats van de mensen voor wie zij werden geleverd: inwoners van de gemeente (\(own.isEmpty ? "niet opgegeven" : own)), elders in de regio, daarbuiten, of onbekend. Naast de verplichting van hetzelfde cohort.",
                "Does social return benefit the municipality's own residents? The verified value of the performance suppliers delivered, by the place of residence of the people it was delivered for: residents of the municipality (\(own.isEmpty ? "not given" : own)), elsewhere in the region, outside it, or unknown. Next to the obligation of the same cohort."
            )
        ]
        let series = Table(
            title: l.pick("Per cohort (jaar van gunning), geverifieerde waarde", "Per cohort (year of award), verified value"),
            columns: [
                l.pick("jaar", "year"), l.pick("verplichting", "obligation"), l.pick("eigen inwoners", "own residents"), "regio", l.pick("elders", "elsewhere"),
                l.pick("onbekend", "unknown"), l.pick("aandeel eigen", "share own"), l.pick("niet geverifieerd", "not verified"),
            ],
            rows: sroiYears(s).map { y in
                let w = y.detail?.perWoonplaatsGeverifieerd, all = y.detail?.perWoonplaats
                let unverified: Double? = all.flatMap { a in w.map { a.total - $0.total } }
                return [
                    yearLabel(y.jaar, partial: y.gedeeltelijk, s, l), eur(y.verplichting, l), eur(w?[.gemeente], l), eur(w?[.regio], l), eur(w?[.elders], l),
                    eur(w?[.onbekend], l), pct(share(y), l), eur(unverified, l),
                ]
            })
        var caveats: [String] = []
        if let n = noSroi(s, l) { caveats.append(n) }
        if s.sroiRealisatie.reden == nil, let registered, let w, registered.total > w.total {
            caveats.append(
                l.pick(
                    "Alleen geverifieerde waarde telt hier. In cohort \(r.jaar) is daarnaast \(eur(registered.total - w.total, l)) geregistreerd maar (nog) niet geverifieerd, waarvan \(eur(registered[.gemeente] - w[.gemeente], l)) voor eigen inwoners.",
                    "Only verified value counts here. In cohort \(r.jaar), another \(eur(registered.total - w.total, l)) is registered but not (yet) verified, of which \(eur(registered[.gemeente] - w[.gemeente], l)) for own residents."
                ))
        }
        let all = sroiYears(s).compactMap { $0.detail?.perWoonplaatsGeverifieerd }
        let allOwn = all.reduce(0) { $0 + $1[.gemeente] }, allTotal = all.reduce(0) { $0 + $1.total }
        if allTotal > 0 {
            caveats.insert(
                l.pick(
                    "Alle cohorten samen: \(eur(allOwn, l)) van \(eur(allTotal, l)) geverifieerd (\(pct(allOwn / allTotal * 100, l))) ging naar inwoners van \(own).",
                    "All cohorts together: \(eur(allOwn, l)) of \(eur(allTotal, l)) verified (\(pct(allOwn / allTotal * 100, l))) went to residents of \(own)."),
                at: 0)
        }
        if s.dataset.woonplaatsenGemeente == nil, s.sroiRealisatie.reden == nil {
            caveats.append(
                l.pick(
                    "Niet te berekenen: dataset.toml noemt geen woonplaatsen van de gemeente ([sroi] woonplaatsen_gemeente); met die lijst, en met woonplaats bij elke prestatie, wordt dit zichtbaar.",
                    "Cannot be computed: dataset.toml names no places of the municipality ([sroi] woonplaatsen_gemeente); with that list, and a residence with each performance, this becomes visible."
                ))
        }
        let breakdowns = sroiBreakdowns(r, s, l).filter { $0.key == "per_woonplaats" }
        return Detail(tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns, caveats: caveats, sources: sroiSources, warnings: [])
    }

    // MARK: - hoofdonderdeel

    static func hoofdonderdeelView(_ s: Summary, _ l: Language) -> Detail {
        let r = s.sroiRealisatie.selected
        var value = noData(l), target: String? = nil, note = translate(reden: s.sroiRealisatie.reden, l)
        if let g = r.gerealiseerd, let d = r.detail {
            value = l.pick("\(eur(g, l)) gerealiseerd", "\(eur(g, l)) realised")
            target = l.pick("verplichting \(eur(r.verplichting, l)) (cohort \(r.jaar))", "obligation \(eur(r.verplichting, l)) (cohort \(r.jaar))")
            let total = BlockPart.allCases.reduce(0) { $0 + d.perHoofdonderdeel[$1] }
            if total > 0 {
                let jobs = d.perHoofdonderdeel[.banen] / total * 100
                note = l.pick(
                    "\(NumberFormat.integer(jobs, language: l)) % van de waarde bestaat uit banen; de rest uit opleiding, stages en maatschappelijke activiteiten.",
                    "\(NumberFormat.integer(jobs, language: l))% of the value consists of jobs; the rest of training, internships and social activities.")
            }
        }
        let tile = viewTileBase(
            .sroiRealisatie, value: value, target: target,
            series: sroiYears(s).map { SeriesPoint(jaar: $0.jaar, waarde: $0.gerealiseerd, doel: $0.verplichting, gedeeltelijk: $0.gedeeltelijk) },
            note: note, partial: r.gedeeltelijk, progress: progress(r.gerealiseerd, r.verplichting), l)
        let meaning = [
            l.pick(
                "Wat leverden de opdrachtnemers, tegenover wat zij moesten leveren? De bouwblokkenmethode kent drie hoofdonderdelen: banen (iemand aan het werk), ontwikkeling (opleiding, stage, leerwerkplek) en maatschappelijke activiteiten die mensen dichter bij werk brengen. Een baan weegt het zwaarst.",
                "What did the suppliers deliver, against what they had to deliver? The building-block method has three main components: jobs (someone at work), development (training, internships, work-based learning) and social activities that bring people closer to work. A job weighs most."
            )
        ]
        let series = Table(
            title: l.pick("Per cohort (jaar van gunning)", "Per cohort (year of award)"),
            columns: [
                l.pick("jaar", "year"), l.pick("banen", "jobs"), l.pick("ontwikkeling", "development"), l.pick("maatschappelijk", "social"),
                l.pick("verplichting", "obligation"), l.pick("geverifieerd", "verified"),
            ],
            rows: sroiYears(s).map { y in
                let d = y.detail?.perHoofdonderdeel
                return [
                    yearLabel(y.jaar, partial: y.gedeeltelijk, s, l), eur(d?[.banen], l), eur(d?[.ontwikkeling], l), eur(d?[.maatschappelijk], l),
                    eur(y.verplichting, l), eur(y.geverifieerd, l),
                ]
            })
        var caveats: [String] = []
        if let n = noSroi(s, l) { caveats.append(n) }
        if s.sroiRealisatie.reden == nil {
            caveats.append(
                l.pick(
                    "Niet begrensd per contract: wat een contract meer levert dan zijn verplichting, telt hier volledig mee.",
                    "Not capped per contract: what a contract delivers beyond its obligation counts in full here."))
        }
        let breakdowns = sroiBreakdowns(r, s, l).filter { $0.key == "per_hoofdonderdeel" }
        return Detail(tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns, caveats: caveats, sources: sroiSources, warnings: [])
    }

    // MARK: - procedure and afdeling

    /// Uncapped realisation (%) of the groups matching `match`, `nil` without obligation.
    static func groupRealisation(_ groups: [ObligationGroup], _ match: (ObligationGroup) -> Bool) -> Double? {
        let g = groups.filter(match)
        let v = g.reduce(0) { $0 + $1.verplichting }
        return v > 0 ? g.reduce(0) { $0 + $1.gerealiseerd } / v * 100 : nil
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
        let tile = viewTileBase(
            .sroiRealisatie, value: value, target: target,
            series: sroiYears(s).map { y in
                SeriesPoint(
                    jaar: y.jaar, waarde: y.detail.flatMap { groupRealisation($0.perProcedure) { $0.naam == mo } },
                    doel: y.detail.flatMap { groupRealisation($0.perProcedure) { $0.naam != mo } }, gedeeltelijk: y.gedeeltelijk)
            },
            note: note, partial: r.gedeeltelijk, l)
        let meaning = [
            l.pick(
                "De rekenkamer vond dat juist bij contracten die afdelingen zelf meervoudig onderhands aanbesteden, niemand bijhield of social return werd geleverd. Hier staat per procedure en per afdeling hoeveel van de verplichting is gerealiseerd, zodat zichtbaar wordt waar het achterblijft. De grafiek zet meervoudig onderhands naast de andere procedures samen.",
                "The audit office found that precisely for contracts that departments tender themselves (multiple private tender), nobody tracked whether social return was delivered. This shows per procedure and per department how much of the obligation was realised, so it becomes visible where it lags. The chart sets multiple private tender beside the other procedures together."
            )
        ]
        let series = Table(
            title: l.pick("Per cohort (jaar van gunning)", "Per cohort (year of award)"),
            columns: [
                l.pick("jaar", "year"), l.pick("meervoudig onderhands", "multiple private"), l.pick("overige procedures", "other procedures"),
                l.pick("achterblijvers", "laggards"),
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
        let breakdowns = sroiBreakdowns(r, s, l).filter { $0.key == "per_procedure" || $0.key == "per_afdeling" }
        return Detail(tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns, caveats: caveats, sources: sroiSources, warnings: [])
    }

    // MARK: - gemeente (regional register)

    static func gemeenteView(_ s: Summary, _ l: Language) -> Detail {
        let r = s.sroiRealisatie.selected
        let known: (ObligationGroup) -> Bool = { $0.naam != "onbekend" }
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
        let tile = viewTileBase(
            .sroiRealisatie, value: value, target: target,
            series: names.isEmpty
                ? [] : sroiYears(s).map { SeriesPoint(jaar: $0.jaar, waarde: total($0), doel: total($0) == nil ? nil : 100, gedeeltelijk: $0.gedeeltelijk) },
            note: note, partial: r.gedeeltelijk, l)
        let meaning = [
            l.pick(
                "Voor een gedeeld regionaal social-returnteam: per gemeente de verplichting uit haar contracten en wat daarvan is gerealiseerd, over alle jaren en voor het gekozen cohort. Zo ziet het team waar het zijn tijd het best kan besteden, en ziet elke raad zijn eigen deel.",
                "For a shared regional social return team: per municipality the obligation from its contracts and what was realised, over all years and for the selected cohort. The team sees where its time is best spent, and each council sees its own share."
            )
        ]
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
        let series = Table(
            title: l.pick("Alle cohorten samen, per gemeente", "All cohorts together, per municipality"),
            columns: [
                l.pick("gemeente", "municipality"), l.pick("contracten", "contracts"), l.pick("verplichting", "obligation"), l.pick("gerealiseerd", "realised"),
                l.pick("realisatie", "realisation"),
            ],
            rows: sum.values.sorted { ($0.naam == "onbekend" ? 1 : 0, $0.naam) < ($1.naam == "onbekend" ? 1 : 0, $1.naam) }.map { g in
                [
                    g.naam == "onbekend" ? l.pick("onbekend", "unknown") : g.naam, int(g.contracten, l), eur(g.verplichting, l), eur(g.gerealiseerd, l),
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
        var breakdowns = sroiBreakdowns(r, s, l).filter { $0.key == "per_gemeente" }
        if names.isEmpty { breakdowns = [] }
        return Detail(tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns, caveats: caveats, sources: sroiSources, warnings: [])
    }

    // MARK: - behoud

    static func behoudView(_ s: Summary, _ l: Language) -> Detail {
        let p = s.duurzaamheid, d = p.selected
        var value = noData(l), target: String? = nil, note = translate(reden: p.reden, l)
        if let b = d.behoud {
            if let bp = b.behoudPct {
                value = l.pick("\(pct(bp, l)) na een jaar in dienst", "\(pct(bp, l)) employed after a year")
                note = l.pick(
                    "Van de \(int(b.instroom, l)) mensen die in \(d.jaar) begonnen, werkten er \(int(b.behouden, l)) een jaar later nog.",
                    "Of the \(int(b.instroom, l)) people who started in \(d.jaar), \(int(b.behouden, l)) were still working a year later.")
            } else if b.instroom == 0 {
                value = l.pick("nog niet te zeggen", "too early to tell")
                note = l.pick(
                    "Niemand die in \(d.jaar) begon, is al een jaar in dienst geweest vóór de peildatum.",
                    "Nobody who started in \(d.jaar) has reached a year of service before the reference date.")
            } else {
                value = l.pick("niet getoond", "not shown")
                note = l.pick(
                    "\(int(b.instroom, l)) gestart; wie bleef of vertrok zou een groepje van minder dan \(s.minCellSize) personen zijn.",
                    "\(int(b.instroom, l)) started; those who stayed or left would be a group of fewer than \(s.minCellSize) persons.")
            }
            if let bb = d.behoudBovenformatief, let bp = bb.behoudPct {
                target = l.pick(
                    "boven de formatie: \(int(bb.behouden, l)) van \(int(bb.instroom, l)) (\(pct(bp, l)))",
                    "above the plan: \(int(bb.behouden, l)) of \(int(bb.instroom, l)) (\(pct(bp, l)))")
            }
        }
        let tile = viewTileBase(
            .duurzaamheid, value: value, target: target,
            series: p.reeks.map { SeriesPoint(jaar: $0.jaar, waarde: $0.behoud?.behoudPct, doel: nil, gedeeltelijk: $0.gedeeltelijk) },
            note: note, partial: d.gedeeltelijk, l)
        let meaning = [
            l.pick(
                "Blijven de mensen die de gemeente aanneemt? Per jaar van eerste start: hoeveel mensen een jaar later nog een plaatsing hadden. Apart staat hoeveel van wie boven de formatie werd aangenomen, na een jaar nog in dienst is.",
                "Do the people the municipality hires stay? Per year of first start: how many people still had a placement a year later. Separately: how many of those hired above the staffing plan are still employed after a year."
            )
        ]
        func bovCell(_ y: DuurzaamheidYear) -> String {
            if y.behoudBovenformatiefVerborgen { return l.pick("niet getoond", "not shown") }
            guard let b = y.behoudBovenformatief else { return "–" }
            if b.instroom == 0 { return "0" }
            return b.behouden.map { "\(int($0, l)) / \(int(b.instroom, l))" } ?? l.pick("niet getoond", "not shown")
        }
        let series = Table(
            title: l.pick("Per jaar van eerste start", "Per year of first start"),
            columns: [
                l.pick("jaar", "year"), l.pick("gestart", "started"), l.pick("na een jaar in dienst", "employed after a year"), l.pick("behoud", "retention"),
                l.pick("boven formatie: bleef / gestart", "above plan: stayed / started"),
            ],
            rows: p.reeks.map { y in
                let b = y.behoud
                return [
                    yearLabel(y.jaar, partial: y.gedeeltelijk, s, l), int(b?.instroom, l),
                    b.map { $0.behouden.map { int($0, l) } ?? l.pick("niet getoond", "not shown") } ?? "–", pct(b?.behoudPct, l), bovCell(y),
                ]
            },
            note: l.pick(
                "Alleen wie minstens een jaar vóór de peildatum begon, telt mee. 'Niet getoond': een groepje van minder dan \(s.minCellSize) personen zou te herkennen of terug te rekenen zijn.",
                "Only people who started at least a year before the reference date count. 'Not shown': a group of fewer than \(s.minCellSize) persons could be recognised or recomputed."
            ))
        var caveats: [String] = []
        if p.reden != nil {
            caveats.append(
                l.pick(
                    "Geen gegevens: plaatsingen.csv is niet aangeleverd; met de plaatsingen (begin, einde, bovenformatief) wordt behoud zichtbaar.",
                    "No data: plaatsingen.csv was not delivered; with the placements (start, end, bovenformatief) retention becomes visible."))
        }
        let breakdowns = duurzaamheidDetail(s, l, tile, DashboardPanel(parameter: .duurzaamheid)).breakdowns.filter { $0.key == "behoud" }
        return Detail(tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns, caveats: caveats, sources: ["plaatsingen.csv"], warnings: [])
    }

    // MARK: - doorstroom

    static func doorstroomView(_ s: Summary, _ l: Language) -> Detail {
        let p = s.duurzaamheid, d = p.selected
        var value = noData(l), note = translate(reden: p.reden, l)
        if let n = d.doorstroom {
            value = l.pick("\(int(n, l)) doorgestroomd", "\(int(n, l)) on to a contract")
            note =
                n == 1
                ? l.pick(
                    "In \(d.jaar) kreeg 1 persoon binnen een maand na de proefplaatsing een tijdelijk of vast contract.",
                    "In \(d.jaar), 1 person got a temporary or permanent contract within a month after the trial placement.")
                : l.pick(
                    "In \(d.jaar) kregen \(int(n, l)) mensen binnen een maand na hun proefplaatsing een tijdelijk of vast contract.",
                    "In \(d.jaar), \(int(n, l)) people got a temporary or permanent contract within a month after their trial placement.")
            if let f = d.doorstroomAandeel, let ended = f.beeindigd, let share = f.doorstroomPct {
                value = l.pick("\(pct(share, l)) doorgestroomd", "\(pct(share, l)) on to a contract")
                note = l.pick(
                    "In \(d.jaar) eindigde de proefplaatsing van \(int(ended, l)) mensen; \(int(n, l)) van hen kregen binnen een maand een tijdelijk of vast contract.",
                    "In \(d.jaar), the trial placement of \(int(ended, l)) people ended; \(int(n, l)) of them got a temporary or permanent contract within a month."
                )
            }
        }
        func flowShare(_ y: DuurzaamheidYear) -> Double? { y.doorstroomAandeel?.doorstroomPct }
        // The chart shows the share where every year has one, else the counts (one unit per chart).
        let useShare = p.reeks.contains { flowShare($0) != nil }
        let tile = viewTileBase(
            .duurzaamheid, value: value, target: nil,
            series: p.reeks.map {
                SeriesPoint(jaar: $0.jaar, waarde: useShare ? flowShare($0) : $0.doorstroom.map(Double.init), doel: nil, gedeeltelijk: $0.gedeeltelijk)
            },
            note: note, partial: d.gedeeltelijk, l)
        let meaning = [
            l.pick(
                "Leidt een proefplaatsing tot een echte baan? Per jaar: van de mensen van wie de proefplaatsing dat jaar eindigde, hoeveel binnen 31 dagen een tijdelijk of vast contract kregen. Een proefplaatsing telt voor de wet niet als baan; pas het contract daarna telt.",
                "Does a trial placement lead to a real job? Per year: of the people whose trial placement ended that year, how many got a temporary or permanent contract within 31 days. The law does not count a trial placement as a job; only the contract after it counts."
            )
        ]
        let series = Table(
            key: "doorstroom",
            title: l.pick("Per jaar", "Per year"),
            columns: [
                l.pick("jaar", "year"), l.pick("proefplaatsing beëindigd", "trial ended"), l.pick("doorgestroomd", "on to a contract"),
                l.pick("doorstroom", "flow"),
                l.pick("personen in dienst", "persons employed"),
            ],
            rows: p.reeks.map { y in
                let ended: String = y.doorstroomAandeel.map { f in f.beeindigd.map { int($0, l) } ?? l.pick("afgeschermd", "withheld") } ?? "–"
                return [yearLabel(y.jaar, partial: y.gedeeltelijk, s, l), ended, int(y.doorstroom, l), pct(flowShare(y), l), int(y.personenLopend, l)]
            })
        var caveats: [String] = []
        if p.reeks.contains(where: { $0.doorstroomAandeel != nil && $0.doorstroomAandeel?.beeindigd == nil }) {
            caveats.append(
                l.pick(
                    "'Afgeschermd': minder dan \(s.minCellSize) mensen beëindigden hun proefplaatsing, of minder dan \(s.minCellSize) stroomden niet door. Zo'n kleine groep is tot personen te herleiden, dus staan aantal en percentage er niet.",
                    "'Withheld': fewer than \(s.minCellSize) people ended their trial placement, or fewer than \(s.minCellSize) did not move on. So small a group can be traced to persons, so neither count nor percentage is shown."
                ))
        }
        if p.reden != nil {
            caveats.insert(l.pick("Geen gegevens: plaatsingen.csv is niet aangeleverd.", "No data: plaatsingen.csv was not delivered."), at: 0)
        }
        let breakdowns = duurzaamheidDetail(s, l, tile, DashboardPanel(parameter: .duurzaamheid)).breakdowns.filter { $0.key == "per_soort" }
        return Detail(tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns, caveats: caveats, sources: ["plaatsingen.csv"], warnings: [])
    }

    // MARK: - bovenformatief and the fund

    /// The fund's counted spending per year (rows of soort uitgave).
    static func fundSpending(_ s: Summary) -> [Int: Double] {
        var out: [Int: Double] = [:]
        for r in s.fonds.regels where r.soort == .uitgave { out[r.jaar, default: 0] += r.bedrag }
        return out
    }

    static func bovenformatiefView(_ s: Summary, _ l: Language) -> Detail {
        let p = s.quotum, q = p.selected
        let spent = fundSpending(s)
        var value = noData(l), note = translate(reden: p.reden, l)
        if let b = q.bovenformatief {
            if let n = b.personen {
                value = l.pick(
                    "\(int(n, l)) \(n == 1 ? "persoon" : "personen") boven de formatie", "\(int(n, l)) \(n == 1 ? "person" : "persons") above the plan")
                note = l.pick(
                    "\(dec(b.banen, l)) banen in \(q.jaar) zijn extra, boven de formatie; het fonds had daar \(eur(s.fonds.begroot, l)) voor en besteedde \(eur(s.fonds.besteed, l)).",
                    "\(dec(b.banen, l)) jobs in \(q.jaar) are extra, above the staffing plan; the fund had \(eur(s.fonds.begroot, l)) for them and spent \(eur(s.fonds.besteed, l))."
                )
            } else {
                value = l.pick("niet getoond", "not shown")
                note = l.pick(
                    "Het aantal of de rest zou een groepje van minder dan \(s.minCellSize) personen zijn.",
                    "The number or the rest would be a group of fewer than \(s.minCellSize) persons.")
            }
        } else if p.reden == nil {
            note = l.pick("Geen plaatsingen boven de formatie in \(q.jaar).", "No placements above the plan in \(q.jaar).")
        }
        let target = s.fonds.begroot.map {
            l.pick(
                "fonds \(eur(s.fonds.besteed ?? 0, l)) besteed van \($0 == 0 ? "€ 0" : eur($0, l))",
                "fund \(eur(s.fonds.besteed ?? 0, l)) spent of \(eur($0, l))")
        }
        let tile = viewTileBase(
            .quotum, value: value, target: target,
            series: p.reeks.map { SeriesPoint(jaar: $0.jaar, waarde: $0.bovenformatief?.banen, doel: nil, gedeeltelijk: $0.gedeeltelijk) },
            note: note, partial: q.gedeeltelijk, l)
        let meaning = [
            l.pick(
                "Neemt de gemeente mensen boven de formatie aan, en wordt het fonds daarvoor gebruikt? Per jaar: de geplaatsten boven de formatie (personen en banen) naast wat het bovenformatief fonds dat jaar uitgaf. De rekenkamer zag een fonds dat nauwelijks werd gebruikt terwijl het quotum niet werd gehaald.",
                "Does the municipality hire people above its staffing plan, and is the fund used for it? Per year: the placements above the plan (persons and jobs) beside what the supernumerary fund spent that year. The audit office saw a fund that was hardly used while the quota was missed."
            )
        ]
        let series = Table(
            title: l.pick("Per jaar", "Per year"),
            columns: [
                l.pick("jaar", "year"), l.pick("personen", "persons"), l.pick("banen", "jobs"), l.pick("fonds besteed", "fund spent"),
                l.pick("per persoon", "per person"),
            ],
            rows: p.reeks.map { y in
                let b = y.bovenformatief
                let hidden = b != nil && b?.personen == nil
                let perPerson: String = {
                    guard let n = b?.personen, n > 0, let e = spent[y.jaar] else { return "–" }
                    return eur(e / Double(n), l)
                }()
                return [
                    yearLabel(y.jaar, partial: y.gedeeltelijk, s, l),
                    hidden ? l.pick("niet getoond", "not shown") : int(b?.personen ?? (y.banen == nil ? nil : 0), l),
                    hidden ? l.pick("niet getoond", "not shown") : dec(b?.banen ?? (y.banen == nil ? nil : 0), l),
                    spent[y.jaar].map { eur($0, l) } ?? l.pick("geen uitgaven", "no spending"), perPerson,
                ]
            })
        var caveats: [String] = []
        if p.reden != nil {
            caveats.append(
                l.pick(
                    "Geen gegevens: plaatsingen.csv is niet aangeleverd; met de kolom bovenformatief per plaatsing wordt dit zichtbaar.",
                    "No data: plaatsingen.csv was not delivered; with the column bovenformatief per placement this becomes visible."))
        }
        if s.fonds.reden != nil, let r = translate(reden: s.fonds.reden, l) {
            caveats.append(l.pick("Fonds: \(r).", "Fund: \(r)."))
        }
        var breakdowns = quotumDetail(s, l, tile, DashboardPanel(parameter: .quotum)).breakdowns.filter { $0.key == "bovenformatief" }
        breakdowns += fondsDetail(s, l, tile, DashboardPanel(parameter: .fondsBovenformatief)).breakdowns.filter { $0.key == "regels" }
        return Detail(
            tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns, caveats: caveats, sources: ["plaatsingen.csv", "budget.csv"],
            warnings: [])
    }

    // MARK: - doelmatigheid

    static func doelmatigheidView(_ s: Summary, _ l: Language) -> Detail {
        let r = s.sroiRealisatie.selected
        let e = r.detail?.doelmatigheid
        let spent = fundSpending(s)
        var value = l.pick("niet te berekenen", "cannot be computed"), note: String
        if let x = e?.opbrengstPerEuro {
            value = l.pick("\(NumberFormat.euro2(x, language: l)) per euro", "\(NumberFormat.euro2(x, language: l)) per euro")
            note = l.pick(
                "Elke euro die het social-returnteam in \(r.jaar) kostte, leverde \(NumberFormat.euro2(x, language: l)) aan geverifieerde social return op.",
                "Every euro the social return team cost in \(r.jaar) yielded \(NumberFormat.euro2(x, language: l)) of verified social return.")
        } else {
            note = teamMissing(s, r.jaar, l)
        }
        let team = posts(s, "social_return_team")
        let target: String? = team[r.jaar].flatMap { t in
            if let u = t.uitgave { return l.pick("team kostte \(eur(u, l))", "team cost \(eur(u, l))") }
            return t.begroting.map { l.pick("team begroot op \(eur($0, l))", "team budgeted at \(eur($0, l))") }
        }
        let tile = viewTileBase(
            .fondsBovenformatief, value: value, target: target,
            series: sroiYears(s).map {
                SeriesPoint(jaar: $0.jaar, waarde: $0.detail?.doelmatigheid.opbrengstPerEuro, doel: nil, gedeeltelijk: $0.gedeeltelijk)
            },
            note: note, partial: s.isPartial(r.jaar), l)
        let meaning = [
            l.pick(
                "De gemeente heeft twee rollen met eigen geld. Als opdrachtgever betaalt zij een social-returnteam dat de verplichting bij opdrachtnemers bewaakt: wat levert elke euro van dat team op aan geverifieerde social return? Als werkgever heeft zij een fonds om mensen boven de formatie aan te nemen en een budget voor de banenafspraak: wat kost een plaatsing, en bleef er geld liggen terwijl het quotum niet werd gehaald?",
                "The municipality has two roles with its own money. As a buyer it pays a social return team that watches suppliers' obligations: what does each euro of that team yield in verified social return? As an employer it has a fund to hire people above its staffing plan and a budget for the job agreement: what does a placement cost, and was money left unused while the quota was missed?"
            )
        ]
        let years = Set(sroiYears(s).map(\.jaar)).union(team.keys).filter { $0 <= s.dataset.peildatum.year }.sorted()
        let series = Table(
            key: "doelmatigheid",
            title: l.pick("Opdrachtgever: opbrengst per euro social-returnteam", "Buyer: yield per euro of the social return team"),
            columns: [
                l.pick("jaar", "year"), l.pick("geverifieerd in jaar", "verified in year"), l.pick("kosten team", "team costs"), l.pick("per euro", "per euro"),
            ],
            rows: years.map { y in
                let d = sroiYears(s).first { $0.jaar == y }?.detail?.doelmatigheid
                let cost = team[y]?.uitgave
                return [
                    yearLabel(y, partial: s.isPartial(y), s, l), d.map { eur($0.geverifieerdInJaar, l) } ?? "–",
                    cost.map { eur($0, l) } ?? (team[y]?.begroting).map { l.pick("alleen begroot: \(eur($0, l))", "budget only: \(eur($0, l))") } ?? "–",
                    d?.opbrengstPerEuro.map { NumberFormat.euro2($0, language: l) } ?? "–",
                ]
            },
            note: l.pick(
                "Geverifieerde waarde in het kalenderjaar op alle plichtige contracten, gedeeld door de werkelijke kosten (uitgave) van het team; een begroting telt niet als kosten.",
                "Verified value in the calendar year on all obliged contracts, divided by the team's actual costs (spending); a budget does not count as costs."
            ))
        var breakdowns: [Table] = []
        // Employer: fund spending per placement above the staffing plan.
        let quotumYears = s.quotum.reeks
        let fundYears = Set(spent.keys).union(quotumYears.filter { $0.bovenformatief?.personen != nil }.map(\.jaar)).sorted()
        breakdowns.append(
            Table(
                key: "per_plaatsing",
                title: l.pick("Werkgever: fondsbesteding per plaatsing boven de formatie", "Employer: fund spending per placement above the plan"),
                columns: [
                    l.pick("jaar", "year"), l.pick("fonds besteed", "fund spent"), l.pick("personen boven formatie", "persons above plan"),
                    l.pick("per persoon", "per person"),
                ],
                rows: fundYears.map { y in
                    let b = quotumYears.first { $0.jaar == y }?.bovenformatief
                    let n = b?.personen
                    let per: String = {
                        guard let n, n > 0, let x = spent[y] else {
                            if b != nil && n == nil { return l.pick("niet te tonen (klein aantal)", "not shown (small number)") }
                            return "–"
                        }
                        return eur(x / Double(n), l)
                    }()
                    return [String(y), spent[y].map { eur($0, l) } ?? "–", b == nil ? "–" : (n.map { int($0, l) } ?? l.pick("niet getoond", "not shown")), per]
                },
                note: fundYears.isEmpty
                    ? l.pick(
                        "Niet te berekenen: daarvoor zijn uitgaven van post bovenformatief_fonds (budget.csv) en plaatsingen met bovenformatief = ja (plaatsingen.csv) nodig.",
                        "Cannot be computed: this needs spending of post bovenformatief_fonds (budget.csv) and placements with bovenformatief = ja (plaatsingen.csv)."
                    )
                    : l.pick(
                        "Uitgaven van het fonds in het jaar gedeeld door het aantal mensen dat dat jaar boven de formatie werkte.",
                        "The fund's spending in the year divided by the number of people working above the plan that year.")))
        // Employer: the unspent Participatiewet budget next to the missed quota.
        let ba = posts(s, "banenafspraak")
        breakdowns.append(
            Table(
                key: "banenafspraak",
                title: l.pick("Werkgever: budget banenafspraak naast het quotum", "Employer: job agreement budget beside the quota"),
                columns: [
                    l.pick("jaar", "year"), l.pick("begroot", "budgeted"), l.pick("niet besteed", "unspent"), l.pick("quotum doel", "quota target"),
                    l.pick("gerealiseerd", "realised"), l.pick("tekort", "shortfall"),
                ],
                rows: ba.keys.sorted().map { y in
                    let b = ba[y]!
                    let q = s.quotum.reeks.first { $0.jaar == y }
                    let unspent: String = {
                        guard let bg = b.begroting else { return l.pick("geen begroting", "no budget") }
                        guard let u = b.uitgave else { return l.pick("geen uitgaven aangeleverd", "no spending delivered") }
                        return eur(max(0, bg - u), l)
                    }()
                    func quota(_ x: Double?) -> String {
                        guard let x, let q else { return "–" }
                        return Questions.quota(x, q.eenheid, l)
                    }
                    let short: String = {
                        guard let w = q?.waarde, let d = q?.doel else { return "–" }
                        return w >= d ? l.pick("gehaald", "met") : quota(d - w)
                    }()
                    return [String(y), eur(b.begroting, l), unspent, quota(q?.doel), quota(q?.waarde), short]
                },
                note: ba.isEmpty
                    ? l.pick(
                        "Niet te berekenen: budget.csv heeft geen budgetpost Banenafspraak (begroting en uitgave van het Participatiewetbudget voor de banenafspraak).",
                        "Cannot be computed: budget.csv has no budget line Job agreement (budget and spending of the Participatiewet budget for the job agreement)."
                    )
                    : l.pick(
                        "Budgetpost Banenafspraak in budget.csv: het Participatiewetbudget voor de banenafspraak.",
                        "Budget line Job agreement in budget.csv: the Participatiewet budget for the job agreement.")))
        var caveats: [String] = []
        if e?.opbrengstPerEuro == nil { caveats.append(teamMissing(s, r.jaar, l)) }
        return Detail(
            tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns, caveats: caveats,
            sources: ["budget.csv", "sroi_prestaties.csv", "plaatsingen.csv", "doelen.csv"], warnings: [])
    }

    /// Per year of a budget post: begroting and uitgave (from `fonds.posten`).
    static func posts(_ s: Summary, _ post: String) -> [Int: BudgetYear] {
        Dictionary((s.fonds.posten ?? []).first { $0.post == post }?.jaren.map { ($0.jaar, $0) } ?? [], uniquingKeysWith: { a, _ in a })
    }

    /// Which data would make "yield per euro of the team" computable for `year`.
    static func teamMissing(_ s: Summary, _ year: Int, _ l: Language) -> String {
        var missing: [String] = []
        if s.sroiRealisatie.reden != nil {
            missing.append(
                l.pick(
                    "een inkoopregister (contracten.csv) met geverifieerde prestaties (sroi_prestaties.csv, geverifieerd = ja)",
                    "a procurement register (contracten.csv) with verified performance (sroi_prestaties.csv, geverifieerd = ja)"))
        }
        if posts(s, "social_return_team")[year]?.uitgave == nil {
            missing.append(
                l.pick(
                    "de werkelijke kosten van het social-returnteam in \(year) (een uitgave van die budgetpost in budget.csv)",
                    "the actual costs of the social return team in \(year) (a spending line of that budget post in budget.csv)"))
        }
        if missing.isEmpty {
            return l.pick("Niet te berekenen voor \(year).", "Cannot be computed for \(year).")
        }
        return l.pick("Opbrengst per euro niet te berekenen; daarvoor is nodig: ", "Yield per euro cannot be computed; it needs: ")
            + missing.joined(separator: l.pick(" en ", " and ")) + "."
    }
}
