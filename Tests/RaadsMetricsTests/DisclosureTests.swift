import Testing
@testable import RaadsMetrics

/// Contract v1.2 §5 "Privacy": small cells merge into one unnamed group, and no grouped cell
/// can be shown, named or recomputed.
@Suite struct DisclosureRuleTests {
    func raw(_ cells: [(String, Int)]) -> [Disclosure.RawCell] {
        cells.map { .init(name: $0.0, personen: $0.1, banen: Double($0.1)) }
    }

    @Test func noSmallCellShowsEverything() {
        let b = Disclosure.protect(raw([("A", 5), ("B", 9)]), minCellSize: 5)
        #expect(b.names == ["A", "B"])
        #expect(b.overig == nil)
    }

    @Test func aSmallCellTakesTheSmallestShownCellAlong() {
        let b = Disclosure.protect(raw([("Beheer", 8), ("Griffie", 2), ("Publiek", 6), ("Zorg", 7)]), minCellSize: 5)
        #expect(b.names == ["Beheer", "Zorg"], "Publiek (6) joins at least once")
        #expect(b.overig?.personen == 8)
        #expect(b.overig?.banen == 8)
    }

    @Test func tiedCellsJoinTogether() {
        let b = Disclosure.protect(raw([("Beheer", 8), ("Griffie", 2), ("Publiek", 6), ("Zorg", 6)]), minCellSize: 5)
        #expect(b.names == ["Beheer"], "no name order decides between Publiek and Zorg")
        #expect(b.overig?.personen == 14)
    }

    @Test func theGroupGrowsUntilItHoldsMPersons() {
        // 1 + 1 = 2, + the smallest (5) = 7 ≥ 5 after the obligatory join.
        let b = Disclosure.protect(raw([("A", 1), ("B", 1), ("C", 5), ("D", 20)]), minCellSize: 5)
        #expect(b.names == ["D"])
        #expect(b.overig?.personen == 7)
        // m = 10: 1 + 1 + 5 = 7 < 10, so D joins too and only the total is left.
        let all = Disclosure.protect(raw([("A", 1), ("B", 1), ("C", 5), ("D", 20)]), minCellSize: 10)
        #expect(all.isFullyGrouped)
        #expect(all.overig?.personen == 27)
    }

    @Test func sizeOneHidesNothing() {
        let b = Disclosure.protect(raw([("A", 1), ("B", 3)]), minCellSize: 1)
        #expect(b.names == ["A", "B"])
        #expect(b.overig == nil)
    }

    @Test func perSoortKeepsVastForLastAndGroupsZeroSoorten() throws {
        let cells: [Disclosure.RawCell] = [("proefplaatsing", 0), ("tijdelijk", 1), ("vast", 7), ("detachering", 6)].map {
            .init(name: $0.0, personen: $0.1, banen: nil)
        }
        let b = Disclosure.protect(cells, minCellSize: 5, fixed: .init(joinsLast: "vast", boundedCell: nil, lowerBound: 0))
        #expect(b.names == ["vast"], "detachering (6) joins before vast although vast is larger only by one")
        #expect(b.overig?.personen == 7)
    }

    @Test func trialPlacementsKeepTheGroupGrowingWhileTheirLowerBoundRevealsThem() {
        // 6 persons run only a trial placement; a reader knows ≥ 6 of them from
        // personen_lopend − quotum.personen, so S − 6 must reach m as well.
        let cells: [Disclosure.RawCell] = [("proefplaatsing", 6), ("tijdelijk", 2), ("vast", 20), ("detachering", 5)].map {
            .init(name: $0.0, personen: $0.1, banen: nil)
        }
        let b = Disclosure.protect(cells, minCellSize: 5, fixed: .init(joinsLast: "vast", boundedCell: "proefplaatsing", lowerBound: 6))
        // tijdelijk small → group {tijdelijk}; joins detachering (5) → S = 7; proef not in group: stop.
        #expect(b.names == ["proefplaatsing", "vast"])
        let trial: [Disclosure.RawCell] = [("proefplaatsing", 3), ("tijdelijk", 9), ("vast", 20), ("detachering", 12)].map {
            .init(name: $0.0, personen: $0.1, banen: nil)
        }
        let t = Disclosure.protect(trial, minCellSize: 5, fixed: .init(joinsLast: "vast", boundedCell: "proefplaatsing", lowerBound: 3))
        // {proef 3} + tijdelijk 9 = 12, 12 − 3 = 9 ≥ 5: stop.
        #expect(t.names == ["vast", "detachering"])
        #expect(t.overig?.personen == 12)
    }

