import RaadsMetrics

/// Diagnostics in words for the dashboard (issue 10): "plaatsingen.csv, regel 14, kolom 6: fout:
/// …" instead of the compiler form `plaatsingen.csv:14:6: error: …`, which stays for `check`
/// and the command line. The message itself is the loader's (Dutch in both languages).
extension Diagnostic {
    /// "plaatsingen.csv, regel 14, kolom 6" / "plaatsingen.csv, line 14, column 6".
    public func place(_ l: Language) -> String {
        var s = "\(file), \(l.pick("regel", "line")) \(line)"
        if let column { s += ", \(l.pick("kolom", "column")) \(column)" }
        return s
    }

    /// "fout" / "waarschuwing" (nl), "error" / "warning" (en).
    public func severityWord(_ l: Language) -> String {
        isError ? l.pick("fout", "error") : l.pick("waarschuwing", "warning")
    }

    /// "plaatsingen.csv, regel 14, kolom 6: fout: 'uren_per_week' moet …".
    public func readable(_ l: Language) -> String { "\(place(l)): \(severityWord(l)): \(message)" }
}

/// Why a dataset is refused, for the screen that refuses it and for `summary`/`export` on
/// stderr: every error with its place, what to do about it, and the parameters it affects.
/// Contract v1.2: a dataset with errors shows no figures at all; this says exactly why.
public struct RefusalReport: Equatable, Sendable {
    public struct Item: Equatable, Sendable {
        public var diagnostic: Diagnostic
        /// Advice beyond the message, when the message does not carry its own.
        public var hint: String?
        /// The parameters computed from the file (empty: none, e.g. the normenkader).
        public var parameters: [ParameterID]
    }

    /// The dataset's name as the user gave it (the folder, or the built-in dataset).
    public var label: String
    public var errorCount: Int
    public var warningCount: Int
    /// The errors shown (the loader keeps at most 100 per file; a summary line says the rest).
    public var errors: [Diagnostic]
    public var warnings: [Diagnostic]

    public init(label: String, result: LoadResult) {
        self.label = label
        errorCount = max(result.errorCount, result.diagnostics.errors.count)
        warningCount = max(result.warningCount, result.diagnostics.warnings.count)
        errors = result.diagnostics.errors
        warnings = result.diagnostics.warnings
    }

    public func items(_ l: Language) -> [Item] {
        errors.map { Item(diagnostic: $0, hint: Self.hint($0.kind, l), parameters: Self.parameters(file: $0.file)) }
    }

    /// The parameters computed from `file` (`Presenter.files`); dataset.toml, and the folder
    /// itself when it cannot be read, affect all.
    public static func parameters(file: String) -> [ParameterID] {
        if file == DatasetLoader.tomlName || !file.lowercased().hasSuffix(".csv") { return ParameterID.allCases }
        if file == "kengetallen.csv" { return [.sroiNaleving] }  // the SEBO quality marks
        return ParameterID.allCases.filter { Presenter.files($0).contains(file) }
    }

    /// "Quotum banenafspraak, Duurzaamheid" — or what else the file is for.
    public static func affected(file: String, _ l: Language) -> String {
        let ids = parameters(file: file)
        if ids.count == ParameterID.allCases.count { return l.pick("alle parameters", "every parameter") }
        if !ids.isEmpty { return ids.map { $0.title(l) }.joined(separator: ", ") }
        if file == "normenkader.csv" { return l.pick("het normenkader van de griffie (geen parameter)", "the griffie's normenkader (no parameter)") }
        return l.pick("geen parameter rechtstreeks", "no parameter directly")
    }

