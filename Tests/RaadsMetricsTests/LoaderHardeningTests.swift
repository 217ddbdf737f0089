import Foundation
import Testing
@testable import RaadsMetrics

/// Hostile and unlucky input for the loader (issue 8), and the loader rules of contract v1.2.
@Suite struct NumberRangeTests {
    @Test func amountsBeyondTenToTheTwelfthAreOutOfRange() {
        let r = load([
            "budget.csv": """
            jaar;post;soort;bedrag
            2020;fonds;begroting;€ 10.000.000.000.000.000.000
            2020;fonds;uitgave;€ 1.000.000.000.000
            2020;fonds;uitgave;1.000.000.000.001
            2020;fonds;uitgave;-1.000.000.000.001
            """
        ])
        #expect(
            printed(r) == [
                "budget.csv:2:4: error: 'bedrag' is buiten bereik: verwacht een getal van -1.000.000.000.000 tot en met 1.000.000.000.000 (10¹²), gevonden: \"€ 10.000.000.000.000.000.000\"",
                "budget.csv:4:4: error: 'bedrag' is buiten bereik: verwacht een getal van -1.000.000.000.000 tot en met 1.000.000.000.000 (10¹²), gevonden: \"1.000.000.000.001\"",
                "budget.csv:5:4: error: 'bedrag' is buiten bereik: verwacht een getal van -1.000.000.000.000 tot en met 1.000.000.000.000 (10¹²), gevonden: \"-1.000.000.000.001\"",
            ])
    }

    @Test func hugeNumbersGiveAClearErrorNeverInfinity() {
        let digits309 = "9" + String(repeating: "0", count: 308)
        let digits400 = "1" + String(repeating: "0", count: 399)
        let r = load([
            "kengetallen.csv": "datum,kengetal,waarde\n2020-06-01,a,\(digits309)\n2020-06-01,b,\(digits400)\n",
            "doelen.csv": "jaar,indicator,doel,eenheid,vastgesteld_door\n2020,quotum_banenafspraak,1000000000000000000,banen,raad\n",
        ])
        #expect(
            printed(r) == [
                "doelen.csv:2:3: error: 'doel' is buiten bereik: verwacht een getal van -1.000.000.000.000 tot en met 1.000.000.000.000 (10¹²), gevonden: \"1000000000000000000\"",
                "kengetallen.csv:2:3: error: 'waarde' is buiten bereik: verwacht een getal van -1.000.000.000.000 tot en met 1.000.000.000.000 (10¹²), gevonden: \"9\(String(repeating: "0", count: 49))…\" (309 tekens)",
                "kengetallen.csv:3:3: error: 'waarde' is buiten bereik: verwacht een getal van -1.000.000.000.000 tot en met 1.000.000.000.000 (10¹²), gevonden: \"1\(String(repeating: "0", count: 49))…\" (400 tekens)",
            ])
        #expect(r.dataset?.kengetallen?.isEmpty == true)
    }

    @Test func hugeTomlNumbersAreClearErrors() {
        #expect(
            printed(load([:], toml: tomlWith(extra: "[privacy]\nmin_celgrootte = 99999999999999999999999\n"))) == [
                "dataset.toml:6:18: error: ongeldige TOML: geheel getal '99999999999999999999999' is te groot (hoogstens 9223372036854775807)"
            ])
        #expect(
            printed(load([:], toml: tomlWith(extra: "[privacy]\nmin_celgrootte = 9223372036854775807\n"))) == [
                "dataset.toml:6:1: error: 'min_celgrootte' is buiten bereik: verwacht een geheel getal van 1 tot en met 1.000.000.000.000 (10¹²), gevonden: 9223372036854775807"
            ])
        #expect(
            printed(load([:], toml: tomlWith(extra: "[privacy]\nmin_celgrootte = 2e12\n"))) == [
                "dataset.toml:6:1: error: 'min_celgrootte' is buiten bereik: verwacht een geheel getal van 1 tot en met 1.000.000.000.000 (10¹²), gevonden: 2000000000000.0"
            ])
        #expect(load([:], toml: tomlWith(extra: "[privacy]\nmin_celgrootte = 5e9\n")).dataset?.minCellSize == 5_000_000_000)
        #expect(
            printed(load([:], toml: tomlWith(extra: "[normen]\nurennorm = 1e400\n"))) == [
                "dataset.toml:6:12: error: ongeldige TOML: getal '1e400' is te groot"
            ])
        #expect(
            printed(load([:], toml: tomlWith(extra: "[normen]\nurennorm = -9223372036854775808\nfte_uren = 1e300\n"))) == [
                "dataset.toml:6:1: error: 'normen.urennorm' moet groter dan 0 en hoogstens 168 (uren per week) zijn, gevonden: -9223372036854775808",
                "dataset.toml:7:1: error: 'normen.fte_uren' moet groter dan 0 en hoogstens 168 (uren per week) zijn, gevonden: 1e+300",
            ])
        #expect(throws: TOML.ParseError.self) { try TOML.parse("a = 0x1_0000_0000_0000_0000\n") }
    }
}

