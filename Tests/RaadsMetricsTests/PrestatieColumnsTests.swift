import Foundation
import Testing

@testable import RaadsMetrics

/// The loader keeps prestaties by column (issue 9). Reading them back must give the rows the
/// file holds, and the figures must be those of the same prestaties kept as rows.
@Suite struct PrestatieColumnsTests {
    static let files = [
        "contracten.csv":
            "contract_id;procedure;categorie;gunningsdatum;aanneemsom\nC1;europees;werken;1-1-2020;1000000\nC2;nationaal;diensten;1-3-2020;500000\n",
        "bouwblokken.csv": "code;omschrijving;hoofdonderdeel;eenheid;waarde\nUUR;Uur;ontwikkeling;uur;75\nSEB;Inkoop;maatschappelijk;euro;1\n",
        "sroi_prestaties.csv": """
        prestatie_id;contract_id;bouwblok;datum;aantal;geverifieerd;woonplaats
        P1;C1;UUR;2020-02-01;10;ja;Zoetermeer
        "P2";C2;SEB;1-4-2020;1.250,50;nee;
        P3;C1;SEB;2020-05-01;300;ja;Café Zuid
        P4;C9;UUR;2020-05-01;1;ja;Delft
        P5;C2;UUR;2021-01-01;4;ja;Zoetermeer

        """,
    ]

    @Test func theColumnsReadBackAsTheFileSRows() throws {
        let r = load(Self.files, toml: tomlWith(peildatum: "2021-06-30", extra: "[sroi]\nwoonplaatsen_gemeente = [\"Zoetermeer\"]\n"))
        // P4 names an unknown contract: refused, not stored.
        #expect(r.diagnostics.errors.map(\.line) == [5])
        let prestaties = try #require(r.dataset?.prestaties)
        guard case .columns = prestaties.storage else {
            Issue.record("the loader keeps prestaties by column")
            return
        }
        #expect(
            Array(prestaties) == [
                Performance(
                    line: 2, id: "P1", contractID: "C1", bouwblok: "UUR", datum: try #require(Day(year: 2020, month: 2, day: 1)), aantal: 10,
                    geverifieerd: true, woonplaats: "Zoetermeer"),
                Performance(
                    line: 3, id: "P2", contractID: "C2", bouwblok: "SEB", datum: try #require(Day(year: 2020, month: 4, day: 1)), aantal: 1250.5,
                    geverifieerd: false, woonplaats: nil),
                Performance(
                    line: 4, id: "P3", contractID: "C1", bouwblok: "SEB", datum: try #require(Day(year: 2020, month: 5, day: 1)), aantal: 300,
                    geverifieerd: true, woonplaats: "Café Zuid"),
                Performance(
                    line: 6, id: "P5", contractID: "C2", bouwblok: "UUR", datum: try #require(Day(year: 2021, month: 1, day: 1)), aantal: 4,
                    geverifieerd: true, woonplaats: "Zoetermeer"),
            ])
    }

    @Test func columnsAndRowsGiveTheSameFigures() throws {
        for name in ["zoetermeer", "voorbeeldgemeente"] {
            let r = DatasetLoader.load(from: DirectorySource(path: sampleData(name)))
            var ds = try #require(r.dataset)
            let year = ds.info.peildatum.year
            let fromColumns = SummaryJSON.encode(Metrics.summary(ds, year: year)).serialized(pretty: true)
            ds.prestaties = ds.prestaties.map { Prestaties(Array($0)) }
            if case .columns = ds.prestaties?.storage { Issue.record("expected rows") }
            let fromRows = SummaryJSON.encode(Metrics.summary(ds, year: year)).serialized(pretty: true)
            #expect(fromColumns == fromRows, "\(name)")
        }
    }
}
