/// The outcome of loading a dataset: the dataset built from every valid row, and the
/// diagnostics to show. Callers must not show figures when `hasErrors`.
public struct LoadResult: Sendable {
    public var dataset: Dataset?
    /// At most `DiagnosticSink.perFileLimit` per file and `totalLimit` in all, plus a summary
    /// line ("en nog 3 fouten in dit bestand") wherever some were left out.
    public var diagnostics: [Diagnostic]
    /// Exact counts, including the diagnostics left out of `diagnostics`.
    public var errorCount: Int
    public var warningCount: Int
    public var hasErrors: Bool { errorCount > 0 || diagnostics.hasErrors }

    public init(dataset: Dataset?, diagnostics: [Diagnostic], errorCount: Int? = nil, warningCount: Int? = nil) {
        self.dataset = dataset
        self.diagnostics = diagnostics
        self.errorCount = errorCount ?? diagnostics.errors.count
        self.warningCount = warningCount ?? diagnostics.warnings.count
    }
}

/// Loads and validates a dataset folder against data contract v1.2.
public enum DatasetLoader {
    public static let tomlName = "dataset.toml"

    /// The CSV files the contract knows, in the fixed order used for fingerprints too.
    public static let knownFiles = [
        "doelen.csv", "plaatsingen.csv", "budget.csv", "contracten.csv", "bouwblokken.csv",
        "sroi_prestaties.csv", "rapportages.csv", "regio.csv", "kengetallen.csv",
        "normenkader.csv",
    ]
    /// Known files that no parameter needs: not listed as "not delivered" (issue 11).
    public static let extensionFiles: Set<String> = ["normenkader.csv"]

    public static func load(from source: DatasetSource) -> LoadResult {
        let sink = DiagnosticSink()
        func result(_ dataset: Dataset?) -> LoadResult {
            LoadResult(dataset: dataset, diagnostics: sink.finish(order: fileOrder), errorCount: sink.errorCount, warningCount: sink.warningCount)
        }
        let names: [String]
        do {
            names = try source.fileNames()
        } catch {
            sink.error(source.label, 1, 1, SourceError.dutch(error))
            return result(nil)
        }
        func read(_ name: String) -> FileBytes? {
            do {
                return try source.bytes(of: name)
            } catch {
                sink.error(name, 1, 1, SourceError.dutch(error))
                return nil
            }
        }
        /// What `build` makes of the file `name`'s bytes; a file that another program made
        /// shorter while it was read (`FileBytes.wasCut`) is reported, so that no figure rests
        /// on it.
        func reading<T>(_ name: String, _ bytes: FileBytes, _ build: (CSVInput) -> T) -> T {
            let value = build(CSVInput(name: name, bytes: bytes))
            if bytes.wasCut {
                sink.error(
                    name, 1, 1,
                    "het bestand werd korter terwijl het werd gelezen (een ander programma veranderde het); lees de dataset opnieuw in als het klaar is")
            }
            return value
        }

        guard let tomlBytes = read(tomlName)?.withUnsafeBufferPointer(Array.init) else {
            if !sink.hasErrors {
                sink.error(tomlName, 1, 1, "bestand ontbreekt; elke dataset heeft een dataset.toml met naam, peildatum en fictief")
            }
            return result(nil)
        }
        let header = DatasetHeader.read(tomlBytes, sink: sink)

        for name in names where name.lowercased().hasSuffix(".csv") && !knownFiles.contains(name) {
            var message = "onbekend bestand wordt genegeerd"
            if let meant = knownFiles.first(where: { $0 == name.lowercased() }) {
                message += "; bedoeld is waarschijnlijk '\(meant)' (bestandsnamen in kleine letters)"
            } else {
                message += " (bekende bestanden: \(knownFiles.joined(separator: ", ")))"
            }
            sink.warning(name, 1, 1, message)
        }

        // A file is present when the folder lists it under its exact name. A present file that
        // cannot be read (not a file, no permission, invalid UTF-8) adds no rows. Each file is
        // read, checked and turned into rows before the next is read (issue 9: one file's bytes
        // in memory at a time); the contract's order (contracten and bouwblokken before the
        // prestaties that refer to them) is `knownFiles`'s.
        let present = Set(knownFiles.filter { names.contains($0) })
        let norms = header?.norms ?? Norms()
        var ds = Dataset(
            info: header?.info ?? DatasetInfo(naam: "", peildatum: Day(number: 0), fictief: false),
            norms: norms,
            minCellSize: header?.minCellSize ?? 5
        )
        let rules = FileRules(sink: sink, norms: norms)
        /// What a reference into `name` is checked against (contract v1.2 §1).
        func target(_ name: String, _ column: String) -> FileRules.Reference {
            guard present.contains(name) else { return .absent }
            return rules.registry.ids(name, column).map(FileRules.Reference.ids) ?? .unreadable
        }
        func table<T>(_ name: String, _ build: (CSVInput) -> [T]) -> [T]? {
            guard present.contains(name) else { return nil }
            guard let bytes = read(name) else { return [] }
            return reading(name, bytes, build)
        }
        ds.doelen = table("doelen.csv", rules.doelen)
        ds.plaatsingen = table("plaatsingen.csv", rules.plaatsingen)
        ds.budget = table("budget.csv", rules.budget)
        ds.contracten = table("contracten.csv", rules.contracten)
        ds.bouwblokken = table("bouwblokken.csv", rules.bouwblokken)
        if present.contains("sroi_prestaties.csv") {
            ds.prestaties =
                read("sroi_prestaties.csv").map {
                    reading("sroi_prestaties.csv", $0) {
                        rules.prestaties($0, contracts: target("contracten.csv", "contract_id"), blocks: target("bouwblokken.csv", "code"))
                    }
                } ?? []
        }
        ds.rapportages = table("rapportages.csv", rules.rapportages)
        ds.regio = table("regio.csv", rules.regio)
        ds.kengetallen = table("kengetallen.csv", rules.kengetallen)
        ds.normenkader = table("normenkader.csv", rules.normenkader)

        return result(header == nil ? nil : ds)
    }

    static func fileOrder(_ name: String) -> Int {
        if name == tomlName { return 0 }
        if let n = knownFiles.firstIndex(of: name) { return n + 1 }
        return knownFiles.count + 1
    }
}
