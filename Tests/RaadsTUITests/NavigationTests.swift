import RaadsMetrics
import RaadsPresentation
import Testing

@testable import RaadsTUI

/// Issue 10, navigation and look: one meaning per key, the mouse, `/`, large terminals, wrapped
/// text, the calm palette and the griffie's own overview.
@Suite("navigation and look")
struct NavigationTests {
    static func griffie(width: Int, height: Int, language: Language = .nl) -> AppState {
        let index = DashboardCatalog.builtIn.firstIndex { $0.name == "griffie" }!
        return Fixture.state(width: width, height: height, language: language, dashboardIndex: index)
    }

    /// The column of `text` on row `y`, in cells.
    static func column(of text: String, in buffer: CellBuffer, y: Int) -> Int? {
        let line = Array(buffer.line(y))
        let t = Array(text)
        guard line.count >= t.count else { return nil }
        return (0...(line.count - t.count)).first { Array(line[$0..<($0 + t.count)]) == t }
    }

    // MARK: - Keys

    @Test func bracketsAndArrowsMeanTheSameOnEveryScreen() {
        let grid = Fixture.state(width: 120, height: 40)
        for start in [grid, Fixture.press([.enter], on: grid).0, Fixture.press([.character("v")], on: grid).0] {
            #expect(Fixture.press([.character("[")], on: start).1 == [.computeYear(2019)])
            #expect(Fixture.press([.left], on: start).1.isEmpty, "← never changes the year")
        }
        // ← → on the detail: the previous / next parameter, as on the overview the tile.
        let detail = Fixture.press([.enter], on: grid).0
        #expect(Fixture.press([.right], on: detail).0.screen == .detail(grid.parameters[1]))
        #expect(Fixture.press([.right], on: grid).0.selected == 1)
    }

    @Test func footersAndHelpNameTheKeys() {
        let grid = Fixture.state(width: 120, height: 40)
        let overviewFooter = render(grid).line(39)
        #expect(overviewFooter.contains("[ ] jaar") && overviewFooter.contains("←→↑↓ kies"))
        #expect(!overviewFooter.contains("←→ jaar"))
        let detailFooter = render(Fixture.press([.enter], on: grid).0).line(39)
        #expect(detailFooter.contains("←→ parameter") && detailFooter.contains("[ ] jaar") && detailFooter.contains("/ zoek"))
        let help = HelpView.lines(for: grid).map { $0.map(\.text).joined() }
        #expect(help.contains { $0.contains("Shift-Tab") })
        #expect(help.contains { $0.hasPrefix("  /") && $0.contains("zoek") })
        #expect(help.contains { $0.hasPrefix("  n N") })
        let english = HelpView.lines(for: Fixture.state(language: .en)).map { $0.map(\.text).joined() }
        #expect(english.contains { $0.contains("Shift-Tab") && $0.contains("previous dashboard") })
        // ASCII: the arrows are spelled out.
        let ascii = render(Fixture.state(width: 120, height: 40, glyphs: .ascii)).line(39)
        #expect(ascii.contains("Lt/Rt/Up/Dn"))
    }

    @Test func shiftTabGoesToThePreviousDashboard() {
        let grid = Fixture.state(width: 120, height: 40)
        let n = grid.dashboards.count
        let (s, c) = Fixture.press([.backTab], on: grid)
        #expect(s.dashboardIndex == n - 1)
        #expect(c.isEmpty)
    }

    // MARK: - Mouse

    @Test func aClickOnTheYearArrowsChangesTheYear() {
        let grid = Fixture.state(width: 120, height: 40)
        let screen = render(grid)
        let left = Self.column(of: "◀", in: screen, y: 1)!
        #expect(Chrome.yearArrows(grid)?.left == left)
        let (s, c) = update(grid, .click(x: left, y: 1))
        #expect(s.year == 2019)
        #expect(c == [.computeYear(2019)])
        // In 2019 both arrows are shown; ▶ goes forward again.
        var earlier = Fixture.state(width: 120, height: 40, year: 2019)
        earlier = update(earlier, .resize(width: 120, height: 40)).0
        let right = Self.column(of: "▶", in: render(earlier), y: 1)!
        #expect(update(earlier, .click(x: right, y: 1)).1 == [.computeYear(2020)])
        // Next to the arrows nothing happens.
        #expect(update(grid, .click(x: left + 3, y: 1)).1.isEmpty)
    }

