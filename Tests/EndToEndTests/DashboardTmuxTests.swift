import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The seven titles, as `summary --format json` prints them.
func jsonTitles(_ binary: String) throws -> [String] {
    let r = TmuxHarness.runBinary(binary, ["summary", "--format", "json"], environment: ["LANG": "C.UTF-8"])
    guard r.status == 0, let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any],
        let parameters = object["parameters"] as? [String: Any]
    else {
        throw HarnessError("summary --format json failed (\(r.status)): \(r.stderr)")
    }
    let order = [
        "quotum", "duurzaamheid", "fonds_bovenformatief", "sroi_realisatie", "sroi_naleving",
        "regio_garantiebanen", "informatievoorziening",
    ]
    return try order.map { id in
        guard let p = parameters[id] as? [String: Any], let titel = p["titel"] as? String else {
            throw HarnessError("no titel for \(id)")
        }
        return titel
    }
}

/// The real binary in tmux: open, walk, keys, resize, quit, and the terminal afterwards.
@Suite(
    "dashboard in tmux", .serialized,
    .enabled(if: tmuxAvailable, "tmux is not installed: end-to-end tests skipped (apt-get install tmux)"))
struct DashboardTmuxTests {
    @Test(arguments: [(120, 40), (80, 24)])
    func opensWithAllSevenTitlesValuesAndStatuses(width: Int, height: Int) throws {
        let t = try TmuxHarness(width: width, height: height)
        try t.startDashboard()
        let titles = try jsonTitles(t.binary)
        #expect(titles.count == 7)
        let screen = try t.waitFor("all seven titles") { s in titles.allSatisfy { s.contains($0) } }
        for value in ["33,7 fte", "doel 34,6 fte · ambtelijk", "1,5 % benut", "0 van 3 met cijfers"] {
            #expect(screen.contains(value), "\(value) missing at \(width)x\(height):\n\(screen)")
        }
        for status in ["▲ risico", "✖ achter", "? geen gegevens"] {
            #expect(screen.contains(status), "\(status) missing at \(width)x\(height)")
        }
        #expect(screen.contains("peildatum 31-12-2020"))
        #expect(screen.contains("q stop"))
        print("--- screen at \(width)x\(height) ---\n\(screen)")
        t.keys("q")
        try t.checkTerminalRestored(expectedStatus: 0)
    }

    @Test func walksIntoEveryParameterAndBack() throws {
        let t = try TmuxHarness(width: 80, height: 24)
        try t.startDashboard()
        let titles = try jsonTitles(t.binary)
        for (i, title) in titles.enumerated() {
            t.keys("Enter")
            try t.waitFor("detail of \(title)") { $0.contains("Wat betekent dit?") && $0.contains("\(title)  ·  jaar 2020") }
            t.keys("End")
            try t.waitForText("Waarschuwingen bij de gegevens")
            t.keys("Home")
            try t.waitForText("Wat betekent dit?")
            t.keys(i % 2 == 0 ? "Escape" : "BSpace")
            try t.waitFor("overview after \(title)") { !$0.contains("Wat betekent dit?") && $0.contains("▶ \(title)") }
            t.keys("l")
        }
        t.keys("q")
        try t.checkTerminalRestored(expectedStatus: 0)
    }

    @Test func yearHelpLanguageAndResize() throws {
        let t = try TmuxHarness(width: 120, height: 40)
        try t.startDashboard()
        // Year: [ and ] on every screen; ← and → move between the tiles (issue 10).
        t.keys("[")
        try t.waitFor("year 2019") { $0.contains("jaar ◀ 2019 ▶") && $0.contains("30,7 fte") }
        t.keys("[")
        try t.waitFor("year 2018") { $0.contains("jaar   2018 ▶") && $0.contains("13,6 fte") }
        t.keys("[")  // no year before 2018
        t.keys("]", "]", "]")
        try t.waitFor("back in 2020") { $0.contains("jaar ◀ 2020") && !$0.contains("2020 ▶") && $0.contains("33,7 fte") }
        t.keys("Right")
        try t.waitFor("second tile selected") { $0.contains("▶ Duurzaamheid van de banen") && $0.contains("jaar ◀ 2020") }
        t.keys("Left")
        try t.waitFor("first tile selected") { $0.contains("▶ Quotum banenafspraak") }
        // Help.
        t.keys("?")
        try t.waitForText("Hulp: toetsen")
        t.keys("Escape")
        try t.waitFor("help closed") { !$0.contains("Hulp: toetsen") }
        // Language.
        t.keys("t")
        try t.waitFor("English") { $0.contains("Job agreement quota") && $0.contains("q quit") }
        t.keys("t")
        try t.waitForText("Quotum banenafspraak")
        // Resize: two columns, then too small, then back to three columns.
        t.resize(width: 80, height: 24)
        try t.waitFor("two columns") { s in
            s.split(separator: "\n").contains { $0.hasPrefix("┌─ Gebruik bovenformatief fonds") }
        }
        t.resize(width: 30, height: 10)
        try t.waitForText("Venster te klein")
        t.resize(width: 40, height: 12)
        try t.waitFor("narrow list") { $0.contains("▶ Quotum") && !$0.contains("Venster te klein") }
        t.resize(width: 120, height: 40)
        try t.waitFor("three columns") { s in
            s.split(separator: "\n").contains { $0.hasPrefix("┌─ ▶ Quotum banenafspraak") && $0.contains("Gebruik bovenformatief fonds") }
        }
        t.keys("q")
        try t.checkTerminalRestored(expectedStatus: 0)
    }