@Suite struct TOMLDepthTests {
    func message(_ text: String) -> String? {
        do {
            _ = try TOML.parse(text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func deeplyNestedArraysAndInlineTablesAreRefusedNotACrash() {
        #expect(message("a = " + String(repeating: "[", count: 32_700)) == "1:69: lijsten en inline tabellen zijn te diep genest (hoogstens 64 niveaus)")
        #expect(message("a = " + String(repeating: "{b = ", count: 100_000)) == "1:325: lijsten en inline tabellen zijn te diep genest (hoogstens 64 niveaus)")
        #expect(message("[" + Array(repeating: "a", count: 100_000).joined(separator: ".") + "]") != nil)
        #expect(message("a." + Array(repeating: "b", count: 100_000).joined(separator: ".") + " = 1") != nil)
    }

    @Test func sixtyFourLevelsAreFine() throws {
        let ok = "a = " + String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(message(ok) == nil)
        #expect(message("a = " + String(repeating: "[", count: 65) + String(repeating: "]", count: 65)) != nil)
    }

    @Test func inDatasetTomlTheErrorNamesLineAndColumn() {
        let r = load([:], toml: tomlWith(extra: "x = " + String(repeating: "[", count: 40_000)))
        #expect(printed(r) == ["dataset.toml:5:69: error: ongeldige TOML: lijsten en inline tabellen zijn te diep genest (hoogstens 64 niveaus)"])
    }
}

@Suite struct DiagnosticCapTests {
    @Test func aFileShowsItsFirstHundredAndCountsTheRest() {
        var text = "datum;kengetal;waarde\n"
        for _ in 0..<5000 { text += "1-6-2019;k;x\n" }
        let r = load(["kengetallen.csv": text])
        #expect(r.diagnostics.count == 101)
        #expect(r.errorCount == 5000)
        #expect(r.hasErrors)
        #expect(r.diagnostics.first?.line == 2)
        #expect(r.diagnostics[99].line == 101)
        #expect(
            r.diagnostics.last?.description
                == "kengetallen.csv:102:3: error: en nog 4900 fouten in dit bestand (per bestand worden de eerste 100 meldingen getoond)")
    }

    @Test func theFirstByPositionAreKeptWhateverTheOrderOfArrival() {
        let sink = DiagnosticSink()
        for line in (1...1000).reversed() { sink.error("a.csv", line, 2, "fout \(line)") }
        sink.warning("a.csv", 1, 1, "waarschuwing")
        let out = sink.finish { _ in 0 }
        #expect(out.count == 101)
        #expect(out[0].description == "a.csv:1:1: warning: waarschuwing")
        #expect(out[1].description == "a.csv:1:2: error: fout 1")
        #expect(out[99].description == "a.csv:99:2: error: fout 99")
        #expect(out[100].description == "a.csv:100:2: error: en nog 901 fouten in dit bestand (per bestand worden de eerste 100 meldingen getoond)")
        #expect(sink.errorCount == 1000 && sink.warningCount == 1)
    }

    @Test func atMostAThousandInAll() {
        let sink = DiagnosticSink()
        for f in 0..<20 {
            for line in 1...150 { sink.error("f\(f < 10 ? "0" : "")\(f).csv", line, 1, "x") }
        }
        sink.warning("f19.csv", 151, 1, "w")
        let out = sink.finish { _ in 0 }
        #expect(out.filter { $0.message == "x" }.count == 1000)
        #expect(out.count == 1000 + 10 + 1)
        #expect(
            out.last?.description
                == "f10.csv:1:1: error: en nog 1500 fouten en 1 waarschuwing in dit en volgende bestanden (er worden in totaal hoogstens 1000 meldingen getoond; in totaal 3000 fouten en 1 waarschuwing)"
        )
        #expect(sink.errorCount == 3000)
    }

    @Test func millionsOfExtraFieldsCostOneMessagePerRow() {
        var text = "datum;kengetal;waarde\n"
        let extras = String(repeating: ";x", count: 2000)
        for _ in 0..<1000 { text += "1-6-2019;k;1" + extras + "\n" }
        let r = load(["kengetallen.csv": text])
        #expect(r.errorCount == 1000)
        #expect(
            r.diagnostics.first?.description
                == "kengetallen.csv:2:4: error: niet-lege waarden in 2000 kolommen zonder kolomnaam in de kopregel, de eerste in kolom 4; geef de kolommen een naam of maak de velden leeg"
        )
        #expect(r.diagnostics.count == 101)
    }
}

