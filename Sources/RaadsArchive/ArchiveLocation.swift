import Foundation
import RaadsPresentation

/// Where the archive lives: `--archief FILE`, else `RAADSDASHBOARD_ARCHIEF`, else
/// `$XDG_DATA_HOME/raadsdashboard/archief.sqlite`, else `~/.local/share/raadsdashboard/archief.sqlite`.
public enum ArchiveLocation {
    public static let environmentVariable = "RAADSDASHBOARD_ARCHIEF"

    /// The path, or `nil` when neither an option, the variables nor `HOME` name one.
    public static func path(option: String?, environment: [String: String]) -> String? {
        if let option, !option.isEmpty { return option }
        if let explicit = environment[environmentVariable], !explicit.isEmpty { return explicit }
        // The XDG specification ignores a relative XDG_DATA_HOME.
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return (xdg as NSString).appendingPathComponent("raadsdashboard/archief.sqlite")
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return (home as NSString).appendingPathComponent(".local/share/raadsdashboard/archief.sqlite")
        }
        return nil
    }

    /// The archive's latest snapshot of `gemeente` whose data differ from `fingerprint`: what the
    /// current figures are compared with. A snapshot with the same fingerprint holds the same
    /// figures; comparing with it would show nothing.
    public static func baseline(in snapshots: [ArchivedSnapshot], gemeente: String, excluding fingerprint: String) -> ArchivedSnapshot? {
        snapshots.last { $0.gemeente == gemeente && $0.fingerprint != fingerprint }
    }

    /// A snapshot by number (`3`), label (exact) or fingerprint prefix (at least 4 hex digits).
    public static func find(_ reference: String, in snapshots: [ArchivedSnapshot]) -> Lookup {
        if let n = Int64(reference), let s = snapshots.first(where: { $0.number == n }) { return .found(s) }
        let byLabel = snapshots.filter { $0.labels.contains(reference) }
        if let last = byLabel.last { return .found(last) }
        let lower = reference.lowercased()
        if lower.count >= 4, lower.allSatisfy(\.isHexDigit) {
            let matches = snapshots.filter { $0.fingerprint.hasPrefix(lower) }
            if matches.count == 1 { return .found(matches[0]) }
            if matches.count > 1 { return .ambiguous(matches.compactMap(\.number)) }
        }
        return .notFound
    }

    public enum Lookup: Equatable {
        case found(ArchivedSnapshot)
        case ambiguous([Int64])
        case notFound
    }

    /// Now, ISO 8601 with the local offset (`2025-03-12T14:03:00+01:00`).
    public static func timestamp(_ date: Date = Date()) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyy-MM-dd'T'HH:mm:ssXXXXX"
        return f.string(from: date)
    }
}
