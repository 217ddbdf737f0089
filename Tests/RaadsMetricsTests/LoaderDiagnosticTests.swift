import Testing
@testable import RaadsMetrics

/// Loader diagnostics, asserted as the exact strings a user sees.
@Suite struct LoaderDiagnosticTests {
    @Test func wrongTypesAndValuesNameFileLineColumnExpectedAndFound() {
        let r = load([
            "plaatsingen.csv": """
            plaatsing_id;persoon;afdeling;soort;start;einde;uren_per_week;bovenformatief;doelgroep
            P1;A1;Griffie;vast;1-1-2020;;twintig;nee;wajong
            P2;A2;Griffie;stage;2020-02-30;;25.5;misschien;
            P1;A3;;vast;1-1-2020;1-1-2019;0;ja;wsw
            """
        ])
        #expect(
            printed(r) == [
                "plaatsingen.csv:2:7: error: 'uren_per_week' moet een getal met een decimale komma (zoals 27,4 of 1.234,56) zijn, gevonden: een tekst van 7 tekens (niet herhaald: plaatsingen.csv bevat persoonsgegevens)",
                "plaatsingen.csv:3:4: error: 'soort' moet een van deze waarden zijn: proefplaatsing, tijdelijk, vast, detachering; gevonden: een tekst van 5 tekens (niet herhaald: plaatsingen.csv bevat persoonsgegevens)",
                "plaatsingen.csv:3:5: error: 'start' is geen bestaande datum, gevonden: \"2020-02-30\"",
                "plaatsingen.csv:3:7: error: 'uren_per_week' moet een getal met een decimale komma (zoals 27,4 of 1.234,56) zijn, gevonden: \"25.5\"",
                "plaatsingen.csv:3:8: error: 'bovenformatief' moet ja of nee zijn (ook j/n, waar/onwaar, true/false, yes/no, 1/0), gevonden: een tekst van 9 tekens (niet herhaald: plaatsingen.csv bevat persoonsgegevens)",
                "plaatsingen.csv:4:1: error: 'plaatsing_id' komt al voor op regel 2; elke waarde mag maar één keer voorkomen",
                "plaatsingen.csv:4:3: error: 'afdeling' is verplicht maar leeg",
                "plaatsingen.csv:4:6: error: 'einde' (01-01-2019) ligt vóór 'start' (01-01-2020); einde is de laatst gewerkte dag",
                "plaatsingen.csv:4:7: error: 'uren_per_week' moet groter dan 0 en hoogstens 60 zijn, gevonden: \"0\"",
            ])
        #expect(r.dataset?.plaatsingen?.isEmpty == true, "rows with errors are not used")
    }

    @Test func headerProblems() {
        let r = load([
            "doelen.csv": "jaar,indicator,doel,doel,opmerking\n2020,quotum_banenafspraak,3,3,x\n",
            "regio.csv": "arbeidsmarktregio;jaar;sector;bsn\nX;2020;markt;123\n",
            "Budget.csv": "jaar\n",
        ])
        #expect(
            printed(r) == [
                // In order of line and column: the whole-header errors (column 1) come first.
                "doelen.csv:1:1: error: verplichte kolom 'eenheid' ontbreekt in de kopregel",
                "doelen.csv:1:1: error: verplichte kolom 'vastgesteld_door' ontbreekt in de kopregel",
                "doelen.csv:1:4: error: kolom 'doel' staat twee keer in de kopregel (kolom 3 en 4)",
                "doelen.csv:1:5: warning: onbekende kolom 'opmerking' wordt genegeerd (bekende kolommen: jaar, indicator, doel, eenheid, vastgesteld_door, bron, toelichting)",
                "regio.csv:1:4: error: kolom 'bsn' bevat persoonsgegevens en hoort niet in een raadsdashboard; de regels van dit bestand zijn niet gelezen",
                "Budget.csv:1:1: warning: onbekend bestand wordt genegeerd; bedoeld is waarschijnlijk 'budget.csv' (bestandsnamen in kleine letters)",
            ])
    }

    @Test func bsnAsPseudonymIsRefusedWithoutEchoingIt() {
        let r = load(["plaatsingen.csv": "plaatsing_id;persoon;afdeling;soort;start;uren_per_week\nP1;111222333;X;vast;1-1-2020;10\n"])
        #expect(printed(r) == ["plaatsingen.csv:2:2: error: 'persoon' is een BSN (9 cijfers die de elfproef doorstaan); gebruik een pseudoniem, nooit een BSN"])
    }

    @Test func extraFieldsAreErrorsOnlyWhenNotEmpty() {
        let r = load(["kengetallen.csv": "datum;kengetal;waarde\n1-6-2019;sebo_keurmerken;56;;\n1-6-2020;sebo_keurmerken;54;x\n"])
        #expect(
            printed(r) == [
                "kengetallen.csv:3:4: error: niet-lege waarde in kolom 4 zonder kolomnaam in de kopregel; geef de kolom een naam of maak het veld leeg"
            ])
    }

    @Test func referencesMustExist() {
        let r = load([
            "contracten.csv": "contract_id;procedure;categorie;gunningsdatum;aanneemsom;loonsom\nC1;europees;werken;1-1-2020;100.000;50.000\n",
            "bouwblokken.csv": "code;omschrijving;hoofdonderdeel;eenheid;waarde\nB1;Baan;banen;jaar;50.000\nE;Euro;maatschappelijk;euro;2\n",
            "sroi_prestaties.csv": "prestatie_id;contract_id;bouwblok;datum;aantal\nS1;C1;B1;1-2-2020;1\nS2;C9;B9;1-2-2020;1\n",
        ])
        #expect(
            printed(r) == [
                "bouwblokken.csv:3:5: error: 'waarde' moet 1 zijn bij eenheid euro (het aantal is dan het bedrag), gevonden: \"2\"",
                "sroi_prestaties.csv:3:2: error: 'contract_id' \"C9\" bestaat niet in contracten.csv",
                "sroi_prestaties.csv:3:3: error: 'bouwblok' \"B9\" bestaat niet in bouwblokken.csv",
            ])
    }

    @Test func referenceToAMissingFile() {
        let r = load(["sroi_prestaties.csv": "prestatie_id,contract_id,bouwblok,datum,aantal\nS1,C1,B1,2020-02-01,1\n"])
        #expect(
            printed(r) == [
                "sroi_prestaties.csv:2:2: error: 'contract_id' \"C1\" verwijst naar contracten.csv, maar dat bestand is niet aangeleverd",
                "sroi_prestaties.csv:2:3: error: 'bouwblok' \"B1\" verwijst naar bouwblokken.csv, maar dat bestand is niet aangeleverd",
            ])
    }

    @Test func secondQuotaTargetForAYearAndUnknownIndicator() {
        let r = load([
            "doelen.csv": """
            jaar;indicator;doel;eenheid;vastgesteld_door
            2020;quotum_banenafspraak;3;banen;raad
            2020;Quotum_Banenafspraak;4;banen;raad
            2020;iets_anders;4;banen;raad
            """
        ])
        #expect(
            printed(r) == [
                "doelen.csv:3:1: error: tweede doel 'quotum_banenafspraak' voor jaar 2020; het eerste staat op regel 2",
                "doelen.csv:4:2: warning: indicator 'iets_anders' is onbekend en wordt genegeerd (bekend: quotum_banenafspraak)",
            ])
    }

    @Test func multiLineRecordsReportTheirStartLine() {
        let r = load([
            "rapportages.csv":
                "rapportage_id;titel;datum;jaargang;banenafspraak;sroi\nR1;\"Titel\nover twee regels\";1-1-2020;2020;geen;geen\nR2;T;1-1-2020;20;geen;geen\n"
        ])
        #expect(printed(r) == ["rapportages.csv:4:4: error: 'jaargang' moet een jaartal van 1900 tot en met 2100 zijn (alleen cijfers), gevonden: \"20\""])
    }

    @Test func unknownLoonsomOnAPlichtigContractIsAWarning() {
        let r = load([
            "contracten.csv":
                "contract_id;procedure;categorie;gunningsdatum;aanneemsom;loonsom\nC1;europees;werken;1-1-2020;€ 100.000;\nC2;europees;leveringen;1-1-2020;100.000;\n"
        ])
        #expect(printed(r) == ["contracten.csv:2:6: warning: contract 'C1' is SROI-plichtig maar de loonsom is onbekend; gerekend met 5 % van de aanneemsom"])
    }

    @Test func datasetTomlErrorsNameTheKeysLine() {
        let r = load(
            [:],
            toml: """
                # comment
                naam = ""
                peildatum = "2020-12-31"
                extra = 1

                [normen]
                urennorm = 0
                loonsom_drempel = 30
                registratie_termijn_dagen = 90.5
                sebo_telt_als_voldaan = "ja"
                onbekend = 3
                [privacy]
                min_celgrootte = 0
                """)
        #expect(
            printed(r) == [
                "dataset.toml:1:1: error: verplichte sleutel 'fictief' ontbreekt (true als de gegevens verzonnen zijn, anders false)",
                "dataset.toml:2:1: error: 'naam' moet een niet-lege tekst tussen aanhalingstekens zijn, gevonden: tekst",
                "dataset.toml:3:1: error: 'peildatum' moet een TOML-datum zonder aanhalingstekens zijn; schrijf peildatum = 2020-12-31 (gevonden: tekst \"2020-12-31\")",
                "dataset.toml:4:1: warning: onbekende sleutel 'extra' wordt genegeerd",
                "dataset.toml:7:1: error: 'normen.urennorm' moet groter dan 0 en hoogstens 168 (uren per week) zijn, gevonden: 0",
                "dataset.toml:8:1: error: 'normen.loonsom_drempel' moet een aandeel van 0 tot en met 1 (0.30 = 30 %) zijn, gevonden: 30",
                "dataset.toml:9:1: error: 'normen.registratie_termijn_dagen' moet een geheel aantal dagen van 0 tot en met 3660 zijn, gevonden: 90.5",
                "dataset.toml:10:1: error: 'normen.sebo_telt_als_voldaan' moet true of false zijn, gevonden: tekst \"ja\"",
                "dataset.toml:11:1: warning: onbekende sleutel 'normen.onbekend' wordt genegeerd",
                "dataset.toml:13:1: error: 'min_celgrootte' moet een geheel getal van 1 of meer zijn, gevonden: 0",
            ])
    }

    @Test func tomlSyntaxErrorAndMissingFile() {
        #expect(
            printed(load([:], toml: "naam = \"x\"\npeildatum = 2020-12-31\nfictief = ja\n")) == [
                "dataset.toml:3:11: error: ongeldige TOML: ongeldige waarde 'ja'; tekst moet tussen aanhalingstekens staan"
            ])
        let r = DatasetLoader.load(from: InMemorySource(label: "x", texts: [:]))
        #expect(printed(r) == ["dataset.toml:1:1: error: bestand ontbreekt; elke dataset heeft een dataset.toml met naam, peildatum en fictief"])
    }

    @Test func wholeNumbersMayBeWrittenWithAZeroFraction() throws {
        let r = load([:], toml: tomlWith(extra: "[normen]\nregistratie_termijn_dagen = 60.0\n[privacy]\nmin_celgrootte = 3.0\n"))
        #expect(r.diagnostics.isEmpty)
        #expect(r.dataset?.norms.registratieTermijnDagen == 60)
        #expect(r.dataset?.minCellSize == 3)
    }

    @Test func normsAcceptIntegersWhereDecimalsAreShown() throws {
        let r = load([:], toml: tomlWith(extra: "[normen]\nurennorm = 26\nfte_uren = 36\nloonsom_drempel = 0\n"))
        #expect(r.diagnostics.isEmpty)
        #expect(r.dataset?.norms.urennorm == 26)
    }

    @Test func missingDirectory() {
        let r = DatasetLoader.load(from: DirectorySource(path: "/nonexistent/dir"))
        #expect(printed(r) == ["/nonexistent/dir:1:1: error: map '/nonexistent/dir' bestaat niet of is geen map"])
    }

    @Test func loadingNeverChangesTheFiles() throws {
        let dir = DirectorySource(path: sampleData("voorbeeldgemeente"))
        let before = try dir.fileNames().map { try dir.contents(of: $0) }
        _ = DatasetLoader.load(from: dir)
        #expect(try dir.fileNames().map { try dir.contents(of: $0) } == before)
    }

    @Test func sampleDatasetsAreValid() {
        for name in ["zoetermeer", "voorbeeldgemeente"] {
            let r = DatasetLoader.load(from: DirectorySource(path: sampleData(name)))
            #expect(!r.hasErrors, "\(name): \(r.diagnostics.errors)")
        }
    }
}

