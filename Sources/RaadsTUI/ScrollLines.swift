import Foundation
import RaadsPresentation

/// The lines of a scrolling screen, as a collection of `StyledLine`s. Most lines are built at
/// once; the rows of a table are laid out only when they are drawn or searched (issue 9: a
/// region's cohort lists thousands of contracts, and laying them all out made opening that
/// detail take tens of milliseconds, where a key should take a few).
struct ScrollLines: RandomAccessCollection, ExpressibleByArrayLiteral, Equatable, Sendable {
    private enum Block: Sendable {
        case lines([StyledLine])
        case table(TableLayout)
        case items(WrappedItems)
    }
    private var blocks: [Block] = []
    /// `ends[b]`: the number of the line after block `b`.
    private var ends: [Int] = []
    /// Lines appended after the last block, kept apart so that appending one at a time does not
    /// copy the block they join.
    private var tail: [StyledLine] = []

    init() {}
    init(_ lines: [StyledLine]) { tail = lines }
    init(arrayLiteral lines: StyledLine...) { tail = lines }

    var startIndex: Int { 0 }
    var endIndex: Int { (ends.last ?? 0) + tail.count }

    subscript(i: Int) -> StyledLine {
        let (b, offset) = locate(i)
        guard b < blocks.count else { return tail[offset] }
        switch blocks[b] {
        case .lines(let lines): return lines[offset]
        case .table(let table): return table.line(offset)
        case .items(let items): return items.line(offset)
        }
    }

    /// Every line's text folded for a search, one after the other in `codes`; line `i` is
    /// `codes[ends[i - 1] ..< ends[i]]` (from 0 for the first). A line's plain text is folded
    /// by a `SearchFolder`; a table row of simple cells (`DisplayWidth.isSimple`) is written as
    /// scalars straight from its cells, without laying out its spans. A long table is read in
    /// two halves on the two cores, each with a folder of its own from `makeFolder` (issue 9:
    /// the first key of a search reads every row of a regional table).
    func searchCodes(makeFolder: @escaping @Sendable () -> SearchFolder) -> (codes: [UInt32], ends: [Int]) {
        var codes: [UInt32] = []
        var ends: [Int] = []
        ends.reserveCapacity(count)
        // Room for every table line at once (a table's lines are at most its full width; other
        // lines grow it as they come): growing the array would copy it and touch new pages.
        codes.reserveCapacity(
            blocks.reduce(tail.count * 80) { room, block in
                if case .table(let table) = block { return room + table.lineCount * table.lineWidth }
                return room
            })
        let folder = makeFolder()
        func add(_ line: StyledLine) { Self.appendFolded(line, folder, &codes, &ends) }
        for block in blocks {
            switch block {
            case .lines(let lines): lines.forEach(add)
            case .table(let table):
                table.header.forEach(add)
                let rows = table.rowCount
                let parts = rows >= Self.rowsPerPart * 2 ? 2 : 1
                let results = SearchParts(parts)
                let fold = { @Sendable (part: Int) in
                    var codes: [UInt32] = [], ends: [Int] = []
                    if parts > 1 { codes.reserveCapacity(table.lineCount * table.lineWidth / parts + table.lineWidth * 8) }
                    var scratch = RowScratch()
                    let folder = makeFolder()
                    for r in (rows * part / parts)..<(rows * (part + 1) / parts)
                    where !table.appendRowScalars(r, to: &codes, lineEnds: &ends, scratch: &scratch, fold: folder.fold(scalar:)) {
                        for line in table.rowLines(r) { Self.appendFolded(line, folder, &codes, &ends) }
                    }
                    results.set(part, codes, ends)
                }
                if parts == 1 { fold(0) } else { DispatchQueue.concurrentPerform(iterations: parts, execute: fold) }
                for part in 0..<parts {
                    let (partCodes, partEnds) = results.get(part)
                    let offset = codes.count
                    codes += partCodes
                    ends += partEnds.map { $0 + offset }
                }
            case .items(let items):
                for i in 0..<items.lineCount { add(items.line(i)) }
            }
        }
        tail.forEach(add)
        return (codes, ends)
    }

    /// Appends `line`'s plain text folded to `codes` and its end to `ends`.
    private static func appendFolded(_ line: StyledLine, _ folder: SearchFolder, _ codes: inout [UInt32], _ ends: inout [Int]) {
        codes += folder.fold(SearchText.plain(line))
        ends.append(codes.count)
    }

