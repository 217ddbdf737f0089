import RaadsMetrics
import Testing
@testable import RaadsPresentation

/// The comparison on hand-made pairs of summaries, with the disclosure rule (issue 12).
@Suite struct SnapshotComparisonTests {
    static func quotum(_ jaar: Int, waarde: Double, doel: Double = 12, status: String = "risico", afdelingen: String, overig: String) -> String {
        #"{"jaar":\#(jaar),"parameters":{"quotum":{"titel":"Quotum","jaar":\#(jaar),"waarde":\#(waarde),"doel":\#(doel),"eenheid":"banen","status":"\#(status)","detail":{"per_afdeling":{\#(afdelingen)},"per_afdeling_overig":\#(overig)},"reeks":[]},"informatievoorziening":{"status":"op_koers"}}}"#
    }

    static func snap(
        _ n: Int64?, peildatum: Day, years: [ArchivedSnapshot.Year], contracts: [ArchivedSnapshot.ContractState] = [],
        gemeente: String = "Testgemeente", fingerprint: String
    ) -> ArchivedSnapshot {
        ArchivedSnapshot(
            number: n, gemeente: gemeente, peildatum: peildatum, fingerprint: fingerprint, createdAt: "2025-03-12T14:03:00+01:00",
            labels: n == nil ? [] : ["Commissie"], dashboard: "griffie", toolVersion: "0.1.0", years: years, contracts: contracts)
    }

    let shownAB = #""A":{"personen":6,"banen":4.0},"B":{"personen":5,"banen":3.0}"#
    let shownA = #""A":{"personen":6,"banen":4.0}"#