    @Test func aClickOnAFooterKeyDoesWhatTheKeyDoes() {
        let grid = Fixture.state(width: 120, height: 40)
        let footer = render(grid)
        let y = 39
        let bracket = Self.column(of: "[ ] jaar", in: footer, y: y)!
        #expect(update(grid, .click(x: bracket, y: y)).1 == [.computeYear(2019)])
        #expect(update(grid, .click(x: bracket + 2, y: y)).1.isEmpty, "] at the last year")
        let help = Self.column(of: "? hulp", in: footer, y: y)!
        #expect(update(grid, .click(x: help, y: y)).0.showHelp)
        #expect(update(grid, .click(x: help + 3, y: y)).0.showHelp, "the label stands for its one key")
        let quit = Self.column(of: "q stop", in: footer, y: y)!
        #expect(update(grid, .click(x: quit, y: y)).1 == [.quit])
        let open = Self.column(of: "Enter open", in: footer, y: y)!
        #expect(update(grid, .click(x: open, y: y)).0.screen == .detail(.quotum))
        // On the detail: Esc goes back, → to the next parameter.
        let detail = Fixture.press([.enter], on: grid).0
        let dFooter = render(detail)
        let esc = Self.column(of: "Esc terug", in: dFooter, y: y)!
        #expect(update(detail, .click(x: esc, y: y)).0.screen == .overview)
        let arrows = Self.column(of: "←→ parameter", in: dFooter, y: y)!
        #expect(update(detail, .click(x: arrows + 1, y: y)).0.screen == .detail(detail.parameters[1]))
        #expect(update(detail, .click(x: arrows, y: y)).0.screen == .detail(detail.parameters.last!))
    }

    @Test func theWheelScrollsDetailHelpAndQuestions() {
        let grid = Fixture.state(width: 80, height: 24)
        let detail = Fixture.press([.enter], on: grid).0
        #expect(update(detail, .wheel(+1)).0.scroll == 3)
        #expect(update(update(detail, .wheel(+1)).0, .wheel(-1)).0.scroll == 0)
        #expect(update(detail, .wheel(-1)).0.scroll == 0)
        let help = Fixture.press([.character("?")], on: grid).0
        #expect(update(help, .wheel(+1)).0.helpScroll == 3)
        let questions = Fixture.press([.character("v")], on: grid).0
        #expect(update(questions, .wheel(+2)).0.scroll == 6)
        // At the end it stops.
        let end = Fixture.press([.end], on: detail).0
        #expect(update(end, .wheel(+1)).0.scroll == end.maxScroll)
        // On the overview the wheel moves through the rows of tiles.
        #expect(update(grid, .wheel(+1)).0.selected == 2)
    }

    // MARK: - Search

    @Test func slashSearchesTheDetailScreen() {
        let grid = Fixture.state(width: 80, height: 24)
        let fund = Fixture.press([.right, .right, .enter], on: grid).0
        #expect(fund.screen == .detail(.fondsBovenformatief))
        // Typing: q is part of the text, not "quit".
        let typed = Fixture.press([.character("/")] + "arbo".map { Key.character($0) }, on: fund)
        #expect(typed.1.isEmpty)
        let s = typed.0
        #expect(s.search?.query == "arbo")
        #expect(s.search?.editing == true)
        let line = s.search!.line!
        #expect(line >= s.scroll && line < s.scroll + s.layout.scrollViewport, "the match is on screen")
        let screen = render(s)
        #expect(screen.line(23).contains("/ arbo▏"))
        #expect(screen.line(23).contains("treffer 1 van 1"))
        // The match is marked in the text.
        let y = 2 + line - s.scroll
        let x = Array(screen.line(y).lowercased()).firstIndex(of: "a")!
        let marked = (0..<80).filter { screen[$0, y].style.contains(.reverse) }
        #expect(marked.count == 4, "the four letters of Arbo")
        #expect(screen.line(y).lowercased().contains("arbo") && marked.first! >= x)
        // Enter keeps it; n wraps around; Esc clears; the next Esc goes back.
        let kept = Fixture.press([.enter], on: s).0
        #expect(kept.search?.editing == false)
        #expect(render(kept).line(23).contains("n volgende"))
        #expect(Fixture.press([.character("n")], on: kept).0.search?.line == line)
        let cleared = Fixture.press([.escape], on: kept).0
        #expect(cleared.search == nil && cleared.screen == fund.screen)
        #expect(Fixture.press([.escape], on: cleared).0.screen == .overview)
        let withQ = Fixture.press([.character("/"), .character("q")], on: fund)
        #expect(withQ.0.isRunning && withQ.1.isEmpty)
    }

