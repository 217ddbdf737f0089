import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 10 with the real binary: Dutch help and usage errors (English with --taal en), the
/// refused dataset's report on stderr, a year before the data, and the refusal screen in tmux.
@Suite("errors a data deliverer can act on", .serialized)
struct ErrorsEndToEndTests {
    let binary: String
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let env = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "dumb"]

    init() throws {
        binary = try #require(TmuxHarness.findBinary(), "raadsdashboard binary not found next to the test bundle")
    }

    func run(_ args: [String]) -> (status: Int32, stdout: String, stderr: String) {
        TmuxHarness.runBinary(binary, args, environment: env)
    }

    /// voorbeeldgemeente with one bad procedure value and one line saved with commas.
    func brokenCopy() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("raads-err-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.copyItem(at: root.appendingPathComponent("sample-data/voorbeeldgemeente"), to: dir)
        let file = dir.appendingPathComponent("contracten.csv")
        // The sample has CRLF line ends (a Character of its own in Swift): split on LF after folding them.
        var lines = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        lines[2] = lines[2].replacingOccurrences(of: ";nationaal;", with: ";nationall;")  // line 3: C-2021-02
        lines[3] = lines[3].replacingOccurrences(of: ";", with: ",")  // line 4: C-2021-03 with commas
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        return dir
    }

    // MARK: - Help and usage errors

    @Test func theHelpIsDutch() {
        let r = run(["--help"])
        #expect(r.status == 0)
        for word in [
            "OVERZICHT: Raadsdashboard", "GEBRUIK: raadsdashboard", "OPTIES:", "OPDRACHTEN:", "Toon deze hulp.", "Toon het versienummer.",
            "dashboard (standaard)", "GEBRUIK: raadsdashboard <opdracht>", "Zie 'raadsdashboard help <opdracht>' voor uitgebreide hulp.",
        ] {
            #expect(r.stdout.contains(word), "\(word) missing:\n\(r.stdout)")
        }
        for english in ["OVERVIEW", "USAGE", "OPTIONS", "SUBCOMMANDS", "Show help", "See '", "(default"] {
            #expect(!r.stdout.contains(english), "\(english) in:\n\(r.stdout)")
        }
        let summary = run(["help", "summary"])
        #expect(summary.status == 0)
        #expect(summary.stdout.contains("(waarden:") && summary.stdout.contains("standaard: text)"), "\(summary.stdout)")
        #expect(summary.stdout.contains("--taal <nl|en>"))
    }

    @Test func theHelpIsEnglishWithTaalEn() {
        let r = run(["summary", "--help", "--taal", "en"])
        #expect(r.status == 0)
        for word in [
            "OVERVIEW: Print the seven parameters", "USAGE: raadsdashboard summary", "OPTIONS:", "Show help information.",
            "Folder with the dataset", "(values:", "default: text)",
        ] {
            #expect(r.stdout.contains(word), "\(word) missing:\n\(r.stdout)")
        }
        #expect(!r.stdout.contains("Map met de dataset"))
        let help = run(["help", "archief", "vergelijk", "--taal", "en"])
        #expect(help.status == 0, "\(help.stderr)")
        #expect(help.stdout.contains("OVERVIEW: Compare two snapshots"))
    }

    @Test func aUsageErrorIsDutchAndExitsTwo() {
        let r = run(["summary", "--format"])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("Fout: Waarde ontbreekt bij '--format <format>'"), "\(r.stderr)")
        #expect(r.stderr.contains("Gebruik: raadsdashboard summary"))
        #expect(r.stderr.contains("Zie 'raadsdashboard summary --help' voor meer informatie."))
        #expect(!r.stderr.contains("Error") && !r.stderr.contains("Usage"), "\(r.stderr)")
        let unknown = run(["check", "--dat", "x"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("Fout: Onbekende optie '--dat'. Bedoelt u '--data'?"), "\(unknown.stderr)")
        let value = run(["summary", "--format", "xml"])
        #expect(value.status == 2)
        #expect(value.stderr.hasPrefix("Fout: De waarde 'xml' is ongeldig voor '--format <format>'. Kies 'text' of 'json'."), "\(value.stderr)")
    }

    @Test func aUsageErrorIsEnglishWithTaalEn() {
        let r = run(["summary", "--taal", "en", "--format"])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("Error: Missing value for '--format <format>'"), "\(r.stderr)")
        #expect(r.stderr.contains("Usage: raadsdashboard summary"))
    }

    // MARK: - Years

    @Test func aYearBeforeTheDataSaysWhereTheyBegin() {
        for args in [["summary", "--jaar", "2017"], ["--jaar", "2017"], ["export", "--format", "markdown", "-o", "-", "--jaar", "2017"]] {
            let r = run(args)
            #expect(r.status == 2, "\(args)")
            #expect(r.stderr.contains("de gegevens beginnen in 2018"), "\(args): \(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        #expect(run(["summary", "--jaar", "2018"]).status == 0)
    }

    // MARK: - The refused dataset on stderr

    @Test func summaryListsEveryErrorWithWhatToDoAndWhatItAffects() throws {
        let dir = try brokenCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = run(["summary", "--data", dir.path])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        let lines = r.stderr.components(separatedBy: "\n")
        #expect(lines.first?.hasPrefix("De dataset '") == true, "\(r.stderr)")
        let errors = lines.filter { $0.contains(": error: ") }
        #expect(
            errors == [
                "contracten.csv:3:6: error: 'procedure' moet een van deze waarden zijn: enkelvoudig_onderhands, meervoudig_onderhands, nationaal, europees; gevonden: \"nationall\"",
                "contracten.csv:4:1: error: deze regel gebruikt komma's als scheidingsteken, maar dit bestand puntkomma's (zie de kopregel); scheid de velden met ;",
            ], "no false reference errors: \(r.stderr)")
        #expect(r.stderr.contains("  Oplossen: Kies een van de genoemde waarden; hoofdletters maken niet uit."))
        #expect(r.stderr.contains("  Raakt: SROI-realisatie, SROI-naleving"), "\(r.stderr)")
        let en = run(["summary", "--data", dir.path, "--taal", "en"])
        #expect(en.stderr.contains("  To fix: Choose one of the values listed"))
    }

    @Test func checkKeepsTheCompilerForm() throws {
        let dir = try brokenCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = run(["check", "--data", dir.path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("contracten.csv:3:6: error: 'procedure'"))
        #expect(!r.stdout.contains("Oplossen"))
    }

    // MARK: - The refusal screen in tmux

    @Test(.enabled(if: tmuxAvailable, "tmux is not installed"))
    func theRefusalScreenListsTheErrorsScrollsAndReadsAgain() throws {
        let dir = try brokenCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let t = try TmuxHarness(width: 80, height: 24)
        t.typeLine("clear; \(TmuxHarness.shellQuote(t.binary)) --data \(TmuxHarness.shellQuote(dir.path))")
        let screen = try t.waitFor("the refusal screen") { $0.contains("dataset geweigerd") && $0.contains("q stop") }
        #expect(screen.contains("wordt niet getoond: 2 fouten"))
        #expect(screen.contains("1. contracten.csv, regel 3, kolom 6"))
        #expect(screen.contains("Oplossen: Kies een van de genoemde waarden"))
        #expect(!screen.contains("error:"))
        t.keys("End")
        try t.waitForText("2. contracten.csv, regel 4, kolom 1")
        t.keys("t")
        try t.waitForText("dataset refused")
        // Fix both lines, then r: the dashboard opens.
        try FileManager.default.copyItem(
            at: root.appendingPathComponent("sample-data/voorbeeldgemeente/contracten.csv"),
            to: dir.appendingPathComponent("contracten.fixed"))
        _ = rename(dir.appendingPathComponent("contracten.fixed").path, dir.appendingPathComponent("contracten.csv").path)
        t.keys("r")
        try t.waitFor("the dashboard after r") { $0.contains("Job agreement quota") }
        t.keys("q")
        try t.checkTerminalRestored(expectedStatus: 0)
    }

    @Test(.enabled(if: tmuxAvailable, "tmux is not installed"))
    func quittingTheRefusalScreenExitsOneAndLeavesTheList() throws {
        let dir = try brokenCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let t = try TmuxHarness(width: 100, height: 30)
        t.typeLine("clear; \(TmuxHarness.shellQuote(t.binary)) --data \(TmuxHarness.shellQuote(dir.path))")
        try t.waitFor("the refusal screen") { $0.contains("dataset geweigerd") }
        t.keys("q")
        try t.checkTerminalRestored(expectedStatus: 1)
    }
}
