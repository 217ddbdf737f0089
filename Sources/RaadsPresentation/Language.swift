import RaadsMetrics

/// Interface language. Dutch is the default; English is available everywhere.
public enum Language: String, Sendable, CaseIterable {
    case nl, en

    /// Picks the Dutch or the English text.
    @inlinable public func pick(_ nl: String, _ en: String) -> String { self == .nl ? nl : en }

    public var toggled: Language { self == .nl ? .en : .nl }
}

/// Number formatting: Dutch (`27,4`, `€ 153.000`, `1.031`) or English (`27.4`, `€153,000`).
public enum NumberFormat {
    public static func decimal(_ x: Double, digits: Int = 1, language: Language = .nl) -> String {
        let factor = pow10(digits)
        let scaled = (abs(x) * factor).rounded(.toNearestOrAwayFromZero)
        let whole = Int64(scaled / factor)
        let frac = Int64(scaled) - whole * Int64(factor)
        var s = group(whole, language)
        if digits > 0 {
            let f = String(frac)
            s += language.pick(",", ".") + String(repeating: "0", count: digits - f.count) + f
        }
        let isZero = scaled == 0
        return (x < 0 && !isZero ? "-" : "") + s
    }

    /// A whole number with thousands separators.
    public static func integer(_ n: Int, language: Language = .nl) -> String {
        (n < 0 ? "-" : "") + group(Int64(abs(n)), language)
    }

    /// Whole euros: `€ 153.000` (nl), `€153,000` (en).
    public static func euro(_ x: Double, language: Language = .nl) -> String {
        let v = x.rounded(.toNearestOrAwayFromZero)
        let s = group(Int64(abs(v)), language)
        return (v < 0 ? "-" : "") + language.pick("€ ", "€") + s
    }

    /// `97,4 %` (nl), `97.4%` (en).
    public static func percent(_ x: Double, digits: Int = 1, language: Language = .nl) -> String {
        decimal(x, digits: digits, language: language) + language.pick(" %", "%")
    }

    /// A count or decimal without trailing `,0` (`1.031`, `27,5`).
    public static func compact(_ x: Double, language: Language = .nl) -> String {
        x == x.rounded() && abs(x) < 1e15 ? integer(Int(x), language: language) : decimal(x, language: language)
    }

    static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { r, _ in r * 10 } }

    static func group(_ n: Int64, _ language: Language) -> String {
        let digits = Array(String(n))
        let sep: Character = language == .nl ? "." : ","
        var out: [Character] = []
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(sep) }
            out.append(d)
        }
        return String(out)
    }
}

extension Status {
    /// The status as a word: `op koers`, `risico`, `achter`, `geen gegevens`.
    public func word(_ l: Language) -> String {
        switch self {
        case .opKoers: l.pick("op koers", "on track")
        case .risico: l.pick("risico", "at risk")
        case .achter: l.pick("achter", "behind")
        case .onbekend: l.pick("geen gegevens", "no data")
        }
    }

    /// ✔ ▲ ✖ ? — or ASCII `v ! x ?` when the terminal cannot show them.
    public func symbol(unicode: Bool) -> String {
        switch self {
        case .opKoers: unicode ? "✔" : "v"
        case .risico: unicode ? "▲" : "!"
        case .achter: unicode ? "✖" : "x"
        case .onbekend: "?"
        }
    }
}

extension ParameterID {
    public func title(_ l: Language) -> String {
        if l == .nl { return titel }
        switch self {
        case .quotum: return "Job agreement quota"
        case .duurzaamheid: return "Lasting jobs"
        case .fondsBovenformatief: return "Use of the supernumerary fund"
        case .sroiRealisatie: return "SROI realisation"
        case .sroiNaleving: return "SROI compliance"
        case .regioGarantiebanen: return "Guaranteed jobs in the region"
        case .informatievoorziening: return "Information to the council"
        }
    }
}

extension QuotaUnit {
    public func label(_ l: Language) -> String {
        switch self {
        case .banen: l.pick("banen", "jobs")
        case .fte: "fte"
        case .personen: l.pick("personen", "persons")
        }
    }
}

extension SetBy {
    public func label(_ l: Language) -> String {
        switch self {
        case .ambtelijk: l.pick("ambtelijk", "civil servants")
        case .college: "college"
        case .raad: l.pick("raad", "council")
        }
    }
}

extension ContractStatus {
    public func label(_ l: Language) -> String {
        switch self {
        case .nietPlichtig: l.pick("niet plichtig", "not obliged")
        case .ontheffing: l.pick("ontheffing", "exempted")
        case .voldaanSebo: l.pick("voldaan (SEBO)", "fulfilled (SEBO)")
        case .voldaan: l.pick("voldaan", "fulfilled")
        case .geenRegistratie: l.pick("geen registratie", "not registered")
        case .nietVoldaan: l.pick("niet voldaan", "not fulfilled")
        case .loopt: l.pick("loopt", "running")
        }
    }
}

extension Coverage {
    public func label(_ l: Language) -> String {
        switch self {
        case .geen: l.pick("niet genoemd", "not mentioned")
        case .kwalitatief: l.pick("alleen tekst", "text only")
        case .cijfers: l.pick("met cijfers", "with figures")
        }
    }
}

extension TargetGroup {
    /// Target groups are proper names: Wajong, Wsw, Participatiewet, doelgroepregister.
    public func label(_ l: Language) -> String {
        switch self {
        case .wajong: "Wajong"
        case .wsw: "Wsw"
        case .participatiewet: l.pick("Participatiewet", "Participation Act")
        case .doelgroepregister: l.pick("doelgroepregister", "target group register")
        }
    }
}

extension PlacementKind {
    public func label(_ l: Language) -> String {
        switch self {
        case .proefplaatsing: l.pick("proefplaatsing", "trial placement")
        case .tijdelijk: l.pick("tijdelijk contract", "temporary contract")
        case .vast: l.pick("vast contract", "permanent contract")
        case .detachering: l.pick("detachering", "secondment")
        }
    }
}

extension Procedure {
    public func label(_ l: Language) -> String {
        switch self {
        case .enkelvoudigOnderhands: l.pick("enkelvoudig onderhands", "single private tender")
        case .meervoudigOnderhands: l.pick("meervoudig onderhands", "multiple private tender")
        case .nationaal: l.pick("nationaal", "national")
        case .europees: l.pick("Europees", "European")
        }
    }
}

extension BlockPart {
    public func label(_ l: Language) -> String {
        switch self {
        case .banen: l.pick("banen (werk)", "jobs")
        case .ontwikkeling: l.pick("ontwikkeling (opleiding, stage)", "development (training, internships)")
        case .maatschappelijk: l.pick("maatschappelijk", "social activities")
        }
    }
}

extension ResidenceClass {
    public func label(_ l: Language, gemeente: String) -> String {
        switch self {
        case .gemeente: l.pick("inwoners van \(gemeente)", "residents of \(gemeente)")
        case .regio: l.pick("elders in de regio", "elsewhere in the region")
        case .elders: l.pick("buiten de regio", "outside the region")
        case .onbekend: l.pick("woonplaats onbekend", "residence unknown")
        }
    }
}