    /// Before: A and B shown; after: B grouped under "overig". B's new value is 2 personen and
    /// 1,25 banen; nothing computed may reveal it.
    func movedToGrouped() -> SnapshotComparison {
        let before = Self.snap(
            1, peildatum: Day(year: 2024, month: 12, day: 31)!,
            years: [
                .init(jaar: 2024, summaryJSON: Self.quotum(2024, waarde: 10, afdelingen: shownAB, overig: #"{"personen":7,"banen":3.0}"#), questions: [])
            ], fingerprint: "aaaa")
        let after = Self.snap(
            2, peildatum: Day(year: 2024, month: 12, day: 31)!,
            years: [
                .init(jaar: 2024, summaryJSON: Self.quotum(2024, waarde: 8.25, afdelingen: shownA, overig: #"{"personen":9,"banen":4.25}"#), questions: [])
            ], fingerprint: "bbbb")
        return SnapshotComparison.compare(before, after)
    }

    @Test func aDepartmentMovingFromShownToGroupedGetsNoDifference() throws {
        let c = movedToGrouped()
        let figures = try #require(c.revisions.first { $0.parameter == .quotum && $0.jaar == 2024 }).figures
        let b = try #require(figures.first { $0.path == ["detail", "per_afdeling", "B", "personen"] })
        #expect(b.voor == .number(5))
        #expect(b.na == nil)  // grouped now: not published
        #expect(b.verschil == nil)  // and never subtracted
        let overig = figures.filter { $0.path.contains("per_afdeling_overig") }
        #expect(overig.count == 2)
        #expect(overig.allSatisfy { $0.verschil == nil && $0.withheld })
        // No number anywhere in the comparison equals B's grouped value (2 personen, 1,25 banen).
        let differences = c.revisions.flatMap(\.figures).compactMap(\.verschil) + c.parameters.compactMap(\.verschil)
        #expect(!differences.contains { abs($0 - 2) < 1e-9 || abs($0 - 1.25) < 1e-9 || abs($0 + 1.25) < 1e-9 || abs($0 + 2) < 1e-9 })
        for format in [ComparisonReport.text(c, .nl), ComparisonReport.markdown(c, .nl), ComparisonReport.json(c).serialized()] {
            #expect(!format.contains("1,25") && !format.contains("1.25"))
            #expect(!format.contains("−2 ") && !format.contains("+2 "))
        }
        #expect(ComparisonReport.text(c, .nl).contains("B › personen: 5 → niet gepubliceerd"))
    }

    @Test func aDepartmentMovingFromGroupedToShownGetsNoDifferenceEither() throws {
        let before = Self.snap(
            1, peildatum: Day(year: 2024, month: 12, day: 31)!,
            years: [
                .init(jaar: 2024, summaryJSON: Self.quotum(2024, waarde: 8.25, afdelingen: shownA, overig: #"{"personen":9,"banen":4.25}"#), questions: [])
            ], fingerprint: "aaaa")
        let after = Self.snap(
            2, peildatum: Day(year: 2024, month: 12, day: 31)!,
            years: [
                .init(jaar: 2024, summaryJSON: Self.quotum(2024, waarde: 10, afdelingen: shownAB, overig: #"{"personen":7,"banen":3.0}"#), questions: [])
            ], fingerprint: "bbbb")
        let figures = try #require(SnapshotComparison.compare(before, after).revisions.first?.figures)
        let b = try #require(figures.first { $0.path == ["detail", "per_afdeling", "B", "banen"] })
        #expect(b.voor == nil && b.na == .number(3) && b.verschil == nil)
        #expect(figures.filter { $0.path.contains("per_afdeling_overig") }.allSatisfy { $0.verschil == nil })
    }

    @Test func withTheSameShownCellsBothCellsAndOverigAreCompared() throws {
        let before = Self.snap(
            1, peildatum: Day(year: 2024, month: 12, day: 31)!,
            years: [
                .init(jaar: 2024, summaryJSON: Self.quotum(2024, waarde: 10, afdelingen: shownAB, overig: #"{"personen":7,"banen":3.0}"#), questions: [])
            ], fingerprint: "aaaa")
        let after = Self.snap(
            2, peildatum: Day(year: 2024, month: 12, day: 31)!,
            years: [
                .init(
                    jaar: 2024,
                    summaryJSON: Self.quotum(
                        2024, waarde: 11, afdelingen: #""A":{"personen":6,"banen":4.5},"B":{"personen":5,"banen":3.0}"#,
                        overig: #"{"personen":8,"banen":3.5}"#), questions: [])
            ], fingerprint: "bbbb")
        let c = SnapshotComparison.compare(before, after)
        let figures = try #require(c.revisions.first?.figures)
        #expect(figures.first { $0.path == ["detail", "per_afdeling", "A", "banen"] }?.verschil == 0.5)
        #expect(figures.first { $0.path == ["detail", "per_afdeling_overig", "banen"] }?.verschil == 0.5)
        #expect(figures.first { $0.path == ["detail", "per_afdeling_overig", "personen"] }?.verschil == 1)
        let q = try #require(c.parameters.first { $0.id == .quotum })
        #expect(q.waardeVoor == 10 && q.waardeNa == 11 && q.verschil == 1 && q.changed)
    }

    @Test func headlineRevisionsContractsAndQuestions() throws {
        let y2023old = Self.quotum(2023, waarde: 9, status: "risico", afdelingen: shownA, overig: "null")
        let y2023new = Self.quotum(2023, waarde: 9.5, status: "risico", afdelingen: shownA, overig: "null")
        let before = Self.snap(
            1, peildatum: Day(year: 2024, month: 6, day: 30)!,
            years: [
                .init(jaar: 2023, summaryJSON: y2023old, questions: []),
                .init(
                    jaar: 2024, summaryJSON: Self.quotum(2024, waarde: 9, status: "risico", afdelingen: shownA, overig: "null"),
                    questions: [.init(id: "fonds", text: "Waarom is het fonds niet benut?")]),
            ], contracts: [.init(id: "C1", status: "loopt"), .init(id: "C2", status: "voldaan")], fingerprint: "aaaa")
        let after = Self.snap(
            nil, peildatum: Day(year: 2024, month: 12, day: 31)!,
            years: [
                .init(jaar: 2023, summaryJSON: y2023new, questions: []),
                .init(
                    jaar: 2024, summaryJSON: Self.quotum(2024, waarde: 12, status: "op_koers", afdelingen: shownA, overig: "null"),
                    questions: [.init(id: "sroi", text: "Waarom lopen contracten achter?")]),
            ], contracts: [.init(id: "C1", status: "niet_voldaan"), .init(id: "C2", status: "voldaan"), .init(id: "C3", status: "loopt")],
            fingerprint: "bbbb")
        let c = SnapshotComparison.compare(before, after)
        #expect(c.jaar == 2024)
        let q = try #require(c.parameters.first { $0.id == .quotum })
        #expect(q.waardeVoor == 9 && q.waardeNa == 12 && q.verschil == 3 && q.statusVoor == "risico" && q.statusNa == "op_koers")
        // 2023 was complete before and differs now: a revision. 2024 was partial: an update, not a revision.
        #expect(c.revisions.map(\.jaar) == [2023])
        #expect(c.revisions.first?.figures.first { $0.path == ["waarde"] }?.verschil == 0.5)
        #expect(c.contracts == [.init(id: "C1", voor: "loopt", na: "niet_voldaan"), .init(id: "C3", voor: nil, na: "loopt")])
        #expect(c.newQuestions == ["Waarom lopen contracten achter?"])
        #expect(c.resolvedQuestions == ["Waarom is het fonds niet benut?"])
        let text = ComparisonReport.text(c, .nl)
        #expect(text.contains("Wat is er veranderd sinds 12-03-2025 (\"Commissie\")"))
        #expect(text.contains("Quotum banenafspraak 2024: 9,0 banen → 12,0 banen (+3,0); doel 12,0 banen; risico → op koers"))
        #expect(text.contains("C1: loopt → niet voldaan"))
        #expect(text.contains("Opgelost: Waarom is het fonds niet benut?"))
        let json = ComparisonReport.json(c).serialized()
        #expect(json.contains(#""contract_id":"C1","status_voor":"loopt","status_na":"niet_voldaan""#))
    }

    @Test func aYearTheEarlierSnapshotLacksGetsNoDifference() throws {
        let before = Self.snap(
            1, peildatum: Day(year: 2024, month: 12, day: 31)!,
            years: [
                .init(jaar: 2024, summaryJSON: Self.quotum(2024, waarde: 9, afdelingen: shownA, overig: "null"), questions: [])
            ], fingerprint: "aaaa")
        let after = Self.snap(
            nil, peildatum: Day(year: 2025, month: 3, day: 31)!,
            years: [
                .init(jaar: 2024, summaryJSON: Self.quotum(2024, waarde: 9, afdelingen: shownA, overig: "null"), questions: []),
                .init(jaar: 2025, summaryJSON: Self.quotum(2025, waarde: 4, afdelingen: shownA, overig: "null"), questions: []),
            ], fingerprint: "bbbb")
        let c = SnapshotComparison.compare(before, after)
        let q = try #require(c.parameters.first { $0.id == .quotum })
        #expect(q.jaarVoor == 2024 && q.waardeVoor == 9 && q.waardeNa == 4 && q.verschil == nil)
        #expect(c.revisions.isEmpty)
        #expect(ComparisonReport.text(c, .nl).contains("(eerder: jaar 2024)"))
    }

    @Test func tilesShowTheChangeSinceTheSnapshot() throws {
        let r = DatasetLoader.load(from: DefaultDataset.source)
        let ds = try #require(r.dataset)
        let now = Metrics.summary(ds, year: ds.info.peildatum.year)
        var json = SummaryJSON.encode(now).serialized()
        let realised = try #require(now.quotum.selected.waarde)
        // The same summary with the quota 3 banen lower: the tile shows +3,0.
        json = json.replacingOccurrences(
            of: #""quotum":{"titel":"Quotum banenafspraak","reden":null,"jaar":\#(now.jaar),"waarde":\#(JSON.number(realised).serialized())"#,
            with: #""quotum":{"titel":"Quotum banenafspraak","reden":null,"jaar":\#(now.jaar),"waarde":\#(JSON.number(realised - 3).serialized())"#)
        #expect(json != SummaryJSON.encode(now).serialized())
        let since = Self.snap(
            1, peildatum: ds.info.peildatum, years: [.init(jaar: now.jaar, summaryJSON: json, questions: [])],
            gemeente: ds.info.naam, fingerprint: "aaaa")
        let tiles = Presenter.withChanges(Presenter.tiles(now, language: .nl), now, since: since, language: .nl)
        #expect(tiles.first { $0.id == .quotum }?.change?.hasPrefix("+3,0 sinds 12-03") == true)
        #expect(tiles.first { $0.id == .duurzaamheid }?.change == "gelijk sinds 12-03")
        // Another municipality's snapshot is never used.
        let elsewhere = Self.snap(1, peildatum: ds.info.peildatum, years: since.years, gemeente: "Elders", fingerprint: "aaaa")
        #expect(Presenter.withChanges(Presenter.tiles(now, language: .nl), now, since: elsewhere, language: .nl).allSatisfy { $0.change == nil })
    }
}
