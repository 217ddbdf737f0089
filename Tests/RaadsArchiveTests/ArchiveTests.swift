import Foundation
import GRDB
import RaadsMetrics
import RaadsPresentation
import Testing
@testable import RaadsArchive

/// The archive against a real SQLite file in a temporary folder (no mocks).
@Suite struct ArchiveTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("raads-archief-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    var path: String { folder.appendingPathComponent("sub/archief.sqlite").path }

    func snapshot(_ fingerprint: String, gemeente: String = "Testgemeente", labels: [String] = [], waarde: Double = 10) -> ArchivedSnapshot {
        ArchivedSnapshot(
            gemeente: gemeente, peildatum: Day(year: 2024, month: 12, day: 31)!, fingerprint: fingerprint,
            files: [DatasetFingerprint.Entry(name: "dataset.toml", byteCount: 42, sha256: String(repeating: "a", count: 64))],
            createdAt: "2025-03-12T14:03:00+01:00", labels: labels, dashboard: "griffie", toolVersion: "0.1.0",
            years: [
                .init(
                    jaar: 2024, summaryJSON: #"{"parameters":{"quotum":{"waarde":\#(waarde),"status":"risico"}}}"#,
                    questions: [.init(id: "q1", text: "Waarom?")])
            ],
            contracts: [.init(id: "C1", status: "loopt")])
    }

    @Test func storesAndReadsBackEverythingInWALMode() throws {
        let archive = try SnapshotArchive(path: path)
        #expect(try archive.store(snapshot("ab12", labels: ["Commissie 12-03"])) == .stored(1))
        let back = try #require(try archive.all().first)
        var expected = snapshot("ab12", labels: ["Commissie 12-03"])
        expected.number = 1
        #expect(back == expected)
        let mode = try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        // A second process (here: a second connection) sees it too.
        #expect(try SnapshotArchive(path: path).all().count == 1)
    }

    @Test func theSameFingerprintTwiceKeepsOneSnapshotAndAddsTheLabel() throws {
        let archive = try SnapshotArchive(path: path)
        #expect(try archive.store(snapshot("ab12", labels: ["Commissie 12-03"])) == .stored(1))
        #expect(try archive.store(snapshot("ab12", labels: ["Raad 20-03"])) == .labelAdded(1))
        #expect(try archive.store(snapshot("ab12", labels: ["Raad 20-03"])) == .unchanged(1))
        #expect(try archive.store(snapshot("cd34")) == .stored(2))
        let all = try archive.all()
        #expect(all.count == 2)
        #expect(all[0].labels == ["Commissie 12-03", "Raad 20-03"])
    }

    @Test func anArchiveOfTheFirstSchemaIsMigratedAndKeptWhole() throws {
        // An archive as version 1 of the schema wrote it, made by hand.
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let old = try DatabaseQueue(path: path)
        try old.write { db in
            try db.execute(
                sql: """
                    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                    INSERT INTO grdb_migrations VALUES ('v1');
                    CREATE TABLE snapshot (id INTEGER PRIMARY KEY AUTOINCREMENT, gemeente TEXT NOT NULL, peildatum TEXT NOT NULL,
                        fingerprint TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, labels TEXT NOT NULL DEFAULT '[]',
                        dashboard TEXT NOT NULL, tool_version TEXT NOT NULL);
                    CREATE TABLE snapshot_year (snapshot_id INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
                        jaar INTEGER NOT NULL, summary_json TEXT NOT NULL, PRIMARY KEY (snapshot_id, jaar));
                    INSERT INTO snapshot VALUES (1, 'Testgemeente', '2023-12-31', 'old1', '2024-01-15T10:00:00+01:00', '["Jaarrekening"]', 'raad', '0.0.9');
                    INSERT INTO snapshot_year VALUES (1, 2023, '{"parameters":{"quotum":{"waarde":7}}}');
                    """)
        }
        try old.close()
        let archive = try SnapshotArchive(path: path)
        let migrated = try archive.all()
        #expect(migrated.count == 1)
        #expect(migrated[0].labels == ["Jaarrekening"])
        #expect(migrated[0].peildatum == Day(year: 2023, month: 12, day: 31))
        #expect(migrated[0].years.map(\.jaar) == [2023])
        #expect(migrated[0].years[0].questions.isEmpty)
        #expect(migrated[0].contracts.isEmpty)
        #expect(try archive.store(snapshot("new2")) == .stored(2))
        let applied = try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") }
        #expect(applied == ["v1", "v2"])
    }

    @Test func aFileThatIsNotSQLiteIsRefusedNamedAndLeftAlone() throws {
        let file = folder.appendingPathComponent("archief.sqlite")
        let bytes = Data("Dit is geen database, maar een notitie van de griffie.\n".utf8)
        try bytes.write(to: file)
        #expect {
            try SnapshotArchive(path: file.path)
        } throws: { error in
            guard let e = error as? ArchiveError else { return false }
            return e.kind == .notAnArchive && e.description.contains(file.path) && e.description.contains("niet gewijzigd")
        }
        #expect(try Data(contentsOf: file) == bytes)
        #expect(!FileManager.default.fileExists(atPath: file.path + "-wal"))
    }

    @Test func aDamagedSQLiteFileIsRefusedAndLeftAlone() throws {
        let file = folder.appendingPathComponent("kapot.sqlite")
        let archive = try SnapshotArchive(path: file.path)
        try archive.store(snapshot("ab12"))
        // Keep SQLite's header, damage the rest.
        var bytes = try Data(contentsOf: file)
        if bytes.count < 200 { bytes += Data(repeating: 0, count: 4096) }
        for i in 16..<min(bytes.count, 4096) { bytes[i] = 0xA5 }
        try? FileManager.default.removeItem(atPath: file.path + "-wal")
        try? FileManager.default.removeItem(atPath: file.path + "-shm")
        try bytes.write(to: file)
        #expect(throws: ArchiveError.self) {
            try SnapshotArchive(path: file.path).all()
        }
        #expect(try Data(contentsOf: file) == bytes)
    }

    @Test func aLocationThatCannotBeWrittenIsAClearError() throws {
        // A regular file where the folder should be: even root cannot create the archive there.
        let blocker = folder.appendingPathComponent("geen-map")
        try Data("x".utf8).write(to: blocker)
        let target = blocker.appendingPathComponent("raadsdashboard/archief.sqlite").path
        #expect {
            try SnapshotArchive(path: target)
        } throws: { error in
            guard let e = error as? ArchiveError else { return false }
            return e.kind == .cannotWrite && e.description.contains(target)
        }
    }

    @Test func twoConnectionsStoringAtOnceKeepEverySnapshot() async throws {
        _ = try SnapshotArchive(path: path)  // created and migrated once
        let p = path
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<2 {
                group.addTask {
                    let archive = try SnapshotArchive(path: p)
                    for i in 0..<15 {
                        try archive.store(snapshot("w\(writer)-\(i)", labels: ["schrijver \(writer)"]))
                    }
                }
            }
            try await group.waitForAll()
        }
        let all = try SnapshotArchive(path: path).all()
        #expect(all.count == 30)
        #expect(Set(all.map(\.fingerprint)).count == 30)
    }

    @Test func theLocationFollowsOptionVariableXDGAndHome() {
        #expect(ArchiveLocation.path(option: "/x/a.sqlite", environment: ["RAADSDASHBOARD_ARCHIEF": "/y", "HOME": "/h"]) == "/x/a.sqlite")
        #expect(ArchiveLocation.path(option: nil, environment: ["RAADSDASHBOARD_ARCHIEF": "/y/b.sqlite", "HOME": "/h"]) == "/y/b.sqlite")
        #expect(ArchiveLocation.path(option: nil, environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/raadsdashboard/archief.sqlite")
        #expect(ArchiveLocation.path(option: nil, environment: ["XDG_DATA_HOME": "relatief", "HOME": "/h"]) == "/h/.local/share/raadsdashboard/archief.sqlite")
        #expect(ArchiveLocation.path(option: nil, environment: [:]) == nil)
    }

    @Test func snapshotsAreFoundByNumberLabelOrFingerprintPrefix() {
        var a = snapshot("abcd1234"), b = snapshot("abce5678", labels: ["Raad"])
        a.number = 1
        b.number = 2
        #expect(ArchiveLocation.find("1", in: [a, b]) == .found(a))
        #expect(ArchiveLocation.find("Raad", in: [a, b]) == .found(b))
        #expect(ArchiveLocation.find("abcd", in: [a, b]) == .found(a))
        #expect(ArchiveLocation.find("abc1", in: [a, b]) == .notFound)
        #expect(ArchiveLocation.find("ABC", in: [a, b]) == .notFound)  // too short
        var c = snapshot("abcd9999")
        c.number = 3
        #expect(ArchiveLocation.find("abcd", in: [a, b, c]) == .ambiguous([1, 3]))
        // The baseline: the latest snapshot of this municipality with other data.
        var other = snapshot("ffff", gemeente: "Elders")
        other.number = 4
        #expect(ArchiveLocation.baseline(in: [a, b, c, other], gemeente: "Testgemeente", excluding: "abcd9999") == b)
    }
}
