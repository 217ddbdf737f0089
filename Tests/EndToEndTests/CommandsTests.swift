import Foundation
import Testing

/// The subcommands as a user runs them: check, summary, export, and a user's own dashboard file
/// in the export and in the terminal.
@Suite("commands", .serialized)
struct CommandsTests {
    let binary: String
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let env = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "dumb"]

    init() throws {
        binary = try #require(TmuxHarness.findBinary(), "raadsdashboard binary not found next to the test bundle")
    }

    func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("raads-cmd-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A dashboard file as a user would write it: three panels, own titles and thresholds.
    static let userDashboard = """
        titel = "Mijn drie punten"
        [[paneel]]
        parameter = "fonds_bovenformatief"
        titel = "Geld voor extra banen"
        [[paneel]]
        parameter = "quotum"
        titel = "Banen bij de gemeente"
        [paneel.drempels]
        op_koers = 1.0
        risico = 0.5
        [[paneel]]
        parameter = "informatievoorziening"
        titel = "Wat de raad hoorde"
        """

    @Test func checkExitsZeroForValidAndOneForBrokenData() throws {
        let ok = TmuxHarness.runBinary(binary, ["check", "--data", root.appendingPathComponent("sample-data/voorbeeldgemeente").path], environment: env)
        #expect(ok.status == 0, "\(ok.stdout)")
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "naam = \"T\"\npeildatum = 2020-12-31\n".write(to: dir.appendingPathComponent("dataset.toml"), atomically: true, encoding: .utf8)
        try "plaatsing_id;persoon;afdeling;soort;start;uren_per_week\nP1;A;X;vast;31-2-2020;20\n".write(
            to: dir.appendingPathComponent("plaatsingen.csv"), atomically: true, encoding: .utf8)
        let bad = TmuxHarness.runBinary(binary, ["check", "--data", dir.path], environment: env)
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("dataset.toml:1:1: error: verplichte sleutel 'fictief' ontbreekt"))
        #expect(bad.stdout.contains("plaatsingen.csv:2:5: error: 'start' is geen bestaande datum, gevonden: \"31-2-2020\""))
    }

    @Test func summaryJsonGivesTheAuditFigures() throws {
        let r = TmuxHarness.runBinary(binary, ["summary", "--format", "json"], environment: env)
        #expect(r.status == 0, "\(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let p = try #require(obj["parameters"] as? [String: Any])
        let reeks = try #require((p["quotum"] as? [String: Any])?["reeks"] as? [[String: Any]])
        let realised = reeks.compactMap { ($0["waarde"] as? Double).map { ($0 * 10).rounded() / 10 } }
        let targets = reeks.compactMap { $0["doel"] as? Double }
        #expect(realised == [13.6, 30.7, 33.7])
        #expect(targets == [27.4, 31.1, 34.6])
        let sroi = try #require(p["sroi_realisatie"] as? [String: Any])
        #expect(sroi["realisatie_pct"] is NSNull)
        #expect(sroi["reden"] as? String == "geen inkoopregister aangeleverd")
    }

    @Test func aUsersThreePanelDashboardWorksInTheExport() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let board = dir.appendingPathComponent("mijn.toml")
        try Self.userDashboard.write(to: board, atomically: true, encoding: .utf8)
        for format in ["markdown", "html"] {
            let out = dir.appendingPathComponent("export.\(format)")
            let r = TmuxHarness.runBinary(binary, ["export", "--dashboard", board.path, "--format", format, "-o", out.path], environment: env)
            #expect(r.status == 0, "\(r.stderr)")
            let text = try String(contentsOf: out, encoding: .utf8)
            for title in ["Geld voor extra banen", "Banen bij de gemeente", "Wat de raad hoorde", "Mijn drie punten"] {
                #expect(text.contains(title), "\(title) missing in \(format)")
            }
            #expect(!text.contains("SROI-realisatie"), "only the three panels")
        }
    }

    @Test func aBrokenDashboardFileIsRefusedWithItsLine() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let board = dir.appendingPathComponent("fout.toml")
        try "[[paneel]]\nparameter = \"qoutum\"\n".write(to: board, atomically: true, encoding: .utf8)
        let r = TmuxHarness.runBinary(binary, ["export", "--dashboard", board.path, "--format", "markdown", "-o", "-"], environment: env)
        #expect(r.status == 1)
        #expect(r.stderr.contains("fout.toml:2: error: onbekende parameter \"qoutum\"; bedoeld is waarschijnlijk 'quotum'"))
        // An unknown name, a missing file and a file that is not UTF-8.
        let unknown = TmuxHarness.runBinary(binary, ["export", "--dashboard", "bestaatniet", "--format", "markdown", "-o", "-"], environment: env)
        #expect(unknown.status == 1)
        #expect(
            unknown.stderr.contains(
                "bestaatniet:1: error: onbekend dashboard 'bestaatniet'; kies een van: griffie, opbrengst, portefeuillehouder, raad, of geef het pad van een .toml-bestand"
            ))
        let missing = TmuxHarness.runBinary(binary, ["export", "--dashboard", dir.path + "/weg.toml", "--format", "markdown", "-o", "-"], environment: env)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("weg.toml:1: error: dashboardbestand bestaat niet"), "\(missing.stderr)")
        try Data([0x5B, 0xFF, 0x5D]).write(to: board)
        let latin = TmuxHarness.runBinary(binary, ["export", "--dashboard", board.path, "--format", "markdown", "-o", "-"], environment: env)
        #expect(latin.status == 1)
        #expect(latin.stderr.contains("fout.toml:1: error: dashboardbestand bevat ongeldige UTF-8-tekens"), "\(latin.stderr)")
    }

    @Test(.enabled(if: tmuxAvailable, "tmux is not installed"))
    func aUsersThreePanelDashboardWorksInTheTerminal() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let board = dir.appendingPathComponent("mijn.toml")
        try Self.userDashboard.write(to: board, atomically: true, encoding: .utf8)
        let t = try TmuxHarness(width: 100, height: 30)
        t.typeLine("clear; \(TmuxHarness.shellQuote(t.binary)) --dashboard \(TmuxHarness.shellQuote(board.path))")
        let screen = try t.waitFor("three panels") { s in
            ["Geld voor extra banen", "Banen bij de gemeente", "Wat de raad hoorde", "Mijn drie punten"].allSatisfy { s.contains($0) }
        }
        #expect(!screen.contains("SROI-realisatie"))
        #expect(screen.contains("▲ risico") || screen.contains("✔ op koers"))
        t.keys("Enter")
        try t.waitForText("Wat betekent dit?")
        t.keys("q")
        try t.checkTerminalRestored(expectedStatus: 0)
    }
}