    /// A table of at least twice this many rows is searched in two halves at once.
    static let rowsPerPart = 1_000

    mutating func append(_ line: StyledLine) { tail.append(line) }

    mutating func append(contentsOf lines: [StyledLine]) { tail.append(contentsOf: lines) }

    /// A table whose rows are laid out when asked for.
    mutating func append(_ table: TableLayout) {
        flushTail()
        guard table.lineCount > 0 else { return }
        blocks.append(.table(table))
        ends.append((ends.last ?? 0) + table.lineCount)
    }

    /// Wrapped items whose lines are made when asked for.
    mutating func append(_ items: WrappedItems) {
        flushTail()
        guard items.lineCount > 0 else { return }
        blocks.append(.items(items))
        ends.append((ends.last ?? 0) + items.lineCount)
    }

    static func += (lines: inout ScrollLines, more: [StyledLine]) { lines.append(contentsOf: more) }

    /// The same lines (however they are kept).
    static func == (a: ScrollLines, b: ScrollLines) -> Bool { a.elementsEqual(b) }

    private mutating func flushTail() {
        guard !tail.isEmpty else { return }
        blocks.append(.lines(tail))
        ends.append((ends.last ?? 0) + tail.count)
        tail = []
    }

    /// The block of line `i` (`blocks.count` for the tail) and the line's offset in it.
    private func locate(_ i: Int) -> (block: Int, offset: Int) {
        precondition(i >= 0 && i < endIndex, "line \(i) of \(endIndex)")
        let blocksEnd = ends.last ?? 0
        if i >= blocksEnd { return (blocks.count, i - blocksEnd) }
        let (block, offset) = Self.locate(i, ends: ends)
        return (block, offset)
    }

    /// The part that line `i` falls in, where part `k` ends before line `ends[k]` (ascending,
    /// `i` below the last), and the line's offset in that part. Shared by the blocks of a screen,
    /// the rows of a table and the items of a list.
    static func locate(_ i: Int, ends: [Int]) -> (part: Int, offset: Int) {
        var low = 0, high = ends.count - 1
        while low < high {
            let mid = (low + high) / 2
            if ends[mid] > i { high = mid } else { low = mid + 1 }
        }
        return (low, i - (low == 0 ? 0 : ends[low - 1]))
    }
}

/// A table laid out for the screen: a bold header row; figures flush right
/// (`Table.alignsRight`); columns shrunk to fit, a cell wider than its column wrapping onto
/// more lines of its row (issue 10: no "jaargan…" without a way to read the rest). The column
/// widths and each row's height come from one pass over the cells; the header's lines are
/// built at once, a row's lines when they are asked for (issue 9).
struct TableLayout: Sendable {
    /// The header's lines (none when the table has no column titles).
    let header: [StyledLine]
    private let rows: [[String]]
    private let glyphs: Glyphs
    /// The columns shown (`dropColumns` may leave some out).
    private let n: Int
    private let widths: [Int]
    private let alignsRight: [Bool]
    private let gap: Int
    /// `rowEnds[r]`: the line after row `r`, counted from the first row; `nil` when every row
    /// is one line (then row `r` is line `r`).
    private let rowEnds: [Int]?
    /// Rows whose cells are all simple text (`DisplayWidth.simpleMeasure`) once folded: their
    /// lines' text is written from the cells directly (`appendRowScalars`).
    private let simpleRows: [Bool]
    /// Rows whose cells are their own folding (simple text with Unicode glyphs): read as they are.
    private let unfoldedRows: [Bool]
    /// The length in characters of cell `c` of row `r` (folded) is `lengths[r * stride + c]`.
    private let lengths: [Int32]
    private let stride: Int
    /// A row's line with every column full: the leading space, the widths and the gaps.
    let lineWidth: Int

    /// The number of lines: the header's and every row's.
    var lineCount: Int { header.count + (rowEnds?.last ?? rows.count) }
    var rowCount: Int { rows.count }

