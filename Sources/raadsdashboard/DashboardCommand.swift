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
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "dashboard",
            abstract: T("Open het dashboard in de terminal.", "Open the dashboard in the terminal."),
            discussion: T(
                "Bevat de dataset fouten, dan toont het dashboard geen cijfers maar de lijst met fouten: per fout de plaats (bestand, regel, kolom), wat u moet doen en welke parameters hij raakt. Na het verbeteren leest r de gegevens opnieuw.",
                "If the dataset has errors, the dashboard shows no figures but the list of errors: for each its place (file, line, column), what to do and which parameters it affects. After the fix, r reads the data again."
            )
        )
    }

    @OptionGroup var options: DatasetOptions
    @OptionGroup var dashboardOption: DashboardOption
    @OptionGroup var archiveOption: ArchiveOption

    func run() throws {
        var language = try options.language()
        let source = DatasetLoading.source(options.data)
        // The dashboard file first: its messages must not arrive while the refusal screen is up.
        let board = try DatasetLoading.dashboardOrExit(dashboardOption.dashboard)
        var result = DatasetLoader.load(from: source)
        // A terminal opened for the refusal screen; the dashboard goes on in it after `r`.
        var opened: NcursesTerminal?
        if result.dataset == nil || result.hasErrors {
            // Contract v1.2: no figures. On a terminal the refusal screen lists the errors, with
            // what to do and the parameters they affect; `r` reads the data again.
            let report = RefusalReport(label: source.label, result: result)
            guard Self.isInteractive(), let terminal = try? Self.openTerminal() else {
                try DatasetLoading.refuse(result, label: source.label, language: language)
            }
            let runner = RefusalRunner(
                state: RefusalState(report: report, language: language, glyphs: terminal.glyphs),
                reload: { DatasetLoader.load(from: source) })
            guard let fresh = runner.run(on: terminal) else {
                terminal.restore()
                if let signal = terminal.receivedSignal { throw ExitCode(128 + signal) }
                // The list stays readable in the terminal after the screen is gone.
                try DatasetLoading.refuse(DatasetLoader.load(from: source), label: source.label, language: runner.state.language)
            }
            result = fresh
            opened = terminal
            language = runner.state.language  // as the user left it with t
            if let jaar = options.jaar, let dataset = fresh.dataset, DatasetLoading.yearProblem(jaar, dataset) != nil {
                terminal.restore()
            }
        }
        guard let dataset = result.dataset else { throw ExitCode(1) }
        let diagnostics = result.diagnostics
        let year = try DatasetLoading.year(options.jaar, dataset)
        // Tab cycles through the built-in dashboards; the chosen one (perhaps a file) is in front.
        var boards = DashboardCatalog.builtIn
        if let i = boards.firstIndex(where: { $0.name == board.name }) {
            boards[i] = board
        } else {
            boards.append(board)
        }
        let boardIndex = boards.firstIndex(where: { $0.name == board.name }) ?? 0
        // One index for the first frame and every year change after it (issue 9).
        let prepared = Metrics.prepare(dataset)
        let summary = Metrics.summary(dataset, year: year, warnings: diagnostics, prepared: prepared)

        guard Self.isInteractive() else {
            try Output.standardOutput(Self.textSummary(summary, board, language) + "\n")
            return
        }

        let terminal: NcursesTerminal
        if let opened {
            terminal = opened
        } else {
            do {
                terminal = try Self.openTerminal()
            } catch {
                try Output.standardOutput(Self.textSummary(summary, board, language) + "\n")
                return
            }
        }

        var state = AppState(
            summary: summary, years: Metrics.selectableYears(dataset, prepared: prepared), language: language,
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
            environment: DataEnvironment(load: { DatasetLoader.load(from: source) }, compare: compare), prepared: prepared)
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

    /// The ncurses terminal, honouring `NO_COLOR`.
    static func openTerminal() throws -> NcursesTerminal {
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        return try NcursesTerminal(noColor: noColor)
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
            let current = ArchivedSnapshot.make(
                dataset, diagnostics: diagnostics, fingerprint: fingerprint, files: [],
                createdAt: ArchiveLocation.timestamp(), dashboard: "", toolVersion: Raadsdashboard.version)
            return ArchiveView(since: since, comparison: SnapshotComparison.compare(since, current))
        } catch {
            return ArchiveView(since: nil, comparison: nil, problem: "Fout: \(error.description). Het dashboard werkt zonder vergelijking.")
        }
    }
}
