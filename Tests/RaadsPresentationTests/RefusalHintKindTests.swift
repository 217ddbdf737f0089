import RaadsMetrics
import RaadsPresentation
import Testing

/// Issue 13: the refusal screen chooses its advice by the diagnostic's kind, not by reading the
/// loader's Dutch message; the advice stays what it was.
@Suite struct RefusalHintKindTests {
    /// One error of every kind (and some that say what to do themselves).
    static let files: [String: String] = [
        "dataset.toml": "naam = \"X\"\npeildatum = 2020-12-31\nfictief = false\n[normen]\nurennorm = \"veel\"\n[privacy]\nmin_celgrootte = 1e13\n",
        "doelen.csv": "jaar;indicator;doel;eenheid;vastgesteld_door\ntwintig;quotum banen;;fte;iemand\n",
        "plaatsingen.csv": """
        plaatsing_id;persoon;afdeling;soort;start;einde;uren_per_week;bovenformatief
        P1;A1;X;vast;2020-02-30;;10;nee
        P1;A2;X;vast;gisteren;;10;misschien
        """,
        "contracten.csv": "contract_id;procedure;categorie;gunningsdatum;aanneemsom\nC1;europees;werken;1-1-2020;100\n",
        "sroi_prestaties.csv": "prestatie_id;contract_id;bouwblok;datum;aantal\nS1;C9;B1;1-2-2020;1\n",
        "regio.csv": "arbeidsmarktregio;jaar;jaar;bsn\nX;2020;2020;1\n",
        "kengetallen.csv": "datum;kengetal;waarde\n" + String(repeating: "1-6-2020;sebo_keurmerken;veel\n", count: 101),
    ]

    static let report = RefusalReport(label: "x", result: DatasetLoader.load(from: InMemorySource(label: "x", texts: files)))

    @Test func theDatasetHasAnErrorOfEveryKind() {
        #expect(Set(Self.report.errors.map(\.kind)) == Set(Diagnostic.Kind.allCases), "\(Self.report.errors.map(\.description))")
    }

    @Test func everyErrorGetsTheAdviceItGotWhenTheMessageWasRead() {
        for l in Language.allCases {
            for item in Self.report.items(l) where item.diagnostic.kind != .other {
                #expect(item.hint != nil)
                #expect(item.hint == Self.hintByMessage(item.diagnostic.message, l), "\(item.diagnostic)")
            }
        }
    }

    /// The message read back took the advice from words in the found value: a bad boolean in
    /// plaatsingen.csv ("niet herhaald: plaatsingen.csv bevat persoonsgegevens") was told to
    /// delete a column of personal data.
    @Test func wordsInAMessageNoLongerChooseTheAdvice() throws {
        let item = try #require(Self.report.items(.nl).first { $0.diagnostic.message.hasPrefix("'bovenformatief' moet ja of nee zijn") })
        #expect(item.diagnostic.message.contains("bevat persoonsgegevens"))
        #expect(Self.hintByMessage(item.diagnostic.message, .nl)?.hasPrefix("Verwijder die kolom") == true)
        #expect(item.hint == nil)
    }

    @Test func everyKindButOtherHasAdvice() {
        for kind in Diagnostic.Kind.allCases {
            #expect((RefusalReport.hint(kind, .nl) == nil) == (kind == .other), "\(kind)")
            #expect((RefusalReport.hint(kind, .en) == nil) == (kind == .other), "\(kind)")
        }
    }

    /// The advice as it was chosen before issue 13: by reading the message. Kept only as the
    /// oracle that the kind gives the same advice.
    static func hintByMessage(_ message: String, _ l: Language) -> String? {
        func has(_ s: String) -> Bool { message.contains(s) }
        if message.hasPrefix("en nog ") {
            return l.pick(
                "Los eerst de fouten hierboven op en controleer dan opnieuw met 'raadsdashboard check'.",
                "Fix the errors above first, then check again with 'raadsdashboard check'.")
        }
        if has("is verplicht maar leeg") {
            return l.pick(
                "Vul de waarde in. Is de regel geen gegeven (een totaalregel of een opmerking), verwijder hem dan.",
                "Fill in the value. If the line is not data (a total or a remark), delete it.")
        }
        if has("verwijst naar"), has("niet aangeleverd") {
            return l.pick(
                "Lever dat bestand mee in dezelfde map, of verwijder de verwijzing.",
                "Deliver that file in the same folder, or remove the reference.")
        }
        if has("bestaat niet in") {
            return l.pick(
                "Voeg de regel met dit id toe aan dat bestand, of verbeter het id hier (hoofdletters tellen mee).",
                "Add the line with this id to that file, or correct the id here (case matters).")
        }
        if has("komt al voor op regel") {
            return l.pick("Geef elke regel een eigen id, of verwijder de dubbele regel.", "Give every line its own id, or delete the duplicate line.")
        }
        if has("moet een van deze waarden zijn") {
            return l.pick("Kies een van de genoemde waarden; hoofdletters maken niet uit.", "Choose one of the values listed; case does not matter.")
        }
        if has("is geen bestaande datum") {
            return l.pick(
                "Controleer dag en maand: 29 februari bestaat alleen in een schrikkeljaar, en een maand heeft hoogstens 31 dagen.",
                "Check day and month: 29 February exists only in a leap year, and no month has more than 31 days.")
        }
        if has("moet een datum zijn als") {
            return l.pick("Schrijf de datum als 2024-09-30 of als 30-9-2024.", "Write the date as 2024-09-30 or as 30-9-2024.")
        }
        if has("moet een jaartal") {
            return l.pick("Schrijf het jaar met vier cijfers, zoals 2024.", "Write the year in four digits, such as 2024.")
        }
        if has("mag alleen letters, cijfers en _ bevatten") {
            return l.pick(
                "Vervang spaties en leestekens door _ (bijvoorbeeld social_return_team).",
                "Replace spaces and punctuation with _ (for example social_return_team).")
        }
        if has("is buiten bereik") {
            return l.pick(
                "Controleer of er niet te veel cijfers zijn getypt en of het bedrag in euro's is.",
                "Check that no extra digits were typed and that the amount is in euros.")
        }
        if has("moet een getal") {
            return l.pick(
                "Schrijf alleen cijfers (bij bedragen mag € ervoor); geen woorden of eenheden erachter.",
                "Write digits only (an amount may carry € in front); no words or units after it.")
        }
        if has("ontbreekt in de kopregel") {
            return l.pick(
                "Voeg de kolom toe aan de eerste regel van het bestand; de kolommen van elk bestand staan in het aanleverformaat (docs/data-format.md).",
                "Add the column to the file's first line; every file's columns are listed in the data format (docs/data-format.md).")
        }
        if has("bevat persoonsgegevens") {
            return l.pick(
                "Verwijder die kolom uit het bestand; een persoon staat er alleen als pseudoniem in (kolom 'persoon').",
                "Delete that column from the file; a person appears only as a pseudonym (column 'persoon').")
        }
        if has("staat twee keer in de kopregel") {
            return l.pick("Verwijder of hernoem een van de twee kolommen.", "Delete or rename one of the two columns.")
        }
        return nil
    }
}
