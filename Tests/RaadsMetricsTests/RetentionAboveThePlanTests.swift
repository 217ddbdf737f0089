import Testing
@testable import RaadsMetrics

/// Issue 11: retention after a year of the people whose first placement was above the staffing
/// plan, shown only when neither they nor the other starters form a small group.
@Suite struct RetentionAboveThePlanTests {
    static let header = "plaatsing_id;persoon;afdeling;soort;start;einde;uren_per_week;bovenformatief;doelgroep\n"

    /// `above` starters above the plan (the first `aboveLeft` of them left after a month) and
    /// `others` other starters, all on 1-2-2019.
    static func placements(above: Int, aboveLeft: Int = 0, others: Int) -> String {
        var rows = header
        for i in 0..<above { rows += "B\(i);PB\(i);X;vast;1-2-2019;\(i < aboveLeft ? "1-3-2019" : "");25,5;ja;\n" }
        for i in 0..<others { rows += "O\(i);PO\(i);X;vast;1-2-2019;;25,5;nee;\n" }
        return rows
    }

    @Test func shownWhenNoGroupIsSmall() throws {
        let s = try summary(["plaatsingen.csv": Self.placements(above: 10, aboveLeft: 5, others: 5)], year: 2019)
        let d = s.duurzaamheid.selected
        #expect(d.behoud == Retention(instroom: 15, behouden: 10, behoudPct: 10.0 / 15 * 100))
        #expect(d.behoudBovenformatief == Retention(instroom: 10, behouden: 5, behoudPct: 50))
        #expect(!d.behoudBovenformatiefVerborgen)
    }

    @Test func hiddenWhenTheRestWouldBeSmall() throws {
        let d = try summary(["plaatsingen.csv": Self.placements(above: 5, others: 3)], year: 2019).duurzaamheid.selected
        #expect(d.behoudBovenformatief == nil)
        #expect(d.behoudBovenformatiefVerborgen, "3 other starters could be recomputed")
        let few = try summary(["plaatsingen.csv": Self.placements(above: 2, others: 8)], year: 2019).duurzaamheid.selected
        #expect(few.behoudBovenformatief == nil && few.behoudBovenformatiefVerborgen, "2 starters above the plan")
        // 10 above the plan, 2 of them left: the leavers are a small group, the count stays.
        let leavers = try summary(["plaatsingen.csv": Self.placements(above: 10, aboveLeft: 2, others: 5)], year: 2019).duurzaamheid.selected
        #expect(leavers.behoudBovenformatief == Retention(instroom: 10, behouden: nil, behoudPct: nil), "2 leavers above the plan")
        #expect(!leavers.behoudBovenformatiefVerborgen)
    }

    @Test func nobodyAboveThePlanIsZeroNotHidden() throws {
        let d = try summary(["plaatsingen.csv": Self.placements(above: 0, others: 6)], year: 2019).duurzaamheid.selected
        #expect(d.behoudBovenformatief == Retention(instroom: 0, behouden: 0, behoudPct: nil))
        #expect(!d.behoudBovenformatiefVerborgen)
    }

    /// Issue 11: the flow from trial placement to contract as a share. `ended` trial placements
    /// end on 31-3-2019; the first `movedOn` of those persons start a contract a week later.
    static func trials(ended: Int, movedOn: Int) -> String {
        var rows = header
        for i in 0..<ended {
            rows += "T\(i);PT\(i);X;proefplaatsing;1-1-2019;31-3-2019;20;nee;\n"
            if i < movedOn { rows += "C\(i);PT\(i);X;tijdelijk;7-4-2019;;20;nee;\n" }
        }
        return rows
    }

    @Test func flowShareIsShownOnlyWithoutSmallGroups() throws {
        func flow(_ ended: Int, _ movedOn: Int) throws -> (Int?, FlowShare?) {
            let d = try summary(["plaatsingen.csv": Self.trials(ended: ended, movedOn: movedOn)], year: 2019).duurzaamheid.selected
            return (d.doorstroom, d.doorstroomAandeel)
        }
        #expect(try flow(10, 4) == (4, FlowShare(beeindigd: 10, doorstroomPct: 40)), "6 did not move on: shown")
        #expect(try flow(6, 6) == (6, FlowShare(beeindigd: 6, doorstroomPct: 100)), "nobody stayed behind: not a small group")
        #expect(try flow(8, 5) == (5, FlowShare(beeindigd: nil, doorstroomPct: nil)), "3 did not move on: withheld")
        #expect(try flow(4, 0) == (0, FlowShare(beeindigd: nil, doorstroomPct: nil)), "4 ended: withheld")
        #expect(try flow(0, 0) == (0, FlowShare(beeindigd: 0, doorstroomPct: nil)), "none ended: no share")
    }
}
