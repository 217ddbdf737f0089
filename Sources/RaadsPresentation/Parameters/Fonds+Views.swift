import RaadsMetrics

/// The fund's focused view (`PanelView.doelmatigheid`): the municipality's money as buyer and as
/// employer, side by side.
extension Presenter {
    // MARK: - doelmatigheid

    static func doelmatigheidChart(_ l: Language) -> ChartSpec {
        ChartSpec(
            value: l.pick("geverifieerd per euro team", "verified per euro of the team"), target: nil, unit: l.pick("euro per euro", "euro per euro"),
            format: { NumberFormat.decimal($0, digits: 2, language: l) })
    }

    static let doelmatigheidFiles = ["budget.csv", "sroi_prestaties.csv", "plaatsingen.csv", "doelen.csv"]

    static func doelmatigheidView(_ s: Summary, _ l: Language) -> Detail {
        let r = s.sroiRealisatie.selected
        let e = r.detail?.doelmatigheid
        let spent = Fonds.spending(s)
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
        let meaning = l.pick(
            "De gemeente heeft twee rollen met eigen geld. Als opdrachtgever betaalt zij een social-returnteam dat de verplichting bij opdrachtnemers bewaakt: wat levert elke euro van dat team op aan geverifieerde social return? Als werkgever heeft zij een fonds om mensen boven de formatie aan te nemen en een budget voor de banenafspraak: wat kost een plaatsing, en bleef er geld liggen terwijl het quotum niet werd gehaald?",
            "The municipality has two roles with its own money. As a buyer it pays a social return team that watches suppliers' obligations: what does each euro of that team yield in verified social return? As an employer it has a fund to hire people above its staffing plan and a budget for the job agreement: what does a placement cost, and was money left unused while the quota was missed?"
        )
        let years = Set(sroiYears(s).map(\.jaar)).union(team.keys).filter { $0 <= s.dataset.peildatum.year }.sorted()
        let table = Table(
            key: "doelmatigheid",
            title: l.pick("Opdrachtgever: opbrengst per euro social-returnteam", "Buyer: yield per euro of the social return team"),
            columns: [
                .text(l.pick("jaar", "year")), .number(l.pick("geverifieerd in jaar", "verified in year")), .number(l.pick("kosten team", "team costs")),
                .number(l.pick("per euro", "per euro")),
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
                    .text(l.pick("jaar", "year")), .number(l.pick("fonds besteed", "fund spent")),
                    .number(l.pick("personen boven formatie", "persons above plan")),
                    .number(l.pick("per persoon", "per person")),
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
                    .text(l.pick("jaar", "year")), .number(l.pick("begroot", "budgeted")), .number(l.pick("niet besteed", "unspent")),
                    .number(l.pick("quotum doel", "quota target")),
                    .number(l.pick("gerealiseerd", "realised")), .number(l.pick("tekort", "shortfall")),
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
        return viewContent(
            .fondsBovenformatief, value: value, target: target,
            chart: sroiYears(s).map {
                SeriesPoint(jaar: $0.jaar, waarde: $0.detail?.doelmatigheid.opbrengstPerEuro, doel: nil, gedeeltelijk: $0.gedeeltelijk)
            },
            note: note, partial: s.isPartial(r.jaar),
            meaning: meaning, table: table, breakdowns: breakdowns, caveats: caveats,
            sources: doelmatigheidFiles, l)
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
