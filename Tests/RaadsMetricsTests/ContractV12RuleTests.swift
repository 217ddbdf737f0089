import Testing
@testable import RaadsMetrics

/// One test per computation rule that contract v1.2 adds, with its boundaries.
@Suite struct ContractV12RuleTests {
    let contractHeaderV12 = "contract_id;procedure;categorie;gunningsdatum;einddatum;aanneemsom;loonsom;afdeling;gemeente;pso_trede"
    let prestatieHeader = "prestatie_id;contract_id;bouwblok;datum;aantal;geverifieerd;woonplaats"
    let blocksV12 = "code;omschrijving;hoofdonderdeel;eenheid;waarde\nEUR;Euro;maatschappelijk;euro;1\nSTG;Stage;ontwikkeling;euro;1\nJOB;Baan;banen;euro;1\n"

    func sroi(_ contracts: [String], _ prestaties: [String] = [], extraToml: String = "", budget: String? = nil) throws -> Summary {
        var files = [
            "contracten.csv": ([contractHeaderV12] + contracts).joined(separator: "\n") + "\n", "bouwblokken.csv": blocksV12,
            "sroi_prestaties.csv": ([prestatieHeader] + prestaties).joined(separator: "\n") + "\n",
        ]
        if let budget { files["budget.csv"] = budget }
        return try summary(files, toml: tomlWith(extra: extraToml))
    }

    @Test func psoLevelWaivesItsShareOfTheObligation() throws {
        let toml = "[normen.pso_korting]\ntrede2 = 0.5\ntrede3 = 1"
        let s = try sroi(
            ["C1;europees;werken;1-3-2020;;100.000;;;;2", "C2;europees;werken;1-3-2020;;100.000;;;;3", "C3;europees;werken;1-3-2020;;100.000;;;;1"],
            extraToml: toml)
        let e = Dictionary(uniqueKeysWithValues: (s.sroiRealisatie.selected.contracten ?? []).map { ($0.contract.id, $0) })
        #expect(e["C1"]?.verplichting == 2_500, "5 % of 100.000, half waived")
        #expect(e["C2"]?.verplichting == 0)
        #expect(e["C2"]?.status == .voldaan, "a fully waived obligation is met")
        #expect(e["C3"]?.verplichting == 5_000, "a level without a configured share waives nothing")
        let badShare = load(["contracten.csv": contractHeaderV12 + "\n"], toml: tomlWith(extra: "[normen.pso_korting]\ntrede1 = 1.5"))
        #expect(printed(badShare).contains { $0.contains("'normen.pso_korting.trede1' moet een aandeel van 0 tot en met 1") })
        let badLevel = load(["contracten.csv": contractHeaderV12 + "\nC1;europees;werken;1-3-2020;;100.000;;;;4\n"])
        #expect(printed(badLevel).contains { $0.contains("'pso_trede' moet een van deze waarden zijn: aspirant, 1, 2, 3") })
    }

    /// `ContractList.filter(byFacts:)` and `count(byFacts:)` select on facts kept beside the
    /// evaluations: they must pick exactly what a filter on the evaluations themselves picks.
    @Test func selectionsOnFactsAgreeWithTheEvaluations() throws {
        let s = try sroi(
            [
                "C1;europees;werken;1-3-2020;30-11-2020;100.000;;;;", "C2;europees;werken;1-3-2020;;100.000;;;;",
                "C3;europees;werken;1-3-2020;30-6-2020;100.000;;;;", "C4;enkelvoudig_onderhands;diensten;1-3-2020;;10.000;;;;",
                "C5;europees;werken;1-3-2020;30-11-2020;100.000;;;;3",
            ],
            ["P1;C1;EUR;1-6-2020;2.500;ja;", "P2;C2;EUR;1-6-2020;1;nee;"])
        let list = try #require(s.sroiRealisatie.selected.contracten)
        #expect(list.count == 5)
        let predicates: [(ContractList.Facts) -> Bool] = [
            { $0.status == .nietVoldaan }, { $0.status.isPlichtig && $0.loonsomOnbekend }, { $0.status.isPlichtig && !$0.heeftPrestaties },
            { $0.status.isPlichtig && $0.heeftVerplichting }, { $0.status == .loopt }, { _ in true }, { _ in false },
        ]
        for include in predicates {
            let expected = list.filter { include(ContractList.Facts($0)) }.map(\.contract.id)
            #expect(list.filter(byFacts: include).map(\.contract.id) == expected)
            #expect(list.count(byFacts: include) == expected.count)
            // A selection of a selection is a selection of the same evaluations.
            #expect(list.filter(byFacts: include).filter(byFacts: { _ in true }).map(\.contract.id) == expected)
        }
        // The selections differ from one another: the facts are not all alike.
        #expect(Set(predicates.map { list.count(byFacts: $0) }).count >= 4)
    }

