import Foundation
import RaadsMetrics
import Testing

@testable import RaadsPresentation

/// Issue 10, "Statuses and figures that contradict each other" and "Words": what the detail
/// views and exports say must agree with the headline, and read as Dutch (or English).
@Suite struct FiguresAgreeTests {
    static let boards = ["raad", "griffie", "portefeuillehouder", "opbrengst"]

    /// The status column of a series table's row for `year` (the last cell).
    static func rowStatus(_ d: Detail, year: Int) -> String? {
        d.seriesTable.rows.first { $0.first.map { $0 == String(year) || $0.hasPrefix("\(year) (") } ?? false }?.last
    }

    /// On every built-in dashboard and both samples, in every year: the selected year's row says
    /// exactly what the headline says.
    @Test(arguments: ["zoetermeer", "voorbeeldgemeente"])
    func theSelectedYearsRowSaysWhatTheHeadlineSays(dataset: String) throws {
        for year in 2018...2024 {
            let (s, _) = try sample(dataset, year: year)
            for name in Self.boards {
                for panel in try builtIn(name).panels where panel.view == nil && panel.parameter != .fondsBovenformatief {
                    let d = Presenter.detail(panel, s, language: .nl)
                    guard let row = Self.rowStatus(d, year: year) else { continue }
                    if panel.parameter == .sroiRealisatie, row.hasSuffix("loopt nog") { continue }
                    #expect(row == "\(d.tile.status.symbol(unicode: true)) \(d.tile.statusText)", "\(dataset) \(name) \(panel.parameter) \(year)")
                }
            }
        }
    }

    /// The portefeuillehouder's duurzaamheid target applies to every year: 2023 at 52,6 % is
    /// on track, 2022 at 41,7 % behind — no "geen gegevens" next to a figure.
    @Test func aDashboardTargetJudgesEveryYear() throws {
        let (s, _) = try sample("voorbeeldgemeente")
        let panel = try #require(try builtIn("portefeuillehouder").panels.first { $0.parameter == .duurzaamheid })
        let d = Presenter.detail(panel, s, language: .nl)
        #expect(Self.rowStatus(d, year: 2023) == "✔ op koers")
        #expect(Self.rowStatus(d, year: 2022) == "✖ achter")
        #expect(Self.rowStatus(d, year: 2024) == "▲ risico")
        #expect(d.tile.statusText == "risico")
        for row in d.seriesTable.rows where row[1] != "–" { #expect(!row.last!.contains("geen gegevens"), "\(row)") }
    }

    /// Without a target a figure is "geen doel" in the rows, as in the headline.
    @Test func noTargetReadsTheSameInRowsAndHeadline() throws {
        let (s, _) = try sample("zoetermeer")
        let panel = try #require(try builtIn("raad").panels.first { $0.parameter == .duurzaamheid })
        let d = Presenter.detail(panel, s, language: .nl)
        #expect(d.tile.statusText == "geen doel")
        #expect(Self.rowStatus(d, year: 2018) == "? geen doel")
        #expect(Self.rowStatus(d, year: 2020) == "? geen doel")
    }

    /// The portefeuillehouder's 95 % threshold judges the quota's rows too, not only the headline.
    @Test func aDashboardsThresholdsJudgeTheRows() throws {
        let (s, _) = try sample("zoetermeer", year: 2020)
        let raad = try #require(try builtIn("raad").panels.first { $0.parameter == .quotum })
        let pfh = try #require(try builtIn("portefeuillehouder").panels.first { $0.parameter == .quotum })
        // 33,7 of 34,6 fte is 97 %: risico at 90 %, and also at 95 %.
        #expect(Self.rowStatus(Presenter.detail(raad, s, language: .nl), year: 2020) == "▲ risico")
        #expect(Self.rowStatus(Presenter.detail(pfh, s, language: .nl), year: 2020) == "▲ risico")
        var strict = pfh
        strict.thresholds = Thresholds(opKoers: 1.0, risico: 0.98)
        let d = Presenter.detail(strict, s, language: .nl)
        #expect(d.tile.status == .achter)
        #expect(Self.rowStatus(d, year: 2020) == "✖ achter")
    }

    /// voorbeeldgemeente sets its targets in banen, fte and personen: the chart is in banen,
    /// with only the targets in banen, and says so.
    @Test func theQuotaChartHasOneUnit() throws {
        let (s, _) = try sample("voorbeeldgemeente")
        let t = Presenter.tile(.quotum, s, language: .nl)
        #expect(t.series.map(\.waarde) == s.quotum.reeks.map(\.banen))
        #expect(t.series.map(\.doel) == s.quotum.reeks.map { $0.eenheid == .banen ? $0.doel : nil })
        let note = try #require(t.chartNote)
        #expect(note.contains("banen (de wettelijke eenheid)"))
        let (z, _) = try sample("zoetermeer")
        #expect(Presenter.tile(.quotum, z, language: .nl).chartNote == nil, "one unit: the chart shows the target's unit")
        // The text summary names the unit of its series too.
        #expect(
            TextSummary.render(s, language: .nl).contains(
                "Verloop in banen (de doelen staan niet elk jaar in dezelfde eenheid): 2020: 1,4 · 2021: 5,3 · 2022: 10,6 · 2023: 19,0 · 2024*: 26,6"))
        #expect(TextSummary.render(z, language: .nl).contains("Verloop: 2018: 13,6 · 2019: 30,7 · 2020: 33,7"))
    }

