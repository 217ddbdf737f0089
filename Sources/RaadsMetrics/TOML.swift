import Foundation

/// A small TOML 1.0 reader that keeps the line and column of every key and value, so that
/// `dataset.toml` and dashboard files get diagnostics naming the key's line.
///
/// Supported: comments, bare/quoted/dotted keys, `[table]`, `[[array of tables]]`, basic and
/// literal strings (also multi-line), integers (decimal, hex, octal, binary, `_`), floats,
/// booleans, local dates, other date-times (checked, then kept as text), arrays and inline tables.
/// Measured against the public toml-test suite (TOML 1.0 list, `TOMLSuiteTests`): every valid
/// case is read with its values, every invalid case is refused.
public enum TOML {
    public indirect enum Value: Equatable, Sendable {
        case string(String)
        case integer(Int)
        case float(Double)
        case bool(Bool)
        case date(Day)
        /// Offset/local date-times and local times, kept as written.
        case dateTime(String)
        case array([Node])
        case table(Table)

        public var typeName: String {
            switch self {
            case .string: "tekst"
            case .integer: "geheel getal"
            case .float: "getal"
            case .bool: "booleaanse waarde"
            case .date: "datum"
            case .dateTime: "datum met tijd"
            case .array: "lijst"
            case .table: "tabel"
            }
        }

        public var number: Double? {
            switch self {
            case .integer(let i): Double(i)
            case .float(let d): d
            default: nil
            }
        }
    }

    /// A value with the position of its key (or of the value itself for array items).
    public struct Node: Equatable, Sendable {
        public var value: Value
        public var line: Int
        public var column: Int
    }

    /// A table with its keys in document order.
    public struct Table: Equatable, Sendable {
        public var entries: [(key: String, node: Node)] = []
        public var line: Int = 1
        public subscript(key: String) -> Node? { entries.first { $0.key == key }?.node }
        public var keys: [String] { entries.map(\.key) }
        public static func == (a: Table, b: Table) -> Bool {
            a.entries.count == b.entries.count && zip(a.entries, b.entries).allSatisfy { $0.key == $1.key && $0.node == $1.node }
        }
    }

    public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var message: String
        /// What kind of problem it is, for the diagnostic made from it (never printed).
        public var kind: Diagnostic.Kind = .other
        public var description: String { "\(line):\(column): \(message)" }
    }

    public static func parse(_ text: String) throws(ParseError) -> Table {
        var parser = Parser(text)
        return try parser.document()
    }
}

/// Mutable tree used while parsing; converted to `TOML.Table` at the end.
private final class MTable {
    var keys: [String] = []
    var values: [String: MNode] = [:]
    var line: Int
    var definedByHeader = false
    var implicit = true
    var inline = false
    var dottedDefined = false
    init(line: Int) { self.line = line }

    func freeze() -> TOML.Table {
        var t = TOML.Table()
        t.line = line
        for k in keys {
            let n = values[k]!
            t.entries.append((k, TOML.Node(value: n.freeze(), line: n.line, column: n.column)))
        }
        return t
    }
}

private final class MNode {
    enum Kind { case value(TOML.Value), table(MTable), tableArray([MTable]) }
    var kind: Kind
    var line: Int
    var column: Int
    init(_ kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }
    func freeze() -> TOML.Value {
        switch kind {
        case .value(let v): return v
        case .table(let t): return .table(t.freeze())
        case .tableArray(let ts):
            return .array(ts.map { TOML.Node(value: .table($0.freeze()), line: $0.line, column: 1) })
        }
    }
}

private struct Parser {
    let s: [Unicode.Scalar]
    var i = 0
    var line = 1
    var lineStart = 0
    /// Nesting of arrays and inline tables; with the parts of dotted keys it is bounded by
    /// `maxDepth`, so that a hostile file cannot overflow the stack.
    var depth = 0
    static let maxDepth = 64
    /// The key whose value is being read, for advice such as "schrijf peildatum = 2024-09-30".
    var currentKey: String?

