import ArgumentParser
import Foundation
import RaadsArchive
import RaadsMetrics
import RaadsPresentation

/// `raadsdashboard archief …`: the griffie's archive of snapshots (issue 12, docs/archief.md).
struct ArchiveCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "archief",
            abstract: T("Bewaar momentopnamen en vergelijk wat er sindsdien veranderd is.", "Keep snapshots and compare what changed since."),
            discussion: T(
                """
                Het archief is één SQLite-bestand, standaard $XDG_DATA_HOME/raadsdashboard/archief.sqlite \
                (anders ~/.local/share/raadsdashboard/archief.sqlite); --archief of RAADSDASHBOARD_ARCHIEF \
                kiest een ander bestand. Het bevat alleen de samenvatting (§5) per jaar, de SROI-status per \
                contract en de vragen; nooit ruwe gegevens of plaatsingen. Zie docs/archief.md.
                """,
                """
                The archive is one SQLite file, by default $XDG_DATA_HOME/raadsdashboard/archief.sqlite \
                (else ~/.local/share/raadsdashboard/archief.sqlite); --archief or RAADSDASHBOARD_ARCHIEF \
                chooses another file. It holds only the summary (§5) per year, the SROI status per \
                contract and the questions; never raw data or placements. See docs/archief.md.
                """),
            subcommands: [Store.self, List.self, Compare.self]
        )
    }

    /// `raadsdashboard archief opslaan`.
    struct Store: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "opslaan",
                abstract: T("Bewaar een momentopname van de dataset in het archief.", "Store a snapshot of the dataset in the archive."),
                discussion: T(
                    "Dezelfde dataset (dezelfde vingerafdruk) twee keer opslaan bewaart één momentopname en voegt het label toe.",
                    "Storing the same dataset (the same fingerprint) twice keeps one snapshot and adds the label."))
        }

        @Option(
            name: .customLong("data"),
            help: ArgumentHelp(
                T("Map met de dataset (standaard de ingebouwde dataset).", "Folder with the dataset (default: the built-in dataset)."),
                valueName: T("map", "folder")))
        var data: String?
        @Option(
            name: .customLong("label"),
            help: ArgumentHelp(
                T("Label, bijvoorbeeld \"Commissie Samenleving 12-03-2025\".", "Label, for example \"Commissie Samenleving 12-03-2025\"."),
                valueName: T("tekst", "text")))
        var label: String?
        @OptionGroup var dashboardOption: DashboardOption
        @OptionGroup var archiveOption: ArchiveOption

        func run() throws {
            let path = try archiveOption.pathOrExit()
            let dashboard = try DatasetLoading.dashboardOrExit(dashboardOption.dashboard)
            let source = DatasetLoading.source(data)
            guard let frozen = try? FrozenSource(source) else {
                _ = try DatasetLoading.loadOrExit(data)
                throw ExitCode(1)
            }
            let (dataset, diagnostics) = try DatasetLoading.loadOrExit(source: frozen, label: source.label, consequence: "er is niets opgeslagen")
            let snapshot = try ArchiveSupport.snapshot(dataset, diagnostics, frozen, dashboard: dashboard.name, label: label)
            let archive: SnapshotArchive
            do { archive = try SnapshotArchive(path: path) } catch {
                DatasetLoading.printError("Fout: \(error.description).")
                throw ExitCode(1)
            }
            do {
                let outcome = try archive.store(snapshot)
                DatasetLoading.printError(ArchiveSupport.describe(outcome, snapshot, path))
            } catch {
                DatasetLoading.printError("Fout: \(error.description).")
                throw ExitCode(1)
            }
        }
    }

    /// `raadsdashboard archief lijst`.
    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "lijst", abstract: T("Toon de momentopnamen in het archief.", "List the snapshots in the archive."))
        }

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }
        @Option(name: .customLong("format"), help: ArgumentHelp(T("text (leesbaar) of json.", "text (readable) or json.")))
        var format: Format = .text
        @OptionGroup var archiveOption: ArchiveOption

        func run() throws {
            let path = try archiveOption.pathOrExit()
            let snapshots = try ArchiveSupport.readOrExit(path)
            switch format {
            case .json:
                let items: [JSON] = snapshots.map { s in
                    .object([
                        ("nummer", .int(Int(s.number ?? 0))), ("opgeslagen", .string(s.createdAt)),
                        ("labels", .array(s.labels.map(JSON.string))), ("gemeente", .string(s.gemeente)),
                        ("peildatum", .string(s.peildatum.description)), ("vingerafdruk", .string(s.fingerprint)),
                        ("dashboard", .string(s.dashboard)), ("versie", .string(s.toolVersion)),
                        ("jaren", .array(s.years.map { .int($0.jaar) })),
                    ])
                }
                try Output.standardOutput(JSON.array(items).serialized(pretty: true) + "\n")
            case .text:
                if snapshots.isEmpty {
                    try Output.standardOutput("Het archief \(SafeText.visible(path)) bevat nog geen momentopnamen.\n")
                    return
                }
                var out = "nr  opgeslagen        gemeente / peildatum               vingerafdruk  label\n"
                for s in snapshots {
                    let date = s.createdDay?.dutch ?? s.createdAt
                    let time = s.createdAt.count >= 16 ? String(Array(s.createdAt)[11..<16]) : ""
                    let place = "\(s.gemeente) / \(s.peildatum.dutch)"
                    out +=
                        pad(String(s.number ?? 0), 4) + pad("\(date) \(time)", 18) + pad(place, 35) + pad(s.shortFingerprint, 14)
                        + s.labels.joined(separator: "; ") + "\n"
                }
                try Output.standardOutput(SafeText.visible(out, lineBreaks: .keep))
            }
        }

        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
    }

    /// `raadsdashboard archief vergelijk [A [B]]`.
    struct Compare: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "vergelijk",
                abstract: T(
                    "Vergelijk twee momentopnamen, of een momentopname met de huidige gegevens.",
                    "Compare two snapshots, or a snapshot with the current data."),
                discussion: T(
                    """
                    A en B zijn een nummer, een label of het begin van een vingerafdruk (ten minste 4 tekens). \
                    Zonder B wordt A vergeleken met de huidige gegevens (--data); zonder A de laatste \
                    momentopname van dezelfde gemeente met andere gegevens. Momentopnamen van verschillende \
                    gemeenten worden niet vergeleken.
                    """,
                    """
                    A and B are a number, a label or the start of a fingerprint (at least 4 characters). \
                    Without B, A is compared with the current data (--data); without A, the latest \
                    snapshot of the same municipality with other data. Snapshots of different \
                    municipalities are not compared.
                    """))
        }

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }
        @Argument(help: ArgumentHelp(T("De eerdere momentopname.", "The earlier snapshot."), valueName: "A")) var first: String?
        @Argument(
            help: ArgumentHelp(T("De latere momentopname (standaard de huidige gegevens).", "The later snapshot (default: the current data)."), valueName: "B"))
        var second: String?
        @Option(name: .customLong("format"), help: ArgumentHelp(T("text, json of markdown.", "text, json or markdown.")))
        var format: Format = .text
        /// `--data` (the current dataset), `--jaar` (the year of the key figures), `--taal`.
        @OptionGroup var options: DatasetOptions
        @OptionGroup var archiveOption: ArchiveOption

        func run() throws {
            let language = try options.language()
            let data = options.data, jaar = options.jaar
            let path = try archiveOption.pathOrExit()
            let snapshots = try ArchiveSupport.readOrExit(path)
            func lookup(_ ref: String) throws -> ArchivedSnapshot {
                switch ArchiveLocation.find(ref, in: snapshots) {
                case .found(let s): return s
                case .ambiguous(let numbers):
                    DatasetLoading.printError(
                        "Fout: '\(ref)' past bij meer dan één momentopname (\(numbers.map(String.init).joined(separator: ", "))); geef meer tekens van de vingerafdruk of het nummer."
                    )
                    throw ExitCode(2)
                case .notFound:
                    DatasetLoading.printError("Fout: geen momentopname '\(ref)' in het archief \(SafeText.visible(path)); zie 'raadsdashboard archief lijst'.")
                    throw ExitCode(2)
                }
            }
            let before: ArchivedSnapshot, after: ArchivedSnapshot
            if let second {
                before = try lookup(first ?? "")
                after = try lookup(second)
            } else {
                let source = DatasetLoading.source(data)
                guard let frozen = try? FrozenSource(source) else {
                    _ = try DatasetLoading.loadOrExit(data)
                    throw ExitCode(1)
                }
                let (dataset, diagnostics) = try DatasetLoading.loadOrExit(source: frozen, label: source.label, consequence: "er is niets vergeleken")
                after = try ArchiveSupport.snapshot(dataset, diagnostics, frozen, dashboard: "", label: nil, stored: false)
                if let first {
                    before = try lookup(first)
                } else if let latest = ArchiveLocation.baseline(in: snapshots, gemeente: after.gemeente, excluding: after.fingerprint) {
                    before = latest
                } else {
                    let same = snapshots.contains { $0.gemeente == after.gemeente }
                    DatasetLoading.printError(
                        same
                            ? "Er is niets te vergelijken: het archief bevat alleen momentopnamen van \(after.gemeente) met precies deze gegevens."
                            : "Er is niets te vergelijken: het archief \(SafeText.visible(path)) bevat geen momentopname van \(after.gemeente).")
                    throw ExitCode(1)
                }
            }
            guard before.gemeente == after.gemeente else {
                DatasetLoading.printError(
                    "Fout: \(before.name(.nl)) is van \(before.gemeente), \(after.name(.nl)) van \(after.gemeente); momentopnamen van verschillende gemeenten worden niet vergeleken."
                )
                throw ExitCode(1)
            }
            if let jaar, jaar > after.peildatum.year || jaar < DatasetLoading.firstYear {
                DatasetLoading.printError(
                    "Fout: --jaar moet een jaar van \(DatasetLoading.firstYear) tot en met \(after.peildatum.year) zijn, gevonden: \(jaar)")
                throw ExitCode(2)
            }
            let comparison = SnapshotComparison.compare(before, after, year: jaar)
            switch format {
            case .text: try Output.standardOutput(SafeText.visible(ComparisonReport.text(comparison, language), lineBreaks: .keep))
            case .markdown: try Output.standardOutput(ComparisonReport.markdown(comparison, language))
            case .json: try Output.standardOutput(ComparisonReport.json(comparison).serialized(pretty: true) + "\n")
            }
        }
    }
}