@Suite struct PersonalDataInDiagnosticsTests {
    @Test func aNameTypedIntoATypedColumnOfPlaatsingenIsNotRepeated() {
        let r = load(["plaatsingen.csv": "plaatsing_id;persoon;afdeling;soort;start;uren_per_week\nP1;A1;X;Jan de Vries;1-1-2020;Piet\n"])
        let text = printed(r).joined(separator: "\n")
        #expect(!text.contains("Jan") && !text.contains("Piet"), "\(text)")
        #expect(
            text.contains(
                "'soort' moet een van deze waarden zijn: proefplaatsing, tijdelijk, vast, detachering; gevonden: een tekst van 12 tekens (niet herhaald: plaatsingen.csv bevat persoonsgegevens)"
            ))
        // Numbers and dates are repeated: they help the deliverer and name nobody.
        let dates = load(["plaatsingen.csv": "plaatsing_id;persoon;afdeling;soort;start;uren_per_week\nP1;A1;X;vast;2020-02-30;25.5\n"])
        #expect(printed(dates).joined().contains("gevonden: \"2020-02-30\""))
    }

    @Test func unnamedUnknownAndWrongColumnsAreNotQuoted() {
        let r = load([
            "plaatsingen.csv": """
            plaatsing_id;persoon;afdeling;soort;start;uren_per_week;;extra
            P1;A1;X;vast;1-1-2020;10;123456782;Jan Jansen
            P2;A2;X;123456782;1-1-2020;10;;
            P3;A3;X;stagiair;1-1-2020;10;;;Piet
            P3;A4;X;vast;1-1-2020;10
            """
        ])
        let text = printed(r).joined(separator: "\n")
        for secret in ["123456782", "Jan", "Piet", "P3\""] { #expect(!text.contains(secret), "\(secret) echoed: \(text)") }
        #expect(
            printed(r) == [
                "plaatsingen.csv:1:8: warning: onbekende kolom 'extra' wordt genegeerd (bekende kolommen: plaatsing_id, persoon, afdeling, soort, start, uren_per_week, einde, bovenformatief, doelgroep)",
                "plaatsingen.csv:2:7: error: niet-lege waarde in kolom 7 zonder kolomnaam in de kopregel; geef de kolom een naam of maak het veld leeg",
                "plaatsingen.csv:3:4: error: 'soort' moet een van deze waarden zijn: proefplaatsing, tijdelijk, vast, detachering; gevonden: een getal van 9 cijfers dat de BSN-elfproef doorstaat (niet herhaald)",
                "plaatsingen.csv:4:4: error: 'soort' moet een van deze waarden zijn: proefplaatsing, tijdelijk, vast, detachering; gevonden: een tekst van 8 tekens (niet herhaald: plaatsingen.csv bevat persoonsgegevens)",
                "plaatsingen.csv:4:9: error: niet-lege waarde in kolom 9 zonder kolomnaam in de kopregel; geef de kolom een naam of maak het veld leeg",
                "plaatsingen.csv:5:1: error: 'plaatsing_id' komt al voor op regel 4; elke waarde mag maar één keer voorkomen",
            ])
    }

    @Test func theRuleForEachColumn() {
        #expect(found("Griffie", column: "afdeling") == "een waarde die niet wordt herhaald (kolom 'afdeling' kan persoonsgegevens bevatten)")
        #expect(found("A1", column: "persoon").hasPrefix("een waarde die niet wordt herhaald"))
        #expect(found("stage", column: "soort") == "\"stage\"")
        #expect(found("123456782", column: "contract_id") == "een getal van 9 cijfers dat de BSN-elfproef doorstaat (niet herhaald)")
        #expect(found("C-2020-01", column: "contract_id") == "\"C-2020-01\"")
    }
}

