import Foundation
import RaadsMetrics
import RaadsPresentation
import Testing

@testable import RaadsTUI

/// Issue 10: figures that agreed nowhere, thresholds the help got wrong and words a council
/// member cannot read, as whole screens (golden files; `RECORD_SNAPSHOTS=1` re-records).
@Suite("figures and words on screen")
struct FiguresScreenTests {
    static func state(_ dataset: String, board: String, width: Int = 120, height: Int = 40, language: Language = .nl, year: Int? = nil) -> AppState {
        let path = Fixture.repositoryRoot.appendingPathComponent("sample-data/\(dataset)").path
        let r = DatasetLoader.load(from: DirectorySource(path: path))
        precondition(!r.hasErrors)
        let ds = r.dataset!
        let s = Metrics.summary(ds, year: year ?? ds.info.peildatum.year, warnings: r.diagnostics)
        let boards = DashboardCatalog.builtIn
        return AppState(
            summary: s, years: Metrics.selectableYears(ds), language: language, width: width, height: height, glyphs: .unicode,
            dashboards: boards, dashboardIndex: boards.firstIndex { $0.name == board }!)
    }

    static func open(_ id: ParameterID, _ state: AppState) -> AppState {
        var s = state
        s.selected = s.parameters.firstIndex(of: id)!
        return update(s, .key(.enter)).0
    }

    /// The whole detail text (all lines, not only the first screen).
    static func content(_ s: AppState) -> String {
        DetailView.lines(for: s).map { $0.map(\.text).joined() }.joined(separator: "\n")
    }

    static func help(_ s: AppState) -> String {
        HelpView.lines(for: s).map { $0.map(\.text).joined() }.joined(separator: "\n")
    }

    /// Every year of "Vaste contracten" is judged against the dashboard's 50 %.
    @Test func duurzaamheidRowsAreJudgedAgainstTheDashboardTarget() {
        let s = Self.open(.duurzaamheid, Self.state("voorbeeldgemeente", board: "portefeuillehouder"))
        expectGolden(render(s), "figures-portefeuillehouder-duurzaamheid-120x40")
        let text = Self.content(s)
        #expect(text.contains("52,6 %") && text.contains("✔ op koers"))
        #expect(!text.contains("geen gegevens") || !text.split(separator: "\n").contains { $0.contains("52,6 %") && $0.contains("geen gegevens") })
    }

    /// The quota's chart in banen, with the note why; the department table of the headline year.
    @Test func quotaChartInOneUnit() {
        let s = Self.open(.quotum, Self.state("voorbeeldgemeente", board: "portefeuillehouder"))
        let text = Self.content(s)
        #expect(text.contains("de grafiek toont daarom banen"))
        #expect(text.contains("Per afdeling in 2024 (t/m 30-09)"))
        var scrolled = s
        scrolled.scroll = 14
        expectGolden(render(scrolled), "figures-portefeuillehouder-quotum-chart-120x40")
    }

    /// Zoetermeer's quota is in fte: the department table has fte next to banen.
    @Test func departmentTableInTheHeadlinesUnit() {
        let s = Self.open(.quotum, Self.state("zoetermeer", board: "raad"))
        let text = Self.content(s)
        #expect(text.contains("Per afdeling in 2020"))
        #expect(text.split(separator: "\n").contains { $0.contains("afdeling") && $0.contains("banen") && $0.contains("fte") })
    }

    /// The fund's tile and detail say what it is judged against.
    @Test func fundShowsItsTarget() {
        let overview = Self.state("zoetermeer", board: "raad")
        #expect(render(overview).text.contains("doel: alles besteed"))
        var compact = overview
        compact.width = 80
        compact.height = 24
        #expect(render(compact).text.contains("€ 2.300 van € 153.000 · doel 100 %"))
        let s = Self.open(.fondsBovenformatief, overview)
        expectGolden(render(s), "figures-raad-fonds-120x40")
        #expect(Self.content(s).contains("Status: op koers vanaf 100 % van het beschikbare geld"))
    }

    /// "1 van 1 met cijfers ▲ risico" says what is missing, on the tile.
    @Test func informatieSaysWhatIsMissing() {
        let s = Self.state("voorbeeldgemeente", board: "raad")
        expectGolden(render(s), "figures-raad-voorbeeldgemeente-overview-120x40")
        #expect(render(s).text.contains("geen cijfers over SROI"))
        var compact = s
        (compact.width, compact.height) = (80, 24)
        #expect(render(compact).text.contains("geen cijfers over SROI"))
    }

