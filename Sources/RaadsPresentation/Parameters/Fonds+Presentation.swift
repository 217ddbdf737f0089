import RaadsMetrics

extension Presenter {
    /// Use of the supernumerary fund (`Metrics.fonds`): how much of the money for hiring above the
    /// staffing plan was spent, up to the reference date. Its focused view `doelmatigheid` is in
    /// `Fonds+Views.swift`.
    enum Fonds: ParameterPresentation {
        static func seriesText(_ x: Double, _ l: Language) -> String { NumberFormat.compact(x, language: l) }

        static func reason(_ s: Summary) -> MissingReason? { s.fonds.reden }

        static func judged(_ s: Summary, _ panel: DashboardPanel) -> (value: Double?, target: Double?)? {
            (s.fonds.benuttingPct, s.fonds.benuttingPct == nil ? nil : 100)
        }

        static func judgedAgainst(_ panel: DashboardPanel, _ l: Language) -> String? {
            l.pick("het beschikbare geld (doel: alles besteed)", "the money available (target: all of it spent)")
        }

        /// Two bars, available and spent: the fund has one total, not a series.
        static func chart(_ s: Summary, _ l: Language) -> ChartSpec? {
            guard let begroot = s.fonds.begroot, let besteed = s.fonds.besteed else { return nil }
            let euro = { (x: Double) in NumberFormat.euro(x, language: l) }
            let bars = [
                ChartData.Point(
                    label: l.pick("beschikbaar", "available"), shortLabel: l.pick("beschikbaar", "available"), value: begroot, target: nil,
                    partial: false, valueText: euro(begroot), targetText: nil),
                ChartData.Point(
                    label: l.pick("besteed", "spent"), shortLabel: l.pick("besteed", "spent"), value: besteed, target: nil,
                    partial: false, valueText: euro(besteed), targetText: nil),
            ]
            return ChartSpec(value: l.pick("bedrag", "amount"), target: nil, unit: "€", format: euro, bars: bars)
        }

        static func tile(_ s: Summary, _ l: Language) -> Tile {
            let f = s.fonds
            var value = noData(l)
            if let b = f.benuttingPct { value = NumberFormat.percent(b, language: l) + l.pick(" benut", " used") }
            var target: String?
            if let be = f.besteed, let bg = f.begroot {
                // The status is judged against all of it spent: said on the tile itself, short enough for the compact one.
                target = l.pick("\(eur(be, l)) van \(eur(bg, l)) · doel 100 %", "\(eur(be, l)) of \(eur(bg, l)) · target 100%")
            } else if let bg = f.begroot {
                target = l.pick("\(eur(bg, l)) beschikbaar, geen uitgaven aangeleverd", "\(eur(bg, l)) available, no spending delivered")
            } else if let be = f.besteed {
                target = l.pick("\(eur(be, l)) besteed, geen begroting aangeleverd", "\(eur(be, l)) spent, no budget delivered")
            }
            return Tile(
                id: .fondsBovenformatief, title: ParameterID.fondsBovenformatief.title(l), valueText: value, targetText: target,
                status: f.status, statusText: statusText(f.status, hasValue: f.benuttingPct != nil, l),
                progress: f.benuttingPct.map { $0 / 100 }, series: [],
                note: translate(reden: f.reden, l)
                    ?? l.pick(
                        "doel: alles besteed · totaal t/m \(NumberFormat.date(s.dataset.peildatum, language: l))",
                        "target: all of it spent · total up to \(NumberFormat.date(s.dataset.peildatum, language: l))"),
                partialYear: false)
        }

