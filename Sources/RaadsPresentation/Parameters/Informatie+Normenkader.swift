import RaadsMetrics

/// The Zoetermeer rekenkamer's normenkader (2021) as a standing scorecard for the griffie
/// (issue 11): every norm with its source in the audit, scored per year from the data where the
/// data can decide, and otherwise "door de griffie te beoordelen" — with the griffie's own
/// judgement from `normenkader.csv` when it recorded one. This file holds the norms and how each
/// is judged; its table, tile and detail are in `Informatie+NormenkaderView.swift`.
public enum Normenkader {
    public struct Norm: Equatable, Sendable {
        public var id: String
        public var theme: Int
        public var nl: String
        public var en: String
        /// Where the audit states the norm and judges it (theme and section).
        public var source: String
    }

    public enum Score: Equatable, Sendable {
        case voldaan, deels, nietVoldaan
        /// The data cannot decide: the griffie judges.
        case griffie

        public var symbol: String {
            switch self {
            case .voldaan: "✔"
            case .deels: "▲"
            case .nietVoldaan: "✖"
            case .griffie: "?"
            }
        }

        public func word(_ l: Language) -> String {
            switch self {
            case .voldaan: l.pick("voldaan", "met")
            case .deels: l.pick("deels", "partly")
            case .nietVoldaan: l.pick("niet voldaan", "not met")
            case .griffie: l.pick("door de griffie te beoordelen", "for the clerks to judge")
            }
        }
    }

    /// One norm scored for one year.
    public struct Row: Equatable, Sendable {
        public var norm: Norm
        /// From the data; `.griffie` when the data cannot decide.
        public var score: Score
        /// What the data say (`doel vastgesteld door: ambtelijk ✖`), or what is needed.
        public var finding: String
        /// The griffie's recorded judgement for the year, if any.
        public var judgement: NormJudgement?
    }

    static let theme1 = "thema 1 Beleid (§1.2; oordeel §2.4)"
    static let theme2 = "thema 2 Organisatie en uitvoering (§1.2; oordeel §3.4)"
    static let theme3 = "thema 3 Resultaten en doelbereiking (§1.2; oordeel §4.1–4.3)"
    static let theme4 = "thema 4 Sturing en controle (§1.2; oordeel §5.1, §5.3)"
    static let theme5 = "thema 5 Leren en verbeteren (§1.2; bestuurlijke nota)"
    static let nota = "bestuurlijke nota, aanbeveling 3b; §4.1"
    static let notaVerified = "bestuurlijke nota, aanbeveling 3; §4.1"

    /// The norms in the audit's order (ids as in `NormJudgement.knownNorms`).
    public static let norms: [Norm] = [
        Norm(
            id: "beleidskader", theme: 1, nl: "Actueel beleidskader voor banenafspraak en social return",
            en: "Up-to-date policy framework for the job agreement and social return", source: theme1),
        Norm(
            id: "doelen_smart", theme: 1, nl: "Doelen geoperationaliseerd of SMART, vastgesteld door college of raad",
            en: "Objectives operationalised or SMART, set by college or council", source: theme1),
        Norm(
            id: "taken_belegd", theme: 2, nl: "Taken en verantwoordelijkheden in de regio duidelijk belegd",
            en: "Tasks and responsibilities clearly placed in the region", source: theme2),
        Norm(
            id: "taken_uitgevoerd", theme: 2, nl: "Gemeente en partners doen wat is afgesproken", en: "Municipality and partners do what was agreed",
            source: theme2),
        Norm(
            id: "tevredenheid", theme: 2, nl: "Betrokkenen tevreden over de uitvoering", en: "Those involved are satisfied with the execution", source: theme2),
        Norm(
            id: "resultaten_conform_doelen", theme: 3, nl: "Kwantitatieve resultaten in lijn met de beleidsdoelen",
            en: "Quantitative results in line with the policy objectives", source: theme3),
        Norm(
            id: "doelen_behaald", theme: 3, nl: "Doelen voor banenafspraak en social return behaald", en: "Objectives for job agreement and social return met",
            source: theme3),
        Norm(
            id: "inzicht_budget_realisatie", theme: 3, nl: "Inzicht in budget en realisatie van beide", en: "Insight into budget and realisation of both",
            source: theme3),
        Norm(id: "budget_toereikend", theme: 3, nl: "Budget toereikend voor de doelen", en: "Budget sufficient for the objectives", source: theme3),
        Norm(
            id: "besteding_in_verhouding", theme: 3, nl: "Besteding in verhouding tot de doelen (college en raad)",
            en: "Spending proportionate to the objectives (college and council)", source: theme3),
        Norm(
            id: "doeltreffend_doelmatig", theme: 3, nl: "Beleid en uitvoering doeltreffend en doelmatig", en: "Policy and execution effective and efficient",
            source: theme3),
        Norm(
            id: "afspraken_raad_college", theme: 4, nl: "Concrete afspraken tussen raad en college over betrokkenheid van de raad",
            en: "Concrete agreements between council and college on the council's involvement", source: theme4),
        Norm(
            id: "raad_jaarlijks_geinformeerd", theme: 4, nl: "Raad minstens jaarlijks geïnformeerd over realisatie, budget en uitgaven",
            en: "Council informed at least yearly on realisation, budget and spending", source: theme4),
        Norm(
            id: "raad_in_positie", theme: 4, nl: "College brengt de raad in positie om te controleren",
            en: "College puts the council in a position to supervise", source: theme4),
        Norm(
            id: "raad_controleert", theme: 4, nl: "Raad controleert (vraagt naar de realisatie)", en: "Council supervises (asks about realisation)",
            source: theme4),
        Norm(
            id: "monitoring", theme: 5, nl: "Resultaten gemonitord, succes- en verbeterpunten benoemd",
            en: "Results monitored, strengths and points to improve named", source: theme5),
        Norm(id: "robuust", theme: 5, nl: "Beleid robuust en toekomstbestendig", en: "Policy robust and future-proof", source: theme5),
        Norm(
            id: "inkoopregister", theme: 5, nl: "Centraal inkoopregister met registratie van SROI", en: "Central procurement register with SROI registration",
            source: nota),
        Norm(id: "geverifieerde_resultaten", theme: 5, nl: "SROI-resultaten geverifieerd", en: "SROI results verified", source: notaVerified),
    ]