    /// The help shows the thresholds of the screen in front: 95 % for the portefeuillehouder's
    /// quota, 90 % elsewhere, and names the panel that differs on the overview.
    @Test func helpShowsTheThresholdsOfTheScreen() {
        var overview = Self.state("zoetermeer", board: "portefeuillehouder")
        overview.showHelp = true
        let o = Self.help(overview)
        #expect(o.contains("▲ risico        de waarde haalt minstens 90 % van het doel"))
        #expect(o.contains("Quotum: voortgang per jaar: op koers vanaf 100 %, risico vanaf 95 % van het doel (dashboardbestand)."))

        var detail = Self.open(.quotum, Self.state("zoetermeer", board: "portefeuillehouder"))
        detail.showHelp = true
        let d = Self.help(detail)
        #expect(d.contains("▲ risico        de waarde haalt minstens 95 % van het doel"))
        #expect(d.contains("✖ achter        de waarde blijft onder 95 % van het doel"))
        #expect(d.contains("Deze drempels komen uit het dashboardbestand."))
        #expect(!d.contains("90 %"))
        expectGolden(render(detail), "figures-help-portefeuillehouder-quotum-120x40")

        var raad = Self.open(.quotum, Self.state("zoetermeer", board: "raad", language: .en))
        raad.showHelp = true
        let e = Self.help(raad)
        #expect(e.contains("▲ at risk       the value is at least 90% of the target"))
        #expect(e.contains("These are the data contract's default thresholds."))
    }

    /// The questions screen explains each question's rule; `?` lists every rule. No pointer
    /// into the source tree.
    @Test func questionsExplainTheirRules() {
        var s = Self.state("zoetermeer", board: "griffie")
        s = update(s, .key(.character("v"))).0
        #expect(s.screen == .questions)
        let text = QuestionsView.lines(for: s).map { $0.map(\.text).joined() }.joined(separator: "\n")
        #expect(!text.contains("docs/vragen.md"))
        #expect(text.contains("waarom: het bovenformatief fonds is voor minder dan 10 % benut"))
        expectGolden(render(s), "figures-griffie-questions-120x40")
        s.showHelp = true
        let help = Self.help(s)
        #expect(help.contains("Regels voor de vragen"))
        #expect(help.contains("11. een procedure of afdeling realiseert minder dan de helft"))
    }

    /// English mode: the key figure, the kinds of documents and fund lines, no odd phrases.
    @Test func englishScreensAreEnglish() {
        let overview = Self.state("zoetermeer", board: "raad", language: .en)
        expectGolden(render(overview), "figures-raad-overview-en-120x40")
        let o = render(overview).text
        #expect(o.contains("SEBO quality marks: 56 businesses"))
        #expect(o.contains("legal count: 47.6 jobs of 25.5 hours"))
        #expect(o.contains("reference date 31 December 2020"))
        #expect(!o.contains("moved on") && !o.contains("volume"))
        let fonds = Self.content(Self.open(.fondsBovenformatief, Self.state("voorbeeldgemeente", board: "portefeuillehouder", language: .en)))
        #expect(fonds.contains("Budget line: Social return team"))
        #expect(!fonds.contains("begroting") && !fonds.contains("uitgave") && !fonds.contains("social_return_team"))
        let info = Self.content(Self.open(.informatievoorziening, Self.state("zoetermeer", board: "raad", language: .en)))
        #expect(!info.contains(" soort") && !info.contains("volume") && !info.contains("raadsinformatiebrief"))
    }

    /// The Dutch screens use one date form: dd-mm-jjjj.
    @Test func oneDutchDateForm() {
        let s = Self.state("voorbeeldgemeente", board: "raad")
        #expect(render(s).text.contains("peildatum 30-09-2024"))
        let naleving = Self.content(Self.open(.sroiNaleving, Self.state("zoetermeer", board: "raad")))
        #expect(naleving.contains("17-06-2019"))
        #expect(naleving.contains("telt pas 90 dagen na de gunning als 'geen registratie'"))
    }
}
