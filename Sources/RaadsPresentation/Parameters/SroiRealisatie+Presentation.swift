import RaadsMetrics

extension Presenter {
    /// SROI realisation (`Metrics.sroiRealisatie`): the value of the social return delivered per
    /// cohort of contracts, against the obligation. Its focused views are in
    /// `SroiRealisatie+Views.swift` (woonplaats, hoofdonderdeel) and
    /// `SroiRealisatie+GroupViews.swift` (procedure, gemeente).
    enum SroiRealisatie: ParameterPresentation {
        static func reason(_ s: Summary) -> MissingReason? { s.sroiRealisatie.reden }

        /// Judged on the ended contracts (contract v1.2): a running contract is not behind.
        static func judged(_ s: Summary, _ panel: DashboardPanel) -> (value: Double?, target: Double?)? {
            let r = s.sroiRealisatie.selected
            return (r.realisatieAfgerondPct, r.realisatieAfgerondPct == nil ? nil : 100)
        }

        static func judgedAgainst(_ panel: DashboardPanel, _ l: Language) -> String? {
            l.pick("de verplichting van de afgelopen contracten", "the obligation of the ended contracts")
        }

        /// A cohort without a judged status keeps its own words ("loopt nog").
        static func judgedStatusText(_ tile: Tile, hasValue: Bool, _ l: Language) -> String {
            tile.status == .onbekend ? tile.statusText : statusText(tile.status, hasValue: hasValue, l)
        }

        static func chart(_ s: Summary, _ l: Language) -> ChartSpec? {
            ChartSpec(
                value: l.pick("realisatie", "realisation"), target: l.pick("verplichting", "obligation"), unit: "%",
                format: { NumberFormat.decimal($0, language: l) })
        }

        static func tile(_ s: Summary, _ l: Language) -> Tile {
            let p = s.sroiRealisatie, r = p.selected
            var value = noData(l)
            if let pc = r.realisatiePct { value = NumberFormat.percent(pc, language: l) + l.pick(" gerealiseerd", " realised") }
            var target: String?
            if let v = r.verplichting, let g = r.gerealiseerdBegrensd, r.realisatiePct != nil {
                target = l.pick("\(eur(g, l)) van \(eur(v, l)) verplichting", "\(eur(g, l)) of \(eur(v, l)) obligation")
            }
            var note = translate(reden: p.reden, l)
            if note == nil, r.verplichting == 0 || r.verplichting == nil {
                note = l.pick("geen SROI-plichtige contracten gegund in \(r.jaar)", "no SROI-obliged contracts awarded in \(r.jaar)")
            }
            if note == nil, let running = r.lopend, running.contracten > 0 {
                note = runningText(running, l)
            }
            if note == nil, let g = r.gerealiseerd, let v = r.geverifieerd, g > 0 {
                note = l.pick("geverifieerd: \(eur(v, l)) van \(eur(g, l))", "verified: \(eur(v, l)) of \(eur(g, l))")
            }
            return Tile(
                id: .sroiRealisatie, title: ParameterID.sroiRealisatie.title(l), valueText: value, targetText: target, status: r.status,
                statusText: r.status == .onbekend && (r.lopend?.contracten ?? 0) > 0 ? l.pick("loopt nog", "still running") : r.status.word(l),
                progress: r.realisatiePct.map { $0 / 100 },
                series: p.reeks.map {
                    SeriesPoint(jaar: $0.jaar, waarde: $0.realisatiePct, doel: $0.realisatiePct == nil ? nil : 100, gedeeltelijk: $0.gedeeltelijk)
                },
                note: note, partialYear: r.gedeeltelijk)
        }

        /// "3 contracten lopen nog: € 12.000 van € 40.000" — why a cohort is not judged on them yet.
        static func runningText(_ r: RunningContracts, _ l: Language) -> String {
            let n = NumberFormat.integer(r.contracten, language: l)
            return r.contracten == 1
                ? l.pick(
                    "1 contract loopt nog: \(eur(r.gerealiseerdBegrensd, l)) van \(eur(r.verplichting, l))",
                    "1 contract still running: \(eur(r.gerealiseerdBegrensd, l)) of \(eur(r.verplichting, l))")
                : l.pick(
                    "\(n) contracten lopen nog: \(eur(r.gerealiseerdBegrensd, l)) van \(eur(r.verplichting, l))",
                    "\(n) contracts still running: \(eur(r.gerealiseerdBegrensd, l)) of \(eur(r.verplichting, l))")
        }

