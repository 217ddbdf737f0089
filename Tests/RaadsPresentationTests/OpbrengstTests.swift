import Testing
import RaadsMetrics
@testable import RaadsPresentation

/// Issue 11: the views of "Opbrengst voor de gemeente", the sroi_achterblijver question and the
/// normenkader scorecard.

/// Two 2020 contracts of € 100.000 (obligation € 5.000 each), one meervoudig onderhands, one
/// europees, ended on 1-6-2020 unless `endOfFirst` says otherwise; `first` and `second` euro
/// registered on them.
func twoProcedures(first: Int, second: Int, endOfFirst: String = "1-6-2020", afdelingen: (String, String) = ("", "")) -> [String: String] {
    [
        "contracten.csv": "contract_id;afdeling;procedure;categorie;gunningsdatum;einddatum;aanneemsom;loonsom;sebo_keurmerk;ontheffing;extra_percentage\n"
            + "C1;\(afdelingen.0);meervoudig_onderhands;werken;1-2-2020;\(endOfFirst);100.000;50.000;nee;nee;0\n"
            + "C2;\(afdelingen.1);europees;werken;1-2-2020;1-6-2020;100.000;50.000;nee;nee;0\n",
        "bouwblokken.csv": blocks,
        "sroi_prestaties.csv": performances + "P1;C1;EUR;1-5-2020;\(first);ja\nP2;C2;EUR;1-5-2020;\(second);ja\n",
    ]
}

@Suite struct LaggingGroupQuestionTests {
    @Test func firesWhenOneProcedureIsBelowHalfOfTheRest() throws {
        let q = try question("sroi_achterblijver", questions(twoProcedures(first: 1000, second: 4000)))
        #expect(q.severity == .middel)
        #expect(q.parameters == [.sroiRealisatie])
        #expect(
            q.figures == ["meervoudig onderhands: € 1.000 van € 5.000 (20,0 %, begrensd per contract), 1 afgelopen contract; de andere procedures samen 80,0 %"]
        )
        #expect(q.text.hasPrefix("Bij de contracten gegund in 2020 blijft de social return van meervoudig onderhands ver achter bij de rest."))
    }

    @Test func doesNotFireAtHalfOrWhileTheContractRuns() throws {
        #expect(!ids(try questions(twoProcedures(first: 2000, second: 4000))).contains("sroi_achterblijver"), "40 % is exactly half of 80 %: not far behind")
        #expect(
            !ids(try questions(twoProcedures(first: 1, second: 4000, endOfFirst: "1-6-2021"))).contains("sroi_achterblijver"),
            "a running contract may still deliver")
        #expect(!ids(try questions([:])).contains("sroi_achterblijver"), "no procurement register")
    }

    /// Capped per contract, as the parameter: a contract that delivers far more than its
    /// obligation does not make a half-realised procedure look far behind.
    @Test func overDeliveryElsewhereDoesNotCount() throws {
        #expect(!ids(try questions(twoProcedures(first: 2600, second: 20000))).contains("sroi_achterblijver"), "52 % against 100 % capped (400 % uncapped)")
        #expect(ids(try questions(twoProcedures(first: 2600, second: 20000, afdelingen: ("A", "B")))).contains("sroi_achterblijver") == false)
    }

    @Test func firesForADepartmentToo() throws {
        let files = twoProcedures(first: 500, second: 5000, afdelingen: ("Wijken", "Sport"))
        let q = try question("sroi_achterblijver", questions(files))
        #expect(q.figures.count == 2, "the procedure and the department")
        #expect(
            q.figures[1].hasPrefix(
                "afdeling Wijken: € 500 van € 5.000 (10,0 %, begrensd per contract), 1 afgelopen contract; de andere afdelingen samen 100,0 %"))
        #expect(q.text.contains("meervoudig onderhands en afdeling Wijken"))
        let en = try question("sroi_achterblijver", questions(files, language: .en))
        #expect(en.figures[1].hasPrefix("department Wijken: "))
        #expect(en.figures[1].contains("capped per contract"))
    }

    @Test func theProcedureViewNamesTheLaggard() throws {
        let s = try summary(twoProcedures(first: 1000, second: 4000))
        let d = Presenter.detail(DashboardPanel(parameter: .sroiRealisatie, view: .procedure), s, language: .nl)
        #expect(d.tile.valueText == "meervoudig onderhands 20,0 %")
        #expect(d.tile.targetText == "overige procedures 80,0 %")
        #expect(d.tile.note == "meervoudig onderhands blijft ver achter: 20,0 % gerealiseerd tegen 80,0 % bij de rest.")
        #expect(d.breakdowns.map(\.key) == ["per_procedure", "per_afdeling"])
    }
}