@Suite struct ControlCharacterTests {
    @Test func everyControlIsShownVisibly() {
        #expect(Diagnostic.visible("a\u{1B}[2Jb\u{07}\u{0}\u{7F}\u{9B}\u{202E}\t\n") == "a\\x1b[2Jb\\x07\\x00\\x7f\\x9b\\u{202e}\\x09\\x0a")
        #expect(Diagnostic.visible("gewoon één € ✓") == "gewoon één € ✓")
        let once = Diagnostic.visible("\u{1B}]0;titel\u{07}")
        #expect(Diagnostic.visible(once) == once)
    }

    @Test func valuesAndFileNamesInDiagnosticsCarryNoControls() {
        let r = load([
            "doelen.csv": "jaar;indicator;doel;eenheid;vastgesteld_door\n2020;quotum_banenafspraak;3;\"\u{1B}[2J\u{1B}]0;pwned\u{07}\";raad\n",
            "x\u{1B}[31m.csv": "a\n",
        ])
        #expect(
            printed(r) == [
                "doelen.csv:2:4: error: 'eenheid' moet een van deze waarden zijn: banen, fte, personen; gevonden: \"\\x1b[2J\\x1b]0;pwned\\x07\"",
                "x\\x1b[31m.csv:1:1: warning: onbekend bestand wordt genegeerd (bekende bestanden: doelen.csv, plaatsingen.csv, budget.csv, contracten.csv, bouwblokken.csv, sroi_prestaties.csv, rapportages.csv, regio.csv, kengetallen.csv, normenkader.csv)",
            ])
        for d in r.diagnostics {
            #expect(!d.description.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
    }
}

@Suite struct LineEndTests {
    @Test func oldMacLineEndsGiveOneMessage() {
        let r = load([
            "doelen.csv": "jaar;indicator;doel;eenheid;vastgesteld_door\r2020;quotum_banenafspraak;3;banen;raad\r2021;quotum_banenafspraak;4;banen;raad\r"
        ])
        #expect(
            printed(r) == [
                "doelen.csv:1:1: error: regeleinden alleen CR (oude Mac-opmaak); sla het bestand op met LF of CRLF als regeleinde, bijvoorbeeld als \"CSV UTF-8\""
            ])
    }

    @Test func aCRLFInsideAQuotedFieldStaysCRLF() throws {
        let (f, d) = CSVReader.read(name: "x.csv", bytes: Array("a;b\r\n\"regel 1\r\nregel 2\";z\r\n".utf8))
        #expect(d.isEmpty)
        #expect(try #require(f).records.map(\.fields) == [["regel 1\r\nregel 2", "z"]])
    }
}

@Suite struct FileKindTests {
    func folder(_ setup: (String) throws -> Void) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("raads-load-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try defaultToml.write(toFile: dir + "/dataset.toml", atomically: false, encoding: .utf8)
        try setup(dir)
        return dir
    }

