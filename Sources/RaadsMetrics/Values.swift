import Foundation

/// `s` in Unicode normalisation form C (contract v1.2: every text value is compared after NFC).
func nfc(_ s: String) -> String { isSurelyNFC(s) ? s : s.precomposedStringWithCanonicalMapping }

/// True when `s` is in NFC for certain: every scalar is ASCII or in a range whose characters
/// are NFC on their own and never the second half of a canonical composition (Latin-1 and
/// Latin Extended, Cyrillic, general punctuation and currency signs such as `€`). Checked
/// against Unicode's decomposition data; other text takes the full normalisation (issue 9:
/// that costs microseconds per field).
func isSurelyNFC(_ s: String) -> Bool {
    // ASCII, the common case, checked on the UTF-8 in place.
    if s.utf8.withContiguousStorageIfAvailable({ CSVReader.isASCII($0) }) == true { return true }
    for u in s.unicodeScalars {
        let v = u.value
        if v < 0x300 || (0x400..<0x483).contains(v) || (0x2002..<0x20D0).contains(v) { continue }
        return false
    }
    return true
}

/// Parsers for the value types of data contract §1 (numbers, years, dates, booleans).
public enum ValueParser {
    /// Parses a number by the file's convention: decimal comma with optional thousands dots
    /// between groups of exactly three digits (`;` files), or a plain decimal point (`,` files).
    /// `amount` columns may start with `€` and spaces.
    public static func number(_ raw: String, decimalComma: Bool, amount: Bool) -> Double? {
        var raw = raw
        return raw.withUTF8 { number($0, decimalComma: decimalComma, amount: amount) }
    }