@Suite struct NormenkaderTests {
    func row(_ id: String, _ files: [String: String], toml: String = minimalToml, year: Int? = nil) throws -> Normenkader.Row {
        let s = try summary(files, toml: toml, year: year)
        return try #require(Normenkader.score(s, language: .nl).first { $0.norm.id == id })
    }

    @Test func everyNormOfTheAuditIsListedWithItsSource() {
        #expect(Normenkader.norms.map(\.id) == NormJudgement.knownNorms)
        #expect(Normenkader.norms.allSatisfy { $0.source.contains("§") })
        #expect(Set(Normenkader.norms.map(\.theme)) == [1, 2, 3, 4, 5])
    }

    @Test func doelenSmart() throws {
        let amb = try row("doelen_smart", ["plaatsingen.csv": oneJob, "doelen.csv": targets + "2020;quotum_banenafspraak;2;fte;ambtelijk;\n"])
        #expect(amb.score == .nietVoldaan)
        #expect(amb.finding == "doel vastgesteld door: ambtelijk ✖, in fte in plaats van banen")
        let raad = try row("doelen_smart", ["plaatsingen.csv": oneJob, "doelen.csv": targets + "2020;quotum_banenafspraak;2;banen;raad;\n"])
        #expect(raad.score == .voldaan)
        #expect(raad.finding == "doel vastgesteld door: raad ✔")
        let none = try row("doelen_smart", ["plaatsingen.csv": oneJob])
        #expect(none.score == .griffie)
    }

    @Test func doelenBehaald() throws {
        let missed = try row("doelen_behaald", ["plaatsingen.csv": oneJob, "doelen.csv": targets + "2020;quotum_banenafspraak;2;banen;raad;\n"])
        #expect(missed.score == .nietVoldaan)
        #expect(missed.finding == "quotum 1,0 van 2,0 banen ✖; SROI onbekend (geen inkoopregister)")
        var files = twoProcedures(first: 5000, second: 5000)
        files["plaatsingen.csv"] = oneJob
        files["doelen.csv"] = targets + "2020;quotum_banenafspraak;1;banen;raad;\n"
        let met = try row("doelen_behaald", files)
        #expect(met.score == .voldaan)
        #expect(met.finding == "quotum 1,0 van 1,0 banen ✔; SROI afgelopen contracten 100,0 % ✔")
        #expect(try row("doelen_behaald", [:]).score == .griffie)
    }

    @Test func inzichtInBudgetEnRealisatie() throws {
        var files = twoProcedures(first: 1, second: 1)
        files["plaatsingen.csv"] = oneJob
        files["budget.csv"] =
            budget
            + "2020;banenafspraak;begroting;10;;\n2020;banenafspraak;uitgave;5;;\n2020;social_return_team;begroting;10;;\n2020;social_return_team;uitgave;10;;\n"
        #expect(try row("inzicht_budget_realisatie", files).score == .voldaan)
        files["budget.csv"] = budget + "2020;banenafspraak;begroting;10;;\n"
        let partly = try row("inzicht_budget_realisatie", files)
        #expect(partly.score == .deels)
        #expect(partly.finding == "realisatie quotum, realisatie SROI ✔; ontbreekt: uitgaven budget banenafspraak, budget social-returnteam ✖")
        #expect(try row("inzicht_budget_realisatie", [:]).score == .nietVoldaan)
    }

