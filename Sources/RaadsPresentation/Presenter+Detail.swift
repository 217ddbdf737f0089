import RaadsMetrics

extension Presenter {
    /// The full detail view of one parameter.
    public static func detail(_ id: ParameterID, _ s: Summary, language l: Language) -> Detail {
        detail(id, s, l, panel: DashboardPanel(parameter: id))
    }

    /// The detail view with every yearly row judged as `panel` judges the headline (its
    /// thresholds and, for duurzaamheid, its target), so rows and headline never disagree.
    static func detail(_ id: ParameterID, _ s: Summary, _ l: Language, panel: DashboardPanel) -> Detail {
        let tile = tile(id, s, language: l)
        var d: Detail
        switch id {
        case .quotum: d = quotumDetail(s, l, tile, panel)
        case .duurzaamheid: d = duurzaamheidDetail(s, l, tile, panel)
        case .fondsBovenformatief: d = fondsDetail(s, l, tile, panel)
        case .sroiRealisatie: d = realisatieDetail(s, l, tile, panel)
        case .sroiNaleving: d = nalevingDetail(s, l, tile, panel)
        case .regioGarantiebanen: d = regioDetail(s, l, tile, panel)
        case .informatievoorziening: d = informatieDetail(s, l, tile)
        }
        if let reden = translate(reden: reason(id, s), l) {
            d.caveats.insert(l.pick("Geen gegevens: \(reden).", "No data: \(reden)."), at: 0)
        }
        if let first = tile.series.first?.jaar, s.jaar < first {
            d.caveats.append(
                l.pick(
                    "Voor \(s.jaar) zijn er geen gegevens; de reeks begint in \(first).",
                    "There are no data for \(s.jaar); the series starts in \(first)."))
        }
        if tile.partialYear {
            d.caveats.append(
                l.pick(
                    "\(s.jaar) is een gedeeltelijk jaar: de cijfers lopen tot de peildatum \(NumberFormat.date(s.dataset.peildatum, language: l)).",
                    "\(s.jaar) is a partial year: figures run up to \(NumberFormat.date(s.dataset.peildatum, language: l))."))
        }
        if s.dataset.fictief {
            d.caveats.append(l.pick("Deze dataset is fictief: de cijfers zijn verzonnen.", "This dataset is fictitious: the figures are invented."))
        }
        d.sources.append(contentsOf: s.dataset.bron.map { [$0] } ?? [])
        d.warnings = s.waarschuwingen.filter { files(id).contains($0.file) }
        return d
    }

    /// Why a parameter has no figures (a file was not delivered), or `nil`.
    public static func reason(_ id: ParameterID, _ s: Summary) -> MissingReason? {
        switch id {
        case .quotum: s.quotum.reden
        case .duurzaamheid: s.duurzaamheid.reden
        case .fondsBovenformatief: s.fonds.reden
        case .sroiRealisatie: s.sroiRealisatie.reden
        case .sroiNaleving: s.sroiNaleving.reden
        case .regioGarantiebanen: s.regio.reden
        case .informatievoorziening: s.informatie.reden
        }
    }

    /// The data files a parameter is computed from (`ParameterID.facts`).
    public static func files(_ id: ParameterID) -> [String] { id.facts.inputFiles }

    static func statusCell(_ st: Status, _ l: Language) -> String { "\(st.symbol(unicode: true)) \(st.word(l))" }

    /// A yearly row's status as the panel judges the headline: its thresholds, and "geen doel"
    /// (not "geen gegevens") for a figure without a target, exactly as the headline words it.
    static func judgedCell(_ panel: DashboardPanel, _ value: Double?, _ target: Double?, _ l: Language) -> String {
        let st = panel.thresholds.judge(value, target: target)
        return "\(st.symbol(unicode: true)) \(statusText(st, hasValue: value != nil, l))"
    }

