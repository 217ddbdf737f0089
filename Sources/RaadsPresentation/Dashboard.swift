import Foundation
import RaadsMetrics

/// How a panel draws its yearly series.
public enum ChartKind: String, Sendable, CaseIterable {
    /// Bars per year (default).
    case staven
    /// A line (sparkline) through the years.
    case lijn
    /// No chart.
    case geen
}

/// One panel of a dashboard file: which parameter, under which title, judged how.
public struct DashboardPanel: Equatable, Sendable {
    public var parameter: ParameterID
    public var titleNL: String
    public var titleEN: String
    public var order: Int
    public var thresholds: Thresholds
    /// A target for a parameter that has none of its own (`duurzaamheid`), in its unit.
    public var target: Double?
    public var chart: ChartKind
    /// Breakdown keys the detail view shows; `nil` = all.
    public var breakdowns: [String]?
    /// A kengetal from kengetallen.csv shown with the panel.
    public var keyFigure: String?
    /// A focused view of the parameter (`weergave`, e.g. `woonplaats`); `nil` = the parameter itself.
    public var view: PanelView? = nil

    public init(
        parameter: ParameterID, titleNL: String? = nil, titleEN: String? = nil, order: Int = 0, thresholds: Thresholds = .standard,
        target: Double? = nil, chart: ChartKind = .staven, breakdowns: [String]? = nil, keyFigure: String? = nil, view: PanelView? = nil
    ) {
        self.parameter = parameter
        self.titleNL = titleNL ?? view?.title(.nl) ?? parameter.title(.nl)
        self.titleEN = titleEN ?? view?.title(.en) ?? parameter.title(.en)
        self.view = view
        self.order = order
        self.thresholds = thresholds
        self.target = target
        self.chart = chart
        self.breakdowns = breakdowns
        self.keyFigure = keyFigure
    }

    public func title(_ l: Language) -> String { l == .nl ? titleNL : titleEN }

    /// The breakdown keys each parameter's detail view offers (`ParameterID.facts`).
    public static func breakdownKeys(_ id: ParameterID) -> [String] { id.facts.breakdownKeys }
}

/// A dashboard: a named, ordered set of panels, defined in a TOML file under `dashboards/`.
public struct Dashboard: Equatable, Sendable {
    public var name: String
    public var titleNL: String
    public var titleEN: String
    public var description: String?
    public var descriptionEN: String?
    /// Sorted by `order`.
    public var panels: [DashboardPanel]
    /// Show the questions the figures raise (griffie).
    public var showQuestions: Bool
    /// Show data warnings as a section of their own (griffie).
    public var showDataQuality: Bool
    /// Where it came from: a file path, or `ingebouwd`.
    public var origin: String

    public init(
        name: String, titleNL: String, titleEN: String, description: String? = nil, descriptionEN: String? = nil, panels: [DashboardPanel],
        showQuestions: Bool = false, showDataQuality: Bool = false, origin: String = "ingebouwd"
    ) {
        self.name = name
        self.titleNL = titleNL
        self.titleEN = titleEN
        self.description = description
        self.descriptionEN = descriptionEN
        self.panels = panels.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }.map(\.element)
        self.showQuestions = showQuestions
        self.showDataQuality = showDataQuality
        self.origin = origin
    }

    public func title(_ l: Language) -> String { l == .nl ? titleNL : titleEN }

    /// The description in the language, when the file gives one.
    public func description(_ l: Language) -> String? { l == .nl ? description : descriptionEN }

    /// The seven parameters with the contract's defaults (used when no dashboard file is given).
    public static let allParameters = Dashboard(
        name: "raad", titleNL: "Raadsoverzicht", titleEN: "Council overview",
        panels: ParameterID.allCases.enumerated().map { DashboardPanel(parameter: $0.element, order: $0.offset + 1) })
}