    @Test func statusIsJudgedOnEndedContractsOnly() throws {
        // Both awarded in 2020; C1 ended (met half), C2 still runs with nothing yet.
        let s = try sroi(
            ["C1;europees;werken;1-3-2020;30-11-2020;100.000;;;;", "C2;europees;werken;1-3-2020;;100.000;;;;"],
            ["P1;C1;EUR;1-6-2020;2.500;ja;", "P2;C2;EUR;1-6-2020;1;nee;"])
        let r = s.sroiRealisatie.selected
        #expect(r.realisatieAfgerondPct == 50)
        #expect(r.status == .achter)
        #expect(close(r.realisatiePct, 2_501.0 / 10_000 * 100))
        #expect(r.lopend == RunningContracts(contracten: 1, verplichting: 5_000, gerealiseerdBegrensd: 1))
        // Only running contracts: not achter but onbekend.
        let running = try sroi(["C2;europees;werken;1-3-2020;;100.000;;;;"])
        #expect(running.sroiRealisatie.selected.realisatieAfgerondPct == nil)
        #expect(running.sroiRealisatie.selected.status == .onbekend)
        // A contract ending on the peildatum has not ended yet (einddatum < peildatum).
        let onPeildatum = try sroi(["C3;europees;werken;1-3-2020;31-12-2020;100.000;;;;"])
        #expect(onPeildatum.sroiRealisatie.selected.realisatieAfgerondPct == nil)
    }

    @Test func valueByWoonplaatsAndHoofdonderdeel() throws {
        let toml = "[sroi]\nwoonplaatsen_gemeente = [\"Zoetermeer\"]\nwoonplaatsen_regio = [\"Delft\"]"
        let s = try sroi(
            ["C1;europees;werken;1-3-2020;;100.000;;;;"],
            [
                "P1;C1;EUR;1-6-2020;100;ja; zoetermeer ", "P2;C1;STG;1-6-2020;200;nee;DELFT", "P3;C1;JOB;1-6-2020;400;nee;Utrecht",
                "P4;C1;JOB;1-6-2020;800;nee;", "P5;C1;JOB;1-1-2021;1600;nee;Zoetermeer",
            ], extraToml: toml)
        let d = try #require(s.sroiRealisatie.selected.detail)
        let w = try #require(d.perWoonplaats)
        #expect([w[.gemeente], w[.regio], w[.elders], w[.onbekend]] == [100, 200, 400, 800], "case-insensitive, trimmed; after the peildatum nothing counts")
        #expect(d.perHoofdonderdeel == PartValues(banen: 1_200, ontwikkeling: 200, maatschappelijk: 100))
        // Issue 11: the same split over verified value only (P1 is the only verified one).
        let v = try #require(d.perWoonplaatsGeverifieerd)
        #expect([v[.gemeente], v[.regio], v[.elders], v[.onbekend]] == [100, 0, 0, 0], "only verified prestaties")
        let without = try sroi(["C1;europees;werken;1-3-2020;;100.000;;;;"], ["P1;C1;EUR;1-6-2020;100;ja;Zoetermeer"])
        #expect(without.sroiRealisatie.selected.detail?.perWoonplaats == nil, "null without woonplaatsen_gemeente")
        #expect(without.sroiRealisatie.selected.detail?.perWoonplaatsGeverifieerd == nil)
    }

    @Test func obligationPerProcedureDepartmentAndMunicipality() throws {
        let s = try sroi(
            [
                "C1;europees;werken;1-3-2020;;100.000;;Wegen;Delft;", "C2;meervoudig_onderhands;diensten;1-3-2020;;50.000;;;;",
                "C3;enkelvoudig_onderhands;werken;1-3-2020;;50.000;;Wegen;Delft;",
            ],
            ["P1;C1;EUR;1-6-2020;6.000;ja;", "P2;C3;EUR;1-6-2020;9.000;ja;"])
        let d = try #require(s.sroiRealisatie.selected.detail)
        #expect(d.perProcedure.map(\.naam) == ["meervoudig_onderhands", "europees"], "only plichtig contracts, only names that occur")
        #expect(d.perAfdeling.map(\.naam) == ["Wegen", "onbekend"])
        #expect(d.perAfdeling.first?.gerealiseerd == 6_000, "uncapped")
        #expect(d.perGemeente.first { $0.naam == "Delft" }?.verplichting == 5_000)
    }

