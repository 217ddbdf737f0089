import ArgumentParser
import Foundation
import RaadsMetrics
import RaadsPresentation

/// `raadsdashboard`: the council's dashboard on the Wet banenafspraak and SROI.
@main
struct Raadsdashboard: ParsableCommand {
    static let version = "0.1.0"

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "raadsdashboard",
            abstract: T(
                "Raadsdashboard: banenafspraak en social return voor de gemeenteraad.",
                "Raadsdashboard: the job agreement and social return for the municipal council."),
            discussion: T(
                """
                Zonder opdracht opent het dashboard in de terminal. Zonder --data wordt de ingebouwde \
                dataset van de gemeente Zoetermeer (rekenkamercommissie, 2021) gebruikt. Met --taal en \
                zijn het dashboard en deze hulp in het Engels. Exitcodes: 0 klaar, 1 gegevens of uitvoer \
                mislukt, 2 verkeerde aanroep, 128+N gestopt door signaal N.
                """,
                """
                Without a command the dashboard opens in the terminal. Without --data the built-in \
                dataset of the municipality of Zoetermeer (audit office, 2021) is used. With --taal en \
                the dashboard and this help are in English. Exit codes: 0 done, 1 data or output \
                failed, 2 wrong call, 128+N ended by signal N.
                """),
            version: version,
            subcommands: [DashboardCommand.self, CheckCommand.self, SummaryCommand.self, ExportCommand.self, ArchiveCommand.self],
            defaultSubcommand: DashboardCommand.self
        )
    }

    /// Runs the command like ArgumentParser's own `main`, with one difference: every usage error
    /// exits with 2 (ArgumentParser's own validation errors would give 64), so that a script sees
    /// one code for "called wrongly". Exit codes: 0 done · 1 data, dashboard or output failed ·
    /// 2 usage error · 128+N ended by signal N.
    ///
    /// The help and the usage errors are in Dutch, or in English with `--taal en` (issue 10):
    /// the parser's own words are rewritten (`DutchCLIText`), ours are worded with `T`.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        CLILanguage.current = CLILanguage.detect(arguments)
        do {
            var command = try parseAsRoot(CLILanguage.parsable(arguments))
            try command.run()
        } catch let error as ExitCode {
            exit(withError: error)
        } catch {
            let code = exitCode(for: error)
            let message = DutchCLIText.localized(fullMessage(for: error))
            if code == .success {  // --help, help <opdracht>, --version
                do { try Output.standardOutput(message + "\n") } catch { Foundation.exit(1) }
                Foundation.exit(0)
            }
            DatasetLoading.printError(message)
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue == 0 ? 1 : code.rawValue)
        }
    }
}

/// `--data`, `--jaar` and `--taal`, shared by the commands that show figures.
struct DatasetOptions: ParsableArguments {
    @Option(
        name: .customLong("data"),
        help: ArgumentHelp(
            T("Map met de dataset (standaard de ingebouwde dataset Zoetermeer).", "Folder with the dataset (default: the built-in Zoetermeer dataset)."),
            valueName: T("map", "folder")))
    var data: String?

    @Option(
        name: .customLong("jaar"),
        help: ArgumentHelp(T("Het jaar (standaard het jaar van de peildatum).", "The year (default: the reference date's year)."), valueName: T("jaar", "year"))
    )
    var jaar: Int?

    @Option(name: .customLong("taal"), help: ArgumentHelp(T("Taal: nl of en.", "Language: nl or en."), valueName: "nl|en"))
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
    @Option(
        name: .customLong("dashboard"),
        help: ArgumentHelp(
            T(
                "Naam (raad, griffie, portefeuillehouder, opbrengst) of .toml-bestand van een dashboard; standaard raad.",
                "Name (raad, griffie, portefeuillehouder, opbrengst) or .toml file of a dashboard; default raad."), valueName: T("naam|bestand", "name|file")))
    var dashboard: String?
}

/// Loads the dataset named by `--data`, or the embedded default.
enum DatasetLoading {
    static func source(_ data: String?) -> any DatasetSource {
        data.map { DirectorySource(path: $0) } ?? DefaultDataset.source
    }

    /// Loads and refuses a dataset with errors: prints every diagnostic to stderr, exit 1.
    /// `language`: the language of the refusal's explanation (`RefusalReport`), printed with the
    /// diagnostics by the commands that show figures (`nil`: only the diagnostics, as `archive`).
    static func loadOrExit(_ data: String?, language: Language? = nil) throws -> (Dataset, [Diagnostic]) {
        try loadOrExit(source: source(data), language: language)
    }