    /// Why some cells are merged into one line (contract §5 Privacy), in plain words.
    static func groupedNote(_ what: String, _ s: Summary, _ l: Language, fully: Bool) -> String {
        let m = s.minCellSize
        return fully
            ? l.pick(
                "Alleen het totaal wordt getoond: een uitsplitsing naar \(what) zou groepjes van minder dan \(m) personen laten zien, en daaruit zijn mensen te herkennen.",
                "Only the total is shown: a breakdown by \(what) would show groups of fewer than \(m) persons, from which people can be recognised.")
            : l.pick(
                "Groepjes van minder dan \(m) personen zijn samengenomen in één regel, met de kleinste andere groep(en) erbij, zodat niemand uit de cijfers te herkennen of terug te rekenen is. Welke \(what) in die regel zitten, wordt niet getoond.",
                "Groups of fewer than \(m) persons are merged into one line, together with the smallest other group(s), so that nobody can be recognised or recomputed from the figures. Which \(what) are in that line is not shown."
            )
    }

    /// A protected breakdown as a table: the shown cells, then the merged group as one line.
    /// `groupLabel` names that line ("overige afdelingen, samen").
    static func groupedTable(
        _ key: String, _ title: String, _ first: String, _ b: GroupedBreakdown?, what: String, groupLabel: String,
        withBanen: Bool, _ s: Summary, _ l: Language, plainNote: String? = nil, withFte: Bool = false
    ) -> Table? {
        guard let b else { return nil }
        // Banen count hours per week of the legal job (urennorm), fte those of a full-time job.
        let fte = { (banen: Double?) in banen.map { $0 * s.norms.urennorm / max(s.norms.fteUren, .leastNonzeroMagnitude) } }
        func row(_ name: String, _ c: GroupedBreakdown.Cell) -> [String] {
            (withBanen ? [name, int(c.personen, l), dec(c.banen, l)] : [name, int(c.personen, l)]) + (withBanen && withFte ? [dec(fte(c.banen), l)] : [])
        }
        var rows = b.shown.map { row(label(key, $0.name, l), $0) }
        if let o = b.overig {
            rows.append(row(b.isFullyGrouped ? l.pick("totaal", "total") : groupLabel, o))
        }
        let columns =
            (withBanen ? [first, l.pick("personen", "persons"), l.pick("banen", "jobs")] : [first, l.pick("personen", "persons")])
            + (withBanen && withFte ? ["fte"] : [])
        return Table(
            key: key, title: title, columns: columns, rows: rows,
            note: b.overig != nil ? groupedNote(what, s, l, fully: b.isFullyGrouped) : plainNote)
    }

    /// A breakdown cell's name as shown: target groups as proper names, soorten in words.
    static func label(_ key: String, _ name: String, _ l: Language) -> String {
        switch key {
        case "per_doelgroep": TargetGroup(rawValue: name)?.label(l) ?? l.pick("onbekend", "unknown")
        case "per_soort": PlacementKind(rawValue: name)?.label(l) ?? name
        default: name
        }
    }

    // MARK: - quotum