        static func detail(_ s: Summary, _ l: Language, tile: Tile, panel: DashboardPanel) -> Detail {
            let f = s.fonds
            let meaning = [
                l.pick(
                    "Hoeveel van het geld dat beschikbaar is gesteld om mensen bovenformatief (boven de formatie) aan te nemen, werkelijk is besteed. Opgeteld over alle jaren tot de peildatum.",
                    "How much of the money made available to hire people above the staffing plan has actually been spent. Summed over all years up to the reference date."
                )
            ]
            let series = Table(
                title: l.pick("Totaal tot de peildatum", "Total up to the reference date"),
                columns: [
                    .number(l.pick("beschikbaar", "available")), .number(l.pick("besteed", "spent")), .number(l.pick("benut", "used")),
                    .number(l.pick("doel", "target")), .text("status"),
                ],
                rows: [
                    [
                        eur(f.begroot, l), eur(f.besteed, l), pct(f.benuttingPct, l), f.benuttingPct == nil ? "–" : pct(100, l),
                        judgedCell(panel, f.benuttingPct, 100, l),
                    ]
                ]
            )
            let caveats = [
                l.pick(
                    "Het percentage is cumulatief tot de peildatum en verandert niet met het gekozen jaar.",
                    "The percentage is cumulative up to the reference date and does not change with the selected year.")
            ]
            return Detail(
                tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns(s, l), caveats: caveats, sources: ["budget.csv"], warnings: [])
        }

        /// The fund's lines, then one table per budget post.
        static func breakdowns(_ s: Summary, _ l: Language) -> [Table] {
            let f = s.fonds
            var breakdowns: [Table] = []
            if !f.regels.isEmpty {
                breakdowns.append(
                    Table(
                        key: "regels",
                        title: l.pick("Regels van het fonds", "Lines of the fund"),
                        columns: [
                            .text(l.pick("jaar", "year")), .text(l.pick("soort", "kind")), .number(l.pick("bedrag", "amount")),
                            .text(l.pick("omschrijving", "description")),
                        ],
                        rows: f.regels.map { [String($0.jaar), $0.soort.label(l), NumberFormat.euro($0.bedrag, language: l), $0.omschrijving ?? ""] }))
            }
            for post in f.posten ?? [] {
                breakdowns.append(
                    Table(
                        key: "posten",
                        title: l.pick("Budgetpost \(postName(post.post, l))", "Budget line: \(postName(post.post, l))"),
                        columns: [
                            .text(l.pick("jaar", "year")), .number(l.pick("begroot", "budgeted")), .number(l.pick("uitgegeven", "spent")),
                            .number(l.pick("verschil", "difference")),
                        ],
                        rows: post.jaren.map {
                            [
                                String($0.jaar), budgetAmount($0.begroting, missing: l.pick("geen begroting aangeleverd", "no budget delivered"), l),
                                budgetAmount($0.uitgave, missing: l.pick("geen uitgaven aangeleverd", "no spending delivered"), l),
                                budgetDifference($0, l),
                            ]
                        }))
            }
            return breakdowns
        }

        /// An amount of a budget post, or why there is none (never € 0 for money nobody reported).
        static func budgetAmount(_ x: Double?, missing: String, _ l: Language) -> String {
            x.map { NumberFormat.euro($0, language: l) } ?? missing
        }

        /// "€ 80.000 niet besteed" or "€ 1.310 meer uitgegeven dan begroot"; "–" when either is missing.
        static func budgetDifference(_ y: BudgetYear, _ l: Language) -> String {
            guard let b = y.begroting, let u = y.uitgave else { return "–" }
            if u > b { return l.pick("\(eur(u - b, l)) meer uitgegeven dan begroot", "\(eur(u - b, l)) more spent than budgeted") }
            return l.pick("\(eur(b - u, l)) niet besteed", "\(eur(b - u, l)) unspent")
        }

        /// The fund's counted spending per year (rows of soort uitgave).
        static func spending(_ s: Summary) -> [Int: Double] {
            var out: [Int: Double] = [:]
            for r in s.fonds.regels where r.soort == .uitgave { out[r.jaar, default: 0] += r.bedrag }
            return out
        }
    }

    /// A budget post's id from budget.csv as a name a council member reads: `social_return_team`
    /// is "Social-returnteam". Unknown posts: underscores as spaces, first letter capitalised.
    public static func postName(_ id: String, _ l: Language) -> String {
        switch id {
        case "social_return_team": return l.pick("Social-returnteam", "Social return team")
        case "banenafspraak": return l.pick("Banenafspraak", "Job agreement")
        case "jobcoaching": return l.pick("Jobcoaching", "Job coaching")
        case "bovenformatief", "fonds_bovenformatief": return l.pick("Bovenformatief fonds", "Supernumerary fund")
        default:
            let words = id.replacingUnderscores
            return words.prefix(1).uppercased() + words.dropFirst()
        }
    }
}
