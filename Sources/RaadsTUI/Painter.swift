import RaadsMetrics

/// A run of text with one style, for building lines of the scrolling screens.
public struct Span: Equatable, Sendable {
    public var text: String
    public var style: TextStyle
    public var role: ColorRole
    public init(_ text: String, style: TextStyle = [], role: ColorRole = .normal) {
        self.text = text
        self.style = style
        self.role = role
    }
}

/// One line of a scrolling screen.
public typealias StyledLine = [Span]

/// Draws into a `CellBuffer`, folding text to ASCII when the glyphs say so.
struct Painter {
    var buffer: CellBuffer
    let glyphs: Glyphs

    init(width: Int, height: Int, glyphs: Glyphs) {
        buffer = CellBuffer(width: width, height: height)
        self.glyphs = glyphs
    }

    @discardableResult
    mutating func text(
        _ s: String, x: Int, y: Int, style: TextStyle = [], role: ColorRole = .normal, maxWidth: Int? = nil
    ) -> Int {
        buffer.put(glyphs.fold(s), x: x, y: y, style: style, role: role, maxWidth: maxWidth)
    }

    /// Writes spans one after the other; returns the column after the last.
    @discardableResult
    mutating func spans(_ line: StyledLine, x: Int, y: Int, maxWidth: Int) -> Int {
        var col = x
        for span in line {
            let room = x + maxWidth - col
            if room <= 0 { break }
            col += text(span.text, x: col, y: y, style: span.style, role: span.role, maxWidth: room)
        }
        return col
    }

    mutating func fill(_ r: Rect, _ cell: Cell = .blank) {
        buffer.fill(x: r.x, y: r.y, width: r.width, height: r.height, with: cell)
    }

    /// A box border around `r` with `title` set into the top edge.
    mutating func box(
        _ r: Rect, title: String? = nil, titleStyle: TextStyle = [.bold], borderStyle: TextStyle = [],
        role: ColorRole = .normal, titleRole: ColorRole = .title
    ) {
        guard r.width >= 2, r.height >= 2 else { return }
        let g = glyphs
        let h = String(repeating: String(g.horizontal), count: r.width - 2)
        buffer.put(String(g.topLeft) + h + String(g.topRight), x: r.x, y: r.y, style: borderStyle, role: role)
        buffer.put(
            String(g.bottomLeft) + h + String(g.bottomRight), x: r.x, y: r.maxY - 1, style: borderStyle, role: role)
        for y in (r.y + 1)..<(r.maxY - 1) {
            buffer.put(String(g.vertical), x: r.x, y: y, style: borderStyle, role: role)
            buffer.put(String(g.vertical), x: r.x + r.width - 1, y: y, style: borderStyle, role: role)
        }
        if let title, r.width > 6 {
            let t = " " + TextLayout.fitWords(glyphs.fold(title), r.width - 6, ellipsis: glyphs.ellipsis) + " "
            buffer.put(t, x: r.x + 2, y: r.y, style: titleStyle, role: titleRole)
        }
    }

    /// A horizontal progress bar of `width` cells filled to `fraction` (capped at 1).
    mutating func bar(fraction: Double, x: Int, y: Int, width: Int, role: ColorRole) {
        guard width > 0 else { return }
        let f = max(0, min(1, fraction)) * Double(width)
        for i in 0..<width {
            let part = f - Double(i)
            let ch: Character = part >= 1 ? glyphs.barFull : (part > 0 ? glyphs.horizontalPart(part) : glyphs.barEmpty)
            let isEmpty = part <= 0 || ch == " "
            buffer[x + i, y] = Cell(
                ch == " " ? glyphs.barEmpty : ch, style: isEmpty ? [.dim] : [], role: isEmpty ? .muted : role)
        }
    }
}

extension Status {
    /// The colour role that goes with a status (never its only sign: symbol and word go along).
    var role: ColorRole {
        switch self {
        case .opKoers: .onTrack
        case .risico: .atRisk
        case .achter: .behind
        case .onbekend: .unknown
        }
    }
}
