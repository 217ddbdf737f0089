import ArgumentParser
import Foundation
import RaadsMetrics
import RaadsPresentation

/// `raadsdashboard`: the council's dashboard on the Wet banenafspraak and SROI.
@main
struct Raadsdashboard: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "raadsdashboard",
        abstract: "Raadsdashboard: banenafspraak en social return voor de gemeenteraad.",
        discussion: """
            Zonder opdracht opent het dashboard in de terminal. Zonder --data wordt de ingebouwde \
            dataset van de gemeente Zoetermeer (rekenkamercommissie, 2021) gebruikt.
            """,
        version: version,
        subcommands: [DashboardCommand.self, CheckCommand.self, SummaryCommand.self, ExportCommand.self, ArchiveCommand.self],
        defaultSubcommand: DashboardCommand.self
    )

    /// Runs the command like ArgumentParser's own `main`, with one difference: every usage error
    /// exits with 2 (ArgumentParser's own validation errors would give 64), so that a script sees
    /// one code for "called wrongly". Exit codes: 0 done · 1 data, dashboard or output failed ·
    /// 2 usage error · 128+N ended by signal N.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                DatasetLoading.printError(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// `--data`, `--jaar` and `--taal`, shared by the commands that show figures.
struct DatasetOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp("Map met de dataset (standaard de ingebouwde dataset Zoetermeer).", valueName: "map"))
    var data: String?

    @Option(name: .customLong("jaar"), help: ArgumentHelp("Het jaar (standaard het jaar van de peildatum).", valueName: "jaar"))
    var jaar: Int?

    @Option(name: .customLong("taal"), help: ArgumentHelp("Taal: nl (standaard) of en.", valueName: "nl|en"))
    var taal: String = "nl"

    /// The language; an unknown one is a usage error (exit 2), like a year after the peildatum's.
    func language() throws -> Language {
        guard let language = Language(rawValue: taal.lowercased()) else {
            DatasetLoading.printError("Fout: --taal moet 'nl' of 'en' zijn, gevonden: '\(taal)'")
            throw ExitCode(2)
        }
        return language
    }
}

/// `--dashboard NAME|FILE`, shared by the dashboard and the export.
struct DashboardOption: ParsableArguments {
    @Option(name: .customLong("dashboard"), help: ArgumentHelp("Naam (raad, griffie, portefeuillehouder, opbrengst) of .toml-bestand van een dashboard; standaard raad.", valueName: "naam|bestand"))
    var dashboard: String?
}

/// Loads the dataset named by `--data`, or the embedded default.
enum DatasetLoading {
    static func source(_ data: String?) -> any DatasetSource {
        data.map { DirectorySource(path: $0) } ?? DefaultDataset.source
    }

    /// Loads and refuses a dataset with errors: prints every diagnostic to stderr, exit 1.
    static func loadOrExit(_ data: String?) throws -> (Dataset, [Diagnostic]) {
        try loadOrExit(source: source(data))
    }

    /// Loads `source` (reported under `label`) and refuses it when it has errors.
    static func loadOrExit(source: any DatasetSource, label: String? = nil, consequence: String = "los ze op en probeer opnieuw") throws -> (Dataset, [Diagnostic]) {
        let result = DatasetLoader.load(from: source)
        guard let dataset = result.dataset, !result.hasErrors else {
            for d in result.diagnostics { printError(d.description) }
            printError("De dataset '\(label ?? source.label)' bevat fouten (\(result.errorCount)); \(consequence). Zie 'raadsdashboard check'.")
            throw ExitCode(1)
        }
        return (dataset, result.diagnostics)
    }

    /// Resolves `--dashboard` (name or file); prints diagnostics, exit 1 when it is unusable.
    static func dashboardOrExit(_ nameOrFile: String?) throws -> Dashboard {
        let (board, diagnostics) = DashboardLookup.resolve(nameOrFile)
        for d in diagnostics { printError(d.description) }
        guard let board, !diagnostics.hasErrors else {
            printError("Het dashboard '\(nameOrFile ?? DashboardCatalog.defaultName)' is niet bruikbaar.")
            throw ExitCode(1)
        }
        return board
    }

    /// The earliest year `--jaar` accepts (the contract's years are 1900–2100).
    static let firstYear = 1900

    /// The selected year: default the peildatum's year; before 1900 or after the peildatum's year
    /// is a usage error (exit 2).
    static func year(_ jaar: Int?, _ dataset: Dataset) throws -> Int {
        let last = dataset.info.peildatum.year
        guard let jaar else { return last }
        if jaar < firstYear {
            printError("Fout: --jaar moet een jaar van \(firstYear) tot en met \(last) zijn, gevonden: \(jaar)")
            throw ExitCode(2)
        }
        if jaar > last {
            printError("Fout: --jaar \(jaar) ligt na het jaar van de peildatum (\(dataset.info.peildatum.dutch)); kies \(last) of eerder.")
            throw ExitCode(2)
        }
        return jaar
    }

    /// Writes one message line to stderr, control characters from the data shown as `\x1b`
    /// (`SafeText`), so that a crafted cell cannot clear the screen or hide the next message.
    /// A failing stderr is ignored: there is nowhere left to report it.
    static func printError(_ s: String) {
        let lines = s.split(separator: "\n", omittingEmptySubsequences: false)
        let text = lines.map { SafeText.visible(String($0)) }.joined(separator: "\n") + "\n"
        try? Output.write(Array(text.utf8), to: STDERR_FILENO, target: "stderr")
    }
}

/// `raadsdashboard check`: validates a dataset and prints every diagnostic.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Controleer een dataset tegen het aanleverformaat.",
        discussion: "Drukt alle fouten en waarschuwingen af als bestand:regel:kolom: error|warning: melding. Exitcode 0 zonder fouten, 1 met fouten."
    )

    @Option(name: .customLong("data"), help: ArgumentHelp("Map met de dataset (standaard de ingebouwde dataset).", valueName: "map"))
    var data: String?

    func run() throws {
        let source = DatasetLoading.source(data)
        let result = DatasetLoader.load(from: source)
        // One line per diagnostic: a line break or escape sequence from the data is shown, not obeyed.
        var out = result.diagnostics.map { SafeText.visible($0.description) + "\n" }.joined()
        let e = result.errorCount, w = result.warningCount
        out += SafeText.visible("\(source.label): \(e) \(e == 1 ? "fout" : "fouten"), \(w) \(w == 1 ? "waarschuwing" : "waarschuwingen")") + "\n"
        try Output.standardOutput(out)
        if result.hasErrors { throw ExitCode(1) }
    }
}

/// `raadsdashboard summary`: the seven parameters as readable text or as JSON (contract §5).
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Druk de zeven parameters af als tekst of als JSON."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var options: DatasetOptions

    @Option(name: .customLong("format"), help: "text (leesbaar, Nederlands) of json (aanleverformaat §5).")
    var format: Format = .text

    func run() throws {
        let language = try options.language()
        let (dataset, diagnostics) = try DatasetLoading.loadOrExit(options.data)
        let year = try DatasetLoading.year(options.jaar, dataset)
        let summary = Metrics.summary(dataset, year: year, warnings: diagnostics)
        switch format {
        case .json: try Output.standardOutput(SummaryJSON.encode(summary).serialized(pretty: true) + "\n")
        case .text: try Output.standardOutput(TextSummary.render(summary, language: language))
        }
    }
}
