import ArgumentParser
import Foundation
import RaadsMetrics
import RaadsPresentation

/// `raadsdashboard export`: a dated, provable snapshot for the committee agenda (issue 4).
///
/// The dataset is read into memory once; the figures and the fingerprint come from those same
/// bytes. Exit codes: 0 written · 1 dataset or dashboard with errors, or the file could not be
/// written · 2 usage error (`--jaar` after the peildatum's year, unknown `--taal`).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Maak een momentopname voor de raadsagenda (Markdown of HTML).",
        discussion: """
            De kop vermeldt gemeente, peildatum, jaar, exportdatum, de vingerafdruk (SHA-256) van de \
            dataset en de versie van het programma, zodat de griffie later kan aantonen welke cijfers \
            de raad zag. HTML is één zelfstandig bestand (geen scripts, niets van internet) dat op A4 \
            afdrukt. Zie docs/export.md.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, html }

    @OptionGroup var options: DatasetOptions
    @OptionGroup var dashboardOption: DashboardOption

    @Option(name: .customLong("format"), help: "markdown of html.")
    var format: Format

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Uitvoerbestand; '-' schrijft naar stdout.", valueName: "bestand"))
    var output: String

    func run() throws {
        let language = try options.language()
        let dashboard = try DatasetLoading.dashboardOrExit(dashboardOption.dashboard)

        // Read the files once: the figures and the fingerprint must come from the same bytes.
        let source = DatasetLoading.source(options.data)
        guard let frozen = try? FrozenSource(source) else {
            _ = try DatasetLoading.loadOrExit(options.data)  // prints why the folder cannot be read, exit 1
            throw ExitCode(1)
        }
        let (dataset, diagnostics) = try DatasetLoading.loadOrExit(source: frozen, label: source.label, consequence: "er is geen momentopname gemaakt")
        let year = try DatasetLoading.year(options.jaar, dataset)
        let summary = Metrics.summary(dataset, year: year, warnings: diagnostics)

        let context: ExportContext
        do {
            context = try ExportContext(source: frozen, exportDate: Self.today(), toolVersion: Raadsdashboard.version, language: language)
        } catch {
            DatasetLoading.printError("Fout: de vingerafdruk van de dataset kon niet worden berekend; er is geen momentopname gemaakt.")
            throw ExitCode(1)
        }
        let text = switch format {
        case .markdown: MarkdownExport.render(summary, dashboard: dashboard, context: context)
        case .html: HTMLExport.render(summary, dashboard: dashboard, context: context)
        }

        if output == "-" {
            try Output.standardOutput(text)
            return
        }
        do {
            try Output.writeFile(text, to: output)
        } catch {
            DatasetLoading.printError(error.message + "; er is geen momentopname geschreven.")
            throw ExitCode(1)
        }
        DatasetLoading.printError("Momentopname geschreven naar \(output) (vingerafdruk dataset sha256:\(context.fingerprint)).")
    }

    /// Today in the local time zone: the export date in the header.
    static func today() -> Day {
        let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1) ?? Day(number: 0)
    }
}
