import RaadsPresentation
import Testing

@testable import RaadsTUI

/// Issue 13: characters take their display width in columns, so CJK text does not shift a line.
@Suite struct DisplayWidthTests {
    @Test func widthsFollowWcwidth() {
        #expect(DisplayWidth.of("a") == 1)
        #expect(DisplayWidth.of("é") == 1)
        #expect(DisplayWidth.of("e\u{301}") == 1, "a combining accent joins its letter")
        #expect(DisplayWidth.of("東") == 2)
        #expect(DisplayWidth.of("시") == 2)
        #expect(DisplayWidth.of("Ａ") == 2, "fullwidth Latin")
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("\u{200B}") == 0)
        for glyph in ["✔", "▲", "✖", "?", "█", "▏", "◀", "▶", "€", "•", "…", "─", "│"] {
            #expect(DisplayWidth.of(Character(glyph)) == 1, "the interface's own glyph \(glyph)")
        }
        #expect(DisplayWidth.of("東京 ab") == 7)
    }

    @Test func aWideCharacterFillsTwoCellsAndIsNeverHalved() {
        var b = CellBuffer(width: 6, height: 1)
        #expect(b.put("東京ab", x: 0, y: 0) == 6)
        #expect(b.line(0) == "東京ab")
        #expect(b[1, 0].isContinuation && b[3, 0].isContinuation)
        // A wide character that does not fit is not cut in half.
        var c = CellBuffer(width: 5, height: 1)
        #expect(c.put("ab東京", x: 0, y: 0) == 4)
        #expect(c.line(0) == "ab東")
        // Overwriting either half blanks the other half.
        b.put("x", x: 1, y: 0)
        #expect(b.line(0) == " x京ab")
        b.put("y", x: 2, y: 0)
        #expect(b.line(0) == " xy ab")
        #expect(!b.cells.contains { $0.isContinuation })
        // Set directly, a wide character does not fit one cell.
        b[0, 0] = Cell("東")
        #expect(b[0, 0].character == "?")
        // Cut by the left edge: the visible half is a space.
        var d = CellBuffer(width: 4, height: 1)
        d.put("東京", x: -1, y: 0)
        #expect(d.line(0) == " 京")
    }

    @Test func layoutCountsColumns() {
        #expect(TextLayout.truncate("東京都庁舎", 7) == "東京都…")
        #expect(TextLayout.pad("東京", 6) == "東京  ")
        #expect(TextLayout.pad("東京", 6, alignRight: true) == "  東京")
        #expect(TextLayout.wrap("東京都 大阪府", 6) == ["東京都", "大阪府"])
        #expect(TextLayout.wrap("東京都大阪府", 4) == ["東京", "都大", "阪府"])
        #expect(TextLayout.wrap("東", 1) == ["東"], "a line ends even when a wide character is wider than it")
        #expect(TextLayout.spread("東京", "[NL]", 10) == "東京  [NL]")
    }

    /// The fast paths (issue 9) answer as the general rules: the width of printable ASCII by its
    /// bytes, and "€ " kept together on the UTF-8 as Foundation's replacement did.
    @Test func fastPathsAgreeWithTheGeneralRules() {
        for text in ["", "abc", "€ 153.000", "tab\there", "CR\r\nLF", "Financiën", "東京", "x\u{301}", "~ !"] {
            #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(text.debugDescription)")
        }
        for text in ["", "€", "€ ", "a € 1 en € 2", "€€ € ", "geen euro", "€  twee spaties", "é € ü"] {
            let expected = text.replacingOccurrences(of: "€ ", with: "€\u{00A0}")
            #expect((TextLayout.replacing(text, Array("€ ".utf8), with: Array("€\u{00A0}".utf8)) ?? text) == expected, "\(text.debugDescription)")
        }
        #expect(TextLayout.wrap("verplichting € 150.000, gerealiseerd € 2.300", 16) == ["verplichting", "€ 150.000,", "gerealiseerd", "€ 2.300"])
        for text in ["", " ", "a  ", " a b ", "x \u{301}", "x \u{301} ", "東京  ", "tab\t ", "  "] {
            var slow = text
            while slow.last == " " { slow.removeLast() }
            #expect(TextLayout.droppingTrailingSpaces(text) == slow, "\(text.debugDescription)")
        }
        for text in ["", "abc", "a\u{7}b", "\u{7F}", "x\u{85}y", "\u{A0}", "Financiën", "€ 1", "\u{9F}", "\u{C2}"] {
            #expect(SafeText.hasControls(text) == text.unicodeScalars.contains(where: SafeText.isControl), "\(text.debugDescription)")
        }
    }

    /// The header of a municipality named in CJK script keeps its right part flush right.
    @Test(arguments: [(80, 24), (120, 40)])
    func theHeaderDoesNotShift(size: (Int, Int)) {
        var state = Fixture.state(width: size.0, height: size.1)
        let latin = render(state).line(0)
        state.summary.dataset.naam = "東京都千代田区"
        let line = render(state).line(0)
        #expect(line.contains("東京都千代田区"))
        #expect(TextLayout.width(line) == TextLayout.width(latin), "the right part stays where it was: \(line)")
        #expect(line.hasSuffix("[NL]"))
    }
}
