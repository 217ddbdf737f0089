/// Column-aware access to the records of one CSV file, collecting diagnostics.
final class DiagnosticSink {
    var items: [Diagnostic] = []
    func error(_ file: String, _ line: Int, _ column: Int, _ message: String) {
        items.append(.error(file, line, column, message))
    }
    func warning(_ file: String, _ line: Int, _ column: Int, _ message: String) {
        items.append(.warning(file, line, column, message))
    }
}

/// The columns a file knows, and which are required.
struct FileSpec {
    var name: String
    var required: [String]
    var optional: [String]
    var all: [String] { required + optional }
}

/// Names of columns that hold direct personal data; a file with one is refused.
let forbiddenColumns: Set<String> = ["bsn", "naam", "voornaam", "achternaam", "geboortedatum", "adres", "postcode", "email", "telefoon"]

struct TableReader {
    let file: CSVFile
    let sink: DiagnosticSink
    /// Column name → 0-based field index.
    var index: [String: Int] = [:]
    /// Field indexes with an empty header cell: values there are extra fields.
    var unnamed: Set<Int> = []
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
                unnamed.insert(n)
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
    /// error yields no value.
    func rows<T>(_ build: (inout Row) -> T?) -> [T] {
        var out: [T] = []
        out.reserveCapacity(file.records.count)
        for record in file.records {
            var row = Row(reader: self, record: record)
            for (n, value) in record.fields.enumerated() where !value.isEmpty && (n >= file.header.count || unnamed.contains(n)) {
                row.fail(n + 1, "extra veld \(n + 1) heeft geen kolomnaam in de kopregel, gevonden: \"\(value)\"")
            }
            let value = build(&row)
            if !row.failed, let value { out.append(value) }
        }
        return out
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
            fail(name, "'\(name)' moet \(expected) zijn, gevonden: \"\(v)\"")
            return .none
        }
        guard check(x) else {
            fail(name, "'\(name)' moet \(rule) zijn, gevonden: \"\(v)\"")
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
            fail(name, "'\(name)' moet een jaartal van 1900 tot en met 2100 zijn (alleen cijfers), gevonden: \"\(v)\"")
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
                fail(name, "'\(name)' moet een datum tussen 1900 en 2100 zijn, gevonden: \"\(v)\"")
                return .none
            }
            return .some(d)
        case .impossible:
            fail(name, "'\(name)' is geen bestaande datum, gevonden: \"\(v)\"")
        case .malformed:
            fail(name, "'\(name)' moet een datum zijn als JJJJ-MM-DD of D-M-JJJJ, gevonden: \"\(v)\"")
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
            fail(name, "'\(name)' moet ja of nee zijn (ook j/n, true/false, yes/no, 1/0), gevonden: \"\(v)\"")
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
            fail(name, "'\(name)' moet een van deze waarden zijn: \(allowed); gevonden: \"\(v)\"")
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
            fail(name, "'\(name)' mag alleen letters, cijfers en _ bevatten, gevonden: \"\(v)\"")
            return nil
        }
        return id
    }
}
