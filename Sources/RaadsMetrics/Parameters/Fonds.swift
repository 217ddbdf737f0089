/// `fonds_bovenformatief` (contract §3 budget.csv): use of the fund for hiring above the staffing
/// plan, cumulative up to the peildatum, plus the other budget posts per year.
extension Metrics {
    static let fundPost = "bovenformatief_fonds"
    static let teamPost = "social_return_team"

    /// Whether a budget row counts as of the peildatum.
    static func counts(_ r: BudgetRow, _ ds: Dataset) -> Bool {
        guard r.jaar <= ds.info.peildatum.year else { return false }
        if r.soort == .uitgave, let d = r.datum, d > ds.info.peildatum { return false }
        return true
    }

    /// The sum of `rows`' amounts, `nil` when there is no row (missing is not zero).
    static func total(_ rows: some Sequence<BudgetRow>) -> Double? {
        var sum: Double?
        for r in rows { sum = (sum ?? 0) + r.bedrag }
        return sum
    }

    static func fonds(_ ds: Dataset) -> FondsResult {
        guard let rows = ds.budget else {
            return FondsResult(reden: .geenFondsBegroting, begroot: nil, besteed: nil, benuttingPct: nil, status: .onbekend, posten: nil, regels: [])
        }
        let counted = rows.filter { counts($0, ds) }
        var perPost: [String: [Int: [BudgetRow]]] = [:]
        for r in counted where r.post != fundPost { perPost[r.post, default: [:]][r.jaar, default: []].append(r) }
        let posten = perPost.keys.sorted(by: unicodeLess).map { post in
            BudgetPost(
                post: post,
                jaren: perPost[post]!.keys.sorted().map { y in
                    let list = perPost[post]![y]!
                    return BudgetYear(
                        jaar: y, begroting: total(list.lazy.filter { $0.soort == .begroting }),
                        uitgave: total(list.lazy.filter { $0.soort == .uitgave }))
                })
        }
        let fund = counted.filter { $0.post == fundPost }
        let begroot = total(fund.lazy.filter { $0.soort == .begroting })
        let besteed = total(fund.lazy.filter { $0.soort == .uitgave })
        let benutting = begroot.flatMap { b in besteed.flatMap { pct($0, b) } }
        // `reden` only for a missing value, saying which rows were not delivered.
        let reden: MissingReason? = benutting != nil ? nil : (begroot == nil ? .geenFondsBegroting : (besteed == nil ? .geenFondsUitgaven : nil))
        return FondsResult(
            reden: reden, begroot: begroot, besteed: besteed, benuttingPct: benutting,
            status: Thresholds.standard.judge(benutting, target: 100), posten: posten, regels: fund)
    }

    /// The counted `uitgave` of the social-return team in calendar year `y`; `nil` without one.
    static func teamCosts(_ ds: Dataset, year y: Int) -> Double? {
        total((ds.budget ?? []).lazy.filter { $0.post == teamPost && $0.soort == .uitgave && $0.jaar == y && counts($0, ds) })
    }
}
