import RaadsMetrics

/// Interface language. Dutch is the default; English is available everywhere.
public enum Language: String, Sendable, CaseIterable {
    case nl, en

    /// Picks the Dutch or the English text.
    /// Only the text of this language is made (issue 9: a regional list of thousands of
    /// contracts formatted every line twice).
    @inlinable public func pick(_ nl: @autoclosure () -> String, _ en: @autoclosure () -> String) -> String { self == .nl ? nl() : en() }

    public var toggled: Language { self == .nl ? .en : .nl }
}

/// Number formatting: Dutch (`27,4`, `€ 153.000`, `1.031`) or English (`27.4`, `€153,000`).
///
/// Total on every `Double`: NaN, ±∞ and magnitudes of `limit` (10¹⁵) or more are written as
/// `buiten bereik` (`out of range`) instead of digits, so no figure can stop a program. Contract
/// v1.2 bounds every input at ±10¹²; only derived figures (a share of a tiny target) get that far.
/// Values too small to show round to zero (`0,0`); `-0.0` is written without a sign.
public enum NumberFormat {
    /// The smallest magnitude that is no longer written in digits.
    public static let limit = 1e15

    /// A date in the one form each language uses on every screen and export: Dutch `31-12-2020`
    /// (dd-mm-jjjj, `01-06-2021`), English `31 December 2020`.
    public static func date(_ d: Day, language: Language) -> String {
        if language == .nl { return d.dutch }
        let c = d.components
        return "\(c.day) \(monthsEN[max(0, min(11, c.month - 1))]) \(c.year)"
    }

    /// Day and month without the year (`30-09`, `30 September`), for "2024 (t/m 30-09)".
    public static func dayMonth(_ d: Day, language: Language) -> String {
        let c = d.components
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return language == .nl ? "\(two(c.day))-\(two(c.month))" : "\(c.day) \(monthsEN[max(0, min(11, c.month - 1))])"
    }

    static let monthsEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    /// The text for a figure that cannot be written in digits.
    public static func outOfRange(_ language: Language) -> String { language.pick("buiten bereik", "out of range") }

    /// Whether `x` is written in digits (finite and below `limit`).
    public static func isShowable(_ x: Double) -> Bool { x.isFinite && abs(x) < limit }

    public static func decimal(_ x: Double, digits: Int = 1, language: Language = .nl) -> String {
        guard isShowable(x) else { return outOfRange(language) }
        let digits = max(0, min(3, digits))  // |x| < 10^15 times 10^3 stays within Int64
        let factor = pow10(digits)
        let scaled = (abs(x) * factor).rounded(.toNearestOrAwayFromZero)
        let whole = Int64(scaled / factor)
        let frac = Int64(scaled) - whole * Int64(factor)
        var s = group(whole.magnitude, language)
        if digits > 0 {
            let f = String(frac)
            s += language.pick(",", ".") + String(repeating: "0", count: digits - f.count) + f
        }
        let isZero = scaled == 0
        return (x < 0 && !isZero ? "-" : "") + s
    }

    /// A whole number with thousands separators.
    public static func integer(_ n: Int, language: Language = .nl) -> String {
        (n < 0 ? "-" : "") + group(UInt64(n.magnitude), language)
    }

    /// The whole part of `x` (rounded toward zero, like `Int(x)`) with thousands separators;
    /// `buiten bereik` when it cannot be written in digits.
    public static func integer(_ x: Double, language: Language = .nl) -> String {
        guard isShowable(x) else { return outOfRange(language) }
        return integer(Int(x.rounded(.towardZero)), language: language)
    }

    /// Whole euros: `€ 153.000` (nl), `€153,000` (en).
    public static func euro(_ x: Double, language: Language = .nl) -> String {
        guard isShowable(x) else { return outOfRange(language) }
        let v = x.rounded(.toNearestOrAwayFromZero)
        return group(UInt64(abs(v)), language, negative: v < 0, euro: true)
    }

    /// `97,4 %` (nl), `97.4%` (en).
    public static func percent(_ x: Double, digits: Int = 1, language: Language = .nl) -> String {
        guard isShowable(x) else { return outOfRange(language) }
        return decimal(x, digits: digits, language: language) + language.pick(" %", "%")
    }

    /// A count or decimal without trailing `,0` (`1.031`, `27,5`).
    public static func compact(_ x: Double, language: Language = .nl) -> String {
        isShowable(x) && x == x.rounded() ? integer(Int(x), language: language) : decimal(x, language: language)
    }

    static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { r, _ in r * 10 } }

    /// `n`'s digits with a separator every three from the right (`1.234.567`, `1,234,567`);
    /// `negative`: after a minus sign; `euro`: after the euro sign, and in Dutch a space
    /// (`-€ 1.234`, `-€1,234`). Written as bytes (issue 9: a regional table formats tens of
    /// thousands of amounts).
    static func group(_ n: UInt64, _ language: Language, negative: Bool = false, euro: Bool = false) -> String {
        let sep: UInt8 = language == .nl ? UInt8(ascii: ".") : UInt8(ascii: ",")
        // 20 digits, 6 separators, and at most 5 bytes before them ("-", "€" and a space).
        let size = 31
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: size) { buffer in
            var i = size, rest = n, digits = 0
            repeat {
                if digits > 0 && digits % 3 == 0 {
                    i -= 1
                    buffer[i] = sep
                }
                i -= 1
                buffer[i] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                digits += 1
            } while rest > 0
            if euro {
                if language == .nl {
                    i -= 1
                    buffer[i] = UInt8(ascii: " ")
                }
                i -= 3
                (buffer[i], buffer[i + 1], buffer[i + 2]) = (0xE2, 0x82, 0xAC)
            }
            if negative {
                i -= 1
                buffer[i] = UInt8(ascii: "-")
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[i..<size]), as: UTF8.self)
        }
    }
}

extension Int {
    /// `x` rounded toward zero and clamped to `Int`'s range; NaN gives 0. For positions and
    /// lengths (bars, chart cells), where a trap on a strange figure would be worse than a clamp.
    public init(clamping x: Double) {
        if x.isNaN {
            self = 0
        } else if x >= 9.2e18 {
            self = Int.max
        } else if x <= -9.2e18 {
            self = Int.min
        } else {
            self = Int(x.rounded(.towardZero))
        }
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
    public func title(_ l: Language) -> String { l == .nl ? facts.titleNL : facts.titleEN }
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

extension BudgetKind {
    public func label(_ l: Language) -> String {
        switch self {
        case .begroting: l.pick("begroting", "budget")
        case .uitgave: l.pick("uitgave", "spending")
        }
    }
}

extension ReportKind {
    public func label(_ l: Language) -> String {
        switch self {
        case .rapportageSociaalDomein: l.pick("rapportage sociaal domein", "social domain report")
        case .jaarstukken: l.pick("jaarstukken", "annual accounts")
        case .raadsinformatiebrief: l.pick("raadsinformatiebrief", "council letter")
        case .overig: l.pick("overig", "other")
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
