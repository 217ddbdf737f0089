import Testing
@testable import RaadsMetrics

/// The quota's "als er niets verandert" projection to 31 December (issue 12).
@Suite struct QuotumProjectionTests {
    let targets = "jaar;indicator;doel;eenheid;vastgesteld_door\n2020;quotum_banenafspraak;2;banen;raad\n"

    @Test func runningPlacementsContinueAndNoneStartsOrEnds() throws {
        // 2020 has 366 days; P(2020) = 1-1 … 30-6 (182 days); 184 days remain.
        let rows = [
            placementHeader,
            "A;P1;X;vast;1-1-2020;;25,5;;",  // runs all year: 1 baan
            "B;P2;X;vast;1-1-2020;31-3-2020;25,5;;",  // ended (91 days): stays as it was
            "C;P3;X;vast;1-7-2020;;25,5;;",  // starts after the peildatum: not counted
            "D;P4;X;vast;1-6-2020;31-8-2020;51;;",  // runs on the peildatum: continues to 31-12
            "E;P5;X;proefplaatsing;1-1-2020;;25,5;;",  // trial placement: does not count by default
        ]
        let s = try summary(
            ["plaatsingen.csv": rows.joined(separator: "\n"), "doelen.csv": targets],
            toml: tomlWith(peildatum: "2020-06-30"))
        let p = try #require(s.quotumProjectie)
        #expect(p.jaar == 2020)
        #expect(p.eenheid == .banen)
        #expect(close(p.waarde, (366.0 + 91 + 2 * 214) / 366))
        #expect(p.doel == 2)
        #expect(p.status == Thresholds.standard.judge(p.waarde, target: 2))
        #expect(p.lopend == 2)
        #expect(p.tot == Day(year: 2020, month: 12, day: 31))
        #expect(close(p.fte, p.waarde * 25.5 / 36))
        #expect(p.personen == 3)  // A, B and D had a placement up to the peildatum
        // The realised figure itself is unchanged by the projection.
        #expect(close(s.quotum.selected.waarde, (182.0 + 91 + 2 * 30) / 182))
    }

    @Test func fteAndPersonenUseTheTargetsUnit() throws {
        let rows = [placementHeader, "A;P1;X;vast;1-1-2020;;36;;", "B;P2;X;vast;1-1-2020;31-1-2020;36;;"]
        let fte = try summary(
            [
                "plaatsingen.csv": rows.joined(separator: "\n"),
                "doelen.csv": "jaar;indicator;doel;eenheid;vastgesteld_door\n2020;quotum_banenafspraak;3;fte;raad\n",
            ],
            toml: tomlWith(peildatum: "2020-06-30"))
        #expect(close(fte.quotumProjectie?.waarde, (366.0 + 31) / 366))
        #expect(fte.quotumProjectie?.status == Thresholds.standard.judge(fte.quotumProjectie?.waarde, target: 3))
        let persons = try summary(
            [
                "plaatsingen.csv": rows.joined(separator: "\n"),
                "doelen.csv": "jaar;indicator;doel;eenheid;vastgesteld_door\n2020;quotum_banenafspraak;3;personen;raad\n",
            ],
            toml: tomlWith(peildatum: "2020-06-30"))
        #expect(persons.quotumProjectie?.waarde == 2)  // both counted so far; nobody starts
    }

    @Test func noProjectionForACompleteYearAnEarlierYearOrWithoutPlacements() throws {
        let rows = [placementHeader, "A;P1;X;vast;1-1-2019;;25,5;;"].joined(separator: "\n")
        #expect(try summary(["plaatsingen.csv": rows]).quotumProjectie == nil)  // peildatum 31-12
        #expect(try summary(["plaatsingen.csv": rows], toml: tomlWith(peildatum: "2020-06-30"), year: 2019).quotumProjectie == nil)
        #expect(try summary(["doelen.csv": targets], toml: tomlWith(peildatum: "2020-06-30")).quotumProjectie == nil)
    }
}
