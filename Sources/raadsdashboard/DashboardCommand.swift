import ArgumentParser
import Foundation
import NcursesBackend
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

    @Option(name: .customLong("data"), help: ArgumentHelp("Map met de dataset (standaard de ingebouwde dataset Zoetermeer).", valueName: "map"))
    var data: String?

    @Option(name: .customLong("jaar"), help: ArgumentHelp("Het jaar dat eerst getoond wordt (standaard het jaar van de peildatum).", valueName: "jaar"))
    var jaar: Int?

    @Option(name: .customLong("dashboard"), help: ArgumentHelp("Naam of bestand van een dashboard (nog niet ondersteund: genegeerd).", valueName: "naam|bestand"))
    var dashboard: String?

    @Option(name: .customLong("taal"), help: ArgumentHelp("Taal van het scherm: nl of en.", valueName: "nl|en"))
    var taal: String = "nl"

    func validate() throws {
        guard Language(rawValue: taal.lowercased()) != nil else {
            throw ValidationError("--taal moet 'nl' of 'en' zijn, gevonden: '\(taal)'")
        }
    }

    func run() throws {
        let language = Language(rawValue: taal.lowercased()) ?? .nl
        let source: any DatasetSource = data.map { DirectorySource(path: $0) } ?? DefaultDataset.source
        let result = DatasetLoader.load(from: source)
        guard let dataset = result.dataset, !result.hasErrors else {
            for d in result.diagnostics { Self.printError(d.description) }
            Self.printError("De dataset '\(source.label)' bevat fouten; het dashboard start niet.")
            throw ExitCode(1)
        }
        let last = dataset.info.peildatum.year
        if let jaar, jaar > last {
            Self.printError(
                "Fout: --jaar \(jaar) ligt na het jaar van de peildatum (\(dataset.info.peildatum.dutch)); kies \(last) of eerder.")
            throw ExitCode(2)
        }
        let year = jaar ?? last
        let summary = Metrics.summary(dataset, year: year, warnings: result.diagnostics)

        guard Self.isInteractive() else {
            print(TextSummary.render(summary, language: language))
            return
        }

        let terminal: NcursesTerminal
        do {
            let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
            terminal = try NcursesTerminal(noColor: noColor)
        } catch {
            print(TextSummary.render(summary, language: language))
            return
        }

        let state = AppState(
            summary: summary, years: Metrics.selectableYears(dataset), language: language,
            glyphs: terminal.glyphs, dashboards: [])
        let runner = AppRunner(
            state: state, dataset: dataset, diagnostics: result.diagnostics,
            environment: DataEnvironment { DatasetLoader.load(from: source) })
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

    /// The loop itself; errors thrown here are printed after the terminal is restored.
    private static func runLoop(_ runner: AppRunner, _ terminal: NcursesTerminal) throws {
        runner.run(on: terminal)
    }

    /// True when stdin and stdout are terminals and TERM names a real terminal.
    static func isInteractive() -> Bool {
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        return isatty(STDOUT_FILENO) == 1 && isatty(STDIN_FILENO) == 1 && !term.isEmpty && term != "dumb"
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