    @Test func linksAndFoldersAreSaidForWhatTheyAre() throws {
        let dir = try folder { dir in
            let fm = FileManager.default
            try fm.createSymbolicLink(atPath: dir + "/budget.csv", withDestinationPath: dir + "/budget.csv")
            try fm.createSymbolicLink(atPath: dir + "/doelen.csv", withDestinationPath: dir + "/weg.csv")
            try fm.createDirectory(atPath: dir + "/regio.csv", withIntermediateDirectories: false)
            try fm.createDirectory(atPath: dir + "/andere_map", withIntermediateDirectories: false)
        }
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = DatasetLoader.load(from: DirectorySource(path: dir))
        #expect(
            printed(r) == [
                "doelen.csv:1:1: error: bestand '\(dir)/doelen.csv' is een symbolische koppeling naar iets dat niet bestaat",
                "budget.csv:1:1: error: bestand '\(dir)/budget.csv' is een symbolische koppeling in een lus (ze verwijst via andere koppelingen naar zichzelf)",
                "regio.csv:1:1: error: '\(dir)/regio.csv' is een map, geen bestand",
            ])
    }

    @Test func aFolderAsDatasetTomlIsNotCalledMissing() throws {
        let dir = try folder { dir in
            try FileManager.default.removeItem(atPath: dir + "/dataset.toml")
            try FileManager.default.createDirectory(atPath: dir + "/dataset.toml", withIntermediateDirectories: false)
        }
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(printed(DatasetLoader.load(from: DirectorySource(path: dir))) == ["dataset.toml:1:1: error: '\(dir)/dataset.toml' is een map, geen bestand"])
    }

    @Test(.enabled(if: geteuid() != 0, "root may enter any folder"))
    func aFolderOneCanListButNotEnter() throws {
        let dir = try folder { _ in }
        chmod(dir, 0o644)
        defer { chmod(dir, 0o755); try? FileManager.default.removeItem(atPath: dir) }
        #expect(
            printed(DatasetLoader.load(from: DirectorySource(path: dir))) == [
                "\(dir):1:1: error: map '\(dir)' kan wel worden bekeken maar niet geopend: geen uitvoerrechten (x) op de map; geef die met 'chmod +x'"
            ])
    }

    @Test(.enabled(if: geteuid() != 0, "root may read any file"))
    func anUnreadableFile() throws {
        let dir = try folder { dir in try "jaar\n".write(toFile: dir + "/doelen.csv", atomically: false, encoding: .utf8) }
        chmod(dir + "/doelen.csv", 0)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(
            printed(DatasetLoader.load(from: DirectorySource(path: dir))) == [
                "doelen.csv:1:1: error: bestand '\(dir)/doelen.csv' kan niet worden gelezen: geen leesrechten"
            ])
    }

    @Test func foundationsEnglishErrorsAreTranslated() {
        #expect(SourceError.dutch(CocoaError(.fileReadNoPermission)) == "geen leesrechten")
        #expect(SourceError.dutch(CocoaError(.fileReadUnknown)) == "bestand kan niet worden gelezen (foutcode 256)")
        #expect(SourceError.dutch(CocoaError(.fileWriteUnknown)) == "bestand kan niet worden gelezen (foutcode 512)")
        #expect(SourceError.dutch(SourceError(message: "eigen melding")) == "eigen melding")
    }
}

