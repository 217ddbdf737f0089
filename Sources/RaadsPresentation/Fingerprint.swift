import Foundation
import RaadsMetrics

/// The dataset's fingerprint: one SHA-256 over `dataset.toml` and the data files the contract
/// knows, so the griffie can later prove exactly which figures the council saw.
///
/// Framing. The files are taken in this fixed order — `dataset.toml`, then
/// `DatasetLoader.knownFiles` (doelen, plaatsingen, budget, contracten, bouwblokken,
/// sroi_prestaties, rapportages, regio, kengetallen) — skipping those that are absent. Each
/// present file contributes
///
///     file name (UTF-8)  0x00  byte count (decimal ASCII digits)  0x00  the file's exact bytes
///
/// and the fingerprint is the lower-case hex SHA-256 of all contributions one after another.
/// Because every file carries its name and length, moving bytes from one file to another, or
/// adding or removing an (empty) file, changes the fingerprint. Other files in the folder
/// (README, an unknown `.csv`) are not part of it; neither is the folder's name or location.
public enum DatasetFingerprint {
    /// The files in fingerprint order.
    public static var fileOrder: [String] { [DatasetLoader.tomlName] + DatasetLoader.knownFiles }

    /// One file's share of the fingerprint, for the export's provenance table.
    public struct Entry: Equatable, Sendable {
        public var name: String
        public var byteCount: Int
        /// SHA-256 of the file alone (lower-case hex), so a changed file can be pinpointed.
        public var sha256: String
        public init(name: String, byteCount: Int, sha256: String) {
            self.name = name
            self.byteCount = byteCount
            self.sha256 = sha256
        }
    }

    /// The fingerprint (64 lower-case hex digits). Throws when a present file cannot be read.
    /// A `FrozenSource` gives the fingerprint of the bytes it read.
    public static func compute(source: any DatasetSource) throws -> String {
        if let frozen = source as? FrozenSource { return frozen.fingerprint }
        var hasher = SHA256()
        for (name, bytes) in try files(source) { add(name: name, bytes: bytes, to: &hasher) }
        return hasher.hexDigest()
    }

    /// The files that went into the fingerprint, in order, with their size and own hash.
    public static func entries(source: any DatasetSource) throws -> [Entry] {
        if let frozen = source as? FrozenSource { return frozen.entries }
        return try files(source).map { Entry(name: $0.name, byteCount: $0.bytes.count, sha256: SHA256.hash($0.bytes)) }
    }

    /// Adds one file's contribution, `name` NUL `count` NUL `bytes`, without copying the bytes.
    static func add(name: String, bytes: [UInt8], to hasher: inout SHA256) {
        hasher.update(Array(name.utf8) + [0] + Array(String(bytes.count).utf8) + [0])
        hasher.update(bytes)
    }

    /// The present files in fingerprint order. A file is present when the source lists it under
    /// its exact (lower-case) name — the same test the loader uses.
    static func files(_ source: any DatasetSource) throws -> [(name: String, bytes: [UInt8])] {
        let names = Set(try source.fileNames())
        return try fileOrder.filter(names.contains).compactMap { name in
            try source.contents(of: name).map { (name, $0) }
        }
    }
}

/// A dataset read once, so that the figures and the fingerprint of an export come from exactly
/// the same bytes even if someone edits the folder meanwhile.
///
/// The fingerprint and each file's hash are computed as the files are read. Each file's bytes
/// are then handed over once, to the loader (issue 9: a region's 68 MB are not kept next to the
/// dataset built from them); a file asked for again is read again and must hash the same, or
/// reading it fails ("gewijzigd").
public struct FrozenSource: DatasetSource {
    public var label: String
    private var names: [String]
    private let original: any DatasetSource
    /// `DatasetFingerprint.compute` of the bytes read.
    public let fingerprint: String
    /// `DatasetFingerprint.entries` of the bytes read.
    public let entries: [DatasetFingerprint.Entry]
    private let unread: Unread

    /// Reads `dataset.toml` and the known data files; other names are listed but not read.
    public init(_ source: any DatasetSource) throws {
        label = source.label
        original = source
        names = try source.fileNames()
        var files: [String: [UInt8]] = [:]
        var hasher = SHA256()
        var entries: [DatasetFingerprint.Entry] = []
        for name in DatasetFingerprint.fileOrder where names.contains(name) {
            guard let bytes = try source.contents(of: name) else { continue }
            DatasetFingerprint.add(name: name, bytes: bytes, to: &hasher)
            entries.append(.init(name: name, byteCount: bytes.count, sha256: SHA256.hash(bytes)))
            files[name] = bytes
        }
        fingerprint = hasher.hexDigest()
        self.entries = entries
        unread = Unread(files)
    }

    public func fileNames() throws -> [String] { names }

    public func contents(of name: String) throws -> [UInt8]? {
        if let bytes = unread.take(name) { return bytes }
        guard names.contains(name) else { return nil }
        guard let entry = entries.first(where: { $0.name == name }) else { throw NotRead(name: name) }
        guard let bytes = try original.contents(of: name), bytes.count == entry.byteCount, SHA256.hash(bytes) == entry.sha256 else {
            throw Changed(name: name)
        }
        return bytes
    }

    /// The bytes not yet handed over, by name.
    final class Unread: @unchecked Sendable {
        private let lock = NSLock()
        private var files: [String: [UInt8]]
        init(_ files: [String: [UInt8]]) { self.files = files }
        func take(_ name: String) -> [UInt8]? {
            lock.lock()
            defer { lock.unlock() }
            return files.removeValue(forKey: name)
        }
    }

    struct NotRead: Error, CustomStringConvertible {
        var name: String
        var description: String { "bestand '\(name)' is niet ingelezen (geen bestand uit het aanleverformaat)" }
    }

    struct Changed: Error, CustomStringConvertible {
        var name: String
        var description: String { "bestand '\(name)' is gewijzigd sinds het werd ingelezen; probeer het opnieuw" }
    }
}
