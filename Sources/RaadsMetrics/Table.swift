/// Column-aware access to the records of one CSV file, collecting diagnostics in a
/// `DiagnosticSink` (Diagnostic.swift).

/// The columns a file knows, and which are required.
struct FileSpec {
    var name: String
    var required: [String]
    var optional: [String]
    var all: [String] { required + optional }
}

/// Names of columns that hold direct personal data; a file with one is refused.
let forbiddenColumns: Set<String> = ["bsn", "naam", "voornaam", "achternaam", "geboortedatum", "adres", "postcode", "email", "telefoon"]

/// Columns whose values no diagnostic repeats: the pseudonym and the placement id (a
/// personnel number is personal data), and every free-text column (a name can be typed in
/// any of them). Values of unnamed, unknown and forbidden columns are never repeated either.
/// Typed columns (numbers, dates, years, booleans, allowed values, identifiers) and the ids
/// of contracts, building blocks, performances and reports may be quoted, except a value
/// that looks like a BSN. The rule is written down in docs/data-format.md.
let unquotedColumns: Set<String> = [
    "persoon", "plaatsing_id", "afdeling", "woonplaats", "omschrijving", "titel", "opdrachtnemer",
    "toelichting", "bron", "gemeente", "arbeidsmarktregio",
]

/// How a message shows a found value of `column`: quoted and visible when the column may be
/// quoted, else a description that repeats nothing.
func found(_ value: String, column: String, file: String = "") -> String {
    if unquotedColumns.contains(column) { return "een waarde die niet wordt herhaald (kolom '\(column)' kan persoonsgegevens bevatten)" }
    // plaatsingen.csv is special-category data: a wrong value there may be a name typed in
    // the wrong column, so only values without letters (numbers, dates) are repeated.
    if file == personalFile, value.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
        return "een tekst van \(value.count) tekens (niet herhaald: \(personalFile) bevat persoonsgegevens)"
    }
    if ValueParser.looksLikeBSN(value) { return "een getal van 9 cijfers dat de BSN-elfproef doorstaat (niet herhaald)" }
    return Diagnostic.quote(value)
}

/// The file whose rows are about persons of the banenafspraak target group.
let personalFile = "plaatsingen.csv"

/// The largest magnitude of any number or amount in a CSV file (contract v1.2 §1: ±10¹²).
let numberLimit = 1e12

/// A CSV file's name and bytes, as the loader hands them to the rules.
struct CSVInput {
    var name: String
    var bytes: FileBytes
    init(name: String, bytes: FileBytes) {
        self.name = name
        self.bytes = bytes
    }
    init(name: String, bytes: [UInt8]) { self.init(name: name, bytes: FileBytes(bytes)) }
}

/// A column of a file, resolved once per file (issue 9: no dictionary lookup per field).
struct Column {
    let name: String
    /// 0-based field index; `nil` when the header lacks the column.
    let index: Int?
    /// 1-based position for messages (1 when the column is absent).
    var position: Int { (index ?? 0) + 1 }
}

final class TableReader {
    let file: CSVFile
    let sink: DiagnosticSink
    // Unchecked exclusivity (read on every row): see `DiagnosticSink`.
    /// Column name → 0-based field index.
    @exclusivity(unchecked) var index: [String: Int] = [:]
    /// Field indexes with an empty header cell: values there are extra fields.
    @exclusivity(unchecked) var unnamed: [Int] = []
    /// Called with the fields of a record written with the other delimiter (split on that
    /// delimiter, trimmed), which is refused: a file whose rows define ids (contracten,
    /// bouwblokken) still registers the id, so that references to it are not reported as
    /// missing (contract v1.2: a refused row still defines its id).
    @exclusivity(unchecked) var salvage: (([String]) -> Void)?
    /// A builder's fast path (issue 9), offered each record that the checks before the builder
    /// would pass (no extra field, not written with the other delimiter): `true` when it took
    /// the row (valid, kept by the builder itself: no value in `rows`' result, no diagnostic),
    /// `false` to have the row built and reported as usual.
    @exclusivity(unchecked) var fast: ((FieldStore) -> Bool)?

