import Foundation
import Testing
import RaadsMetrics
@testable import RaadsPresentation

/// Contract v1.2 §5: no screen text or export names a grouped cell. The grouped names are found
/// independently of the metrics, from the placements themselves.
@Suite struct DisclosureOutputTests {
    /// Departments and doelgroepen of the counted placements overlapping year `y`.
    static func occurring(_ ds: Dataset, year y: Int) -> (afdelingen: Set<String>, doelgroepen: Set<String>) {
        guard let p = ds.period(y) else { return ([], []) }
        var afd = Set<String>(), groep = Set<String>()
        for pl in ds.plaatsingen ?? [] where pl.start <= ds.info.peildatum && p.overlap(from: pl.start, to: pl.einde) > 0 {
            guard pl.soort != .proefplaatsing || ds.norms.proefplaatsingTeltMee else { continue }
            afd.insert(pl.afdeling)
            groep.insert(pl.doelgroep?.rawValue ?? "onbekend")
        }
        return (afd, groep)
    }

    /// The section of a Markdown export under the heading that ends with `title`.
    static func section(_ md: String, _ title: String) -> String {
        let lines = md.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("## ") && $0.hasSuffix(title) }) else { return "" }
        let end = lines[(start + 1)...].firstIndex { $0.hasPrefix("## ") } ?? lines.endIndex
        return lines[start..<end].joined(separator: "\n")
    }

    @Test(arguments: ["zoetermeer", "voorbeeldgemeente"])
    func noGroupedNameInAnyScreenOrExport(dataset: String) throws {
        let source = DirectorySource(path: sampleData(dataset))
        let r = DatasetLoader.load(from: source)
        let ds = try #require(r.dataset)
        var checkedGroups = 0, htmlCellsSeen = 0
        for year in Metrics.selectableYears(ds) {
            let s = Metrics.summary(ds, year: year, warnings: r.diagnostics)
            let (afdelingen, doelgroepen) = Self.occurring(ds, year: year)
            let q = s.quotum.selected
            let groupedAfd = afdelingen.subtracting(q.perAfdeling?.names ?? [])
            let groupedGroep = doelgroepen.subtracting(q.perDoelgroep?.names ?? [])
            if !groupedAfd.isEmpty { checkedGroups += 1 }
            for l in Language.allCases {
                let detail = Presenter.detail(.quotum, s, language: l)
                let shownRows = detail.breakdowns.filter { ["per_afdeling", "per_doelgroep"].contains($0.key) }.flatMap(\.rows).map { $0[0] }
                for name in groupedAfd { #expect(!shownRows.contains(name), "\(dataset) \(year): grouped department \(name) listed") }
                for g in groupedGroep {
                    let label = TargetGroup(rawValue: g)?.label(l) ?? g
                    #expect(!shownRows.contains(label), "\(dataset) \(year): grouped target group \(label) listed")
                }
                #expect(!shownRows.contains("–"))
                for board in DashboardCatalog.builtIn {
                    let context = try ExportContext(source: source, exportDate: fixedExportDate, toolVersion: "0.0.0-test", language: l)
                    let md = MarkdownExport.render(s, dashboard: board, context: context)
                    for panel in board.panels where panel.parameter == .quotum {
                        let quotum = Self.section(md, panel.title(l))
                        // A view (weergave) of the quotum shows other tables; the plain panel shows the departments.
                        if panel.view == nil {
                            #expect(quotum.contains(l.pick("Per afdeling", "Per department")), "\(board.name): quotum section found")
                        } else {
                            #expect(!quotum.isEmpty, "\(board.name): quotum view section found")
                        }
                        for name in groupedAfd { #expect(!quotum.contains(name), "\(dataset) \(year) \(board.name): \(name) in the Markdown export") }
                    }
                    let html = HTMLExport.render(s, dashboard: board, context: context)
                    // Contract departments (SROI, not personal) may carry the same names.
                    for name in groupedAfd where !(ds.contracten ?? []).contains(where: { $0.afdeling == name }) {
                        #expect(!html.contains(">\(name)</t"), "\(dataset) \(year) \(board.name): \(name) in an HTML table")
                    }
                    if let shown = q.perAfdeling?.names.first, html.contains(">\(shown)</t") { htmlCellsSeen += 1 }
                }
            }
        }
        #expect(checkedGroups > 0, "the sample data must exercise grouping")
        #expect(htmlCellsSeen > 0, "the HTML check looks where department names are shown")
    }
}
