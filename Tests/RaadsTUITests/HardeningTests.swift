import RaadsMetrics
import RaadsPresentation
import Testing

@testable import RaadsTUI

/// Issue 8: no figure or character from the data can stop the dashboard or garble its screen.
@Suite("hardening: screens")
struct ScreenHardeningTests {
    static let extremes: [Double] = [
        1e300, -1e300, 1e18, 1e-17, .nan, .infinity, -.infinity, .greatestFiniteMagnitude, -0.0,
    ]

    @Test(arguments: extremes)
    func interfaceNumbersAreTotal(_ x: Double) {
        for english in [false, true] {
            let l: Language = english ? .en : .nl
            let numbers = [
                NumberFormat.percent(x * 100, digits: 0, language: l), NumberFormat.decimal(x, language: l), NumberFormat.decimal(x, digits: 7, language: l),
            ]
            for s in numbers {
                #expect(!s.isEmpty && !s.contains("nan") && !s.contains("inf"), "\(x) gave \(s)")
            }
        }
        #expect(NumberFormat.decimal(1e300, language: .nl) == "buiten bereik")
        #expect(NumberFormat.percent(.infinity * 100, digits: 0, language: .en) == "out of range")
        #expect(NumberFormat.decimal(-0.0, language: .nl) == "0,0")
        _ = Glyphs.unicode.horizontalPart(x)
    }

    /// A cell buffer never holds a control character, however it is written to.
    @Test func theCellBufferHoldsNoControlCharacter() {
        var b = CellBuffer(width: 40, height: 3)
        b.put("a\u{1B}[2Jb\r\nc\td\u{9B}e\u{07}", x: 0, y: 0)
        #expect(b.line(0) == "a\\x1b[2Jb c d\\x9be\\x07")
        b[0, 1] = Cell("\u{1B}")
        b[1, 1] = Cell("\n")
        b.fill(x: 2, y: 1, width: 2, height: 1, with: Cell("\u{00}"))
        #expect(b.line(1) == "? ??")
        #expect(!b.cells.contains { $0.character.unicodeScalars.contains(where: SafeText.isControl) })
    }

    @Test func layoutTurnsLineBreaksIntoSpaces() {
        #expect(TextLayout.wrap("Loonkosten twee\r\n(aanvulling)", 40) == ["Loonkosten twee (aanvulling)"])
        #expect(TextLayout.truncate("a\r\nb\u{1B}c", 40) == "a b\\x1bc")
        #expect(Glyphs.unicode.fold("x\ny") == "x y")
        #expect(Glyphs.ascii.fold("€\u{1B}") == "EUR \\x1b")
    }

    /// A summary with impossible figures and hostile names.
    static func hostileState(width: Int, height: Int, glyphs: Glyphs) -> AppState {
        var state = Fixture.state(width: width, height: height, glyphs: glyphs)
        var s = state.summary
        s.dataset.naam = "Gemeente\u{1B}]0;titel\u{07}\r\nX\u{1B}[2J"
        s.waarschuwingen.append(Diagnostic(file: "budget.csv", line: 4, column: 5, severity: .warning, message: "cel met\r\nregeleinde en \u{1B}[31m"))
        s.quotum.selected.waarde = 1e300
        s.quotum.selected.doel = 1e-17
        s.quotum.reeks = s.quotum.reeks.map {
            var y = $0; y.waarde = .greatestFiniteMagnitude; y.doel = 1e-300; return y
        }
        s.fonds.begroot = 1e-17
        s.fonds.besteed = 1e18
        s.fonds.benuttingPct = .infinity
        s.regio.selected.waarde = -1e300
        s.regio.selected.doel = .nan
        state.summary = s
        return state
    }

    static func isClean(_ buffer: CellBuffer) -> Bool {
        !buffer.cells.contains { $0.character.unicodeScalars.contains(where: SafeText.isControl) }
    }

    @Test(arguments: [(80, 24), (120, 40), (40, 12)])
    func everyScreenRendersImpossibleFiguresAndHostileText(width: Int, height: Int) {
        for glyphs in [Glyphs.unicode, .ascii] {
            let state = Self.hostileState(width: width, height: height, glyphs: glyphs)
            let overview = render(state)
            #expect(Self.isClean(overview))
            #expect(overview.text.contains("buiten bereik"), "\(overview.text)")
            for id in ParameterID.allCases {
                var s = state
                s.selected = s.parameters.firstIndex(of: id) ?? 0
                var detail = update(s, .key(.enter)).0
                #expect(Self.isClean(render(detail)), "\(id)")
                for _ in 0..<3 {
                    detail = update(detail, .key(.pageDown)).0
                    #expect(Self.isClean(render(detail)), "\(id)")
                }
            }
            #expect(Self.isClean(render(update(state, .key(.character("v"))).0)))
        }
    }
}