/// Reads and validates dashboard files. Errors are `file:line: error: …`; nothing crashes.
public enum DashboardFile {
    static let topKeys = ["naam", "titel", "titel_en", "omschrijving", "omschrijving_en", "vragen", "datakwaliteit", "paneel"]
    static let panelKeys = ["parameter", "titel", "titel_en", "volgorde", "drempels", "doel", "grafiek", "uitsplitsingen", "kengetal", "weergave"]
    static let thresholdKeys = ["op_koers", "risico"]
    /// At most this many panels per file: a dashboard is read by a council, and a file with
    /// thousands of panels would take minutes to export.
    public static let maxPanels = 50
    /// The largest number a dashboard file may hold, as in the data contract (±10¹²).
    public static let maxNumber = 1e12
    /// The largest dashboard file that is read (1 MB); the built-in ones are about 2 kB.
    public static let maxFileSize = 1_000_000

    public static func parse(_ text: String, file: String, defaultName: String) -> (Dashboard?, [Diagnostic]) {
        var diags: [Diagnostic] = []
        func error(_ line: Int, _ m: String) { diags.append(.error(file, line, nil, m)) }
        // Count the [[paneel]] headers before parsing: a file with thousands of panels is refused
        // at once, not after reading all of it.
        var headers = 0
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let t = line.filter { $0 != " " && $0 != "\t" }
            guard t.hasPrefix("[[paneel]]") else { continue }
            headers += 1
            if headers == maxPanels + 1 {
                return (
                    nil, [.error(file, lineNumber, nil, "te veel panelen: een dashboard heeft er ten hoogste \(maxPanels); dit is paneel \(maxPanels + 1)")]
                )
            }
        }
        let root: TOML.Table
        do {
            root = try TOML.parse(text)
        } catch {
            return (nil, [.error(file, error.line, error.column, "ongeldige TOML: \(error.message)", kind: error.kind)])
        }
        func string(_ t: TOML.Table, _ key: String, context: String = "") -> String? {
            guard let n = t[key] else { return nil }
            if case .string(let s) = n.value, !s.trimmingCharacters(in: .whitespaces).isEmpty { return s.trimmingCharacters(in: .whitespaces) }
            error(n.line, "'\(context)\(key)' moet een niet-lege tekst tussen aanhalingstekens zijn, gevonden: \(n.value.typeName)")
            return nil
        }
        func bool(_ key: String) -> Bool {
            guard let n = root[key] else { return false }
            if case .bool(let b) = n.value { return b }
            error(n.line, "'\(key)' moet true of false zijn, gevonden: \(n.value.typeName)")
            return false
        }
        for (key, node) in root.entries where !topKeys.contains(key) {
            error(node.line, unknownKey(key, known: topKeys))
        }
        let name = string(root, "naam") ?? defaultName
        let titleNL = string(root, "titel") ?? name
        let titleEN = string(root, "titel_en") ?? titleNL
        let description = string(root, "omschrijving")
        let descriptionEN = string(root, "omschrijving_en")
        let questions = bool("vragen"), quality = bool("datakwaliteit")

