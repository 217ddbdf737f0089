import Foundation
import RaadsMetrics
import RaadsPresentation
import Testing
import TestSupport

@testable import RaadsTUI

/// Test data: the Zoetermeer sample dataset of the repository, loaded once.
enum Fixture {
    static let repositoryRoot: URL = TestRepository.root

    static let zoetermeerPath = repositoryRoot.appendingPathComponent("sample-data/zoetermeer").path

    static let zoetermeer: (dataset: Dataset, diagnostics: [Diagnostic]) = {
        let result = DatasetLoader.load(from: DirectorySource(path: zoetermeerPath))
        precondition(!result.hasErrors, "sample-data/zoetermeer has errors: \(result.diagnostics)")
        return (result.dataset!, result.diagnostics)
    }()

    static func summary(year: Int? = nil) -> Summary {
        let (ds, diags) = zoetermeer
        return Metrics.summary(ds, year: year ?? ds.info.peildatum.year, warnings: diags)
    }

    static func state(
        width: Int = 80, height: Int = 24, language: Language = .nl, glyphs: Glyphs = .unicode,
        year: Int? = nil, fictief: Bool = false, dashboards: [Dashboard] = DashboardCatalog.builtIn,
        dashboardIndex: Int = 0
    ) -> AppState {
        var s = summary(year: year)
        if fictief { s.dataset.fictief = true }
        return AppState(
            summary: s, years: Metrics.selectableYears(zoetermeer.dataset), language: language, width: width,
            height: height, glyphs: glyphs, dashboards: dashboards, dashboardIndex: dashboardIndex)
    }

    /// Sends keys one by one and returns the final state and every command asked for.
    static func press(_ keys: [Key], on state: AppState) -> (AppState, [Command]) {
        var s = state
        var all: [Command] = []
        for k in keys {
            let (next, commands) = update(s, .key(k))
            s = next
            all += commands
        }
        return (s, all)
    }
}

/// Compares a screen with a golden text file in Tests/RaadsTUITests/Golden (`TestSupport.Golden`).
func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = Fixture.repositoryRoot.appendingPathComponent("Tests/RaadsTUITests/Golden/\(name).txt")
    Golden.expect(text.hasSuffix("\n") ? text : text + "\n", at: url, what: "screen", sourceLocation: sourceLocation)
}

func expectGolden(_ buffer: CellBuffer, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    expectGolden(buffer.text, name, sourceLocation: sourceLocation)
}
