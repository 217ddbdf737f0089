import ArgumentParser
import Foundation
import NcursesBackend
import RaadsArchive
import RaadsMetrics
import RaadsPresentation
import RaadsTUI

/// `raadsdashboard [dashboard]`: the full-screen terminal dashboard.
///
/// Falls back to the text summary when stdout is not a terminal or TERM is unset or `dumb`.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open het dashboard in de terminal."
    )

    @OptionGroup var options: DatasetOptions
    @OptionGroup var dashboardOption: DashboardOption
    @OptionGroup var archiveOption: ArchiveOption

    func run() throws {
        let language = try options.language()
        let source = DatasetLoading.source(options.data)
        let (dataset, diagnostics) = try DatasetLoading.loadOrExit(options.data)
        let year = try DatasetLoading.year(options.jaar, dataset)
        let board = try DatasetLoading.dashboardOrExit(dashboardOption.dashboard)
        // Tab cycles through the built-in dashboards; the chosen one (perhaps a file) is in front.
        var boards = DashboardCatalog.builtIn
        if let i = boards.firstIndex(where: { $0.name == board.name }) {
            boards[i] = board
        } else {
            boards.append(board)
        }
        let boardIndex = boards.firstIndex(where: { $0.name == board.name }) ?? 0
        let summary = Metrics.summary(dataset, year: year, warnings: diagnostics)

        guard Self.isInteractive() else {
            try Output.standardOutput(Self.textSummary(summary, board, language) + "\n")
            return
        }

        let terminal: NcursesTerminal
        do {
            let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
            terminal = try NcursesTerminal(noColor: noColor)
        } catch {
            try Output.standardOutput(Self.textSummary(summary, board, language) + "\n")
            return
        }

        var state = AppState(
            summary: summary, years: Metrics.selectableYears(dataset), language: language,
            glyphs: terminal.glyphs, dashboards: boards, dashboardIndex: boardIndex)
        // The archive is only read here; a broken one is named in a panel and left alone.
        let archivePath = archiveOption.path
        let compare: @Sendable (Dataset, [Diagnostic]) -> ArchiveView? = { ds, diags in
            DashboardArchive.view(path: archivePath, source: source, dataset: ds, diagnostics: diags)
        }
        state.archive = compare(dataset, diagnostics)
        if let problem = state.archive?.problem {
            state.panel = MessagePanel(title: "Archief niet bruikbaar", lines: [problem], isError: true)
        }
        let runner = AppRunner(
            state: state, dataset: dataset, diagnostics: diagnostics,
            environment: DataEnvironment(load: { DatasetLoader.load(from: source) }, compare: compare))
        let outcome = Result { try Self.runLoop(runner, terminal) }
        terminal.restore()
        if case .failure(let error) = outcome {
            Self.printError("Fout: \(error)")
            throw ExitCode(1)
        }
        if let signal = terminal.receivedSignal {
            throw ExitCode(128 + signal)
        }
    }

    /// The text summary of the dashboard's parameters (the fallback without a terminal).
    static func textSummary(_ summary: Summary, _ board: Dashboard, _ language: Language) -> String {
        guard !board.panels.isEmpty else { return TextSummary.render(summary, language: language) }
        // Views keep their own headline; a plain panel shows the parameter as it always did.
        if board.panels.contains(where: { $0.view != nil }) { return TextSummary.render(summary, language: language, panels: board.panels) }
        return TextSummary.render(summary, language: language, ids: board.panels.map(\.parameter))
    }

    /// The loop itself; errors thrown here are printed after the terminal is restored.
    private static func runLoop(_ runner: AppRunner, _ terminal: NcursesTerminal) throws {
        runner.run(on: terminal)
    }

    /// True when stdin and stdout are terminals and TERM names a real terminal.
    static func isInteractive() -> Bool {
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        return isatty(STDOUT_FILENO) == 1 && isatty(STDIN_FILENO) == 1 && !term.isEmpty && term != "dumb"
    }

    static func printError(_ message: String) { DatasetLoading.printError(message) }
}

/// The dashboard's view of the archive: the latest earlier snapshot of this municipality with
/// other data, and the comparison with the current data.
enum DashboardArchive {
    static func view(path: String?, source: any DatasetSource, dataset: Dataset, diagnostics: [Diagnostic]) -> ArchiveView? {
        guard let path else { return nil }
        do {
            guard let archive = try SnapshotArchive.openIfPresent(path: path) else { return nil }
            let all = try archive.all()
            guard let fingerprint = try? DatasetFingerprint.compute(source: source) else { return nil }
            guard let since = ArchiveLocation.baseline(in: all, gemeente: dataset.info.naam, excluding: fingerprint) else { return nil }
            let current = ArchivedSnapshot.make(dataset, diagnostics: diagnostics, fingerprint: fingerprint, files: [],
                                                createdAt: ArchiveLocation.timestamp(), dashboard: "", toolVersion: Raadsdashboard.version)
            return ArchiveView(since: since, comparison: SnapshotComparison.compare(since, current))
        } catch {
            return ArchiveView(since: nil, comparison: nil, problem: "Fout: \(error.description). Het dashboard werkt zonder vergelijking.")
        }
    }
}
