import Testing

@testable import RaadsMetrics

/// Issue 13: every diagnostic carries its kind from the place that makes it, so that the
/// refusal screen chooses its advice by the kind and never reads the Dutch message back.
@Suite struct DiagnosticKindTests {
    /// `file:line:column` and kind of every diagnostic of a load (warnings included).
    static func kinds(_ r: LoadResult) -> [String] {
        r.diagnostics.map { "\($0.file):\($0.line):\($0.column ?? 0) \($0.kind)" }
    }

    /// Every kind a site of the loader sets, collected by the tests below.
    static let rowFiles: [String: String] = [
        "doelen.csv": """
        jaar;indicator;doel;eenheid;vastgesteld_door
        twintig;quotum banen;;fte;raad
        2020;quotum_banenafspraak;9999999999999;fte;iemand
        2021;quotum_banenafspraak;drie;;raad
        """,
        "plaatsingen.csv": """
        plaatsing_id;persoon;afdeling;soort;start;einde;uren_per_week
        P1;A1;;vast;;;10
        P2;A2;X;vast;2020-02-30;;10
        P3;A3;X;vast;gisteren;;10
        P1;A4;X;vast;1-1-2020;;10
        """,
        "contracten.csv": "contract_id;procedure;categorie;gunningsdatum;aanneemsom;loonsom\nC1;europees;werken;1-1-2020;100;50\n",
        "sroi_prestaties.csv": """
        prestatie_id;contract_id;bouwblok;datum;aantal
        S1;C9;B1;1-2-2020;1
        S1;;B1;1-2-2020;1
        ;C1;B1;1-2-2020;1
        """,
        "regio.csv": "arbeidsmarktregio;jaar;jaar;bsn\nX;2020;2020;1\n",
    ]

    @Test func theRowAndHeaderRulesSetTheKindOfEachMessage() {
        let r = load(Self.rowFiles)
        #expect(
            Self.kinds(r) == [
                "doelen.csv:2:1 malformedYear",
                "doelen.csv:2:2 malformedIdentifier",
                "doelen.csv:2:3 requiredEmpty",  // a number
                "doelen.csv:3:3 outOfRange",
                "doelen.csv:3:5 notAllowedValue",
                "doelen.csv:4:3 malformedNumber",
                "doelen.csv:4:4 requiredEmpty",  // a choice
                "plaatsingen.csv:2:3 requiredEmpty",  // a text
                "plaatsingen.csv:2:5 requiredEmpty",  // a date
                "plaatsingen.csv:3:5 impossibleDate",
                "plaatsingen.csv:4:5 malformedDate",
                "plaatsingen.csv:5:1 duplicateID",  // FileRules.IDs.check
                "sroi_prestaties.csv:2:2 unknownReference",
                "sroi_prestaties.csv:2:3 referenceIntoMissingFile",
                "sroi_prestaties.csv:3:1 duplicateID",  // the prestaties' own id table
                "sroi_prestaties.csv:3:2 requiredEmpty",  // a reference
                "sroi_prestaties.csv:3:3 referenceIntoMissingFile",
                "sroi_prestaties.csv:4:1 requiredEmpty",  // the prestatie_id
                "sroi_prestaties.csv:4:3 referenceIntoMissingFile",
                "regio.csv:1:1 missingColumn",
                "regio.csv:1:3 duplicateColumn",
                "regio.csv:1:4 personalDataColumn",
            ], "\(r.diagnostics.map(\.description))")
    }

    @Test func messagesThatSayWhatToDoThemselvesAreOther() {
        let r = load([
            "plaatsingen.csv": """
            plaatsing_id;persoon;afdeling;soort;start;einde;uren_per_week;bovenformatief
            P1;A1;X;vast;1-1-2020;1-1-2019;0;misschien
            P2;A2;X;vast;1-1-1800;;10;nee
            """
        ])
        #expect(!r.diagnostics.isEmpty)
        #expect(r.diagnostics.allSatisfy { $0.kind == .other }, "\(Self.kinds(r))")
    }

    @Test func datasetTomlSetsTheKindOfEachMessage() {
        let r = load([:], toml: tomlWith(extra: "[normen]\nurennorm = \"veel\"\n[privacy]\nmin_celgrootte = 10000000000000\n"))
        #expect(Self.kinds(r) == ["dataset.toml:6:1 malformedNumber", "dataset.toml:8:1 outOfRange"], "\(printed(r))")
        for (peildatum, message) in [
            ("2023-02-29", "'2023-02-29' is geen bestaande datum (JJJJ-MM-DD)"),
            ("30-02-2024", "'30-02-2024' is geen bestaande datum"),
        ] {
            let bad = load([:], toml: tomlWith(peildatum: peildatum))
            #expect(bad.diagnostics.map(\.kind) == [.impossibleDate], "\(printed(bad))")
            #expect(bad.diagnostics.first?.message == "ongeldige TOML: " + message)
        }
        #expect(load([:], toml: tomlWith(peildatum: "30-09-2024")).diagnostics.map(\.kind) == [.other], "a Dutch date that exists")
    }

    @Test func theSummaryLinesOfWhatIsLeftOutAreMoreOmitted() {
        let sink = DiagnosticSink()
        // dataset.toml and ten files of 101 errors: the eleventh file is not shown at all.
        for f in 0...10 {
            for line in 1...(DiagnosticSink.perFileLimit + 1) { sink.error("f\(f).csv", line, 1, "fout", kind: .malformedNumber) }
        }
        let out = sink.finish { Int($0.dropFirst().prefix { $0.isNumber }) ?? 0 }
        let summaries = out.filter { $0.message.hasPrefix("en nog ") }
        #expect(summaries.count == 11, "one per shown file and one for the rest")
        #expect(summaries.allSatisfy { $0.kind == .moreOmitted })
        #expect(out.filter { $0.kind == .malformedNumber }.count == DiagnosticSink.totalLimit, "a kept diagnostic keeps its kind")
    }

    @Test func theKindIsNeverPrintedAndDoesNotCountForEquality() {
        let plain = Diagnostic.error("doelen.csv", 2, 3, "'doel' is verplicht maar leeg")
        let typed = Diagnostic.error("doelen.csv", 2, 3, "'doel' is verplicht maar leeg", kind: .requiredEmpty)
        #expect(plain.kind == .other, "the default")
        #expect(typed == plain)
        #expect(typed.hashValue == plain.hashValue)
        #expect(typed.description == plain.description)
        #expect(Diagnostic.warning("a", 1, nil, "m", kind: .moreOmitted).description == "a:1: warning: m")
    }

    /// Together the loads above set every kind.
    @Test func everyKindHasASite() {
        var seen = Set(load(Self.rowFiles).diagnostics.map(\.kind))
        seen.formUnion(load([:], toml: tomlWith(extra: "[normen]\nurennorm = \"veel\"\n[privacy]\nmin_celgrootte = 10000000000000\n")).diagnostics.map(\.kind))
        seen.formUnion(load([:], toml: tomlWith(peildatum: "2023-02-29")).diagnostics.map(\.kind))
        let sink = DiagnosticSink()
        for line in 1...(DiagnosticSink.perFileLimit + 1) { sink.error("a.csv", line, 1, "fout") }
        seen.formUnion(sink.finish { _ in 0 }.map(\.kind))
        #expect(seen.union([.other]) == Set(Diagnostic.Kind.allCases), "missing: \(Set(Diagnostic.Kind.allCases).subtracting(seen))")
    }
}
