import Foundation
import GRDB
import RaadsMetrics
import RaadsPresentation

/// The griffie's archive of snapshots (issue 12): one SQLite file, written through GRDB in WAL
/// mode with a busy timeout, so that two processes storing at once both succeed. It holds the §5
/// summaries, contract statuses and questions of each snapshot — never raw data or placements.
///
/// A file that is not SQLite (or is damaged) is never written: opening it fails with
/// `ArchiveError.notAnArchive`, which names the file.
public final class SnapshotArchive: @unchecked Sendable {
    public let path: String
    private let pool: DatabasePool

    /// How long a writer waits for another process's write to finish.
    public static let busyTimeout: TimeInterval = 10

    /// Opens the archive at `path`, creating it (and its folder) when absent, and migrates it to
    /// the current schema.
    public init(path: String) throws(ArchiveError) {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw ArchiveError(path: path, kind: .cannotWrite, detail: Self.reason(of: error))
            }
        }
        if Self.isForeignFile(path) {
            throw ArchiveError(path: path, kind: .notAnArchive, detail: "het bestand begint niet als een SQLite-database")
        }
        var config = Configuration()
        config.busyMode = .timeout(Self.busyTimeout)
        config.label = "raadsdashboard-archief"
        // Two processes opening the same archive race for the switch to WAL and for the
        // migrations: SQLite may answer SQLITE_BUSY at once (no busy handler for a lock upgrade),
        // and both may start the same migration, the second then failing on a table or column
        // the first just added. Either way the open is retried within the busy timeout; by then
        // the other process has committed and the migrator skips what is applied.
        let deadline = Date().addingTimeInterval(Self.busyTimeout)
        while true {
            do {
                let opened = try DatabasePool(path: path, configuration: config)
                try Self.migrator.migrate(opened)
                pool = opened
                return
            } catch {
                let mapped = Self.archiveError(path, error)
                let raced = mapped.kind == .busy || (error as? DatabaseError)?.resultCode == .SQLITE_ERROR
                guard raced, Date() < deadline else { throw mapped }
                Thread.sleep(forTimeInterval: Double.random(in: 0.02...0.1))
            }
        }
    }

    /// Opens the archive only when the file exists (reading never creates one).
    public static func openIfPresent(path: String) throws(ArchiveError) -> SnapshotArchive? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try SnapshotArchive(path: path)
    }

    /// A non-empty file whose first 16 bytes are not SQLite's header: refused before SQLite
    /// touches it, so that nothing (not even a `-wal` file) is created next to it.
    static func isForeignFile(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        return !head.isEmpty && head != Data("SQLite format 3\0".utf8)
    }

    // MARK: - Schema

    /// v1: snapshots and their yearly summaries. v2: per-file hashes, contract statuses and the
    /// questions of each year.
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE snapshot (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        gemeente TEXT NOT NULL,
                        peildatum TEXT NOT NULL,
                        fingerprint TEXT NOT NULL UNIQUE,
                        created_at TEXT NOT NULL,
                        labels TEXT NOT NULL DEFAULT '[]',
                        dashboard TEXT NOT NULL,
                        tool_version TEXT NOT NULL
                    );
                    CREATE TABLE snapshot_year (
                        snapshot_id INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
                        jaar INTEGER NOT NULL,
                        summary_json TEXT NOT NULL,
                        PRIMARY KEY (snapshot_id, jaar)
                    );
                    """)
        }
        m.registerMigration("v2") { db in
            try db.execute(
                sql: """
                    ALTER TABLE snapshot_year ADD COLUMN questions TEXT NOT NULL DEFAULT '[]';
                    CREATE TABLE snapshot_file (
                        snapshot_id INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        name TEXT NOT NULL,
                        byte_count INTEGER NOT NULL,
                        sha256 TEXT NOT NULL,
                        PRIMARY KEY (snapshot_id, position)
                    );
                    CREATE TABLE snapshot_contract (
                        snapshot_id INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
                        contract_id TEXT NOT NULL,
                        status TEXT NOT NULL,
                        PRIMARY KEY (snapshot_id, contract_id)
                    );
                    """)
        }
        return m
    }

    // MARK: - Writing

    public enum StoreOutcome: Equatable, Sendable {
        /// A new snapshot with this number.
        case stored(Int64)
        /// The same fingerprint was already stored under this number; the label was added.
        case labelAdded(Int64)
        /// The same fingerprint and label were already stored under this number.
        case unchanged(Int64)
    }

    /// Stores `snapshot`. The same fingerprint twice keeps one snapshot and adds the new label.
    @discardableResult
    public func store(_ snapshot: ArchivedSnapshot) throws(ArchiveError) -> StoreOutcome {
        do {
            return try pool.writeWithoutTransaction { db in
                var outcome = StoreOutcome.unchanged(0)
                try db.inTransaction(.immediate) {
                    if let row = try Row.fetchOne(db, sql: "SELECT id, labels FROM snapshot WHERE fingerprint = ?", arguments: [snapshot.fingerprint]) {
                        let id: Int64 = row["id"]
                        var labels = Self.decodeStrings(row["labels"])
                        let new = snapshot.labels.filter { !labels.contains($0) }
                        if new.isEmpty {
                            outcome = .unchanged(id)
                        } else {
                            labels += new
                            try db.execute(sql: "UPDATE snapshot SET labels = ? WHERE id = ?", arguments: [Self.encodeStrings(labels), id])
                            outcome = .labelAdded(id)
                        }
                        return .commit
                    }
                    try db.execute(
                        sql: """
                            INSERT INTO snapshot (gemeente, peildatum, fingerprint, created_at, labels, dashboard, tool_version)
                            VALUES (?, ?, ?, ?, ?, ?, ?)
                            """,
                        arguments: [
                            snapshot.gemeente, snapshot.peildatum.description, snapshot.fingerprint, snapshot.createdAt,
                            Self.encodeStrings(snapshot.labels), snapshot.dashboard, snapshot.toolVersion,
                        ])
                    let id = db.lastInsertedRowID
                    for y in snapshot.years {
                        let questions = JSON.array(y.questions.map { .object([("id", .string($0.id)), ("tekst", .string($0.text))]) }).serialized()
                        try db.execute(
                            sql: "INSERT INTO snapshot_year (snapshot_id, jaar, summary_json, questions) VALUES (?, ?, ?, ?)",
                            arguments: [id, y.jaar, y.summaryJSON, questions])
                    }
                    for (i, f) in snapshot.files.enumerated() {
                        try db.execute(
                            sql: "INSERT INTO snapshot_file (snapshot_id, position, name, byte_count, sha256) VALUES (?, ?, ?, ?, ?)",
                            arguments: [id, i, f.name, f.byteCount, f.sha256])
                    }
                    for c in snapshot.contracts {
                        try db.execute(
                            sql: "INSERT INTO snapshot_contract (snapshot_id, contract_id, status) VALUES (?, ?, ?)",
                            arguments: [id, c.id, c.status])
                    }
                    outcome = .stored(id)
                    return .commit
                }
                return outcome
            }
        } catch {
            throw Self.archiveError(path, error)
        }
    }

    // MARK: - Reading

    /// Every snapshot, oldest first, with its years, contracts and files.
    public func all() throws(ArchiveError) -> [ArchivedSnapshot] {
        do {
            return try pool.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM snapshot ORDER BY id").map { try Self.snapshot($0, db) }
            }
        } catch {
            throw Self.archiveError(path, error)
        }
    }

    static func snapshot(_ row: Row, _ db: Database) throws -> ArchivedSnapshot {
        let id: Int64 = row["id"]
        let years = try Row.fetchAll(db, sql: "SELECT jaar, summary_json, questions FROM snapshot_year WHERE snapshot_id = ? ORDER BY jaar", arguments: [id])
            .map { r in
                let questions: [ArchivedSnapshot.QuestionState] = {
                    guard case .array(let items)? = JSONValue.parse(r["questions"]) else { return [] }
                    return items.compactMap { q in q["id"]?.string.map { ArchivedSnapshot.QuestionState(id: $0, text: q["tekst"]?.string ?? "") } }
                }()
                return ArchivedSnapshot.Year(jaar: r["jaar"], summaryJSON: r["summary_json"], questions: questions)
            }
        let contracts = try Row.fetchAll(
            db, sql: "SELECT contract_id, status FROM snapshot_contract WHERE snapshot_id = ? ORDER BY contract_id", arguments: [id]
        )
        .map { ArchivedSnapshot.ContractState(id: $0["contract_id"], status: $0["status"]) }
        let files = try Row.fetchAll(db, sql: "SELECT name, byte_count, sha256 FROM snapshot_file WHERE snapshot_id = ? ORDER BY position", arguments: [id])
            .map { DatasetFingerprint.Entry(name: $0["name"], byteCount: $0["byte_count"], sha256: $0["sha256"]) }
        let peildatum: String = row["peildatum"]
        return ArchivedSnapshot(
            number: id, gemeente: row["gemeente"], peildatum: Day.iso(peildatum) ?? Day(number: 0), fingerprint: row["fingerprint"],
            files: files, createdAt: row["created_at"], labels: decodeStrings(row["labels"]), dashboard: row["dashboard"],
            toolVersion: row["tool_version"], years: years, contracts: contracts)
    }

    // MARK: - Helpers

    static func encodeStrings(_ s: [String]) -> String { JSON.array(s.map(JSON.string)).serialized() }

    static func decodeStrings(_ text: String?) -> [String] {
        guard let text, case .array(let items)? = JSONValue.parse(text) else { return [] }
        return items.compactMap(\.string)
    }

    static func archiveError(_ path: String, _ error: any Error) -> ArchiveError {
        if let e = error as? ArchiveError { return e }
        if let e = error as? DatabaseError {
            switch e.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT:
                return ArchiveError(path: path, kind: .notAnArchive, detail: "geen SQLite-database of beschadigd (\(e.resultCode))")
            case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_IOERR, .SQLITE_FULL, .SQLITE_AUTH:
                return ArchiveError(path: path, kind: .cannotWrite, detail: reason(of: e))
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return ArchiveError(path: path, kind: .busy, detail: "een ander programma houdt het archief langer dan \(Int(busyTimeout)) seconden bezet")
            default:
                return ArchiveError(path: path, kind: .other, detail: reason(of: e))
            }
        }
        return ArchiveError(path: path, kind: .other, detail: reason(of: error))
    }

    static func reason(of error: any Error) -> String {
        if let e = error as? DatabaseError {
            return "\(e.message ?? "SQLite-fout") (\(e.resultCode))"
        }
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }
}

/// Why the archive could not be used. The message names the file.
public struct ArchiveError: Error, Equatable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable { case notAnArchive, cannotWrite, busy, other }
    public var path: String
    public var kind: Kind
    public var detail: String

    public var description: String {
        let file = "'\(SafeText.visible(path))'"
        return switch kind {
        case .notAnArchive: "het archief \(file) is geen archief van raadsdashboard (\(detail)); het bestand is niet gewijzigd"
        case .cannotWrite: "het archief \(file) kan niet worden geopend of geschreven: \(detail)"
        case .busy: "het archief \(file) is bezet: \(detail)"
        case .other: "het archief \(file) kan niet worden gebruikt: \(detail)"
        }
    }
}