    /// Advice for the kinds of diagnostic whose message does not say what to do itself; chosen
    /// by the kind the loader gave the diagnostic, never by reading its message.
    public static func hint(_ kind: Diagnostic.Kind, _ l: Language) -> String? {
        switch kind {
        case .moreOmitted:
            l.pick(
                "Los eerst de fouten hierboven op en controleer dan opnieuw met 'raadsdashboard check'.",
                "Fix the errors above first, then check again with 'raadsdashboard check'.")
        case .requiredEmpty:
            l.pick(
                "Vul de waarde in. Is de regel geen gegeven (een totaalregel of een opmerking), verwijder hem dan.",
                "Fill in the value. If the line is not data (a total or a remark), delete it.")
        case .referenceIntoMissingFile:
            l.pick(
                "Lever dat bestand mee in dezelfde map, of verwijder de verwijzing.",
                "Deliver that file in the same folder, or remove the reference.")
        case .unknownReference:
            l.pick(
                "Voeg de regel met dit id toe aan dat bestand, of verbeter het id hier (hoofdletters tellen mee).",
                "Add the line with this id to that file, or correct the id here (case matters).")
        case .duplicateID:
            l.pick("Geef elke regel een eigen id, of verwijder de dubbele regel.", "Give every line its own id, or delete the duplicate line.")
        case .notAllowedValue:
            l.pick("Kies een van de genoemde waarden; hoofdletters maken niet uit.", "Choose one of the values listed; case does not matter.")
        case .impossibleDate:
            l.pick(
                "Controleer dag en maand: 29 februari bestaat alleen in een schrikkeljaar, en een maand heeft hoogstens 31 dagen.",
                "Check day and month: 29 February exists only in a leap year, and no month has more than 31 days.")
        case .malformedDate:
            l.pick("Schrijf de datum als 2024-09-30 of als 30-9-2024.", "Write the date as 2024-09-30 or as 30-9-2024.")
        case .malformedYear:
            l.pick("Schrijf het jaar met vier cijfers, zoals 2024.", "Write the year in four digits, such as 2024.")
        case .malformedIdentifier:
            l.pick(
                "Vervang spaties en leestekens door _ (bijvoorbeeld social_return_team).",
                "Replace spaces and punctuation with _ (for example social_return_team).")
        case .outOfRange:
            l.pick(
                "Controleer of er niet te veel cijfers zijn getypt en of het bedrag in euro's is.",
                "Check that no extra digits were typed and that the amount is in euros.")
        case .malformedNumber:
            l.pick(
                "Schrijf alleen cijfers (bij bedragen mag € ervoor); geen woorden of eenheden erachter.",
                "Write digits only (an amount may carry € in front); no words or units after it.")
        case .missingColumn:
            l.pick(
                "Voeg de kolom toe aan de eerste regel van het bestand; de kolommen van elk bestand staan in het aanleverformaat (docs/data-format.md).",
                "Add the column to the file's first line; every file's columns are listed in the data format (docs/data-format.md).")
        case .personalDataColumn:
            l.pick(
                "Verwijder die kolom uit het bestand; een persoon staat er alleen als pseudoniem in (kolom 'persoon').",
                "Delete that column from the file; a person appears only as a pseudonym (column 'persoon').")
        case .duplicateColumn:
            l.pick("Verwijder of hernoem een van de twee kolommen.", "Delete or rename one of the two columns.")
        case .other:
            nil
        }
    }

    /// The title line: "De dataset 'x' wordt niet getoond: 3 fouten".
    public func title(_ l: Language) -> String {
        let e = errorCount
        return l.pick(
            "De dataset '\(label)' wordt niet getoond: \(e) \(e == 1 ? "fout" : "fouten")",
            "The dataset '\(label)' is not shown: \(e) \(e == 1 ? "error" : "errors")")
    }

    /// Why nothing is shown, in one paragraph.
    public func explanation(_ l: Language) -> String {
        l.pick(
            "Zolang de gegevens fouten bevatten, toont het dashboard geen enkel cijfer (aanleverformaat v1.2): een cijfer uit onvolledige gegevens zou de raad misleiden. Hieronder staat per fout waar die zit, wat u moet doen en welke parameters hij raakt. Controleer daarna opnieuw met 'raadsdashboard check'.",
            "While the data contain errors, the dashboard shows no figures at all (data contract v1.2): a figure from incomplete data would mislead the council. Below, each error shows where it is, what to do and which parameters it affects; the messages themselves are in Dutch, like the data format. Then check again with 'raadsdashboard check'."
        )
    }

    /// The label of the "what to do" line.
    public static func fixLabel(_ l: Language) -> String { l.pick("Oplossen", "To fix") }
    /// The label of the "affects" line.
    public static func affectsLabel(_ l: Language) -> String { l.pick("Raakt", "Affects") }

    /// "Verder 2 waarschuwingen (die houden het dashboard niet tegen):".
    public func warningsHeading(_ l: Language) -> String {
        let w = warningCount
        return l.pick(
            "Verder \(w) \(w == 1 ? "waarschuwing" : "waarschuwingen") (die houden het dashboard niet tegen):",
            "Also \(w) \(w == 1 ? "warning" : "warnings") (these do not stop the dashboard):")
    }

    /// The report as text lines for stderr: each error in the compiler form that `check` prints
    /// (so that editors and scripts find it), followed by what to do and what it affects.
    public func textLines(_ l: Language) -> [String] {
        var out = [title(l) + ".", explanation(l), ""]
        for item in items(l) {
            out.append(item.diagnostic.description)
            if let hint = item.hint { out.append("  \(Self.fixLabel(l)): \(hint)") }
            out.append("  \(Self.affectsLabel(l)): \(Self.affected(file: item.diagnostic.file, l))")
        }
        if !warnings.isEmpty {
            out += ["", warningsHeading(l)] + warnings.map(\.description)
        }
        return out
    }
}
