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

struct TableReader {
    let file: CSVFile
    let sink: DiagnosticSink
    /// Column name → 0-based field index.
    var index: [String: Int] = [:]
    /// Field indexes with an empty header cell: values there are extra fields.
    var unnamed: [Int] = []
    var usable = true

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
                sink.error(file.name, file.headerLine, 1, "kolom '\(name)' (kolom \(col)) bevat persoonsgegevens en hoort niet in een raadsdashboard; de regels van dit bestand zijn niet gelezen")
                privacy = true
                continue
            }
            if let first = index[name] {
                sink.error(file.name, file.headerLine, 1, "kolom '\(name)' staat twee keer in de kopregel (kolom \(first + 1) en \(col))")
                continue
            }
            index[name] = n
            if !known.contains(name) {
                sink.warning(file.name, file.headerLine, 1, "onbekende kolom '\(name)' (kolom \(col)) wordt genegeerd (bekende kolommen: \(spec.all.joined(separator: ", ")))")
            }
        }
        var missing = false
        for name in spec.required where index[name] == nil {
            sink.error(file.name, file.headerLine, 1, "verplichte kolom '\(name)' ontbreekt in de kopregel")
            missing = true
        }
        if privacy || missing { return nil }
    }

    /// Runs `build` for every record whose extra fields are empty; a record that produced an
    /// error yields no value. A record written with the other delimiter is reported once and
    /// not built.
    func rows<T>(_ build: (inout Row) -> T?) -> [T] {
        var out: [T] = []
        out.reserveCapacity(file.records.count)
        for record in file.records {
            if wrongDelimiter(record) {
                sink.error(file.name, record.line, 1, file.delimiter == ";"
                    ? "deze regel gebruikt komma's als scheidingsteken, maar dit bestand puntkomma's (zie de kopregel); scheid de velden met ;"
                    : "deze regel gebruikt puntkomma's als scheidingsteken, maar dit bestand komma's (zie de kopregel); scheid de velden met ,")
                continue
            }
            var row = Row(reader: self, record: record)
            var extra = record.extraCount
            var first = record.firstExtra
            for n in unnamed where n < record.fields.count && !record.fields[n].isEmpty {
                extra += 1
                first = min(first ?? Int.max, n + 1)
            }
            if let first {
                row.fail(first, extra == 1
                    ? "niet-lege waarde in kolom \(first) zonder kolomnaam in de kopregel; geef de kolom een naam of maak het veld leeg"
                    : "niet-lege waarden in \(extra) kolommen zonder kolomnaam in de kopregel, de eerste in kolom \(first); geef de kolommen een naam of maak de velden leeg")
            }
            let value = build(&row)
            if !row.failed, let value { out.append(value) }
        }
        return out
    }

    /// A record that holds one field of its own but (at least two, or as many as the header
    /// needs) of the other delimiter: a line saved with `,` in a `;` file, or the reverse.
    func wrongDelimiter(_ record: CSVFile.Record) -> Bool {
        let width = file.header.count
        guard width > 1 else { return false }
        let own = record.fields.count - 1 + (record.firstExtra == nil ? 0 : record.extraCount)
        return record.otherDelimiters >= min(2, width - 1) && record.otherDelimiters > own && record.fields.count < width
    }
}

/// One record, with typed getters that report what was expected and what was found.
struct Row {
    let reader: TableReader
    let record: CSVFile.Record
    var failed = false

    init(reader: TableReader, record: CSVFile.Record) {
        self.reader = reader
        self.record = record
    }

    var line: Int { record.line }
    var fileName: String { reader.file.name }

    func column(_ name: String) -> Int { (reader.index[name] ?? 0) + 1 }

    /// The trimmed value, `""` when empty or when the column is absent.
    func raw(_ name: String) -> String {
        guard let n = reader.index[name], n < record.fields.count else { return "" }
        return record.fields[n]
    }

    mutating func fail(_ column: Int, _ message: String) {
        reader.sink.error(fileName, line, column, message)
        failed = true
    }

    mutating func fail(_ name: String, _ message: String) { fail(column(name), message) }

    /// The found value of column `name`, as a message may show it (see `found(_:column:)`).
    func found(_ name: String) -> String { RaadsMetrics.found(raw(name), column: name, file: fileName) }

    func warn(_ name: String, _ message: String) {
        reader.sink.warning(fileName, line, column(name), message)
    }

    mutating func requireValue(_ name: String) -> String? {
        let v = raw(name)
        if v.isEmpty {
            fail(name, "'\(name)' is verplicht maar leeg")
            return nil
        }
        return v
    }

    mutating func text(_ name: String) -> String? {
        requireValue(name)
    }

