import RaadsMetrics
import RaadsPresentation
import Testing

/// Issue 10: diagnostics in words, and the report of a refused dataset.
@Suite struct RefusalReportTests {
    static let broken = InMemorySource(
        label: "kapot",
        texts: [
            "dataset.toml": "naam = \"X\"\npeildatum = 2020-12-31\nfictief = false\n",
            "doelen.csv": "jaar;indicator;doel;eenheid;vastgesteld_door\n2020;quotum_banenafspraak;twee;fte;raad\n",
            "contracten.csv": "contract_id;procedure;categorie;gunningsdatum;aanneemsom;loonsom\nC1;openbaar;werken;1-1-2020;100;50\n",
            "sroi_prestaties.csv": "prestatie_id;contract_id;bouwblok;datum;aantal\nS1;C9;B1;1-2-2020;1\n",
            "bouwblokken.csv": "code;omschrijving;hoofdonderdeel;eenheid;waarde\nB1;Baan;banen;jaar;1\n",
        ])

    @Test func aDiagnosticInWords() {
        let d = Diagnostic.error("plaatsingen.csv", 14, 6, "'uren_per_week' moet een getal zijn")
        #expect(d.readable(.nl) == "plaatsingen.csv, regel 14, kolom 6: fout: 'uren_per_week' moet een getal zijn")
        #expect(d.readable(.en) == "plaatsingen.csv, line 14, column 6: error: 'uren_per_week' moet een getal zijn")
        let w = Diagnostic.warning("raad.toml", 3, nil, "onbekende sleutel")
        #expect(w.readable(.nl) == "raad.toml, regel 3: waarschuwing: onbekende sleutel")
        #expect(w.readable(.en) == "raad.toml, line 3: warning: onbekende sleutel")
    }

    /// Issue 13: a detail view picks its warnings by the diagnostic's file, not by reading the
    /// printed text back.
    @Test func aDetailShowsTheWarningsOfItsOwnFiles() throws {
        var s = try summary([:])
        s.waarschuwingen = [.warning("budget.csv", 4, 2, "x"), .warning("plaatsingen.csv", 5, 1, "y"), .warning("budget.csv.bak", 1, 1, "z")]
        let fund = Presenter.detail(.fondsBovenformatief, s, language: .nl)
        #expect(fund.warnings == [.warning("budget.csv", 4, 2, "x")])
        let quota = Presenter.detail(.quotum, s, language: .nl)
        #expect(quota.warnings == [.warning("plaatsingen.csv", 5, 1, "y")])
        #expect(fund.warnings.map { $0.readable(.nl) } == ["budget.csv, regel 4, kolom 2: waarschuwing: x"])
    }

    @Test func everyErrorHasItsPlaceWhatToDoAndTheParametersItAffects() {
        let result = DatasetLoader.load(from: Self.broken)
        let report = RefusalReport(label: "kapot", result: result)
        let items = report.items(.nl)
        #expect(items.map(\.diagnostic.file) == ["doelen.csv", "contracten.csv", "sroi_prestaties.csv"])
        #expect(items[0].hint == "Schrijf alleen cijfers (bij bedragen mag € ervoor); geen woorden of eenheden erachter.")
        #expect(items[0].parameters == [.quotum])
        #expect(items[1].hint == "Kies een van de genoemde waarden; hoofdletters maken niet uit.")
        #expect(items[1].parameters == [.sroiRealisatie, .sroiNaleving])
        #expect(items[2].hint?.hasPrefix("Voeg de regel met dit id toe") == true)
        #expect(RefusalReport.affected(file: "dataset.toml", .nl) == "alle parameters")
        #expect(RefusalReport.affected(file: "/pad/naar/map", .nl) == "alle parameters", "a folder that cannot be read")
        #expect(RefusalReport.affected(file: "normenkader.csv", .nl) == "het normenkader van de griffie (geen parameter)")
        #expect(RefusalReport.affected(file: "kengetallen.csv", .en) == ParameterID.sroiNaleving.title(.en))
        #expect(report.title(.nl) == "De dataset 'kapot' wordt niet getoond: 3 fouten")
        #expect(report.title(.en) == "The dataset 'kapot' is not shown: 3 errors")
    }

    @Test func theTextReportKeepsTheCompilerFormForScripts() throws {
        let report = RefusalReport(label: "kapot", result: DatasetLoader.load(from: Self.broken))
        let lines = report.textLines(.nl)
        #expect(lines.first == "De dataset 'kapot' wordt niet getoond: 3 fouten.")
        let i = try #require(lines.firstIndex { $0.hasPrefix("doelen.csv:2:3: error: ") })
        #expect(lines[i + 1] == "  Oplossen: Schrijf alleen cijfers (bij bedragen mag € ervoor); geen woorden of eenheden erachter.")
        #expect(lines[i + 2] == "  Raakt: Quotum banenafspraak")
        let en = report.textLines(.en)
        #expect(en.contains("  Affects: \(ParameterID.sroiRealisatie.title(.en)), \(ParameterID.sroiNaleving.title(.en))"))
    }
}
