import Foundation
import RaadsMetrics
import Testing

@testable import RaadsPresentation

/// Issue 8: no figure, character or dashboard file makes an output trap, garble or lie.
@Suite("hardening: formatting, control characters, dashboard files")
struct PresentationHardeningTests {
    /// Every strange Double a computation can produce.
    static let extremes: [Double] = [
        1e300, -1e300, 1e18, -1e18, 1e15, 1e-17, -1e-17, .nan, .infinity, -.infinity,
        .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNonzeroMagnitude, -0.0, 9.2e18, 999_999_999_999,
    ]

    /// Thousands separators, written as bytes: every digit count, both languages, the largest.
    @Test func groupsOfThreeDigits() {
        #expect(NumberFormat.group(0, .nl) == "0")
        #expect(NumberFormat.group(7, .nl) == "7")
        #expect(NumberFormat.group(999, .nl) == "999")
        #expect(NumberFormat.group(1_000, .nl) == "1.000")
        #expect(NumberFormat.group(153_000, .nl) == "153.000")
        #expect(NumberFormat.group(1_234_567, .en) == "1,234,567")
        #expect(NumberFormat.group(UInt64.max, .nl) == "18.446.744.073.709.551.615")
        #expect(NumberFormat.group(UInt64.max, .nl, negative: true, euro: true) == "-€ 18.446.744.073.709.551.615")
        #expect(NumberFormat.euro(-1_234.4, language: .nl) == "-€ 1.234")
        #expect(NumberFormat.euro(-1_234.5, language: .en) == "-€1,235")
        #expect(NumberFormat.euro(-0.4, language: .nl) == "€ 0")
        #expect(NumberFormat.euro(153_000, language: .nl) == "€ 153.000")
        #expect(NumberFormat.euro(999_999_999_999.6, language: .en) == "€1,000,000,000,000")
        func grouped(_ n: UInt64, _ sep: Character) -> String {
            let digits = String(n)
            var out = ""
            for (i, d) in digits.enumerated() {
                if i > 0 && (digits.count - i) % 3 == 0 { out.append(sep) }
                out.append(d)
            }
            return out
        }
        var n: UInt64 = 1
        for _ in 0..<19 {
            #expect(NumberFormat.group(n, .nl) == grouped(n, "."))
            #expect(NumberFormat.group(n * 9 + 8, .en) == grouped(n * 9 + 8, ","))
            n *= 10
        }
    }

