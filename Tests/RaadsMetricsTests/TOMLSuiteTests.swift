import Foundation
import Testing
@testable import RaadsMetrics

/// Runs the public toml-test suite (TOML 1.0 file list, vendored under
/// `Fixtures/toml-test`, see its README) against the project's own TOML reader: every valid case
/// must be read with the values of its JSON expectation, every invalid case must be refused.
@Suite struct TOMLSuiteTests {
    static let root = repositoryRoot.appendingPathComponent("Tests/RaadsMetricsTests/Fixtures/toml-test")

    static let files: [String] = {
        let list = (try? String(contentsOf: root.appendingPathComponent("files-toml-1.0.0"), encoding: .utf8)) ?? ""
        return list.split(separator: "\n").map(String.init).filter { $0.hasSuffix(".toml") }
    }()
    static let valid = files.filter { $0.hasPrefix("valid/") }
    static let invalid = files.filter { $0.hasPrefix("invalid/") }

    /// The suite is complete: a lost fixture would otherwise shrink the test silently.
    @Test func theWholeListIsVendored() {
        #expect(Self.valid.count == 210)
        #expect(Self.invalid.count == 499)
        for f in Self.files {
            #expect(FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(f).path), "missing fixture \(f)")
        }
    }

    /// Reads a file the way `DatasetHeader` does: UTF-8 is checked first, then TOML.
    static func read(_ file: String) throws -> Result<TOML.Table, TOML.ParseError>? {
        let bytes = try Data(contentsOf: root.appendingPathComponent(file))
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        return Result { () throws(TOML.ParseError) in try TOML.parse(text) }
    }