    func optionalText(_ name: String) -> String? {
        let v = raw(name)
        return v.isEmpty ? nil : v
    }

    /// A number; `check` returns a message fragment such as "groter dan 0" when the value is out
    /// of range.
    mutating func number(_ name: String, required: Bool, amount: Bool = false, rule: String, _ check: (Double) -> Bool) -> Double?? {
        let v = raw(name)
        if v.isEmpty {
            if required { fail(name, "'\(name)' is verplicht maar leeg") ; return .none }
            return .some(nil)
        }
        let comma = reader.file.usesDecimalComma
        guard let x = ValueParser.number(v, decimalComma: comma, amount: amount) else {
            var expected = comma
                ? "een getal met een decimale komma (zoals 27,4 of 1.234,56)"
                : "een getal met een decimale punt (zoals 27.4, zonder duizendtallen-scheiding)"
            if amount { expected += ", eventueel met € ervoor" }
            fail(name, "'\(name)' moet \(expected) zijn, gevonden: \(found(name))")
            return .none
        }
        guard x.isFinite, abs(x) <= numberLimit else {
            fail(name, "'\(name)' is buiten bereik: verwacht een getal van -1.000.000.000.000 tot en met 1.000.000.000.000 (10¹²), gevonden: \(found(name))")
            return .none
        }
        guard check(x) else {
            fail(name, "'\(name)' moet \(rule) zijn, gevonden: \(found(name))")
            return .none
        }
        return .some(x)
    }

    mutating func requiredNumber(_ name: String, amount: Bool = false, rule: String, _ check: (Double) -> Bool) -> Double? {
        if case .some(.some(let x)) = number(name, required: true, amount: amount, rule: rule, check) { return x }
        return nil
    }

    mutating func year(_ name: String) -> Int? {
        guard let v = requireValue(name) else { return nil }
        guard let y = ValueParser.year(v) else {
            fail(name, "'\(name)' moet een jaartal van 1900 tot en met 2100 zijn (alleen cijfers), gevonden: \(found(name))")
            return nil
        }
        return y
    }

    /// `.none` = error, `.some(nil)` = empty optional.
    mutating func date(_ name: String, required: Bool) -> Day?? {
        let v = raw(name)
        if v.isEmpty {
            if required { fail(name, "'\(name)' is verplicht maar leeg"); return .none }
            return .some(nil)
        }
        switch ValueParser.date(v) {
        case .day(let d):
            guard (1900...2100).contains(d.year) else {
                fail(name, "'\(name)' moet een datum tussen 1900 en 2100 zijn, gevonden: \(found(name))")
                return .none
            }
            return .some(d)
        case .impossible:
            fail(name, "'\(name)' is geen bestaande datum, gevonden: \(found(name))")
        case .malformed:
            fail(name, "'\(name)' moet een datum zijn als JJJJ-MM-DD of D-M-JJJJ, gevonden: \(found(name))")
        }
        return .none
    }

    mutating func requiredDate(_ name: String) -> Day? {
        if case .some(.some(let d)) = date(name, required: true) { return d }
        return nil
    }

    mutating func bool(_ name: String, default value: Bool) -> Bool? {
        let v = raw(name)
        if v.isEmpty { return value }
        guard let b = ValueParser.bool(v) else {
            fail(name, "'\(name)' moet ja of nee zijn (ook j/n, waar/onwaar, true/false, yes/no, 1/0), gevonden: \(found(name))")
            return nil
        }
        return b
    }

    /// `.none` = error, `.some(nil)` = empty optional.
    mutating func choice<E: RawRepresentable & CaseIterable>(_ name: String, required: Bool, as: E.Type = E.self) -> E?? where E.RawValue == String {
        let v = raw(name)
        if v.isEmpty {
            if required { fail(name, "'\(name)' is verplicht maar leeg"); return .none }
            return .some(nil)
        }
        guard let e = E(rawValue: v.lowercased()) else {
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            fail(name, "'\(name)' moet een van deze waarden zijn: \(allowed); gevonden: \(found(name))")
            return .none
        }
        return .some(e)
    }

    mutating func requiredChoice<E: RawRepresentable & CaseIterable>(_ name: String, as type: E.Type = E.self) -> E? where E.RawValue == String {
        if case .some(.some(let e)) = choice(name, required: true, as: type) { return e }
        return nil
    }

    mutating func identifier(_ name: String) -> String? {
        guard let v = requireValue(name) else { return nil }
        guard let id = ValueParser.identifier(v) else {
            fail(name, "'\(name)' mag alleen letters, cijfers en _ bevatten, gevonden: \(found(name))")
            return nil
        }
        return id
    }
}