    /// Loads `source` (reported under `label`) and refuses it when it has errors.
    static func loadOrExit(
        source: any DatasetSource, label: String? = nil, consequence: String = "los ze op en probeer opnieuw",
        language: Language? = nil
    ) throws -> (Dataset, [Diagnostic]) {
        let result = DatasetLoader.load(from: source)
        guard let dataset = result.dataset, !result.hasErrors else {
            try refuse(result, label: label ?? source.label, consequence: consequence, language: language)
        }
        return (dataset, result.diagnostics)
    }

    /// Prints why a dataset is refused to stderr and exits with 1: with `language`, the whole
    /// `RefusalReport` (each error with what to do and the parameters it affects), else the
    /// diagnostics; then one closing line.
    static func refuse(_ result: LoadResult, label: String, consequence: String = "los ze op en probeer opnieuw", language: Language?) throws -> Never {
        if let language {
            for line in RefusalReport(label: label, result: result).textLines(language) { printError(line) }
        } else {
            for d in result.diagnostics { printError(d.description) }
        }
        printError("De dataset '\(label)' bevat fouten (\(result.errorCount)); \(consequence). Zie 'raadsdashboard check'.")
        throw ExitCode(1)
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

    /// The selected year: default the peildatum's year; before 1900, before the first year with
    /// data or after the peildatum's year is a usage error (exit 2).
    static func year(_ jaar: Int?, _ dataset: Dataset) throws -> Int {
        let last = dataset.info.peildatum.year
        guard let jaar else { return last }
        if jaar < firstYear {
            printError("Fout: --jaar moet een jaar van \(firstYear) tot en met \(last) zijn, gevonden: \(jaar)")
            throw ExitCode(2)
        }
        if let problem = yearProblem(jaar, dataset) {
            printError(problem)
            throw ExitCode(2)
        }
        return jaar
    }

    /// Why `--jaar` cannot be shown for this dataset (1900 and later): before the first year with
    /// data, or after the peildatum's year; `nil` when it can.
    static func yearProblem(_ jaar: Int, _ dataset: Dataset) -> String? {
        let last = dataset.info.peildatum.year
        let first = Metrics.selectableYears(dataset).lowerBound
        if jaar < first {
            return "Fout: --jaar \(jaar) ligt vóór het eerste jaar met gegevens: de gegevens beginnen in \(first); kies \(first) of later."
        }
        if jaar > last {
            return "Fout: --jaar \(jaar) ligt na het jaar van de peildatum (\(dataset.info.peildatum.dutch)); kies \(last) of eerder."
        }
        return nil
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
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "check",
            abstract: T("Controleer een dataset tegen het aanleverformaat.", "Check a dataset against the data format."),
            discussion: T(
                "Drukt alle fouten en waarschuwingen af als bestand:regel:kolom: error|warning: melding. Exitcode 0 zonder fouten, 1 met fouten.",
                "Prints every error and warning as file:line:column: error|warning: message (the messages are in Dutch). Exit code 0 without errors, 1 with errors."
            )
        )
    }

    @Option(
        name: .customLong("data"),
        help: ArgumentHelp(
            T("Map met de dataset (standaard de ingebouwde dataset).", "Folder with the dataset (default: the built-in dataset)."),
            valueName: T("map", "folder")))
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
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "summary",
            abstract: T("Druk de zeven parameters af als tekst of als JSON.", "Print the seven parameters as text or as JSON."),
            discussion: T(
                "Bevat de dataset fouten, dan staat op stderr per fout de plaats, wat u moet doen en welke parameters hij raakt; exitcode 1.",
                "If the dataset has errors, stderr lists each error's place, what to do and which parameters it affects; exit code 1.")
        )
    }

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var options: DatasetOptions

    @Option(name: .customLong("format"), help: ArgumentHelp(T("text (leesbaar) of json (aanleverformaat §5).", "text (readable) or json (data format §5).")))
    var format: Format = .text

    func run() throws {
        let language = try options.language()
        let (dataset, diagnostics) = try DatasetLoading.loadOrExit(options.data, language: language)
        let year = try DatasetLoading.year(options.jaar, dataset)
        let summary = Metrics.summary(dataset, year: year, warnings: diagnostics)
        switch format {
        case .json: try Output.standardOutput(SummaryJSON.encode(summary).serialized(pretty: true) + "\n")
        case .text: try Output.standardOutput(TextSummary.render(summary, language: language))
        }
    }
}