    /// Checks the header; returns `nil` (after reporting) when rows must not be read.
    init?(file: CSVFile, spec: FileSpec, sink: DiagnosticSink) {
        self.file = file
        self.sink = sink
        let known = Set(spec.all)
        var privacy = false
        for (n, name) in file.header.enumerated() {
            let col = n + 1
            if name.isEmpty {
                unnamed.append(n)
                continue
            }
            if forbiddenColumns.contains(name) {
                sink.error(
                    file.name, file.headerLine, col,
                    "kolom '\(name)' bevat persoonsgegevens en hoort niet in een raadsdashboard; de regels van dit bestand zijn niet gelezen",
                    kind: .personalDataColumn)
                privacy = true
                continue
            }
            if let first = index[name] {
                sink.error(
                    file.name, file.headerLine, col, "kolom '\(name)' staat twee keer in de kopregel (kolom \(first + 1) en \(col))", kind: .duplicateColumn)
                continue
            }
            index[name] = n
            if !known.contains(name) {
                sink.warning(
                    file.name, file.headerLine, col, "onbekende kolom '\(name)' wordt genegeerd (bekende kolommen: \(spec.all.joined(separator: ", ")))")
            }
        }
        var missing = false
        for name in spec.required where index[name] == nil {
            sink.error(file.name, file.headerLine, 1, "verplichte kolom '\(name)' ontbreekt in de kopregel", kind: .missingColumn)
            missing = true
        }
        if privacy || missing { return nil }
    }

    func column(_ name: String) -> Column { Column(name: name, index: index[name]) }

    /// Reads a file and runs `build` for every record whose extra fields are empty; a record
    /// that produced an error yields no value. A record written with the other delimiter is
    /// reported once and not built. `make` is called once the header is accepted and returns
    /// the row builder. `[]` when the file or its header cannot be read.
    static func rows<T>(
        _ input: CSVInput, spec: FileSpec, sink: DiagnosticSink, tally: FileRules.ErrorTally,
        _ make: (TableReader) -> (inout Row) -> T?
    ) -> [T] {
        // The rows, in a box whose exclusivity is not checked at run time (see `DiagnosticSink`);
        // a captured `var` would be checked on every row.
        let out = RowBox<T>()
        CSVReader.read(name: input.name, bytes: input.bytes, sink: sink, priorErrors: { sink.errorCount - tally.rules > 0 }) { file in
            let before = sink.errorCount
            let accepted = TableReader(file: file, spec: spec, sink: sink)
            tally.rules += sink.errorCount - before
            guard let reader = accepted else { return nil }
            let build = make(reader)
            out.values.reserveCapacity(file.lineCount)
            let fast = reader.fast
            let plain = reader.unnamed.isEmpty
            return { store in
                if let fast, plain, store.extraCount == 0, store.otherDelimiters == 0 || !reader.wrongDelimiter(store), fast(store) { return }
                let before = sink.errorCount
                if let value = reader.row(store, build) { out.values.append(value) }
                tally.rules += sink.errorCount - before
            }
        }
        return out.values
    }

    /// The rows of `rows(_:spec:sink:tally:_:)`.
    final class RowBox<T> { @exclusivity(unchecked) var values: [T] = [] }

    @inline(__always)
    func row<T>(_ store: FieldStore, _ build: (inout Row) -> T?) -> T? {
        if wrongDelimiter(store) {
            sink.error(
                file.name, store.line, 1,
                file.delimiter == ";"
                    ? "deze regel gebruikt komma's als scheidingsteken, maar dit bestand puntkomma's (zie de kopregel); scheid de velden met ;"
                    : "deze regel gebruikt puntkomma's als scheidingsteken, maar dit bestand komma's (zie de kopregel); scheid de velden met ,")
            if let salvage {
                let own = file.delimiter, other: Character = own == ";" ? "," : ";"
                let line = (0..<store.count).map(store.text).joined(separator: String(own))
                salvage(line.split(separator: other, omittingEmptySubsequences: false).map { CSVReader.trim(String($0)) })
            }
            return nil
        }
        var row = Row(reader: self, store: store)
        var extra = store.extraCount
        var first = store.firstExtra
        for n in unnamed where n < store.count && !store.isEmpty(n) {
            extra += 1
            first = min(first ?? Int.max, n + 1)
        }
        if let first {
            row.fail(
                first,
                extra == 1
                    ? "niet-lege waarde in kolom \(first) zonder kolomnaam in de kopregel; geef de kolom een naam of maak het veld leeg"
                    : "niet-lege waarden in \(extra) kolommen zonder kolomnaam in de kopregel, de eerste in kolom \(first); geef de kolommen een naam of maak de velden leeg"
            )
        }
        let value = build(&row)
        return row.failed ? nil : value
    }

