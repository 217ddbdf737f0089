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
    /// The right half of a wide character (`DisplayWidth` 2) that starts in the cell to the left:
    /// it holds a space and is not drawn on its own.
    public var isContinuation: Bool

    public init(_ character: Character = " ", style: TextStyle = [], role: ColorRole = .normal) {
        self.character = character
        self.style = style
        self.role = role
        isContinuation = false
    }

    public static let blank = Cell()
}

/// A width × height grid of cells that screens render into. Pure and comparable, so tests assert
/// whole screens and the backend draws only the cells that changed.
///
/// A character takes its display width in columns (`DisplayWidth`): a wide character (CJK,
/// emoji) fills its cell and the next, which is marked `isContinuation`; zero-width characters
/// are left out. Overwriting half of a wide character blanks the other half, so the buffer never
/// holds half a character. No cell ever holds a control character: `put` shows them as `\x1b`
/// and line breaks as spaces (`SafeText`), and a single cell set directly gets a space or `?`. A
/// control character in a cell would reach the terminal and could clear the screen or move the
/// cursor.
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
            // One cell holds one column: a wide or zero-width character set directly becomes `?`.
            if DisplayWidth.of(cell.character) != 1 { cell.character = "?" }
            cell.isContinuation = false
            set(x, y, cell)
        }
    }

    /// Writes one cell, first blanking the other half of a wide character it overwrites.
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        let i = y * width + x
        if cells[i].isContinuation, x > 0 { cells[i - 1].character = " " }
        if x + 1 < width, cells[i + 1].isContinuation {
            cells[i + 1].isContinuation = false
            cells[i + 1].character = " "
        }
        cells[i] = cell
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
            let ch = SafeText.cellCharacter(ch)
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if col + w > limit { break }
            if col >= 0 {
                set(col, y, Cell(ch, style: style, role: role))
                if w == 2 {
                    var rest = Cell(" ", style: style, role: role)
                    rest.isContinuation = true
                    set(col + 1, y, rest)
                    cells[y * width + col] = Cell(ch, style: style, role: role)
                }
            } else if col + w > 0 {
                // A wide character cut by the left edge: its visible half is a space.
                set(0, y, Cell(" ", style: style, role: role))
            }
            col += w
        }
        return max(0, col - x)
    }

    /// Fills a rectangle with one cell.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, with cell: Cell = .blank) {
        var cell = cell
        cell.character = SafeText.cellCharacter(cell.character)
        if DisplayWidth.of(cell.character) != 1 { cell.character = "?" }
        cell.isContinuation = false
        for row in max(0, y)..<min(height, y + h) {
            for col in max(0, x)..<min(width, x + w) {
                set(col, row, cell)
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
        var s = String(cells[(y * width)..<(y * width + width)].filter { !$0.isContinuation }.map(\.character))
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
