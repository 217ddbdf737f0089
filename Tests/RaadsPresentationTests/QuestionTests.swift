import Testing
import RaadsMetrics
@testable import RaadsPresentation

let targets = "jaar;indicator;doel;eenheid;vastgesteld_door;bron\n"
let placements = "plaatsing_id;persoon;afdeling;soort;start;einde;uren_per_week;bovenformatief;doelgroep\n"
let budget = "jaar;post;soort;bedrag;omschrijving;datum\n"
let contracts = "contract_id;procedure;categorie;gunningsdatum;einddatum;aanneemsom;loonsom;sebo_keurmerk;ontheffing;extra_percentage\n"
let blocks = "code;omschrijving;hoofdonderdeel;eenheid;waarde\nEUR;Euro;maatschappelijk;euro;1\n"
let performances = "prestatie_id;contract_id;bouwblok;datum;aantal;geverifieerd\n"
let reports = "rapportage_id;titel;datum;jaargang;soort;banenafspraak;sroi\n"
let regions = "arbeidsmarktregio;jaar;sector;doel;gerealiseerd\n"

/// One full-time-equivalent baan (25,5 h) all of 2020.
let oneJob = placements + "P1;A;X;vast;1-1-2020;;25,5;;\n"

func questions(_ files: [String: String], toml: String = minimalToml, year: Int? = nil, language: Language = .nl) throws -> [Question] {
    Questions.evaluate(try summary(files, toml: toml, year: year), language: language)
}

func ids(_ qs: [Question]) -> [String] { qs.map(\.id) }

func question(_ id: String, _ qs: [Question], sourceLocation: SourceLocation = #_sourceLocation) throws -> Question {
    try #require(qs.first { $0.id == id }, "question \(id) did not fire; fired: \(ids(qs))", sourceLocation: sourceLocation)
}

@Suite struct QuestionRuleTests {
    // 1. fonds_onbenut
    @Test func fundHardlyUsedWhileTheQuotaIsMissed() throws {
        let base = ["plaatsingen.csv": oneJob, "doelen.csv": targets + "2020;quotum_banenafspraak;2;banen;raad;Raadsbesluit\n"]
        var files = base
        files["budget.csv"] = budget + "2020;bovenformatief_fonds;begroting;100.000;;\n2020;bovenformatief_fonds;uitgave;9.999;;1-6-2020\n"
        let q = try question("fonds_onbenut", questions(files))
        #expect(q.severity == .hoog)
        #expect(
            q.figures == [
                "Fonds: € 9.999 besteed van € 100.000 beschikbaar (10,0 %), t/m 31-12-2020",
                "Quotum 2020: 1,0 banen gerealiseerd, doel 2,0 banen (tekort 1,0 banen)",
            ])
        #expect(q.text.hasPrefix("Het bovenformatief fonds is voor 10,0 % benut, terwijl het quotum in 2020 niet is gehaald."))

        files["budget.csv"] = budget + "2020;bovenformatief_fonds;begroting;100.000;;\n2020;bovenformatief_fonds;uitgave;10.000;;1-6-2020\n"
        #expect(!ids(try questions(files)).contains("fonds_onbenut"), "10 % is not below the threshold")

