import RaadsMetrics

extension Presenter {
    /// The full detail view of one parameter.
    public static func detail(_ id: ParameterID, _ s: Summary, language l: Language) -> Detail {
        let tile = tile(id, s, language: l)
        var d: Detail
        switch id {
        case .quotum: d = quotumDetail(s, l, tile)
        case .duurzaamheid: d = duurzaamheidDetail(s, l, tile)
        case .fondsBovenformatief: d = fondsDetail(s, l, tile)
        case .sroiRealisatie: d = realisatieDetail(s, l, tile)
        case .sroiNaleving: d = nalevingDetail(s, l, tile)
        case .regioGarantiebanen: d = regioDetail(s, l, tile)
        case .informatievoorziening: d = informatieDetail(s, l, tile)
        }
        if let reden = translate(reden: reason(id, s), l) {
            d.caveats.insert(l.pick("Geen gegevens: \(reden).", "No data: \(reden)."), at: 0)
        }
        if let first = tile.series.first?.jaar, s.jaar < first {
            d.caveats.append(l.pick("Voor \(s.jaar) zijn er geen gegevens; de reeks begint in \(first).",
                                    "There are no data for \(s.jaar); the series starts in \(first)."))
        }
        if tile.partialYear {
            d.caveats.append(l.pick("\(s.jaar) is een gedeeltelijk jaar: de cijfers lopen tot de peildatum \(s.dataset.peildatum.dutch).",
                                    "\(s.jaar) is a partial year: figures run up to \(s.dataset.peildatum.dutch)."))
        }
        if s.dataset.fictief {
            d.caveats.append(l.pick("Deze dataset is fictief: de cijfers zijn verzonnen.", "This dataset is fictitious: the figures are invented."))
        }
        d.sources.append(contentsOf: s.dataset.bron.map { [$0] } ?? [])
        d.warnings = s.waarschuwingen.filter { w in files(id).contains { w.hasPrefix($0 + ":") } }
        return d
    }