    @Test func aMouseClickOpensATile() throws {
        let t = try TmuxHarness(width: 120, height: 40)
        try t.startDashboard()
        // X10 mouse report: press of button 1 at column 46, row 6 (1-based) — the second tile.
        t.tmux(["send-keys", "-t", t.session, "-l", "\u{1B}[M N&"])
        t.tmux(["send-keys", "-t", t.session, "-l", "\u{1B}[M#N&"])
        try t.waitFor("detail of the clicked tile") { $0.contains("Duurzaamheid van de banen  ·  jaar 2020") }
        t.keys("q")
        try t.checkTerminalRestored(expectedStatus: 0)
    }

    /// X10 mouse report of a button press at a 0-based cell: ESC [ M, then 32+button, 33+x, 33+y.
    static func mouse(_ button: Int, x: Int, y: Int) -> String {
        "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + button))) + String(UnicodeScalar(UInt8(33 + x)))
            + String(UnicodeScalar(UInt8(33 + y)))
    }

    /// The 0-based column of `text` in the screen's line `y`.
    static func column(of text: String, in screen: String, y: Int) -> Int? {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        guard y < lines.count, let r = lines[y].range(of: text) else { return nil }
        return lines[y].distance(from: lines[y].startIndex, to: r.lowerBound)
    }

    /// Issue 10: the wheel scrolls, a click on ◀ changes the year, a click on a footer key acts.
    @Test func theWheelScrollsAndClicksOnTheYearArrowAndFooterKeysAct() throws {
        let t = try TmuxHarness(width: 120, height: 40)
        try t.startDashboard()
        t.keys("Enter")
        try t.waitForText("regel 1–37 van")
        // Two notches of the wheel down (button 65 → 64+1), one up (64).
        t.tmux(["send-keys", "-t", t.session, "-l", Self.mouse(65, x: 10, y: 10)])
        t.tmux(["send-keys", "-t", t.session, "-l", Self.mouse(65, x: 10, y: 10)])
        try t.waitForText("regel 7–43 van")
        t.tmux(["send-keys", "-t", t.session, "-l", Self.mouse(64, x: 10, y: 10)])
        try t.waitForText("regel 4–40 van")
        // A click on "Esc terug" in the footer goes back to the overview.
        let screen = t.screen()
        let esc = try #require(Self.column(of: "Esc terug", in: screen, y: 39))
        t.tmux(["send-keys", "-t", t.session, "-l", Self.mouse(0, x: esc + 1, y: 39)])
        t.tmux(["send-keys", "-t", t.session, "-l", Self.mouse(3, x: esc + 1, y: 39)])
        let overview = try t.waitFor("the overview") { $0.contains("┌─ ▶ Quotum banenafspraak") && $0.contains("Enter open") }
        // A click on ◀ goes one year back.
        let left = try #require(Self.column(of: "◀", in: overview, y: 1))
        t.tmux(["send-keys", "-t", t.session, "-l", Self.mouse(0, x: left, y: 1)])
        t.tmux(["send-keys", "-t", t.session, "-l", Self.mouse(3, x: left, y: 1)])
        try t.waitFor("year 2019") { $0.contains("jaar ◀ 2019 ▶") && $0.contains("30,7 fte") }
        // A click on "q stop" quits.
        let q = try #require(Self.column(of: "q stop", in: t.screen(), y: 39))
        t.tmux(["send-keys", "-t", t.session, "-l", Self.mouse(0, x: q, y: 39)])
        try t.checkTerminalRestored(expectedStatus: 0)
    }