    /// A record that holds one field of its own but (at least two, or as many as the header
    /// needs) of the other delimiter: a line saved with `,` in a `;` file, or the reverse.
    func wrongDelimiter(_ store: FieldStore) -> Bool {
        let width = file.header.count
        guard width > 1 else { return false }
        let own = store.count - 1 + (store.firstExtra == nil ? 0 : store.extraCount)
        return store.otherDelimiters >= min(2, width - 1) && store.otherDelimiters > own && store.count < width
    }
}

/// One record, with typed getters that report what was expected and what was found. Every
/// getter takes a `Column` (resolved once per file) or a column name.
struct Row {
    let reader: TableReader
    let store: FieldStore
    let line: Int
    var failed = false

    init(reader: TableReader, store: FieldStore) {
        self.reader = reader
        self.store = store
        self.line = store.line
    }

    var fileName: String { reader.file.name }

    func column(_ name: String) -> Int { reader.column(name).position }

    @inline(__always)
    private func present(_ c: Column) -> Int? {
        guard let n = c.index, n < store.count else { return nil }
        return n
    }

    /// The trimmed value, `""` when empty or when the column is absent.
    func raw(_ c: Column) -> String {
        guard let n = present(c) else { return "" }
        return store.text(n)
    }
    func raw(_ name: String) -> String { raw(reader.column(name)) }

    /// The column is absent or its value empty.
    func isEmpty(_ c: Column) -> Bool {
        guard let n = present(c) else { return true }
        return store.isEmpty(n)
    }

    /// The trimmed bytes of an all-ASCII value (`nil`: absent, or not all ASCII).
    @inline(__always)
    func ascii<R>(_ c: Column, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard let n = present(c) else { return nil }
        return store.withASCII(n, body)
    }

    /// The UTF-8 of the value's text (trimmed, NFC) passed to `body`: the field's own bytes
    /// when they are ASCII, no `String` made. `nil` when the value is empty or the column absent.
    func withKey<R>(_ c: Column, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard let n = present(c) else { return nil }
        switch store.withASCII(n, { b -> R? in b.isEmpty ? nil : body(b) }) {
        case .some(let r): return r
        case .none:
            var text = store.text(n)
            if text.isEmpty { return nil }
            return text.withUTF8 { body($0) }
        }
    }

    mutating func fail(_ column: Int, _ message: String, kind: Diagnostic.Kind = .other) {
        reader.sink.error(fileName, line, column, message, kind: kind)
        failed = true
    }

    mutating func fail(_ c: Column, _ message: String, kind: Diagnostic.Kind = .other) { fail(c.position, message, kind: kind) }
    mutating func fail(_ name: String, _ message: String, kind: Diagnostic.Kind = .other) { fail(reader.column(name), message, kind: kind) }

    /// The found value of column `name`, as a message may show it (see `found(_:column:)`).
    func found(_ c: Column) -> String { RaadsMetrics.found(raw(c), column: c.name, file: fileName) }
    func found(_ name: String) -> String { found(reader.column(name)) }

    func warn(_ c: Column, _ message: String) {
        reader.sink.warning(fileName, line, c.position, message)
    }
    func warn(_ name: String, _ message: String) { warn(reader.column(name), message) }

    mutating func requireValue(_ c: Column) -> String? {
        let v = raw(c)
        if v.isEmpty {
            fail(c, "'\(c.name)' is verplicht maar leeg", kind: .requiredEmpty)
            return nil
        }
        return v
    }

    mutating func text(_ c: Column) -> String? { requireValue(c) }
    mutating func text(_ name: String) -> String? { text(reader.column(name)) }

    func optionalText(_ c: Column) -> String? {
        let v = raw(c)
        return v.isEmpty ? nil : v
    }
    func optionalText(_ name: String) -> String? { optionalText(reader.column(name)) }

