import RaadsMetrics

/// A question the figures raise, for the council to put to the college.
public struct Question: Equatable, Sendable {
    /// How much the question matters for the council's steering role.
    public enum Severity: Int, Sendable, Comparable, CaseIterable {
        /// The council cannot steer: money unused while the target is missed, no figures at all.
        case hoog = 1
        /// The figures are there but must be read with care.
        case middel = 2
        /// Completeness of the data.
        case laag = 3

        public static func < (a: Severity, b: Severity) -> Bool { a.rawValue < b.rawValue }

        public func word(_ l: Language) -> String {
            switch self {
            case .hoog: l.pick("hoog", "high")
            case .middel: l.pick("middel", "medium")
            case .laag: l.pick("laag", "low")
            }
        }
    }

    /// The rule's stable id (`fonds_onbenut`, …), as documented in docs/vragen.md.
    public var id: String
    /// The question itself, one or two sentences.
    public var text: String
    /// The figures behind it, formatted (`€ 2.300 besteed van € 153.000 (1,5 %)`).
    public var figures: [String]
    public var severity: Severity
    /// The rule's position in docs/vragen.md; the tie-breaker after severity.
    public var order: Int
    /// The parameters the question is about.
    public var parameters: [ParameterID]
}

/// Rules that combine the parameters into concrete questions (issue 4, docs/vragen.md).
///
/// Every rule looks at the selected year (for SROI: the selected cohort and, where said, the
/// earlier ones) and fires only on figures that exist: a missing file raises its own question
/// or none, never a question built on zeros.
public enum Questions {
    /// Rule 1: the fund counts as hardly used below this share (%).
    public static let fundUseThreshold = 10.0
    /// Rule 6: registration must cover this share (%) of the obliged contracts.
    public static let registrationThreshold = 100.0

    /// The rule ids in documented order.
    public static let ruleIDs = [
        "fonds_onbenut", "doel_ambtelijk", "doel_eenheid", "proefplaatsingen", "sroi_onbekend",
        "sroi_registratie", "sroi_niet_voldaan", "sroi_loonsom", "informatie_zonder_cijfers", "regio_realisatie",
        "sroi_achterblijver",
    ]

    /// When a rule raises its question, in one sentence for the screen (the council member
    /// should not need docs/vragen.md, which holds the same rules at length).
    public static func rule(_ id: String, _ l: Language) -> String {
        switch id {
        case "fonds_onbenut":
            l.pick(
                "het bovenformatief fonds is voor minder dan \(NumberFormat.compact(fundUseThreshold, language: l)) % benut en het quotum van het jaar is niet gehaald.",
                "the supernumerary fund is less than \(NumberFormat.compact(fundUseThreshold, language: l))% used and the year's quota was not met.")
        case "doel_ambtelijk":
            l.pick(
                "het quotumdoel van het jaar is alleen ambtelijk vastgesteld, niet door het college of de raad.",
                "the year's quota target was set by civil servants only, not by the college or the council.")
        case "doel_eenheid":
            l.pick(
                "het quotumdoel van het jaar staat in fte of personen, terwijl de wet banen van 25,5 uur telt.",
                "the year's quota target is in fte or persons, while the law counts jobs of 25.5 hours.")
        case "proefplaatsingen":
            l.pick(
                "proefplaatsingen tellen mee (dataset.toml) en verhogen het aantal banen boven de wettelijke telling.",
                "trial placements are counted (dataset.toml) and raise the number of jobs above the legal count.")
        case "sroi_onbekend":
            l.pick(
                "er is geen inkoopregister (contracten.csv) aangeleverd, dus de SROI-resultaten zijn onbekend.",
                "no procurement register (contracten.csv) was delivered, so the SROI results are unknown.")
        case "sroi_registratie":
            l.pick(
                "voor niet alle SROI-plichtige contracten van het cohort is een prestatie geregistreerd.",
                "not every SROI-obliged contract of the cohort has a registered performance.")
        case "sroi_niet_voldaan":
            l.pick(
                "een plichtig contract van dit of een eerder cohort is afgelopen zonder dat de verplichting is nagekomen.",
                "an obliged contract of this or an earlier cohort ended without the obligation fulfilled.")
        case "sroi_loonsom":
            l.pick(
                "van een plichtig contract is de loonsom onbekend, zodat met het volle percentage is gerekend.",
                "an obliged contract's wage sum is unknown, so the full percentage was used.")
        case "informatie_zonder_cijfers":
            l.pick(
                "geen enkele rapportage sociaal domein van de jaargang gaf cijfers over de banenafspraak of SROI.",
                "no social domain report of the year gave figures on the job agreement or SROI.")
        case "regio_realisatie":
            l.pick(
                "er is een doel voor de regio, maar geen gerealiseerd aantal.",
                "there is a target for the region, but no realised number.")
        case "sroi_achterblijver":
            l.pick(
                "een procedure of afdeling realiseert minder dan de helft van wat de andere samen realiseren, met ten minste één afgelopen contract.",
                "a procedure or department realises less than half of what the others together realise, with at least one ended contract.")
        default: id
        }
    }