    @Test func searchFindsADepartmentAndStepsThroughTheMatches() {
        let grid = Fixture.state(width: 80, height: 24)
        let quotum = Fixture.press([.enter], on: grid).0
        let s = Fixture.press([.character("/")] + "afdeling".map { Key.character($0) } + [.enter], on: quotum).0
        let matches = s.matchLines
        #expect(matches.count >= 2)
        #expect(s.search?.line == matches[0])
        let second = Fixture.press([.character("n")], on: s).0
        #expect(second.search?.line == matches[1])
        #expect(Fixture.press([.character("N")], on: second).0.search?.line == matches[0])
        #expect(Fixture.press([.character("N")], on: s).0.search?.line == matches.last)
        let none = Fixture.press([.character("/")] + "xyzzy".map { Key.character($0) }, on: quotum).0
        #expect(none.search?.line == nil)
        #expect(render(none).line(23).contains("niet gevonden"))
        // English too.
        let en = Fixture.press([.character("t"), .character("/"), .character("x"), .character("y"), .character("z")], on: quotum).0
        #expect(render(en).line(23).contains("not found"))
    }

    /// Issue 13: a key that only scrolls does not build the detail text again.
    @Test func scrollingReusesTheBuiltText() {
        let detail = Fixture.press([.enter], on: Fixture.state(width: 80, height: 24)).0
        #expect(detail.content.key == detail.contentKey)
        let down = Fixture.press([.down, .down], on: detail).0
        #expect(down.content.key == detail.content.key)
        #expect(down.content.lines == detail.content.lines)
        // Another year or language builds it again.
        #expect(Fixture.press([.character("t")], on: detail).0.content.key != detail.content.key)
    }

    /// Issue 9: a screen shown before is taken from the cache when it comes back (a regional
    /// cohort's detail lays out thousands of rows), and the search's matches are those of the
    /// plain rule, in any case and for every query.
    @Test func screensComeBackFromTheCacheAndSearchMatchesThePlainRule() {
        let start = Fixture.state(width: 100, height: 30)
        let detail = Fixture.press([.enter], on: start).0
        let key = detail.contentKey
        let back = Fixture.press([.escape, .right, .enter, .escape, .left, .enter], on: detail).0
        #expect(back.contentKey == key)
        #expect(back.content.key == key && back.content.lines == detail.content.lines)
        let other = Fixture.press([.right], on: detail).0
        #expect(other.content.key != key)
        #expect(other.content.lines(for: key) == detail.content.lines, "the earlier screen is still kept")

        var s = Fixture.press([.enter], on: Fixture.state(width: 80, height: 24)).0
        let lines = s.contentLines.map { SearchText.fold(SearchText.plain($0)) }
        for query in ["banen", "BANEN", "2020", "doel", "e", "€", "financiele", "xyzzy", "ö"] {
            s.search = Search(query: query, editing: false, line: nil)
            let q = SearchText.fold(query)
            let expected = lines.indices.filter { !SearchText.occurrences(of: q, in: lines[$0]).isEmpty }
            #expect(s.matchLines == expected, "\(query)")
        }
    }

    // MARK: - Large terminals and wrapping

    @Test func aLargeTerminalIsUsed() {
        let state = Fixture.state(width: 200, height: 60)
        let screen = render(state)
        expectGolden(screen, "overview-200x60")
        // No run of empty rows under the tiles.
        let lines = screen.lines
        let emptyRows = lines.dropFirst(2).dropLast().filter { $0.isEmpty }.count
        #expect(emptyRows <= 1)
        #expect(state.layout.tileHeight > 13)
        // A tall tile shows a breakdown.
        #expect(screen.text.contains("Regels van het fonds"))
        let griffie = render(Self.griffie(width: 200, height: 60))
        expectGolden(griffie, "overview-griffie-200x60")
        let english = render(Fixture.state(width: 200, height: 60, language: .en))
        expectGolden(english, "overview-en-200x60")
    }