    /// Powers of ten that a `Double` holds exactly.
    private static let exactPowers: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { a, _ in a * 10 } }

    /// `number(_:decimalComma:amount:)` on UTF-8 bytes (issue 9: no String or array per value).
    static func number(_ chars: UnsafeBufferPointer<UInt8>, decimalComma: Bool, amount: Bool) -> Double? {
        // The common case first (issue 9: a million amounts): digits, then at most one decimal
        // point and digits, fifteen digits at most, in a `,` file. The same value as below.
        if !decimalComma, let first = chars.first, first &- 48 < 10 {
            var mantissa: Int64 = 0, digits = 0, fraction = -1, k = 0
            let n = chars.count
            while k < n {
                let c = chars[k]
                if c &- 48 < 10 {
                    mantissa = mantissa &* 10 &+ Int64(c &- 48)
                    digits += 1
                    if fraction >= 0 { fraction += 1 }
                } else if c == 0x2E && fraction < 0 {
                    fraction = 0
                } else {
                    break
                }
                k += 1
            }
            if k == n && digits <= 15 && fraction != 0 {
                // A whole number is exact as it is (and `x / 1` is `x`).
                return fraction < 0 ? Double(mantissa) : Double(mantissa) / exactPowers[fraction]
            }
        }
        var k = 0
        let n = chars.count
        if amount, n >= 3, chars[0] == 0xE2, chars[1] == 0x82, chars[2] == 0xAC {  // €
            k = 3
            while k < n {
                if chars[k] == 0x20 || chars[k] == 0x09 {
                    k += 1
                } else if chars[k] == 0xC2, k + 1 < n, chars[k + 1] == 0xA0 {
                    k += 2
                }  // no-break space
                else {
                    break
                }
            }
        }
        var negative = false
        if k < n, chars[k] == 0x2D {
            negative = true
            k += 1
        }
        guard k < n else { return nil }
        let decimalMark: UInt8 = decimalComma ? 0x2C : 0x2E
        // The digits as an integer while it is exact (at most 15 digits), else as text.
        var mantissa: Int64 = 0
        var digits = 0
        var fracDigits = 0
        var intDigits = 0
        var groupLen = 0
        var sawGroup = false
        let first = k
        while k < n, chars[k] != decimalMark {
            let c = chars[k]
            if c >= 48 && c <= 57 {
                if digits < 16 { mantissa = mantissa * 10 + Int64(c - 48) }
                digits += 1
                intDigits += 1
                groupLen += 1
            } else if decimalComma && c == 0x2E {
                // A dot must follow 1–3 leading digits (first group) or exactly 3 (later groups).
                if sawGroup ? groupLen != 3 : (groupLen < 1 || groupLen > 3) { return nil }
                sawGroup = true
                groupLen = 0
            } else {
                return nil
            }
            k += 1
        }
        if intDigits == 0 { return nil }
        if sawGroup && groupLen != 3 { return nil }
        if k < n {
            k += 1
            while k < n {
                let c = chars[k]
                guard c >= 48 && c <= 57 else { return nil }
                if digits < 16 { mantissa = mantissa * 10 + Int64(c - 48) }
                digits += 1
                fracDigits += 1
                k += 1
            }
            if fracDigits == 0 { return nil }
        }
        let v: Double
        if digits <= 15 {
            // Both exact, so one division rounds correctly: the same value as parsing the text.
            v = Double(mantissa) / exactPowers[fracDigits]
        } else {
            var text = ""
            text.reserveCapacity(digits + 1)
            var m = first
            while m < n {
                let c = chars[m]
                if c >= 48 && c <= 57 { text.unicodeScalars.append(Unicode.Scalar(c)) } else if c == decimalMark { text += "." }
                m += 1
            }
            guard let d = Double(text) else { return nil }
            v = d
        }
        return negative ? -v : v
    }

    /// A year: plain digits, 1900–2100.
    public static func year(_ raw: String) -> Int? {
        guard !raw.isEmpty, raw.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), raw.count <= 6, let y = Int(raw), (1900...2100).contains(y) else {
            return nil
        }
        return y
    }

    public enum DateResult: Equatable {
        case day(Day)
        /// Right form, impossible date (2023-02-29).
        case impossible
        case malformed
    }

    /// `YYYY-MM-DD` or `D-M-YYYY` (one or two digits for day and month).
    public static func date(_ raw: String) -> DateResult {
        var raw = raw
        return raw.withUTF8 { date($0) }
    }

    /// `date(_:)` on UTF-8 bytes.
    static func date(_ b: UnsafeBufferPointer<UInt8>) -> DateResult { isoDate(b) ?? anyDate(b) }

    /// `JJJJ-MM-DD`, the common form, read at fixed places (issue 9: a million prestaties);
    /// `nil` for any other bytes, which `anyDate` reads (with the same result for these).
    @inline(__always)
    static func isoDate(_ b: UnsafeBufferPointer<UInt8>) -> DateResult? {
        guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return nil }
        @inline(__always) func digit(_ k: Int) -> Int { Int(b[k] &- 48) }
        let d0 = digit(0), d1 = digit(1), d2 = digit(2), d3 = digit(3), d5 = digit(5), d6 = digit(6), d8 = digit(8), d9 = digit(9)
        guard d0 < 10 && d1 < 10 && d2 < 10 && d3 < 10 && d5 < 10 && d6 < 10 && d8 < 10 && d9 < 10 else { return nil }
        // Single digits: no overflow is possible.
        let year = d0 &* 1000 &+ d1 &* 100 &+ d2 &* 10 &+ d3
        guard let day = Day.fromTable(year: year, month: d5 &* 10 &+ d6, day: d8 &* 10 &+ d9) else { return .impossible }
        return .day(day)
    }

    /// Either form, digit by digit.
    static func anyDate(_ b: UnsafeBufferPointer<UInt8>) -> DateResult {
        var values = (0, 0, 0)
        var lengths = (0, 0, 0)
        var part = 0
        for c in b {
            if c == 0x2D {
                part += 1
                if part > 2 { return .malformed }
                continue
            }
            guard c >= 48 && c <= 57 else { return .malformed }
            let d = Int(c - 48)
            switch part {
            case 0: values.0 = values.0 &* 10 &+ d; lengths.0 += 1
            case 1: values.1 = values.1 &* 10 &+ d; lengths.1 += 1
            default: values.2 = values.2 &* 10 &+ d; lengths.2 += 1
            }
        }
        guard part == 2, lengths.0 > 0, lengths.1 > 0, lengths.2 > 0 else { return .malformed }
        let y: Int, m: Int, d: Int
        if lengths.0 == 4 && lengths.1 == 2 && lengths.2 == 2 {
            (y, m, d) = values
        } else if (1...2).contains(lengths.0) && (1...2).contains(lengths.1) && lengths.2 == 4 {
            (d, m, y) = values
        } else {
            return .malformed
        }
        guard let day = Day(year: y, month: m, day: d) else { return .impossible }
        return .day(day)
    }

    public static func bool(_ raw: String) -> Bool? {
        switch raw.lowercased() {
        case "ja", "j", "waar", "true", "yes", "1": true
        case "nee", "n", "onwaar", "false", "no", "0": false
        default: nil
        }
    }

    /// `bool(_:)` on the bytes of an all-ASCII value.
    static func bool(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        func equals(_ word: StaticString) -> Bool {
            guard word.utf8CodeUnitCount == b.count else { return false }
            let w = word.utf8Start
            for k in 0..<b.count {
                var c = b[k]
                if c >= 0x41 && c <= 0x5A { c += 0x20 }
                if c != w[k] { return false }
            }
            return true
        }
        if equals("ja") || equals("j") || equals("waar") || equals("true") || equals("yes") || equals("1") { return true }
        if equals("nee") || equals("n") || equals("onwaar") || equals("false") || equals("no") || equals("0") { return false }
        return nil
    }

    /// Identifiers (`post`, `kengetal`): letters, digits and `_`; lower-cased.
    public static func identifier(_ raw: String) -> String? {
        guard !raw.isEmpty, raw.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        return raw.lowercased()
    }

    /// The BSN eleven-test: 9 digits, weights 9…2 and −1, sum divisible by 11.
    public static func looksLikeBSN(_ raw: String) -> Bool {
        let digits = raw.utf8.map { Int($0) - 48 }
        guard digits.count == 9, digits.allSatisfy({ (0...9).contains($0) }) else { return false }
        var sum = 0
        for (n, d) in digits.enumerated() { sum += n < 8 ? d * (9 - n) : -d }
        return sum % 11 == 0
    }
}
