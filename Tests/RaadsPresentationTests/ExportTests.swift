import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing
import RaadsMetrics
@testable import RaadsPresentation

func builtIn(_ name: String) throws -> Dashboard {
    try #require(DashboardCatalog.builtIn.first { $0.name == name }, "built-in dashboard \(name)")
}

/// A sample dataset's summary and export context with the fixed export date and a test version.
func sample(_ name: String, year: Int? = nil, language: Language = .nl) throws -> (Summary, ExportContext) {
    let source = DirectorySource(path: sampleData(name))
    let s = try summary(source, year: year)
    return (s, try ExportContext(source: source, exportDate: fixedExportDate, toolVersion: "0.0.0-test", language: language))
}

/// Element names, attributes and text of a well-formed XML document; records the parse error otherwise.
final class XMLCollector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var text = ""
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append((name, attributes))
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    static func parse(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) -> XMLCollector? {
        let parser = XMLParser(data: Data(html.utf8))
        let collector = XMLCollector()
        parser.delegate = collector
        guard parser.parse() else {
            Issue.record(
                "not well-formed at line \(parser.lineNumber), column \(parser.columnNumber): \(parser.parserError.map { "\($0)" } ?? "?")",
                sourceLocation: sourceLocation)
            return nil
        }
        return collector
    }
}

@Suite struct MarkdownExportTests {
    @Test(arguments: [
        ("zoetermeer", "raad"), ("zoetermeer", "griffie"), ("voorbeeldgemeente", "griffie"), ("voorbeeldgemeente", "portefeuillehouder"),
        ("zoetermeer", "opbrengst"), ("voorbeeldgemeente", "opbrengst"),
    ])
    func goldenMarkdown(dataset: String, dashboard: String) throws {
        let (s, context) = try sample(dataset)
        try assertGolden(MarkdownExport.render(s, dashboard: try builtIn(dashboard), context: context), "\(dataset)-\(dashboard).md")
    }

    @Test func goldenMarkdownInEnglish() throws {
        let (s, context) = try sample("zoetermeer", language: .en)
        try assertGolden(MarkdownExport.render(s, dashboard: try builtIn("griffie"), context: context), "zoetermeer-griffie-en.md")
    }

