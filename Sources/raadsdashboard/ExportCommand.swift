import ArgumentParser
import Foundation
import RaadsArchive
import RaadsMetrics
import RaadsPresentation

/// `raadsdashboard export`: a dated, provable snapshot for the committee agenda (issue 4).
///
/// The dataset is read into memory once; the figures and the fingerprint come from those same
/// bytes. Exit codes: 0 written · 1 dataset or dashboard with errors, or the file could not be
/// written · 2 usage error (`--jaar` after the peildatum's year, unknown `--taal`).
struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export",
            abstract: T("Maak een momentopname voor de raadsagenda (Markdown of HTML).", "Make a snapshot for the council's agenda (Markdown or HTML)."),
            discussion: T(
                """
                De kop vermeldt gemeente, peildatum, jaar, exportdatum, de vingerafdruk (SHA-256) van de \
                dataset en de versie van het programma, zodat de griffie later kan aantonen welke cijfers \
                de raad zag. HTML is één zelfstandig bestand (geen scripts, niets van internet) dat op A4 \
                afdrukt. Zie docs/export.md.
                """,
                """
                The heading names the municipality, reference date, year, export date, the fingerprint \
                (SHA-256) of the dataset and the program's version, so that the griffie can later show which \
                figures the council saw. HTML is one self-contained file (no scripts, nothing from the \
                internet) that prints on A4. See docs/export.md.
                """)
        )
    }

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, html }

    @OptionGroup var options: DatasetOptions
    @OptionGroup var dashboardOption: DashboardOption

    @Option(name: .customLong("format"), help: ArgumentHelp(T("markdown of html.", "markdown or html.")))
    var format: Format

    @Option(
        name: [.customShort("o"), .customLong("output")],
        help: ArgumentHelp(T("Uitvoerbestand; '-' schrijft naar stdout.", "Output file; '-' writes to stdout."), valueName: T("bestand", "file")))
    var output: String

    @OptionGroup var archiveOption: ArchiveOption

    @Option(
        name: .customLong("label"),
        help: ArgumentHelp(
            T(
                "Label in het archief, bijvoorbeeld \"Commissie Samenleving 12-03-2025\".",
                "Label in the archive, for example \"Commissie Samenleving 12-03-2025\"."), valueName: T("tekst", "text")))
    var label: String?

    @Flag(
        name: .customLong("niet-archiveren"),
        help: ArgumentHelp(
            T(
                "Bewaar deze momentopname niet in het archief (zie 'raadsdashboard archief').",
                "Do not keep this snapshot in the archive (see 'raadsdashboard archief').")))
    var noArchive = false

    func run() throws {
        let language = try options.language()
        let dashboard = try DatasetLoading.dashboardOrExit(dashboardOption.dashboard)

        // Read the files once: the figures and the fingerprint must come from the same bytes.
        let source = DatasetLoading.source(options.data)
        guard let frozen = try? FrozenSource(source) else {
            _ = try DatasetLoading.loadOrExit(options.data, language: language)  // prints why the folder cannot be read, exit 1
            throw ExitCode(1)
        }
        let (dataset, diagnostics) = try DatasetLoading.loadOrExit(
            source: frozen, label: source.label, consequence: "er is geen momentopname gemaakt",
            language: language)
        let year = try DatasetLoading.year(options.jaar, dataset)
        let prepared = Metrics.prepare(dataset)
        let summary = Metrics.summary(dataset, year: year, warnings: diagnostics, prepared: prepared)

        let context: ExportContext
        do {
            context = try ExportContext(source: frozen, exportDate: Self.today(), toolVersion: Raadsdashboard.version, language: language)
        } catch {
            DatasetLoading.printError("Fout: de vingerafdruk van de dataset kon niet worden berekend; er is geen momentopname gemaakt.")
            throw ExitCode(1)
        }
        // The archive (issue 12): what changed since the previous snapshot; a broken archive never stops the export.
        let archived = ArchivedSnapshot.make(
            dataset, diagnostics: diagnostics, fingerprint: context.fingerprint, files: context.files,
            createdAt: ArchiveLocation.timestamp(), labels: label.map { [$0] } ?? [], dashboard: dashboard.name, toolVersion: Raadsdashboard.version,
            prepared: prepared)
        let archive = ExportArchive(path: archiveOption.path, store: !noArchive)
        var snapshot = Snapshot(summary, dashboard: dashboard, context: context)
        snapshot.changes = archive.changes(since: archived, year: year)
        let text =
            switch format {
            case .markdown: MarkdownExport.render(snapshot)
            case .html: HTMLExport.render(snapshot)
            }

        if output == "-" {
            try Output.standardOutput(text)
            archive.store(archived)
            return
        }
        do {
            try Output.writeFile(text, to: output)
        } catch {
            DatasetLoading.printError(error.message + "; er is geen momentopname geschreven.")
            throw ExitCode(1)
        }
        DatasetLoading.printError("Momentopname geschreven naar \(output) (vingerafdruk dataset sha256:\(context.fingerprint)).")
        archive.store(archived)
    }

    /// Today in the local time zone: the export date in the header.
    static func today() -> Day {
        let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1) ?? Day(number: 0)
    }
}

/// The export's use of the archive: read the previous snapshot, store this one afterwards. Every
/// failure is a message on stderr; the export itself still succeeds.
final class ExportArchive {
    let path: String?
    let shouldStore: Bool
    private var archive: SnapshotArchive?
    private var failed = false

    init(path: String?, store: Bool) {
        self.path = path
        self.shouldStore = store
        guard let path else {
            if store {
                DatasetLoading.printError("Let op: niet gearchiveerd: HOME en XDG_DATA_HOME ontbreken; geef --archief BESTAND of RAADSDASHBOARD_ARCHIEF.")
            }
            return
        }
        do {
            archive = store ? try SnapshotArchive(path: path) : try SnapshotArchive.openIfPresent(path: path)
        } catch {
            failed = true
            DatasetLoading.printError("Fout: \(error.description); de export gaat door zonder archief.")
        }
    }

    /// The comparison with the latest earlier snapshot of this municipality with other data.
    func changes(since current: ArchivedSnapshot, year: Int) -> SnapshotComparison? {
        guard let archive else { return nil }
        do {
            let all = try archive.all()
            guard let before = ArchiveLocation.baseline(in: all, gemeente: current.gemeente, excluding: current.fingerprint) else { return nil }
            return SnapshotComparison.compare(before, current, year: year)
        } catch {
            failed = true
            DatasetLoading.printError("Fout: \(error.description); de export gaat door zonder archief.")
            return nil
        }
    }

    func store(_ snapshot: ArchivedSnapshot) {
        guard shouldStore, let archive, !failed, let path else { return }
        do {
            let outcome = try archive.store(snapshot)
            DatasetLoading.printError(ArchiveSupport.describe(outcome, snapshot, path))
        } catch {
            DatasetLoading.printError("Fout: \(error.description); de export zelf is wel geschreven.")
        }
    }
}