    /// A number; `check` returns a message fragment such as "groter dan 0" when the value is out
    /// of range.
    mutating func number(_ c: Column, required: Bool, amount: Bool = false, rule: String, _ check: (Double) -> Bool) -> Double?? {
        let comma = reader.file.usesDecimalComma
        // Values parse from their bytes (`€` and no-break spaces included); a value the bytes do
        // not parse, with other characters, is read again from its text (Unicode trim, NFC).
        let empty: Bool, parsed: Double?
        if let p = ascii(c, { b -> (Bool, Double?) in b.isEmpty ? (true, nil) : (false, ValueParser.number(b, decimalComma: comma, amount: amount)) }) {
            (empty, parsed) = p
        } else if amount, let n = present(c), let x = store.withBytes(n, { ValueParser.number(CSVReader.asciiTrimmed($0), decimalComma: comma, amount: true) })
        {
            (empty, parsed) = (false, x)
        } else {
            let v = raw(c)
            (empty, parsed) = v.isEmpty ? (true, nil) : (false, ValueParser.number(v, decimalComma: comma, amount: amount))
        }
        if empty {
            if required { fail(c, "'\(c.name)' is verplicht maar leeg", kind: .requiredEmpty); return .none }
            return .some(nil)
        }
        guard let x = parsed else {
            return invalidNumber(c, comma: comma, amount: amount)
        }
        guard x.isFinite, abs(x) <= numberLimit else {
            fail(
                c, "'\(c.name)' is buiten bereik: verwacht een getal van -1.000.000.000.000 tot en met 1.000.000.000.000 (10¹²), gevonden: \(found(c))",
                kind: .outOfRange)
            return .none
        }
        guard check(x) else {
            fail(c, "'\(c.name)' moet \(rule) zijn, gevonden: \(found(c))")
            return .none
        }
        return .some(x)
    }

    private mutating func invalidNumber(_ c: Column, comma: Bool, amount: Bool) -> Double?? {
        var expected =
            comma
            ? "een getal met een decimale komma (zoals 27,4 of 1.234,56)"
            : "een getal met een decimale punt (zoals 27.4, zonder duizendtallen-scheiding)"
        if amount { expected += ", eventueel met € ervoor" }
        fail(c, "'\(c.name)' moet \(expected) zijn, gevonden: \(found(c))", kind: .malformedNumber)
        return .none
    }

    mutating func number(_ name: String, required: Bool, amount: Bool = false, rule: String, _ check: (Double) -> Bool) -> Double?? {
        number(reader.column(name), required: required, amount: amount, rule: rule, check)
    }

    mutating func requiredNumber(_ c: Column, amount: Bool = false, rule: String, _ check: (Double) -> Bool) -> Double? {
        if case .some(.some(let x)) = number(c, required: true, amount: amount, rule: rule, check) { return x }
        return nil
    }
    mutating func requiredNumber(_ name: String, amount: Bool = false, rule: String, _ check: (Double) -> Bool) -> Double? {
        requiredNumber(reader.column(name), amount: amount, rule: rule, check)
    }

    mutating func year(_ name: String) -> Int? {
        let c = reader.column(name)
        guard let v = requireValue(c) else { return nil }
        guard let y = ValueParser.year(v) else {
            fail(c, "'\(name)' moet een jaartal van 1900 tot en met 2100 zijn (alleen cijfers), gevonden: \(found(c))", kind: .malformedYear)
            return nil
        }
        return y
    }

    /// `.none` = error, `.some(nil)` = empty optional.
    mutating func date(_ c: Column, required: Bool) -> Day?? {
        let result: ValueParser.DateResult
        if let r = ascii(c, { b -> ValueParser.DateResult? in b.isEmpty ? nil : ValueParser.date(b) }), let r {
            result = r
        } else {
            let v = raw(c)
            if v.isEmpty {
                if required { fail(c, "'\(c.name)' is verplicht maar leeg", kind: .requiredEmpty); return .none }
                return .some(nil)
            }
            result = ValueParser.date(v)
        }
        switch result {
        case .day(let d):
            guard d.isIn1900to2100 else {
                fail(c, "'\(c.name)' moet een datum tussen 1900 en 2100 zijn, gevonden: \(found(c))")
                return .none
            }
            return .some(d)
        case .impossible:
            fail(c, "'\(c.name)' is geen bestaande datum, gevonden: \(found(c))", kind: .impossibleDate)
        case .malformed:
            fail(c, "'\(c.name)' moet een datum zijn als JJJJ-MM-DD of D-M-JJJJ, gevonden: \(found(c))", kind: .malformedDate)
        }
        return .none
    }
    mutating func date(_ name: String, required: Bool) -> Day?? { date(reader.column(name), required: required) }

    mutating func requiredDate(_ c: Column) -> Day? {
        if case .some(.some(let d)) = date(c, required: true) { return d }
        return nil
    }
    mutating func requiredDate(_ name: String) -> Day? { requiredDate(reader.column(name)) }