    /// Issue 10: `/` searches the detail screen; n steps, Esc clears, the next Esc goes back.
    @Test func slashSearchesTheDetailScreen() throws {
        let t = try TmuxHarness(width: 120, height: 40)
        try t.startDashboard()
        t.keys("Enter")
        try t.waitForText("regel 1–37 van")
        t.keys("/")
        t.tmux(["send-keys", "-t", t.session, "-l", "stadsbeheer"])
        try t.waitFor("the match") { $0.contains("/ stadsbeheer") && $0.contains("treffer 1 van 1") && $0.contains("  Stadsbeheer ") }
        t.keys("Enter")
        try t.waitFor("the kept search") { $0.contains("n volgende") && $0.contains("Esc wis zoeken") }
        // A word beyond the first page: the screen scrolls to it.
        t.keys("/")
        t.tmux(["send-keys", "-t", t.session, "-l", "proefplaatsingen"])
        t.keys("Enter")
        try t.waitFor("scrolled to the match") { !$0.contains("regel 1–37") && $0.contains("Proefplaatsingen") && $0.contains("treffer 1 van") }
        t.keys("Escape")
        try t.waitFor("search cleared") { $0.contains("/ zoek") && !$0.contains("treffer") }
        t.keys("Escape")
        try t.waitFor("the overview") { $0.contains("Enter open") }
        t.keys("q")
        try t.checkTerminalRestored(expectedStatus: 0)
    }

    /// Issue 10: a calm palette with 256 colours; the eight basic colours as before.
    @Test func aCalmPaletteWith256ColoursAndTheBasicOneWith8() throws {
        let t = try TmuxHarness(width: 80, height: 24)
        try t.startDashboard("", environment: "TERM=tmux-256color")
        let calm = t.tmux(["capture-pane", "-p", "-e", "-t", t.session]).output
        #expect(calm.contains("38;5;108") || calm.contains("38;5;179") || calm.contains("38;5;174"), "status colours of the calm palette")
        #expect(!calm.contains("38;5;196") && !calm.contains("38;5;46"))
        t.keys("q")
        try t.checkTerminalRestored(expectedStatus: 0)
        t.typeLine("clear")
        try t.startDashboard("", environment: "TERM=screen")
        let basic = t.tmux(["capture-pane", "-p", "-e", "-t", t.session]).output
        #expect(basic.range(of: "\u{1B}\\[[0-9;]*(31|32|33)m", options: .regularExpression) != nil)
        #expect(!basic.contains("38;5;"))
        t.keys("q")
        try t.checkTerminalRestored(expectedStatus: 0)
    }

    enum Exit: String, CaseIterable, CustomTestStringConvertible {
        case q, ctrlC, sigterm, sighup
        var testDescription: String { rawValue }
        var status: Int {
            switch self {
            case .q: 0
            case .ctrlC: 130
            case .sigterm: 143
            case .sighup: 129
            }
        }
    }

    @Test(arguments: Exit.allCases)
    func everyWayOutLeavesASaneTerminal(_ exit: Exit) throws {
        let t = try TmuxHarness(width: 80, height: 24)
        try t.startDashboard()
        t.keys("Enter")  // in a detail screen, to make it harder
        try t.waitForText("Wat betekent dit?")
        switch exit {
        case .q: t.keys("q")
        case .ctrlC: t.keys("C-c")
        case .sigterm: kill(try t.dashboardPID(), SIGTERM)
        case .sighup: kill(try t.dashboardPID(), SIGHUP)
        }
        try t.checkTerminalRestored(expectedStatus: exit.status)
    }

    @Test func anIdleDashboardUsesNoCPU() throws {
        let t = try TmuxHarness(width: 120, height: 40)
        try t.startDashboard()
        let pid = try t.dashboardPID()
        usleep(500_000)
        let before = try #require(TmuxHarness.cpuSeconds(pid))
        sleep(10)
        let after = try #require(TmuxHarness.cpuSeconds(pid))
        let used = after - before
        print("idle CPU over 10 s: \(String(format: "%.3f", used)) s (requirement: < 0.05 s)")
        #expect(used < 0.5, "idle dashboard used \(used) s of CPU in 10 s")
        t.keys("q")
        try t.checkTerminalRestored(expectedStatus: 0)
    }

