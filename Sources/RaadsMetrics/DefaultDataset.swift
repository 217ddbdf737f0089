import Foundation

/// The bundled Zoetermeer dataset (sample-data/zoetermeer), embedded in the binary so that
/// the dashboard works without `--data` from any working directory.
public enum DefaultDataset {
    public static let label = "ingebouwde dataset Zoetermeer (sample-data/zoetermeer)"

    public static var files: [String: [UInt8]] {
        encodedFiles.mapValues { [UInt8](Data(base64Encoded: $0) ?? Data()) }
    }

    public static var source: InMemorySource { InMemorySource(label: label, files: files) }
}
