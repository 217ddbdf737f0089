import Foundation
import Testing
import RaadsMetrics
@testable import RaadsPresentation

@Suite struct SHA256Tests {
    @Test func fipsVectors() {
        #expect(SHA256.hash(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hash(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hash(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func aMillionAs() {
        var h = SHA256()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { h.update(chunk) }
        #expect(h.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func feedingInPiecesGivesTheSameDigest() {
        let message = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        for length in [55, 56, 57, 63, 64, 65, 119, 120, 128, 300] {
            let whole = SHA256.hash(message[0..<length])
            for piece in [1, 3, 17, 64, 100] {
                var h = SHA256()
                var i = 0
                while i < length {
                    h.update(Array(message[i..<min(i + piece, length)]))
                    i += piece
                }
                #expect(h.hexDigest() == whole, "length \(length), pieces of \(piece)")
            }
        }
    }
}

@Suite struct FingerprintTests {
    /// A copy of a sample dataset in a fresh temporary folder.
    func copy(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fingerprint-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: sampleData(name)), to: dir)
        return dir
    }

    func fingerprint(_ dir: URL) throws -> String { try DatasetFingerprint.compute(source: DirectorySource(path: dir.path)) }

    @Test func isTheSameForTheSameBytesWhereverTheyAre() throws {
        let original = try DatasetFingerprint.compute(source: DirectorySource(path: sampleData("zoetermeer")))
        let dir = try copy("zoetermeer")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try fingerprint(dir) == original, "another folder")
        #expect(try DatasetFingerprint.compute(source: DefaultDataset.source) == original, "the embedded dataset")
        #expect(try DatasetFingerprint.compute(source: FrozenSource(DirectorySource(path: dir.path))) == original, "a frozen copy")
        #expect(original.count == 64 && original.allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test func changesWhenAnyByteOfAnyFileChanges() throws {
        let dir = try copy("voorbeeldgemeente")
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = try fingerprint(dir)
        for name in DatasetFingerprint.fileOrder {
            let url = dir.appendingPathComponent(name)
            guard var bytes = FileManager.default.contents(atPath: url.path).map({ [UInt8]($0) }) else { continue }
            let original = bytes
            bytes[bytes.count / 2] ^= 0x01
            try Data(bytes).write(to: url)
            #expect(try fingerprint(dir) != before, "one byte of \(name)")
            try Data(original).write(to: url)
            #expect(try fingerprint(dir) == before, "\(name) restored")
        }
    }

    @Test func changesWhenAFileIsAddedOrRemoved() throws {
        let dir = try copy("zoetermeer")
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = try fingerprint(dir)
        let contracts = dir.appendingPathComponent("contracten.csv")
        try Data().write(to: contracts)
        let withEmpty = try fingerprint(dir)
        #expect(withEmpty != before, "an empty known file is part of the dataset")
        try Data("contract_id;procedure;categorie;gunningsdatum;aanneemsom\n".utf8).write(to: contracts)
        #expect(try fingerprint(dir) != withEmpty)
        try FileManager.default.removeItem(at: contracts)
        #expect(try fingerprint(dir) == before)
        try FileManager.default.removeItem(at: dir.appendingPathComponent("regio.csv"))
        #expect(try fingerprint(dir) != before, "a removed file")
    }

    @Test func ignoresFilesOutsideTheContract() throws {
        let dir = try copy("zoetermeer")
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = try fingerprint(dir)
        try Data("Toelichting voor de griffie\n".utf8).write(to: dir.appendingPathComponent("README.md"))
        try Data("a;b\n1;2\n".utf8).write(to: dir.appendingPathComponent("extra.csv"))
        try Data("jaar\n".utf8).write(to: dir.appendingPathComponent("Doelen.CSV.bak"))
        #expect(try fingerprint(dir) == before)
    }

    @Test func movingBytesBetweenFilesChangesIt() throws {
        let toml = "naam = \"X\"\npeildatum = 2020-12-31\nfictief = true\n"
        let a = InMemorySource(label: "a", texts: ["dataset.toml": toml, "doelen.csv": "jaar;doel\n", "budget.csv": "1\n"])
        let b = InMemorySource(label: "b", texts: ["dataset.toml": toml, "doelen.csv": "jaar;doel\n1", "budget.csv": "\n"])
        #expect(try DatasetFingerprint.compute(source: a) != DatasetFingerprint.compute(source: b))
    }

    @Test func framingIsNameNulCountNulBytesInContractOrder() throws {
        let files = ["regio.csv": "r\n", "dataset.toml": "t = 1\n", "doelen.csv": "", "notes.txt": "x"]
        var expected: [UInt8] = []
        for name in ["dataset.toml", "doelen.csv", "regio.csv"] {
            let bytes = Array(files[name]!.utf8)
            expected += Array(name.utf8) + [0] + Array(String(bytes.count).utf8) + [0] + bytes
        }
        #expect(try DatasetFingerprint.compute(source: InMemorySource(label: "x", texts: files)) == SHA256.hash(expected))
        let entries = try DatasetFingerprint.entries(source: InMemorySource(label: "x", texts: files))
        #expect(entries.map(\.name) == ["dataset.toml", "doelen.csv", "regio.csv"])
        #expect(entries.map(\.byteCount) == [6, 0, 2])
        #expect(entries[1].sha256 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func aFrozenSourceHashesWhatItReadAndHandsEachFileOverOnce() throws {
        let dir = try copy("voorbeeldgemeente")
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = try fingerprint(dir)
        let frozen = try FrozenSource(DirectorySource(path: dir.path))
        #expect(frozen.fingerprint == before)
        #expect(try DatasetFingerprint.entries(source: frozen) == DatasetFingerprint.entries(source: DirectorySource(path: dir.path)))

        // Edited after freezing: the fingerprint stays that of the bytes read, the first read
        // gets those bytes, and a second read of the edited file fails instead of mixing them.
        let url = dir.appendingPathComponent("doelen.csv")
        let original = try #require(FileManager.default.contents(atPath: url.path))
        try Data("jaar;indicator\n".utf8).write(to: url)
        #expect(try frozen.contents(of: "doelen.csv") == [UInt8](original))
        #expect(throws: (any Error).self) { try frozen.contents(of: "doelen.csv") }
        #expect(try DatasetFingerprint.compute(source: frozen) == before)

        // An unchanged file read a second time is read again, and is the same.
        let budget = try frozen.contents(of: "budget.csv")
        #expect(try frozen.contents(of: "budget.csv") == budget)
        #expect(try frozen.contents(of: "notes.txt") == nil)
    }
}
