import Foundation
@testable import RaadsMetrics
import RaadsPresentation
import RaadsTUI

/// The code paths the fuzz targets drive (`Fuzz/Targets/*.swift`, built by `Scripts/fuzz`) and the
/// regression tests replay (`Fuzz/Tests`). Each run returns the problems it saw besides a crash:
/// an empty list means the input was handled sanely (rejected with an error, or turned into
/// output). A fuzz target traps on a non-empty list, so libFuzzer keeps the input.
public enum FuzzHarness {
    /// The targets, by the name used for `Fuzz/corpus/<name>` and `Fuzz/regressions/<name>`.
    public static let targets = ["csv", "toml", "dashboard", "pipeline"]

    public static func run(_ target: String, _ bytes: [UInt8]) -> [String] {
        switch target {
        case "csv": csv(bytes)
        case "toml": toml(bytes)
        case "dashboard": dashboard(bytes)
        case "pipeline": pipeline(bytes)
        default: ["unknown fuzz target '\(target)'"]
        }
    }

    // MARK: - (a) CSV reader, then every file's column rules on what it read

    public static func csv(_ bytes: [UInt8]) -> [String] {
        var problems: [String] = []
        let (parsed, diags) = CSVReader.read(name: "budget.csv", bytes: bytes)
        problems += check(diags)
        guard parsed != nil else {
            if !diags.hasErrors { problems.append("CSV refused without an error") }
            return problems
        }
        // The same records under every file's rules: values, dates, booleans, identifiers.
        let sink = DiagnosticSink()
        let rules = FileRules(sink: sink, norms: Norms())
        let file = CSVInput(name: "budget.csv", bytes: bytes)
        let contracts = rules.contracten(file), blocks = rules.bouwblokken(file)
        _ = rules.doelen(file)
        _ = rules.plaatsingen(file)
        _ = rules.budget(file)
        _ = rules.prestaties(file, contracts: .ids(FileRules.KnownIDs(contracts.map(\.id))), blocks: .ids(FileRules.KnownIDs(blocks.map(\.code))))
        _ = rules.rapportages(file)
        _ = rules.regio(file)
        _ = rules.kengetallen(file)
        problems += check(sink.finish(order: DatasetLoader.fileOrder))
        return problems
    }

    // MARK: - (b) TOML reader, as dataset.toml

    public static func toml(_ bytes: [UInt8]) -> [String] {
        let sink = DiagnosticSink()
        let header = DatasetHeader.read(bytes, sink: sink)
        let diags = sink.finish(order: DatasetLoader.fileOrder)
        var problems = check(diags)
        if header == nil && !diags.hasErrors { problems.append("dataset.toml refused without an error") }
        return problems
    }

    // MARK: - (c) dashboard file, then both exports and the screens with it

    public static func dashboard(_ bytes: [UInt8]) -> [String] {
        guard let text = String(validating: bytes, as: UTF8.self) else { return [] }  // the CLI refuses invalid UTF-8 before parsing
        let (board, diags) = DashboardFile.parse(text, file: "fuzz.toml", defaultName: "fuzz")
        var problems = check(diags)
        guard let board, !diags.hasErrors else {
            if !diags.hasErrors { problems.append("dashboard refused without an error") }
            return problems
        }
        for language in Language.allCases {
            let context = ExportContext(
                exportDate: exportDate, fingerprint: String(repeating: "0", count: 64), files: [],
                toolVersion: "fuzz", language: language)
            if MarkdownExport.render(defaultSummary, dashboard: board, context: context).isEmpty { problems.append("empty Markdown export") }
            if HTMLExport.render(defaultSummary, dashboard: board, context: context).isEmpty { problems.append("empty HTML export") }
        }
        problems += screens(defaultSummary, dashboards: [board], years: nil)
        return problems
    }

    /// Every screen of the terminal dashboard (overview, each detail, questions, help) for each
    /// dashboard, at 80×24 in Dutch and 120×40 in English, as `render` draws them into a cell buffer.
    static func screens(_ summary: Summary, dashboards: [Dashboard], years: ClosedRange<Int>?) -> [String] {
        var problems: [String] = []
        for index in dashboards.indices {
            for (width, height, language) in [(80, 24, Language.nl), (120, 40, Language.en)] {
                var state = AppState(
                    summary: summary, years: years, language: language, width: width, height: height,
                    glyphs: index % 2 == 0 ? .unicode : .ascii, dashboards: dashboards, dashboardIndex: index)
                var shown: [Screen] = [.overview, .questions]
                shown += state.parameters.map { Screen.detail($0) }
                for screen in shown {
                    state.screen = screen
                    let buffer = render(state)
                    if buffer.width != width || buffer.height != height { problems.append("screen \(screen) drawn at the wrong size") }
                }
                state.screen = .overview
                state.showHelp = true
                _ = render(state)
            }
        }
        return problems
    }

