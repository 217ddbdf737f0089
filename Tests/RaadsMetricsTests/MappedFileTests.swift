import Foundation
import Testing

@testable import RaadsMetrics

/// A large data file is mapped, not read (issue 9): the same bytes and the same results, and a
/// file that another program makes shorter meanwhile is reported, not a crash.
@Suite struct MappedFileTests {
    func temporaryFolder() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("raads-map-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A copy of a sample dataset in a new folder.
    func copyOfSample(_ name: String) throws -> String {
        let dir = try temporaryFolder()
        let from = sampleData(name)
        for file in try FileManager.default.contentsOfDirectory(atPath: from) {
            try FileManager.default.copyItem(atPath: from + "/" + file, toPath: dir + "/" + file)
        }
        return dir
    }

    @Test(arguments: ["voorbeeldgemeente", "zoetermeer"])
    func mappedOrReadTheFiguresAndMessagesAreTheSame(sample: String) throws {
        let path = sampleData(sample)
        let mapped = DirectorySource(path: path, mapFrom: 1)
        for name in try mapped.fileNames() {
            let bytes = try #require(try mapped.bytes(of: name))
            #expect(bytes.isMapped, "\(name) is not mapped")
            #expect(bytes.withUnsafeBufferPointer(Array.init) == (try mapped.contents(of: name)), "\(name) differs")
            #expect(!bytes.wasCut)
        }
        let read = DatasetLoader.load(from: DirectorySource(path: path))
        let viaMapping = DatasetLoader.load(from: mapped)
        #expect(printed(viaMapping) == printed(read))
        let a = try #require(read.dataset)
        let b = try #require(viaMapping.dataset)
        let year = a.info.peildatum.year
        #expect(Metrics.summary(a, year: year, warnings: []) == Metrics.summary(b, year: year, warnings: []))
    }

    @Test func smallAndEmptyFilesAreRead() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "jaar;doel\n".write(toFile: dir + "/doelen.csv", atomically: false, encoding: .utf8)
        _ = FileManager.default.createFile(atPath: dir + "/budget.csv", contents: Data())
        #expect(try DirectorySource(path: dir).bytes(of: "doelen.csv")?.isMapped == false)
        #expect(try DirectorySource(path: dir, mapFrom: 1).bytes(of: "doelen.csv")?.isMapped == true)
        let empty = try #require(try DirectorySource(path: dir, mapFrom: 1).bytes(of: "budget.csv"))
        #expect(!empty.isMapped && empty.count == 0)
        #expect(try DirectorySource(path: dir, mapFrom: 1).bytes(of: "regio.csv") == nil)
    }

    /// A name that is a pipe when it is opened (another program swapped the file after the
    /// folder was looked at) is refused at once, never waited on.
    @Test func aPipeInPlaceOfTheFileIsRefusedWithoutWaiting() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(mkfifo(dir + "/x.csv", 0o644) == 0)
        for read in [
            { try LocalFile.bytes(dir + "/x.csv", mapFrom: 1, kind: "bestand") } as () throws -> FileBytes,
            { FileBytes(try LocalFile.readAll(dir + "/x.csv", expectedSize: 0, kind: "bestand")) },
        ] {
            #expect(throws: (any Error).self) { _ = try read() }
            do { _ = try read() } catch { #expect("\(error)".contains("geen gewoon bestand")) }
        }
    }

    @Test func aFileCutShortWhileMappedReadsAsZerosPastItsNewEnd() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let size = 5 * 65536 + 123  // several pages of any size in use
        _ = FileManager.default.createFile(atPath: dir + "/x.csv", contents: Data(repeating: UInt8(ascii: "a"), count: size))
        let bytes = try #require(try DirectorySource(path: dir, mapFrom: 1).bytes(of: "x.csv"))
        #expect(bytes.isMapped && bytes.count == size && !bytes.wasCut)
        #expect(truncate(dir + "/x.csv", 100) == 0)
        // Pages past the new end fault; the guard puts zeros there and the read goes on.
        let seen = bytes.withUnsafeBufferPointer { b in (b.prefix(100).allSatisfy { $0 == UInt8(ascii: "a") }, b.dropFirst(100).allSatisfy { $0 == 0 }) }
        #expect(seen.0 && seen.1)
        #expect(bytes.wasCut)
    }

    @Test func aFileCutWithinItsLastPageIsSeenToo() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = FileManager.default.createFile(atPath: dir + "/x.csv", contents: Data(repeating: 0x41, count: 1000))
        let bytes = try #require(try DirectorySource(path: dir, mapFrom: 1).bytes(of: "x.csv"))
        #expect(truncate(dir + "/x.csv", 999) == 0)
        #expect(bytes.wasCut)
    }

    /// Makes `victim` shorter right after it is mapped, as another program writing it might.
    struct CuttingSource: DatasetSource {
        let inner: DirectorySource
        let victim: String
        var label: String { inner.label }
        func fileNames() throws -> [String] { try inner.fileNames() }
        func contents(of name: String) throws -> [UInt8]? { try inner.contents(of: name) }
        func bytes(of name: String) throws -> FileBytes? {
            let bytes = try inner.bytes(of: name)
            if name == victim, let bytes { _ = truncate(inner.path + "/" + name, off_t(bytes.count / 2)) }
            return bytes
        }
    }

    @Test(arguments: ["sroi_prestaties.csv", "contracten.csv", "plaatsingen.csv"])
    func theLoaderReportsAFileCutShortWhileItWasRead(victim: String) throws {
        let dir = try copyOfSample("voorbeeldgemeente")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = DatasetLoader.load(from: CuttingSource(inner: DirectorySource(path: dir, mapFrom: 1), victim: victim))
        #expect(r.hasErrors)
        #expect(
            printed(r).contains(
                "\(victim):1:1: error: het bestand werd korter terwijl het werd gelezen (een ander programma veranderde het); lees de dataset opnieuw in als het klaar is"
            ))
    }
}