    mutating func bool(_ c: Column, default value: Bool) -> Bool? {
        let parsed: Bool?
        if let p = ascii(c, { b -> Bool?? in b.isEmpty ? nil : .some(ValueParser.bool(b)) }) {
            guard case .some(let b) = p else { return value }
            parsed = b
        } else {
            let v = raw(c)
            if v.isEmpty { return value }
            parsed = ValueParser.bool(v)
        }
        guard let b = parsed else {
            fail(c, "'\(c.name)' moet ja of nee zijn (ook j/n, waar/onwaar, true/false, yes/no, 1/0), gevonden: \(found(c))")
            return nil
        }
        return b
    }
    mutating func bool(_ name: String, default value: Bool) -> Bool? { bool(reader.column(name), default: value) }

    /// `.none` = error, `.some(nil)` = empty optional.
    mutating func choice<E: RawRepresentable & CaseIterable>(_ c: Column, required: Bool, as: E.Type = E.self) -> E?? where E.RawValue == String {
        choice(c, required: required, in: Choices<E>())
    }

    /// The same, with the allowed values' bytes made once (per file, for a file's hot columns).
    mutating func choice<E: RawRepresentable & CaseIterable>(_ c: Column, required: Bool, in choices: Choices<E>) -> E?? where E.RawValue == String {
        // An ASCII value that names a case, matched on its bytes (issue 9: a lower-cased String
        // per value); anything else below, by its text.
        if let found = ascii(c, { b -> E? in b.isEmpty ? nil : choices.match(b) }), let found {
            return .some(found)
        }
        let v = raw(c)
        if v.isEmpty {
            if required { fail(c, "'\(c.name)' is verplicht maar leeg", kind: .requiredEmpty); return .none }
            return .some(nil)
        }
        guard let e = E(rawValue: v.lowercased()) else {
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            fail(c, "'\(c.name)' moet een van deze waarden zijn: \(allowed); gevonden: \(found(c))", kind: .notAllowedValue)
            return .none
        }
        return .some(e)
    }

    mutating func choice<E: RawRepresentable & CaseIterable>(_ name: String, required: Bool, as type: E.Type = E.self) -> E?? where E.RawValue == String {
        choice(reader.column(name), required: required, as: type)
    }

    mutating func requiredChoice<E: RawRepresentable & CaseIterable>(_ c: Column, as type: E.Type = E.self) -> E? where E.RawValue == String {
        requiredChoice(c, in: Choices<E>())
    }
    mutating func requiredChoice<E: RawRepresentable & CaseIterable>(_ c: Column, in choices: Choices<E>) -> E? where E.RawValue == String {
        if case .some(.some(let e)) = choice(c, required: true, in: choices) { return e }
        return nil
    }
    mutating func requiredChoice<E: RawRepresentable & CaseIterable>(_ name: String, as type: E.Type = E.self) -> E? where E.RawValue == String {
        requiredChoice(reader.column(name), as: type)
    }

    mutating func identifier(_ name: String) -> String? {
        let c = reader.column(name)
        guard let v = requireValue(c) else { return nil }
        guard let id = ValueParser.identifier(v) else {
            fail(c, "'\(name)' mag alleen letters, cijfers en _ bevatten, gevonden: \(found(c))", kind: .malformedIdentifier)
            return nil
        }
        return id
    }
}

/// The allowed values of a column (an enum's raw values) as bytes, made once, for matching a
/// field's ASCII bytes without a `String` per value (issue 9).
struct Choices<E: RawRepresentable & CaseIterable> where E.RawValue == String {
    private let cases: [(bytes: [UInt8], value: E)]
    init() { cases = E.allCases.map { (Array($0.rawValue.utf8), $0) } }

    /// The case whose raw value is `bytes` with ASCII capitals made small: for ASCII `bytes`,
    /// `E(rawValue: String(decoding: bytes, as: UTF8.self).lowercased())`.
    func match(_ bytes: UnsafeBufferPointer<UInt8>) -> E? {
        for (raw, value) in cases where raw.count == bytes.count {
            var k = 0
            while k < raw.count {
                var b = bytes[k]
                if b >= 0x41 && b <= 0x5A { b += 0x20 }
                if b != raw[k] { break }
                k += 1
            }
            if k == raw.count { return value }
        }
        return nil
    }
}