    @Test func headerNamesTheDatasetTheDateTheFingerprintAndTheVersion() throws {
        let (s, context) = try sample("voorbeeldgemeente")
        let md = MarkdownExport.render(s, dashboard: .allParameters, context: context)
        #expect(md.contains("| Gemeente | Gemeente Voorbeeldstad |"))
        #expect(md.contains("| Peildatum | 30-09-2024 |"))
        #expect(md.contains("| Jaar | 2024 (t/m 30-09) — gedeeltelijk jaar |"))
        #expect(md.contains("| Datum van export | 15-03-2021 |"))
        #expect(md.contains("| Vingerafdruk dataset (SHA-256) | `\(context.fingerprint)` |"))
        #expect(md.contains("| Versie raadsdashboard | 0.0.0-test |"))
        #expect(md.contains("> **LET OP: FICTIEVE GEGEVENS."))
        for p in Dashboard.allParameters.panels { #expect(md.contains("## \(p.order). \(p.title(.nl))")) }
    }

    @Test func seriesAsTableAndTextBarsWithPartialYearAndTarget() throws {
        let (s, context) = try sample("voorbeeldgemeente")
        let md = MarkdownExport.render(s, dashboard: try builtIn("raad"), context: context)
        #expect(md.contains("```text\n2020   █"))
        #expect(md.contains("2024*  ▒▒▒"), "a partial year is hatched, not coloured")
        #expect(md.contains("█ gerealiseerd · │ doel · ▒ gedeeltelijk jaar"))
        #expect(md.contains("* gedeeltelijk jaar, t/m 30-09-2024"))
    }

    @Test func groupedCellsAreOneUnnamedLine() throws {
        let (s, context) = try sample("voorbeeldgemeente")
        let md = MarkdownExport.render(s, dashboard: try builtIn("raad"), context: context)
        #expect(md.contains("| overige afdelingen, samen | 8 |"))
        #expect(md.contains("_Groepjes van minder dan 5 personen zijn samengenomen in één regel"))
        #expect(!md.contains("| – | – |"), "v1.2: a grouped cell is not listed, not even as –")
    }

    @Test func questionsOnlyWhereTheDashboardAsksForThem() throws {
        let (s, context) = try sample("zoetermeer")
        let raad = MarkdownExport.render(s, dashboard: try builtIn("raad"), context: context)
        let griffie = MarkdownExport.render(s, dashboard: try builtIn("griffie"), context: context)
        #expect(!raad.contains("## Vragen voor de raad"))
        #expect(griffie.contains("## Vragen voor de raad"))
        #expect(griffie.contains("1. **Het bovenformatief fonds is voor 1,5 % benut"))
        #expect(griffie.contains("## Kwaliteit van de gegevens"))
        #expect(griffie.contains("- contracten.csv (gebruikt voor: SROI-realisatie, SROI-naleving)"))
    }

    @Test func textIsEscapedForMarkdown() {
        #expect(MarkdownExport.inline("a*b* `c` <d> [e]") == "a\\*b\\* \\`c\\` &lt;d> \\[e\\]")
        #expect(MarkdownExport.table([.text("a|b")], [["x|y"]]) == ["| a\\|b |", "|---|", "| x\\|y |"])
    }
}

@Suite struct HTMLExportTests {
    @Test(arguments: ["zoetermeer", "voorbeeldgemeente"])
    func wellFormedSelfContainedAndComplete(dataset: String) throws {
        let (s, context) = try sample(dataset)
        for name in ["raad", "griffie", "portefeuillehouder", "opbrengst"] {
            let board = try builtIn(name)
            let snap = Snapshot(s, dashboard: board, context: context)
            let html = HTMLExport.render(snap)
            let xml = try #require(XMLCollector.parse(html))

            #expect(xml.elements.first?.name == "html" && xml.elements.first?.attributes["lang"] == "nl")
            for p in snap.panels { #expect(html.contains(">\(p.number). \(escape(p.detail.tile.title))</h2>"), "panel \(p.panel.parameter)") }
            let charts = snap.panels.filter { $0.chart != nil }.count
            #expect(charts > 0)
            #expect(xml.elements.filter { $0.name == "svg" }.count == charts, "one <svg> per chart (\(name))")
            #expect(
                snap.panels.filter { $0.panel.chart != .geen && !$0.detail.tile.series.isEmpty && $0.chart == nil }.isEmpty,
                "every panel that asks for a chart and has a series gets one")
            for svg in xml.elements.filter({ $0.name == "svg" }) {
                #expect(svg.attributes["role"] == "img")
                #expect(!(svg.attributes["aria-label"] ?? "").isEmpty)
            }
            #expect(xml.elements.filter { $0.name == "title" }.count == charts + 1, "a <title> per chart")
            #expect(xml.elements.filter { $0.name == "desc" }.count == charts)
            #expect(html.contains(context.fingerprint))

            // Self-contained: no scripts, no external references of any kind.
            #expect(!html.lowercased().contains("<script"))
            #expect(!html.contains("http://") && !html.contains("https://"))
            for e in xml.elements {
                for (key, value) in e.attributes where ["href", "src", "xlink:href", "action", "srcset"].contains(key) {
                    #expect(value.hasPrefix("#"), "\(e.name) \(key)=\(value)")
                }
            }
            #expect(!xml.elements.contains { ["img", "link", "iframe", "object", "embed", "script"].contains($0.name) })
            var rest = Substring(html)
            while let r = rest.range(of: "url(") {
                #expect(rest[r.upperBound...].hasPrefix("#"), "only in-document url(#…) references")
                rest = rest[r.upperBound...]
            }

            // Accessible structure and print.
            #expect(xml.elements.filter { $0.name == "h1" }.count == 1)
            #expect(xml.elements.contains { $0.name == "h2" } && xml.elements.contains { $0.name == "h3" })
            let headers = xml.elements.filter { $0.name == "th" }
            #expect(!headers.isEmpty && headers.allSatisfy { ["col", "row"].contains($0.attributes["scope"] ?? "") })
            #expect(html.contains("size: A4;"))
            // Page numbers on paper, and "€" never parted from its amount (issue 10).
            #expect(html.contains("counter(page)") && html.contains("counter(pages)"))
            #expect(html.contains("€&#160;"))
            #expect(!html.contains("€ "))
            #expect(html.contains("break-inside: avoid"))
            for p in snap.panels {
                let t = p.detail.tile
                #expect(html.contains("\(t.status.symbol(unicode: true))</span> \(escape(t.statusText))</span>"), "status in words and symbol")
            }
        }
    }