    @Test(arguments: extremes)
    func everyFormatterIsTotal(_ x: Double) {
        for l in Language.allCases {
            let outputs = [
                NumberFormat.decimal(x, language: l), NumberFormat.decimal(x, digits: 0, language: l),
                NumberFormat.decimal(x, digits: 9, language: l), NumberFormat.decimal(x, digits: -2, language: l),
                NumberFormat.integer(x, language: l), NumberFormat.euro(x, language: l),
                NumberFormat.percent(x, language: l), NumberFormat.compact(x, language: l),
            ]
            let showable = x.isFinite && abs(x) < 1e15
            for s in outputs {
                #expect(!s.isEmpty)
                #expect(!s.contains("nan") && !s.contains("inf"), "\(x) gave \(s)")
                if !showable { #expect(s == NumberFormat.outOfRange(l), "\(x) gave \(s)") }
            }
        }
    }

    @Test func outOfRangeIsWordsAndSmallValuesRoundToZero() {
        #expect(NumberFormat.decimal(1e300) == "buiten bereik")
        #expect(NumberFormat.euro(.infinity, language: .en) == "out of range")
        #expect(NumberFormat.percent(.nan) == "buiten bereik")
        #expect(NumberFormat.integer(1e18) == "buiten bereik")
        #expect(NumberFormat.decimal(1e-17) == "0,0")
        #expect(NumberFormat.decimal(-1e-17) == "0,0")
        #expect(NumberFormat.decimal(-0.0) == "0,0")
        #expect(NumberFormat.euro(-0.0) == "€ 0")
        #expect(NumberFormat.compact(-0.0) == "0")
        #expect(NumberFormat.euro(999_999_999_999) == "€ 999.999.999.999")
        #expect(NumberFormat.decimal(999_999_999_999.96, language: .en) == "1,000,000,000,000.0")
        #expect(NumberFormat.integer(Int.min) == "-9.223.372.036.854.775.808")
        #expect(NumberFormat.integer(-27.9) == "-27")
        #expect(Int(clamping: Double.nan) == 0)
        #expect(Int(clamping: 1e300) == Int.max)
        #expect(Int(clamping: -Double.infinity) == Int.min)
        #expect(Int(clamping: -2.7) == -2)
    }

    @Test(arguments: extremes)
    func chartHelpersAreTotal(_ x: Double) {
        _ = SVGChart.niceScale(x)
        _ = SVGChart.f(x)
        _ = SVGChart.tick(x, 1, .nl)
        #expect(!SVGChart.f(x).contains("nan"))
    }

    // MARK: - Control characters

    static let hostile = "A\u{1B}[2J\u{1B}]0;titel\u{07}B\u{00}C\u{7F}D\u{9B}31mE\u{85}F\r\nG\rH\nI\tJ"

    @Test func controlCharactersAreShownVisibly() {
        #expect(
            SafeText.visible(Self.hostile)
                == "A\\x1b[2J\\x1b]0;titel\\x07B\\x00C\\x7fD\\x9b31mE\\x85F\\x0d\\x0aG\\x0dH\\x0aI\tJ")
        #expect(
            SafeText.visible(Self.hostile, lineBreaks: .space)
                == "A\\x1b[2J\\x1b]0;titel\\x07B\\x00C\\x7fD\\x9b31mE\\x85F G H I J")
        #expect(
            SafeText.visible(Self.hostile, lineBreaks: .keep)
                == "A\\x1b[2J\\x1b]0;titel\\x07B\\x00C\\x7fD\\x9b31mE\\x85F\nG\nH\nI\tJ")
        #expect(SafeText.visible("Zoetermeer — € 153.000 · ✔") == "Zoetermeer — € 153.000 · ✔")
        for mode in [SafeText.LineBreaks.visible, .space] {
            #expect(!SafeText.hasControls(SafeText.visible(Self.hostile, lineBreaks: mode).replacingOccurrences(of: "\t", with: "")))
        }
        #expect(SafeText.cellCharacter("\u{1B}") == "?")
        #expect(SafeText.cellCharacter("\r\n") == " ")
        #expect(SafeText.cellCharacter("é") == "é")
    }

    /// A summary whose names and notes come from hostile data.
    static func hostileSummary() throws -> Summary {
        var s = try summary(DirectorySource(path: sampleData("zoetermeer")))
        s.dataset.naam = "Gemeente|Pijp " + hostile
        s.dataset.bron = "Bron " + hostile
        s.waarschuwingen.append(Diagnostic(file: "budget.csv", line: 3, column: 5, severity: .warning, message: hostile))
        s.quotum.selected.waarde = 1e300
        s.quotum.selected.doel = 1e-17
        return s
    }

    /// True when `text` holds no control character other than newline (and tab when allowed).
    static func clean(_ text: String, tabs: Bool = false) -> Bool {
        !text.unicodeScalars.contains { SafeText.isControl($0) && $0 != "\n" && !(tabs && $0 == "\t") }
    }

    @Test func textSummaryAndExportsCarryNoRawControlCharacters() throws {
        let s = try Self.hostileSummary()
        for l in Language.allCases {
            let text = TextSummary.render(s, language: l)
            #expect(Self.clean(text), "text summary")
            #expect(text.contains("\\x1b[2J"))
            #expect(text.contains("buiten bereik") || text.contains("out of range"))
            let context = ExportContext(exportDate: Day(year: 2024, month: 5, day: 1)!, fingerprint: "00", files: [], toolVersion: "test", language: l)
            for board in DashboardCatalog.builtIn {
                let md = MarkdownExport.render(s, dashboard: board, context: context)
                #expect(Self.clean(md), "markdown \(board.name)")
                #expect(md.contains("\\x1b"))
                let html = HTMLExport.render(s, dashboard: board, context: context)
                #expect(Self.clean(html, tabs: true), "html \(board.name)")
                #expect(html.contains("\\x1b"))
            }
        }
    }

    @Test func aPipeInANameStaysInsideItsMarkdownCell() throws {
        let s = try Self.hostileSummary()
        let context = ExportContext(exportDate: Day(year: 2024, month: 5, day: 1)!, fingerprint: "00", files: [], toolVersion: "test", language: .nl)
        let md = MarkdownExport.render(s, dashboard: DashboardCatalog.builtIn[0], context: context)
        let rows = md.split(separator: "\n").filter { $0.hasPrefix("|") }
        #expect(!rows.contains { $0.contains("Gemeente|Pijp") })
        #expect(rows.contains { $0.contains("Gemeente\\|Pijp") })
        // Every table row has as many unescaped pipes as its header.
        var columns: Int?
        for line in md.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { columns = nil; continue }
            let pipes = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            if let c = columns { #expect(pipes == c, "row \(line)") } else { columns = pipes }
        }
        #expect(MarkdownExport.table([.text("a"), .text("b")], [["x|y", "z"]], raw: true).last == "| x\\|y | z |")
    }

    // MARK: - Dashboard files

    @Test func numbersInADashboardFileStayWithinTenToTheTwelfth() {
        for value in ["1e300", "1e13", "inf", "nan", "-1"] {
            let text = "[[paneel]]\nparameter = \"duurzaamheid\"\ndoel = \(value)\n"
            let (board, diags) = DashboardFile.parse(text, file: "d.toml", defaultName: "d")
            #expect(board == nil, "\(value)")
            #expect(
                diags.map(\.description) == ["d.toml:3: error: 'paneel.doel' moet een getal van 0 tot en met 1.000.000.000.000 (10¹²) zijn"],
                "\(value): \(diags)")
        }
        let (ok, _) = DashboardFile.parse("[[paneel]]\nparameter = \"duurzaamheid\"\ndoel = 1e12\n", file: "d.toml", defaultName: "d")
        #expect(ok?.panels.first?.target == 1e12)
    }

    @Test func atMostFiftyPanels() {
        let panel = "[[paneel]]\nparameter = \"quotum\"\n"
        let (fifty, d50) = DashboardFile.parse(String(repeating: panel, count: 50), file: "d.toml", defaultName: "d")
        #expect(fifty?.panels.count == 50 && d50.isEmpty)
        let start = Date()
        let (many, diags) = DashboardFile.parse(String(repeating: panel, count: 50_000), file: "d.toml", defaultName: "d")
        #expect(many == nil)
        #expect(diags.map(\.description) == ["d.toml:101: error: te veel panelen: een dashboard heeft er ten hoogste 50; dit is paneel 51"])
        #expect(Date().timeIntervalSince(start) < 5)
        // Panels as an inline array are counted after parsing.
        let inline = "paneel = [" + String(repeating: "{ parameter = \"quotum\" }, ", count: 51) + "]\n"
        let (board, inlineDiags) = DashboardFile.parse(inline, file: "d.toml", defaultName: "d")
        #expect(board == nil)
        #expect(inlineDiags.map(\.description) == ["d.toml:1: error: te veel panelen: een dashboard heeft er ten hoogste 50; dit is paneel 51"])
    }
}
