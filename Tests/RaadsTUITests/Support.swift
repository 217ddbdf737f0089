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

/// A whole screen's golden file holds its text and, below it, the role and style of every cell
/// (`CellBuffer.styleRuns`), so that a change of colour role, bold, dim, underline or reverse
/// fails the test as a change of text does (issue 13).
func expectGolden(_ buffer: CellBuffer, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    expectGolden(buffer.text + "\n\n" + buffer.styleRuns.joined(separator: "\n"), name, sourceLocation: sourceLocation)
}

extension CellBuffer {
    /// The legend above the style block of a screen golden.
    static let styleLegend =
        "-- styles per row: role (. normal, h header, w banner, t title, k op koers, r risico, a achter, o onbekend, c accent, f footer, m muted, e error), then * bold, ~ dim, _ underline, ^ reverse, then the number of cells; rows of plain cells are left out --"

    /// Each row's cells as runs of one role and style, `t*12 .3 m~20`: the role's letter, the
    /// style's marks and the run's length in cells. Trailing plain cells (normal, no style) are
    /// left out, and so are rows of plain cells only; each kept row starts with its number.
    var styleRuns: [String] {
        var out = [CellBuffer.styleLegend]
        let digits = String(max(0, height - 1)).count
        for y in 0..<height {
            var runs: [(code: String, count: Int)] = []
            for x in 0..<width {
                let code = CellBuffer.code(self[x, y])
                if let last = runs.last, last.code == code {
                    runs[runs.count - 1].count += 1
                } else {
                    runs.append((code, 1))
                }
            }
            if runs.last?.code == "." { runs.removeLast() }
            guard !runs.isEmpty else { continue }
            let number = String(y)
            out.append(String(repeating: "0", count: digits - number.count) + number + " " + runs.map { "\($0.code)\($0.count)" }.joined(separator: " "))
        }
        return out
    }

    static func code(_ cell: Cell) -> String {
        let role =
            switch cell.role {
            case .normal: "."
            case .header: "h"
            case .banner: "w"
            case .title: "t"
            case .onTrack: "k"
            case .atRisk: "r"
            case .behind: "a"
            case .unknown: "o"
            case .accent: "c"
            case .footer: "f"
            case .muted: "m"
            case .error: "e"
            }
        let marks: [(TextStyle, String)] = [(.bold, "*"), (.dim, "~"), (.underline, "_"), (.reverse, "^")]
        return role + marks.filter { cell.style.contains($0.0) }.map(\.1).joined()
    }
}