    /// The built-in dataset's summary, computed once: the figures the fuzzed dashboards show.
    static let defaultSummary: Summary = {
        let r = DatasetLoader.load(from: DefaultDataset.source)
        let ds = r.dataset!
        return Metrics.summary(ds, year: ds.info.peildatum.year, warnings: r.diagnostics)
    }()

    static let exportDate = Day(year: 2024, month: 1, day: 1)!
    static let builtInDashboards = DashboardCatalog.builtIn

    // MARK: - (d) loader → Metrics.summary → JSON, text summary, Markdown and HTML exports, screens

    /// What `check`, `summary` and `export` do with a dataset folder.
    public static func pipeline(_ bytes: [UInt8]) -> [String] {
        let files = unpack(bytes)
        let source = InMemorySource(label: "fuzz", files: files)
        let result = DatasetLoader.load(from: source)
        var problems = check(result.diagnostics)
        guard !result.hasErrors else { return problems }
        guard let dataset = result.dataset else { return problems + ["no dataset and no error"] }

        // Like the CLI: the peildatum's year, and (for the series and partial-year code) the year before.
        let last = dataset.info.peildatum.year
        for year in [last, last - 1] {
            let summary = Metrics.summary(dataset, year: year, warnings: result.diagnostics)
            let json = SummaryJSON.encode(summary).serialized(pretty: true)
            if (try? JSONSerialization.jsonObject(with: Data(json.utf8))) == nil { problems.append("summary JSON does not parse") }
            for language in Language.allCases {
                if TextSummary.render(summary, language: language).isEmpty { problems.append("empty text summary") }
            }
            guard year == last else { continue }
            // One built-in dashboard per input (they differ in panels, charts and thresholds), in
            // both languages: the exports, then the terminal dashboard as `raadsdashboard` opens it.
            let board = builtInDashboards[bytes.count % builtInDashboards.count]
            for language in Language.allCases {
                guard let context = try? ExportContext(source: source, exportDate: exportDate, toolVersion: "fuzz", language: language) else {
                    problems.append("no fingerprint for an in-memory source")
                    continue
                }
                if MarkdownExport.render(summary, dashboard: board, context: context).isEmpty { problems.append("empty Markdown export") }
                if HTMLExport.render(summary, dashboard: board, context: context).isEmpty { problems.append("empty HTML export") }
            }
            problems += screens(summary, dashboards: [board], years: Metrics.selectableYears(dataset))
        }
        return problems
    }

    /// A dataset folder in one input: each file starts with a line `@@@ NAME`; its contents run up
    /// to (and include) the line end before the next such line. Bytes before the first marker are
    /// ignored; of a name given twice the last wins.
    public static func unpack(_ bytes: [UInt8]) -> [String: [UInt8]] {
        let marker = Array("@@@ ".utf8)
        var files: [String: [UInt8]] = [:]
        var starts: [Int] = []  // offsets of marker lines
        var i = 0
        while i + marker.count <= bytes.count {
            if (i == 0 || bytes[i - 1] == 0x0A) && bytes[i..<i + marker.count].elementsEqual(marker) { starts.append(i) }
            i += 1
        }
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : bytes.count
            let nameStart = start + marker.count
            let nameEnd = bytes[nameStart..<end].firstIndex(of: 0x0A) ?? end
            let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
            files[name] = Array(bytes[min(nameEnd + 1, end)..<end])
        }
        return files
    }

    /// The inverse of `unpack`, for building seeds from a folder.
    public static func pack(_ files: [(name: String, bytes: [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        for f in files {
            if !out.isEmpty && out.last != 0x0A { out.append(0x0A) }
            out += Array("@@@ \(f.name)\n".utf8) + f.bytes
        }
        return out
    }

    // MARK: - Sanity of diagnostics

    /// Every diagnostic names a file and a line ≥ 1 and has a message.
    static func check(_ diags: [Diagnostic]) -> [String] {
        var problems: [String] = []
        for d in diags {
            if d.file.isEmpty || d.line < 1 || (d.column.map { $0 < 1 } ?? false) || d.message.isEmpty {
                problems.append("malformed diagnostic: \(d.file):\(d.line):\(d.column ?? 0) (\(d.message.count) characters)")
            }
            _ = d.description
        }
        return problems
    }
}