    @Test func raadJaarlijksGeinformeerd() throws {
        let header = "rapportage_id;titel;datum;jaargang;soort;banenafspraak;sroi;budget\n"
        let all = try row("raad_jaarlijks_geinformeerd", ["rapportages.csv": header + "R1;Rapportage;1-6-2020;2020;;cijfers;cijfers;ja\n"])
        #expect(all.score == .voldaan)
        #expect(all.finding == "jaargang 2020: realisatie banenafspraak ✔, realisatie SROI ✔, budget en uitgaven ✔")
        let some = try row("raad_jaarlijks_geinformeerd", ["rapportages.csv": header + "R1;Rapportage;1-6-2020;2020;;cijfers;kwalitatief;nee\n"])
        #expect(some.score == .deels)
        let none = try row("raad_jaarlijks_geinformeerd", ["rapportages.csv": header + "R1;Rapportage;1-6-2020;2020;;kwalitatief;geen;\n"])
        #expect(none.score == .nietVoldaan)
        #expect(try row("raad_jaarlijks_geinformeerd", [:]).score == .griffie)
    }

    @Test func inkoopregister() throws {
        let absent = try row("inkoopregister", [:])
        #expect(absent.score == .nietVoldaan)
        #expect(absent.finding == "inkoopregister niet aangeleverd ✖")
        let full = try row("inkoopregister", twoProcedures(first: 1, second: 1))
        #expect(full.score == .voldaan)
        #expect(full.finding == "inkoopregister aangeleverd ✔, registratie 100 %")
        var files = twoProcedures(first: 1, second: 1)
        files["sroi_prestaties.csv"] = performances + "P1;C1;EUR;1-5-2020;1;ja\n"
        let half = try row("inkoopregister", files)
        #expect(half.score == .deels)
        #expect(half.finding == "inkoopregister aangeleverd ✔, registratie 50 %")
    }

    @Test func geverifieerdeResultaten() throws {
        #expect(try row("geverifieerde_resultaten", [:]).score == .nietVoldaan)
        #expect(try row("geverifieerde_resultaten", twoProcedures(first: 1, second: 1)).score == .voldaan)
        var files = twoProcedures(first: 1, second: 3)
        files["sroi_prestaties.csv"] = performances + "P1;C1;EUR;1-5-2020;1;ja\nP2;C2;EUR;1-5-2020;3;nee\n"
        let partly = try row("geverifieerde_resultaten", files)
        #expect(partly.score == .deels)
        #expect(partly.finding == "geverifieerd 25 % van de gerealiseerde waarde")
        files["sroi_prestaties.csv"] = performances
        #expect(try row("geverifieerde_resultaten", files).score == .griffie, "nothing realised yet: the data cannot decide")
    }

    @Test func doeltreffendDoelmatigIsTheGriffiesWithTheFigure() throws {
        var files = twoProcedures(first: 5000, second: 5000)
        files["budget.csv"] = budget + "2020;social_return_team;uitgave;4.000;;\n"
        let r = try row("doeltreffend_doelmatig", files)
        #expect(r.score == .griffie)
        #expect(r.finding == "gegeven: opbrengst per euro social-returnteam € 2,50 (zie Doelmatigheid)")
    }

