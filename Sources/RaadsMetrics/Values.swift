import Foundation

/// `s` in Unicode normalisation form C (contract v1.2: every text value is compared after NFC).
func nfc(_ s: String) -> String { s.precomposedStringWithCanonicalMapping }

/// Parsers for the value types of data contract §1 (numbers, years, dates, booleans).
public enum ValueParser {
    /// Parses a number by the file's convention: decimal comma with optional thousands dots
    /// between groups of exactly three digits (`;` files), or a plain decimal point (`,` files).
    /// `amount` columns may start with `€` and spaces.
    public static func number(_ raw: String, decimalComma: Bool, amount: Bool) -> Double? {
        var s = Substring(raw)
        if amount, s.first == "€" {
            s = s.dropFirst()
            while s.first == " " || s.first == "\u{00A0}" || s.first == "\t" { s = s.dropFirst() }
        }
        var negative = false
        if s.first == "-" {
            negative = true
            s = s.dropFirst()
        }
        let chars = Array(s.utf8)
        guard !chars.isEmpty else { return nil }
        func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
        let decimalMark: UInt8 = decimalComma ? 0x2C : 0x2E
        var intPart: [UInt8] = []
        var fracPart: [UInt8] = []
        var k = 0
        // Integer part, with optional grouping in decimal-comma files.
        var groupLen = 0
        var sawGroup = false
        while k < chars.count, chars[k] != decimalMark {
            let c = chars[k]
            if isDigit(c) {
                intPart.append(c)
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
        if intPart.isEmpty { return nil }
        if sawGroup && groupLen != 3 { return nil }
        if k < chars.count {
            k += 1
            while k < chars.count {
                guard isDigit(chars[k]) else { return nil }
                fracPart.append(chars[k])
                k += 1
            }
            if fracPart.isEmpty { return nil }
        }
        var text = String(decoding: intPart, as: UTF8.self)
        if !fracPart.isEmpty { text += "." + String(decoding: fracPart, as: UTF8.self) }
        guard let v = Double(text) else { return nil }
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
        let parts = raw.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }) else {
            return .malformed
        }
        let y: Int, m: Int, d: Int
        if parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2 {
            (y, m, d) = (Int(parts[0])!, Int(parts[1])!, Int(parts[2])!)
        } else if (1...2).contains(parts[0].count) && (1...2).contains(parts[1].count) && parts[2].count == 4 {
            (d, m, y) = (Int(parts[0])!, Int(parts[1])!, Int(parts[2])!)
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