@Suite struct PeildatumAdviceTests {
    @Test func aDutchDateGetsTheExactAdvice() {
        #expect(
            printed(load([:], toml: tomlWith(peildatum: "30-09-2024"))) == [
                "dataset.toml:2:13: error: ongeldige TOML: '30-09-2024' is geen TOML-datum; schrijf een datum als JJJJ-MM-DD zonder aanhalingstekens: peildatum = 2024-09-30"
            ])
        #expect(
            printed(load([:], toml: tomlWith(peildatum: "\"30-9-2024\""))) == [
                "dataset.toml:2:1: error: 'peildatum' moet een TOML-datum zonder aanhalingstekens zijn; schrijf peildatum = 2024-09-30 (gevonden: tekst \"30-9-2024\")"
            ])
    }

    /// Issue 10: with or without quotes, in each way a Dutch date is written, the advice names
    /// the exact line to write, and the two messages agree.
    @Test func everyDutchDateFormGetsTheSameExactAdvice() {
        for written in ["30-09-2024", "30/09/2024", "30.09.2024", "30-9-2024"] {
            #expect(
                printed(load([:], toml: tomlWith(peildatum: written))) == [
                    "dataset.toml:2:13: error: ongeldige TOML: '\(written)' is geen TOML-datum; schrijf een datum als JJJJ-MM-DD zonder aanhalingstekens: peildatum = 2024-09-30"
                ])
            #expect(
                printed(load([:], toml: tomlWith(peildatum: "\"\(written)\""))) == [
                    "dataset.toml:2:1: error: 'peildatum' moet een TOML-datum zonder aanhalingstekens zijn; schrijf peildatum = 2024-09-30 (gevonden: tekst \"\(written)\")"
                ])
        }
        #expect(
            printed(load([:], toml: tomlWith(peildatum: "31/02/2024"))) == [
                "dataset.toml:2:13: error: ongeldige TOML: '31/02/2024' is geen bestaande datum"
            ])
    }

    @Test func noQuotesAdviceForNumbersAndImpossibleDates() {
        #expect(
            printed(load([:], toml: tomlWith(peildatum: "0000-00-00"))) == [
                "dataset.toml:2:13: error: ongeldige TOML: '0000-00-00' is geen bestaande datum (JJJJ-MM-DD)"
            ])
        #expect(
            printed(load([:], toml: tomlWith(peildatum: "31-02-2024"))) == [
                "dataset.toml:2:13: error: ongeldige TOML: '31-02-2024' is geen bestaande datum"
            ])
        #expect(
            printed(load([:], toml: tomlWith(peildatum: "20201231"))) == [
                "dataset.toml:2:1: error: 'peildatum' moet een datum zonder tijd zijn (peildatum = 2020-12-31), gevonden: geheel getal"
            ])
    }

    @Test func peildatumLiesIn1900To2100() {
        #expect(
            printed(load([:], toml: tomlWith(peildatum: "9999-12-31"))) == [
                "dataset.toml:2:1: error: 'peildatum' moet een datum in de jaren 1900 tot en met 2100 zijn, gevonden: 9999-12-31"
            ])
        #expect(printed(load([:], toml: tomlWith(peildatum: "1899-12-31"))).count == 1)
        #expect(load([:], toml: tomlWith(peildatum: "2100-12-31")).diagnostics.isEmpty)
        #expect(load([:], toml: tomlWith(peildatum: "1900-01-01")).diagnostics.isEmpty)
    }
}