    static func quotumDetail(_ s: Summary, _ l: Language, _ tile: Tile, _ panel: DashboardPanel) -> Detail {
        let p = s.quotum, q = p.selected
        let n = s.norms
        let meaning = [
            l.pick(
                "Hoeveel banen de gemeente als werkgever zelf biedt aan mensen uit de doelgroep van de banenafspraak, vergeleken met het doel voor het jaar. Het gerealiseerde aantal is het jaargemiddelde: de uren per week van elke plaatsing, gewogen naar het deel van het jaar dat zij liep.",
                "How many jobs the municipality itself offers, as an employer, to people in the job agreement's target group, compared with the year's target. The realised figure is the yearly average: each placement's weekly hours, weighted by the part of the year it ran."
            ),
            l.pick(
                "Eén baan is \(NumberFormat.decimal(n.urennorm, language: l)) uur per week (de wettelijke telling van UWV); één fte is \(NumberFormat.decimal(n.fteUren, language: l)) uur per week.",
                "One job is \(NumberFormat.decimal(n.urennorm, language: l)) hours a week (UWV's legal count); one fte is \(NumberFormat.decimal(n.fteUren, language: l)) hours a week."
            ),
        ]
        var series = Table(
            title: l.pick("Per jaar", "Per year"),
            columns: [
                l.pick("jaar", "year"), l.pick("gerealiseerd", "realised"), l.pick("doel", "target"), l.pick("eenheid", "unit"),
                l.pick("banen", "jobs"), "fte", l.pick("personen", "persons"), l.pick("vastgesteld door", "set by"), "status",
            ],
            rows: p.reeks.map { y in
                [
                    yearLabel(y.jaar, partial: y.gedeeltelijk, s, l),
                    y.eenheid == .personen ? y.waarde.map { NumberFormat.integer($0, language: l) } ?? "–" : dec(y.waarde, l),
                    y.doel.map { y.eenheid == .personen ? NumberFormat.integer($0, language: l) : NumberFormat.decimal($0, language: l) } ?? "–",
                    y.eenheid.label(l), dec(y.banen, l), dec(y.fte, l), int(y.personen, l), y.vastgesteldDoor?.label(l) ?? "–",
                    judgedCell(panel, y.waarde, y.doel, l),
                ]
            }
        )
        if let row = projectionRow(s, l, panel.thresholds) { series.rows.append(row) }
        var caveats: [String] = []
        if let projection = projectionCaveat(s, l, panel.thresholds) { caveats.append(projection) }
        if let d = q.doel {
            if q.eenheid != .banen {
                caveats.append(
                    l.pick(
                        "Het doel staat in \(q.eenheid.label(l)), de wet telt banen van \(NumberFormat.decimal(n.urennorm, language: l)) uur. Gerealiseerd in banen: \(dec(q.banen, l)).",
                        "The target is in \(q.eenheid.label(l)); the law counts jobs of \(NumberFormat.decimal(n.urennorm, language: l)) hours. Realised in jobs: \(dec(q.banen, l))."
                    ))
            }
            if q.vastgesteldDoor == .ambtelijk {
                caveats.append(
                    l.pick(
                        "Het doel is alleen ambtelijk vastgesteld, niet door het college of de raad.",
                        "The target was set by civil servants only, not by the college or the council."))
            }
            _ = d
        } else if q.waarde != nil {
            caveats.append(
                l.pick(
                    "Voor \(s.jaar) is geen doel vastgesteld; de waarde staat in banen en de status is onbekend.",
                    "No target was set for \(s.jaar); the value is in jobs and the status is unknown."))
        }
        if q.proefplaatsingTeltMee, q.banenWettelijk != nil {
            caveats.append(
                l.pick(
                    "Proefplaatsingen tellen hier mee. De wettelijke telling (UWV) telt alleen betaalde uren: zonder proefplaatsingen \(dec(q.banenWettelijk, l)) banen.",
                    "Trial placements are counted here. The legal count (UWV) counts paid hours only: without trial placements \(dec(q.banenWettelijk, l)) jobs."
                ))
        }
        // The breakdowns are of the selected year, in banen and, when the headline is in fte, in fte too.
        let year = yearLabel(q.jaar, partial: q.gedeeltelijk, s, l)
        let withFte = q.eenheid == .fte
        var breakdowns = [
            groupedTable(
                "per_afdeling", l.pick("Per afdeling in \(year)", "Per department in \(year)"), l.pick("afdeling", "department"), q.perAfdeling,
                what: l.pick("afdelingen", "departments"), groupLabel: l.pick("overige afdelingen, samen", "other departments, together"),
                withBanen: true, s, l, withFte: withFte),
            groupedTable(
                "per_doelgroep", l.pick("Per doelgroep in \(year)", "Per target group in \(year)"), l.pick("doelgroep", "target group"), q.perDoelgroep,
                what: l.pick("doelgroepen", "target groups"), groupLabel: l.pick("overige doelgroepen, samen", "other target groups, together"),
                withBanen: true, s, l, withFte: withFte),
        ].compactMap { $0 }
        if let b = q.bovenformatief {
            let shown = b.personen != nil
            breakdowns.append(
                Table(
                    key: "bovenformatief", title: l.pick("Bovenformatief (boven de formatie) aangenomen", "Hired above the staffing plan"),
                    columns: ["", l.pick("personen", "persons"), l.pick("banen", "jobs")],
                    rows: [
                        [
                            l.pick("bovenformatief", "above the plan"), shown ? int(b.personen, l) : l.pick("niet getoond", "not shown"),
                            shown ? dec(b.banen, l) : l.pick("niet getoond", "not shown"),
                        ]
                    ],
                    note: shown
                        ? nil
                        : l.pick(
                            "Niet getoond: het aantal of de rest zou een groepje van minder dan \(s.minCellSize) personen zijn.",
                            "Not shown: the number or the rest would be a group of fewer than \(s.minCellSize) persons.")))
        }
        var sources = ["doelen.csv, plaatsingen.csv"]
        if let t = q.doelBron { sources.append(t) }
        return Detail(tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns, caveats: caveats, sources: sources, warnings: [])
    }