    /// The fund's status is judged against 100 % used: the tile, the table and the caveats say so.
    @Test func theFundShowsWhatItIsJudgedAgainst() throws {
        let (s, _) = try sample("zoetermeer")
        let panel = try #require(try builtIn("raad").panels.first { $0.parameter == .fondsBovenformatief })
        let d = Presenter.detail(panel, s, language: .nl)
        #expect(d.tile.note == "doel: alles besteed · totaal t/m 31-12-2020")
        #expect(d.tile.targetText == "€ 2.300 van € 153.000 · doel 100 %", "the compact tile (80×24) shows the target too")
        #expect(Presenter.tile(.fondsBovenformatief, s, language: .en).targetText == "€2,300 of €153,000 · target 100%")
        #expect(d.seriesTable.headers.contains("doel"))
        #expect(d.seriesTable.rows.first == ["€ 153.000", "€ 2.300", "1,5 %", "100,0 %", "✖ achter"])
        #expect(
            d.caveats.contains(
                "Status: op koers vanaf 100 % van het beschikbare geld (doel: alles besteed), risico vanaf 90 %, achter daaronder (de standaarddrempels van het aanleverformaat)."
            ))
    }

    /// "1 van 1 met cijfers ▲ risico" says what is missing.
    @Test func informatievoorzieningSaysWhatIsMissing() throws {
        let (s, _) = try sample("voorbeeldgemeente")
        let t = Presenter.tile(.informatievoorziening, s, language: .nl)
        #expect(t.status == .risico)
        #expect(t.targetText == "geen cijfers over SROI")
        #expect(t.note == "genoemd: banenafspraak 1× · SROI 0× · budget 1×")
        #expect(Presenter.tile(.informatievoorziening, s, language: .en).targetText == "no figures on SROI")
        let (z, _) = try sample("zoetermeer")
        #expect(Presenter.tile(.informatievoorziening, z, language: .nl).targetText == "cijfers over alle drie ontbreken")
        // Every combination fits a tile's 36 columns.
        for b in [0, 1] {
            for r in [0, 1] {
                for g in [0, 1] {
                    var i = s.informatie.selected
                    (i.banenafspraakCijfers, i.sroiCijfers, i.metBudget) = (b, r, g)
                    for l in Language.allCases {
                        let text = Presenter.Informatie.missingFigures(i, l)
                        #expect((text == nil) == (b + r + g == 3))
                        #expect((text?.count ?? 0) <= 36, "\(text ?? "")")
                    }
                }
            }
        }
        var two = s.informatie.selected
        (two.banenafspraakCijfers, two.sroiCijfers, two.metBudget) = (1, 0, 0)
        #expect(Presenter.Informatie.missingFigures(two, .nl) == "geen cijfers over SROI en budget")
        (two.banenafspraakCijfers, two.sroiCijfers, two.metBudget) = (0, 0, 1)
        #expect(Presenter.Informatie.missingFigures(two, .nl) == "alleen cijfers over budget")
    }

    /// Each detail states the thresholds that apply to it, from the dashboard file or the default.
    @Test func theDetailStatesItsThresholds() throws {
        let (s, _) = try sample("voorbeeldgemeente")
        let pfh = try #require(try builtIn("portefeuillehouder").panels.first { $0.parameter == .quotum })
        #expect(
            Presenter.detail(pfh, s, language: .nl).caveats.contains(
                "Status: op koers vanaf 100 % van het doel van het jaar, risico vanaf 95 %, achter daaronder (drempels uit dit dashboardbestand)."))
        let raad = try #require(try builtIn("raad").panels.first { $0.parameter == .quotum })
        #expect(
            Presenter.detail(raad, s, language: .en).caveats.contains(
                "Status: on track from 100% of the year's target, at risk from 90%, behind below that (the data contract's default thresholds)."))
        let info = try #require(try builtIn("raad").panels.first { $0.parameter == .informatievoorziening })
        #expect(Presenter.detail(info, s, language: .nl).caveats.contains { $0.hasPrefix("Status: op koers als de raad cijfers kreeg") })
    }

    /// The per-department table says its year and, under an fte headline, shows fte too.
    @Test func thePerDepartmentTableHasTheHeadlinesUnitAndYear() throws {
        let (s, _) = try sample("zoetermeer", year: 2020)
        #expect(s.quotum.selected.eenheid == .fte)
        let d = Presenter.detail(.quotum, s, language: .nl)
        let t = try #require(d.breakdowns.first { $0.key == "per_afdeling" })
        #expect(t.title == "Per afdeling in 2020")
        #expect(t.headers == ["afdeling", "personen", "banen", "fte"])
        // The fte of the rows add up to the headline (rounding aside).
        let fte = t.rows.compactMap { Double($0[3].replacingOccurrences(of: ",", with: ".")) }.reduce(0, +)
        #expect(abs(fte - s.quotum.selected.waarde!) < 0.1 * Double(t.rows.count))
        let (v, _) = try sample("voorbeeldgemeente")
        let b = try #require(Presenter.detail(.quotum, v, language: .nl).breakdowns.first { $0.key == "per_afdeling" })
        #expect(b.title == "Per afdeling in 2024 (t/m 30-09)")
        #expect(b.headers == ["afdeling", "personen", "banen"], "a headline in banen needs no fte column")
    }
}