    @Test func yieldPerEuroOfTheTeamUsesTheCalendarYear() throws {
        let budgetHeader = "jaar;post;soort;bedrag;omschrijving;datum"
        let contracts = ["C1;europees;werken;1-3-2019;;100.000;;;;"]
        let prestaties = ["P1;C1;EUR;1-6-2020;3.000;ja;", "P2;C1;EUR;1-6-2020;5.000;nee;", "P3;C1;EUR;1-6-2019;7.000;ja;"]
        let s = try sroi(contracts, prestaties, budget: "\(budgetHeader)\n2020;social_return_team;uitgave;1.000;;\n2020;social_return_team;begroting;9.000;;\n")
        let e = try #require(s.sroiRealisatie.selected.detail?.doelmatigheid)
        #expect(
            e == Efficiency(geverifieerdInJaar: 3_000, kostenTeam: 1_000, opbrengstPerEuro: 3), "cohort 2020 is empty; the 2019 contract's 2020 value counts")
        let noCost = try sroi(contracts, prestaties, budget: "\(budgetHeader)\n2020;social_return_team;begroting;9.000;;\n")
        #expect(noCost.sroiRealisatie.selected.detail?.doelmatigheid.kostenTeam == nil)
        #expect(noCost.sroiRealisatie.selected.detail?.doelmatigheid.opbrengstPerEuro == nil)
        let zero = try sroi(contracts, prestaties, budget: "\(budgetHeader)\n2020;social_return_team;uitgave;0;;\n")
        #expect(zero.sroiRealisatie.selected.detail?.doelmatigheid.opbrengstPerEuro == nil, "no ratio for a cost of 0")
    }

    @Test func missingBudgetRowsAreNullNotZero() throws {
        let header = "jaar;post;soort;bedrag;omschrijving;datum"
        let s = try summary([
            "budget.csv":
                "\(header)\n2020;bovenformatief_fonds;begroting;153.000;;\n2020;team;begroting;1.000;;\n2020;team;uitgave;2.310;;\n2019;team;uitgave;5;;\n"
        ])
        #expect(s.fonds.begroot == 153_000)
        #expect(s.fonds.besteed == nil)
        #expect(s.fonds.benuttingPct == nil && s.fonds.status == .onbekend)
        #expect(s.fonds.reden == .geenFondsUitgaven)
        let team = try #require(s.fonds.posten?.first)
        #expect(team.jaren == [BudgetYear(jaar: 2019, begroting: nil, uitgave: 5), BudgetYear(jaar: 2020, begroting: 1_000, uitgave: 2_310)])
        #expect(SummaryJSON.encode(s).serialized().contains("\"2019\":{\"begroting\":null,\"uitgave\":5}"))
        let spentOnly = try summary(["budget.csv": "\(header)\n2020;bovenformatief_fonds;uitgave;0;;\n"])
        #expect(spentOnly.fonds.besteed == 0 && spentOnly.fonds.begroot == nil && spentOnly.fonds.reden == .geenFondsBegroting)
    }

    @Test func retentionCountsTheFirstAnniversaryOnOrBeforeThePeildatum() throws {
        var rows = [placementHeader]
        // Ten persons start on 1-1-2019; with peildatum 1-1-2020 their anniversary (365 days) is the peildatum.
        for n in 1...10 { rows.append("P\(n);A\(n);X;tijdelijk;1-1-2019;\(n <= 5 ? "" : "30-6-2019");20;;") }
        // Starts on 2-1-2019: anniversary after the peildatum, not in instroom.
        rows.append("L1;B1;X;vast;2-1-2019;;20;;")
        let s = try summary(["plaatsingen.csv": rows.joined(separator: "\n")], toml: tomlWith(peildatum: "2020-01-01"), year: 2019)
        #expect(s.duurzaamheid.selected.behoud == Retention(instroom: 10, behouden: 5, behoudPct: 50))
        // 9 stay, 1 leaves: the single leaver would be a small group.
        var small = [placementHeader]
        for n in 1...10 { small.append("P\(n);A\(n);X;tijdelijk;1-1-2019;\(n == 1 ? "30-6-2019" : "");20;;") }
        let t = try summary(["plaatsingen.csv": small.joined(separator: "\n")], toml: tomlWith(peildatum: "2020-01-01"), year: 2019)
        #expect(t.duurzaamheid.selected.behoud == Retention(instroom: 10, behouden: nil, behoudPct: nil))
    }

    @Test func bovenformatiefIsShownOnlyWhenBothPartsAreLargeEnough() throws {
        func placements(boven: Int, others: Int) -> String {
            var rows = [placementHeader]
            for n in 0..<(boven + others) { rows.append("P\(n);A\(n);X;vast;1-1-2020;;25,5;\(n < boven ? "ja" : "nee");") }
            return rows.joined(separator: "\n")
        }
        let shown = try summary(["plaatsingen.csv": placements(boven: 5, others: 5)]).quotum.selected.bovenformatief
        #expect(shown?.personen == 5 && close(shown?.banen, 5))
        #expect(try summary(["plaatsingen.csv": placements(boven: 4, others: 6)]).quotum.selected.bovenformatief == TwoWaySplit(personen: nil, banen: nil))
        #expect(try summary(["plaatsingen.csv": placements(boven: 6, others: 4)]).quotum.selected.bovenformatief == TwoWaySplit(personen: nil, banen: nil))
        #expect(try summary(["plaatsingen.csv": placements(boven: 0, others: 3)]).quotum.selected.bovenformatief == TwoWaySplit(personen: 0, banen: 0))
    }
}
