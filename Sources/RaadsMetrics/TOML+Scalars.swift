/// The checks of TOML 1.0 scalars that `TOML.swift`'s tokenizer leaves to a second look:
/// date-times and times (RFC 3339 ranges, days per month, leap years) and the place of `_` in
/// numbers. Positions are offsets into the token, so that a message can point at the bad part.
/// Messages are Dutch and never repeat the value.
enum TOMLScalars {
    struct Failure: Error, Equatable {
        var offset: Int
        var message: String
    }

    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    static func digits(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        r.upperBound <= b.count && b[r].allSatisfy(isDigit)
    }

    /// The value of the digits `b[r]` (callers check them with `digits` first).
    static func number(_ b: [UInt8], _ r: Range<Int>) -> Int {
        b[r].reduce(0) { $0 &* 10 &+ (Int($1) - 0x30) }
    }

    /// The token starts like a date (`JJJJ-`) or a time (`uu:`) and is not a plain local date
    /// `JJJJ-MM-DD` (which the reader handles itself, with its own advice).
    static func looksLikeDateOrTime(_ b: [UInt8]) -> Bool {
        if b.count >= 5, digits(b, 0..<4), b[4] == 0x2D {
            let plainDate = b.count == 10 && b[7] == 0x2D && digits(b, 5..<7) && digits(b, 8..<10)
            return !plainDate
        }
        return b.count >= 3 && digits(b, 0..<2) && b[2] == 0x3A
    }

    /// An offset date-time, local date-time or local time (a space between date and time has
    /// been turned into `T` by the tokenizer). A valid one is kept as written.
    static func dateTime(_ b: [UInt8]) -> Result<TOML.Value, Failure> {
        // A date starts with four digits and a dash; `26:--09-30` is a broken time, not a date.
        let hasDate = b.count >= 5 && digits(b, 0..<4) && b[4] == 0x2D
        let form = hasDate ? "in een datum met tijd (JJJJ-MM-DDTuu:mm:ss)" : "in een tijd (uu:mm:ss)"
        func failure(_ offset: Int, _ message: String) -> Result<TOML.Value, Failure> {
            .failure(Failure(offset: min(offset, max(0, b.count - 1)), message: message))
        }
        var k = 0
        if hasDate {
            guard b.count >= 10, b[7] == 0x2D, digits(b, 5..<7), digits(b, 8..<10) else {
                return failure(0, "datum moet de vorm JJJJ-MM-DD hebben, met twee cijfers voor maand en dag, " + form)
            }
            let year = number(b, 0..<4), month = number(b, 5..<7), day = number(b, 8..<10)
            guard (1...12).contains(month) else { return failure(5, "maand moet 01 tot en met 12 zijn " + form) }
            let days = Day.daysInMonth(year: year, month: month)
            guard (1...days).contains(day) else {
                return failure(8, "dag moet 01 tot en met \(days) zijn (zoveel dagen heeft deze maand) " + form)
            }
            guard b.count > 10, b[10] == 0x54 || b[10] == 0x74 else {
                return failure(10, "na de datum volgt een T en een tijd, of niets " + form)
            }
            k = 11
        }
        guard digits(b, k..<k + 2), k + 2 < b.count, b[k + 2] == 0x3A, digits(b, k + 3..<k + 5),
            k + 5 < b.count, b[k + 5] == 0x3A, digits(b, k + 6..<k + 8)
        else {
            return failure(k, "tijd moet de vorm uu:mm:ss hebben, met twee cijfers per deel en de seconden erbij, " + form)
        }
        guard number(b, k..<k + 2) <= 23 else { return failure(k, "uur moet 00 tot en met 23 zijn " + form) }
        guard number(b, k + 3..<k + 5) <= 59 else { return failure(k + 3, "minuut moet 00 tot en met 59 zijn " + form) }
        guard number(b, k + 6..<k + 8) <= 60 else { return failure(k + 6, "seconde moet 00 tot en met 60 zijn " + form) }
        k += 8
        if k < b.count, b[k] == 0x2E {
            var end = k + 1
            while end < b.count, isDigit(b[end]) { end += 1 }
            guard end > k + 1 else { return failure(k, "na de punt volgen cijfers voor de fractie van een seconde " + form) }
            k = end
        }
        let value = TOML.Value.dateTime(String(decoding: b, as: UTF8.self))
        if k == b.count { return .success(value) }
        guard hasDate else { return failure(k, "een tijd zonder datum heeft geen tijdzone en niets anders na de seconden " + form) }
        if b[k] == 0x5A || b[k] == 0x7A {  // Z, z
            return k + 1 == b.count ? .success(value) : failure(k + 1, "na de tijdzone Z mag niets meer staan " + form)
        }
        guard b[k] == 0x2B || b[k] == 0x2D, k + 6 == b.count, digits(b, k + 1..<k + 3), b[k + 3] == 0x3A, digits(b, k + 4..<k + 6) else {
            return failure(k, "tijdzone moet Z, +uu:mm of -uu:mm zijn " + form)
        }
        guard number(b, k + 1..<k + 3) <= 23 else { return failure(k + 1, "tijdzone-uur moet 00 tot en met 23 zijn " + form) }
        guard number(b, k + 4..<k + 6) <= 59 else { return failure(k + 4, "tijdzone-minuut moet 00 tot en met 59 zijn " + form) }
        return .success(value)
    }

    /// The offset of the first `_` in a number that does not stand between two digits of the
    /// number's base (`1e_23`, `0b_1`, `1_`, `1__2`); `nil` when every `_` is in its place.
    static func misplacedUnderscore(_ b: [UInt8]) -> Int? {
        guard b.contains(0x5F) else { return nil }
        let sign = b.first == 0x2B || b.first == 0x2D ? 1 : 0
        guard b.count > sign, isDigit(b[sign]) else { return nil }  // not a number: other advice
        var isDigitOfBase: (UInt8) -> Bool = isDigit
        if b.count >= sign + 2, b[sign] == 0x30 {
            switch b[sign + 1] {
            case 0x78: isDigitOfBase = { isDigit($0) || (0x61...0x66).contains($0 | 0x20) }  // 0x
            case 0x6F: isDigitOfBase = { (0x30...0x37).contains($0) }  // 0o
            case 0x62: isDigitOfBase = { $0 == 0x30 || $0 == 0x31 }  // 0b
            default: break
            }
        }
        for n in b.indices where b[n] == 0x5F {
            guard n > 0, n + 1 < b.count, isDigitOfBase(b[n - 1]), isDigitOfBase(b[n + 1]) else { return n }
        }
        return nil
    }

    /// A date as it is written in Dutch: D-M-JJJJ, D/M/JJJJ or D.M.JJJJ, with one or two digits
    /// for day and month (`30-09-2024`, `1/7/2024`). `nil` when the text has another form,
    /// `.some(nil)` when it has this form but names no real day (`31-02-2024`).
    static func dutchDate(_ text: String) -> Day?? {
        let b = Array(text.utf8)
        guard let sep = b.first(where: { !isDigit($0) }), sep == 0x2D || sep == 0x2F || sep == 0x2E else { return nil }
        let parts = b.split(separator: sep, omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
            parts.allSatisfy({ $0.allSatisfy(isDigit) })
        else { return nil }
        func value(_ p: ArraySlice<UInt8>) -> Int { p.reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        return .some(Day(year: value(parts[2]), month: value(parts[1]), day: value(parts[0])))
    }
}
