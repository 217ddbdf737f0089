import Foundation
import Testing

/// Every input that once made a fuzz target crash, hang or misbehave (Fuzz/regressions/TARGET/),
/// and the seed corpus (Fuzz/corpus/TARGET/), replayed through the fuzz target's own code path.
/// A crash here stops the test process, like it stopped the fuzzer; otherwise the harness's
/// sanity checks must all pass (an error reported, or every output produced).
@Suite struct FuzzRegressionTests {
    static let fuzzDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    struct Input: CustomTestStringConvertible, Sendable {
        var target: String
        var path: String
        var testDescription: String { "\(target)/\((path as NSString).lastPathComponent)" }
    }

    static func inputs(_ folder: String) -> [Input] {
        FuzzHarness.targets.flatMap { target in
            let dir = fuzzDirectory.appendingPathComponent("\(folder)/\(target)").path
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { Input(target: target, path: "\(dir)/\($0)") }
        }
    }

    /// Each reproducer first runs in a child process (an exit test), so one that still traps fails
    /// its own test case instead of ending the whole `swift test` run; then, known not to trap, it
    /// runs here, where the harness's findings can be shown.
    @Test(arguments: inputs("regressions"))
    func reproducer(_ input: Input) async throws {
        let bytes = [UInt8](try #require(FileManager.default.contents(atPath: input.path)))
        let survived = await #expect(processExitsWith: .success) {
            [target = input.target as String, path = input.path as String] in
            _ = FuzzHarness.run(target, [UInt8](FileManager.default.contents(atPath: path) ?? Data()))
        }
        guard survived != nil else { return }
        #expect(FuzzHarness.run(input.target, bytes) == [])
    }

    @Test(arguments: inputs("corpus"))
    func seed(_ input: Input) throws {
        let bytes = try #require(FileManager.default.contents(atPath: input.path))
        #expect(FuzzHarness.run(input.target, [UInt8](bytes)) == [])
    }

    @Test func seedCorpusCoversEveryTarget() {
        for target in FuzzHarness.targets {
            #expect(Self.inputs("corpus").contains { $0.target == target }, "no seeds for \(target)")
        }
    }

    /// The pipeline target's packing: '@@@ NAME' lines split one input into a dataset folder.
    @Test func unpackSplitsFilesAtMarkerLines() {
        let input = Array("ignored\n@@@ dataset.toml\nnaam = \"x\"\n@@@ budget.csv\njaar;post\n@@@ x@@@ y\nz".utf8)
        let files = FuzzHarness.unpack(input)
        #expect(files.keys.sorted() == ["budget.csv", "dataset.toml", "x@@@ y"])
        #expect(files["dataset.toml"] == Array("naam = \"x\"\n".utf8))
        #expect(files["budget.csv"] == Array("jaar;post\n".utf8))
        #expect(files["x@@@ y"] == Array("z".utf8))
        #expect(
            FuzzHarness.unpack(FuzzHarness.pack([(name: "a.csv", bytes: Array("1".utf8)), (name: "b.csv", bytes: [])]))
                == ["a.csv": Array("1\n".utf8), "b.csv": []])
    }
}
