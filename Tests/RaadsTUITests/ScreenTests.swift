import RaadsMetrics
import RaadsPresentation
import Testing

@testable import RaadsTUI

/// Whole screens against golden files (Tests/RaadsTUITests/Golden; `RECORD_SNAPSHOTS=1`
/// re-records), plus properties that must hold on every screen.
@Suite("screens")
struct ScreenTests {
    static let sizes = [(80, 24), (120, 40)]

    @Test(arguments: sizes)
    func overview(width: Int, height: Int) {
        let screen = render(Fixture.state(width: width, height: height))
        expectGolden(screen, "overview-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func overviewInEnglish(width: Int, height: Int) {
        let screen = render(Fixture.state(width: width, height: height, language: .en))
        expectGolden(screen, "overview-en-\(width)x\(height)")
    }

    @Test(arguments: ["griffie", "portefeuillehouder"])
    func otherDashboards(_ name: String) {
        let boards = DashboardCatalog.builtIn
        let index = boards.firstIndex { $0.name == name }!
        let state = Fixture.state(width: 120, height: 40, dashboardIndex: index)
        #expect(state.dashboard?.name == name)
        expectGolden(render(state), "overview-\(name)-120x40")
        for id in state.parameters {
            var s = state
            s.selected = s.parameters.firstIndex(of: id)!
            s = update(s, .key(.enter)).0
            expectGolden(render(s), "detail-\(name)-\(id.rawValue)-120x40")
        }
    }

    @Test func withoutDashboardsTheSevenParametersShowAsTheyAre() {
        let screen = render(Fixture.state(width: 120, height: 40, dashboards: []))
        for id in ParameterID.allCases { #expect(screen.text.contains(id.titel)) }
        #expect(!screen.line(0).contains("(Tab)"))
    }

    @Test func overviewAt40x12IsAList() {
        expectGolden(render(Fixture.state(width: 40, height: 12)), "overview-40x12")
    }

    @Test func overviewOfAnEarlierYear() {
        expectGolden(render(Fixture.state(width: 120, height: 40, year: 2018)), "overview-2018-120x40")
    }

    @Test(arguments: ParameterID.allCases)
    func detailAt80x24(_ id: ParameterID) {
        let state = open(id, Fixture.state(width: 80, height: 24))
        expectGolden(render(state), "detail-\(id.rawValue)-80x24")
    }

    @Test(arguments: ParameterID.allCases)
    func detailAt120x40(_ id: ParameterID) {
        let state = open(id, Fixture.state(width: 120, height: 40))
        expectGolden(render(state), "detail-\(id.rawValue)-120x40")
    }

    /// The whole scrolling content, so that a change anywhere in a detail view shows up.
    @Test(arguments: ParameterID.allCases)
    func detailContentAt80Columns(_ id: ParameterID) {
        let state = open(id, Fixture.state(width: 80, height: 24))
        let text = DetailView.lines(for: state).map { line in
            var s = line.map(\.text).joined()
            while s.last == " " { s.removeLast() }
            return s
        }.joined(separator: "\n")
        expectGolden(text, "detail-\(id.rawValue)-content-80")
    }

    /// Issue 13: a column's kind, not the look of a cell, decides its alignment. A word in a column
    /// of figures lines up with the figures; a text that starts with a digit, or a dash, in a
    /// column of text stays on the left. The first column is the row's header.
    @Test func aColumnsKindDecidesItsAlignment() {
        let t = Table(
            title: "", columns: [.number("gestart"), .number("beëindigd"), .text("toelichting")],
            rows: [["12", "12", "–"], ["7", "afgeschermd", "12 stuks"]])
        let table = TableLayout(t, width: 80, glyphs: .unicode)
        let lines = (0..<table.lineCount).map { table.line($0).map(\.text).joined() }
        #expect(lines == [" gestart  beëindigd    toelichting", " 12                12  –", " 7        afgeschermd  12 stuks"])
    }

    @Test func detailScrolledToTheEnd() {
        var state = open(.quotum, Fixture.state(width: 80, height: 24))
        state = update(state, .key(.end)).0
        let screen = render(state)
        expectGolden(screen, "detail-quotum-end-80x24")
        #expect(screen.line(23).contains("regel"))
    }

    @Test(arguments: sizes)
    func help(width: Int, height: Int) {
        let state = update(Fixture.state(width: width, height: height), .key(.character("?"))).0
        expectGolden(render(state), "help-\(width)x\(height)")
    }

    @Test func detailAndHelpAt40x12() {
        let state = Fixture.state(width: 40, height: 12)
        expectGolden(render(open(.quotum, state)), "detail-quotum-40x12")
        expectGolden(render(update(state, .key(.character("?"))).0), "help-40x12")
    }

    @Test func tooSmallAt30x10() {
        let screen = render(Fixture.state(width: 30, height: 10))
        #expect(
            screen.lines == [
                "", "", "",
                "       Venster te klein",
                "  Maak het venster minstens",
                " 40×12 tekens groot. q stopt.",
                "           (30×10)",
                "", "", "",
            ])
        #expect(screen[7, 3].style.contains(.bold))
    }

    @Test func tooSmallJustBelowTheMinimum() {
        #expect(render(Fixture.state(width: 39, height: 24)).text.contains("Venster te klein"))
        #expect(render(Fixture.state(width: 80, height: 11)).text.contains("Venster te klein"))
        #expect(!render(Fixture.state(width: 40, height: 12)).text.contains("Venster te klein"))
        #expect(render(Fixture.state(width: 30, height: 10, language: .en)).text.contains("Window too small"))
        // Degenerate sizes never crash.
        for (w, h) in [(0, 0), (1, 1), (5, 2), (200, 3)] {
            #expect(render(Fixture.state(width: w, height: h)).width == w)
        }
    }

    @Test(arguments: [(80, 24), (120, 40), (40, 12)])
    func allSevenTitlesValuesAndStatusesAreVisible(width: Int, height: Int) {
        let state = Fixture.state(width: width, height: height)
        let text = render(state).text
        for tile in Presenter.tiles(state.summary, language: .nl) {
            let shortTitle = String(tile.title.prefix(width >= 80 ? tile.title.count : 14))
            #expect(text.contains(shortTitle), "title \(tile.title)")
            #expect(text.contains(state.glyphs.symbol(tile.status)))
            if width >= 80 {
                #expect(text.contains(tile.valueText), "value \(tile.valueText)")
                #expect(text.contains("\(state.glyphs.symbol(tile.status)) \(tile.statusText)"))
            }
        }
        if width >= 80 {
            for id in ParameterID.allCases { #expect(text.contains(id.titel)) }
        }
    }

    @Test func statusIsNeverShownByColourAlone() {
        // Every status cell that carries a status colour is a symbol or a word, never a blank.
        let screen = render(Fixture.state(width: 120, height: 40))
        let statusRoles: Set<ColorRole> = [.onTrack, .atRisk, .behind, .unknown]
        for cell in screen.cells where statusRoles.contains(cell.role) && cell.character == " " {
            #expect(cell.style.isEmpty || cell.style == [.bold], "blank coloured status cell")
        }
        #expect(screen.text.contains("▲ risico"))
        #expect(screen.text.contains("✖ achter"))
        #expect(screen.text.contains("? geen gegevens"))
    }

    @Test func theSelectedTileIsMarkedWithoutColour() {
        let screen = render(Fixture.state(width: 80, height: 24))
        #expect(screen.line(2).hasPrefix("┌─ ▶ Quotum banenafspraak"))
        #expect(screen[5, 2].style.contains(.reverse))
        #expect(!render(Fixture.state(width: 80, height: 24)).line(7).contains("▶"))
    }

    @Test func asciiGlyphsWhenTheLocaleIsNotUTF8() {
        let state = Fixture.state(width: 80, height: 24, glyphs: .ascii)
        let screen = render(state)
        expectGolden(screen, "overview-ascii-80x24")
        #expect(screen.cells.allSatisfy { $0.character.isASCII }, "non-ASCII character on an ASCII screen")
        #expect(screen.line(2).hasPrefix("+- > Quotum banenafspraak ---"))
        #expect(screen.text.contains("! risico"))
        #expect(screen.text.contains("x achter"))
        // Every screen stays ASCII: details, help, list, too small, English.
        var states = ParameterID.allCases.map { open($0, state) }
        states.append(update(state, .key(.character("?"))).0)
        states.append(Fixture.state(width: 40, height: 12, glyphs: .ascii))
        states.append(Fixture.state(width: 30, height: 10, glyphs: .ascii))
        states.append(Fixture.state(width: 120, height: 40, language: .en, glyphs: .ascii, fictief: true))
        for s in states {
            var all = render(s)
            if case .detail = s.screen {
                all = render(update(s, .key(.end)).0)
            }
            #expect(all.cells.allSatisfy { $0.character.isASCII }, "non-ASCII on \(s.screen)")
        }
        expectGolden(render(open(.quotum, state)), "detail-quotum-ascii-80x24")
    }

    @Test func monochromeScreensStillShowSelectionAndStatusBySymbols() {
        // The backend drops colour roles without colours; what remains are characters and
        // bold/reverse. Check that the screen is readable from those alone.
        let screen = render(Fixture.state(width: 80, height: 24, glyphs: .ascii))
        let reversed = screen.cells.filter { $0.style.contains(.reverse) }
        #expect(!reversed.isEmpty)
        for word in ["! risico", "x achter", "? geen gegevens"] {
            #expect(screen.text.contains(word))
        }
    }

    @Test func fictitiousDataCarryABanner() {
        let nl = render(Fixture.state(width: 80, height: 24, fictief: true))
        #expect(nl.line(0).hasSuffix("FICTIEVE GEGEVENS"))
        #expect(nl[79, 0].role == .banner)
        expectGolden(nl, "overview-fictief-80x24")
        let en = render(Fixture.state(width: 40, height: 12, language: .en, fictief: true))
        #expect(en.line(0).contains("FICTITIOUS DATA"))
        let detail = render(open(.quotum, Fixture.state(width: 80, height: 24, fictief: true)))
        #expect(detail.line(0).contains("FICTIEVE GEGEVENS"))
    }

    @Test func aPartialYearIsLabelled() {
        var state = Fixture.state(width: 120, height: 40)
        state.summary.dataset.peildatum = Day(year: 2020, month: 6, day: 30)!
        let screen = render(state)
        #expect(screen.line(1).contains("gedeeltelijk jaar, t/m 30-06-2020"))
        state.language = .en
        #expect(render(state).line(1).contains("partial year, up to 30 June 2020"))
    }

    @Test func theFooterAlwaysShowsHelpAndQuit() {
        for (w, h) in [(40, 12), (60, 20), (80, 24), (120, 40)] {
            let state = Fixture.state(width: w, height: h)
            for s in [state, open(.quotum, state), update(state, .key(.character("?"))).0] {
                let footer = render(s).line(h - 1)
                #expect(footer.contains("? hulp") || s.showHelp, "\(w)x\(h): \(footer)")
                #expect(footer.contains("q stop"), "\(w)x\(h): \(footer)")
            }
        }
    }

    @Test func aReloadErrorAppearsInAPanel() {
        let state = update(
            Fixture.state(width: 80, height: 24),
            .loadFailed(["plaatsingen.csv:14:6: error: 'uren_per_week' moet een getal zijn, gevonden: \"twintig\""])
        ).0
        let screen = render(state)
        expectGolden(screen, "panel-reload-error-80x24")
        #expect(screen.text.contains("Opnieuw inlezen mislukt"))
        #expect(screen.text.contains("plaatsingen.csv:14:6"))
    }

    @Test func onlyChangedRowsDifferBetweenFrames() {
        let a = render(Fixture.state(width: 80, height: 24))
        let b = render(update(Fixture.state(width: 80, height: 24), .key(.character("l"))).0)
        let rows = b.changedRows(since: a)
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { (2...7).contains($0) })
        #expect(a.changedRows(since: a).isEmpty)
        #expect(a.changedRows(since: nil).count == 24)
    }

    func open(_ id: ParameterID, _ state: AppState) -> AppState {
        var s = state
        s.selected = s.parameters.firstIndex(of: id)!
        return update(s, .key(.enter)).0
    }
}