        var met = files
        met["budget.csv"] = budget + "2020;bovenformatief_fonds;begroting;100.000;;\n"
        met["doelen.csv"] = targets + "2020;quotum_banenafspraak;1;banen;raad;\n"
        #expect(!ids(try questions(met)).contains("fonds_onbenut"), "quota met")
        #expect(!ids(try questions(base)).contains("fonds_onbenut"), "no budget.csv")
    }

    // 2. doel_ambtelijk
    @Test func targetSetByCivilServantsOnly() throws {
        let files = [
            "plaatsingen.csv": oneJob,
            "doelen.csv": targets + "2019;quotum_banenafspraak;1;banen;ambtelijk;\n2020;quotum_banenafspraak;2;banen;ambtelijk;Memo P&O\n",
        ]
        let q = try question("doel_ambtelijk", questions(files))
        #expect(q.figures == ["Doel 2020: 2,0 banen, vastgesteld door: ambtelijk", "Ook ambtelijk vastgesteld: 2019", "Bron: Memo P&O"])
        let college = ["plaatsingen.csv": oneJob, "doelen.csv": targets + "2020;quotum_banenafspraak;2;banen;college;\n"]
        #expect(!ids(try questions(college)).contains("doel_ambtelijk"))
        #expect(!ids(try questions(["plaatsingen.csv": oneJob])).contains("doel_ambtelijk"), "no target at all")
    }

    // 3. doel_eenheid
    @Test func targetInAnotherUnitThanTheLaws() throws {
        let fte = try question("doel_eenheid", questions(["plaatsingen.csv": oneJob, "doelen.csv": targets + "2020;quotum_banenafspraak;1;fte;raad;\n"]))
        #expect(
            fte.figures == [
                "Doel 2020: 1,0 fte (fte van 36,0 uur) ≈ 1,4 banen van 25,5 uur",
                "Gerealiseerd 2020: 0,7 fte = 1,0 banen van 25,5 uur",
            ])
        let persons = try question(
            "doel_eenheid", questions(["plaatsingen.csv": oneJob, "doelen.csv": targets + "2020;quotum_banenafspraak;3;personen;raad;\n"]))
        #expect(persons.figures.first == "Doel 2020: 3 personen (niet om te rekenen naar banen)")
        #expect(!ids(try questions(["plaatsingen.csv": oneJob, "doelen.csv": targets + "2020;quotum_banenafspraak;1;banen;raad;\n"])).contains("doel_eenheid"))
    }

    // 4. proefplaatsingen
    @Test func trialPlacementsCountedAlthoughTheLawDoesNot() throws {
        let counted = tomlWith(extra: "[normen]\nproefplaatsing_telt_mee = true")
        let trial = ["plaatsingen.csv": oneJob + "P2;B;X;proefplaatsing;1-1-2020;;25,5;;\n"]
        let q = try question("proefplaatsingen", questions(trial, toml: counted))
        #expect(q.figures == ["Met proefplaatsingen: 2,0 banen", "Wettelijke telling, zonder proefplaatsingen: 1,0 banen (1,0 minder)"])
        #expect(!ids(try questions(trial)).contains("proefplaatsingen"), "legal count: trial placements not counted")
        #expect(!ids(try questions(["plaatsingen.csv": oneJob], toml: counted)).contains("proefplaatsingen"), "no trial placement in the year")
    }

    // 5. sroi_onbekend
    @Test func sroiResultsUnknownWithoutAProcurementRegister() throws {
        let files = [
            "budget.csv": budget + "2020;social_return_team;begroting;50.000;;\n",
            "kengetallen.csv": "datum;kengetal;waarde\n1-6-2020;sebo_keurmerken;12\n",
        ]
        let q = try question("sroi_onbekend", questions(files))
        #expect(
            q.figures == [
                "Inkoopregister (contracten.csv): niet aangeleverd",
                "SROI-realisatie en SROI-naleving: geen gegevens",
                "Begroting Social-returnteam 2020: € 50.000",
                "SEBO-keurmerken: 12 (01-06-2020)",
            ])
        #expect(!ids(try questions(["contracten.csv": contracts])).contains("sroi_onbekend"), "an empty register is a register")
    }

    // 6. sroi_registratie
    @Test func registrationCoversFewerThanAllObligedContracts() throws {
        let files = [
            "contracten.csv": contracts
                + "C1;europees;werken;1-2-2020;;100.000;50.000;nee;nee;\nC2;europees;werken;1-3-2020;;100.000;50.000;nee;nee;\nC3;europees;leveringen;1-3-2020;;100.000;;nee;nee;\n",
            "bouwblokken.csv": blocks,
            "sroi_prestaties.csv": performances + "P1;C1;EUR;1-5-2020;1000;ja\n",
        ]
        let q = try question("sroi_registratie", questions(files))
        #expect(q.figures == ["Gegund in 2020: 2 plichtige contracten, 1 met registratie (50,0 %)", "Zonder registratie: C2"])
        var all = files
        all["sroi_prestaties.csv"] = performances + "P1;C1;EUR;1-5-2020;1000;ja\nP2;C2;EUR;1-5-2020;1000;nee\n"
        #expect(!ids(try questions(all)).contains("sroi_registratie"))
        #expect(
            !ids(try questions(["contracten.csv": contracts + "C3;europees;leveringen;1-3-2020;;100.000;;nee;nee;\n"])).contains("sroi_registratie"),
            "no obliged contracts")
    }

    // 7. sroi_niet_voldaan
    @Test func contractsEndedWithoutTheirObligationFulfilled() throws {
        let files = [
            "contracten.csv": contracts
                + "C1;europees;werken;1-2-2019;30-6-2020;100.000;50.000;nee;nee;\nC2;europees;werken;1-2-2020;30-11-2020;100.000;50.000;nee;nee;\nC3;europees;werken;1-2-2020;30-11-2020;100.000;50.000;nee;nee;\n",
            "bouwblokken.csv": blocks,
            "sroi_prestaties.csv": performances + "P1;C1;EUR;1-5-2019;1000;ja\nP2;C2;EUR;1-5-2020;1000;ja\nP3;C3;EUR;1-5-2020;5000;ja\n",
        ]
        let q = try question("sroi_niet_voldaan", questions(files))
        #expect(
            q.figures == [
                "2 contracten afgelopen zonder dat de verplichting is nagekomen (gegund in 2019: 1; gegund in 2020: 1)",
                "C1 (gegund 2019, afgelopen 30-06-2020): verplichting € 5.000, gerealiseerd € 1.000",
                "C2 (gegund 2020, afgelopen 30-11-2020): verplichting € 5.000, gerealiseerd € 1.000",
            ])
        #expect(q.text.hasPrefix("Er zijn contracten afgelopen"))

        var earlierOnly = files
        earlierOnly["sroi_prestaties.csv"] = performances + "P1;C1;EUR;1-5-2019;1000;ja\nP2;C2;EUR;1-5-2020;5000;ja\nP3;C3;EUR;1-5-2020;5000;ja\n"
        let e = try question("sroi_niet_voldaan", questions(earlierOnly))
        #expect(e.text.hasPrefix("Er zijn contracten (uit eerdere jaren) afgelopen"))
        #expect(e.figures.first == "1 contract afgelopen zonder dat de verplichting is nagekomen (gegund in 2019: 1)")

        var fulfilled = files
        fulfilled["sroi_prestaties.csv"] = performances + "P1;C1;EUR;1-5-2019;5000;ja\nP2;C2;EUR;1-5-2020;5000;ja\nP3;C3;EUR;1-5-2020;5000;ja\n"
        #expect(!ids(try questions(fulfilled)).contains("sroi_niet_voldaan"))
        #expect(!ids(try questions(files, year: 2018)).contains("sroi_niet_voldaan"), "later cohorts do not count for an earlier year")
    }

    // 8. sroi_loonsom
    @Test func obligedContractsWithoutAWageSum() throws {
        let files = ["contracten.csv": contracts + "C1;europees;werken;1-2-2020;;100.000;;nee;nee;\nC2;europees;leveringen;1-2-2020;;100.000;;nee;nee;\n"]
        let q = try question("sroi_loonsom", questions(files))
        #expect(q.figures == ["1 plichtig contract zonder loonsom", "C1 (gegund 2020): aanneemsom € 100.000, verplichting € 5.000 bij 5 %"])
        #expect(q.severity == .laag)
        let known = ["contracten.csv": contracts + "C1;europees;werken;1-2-2020;;100.000;20.000;nee;nee;\nC2;europees;leveringen;1-2-2020;;100.000;;nee;nee;\n"]
        #expect(!ids(try questions(known)).contains("sroi_loonsom"), "wage sum known; the supply contract is not obliged")
    }

    // 9. informatie_zonder_cijfers
    @Test func noReportOfTheYearCarriedFigures() throws {
        let files = [
            "rapportages.csv": reports
                + "R1;RSD 2019-1;1-6-2019;2019;;kwalitatief;geen\nR2;RSD 2020-1;1-6-2020;2020;;kwalitatief;kwalitatief\nR3;RSD 2020-2;1-12-2020;2020;;geen;kwalitatief\nJ1;Jaarstukken 2020;1-5-2021;2020;jaarstukken;cijfers;geen\n"
        ]
        let q = try question("informatie_zonder_cijfers", questions(files))
        #expect(
            q.figures == [
                "Jaargang 2020: 2 rapportages; banenafspraak genoemd in 1, SROI in 2, met cijfers: 0",
                "Ook zonder cijfers: jaargang 2019 (1 rapportage)",
                "Niet meegeteld: Jaarstukken 2020 (banenafspraak: met cijfers, SROI: niet genoemd)",
            ])
        let none = try question("informatie_zonder_cijfers", questions(["rapportages.csv": reports + "R1;RSD 2019-1;1-6-2019;2019;;cijfers;geen\n"]))
        #expect(none.text.hasPrefix("Over jaargang 2020 heeft de raad geen rapportage sociaal domein gekregen."))
        let withFigures = ["rapportages.csv": reports + "R2;RSD 2020-1;1-6-2020;2020;;kwalitatief;cijfers\n"]
        #expect(!ids(try questions(withFigures)).contains("informatie_zonder_cijfers"))
        #expect(!ids(try questions([:])).contains("informatie_zonder_cijfers"), "no rapportages.csv: nothing to judge")
    }

    // 10. regio_realisatie
    @Test func regionalRealisedFiguresMissingWhileTargetsExist() throws {
        let files = ["regio.csv": regions + "Testregio;2019;markt;100;\nTestregio;2020;markt;120;\nTestregio;2020;overheid;30;\nAndere regio;2020;markt;10;9\n"]
        let q = try question("regio_realisatie", questions(files))
        #expect(
            q.figures == [
                "Testregio 2020: indicatief doel 150 banen, gerealiseerd: niet aangeleverd",
                "markt: doel 120, gerealiseerd –",
                "overheid: doel 30, gerealiseerd –",
                "Ook zonder realisatie: 2019",
            ])
        let realised = ["regio.csv": regions + "Testregio;2020;markt;120;118\n"]
        #expect(!ids(try questions(realised)).contains("regio_realisatie"))
        #expect(
            !ids(try questions(files, toml: "naam = \"X\"\npeildatum = 2020-12-31\nfictief = true\n")).contains("regio_realisatie"),
            "no arbeidsmarktregio: the parameter has no figures to question")
    }

    @Test func anEmptyDatasetRaisesOnlyTheMissingRegister() throws {
        #expect(ids(try questions([:])) == ["sroi_onbekend"])
    }

    @Test func mostSevereFirstThenInDocumentedOrder() throws {
        let s = try summary(DefaultDataset.source)
        let qs = Questions.evaluate(s, language: .nl)
        #expect(qs == qs.sorted { ($0.severity, $0.order) < ($1.severity, $1.order) })
        #expect(Set(qs.map(\.id)).isSubset(of: Set(Questions.ruleIDs)))
        #expect(qs.allSatisfy { q in Questions.ruleIDs[q.order - 1] == q.id }, "order is the rule's place in the documented list")
    }
}