    @Test func twoWaySplitAndRetentionHideSmallParts() {
        #expect(Disclosure.split(part: 3, banen: 2, total: 20, minCellSize: 5).personen == nil)
        #expect(Disclosure.split(part: 17, banen: 2, total: 20, minCellSize: 5).personen == nil, "the other 3 would be small")
        #expect(Disclosure.split(part: 0, banen: 0, total: 3, minCellSize: 5).personen == 0, "nobody above the plan: the rest is the headline")
        #expect(Disclosure.split(part: 10, banen: 7, total: 20, minCellSize: 5).personen == 10)
        #expect(Disclosure.retention(instroom: 10, behouden: 8, minCellSize: 5).behouden == nil, "2 leavers")
        #expect(Disclosure.retention(instroom: 10, behouden: 5, minCellSize: 5).behoudPct == 50)
        #expect(Disclosure.retention(instroom: 0, behouden: 0, minCellSize: 5) == Retention(instroom: 0, behouden: 0, behoudPct: nil))
        #expect(Disclosure.retention(instroom: 3, behouden: 0, minCellSize: 5).behouden == nil)
    }
}

@Suite struct DisclosureInSummaryTests {
    func placements(_ perDepartment: [(String, Int)], soort: String = "vast") -> String {
        var rows = [placementHeader]
        var n = 0
        for (dept, count) in perDepartment {
            for _ in 0..<count {
                n += 1
                rows.append("P\(n);Q\(n);\(dept);\(soort);1-1-2020;;10;;wajong")
            }
        }
        return rows.joined(separator: "\n")
    }

    @Test func groupedDepartmentsAreAbsentFromTheJSON() throws {
        let s = try summary(["plaatsingen.csv": placements([("Beheer", 8), ("Griffie", 2), ("Publiek", 6), ("Zorg", 7)])])
        let json = SummaryJSON.encode(s).serialized()
        #expect(!json.contains("Griffie") && !json.contains("Publiek"))
        #expect(json.contains("\"per_afdeling_overig\":{\"personen\":8,"))
    }

    @Test func theShareVastIsWithheldWhenVastIsGrouped() throws {
        // Zoetermeer 2019 in v1.1: 35 % × 40 persons gave back a hidden vast cell of 14.
        var rows = [placementHeader]
        for n in 1...3 { rows.append("V\(n);A\(n);X;vast;1-1-2020;;10;;") }
        for n in 1...20 { rows.append("T\(n);B\(n);X;tijdelijk;1-1-2020;;10;;") }
        let s = try summary(["plaatsingen.csv": rows.joined(separator: "\n")])
        let d = s.duurzaamheid.selected
        #expect(d.personenLopend == 23)
        #expect(d.waarde == nil)
        #expect(d.perSoort?.isFullyGrouped == true, "vast joins last, but tijdelijk alone would equal the total")
        #expect(!SummaryJSON.encode(s).serialized().contains("\"vast\""))
    }

    @Test func aFileWithoutRowsGivesCountsOfZero() throws {
        let s = try summary(["plaatsingen.csv": placementHeader + "\n"])
        #expect(s.quotum.selected.personen == 0)
        #expect(s.quotum.selected.banen == 0)
        #expect(s.quotum.reeks.isEmpty)
        #expect(s.duurzaamheid.selected.personenLopend == 0)
        #expect(s.duurzaamheid.selected.perSoort?.names == ["proefplaatsing", "tijdelijk", "vast", "detachering"])
        #expect(s.duurzaamheid.selected.waarde == nil)
        #expect(s.duurzaamheid.selected.doorstroom == 0)
    }

    @Test func placementsAfterThePeildatumAreIgnoredEverywhere() throws {
        let s = try summary(
            ["plaatsingen.csv": placementHeader + "\nP1;A;X;vast;1-1-2019;;36;;\nP2;B;X;vast;1-1-2021;;36;;\nP3;C;X;vast;1-1-2016;31-12-2016;36;;\n"],
            toml: tomlWith(peildatum: "2020-12-31"))
        #expect(s.quotum.reeks.first?.jaar == 2016)
        let later = try summary(["plaatsingen.csv": placementHeader + "\nP2;B;X;vast;1-1-2021;;36;;\n"])
        #expect(later.quotum.reeks.isEmpty, "a placement after the peildatum does not make a first year")
        #expect(later.quotum.selected.personen == 0)
    }
}
