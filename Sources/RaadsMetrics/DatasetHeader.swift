/// `dataset.toml` (data contract §2): identity, peildatum, norms and privacy settings.
struct DatasetHeader {
    var info: DatasetInfo
    var norms: Norms
    var minCellSize: Int

    static let file = DatasetLoader.tomlName

    /// Reads and validates the file; returns `nil` only when it cannot be parsed at all.
    static func read(_ bytes: [UInt8], sink: DiagnosticSink) -> DatasetHeader? {
        // One byte-order mark at the start is ignored by the TOML reader (a second one is an error).
        guard let text = String(validating: bytes, as: UTF8.self) else {
            sink.error(file, 1, 1, "bestand bevat ongeldige UTF-8-tekens; sla het op als UTF-8")
            return nil
        }
        let root: TOML.Table
        do {
            root = try TOML.parse(text)
        } catch {
            sink.error(file, error.line, error.column, "ongeldige TOML: \(error.message)", kind: error.kind)
            return nil
        }

        var info = DatasetInfo(naam: "", peildatum: Day(number: 0), fictief: false)
        func keyError(_ node: TOML.Node, _ message: String, kind: Diagnostic.Kind = .other) {
            sink.error(file, node.line, node.column, message, kind: kind)
        }

        if let n = root["naam"] {
            if case .string(let s) = n.value, !s.trimmingSpaces.isEmpty {
                info.naam = s.trimmingSpaces
            } else {
                keyError(n, "'naam' moet een niet-lege tekst tussen aanhalingstekens zijn, gevonden: \(n.value.typeName)")
            }
        } else {
            sink.error(file, 1, 1, "verplichte sleutel 'naam' ontbreekt (bijvoorbeeld naam = \"Gemeente Zoetermeer\")")
        }
        if let n = root["peildatum"] {
            switch n.value {
            case .date(let d) where d.isIn1900to2100: info.peildatum = d
            case .date(let d):
                keyError(n, "'peildatum' moet een datum in de jaren 1900 tot en met 2100 zijn, gevonden: \(d)")
            case .string(let s):
                if let d = Self.writtenDate(s.trimmingSpaces) {
                    keyError(
                        n, "'peildatum' moet een TOML-datum zonder aanhalingstekens zijn; schrijf peildatum = \(d) (gevonden: tekst \(Diagnostic.quote(s)))")
                } else {
                    keyError(n, "'peildatum' moet een TOML-datum zonder aanhalingstekens zijn (peildatum = 2020-12-31), gevonden: tekst \(Diagnostic.quote(s))")
                }
            default:
                keyError(n, "'peildatum' moet een datum zonder tijd zijn (peildatum = 2020-12-31), gevonden: \(n.value.typeName)")
            }
        } else {
            sink.error(file, 1, 1, "verplichte sleutel 'peildatum' ontbreekt (bijvoorbeeld peildatum = 2020-12-31)")
        }
        if let n = root["fictief"] {
            if case .bool(let b) = n.value {
                info.fictief = b
            } else {
                keyError(n, "'fictief' moet true of false zijn, gevonden: \(n.value.typeName)")
            }
        } else {
            sink.error(file, 1, 1, "verplichte sleutel 'fictief' ontbreekt (true als de gegevens verzonnen zijn, anders false)")
        }
        for key in ["arbeidsmarktregio", "bron"] {
            guard let n = root[key] else { continue }
            if case .string(let s) = n.value {
                let t = s.trimmingSpaces
                if key == "bron" { info.bron = t.isEmpty ? nil : t } else { info.arbeidsmarktregio = t.isEmpty ? nil : t }
            } else {
                keyError(n, "'\(key)' moet tekst tussen aanhalingstekens zijn, gevonden: \(n.value.typeName)")
            }
        }

        var norms = Norms()
        var minCell = 5
        for (key, node) in root.entries {
            switch key {
            case "naam", "peildatum", "fictief", "arbeidsmarktregio", "bron": continue
            case "normen":
                guard case .table(let t) = node.value else {
                    keyError(node, "'normen' moet een tabel zijn ([normen])")
                    continue
                }
                readNorms(t, into: &norms, sink: sink)
            case "sroi":
                guard case .table(let t) = node.value else {
                    keyError(node, "'sroi' moet een tabel zijn ([sroi])")
                    continue
                }
                readSroi(t, into: &info, sink: sink)
            case "privacy":
                guard case .table(let t) = node.value else {
                    keyError(node, "'privacy' moet een tabel zijn ([privacy])")
                    continue
                }
                for (k, n) in t.entries {
                    if k == "min_celgrootte" {
                        if let i = wholeNumber(n.value), i >= 1, Double(i) <= numberLimit {
                            minCell = i
                        } else if let x = n.value.number, x >= 1, !(x <= numberLimit) {
                            keyError(
                                n,
                                "'min_celgrootte' is buiten bereik: verwacht een geheel getal van 1 tot en met 1.000.000.000.000 (10¹²), gevonden: \(describe(n.value))",
                                kind: .outOfRange)
                        } else {
                            keyError(n, "'min_celgrootte' moet een geheel getal van 1 of meer zijn, gevonden: \(describe(n.value))")
                        }
                    } else {
                        sink.warning(file, n.line, n.column, "onbekende sleutel 'privacy.\(k)' wordt genegeerd (bekend: min_celgrootte)")
                    }
                }
            default:
                sink.warning(file, node.line, node.column, "onbekende sleutel '\(key)' wordt genegeerd")
            }
        }
        return DatasetHeader(info: info, norms: norms, minCellSize: minCell)
    }