    @Test func langCAndNoColorGiveAReadableASCIIScreen() throws {
        let t = try TmuxHarness(width: 80, height: 24, environment: ["LANG": "C", "LC_ALL": "C", "NO_COLOR": "1"])
        try t.startDashboard()
        let screen = try t.waitFor("ASCII screen") { $0.contains("! risico") }
        print("--- LANG=C NO_COLOR=1 ---\n\(screen)")
        #expect(screen.contains("+- > Quotum banenafspraak"))
        #expect(screen.contains("x achter"))
        #expect(screen.contains("EUR 2.300"))
        let overviewIsASCII = screen.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(overviewIsASCII, "non-ASCII on a LANG=C screen")
        // Escape sequences with colours: capture with attributes and look for SGR colour codes.
        let styled = t.tmux(["capture-pane", "-p", "-e", "-t", t.session]).output
        #expect(styled.range(of: "\u{1B}\\[[0-9;]*(3[1-6]|4[1-6])m", options: .regularExpression) == nil, "colour with NO_COLOR:\n\(styled)")
        t.keys("Enter")
        try t.waitForText("Wat betekent dit?")
        let detailIsASCII = t.screen().unicodeScalars.allSatisfy { $0.isASCII }
        #expect(detailIsASCII)
        t.keys("q")
        try t.checkTerminalRestored(expectedStatus: 0)
    }

    @Test func coloursAreUsedWhenAllowed() throws {
        let t = try TmuxHarness(width: 80, height: 24)
        try t.startDashboard()
        let styled = t.tmux(["capture-pane", "-p", "-e", "-t", t.session]).output
        #expect(styled.range(of: "\u{1B}\\[[0-9;]*(3[1-6]|4[1-6])m", options: .regularExpression) != nil)
        t.keys("q")
        try t.checkTerminalRestored(expectedStatus: 0)
    }

    @Test func tooSmallAt30x10() throws {
        let t = try TmuxHarness(width: 30, height: 10)
        try t.startDashboard()
        let screen = try t.waitFor("message") { $0.contains("Venster te klein") && $0.contains("40×12") }
        print("--- 30x10 ---\n\(screen)")
        t.keys("q")
        try t.checkTerminalRestored(expectedStatus: 0)
    }

    @Test func griffieListsTheQuestionsAndTabSwitchesDashboards() throws {
        let t = try TmuxHarness(width: 100, height: 30)
        try t.startDashboard("--dashboard griffie")
        try t.waitFor("griffie dashboard") { $0.contains("Griffie: sessievoorbereiding") && $0.contains("v vragen (") }
        t.keys("v")
        let screen = try t.waitFor("questions") { $0.contains("Vragen bij de cijfers, 2020") && $0.contains("bovenformatief fonds") }
        #expect(screen.contains("alleen ambtelijk vastgesteld"))
        // The state of the data comes first, before the questions (issue 10).
        let quality = try #require(screen.range(of: "Kwaliteit van de gegevens"))
        let questions = try #require(screen.range(of: "Vragen bij de cijfers, 2020"))
        #expect(quality.lowerBound < questions.lowerBound)
        #expect(screen.contains("Laatste rapportage aan de raad: 07-12-2020"))
        t.keys("End")
        try t.waitFor("the last question") { !$0.contains("Kwaliteit van de gegevens") && $0.contains("regel ") }
        t.keys("Escape")
        try t.waitFor("overview") { !$0.contains("Vragen bij de cijfers") && $0.contains("Informatie aan de raad") }
        t.keys("Tab")
        try t.waitForText("Portefeuillehouder: voortgang")
        t.keys("q")
        try t.checkTerminalRestored(expectedStatus: 0)
    }

    @Test func reloadShowsErrorsAndKeepsTheOldFigures() throws {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("raads-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("sample-data/zoetermeer")
        try fm.copyItem(at: sample, to: dir)
        defer { try? fm.removeItem(at: dir) }
        let t = try TmuxHarness(width: 100, height: 30)
        try t.startDashboard("--data \(TmuxHarness.shellQuote(dir.path))")
        // Break doelen.csv on disk, press r: an error panel, the old figures stay.
        let doelen = dir.appendingPathComponent("doelen.csv")
        let original = try String(contentsOf: doelen, encoding: .utf8)
        try (original + "twintig;quotum_banenafspraak;1;fte;raad\n").write(to: doelen, atomically: true, encoding: .utf8)
        t.keys("r")
        // Wait for the whole panel: a capture can land between drawing its frame and its lines.
        let panel = try t.waitFor("error panel with the diagnostic") { $0.contains("Opnieuw inlezen mislukt") && $0.contains("doelen.csv, regel") }
        #expect(panel.contains("33,7 fte") || panel.contains("Quotum banenafspraak"), "the old figures stay behind the panel")
        t.keys("Enter")
        try t.waitFor("panel closed") { !$0.contains("Opnieuw inlezen mislukt") && $0.contains("33,7 fte") }
        // Repair it and reload again.
        try original.write(to: doelen, atomically: true, encoding: .utf8)
        t.keys("r")
        try t.waitForText("Gegevens opnieuw ingelezen")
        t.keys("q")
        try t.checkTerminalRestored(expectedStatus: 0)
    }
}