        static func sroiMeaning(_ s: Summary, _ l: Language) -> String {
            let n = s.norms
            return l.pick(
                "Bij werken en diensten vanaf meervoudig onderhands moet de opdrachtnemer \(NumberFormat.compact(n.sroiPercentage, language: l)) % van de aanneemsom besteden aan social return (\(NumberFormat.compact(n.sroiPercentageLaag, language: l)) % als de loonsom minder dan \(NumberFormat.compact(n.loonsomDrempel * 100, language: l)) % van de aanneemsom is). Contracten tellen in het jaar van gunning (cohort) en worden beoordeeld op de peildatum.",
                "For works and services from multiple private tender upward, the supplier must spend \(NumberFormat.compact(n.sroiPercentage, language: l))% of the contract value on social return (\(NumberFormat.compact(n.sroiPercentageLaag, language: l))% when the wage sum is below \(NumberFormat.compact(n.loonsomDrempel * 100, language: l))% of it). Contracts count in the year of award (cohort) and are judged on the reference date."
            )
        }

        static func detail(_ s: Summary, _ l: Language, tile: Tile, panel: DashboardPanel) -> Detail {
            let p = s.sroiRealisatie, r = p.selected
            let meaning = [
                sroiMeaning(s, l),
                l.pick(
                    "Realisatie is de waarde van de geregistreerde prestaties (bouwblokken), per contract begrensd tot de verplichting, gedeeld door de totale verplichting.",
                    "Realisation is the value of registered performance (building blocks), capped per contract at its obligation, divided by the total obligation."
                ),
            ]
            let series = Table(
                title: l.pick("Per cohort (jaar van gunning)", "Per cohort (year of award)"),
                columns: [
                    .text(l.pick("jaar", "year")), .number(l.pick("verplichting", "obligation")), .number(l.pick("gerealiseerd", "realised")),
                    .number(l.pick("begrensd", "capped")),
                    .number(l.pick("geverifieerd", "verified")), .number(l.pick("realisatie", "realisation")), .number(l.pick("afgelopen", "ended")),
                    .text("status"),
                ],
                rows: p.reeks.map { y in
                    [
                        yearLabel(y.jaar, partial: y.gedeeltelijk, s, l), eur(y.verplichting, l), eur(y.gerealiseerd, l), eur(y.gerealiseerdBegrensd, l),
                        eur(y.geverifieerd, l), pct(y.realisatiePct, l),
                        pct(y.realisatieAfgerondPct, l), cohortStatus(y, panel, l),
                    ]
                }
            )
            var breakdowns: [Table] = []
            if let cs = r.contracten, !cs.isEmpty {
                breakdowns.append(
                    Table(
                        key: "per_contract",
                        title: l.pick("Contracten gegund in \(r.jaar)", "Contracts awarded in \(r.jaar)"),
                        columns: [
                            .text("contract"), .text(l.pick("omschrijving", "description")), .text("procedure"), .number(l.pick("verplichting", "obligation")),
                            .number(l.pick("gerealiseerd", "realised")), .number(l.pick("geverifieerd", "verified")), .text("SROI-status"),
                        ],
                        rows: cs.map { e in
                            [
                                e.contract.id, e.contract.omschrijving ?? "", e.contract.procedure.label(l), eur(e.verplichting, l),
                                NumberFormat.euro(e.gerealiseerd, language: l), NumberFormat.euro(e.geverifieerd, language: l), e.status.label(l),
                            ]
                        }))
            }
            breakdowns += cohortBreakdowns(r, s, l)
            var caveats: [String] = []
            if let running = r.lopend, running.contracten > 0 {
                caveats.append(
                    r.realisatieAfgerondPct == nil
                        ? l.pick(
                            "Geen van de plichtige contracten uit \(r.jaar) is afgelopen; de status wordt pas beoordeeld als een contract is afgelopen, want de verplichting geldt over de looptijd. \(runningText(running, l)).",
                            "None of the obliged contracts of \(r.jaar) has ended; the status is judged only on ended contracts, because the obligation applies over the contract's term. \(runningText(running, l))."
                        )
                        : l.pick(
                            "De status is beoordeeld op de afgelopen contracten (\(pct(r.realisatieAfgerondPct, l)) gerealiseerd). \(runningText(running, l)).",
                            "The status is judged on the ended contracts (\(pct(r.realisatieAfgerondPct, l)) realised). \(runningText(running, l))."))
            }
            if p.reden == nil {
                caveats.append(
                    l.pick(
                        "Geverifieerde en niet-geverifieerde waarde staan apart: alleen geverifieerde prestaties zijn door de gemeente gecontroleerd.",
                        "Verified and unverified value are shown apart: only verified performance has been checked by the municipality."))
            }
            if let g = r.gerealiseerd, let v = r.geverifieerd, g > 0 {
                caveats.append(
                    l.pick(
                        "Van de gerealiseerde \(eur(g, l)) is \(eur(v, l)) geverifieerd (\(pct(v / g * 100, l))).",
                        "Of the realised \(eur(g, l)), \(eur(v, l)) is verified (\(pct(v / g * 100, l)))."))
            }
            let unknown = r.contracten?.count(byFacts: { $0.loonsomOnbekend }) ?? 0
            if unknown > 0 {
                caveats.append(
                    l.pick(
                        "Van \(unknown) plichtige contract(en) is de loonsom onbekend; daar is met het volle percentage gerekend.",
                        "The wage sum of \(unknown) obliged contract(s) is unknown; the full percentage was used."))
            }
            return Detail(
                tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns, caveats: caveats,
                sources: ["contracten.csv, bouwblokken.csv, sroi_prestaties.csv"], warnings: [])
        }

