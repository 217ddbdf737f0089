import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 8 with the real binary: write errors, usage errors, hostile text and dashboard files,
/// extreme but valid data, and every signal that ends the dashboard.
@Suite("hardening end to end", .serialized)
struct HardeningEndToEndTests {
    let binary: String
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let env = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "dumb"]

    init() throws {
        binary = try #require(TmuxHarness.findBinary(), "raadsdashboard binary not found next to the test bundle")
    }

    /// A copy of a sample dataset in a fresh temporary folder.
    func copyOf(_ sample: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("raads-hard-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.copyItem(at: root.appendingPathComponent("sample-data/\(sample)"), to: dir)
        return dir
    }

    func append(_ text: String, to file: URL) throws {
        let h = try FileHandle(forWritingTo: file)
        try h.seekToEnd()
        try h.write(contentsOf: Data(text.utf8))
        try h.close()
    }

    /// Runs the binary with stdout to `stdout` (a path) and returns the status and stderr.
    func run(_ args: [String], stdout: String, in directory: String? = nil) -> (status: Int32, stderr: String) {
        let err = TmuxHarness.temporaryOutputPath()
        defer { try? FileManager.default.removeItem(atPath: err) }
        let status =
            directory.map { TmuxHarness.spawn("/usr/bin/env", ["-C", $0, binary] + args, environment: env, stdout: stdout, stderr: err) }
            ?? TmuxHarness.spawn(binary, args, environment: env, stdout: stdout, stderr: err)
        return (status, String(decoding: FileManager.default.contents(atPath: err) ?? Data(), as: UTF8.self))
    }

    // MARK: - Write errors

    @Test(arguments: [
        ["summary", "--format", "json"], ["summary"], ["check"], ["dashboard"],
        ["export", "--format", "markdown", "-o", "-"], ["export", "--format", "html", "-o", "-"],
    ])
    func aFullDeviceOnStdoutIsAnErrorWithExitOne(_ args: [String]) {
        let r = run(args, stdout: "/dev/full")
        #expect(r.status == 1, "\(args): \(r.stderr)")
        #expect(r.stderr.contains("Fout: kan niet schrijven naar de standaarduitvoer: het apparaat of de schijf is vol (ENOSPC)"), "\(r.stderr)")
    }

    @Test func exportToAFileThatCannotBeWrittenSaysWhyInDutch() throws {
        let dir = try copyOf("zoetermeer")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = TmuxHarness.temporaryOutputPath()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let cases: [(String, String)] = [
            ("/dev/full", "Fout: kan niet schrijven naar '/dev/full': het apparaat of de schijf is vol (ENOSPC); er is geen momentopname geschreven."),
            (dir.appendingPathComponent("bestaat/niet.md").path, "de map bestaat niet (ENOENT)"),
            (dir.path, "dat is een map, geen bestand (EISDIR)"),
        ]
        for (target, message) in cases {
            let r = run(["export", "--format", "markdown", "-o", target], stdout: out)
            #expect(r.status == 1, "\(target)")
            #expect(r.stderr.contains(message), "\(target): \(r.stderr)")
            #expect(!r.stderr.contains("NSCocoaErrorDomain") && !r.stderr.contains("Error Domain"))
        }
        var st = stat()
        #expect(stat("/dev/full", &st) == 0 && (st.st_mode & S_IFMT) == S_IFCHR, "the device is still a device")
        // A good export is complete, and no temporary file is left behind.
        let target = dir.appendingPathComponent("export.md").path
        let ok = run(["export", "--format", "markdown", "-o", target], stdout: out)
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect((try? String(contentsOfFile: target, encoding: .utf8))?.hasPrefix("# ") == true)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".raadsdashboard-") }
        #expect(leftovers.isEmpty)
    }

    // MARK: - Usage errors

    @Test(arguments: [
        ["summary", "--jaar=-9223372036854775808"], ["summary", "--jaar", "99999999999999999999"], ["summary", "--jaar", "1899"],
        ["summary", "--jaar", "3000"], ["summary", "--jaar", "abc"], ["summary", "--format", "xml"], ["summary", "--taal", "fr"],
        ["export", "--format", "markdown"], ["check", "--onbekend"], ["--jaar=-9223372036854775808"],
    ])
    func everyUsageErrorExitsTwo(_ args: [String]) {
        let out = TmuxHarness.temporaryOutputPath()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let r = run(args, stdout: out)
        #expect(r.status == 2, "\(args): \(r.stderr)")
        #expect(!r.stderr.isEmpty)
    }

    // MARK: - Control characters

    @Test func controlCharactersFromTheDataAreShownNotObeyed() throws {
        let dir = try copyOf("voorbeeldgemeente")
        defer { try? FileManager.default.removeItem(at: dir) }
        let toml = dir.appendingPathComponent("dataset.toml")
        var text = try String(contentsOf: toml, encoding: .utf8)
        text = text.replacingOccurrences(of: "naam = \"Gemeente Voorbeeldstad\"", with: "naam = \"Gemeente\\u001B[2J\\u001B]0;titel\\u0007|Voorbeeldstad\"")
        try text.write(to: toml, atomically: true, encoding: .utf8)
        let out = TmuxHarness.temporaryOutputPath()
        defer { try? FileManager.default.removeItem(atPath: out) }
        func clean(_ s: String) -> Bool { !s.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) } }
        for args in [["summary"], ["export", "--format", "markdown", "-o", "-"], ["export", "--format", "html", "-o", "-"], ["dashboard"]] {
            let r = run(args + ["--data", dir.path], stdout: out)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            let output = String(decoding: FileManager.default.contents(atPath: out) ?? Data(), as: UTF8.self)
            #expect(clean(output), "\(args)")
            #expect(output.contains("\\x1b"), "\(args)")  // Markdown escapes the [ after it
        }
        // A wrong value with an escape sequence, quoted by check: shown, not obeyed.
        try append("VB-998;VB-PL998;vast;Burgerzaken;31-2-2020\u{1B}[2J\u{9B}1m;;32;wajong;nee\n", to: dir.appendingPathComponent("plaatsingen.csv"))
        let check = run(["check", "--data", dir.path], stdout: out)
        let output = String(decoding: FileManager.default.contents(atPath: out) ?? Data(), as: UTF8.self)
        #expect(check.status == 1)
        #expect(clean(output), "check")
        #expect(clean(check.stderr))
        let summary = run(["summary", "--data", dir.path], stdout: out)
        #expect(summary.status == 1)
        #expect(clean(summary.stderr), "summary's diagnostics on stderr")
    }

    // MARK: - Dashboard files in the working directory

    @Test func aHostileDashboardsRaadTomlGivesAClearError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("raads-cwd-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let boards = dir.appendingPathComponent("dashboards")
        try FileManager.default.createDirectory(at: boards, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let raad = boards.appendingPathComponent("raad.toml")
        let out = TmuxHarness.temporaryOutputPath()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let cases: [(String, String)] = [
            (
                "[[paneel]]\nparameter = \"duurzaamheid\"\ndoel = 1e300\n",
                "dashboards/raad.toml:3: error: 'paneel.doel' moet een getal van 0 tot en met 1.000.000.000.000 (10¹²) zijn"
            ),
            (
                String(repeating: "[[paneel]]\nparameter = \"quotum\"\n", count: 20_000),
                "dashboards/raad.toml:101: error: te veel panelen: een dashboard heeft er ten hoogste 50; dit is paneel 51"
            ),
        ]
        for (content, message) in cases {
            try content.write(to: raad, atomically: true, encoding: .utf8)
            for args in [["export", "--format", "html", "-o", "-"], ["dashboard"]] {
                let r = run(args, stdout: out, in: dir.path)
                #expect(r.status == 1, "\(args): \(r.stderr)")
                #expect(r.stderr.contains(message), "\(r.stderr)")
            }
        }
        try FileManager.default.removeItem(at: raad)
        #expect(mkfifo(raad.path, 0o600) == 0)
        let r = run(["export", "--format", "markdown", "-o", "-"], stdout: out, in: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("dashboardbestand is geen gewoon bestand"), "\(r.stderr)")
        try FileManager.default.removeItem(at: raad)
        try Data(repeating: 0x23, count: 2_000_000).write(to: raad)
        let big = run(["export", "--format", "markdown", "-o", "-"], stdout: out, in: dir.path)
        #expect(big.status == 1)
        #expect(big.stderr.contains("dashboards/raad.toml:1: error: dashboardbestand is te groot (2000000 bytes)"), "\(big.stderr)")
    }

    // MARK: - Extreme but valid data

    /// What check accepts, summary, export and the dashboard must show.
    @Test func extremeButValidDataWorksEverywhere() throws {
        let dir = try copyOf("voorbeeldgemeente")
        defer { try? FileManager.default.removeItem(at: dir) }
        let toml = dir.appendingPathComponent("dataset.toml")
        let text = try String(contentsOf: toml, encoding: .utf8)
            .replacingOccurrences(of: "peildatum = 2024-09-30", with: "peildatum = 2100-12-31")
        try text.write(to: toml, atomically: true, encoding: .utf8)
        try append(
            "2100;bovenformatief_fonds;begroting;€ 999.999.999.999;Groot;\n2100;bovenformatief_fonds;uitgave;€ 999.999.999.999;Groot;2100-06-01\n",
            to: dir.appendingPathComponent("budget.csv"))
        try append("2100,quotum_banenafspraak,0,banen,raad,Test,nul als doel\n", to: dir.appendingPathComponent("doelen.csv"))
        try append("VB-999;VB-PL999;vast;Burgerzaken;1-1-1900;;0,0001;wajong;nee\n", to: dir.appendingPathComponent("plaatsingen.csv"))
        try append("Voorbeeldregio Midden,2100,markt,999999999999,1,extreem\n", to: dir.appendingPathComponent("regio.csv"))

        let out = TmuxHarness.temporaryOutputPath()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let check = run(["check", "--data", dir.path], stdout: out)
        try #require(
            check.status == 0, "check must accept the extreme dataset: \(String(decoding: FileManager.default.contents(atPath: out) ?? Data(), as: UTF8.self))")
        for args in [
            ["summary", "--format", "json"], ["summary", "--format", "text"], ["summary", "--jaar", "1900"],
            ["export", "--format", "markdown", "-o", "-"], ["export", "--format", "html", "-o", "-", "--dashboard", "griffie"],
            ["export", "--format", "html", "-o", "-", "--dashboard", "portefeuillehouder", "--taal", "en"],
        ] {
            let r = run(args + ["--data", dir.path], stdout: out)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            let size = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
            #expect(size > 0, "\(args) wrote nothing")
        }
        _ = run(["summary", "--format", "json", "--data", dir.path], stdout: out)
        let json = try JSONSerialization.jsonObject(with: FileManager.default.contents(atPath: out) ?? Data())
        #expect(json is [String: Any])

        guard tmuxAvailable else { return }
        let t = try TmuxHarness(width: 100, height: 30)
        try t.startDashboard("--data \(TmuxHarness.shellQuote(dir.path))")
        try t.waitForText("2100")
        for key in ["Enter", "End", "Home", "Escape", "l", "Enter", "PageDown", "Escape", "Left", "[", "t", "Tab", "v", "Escape", "?", "Escape"] {
            t.keys(key)
            usleep(100_000)
        }
        t.resize(width: 40, height: 12)
        try t.waitFor("narrow") { !$0.isEmpty }
        t.resize(width: 120, height: 40)
        t.keys("q")
        try t.checkTerminalRestored(expectedStatus: 0)
    }
}