    // MARK: - duurzaamheid

    static func duurzaamheidDetail(_ s: Summary, _ l: Language, _ tile: Tile, _ panel: DashboardPanel) -> Detail {
        let p = s.duurzaamheid, d = p.selected
        let meaning = [
            l.pick(
                "Zijn de banen blijvend? Op de laatste dag van het jaar (of de peildatum): welk deel van de mensen met een lopende plaatsing een vast contract heeft, en hoeveel mensen na een proefplaatsing binnen 31 dagen een tijdelijk of vast contract kregen (doorstroom).",
                "Are the jobs lasting? On the last day of the year (or the reference date): the share of people with a running placement who hold a permanent contract, and how many people moved from a trial placement to a temporary or permanent contract within 31 days (flow)."
            )
        ]
        let series = Table(
            title: l.pick("Per jaar", "Per year"),
            columns: [
                l.pick("jaar", "year"), l.pick("aandeel vast", "share permanent"), l.pick("personen in dienst", "persons employed"),
                l.pick("gem. uren/week", "avg. hours/week"), l.pick("doorstroom", "flow"), "status",
            ],
            rows: p.reeks.map { y in
                [
                    yearLabel(y.jaar, partial: y.gedeeltelijk, s, l), pct(y.waarde, l), int(y.personenLopend, l), dec(y.gemiddeldeUrenPerWeek, l),
                    int(y.doorstroom, l), judgedCell(panel, y.waarde, panel.target ?? y.doel, l),
                ]
            }
        )
        var breakdowns: [Table] = []
        if let t = groupedTable(
            "per_soort", l.pick("Lopende plaatsingen per soort (personen)", "Running placements by kind (persons)"),
            l.pick("soort", "kind"), d.perSoort, what: l.pick("soorten", "kinds"),
            groupLabel: l.pick("overige soorten, samen", "other kinds, together"), withBanen: false, s, l,
            plainNote: l.pick("Iemand met twee lopende plaatsingen telt in beide.", "A person with two running placements counts in both."))
        {
            breakdowns.append(t)
        }
        if let b = d.behoud {
            breakdowns.append(
                Table(
                    key: "behoud", title: l.pick("Behoud na een jaar (gestart in \(d.jaar))", "Retention after a year (started in \(d.jaar))"),
                    columns: [l.pick("gestart", "started"), l.pick("na een jaar nog in dienst", "still employed after a year"), l.pick("behoud", "retention")],
                    rows: [
                        [
                            int(b.instroom, l), b.behouden.map { int($0, l) } ?? (b.instroom == 0 ? "–" : l.pick("niet getoond", "not shown")),
                            pct(b.behoudPct, l),
                        ]
                    ],
                    note: b.instroom > 0 && b.behouden == nil
                        ? l.pick(
                            "Niet getoond: wie bleef of wie vertrok zou een groepje van minder dan \(s.minCellSize) personen zijn.",
                            "Not shown: those who stayed or left would be a group of fewer than \(s.minCellSize) persons.")
                        : l.pick(
                            "Telt wie in dit jaar voor het eerst begon en van wie de eerste werkdag minstens een jaar voor de peildatum ligt.",
                            "Counts people who first started in this year, at least a year before the reference date.")))
        }
        // Without a target from the dashboard file, the status cannot be judged; with one, the
        // panel's caveat names where the target comes from (`detail(_:_:language:)`).
        var caveats: [String] = []
        if panel.target == nil {
            caveats.append(
                l.pick(
                    "Er is geen doel voor dit onderwerp vastgesteld; daarom is de status onbekend. Een dashboardbestand kan een doel geven.",
                    "No target has been set for this subject, so the status is unknown. A dashboard file can set one."))
        }
        if let n = d.personenLopend, n > 0, d.waarde == nil {
            caveats.append(
                n < s.minCellSize
                    ? l.pick(
                        "Minder dan \(s.minCellSize) personen in dienst: het aandeel wordt niet getoond om de privacy te beschermen.",
                        "Fewer than \(s.minCellSize) persons employed: the share is not shown to protect privacy.")
                    : l.pick(
                        "Het aandeel vast wordt niet getoond: daaruit zou een groepje van minder dan \(s.minCellSize) personen terug te rekenen zijn.",
                        "The share permanent is not shown: a group of fewer than \(s.minCellSize) persons could be recomputed from it."))
        }
        return Detail(tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns, caveats: caveats, sources: ["plaatsingen.csv"], warnings: [])
    }