        /// A cohort's status in words: "loopt nog" while none of its plichtig contracts has ended.
        static func cohortStatus(_ y: SroiRealisatieYear, _ panel: DashboardPanel, _ l: Language) -> String {
            let status = panel.thresholds.judge(y.realisatieAfgerondPct, target: y.realisatieAfgerondPct == nil ? nil : 100)
            if status == .onbekend, (y.lopend?.contracten ?? 0) > 0 {
                return "\(Status.onbekend.symbol(unicode: true)) \(l.pick("loopt nog", "still running"))"
            }
            return statusCell(status, l)
        }

        /// The v1.2 breakdowns of a cohort: where the value went, and what a euro of the team yields.
        static func cohortBreakdowns(_ r: SroiRealisatieYear, _ s: Summary, _ l: Language) -> [Table] {
            guard let d = r.detail else { return [] }
            var tables: [Table] = []
            let total = BlockPart.allCases.reduce(0) { $0 + d.perHoofdonderdeel[$1] }
            func share(_ x: Double, _ of: Double) -> String { of > 0 ? pct(x / of * 100, l) : "–" }
            tables.append(
                Table(
                    key: "per_hoofdonderdeel", title: l.pick("Waarde per hoofdonderdeel (cohort \(r.jaar))", "Value per main component (cohort \(r.jaar))"),
                    columns: [.text(l.pick("hoofdonderdeel", "component")), .number(l.pick("waarde", "value")), .number(l.pick("aandeel", "share"))],
                    rows: BlockPart.allCases.map { [$0.label(l), eur(d.perHoofdonderdeel[$0], l), share(d.perHoofdonderdeel[$0], total)] }))
            if let w = d.perWoonplaats {
                let own = (s.dataset.woonplaatsenGemeente ?? []).joined(separator: ", ")
                tables.append(
                    Table(
                        key: "per_woonplaats", title: l.pick("Waarde naar woonplaats (cohort \(r.jaar))", "Value by place of residence (cohort \(r.jaar))"),
                        columns: [
                            .text(l.pick("woonplaats", "residence")), .number(l.pick("geregistreerd", "registered")),
                            .number(l.pick("geverifieerd", "verified")),
                            .number(l.pick("aandeel geverifieerd", "share verified")),
                        ],
                        rows: ResidenceClass.allCases.map { c in
                            let v = d.perWoonplaatsGeverifieerd
                            return [c.label(l, gemeente: own), eur(w[c], l), eur(v?[c], l), v.map { share($0[c], $0.total) } ?? "–"]
                        },
                        note: l.pick(
                            "Naar de woonplaats die bij de prestatie is geregistreerd; het aandeel is dat van de geverifieerde waarde.",
                            "By the place of residence registered with the performance; the share is that of the verified value.")))
            } else {
                tables.append(
                    Table(
                        key: "per_woonplaats", title: l.pick("Waarde naar woonplaats", "Value by place of residence"), columns: [], rows: [],
                        note: l.pick(
                            "Niet te berekenen: dataset.toml noemt geen woonplaatsen van de gemeente ([sroi] woonplaatsen_gemeente).",
                            "Cannot be computed: dataset.toml names no places of the municipality ([sroi] woonplaatsen_gemeente).")))
            }
            func obligations(_ key: String, _ title: String, _ first: String, _ groups: [ObligationGroup], _ name: (String) -> String) -> Table {
                Table(
                    key: key, title: title,
                    columns: [
                        .text(first), .number(l.pick("contracten", "contracts")), .number(l.pick("verplichting", "obligation")),
                        .number(l.pick("gerealiseerd", "realised")),
                        .number(l.pick("realisatie", "realisation")),
                    ],
                    rows: groups.map {
                        [
                            name($0.naam), int($0.contracten, l), eur($0.verplichting, l), eur($0.gerealiseerd, l),
                            $0.verplichting > 0 ? pct($0.gerealiseerd / $0.verplichting * 100, l) : "–",
                        ]
                    },
                    note: l.pick(
                        "Niet begrensd per contract: een contract dat meer levert dan zijn verplichting telt volledig mee.",
                        "Not capped per contract: a contract that delivers more than its obligation counts in full."))
            }
            tables.append(
                obligations(
                    "per_procedure", l.pick("Per procedure (cohort \(r.jaar))", "Per procedure (cohort \(r.jaar))"), "procedure",
                    d.perProcedure
                ) { Procedure(rawValue: $0)?.label(l) ?? $0 })
            tables.append(
                obligations(
                    "per_afdeling", l.pick("Per afdeling (cohort \(r.jaar))", "Per department (cohort \(r.jaar))"),
                    l.pick("afdeling", "department"), d.perAfdeling
                ) { $0 == Metrics.unknownGroup ? l.pick("onbekend", "unknown") : $0 })
            if d.perGemeente.count > 1 || d.perGemeente.contains(where: { !$0.isUnknown }) {
                tables.append(
                    obligations(
                        "per_gemeente", l.pick("Per gemeente (cohort \(r.jaar))", "Per municipality (cohort \(r.jaar))"),
                        l.pick("gemeente", "municipality"), d.perGemeente
                    ) { $0 == Metrics.unknownGroup ? l.pick("onbekend", "unknown") : $0 })
            }
            let e = d.doelmatigheid
            tables.append(
                Table(
                    key: "doelmatigheid",
                    title: l.pick("Opbrengst per euro van het social-returnteam (\(r.jaar))", "Yield per euro of the social return team (\(r.jaar))"),
                    columns: [
                        .number(l.pick("geverifieerd in \(r.jaar)", "verified in \(r.jaar)")), .number(l.pick("kosten team", "team costs")),
                        .number(l.pick("per euro", "per euro")),
                    ],
                    rows: [
                        [
                            eur(e.geverifieerdInJaar, l), e.kostenTeam.map { eur($0, l) } ?? l.pick("geen uitgaven aangeleverd", "no spending delivered"),
                            e.opbrengstPerEuro.map { NumberFormat.euro2($0, language: l) } ?? "–",
                        ]
                    ],
                    note: e.kostenTeam == nil
                        ? l.pick(
                            "Niet te berekenen: budget.csv heeft geen uitgave van het social-returnteam voor \(r.jaar).",
                            "Cannot be computed: budget.csv has no spending of the social return team for \(r.jaar).")
                        : l.pick(
                            "Geverifieerde waarde in kalenderjaar \(r.jaar), op alle plichtige contracten, gedeeld door wat het team dat jaar kostte.",
                            "Verified value in calendar year \(r.jaar), on all obliged contracts, divided by what the team cost that year.")))
            return tables
        }
    }
}
