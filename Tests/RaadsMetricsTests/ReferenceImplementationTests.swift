import Foundation
import Testing
@testable import RaadsMetrics

/// Compares every figure with the golden files of the independent Python implementation
/// (`Scripts/reference_summary.py`), for every year of both sample datasets.
@Suite struct ReferenceImplementationTests {
    static let goldens: [String] = {
        let dir = repositoryRoot.appendingPathComponent("Tests/RaadsMetricsTests/Fixtures/reference")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }()

    @Test func goldensExist() {
        #expect(Self.goldens.count >= 8)
    }

    @Test(arguments: goldens)
    func sameFiguresAsReference(golden: String) throws {
        let stem = String(golden.dropLast(5))
        let dash = try #require(stem.lastIndex(of: "-"))
        let dataset = String(stem[..<dash]), year = try #require(Int(stem[stem.index(after: dash)...]))
        let url = repositoryRoot.appendingPathComponent("Tests/RaadsMetricsTests/Fixtures/reference/\(golden)")
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: url))

        let r = DatasetLoader.load(from: DirectorySource(path: sampleData(dataset)))
        #expect(!r.hasErrors)
        let ds = try #require(r.dataset)
        let mine = SummaryJSON.encode(Metrics.summary(ds, year: year, warnings: r.diagnostics)).serialized()
        let actual = try JSONSerialization.jsonObject(with: Data(mine.utf8))
        var diffs: [String] = []
        compare(actual, expected, "", &diffs)
        #expect(diffs.isEmpty, Comment(rawValue: "\(golden):\n" + diffs.prefix(20).joined(separator: "\n")))
    }

    /// Every key of the reference must be present with the same value (numbers within 1e-9);
    /// warnings are worded by each implementation and are compared by count only.
    func compare(_ a: Any, _ b: Any, _ path: String, _ diffs: inout [String]) {
        switch b {
        case let bd as [String: Any]:
            guard let ad = a as? [String: Any] else { diffs.append("\(path): not an object"); return }
            for (k, v) in bd {
                guard let av = ad[k] else { diffs.append("\(path).\(k): missing"); continue }
                if path.isEmpty && k == "waarschuwingen" {
                    if (av as? [Any])?.count != (v as? [Any])?.count { diffs.append(".waarschuwingen: count differs") }
                    continue
                }
                compare(av, v, "\(path).\(k)", &diffs)
            }
        case let bl as [Any]:
            guard let al = a as? [Any], al.count == bl.count else { diffs.append("\(path): list length differs"); return }
            for (n, (x, y)) in zip(al, bl).enumerated() { compare(x, y, "\(path)[\(n)]", &diffs) }
        case is NSNull:
            if !(a is NSNull) { diffs.append("\(path): expected null, got \(a)") }
        case let bn as NSNumber:
            guard let an = a as? NSNumber else { diffs.append("\(path): expected \(bn), got \(a)"); return }
            let x = an.doubleValue, y = bn.doubleValue
            if abs(x - y) > 1e-9 * max(1, abs(y)) { diffs.append("\(path): \(x) ≠ \(y)") }
        default:
            if "\(a)" != "\(b)" { diffs.append("\(path): \(a) ≠ \(b)") }
        }
    }
}
