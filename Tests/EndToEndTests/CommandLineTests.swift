import Foundation
import Testing

/// The binary without a terminal: text summary instead of the interface, and exit codes.
@Suite("dashboard command without a terminal")
struct CommandLineTests {
    let binary: String
    init() throws {
        binary = try #require(TmuxHarness.findBinary(), "raadsdashboard binary not found next to the test bundle")
    }

    static let baseEnvironment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]

    @Test func withoutATerminalItPrintsTheTextSummary() {
        var env = Self.baseEnvironment
        env["TERM"] = "xterm-256color"
        let r = TmuxHarness.runBinary(binary, [], environment: env)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Quotum banenafspraak"))
        #expect(r.stdout.contains("33,7 fte"))
        #expect(!r.stdout.contains("\u{1B}["), "escape sequences in the text summary")
    }

    @Test func theDashboardSubcommandAndItsOptionsWork() {
        var env = Self.baseEnvironment
        env["TERM"] = "dumb"
        let r = TmuxHarness.runBinary(binary, ["dashboard", "--jaar", "2019", "--taal", "en", "--dashboard", "raad"], environment: env)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("30.7 fte"))
    }

    @Test func aYearAfterThePeildatumIsAUsageError() {
        let r = TmuxHarness.runBinary(binary, ["--jaar", "2031"], environment: Self.baseEnvironment)
        #expect(r.status == 2)
        #expect(r.stderr.contains("2031"))
    }

    @Test func anUnknownLanguageIsRefused() {
        let r = TmuxHarness.runBinary(binary, ["dashboard", "--taal", "fr"], environment: Self.baseEnvironment)
        #expect(r.status != 0)
        #expect(r.stderr.contains("--taal"))
    }

    @Test func aDatasetWithErrorsDoesNotStartTheInterface() throws {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("raads-cli-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: dir) }
        try "naam = \"Test\"\npeildatum = 2020-12-31\nfictief = true\n".write(
            to: dir.appendingPathComponent("dataset.toml"), atomically: true, encoding: .utf8)
        try "jaar;indicator;doel;eenheid;vastgesteld_door\n2020;quotum_banenafspraak;twee;fte;raad\n".write(
            to: dir.appendingPathComponent("doelen.csv"), atomically: true, encoding: .utf8)
        var env = Self.baseEnvironment
        env["TERM"] = "xterm"
        let r = TmuxHarness.runBinary(binary, ["--data", dir.path], environment: env)
        #expect(r.status == 1)
        #expect(r.stderr.contains("doelen.csv:2:3: error:"))
        #expect(r.stdout.isEmpty)
    }
}
