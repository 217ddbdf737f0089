/// A problem found while loading a dataset or a dashboard file, written like a compiler
/// diagnostic: `plaatsingen.csv:14:6: error: 'uren_per_week' moet een getal zijn, gevonden: "twintig"`.
///
/// The file name and the message pass through `Diagnostic.visible(_:)` when a diagnostic is
/// made, so that no control character from the data (ESC, BEL, NUL, a line break) can reach a
/// terminal or a report through a diagnostic.
///
/// A diagnostic also carries its `kind`, set where it is made, so that a reader that acts on
/// what went wrong (the refusal screen's advice) chooses by the kind and never reads the
/// message back. The kind is never printed, and equality and hashing ignore it: two
/// diagnostics are the same when they say the same thing at the same place.
public struct Diagnostic: Equatable, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case error, warning
        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    /// What kind of problem a diagnostic reports: one case per kind of advice the refusal
    /// screen gives (`RefusalReport.hint`), `other` for every message that says what to do
    /// itself.
    public enum Kind: Sendable, Hashable, CaseIterable {
        /// The summary line of the diagnostics left out ("en nog 14 fouten in dit bestand").
        case moreOmitted
        /// A required value is empty.
        case requiredEmpty
        /// A reference into a file that was not delivered.
        case referenceIntoMissingFile
        /// A reference to an id the referred file does not define.
        case unknownReference
        /// An id that an earlier line has already.
        case duplicateID
        /// A value that is not one of the allowed values.
        case notAllowedValue
        /// A date in the right form that is no real day (2023-02-29).
        case impossibleDate
        /// A value that is not written as a date.
        case malformedDate
        /// A value that is not a year.
        case malformedYear
        /// An identifier with characters other than letters, digits and `_`.
        case malformedIdentifier
        /// A number beyond the bounds of the contract (±10¹²).
        case outOfRange
        /// A value that is not written as a number.
        case malformedNumber
        /// A required column is missing from the header.
        case missingColumn
        /// A column of direct personal data (bsn, naam, …).
        case personalDataColumn
        /// A column name that appears twice in the header.
        case duplicateColumn
        case other
    }

    public var file: String
    public var line: Int
    /// 1-based field position; `nil` for diagnostics that name only a line (dashboard files).
    public var column: Int?
    public var severity: Severity
    public var message: String
    /// What kind of problem this is; never printed, and not part of equality.
    public var kind: Kind

    public init(file: String, line: Int, column: Int?, severity: Severity, message: String, kind: Kind = .other) {
        self.file = Diagnostic.visible(file)
        self.line = line
        self.column = column
        self.severity = severity
        self.message = Diagnostic.visible(message)
        self.kind = kind
    }

    public static func error(_ file: String, _ line: Int, _ column: Int?, _ message: String, kind: Kind = .other) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, severity: .error, message: message, kind: kind)
    }

    public static func warning(_ file: String, _ line: Int, _ column: Int?, _ message: String, kind: Kind = .other) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, severity: .warning, message: message, kind: kind)
    }

    public var isError: Bool { severity == .error }

    /// Equal when file, place, severity and message are; the kind does not count.
    public static func == (a: Diagnostic, b: Diagnostic) -> Bool {
        a.file == b.file && a.line == b.line && a.column == b.column && a.severity == b.severity && a.message == b.message
    }

    public func hash(into h: inout Hasher) {
        h.combine(file)
        h.combine(line)
        h.combine(column)
        h.combine(severity)
        h.combine(message)
    }

    public var description: String {
        if let column {
            return "\(file):\(line):\(column): \(severity.rawValue): \(message)"
        }
        return "\(file):\(line): \(severity.rawValue): \(message)"
    }

    /// `s` with every control character shown as an escape: C0 controls, DEL and C1 controls as
    /// `\x1b`, `\x7f`, `\x9b`; invisible format characters that can reorder or hide text
    /// (bidirectional overrides, zero-width characters, line and paragraph separators, a
    /// byte-order mark) as `\u{202e}`. Idempotent: the result holds no such character.
    public static func visible(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: needsEscape) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            guard needsEscape(u) else {
                out.append(u)
                continue
            }
            let hex = String(u.value, radix: 16)
            let text = u.value <= 0xFF ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{\(hex)}"
            out.append(contentsOf: text.unicodeScalars)
        }
        return String(out)
    }

    static func needsEscape(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// Longest value quoted in full; longer ones are shortened (a 309-digit number stays readable).
    static let quoteLimit = 60

    /// A value for a message, in double quotes, visible and at most `quoteLimit` characters:
    /// `"twintig"`, `"1234567890…" (309 tekens)`. Use only for values of columns that cannot hold
    /// personal data (see `docs/data-format.md`, "Wat een foutmelding herhaalt").
    static func quote(_ value: String) -> String {
        let count = value.count
        guard count > quoteLimit else { return "\"" + visible(value) + "\"" }
        return "\"" + visible(String(value.prefix(quoteLimit - 10))) + "…\" (\(count) tekens)"
    }
}

extension Array where Element == Diagnostic {
    public var errors: [Diagnostic] { filter(\.isError) }
    public var warnings: [Diagnostic] { filter { !$0.isError } }
    public var hasErrors: Bool { contains(where: \.isError) }
}

