import RaadsMetrics
import RaadsPresentation
import Testing

@testable import RaadsTUI

/// The archive in the terminal interface, from plain values (no database): tile deltas, the
/// comparison screen behind `a`, and the griffie dashboard naming its snapshot (issue 12).
@Suite struct ComparisonScreenTests {
    /// An earlier snapshot of Zoetermeer with the quota 1 fte higher, stored on 12-03-2025.
    static func archived() throws -> (ArchivedSnapshot, ArchivedSnapshot) {
        let (ds, diags) = Fixture.zoetermeer
        let current = ArchivedSnapshot.make(
            ds, diagnostics: diags, fingerprint: "bbbb", files: [], createdAt: "2025-06-01T10:00:00+02:00",
            dashboard: "griffie", toolVersion: "test")
        var earlier = current
        earlier.number = 1
        earlier.fingerprint = "aaaa"
        earlier.labels = ["Commissie"]
        earlier.createdAt = "2025-03-12T14:03:00+01:00"
        let s = Fixture.summary()
        let realised = try #require(s.quotum.selected.waarde)
        earlier.years = earlier.years.map { y in
            var y = y
            y.summaryJSON = y.summaryJSON.replacingOccurrences(
                of: #""waarde":\#(JSON.number(realised).serialized())"#,
                with: #""waarde":\#(JSON.number(realised + 1).serialized())"#)
            return y
        }
        return (earlier, current)
    }

    func state(index: Int) throws -> AppState {
        let (earlier, current) = try Self.archived()
        var state = Fixture.state(width: 120, height: 40, dashboardIndex: index)
        state.archive = ArchiveView(since: earlier, comparison: SnapshotComparison.compare(earlier, current))
        return state
    }

    @Test func tilesShowTheChangeAndTheGriffieNamesTheSnapshot() throws {
        let griffie = try #require(DashboardCatalog.builtIn.firstIndex { $0.name == "griffie" })
        let screen = render(try state(index: griffie)).text
        #expect(screen.contains("−1,0 sinds 12-03"), "\(screen)")
        #expect(screen.contains("vergeleken met momentopname 1 van 12-03-2025"))
        #expect(screen.contains("a sinds 12-03"))
        let raad = render(try state(index: 0)).text
        #expect(raad.contains("−1,0 sinds 12-03"))
        #expect(!raad.contains("vergeleken met"))
    }

    @Test func aOpensTheComparisonAndEscapeGoesBack() throws {
        let (opened, commands) = Fixture.press([.character("a")], on: try state(index: 0))
        #expect(opened.screen == .comparison)
        #expect(commands.isEmpty)
        let screen = render(opened).text
        #expect(screen.contains("Wat is er veranderd sinds 12-03-2025 (\"Commissie\")"))
        #expect(screen.contains("34,7 fte → 33,7 fte (−1,0)"))
        let (back, _) = Fixture.press([.escape], on: opened)
        #expect(back.screen == .overview)
    }

    /// A parameter that did not change is muted, by the report's flag; a revised year's figures
    /// stand indented under it, without a bullet.
    @Test func unchangedParametersAreMutedAndRevisedFiguresIndented() throws {
        let (opened, _) = Fixture.press([.character("a")], on: try state(index: 0))
        let lines = ComparisonView.lines(for: opened).compactMap { $0.first }
        let muted = lines.filter { $0.role == .muted }
        #expect(!muted.isEmpty)
        #expect(muted.allSatisfy { $0.text.contains("(ongewijzigd)") }, "\(muted.map(\.text))")
        #expect(lines.filter { $0.text.contains("(ongewijzigd)") }.allSatisfy { $0.role == .muted })
        let quotum = try #require(lines.first { $0.text.contains("34,7 fte → 33,7 fte") })
        #expect(quotum.role == .normal)
        #expect(lines.contains { $0.text.hasPrefix("     ") && $0.text.contains(" → ") && !$0.text.contains(opened.glyphs.bullet) })
    }

    @Test func withoutAnArchiveNothingChanges() {
        let state = Fixture.state(width: 120, height: 40)
        #expect(!render(state).text.contains("sinds"))
        let (opened, _) = Fixture.press([.character("a")], on: state)
        #expect(render(opened).text.contains("geen eerdere momentopname"))
    }
}