    init(_ text: String) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        s = scalars
    }

    var column: Int { i - lineStart + 1 }
    var atEnd: Bool { i >= s.count }
    var peek: Unicode.Scalar? { i < s.count ? s[i] : nil }
    func peek(_ offset: Int) -> Unicode.Scalar? { i + offset < s.count ? s[i + offset] : nil }

    func fail(_ message: String, line: Int? = nil, column: Int? = nil, kind: Diagnostic.Kind = .other) -> TOML.ParseError {
        TOML.ParseError(line: line ?? self.line, column: column ?? self.column, message: message, kind: kind)
    }

    /// A character that may not appear as itself: C0 controls other than tab, and DEL.
    static func isControl(_ c: Unicode.Scalar) -> Bool { (c.value < 0x20 && c != "\t") || c.value == 0x7F }

    static func codePoint(_ c: Unicode.Scalar) -> String {
        let hex = String(c.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// A found character as the message shows it: invisible ones by their code point.
    static func shown(_ c: Unicode.Scalar) -> String {
        c.value < 0x21 || c.value == 0x7F || c == "\u{FEFF}" || c.properties.generalCategory == .format
            || c.properties.isWhitespace ? codePoint(c) : "'\(String(c))'"
    }

    func bareCR() -> TOML.ParseError { fail("losse CR (U+000D) zonder LF; gebruik LF of CRLF als regeleinde") }

    /// The message for a character where a key or value was expected.
    func unexpected(_ what: String, _ c: Unicode.Scalar) -> TOML.ParseError {
        if c == "\u{FEFF}" {
            return fail(
                i == 0
                    ? "een tweede byte-order-markering (BOM) is niet toegestaan"
                    : "een byte-order-markering (BOM, U+FEFF) mag alleen aan het begin van het bestand staan")
        }
        if c == "\r" && peek(1) != "\n" { return bareCR() }
        return fail("\(what), gevonden \(Parser.shown(c))")
    }

    mutating func advance() {
        if s[i] == "\n" {
            line += 1
            lineStart = i + 1
        }
        i += 1
    }

    mutating func skipSpaces() {
        while let c = peek, c == " " || c == "\t" { i += 1 }
    }

    mutating func skipComment() throws(TOML.ParseError) {
        guard peek == "#" else { return }
        while let c = peek, c != "\n" {
            if c == "\r" {
                guard peek(1) == "\n" else { throw bareCR() }
                return
            }
            if Parser.isControl(c) { throw fail("ongeldig stuurteken \(Parser.codePoint(c)) in commentaar") }
            i += 1
        }
    }

    /// Expects the end of a line (after optional spaces and a comment).
    mutating func endOfLine() throws(TOML.ParseError) {
        skipSpaces()
        try skipComment()
        if atEnd { return }
        if peek == "\r" && peek(1) == "\n" { i += 1 }
        guard peek == "\n" else { throw unexpected("verwacht einde van de regel", peek!) }
        advance()
    }

    /// Skips whitespace, newlines and comments (inside arrays).
    mutating func skipBlank() throws(TOML.ParseError) {
        while let c = peek {
            if c == " " || c == "\t" {
                i += 1
            } else if c == "\r" {
                guard peek(1) == "\n" else { throw bareCR() }
                i += 1
            } else if c == "\n" {
                advance()
            } else if c == "#" {
                try skipComment()
            } else {
                break
            }
        }
    }

    mutating func document() throws(TOML.ParseError) -> TOML.Table {
        let root = MTable(line: 1)
        root.implicit = false
        var current = root
        while true {
            try skipBlank()
            guard let c = peek else { break }
            if c == "[" {
                let headerLine = line
                let isArray = peek(1) == "["
                i += isArray ? 2 : 1
                skipSpaces()
                let keyCol = column
                let path = try key()
                skipSpaces()
                guard peek == "]" else { throw fail("verwacht ']' na de tabelnaam") }
                i += 1
                if isArray {
                    guard peek == "]" else { throw fail("verwacht ']]' na de tabelnaam") }
                    i += 1
                }
                try endOfLine()
                current =
                    try isArray
                    ? arrayTable(root, path, line: headerLine, column: keyCol)
                    : headerTable(root, path, line: headerLine, column: keyCol)
            } else {
                try keyValue(into: current)
                try endOfLine()
            }
        }
        return root.freeze()
    }

    mutating func headerTable(_ root: MTable, _ path: [String], line l: Int, column: Int) throws(TOML.ParseError) -> MTable {
        var t = root
        for (n, k) in path.enumerated() {
            let last = n == path.count - 1
            if let existing = t.values[k] {
                switch existing.kind {
                case .table(let sub):
                    if sub.inline { throw fail("tabel '\(path.joined(separator: "."))' is al inline vastgelegd", line: l, column: column) }
                    if last {
                        if sub.definedByHeader || !sub.implicit && !sub.dottedDefined {
                            throw fail("tabel '\(path.joined(separator: "."))' staat twee keer in het bestand", line: l, column: column)
                        }
                        if sub.dottedDefined {
                            throw fail("tabel '\(path.joined(separator: "."))' is al met een sleutel met punten vastgelegd", line: l, column: column)
                        }
                        sub.definedByHeader = true
                        sub.implicit = false
                        sub.line = l
                    }
                    t = sub
                case .tableArray(let arr):
                    if last { throw fail("'\(k)' is een lijst van tabellen, geen tabel", line: l, column: column) }
                    t = arr[arr.count - 1]
                case .value:
                    throw fail("sleutel '\(k)' heeft al een waarde", line: l, column: column)
                }
            } else {
                let sub = MTable(line: l)
                if last {
                    sub.definedByHeader = true
                    sub.implicit = false
                }
                t.keys.append(k)
                t.values[k] = MNode(.table(sub), line: l, column: column)
                t = sub
            }
        }
        return t
    }

    mutating func arrayTable(_ root: MTable, _ path: [String], line l: Int, column: Int) throws(TOML.ParseError) -> MTable {
        let parent = try headerTable(root, Array(path.dropLast()), line: l, column: column, creatingImplicitly: true)
        let k = path[path.count - 1]
        let item = MTable(line: l)
        item.implicit = false
        item.definedByHeader = true
        if let existing = parent.values[k] {
            guard case .tableArray(var arr) = existing.kind else {
                throw fail("'\(k)' is al gedefinieerd en is geen lijst van tabellen", line: l, column: column)
            }
            arr.append(item)
            existing.kind = .tableArray(arr)
        } else {
            parent.keys.append(k)
            parent.values[k] = MNode(.tableArray([item]), line: l, column: column)
        }
        return item
    }

    /// Walks to the parent of an array table, creating implicit tables on the way.
    mutating func headerTable(_ root: MTable, _ path: [String], line l: Int, column: Int, creatingImplicitly: Bool) throws(TOML.ParseError) -> MTable {
        var t = root
        for k in path {
            if let existing = t.values[k] {
                switch existing.kind {
                case .table(let sub):
                    if sub.inline { throw fail("tabel '\(k)' is al inline vastgelegd", line: l, column: column) }
                    t = sub
                case .tableArray(let arr): t = arr[arr.count - 1]
                case .value: throw fail("sleutel '\(k)' heeft al een waarde", line: l, column: column)
                }
            } else {
                let sub = MTable(line: l)
                t.keys.append(k)
                t.values[k] = MNode(.table(sub), line: l, column: column)
                t = sub
            }
        }
        return t
    }

    mutating func keyValue(into table: MTable) throws(TOML.ParseError) {
        let keyLine = line
        let keyCol = column
        let path = try key()
        skipSpaces()
        guard peek == "=" else {
            guard let c = peek, c != "\n", c != "\r" || peek(1) != "\n" else { throw fail("verwacht '=' na sleutel '\(path.joined(separator: "."))'") }
            throw unexpected("verwacht '=' na sleutel '\(path.joined(separator: "."))'", c)
        }
        i += 1
        skipSpaces()
        let outerKey = currentKey
        currentKey = path.joined(separator: ".")
        let v = try value()
        currentKey = outerKey
        var t = table
        for (n, k) in path.dropLast().enumerated() {
            if let existing = t.values[k] {
                guard case .table(let sub) = existing.kind else {
                    throw fail("sleutel '\(k)' heeft al een waarde", line: keyLine, column: keyCol)
                }
                if sub.inline { throw fail("tabel '\(k)' is al inline vastgelegd", line: keyLine, column: keyCol) }
                // A table defined by a [header] is complete: dotted keys elsewhere may not add to it.
                if sub.definedByHeader {
                    let name = path[...n].joined(separator: "."), rest = path[(n + 1)...].joined(separator: ".")
                    throw fail(
                        "sleutel '\(path.joined(separator: "."))': tabel '\(name)' is al met een [kop] vastgelegd; zet '\(rest)' onder die kop",
                        line: keyLine, column: keyCol)
                }
                // Dotted keys define the tables they pass through: no [header] may open them later.
                sub.dottedDefined = true
                t = sub
            } else {
                let sub = MTable(line: keyLine)
                sub.dottedDefined = true
                sub.implicit = false
                t.keys.append(k)
                t.values[k] = MNode(.table(sub), line: keyLine, column: keyCol)
                t = sub
            }
        }
        let last = path[path.count - 1]
        if t.values[last] != nil {
            throw fail("sleutel '\(path.joined(separator: "."))' staat twee keer in de tabel", line: keyLine, column: keyCol)
        }
        t.keys.append(last)
        t.values[last] = MNode(v, line: keyLine, column: keyCol)
    }

    static func isBare(_ c: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(c) || ("a"..."z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-"
    }

    mutating func key() throws(TOML.ParseError) -> [String] {
        var parts: [String] = []
        while true {
            skipSpaces()
            guard let c = peek else { throw fail("verwacht een sleutel") }
            if c == "\"" {
                if peek(1) == "\"" && peek(2) == "\"" { throw fail("een sleutel mag geen string over meerdere regels zijn") }
                parts.append(try basicString())
            } else if c == "'" {
                parts.append(try literalString())
            } else if Parser.isBare(c) {
                var k = ""
                while let c = peek, Parser.isBare(c) {
                    k.unicodeScalars.append(c)
                    i += 1
                }
                parts.append(k)
            } else {
                throw unexpected("verwacht een sleutel", c)
            }
            skipSpaces()
            guard parts.count + depth <= 2 * Parser.maxDepth else {
                throw fail("sleutel met te veel delen of te diep genest (hoogstens \(Parser.maxDepth) niveaus)")
            }
            if peek == "." { i += 1 } else { return parts }
        }
    }

    mutating func value() throws(TOML.ParseError) -> MNode.Kind {
        guard let c = peek else { throw fail("verwacht een waarde") }
        switch c {
        case "\"":
            if peek(1) == "\"" && peek(2) == "\"" { return .value(.string(try multilineBasic())) }
            return .value(.string(try basicString()))
        case "'":
            if peek(1) == "'" && peek(2) == "'" { return .value(.string(try multilineLiteral())) }
            return .value(.string(try literalString()))
        case "[": return .value(try array())
        case "{": return .table(try inlineTable())
        case "t", "f":
            if matches("true") { i += 4; return .value(.bool(true)) }
            if matches("false") { i += 5; return .value(.bool(false)) }
            throw fail("onbekende waarde; gebruik true of false, een getal, een datum of tekst tussen aanhalingstekens")
        case "\n", "\r", "#": throw fail("verwacht een waarde na '='")
        default: return .value(try scalarToken())
        }
    }

    func matches(_ word: String) -> Bool {
        for (n, ch) in word.unicodeScalars.enumerated() where peek(n) != ch { return false }
        if let after = peek(word.unicodeScalars.count), Parser.isBare(after) { return false }
        return true
    }

    mutating func enter() throws(TOML.ParseError) {
        depth += 1
        guard depth <= Parser.maxDepth else {
            throw fail("lijsten en inline tabellen zijn te diep genest (hoogstens \(Parser.maxDepth) niveaus)")
        }
    }

    mutating func array() throws(TOML.ParseError) -> TOML.Value {
        try enter()
        defer { depth -= 1 }
        i += 1
        var items: [TOML.Node] = []
        while true {
            try skipBlank()
            guard let c = peek else { throw fail("lijst niet afgesloten met ']'") }
            if c == "]" { i += 1; return .array(items) }
            let l = line, col = column
            let v = try value()
            let node = MNode(v, line: l, column: col)
            items.append(TOML.Node(value: node.freeze(), line: l, column: col))
            try skipBlank()
            if peek == "," { i += 1; continue }
            try skipBlank()
            guard peek == "]" else { throw fail("verwacht ',' of ']' in lijst") }
        }
    }

    mutating func inlineTable() throws(TOML.ParseError) -> MTable {
        try enter()
        defer { depth -= 1 }
        let t = MTable(line: line)
        t.implicit = false
        i += 1
        skipSpaces()
        if peek == "}" { i += 1; t.inline = true; return t }
        while true {
            skipSpaces()
            try keyValue(into: t)
            skipSpaces()
            if peek == "," { i += 1; continue }
            guard peek == "}" else { throw fail("verwacht ',' of '}' in inline tabel") }
            i += 1
            t.inline = true
            return t
        }
    }

    mutating func basicString() throws(TOML.ParseError) -> String {
        i += 1
        var out = String.UnicodeScalarView()
        while true {
            guard let c = peek, c != "\n", c != "\r" || peek(1) != "\n" else { throw fail("tekst niet afgesloten met '\"'") }
            if Parser.isControl(c) { throw controlInString(c) }
            i += 1
            if c == "\"" { return Parser.text(out) }
            if c == "\\" { try escape(into: &out) } else { out.append(c) }
        }
    }

    func controlInString(_ c: Unicode.Scalar, escapable: Bool = true) -> TOML.ParseError {
        if c == "\r" { return bareCR() }
        let advice =
            escapable
            ? "; schrijf het als \\u\(Parser.codePoint(c).dropFirst(2))"
            : "; gebruik tekst tussen dubbele aanhalingstekens met \\u\(Parser.codePoint(c).dropFirst(2))"
        return fail("ongeldig stuurteken \(Parser.codePoint(c)) in tekst" + advice)
    }

    mutating func escape(into out: inout String.UnicodeScalarView) throws(TOML.ParseError) {
        let backslash = column - 1
        guard let e = peek, e != "\n", e != "\r" else { throw fail("onvolledige escape na '\\'", column: backslash) }
        if Parser.isControl(e) { throw controlInString(e) }
        i += 1
        switch e {
        case "b": out.append("\u{08}")
        case "t": out.append("\t")
        case "n": out.append("\n")
        case "f": out.append("\u{0C}")
        case "r": out.append("\r")
        case "\"": out.append("\"")
        case "\\": out.append("\\")
        case "u", "U":
            let n = e == "u" ? 4 : 8
            var hex = ""
            for _ in 0..<n {
                guard let h = peek, h.properties.isASCIIHexDigit else { throw fail("ongeldige \\\(e)-escape") }
                hex.unicodeScalars.append(h)
                i += 1
            }
            guard let v = UInt32(hex, radix: 16), let sc = Unicode.Scalar(v) else { throw fail("ongeldig Unicode-teken in escape") }
            out.append(sc)
        default:
            throw fail("onbekende escape '\\\(String(e))' (TOML 1.0 kent \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX)", column: backslash)
        }
    }

    mutating func literalString() throws(TOML.ParseError) -> String {
        i += 1
        var out = String.UnicodeScalarView()
        while true {
            guard let c = peek, c != "\n", c != "\r" || peek(1) != "\n" else { throw fail("tekst niet afgesloten met \"'\"") }
            if Parser.isControl(c) { throw controlInString(c, escapable: false) }
            i += 1
            if c == "'" { return Parser.text(out) }
            out.append(c)
        }
    }

    mutating func multilineBasic() throws(TOML.ParseError) -> String {
        i += 3
        if peek == "\r" && peek(1) == "\n" { i += 1 }
        if peek == "\n" { advance() }
        var out = String.UnicodeScalarView()
        while true {
            guard let c = peek else { throw fail("tekst niet afgesloten met '\"\"\"'") }
            if c == "\"" && peek(1) == "\"" && peek(2) == "\"" {
                i += 3
                // Up to two extra quotes belong to the content.
                var extra = 0
                while peek == "\"" && extra < 2 { out.append("\""); i += 1; extra += 1 }
                return Parser.text(out)
            }
            if c == "\\" {
                i += 1
                // Line-ending backslash trims whitespace up to the next non-blank.
                var j = i
                while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 }
                if j < s.count, s[j] == "\n" || s[j] == "\r" && j + 1 < s.count && s[j + 1] == "\n" {
                    i = j
                    while let w = peek, w == " " || w == "\t" || w == "\n" || w == "\r" && peek(1) == "\n" { advance() }
                    continue
                }
                try escape(into: &out)
                continue
            }
            if c == "\n" { out.append(c); advance(); continue }
            if c == "\r" && peek(1) == "\n" { out.append(c); i += 1; continue }
            if Parser.isControl(c) { throw controlInString(c) }
            out.append(c)
            i += 1
        }
    }

    mutating func multilineLiteral() throws(TOML.ParseError) -> String {
        i += 3
        if peek == "\r" && peek(1) == "\n" { i += 1 }
        if peek == "\n" { advance() }
        var out = String.UnicodeScalarView()
        while true {
            guard let c = peek else { throw fail("tekst niet afgesloten met \"'''\"") }
            if c == "'" && peek(1) == "'" && peek(2) == "'" {
                i += 3
                var extra = 0
                while peek == "'" && extra < 2 { out.append("'"); i += 1; extra += 1 }
                return Parser.text(out)
            }
            if Parser.isControl(c) && c != "\n" && !(c == "\r" && peek(1) == "\n") { throw controlInString(c, escapable: false) }
            out.append(c)
            advance()
        }
    }

    mutating func scalarToken() throws(TOML.ParseError) -> TOML.Value {
        let startCol = column
        var tok = ""
        func isTokenChar(_ c: Unicode.Scalar) -> Bool {
            // `/` is never valid after a value; taking it in gives advice for 30/09/2024.
            Parser.isBare(c) || c == "+" || c == "." || c == ":" || c == "/"
        }
        while let c = peek, isTokenChar(c) {
            tok.unicodeScalars.append(c)
            i += 1
        }
        // A date-time may separate date and time by a space.
        if tok.count == 10, peek == " ", let d = peek(1), ("0"..."9").contains(d), peek(3) == ":" {
            i += 1
            tok += "T"
            while let c = peek, isTokenChar(c) {
                tok.unicodeScalars.append(c)
                i += 1
            }
        }
        guard !tok.isEmpty else { throw unexpected("verwacht een waarde", peek!) }
        let b = Array(tok.utf8)
        if TOMLScalars.looksLikeDateOrTime(b) {
            switch TOMLScalars.dateTime(b) {
            case .success(let v): return v
            case .failure(let e): throw fail(e.message, column: startCol + e.offset)
            }
        }
        if let bad = TOMLScalars.misplacedUnderscore(b) {
            throw fail("een '_' in een getal moet tussen twee cijfers staan", column: startCol + bad)
        }
        if let v = Parser.classify(tok) {
            if case .float(let d) = v, d.isInfinite, !tok.contains("inf") {
                throw fail("getal '\(Parser.shortened(tok))' is te groot", column: startCol)
            }
            return v
        }
        let (message, kind) = advice(tok)
        throw fail(message, column: startCol, kind: kind)
    }

    /// Text of a string value, in Unicode NFC (contract v1.2).
    static func text(_ scalars: String.UnicodeScalarView) -> String {
        let t = String(scalars)
        return scalars.contains(where: { !$0.isASCII }) ? nfc(t) : t
    }

    static func shortened(_ tok: String) -> String {
        tok.count <= 40 ? tok : String(tok.prefix(30)) + "… (\(tok.count) tekens)"
    }

    /// Why a token is not a value, with advice that fits what it looks like.
    func advice(_ tok: String) -> (message: String, kind: Diagnostic.Kind) {
        let b = Array(tok.utf8)
        func digits(_ x: ArraySlice<UInt8>) -> Bool { !x.isEmpty && x.allSatisfy { $0 >= 48 && $0 <= 57 } }
        let shown = Parser.shortened(tok)
        // YYYY-MM-DD that is no real day (0000-00-00, 2023-02-29).
        if b.count == 10, b[4] == 45, b[7] == 45, digits(b[0..<4]), digits(b[5..<7]), digits(b[8..<10]) {
            return ("'\(tok)' is geen bestaande datum (JJJJ-MM-DD)", .impossibleDate)
        }
        // A Dutch date (D-M-YYYY, D/M/YYYY, D.M.YYYY): say exactly what to write.
        if let dutch = TOMLScalars.dutchDate(tok) {
            guard let day = dutch else { return ("'\(tok)' is geen bestaande datum", .impossibleDate) }
            let write = depth == 0 && currentKey != nil ? "\(currentKey!) = \(day)" : day.description
            return ("'\(tok)' is geen TOML-datum; schrijf een datum als JJJJ-MM-DD zonder aanhalingstekens: \(write)", .other)
        }
        var body = Substring(tok)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        if let f = body.first, f.isASCII, f.isNumber {
            let plain = body.replacingOccurrences(of: "_", with: "")
            if plain.count > 1, plain.first == "0", plain.dropFirst().first?.isNumber == true {
                return ("getal '\(shown)' mag niet met een 0 beginnen", .other)
            }
            if plain.allSatisfy({ $0.isASCII && $0.isNumber }) {
                return ("geheel getal '\(shown)' is te groot (hoogstens 9223372036854775807)", .other)
            }
            if plain.hasPrefix("0x") || plain.hasPrefix("0o") || plain.hasPrefix("0b") {
                return ("ongeldig of te groot geheel getal '\(shown)'", .other)
            }
            return ("ongeldig getal '\(shown)' (schrijf bijvoorbeeld 25.5 of 1e3; een decimale punt, geen komma)", .other)
        }
        return ("ongeldige waarde '\(shown)'; tekst moet tussen aanhalingstekens staan", .other)
    }

    static func classify(_ tok: String) -> TOML.Value? {
        let b = Array(tok.utf8)
        func digits(_ x: ArraySlice<UInt8>) -> Bool { !x.isEmpty && x.allSatisfy { $0 >= 48 && $0 <= 57 } }
        // Local date YYYY-MM-DD.
        if b.count == 10, b[4] == 45, b[7] == 45, digits(b[0..<4]), digits(b[5..<7]), digits(b[8..<10]) {
            let y = Int(tok.prefix(4))!, m = Int(tok.dropFirst(5).prefix(2))!, d = Int(tok.suffix(2))!
            guard let day = Day(year: y, month: m, day: d) else { return nil }
            return .date(day)
        }
        switch tok {
        case "inf", "+inf": return .float(.infinity)
        case "-inf": return .float(-.infinity)
        case "nan", "+nan", "-nan": return .float(.nan)
        default: break
        }
        // Underscores only between digits.
        if tok.contains("_") {
            let chars = Array(tok)
            for (n, ch) in chars.enumerated() where ch == "_" {
                guard n > 0, n < chars.count - 1, chars[n - 1].isHexDigit, chars[n + 1].isHexDigit else { return nil }
            }
        }
        let clean = tok.replacingOccurrences(of: "_", with: "")
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where clean.hasPrefix(prefix) {
            guard let v = Int(clean.dropFirst(2), radix: radix), !clean.dropFirst(2).hasPrefix("+"), !clean.dropFirst(2).hasPrefix("-") else { return nil }
            return .integer(v)
        }
        var body = Substring(clean)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        guard let first = body.first, first.isASCII, first.isNumber else { return nil }
        if body.count > 1, first == "0", body.dropFirst().first?.isNumber == true { return nil }  // no leading zeros
        if body.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return Int(clean).map(TOML.Value.integer)
        }
        // Float: digits [. digits] [e[+-]digits]
        let pattern = Array(body)
        var k = 0
        func run() -> Int { let s = k; while k < pattern.count, pattern[k].isASCII, pattern[k].isNumber { k += 1 }; return k - s }
        _ = run()
        if k < pattern.count, pattern[k] == "." {
            k += 1
            guard run() > 0 else { return nil }
        }
        if k < pattern.count, pattern[k] == "e" || pattern[k] == "E" {
            k += 1
            if k < pattern.count, pattern[k] == "+" || pattern[k] == "-" { k += 1 }
            guard run() > 0 else { return nil }
        }
        guard k == pattern.count else { return nil }
        return Double(clean).map(TOML.Value.float)
    }
}