    @Test(arguments: valid)
    func validCaseIsReadWithItsValues(file: String) throws {
        let result = try #require(try Self.read(file), "not UTF-8")
        let table: TOML.Table
        switch result {
        case .success(let t): table = t
        case .failure(let e):
            Issue.record("\(file) refused: \(e)")
            return
        }
        let jsonURL = Self.root.appendingPathComponent(String(file.dropLast(5)) + ".json")
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: jsonURL))
        var diffs: [String] = []
        Self.compare(.table(table), expected, "", &diffs)
        #expect(diffs.isEmpty, Comment(rawValue: "\(file):\n" + diffs.prefix(10).joined(separator: "\n")))
    }

    @Test(arguments: invalid)
    func invalidCaseIsRefused(file: String) throws {
        guard let result = try Self.read(file) else { return }  // not UTF-8: refused before TOML
        switch result {
        case .success:
            Issue.record("\(file) was accepted")
        case .failure(let e):
            #expect(e.line >= 1 && e.column >= 1, "\(file): position \(e.line):\(e.column)")
            #expect(!e.message.isEmpty)
        }
    }

    /// The refusals name a position and say in Dutch what is wrong, without quoting the value.
    @Test func messagesForTheNewChecks() {
        func error(_ text: String) -> String? {
            do throws(TOML.ParseError) { _ = try TOML.parse(text); return nil } catch { return error.description }
        }
        #expect(error("a = 2006-13-01T00:00:00") == "1:10: maand moet 01 tot en met 12 zijn in een datum met tijd (JJJJ-MM-DDTuu:mm:ss)")
        #expect(
            error("a = 2023-02-29T00:00:00")
                == "1:13: dag moet 01 tot en met 28 zijn (zoveel dagen heeft deze maand) in een datum met tijd (JJJJ-MM-DDTuu:mm:ss)")
        #expect(error("a = 2024-02-29T00:00:00") == nil)  // a leap year
        #expect(
            error("a = 1900-02-29 00:00:00")
                == "1:13: dag moet 01 tot en met 28 zijn (zoveel dagen heeft deze maand) in een datum met tijd (JJJJ-MM-DDTuu:mm:ss)")
        #expect(error("a = 2023-02-29") == "1:5: '2023-02-29' is geen bestaande datum (JJJJ-MM-DD)")
        #expect(error("a = 24:00:00") == "1:5: uur moet 00 tot en met 23 zijn in een tijd (uu:mm:ss)")
        #expect(error("a = 12:60:00") == "1:8: minuut moet 00 tot en met 59 zijn in een tijd (uu:mm:ss)")
        #expect(error("a = 12:00:61") == "1:11: seconde moet 00 tot en met 60 zijn in een tijd (uu:mm:ss)")
        #expect(error("a = 12:00") == "1:5: tijd moet de vorm uu:mm:ss hebben, met twee cijfers per deel en de seconden erbij, in een tijd (uu:mm:ss)")
        // A dash in the fifth place after an hour is a broken time, not a date (found by the fuzzer: the year was read from `26:-`).
        #expect(
            error("a = 26:--09-30") == "1:5: tijd moet de vorm uu:mm:ss hebben, met twee cijfers per deel en de seconden erbij, in een tijd (uu:mm:ss)")
        #expect(error("a = 1979-05-27T00:32:00+25:00") == "1:25: tijdzone-uur moet 00 tot en met 23 zijn in een datum met tijd (JJJJ-MM-DDTuu:mm:ss)")
        #expect(error("a = 1979-05-27T00:32:00+05:60") == "1:28: tijdzone-minuut moet 00 tot en met 59 zijn in een datum met tijd (JJJJ-MM-DDTuu:mm:ss)")
        #expect(error("a = 1979-05-27T00:32:00+0500") == "1:24: tijdzone moet Z, +uu:mm of -uu:mm zijn in een datum met tijd (JJJJ-MM-DDTuu:mm:ss)")
        #expect(
            error("a = 1979-05-27T")
                == "1:15: tijd moet de vorm uu:mm:ss hebben, met twee cijfers per deel en de seconden erbij, in een datum met tijd (JJJJ-MM-DDTuu:mm:ss)")
        #expect(error("a = 12:00:00Z") == "1:13: een tijd zonder datum heeft geen tijdzone en niets anders na de seconden in een tijd (uu:mm:ss)")
        #expect(error("a = \"x\u{0}y\"") == "1:7: ongeldig stuurteken U+0000 in tekst; schrijf het als \\u0000")
        #expect(error("a = 'x\u{7F}'") == "1:7: ongeldig stuurteken U+007F in tekst; gebruik tekst tussen dubbele aanhalingstekens met \\u007F")
        #expect(error("a = \"\"\"x\u{10}\"\"\"") == "1:9: ongeldig stuurteken U+0010 in tekst; schrijf het als \\u0010")
        #expect(error("# x\u{7F}") == "1:4: ongeldig stuurteken U+007F in commentaar")
        #expect(error("# x\ry") == "1:4: losse CR (U+000D) zonder LF; gebruik LF of CRLF als regeleinde")
        #expect(error("a = 1\ra") == "1:6: losse CR (U+000D) zonder LF; gebruik LF of CRLF als regeleinde")
        #expect(error("a = 1\r\nb = 2\r\n") == nil)
        #expect(error("a = 1e_23") == "1:7: een '_' in een getal moet tussen twee cijfers staan")
        #expect(error("a = 0b_1") == "1:7: een '_' in een getal moet tussen twee cijfers staan")
        #expect(error("a = 1_000.000_1e1_0") == nil)
        #expect(error("a = nog_niet") == "1:5: ongeldige waarde 'nog_niet'; tekst moet tussen aanhalingstekens staan")
        #expect(error("a = \"\\e\"") == "1:6: onbekende escape '\\e' (TOML 1.0 kent \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX)")
        #expect(error("\u{FEFF}\u{FEFF}a = 1") == "1:1: een tweede byte-order-markering (BOM) is niet toegestaan")
        #expect(error("\u{FEFF}a = 1") == nil)
        #expect(error("[a.b]\nc = 1\n[a]\nb.d = 2") == "4:1: sleutel 'b.d': tabel 'b' is al met een [kop] vastgelegd; zet 'd' onder die kop")
        #expect(error("[a.b.c]\n[a]\nb.d = 2\n[a.b]") == "4:2: tabel 'a.b' is al met een sleutel met punten vastgelegd")
    }

    // MARK: - Comparison with the JSON expectation

    static func isTagged(_ d: [String: Any]) -> Bool {
        d.count == 2 && d["type"] is String && d["value"] is String
    }

    static func compare(_ v: TOML.Value, _ expected: Any, _ path: String, _ diffs: inout [String]) {
        switch expected {
        case let d as [String: Any] where isTagged(d):
            compareScalar(v, type: d["type"] as! String, value: d["value"] as! String, path, &diffs)
        case let d as [String: Any]:
            guard case .table(let t) = v else { diffs.append("\(path): expected a table, found \(v.typeName)"); return }
            if Set(t.keys) != Set(d.keys) || t.keys.count != d.count {
                diffs.append("\(path): keys \(t.keys.sorted()) ≠ \(d.keys.sorted())")
                return
            }
            for (k, e) in d { compare(t[k]!.value, e, path + "." + k, &diffs) }
        case let a as [Any]:
            guard case .array(let items) = v else { diffs.append("\(path): expected an array, found \(v.typeName)"); return }
            guard items.count == a.count else { diffs.append("\(path): \(items.count) items ≠ \(a.count)"); return }
            for (n, (item, e)) in zip(items, a).enumerated() { compare(item.value, e, "\(path)[\(n)]", &diffs) }
        default:
            diffs.append("\(path): unexpected JSON \(expected)")
        }
    }

    static func compareScalar(_ v: TOML.Value, type: String, value: String, _ path: String, _ diffs: inout [String]) {
        let ok: Bool
        switch (type, v) {
        case ("string", .string(let s)): ok = s == nfcOf(value)
        case ("integer", .integer(let i)): ok = Int(value) == i
        case ("float", .float(let d)):
            switch value {
            case "nan", "+nan", "-nan": ok = d.isNaN
            case "inf", "+inf": ok = d == .infinity
            case "-inf": ok = d == -.infinity
            default: ok = Double(value).map { $0 == d && $0.sign == d.sign } ?? false
            }
        case ("bool", .bool(let b)): ok = String(b) == value
        case ("date-local", .date(let day)): ok = day.description == value
        case ("datetime", .dateTime(let s)), ("datetime-local", .dateTime(let s)), ("time-local", .dateTime(let s)):
            ok = sameDateTime(s, value)
        default: ok = false
        }
        if !ok { diffs.append("\(path): \(v) ≠ \(type) \(value)") }
    }

    /// Our strings are in NFC (contract v1.2); so is the expectation after normalising.
    static func nfcOf(_ s: String) -> String { nfc(s) }

    /// Date-times are kept as written: compare them with the suite's normal form (upper-case T and
    /// Z, `T` for a space, seconds always written, fractions without trailing zeros).
    static func sameDateTime(_ ours: String, _ theirs: String) -> Bool {
        normalised(ours) == normalised(theirs)
    }

    static func normalised(_ s: String) -> String {
        var t = s.uppercased().replacingOccurrences(of: " ", with: "T")
        if t.hasSuffix("+00:00") || t.hasSuffix("-00:00") { t = String(t.dropLast(6)) + "Z" }
        // Drop trailing zeros of a fraction of a second.
        if let dot = t.firstIndex(of: ".") {
            var end = t.index(after: dot)
            while end < t.endIndex, t[end].isNumber { end = t.index(after: end) }
            var frac = String(t[t.index(after: dot)..<end])
            while frac.hasSuffix("0") { frac.removeLast() }
            t = String(t[..<dot]) + (frac.isEmpty ? "" : "." + frac) + String(t[end...])
        }
        return t
    }
}