    /// The questions the summary raises, most severe first (then in documented order).
    public static func evaluate(_ s: Summary, language l: Language) -> [Question] {
        let rules: [(Summary, Language) -> Question?] = [
            fondsOnbenut, doelAmbtelijk, doelEenheid, proefplaatsingen, sroiOnbekend,
            sroiRegistratie, sroiNietVoldaan, sroiLoonsom, informatieZonderCijfers, regioRealisatie,
            sroiAchterblijver,
        ]
        return rules.compactMap { $0(s, l) }.sorted { ($0.severity, $0.order) < ($1.severity, $1.order) }
    }

    // MARK: - Formatting

    static func year(_ y: Int, _ s: Summary, _ l: Language) -> String { Presenter.yearLabel(y, partial: s.isPartial(y), s, l) }
    static func dec(_ x: Double, _ l: Language) -> String { NumberFormat.decimal(x, language: l) }
    static func eur(_ x: Double, _ l: Language) -> String { NumberFormat.euro(x, language: l) }
    static func pct(_ x: Double, _ l: Language) -> String { NumberFormat.percent(x, language: l) }
    static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

    /// `33,7 fte` or `15 personen`.
    static func quota(_ x: Double, _ unit: QuotaUnit, _ l: Language) -> String {
        (unit == .personen ? NumberFormat.integer(x.rounded(), language: l) : dec(x, l)) + " " + unit.label(l)
    }