@Suite struct ContractV12LoaderTests {
    @Test func textIsComparedAfterNFCAndIdsStayCaseSensitive() {
        let composed = "Caf\u{E9}", decomposed = "Cafe\u{301}"
        let r = load([
            "contracten.csv": "contract_id;procedure;categorie;gunningsdatum;aanneemsom;loonsom\n\(composed);europees;werken;1-1-2020;100.000;50.000\n",
            "bouwblokken.csv": "code;omschrijving;hoofdonderdeel;eenheid;waarde\nB1;Baan;banen;jaar;50.000\n",
            "sroi_prestaties.csv": "prestatie_id;contract_id;bouwblok;datum;aantal\nS1;\(decomposed);B1;1-2-2020;1\nS2;caf\u{E9};b1;1-2-2020;1\n",
        ])
        #expect(
            printed(r) == [
                "sroi_prestaties.csv:3:2: error: 'contract_id' \"café\" bestaat niet in contracten.csv",
                "sroi_prestaties.csv:3:3: error: 'bouwblok' \"b1\" bestaat niet in bouwblokken.csv",
            ])
        #expect(r.dataset?.prestaties?.first?.contractID.unicodeScalars.count == 4, "stored in NFC")
    }

    @Test func waarAndOnwaarAreBooleans() {
        let r = load([
            "plaatsingen.csv":
                "plaatsing_id;persoon;afdeling;soort;start;uren_per_week;bovenformatief\nP1;A1;X;vast;1-1-2020;10;Waar\nP2;A2;X;vast;1-1-2020;10;ONWAAR\n"
        ])
        #expect(r.diagnostics.isEmpty)
        #expect(r.dataset?.plaatsingen?.map(\.bovenformatief) == [true, false])
    }

    @Test func oneByteOrderMarkIsIgnoredASecondIsNot() {
        #expect(load([:], toml: "\u{FEFF}" + defaultToml).diagnostics.isEmpty)
        #expect(load([:], toml: "\u{FEFF}\u{FEFF}" + defaultToml).hasErrors)
    }

    @Test func noFalseReferenceErrorsForAnUnreadableFile() {
        let prestaties = "prestatie_id;contract_id;bouwblok;datum;aantal\nS1;C1;B1;1-2-2020;1\n"
        let blocks = "code;omschrijving;hoofdonderdeel;eenheid;waarde\nB1;Baan;banen;jaar;50.000\n"
        let privacy = load([
            "contracten.csv": "contract_id;procedure;categorie;gunningsdatum;aanneemsom;naam\nC1;europees;werken;1-1-2020;100;x\n",
            "bouwblokken.csv": blocks, "sroi_prestaties.csv": prestaties,
        ])
        #expect(
            printed(privacy) == [
                "contracten.csv:1:6: error: kolom 'naam' bevat persoonsgegevens en hoort niet in een raadsdashboard; de regels van dit bestand zijn niet gelezen"
            ])
        let missingColumn = load(["contracten.csv": "contract_id;procedure\nC1;europees\n", "bouwblokken.csv": blocks, "sroi_prestaties.csv": prestaties])
        #expect(printed(missingColumn).allSatisfy { $0.hasPrefix("contracten.csv:1:1:") })
        let badUTF8 = DatasetLoader.load(
            from: InMemorySource(
                label: "t",
                files: [
                    "dataset.toml": Array(defaultToml.utf8), "bouwblokken.csv": Array(blocks.utf8), "sroi_prestaties.csv": Array(prestaties.utf8),
                    "contracten.csv": Array("contract_id;procedure;categorie;gunningsdatum;aanneemsom\nC1;europees;werken;1-1-2020;".utf8) + [0xFF] + [0x0A],
                ]))
        #expect(printed(badUTF8) == ["contracten.csv:2:1: error: regel bevat ongeldige UTF-8-tekens; sla het bestand op als \"CSV UTF-8\""])
    }

    @Test func aRowRefusedForOneValueStillDefinesItsId() {
        let r = load([
            "contracten.csv": "contract_id;procedure;categorie;gunningsdatum;aanneemsom\nC1;openbaar;werken;1-1-2020;100.000\n",
            "bouwblokken.csv": "code;omschrijving;hoofdonderdeel;eenheid;waarde\nB1;Baan;banen;jaar;nul\n",
            "sroi_prestaties.csv": "prestatie_id;contract_id;bouwblok;datum;aantal\nS1;C1;B1;1-2-2020;1\nS2;C1;B1;1-3-2020;1\nS3;C2;B1;1-3-2020;1\n",
        ])
        #expect(
            printed(r) == [
                "contracten.csv:2:2: error: 'procedure' moet een van deze waarden zijn: enkelvoudig_onderhands, meervoudig_onderhands, nationaal, europees; gevonden: \"openbaar\"",
                "bouwblokken.csv:2:5: error: 'waarde' moet een getal met een decimale komma (zoals 27,4 of 1.234,56), eventueel met € ervoor zijn, gevonden: \"nul\"",
                "sroi_prestaties.csv:4:2: error: 'contract_id' \"C2\" bestaat niet in contracten.csv",
            ])
    }

    @Test func aFileWithAHeaderAndNoRowsIsPresentAndEmpty() {
        let r = load([
            "plaatsingen.csv": "plaatsing_id;persoon;afdeling;soort;start;uren_per_week\n",
            "doelen.csv": "jaar;indicator;doel;eenheid;vastgesteld_door\r\n;;;;\r\n",
        ])
        #expect(r.diagnostics.isEmpty)
        #expect(r.dataset?.plaatsingen == [])
        #expect(r.dataset?.doelen == [])
        #expect(r.dataset?.budget == nil)
    }
}