    /// The scorecard for `year` (default: the selected year).
    public static func score(_ s: Summary, year: Int? = nil, language l: Language) -> [Row] {
        let y = year ?? s.jaar
        return norms.map { n in
            let (score, finding) = scoreFromData(n.id, s, y, l)
            let j = s.normenkader?.first { $0.norm == n.id && $0.jaar == y }
            return Row(norm: n, score: score, finding: finding, judgement: j)
        }
    }

    static func griffie(_ l: Language, _ why: String? = nil) -> (Score, String) {
        (.griffie, why ?? l.pick("de gegevens kunnen dit niet beslissen", "the data cannot decide this"))
    }

    /// The data's verdict on one norm for the selected year.
    static func scoreFromData(_ id: String, _ s: Summary, _ y: Int, _ l: Language) -> (Score, String) {
        func pick<T>(_ p: ParameterResult<T>, _ year: (T) -> Int) -> T? { y == s.jaar ? p.selected : p.reeks.first { year($0) == y } }
        let q = pick(s.quotum, \.jaar)
        let sroiReden = s.sroiRealisatie.reden
        let sroiYear = pick(s.sroiRealisatie, \.jaar)
        let nal = pick(s.sroiNaleving, \.jaar)
        let info = pick(s.informatie, \.jaar)
        let pct = { (x: Double) in NumberFormat.percent(x, language: l) }
        switch id {
        case "doelen_smart":
            guard let q, let door = q.vastgesteldDoor, q.doel != nil else {
                if s.quotum.reeks.contains(where: { $0.doel != nil }) {
                    return (.nietVoldaan, l.pick("geen quotumdoel voor \(y) ✖", "no quota target for \(y) ✖"))
                }
                return griffie(l, l.pick("geen doelen aangeleverd (doelen.csv)", "no targets delivered (doelen.csv)"))
            }
            let unit = q.eenheid == .banen ? "" : l.pick(", in \(q.eenheid.label(l)) in plaats van banen", ", in \(q.eenheid.label(l)) instead of jobs")
            if door == .ambtelijk {
                return (.nietVoldaan, l.pick("doel vastgesteld door: ambtelijk ✖\(unit)", "target set by: civil servants ✖\(unit)"))
            }
            return (
                q.eenheid == .banen ? .voldaan : .deels, l.pick("doel vastgesteld door: \(door.label(l)) ✔\(unit)", "target set by: \(door.label(l)) ✔\(unit)")
            )
        case "doelen_behaald":
            var parts: [String] = []
            var met: [Bool] = []
            if let q, let w = q.waarde, let d = q.doel {
                met.append(w >= d)
                parts.append(
                    l.pick(
                        "quotum \(NumberFormat.decimal(w, language: l)) van \(NumberFormat.decimal(d, language: l)) \(q.eenheid.label(l)) \(w >= d ? "✔" : "✖")",
                        "quota \(NumberFormat.decimal(w, language: l)) of \(NumberFormat.decimal(d, language: l)) \(q.eenheid.label(l)) \(w >= d ? "✔" : "✖")"))
            }
            if let r = sroiYear?.realisatieAfgerondPct {
                met.append(r >= 100)
                parts.append(l.pick("SROI afgelopen contracten \(pct(r)) \(r >= 100 ? "✔" : "✖")", "SROI ended contracts \(pct(r)) \(r >= 100 ? "✔" : "✖")"))
            } else if sroiReden != nil {
                parts.append(l.pick("SROI onbekend (geen inkoopregister)", "SROI unknown (no procurement register)"))
            }
            if met.isEmpty { return griffie(l, parts.isEmpty ? nil : parts.joined(separator: "; ")) }
            let score: Score = met.allSatisfy { $0 } ? (sroiReden != nil ? .deels : .voldaan) : .nietVoldaan
            return (score, parts.joined(separator: "; "))
        case "inzicht_budget_realisatie":
            let posts = s.fonds.posten ?? []
            func has(_ post: String) -> BudgetYear? { posts.first { $0.post == post }?.jaren.first { $0.jaar == y } }
            var ok: [String] = [], missing: [String] = []
            for (post, name) in [
                ("banenafspraak", l.pick("budget banenafspraak", "job agreement budget")),
                ("social_return_team", l.pick("budget social-returnteam", "social return team budget")),
            ] {
                let b = has(post)
                if b?.begroting != nil && b?.uitgave != nil {
                    ok.append(name)
                } else if b?.begroting != nil {
                    missing.append(l.pick("uitgaven \(name)", "spending \(name)"))
                } else {
                    missing.append(name)
                }
            }
            if q?.waarde != nil {
                ok.append(l.pick("realisatie quotum", "quota realisation"))
            } else {
                missing.append(l.pick("realisatie quotum", "quota realisation"))
            }
            if sroiReden == nil {
                ok.append(l.pick("realisatie SROI", "SROI realisation"))
            } else {
                missing.append(l.pick("realisatie SROI (inkoopregister)", "SROI realisation (procurement register)"))
            }
            let text =
                (ok.isEmpty ? "" : ok.joined(separator: ", ") + " ✔") + (ok.isEmpty || missing.isEmpty ? "" : "; ")
                + (missing.isEmpty ? "" : l.pick("ontbreekt: ", "missing: ") + missing.joined(separator: ", ") + " ✖")
            return (missing.isEmpty ? .voldaan : (ok.isEmpty ? .nietVoldaan : .deels), text)
        case "doeltreffend_doelmatig":
            if let x = sroiYear?.detail?.doelmatigheid.opbrengstPerEuro {
                return griffie(
                    l,
                    l.pick(
                        "gegeven: opbrengst per euro social-returnteam \(NumberFormat.euro2(x, language: l)) (zie Doelmatigheid)",
                        "given: yield per euro of the social return team \(NumberFormat.euro2(x, language: l)) (see Efficiency)"))
            }
            return griffie(l, l.pick("opbrengst per euro social-returnteam niet te berekenen", "yield per euro of the social return team cannot be computed"))
        case "raad_jaarlijks_geinformeerd":
            guard s.informatie.reden == nil, let i = info, i.rapportages != nil else {
                return griffie(l, l.pick("geen rapportages aangeleverd (rapportages.csv)", "no reports delivered (rapportages.csv)"))
            }
            let ba = (i.banenafspraakCijfers ?? 0) > 0, sr = (i.sroiCijfers ?? 0) > 0, bu = (i.metBudget ?? 0) > 0
            func mark(_ b: Bool) -> String { b ? "✔" : "✖" }
            let text = l.pick(
                "jaargang \(y): realisatie banenafspraak \(mark(ba)), realisatie SROI \(mark(sr)), budget en uitgaven \(mark(bu))",
                "\(y): job agreement realisation \(mark(ba)), SROI realisation \(mark(sr)), budget and spending \(mark(bu))")
            let n = [ba, sr, bu].filter { $0 }.count
            return (n == 3 ? .voldaan : (n == 0 ? .nietVoldaan : .deels), text)
        case "inkoopregister":
            guard sroiReden == nil else { return (.nietVoldaan, l.pick("inkoopregister niet aangeleverd ✖", "procurement register not delivered ✖")) }
            guard let reg = nal?.registratiePct else {
                return (
                    .voldaan,
                    l.pick("inkoopregister aangeleverd ✔, geen plichtige contracten in \(y)", "procurement register delivered ✔, no obliged contracts in \(y)")
                )
            }
            return (
                reg >= 100 ? .voldaan : .deels,
                l.pick(
                    "inkoopregister aangeleverd ✔, registratie \(NumberFormat.percent(reg, digits: 0, language: l))",
                    "procurement register delivered ✔, registration \(NumberFormat.percent(reg, digits: 0, language: l))")
            )
        case "geverifieerde_resultaten":
            guard sroiReden == nil else {
                return (.nietVoldaan, l.pick("geen resultaten bekend (geen inkoopregister) ✖", "no results known (no procurement register) ✖"))
            }
            guard let g = sroiYear?.gerealiseerd, g > 0, let v = sroiYear?.geverifieerd else {
                return griffie(l, l.pick("nog geen gerealiseerde waarde in cohort \(y)", "no realised value yet in cohort \(y)"))
            }
            let share = v / g * 100
            return (
                share >= 100 ? .voldaan : (v > 0 ? .deels : .nietVoldaan),
                l.pick(
                    "geverifieerd \(NumberFormat.percent(share, digits: 0, language: l)) van de gerealiseerde waarde",
                    "verified \(NumberFormat.percent(share, digits: 0, language: l)) of the realised value")
            )
        default:
            return griffie(l)
        }
    }
}
