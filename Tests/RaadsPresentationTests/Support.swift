import Foundation
import Testing
import TestSupport
import RaadsMetrics
@testable import RaadsPresentation

/// The repository root (`TestSupport`).
let repositoryRoot = TestRepository.root

/// The folder of golden files in the source tree (re-recorded with RECORD_SNAPSHOTS=1).
let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

func sampleData(_ name: String) -> String { TestRepository.sampleData(name) }

/// A fixed export date, so exports are reproducible.
let fixedExportDate = Day(year: 2021, month: 3, day: 15)!

let minimalToml = """
    naam = "Testgemeente"
    peildatum = 2020-12-31
    fictief = true
    arbeidsmarktregio = "Testregio"
    """

/// Loads an in-memory dataset that must be valid and computes the summary for `year`.
func summary(
    _ files: [String: String], toml: String = minimalToml, year: Int? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) throws -> Summary {
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

/// Compares `actual` with the golden file `name` in Golden/ (`TestSupport.Golden`).
func assertGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    Golden.expect(actual, at: goldenFolder.appendingPathComponent(name), what: "export", sourceLocation: sourceLocation)
}