@Suite struct WrongSeparatorTests {
    @Test func aCommaLineInASemicolonFileIsReportedOnce() {
        let r = load([
            "plaatsingen.csv": """
            plaatsing_id;persoon;afdeling;soort;start;uren_per_week
            P1;A1;X;vast;1-1-2020;27,4
            P2,A2,X,vast,1-1-2020,10
            P3;A3;Team, Noord;vast;1-1-2020;10
            """
        ])
        #expect(
            printed(r) == [
                "plaatsingen.csv:3:1: error: deze regel gebruikt komma's als scheidingsteken, maar dit bestand puntkomma's (zie de kopregel); scheid de velden met ;"
            ])
        #expect(r.dataset?.plaatsingen?.count == 2)
    }

    /// Issue 10: one line of contracten.csv saved with commas, in the middle of a good file.
    /// One message, and the contract the line names is still known to the prestaties.
    @Test func aCommaLineInTheMiddleOfContractenStillDefinesItsId() {
        let r = load([
            "contracten.csv": """
            contract_id;procedure;categorie;gunningsdatum;aanneemsom;loonsom;sebo_keurmerk
            C1;europees;werken;1-1-2020;€ 100.000;;nee
            C2,nationaal,diensten,1-2-2020,€ 45.000,,nee
            C3;europees;werken;1-3-2020;€ 200.000;;nee
            """,
            "bouwblokken.csv": "code;omschrijving;hoofdonderdeel;eenheid;waarde\nB1;Baan;banen;jaar;1\n",
            "sroi_prestaties.csv": "prestatie_id;contract_id;bouwblok;datum;aantal\nS1;C2;B1;1-2-2020;1\nS2;C3;B1;1-3-2020;1\nS3;C4;B1;1-3-2020;1\n",
        ])
        #expect(
            r.diagnostics.errors.map(\.description) == [
                "contracten.csv:3:1: error: deze regel gebruikt komma's als scheidingsteken, maar dit bestand puntkomma's (zie de kopregel); scheid de velden met ;",
                "sroi_prestaties.csv:4:2: error: 'contract_id' \"C4\" bestaat niet in contracten.csv",
            ])
        #expect(r.dataset?.contracten?.map(\.id) == ["C1", "C3"])
    }

    @Test func aQuotedCommaLineIsNamedAsTheWrongSeparator() {
        let r = load([
            "contracten.csv":
                "contract_id;procedure;categorie;gunningsdatum;aanneemsom\nC1;europees;werken;1-1-2020;100\n\"C2\",\"europees\",\"werken\",\"1-1-2020\",\"100\"\n"
        ])
        #expect(
            r.diagnostics.errors.map(\.description) == [
                "contracten.csv:3:1: error: deze regel gebruikt komma's als scheidingsteken (na het afsluitende aanhalingsteken staat een komma), maar dit bestand puntkomma's (zie de kopregel); scheid de velden met ;"
            ])
    }

    @Test func aSemicolonLineInACommaFileIsReportedOnce() {
        let r = load([
            "plaatsingen.csv": "plaatsing_id,persoon,afdeling,soort,start,uren_per_week\nP1;A1;X;vast;1-1-2020;27,4\nP2,A2,\"a;b\",vast,2020-01-01,10\n"
        ])
        #expect(
            printed(r) == [
                "plaatsingen.csv:2:1: error: deze regel gebruikt puntkomma's als scheidingsteken, maar dit bestand komma's (zie de kopregel); scheid de velden met ,"
            ])
    }
}

/// A file the user names outright (a dashboard file): only a small regular file is read.
@Suite struct LocalFileTests {
    @Test func aNamedFileMustBeASmallRegularFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("raads-dash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("map.toml"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func read(_ path: String) -> String? {
            do { _ = try LocalFile.read(path, maxSize: 1_000_000, kind: "dashboardbestand"); return nil } catch { return SourceError.dutch(error) }
        }
        #expect(read(dir.appendingPathComponent("map.toml").path) == "dashboardbestand is een map, geen bestand")
        let fifo = dir.appendingPathComponent("pijp.toml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(read(fifo)?.hasPrefix("dashboardbestand is geen gewoon bestand") == true, "a pipe would block for ever if it were read")
        let big = dir.appendingPathComponent("groot.toml")
        try Data(repeating: 0x20, count: 1_000_001).write(to: big)
        #expect(read(big.path) == "dashboardbestand is te groot (1000001 bytes); ten hoogste 1000000 bytes")
        #expect(read(dir.appendingPathComponent("weg.toml").path) == "dashboardbestand bestaat niet")
        try Data("x = 1\n".utf8).write(to: dir.appendingPathComponent("klein.toml"))
        #expect(try LocalFile.read(dir.appendingPathComponent("klein.toml").path, maxSize: 10, kind: "x") == Array("x = 1\n".utf8))
    }
}