/// Every signal that ends the dashboard gives the terminal back first.
@Suite(
    "signals in tmux", .serialized,
    .enabled(if: tmuxAvailable, "tmux is not installed: end-to-end tests skipped (apt-get install tmux)"))
struct SignalTmuxTests {
    /// Signals the dashboard ends on in order (exit 128 + N, no crash report).
    @Test(arguments: [SIGQUIT, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ, SIGPOLL, SIGPWR])
    func anEndingSignalRestoresTheTerminal(_ sig: Int32) throws {
        let t = try TmuxHarness(width: 80, height: 24)
        try t.startDashboard()
        t.keys("Enter")
        try t.waitForText("Wat betekent dit?")
        if sig == SIGQUIT { t.keys("C-\\") } else { kill(try t.dashboardPID(), sig) }
        try t.checkTerminalRestored(expectedStatus: 128 + Int(sig))
        let screen = t.screen()
        #expect(!screen.contains("Crash") && !screen.contains("Fatal error") && !screen.contains("Backtrace"), "\(screen)")
    }

    /// Closing the window (the terminal hangs up under the dashboard) ends it. It used to go on
    /// polling a terminal that was gone, at full CPU, for ever.
    @Test func closingTheWindowEndsTheDashboard() throws {
        let t = try TmuxHarness(width: 80, height: 24)
        try t.startDashboard()
        t.keys("Enter")
        try t.waitForText("Wat betekent dit?")
        let pid = try t.dashboardPID()
        t.tmux(["kill-server"])
        func alive() -> Bool {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return false }
            return !stat[stat.index(after: close)...].hasPrefix(" Z")  // a zombie has ended
        }
        let deadline = Date().addingTimeInterval(10)
        while alive() && Date() < deadline { usleep(50_000) }
        let stillRunning = alive()
        if stillRunning { kill(pid, SIGKILL) }
        #expect(!stillRunning, "the dashboard kept running after its terminal hung up")
    }

    /// Crashes and real-time signals: the terminal is restored, then the process dies of the signal.
    @Test(arguments: [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS, 36])
    func aCrashRestoresTheTerminalAndDiesOfTheSignal(_ sig: Int32) throws {
        let t = try TmuxHarness(width: 80, height: 24)
        try t.startDashboard(environment: "ulimit -c 0;")
        t.keys("Enter")
        try t.waitForText("Wat betekent dit?")
        kill(try t.dashboardPID(), sig)
        try t.waitForText("onverwacht gestopt door signaal \(sig); de terminal is hersteld.")
        try t.checkTerminalRestored(expectedStatus: 128 + Int(sig))
    }
}