/// `--archief FILE`, shared by the archive commands, the export and the dashboard.
struct ArchiveOption: ParsableArguments {
    @Option(
        name: .customLong("archief"),
        help: ArgumentHelp(
            T(
                "Het archiefbestand (standaard $XDG_DATA_HOME/raadsdashboard/archief.sqlite; ook RAADSDASHBOARD_ARCHIEF).",
                "The archive file (default $XDG_DATA_HOME/raadsdashboard/archief.sqlite; also RAADSDASHBOARD_ARCHIEF)."), valueName: T("bestand", "file")))
    var archief: String?

    var path: String? { ArchiveLocation.path(option: archief, environment: ProcessInfo.processInfo.environment) }

    func pathOrExit() throws -> String {
        guard let path else {
            DatasetLoading.printError(
                "Fout: er is geen plaats voor het archief: HOME en XDG_DATA_HOME ontbreken; geef --archief BESTAND of RAADSDASHBOARD_ARCHIEF.")
            throw ExitCode(2)
        }
        return path
    }
}

/// What the commands share around the archive.
enum ArchiveSupport {
    /// The snapshot of a dataset read from `frozen` (the fingerprint from the same bytes).
    static func snapshot(_ ds: Dataset, _ diagnostics: [Diagnostic], _ frozen: FrozenSource, dashboard: String, label: String?, stored: Bool = true) throws
        -> ArchivedSnapshot
    {
        do {
            return ArchivedSnapshot.make(
                ds, diagnostics: diagnostics, fingerprint: try DatasetFingerprint.compute(source: frozen),
                files: try DatasetFingerprint.entries(source: frozen), createdAt: ArchiveLocation.timestamp(),
                labels: label.map { [$0] } ?? [], dashboard: dashboard, toolVersion: Raadsdashboard.version)
        } catch {
            DatasetLoading.printError("Fout: de vingerafdruk van de dataset kon niet worden berekend.")
            throw ExitCode(1)
        }
    }

    /// Every snapshot; a missing file is an empty archive. Errors: message, exit 1.
    static func readOrExit(_ path: String) throws -> [ArchivedSnapshot] {
        do {
            return try SnapshotArchive.openIfPresent(path: path)?.all() ?? []
        } catch {
            DatasetLoading.printError("Fout: \(error.description).")
            throw ExitCode(1)
        }
    }

    static func describe(_ outcome: SnapshotArchive.StoreOutcome, _ s: ArchivedSnapshot, _ path: String) -> String {
        switch outcome {
        case .stored(let n): "Momentopname \(n) opgeslagen in het archief \(path) (vingerafdruk sha256:\(s.shortFingerprint))."
        case .labelAdded(let n): "Deze gegevens staan al in het archief als momentopname \(n); het label is toegevoegd."
        case .unchanged(let n): "Deze gegevens staan al in het archief als momentopname \(n)."
        }
    }
}