@Suite struct WordsTests {
    static func export(_ dataset: String, _ board: String, _ l: Language) throws -> String {
        let (s, context) = try sample(dataset, language: l)
        return MarkdownExport.render(Snapshot(s, dashboard: try builtIn(board), context: context))
    }

    @Test func seboKeurmerkenIsWrittenAsAName() throws {
        let (s, _) = try sample("zoetermeer")
        let panel = try #require(try builtIn("raad").panels.first { $0.parameter == .sroiNaleving })
        #expect(Presenter.tile(panel, s, language: .nl).keyFigure == "SEBO-keurmerken: 56 ondernemers (17-06-2019)")
        #expect(Presenter.tile(panel, s, language: .en).keyFigure == "SEBO quality marks: 56 businesses (17 June 2019)")
        #expect(Presenter.keyFigureName("aantal_jobcoaches_in_dienst", .nl) == "Aantal jobcoaches in dienst")
    }

    @Test func targetGroupsAreProperNames() throws {
        let nl = try Self.export("voorbeeldgemeente", "raad", .nl)
        for name in ["Wajong", "Participatiewet", "doelgroepregister"] { #expect(nl.contains("| \(name) |"), "\(name)") }
        let zoetermeer = try Self.export("zoetermeer", "raad", .nl)
        for name in ["Wajong", "Wsw", "Participatiewet"] { #expect(zoetermeer.contains("| \(name) |"), "\(name)") }
        for raw in ["| wajong |", "| wsw |", "| participatiewet |"] { #expect(!nl.contains(raw) && !zoetermeer.contains(raw)) }
    }

    @Test func noDoubleNa() throws {
        let (s, _) = try sample("voorbeeldgemeente")
        let d = Presenter.detail(.sroiNaleving, s, language: .nl)
        #expect(d.caveats.contains("Een contract zonder prestatie telt pas 90 dagen na de gunning als 'geen registratie'."))
    }

    /// No export points a council member into the source tree; each question says its rule.
    @Test(arguments: ["zoetermeer", "voorbeeldgemeente"])
    func questionsExplainTheirRule(dataset: String) throws {
        for l in Language.allCases {
            let text = try Self.export(dataset, "griffie", l)
            #expect(!text.contains("docs/vragen.md"))
            #expect(text.contains(l.pick("_Waarom deze vraag: ", "_Why this question: ")))
        }
        #expect(!(try Self.export("voorbeeldgemeente", "opbrengst", .nl)).contains("docs/vragen.md"))
        for id in Questions.ruleIDs { #expect(Questions.rule(id, .nl) != id && Questions.rule(id, .en) != id) }
    }

    /// English mode is English: no Dutch kinds, no odd phrases.
    @Test(arguments: ["zoetermeer", "voorbeeldgemeente"])
    func englishIsEnglish(dataset: String) throws {
        for board in ["raad", "griffie", "portefeuillehouder", "opbrengst"] {
            let text = try Self.export(dataset, board, .en)
            for dutch in [
                "| soort |", "| begroting |", "| uitgave |", "legally", "volume 20", "Volume 20", "moved on", "| europees |",
                "rapportage_sociaal_domein", "raadsinformatiebrief |", "sebo keurmerken", "ondernemers",
            ] {
                #expect(!text.contains(dutch), "\(dataset) \(board): \(dutch)")
            }
        }
        let (s, _) = try sample("zoetermeer")
        #expect(Presenter.tile(.quotum, s, language: .en).note == "legal count: 47.6 jobs of 25.5 hours")
        #expect(Presenter.tile(.duurzaamheid, s, language: .en).targetText == "41 employed · 2 on to a contract")
    }

    /// One Dutch date form (dd-mm-jjjj) and one English form, in every export.
    @Test(arguments: ["zoetermeer", "voorbeeldgemeente"])
    func oneDateForm(dataset: String) throws {
        let iso = try Regex(#"\b\d{4}-\d{2}-\d{2}\b"#)
        let unpadded = try Regex(#"(^|[^\d-])(\d-\d{1,2}|\d{1,2}-\d)-\d{4}\b"#)
        // Free text the municipality delivered (a source, "Raadsbesluit 14-3-2024") is quoted as is.
        let (s, _) = try sample(dataset)
        let delivered = ([s.dataset.bron] + s.quotum.reeks.map(\.doelBron)).compactMap { $0 }
        for board in ["raad", "griffie", "portefeuillehouder", "opbrengst"] {
            for l in Language.allCases {
                let text = try Self.export(dataset, board, l).split(separator: "\n")
                    .filter { line in !delivered.contains { line.contains($0) } }.joined(separator: "\n")
                #expect(text.firstMatch(of: iso) == nil, "\(dataset) \(board) \(l): \(text.firstMatch(of: iso).map { String(text[$0.range]) } ?? "")")
                #expect(text.firstMatch(of: unpadded) == nil, "\(dataset) \(board) \(l): \(text.firstMatch(of: unpadded).map { String(text[$0.range]) } ?? "")")
            }
        }
        let d = Day(year: 2021, month: 6, day: 1)!
        #expect(NumberFormat.date(d, language: .nl) == "01-06-2021")
        #expect(NumberFormat.date(d, language: .en) == "1 June 2021")
    }

    /// Budget posts by name, not by their id in budget.csv.
    @Test(arguments: [Language.nl, .en])
    func budgetPostsHaveNames(language l: Language) throws {
        for board in ["raad", "griffie", "portefeuillehouder", "opbrengst"] {
            let text = try Self.export("voorbeeldgemeente", board, l)
            #expect(!text.contains("social_return_team"), "\(board)")
            #expect(!text.contains("Post banenafspraak"), "\(board)")
        }
        #expect(try Self.export("voorbeeldgemeente", "portefeuillehouder", .nl).contains("**Budgetpost Social-returnteam**"))
        #expect(try Self.export("voorbeeldgemeente", "portefeuillehouder", .en).contains("**Budget line: Social return team**"))
    }
}
