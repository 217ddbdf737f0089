import Foundation
import RaadsPresentation
import Testing

@testable import RaadsTUI

/// Issue 9: tables lay out their rows when shown, a search reads rows of simple text straight
/// from their cells, and wrapping counts lines without building them. Each must give exactly
/// what laying out every line and searching its text gave before; the reference below is that
/// eager layout, kept as it was.
@Suite("scrolling text: lazy tables and their search")
struct ScrollLinesTests {
    /// The eager layout of a table (before issue 9's lazy rows): header lines and each row's lines.
    static func referenceLayout(_ t: Table, width: Int, glyphs g: Glyphs, dropColumns: Bool = false) -> (header: [StyledLine], rows: [[StyledLine]]) {
        var columns = t.headers.map { g.fold($0) }
        var rows = t.rows.map { $0.map { g.fold($0) } }
        var n = max(columns.count, rows.map { $0.count }.max() ?? 0)
        guard n > 0 else { return ([], []) }
        func natural(_ c: Int) -> Int { (([columns] + rows).map { c < $0.count ? $0[c].count : 0 }).max() ?? 0 }
        func longestWord(_ c: Int) -> Int {
            (([columns] + rows).map { c < $0.count ? ($0[c].count <= 10 ? $0[c].count : $0[c].split(separator: " ").map(\.count).max() ?? 0) : 0 })
                .max() ?? 0
        }
        if dropColumns {
            while n > 2, (0..<n).map(natural).reduce(0, +) + 2 * (n - 1) > width - 1 { n -= 1 }
            columns = Array(columns.prefix(n))
            rows = rows.map { Array($0.prefix(n)) }
        }
        var widths = (0..<n).map(natural)
        let words = (0..<n).map(longestWord)
        let gap = widths.reduce(0, +) + 2 * (n - 1) <= width - 1 ? 2 : 1
        let available = width - 1 - gap * (n - 1)
        for floor in [words.map { max(4, $0) }, Array(repeating: 4, count: n)] {
            while widths.reduce(0, +) > available,
                let widest = widths.indices.filter({ widths[$0] > floor[$0] }).max(by: { widths[$0] < widths[$1] })
            {
                widths[widest] -= 1
            }
        }
        func lines(_ cells: [String], header: Bool) -> [StyledLine] {
            let parts: [[String]] = (0..<n).map { c in
                let cell = c < cells.count ? cells[c] : ""
                return cell.count <= widths[c] ? [cell] : TextLayout.wrap(cell, widths[c])
            }
            let height = parts.map(\.count).max() ?? 1
            return (0..<height).map { r in
                var text = " "
                for c in 0..<n {
                    let cell = r < parts[c].count ? parts[c][r] : ""
                    text += TextLayout.pad(cell, widths[c], alignRight: !header && parts[c].count == 1 && t.alignsRight(c))
                    if c < n - 1 { text += String(repeating: " ", count: gap) }
                }
                while text.last == " " { text.removeLast() }
                return [Span(text, style: header ? [.bold, .underline] : [])]
            }
        }
        return (columns.isEmpty ? [] : lines(columns, header: true), rows.map { lines($0, header: false) })
    }

    /// Cells of every kind a dataset or a presenter gives: words, figures, amounts with €, statuses
    /// with symbols, accents, wide and combining characters, emoji, no-break and double spaces,
    /// controls, long words, nothing.
    static let pool = [
        "C-2024-0001", "Onderhoud groen en openbare ruimte", "europees", "€ 153.000", "€ 2.300", "€0", "✔ gehaald", "✖ achter",
        "● loopt nog", "–", "financiële afspraken", "Ærø café naïef", "東京都 港区", "e\u{301}e\u{301}n", "✅ klaar", "€\u{00A0}5",
        "€  12", "Totaal  dubbel", "  voorloop", "achteraan  ", "tab\tin cel", "esc\u{1B}[31m", "regel\neen\r\ntwee",
        "Aanbestedingsprocedureonderhoudscontractgemeentebreed", "", " ", "a", "98,7 %", "17-06-2019", "Verplichting (begrensd)",
        "\u{00AD}zacht", "ß ﬁ ǅ", "→ ↑ ≥ ≤ …", "“quote” ‘x’", "x\u{200B}y", "\u{0085}nel", "€ 1.234.567 en € 8",
    ]