    static func list(_ items: [String], _ l: Language) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + l.pick(" en ", " and ") + items.last!
    }

    // MARK: - 1. Fund hardly used while the quota is missed

    static func fondsOnbenut(_ s: Summary, _ l: Language) -> Question? {
        let f = s.fonds, q = s.quotum.selected
        guard let benut = f.benuttingPct, benut < fundUseThreshold, let begroot = f.begroot, let besteed = f.besteed,
            let waarde = q.waarde, let doel = q.doel, waarde < doel
        else { return nil }
        let y = year(s.jaar, s, l)
        return Question(
            id: "fonds_onbenut",
            text: l.pick(
                "Het bovenformatief fonds is voor \(pct(benut, l)) benut, terwijl het quotum in \(y) niet is gehaald. Waarom wordt het beschikbare geld niet ingezet om meer mensen uit de doelgroep aan te nemen, en wat is daarvoor nodig?",
                "The supernumerary fund has been used for \(pct(benut, l)), while the quota for \(y) was missed. Why is the available money not used to hire more people from the target group, and what would that take?"
            ),
            figures: [
                l.pick(
                    "Fonds: \(eur(besteed, l)) besteed van \(eur(begroot, l)) beschikbaar (\(pct(benut, l))), t/m \(NumberFormat.date(s.dataset.peildatum, language: l))",
                    "Fund: \(eur(besteed, l)) spent of \(eur(begroot, l)) available (\(pct(benut, l))), up to \(NumberFormat.date(s.dataset.peildatum, language: l))"
                ),
                l.pick(
                    "Quotum \(y): \(quota(waarde, q.eenheid, l)) gerealiseerd, doel \(quota(doel, q.eenheid, l)) (tekort \(quota(doel - waarde, q.eenheid, l)))",
                    "Quota \(y): \(quota(waarde, q.eenheid, l)) realised, target \(quota(doel, q.eenheid, l)) (short by \(quota(doel - waarde, q.eenheid, l)))"),
            ],
            severity: .hoog, order: 1, parameters: [.fondsBovenformatief, .quotum])
    }

    // MARK: - 2. Target set by civil servants only

    static func doelAmbtelijk(_ s: Summary, _ l: Language) -> Question? {
        let q = s.quotum.selected
        guard let doel = q.doel, q.vastgesteldDoor == .ambtelijk else { return nil }
        let y = year(s.jaar, s, l)
        var figures = [
            l.pick(
                "Doel \(y): \(quota(doel, q.eenheid, l)), vastgesteld door: ambtelijk",
                "Target \(y): \(quota(doel, q.eenheid, l)), set by: civil servants")
        ]
        let earlier = s.quotum.reeks.filter { $0.jaar < s.jaar && $0.doel != nil && $0.vastgesteldDoor == .ambtelijk }.map { String($0.jaar) }
        if !earlier.isEmpty {
            figures.append(l.pick("Ook ambtelijk vastgesteld: \(list(earlier, l))", "Also set by civil servants: \(list(earlier, l))"))
        }
        if let bron = q.doelBron { figures.append(l.pick("Bron: \(bron)", "Source: \(bron)")) }
        return Question(
            id: "doel_ambtelijk",
            text: l.pick(
                "Het quotumdoel voor \(y) is alleen ambtelijk vastgesteld, niet door het college of de raad. Wil het college het doel bestuurlijk vaststellen en aan de raad voorleggen, zodat de raad erop kan sturen?",
                "The quota target for \(y) was set by civil servants only, not by the college or the council. Will the college adopt the target formally and put it to the council, so the council can steer on it?"
            ),
            figures: figures, severity: .hoog, order: 2, parameters: [.quotum])
    }

    // MARK: - 3. Target in another unit than the law's

    static func doelEenheid(_ s: Summary, _ l: Language) -> Question? {
        let q = s.quotum.selected, n = s.norms
        guard let doel = q.doel, q.eenheid != .banen else { return nil }
        let y = year(s.jaar, s, l)
        let uren = dec(n.urennorm, l)
        var figures: [String] = []
        if q.eenheid == .fte {
            let converted = doel * n.fteUren / n.urennorm
            figures.append(
                l.pick(
                    "Doel \(y): \(quota(doel, .fte, l)) (fte van \(dec(n.fteUren, l)) uur) ≈ \(dec(converted, l)) banen van \(uren) uur",
                    "Target \(y): \(quota(doel, .fte, l)) (fte of \(dec(n.fteUren, l)) hours) ≈ \(dec(converted, l)) jobs of \(uren) hours"))
        } else {
            figures.append(
                l.pick(
                    "Doel \(y): \(quota(doel, q.eenheid, l)) (niet om te rekenen naar banen)",
                    "Target \(y): \(quota(doel, q.eenheid, l)) (cannot be converted to jobs)"))
        }
        if let waarde = q.waarde, let banen = q.banen {
            figures.append(
                l.pick(
                    "Gerealiseerd \(y): \(quota(waarde, q.eenheid, l)) = \(dec(banen, l)) banen van \(uren) uur",
                    "Realised \(y): \(quota(waarde, q.eenheid, l)) = \(dec(banen, l)) jobs of \(uren) hours"))
        }
        return Question(
            id: "doel_eenheid",
            text: l.pick(
                "Het quotumdoel staat in \(q.eenheid.label(l)), terwijl de wet telt in banen van \(uren) uur per week. Wil het college het doel in banen uitdrukken, zodat het te vergelijken is met de wettelijke telling en met andere werkgevers?",
                "The quota target is in \(q.eenheid.label(l)), while the law counts jobs of \(uren) hours a week. Will the college express the target in jobs, so it can be compared with the legal count and with other employers?"
            ),
            figures: figures, severity: .middel, order: 3, parameters: [.quotum])
    }

    // MARK: - 4. Trial placements counted

    static func proefplaatsingen(_ s: Summary, _ l: Language) -> Question? {
        let q = s.quotum.selected
        guard q.proefplaatsingTeltMee, let banen = q.banen, let wettelijk = q.banenWettelijk, banen - wettelijk > 0 else { return nil }
        let y = year(s.jaar, s, l)
        return Question(
            id: "proefplaatsingen",
            text: l.pick(
                "In \(y) tellen proefplaatsingen mee in het quotum; de wettelijke telling (UWV) telt alleen betaalde uren. Hoe staat het quotum ervoor volgens de wettelijke telling, en waarom telt de gemeente anders?",
                "In \(y) trial placements are counted in the quota; the legal count (UWV) counts paid hours only. Where does the quota stand by the legal count, and why does the municipality count differently?"
            ),
            figures: [
                l.pick("Met proefplaatsingen: \(dec(banen, l)) banen", "With trial placements: \(dec(banen, l)) jobs"),
                l.pick(
                    "Wettelijke telling, zonder proefplaatsingen: \(dec(wettelijk, l)) banen (\(dec(banen - wettelijk, l)) minder)",
                    "Legal count, without trial placements: \(dec(wettelijk, l)) jobs (\(dec(banen - wettelijk, l)) fewer)"),
            ],
            severity: .middel, order: 4, parameters: [.quotum])
    }

    // MARK: - 5. SROI results unknown

    static func sroiOnbekend(_ s: Summary, _ l: Language) -> Question? {
        guard s.sroiRealisatie.reden != nil else { return nil }
        var figures = [
            l.pick("Inkoopregister (contracten.csv): niet aangeleverd", "Procurement register (contracten.csv): not delivered"),
            l.pick("SROI-realisatie en SROI-naleving: geen gegevens", "SROI realisation and SROI compliance: no data"),
        ]
        // What is known: money for social return (budget posts named after it) and SEBO marks.
        for post in s.fonds.posten ?? [] where post.post.contains("sroi") || post.post.contains("social_return") {
            if let latest = post.jaren.last(where: { $0.jaar <= s.jaar && $0.begroting != nil }), let begroting = latest.begroting, begroting > 0 {
                figures.append(
                    l.pick(
                        "Begroting \(Presenter.postName(post.post, l)) \(latest.jaar): \(eur(begroting, l))",
                        "Budget \(Presenter.postName(post.post, l)) \(latest.jaar): \(eur(begroting, l))"))
            }
        }
        if let sebo = s.kengetallen?.last(where: { $0.kengetal == "sebo_keurmerken" && $0.datum <= s.dataset.peildatum }) {
            figures.append(
                l.pick(
                    "SEBO-keurmerken: \(NumberFormat.compact(sebo.waarde, language: l)) (\(NumberFormat.date(sebo.datum, language: l)))",
                    "SEBO quality marks: \(NumberFormat.compact(sebo.waarde, language: l)) (\(NumberFormat.date(sebo.datum, language: l)))"))
        }
        return Question(
            id: "sroi_onbekend",
            text: l.pick(
                "Er is geen inkoopregister: niet bekend is welke contracten SROI-plichtig zijn en wat daarmee is gerealiseerd. Wanneer krijgt de raad een overzicht van de plichtige contracten, hun verplichting en wat is nagekomen?",
                "There is no procurement register: it is unknown which contracts carry an SROI obligation and what they achieved. When will the council get an overview of the obliged contracts, their obligation and what was delivered?"
            ),
            figures: figures, severity: .hoog, order: 5, parameters: [.sroiRealisatie, .sroiNaleving])
    }

    // MARK: - 6. Registration incomplete

    static func sroiRegistratie(_ s: Summary, _ l: Language) -> Question? {
        let n = s.sroiNaleving.selected
        guard let plichtig = n.plichtig, plichtig > 0, let geregistreerd = n.geregistreerd, let reg = n.registratiePct,
            reg < registrationThreshold
        else { return nil }
        let y = year(s.jaar, s, l)
        let unregistered = (s.sroiRealisatie.selected.contracten ?? []).filter(byFacts: { $0.status.isPlichtig && !$0.heeftPrestaties })
        var figures = [
            l.pick(
                "Gegund in \(y): \(count(plichtig, "plichtig contract", "plichtige contracten")), \(geregistreerd) met registratie (\(pct(reg, l)))",
                "Awarded in \(y): \(count(plichtig, "obliged contract", "obliged contracts")), \(geregistreerd) registered (\(pct(reg, l)))")
        ]
        if !unregistered.isEmpty {
            figures.append(
                l.pick(
                    "Zonder registratie: \(unregistered.map(\.contract.id).joined(separator: ", "))",
                    "Not registered: \(unregistered.map(\.contract.id).joined(separator: ", "))"))
        }
        let grace = unregistered.count(byFacts: { $0.status == .loopt })
        if grace > 0 {
            figures.append(
                l.pick(
                    "Waarvan nog binnen de registratietermijn van \(s.norms.registratieTermijnDagen) dagen: \(grace)",
                    "Of which still within the registration period of \(s.norms.registratieTermijnDagen) days: \(grace)"))
        }
        return Question(
            id: "sroi_registratie",
            text: l.pick(
                "Niet voor alle SROI-plichtige contracten die in \(y) zijn gegund, is iets geregistreerd. Hoe zorgt het college dat de prestaties van elk plichtig contract worden vastgelegd en gecontroleerd?",
                "Not every SROI-obliged contract awarded in \(y) has anything registered. How will the college make sure the performance of every obliged contract is recorded and checked?"
            ),
            figures: figures, severity: .middel, order: 6, parameters: [.sroiNaleving])
    }

    // MARK: - 7. Contracts ended without the obligation fulfilled

    static func sroiNietVoldaan(_ s: Summary, _ l: Language) -> Question? {
        let cohorts = s.sroiRealisatie.reeks.filter { $0.jaar <= s.jaar }
        var perYear: [(jaar: Int, contracts: ContractList)] = []
        for c in cohorts {
            let failed = (c.contracten ?? []).filter(byFacts: { $0.status == .nietVoldaan })
            if !failed.isEmpty { perYear.append((c.jaar, failed)) }
        }
        guard !perYear.isEmpty else { return nil }
        let total = perYear.reduce(0) { $0 + $1.contracts.count }
        let which = perYear.map { l.pick("gegund in \($0.jaar): \($0.contracts.count)", "awarded in \($0.jaar): \($0.contracts.count)") }
        var figures = [
            l.pick(
                "\(count(total, "contract", "contracten")) afgelopen zonder dat de verplichting is nagekomen (\(which.joined(separator: "; ")))",
                "\(count(total, "contract", "contracts")) ended without the obligation fulfilled (\(which.joined(separator: "; ")))")
        ]
        for (jaar, list) in perYear {
            // One line per contract, written as bytes into one buffer (issue 9: a region lists
            // thousands).
            let words =
                l == .nl
                ? (" (gegund ", ", afgelopen ", "): verplichting ", ", gerealiseerd ")
                : (" (awarded ", ", ended ", "): obligation ", ", realised ")
            figures.reserveCapacity(figures.count + list.count)
            let year = String(jaar)
            var line: [UInt8] = []
            for e in list {
                line.removeAll(keepingCapacity: true)
                line += e.contract.id.utf8
                line += words.0.utf8
                line += year.utf8
                if let end = e.contract.einddatum {
                    line += words.1.utf8
                    line += NumberFormat.date(end, language: l).utf8
                }
                line += words.2.utf8
                line += eur(e.verplichting ?? 0, l).utf8
                line += words.3.utf8
                line += eur(e.gerealiseerd, l).utf8
                figures.append(String(decoding: line, as: UTF8.self))
            }
        }
        let selected = perYear.contains { $0.jaar == s.jaar }
        let earlierOnly = l.pick(selected ? "" : " (uit eerdere jaren)", selected ? "" : " (from earlier years)")
        return Question(
            id: "sroi_niet_voldaan",
            text: l.pick(
                "Er zijn contracten\(earlierOnly) afgelopen zonder dat de opdrachtnemer de SROI-verplichting heeft nagekomen. Heeft de gemeente daarop gehandhaafd, en wat gebeurt er met de social return die niet is geleverd?",
                "Contracts\(earlierOnly) have ended without the supplier fulfilling the SROI obligation. Did the municipality enforce it, and what happens to the social return that was not delivered?"
            ),
            figures: figures, severity: .hoog, order: 7, parameters: [.sroiNaleving, .sroiRealisatie])
    }

    // MARK: - 8. Obliged contracts without a wage sum

    static func sroiLoonsom(_ s: Summary, _ l: Language) -> Question? {
        let missing = s.sroiRealisatie.reeks.filter { $0.jaar <= s.jaar }.flatMap { c in
            (c.contracten ?? []).filter(byFacts: { $0.status.isPlichtig && $0.loonsomOnbekend }).map { (c.jaar, $0) }
        }
        guard !missing.isEmpty else { return nil }
        let n = s.norms
        var figures = [
            l.pick(
                "\(count(missing.count, "plichtig contract", "plichtige contracten")) zonder loonsom",
                "\(count(missing.count, "obliged contract", "obliged contracts")) without a wage sum")
        ]
        for (jaar, e) in missing {
            figures.append(
                l.pick(
                    "\(e.contract.id) (gegund \(jaar)): aanneemsom \(eur(e.contract.aanneemsom, l)), verplichting \(eur(e.verplichting ?? 0, l)) bij \(NumberFormat.compact(e.percentage ?? n.sroiPercentage, language: l)) %",
                    "\(e.contract.id) (awarded \(jaar)): contract value \(eur(e.contract.aanneemsom, l)), obligation \(eur(e.verplichting ?? 0, l)) at \(NumberFormat.compact(e.percentage ?? n.sroiPercentage, language: l))%"
                ))
        }
        return Question(
            id: "sroi_loonsom",
            text: l.pick(
                "Van sommige SROI-plichtige contracten is de loonsom niet vastgelegd. Daardoor is met \(NumberFormat.compact(n.sroiPercentage, language: l)) % gerekend, terwijl \(NumberFormat.compact(n.sroiPercentageLaag, language: l)) % geldt als de loonsom onder \(NumberFormat.compact(n.loonsomDrempel * 100, language: l)) % van de aanneemsom ligt. Kan de loonsom alsnog worden vastgelegd?",
                "For some SROI-obliged contracts the wage sum was not recorded, so \(NumberFormat.compact(n.sroiPercentage, language: l))% was applied, while \(NumberFormat.compact(n.sroiPercentageLaag, language: l))% applies when the wage sum is below \(NumberFormat.compact(n.loonsomDrempel * 100, language: l))% of the contract value. Can the wage sum still be recorded?"
            ),
            figures: figures, severity: .laag, order: 8, parameters: [.sroiRealisatie])
    }

    // MARK: - 9. No report carried figures

    static func informatieZonderCijfers(_ s: Summary, _ l: Language) -> Question? {
        let i = s.informatie.selected
        guard s.informatie.reden == nil, let reports = i.rapportages, let met = i.metCijfers, met == 0 else { return nil }
        let y = String(s.jaar)
        var figures: [String]
        let text: String
        if reports == 0 {
            text = l.pick(
                "Over jaargang \(y) heeft de raad geen rapportage sociaal domein gekregen. Wanneer en hoe informeert het college de raad over de banenafspraak en SROI, met cijfers?",
                "For \(y) the council received no social domain report. When and how will the college inform the council about the job agreement and SROI, with figures?"
            )
            figures = [l.pick("Jaargang \(y): 0 rapportages sociaal domein", "\(y): 0 social domain reports")]
        } else {
            text = l.pick(
                "Geen van de rapportages sociaal domein over \(y) gaf cijfers over de banenafspraak of SROI. Wil het college voortaan in elke rapportage de realisatie in cijfers geven, tegenover het doel?",
                "None of the social domain reports for \(y) gave figures on the job agreement or SROI. Will the college from now on give the realisation in figures, against the target, in every report?"
            )
            figures = [
                l.pick(
                    "Jaargang \(y): \(count(reports, "rapportage", "rapportages")); banenafspraak genoemd in \(i.banenafspraak ?? 0), SROI in \(i.sroi ?? 0), met cijfers: 0",
                    "Reports on \(y): \(count(reports, "report", "reports")); job agreement mentioned in \(i.banenafspraak ?? 0), SROI in \(i.sroi ?? 0), with figures: 0"
                )
            ]
        }
        let earlier = s.informatie.reeks.filter { $0.jaar < s.jaar && ($0.rapportages ?? 0) > 0 && $0.metCijfers == 0 }
        if !earlier.isEmpty {
            figures.append(
                l.pick(
                    "Ook zonder cijfers: "
                        + earlier.map { "jaargang \($0.jaar) (\(count($0.rapportages ?? 0, "rapportage", "rapportages")))" }.joined(separator: ", "),
                    "Also without figures: " + earlier.map { "\($0.jaar) (\(count($0.rapportages ?? 0, "report", "reports")))" }.joined(separator: ", ")))
        }
        for o in i.overige ?? [] {
            figures.append(
                l.pick(
                    "Niet meegeteld: \(o.titel) (banenafspraak: \(o.banenafspraak.label(l)), SROI: \(o.sroi.label(l)))",
                    "Not counted: \(o.titel) (job agreement: \(o.banenafspraak.label(l)), SROI: \(o.sroi.label(l)))"))
        }
        return Question(id: "informatie_zonder_cijfers", text: text, figures: figures, severity: .hoog, order: 9, parameters: [.informatievoorziening])
    }

    // MARK: - 10. Regional realisation missing

    static func regioRealisatie(_ s: Summary, _ l: Language) -> Question? {
        let r = s.regio.selected
        guard s.regio.reden == nil, let doel = r.doel, r.waarde == nil else { return nil }
        let y = year(s.jaar, s, l)
        let region = s.dataset.arbeidsmarktregio ?? ""
        var figures = [
            l.pick(
                "\(region) \(y): indicatief doel \(NumberFormat.compact(doel, language: l)) banen, gerealiseerd: niet aangeleverd",
                "\(region) \(y): indicative target \(NumberFormat.compact(doel, language: l)) jobs, realised: not delivered")
        ]
        for row in r.perSector ?? [] {
            let sector = row.sector, c = row.cijfers
            let d = c.doel.map { NumberFormat.compact($0, language: l) } ?? "–"
            let g = c.gerealiseerd.map { NumberFormat.compact($0, language: l) } ?? "–"
            figures.append(l.pick("\(sector.rawValue): doel \(d), gerealiseerd \(g)", "\(sector.rawValue): target \(d), realised \(g)"))
        }
        let earlier = s.regio.reeks.filter { $0.jaar < s.jaar && $0.doel != nil && $0.waarde == nil }.map { String($0.jaar) }
        if !earlier.isEmpty {
            figures.append(l.pick("Ook zonder realisatie: \(list(earlier, l))", "Also without realisation: \(list(earlier, l))"))
        }
        return Question(
            id: "regio_realisatie",
            text: l.pick(
                "Voor de regio \(region) zijn wel doelen voor garantiebanen bekend, maar niet hoeveel banen er zijn gerealiseerd. Kan het college de cijfers van UWV over de regio aan de raad geven?",
                "For the region \(region) the targets for guaranteed jobs are known, but not how many jobs were realised. Can the college give the council UWV's figures for the region?"
            ),
            figures: figures, severity: .laag, order: 10, parameters: [.regioGarantiebanen])
    }

    // MARK: - 11. One procedure or department lags far behind the rest

    /// Rule 11: a group lags "far" behind when its (uncapped) realisation is below this share of
    /// the other groups' combined realisation.
    public static let lagFactor = 0.5

    /// A procedure or department of a cohort that lags far behind the rest.
    public struct LaggingGroup: Equatable, Sendable {
        public enum Kind: Sendable { case procedure, afdeling }
        public var kind: Kind
        /// As shown (`meervoudig onderhands`, `afdeling Bedrijfsvoering`).
        public var name: String
        public var realisation: Double
        public var others: Double
        public var verplichting: Double
        public var gerealiseerd: Double
        public var ended: Int
        func kindPlural(_ l: Language) -> String { kind == .procedure ? "procedures" : l.pick("afdelingen", "departments") }
    }

    /// The groups of cohort `r` (per procedure, then per department) whose realisation — capped
    /// per contract at its obligation, as the parameter itself — is below `lagFactor` × the other
    /// groups' combined realisation, with at least one ended obliged contract (a running contract
    /// may still deliver) and other groups with an obligation to compare with. Contracts, not
    /// persons: no disclosure control is involved.
    public static func laggingGroups(_ r: SroiRealisatieYear, _ s: Summary, language l: Language = .nl) -> [LaggingGroup] {
        let obliged = (r.contracten ?? []).filter(byFacts: { $0.status.isPlichtig && $0.heeftVerplichting })
        func ended(_ e: ContractEvaluation) -> Bool { e.contract.einddatum.map { $0 < s.dataset.peildatum } ?? false }
        func check(_ kind: LaggingGroup.Kind, key: (ContractEvaluation) -> String, label: (String) -> String) -> [LaggingGroup] {
            var order: [String] = []
            var groups: [String: (v: Double, g: Double, ended: Int)] = [:]
            for e in obliged {
                let k = key(e), v = e.verplichting ?? 0
                if groups[k] == nil { order.append(k) }
                var t = groups[k] ?? (0, 0, 0)
                t.v += v
                t.g += min(e.gerealiseerd, v)
                t.ended += ended(e) ? 1 : 0
                groups[k] = t
            }
            return order.compactMap { k in
                let mine = groups[k]!
                let rest = groups.filter { $0.key != k }.values
                let restV = rest.reduce(0) { $0 + $1.v }
                guard restV > 0, mine.ended > 0 else { return nil }
                let realisation = mine.g / mine.v * 100, others = rest.reduce(0) { $0 + $1.g } / restV * 100
                guard realisation < others * lagFactor else { return nil }
                return LaggingGroup(
                    kind: kind, name: label(k), realisation: realisation, others: others, verplichting: mine.v,
                    gerealiseerd: mine.g, ended: mine.ended)
            }
        }
        return check(.procedure, key: { $0.contract.procedure.rawValue }, label: { Procedure(rawValue: $0)?.label(l) ?? $0 })
            + check(
                .afdeling, key: { $0.contract.afdeling.flatMap { $0.isEmpty ? nil : $0 } ?? "onbekend" },
                label: { $0 == "onbekend" ? l.pick("afdeling onbekend", "department unknown") : l.pick("afdeling \($0)", "department \($0)") })
    }

    static func sroiAchterblijver(_ s: Summary, _ l: Language) -> Question? {
        let r = s.sroiRealisatie.selected
        let lag = laggingGroups(r, s, language: l)
        guard !lag.isEmpty else { return nil }
        let y = year(r.jaar, s, l)
        let figures = lag.map { g in
            l.pick(
                "\(g.name): \(eur(g.gerealiseerd, l)) van \(eur(g.verplichting, l)) (\(pct(g.realisation, l)), begrensd per contract), \(count(g.ended, "afgelopen contract", "afgelopen contracten")); de andere \(g.kindPlural(l)) samen \(pct(g.others, l))",
                "\(g.name): \(eur(g.gerealiseerd, l)) of \(eur(g.verplichting, l)) (\(pct(g.realisation, l)), capped per contract), \(count(g.ended, "ended contract", "ended contracts")); the other \(g.kindPlural(l)) together \(pct(g.others, l))"
            )
        }
        let names = list(lag.map(\.name), l)
        return Question(
            id: "sroi_achterblijver",
            text: l.pick(
                "Bij de contracten gegund in \(y) blijft de social return van \(names) ver achter bij de rest. Wie bewaakt daar de SROI-verplichting, en wat doet het college om dat te verbeteren?",
                "For the contracts awarded in \(y), social return from \(names) lags far behind the rest. Who monitors the SROI obligation there, and what will the college do to improve it?"
            ),
            figures: figures, severity: .middel, order: 11, parameters: [.sroiRealisatie])
    }
}
