import Foundation
import RaadsMetrics
import RaadsPresentation
import Testing

@testable import RaadsTUI

/// Issue 11: the "Opbrengst voor de gemeente" dashboard and the griffie's normenkader, as whole
/// screens on both sample datasets (golden files; `RECORD_SNAPSHOTS=1` re-records).
@Suite("opbrengst screens")
struct OpbrengstScreenTests {
    static let sizes = [(80, 24), (120, 40)]

    static func state(_ dataset: String, width: Int, height: Int, board: String = "opbrengst") -> AppState {
        let path = Fixture.repositoryRoot.appendingPathComponent("sample-data/\(dataset)").path
        let r = DatasetLoader.load(from: DirectorySource(path: path))
        precondition(!r.hasErrors)
        let ds = r.dataset!
        let s = Metrics.summary(ds, year: ds.info.peildatum.year, warnings: r.diagnostics)
        let boards = DashboardCatalog.builtIn
        return AppState(
            summary: s, years: Metrics.selectableYears(ds), language: .nl, width: width, height: height, glyphs: .unicode,
            dashboards: boards, dashboardIndex: boards.firstIndex { $0.name == board }!)
    }

    @Test(arguments: ["zoetermeer", "voorbeeldgemeente"])
    func overviewAndEveryView(dataset: String) {
        for (w, h) in Self.sizes {
            let state = Self.state(dataset, width: w, height: h)
            #expect(state.dashboard?.name == "opbrengst")
            expectGolden(render(state), "overview-opbrengst-\(dataset)-\(w)x\(h)")
            for (i, panel) in state.dashboard!.panels.enumerated() {
                var s = state
                s.selected = i
                s = update(s, .key(.enter)).0
                let view = panel.view!.rawValue
                // The panel opened is the selected one, not the first with the same parameter.
                #expect(render(s).line(2).contains(panel.titleNL) || render(s).text.contains(panel.titleNL), "\(view) opens its own panel")
                expectGolden(render(s), "detail-opbrengst-\(dataset)-\(view)-\(w)x\(h)")
            }
        }
    }

    /// → and ← walk through the panels, also when two panels show the same parameter.
    @Test func arrowsWalkThroughPanelsOfTheSameParameter() {
        var s = Self.state("voorbeeldgemeente", width: 120, height: 40)
        s = update(s, .key(.enter)).0
        #expect(render(s).text.contains("SROI naar woonplaats"))
        s = update(s, .key(.right)).0
        #expect(render(s).text.contains("SROI per hoofdonderdeel"))
        #expect(!render(s).text.contains("SROI naar woonplaats"))
    }

    /// The whole scrolling content of the griffie's informatievoorziening detail: the scorecard.
    @Test(arguments: ["zoetermeer", "voorbeeldgemeente"])
    func griffieScorecardContent(dataset: String) {
        var s = Self.state(dataset, width: 80, height: 24, board: "griffie")
        s.selected = s.parameters.firstIndex(of: .informatievoorziening)!
        s = update(s, .key(.enter)).0
        let text = DetailView.lines(for: s).map { line in
            var t = line.map(\.text).joined()
            while t.last == " " { t.removeLast() }
            return t
        }.joined(separator: "\n")
        #expect(text.contains("Normenkader van de rekenkamer"))
        expectGolden(text, "detail-griffie-normenkader-\(dataset)-content-80")
        for (w, h) in Self.sizes {
            var t = s
            t.width = w
            t.height = h
            t = update(t, .key(.end)).0
            expectGolden(render(t), "detail-griffie-normenkader-\(dataset)-end-\(w)x\(h)")
        }
    }
}
