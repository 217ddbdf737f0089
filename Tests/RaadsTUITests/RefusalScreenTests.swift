import RaadsMetrics
import RaadsPresentation
import Testing

@testable import RaadsTUI

/// Issue 10: the screen that refuses a dataset with errors lists them, with place, what to do
/// and the parameters they affect; it scrolls, switches language, and `r` reads the data again.
@Suite("refusal screen")
struct RefusalScreenTests {
    static let toml = "naam = \"Voorbeeld\"\npeildatum = 2020-12-31\nfictief = true\n"
    static let brokenFiles: [String: String] = [
        "dataset.toml": toml,
        "doelen.csv": "jaar;indicator;doel;eenheid;vastgesteld_door\n2020;quotum_banenafspraak;twee;fte;raad\n",
        "contracten.csv": "contract_id;procedure;categorie;gunningsdatum;aanneemsom;loonsom\nC1;openbaar;werken;1-1-2020;100;50\n",
        "bouwblokken.csv": "code;omschrijving;hoofdonderdeel;eenheid;waarde\nB1;Baan;banen;jaar;1\n",
        "sroi_prestaties.csv": "prestatie_id;contract_id;bouwblok;datum;aantal\nS1;C1;B1;1-2-2020;1\nS2;C9;B1;1-2-2020;1\n",
        "plaatsingen.csv": "plaatsing_id;persoon;afdeling;soort;start;uren_per_week\nP1;A1;X;vast;1-1-2020;\n",
    ]
    static func load(_ files: [String: String] = brokenFiles) -> LoadResult {
        DatasetLoader.load(from: InMemorySource(label: "voorbeeld", texts: files))
    }
    static func state(width: Int = 80, height: Int = 24, language: Language = .nl, glyphs: Glyphs = .unicode) -> RefusalState {
        RefusalState(report: RefusalReport(label: "voorbeeld", result: load()), language: language, width: width, height: height, glyphs: glyphs)
    }

    @Test func theWholeScreenAt80x24() {
        let screen = renderRefusal(Self.state())
        expectGolden(screen, "refusal-80x24")
        let text = screen.text
        #expect(screen.line(0).contains("dataset geweigerd"))
        #expect(text.contains("De dataset 'voorbeeld' wordt niet getoond: 4 fouten"))
        #expect(text.contains("1. doelen.csv, regel 2, kolom 3"))
        #expect(text.contains("Oplossen: Schrijf alleen cijfers"))
        #expect(text.contains("Raakt: Quotum banenafspraak"))
        #expect(!text.contains("error:"), "the compiler form is for the command line")
        #expect(screen.line(23).contains("q stop"))
        #expect(screen.line(23).contains("r opnieuw inlezen"))
    }

    @Test func theWholeScreenInEnglishAt120x40() {
        let screen = renderRefusal(Self.state(width: 120, height: 40, language: .en))
        expectGolden(screen, "refusal-en-120x40")
        #expect(screen.text.contains("1. doelen.csv, line 2, column 3"))
        #expect(screen.text.contains("To fix: Write digits only"))
        #expect(screen.text.contains("Affects: \(ParameterID.sroiRealisatie.title(.en))"))
    }

    @Test func aLongListScrollsToItsEnd() {
        var s = Self.state()
        #expect(s.maxScroll > 0, "the list is longer than one screen at 80x24")
        #expect(renderRefusal(s).line(23).contains("regel 1–21 van"))
        s = updateRefusal(s, .key(.end))
        #expect(s.scroll == s.maxScroll)
        let text = renderRefusal(s).text
        #expect(text.contains("4. sroi_prestaties.csv, regel 3, kolom 2"))
        #expect(text.contains("'contract_id' \"C9\" bestaat niet in contracten.csv"))
        #expect(!text.contains("1. doelen.csv"))
        s = updateRefusal(s, .key(.home))
        #expect(s.scroll == 0)
        s = updateRefusal(s, .key(.up))
        #expect(s.scroll == 0)
        s = updateRefusal(s, .key(.character("t")))
        #expect(s.language == .en)
        s = updateRefusal(s, .key(.character("q")))
        #expect(!s.isRunning)
    }

