import Foundation
import RaadsMetrics
import Testing
@testable import RaadsPresentation

private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite struct DashboardFileTests {
    func parse(_ text: String) -> (Dashboard?, [String]) {
        let (d, diags) = DashboardFile.parse(text, file: "mijn.toml", defaultName: "mijn")
        return (d, diags.map(\.description))
    }

    @Test func builtInDashboardsAreValidAndEqualTheFiles() throws {
        for name in ["raad", "griffie", "portefeuillehouder", "opbrengst"] {
            let path = root.appendingPathComponent("dashboards/\(name).toml").path
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let (fromFile, diags) = DashboardFile.parse(text, file: path, defaultName: name)
            #expect(diags.isEmpty, "\(diags)")
            #expect(DashboardCatalog.builtInFiles["\(name).toml"] == text, "add the file to DashboardCatalog.builtInFiles")
            #expect(fromFile?.name == name)
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("dashboards").path).filter { $0.hasSuffix(".toml") }
        #expect(Set(files) == Set(DashboardCatalog.builtInFiles.keys), "every file in dashboards/ is built in")
        let builtIn = DashboardCatalog.builtIn
        #expect(builtIn.map(\.name) == ["raad", "griffie", "portefeuillehouder", "opbrengst"])
        #expect(builtIn[0].panels.map(\.parameter) == ParameterID.allCases, "the council's overview holds the seven parameters")
        #expect(builtIn[1].showQuestions && builtIn[1].showDataQuality)
    }

    @Test func aUsersThreePanelDashboard() throws {
        let (d, diags) = parse(
            """
            titel = "Mijn overzicht"
            [[paneel]]
            parameter = "sroi_naleving"
            volgorde = 2
            [[paneel]]
            parameter = "quotum"
            titel = "Banen bij de gemeente"
            volgorde = 1
            [paneel.drempels]
            op_koers = 1.0
            risico = 0.5
            [[paneel]]
            parameter = "duurzaamheid"
            doel = 40
            volgorde = 3
            """)
        #expect(diags.isEmpty)
        let dash = try #require(d)
        #expect(dash.name == "mijn")
        #expect(dash.panels.map(\.parameter) == [.quotum, .sroiNaleving, .duurzaamheid])

        let r = DatasetLoader.load(from: DefaultDataset.source)
        let s = Metrics.summary(try #require(r.dataset), year: 2019)
        let tiles = Presenter.tiles(s, dashboard: dash, language: .nl)
        #expect(tiles.map(\.title) == ["Banen bij de gemeente", "SROI-naleving", "Duurzaamheid van de banen"])
        #expect(tiles[0].status == .risico, "30,7 of 31,1 with risico from 50 %")
        #expect(tiles[2].status == .achter, "35,0 % against 40 % is below 90 %")
        let standard = Presenter.tiles(s, dashboard: .allParameters, language: .nl)
        #expect(standard[1].status == .onbekend, "duurzaamheid has no target of its own")
    }

    @Test func validationDiagnosticsAsExactStrings() {
        let (d, diags) = parse(
            """
            tilte = "x"
            [[paneel]]
            parameter = "qoutum"
            [[paneel]]
            parameter = "fonds_bovenformatief"
            grafiek = "taart"
            uitsplitsingen = ["per_afdeling"]
            doel = 3
            [paneel.drempels]
            op_koers = 0.8
            risico = 0.9
            [[paneel]]
            titel = "zonder parameter"
            volgorde = "eerst"
            """)
        #expect(d == nil)
        #expect(
            diags == [
                "mijn.toml:1: error: onbekende sleutel 'tilte'; bedoeld is waarschijnlijk 'titel'",
                "mijn.toml:3: error: onbekende parameter \"qoutum\"; bedoeld is waarschijnlijk 'quotum'",
                "mijn.toml:6: error: 'paneel.grafiek' moet een van staven, lijn, geen zijn",
                "mijn.toml:7: error: onbekende uitsplitsing 'per_afdeling' voor fonds_bovenformatief; kies uit: regels, posten, per_plaatsing, banenafspraak",
                "mijn.toml:8: error: 'paneel.doel' kan alleen bij duurzaamheid (de andere parameters hebben hun doel in de gegevens)",
                "mijn.toml:9: error: 'drempels.risico' (0.9) moet kleiner dan of gelijk aan 'drempels.op_koers' (0.8) zijn",
                "mijn.toml:12: error: paneel 3 mist 'parameter' (een van: quotum, duurzaamheid, fonds_bovenformatief, sroi_realisatie, sroi_naleving, regio_garantiebanen, informatievoorziening)",
            ])
    }

    @Test func syntaxErrorsAndEmptyDashboards() {
        #expect(parse("titel = \n").1 == ["mijn.toml:1:9: error: ongeldige TOML: verwacht een waarde na '='"])
        #expect(parse("titel = \"x\"\n").1 == ["mijn.toml:1: error: het dashboard heeft geen panelen; voeg ten minste één [[paneel]] met een parameter toe"])
        #expect(
            parse("[[paneel]]\nparameter = \"quotum\"\n[paneel.drempels]\nopkoers = 1\n").1 == [
                "mijn.toml:4: error: onbekende sleutel 'paneel.drempels.opkoers'; bedoeld is waarschijnlijk 'op_koers'"
            ])
    }

    @Test func builtInByName() throws {
        #expect(DashboardCatalog.builtIn(named: "griffie")?.0?.name == "griffie")
        #expect(DashboardCatalog.builtIn(named: "bestaatniet") == nil)
        #expect(DashboardCatalog.builtInNames == ["griffie", "opbrengst", "portefeuillehouder", "raad"])
        #expect(
            DashboardCatalog.unknown("bestaatniet").description
                == "bestaatniet:1: error: onbekend dashboard 'bestaatniet'; kies een van: griffie, opbrengst, portefeuillehouder, raad, of geef het pad van een .toml-bestand"
        )
        let (none, diags) = DashboardFile.parse(bytes: [0x5B, 0xFF, 0x5D], file: "x.toml", defaultName: "x")
        #expect(none == nil)
        #expect(diags.map(\.description) == ["x.toml:1: error: dashboardbestand bevat ongeldige UTF-8-tekens"])
    }

    @Test func panelDetailFiltersBreakdownsAndAddsTheKeyFigure() throws {
        let r = DatasetLoader.load(from: DefaultDataset.source)
        let s = Metrics.summary(try #require(r.dataset), year: 2020)
        let panel = DashboardPanel(parameter: .quotum, breakdowns: ["per_doelgroep"], keyFigure: "sebo_keurmerken")
        let d = Presenter.detail(panel, s, language: .nl)
        #expect(d.breakdowns.map(\.key) == ["per_doelgroep", "kengetal"])
        #expect(d.tile.keyFigure == "SEBO-keurmerken: 56 ondernemers (17-06-2019)")
    }
}

