import Foundation

/// Where a dataset's files come from: a folder on disk, or files held in memory (the embedded
/// default dataset, tests).
public protocol DatasetSource: Sendable {
    /// Shown to the user ("sample-data/zoetermeer", "ingebouwde dataset Zoetermeer").
    var label: String { get }
    /// Names of the regular files in the dataset folder (no sub-folders).
    func fileNames() throws -> [String]
    /// The bytes of a file, or `nil` when it does not exist.
    func contents(of name: String) throws -> [UInt8]?
}

/// A dataset folder on disk. Files are only read, never changed.
public struct DirectorySource: DatasetSource {
    public var path: String
    public init(path: String) { self.path = path }
    public var label: String { path }

    public func fileNames() throws -> [String] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else {
            throw SourceError(message: "map '\(path)' bestaat niet of is geen map")
        }
        return try fm.contentsOfDirectory(atPath: path).filter { name in
            var d: ObjCBool = false
            return fm.fileExists(atPath: (path as NSString).appendingPathComponent(name), isDirectory: &d) && !d.boolValue
        }.sorted()
    }

    public func contents(of name: String) throws -> [UInt8]? {
        let full = (path as NSString).appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: full) else { return nil }
        guard let data = FileManager.default.contents(atPath: full) else {
            throw SourceError(message: "bestand '\(full)' is niet leesbaar")
        }
        return [UInt8](data)
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
    public var description: String { message }
}
