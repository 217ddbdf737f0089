import Foundation
import RaadsMetrics
import RaadsPresentation

/// `--dashboard NAME|FILE`: the command line finds and reads dashboard files, as it finds and
/// reads the dataset folder; the presentation layer only parses what it is given.
enum DashboardLookup {
    /// `nil` → the raad dashboard. A value with `/` or ending in `.toml` is a file; otherwise a
    /// name: `dashboards/NAME.toml` in the working directory when it exists (users' own), else a
    /// built-in dashboard.
    static func resolve(_ nameOrFile: String?) -> (Dashboard?, [Diagnostic]) {
        let name = nameOrFile ?? DashboardCatalog.defaultName
        if name.contains("/") || name.hasSuffix(".toml") { return load(path: name) }
        let local = "dashboards/\(name).toml"
        if FileManager.default.fileExists(atPath: local) { return load(path: local) }
        return DashboardCatalog.builtIn(named: name) ?? (nil, [DashboardCatalog.unknown(name)])
    }

    /// Reads and parses one dashboard file: a regular file of at most `DashboardFile.maxFileSize`
    /// bytes (a folder, a pipe or a huge file is an error, nothing is read).
    static func load(path: String) -> (Dashboard?, [Diagnostic]) {
        let bytes: [UInt8]
        do {
            bytes = try LocalFile.read(path, maxSize: DashboardFile.maxFileSize, kind: "dashboardbestand")
        } catch {
            return (nil, [.error(path, 1, nil, SourceError.dutch(error))])
        }
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return DashboardFile.parse(bytes: bytes, file: path, defaultName: stem)
    }
}