/// Collects the diagnostics of one load, counting every one exactly but keeping only the first
/// `perFileLimit` of each file (by position) and `totalLimit` in all, so that a file of millions
/// of bad fields costs neither gigabytes nor minutes. What is left out is summarised in one line
/// per file ("en nog 14.999.900 fouten in dit bestand") and one for the whole dataset.
final class DiagnosticSink {
    static let perFileLimit = 100
    static let totalLimit = 1000

    private struct Entry {
        var seq: Int
        var diagnostic: Diagnostic
        var key: (Int, Int, Int) { (diagnostic.line, diagnostic.column ?? 0, seq) }
    }

    private struct Bucket {
        var kept: [Entry] = []
        /// Position from which new diagnostics are only counted (the `perFileLimit + 1`th kept).
        var cutoff: (line: Int, column: Int)?
        var errors = 0
        var warnings = 0
    }

    // `@exclusivity(unchecked)` here and on the loader's other per-file state: a sink is used
    // by one thread and no access to it can overlap another, so the run-time check of each
    // access (about a tenth of the loader's instructions, issue 9) proves nothing.
    @exclusivity(unchecked) private var buckets: [String: Bucket] = [:]
    @exclusivity(unchecked) private var seq = 0
    @exclusivity(unchecked) private(set) var errorCount = 0
    @exclusivity(unchecked) private(set) var warningCount = 0
    var hasErrors: Bool { errorCount > 0 }

    func error(_ file: String, _ line: Int, _ column: Int, _ message: @autoclosure () -> String, kind: Diagnostic.Kind = .other) {
        add(file, line, column, .error, kind, message)
    }

    func warning(_ file: String, _ line: Int, _ column: Int, _ message: @autoclosure () -> String, kind: Diagnostic.Kind = .other) {
        add(file, line, column, .warning, kind, message)
    }

    func append(_ d: Diagnostic) {
        add(d.file, d.line, d.column ?? 0, d.severity, d.kind) { d.message }
    }

    /// Counts the diagnostic; builds the message only when it may be shown.
    private func add(_ file: String, _ line: Int, _ column: Int, _ severity: Diagnostic.Severity, _ kind: Diagnostic.Kind, _ message: () -> String) {
        seq += 1
        if severity == .error { errorCount += 1 } else { warningCount += 1 }
        var b = buckets[file, default: Bucket()]
        buckets[file] = nil  // keep `b` uniquely referenced while it grows
        if severity == .error { b.errors += 1 } else { b.warnings += 1 }
        if let c = b.cutoff, (line, column) >= (c.line, c.column) {
            buckets[file] = b
            return
        }
        b.kept.append(Entry(seq: seq, diagnostic: Diagnostic(file: file, line: line, column: column, severity: severity, message: message(), kind: kind)))
        if b.kept.count > 2 * Self.perFileLimit + 2 {
            b.kept.sort { $0.key < $1.key }
            b.kept.removeLast(b.kept.count - (Self.perFileLimit + 1))
            let last = b.kept[Self.perFileLimit].diagnostic
            b.cutoff = (last.line, last.column ?? 0)
        }
        buckets[file] = b
    }

    /// The diagnostics to show, file by file in `order`, each file's by line and column, with
    /// a summary line wherever some were left out.
    func finish(order: (String) -> Int) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var budget = Self.totalLimit
        var hiddenErrors = 0, hiddenWarnings = 0
        var firstHiddenFile: String?
        let files = buckets.keys.sorted { a, b in
            let oa = order(a), ob = order(b)
            return oa != ob ? oa < ob : a < b
        }
        for file in files {
            let b = buckets[file]!
            let sorted = b.kept.sorted { $0.key < $1.key }
            let shown = sorted.prefix(min(Self.perFileLimit, budget))
            budget -= shown.count
            out += shown.map(\.diagnostic)
            let shownErrors = shown.filter { $0.diagnostic.isError }.count
            let restErrors = b.errors - shownErrors, restWarnings = b.warnings - (shown.count - shownErrors)
            guard restErrors + restWarnings > 0 else { continue }
            if shown.isEmpty {
                hiddenErrors += restErrors
                hiddenWarnings += restWarnings
                if firstHiddenFile == nil { firstHiddenFile = file }
                continue
            }
            let next = sorted[shown.count].diagnostic
            out.append(
                Diagnostic(
                    file: file, line: next.line, column: next.column, severity: restErrors > 0 ? .error : .warning,
                    message:
                        "en nog \(Self.count(restErrors, restWarnings)) in dit bestand (per bestand worden de eerste \(Self.perFileLimit) meldingen getoond)",
                    kind: .moreOmitted))
        }
        if let file = firstHiddenFile {
            out.append(
                Diagnostic(
                    file: file, line: 1, column: 1, severity: hiddenErrors > 0 ? .error : .warning,
                    message:
                        "en nog \(Self.count(hiddenErrors, hiddenWarnings)) in dit en volgende bestanden (er worden in totaal hoogstens \(Self.totalLimit) meldingen getoond; in totaal \(Self.count(errorCount, warningCount)))",
                    kind: .moreOmitted))
        }
        return out
    }

    /// "3 fouten en 1 waarschuwing", "1 fout", "2 waarschuwingen".
    static func count(_ errors: Int, _ warnings: Int) -> String {
        let e = "\(errors) \(errors == 1 ? "fout" : "fouten")", w = "\(warnings) \(warnings == 1 ? "waarschuwing" : "waarschuwingen")"
        if errors > 0 && warnings > 0 { return e + " en " + w }
        return errors > 0 ? e : w
    }
}
