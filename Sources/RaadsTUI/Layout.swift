/// A rectangle of cells.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < x + width && py >= y && py < y + height
    }
    public var maxY: Int { y + height }
}

/// Where things go on a screen of a given size. Pure: `update` uses it for mouse clicks and
/// scrolling, the renderer for drawing.
public struct Layout: Equatable, Sendable {
    /// Below this the dashboard shows only "venster te klein".
    public static let minWidth = 40
    public static let minHeight = 12
    public static let headerHeight = 2
    public static let footerHeight = 1

    public enum Mode: Equatable, Sendable {
        /// Boxed tiles in a grid.
        case grid
        /// One line per parameter (low windows).
        case list
    }

    public var width: Int
    public var height: Int
    public var count: Int
    /// Rows above the body for a strip (the griffie's questions and data quality).
    public var top: Int

    public init(width: Int, height: Int, count: Int, top: Int = 0) {
        self.width = width
        self.height = height
        self.count = count
        self.top = top
    }

    public var isTooSmall: Bool { width < Layout.minWidth || height < Layout.minHeight }

    /// The area between header and footer.
    public var body: Rect {
        Rect(
            x: 0, y: Layout.headerHeight + top, width: width,
            height: max(0, height - Layout.headerHeight - Layout.footerHeight - top))
    }

    /// Three columns on wide terminals, two on medium, one on narrow.
    public var columns: Int {
        if width >= 114 { return 3 }
        if width >= 72 { return 2 }
        return 1
    }

    public var rows: Int { (count + columns - 1) / max(1, columns) }

    /// Smallest tile that still shows value, target and bar inside a border.
    public static let minTileHeight = 5
    /// Tiles grow with the window up to this height (a 200×60 terminal gets 19-row tiles with
    /// taller charts and a breakdown, instead of 18 empty rows).
    public static let maxTileHeight = 24

    public var mode: Mode {
        body.height / max(1, rows) >= Layout.minTileHeight ? .grid : .list
    }

    public var tileHeight: Int { min(Layout.maxTileHeight, body.height / max(1, rows)) }

    /// The rectangle of tile `index` in grid mode.
    public func tileRect(_ index: Int) -> Rect {
        let cols = columns
        let col = index % cols
        let row = index / cols
        let w = width / cols
        let x = col * w
        let tileWidth = col == cols - 1 ? width - x : w
        return Rect(x: x, y: body.y + row * tileHeight, width: tileWidth, height: tileHeight)
    }

    /// First list row shown in list mode so that `selected` stays visible.
    public func listOffset(selected: Int) -> Int {
        let visible = max(1, body.height)
        guard count > visible else { return 0 }
        return max(0, min(count - visible, selected - visible + 1))
    }

    /// The tile at a cell, for mouse clicks.
    public func tile(atX x: Int, y: Int, selected: Int) -> Int? {
        guard !isTooSmall, body.contains(x: x, y: y) else { return nil }
        switch mode {
        case .grid:
            return (0..<count).first { tileRect($0).contains(x: x, y: y) }
        case .list:
            let index = listOffset(selected: selected) + (y - body.y)
            return index < count ? index : nil
        }
    }

    /// The number of rows the detail and help screens have for scrolling text.
    public var scrollViewport: Int { max(1, body.height) }
}
