import Foundation
import RaadsMetrics
import RaadsPresentation
import Testing

@testable import RaadsTUI

/// The runner with a recording terminal: commands are carried out and every frame is kept.
@Suite("runner")
struct RunnerTests {
    static func runner(load: @escaping @Sendable () -> LoadResult = { DatasetLoader.load(from: DirectorySource(path: Fixture.zoetermeerPath)) })
        -> AppRunner
    {
        let (ds, diags) = Fixture.zoetermeer
        return AppRunner(
            state: Fixture.state(), dataset: ds, diagnostics: diags, environment: DataEnvironment(load: load))
    }

    @Test func runsUntilQAndDrawsAFramePerEvent() {
        let terminal = RecordingTerminal(width: 80, height: 24, events: [.key(.down), .key(.character("q")), .key(.down)])
        let final = Self.runner().run(on: terminal)
        #expect(!final.isRunning)
        #expect(terminal.frames.count == 2)  // the first screen and after ↓; none after q
        #expect(final.selected == 2)
    }

    @Test func theEndOfInputEndsTheLoop() {
        let terminal = RecordingTerminal(width: 80, height: 24, events: [])
        Self.runner().run(on: terminal)
        #expect(terminal.frames.count == 1)
    }

    @Test func changingTheYearRecomputesTheFigures() {
        let terminal = RecordingTerminal(width: 120, height: 40, events: [.key(.character("[")), .key(.character("["))])
        let final = Self.runner().run(on: terminal)
        #expect(final.year == 2018)
        #expect(final.summary.jaar == 2018)
        #expect(final.summary.quotum.selected.jaar == 2018)
        #expect(terminal.frames.last!.line(1).contains("2018"))
        #expect(terminal.frames.last!.text.contains("13,6 fte"))
    }

    @Test func aResizeRedrawsAtTheNewSize() {
        let terminal = RecordingTerminal(width: 120, height: 40, events: [.resize(width: 80, height: 24), .resize(width: 30, height: 10)])
        Self.runner().run(on: terminal)
        #expect(terminal.frames.map(\.width) == [120, 80, 30])
        #expect(terminal.frames.last!.text.contains("Venster te klein"))
    }

    @Test func aFailingReloadKeepsTheOldFiguresAndShowsTheErrors() {
        let broken: @Sendable () -> LoadResult = {
            DatasetLoader.load(
                from: InMemorySource(
                    label: "kapot",
                    texts: [
                        "dataset.toml": "naam = \"X\"\npeildatum = 2020-12-31\nfictief = false\n",
                        "doelen.csv": "jaar;indicator;doel;eenheid;vastgesteld_door\ntwintig;quotum_banenafspraak;1;fte;raad\n",
                    ]))
        }
        let terminal = RecordingTerminal(width: 80, height: 24, events: [.key(.character("r"))])
        let runner = Self.runner(load: broken)
        let before = runner.state.summary
        let final = runner.run(on: terminal)
        #expect(final.summary == before)
        #expect(final.panel?.isError == true)
        // Issue 10: in words in the dashboard, with what to do and what it affects.
        #expect(final.panel?.lines.first == "1 fout in de nieuwe gegevens ('raadsdashboard check' toont ze allemaal):")
        #expect(final.panel?.lines.contains { $0.hasPrefix("doelen.csv, regel 2, kolom 1: fout: 'jaar' moet een jaartal") } == true)
        #expect(final.panel?.lines.contains("Oplossen: Schrijf het jaar met vier cijfers, zoals 2024.") == true)
        #expect(final.panel?.lines.contains("Raakt: Quotum banenafspraak") == true)
        #expect(terminal.frames.last!.text.contains("doelen.csv, regel 2, kolom 1"))
    }

