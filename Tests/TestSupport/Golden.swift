import Foundation
import Testing

/// Shared by the test targets (issue 13: one golden-file helper, not one per target).
public enum TestRepository {
    /// The repository root, found from this file's path.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The path of a sample dataset folder (`sample-data/NAME`).
    public static func sampleData(_ name: String) -> String { root.appendingPathComponent("sample-data/\(name)").path }
}

/// Golden files: a test's whole output compared with a file in the source tree.
/// `RECORD_SNAPSHOTS=1` writes the file instead; a missing file is written and the test fails,
/// so that a new golden is always looked at before it counts.
public enum Golden {
    public static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// Compares `actual` with the file at `url`; `what` names the output in the message
    /// ("screen", "export").
    public static func expect(_ actual: String, at url: URL, what: String, sourceLocation: SourceLocation) {
        let name = url.lastPathComponent
        guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("golden file \(name) could not be written: \(error)", sourceLocation: sourceLocation)
            }
            if !recording {
                Issue.record("golden file \(name) did not exist; recorded it — check it and run again", sourceLocation: sourceLocation)
            }
            return
        }
        guard expected != actual else { return }
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        var diff: [String] = []
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? e[i] : "<end of file>"
            let al = i < a.count ? a[i] : "<end of output>"
            if el != al { diff.append("line \(i + 1):\n  expected: \(el)\n  actual:   \(al)") }
        }
        let message =
            "\(what) differs from golden file \(name) (RECORD_SNAPSHOTS=1 re-records it if the change is intended):\n"
            + diff.prefix(12).joined(separator: "\n")
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}
