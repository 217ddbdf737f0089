import RaadsMetrics

/// Focused views of SROI realisation (issue 11): where the value went (`woonplaats`) and what it
/// consists of (`hoofdonderdeel`). Every figure comes from the `Summary`.
extension Presenter {
    static func sroiYears(_ s: Summary) -> [SroiRealisatieYear] { s.sroiRealisatie.reeks }

    static func noSroi(_ s: Summary, _ l: Language) -> String? {
        if let r = translate(reden: s.sroiRealisatie.reden, l) {
            return l.pick(
                "Geen gegevens: \(r). Een inkoopregister (contracten.csv) met de geregistreerde prestaties (sroi_prestaties.csv) maakt dit zichtbaar.",
                "No data: \(r). A procurement register (contracten.csv) with the registered performance (sroi_prestaties.csv) makes this visible.")
        }
        return nil
    }

    /// The files the SROI views read, and how their sources name them (on one line).
    static let sroiFiles = ["contracten.csv", "bouwblokken.csv", "sroi_prestaties.csv"]
    static let sroiSources = [sroiFiles.joined(separator: ", ")]

    // MARK: - woonplaats

    static func woonplaatsChart(_ l: Language) -> ChartSpec {
        ChartSpec(value: l.pick("naar eigen inwoners", "to own residents"), target: nil, unit: "%", format: { NumberFormat.decimal($0, language: l) })
    }

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
        let meaning = l.pick(
            "Komt de social return ten goede aan de eigen inwoners? De geverifieerde waarde van de prestaties die opdrachtnemers leverden, naar de woonplaats van de mensen voor wie zij werden geleverd: inwoners van de gemeente (\(own.isEmpty ? "niet opgegeven" : own)), elders in de regio, daarbuiten, of onbekend. Naast de verplichting van hetzelfde cohort.",
            "Does social return benefit the municipality's own residents? The verified value of the performance suppliers delivered, by the place of residence of the people it was delivered for: residents of the municipality (\(own.isEmpty ? "not given" : own)), elsewhere in the region, outside it, or unknown. Next to the obligation of the same cohort."
        )
        let table = Table(
            title: l.pick("Per cohort (jaar van gunning), geverifieerde waarde", "Per cohort (year of award), verified value"),
            columns: [
                .text(l.pick("jaar", "year")), .number(l.pick("verplichting", "obligation")), .number(l.pick("eigen inwoners", "own residents")),
                .number("regio"), .number(l.pick("elders", "elsewhere")),
                .number(l.pick("onbekend", "unknown")), .number(l.pick("aandeel eigen", "share own")), .number(l.pick("niet geverifieerd", "not verified")),
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
        let breakdowns = SroiRealisatie.cohortBreakdowns(r, s, l).filter { $0.key == "per_woonplaats" }
        return viewContent(
            .sroiRealisatie, value: value, target: target,
            chart: sroiYears(s).map { SeriesPoint(jaar: $0.jaar, waarde: share($0), doel: nil, gedeeltelijk: $0.gedeeltelijk) },
            note: note, partial: r.gedeeltelijk,
            meaning: meaning, table: table, breakdowns: breakdowns, caveats: caveats, sources: sroiSources, l)
    }

    // MARK: - hoofdonderdeel

    static func hoofdonderdeelChart(_ l: Language) -> ChartSpec {
        ChartSpec(
            value: l.pick("gerealiseerd", "realised"), target: l.pick("verplichting", "obligation"), unit: "euro",
            format: { NumberFormat.integer($0, language: l) })
    }

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
        let meaning = l.pick(
            "Wat leverden de opdrachtnemers, tegenover wat zij moesten leveren? De bouwblokkenmethode kent drie hoofdonderdelen: banen (iemand aan het werk), ontwikkeling (opleiding, stage, leerwerkplek) en maatschappelijke activiteiten die mensen dichter bij werk brengen. Een baan weegt het zwaarst.",
            "What did the suppliers deliver, against what they had to deliver? The building-block method has three main components: jobs (someone at work), development (training, internships, work-based learning) and social activities that bring people closer to work. A job weighs most."
        )
        let table = Table(
            title: l.pick("Per cohort (jaar van gunning)", "Per cohort (year of award)"),
            columns: [
                .text(l.pick("jaar", "year")), .number(l.pick("banen", "jobs")), .number(l.pick("ontwikkeling", "development")),
                .number(l.pick("maatschappelijk", "social")),
                .number(l.pick("verplichting", "obligation")), .number(l.pick("geverifieerd", "verified")),
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
        let breakdowns = SroiRealisatie.cohortBreakdowns(r, s, l).filter { $0.key == "per_hoofdonderdeel" }
        return viewContent(
            .sroiRealisatie, value: value, target: target,
            chart: sroiYears(s).map { SeriesPoint(jaar: $0.jaar, waarde: $0.gerealiseerd, doel: $0.verplichting, gedeeltelijk: $0.gedeeltelijk) },
            note: note, partial: r.gedeeltelijk, progress: progress(r.gerealiseerd, r.verplichting),
            meaning: meaning, table: table, breakdowns: breakdowns, caveats: caveats, sources: sroiSources, l)
    }
}