    /// Every norm the data cannot decide is for the griffie, and shows the griffie's judgement of
    /// that year only.
    @Test func unscoredNormsTakeTheGriffiesJudgement() throws {
        let judged =
            "norm;jaar;oordeel;datum;toelichting\n"
            + NormJudgement.knownNorms.map { "\($0);2020;deels;1-3-2021;Besproken in de commissie" }.joined(separator: "\n") + "\n"
            + "beleidskader;2019;voldaan;1-3-2020;\n"
        let data = ["normenkader.csv": judged]
        let s = try summary(data)
        let rows = Normenkader.score(s, language: .nl)
        let dataScored: Set = [
            "doelen_smart", "doelen_behaald", "inzicht_budget_realisatie", "raad_jaarlijks_geinformeerd", "inkoopregister", "geverifieerde_resultaten",
        ]
        for r in rows {
            #expect(r.judgement?.oordeel == .deels, "\(r.norm.id)")
            #expect(r.judgement?.datum == Day(year: 2021, month: 3, day: 1))
            if !dataScored.contains(r.norm.id) { #expect(r.score == .griffie, "\(r.norm.id) is for the griffie") }
        }
        let table = Normenkader.table(s, .nl)
        let beleid = try #require(table.rows.first { $0[0].hasPrefix("1.1 Actueel beleidskader") })
        #expect(beleid[1] == "? door de griffie te beoordelen")
        #expect(beleid[2] == "deels (01-03-2021): Besproken in de commissie")
        #expect(beleid[3] == "thema 1 Beleid (§1.2; oordeel §2.4)")
        // Without the file every unscored norm says so, and nothing is judged.
        let bare = Normenkader.score(try summary([:]), language: .nl)
        #expect(bare.allSatisfy { $0.judgement == nil })
        #expect(bare.filter { $0.score == .griffie }.map(\.norm.id).contains("beleidskader"))
    }

    @Test func normenkaderFileIsValidatedLikeTheOthers() {
        let text =
            "norm;jaar;oordeel;datum;toelichting\n"
            + "beleidskadr;2020;voldaan;1-3-2021;\n"
            + "robuust;2020;goed;1-3-2021;\n"
            + "robuust;2020;deels;31-2-2021;\n"
            + "monitoring;2020;voldaan;1-3-2021;\n"
            + "monitoring;2020;deels;2-3-2021;\n"
        let r = DatasetLoader.load(from: InMemorySource(label: "test", texts: ["dataset.toml": minimalToml, "normenkader.csv": text]))
        let errors = r.diagnostics.errors.map(\.description)
        #expect(errors.count == 4, "\(errors)")
        #expect(errors[0].hasPrefix("normenkader.csv:2:1: error: onbekende norm 'beleidskadr'; bedoeld is waarschijnlijk 'beleidskader'"))
        #expect(errors[1].hasPrefix("normenkader.csv:3:3: error:"))
        #expect(errors[1].contains("voldaan") && errors[1].contains("niet_voldaan"))
        #expect(errors[2].hasPrefix("normenkader.csv:4:4: error:"))
        #expect(errors[3] == "normenkader.csv:6:1: error: tweede oordeel over norm 'monitoring' in 2020; het eerste staat op regel 5")
    }

    /// The scorecard is on the griffie dashboard and in its export, and nowhere it was not asked for.
    @Test func onTheGriffieDashboardAndItsExport() throws {
        let (s, context) = try sample("zoetermeer")
        let md = MarkdownExport.render(s, dashboard: try builtIn("griffie"), context: context)
        #expect(md.contains("**Normenkader van de rekenkamer, 2020**"))
        for n in Normenkader.norms { #expect(md.contains(n.nl), "\(n.id) in the griffie's export") }
        #expect(md.contains("✖ doel vastgesteld door: ambtelijk ✖, in fte in plaats van banen"))
        #expect(md.contains("✖ inkoopregister niet aangeleverd ✖"))
        let raad = MarkdownExport.render(s, dashboard: try builtIn("raad"), context: context)
        #expect(!raad.contains("Normenkader"), "the council's overview stays as it was")
    }
}

@Suite struct OpbrengstViewTests {
    @Test func zoetermeerAnswersWhatTheAuditAsked() throws {
        let (s, _) = try sample("zoetermeer", year: 2019)
        let d = Presenter.detail(DashboardPanel(parameter: .fondsBovenformatief, view: .doelmatigheid), s, language: .nl)
        let ba = try #require(d.breakdowns.first { $0.key == "banenafspraak" })
        #expect(ba.rows == [["2019", "€ 327.000", "€ 247.000", "31,1 fte", "30,7 fte", "0,4 fte"]])
        #expect(d.tile.valueText == "niet te berekenen")
        #expect(d.tile.note?.contains("een inkoopregister (contracten.csv) met geverifieerde prestaties") == true)
        #expect(d.tile.note?.contains("de werkelijke kosten van het social-returnteam in 2019") == true)
    }

    @Test func woonplaatsAndYieldPerEuroOnTheFictitiousSet() throws {
        let (s, _) = try sample("voorbeeldgemeente", year: 2023)
        let w = Presenter.detail(DashboardPanel(parameter: .sroiRealisatie, view: .woonplaats), s, language: .nl)
        // Verified value only: € 82.000 of € 82.700 verified went to own residents (the
        // € 37.500 registered but unverified is named in a caveat, not counted).
        #expect(w.tile.valueText == "99,2 % naar eigen inwoners")
        #expect(w.tile.targetText == "€ 82.000 van € 82.700 geverifieerd (cohort 2023)")
        #expect(w.caveats.first?.hasPrefix("Alle cohorten samen: ") == true)
        #expect(
            w.caveats.contains {
                $0.hasPrefix("Alleen geverifieerde waarde telt hier. In cohort 2023 is daarnaast € 37.500 geregistreerd maar (nog) niet geverifieerd")
            })
        let row2023 = try #require(w.seriesTable.rows.first { $0.first == "2023" })
        #expect(row2023 == ["2023", "€ 214.000", "€ 82.000", "€ 700", "€ 0", "€ 0", "99,2 %", "€ 37.500"])
        let e = Presenter.detail(DashboardPanel(parameter: .fondsBovenformatief, view: .doelmatigheid), s, language: .nl)
        #expect(e.tile.valueText == "€ 0,40 per euro")
    }

    @Test func viewsAreCheckedInDashboardFiles() {
        let (d, diags) = DashboardFile.parse("[[paneel]]\nparameter = \"quotum\"\nweergave = \"woonplaats\"\n", file: "mijn.toml", defaultName: "mijn")
        #expect(d == nil)
        #expect(diags.map(\.description) == ["mijn.toml:3: error: onbekende weergave 'woonplaats' voor quotum; kies uit: bovenformatief"])
        let (ok, none) = DashboardFile.parse(
            "[[paneel]]\nparameter = \"duurzaamheid\"\nweergave = \"behoud\"\ntitel = \"Blijven ze?\"\n", file: "mijn.toml", defaultName: "mijn")
        #expect(none.isEmpty)
        #expect(ok?.panels.first?.view == .behoud)
        #expect(ok?.panels.first?.titleNL == "Blijven ze?", "an explicit title wins")
        let (_, regio) = DashboardFile.parse("[[paneel]]\nparameter = \"regio_garantiebanen\"\nweergave = \"x\"\n", file: "mijn.toml", defaultName: "mijn")
        #expect(regio.map(\.description) == ["mijn.toml:3: error: onbekende weergave 'x': regio_garantiebanen heeft geen weergaven"])
    }

    /// The flow from trial placement to contract, as a share where no small group shows.
    @Test func doorstroomViewShowsTheShare() throws {
        var rows = "plaatsing_id;persoon;afdeling;soort;start;einde;uren_per_week;bovenformatief;doelgroep\n"
        for i in 0..<10 {
            rows += "T\(i);PT\(i);X;proefplaatsing;1-1-2020;31-3-2020;20;nee;\n"
            if i < 4 { rows += "C\(i);PT\(i);X;tijdelijk;7-4-2020;;20;nee;\n" }
        }
        let s = try summary(["plaatsingen.csv": rows])
        let d = Presenter.detail(DashboardPanel(parameter: .duurzaamheid, view: .doorstroom), s, language: .nl)
        #expect(d.tile.valueText == "40,0 % doorgestroomd")
        #expect(d.tile.note == "In 2020 eindigde de proefplaatsing van 10 mensen; 4 van hen kregen binnen een maand een tijdelijk of vast contract.")
        #expect(d.seriesTable.rows.last == ["2020", "10", "4", "40,0 %", "4"])
        // Three of eight stay behind: withheld, the count of those who went on to a contract stays.
        var few = "plaatsing_id;persoon;afdeling;soort;start;einde;uren_per_week;bovenformatief;doelgroep\n"
        for i in 0..<8 {
            few += "T\(i);PT\(i);X;proefplaatsing;1-1-2020;31-3-2020;20;nee;\n"
            if i < 5 { few += "C\(i);PT\(i);X;tijdelijk;7-4-2020;;20;nee;\n" }
        }
        let w = Presenter.detail(DashboardPanel(parameter: .duurzaamheid, view: .doorstroom), try summary(["plaatsingen.csv": few]), language: .en)
        #expect(w.tile.valueText == "5 on to a contract")
        #expect(w.seriesTable.rows.last == ["2020", "withheld", "5", "–", "5"])
        // A column of figures: the word lines up with them in the export too (issue 13: typed columns).
        #expect(w.seriesTable.columns.map(\.kind) == [.text, .number, .number, .number, .number])
        #expect(MarkdownExport.table(w.seriesTable.columns, w.seriesTable.rows)[1] == "|---|---:|---:|---:|---:|")
        #expect(w.caveats.contains { $0.hasPrefix("'Withheld': fewer than 5 people") })
    }
}
