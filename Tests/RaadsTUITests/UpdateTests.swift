import RaadsMetrics
import RaadsPresentation
import Testing

@testable import RaadsTUI

/// `update(state, event)`: every key, as a change of state and the commands it asks for.
@Suite("update: keys and events")
struct UpdateTests {
    let grid = Fixture.state(width: 80, height: 24)  // two columns
    let wide = Fixture.state(width: 120, height: 40)  // three columns
    let narrow = Fixture.state(width: 40, height: 12)  // one line per parameter

    @Test func downAndJMoveOneRowOfTilesInTheGrid() {
        #expect(grid.layout.columns == 2)
        var expected = grid
        expected.selected = 2
        #expect(Fixture.press([.down], on: grid).0 == expected)
        #expect(Fixture.press([.character("j")], on: grid).0 == expected)
        expected.selected = 3
        #expect(
            Fixture.press([.down], on: wide).0
                == expected.with {
                    $0 = wide; $0.selected = 3
                })
    }

    @Test func upAndKMoveBackOneRow() {
        let (s, _) = Fixture.press([.down, .down, .up], on: grid)
        #expect(s.selected == 2)
        #expect(Fixture.press([.down, .character("k")], on: grid).0.selected == 0)
        #expect(Fixture.press([.up], on: grid).0 == grid)  // at the top: no change
    }

    @Test func downOnTheLastFullRowGoesToTheLastTile() {
        // 2 columns, 7 tiles: from tile 5 (row 2, right) down to tile 6 (row 3, alone).
        let (s, _) = Fixture.press([.down, .down, .character("l"), .down], on: grid)
        #expect(s.selected == 6)
        #expect(Fixture.press([.down], on: s).0.selected == 6)
    }

    @Test func hAndLMoveOneTileAndStopAtTheEnds() {
        #expect(Fixture.press([.character("l")], on: grid).0.selected == 1)
        #expect(Fixture.press([.character("l"), .character("h")], on: grid).0.selected == 0)
        #expect(Fixture.press([.character("h")], on: grid).0.selected == 0)
        let end = Fixture.press(Array(repeating: .character("l"), count: 10), on: grid).0
        #expect(end.selected == 6)
    }

    @Test func homeAndEndSelectTheFirstAndLastTile() {
        #expect(Fixture.press([.end], on: grid).0.selected == 6)
        #expect(Fixture.press([.end, .home], on: grid).0.selected == 0)
    }

    @Test func arrowsMoveOneLineInTheNarrowList() {
        #expect(narrow.layout.mode == .list)
        #expect(Fixture.press([.down], on: narrow).0.selected == 1)
        #expect(Fixture.press([.down, .down, .up], on: narrow).0.selected == 1)
    }

    @Test func enterAndSpaceOpenTheSelectedParameter() {
        var expected = grid
        expected.screen = .detail(.quotum)
        #expect(Fixture.press([.enter], on: grid) == (expected, []))
        #expect(Fixture.press([.character(" ")], on: grid).0 == expected)
        let (s, _) = Fixture.press([.character("l"), .enter], on: grid)
        #expect(s.screen == .detail(.duurzaamheid))
    }

    @Test func escapeAndBackspaceGoBackToTheOverview() {
        let (open, _) = Fixture.press([.character("l"), .enter, .down], on: grid)
        #expect(open.scroll == 1)
        for key in [Key.escape, .backspace] {
            let (s, c) = Fixture.press([key], on: open)
            #expect(s.screen == .overview)
            #expect(s.selected == 1)
            #expect(s.scroll == 0)
            #expect(c.isEmpty)
        }
        // Escape on the overview does nothing.
        #expect(Fixture.press([.escape], on: grid).0 == grid)
    }

    /// One meaning for ← and → everywhere: the previous / next tile (overview) or parameter
    /// (detail); `[` and `]` change the year (issue 10).
    @Test func leftAndRightOnTheOverviewMoveBetweenTilesNotYears() {
        let (s1, c1) = Fixture.press([.right], on: grid)
        #expect(s1.selected == 1)
        #expect(s1.year == 2020)
        #expect(c1.isEmpty)
        #expect(Fixture.press([.right, .right, .left], on: grid).0.selected == 1)
        #expect(Fixture.press([.left], on: grid).0.selected == 0)
        #expect(Fixture.press([.left], on: grid).1.isEmpty)
        // The same as h and l.
        #expect(Fixture.press([.right, .right], on: grid).0 == Fixture.press([.character("l"), .character("l")], on: grid).0)
        #expect(Fixture.press(Array(repeating: .right, count: 10), on: grid).0.selected == 6)
    }

    @Test func bracketsChangeTheYearWithinTheData() {
        #expect(grid.year == 2020)
        #expect(grid.years == 2018...2020)
        let (s2, c2) = Fixture.press(Array(repeating: .character("["), count: 4), on: grid)
        #expect(s2.year == 2018)
        #expect(c2 == [.computeYear(2019), .computeYear(2018)])
        // The peildatum's year is the last one.
        let (s3, c3) = Fixture.press([.character("]")], on: grid)
        #expect(s3 == grid)
        #expect(c3.isEmpty)
    }

    @Test func bracketsChangeTheYearOnEveryScreen() {
        #expect(Fixture.press([.character("[")], on: grid).1 == [.computeYear(2019)])
        let (detail, _) = Fixture.press([.enter], on: grid)
        let (s, c) = Fixture.press([.character("["), .character("["), .character("]")], on: detail)
        #expect(s.year == 2019)
        #expect(s.screen == .detail(.quotum))
        #expect(c == [.computeYear(2019), .computeYear(2018), .computeYear(2019)])
        #expect(Fixture.press([.character("]")], on: detail).1.isEmpty)
    }

    @Test func detailScrollsWithArrowsJKPagesHomeAndEnd() {
        let (d, _) = Fixture.press([.enter], on: grid)
        let max = d.maxScroll
        #expect(max > 10)
        #expect(Fixture.press([.down], on: d).0.scroll == 1)
        #expect(Fixture.press([.character("j"), .character("j"), .character("k")], on: d).0.scroll == 1)
        #expect(Fixture.press([.up], on: d).0.scroll == 0)
        #expect(Fixture.press([.character("k")], on: d).0.scroll == 0)
        let page = d.layout.scrollViewport - 1
        #expect(Fixture.press([.pageDown], on: d).0.scroll == Swift.min(page, max))
        #expect(Fixture.press([.pageDown, .pageUp], on: d).0.scroll == 0)
        #expect(Fixture.press([.end], on: d).0.scroll == max)
        #expect(Fixture.press([.end, .down], on: d).0.scroll == max)
        #expect(Fixture.press([.end, .home], on: d).0.scroll == 0)
    }

    @Test func leftAndRightOnADetailStepThroughTheParameters() {
        let (d, _) = Fixture.press([.enter, .down], on: grid)
        let (next, c) = Fixture.press([.right], on: d)
        #expect(next.screen == .detail(.duurzaamheid))
        #expect(next.scroll == 0)
        #expect(c.isEmpty)
        #expect(Fixture.press([.character("l")], on: d).0.screen == .detail(.duurzaamheid))
        // Wraps around at both ends.
        #expect(Fixture.press([.left], on: d).0.screen == .detail(.informatievoorziening))
        #expect(Fixture.press([.character("h")], on: d).0.screen == .detail(.informatievoorziening))
        let all = (0..<7).reduce(into: [ParameterID]()) { ids, i in
            let s = Fixture.press(Array(repeating: .right, count: i), on: d).0
            if case .detail(let id) = s.screen { ids.append(id) }
        }
        #expect(all == ParameterID.allCases)
    }

    @Test func questionMarkTogglesHelpAndEscapeClosesIt() {
        let (h, _) = Fixture.press([.character("?")], on: grid)
        #expect(h.showHelp)
        #expect(!Fixture.press([.character("?")], on: h).0.showHelp)
        #expect(!Fixture.press([.escape], on: h).0.showHelp)
        // While help is shown, arrows scroll the help, not the tiles.
        let small = Fixture.state(width: 60, height: 14)
        let (hs, _) = Fixture.press([.character("?"), .down, .character("j")], on: small)
        #expect(hs.helpScroll == 2)
        #expect(hs.selected == 0)
        #expect(Fixture.press([.end], on: hs).0.helpScroll == hs.maxHelpScroll)
    }

    @Test func tTogglesTheLanguage() {
        let (en, c) = Fixture.press([.character("t")], on: grid)
        #expect(en.language == .en)
        #expect(c.isEmpty)
        #expect(Fixture.press([.character("t")], on: en).0.language == .nl)
    }

    @Test func rAsksToReloadTheSelectedYear() {
        #expect(Fixture.press([.character("r")], on: grid).1 == [.reload(year: 2020)])
        #expect(Fixture.press([.character("["), .character("r")], on: grid).1 == [.computeYear(2019), .reload(year: 2019)])
    }

    @Test func qAndCtrlCQuitFromEveryScreen() {
        for start in [grid, Fixture.press([.enter], on: grid).0, Fixture.press([.character("?")], on: grid).0] {
            for key in [Key.character("q"), .interrupt, .character("Q")] {
                let (s, c) = Fixture.press([key], on: start)
                #expect(c == [.quit])
                #expect(!s.isRunning)
            }
        }
    }

    @Test func tabCyclesDashboardsWhenThereAreMore() {
        #expect(Fixture.press([.tab], on: grid.with { $0.dashboards = [] }).1.isEmpty)
        #expect(Fixture.press([.tab], on: grid.with { $0.dashboards = [DashboardCatalog.builtIn[0]] }).1.isEmpty)
        let s = grid
        #expect(s.dashboards.map(\.name) == ["raad", "griffie", "portefeuillehouder", "opbrengst"])
        var names: [String] = []
        var a = s
        for key in [Key.tab, .tab, .tab, .tab, .backTab] {
            let (next, c) = Fixture.press([key], on: a)
            #expect(c.isEmpty, "switching is a state change, no command")
            names.append(next.dashboards[next.dashboardIndex].name)
            a = next
        }
        #expect(names == ["griffie", "portefeuillehouder", "opbrengst", "raad", "opbrengst"])
        #expect(a.dashboardIndex == 3)
        #expect(a.parameters == DashboardCatalog.builtIn[3].panels.map(\.parameter))
        let (b, _) = Fixture.press([.backTab], on: a)
        #expect(b.dashboardIndex == 2)
        #expect(b.parameters == DashboardCatalog.builtIn[2].panels.map(\.parameter))
        // Tab goes back to the overview of the next dashboard, first tile selected.
        let (d, _) = Fixture.press([.character("l"), .enter, .tab], on: s)
        #expect(d.screen == .overview)
        #expect(d.selected == 0)
        #expect(d.dashboardIndex == 1)
    }

    @Test func clickingATileOpensIt() {
        // 120×40: three columns of 40; tile 4 (SROI-naleving) is in the middle of row 2.
        let rect = wide.layout.tileRect(4)
        let (s, c) = update(wide, .click(x: rect.x + 5, y: rect.y + 2))
        #expect(s.screen == .detail(.sroiNaleving))
        #expect(s.selected == 4)
        #expect(c.isEmpty)
        // The header is not a tile.
        #expect(update(wide, .click(x: 5, y: 0)).0 == wide)
        // Narrow list: a click on the third line opens the third parameter.
        #expect(update(narrow, .click(x: 3, y: Layout.headerHeight + 2)).0.screen == .detail(.fondsBovenformatief))
    }

    @Test func resizeChangesTheLayoutAndKeepsTheScrollInRange() {
        let (d, _) = Fixture.press([.enter, .end], on: grid)
        let (big, _) = update(d, .resize(width: 200, height: 120))
        #expect(big.width == 200)
        #expect(big.height == 120)
        #expect(big.scroll == big.maxScroll)
        #expect(big.scroll < d.scroll)
    }

    @Test func aFailedReloadShowsAPanelAndKeepsTheData() {
        let (s, c) = update(grid, .loadFailed(["doelen.csv:3:2: error: 'jaar' moet een geheel getal zijn"]))
        #expect(c.isEmpty)
        #expect(s.panel?.isError == true)
        #expect(s.panel?.lines == ["doelen.csv:3:2: error: 'jaar' moet een geheel getal zijn"])
        #expect(s.summary == grid.summary)
        // Any key closes the panel and does nothing else; q still quits.
        let (closed, _) = Fixture.press([.enter], on: s)
        #expect(closed.panel == nil)
        #expect(closed.screen == .overview)
        #expect(Fixture.press([.character("q")], on: s).1 == [.quit])
        #expect(update(s, .click(x: 1, y: 5)).0.panel == nil)
    }

    @Test func loadedFiguresReplaceTheSummaryAndYear() {
        let older = Fixture.summary(year: 2018)
        let (s, c) = update(grid, .loaded(older, years: 2018...2020))
        #expect(s.summary == older)
        #expect(s.year == 2018)
        #expect(c.isEmpty)
    }

    @Test func aNoticeLastsUntilTheNextKey() {
        let (s, _) = update(grid, .notice("Gegevens opnieuw ingelezen."))
        #expect(s.notice == "Gegevens opnieuw ingelezen.")
        #expect(Fixture.press([.down], on: s).0.notice == nil)
    }

    @Test func unknownKeysChangeNothing() {
        for key in [Key.character("x"), .character("z"), .pageDown] {
            #expect(Fixture.press([key], on: grid).0 == grid)
        }
    }
}

extension AppState {
    func with(_ change: (inout AppState) -> Void) -> AppState {
        var copy = self
        change(&copy)
        return copy
    }
}