        var panels: [DashboardPanel] = []
        var panelNodes: [TOML.Node] = []
        if let n = root["paneel"] {
            if case .array(let items) = n.value {
                panelNodes = items
            } else {
                error(n.line, "'paneel' moet een lijst van panelen zijn: schrijf elk paneel als [[paneel]]")
            }
        }
        if panelNodes.isEmpty && root["paneel"] == nil {
            error(1, "het dashboard heeft geen panelen; voeg ten minste één [[paneel]] met een parameter toe")
        }
        if panelNodes.count > maxPanels {
            error(panelNodes[maxPanels].line, "te veel panelen: een dashboard heeft er ten hoogste \(maxPanels); dit is paneel \(maxPanels + 1)")
            panelNodes = Array(panelNodes.prefix(maxPanels))
        }
        for (index, node) in panelNodes.enumerated() {
            guard case .table(let t) = node.value else {
                error(node.line, "elk paneel moet een tabel zijn ([[paneel]])")
                continue
            }
            let line = t.line
            for (key, n) in t.entries where !panelKeys.contains(key) {
                error(n.line, unknownKey(key, known: panelKeys, context: "paneel."))
            }
            guard let pn = t["parameter"] else {
                error(line, "paneel \(index + 1) mist 'parameter' (een van: \(ParameterID.allCases.map(\.rawValue).joined(separator: ", ")))")
                continue
            }
            guard case .string(let raw) = pn.value, let id = ParameterID(rawValue: raw.lowercased()) else {
                let found: String = { if case .string(let s) = pn.value { return "\"\(s)\"" } else { return pn.value.typeName } }()
                var message = "onbekende parameter \(found); kies een van: \(ParameterID.allCases.map(\.rawValue).joined(separator: ", "))"
                if case .string(let s) = pn.value, let near = suggestion(s.lowercased(), ParameterID.allCases.map(\.rawValue)) {
                    message = "onbekende parameter \(found); bedoeld is waarschijnlijk '\(near)'"
                }
                error(pn.line, message)
                continue
            }
            var panel = DashboardPanel(parameter: id, order: index + 1)
            if let n = t["weergave"] {
                let allowed = PanelView.allCases.filter { $0.parameter == id }.map(\.rawValue)
                if case .string(let s) = n.value, let v = PanelView(rawValue: s.lowercased()), v.parameter == id {
                    panel.view = v
                    panel.titleNL = v.title(.nl)
                    panel.titleEN = v.title(.en)
                } else {
                    let found: String = { if case .string(let s) = n.value { return "'\(s)'" } else { return n.value.typeName } }()
                    error(
                        n.line,
                        allowed.isEmpty
                            ? "onbekende weergave \(found): \(id.rawValue) heeft geen weergaven"
                            : "onbekende weergave \(found) voor \(id.rawValue); kies uit: \(allowed.joined(separator: ", "))")
                }
            }
            if let s = string(t, "titel", context: "paneel.") { panel.titleNL = s }
            if let s = string(t, "titel_en", context: "paneel.") { panel.titleEN = s }
            if let n = t["volgorde"] {
                if case .integer(let i) = n.value {
                    panel.order = i
                } else {
                    error(n.line, "'paneel.volgorde' moet een geheel getal zijn, gevonden: \(n.value.typeName)")
                }
            }
            if let n = t["grafiek"] {
                if case .string(let s) = n.value, let k = ChartKind(rawValue: s.lowercased()) {
                    panel.chart = k
                } else {
                    error(n.line, "'paneel.grafiek' moet een van \(ChartKind.allCases.map(\.rawValue).joined(separator: ", ")) zijn")
                }
            }
            if let n = t["doel"] {
                if let x = n.value.number, x.isFinite, x >= 0, x <= maxNumber {
                    if id.takesTargetFromDashboard {
                        panel.target = x
                    } else {
                        error(n.line, "'paneel.doel' kan alleen bij duurzaamheid (de andere parameters hebben hun doel in de gegevens)")
                    }
                } else {
                    error(n.line, "'paneel.doel' moet een getal van 0 tot en met 1.000.000.000.000 (10¹²) zijn")
                }
            }
            if let n = t["kengetal"] {
                if case .string(let s) = n.value, let k = ValueParser.identifier(s) {
                    panel.keyFigure = k
                } else {
                    error(n.line, "'paneel.kengetal' moet de naam van een kengetal zijn (letters, cijfers en _), zoals \"sebo_keurmerken\"")
                }
            }
            if let n = t["uitsplitsingen"] {
                let allowed = DashboardPanel.breakdownKeys(id)
                if case .array(let items) = n.value {
                    var keys: [String] = []
                    for item in items {
                        if case .string(let s) = item.value, allowed.contains(s.lowercased()) {
                            keys.append(s.lowercased())
                        } else {
                            let found: String = { if case .string(let s) = item.value { return "'\(s)'" } else { return item.value.typeName } }()
                            error(item.line, "onbekende uitsplitsing \(found) voor \(id.rawValue); kies uit: \(allowed.joined(separator: ", "))")
                        }
                    }
                    panel.breakdowns = keys
                } else {
                    error(n.line, "'paneel.uitsplitsingen' moet een lijst zijn, zoals [\"\(allowed.first ?? "")\"]")
                }
            }
            if let n = t["drempels"] {
                if case .table(let d) = n.value {
                    for (key, dn) in d.entries where !thresholdKeys.contains(key) {
                        error(dn.line, unknownKey(key, known: thresholdKeys, context: "paneel.drempels."))
                    }
                    var th = Thresholds.standard
                    if let dn = d["op_koers"] {
                        if let x = dn.value.number, x.isFinite, x > 0, x <= 10 {
                            th.opKoers = x
                        } else {
                            error(dn.line, "'drempels.op_koers' moet een aandeel van het doel groter dan 0 zijn (1.0 = 100 %)")
                        }
                    }
                    if let dn = d["risico"] {
                        if let x = dn.value.number, x.isFinite, x >= 0, x <= maxNumber {
                            th.risico = x
                        } else {
                            error(dn.line, "'drempels.risico' moet een aandeel van het doel van 0 of meer zijn (0.9 = 90 %)")
                        }
                    }
                    if th.risico > th.opKoers {
                        error(n.line, "'drempels.risico' (\(th.risico)) moet kleiner dan of gelijk aan 'drempels.op_koers' (\(th.opKoers)) zijn")
                    }
                    panel.thresholds = th
                } else {
                    error(n.line, "'paneel.drempels' moet een tabel zijn: [paneel.drempels] met op_koers en risico")
                }
            }
            panels.append(panel)
            _ = line
        }
        diags = diags.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        if diags.contains(where: \.isError) { return (nil, diags) }
        return (
            Dashboard(
                name: name, titleNL: titleNL, titleEN: titleEN, description: description, descriptionEN: descriptionEN, panels: panels,
                showQuestions: questions, showDataQuality: quality, origin: file), diags
        )
    }

    /// Parses the bytes of a dashboard file (read by the caller: the command line reads files
    /// next to the dataset, with `LocalFile`); invalid UTF-8 is an error.
    public static func parse(bytes: [UInt8], file: String, defaultName: String) -> (Dashboard?, [Diagnostic]) {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return (nil, [.error(file, 1, nil, "dashboardbestand bevat ongeldige UTF-8-tekens")])
        }
        return parse(text, file: file, defaultName: defaultName)
    }

    static func unknownKey(_ key: String, known: [String], context: String = "") -> String {
        if let near = suggestion(key, known) {
            return "onbekende sleutel '\(context)\(key)'; bedoeld is waarschijnlijk '\(near)'"
        }
        return "onbekende sleutel '\(context)\(key)'; bekende sleutels: \(known.joined(separator: ", "))"
    }

    /// The known word within edit distance 2, if any.
    static func suggestion(_ word: String, _ known: [String]) -> String? {
        known.map { ($0, distance(word, $0)) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        for i in 1...a.count {
            var cur = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[b.count]
    }
}

/// The dashboards that ship with the tool (dashboards/*.toml, embedded in the binary), and
/// lookup by name or file.
public enum DashboardCatalog {
    public static let defaultName = "raad"

    /// File name → contents of the built-in dashboards, embedded by SwiftPM
    /// (`.embedInCode("BuiltInDashboards")`, a symlink to dashboards/). A test checks that this
    /// lists every file of the folder.
    static let builtInFiles: [String: String] = [
        "raad.toml": String(decoding: PackageResources.raad_toml, as: UTF8.self),
        "griffie.toml": String(decoding: PackageResources.griffie_toml, as: UTF8.self),
        "portefeuillehouder.toml": String(decoding: PackageResources.portefeuillehouder_toml, as: UTF8.self),
        "opbrengst.toml": String(decoding: PackageResources.opbrengst_toml, as: UTF8.self),
    ]

    /// raad, griffie, portefeuillehouder, opbrengst — in that order.
    public static var builtIn: [Dashboard] {
        ["raad", "griffie", "portefeuillehouder", "opbrengst"].compactMap { name in
            guard let text = builtInFiles["\(name).toml"] else { return nil }
            return DashboardFile.parse(text, file: "dashboards/\(name).toml", defaultName: name).0
        }
    }

    /// The names of the built-in dashboards, sorted.
    public static var builtInNames: [String] { builtInFiles.keys.map { String($0.dropLast(5)) }.sorted() }

    /// A built-in dashboard by name, parsed; `nil` when there is none of that name.
    public static func builtIn(named name: String) -> (Dashboard?, [Diagnostic])? {
        builtInFiles["\(name).toml"].map { DashboardFile.parse($0, file: "dashboards/\(name).toml", defaultName: name) }
    }

    /// The message for a name that is neither a built-in dashboard nor a file.
    public static func unknown(_ name: String) -> Diagnostic {
        .error(name, 1, nil, "onbekend dashboard '\(name)'; kies een van: \(builtInNames.joined(separator: ", ")), of geef het pad van een .toml-bestand")
    }
}
