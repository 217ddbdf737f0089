import RaadsMetrics
import RaadsPresentation
import Testing

@testable import RaadsTUI

/// The questions screen (`v`): the griffie's questions and data quality in the terminal.
@Suite("questions screen")
struct QuestionsScreenTests {
    func griffie(width: Int, height: Int) -> AppState {
        let index = DashboardCatalog.builtIn.firstIndex { $0.name == "griffie" }!
        return Fixture.state(width: width, height: height, dashboardIndex: index)
    }

    @Test func vOpensTheQuestionsAndEscOrVGoBack() {
        let start = griffie(width: 80, height: 24)
        let (open, commands) = Fixture.press([.character("v")], on: start)
        #expect(open.screen == .questions)
        #expect(commands.isEmpty)
        #expect(Fixture.press([.escape], on: open).0.screen == .overview)
        #expect(Fixture.press([.backspace], on: open).0.screen == .overview)
        #expect(Fixture.press([.character("v")], on: open).0.screen == .overview)
    }

    @Test func theQuestionsScreenScrollsAndStopsAtTheEnd() {
        let (open, _) = Fixture.press([.character("v")], on: griffie(width: 80, height: 24))
        #expect(open.maxScroll > 0, "the Zoetermeer questions do not fit on one 80x24 screen")
        #expect(Fixture.press([.down, .down], on: open).0.scroll == 2)
        #expect(Fixture.press([.end], on: open).0.scroll == open.maxScroll)
        #expect(Fixture.press([.end, .down], on: open).0.scroll == open.maxScroll)
        #expect(Fixture.press([.pageDown, .home], on: open).0.scroll == 0)
        #expect(Fixture.press([.up], on: open).0.scroll == 0)
    }

    @Test func theGriffieFooterCountsTheQuestions() {
        let count = Questions.evaluate(Fixture.summary(), language: .nl).count
        #expect(count >= 4)
        let footer = render(griffie(width: 120, height: 40)).lines.last ?? ""
        #expect(footer.contains("v vragen (\(count))"))
        let plain = render(Fixture.state(width: 120, height: 40)).lines.last ?? ""
        #expect(plain.contains("v vragen") && !plain.contains("v vragen ("))
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func questionsOfTheZoetermeerFigures(width: Int, height: Int) {
        let (open, _) = Fixture.press([.character("v")], on: griffie(width: width, height: height))
        let screen = render(open)
        expectGolden(screen, "questions-griffie-\(width)x\(height)")
        let all = QuestionsView.lines(for: open).map { $0.map(\.text).joined() }.joined(separator: "\n")
        for phrase in ["bovenformatief fonds", "alleen ambtelijk vastgesteld", "geen inkoopregister", "Kwaliteit van de gegevens"] {
            #expect(all.contains(phrase), "\(phrase) missing")
        }
    }

    @Test(arguments: [Language.nl, .en])
    func noScreenShowsASwiftOptional(language: Language) {
        var s = griffie(width: 120, height: 40)
        s.language = language
        var texts = QuestionsView.lines(for: Fixture.press([.character("v")], on: s).0).map { $0.map(\.text).joined() }
        for id in s.parameters {
            var d = s
            d.selected = s.parameters.firstIndex(of: id)!
            texts += DetailView.lines(for: update(d, .key(.enter)).0).map { $0.map(\.text).joined() }
        }
        #expect(texts.count > 100)
        #expect(!texts.contains { $0.contains("Optional(") || $0.contains("nil") })
    }

    /// The questions are evaluated once per figures and language (issue 9), and never stale:
    /// another year's figures or the other language give their own questions.
    @Test func questionsAreKeptPerFiguresAndLanguage() {
        var s = griffie(width: 120, height: 40)
        #expect(s.questions == Questions.evaluate(s.summary, language: .nl))
        s.language = .en
        #expect(s.questions == Questions.evaluate(s.summary, language: .en))
        let other = Fixture.summary(year: s.summary.jaar - 1)
        let copy = s
        s = update(s, .loaded(other, years: s.years)).0
        #expect(s.questions == Questions.evaluate(other, language: .en))
        #expect(copy.questions == Questions.evaluate(copy.summary, language: .en), "a copy with the old figures keeps its questions")
        s.summary = Fixture.summary()
        #expect(s.questions == Questions.evaluate(Fixture.summary(), language: .en))
        // Two copies of one state that each get other figures share the memo, never its answer.
        let base = griffie(width: 120, height: 40)
        var one = base, two = base
        one.summary = Fixture.summary(year: base.summary.jaar - 1)
        two.summary = Fixture.summary(year: base.summary.jaar - 2)
        #expect(one.questions == Questions.evaluate(one.summary, language: .nl))
        #expect(two.questions == Questions.evaluate(two.summary, language: .nl))
        #expect(one.questions == Questions.evaluate(one.summary, language: .nl))
    }

    @Test func englishQuestions() {
        var s = griffie(width: 120, height: 40)
        s.language = .en
        let (open, _) = Fixture.press([.character("v")], on: s)
        expectGolden(render(open), "questions-griffie-en-120x40")
    }
}