    // MARK: - fonds

    static func fondsDetail(_ s: Summary, _ l: Language, _ tile: Tile, _ panel: DashboardPanel) -> Detail {
        let f = s.fonds
        let meaning = [
            l.pick(
                "Hoeveel van het geld dat beschikbaar is gesteld om mensen bovenformatief (boven de formatie) aan te nemen, werkelijk is besteed. Opgeteld over alle jaren tot de peildatum.",
                "How much of the money made available to hire people above the staffing plan has actually been spent. Summed over all years up to the reference date."
            )
        ]
        let series = Table(
            title: l.pick("Totaal tot de peildatum", "Total up to the reference date"),
            columns: [l.pick("beschikbaar", "available"), l.pick("besteed", "spent"), l.pick("benut", "used"), l.pick("doel", "target"), "status"],
            rows: [
                [
                    eur(f.begroot, l), eur(f.besteed, l), pct(f.benuttingPct, l), f.benuttingPct == nil ? "–" : pct(100, l),
                    judgedCell(panel, f.benuttingPct, 100, l),
                ]
            ]
        )
        var breakdowns: [Table] = []
        if !f.regels.isEmpty {
            breakdowns.append(
                Table(
                    key: "regels",
                    title: l.pick("Regels van het fonds", "Lines of the fund"),
                    columns: [l.pick("jaar", "year"), l.pick("soort", "kind"), l.pick("bedrag", "amount"), l.pick("omschrijving", "description")],
                    rows: f.regels.map { [String($0.jaar), $0.soort.label(l), NumberFormat.euro($0.bedrag, language: l), $0.omschrijving ?? ""] }))
        }
        for post in f.posten ?? [] {
            breakdowns.append(
                Table(
                    key: "posten",
                    title: l.pick("Budgetpost \(postName(post.post, l))", "Budget line: \(postName(post.post, l))"),
                    columns: [l.pick("jaar", "year"), l.pick("begroot", "budgeted"), l.pick("uitgegeven", "spent"), l.pick("verschil", "difference")],
                    rows: post.jaren.map {
                        [
                            String($0.jaar), budgetAmount($0.begroting, missing: l.pick("geen begroting aangeleverd", "no budget delivered"), l),
                            budgetAmount($0.uitgave, missing: l.pick("geen uitgaven aangeleverd", "no spending delivered"), l),
                            budgetDifference($0, l),
                        ]
                    }))
        }
        let caveats = [
            l.pick(
                "Het percentage is cumulatief tot de peildatum en verandert niet met het gekozen jaar.",
                "The percentage is cumulative up to the reference date and does not change with the selected year.")
        ]
        return Detail(tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns, caveats: caveats, sources: ["budget.csv"], warnings: [])
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

    // MARK: - SROI

    static func sroiMeaning(_ s: Summary, _ l: Language) -> String {
        let n = s.norms
        return l.pick(
            "Bij werken en diensten vanaf meervoudig onderhands moet de opdrachtnemer \(NumberFormat.compact(n.sroiPercentage, language: l)) % van de aanneemsom besteden aan social return (\(NumberFormat.compact(n.sroiPercentageLaag, language: l)) % als de loonsom minder dan \(NumberFormat.compact(n.loonsomDrempel * 100, language: l)) % van de aanneemsom is). Contracten tellen in het jaar van gunning (cohort) en worden beoordeeld op de peildatum.",
            "For works and services from multiple private tender upward, the supplier must spend \(NumberFormat.compact(n.sroiPercentage, language: l))% of the contract value on social return (\(NumberFormat.compact(n.sroiPercentageLaag, language: l))% when the wage sum is below \(NumberFormat.compact(n.loonsomDrempel * 100, language: l))% of it). Contracts count in the year of award (cohort) and are judged on the reference date."
        )
    }

    static func realisatieDetail(_ s: Summary, _ l: Language, _ tile: Tile, _ panel: DashboardPanel) -> Detail {
        let p = s.sroiRealisatie, r = p.selected
        let meaning = [
            sroiMeaning(s, l),
            l.pick(
                "Realisatie is de waarde van de geregistreerde prestaties (bouwblokken), per contract begrensd tot de verplichting, gedeeld door de totale verplichting.",
                "Realisation is the value of registered performance (building blocks), capped per contract at its obligation, divided by the total obligation."),
        ]
        let series = Table(
            title: l.pick("Per cohort (jaar van gunning)", "Per cohort (year of award)"),
            columns: [
                l.pick("jaar", "year"), l.pick("verplichting", "obligation"), l.pick("gerealiseerd", "realised"), l.pick("begrensd", "capped"),
                l.pick("geverifieerd", "verified"), l.pick("realisatie", "realisation"), l.pick("afgelopen", "ended"), "status",
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
                        "contract", l.pick("omschrijving", "description"), "procedure", l.pick("verplichting", "obligation"),
                        l.pick("gerealiseerd", "realised"), l.pick("geverifieerd", "verified"), "SROI-status",
                    ],
                    rows: cs.map { e in
                        [
                            e.contract.id, e.contract.omschrijving ?? "", e.contract.procedure.label(l), eur(e.verplichting, l),
                            NumberFormat.euro(e.gerealiseerd, language: l), NumberFormat.euro(e.geverifieerd, language: l), e.status.label(l),
                        ]
                    }))
        }
        breakdowns += sroiBreakdowns(r, s, l)
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
        let unknown = r.contracten?.filter { $0.loonsomOnbekend }.count ?? 0
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
    static func sroiBreakdowns(_ r: SroiRealisatieYear, _ s: Summary, _ l: Language) -> [Table] {
        guard let d = r.detail else { return [] }
        var tables: [Table] = []
        let total = BlockPart.allCases.reduce(0) { $0 + d.perHoofdonderdeel[$1] }
        func share(_ x: Double, _ of: Double) -> String { of > 0 ? pct(x / of * 100, l) : "–" }
        tables.append(
            Table(
                key: "per_hoofdonderdeel", title: l.pick("Waarde per hoofdonderdeel (cohort \(r.jaar))", "Value per main component (cohort \(r.jaar))"),
                columns: [l.pick("hoofdonderdeel", "component"), l.pick("waarde", "value"), l.pick("aandeel", "share")],
                rows: BlockPart.allCases.map { [$0.label(l), eur(d.perHoofdonderdeel[$0], l), share(d.perHoofdonderdeel[$0], total)] }))
        if let w = d.perWoonplaats {
            let own = (s.dataset.woonplaatsenGemeente ?? []).joined(separator: ", ")
            tables.append(
                Table(
                    key: "per_woonplaats", title: l.pick("Waarde naar woonplaats (cohort \(r.jaar))", "Value by place of residence (cohort \(r.jaar))"),
                    columns: [
                        l.pick("woonplaats", "residence"), l.pick("geregistreerd", "registered"), l.pick("geverifieerd", "verified"),
                        l.pick("aandeel geverifieerd", "share verified"),
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
                    first, l.pick("contracten", "contracts"), l.pick("verplichting", "obligation"), l.pick("gerealiseerd", "realised"),
                    l.pick("realisatie", "realisation"),
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
            ) { $0 == "onbekend" ? l.pick("onbekend", "unknown") : $0 })
        if d.perGemeente.count > 1 || d.perGemeente.contains(where: { $0.naam != "onbekend" }) {
            tables.append(
                obligations(
                    "per_gemeente", l.pick("Per gemeente (cohort \(r.jaar))", "Per municipality (cohort \(r.jaar))"),
                    l.pick("gemeente", "municipality"), d.perGemeente
                ) { $0 == "onbekend" ? l.pick("onbekend", "unknown") : $0 })
        }
        let e = d.doelmatigheid
        tables.append(
            Table(
                key: "doelmatigheid",
                title: l.pick("Opbrengst per euro van het social-returnteam (\(r.jaar))", "Yield per euro of the social return team (\(r.jaar))"),
                columns: [l.pick("geverifieerd in \(r.jaar)", "verified in \(r.jaar)"), l.pick("kosten team", "team costs"), l.pick("per euro", "per euro")],
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

    static func nalevingDetail(_ s: Summary, _ l: Language, _ tile: Tile, _ panel: DashboardPanel) -> Detail {
        let p = s.sroiNaleving, n = p.selected
        let meaning = [
            sroiMeaning(s, l),
            l.pick(
                "Naleving is het deel van de afgelopen plichtige contracten dat aan de verplichting heeft voldaan. Registratie is het deel van de plichtige contracten waarvoor ten minste één prestatie is geregistreerd.",
                "Compliance is the share of ended obliged contracts that met their obligation. Registration is the share of obliged contracts with at least one registered performance."
            ),
        ]
        let series = Table(
            title: l.pick("Per cohort (jaar van gunning)", "Per cohort (year of award)"),
            columns: [
                l.pick("jaar", "year"), l.pick("contracten", "contracts"), l.pick("plichtig", "obliged"), l.pick("geregistreerd", "registered"),
                l.pick("afgelopen", "ended"), l.pick("voldaan", "fulfilled"), l.pick("registratie", "registration"), l.pick("naleving", "compliance"), "status",
            ],
            rows: p.reeks.map { y in
                [
                    yearLabel(y.jaar, partial: y.gedeeltelijk, s, l), int(y.contracten, l), int(y.plichtig, l), int(y.geregistreerd, l), int(y.afgelopen, l),
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
                    columns: ["status", l.pick("contracten", "contracts")],
                    rows: ps.map { [$0.status.label(l), String($0.aantal)] }))
        }
        if let kg = s.kengetallen?.filter({ $0.kengetal == "sebo_keurmerken" }), !kg.isEmpty {
            breakdowns.append(
                Table(
                    key: "sebo", title: l.pick("SEBO-keurmerken", "SEBO quality marks"),
                    columns: [l.pick("datum", "date"), l.pick("aantal", "number"), l.pick("bron", "source")],
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

    // MARK: - regio

    static func regioDetail(_ s: Summary, _ l: Language, _ tile: Tile, _ panel: DashboardPanel) -> Detail {
        let p = s.regio, r = p.selected
        let region = s.dataset.arbeidsmarktregio ?? l.pick("(geen regio opgegeven)", "(no region given)")
        let meaning = [
            l.pick(
                "Hoeveel garantiebanen werkgevers in de arbeidsmarktregio \(region) hebben gerealiseerd (stand aan het eind van het jaar, cijfers van UWV), tegenover de indicatieve doelen voor markt en overheid.",
                "How many guaranteed jobs employers in the labour market region \(region) have realised (year-end figure, UWV), against the indicative targets for market and government."
            )
        ]
        let series = Table(
            title: l.pick("Per jaar", "Per year"),
            columns: [l.pick("jaar", "year"), l.pick("gerealiseerd", "realised"), l.pick("doel", "target"), "status"],
            rows: p.reeks.map {
                [
                    yearLabel($0.jaar, partial: s.isPartial($0.jaar), s, l), $0.waarde.map { NumberFormat.compact($0, language: l) } ?? "–",
                    $0.doel.map { NumberFormat.compact($0, language: l) } ?? "–", judgedCell(panel, $0.waarde, $0.doel, l),
                ]
            }
        )
        var breakdowns: [Table] = []
        if let ps = r.perSector, !ps.isEmpty {
            breakdowns.append(
                Table(
                    key: "per_sector", title: l.pick("Per sector in \(r.jaar)", "Per sector in \(r.jaar)"),
                    columns: ["sector", l.pick("doel", "target"), l.pick("gerealiseerd", "realised")],
                    rows: ps.map {
                        [
                            $0.sector.rawValue, $0.cijfers.doel.map { NumberFormat.compact($0, language: l) } ?? "–",
                            $0.cijfers.gerealiseerd.map { NumberFormat.compact($0, language: l) } ?? "–",
                        ]
                    }))
        }
        var caveats = [
            l.pick(
                "De doelen zijn indicatief en gemeten ten opzichte van de nulmeting van 2013.",
                "The targets are indicative and measured against the 2013 baseline.")
        ]
        if r.waarde == nil, r.doel != nil {
            caveats.append(
                l.pick(
                    "De gerealiseerde aantallen zijn niet aangeleverd; daarom is er geen status.",
                    "The realised numbers were not delivered, so there is no status."))
        }
        return Detail(
            tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns, caveats: caveats, sources: ["regio.csv"] + r.bronnen, warnings: [])
    }

    // MARK: - informatie

    static func informatieDetail(_ s: Summary, _ l: Language, _ tile: Tile) -> Detail {
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
                l.pick("jaargang", "year"), l.pick("rapportages", "reports"), l.pick("banenafspraak", "job agreement"), "SROI",
                l.pick("met cijfers", "with figures"), l.pick("met budget", "with budget"), "status",
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
        let reportColumns = [l.pick("datum", "date"), l.pick("titel", "title"), l.pick("banenafspraak", "job agreement"), "SROI"]
        if let r = i.rapportagesSociaalDomein {
            breakdowns.append(
                Table(
                    key: "rapportages", title: l.pick("Rapportages sociaal domein, jaargang \(i.jaar)", "Social domain reports on \(i.jaar)"),
                    columns: reportColumns, rows: r.map { [NumberFormat.date($0.datum, language: l), $0.titel, $0.banenafspraak.label(l), $0.sroi.label(l)] }))
        }
        if let o = i.overige, !o.isEmpty {
            breakdowns.append(
                Table(
                    key: "overige", title: l.pick("Andere stukken (niet meegeteld)", "Other documents (not counted)"),
                    columns: reportColumns + [l.pick("soort", "kind")],
                    rows: o.map { [NumberFormat.date($0.datum, language: l), $0.titel, $0.banenafspraak.label(l), $0.sroi.label(l), $0.soort.label(l)] }))
        }
        let caveats = [
            l.pick(
                "Alleen rapportages sociaal domein tellen mee; jaarstukken en raadsinformatiebrieven staan er los onder.",
                "Only social domain reports count; annual accounts and council letters are listed separately.")
        ]
        return Detail(tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns, caveats: caveats, sources: ["rapportages.csv"], warnings: [])
    }
}

extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