    /// The dashboard's own reload pop-up: the same errors in words, over the old figures.
    @Test func theReloadPopUpShowsTheErrorsInWords() {
        let (ds, diags) = Fixture.zoetermeer
        let runner = AppRunner(state: Fixture.state(), dataset: ds, diagnostics: diags, environment: DataEnvironment(load: { Self.load() }))
        let terminal = RecordingTerminal(width: 80, height: 24, events: [.key(.character("r"))])
        runner.run(on: terminal)
        let screen = terminal.frames.last!
        expectGolden(screen, "panel-reload-words-80x24")
        #expect(screen.text.contains("doelen.csv, regel 2, kolom 3: fout: 'doel' moet"))
        #expect(screen.text.contains("Raakt: Quotum banenafspraak"))
        #expect(!screen.text.contains("error:"))
    }

    /// Issue 10: warnings in the detail screens and under v are in words, in both languages.
    @Test func warningsOnTheScreensAreInWords() {
        for (l, expected) in [
            (Language.nl, "contracten.csv, regel 9, kolom 11: waarschuwing: contract 'C-2022-04'"),
            (.en, "contracten.csv, line 9, column 11: warning: contract 'C-2022-04'"),
        ] {
            var s = OpbrengstScreenTests.state("voorbeeldgemeente", width: 120, height: 40, board: "raad")
            s.language = l
            s.selected = s.parameters.firstIndex(of: .sroiNaleving)!
            s = update(s, .key(.enter)).0
            s = update(s, .key(.end)).0
            let detail = render(s).text
            #expect(detail.contains(expected), "\(l):\n\(detail)")
            #expect(!detail.contains("contracten.csv:9:11"))
            var q = OpbrengstScreenTests.state("voorbeeldgemeente", width: 120, height: 40, board: "griffie")
            q.language = l
            q = update(q, .key(.character("v"))).0
            q = update(q, .key(.end)).0
            #expect(render(q).text.contains(expected), "\(l): questions screen")
        }
    }

    @Test func theFooterAlwaysShowsQ() {
        for (w, h) in [(40, 12), (60, 20), (80, 24), (200, 60)] {
            for l in Language.allCases {
                let footer = renderRefusal(Self.state(width: w, height: h, language: l)).line(h - 1)
                #expect(footer.contains(l == .nl ? "q stop" : "q quit"), "\(w)x\(h) \(l): \(footer)")
                #expect(footer.contains(l == .nl ? "r opnieuw inlezen" : "r read again"), "\(w)x\(h) \(l): \(footer)")
            }
        }
    }

    @Test func tooSmallSaysSoAndHowToLeave() {
        let screen = renderRefusal(Self.state(width: 30, height: 10))
        #expect(screen.text.contains("q stopt"))
    }

    @Test func asciiGlyphsOnly() {
        let screen = renderRefusal(Self.state(glyphs: .ascii))
        #expect(screen.text.unicodeScalars.allSatisfy { $0.isASCII }, "\(screen.text)")
    }

    @Test func quittingLeavesTheDatasetRefused() {
        let terminal = RecordingTerminal(width: 80, height: 24, events: [.key(.pageDown), .key(.character("q"))])
        let runner = RefusalRunner(state: Self.state(), reload: { Self.load() })
        #expect(runner.run(on: terminal) == nil)
        #expect(terminal.frames.count == 2)
    }

    @Test func rAfterAFixOpensTheDashboardAndRWithErrorsSaysHowMany() {
        final class Files: @unchecked Sendable { var files = RefusalScreenTests.brokenFiles }
        let files = Files()
        let terminal = RecordingTerminal(width: 80, height: 24, events: [.key(.character("r")), .key(.character("r"))])
        var reloads = 0
        let runner = RefusalRunner(
            state: Self.state(),
            reload: {
                reloads += 1
                if reloads == 2 { files.files = ["dataset.toml": Self.toml] }
                return Self.load(files.files)
            })
        let result = runner.run(on: terminal)
        #expect(result != nil && result?.hasErrors == false)
        #expect(terminal.frames.count == 2)
        #expect(terminal.frames[1].line(1).contains("opnieuw ingelezen: nog 4 fouten"))
    }
}