@Suite struct TOMLTests {
    @Test func parsesTheUsualForms() throws {
        let t = try TOML.parse(
            """
            a = "x\\ty" # c
            b = 'lit'
            c = 1_000
            d = 25.5
            e = true
            f = 2020-12-31
            g = [1, 2,
                 3]
            h = { x = 1, y.z = "q" }
            "quoted key" = 0x1F
            [t.u]
            v = \"\"\"
            multi
            line\"\"\"
            [[p]]
            n = 1
            [[p]]
            n = 2
            """)
        #expect(t["a"]?.value == .string("x\ty"))
        #expect(t["b"]?.value == .string("lit"))
        #expect(t["c"]?.value == .integer(1000))
        #expect(t["d"]?.value == .float(25.5))
        #expect(t["e"]?.value == .bool(true))
        #expect(t["f"]?.value == .date(Day(year: 2020, month: 12, day: 31)!))
        #expect(t["quoted key"]?.value == .integer(31))
        guard case .array(let g) = t["g"]?.value else { Issue.record("g"); return }
        #expect(g.map(\.value) == [.integer(1), .integer(2), .integer(3)])
        guard case .table(let tt) = t["t"]?.value, case .table(let u) = tt["u"]?.value else { Issue.record("t.u"); return }
        #expect(u["v"]?.value == .string("multi\nline"))
        #expect(u["v"]?.line == 12)
        guard case .array(let p) = t["p"]?.value else { Issue.record("p"); return }
        #expect(p.count == 2)
    }

    @Test func rejectsDuplicatesAndBadValues() {
        #expect(throws: TOML.ParseError.self) { try TOML.parse("a = 1\na = 2\n") }
        #expect(throws: TOML.ParseError.self) { try TOML.parse("[x]\n[x]\n") }
        #expect(throws: TOML.ParseError.self) { try TOML.parse("a = 2023-02-29\n") }
        #expect(throws: TOML.ParseError.self) { try TOML.parse("a = \"open\n") }
        #expect(throws: TOML.ParseError.self) { try TOML.parse("a = 1 b = 2\n") }
        #expect(throws: TOML.ParseError.self) { try TOML.parse("a = 01\n") }
    }
}
