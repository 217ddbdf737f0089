/// The outcome of loading a dataset: the dataset built from every valid row, and all
/// diagnostics. Callers must not show figures when `diagnostics.hasErrors`.
public struct LoadResult: Sendable {
    public var dataset: Dataset?
    public var diagnostics: [Diagnostic]
    public var hasErrors: Bool { diagnostics.hasErrors }
}

/// Loads and validates a dataset folder against data contract v1.1.
public enum DatasetLoader {
    public static let tomlName = "dataset.toml"

    /// The CSV files the contract knows, in the fixed order used for fingerprints too.
    public static let knownFiles = [
        "doelen.csv", "plaatsingen.csv", "budget.csv", "contracten.csv", "bouwblokken.csv",
        "sroi_prestaties.csv", "rapportages.csv", "regio.csv", "kengetallen.csv",
    ]

    public static func load(from source: DatasetSource) -> LoadResult {
        let sink = DiagnosticSink()
        let names: [String]
        do {
            names = try source.fileNames()
        } catch {
            sink.error(source.label, 1, 1, "\(error)")
            return LoadResult(dataset: nil, diagnostics: sink.items)
        }
        func read(_ name: String) -> [UInt8]? {
            do {
                return try source.contents(of: name)
            } catch {
                sink.error(name, 1, 1, "\(error)")
                return nil
            }
        }

        guard let tomlBytes = read(tomlName) else {
            if !sink.items.hasErrors {
                sink.error(tomlName, 1, 1, "bestand ontbreekt; elke dataset heeft een dataset.toml met naam, peildatum en fictief")
            }
            return LoadResult(dataset: nil, diagnostics: sink.items)
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

        var files: [String: CSVFile] = [:]
        var present: Set<String> = []
        for name in knownFiles where names.contains(name) {
            guard let bytes = read(name) else { continue }
            present.insert(name)
            let (file, diags) = CSVReader.read(name: name, bytes: bytes)
            sink.items += diags
            if let file { files[name] = file }
        }

        let norms = header?.norms ?? Norms()
        var ds = Dataset(
            info: header?.info ?? DatasetInfo(naam: "", peildatum: Day(number: 0), fictief: false),
            norms: norms,
            minCellSize: header?.minCellSize ?? 5
        )
        let rules = FileRules(sink: sink, norms: norms)
        func table(_ name: String) -> [CSVFile]? { present.contains(name) ? (files[name].map { [$0] } ?? []) : nil }
        ds.doelen = table("doelen.csv").map { $0.flatMap(rules.doelen) }
        ds.plaatsingen = table("plaatsingen.csv").map { $0.flatMap(rules.plaatsingen) }
        ds.budget = table("budget.csv").map { $0.flatMap(rules.budget) }
        ds.contracten = table("contracten.csv").map { $0.flatMap(rules.contracten) }
        ds.bouwblokken = table("bouwblokken.csv").map { $0.flatMap(rules.bouwblokken) }
        ds.prestaties = table("sroi_prestaties.csv").map {
            $0.flatMap { rules.prestaties($0, contracts: present.contains("contracten.csv") ? ds.contracten ?? [] : nil, blocks: present.contains("bouwblokken.csv") ? ds.bouwblokken ?? [] : nil) }
        }
        ds.rapportages = table("rapportages.csv").map { $0.flatMap(rules.rapportages) }
        ds.regio = table("regio.csv").map { $0.flatMap(rules.regio) }
        ds.kengetallen = table("kengetallen.csv").map { $0.flatMap(rules.kengetallen) }

        let ordered = sink.items.enumerated().sorted { a, b in
            let fa = fileOrder(a.element.file), fb = fileOrder(b.element.file)
            if fa != fb { return fa < fb }
            if a.element.file != b.element.file { return a.element.file < b.element.file }
            if a.element.line != b.element.line { return a.element.line < b.element.line }
            if (a.element.column ?? 0) != (b.element.column ?? 0) { return (a.element.column ?? 0) < (b.element.column ?? 0) }
            return a.offset < b.offset
        }.map(\.element)
        return LoadResult(dataset: header == nil ? nil : ds, diagnostics: ordered)
    }

    static func fileOrder(_ name: String) -> Int {
        if name == tomlName { return 0 }
        if let n = knownFiles.firstIndex(of: name) { return n + 1 }
        return knownFiles.count + 1
    }
}