    /// A content key for a search memo: only its identity matters here.
    static func key(width: Int, unicode: Bool, version: Int) -> ContentKey {
        ContentKey(
            screen: .overview, help: false, year: 0, language: .nl, width: width, dashboardIndex: 0, selected: version, unicode: unicode,
            version: version)
    }

    struct Generator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(1, n)))
        }
        mutating func cell() -> String {
            let a = ScrollLinesTests.pool[next(ScrollLinesTests.pool.count)]
            return next(4) == 0 ? a + " " + ScrollLinesTests.pool[next(ScrollLinesTests.pool.count)] : a
        }
    }

    static func randomTable(_ g: inout Generator) -> Table {
        let kinds: [Table.Column.Kind] = [.text, .number, .date]
        let columns = (0..<(1 + g.next(7))).map { _ in Table.Column(g.cell(), kinds[g.next(3)]) }
        let rows = (0..<g.next(25)).map { _ in (0..<g.next(columns.count + 2)).map { _ in g.cell() } }
        return Table(title: "t", columns: g.next(8) == 0 ? [] : columns, rows: rows)
    }

    @Test func tablesLayOutAsTheEagerLayoutDid() {
        var g = Generator(state: 9)
        for round in 0..<400 {
            let t = Self.randomTable(&g)
            let width = 10 + g.next(140)
            let glyphs: Glyphs = g.next(3) == 0 ? .ascii : .unicode
            let drop = g.next(4) == 0
            let reference = Self.referenceLayout(t, width: width, glyphs: glyphs, dropColumns: drop)
            let layout = TableLayout(t, width: width, glyphs: glyphs, dropColumns: drop)
            #expect(layout.header == reference.header, "round \(round)")
            #expect(layout.rowBlocks == reference.rows, "round \(round)")
            let all = reference.header + reference.rows.flatMap { $0 }
            #expect(layout.lineCount == all.count, "round \(round)")
            #expect((0..<layout.lineCount).map(layout.line) == all, "round \(round)")
        }
    }

    /// Items wrap when shown into the lines that wrapping them at once gave.
    @Test func wrappedItemsMakeTheLinesOfWrapping() {
        var g = Generator(state: 12)
        for _ in 0..<200 {
            var items = WrappedItems()
            var expected: [StyledLine] = []
            for _ in 0..<g.next(12) {
                let text = (0..<g.next(6)).map { _ in g.cell() }.joined(separator: " ")
                let prefix = ["", "• ", "12. "][g.next(3)]
                let indent = g.next(5), width = 1 + g.next(40)
                let style: TextStyle = g.next(2) == 0 ? [] : [.bold]
                items.append(text, prefix: prefix, indent: indent, width: width, style: style, role: .muted)
                for (i, line) in TextLayout.wrapGeneral(text, width).enumerated() {
                    let lead = String(repeating: " ", count: indent) + (i == 0 ? prefix : String(repeating: " ", count: prefix.count))
                    expected.append([Span(lead + line, style: style, role: .muted)])
                }
            }
            #expect(items.lineCount == expected.count)
            #expect((0..<items.lineCount).map(items.line) == expected)
            var lines = ScrollLines([[Span("voor")]])
            lines.append(items)
            lines.append([Span("na")])
            #expect(Array(lines) == [[Span("voor")]] + expected + [[Span("na")]])
        }
    }

    @Test func scrollLinesKeepTheirOrder() {
        var g = Generator(state: 4)
        for _ in 0..<50 {
            var lines = ScrollLines()
            var expected: [StyledLine] = []
            for _ in 0..<g.next(8) {
                switch g.next(3) {
                case 0:
                    let line: StyledLine = [Span(g.cell())]
                    lines.append(line)
                    expected.append(line)
                case 1:
                    let more = (0..<g.next(4)).map { _ in [Span(g.cell()), Span(g.cell(), style: [.bold])] }
                    lines += more
                    expected += more
                default:
                    let t = Self.randomTable(&g)
                    lines.append(TableLayout(t, width: 60, glyphs: .unicode))
                    let r = Self.referenceLayout(t, width: 60, glyphs: .unicode)
                    expected += r.header + r.rows.flatMap { $0 }
                }
            }
            #expect(lines.count == expected.count)
            #expect(Array(lines) == expected)
        }
    }

    /// A search finds the same lines whether a row's text is written from its cells or read from
    /// its laid-out spans, for queries cut from the lines themselves, in other case and without
    /// accents.
    @Test func searchFindsWhatTheLinesSay() {
        var g = Generator(state: 21)
        for round in 0..<150 {
            var lines = ScrollLines()
            lines.append([Span("Kop"), Span(" met € 5", role: .muted)])
            let t = Self.randomTable(&g)
            let width = 20 + g.next(120)
            let glyphs: Glyphs = g.next(4) == 0 ? .ascii : .unicode
            lines.append(TableLayout(t, width: width, glyphs: glyphs))
            lines.append([Span("Slotregel")])
            let texts = lines.map { SearchText.plain($0) }
            var queries = ["€", "  ", "e", "EEN", "financiele", "zz-none", "✔", "東京", "E\u{301}"]
            for _ in 0..<12 {
                let chars = Array(texts[g.next(texts.count)])
                guard !chars.isEmpty else { continue }
                let from = g.next(chars.count)
                let q = String(chars[from..<min(chars.count, from + 1 + g.next(8))])
                queries.append(g.next(2) == 0 ? q.uppercased() : q)
            }
            let key = Self.key(width: width, unicode: true, version: round)
            let memo = SearchMemo()
            for q in queries where !q.isEmpty {
                let folded = SearchText.fold(q)
                let expected = texts.indices.filter { !SearchText.occurrences(of: folded, in: SearchText.fold(texts[$0])).isEmpty }
                #expect(memo.matches(content: key, query: q) { lines } == expected, "round \(round), query \(q)")
            }
        }
    }

    /// The text a search reads is, line for line, the folded plain text of the lines as drawn
    /// (narrow widths squeeze the columns, so cells wrap, and wrap back to one line).
    @Test func searchTextIsThePlainTextOfEveryLine() {
        func check(_ lines: ScrollLines, _ comment: Comment) {
            let clusters = SearchMemo.Clusters()
            let (codes, ends) = lines.searchCodes { SearchFolder(clusters) }
            let folder = SearchFolder(clusters)
            #expect(ends.count == lines.count, comment)
            for i in 0..<min(ends.count, lines.count) {
                let expected = folder.fold(SearchText.plain(lines[i]))
                #expect(Array(codes[(i == 0 ? 0 : ends[i - 1])..<ends[i]]) == expected, "\(comment), line \(i): \(SearchText.plain(lines[i]))")
            }
        }
        // A figure wider than its column that wraps back to one line (its spaces closed up) is
        // right-aligned, as a cell that fits.
        let t = Table(title: "t", columns: [.text("a"), .number("b")], rows: [["x", "  voorloop"], ["y", "achteraan  "]])
        var lines = ScrollLines()
        lines.append(TableLayout(t, width: 12, glyphs: .unicode))
        #expect(lines.map { SearchText.plain($0) }.contains(" x  voorloop"))
        check(lines, "fixed")
        var g = Generator(state: 33)
        for round in 0..<300 {
            var lines = ScrollLines()
            lines.append(TableLayout(Self.randomTable(&g), width: 10 + g.next(50), glyphs: g.next(3) == 0 ? .ascii : .unicode))
            check(lines, "round \(round)")
        }
    }

    /// A long table is searched in two halves at once: the same lines are found as in one pass.
    @Test func aLongTableIsSearchedInHalvesAlike() {
        var g = Generator(state: 5)
        let columns: [Table.Column] = [.text("contract"), .text("omschrijving"), .number("verplichting"), .text("status")]
        let rows = (0..<(2 * ScrollLines.rowsPerPart + 17)).map { _ in (0..<4).map { _ in g.cell() } }
        let t = Table(title: "t", columns: columns, rows: rows)
        for glyphs in [Glyphs.unicode, .ascii] {
            var lines = ScrollLines([[Span("Kop")]])
            lines.append(TableLayout(t, width: 70, glyphs: glyphs))
            let texts = lines.map { SearchText.plain($0) }
            let clusters = SearchMemo.Clusters()
            let (codes, ends) = lines.searchCodes { SearchFolder(clusters) }
            #expect(ends.count == texts.count)
            #expect(ends.last == codes.count)
            let memo = SearchMemo()
            let key = Self.key(width: 70, unicode: glyphs.unicode, version: 0)
            for q in ["€", "  ", "een", "E\u{301}", "financiele", "東京", "zz-none", "x", "TAB IN", "✔ gehaald"] {
                let folded = SearchText.fold(q)
                let expected = texts.indices.filter { !SearchText.occurrences(of: folded, in: SearchText.fold(texts[$0])).isEmpty }
                #expect(memo.matches(content: key, query: q) { lines } == expected, "\(q)")
            }
        }
    }

    @Test func wrappingSimpleTextCountsAndCutsAsWrapDoes() {
        var g = Generator(state: 77)
        let words = ["€", "€ 5", "een", "twee", "x", "Aanbestedingsprocedure", "€\u{00A0}7", "–", "✔", "ééé", "ab", "  ", " "]
        for _ in 0..<3000 {
            let text = (0..<g.next(9)).map { _ in words[g.next(words.count)] }.joined(separator: g.next(5) == 0 ? "  " : " ")
            let width = 1 + g.next(30)
            let expected = TextLayout.wrapGeneral(text, width)
            #expect(TextLayout.wrap(text, width) == expected, "\(text) at \(width)")
            #expect(TextLayout.wrappedLineCount(text, width) == expected.count, "\(text) at \(width)")
            let scalars = text.unicodeScalars.map(\.value)
            let lines = TextLayout.wrapSimple(scalars, width).map { String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init))) }
            #expect(lines == expected, "\(text) at \(width)")
        }
        // Text that is not simple takes the general way, whatever `wrap` is asked.
        let other = ["東京都", "e\u{301}n", "a\tb", "regel\nregel", "✅", "€ 5", "x", "\r\n", "  "]
        for _ in 0..<2000 {
            let text = (0..<g.next(7)).map { _ in
                let pool = g.next(2) == 0 ? other : words
                return pool[g.next(pool.count)]
            }.joined(separator: " ")
            let width = 1 + g.next(20)
            #expect(TextLayout.wrap(text, width) == TextLayout.wrapGeneral(text, width), "\(text) at \(width)")
            #expect(TextLayout.wrappedLineCount(text, width) == TextLayout.wrapGeneral(text, width).count, "\(text) at \(width)")
        }
        #expect(TextLayout.wrappedLineCount("東京都 港区 東京都", 4) == TextLayout.wrap("東京都 港区 東京都", 4).count)
    }

    @Test func simpleTextIsOneColumnAndOneCharacterPerScalar() {
        for text in Self.pool + ["€ 1.234", "✔ ✖ ● – … → ≥", "Ærø"] {
            guard let m = DisplayWidth.simpleMeasure(text) else { continue }
            #expect(m.count == text.count, "\(text)")
            #expect(m.count == DisplayWidth.of(text), "\(text)")
            #expect(m.count == text.unicodeScalars.count, "\(text)")
            #expect(!SafeText.hasControls(text), "\(text)")
        }
        for text in ["東京", "e\u{301}", "✅", "a\tb", "x\u{200B}y", "\u{0085}", "❤\u{FE0F}"] {
            #expect(DisplayWidth.simpleMeasure(text) == nil, "\(text)")
        }
        // Every scalar called simple is one column and a character of its own beside any other.
        for value in UInt32(0)...0x2FFFF where DisplayWidth.isSimple(value) {
            guard let s = Unicode.Scalar(value) else { continue }
            let ch = Character(s)
            #expect(DisplayWidth.of(ch) == 1, "U+\(String(value, radix: 16))")
            #expect("a\(ch)b".count == 3 && "\(ch)\(ch)".count == 2, "U+\(String(value, radix: 16))")
        }
    }
}
