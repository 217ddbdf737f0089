import Foundation
import Testing

/// The archive (issue 12) as a user meets it: the real binary, a real SQLite file in a temporary
/// folder, and the dashboard in tmux.
@Suite("archive", .serialized)
struct ArchiveEndToEndTests {
    let binary: String
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let folder: URL
    var archive: String { folder.appendingPathComponent("archief.sqlite").path }
    var env: [String: String] { ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "dumb", "RAADSDASHBOARD_ARCHIEF": archive] }

    init() throws {
        binary = try #require(TmuxHarness.findBinary(), "raadsdashboard binary not found next to the test bundle")
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("raads-archief-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// A copy of Zoetermeer with one more placement of 36 hours in 2020 (1 fte more), as the data
    /// were "at the previous committee meeting".
    func earlierZoetermeer(_ name: String = "eerder", extraLine: String = "ZM-PL999;ZM-P999;Stadsbeheer;detachering;1-1-2020;;36;nee;wsw") throws -> String {
        let dir = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: root.appendingPathComponent("sample-data/zoetermeer"), to: dir)
        let file = dir.appendingPathComponent("plaatsingen.csv")
        var text = try String(contentsOf: file, encoding: .utf8)
        if !text.hasSuffix("\n") { text += "\n" }
        try (text + extraLine + "\n").write(to: file, atomically: true, encoding: .utf8)
        return dir.path
    }

    func run(_ args: [String], env extra: [String: String] = [:]) -> (status: Int32, stdout: String, stderr: String) {
        TmuxHarness.runBinary(binary, args, environment: env.merging(extra) { _, new in new })
    }

    static var today: String {
        let c = Calendar.current.dateComponents([.day, .month], from: Date())
        return String(format: "%02d-%02d", c.day ?? 0, c.month ?? 0)
    }

    @Test func storeListAndCompareWithTheCurrentData() throws {
        let earlier = try earlierZoetermeer()
        let stored = run(["archief", "opslaan", "--data", earlier, "--label", "Commissie Samenleving"])
        #expect(stored.status == 0, "\(stored.stderr)")
        #expect(stored.stderr.contains("Momentopname 1 opgeslagen in het archief \(archive)"))
        let again = run(["archief", "opslaan", "--data", earlier, "--label", "Raad"])
        #expect(again.stderr.contains("al in het archief als momentopname 1; het label is toegevoegd"))

        let list = run(["archief", "lijst", "--format", "json"])
        #expect(list.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 1)
        #expect(items.first?["labels"] as? [String] == ["Commissie Samenleving", "Raad"])
        #expect(items.first?["gemeente"] as? String == "Gemeente Zoetermeer")
        #expect(run(["archief", "lijst"]).stdout.contains("Commissie Samenleving; Raad"))

        // The default: the latest snapshot of this municipality against the current (built-in) data.
        let text = run(["archief", "vergelijk"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Wat is er veranderd sinds"))
        #expect(text.stdout.contains("Quotum banenafspraak 2020: 34,7 fte → 33,7 fte (−1,0)"), "\(text.stdout)")
        let json = run(["archief", "vergelijk", "1", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let quotum = try #require((object["parameters"] as? [String: Any])?["quotum"] as? [String: Any])
        #expect(abs((quotum["verschil"] as? Double ?? 0) + 1) < 1e-9)
        #expect(run(["archief", "vergelijk", "--format", "markdown"]).stdout.hasPrefix("# Wat is er veranderd sinds"))

        // Usage errors exit 2.
        #expect(run(["archief", "vergelijk", "99"]).status == 2)
        #expect(run(["archief", "lijst", "--format", "xml"]).status == 2)
    }

    @Test func exportStoresItsSnapshotAndShowsWhatChanged() throws {
        let earlier = try earlierZoetermeer()
        let first = run(["export", "--data", earlier, "--format", "markdown", "-o", folder.appendingPathComponent("eerst.md").path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("Momentopname 1 opgeslagen"))
        let out = folder.appendingPathComponent("nu.md").path
        let second = run(["export", "--format", "markdown", "-o", out, "--label", "Raad 20-03"])
        #expect(second.status == 0, "\(second.stderr)")
        let md = try String(contentsOfFile: out, encoding: .utf8)
        #expect(md.contains("## Wat is er veranderd sinds"))
        #expect(md.contains("34,7 fte → 33,7 fte (−1,0)"))
        // --niet-archiveren: the section is still there, nothing new stored.
        let third = run([
            "export", "--data", try earlierZoetermeer("ander", extraLine: "ZM-PL998;ZM-P998;Stadsbeheer;detachering;1-1-2020;;18;nee;wsw"),
            "--format", "html", "-o", "-", "--niet-archiveren",
        ])
        #expect(third.status == 0)
        #expect(third.stdout.contains("<h2 id=\"veranderd-titel\">Wat is er veranderd sinds"))
        let list = try #require(try JSONSerialization.jsonObject(with: Data(run(["archief", "lijst", "--format", "json"]).stdout.utf8)) as? [[String: Any]])
        #expect(list.count == 2)
        #expect(list.last?["labels"] as? [String] == ["Raad 20-03"])
    }

    @Test func anotherMunicipalityIsNeverComparedSilently() throws {
        #expect(run(["archief", "opslaan", "--data", root.appendingPathComponent("sample-data/voorbeeldgemeente").path]).status == 0)
        let r = run(["archief", "vergelijk"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("bevat geen momentopname van Gemeente Zoetermeer"))
        #expect(run(["archief", "opslaan"]).status == 0)
        let named = run(["archief", "vergelijk", "1", "2"])
        #expect(named.status == 1)
        #expect(named.stderr.contains("momentopnamen van verschillende gemeenten worden niet vergeleken"))
    }

    @Test func aCorruptArchiveIsNamedLeftAloneAndTheExportStillSucceeds() throws {
        let bytes = Data("geen database\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: archive))
        let out = folder.appendingPathComponent("raad.md").path
        let r = run(["export", "--format", "markdown", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("het archief '\(archive)' is geen archief van raadsdashboard"))
        #expect(FileManager.default.fileExists(atPath: out))
        #expect(try Data(contentsOf: URL(fileURLWithPath: archive)) == bytes)
        #expect(run(["archief", "lijst"]).status == 1)
    }

    @Test func aLocationThatCannotBeWrittenStillExports() throws {
        let blocker = folder.appendingPathComponent("bestand")
        try Data("x".utf8).write(to: blocker)
        let out = folder.appendingPathComponent("raad.html").path
        let r = run(["export", "--format", "html", "-o", out, "--archief", blocker.appendingPathComponent("archief.sqlite").path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("kan niet worden geopend of geschreven"))
        #expect(r.stderr.contains(blocker.path))
        #expect(FileManager.default.fileExists(atPath: out))
    }

    @Test func twoProcessesStoringAtOnceAreBothKept() throws {
        let dirs = [try earlierZoetermeer("a"), try earlierZoetermeer("b", extraLine: "ZM-PL997;ZM-P997;Stadsbeheer;detachering;1-1-2020;;20;nee;wsw")]
        final class Statuses: @unchecked Sendable {
            let lock = NSLock()
            var values = [Int32](repeating: -1, count: 2)
        }
        let statuses = Statuses()
        let (bin, environment) = (binary, env)
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let status = TmuxHarness.runBinary(bin, ["archief", "opslaan", "--data", dirs[i], "--label", "proces \(i)"], environment: environment).status
            statuses.lock.withLock { statuses.values[i] = status }
        }
        #expect(statuses.values == [0, 0])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(run(["archief", "lijst", "--format", "json"]).stdout.utf8)) as? [[String: Any]])
        #expect(Set(list.compactMap { ($0["labels"] as? [String])?.first }) == ["proces 0", "proces 1"])
    }

    @Test func oneHundredSnapshotsStaySmall() throws {
        // Store the regional sample many times with different labels in its dataset.toml: each is a new snapshot.
        let dir = folder.appendingPathComponent("regio")
        try FileManager.default.copyItem(at: root.appendingPathComponent("sample-data/voorbeeldgemeente"), to: dir)
        let toml = dir.appendingPathComponent("dataset.toml")
        let original = try String(contentsOf: toml, encoding: .utf8)
        for i in 0..<10 {
            try (original + "\n# versie \(i)\n").write(to: toml, atomically: true, encoding: .utf8)
            #expect(run(["archief", "opslaan", "--data", dir.path]).status == 0)
        }
        let size = try FileManager.default.attributesOfItem(atPath: archive)[.size] as? Int ?? 0
        let wal = (try? FileManager.default.attributesOfItem(atPath: archive + "-wal")[.size] as? Int) ?? 0
        // Ten snapshots (about 48 kB each, measured); a hundred stay under 6 MB when ten stay under 600 kB.
        #expect(size + wal < 600_000, "\(size) + \(wal) bytes for 10 snapshots")
        print("archive with 10 snapshots of voorbeeldgemeente: \(size) bytes (+ \(wal) in the WAL)")
    }
}

/// The tile deltas and the comparison screen in tmux.
@Suite(
    "archive in tmux", .serialized,
    .enabled(if: tmuxAvailable, "tmux is not installed: end-to-end tests skipped (apt-get install tmux)"))
struct ArchiveTmuxTests {
    @Test func tilesShowTheChangeAndAOpensTheComparison() throws {
        let e2e = try ArchiveEndToEndTests()
        let earlier = try e2e.earlierZoetermeer()
        #expect(e2e.run(["archief", "opslaan", "--data", earlier, "--label", "Commissie"]).status == 0)
        let t = try TmuxHarness(width: 120, height: 40, environment: ["RAADSDASHBOARD_ARCHIEF": e2e.archive])
        try t.startDashboard("--dashboard griffie")
        let today = ArchiveEndToEndTests.today
        let screen = try t.waitFor("the tile delta") { $0.contains("−1,0 sinds \(today)") }
        #expect(screen.contains("vergeleken met momentopname 1 van"), "\(screen)")
        #expect(screen.contains("a sinds \(today)"))
        t.keys("a")
        let comparison = try t.waitFor("the comparison screen") { $0.contains("Per parameter") }
        #expect(comparison.contains("Wat is er veranderd sinds"))
        #expect(comparison.contains("34,7 fte → 33,7 fte (−1,0)"))
        #expect(comparison.contains("Herziene jaren"))
        print("--- comparison screen ---\n\(comparison)")
        t.keys("Escape")
        try t.waitFor("the overview again") { $0.contains("−1,0 sinds \(today)") }
        t.keys("q")
        try t.checkTerminalRestored(expectedStatus: 0)
    }

    @Test func aCorruptArchiveIsNamedAndTheDashboardStillOpens() throws {
        let e2e = try ArchiveEndToEndTests()
        try Data("geen database\n".utf8).write(to: URL(fileURLWithPath: e2e.archive))
        let t = try TmuxHarness(width: 100, height: 30, environment: ["RAADSDASHBOARD_ARCHIEF": e2e.archive])
        t.typeLine("clear; \(TmuxHarness.shellQuote(t.binary))")
        let panel = try t.waitFor("the archive panel") { $0.contains("Archief niet bruikbaar") }
        #expect(panel.contains("archief.sqlite"), "the file is named:\n\(panel)")
        t.keys("Enter")
        let screen = try t.waitFor("the overview") { $0.contains("Quotum banenafspraak") && !$0.contains("Archief niet bruikbaar") }
        #expect(!screen.contains("sinds"))
        t.keys("q")
        try t.checkTerminalRestored(expectedStatus: 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: e2e.archive)) == Data("geen database\n".utf8))
    }
}