    /// `dropColumns`: leave out columns from the right instead of wrapping (a preview in a tile).
    init(_ t: Table, width: Int, glyphs g: Glyphs, dropColumns: Bool = false) {
        let titles = t.headers.map { g.fold($0) }
        var n = titles.count
        for row in t.rows { n = max(n, row.count) }
        // A table without a single cell shows nothing, not empty rows.
        let cellRows = n == 0 ? [] : t.rows
        rows = cellRows
        glyphs = g
        // Each cell's length in characters, measured once, and each column's longest cell and
        // longest word. The longest word: wrapping never cuts a word while the words fit, and a
        // short cell ("✖ achter", "€ 2.300") never wraps at all.
        var longest = [Int](repeating: 0, count: n), longestWord = [Int](repeating: 0, count: n)
        var lengths = [Int32](repeating: 0, count: rows.count * n)
        var simple = [Bool](repeating: true, count: rows.count), unfolded = [Bool](repeating: g.unicode, count: rows.count)
        for (c, title) in titles.enumerated() {
            let (count, word) = Self.measure(title)
            longest[c] = max(longest[c], count)
            longestWord[c] = max(longestWord[c], word)
        }
        // Through buffers, not the arrays: a write to an array in this loop checks, per cell,
        // that the array is not shared (issue 9: tens of thousands of cells).
        let columns = n
        lengths.withUnsafeMutableBufferPointer { lengths in
            longest.withUnsafeMutableBufferPointer { longest in
                longestWord.withUnsafeMutableBufferPointer { longestWord in
                    cellRows.withUnsafeBufferPointer { rows in
                        for r in rows.indices {
                            for (c, cell) in rows[r].enumerated() {
                                let count: Int, word: Int
                                // With Unicode glyphs simple text is its own folding (it has no
                                // control character): measured as it is, without a folded copy.
                                if g.unicode, let m = DisplayWidth.simpleMeasure(cell) {
                                    (count, word) = (m.count, m.count <= 10 ? m.count : m.longestWord)
                                } else if let m = DisplayWidth.simpleMeasure(g.fold(cell)) {
                                    unfolded[r] = false
                                    (count, word) = (m.count, m.count <= 10 ? m.count : m.longestWord)
                                } else {
                                    simple[r] = false
                                    unfolded[r] = false
                                    (count, word) = Self.measure(g.fold(cell))
                                }
                                lengths[r * columns + c] = Int32(clamping: count)
                                longest[c] = max(longest[c], count)
                                longestWord[c] = max(longestWord[c], word)
                            }
                        }
                    }
                }
            }
        }
        if dropColumns {
            while n > 2, longest[0..<n].reduce(0, +) + 2 * (n - 1) > width - 1 {
                n -= 1
            }
        }
        var widths = Array(longest.prefix(n))
        let words = longestWord.prefix(n).map { max(4, $0) }
        // Narrow: one space between columns rather than wrapped cells.
        let gap = n == 0 || widths.reduce(0, +) + 2 * (n - 1) <= width - 1 ? 2 : 1
        let available = width - 1 - gap * (n - 1)
        for floor in [words, Array(repeating: 4, count: n)] {
            while widths.reduce(0, +) > available,
                let widest = widths.indices.filter({ widths[$0] > floor[$0] }).max(by: { widths[$0] < widths[$1] })
            {
                widths[widest] -= 1
            }
        }
        self.n = n
        self.widths = widths
        self.gap = gap
        alignsRight = (0..<n).map(t.alignsRight)
        // A row is more than one line when one of its cells is wider than its column.
        var ends: [Int]? = nil
        for r in rows.indices {
            var height = 1
            for c in 0..<min(n, rows[r].count) where Int(lengths[r * columns + c]) > widths[c] {
                height = max(height, TextLayout.wrappedLineCount(unfolded[r] ? rows[r][c] : g.fold(rows[r][c]), widths[c]))
            }
            // The first row of more than one line: the rows before it were one line each.
            if height > 1, ends == nil { ends = Array(1..<(r + 1)) }
            if ends != nil { ends!.append((ends!.last ?? 0) + height) }
        }
        rowEnds = ends
        simpleRows = simple
        unfoldedRows = unfolded
        self.lengths = lengths
        stride = longest.count
        lineWidth = 1 + widths.reduce(0, +) + gap * max(0, n - 1)
        header = n == 0 || titles.isEmpty ? [] : Self.lines(Array(titles.prefix(n)), header: true, n: n, widths: widths, gap: gap, alignsRight: alignsRight)
    }

    /// A cell's length in characters and its longest word (the cell's length when that is at most
    /// ten: such a cell is never broken at a space).
    private static func measure(_ cell: String) -> (count: Int, word: Int) {
        let count = cell.count
        return (count, count <= 10 ? count : TextLayout.longestWord(cell))
    }

    /// Row `r`'s lines.
    func rowLines(_ r: Int) -> [StyledLine] {
        let cells = rows[r].prefix(n).map { glyphs.fold($0) }
        return Self.lines(cells, header: false, n: n, widths: widths, gap: gap, alignsRight: alignsRight)
    }