    @Test func aMissingFolderOnReloadIsAnErrorNotACrash() {
        let gone: @Sendable () -> LoadResult = { DatasetLoader.load(from: DirectorySource(path: "/nonexistent/raads")) }
        let terminal = RecordingTerminal(width: 80, height: 24, events: [.key(.character("r")), .key(.enter)])
        let final = Self.runner(load: gone).run(on: terminal)
        #expect(final.panel == nil)  // closed by Enter
        #expect(terminal.frames[1].text.contains("/nonexistent/raads"))
    }

    @Test func aSuccessfulReloadSaysSo() {
        let terminal = RecordingTerminal(width: 80, height: 24, events: [.key(.character("[")), .key(.character("r"))])
        let final = Self.runner().run(on: terminal)
        #expect(final.year == 2019)
        #expect(final.notice == "Gegevens opnieuw ingelezen.")
        #expect(terminal.frames.last!.line(1).contains("Gegevens opnieuw ingelezen."))
    }

    @Test func tabSwitchesToTheNextDashboard() {
        let terminal = RecordingTerminal(width: 120, height: 40, events: [.key(.tab), .key(.tab), .key(.tab), .key(.tab)])
        let final = Self.runner().run(on: terminal)
        #expect(final.dashboardIndex == 0)
        #expect(terminal.frames[0].line(0).contains("Raadsoverzicht (Tab)"))
        #expect(terminal.frames[1].line(0).contains("Griffie: sessievoorbereiding (Tab)"))
        #expect(terminal.frames[2].line(0).contains(DashboardCatalog.builtIn[2].titleNL))
        #expect(terminal.frames[1] != terminal.frames[0])
        #expect(terminal.frames[3].line(0).contains("Opbrengst voor de gemeente (Tab)"))
        #expect(terminal.frames[4] == terminal.frames[0])
    }
}

@Suite("building blocks")
struct BuildingBlockTests {
    @Test func cellBufferClipsAndReportsLines() {
        var b = CellBuffer(width: 5, height: 2)
        #expect(b.put("abcdefg", x: 1, y: 0) == 4)
        b.put("xy", x: -1, y: 1, style: [.bold])
        #expect(b.lines == [" abcd", "y"])
        #expect(b[0, 1].style == [.bold])
        #expect(b[9, 9] == .blank)
    }

    @Test func wrapBreaksAtSpacesAndCutsLongWords() {
        #expect(TextLayout.wrap("een twee drie vier", 9) == ["een twee", "drie vier"])
        #expect(TextLayout.wrap("abcdefghij", 4) == ["abcd", "efgh", "ij"])
        #expect(TextLayout.wrap("a\n\nb", 5) == ["a", "", "b"])
    }

    @Test func truncateAndSpread() {
        #expect(TextLayout.truncate("Gebruik bovenformatief fonds", 10) == "Gebruik b…")
        #expect(TextLayout.truncate("kort", 10) == "kort")
        #expect(TextLayout.spread("links", "rechts", 14) == "links   rechts")
        #expect(TextLayout.spread("heel lange tekst", "rechts", 14) == "heel l… rechts")
    }

    @Test func asciiFoldingKeepsTextReadable() {
        let g = Glyphs.ascii
        #expect(g.fold("€ 153.000 · vóór ✔ ▲ ✖") == "EUR 153.000 - voor v ! x")
        #expect(g.fold("één “baan” – café") == "een \"baan\" - cafe")
        #expect(Glyphs.unicode.fold("€ ✔") == "€ ✔")
    }

    /// The interface's own numbers (chart labels, the progress bar's percentage) use
    /// `NumberFormat`, as every figure does (issue 13: one number formatter).
    @Test func uiNumbersFollowTheLanguage() {
        #expect(NumberFormat.decimal(1234.56, language: .nl) == "1.234,6")
        #expect(NumberFormat.decimal(1234.56, language: .en) == "1,234.6")
        #expect(NumberFormat.decimal(27.4, digits: 0, language: .nl) == "27")
        #expect(NumberFormat.percent(0.974 * 100, digits: 0, language: .nl) == "97 %")
        #expect(NumberFormat.percent(1.2 * 100, digits: 0, language: .en) == "120%")
    }