    @Test func fictitiousBannerAndQuestions() throws {
        let (s, context) = try sample("voorbeeldgemeente")
        let html = HTMLExport.render(s, dashboard: try builtIn("griffie"), context: context)
        #expect(html.contains("<p class=\"banner\" role=\"note\">LET OP: FICTIEVE GEGEVENS."))
        #expect(html.contains("<section id=\"vragen\""))
        #expect(html.contains("id=\"vraag-sroi_niet_voldaan\""))
        let (z, zc) = try sample("zoetermeer")
        #expect(!HTMLExport.render(z, dashboard: try builtIn("raad"), context: zc).contains("class=\"banner\""))
    }

    @Test func englishExportIsMarkedEnglish() throws {
        let (s, context) = try sample("zoetermeer", language: .en)
        let html = HTMLExport.render(s, dashboard: try builtIn("griffie"), context: context)
        let xml = try #require(XMLCollector.parse(html))
        #expect(xml.elements.first?.attributes["lang"] == "en")
        #expect(html.contains("<h2 id=\"vragen-titel\">Questions for the council</h2>"))
        #expect(html.contains("Dataset fingerprint (SHA-256)"))
    }

    @Test func everyTextIsEscaped() throws {
        let toml = """
            naam = "Gemeente <b>&amp;\\"Quote\\"</b>"
            peildatum = 2020-12-31
            fictief = true
            arbeidsmarktregio = "R&D <regio>"
            bron = "x < y & z > w"
            """
        let files = [
            "dataset.toml": toml,
            "rapportages.csv": "rapportage_id;titel;datum;jaargang;banenafspraak;sroi\nR1;\"<script>alert(1)</script> & co\";1-6-2020;2020;kwalitatief;geen\n",
            "regio.csv": "arbeidsmarktregio;jaar;sector;doel;gerealiseerd\nR&D <regio>;2020;markt;10;\n",
        ]
        let source = InMemorySource(label: "t", texts: files)
        let s = try summary(source)
        let context = try ExportContext(source: source, exportDate: fixedExportDate, toolVersion: "<v>", language: .nl)
        let html = HTMLExport.render(s, dashboard: try builtIn("griffie"), context: context)
        let xml = try #require(XMLCollector.parse(html))
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"))
        #expect(xml.text.contains("Gemeente <b>&amp;\"Quote\"</b>"), "the name survives as text")
        #expect(!xml.elements.contains { $0.name == "b" })
    }
}

@Suite struct ChartTests {
    @Test func niceScaleLeavesRoomAboveTheHighestMark() {
        #expect(SVGChart.niceScale(34.6) == (40, 10))
        #expect(SVGChart.niceScale(100) == (125, 25))
        #expect(SVGChart.niceScale(0) == (1.25, 0.25))
        #expect(SVGChart.niceScale(153_000) == (200_000, 50_000))
    }

    @Test func quotaTargetsInMixedUnitsAreChartedInBanen() throws {
        let (s, context) = try sample("voorbeeldgemeente")
        let snap = Snapshot(s, dashboard: .allParameters, context: context)
        let chart = try #require(snap.panels.first { $0.panel.parameter == .quotum }?.chart)
        #expect(chart.unit == "banen")
        #expect(chart.note?.hasPrefix("De doelen staan niet elk jaar in dezelfde eenheid") == true)
        #expect(chart.points.map(\.targetText) == [nil, "8,0", nil, nil, "24,5"], "only the targets set in banen")
    }

    @Test func textAlternativeReadsEveryPoint() throws {
        let (s, context) = try sample("zoetermeer")
        let snap = Snapshot(s, dashboard: .allParameters, context: context)
        let chart = try #require(snap.panels.first?.chart)
        #expect(
            chart.textAlternative
                == "Staafdiagram: Quotum banenafspraak (fte). 2018: gerealiseerd 13,6, doel 27,4; 2019: gerealiseerd 30,7, doel 31,1; 2020: gerealiseerd 33,7, doel 34,6."
        )
        #expect(snap.panels.first { $0.panel.parameter == .fondsBovenformatief }?.chart?.points.map(\.valueText) == ["€ 153.000", "€ 2.300"])
    }
}
