import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a dataset's files come from: a folder on disk, or files held in memory (the embedded
/// default dataset, tests).
public protocol DatasetSource: Sendable {
    /// Shown to the user ("sample-data/zoetermeer", "ingebouwde dataset Zoetermeer").
    var label: String { get }
    /// Names of the entries in the dataset folder: its files, and anything else named like a
    /// dataset file (a folder called `budget.csv`, a broken link), so that it can be reported.
    func fileNames() throws -> [String]
    /// The bytes of a file, or `nil` when it does not exist. Throws a `SourceError` with a Dutch
    /// message when the name exists but cannot be read as a file.
    func contents(of name: String) throws -> [UInt8]?
    /// The same bytes as `contents(of:)`, for the loader; a folder maps a large file instead of
    /// copying it (`FileBytes`).
    func bytes(of name: String) throws -> FileBytes?
}

extension DatasetSource {
    public func bytes(of name: String) throws -> FileBytes? { try contents(of: name).map(FileBytes.init) }
}

/// A dataset folder on disk. Files are only read, never changed. Every problem is said for
/// what it is (a folder, a link in a loop, a link to nothing, no permission), in Dutch.
public struct DirectorySource: DatasetSource {
    public var path: String
    /// Files from this size on are mapped, not read (`FileBytes`); tests set it low.
    var mapFrom = FileBytes.mappingThreshold
    public init(path: String) { self.path = path }
    init(path: String, mapFrom: Int) {
        self.path = path
        self.mapFrom = mapFrom
    }
    public var label: String { path }

    /// Names the loader looks for; a non-file entry with one of these names is listed.
    static var datasetNames: Set<String> { Set(DatasetLoader.knownFiles + [DatasetLoader.tomlName]) }

    public func fileNames() throws -> [String] {
        var st = stat()
        guard stat(path, &st) == 0 else {
            let e = errno
            switch e {
            case EACCES: throw SourceError(message: "map '\(path)' is niet bereikbaar: geen rechten op een bovenliggende map")
            case ELOOP: throw SourceError(message: "map '\(path)' is een symbolische koppeling in een lus")
            default: throw SourceError(message: "map '\(path)' bestaat niet of is geen map")
            }
        }
        guard Self.isDirectory(st) else { throw SourceError(message: "map '\(path)' bestaat niet of is geen map") }
        guard let dir = opendir(path) else {
            throw SourceError(message: "map '\(path)' kan niet worden gelezen: \(Self.reason(errno))")
        }
        defer { closedir(dir) }
        var all: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { all.append(name) }
        }
        // A folder one may list but not enter (read but no execute permission): its entries
        // cannot be examined, so nothing in it could be read.
        if access(path, X_OK) != 0 && errno == EACCES {
            throw SourceError(message: "map '\(path)' kan wel worden bekeken maar niet geopend: geen uitvoerrechten (x) op de map; geef die met 'chmod +x'")
        }
        return all.filter { name in
            var s = stat()
            if stat(join(name), &s) == 0 { return !Self.isDirectory(s) || Self.datasetNames.contains(name) }
            return Self.datasetNames.contains(name)  // a broken link or a loop, to be reported
        }.sorted()
    }

    public func contents(of name: String) throws -> [UInt8]? {
        try checkedFile(name).map { try LocalFile.readAll($0.path, expectedSize: $0.size, kind: "bestand '\($0.path)'") }
    }

    public func bytes(of name: String) throws -> FileBytes? {
        try checkedFile(name).map { try LocalFile.bytes($0.path, mapFrom: mapFrom, kind: "bestand '\($0.path)'") }
    }

    /// The full path and size of the regular file `name`; `nil` when there is no such entry.
    /// Throws, in Dutch, when the name is something else (a folder, a broken link).
    private func checkedFile(_ name: String) throws -> (path: String, size: Int)? {
        let full = join(name)
        var link = stat()
        guard lstat(full, &link) == 0 else {
            let e = errno
            if e == ENOENT || e == ENOTDIR { return nil }
            throw SourceError(message: "bestand '\(full)' kan niet worden gelezen: \(Self.reason(e))")
        }
        var st = stat()
        guard stat(full, &st) == 0 else {
            let e = errno
            if e == ENOENT { throw SourceError(message: "bestand '\(full)' is een symbolische koppeling naar iets dat niet bestaat") }
            if e == ELOOP {
                throw SourceError(message: "bestand '\(full)' is een symbolische koppeling in een lus (ze verwijst via andere koppelingen naar zichzelf)")
            }
            throw SourceError(message: "bestand '\(full)' kan niet worden gelezen: \(Self.reason(e))")
        }
        if Self.isDirectory(st) { throw SourceError(message: "'\(full)' is een map, geen bestand") }
        guard Self.isRegular(st) else { throw SourceError(message: "'\(full)' is geen gewoon bestand (maar bijvoorbeeld een pipe of apparaat)") }
        return (full, Int(st.st_size))
    }

    func join(_ name: String) -> String { path.hasSuffix("/") ? path + name : path + "/" + name }

    static func isDirectory(_ st: stat) -> Bool { (st.st_mode & S_IFMT) == S_IFDIR }
    static func isRegular(_ st: stat) -> Bool { (st.st_mode & S_IFMT) == S_IFREG }

    /// A POSIX error in Dutch (never Foundation's English text).
    static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "geen leesrechten"
        case ELOOP: "een symbolische koppeling in een lus"
        case ENAMETOOLONG: "de naam is te lang"
        case EIO: "leesfout van de schijf (invoer/uitvoer)"
        case EISDIR: "het is een map"
        case ENOENT: "bestaat niet"
        case ENOTDIR: "een deel van het pad is geen map"
        case EMFILE, ENFILE: "te veel geopende bestanden"
        case ENOMEM: "te weinig geheugen"
        default: "systeemfout \(code)"
        }
    }
}

/// Files held in memory.
public struct InMemorySource: DatasetSource {
    public var label: String
    public var files: [String: [UInt8]]
    public init(label: String, files: [String: [UInt8]]) {
        self.label = label
        self.files = files
    }
    public init(label: String, texts: [String: String]) {
        self.init(label: label, files: texts.mapValues { Array($0.utf8) })
    }
    public func fileNames() throws -> [String] { files.keys.sorted() }
    public func contents(of name: String) throws -> [UInt8]? { files[name] }
}

public struct SourceError: Error, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }

    /// Any error from a source, in Dutch: a `SourceError` as it is; Foundation's errors
    /// ("NSCocoaErrorDomain Code=257") translated by their code.
    public static func dutch(_ error: any Error) -> String {
        if let e = error as? SourceError { return e.message }
        let ns = error as NSError
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case 257, 513: return "geen leesrechten"
            case 4, 260: return "bestand bestaat niet"
            case 261, 264: return "tekst kan niet worden gelezen (geen geldige tekens)"
            default: return "bestand kan niet worden gelezen (foutcode \(ns.code))"
            }
        }
        if ns.domain == NSPOSIXErrorDomain { return DirectorySource.reason(Int32(ns.code)) }
        // Our own errors (e.g. FrozenSource's) describe themselves in Dutch.
        return "\(error)"
    }
}