    @Test func layoutColumnsAndModes() {
        #expect(Layout(width: 120, height: 40, count: 7).columns == 3)
        #expect(Layout(width: 80, height: 24, count: 7).columns == 2)
        #expect(Layout(width: 60, height: 24, count: 7).columns == 1)
        #expect(Layout(width: 80, height: 24, count: 7).mode == .grid)
        #expect(Layout(width: 40, height: 12, count: 7).mode == .list)
        #expect(Layout(width: 39, height: 12, count: 7).isTooSmall)
        #expect(Layout(width: 40, height: 11, count: 7).isTooSmall)
        let l = Layout(width: 80, height: 24, count: 7)
        #expect(l.tileRect(0) == Rect(x: 0, y: 2, width: 40, height: 5))
        #expect(l.tileRect(3) == Rect(x: 40, y: 7, width: 40, height: 5))
        #expect(l.tile(atX: 45, y: 8, selected: 0) == 3)
    }
}

/// Issue 9: the questions of new figures are evaluated on another thread before `v` asks.
@Suite("questions evaluated ahead")
struct QuestionPrefetchTests {
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var n = 0
        func tick() {
            lock.lock()
            n += 1
            lock.unlock()
        }
        var value: Int {
            lock.lock()
            defer { lock.unlock() }
            return n
        }
    }

    @Test func aPrefetchAndARequestEvaluateOnce() {
        let summary = Fixture.summary()
        for round in 0..<50 {
            let memo = QuestionMemo()
            let calls = Counter()
            let evaluate: @Sendable () -> [Question] = {
                calls.tick()
                return Questions.evaluate(summary, language: .nl)
            }
            memo.prefetch(version: round, language: .nl, evaluate)
            if round % 2 == 0 { usleep(UInt32(round * 50)) }
            let questions = memo.questions(version: round, language: .nl, evaluate)
            #expect(questions == Questions.evaluate(summary, language: .nl))
            // A thread that starts late finds the questions there and evaluates nothing.
            usleep(2_000)
            #expect(calls.value == 1, "round \(round)")
        }
    }

    @Test func languagesAndFiguresAreKeptApart() {
        let memo = QuestionMemo()
        let nl = Fixture.summary(), older = Fixture.summary(year: 2019)
        memo.prefetch(version: 1, language: .nl) { Questions.evaluate(nl, language: .nl) }
        memo.prefetch(version: 1, language: .en) { Questions.evaluate(nl, language: .en) }
        memo.prefetch(version: 2, language: .nl) { Questions.evaluate(older, language: .nl) }
        #expect(memo.questions(version: 1, language: .nl) { Questions.evaluate(nl, language: .nl) } == Questions.evaluate(nl, language: .nl))
        #expect(memo.questions(version: 1, language: .en) { Questions.evaluate(nl, language: .en) } == Questions.evaluate(nl, language: .en))
        #expect(memo.questions(version: 2, language: .nl) { Questions.evaluate(older, language: .nl) } == Questions.evaluate(older, language: .nl))
        // What is kept is returned without evaluating again.
        #expect(memo.questions(version: 1, language: .en) { [] } == Questions.evaluate(nl, language: .en))
    }

    @Test func theRunnerAsksAheadForNewFiguresAndLanguages() {
        let state = Fixture.state()
        let runner = AppRunner(
            state: state, dataset: Fixture.zoetermeer.dataset, diagnostics: Fixture.zoetermeer.diagnostics,
            environment: DataEnvironment { DatasetLoader.load(from: DirectorySource(path: Fixture.zoetermeerPath)) })
        runner.send(.key(.character("[")))
        runner.send(.key(.character("t")))
        // The prefetch may still run; asking waits for it or finds it, and gives the same questions.
        #expect(runner.state.questions == Questions.evaluate(runner.state.summary, language: .en))
        #expect(runner.state.year == state.year - 1)
    }
}