    static func readNorms(_ t: TOML.Table, into norms: inout Norms, sink: DiagnosticSink) {
        func number(_ n: TOML.Node, _ key: String, _ rule: String, _ ok: (Double) -> Bool) -> Double? {
            guard let x = n.value.number, x.isFinite else {
                sink.error(file, n.line, n.column, "'normen.\(key)' moet een getal zijn, gevonden: \(describe(n.value))", kind: .malformedNumber)
                return nil
            }
            guard ok(x) else {
                sink.error(file, n.line, n.column, "'normen.\(key)' moet \(rule) zijn, gevonden: \(describe(n.value))")
                return nil
            }
            return x
        }
        func bool(_ n: TOML.Node, _ key: String) -> Bool? {
            if case .bool(let b) = n.value { return b }
            sink.error(file, n.line, n.column, "'normen.\(key)' moet true of false zijn, gevonden: \(describe(n.value))")
            return nil
        }
        for (key, n) in t.entries {
            switch key {
            case "urennorm":
                if let x = number(n, key, "groter dan 0 en hoogstens 168 (uren per week)", { $0 > 0 && $0 <= 168 }) { norms.urennorm = x }
            case "fte_uren":
                if let x = number(n, key, "groter dan 0 en hoogstens 168 (uren per week)", { $0 > 0 && $0 <= 168 }) { norms.fteUren = x }
            case "sroi_percentage":
                if let x = number(n, key, "een percentage van 0 tot en met 100", { $0 >= 0 && $0 <= 100 }) { norms.sroiPercentage = x }
            case "sroi_percentage_laag":
                if let x = number(n, key, "een percentage van 0 tot en met 100", { $0 >= 0 && $0 <= 100 }) { norms.sroiPercentageLaag = x }
            case "loonsom_drempel":
                if let x = number(n, key, "een aandeel van 0 tot en met 1 (0.30 = 30 %)", { $0 >= 0 && $0 <= 1 }) { norms.loonsomDrempel = x }
            case "sebo_telt_als_voldaan":
                if let b = bool(n, key) { norms.seboTeltAlsVoldaan = b }
            case "proefplaatsing_telt_mee":
                if let b = bool(n, key) { norms.proefplaatsingTeltMee = b }
            case "registratie_termijn_dagen":
                if let i = wholeNumber(n.value), (0...3660).contains(i) {
                    norms.registratieTermijnDagen = i
                } else {
                    sink.error(
                        file, n.line, n.column,
                        "'normen.registratie_termijn_dagen' moet een geheel aantal dagen van 0 tot en met 3660 zijn, gevonden: \(describe(n.value))")
                }
            case "pso_korting":
                guard case .table(let levels) = n.value else {
                    sink.error(file, n.line, n.column, "'normen.pso_korting' moet een tabel zijn ([normen.pso_korting]), gevonden: \(describe(n.value))")
                    continue
                }
                for (k, m) in levels.entries {
                    guard let level = PSOLevel.allCases.first(where: { $0.normKey == k }) else {
                        sink.warning(
                            file, m.line, m.column, "onbekende sleutel 'normen.pso_korting.\(k)' wordt genegeerd (bekend: aspirant, trede1, trede2, trede3)")
                        continue
                    }
                    if let x = number(
                        m, "pso_korting.\(k)", "een aandeel van 0 tot en met 1 (0.25 = een kwart van de verplichting vervalt)", { $0 >= 0 && $0 <= 1 })
                    {
                        norms.psoKorting[level] = x
                    }
                }
            default:
                sink.warning(file, n.line, n.column, "onbekende sleutel 'normen.\(key)' wordt genegeerd")
            }
        }
    }

