import RaadsPresentation

/// Text attributes of one cell. Combined freely; the backend maps them to curses attributes.
public struct TextStyle: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextStyle(rawValue: 1 << 0)
    public static let reverse = TextStyle(rawValue: 1 << 1)
    public static let dim = TextStyle(rawValue: 1 << 2)
    public static let underline = TextStyle(rawValue: 1 << 3)
}

/// What a cell means, not which colour it has: the backend picks a colour for each role when the
/// terminal has colours, and ignores the role (keeping bold/reverse and symbols) when it has none.
public enum ColorRole: UInt8, CaseIterable, Hashable, Sendable {
    case normal
    /// The top bar.
    case header
    /// "FICTIEVE GEGEVENS".
    case banner
    case title
    case onTrack
    case atRisk
    case behind
    case unknown
    case accent
    case footer
    case muted
    case error
}

/// One character cell of the screen.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: TextStyle
    public var role: ColorRole

    public init(_ character: Character = " ", style: TextStyle = [], role: ColorRole = .normal) {
        self.character = character
        self.style = style
        self.role = role
    }

    public static let blank = Cell()
}

/// A width × height grid of cells that screens render into. Pure and comparable, so tests assert
/// whole screens and the backend draws only the cells that changed.
///
/// Every character occupies one column: the renderer only uses single-width glyphs. No cell ever
/// holds a control character: `put` shows them as `\x1b` and line breaks as spaces
/// (`SafeText`), and a single cell set directly gets a space or `?`. A control character in a cell
/// would reach the terminal and could clear the screen or move the cursor.
public struct CellBuffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard contains(x: x, y: y) else { return .blank }
            return cells[y * width + x]
        }
        set {
            guard contains(x: x, y: y) else { return }
            var cell = newValue
            cell.character = SafeText.cellCharacter(cell.character)
            cells[y * width + x] = cell
        }
    }

    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    /// Writes `text` from (x, y) to the right, clipped at `maxWidth` columns and at the buffer's
    /// edge. Returns the number of columns written.
    @discardableResult
    public mutating func put(
        _ text: String, x: Int, y: Int, style: TextStyle = [], role: ColorRole = .normal,
        maxWidth: Int? = nil
    ) -> Int {
        guard y >= 0, y < height else { return 0 }
        let text = SafeText.visible(text, lineBreaks: .space)
        let limit = min(width, x + (maxWidth ?? width))
        var col = x
        for ch in text {
            if col >= limit { break }
            if col >= 0 {
                cells[y * width + col] = Cell(SafeText.cellCharacter(ch), style: style, role: role)
            }
            col += 1
        }
        return max(0, col - x)
    }

    /// Fills a rectangle with one cell.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, with cell: Cell = .blank) {
        var cell = cell
        cell.character = SafeText.cellCharacter(cell.character)
        for row in max(0, y)..<min(height, y + h) {
            for col in max(0, x)..<min(width, x + w) {
                cells[row * width + col] = cell
            }
        }
    }

    /// Adds style and/or sets the role on a rectangle without changing its characters.
    public mutating func restyle(
        x: Int, y: Int, width w: Int, height h: Int, adding style: TextStyle = [], role: ColorRole? = nil
    ) {
        for row in max(0, y)..<min(height, y + h) {
            for col in max(0, x)..<min(width, x + w) {
                cells[row * width + col].style.formUnion(style)
                if let role { cells[row * width + col].role = role }
            }
        }
    }

    /// The characters of each row, trailing spaces removed: what tests compare against.
    public var lines: [String] {
        (0..<height).map { line($0) }
    }

    /// The characters of one row, trailing spaces removed.
    public func line(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var s = String(cells[(y * width)..<(y * width + width)].map(\.character))
        while s.last == " " { s.removeLast() }
        return s
    }

    /// The whole screen as text, one line per row.
    public var text: String { lines.joined(separator: "\n") }

    /// Positions whose cell differs from `other` (all positions when the sizes differ).
    public func changedRows(since other: CellBuffer?) -> [Int] {
        guard let other, other.width == width, other.height == height else { return Array(0..<height) }
        return (0..<height).filter { y in
            cells[(y * width)..<(y * width + width)] != other.cells[(y * width)..<(y * width + width)]
        }
    }
}