@Suite struct ZoetermeerQuestionTests {
    @Test func theAuditsFindingsBecomeQuestions() throws {
        let qs = Questions.evaluate(try summary(DefaultDataset.source), language: .nl)
        for id in ["fonds_onbenut", "doel_ambtelijk", "doel_eenheid", "informatie_zonder_cijfers", "sroi_onbekend"] {
            #expect(qs.contains { $0.id == id }, "missing \(id)")
        }
        #expect(
            ids(qs) == [
                "fonds_onbenut", "doel_ambtelijk", "sroi_onbekend", "informatie_zonder_cijfers", "doel_eenheid", "proefplaatsingen", "regio_realisatie",
            ])
        let fund = try question("fonds_onbenut", qs)
        #expect(
            fund.figures == [
                "Fonds: € 2.300 besteed van € 153.000 beschikbaar (1,5 %), t/m 31-12-2020",
                "Quotum 2020: 33,7 fte gerealiseerd, doel 34,6 fte (tekort 0,9 fte)",
            ])
        #expect(try question("doel_eenheid", qs).figures.first == "Doel 2020: 34,6 fte (fte van 36,0 uur) ≈ 48,8 banen van 25,5 uur")
        #expect(
            try question("informatie_zonder_cijfers", qs).figures.first
                == "Jaargang 2020: 3 rapportages; banenafspraak genoemd in 1, SROI in 2, met cijfers: 0")
    }

    @Test func inEnglishToo() throws {
        let qs = Questions.evaluate(try summary(DefaultDataset.source), language: .en)
        let fund = try question("fonds_onbenut", qs)
        #expect(fund.figures.first == "Fund: €2,300 spent of €153,000 available (1.5%), up to 31 December 2020")
        #expect(fund.text.hasPrefix("The supernumerary fund has been used for 1.5%"))
    }
}
