import Foundation
import Testing
import TestSupport
@testable import RaadsMetrics

/// The repository root (`TestSupport`).
let repositoryRoot: URL = TestRepository.root

func sampleData(_ name: String) -> String { TestRepository.sampleData(name) }

let defaultToml = """
    naam = "Testgemeente"
    peildatum = 2020-12-31
    fictief = true
    arbeidsmarktregio = "Testregio"
    """

/// Loads an in-memory dataset; `toml` defaults to a minimal valid dataset.toml.
func load(_ files: [String: String], toml: String = defaultToml) -> LoadResult {
    var all = files
    all["dataset.toml"] = toml
    return DatasetLoader.load(from: InMemorySource(label: "test", texts: all))
}

/// Loads a dataset that must be valid, and computes the summary for `year`.
func summary(
    _ files: [String: String], toml: String = defaultToml, year: Int? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) throws -> Summary {
    let r = load(files, toml: toml)
    #expect(!r.hasErrors, "unexpected errors: \(r.diagnostics.errors.map(\.description))", sourceLocation: sourceLocation)
    let ds = try #require(r.dataset, sourceLocation: sourceLocation)
    return Metrics.summary(ds, year: year ?? ds.info.peildatum.year, warnings: r.diagnostics)
}

/// Diagnostics as printed strings.
func printed(_ r: LoadResult) -> [String] { r.diagnostics.map(\.description) }

func tomlWith(peildatum: String = "2020-12-31", extra: String = "") -> String {
    """
    naam = "Testgemeente"
    peildatum = \(peildatum)
    fictief = true
    arbeidsmarktregio = "Testregio"
    \(extra)
    """
}

func close(_ a: Double?, _ b: Double, _ tol: Double = 1e-9) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tol
}
