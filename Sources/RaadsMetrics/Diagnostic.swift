/// A problem found while loading a dataset or a dashboard file, written like a compiler
/// diagnostic: `plaatsingen.csv:14:6: error: 'uren_per_week' moet een getal zijn, gevonden: "twintig"`.
public struct Diagnostic: Equatable, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case error, warning
        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    public var file: String
    public var line: Int
    /// 1-based field position; `nil` for diagnostics that name only a line (dashboard files).
    public var column: Int?
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int, column: Int?, severity: Severity, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    public static func error(_ file: String, _ line: Int, _ column: Int?, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, severity: .error, message: message)
    }

    public static func warning(_ file: String, _ line: Int, _ column: Int?, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, severity: .warning, message: message)
    }

    public var isError: Bool { severity == .error }

    public var description: String {
        if let column {
            return "\(file):\(line):\(column): \(severity.rawValue): \(message)"
        }
        return "\(file):\(line): \(severity.rawValue): \(message)"
    }
}

extension Array where Element == Diagnostic {
    public var errors: [Diagnostic] { filter(\.isError) }
    public var warnings: [Diagnostic] { filter { !$0.isError } }
    public var hasErrors: Bool { contains(where: \.isError) }
}