    /// Every row's lines, laid out at once (what the tests hold the lazy layout to).
    var rowBlocks: [[StyledLine]] { rows.indices.map(rowLines) }

    /// Line `i` of the table, the header's lines first.
    func line(_ i: Int) -> StyledLine {
        if i < header.count { return header[i] }
        let (r, k) = row(ofLine: i - header.count)
        return rowLines(r)[k]
    }

    /// Appends the scalars of row `r`'s lines to `out`, each folded by `fold`, as `rowLines`
    /// lays them out (the same widths, wrapping, alignment and gaps), and each line's end to
    /// `lineEnds`, when the row's cells are all simple text; returns false and appends nothing
    /// for any other row. Written in place, one line at a time (issue 9: every row of a
    /// regional table on the first key of a search); `scratch`: buffers kept from row to row.
    func appendRowScalars(
        _ r: Int, to out: inout [UInt32], lineEnds: inout [Int], scratch: inout RowScratch, fold: (UInt32) -> UInt32
    ) -> Bool {
        guard simpleRows[r] else { return false }
        let row = rows[r]
        let unfolded = unfoldedRows[r]
        func cell(_ c: Int) -> String { c < row.count ? (unfolded ? row[c] : glyphs.fold(row[c])) : "" }
        func length(_ c: Int) -> Int { c < row.count ? Int(lengths[r * stride + c]) : 0 }
        // Each wrapped column's lines, one after the other in `scratch.lines[c]` (ending at
        // `scratch.ends[c]`); a column that fits has none (its one line is the cell itself).
        var wrapped = false
        var height = 1
        for c in 0..<n where length(c) > widths[c] {
            if !wrapped {
                scratch.prepare(n)
                wrapped = true
            }
            scratch.cell.removeAll(keepingCapacity: true)
            DisplayWidth.withScalarValues(cell(c)) { values in
                while let value = values.next() { scratch.cell.append(value) }
            }
            TextLayout.wrapSimpleLines(scratch.cell, widths[c], into: &scratch.lines[c], ends: &scratch.ends[c])
            scratch.isWrapped[c] = true
            height = max(height, scratch.ends[c].count)
        }
        for k in 0..<height {
            let start = out.count
            // A line is at most this long before its trailing spaces go (one column per scalar).
            if scratch.spaces.count != lineWidth { scratch.spaces = Array(repeating: 0x20, count: lineWidth) }
            out.append(contentsOf: scratch.spaces)
            var end = start
            out.withUnsafeMutableBufferPointer { buffer in
                func put(_ value: UInt32, _ at: inout Int) {
                    buffer[at] = value < 0x80 ? UInt32(SearchText.foldASCII(UInt8(value))) : fold(value)
                    at += 1
                    if value != 0x20 { end = at }
                }
                var x = start + 1
                for c in 0..<n {
                    if wrapped && scratch.isWrapped[c] {
                        // A cell wrapped onto more lines is left-aligned on each; one that comes
                        // back as one line (its spaces closed up) is aligned as a cell that fits.
                        let ends = scratch.ends[c]
                        if k < ends.count {
                            let piece = scratch.lines[c][(k == 0 ? 0 : ends[k - 1])..<ends[k]]
                            var at = ends.count == 1 && alignsRight[c] ? x + widths[c] - piece.count : x
                            for v in piece { put(v, &at) }
                        }
                    } else if k == 0 {
                        var at = alignsRight[c] ? x + widths[c] - length(c) : x
                        DisplayWidth.withScalarValues(cell(c)) { values in
                            while let value = values.next() { put(value, &at) }
                        }
                    }
                    x += widths[c] + gap
                }
            }
            out.removeLast(out.count - end)
            lineEnds.append(out.count)
        }
        return true
    }

    /// The row that line `i` (counted from the first row) belongs to, and its offset in the row.
    private func row(ofLine i: Int) -> (row: Int, offset: Int) {
        guard let ends = rowEnds else { return (i, 0) }
        let (row, offset) = ScrollLines.locate(i, ends: ends)
        return (row, offset)
    }