    /// `[sroi]` (v1.2): which woonplaatsen count as the municipality and as the region.
    static func readSroi(_ t: TOML.Table, into info: inout DatasetInfo, sink: DiagnosticSink) {
        for (key, n) in t.entries {
            guard key == "woonplaatsen_gemeente" || key == "woonplaatsen_regio" else {
                sink.warning(file, n.line, n.column, "onbekende sleutel 'sroi.\(key)' wordt genegeerd (bekend: woonplaatsen_gemeente, woonplaatsen_regio)")
                continue
            }
            guard case .array(let items) = n.value else {
                sink.error(
                    file, n.line, n.column, "'sroi.\(key)' moet een lijst van plaatsnamen zijn (\(key) = [\"Zoetermeer\"]), gevonden: \(describe(n.value))")
                continue
            }
            var names: [String] = []
            var ok = true
            for item in items {
                if case .string(let s) = item.value, !s.trimmingSpaces.isEmpty {
                    names.append(s.trimmingSpaces)
                } else {
                    sink.error(
                        file, item.line, item.column,
                        "'sroi.\(key)' mag alleen niet-lege plaatsnamen tussen aanhalingstekens bevatten, gevonden: \(describe(item.value))")
                    ok = false
                }
            }
            guard ok else { continue }
            if key == "woonplaatsen_gemeente" { info.woonplaatsenGemeente = names } else { info.woonplaatsenRegio = names }
        }
    }

    /// An integer, or a float without a fraction (`90.0`): "a whole number" in the contract.
    /// A date written as text: `2024-09-30`, or as Dutch people write it (`30-09-2024`,
    /// `30/9/2024`, `30.09.2024`), so that the advice can name the exact TOML date.
    static func writtenDate(_ text: String) -> Day? {
        if case .day(let d) = ValueParser.date(text) { return d }
        if case .some(.some(let d)) = TOMLScalars.dutchDate(text) { return d }
        return nil
    }

    static func wholeNumber(_ v: TOML.Value) -> Int? {
        switch v {
        case .integer(let i): return i
        case .float(let d) where d.isFinite && d == d.rounded() && abs(d) <= numberLimit: return Int(d)
        default: return nil
        }
    }

    static func describe(_ v: TOML.Value) -> String {
        switch v {
        case .integer(let i): String(i)
        case .float(let d): String(d)
        case .bool(let b): String(b)
        case .string(let s): "tekst \(Diagnostic.quote(s))"
        case .date(let d): d.description
        case .dateTime(let s): Diagnostic.quote(s)
        case .array: "een lijst"
        case .table: "een tabel"
        }
    }
}

extension String {
    var trimmingSpaces: String { CSVReader.trim(self) }
}