    @Test func longCellsWrapInsteadOfEndingInAnEllipsis() {
        for (w, h) in [(80, 24), (120, 40), (200, 60)] {
            for id in ParameterID.allCases {
                var s = Fixture.state(width: w, height: h)
                s.selected = s.parameters.firstIndex(of: id)!
                s = update(s, .key(.enter)).0
                let text = s.contentLines.map { $0.map(\.text).joined() }
                #expect(!text.contains { $0.contains("…") }, "\(id) at \(w)×\(h)")
            }
        }
    }

    // MARK: - Griffie

    @Test func theGriffieSeesQuestionsDataQualityLastReportAndCompleteness() {
        let wide = render(Self.griffie(width: 200, height: 60))
        #expect(wide.line(2).contains("Vragen bij de cijfers: 7 (v)"))
        #expect(wide.line(2).contains("Datakwaliteit: 2 parameters zonder cijfers"))
        #expect(wide.text.contains("Laatste rapportage aan de raad: 07-12-2020"))
        #expect(wide.text.contains("Momentopname 2020 zou onvolledig zijn: 2 zonder cijfers"))
        let small = render(Self.griffie(width: 80, height: 24))
        #expect(small.line(2).contains("Vragen: 7 (v)") && small.line(2).contains("laatste rapportage 07-12-2020"))
        #expect(Self.griffie(width: 80, height: 24).layout.mode == .grid, "the strip keeps the tiles")
        let en = render(Self.griffie(width: 200, height: 60, language: .en))
        #expect(en.text.contains("Last report to the council: 7 December 2020"))
        // The `v` screen: the state of the data before the questions.
        let v = Fixture.press([.character("v")], on: Self.griffie(width: 80, height: 24)).0
        let lines = v.contentLines.map { $0.map(\.text).joined() }
        let quality = lines.firstIndex { $0.contains("Kwaliteit van de gegevens") }!
        let questions = lines.firstIndex { $0.contains("Vragen bij de cijfers, 2020") }!
        #expect(quality < questions)
        #expect(lines.contains { $0.contains("Laatste rapportage aan de raad") })
    }

    @Test func aLineChartWhereTheDashboardAsksForIt() {
        let g = Self.griffie(width: 120, height: 40)
        let index = g.dashboard!.panels.firstIndex { $0.chart == .lijn }!
        #expect(g.dashboard!.panels[index].parameter == .duurzaamheid)
        let overview = render(g).text
        #expect(overview.contains("●"))
        var s = g
        s.selected = index
        s = update(s, .key(.enter)).0
        let detail = s.contentLines.map { $0.map(\.text).joined() }
        #expect(detail.contains { $0.contains("●") && $0.contains("2018") })
        // The fund's panel says grafiek = "geen": no chart on its detail.
        var f = g
        f.selected = g.dashboard!.panels.firstIndex { $0.chart == .geen }!
        f = update(f, .key(.enter)).0
        #expect(!f.contentLines.contains { $0.map(\.text).joined() == " Grafiek" })
    }

    // MARK: - Colours

    @Test func theCalmPaletteHas256ColoursAndTheBasicOneStays() {
        let calm = Palette.entries(colors: 256, defaultColors: true)
        let basic = Palette.entries(colors: 8, defaultColors: true)
        // The eight-colour palette is the one of before.
        #expect(basic.first { $0.role == .onTrack }!.foreground == 2)
        #expect(basic.first { $0.role == .behind }!.foreground == 1)
        // No saturated basic red or green (1, 2, 9, 10, 196, 46) in the 256-colour palette.
        let saturated: Set<Int16> = [1, 2, 9, 10, 46, 196]
        #expect(calm.allSatisfy { !saturated.contains($0.foreground) && !saturated.contains($0.background) })
        // The statuses stay distinguishable from each other.
        let statusColours = [ColorRole.onTrack, .atRisk, .behind, .unknown].map { r in calm.first { $0.role == r }!.foreground }
        #expect(Set(statusColours).count == 4)
        // Every role that has a colour at 8 colours has one at 256.
        #expect(Set(basic.map(\.role)).isSubset(of: Set(calm.map(\.role))))
    }

    @Test func statusesReadWithoutColour() {
        // Symbol and word on every tile: nothing depends on the colour alone.
        let screen = render(Fixture.state(width: 120, height: 40))
        for word in ["▲ risico", "✖ achter", "? geen gegevens"] { #expect(screen.text.contains(word)) }
    }
}