    /// The lines of one row of (folded) cells: a cell wider than its column wraps onto more lines.
    private static func lines(_ cells: [String], header: Bool, n: Int, widths: [Int], gap: Int, alignsRight: [Bool]) -> [StyledLine] {
        let gapText = String(repeating: " ", count: gap)
        let parts: [[String]] = (0..<n).map { c in
            let cell = c < cells.count ? cells[c] : ""
            return cell.utf8.count <= widths[c] || cell.count <= widths[c] ? [cell] : TextLayout.wrap(cell, widths[c])
        }
        var height = 1
        for part in parts { height = max(height, part.count) }
        return (0..<height).map { r in
            var text = " "
            for c in 0..<n {
                let cell = r < parts[c].count ? parts[c][r] : ""
                let right = !header && parts[c].count == 1 && alignsRight[c]
                text += TextLayout.pad(cell, widths[c], alignRight: right)
                if c < n - 1 { text += gapText }
            }
            return [Span(TextLayout.droppingTrailingSpaces(text), style: header ? [.bold, .underline] : [])]
        }
    }
}

/// Texts wrapped into lines after a lead (a bullet, a number, an indent), one style each: how
/// many lines each takes is counted at once, the lines are made when asked for (issue 9: the
/// questions of a region list thousands of contracts, one item each).
struct WrappedItems: Sendable {
    private struct Item: Sendable {
        var text: String
        var lead: Int
        var style: TextStyle
        var role: ColorRole
    }
    private var items: [Item] = []
    /// `ends[k]`: the line after item `k`.
    private var ends: [Int] = []
    /// Each lead's first line and following lines, and the width its text wraps to.
    private var leads: [(first: String, next: String, width: Int)] = []

    var lineCount: Int { ends.last ?? 0 }
    var isEmpty: Bool { items.isEmpty }

    /// `text` (already folded to the glyphs) wrapped to `width` columns after `indent` spaces
    /// and `prefix` on its first line (spaces as wide on the others).
    mutating func append(_ text: String, prefix: String, indent: Int, width: Int, style: TextStyle = [], role: ColorRole = .normal) {
        let first = String(repeating: " ", count: indent) + prefix
        if leads.last.map({ $0.first != first || $0.width != width }) ?? true {
            leads.append((first, String(repeating: " ", count: indent + prefix.count), width))
        }
        items.append(Item(text: text, lead: leads.count - 1, style: style, role: role))
        ends.append(lineCount + TextLayout.wrappedLineCount(text, width))
    }

    /// Line `i`.
    func line(_ i: Int) -> StyledLine {
        let (index, k) = ScrollLines.locate(i, ends: ends)
        let item = items[index], lead = leads[item.lead]
        let line = last.lines(of: index) { TextLayout.wrap(item.text, lead.width) }[k]
        return [Span((k == 0 ? lead.first : lead.next) + line, style: item.style, role: item.role)]
    }

    /// The lines of the item wrapped last: an item of hundreds of lines (a list of contract ids)
    /// is wrapped once for a screen or a search, not once per line.
    private let last = LastItem()

    private final class LastItem: @unchecked Sendable {
        private let lock = NSLock()
        private var item = -1
        private var lines: [String] = []

        func lines(of item: Int, _ wrap: () -> [String]) -> [String] {
            lock.lock()
            defer { lock.unlock() }
            if item != self.item {
                lines = wrap()
                self.item = item
            }
            return lines
        }
    }
}

/// Buffers `TableLayout.appendRowScalars` reuses from row to row: a cell's scalars, per column
/// its wrapped lines, and a line of spaces.
struct RowScratch {
    var cell: [UInt32] = []
    var lines: [[UInt32]] = []
    var ends: [[Int]] = []
    var isWrapped: [Bool] = []

    /// A row's line of spaces, to write its cells into.
    var spaces: [UInt32] = []

    /// Ready for a row of `n` columns, none wrapped yet.
    mutating func prepare(_ n: Int) {
        if lines.count < n {
            lines += Array(repeating: [], count: n - lines.count)
            ends += Array(repeating: [], count: n - ends.count)
            isWrapped += Array(repeating: false, count: n - isWrapped.count)
        }
        for c in 0..<n { isWrapped[c] = false }
    }
}

/// What the halves of a table's search produced, each set by its own thread.
private final class SearchParts: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [(codes: [UInt32], ends: [Int])]

    init(_ count: Int) { parts = Array(repeating: ([], []), count: count) }

    func set(_ part: Int, _ codes: [UInt32], _ ends: [Int]) {
        lock.lock()
        parts[part] = (codes, ends)
        lock.unlock()
    }

    func get(_ part: Int) -> (codes: [UInt32], ends: [Int]) {
        lock.lock()
        defer { lock.unlock() }
        return parts[part]
    }
}
