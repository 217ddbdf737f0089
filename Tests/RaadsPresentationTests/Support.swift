import Foundation
import Testing
import RaadsMetrics
@testable import RaadsPresentation

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The folder of golden files in the source tree (re-recorded with RECORD_SNAPSHOTS=1).
let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

func sampleData(_ name: String) -> String { repositoryRoot.appendingPathComponent("sample-data/\(name)").path }

/// A fixed export date, so exports are reproducible.
let fixedExportDate = Day(year: 2021, month: 3, day: 15)!

let minimalToml = """
    naam = "Testgemeente"
    peildatum = 2020-12-31
    fictief = true
    arbeidsmarktregio = "Testregio"
    """

/// Loads an in-memory dataset that must be valid and computes the summary for `year`.
func summary(_ files: [String: String], toml: String = minimalToml, year: Int? = nil,
             sourceLocation: SourceLocation = #_sourceLocation) throws -> Summary {
    var all = files
    all["dataset.toml"] = toml
    let r = DatasetLoader.load(from: InMemorySource(label: "test", texts: all))
    #expect(!r.hasErrors, "unexpected errors: \(r.diagnostics.errors.map(\.description))", sourceLocation: sourceLocation)
    let ds = try #require(r.dataset, sourceLocation: sourceLocation)
    return Metrics.summary(ds, year: year ?? ds.info.peildatum.year, warnings: r.diagnostics)
}

/// Loads a dataset source that must be valid and computes the summary for `year`.
func summary(_ source: any DatasetSource, year: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> Summary {
    let r = DatasetLoader.load(from: source)
    #expect(!r.hasErrors, "unexpected errors: \(r.diagnostics.errors.map(\.description))", sourceLocation: sourceLocation)
    let ds = try #require(r.dataset, sourceLocation: sourceLocation)
    return Metrics.summary(ds, year: year ?? ds.info.peildatum.year, warnings: r.diagnostics)
}

func tomlWith(peildatum: String = "2020-12-31", extra: String = "") -> String {
    """
    naam = "Testgemeente"
    peildatum = \(peildatum)
    fictief = true
    arbeidsmarktregio = "Testregio"
    \(extra)
    """
}

/// Compares `actual` with the golden file `name`; with RECORD_SNAPSHOTS=1 writes it instead.
func assertGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = goldenFolder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try FileManager.default.createDirectory(at: goldenFolder, withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("golden file \(name) is missing; run with RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        let first = (0..<min(e.count, a.count)).first { e[$0] != a[$0] } ?? min(e.count, a.count)
        let got = first < a.count ? a[first] : "<end of output>"
        let want = first < e.count ? e[first] : "<end of file>"
        Issue.record("""
            export differs from golden file \(name) at line \(first + 1):
              expected: \(want)
              actual:   \(got)
            Re-record with RECORD_SNAPSHOTS=1 if the change is intended.
            """, sourceLocation: sourceLocation)
    }
}