    /// Why a parameter has no figures (a file was not delivered), or `nil`.
    public static func reason(_ id: ParameterID, _ s: Summary) -> String? {
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

    /// The data files a parameter is computed from.
    public static func files(_ id: ParameterID) -> [String] {
        switch id {
        case .quotum: ["doelen.csv", "plaatsingen.csv"]
        case .duurzaamheid: ["plaatsingen.csv"]
        case .fondsBovenformatief: ["budget.csv"]
        case .sroiRealisatie, .sroiNaleving: ["contracten.csv", "bouwblokken.csv", "sroi_prestaties.csv"]
        case .regioGarantiebanen: ["regio.csv"]
        case .informatievoorziening: ["rapportages.csv"]
        }
    }

    static func statusCell(_ st: Status, _ l: Language) -> String { "\(st.symbol(unicode: true)) \(st.word(l))" }

    static func suppressedNote(_ s: Summary, _ l: Language) -> String {
        l.pick("– = niet getoond: minder dan \(s.minCellSize) personen, of weggelaten zodat een verborgen cel niet uit het totaal terug te rekenen is.",
               "– = not shown: fewer than \(s.minCellSize) persons, or hidden so that a suppressed cell cannot be recomputed from the total.")
    }

    static func breakdownTable(_ key: String, _ title: String, _ first: String, _ b: Breakdown<BreakdownCell>?, _ s: Summary, _ l: Language) -> Table? {
        guard let b else { return nil }
        let rows = b.entries.map { [$0.name, int($0.cell.personen, l), dec($0.cell.banen, l)] }
        let anyHidden = b.entries.contains { $0.cell.isSuppressed }
        return Table(key: key, title: title, columns: [first, l.pick("personen", "persons"), l.pick("banen", "jobs")], rows: rows,
                     note: anyHidden ? suppressedNote(s, l) : nil)
    }

    // MARK: - quotum

    static func quotumDetail(_ s: Summary, _ l: Language, _ tile: Tile) -> Detail {
        let p = s.quotum, q = p.selected
        let n = s.norms
        let meaning = [
            l.pick("Hoeveel banen de gemeente als werkgever zelf biedt aan mensen uit de doelgroep van de banenafspraak, vergeleken met het doel voor het jaar. Het gerealiseerde aantal is het jaargemiddelde: de uren per week van elke plaatsing, gewogen naar het deel van het jaar dat zij liep.",
                   "How many jobs the municipality itself offers, as an employer, to people in the job agreement's target group, compared with the year's target. The realised figure is the yearly average: each placement's weekly hours, weighted by the part of the year it ran."),
            l.pick("Eén baan is \(NumberFormat.decimal(n.urennorm, language: l)) uur per week (de wettelijke telling van UWV); één fte is \(NumberFormat.decimal(n.fteUren, language: l)) uur per week.",
                   "One job is \(NumberFormat.decimal(n.urennorm, language: l)) hours a week (UWV's legal count); one fte is \(NumberFormat.decimal(n.fteUren, language: l)) hours a week."),
        ]
        let series = Table(
            title: l.pick("Per jaar", "Per year"),
            columns: [l.pick("jaar", "year"), l.pick("gerealiseerd", "realised"), l.pick("doel", "target"), l.pick("eenheid", "unit"),
                      l.pick("banen", "jobs"), "fte", l.pick("personen", "persons"), l.pick("vastgesteld door", "set by"), "status"],
            rows: p.reeks.map { y in
                [yearLabel(y.jaar, partial: y.gedeeltelijk, s, l), y.eenheid == .personen ? y.waarde.map { NumberFormat.integer($0, language: l) } ?? "–" : dec(y.waarde, l),
                 y.doel.map { y.eenheid == .personen ? NumberFormat.integer($0, language: l) : NumberFormat.decimal($0, language: l) } ?? "–",
                 y.eenheid.label(l), dec(y.banen, l), dec(y.fte, l), int(y.personen, l), y.vastgesteldDoor?.label(l) ?? "–", statusCell(y.status, l)]
            }
        )
        var caveats: [String] = []
        if let d = q.doel {
            if q.eenheid != .banen {
                caveats.append(l.pick(
                    "Het doel staat in \(q.eenheid.label(l)), de wet telt banen van \(NumberFormat.decimal(n.urennorm, language: l)) uur. Gerealiseerd in banen: \(dec(q.banen, l)).",
                    "The target is in \(q.eenheid.label(l)); the law counts jobs of \(NumberFormat.decimal(n.urennorm, language: l)) hours. Realised in jobs: \(dec(q.banen, l))."))
            }
            if q.vastgesteldDoor == .ambtelijk {
                caveats.append(l.pick("Het doel is alleen ambtelijk vastgesteld, niet door het college of de raad.",
                                      "The target was set by civil servants only, not by the college or the council."))
            }
            _ = d
        } else if q.waarde != nil {
            caveats.append(l.pick("Voor \(s.jaar) is geen doel vastgesteld; de waarde staat in banen en de status is onbekend.",
                                  "No target was set for \(s.jaar); the value is in jobs and the status is unknown."))
        }
        if q.proefplaatsingTeltMee, q.banenWettelijk != nil {
            caveats.append(l.pick(
                "Proefplaatsingen tellen hier mee. De wettelijke telling (UWV) telt alleen betaalde uren: zonder proefplaatsingen \(dec(q.banenWettelijk, l)) banen.",
                "Trial placements are counted here. The legal count (UWV) counts paid hours only: without trial placements \(dec(q.banenWettelijk, l)) jobs."))
        }
        let breakdowns = [
            breakdownTable("per_afdeling", l.pick("Per afdeling", "Per department"), l.pick("afdeling", "department"), q.perAfdeling, s, l),
            breakdownTable("per_doelgroep", l.pick("Per doelgroep", "Per target group"), l.pick("doelgroep", "target group"), q.perDoelgroep, s, l),
        ].compactMap { $0 }
        var sources = ["doelen.csv, plaatsingen.csv"]
        if let t = q.doelBron { sources.append(t) }
        return Detail(tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns, caveats: caveats, sources: sources, warnings: [])
    }

    // MARK: - duurzaamheid

    static func duurzaamheidDetail(_ s: Summary, _ l: Language, _ tile: Tile) -> Detail {
        let p = s.duurzaamheid, d = p.selected
        let meaning = [
            l.pick("Zijn de banen blijvend? Op de laatste dag van het jaar (of de peildatum): welk deel van de mensen met een lopende plaatsing een vast contract heeft, en hoeveel mensen na een proefplaatsing binnen 31 dagen een tijdelijk of vast contract kregen (doorstroom).",
                   "Are the jobs lasting? On the last day of the year (or the reference date): the share of people with a running placement who hold a permanent contract, and how many people moved from a trial placement to a temporary or permanent contract within 31 days (flow)."),
        ]
        let series = Table(
            title: l.pick("Per jaar", "Per year"),
            columns: [l.pick("jaar", "year"), l.pick("aandeel vast", "share permanent"), l.pick("personen in dienst", "persons employed"),
                      l.pick("gem. uren/week", "avg. hours/week"), l.pick("doorstroom", "flow"), "status"],
            rows: p.reeks.map { y in
                [yearLabel(y.jaar, partial: y.gedeeltelijk, s, l), pct(y.waarde, l), int(y.personenLopend, l), dec(y.gemiddeldeUrenPerWeek, l), int(y.doorstroom, l), statusCell(y.status, l)]
            }
        )
        var breakdowns: [Table] = []
        if let ps = d.perSoort {
            breakdowns.append(Table(
                key: "per_soort",
                title: l.pick("Lopende plaatsingen per soort (personen)", "Running placements by kind (persons)"),
                columns: [l.pick("soort", "kind"), l.pick("personen", "persons")],
                rows: ps.map { [$0.soort.rawValue, int($0.personen, l)] },
                note: ps.contains { $0.personen == nil } ? suppressedNote(s, l) : l.pick("Iemand met twee lopende plaatsingen telt in beide.", "A person with two running placements counts in both.")))
        }
        var caveats = [l.pick("Er is geen doel voor dit onderwerp vastgesteld; daarom is de status onbekend. Een dashboardbestand kan een doel geven.",
                              "No target has been set for this subject, so the status is unknown. A dashboard file can set one.")]
        if let n = d.personenLopend, n > 0, d.waarde == nil {
            caveats.append(l.pick("Minder dan \(s.minCellSize) personen in dienst: het aandeel wordt niet getoond om de privacy te beschermen.",
                                  "Fewer than \(s.minCellSize) persons employed: the share is not shown to protect privacy."))
        }
        return Detail(tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns, caveats: caveats, sources: ["plaatsingen.csv"], warnings: [])
    }

    // MARK: - fonds

    static func fondsDetail(_ s: Summary, _ l: Language, _ tile: Tile) -> Detail {
        let f = s.fonds
        let meaning = [
            l.pick("Hoeveel van het geld dat beschikbaar is gesteld om mensen bovenformatief (boven de formatie) aan te nemen, werkelijk is besteed. Opgeteld over alle jaren tot de peildatum.",
                   "How much of the money made available to hire people above the staffing plan has actually been spent. Summed over all years up to the reference date."),
        ]
        let series = Table(
            title: l.pick("Totaal tot de peildatum", "Total up to the reference date"),
            columns: [l.pick("beschikbaar", "available"), l.pick("besteed", "spent"), l.pick("benut", "used"), "status"],
            rows: [[eur(f.begroot, l), eur(f.besteed, l), pct(f.benuttingPct, l), statusCell(f.status, l)]]
        )
        var breakdowns: [Table] = []
        if !f.regels.isEmpty {
            breakdowns.append(Table(
                key: "regels",
                title: l.pick("Regels van het fonds", "Lines of the fund"),
                columns: [l.pick("jaar", "year"), l.pick("soort", "kind"), l.pick("bedrag", "amount"), l.pick("omschrijving", "description")],
                rows: f.regels.map { [String($0.jaar), $0.soort.rawValue, NumberFormat.euro($0.bedrag, language: l), $0.omschrijving ?? ""] }))
        }
        for post in f.posten ?? [] {
            breakdowns.append(Table(
                key: "posten",
                title: l.pick("Post \(post.post)", "Budget line \(post.post)"),
                columns: [l.pick("jaar", "year"), l.pick("begroot", "budgeted"), l.pick("uitgegeven", "spent"), l.pick("niet besteed", "unspent")],
                rows: post.jaren.map { [String($0.jaar), NumberFormat.euro($0.bedragen.begroting, language: l), NumberFormat.euro($0.bedragen.uitgave, language: l),
                                        NumberFormat.euro(max(0, $0.bedragen.begroting - $0.bedragen.uitgave), language: l)] }))
        }
        let caveats = [l.pick("Het percentage is cumulatief tot de peildatum en verandert niet met het gekozen jaar.",
                              "The percentage is cumulative up to the reference date and does not change with the selected year.")]
        return Detail(tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns, caveats: caveats, sources: ["budget.csv"], warnings: [])
    }

    // MARK: - SROI

    static func sroiMeaning(_ s: Summary, _ l: Language) -> String {
        let n = s.norms
        return l.pick(
            "Bij werken en diensten vanaf meervoudig onderhands moet de opdrachtnemer \(NumberFormat.compact(n.sroiPercentage, language: l)) % van de aanneemsom besteden aan social return (\(NumberFormat.compact(n.sroiPercentageLaag, language: l)) % als de loonsom minder dan \(NumberFormat.compact(n.loonsomDrempel * 100, language: l)) % van de aanneemsom is). Contracten tellen in het jaar van gunning (cohort) en worden beoordeeld op de peildatum.",
            "For works and services from multiple private tender upward, the supplier must spend \(NumberFormat.compact(n.sroiPercentage, language: l))% of the contract value on social return (\(NumberFormat.compact(n.sroiPercentageLaag, language: l))% when the wage sum is below \(NumberFormat.compact(n.loonsomDrempel * 100, language: l))% of it). Contracts count in the year of award (cohort) and are judged on the reference date.")
    }

    static func realisatieDetail(_ s: Summary, _ l: Language, _ tile: Tile) -> Detail {
        let p = s.sroiRealisatie, r = p.selected
        let meaning = [
            sroiMeaning(s, l),
            l.pick("Realisatie is de waarde van de geregistreerde prestaties (bouwblokken), per contract begrensd tot de verplichting, gedeeld door de totale verplichting.",
                   "Realisation is the value of registered performance (building blocks), capped per contract at its obligation, divided by the total obligation."),
        ]
        let series = Table(
            title: l.pick("Per cohort (jaar van gunning)", "Per cohort (year of award)"),
            columns: [l.pick("jaar", "year"), l.pick("verplichting", "obligation"), l.pick("gerealiseerd", "realised"), l.pick("begrensd", "capped"),
                      l.pick("geverifieerd", "verified"), l.pick("realisatie", "realisation"), "status"],
            rows: p.reeks.map { y in
                [yearLabel(y.jaar, partial: y.gedeeltelijk, s, l), eur(y.verplichting, l), eur(y.gerealiseerd, l), eur(y.gerealiseerdBegrensd, l), eur(y.geverifieerd, l), pct(y.realisatiePct, l), statusCell(y.status, l)]
            }
        )
        var breakdowns: [Table] = []
        if let cs = r.contracten, !cs.isEmpty {
            breakdowns.append(Table(
                key: "per_contract",
                title: l.pick("Contracten gegund in \(r.jaar)", "Contracts awarded in \(r.jaar)"),
                columns: ["contract", l.pick("omschrijving", "description"), "procedure", l.pick("verplichting", "obligation"),
                          l.pick("gerealiseerd", "realised"), l.pick("geverifieerd", "verified"), "SROI-status"],
                rows: cs.map { e in
                    [e.contract.id, e.contract.omschrijving ?? "", e.contract.procedure.rawValue.replacingUnderscores, eur(e.verplichting, l),
                     NumberFormat.euro(e.gerealiseerd, language: l), NumberFormat.euro(e.geverifieerd, language: l), e.status.label(l)]
                }))
        }
        var caveats: [String] = []
        if p.reden == nil {
            caveats.append(l.pick("Geverifieerde en niet-geverifieerde waarde staan apart: alleen geverifieerde prestaties zijn door de gemeente gecontroleerd.",
                                  "Verified and unverified value are shown apart: only verified performance has been checked by the municipality."))
        }
        if let g = r.gerealiseerd, let v = r.geverifieerd, g > 0 {
            caveats.append(l.pick("Van de gerealiseerde \(eur(g, l)) is \(eur(v, l)) geverifieerd (\(pct(v / g * 100, l))).",
                                  "Of the realised \(eur(g, l)), \(eur(v, l)) is verified (\(pct(v / g * 100, l)))."))
        }
        let unknown = r.contracten?.filter { $0.loonsomOnbekend }.count ?? 0
        if unknown > 0 {
            caveats.append(l.pick("Van \(unknown) plichtige contract(en) is de loonsom onbekend; daar is met het volle percentage gerekend.",
                                  "The wage sum of \(unknown) obliged contract(s) is unknown; the full percentage was used."))
        }
        return Detail(tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns, caveats: caveats,
                      sources: ["contracten.csv, bouwblokken.csv, sroi_prestaties.csv"], warnings: [])
    }

    static func nalevingDetail(_ s: Summary, _ l: Language, _ tile: Tile) -> Detail {
        let p = s.sroiNaleving, n = p.selected
        let meaning = [
            sroiMeaning(s, l),
            l.pick("Naleving is het deel van de afgelopen plichtige contracten dat aan de verplichting heeft voldaan. Registratie is het deel van de plichtige contracten waarvoor ten minste één prestatie is geregistreerd.",
                   "Compliance is the share of ended obliged contracts that met their obligation. Registration is the share of obliged contracts with at least one registered performance."),
        ]
        let series = Table(
            title: l.pick("Per cohort (jaar van gunning)", "Per cohort (year of award)"),
            columns: [l.pick("jaar", "year"), l.pick("contracten", "contracts"), l.pick("plichtig", "obliged"), l.pick("geregistreerd", "registered"),
                      l.pick("afgelopen", "ended"), l.pick("voldaan", "fulfilled"), l.pick("registratie", "registration"), l.pick("naleving", "compliance"), "status"],
            rows: p.reeks.map { y in
                [yearLabel(y.jaar, partial: y.gedeeltelijk, s, l), int(y.contracten, l), int(y.plichtig, l), int(y.geregistreerd, l), int(y.afgelopen, l), int(y.voldaan, l),
                 pct(y.registratiePct, l), pct(y.nalevingsPct, l), statusCell(y.status, l)]
            }
        )
        var breakdowns: [Table] = []
        if let ps = n.perStatus {
            breakdowns.append(Table(key: "per_status", title: l.pick("Contracten per SROI-status", "Contracts by SROI status"),
                                    columns: ["status", l.pick("contracten", "contracts")],
                                    rows: ps.map { [$0.status.label(l), String($0.aantal)] }))
        }
        if let kg = s.kengetallen?.filter({ $0.kengetal == "sebo_keurmerken" }), !kg.isEmpty {
            breakdowns.append(Table(key: "sebo", title: l.pick("SEBO-keurmerken", "SEBO quality marks"),
                                    columns: [l.pick("datum", "date"), l.pick("aantal", "number"), l.pick("bron", "source")],
                                    rows: kg.map { [$0.datum.dutch, NumberFormat.compact($0.waarde, language: l), $0.bron ?? ""] }))
        }
        let caveats = [l.pick(
            "Een contract zonder prestatie telt pas als 'geen registratie' na \(s.norms.registratieTermijnDagen) dagen na de gunning.",
            "A contract without performance counts as 'not registered' only \(s.norms.registratieTermijnDagen) days after the award.")]
        return Detail(tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns, caveats: caveats,
                      sources: ["contracten.csv, sroi_prestaties.csv"] + (s.kengetallen == nil ? [] : ["kengetallen.csv"]), warnings: [])
    }

    // MARK: - regio

    static func regioDetail(_ s: Summary, _ l: Language, _ tile: Tile) -> Detail {
        let p = s.regio, r = p.selected
        let region = s.dataset.arbeidsmarktregio ?? l.pick("(geen regio opgegeven)", "(no region given)")
        let meaning = [
            l.pick("Hoeveel garantiebanen werkgevers in de arbeidsmarktregio \(region) hebben gerealiseerd (stand aan het eind van het jaar, cijfers van UWV), tegenover de indicatieve doelen voor markt en overheid.",
                   "How many guaranteed jobs employers in the labour market region \(region) have realised (year-end figure, UWV), against the indicative targets for market and government."),
        ]
        let series = Table(
            title: l.pick("Per jaar", "Per year"),
            columns: [l.pick("jaar", "year"), l.pick("gerealiseerd", "realised"), l.pick("doel", "target"), "status"],
            rows: p.reeks.map { [yearLabel($0.jaar, partial: s.isPartial($0.jaar), s, l), $0.waarde.map { NumberFormat.compact($0, language: l) } ?? "–",
                                 $0.doel.map { NumberFormat.compact($0, language: l) } ?? "–", statusCell($0.status, l)] }
        )
        var breakdowns: [Table] = []
        if let ps = r.perSector, !ps.isEmpty {
            breakdowns.append(Table(key: "per_sector", title: l.pick("Per sector in \(r.jaar)", "Per sector in \(r.jaar)"),
                                    columns: ["sector", l.pick("doel", "target"), l.pick("gerealiseerd", "realised")],
                                    rows: ps.map { [$0.sector.rawValue, $0.cijfers.doel.map { NumberFormat.compact($0, language: l) } ?? "–",
                                                    $0.cijfers.gerealiseerd.map { NumberFormat.compact($0, language: l) } ?? "–"] }))
        }
        var caveats = [l.pick("De doelen zijn indicatief en gemeten ten opzichte van de nulmeting van 2013.",
                              "The targets are indicative and measured against the 2013 baseline.")]
        if r.waarde == nil, r.doel != nil {
            caveats.append(l.pick("De gerealiseerde aantallen zijn niet aangeleverd; daarom is er geen status.",
                                  "The realised numbers were not delivered, so there is no status."))
        }
        return Detail(tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns, caveats: caveats, sources: ["regio.csv"] + r.bronnen, warnings: [])
    }

    // MARK: - informatie

    static func informatieDetail(_ s: Summary, _ l: Language, _ tile: Tile) -> Detail {
        let p = s.informatie, i = p.selected
        let meaning = [
            l.pick("Kreeg de raad cijfers? Per jaargang: hoeveel rapportages sociaal domein de banenafspraak en SROI noemden, en hoeveel daarbij cijfers over de realisatie gaven. Op koers als beide onderwerpen met cijfers aan bod kwamen, risico als één, achter als geen.",
                   "Did the council get figures? Per volume: how many social domain reports mentioned the job agreement and SROI, and how many gave figures on realisation. On track when both subjects came with figures, at risk when one did, behind when none."),
        ]
        let series = Table(
            title: l.pick("Per jaargang", "Per volume"),
            columns: [l.pick("jaargang", "volume"), l.pick("rapportages", "reports"), l.pick("banenafspraak", "job agreement"), "SROI",
                      l.pick("met cijfers", "with figures"), "status"],
            rows: p.reeks.map { y in
                [String(y.jaar), int(y.rapportages, l), "\(int(y.banenafspraak, l)) (\(int(y.banenafspraakCijfers, l)) \(l.pick("cijfers", "figures")))",
                 "\(int(y.sroi, l)) (\(int(y.sroiCijfers, l)) \(l.pick("cijfers", "figures")))", int(y.metCijfers, l), statusCell(y.status, l)]
            }
        )
        var breakdowns: [Table] = []
        let reportColumns = [l.pick("datum", "date"), l.pick("titel", "title"), l.pick("banenafspraak", "job agreement"), "SROI"]
        if let r = i.rapportagesSociaalDomein {
            breakdowns.append(Table(key: "rapportages", title: l.pick("Rapportages sociaal domein, jaargang \(i.jaar)", "Social domain reports, volume \(i.jaar)"),
                                    columns: reportColumns, rows: r.map { [$0.datum.dutch, $0.titel, $0.banenafspraak.label(l), $0.sroi.label(l)] }))
        }
        if let o = i.overige, !o.isEmpty {
            breakdowns.append(Table(key: "overige", title: l.pick("Andere stukken (niet meegeteld)", "Other documents (not counted)"),
                                    columns: reportColumns + ["soort"], rows: o.map { [$0.datum.dutch, $0.titel, $0.banenafspraak.label(l), $0.sroi.label(l), $0.soort.rawValue.replacingUnderscores] }))
        }
        let caveats = [l.pick("Alleen rapportages sociaal domein tellen mee; jaarstukken en raadsinformatiebrieven staan er los onder.",
                              "Only social domain reports count; annual accounts and council letters are listed separately.")]
        return Detail(tile: tile, meaning: meaning, seriesTable: series, breakdowns: breakdowns, caveats: caveats, sources: ["rapportages.csv"], warnings: [])
    }
}

extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