@Suite struct NumberFormatTests {
    @Test func dutchAndEnglish() {
        #expect(NumberFormat.decimal(27.4) == "27,4")
        #expect(NumberFormat.decimal(33.69) == "33,7")
        #expect(NumberFormat.decimal(0.05) == "0,1")
        #expect(NumberFormat.decimal(1234.56, digits: 2) == "1.234,56")
        #expect(NumberFormat.euro(153_000) == "€ 153.000")
        #expect(NumberFormat.euro(2_300.49) == "€ 2.300")
        #expect(NumberFormat.integer(1031) == "1.031")
        #expect(NumberFormat.percent(97.4) == "97,4 %")
        #expect(NumberFormat.decimal(27.4, language: .en) == "27.4")
        #expect(NumberFormat.euro(153_000, language: .en) == "€153,000")
        #expect(NumberFormat.compact(741.5) == "741,5")
        #expect(NumberFormat.compact(1031) == "1.031")
    }

    @Test func aYearBeforeTheDataSaysWhereTheSeriesStarts() throws {
        let r = DatasetLoader.load(from: DefaultDataset.source)
        let s = Metrics.summary(try #require(r.dataset), year: 2010)
        let d = Presenter.detail(.quotum, s, language: .nl)
        #expect(d.tile.valueText == "geen gegevens")
        #expect(d.caveats.contains("Voor 2010 zijn er geen gegevens; de reeks begint in 2018."))
        #expect(!d.caveats.contains { $0.contains("zonder proefplaatsingen –") }, "no caveat about a figure that does not exist")
    }

    @Test func statusIsNeverColourAlone() {
        for st in Status.allCases {
            #expect(!st.word(.nl).isEmpty && !st.symbol(unicode: true).isEmpty && !st.symbol(unicode: false).isEmpty)
        }
        #expect(Status.opKoers.word(.nl) == "op koers")
        #expect(Status.onbekend.word(.nl) == "geen gegevens")
    }

    @Test func missingValuesAreNeverShownAsZero() throws {
        let r = DatasetLoader.load(from: DefaultDataset.source)
        let s = Metrics.summary(try #require(r.dataset), year: 2020)
        let tiles = Presenter.tiles(s, language: .nl)
        #expect(tiles.first { $0.id == .sroiRealisatie }?.valueText == "geen gegevens")
        #expect(tiles.first { $0.id == .regioGarantiebanen }?.valueText == "geen gegevens")
        #expect(tiles.first { $0.id == .quotum }?.valueText == "33,7 fte")
        #expect(tiles.first { $0.id == .quotum }?.targetText == "doel 34,6 fte · ambtelijk")
    }
}

/// Issue 13: the per-parameter facts are the one source of titles, files and breakdown keys,
/// and they agree with what the detail views build.
@Suite struct ParameterFactsTests {
    @Test(arguments: ["zoetermeer", "voorbeeldgemeente"])
    func everyBreakdownOfADetailIsAKnownKey(dataset: String) throws {
        let r = DatasetLoader.load(from: DirectorySource(path: sampleData(dataset)))
        let ds = try #require(r.dataset)
        let s = Metrics.summary(ds, year: ds.info.peildatum.year, warnings: r.diagnostics)
        for id in ParameterID.allCases {
            let keys = Presenter.detail(id, s, language: .nl).breakdowns.map(\.key).filter { !$0.isEmpty }
            #expect(Set(keys).isSubset(of: Set(id.facts.breakdownKeys)), "\(id): \(keys) not all in \(id.facts.breakdownKeys)")
            #expect(id.title(.nl) == id.titel && id.title(.en) == id.facts.titleEN)
            #expect(Presenter.files(id) == id.facts.inputFiles)
        }
    }

    /// The table of presentations (`ParameterID.presentation`) sends each parameter to its own
    /// type, and each view to a detail of its own parameter.
    @Test(arguments: ["zoetermeer", "voorbeeldgemeente"])
    func everyParameterAndViewHasItsOwnPresentation(dataset: String) throws {
        let r = DatasetLoader.load(from: DirectorySource(path: sampleData(dataset)))
        let ds = try #require(r.dataset)
        let s = Metrics.summary(ds, year: ds.info.peildatum.year, warnings: r.diagnostics)
        for id in ParameterID.allCases {
            #expect(id.presentation.tile(s, .nl).id == id)
            #expect(Presenter.detail(id, s, language: .nl).tile.id == id)
        }
        for v in PanelView.allCases {
            #expect(Presenter.viewDetail(v, s, .nl).tile.id == v.parameter, "\(v)")
            #expect(Presenter.viewTile(v, s, .nl) == Presenter.viewDetail(v, s, .nl).tile, "\(v)")
        }
    }
}
