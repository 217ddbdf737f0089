import RaadsPresentation

/// The words of the interface itself (keys, headings, help), in Dutch and English. The figures
/// and their explanations come from RaadsPresentation.
public struct UIStrings: Equatable, Sendable {
    public var appName: String
    public var peildatum: String
    public var year: String
    /// "gedeeltelijk jaar t/m %@".
    public var partialYear: @Sendable (String) -> String
    public var fictitious: String
    public var tooSmallTitle: String
    public var tooSmallHint: @Sendable (Int, Int) -> String
    public var keysOverview: [(keys: String, label: String)]
    public var keysDetail: [(keys: String, label: String)]
    public var keysHelp: [(keys: String, label: String)]
    public var keysQuestions: [(keys: String, label: String)]
    /// "Vragen bij de cijfers, 2020".
    public var questionsTitle: @Sendable (Int) -> String
    public var questionsIntro: String
    public var noQuestions: String
    public var dataQuality: String
    public var dataQualityFine: String
    public var keysPanel: [(keys: String, label: String)]
    public var meaning: String
    public var series: String
    public var chart: String
    public var breakdowns: String
    public var caveats: String
    public var sources: String
    public var warnings: String
    public var noItems: String
    public var target: String
    public var lines: @Sendable (Int, Int, Int) -> String
    public var helpTitle: String
    public var help: [String]
    public var reloaded: @Sendable (Int) -> String
    public var reloadFailed: String
    public var pressKey: String
    public var dashboard: String
    public var searchDone: String = "zoek"
    public var clearSearch: String = "wis zoeken"
    public var nextMatch: String = "volgende"
    public var previousMatch: String = "vorige"
    public var noMatch: String = "niet gevonden"
    public var matchCount: @Sendable (Int, Int) -> String = { "treffer \($0) van \($1)" }

    public static func `for`(_ language: Language) -> UIStrings {
        language == .en ? .english : .dutch
    }

    public static func == (a: UIStrings, b: UIStrings) -> Bool { a.appName == b.appName && a.year == b.year }

    static let dutch = UIStrings(
        appName: "Raadsdashboard",
        peildatum: "peildatum",
        year: "jaar",
        partialYear: { "gedeeltelijk jaar, t/m \($0)" },
        fictitious: "FICTIEVE GEGEVENS",
        tooSmallTitle: "Venster te klein",
        tooSmallHint: { "Maak het venster minstens \($0)×\($1) tekens groot. q stopt." },
        keysOverview: [
            ("←→↑↓", "kies"), ("Enter", "open"), ("[ ]", "jaar"), ("v", "vragen"), ("?", "hulp"),
            ("t", "English"), ("r", "herlaad"), ("q", "stop"),
        ],
        keysDetail: [
            ("↑↓", "scroll"), ("Esc", "terug"), ("←→", "parameter"), ("[ ]", "jaar"), ("/", "zoek"),
            ("PgUp/PgDn", "pagina"), ("?", "hulp"), ("t", "English"), ("q", "stop"),
        ],
        keysHelp: [("↑↓", "scroll"), ("Esc", "terug"), ("t", "English"), ("q", "stop")],
        keysQuestions: [
            ("↑↓", "scroll"), ("Esc", "terug"), ("[ ]", "jaar"), ("/", "zoek"), ("?", "hulp"), ("t", "English"),
            ("q", "stop"),
        ],
        questionsTitle: { "Vragen bij de cijfers, \($0)" },
        questionsIntro:
            "Vragen die de combinatie van cijfers oproept, de belangrijkste eerst, met de cijfers waarop ze steunen. Elke vraag volgt uit een vaste regel; onder de vraag staat waarom zij gesteld wordt. ? toont alle regels.",
        noQuestions: "De cijfers roepen geen van de vaste vragen op.",
        dataQuality: "Kwaliteit van de gegevens",
        dataQualityFine: "Alle parameters hebben cijfers en er zijn geen waarschuwingen.",
        keysPanel: [("Enter", "sluit"), ("q", "stop")],
        meaning: "Wat betekent dit?",
        series: "Reeks per jaar",
        chart: "Grafiek",
        breakdowns: "Uitsplitsingen",
        caveats: "Let op bij het lezen",
        sources: "Bronnen",
        warnings: "Waarschuwingen bij de gegevens",
        noItems: "geen",
        target: "doel",
        lines: { "regel \($0)–\($1) van \($2)" },
        helpTitle: "Hulp: toetsen",
        help: [
            "Overal",
            "  [ ]             vorig / volgend jaar (ook: klik op ◀ of ▶)",
            "  ← → of h l      vorige / volgende tegel of parameter",
            "  ?               deze hulp aan / uit",
            "  t               Nederlands / English",
            "  r               gegevens opnieuw inlezen van schijf",
            "  Tab, Shift-Tab  volgend / vorig dashboard (als er meer zijn)",
            "  q, Ctrl-C       stoppen",
            "  muis            wiel scrollt; klik op een toets onderin doet wat die toets doet",
            "",
            "Overzicht",
            "  ↑ ↓ of j k      vorige / volgende rij tegels",
            "  Enter, spatie   open de gekozen parameter (ook: klik met de muis)",
            "  v               vragen bij de cijfers (griffie: ook datakwaliteit)",
            "  a               wat is er veranderd sinds de vorige momentopname (archief)",
            "",
            "Detailscherm, vragen en vergelijking",
            "  ↑ ↓ of j k      één regel scrollen",
            "  PgUp PgDn       een pagina scrollen",
            "  Home End        naar begin / eind",
            "  /               zoek in de tekst (bijvoorbeeld een afdeling of contract);",
            "                  Enter houdt de zoektekst vast",
            "  n N             volgende / vorige treffer",
            "  Esc, Backspace  wis de zoektekst; daarna terug naar het overzicht",
        ],
        reloaded: { $0 == 0 ? "Gegevens opnieuw ingelezen." : "Gegevens opnieuw ingelezen (\($0) waarschuwingen)." },
        reloadFailed: "Opnieuw inlezen mislukt – de vorige gegevens blijven staan",
        pressKey: "Druk op Enter om verder te gaan.",
        dashboard: "dashboard"
    )

    static let english = UIStrings(
        appName: "Council dashboard",
        peildatum: "reference date",
        year: "year",
        partialYear: { "partial year, up to \($0)" },
        fictitious: "FICTITIOUS DATA",
        tooSmallTitle: "Window too small",
        tooSmallHint: { "Make the window at least \($0)×\($1) characters. q quits." },
        keysOverview: [
            ("←→↑↓", "select"), ("Enter", "open"), ("[ ]", "year"), ("v", "questions"), ("?", "help"),
            ("t", "NL"), ("r", "reload"), ("q", "quit"),
        ],
        keysDetail: [
            ("↑↓", "scroll"), ("Esc", "back"), ("←→", "parameter"), ("[ ]", "year"), ("/", "search"),
            ("PgUp/PgDn", "page"), ("?", "help"), ("t", "Nederlands"), ("q", "quit"),
        ],
        keysHelp: [("↑↓", "scroll"), ("Esc", "back"), ("t", "Nederlands"), ("q", "quit")],
        keysQuestions: [
            ("↑↓", "scroll"), ("Esc", "back"), ("[ ]", "year"), ("/", "search"), ("?", "help"), ("t", "Nederlands"),
            ("q", "quit"),
        ],
        questionsTitle: { "Questions the figures raise, \($0)" },
        questionsIntro:
            "Questions raised by the combination of figures, most important first, with the figures they rest on. Each question follows from a fixed rule; below it stands why it is asked. ? shows all rules.",
        noQuestions: "The figures raise none of the standard questions.",
        dataQuality: "Data quality",
        dataQualityFine: "Every parameter has figures and there are no warnings.",
        keysPanel: [("Enter", "close"), ("q", "quit")],
        meaning: "What does this mean?",
        series: "Series by year",
        chart: "Chart",
        breakdowns: "Breakdowns",
        caveats: "Read with care",
        sources: "Sources",
        warnings: "Data warnings",
        noItems: "none",
        target: "target",
        lines: { "lines \($0)–\($1) of \($2)" },
        helpTitle: "Help: keys",
        help: [
            "Everywhere",
            "  [ ]             previous / next year (or click ◀ or ▶)",
            "  ← → or h l      previous / next tile or parameter",
            "  ?               this help on / off",
            "  t               Nederlands / English",
            "  r               read the data again from disk",
            "  Tab, Shift-Tab  next / previous dashboard (when there are more)",
            "  q, Ctrl-C       quit",
            "  mouse           the wheel scrolls; a click on a key below does what the key does",
            "",
            "Overview",
            "  ↑ ↓ or j k      previous / next row of tiles",
            "  Enter, space    open the selected parameter (or click it)",
            "  v               questions the figures raise (clerks: also data quality)",
            "  a               what changed since the previous snapshot (archive)",
            "",
            "Detail, questions and comparison screens",
            "  ↑ ↓ or j k      scroll one line",
            "  PgUp PgDn       scroll one page",
            "  Home End        to the top / bottom",
            "  /               search the text (a department or contract, say);",
            "                  Enter keeps the search text",
            "  n N             next / previous match",
            "  Esc, Backspace  clear the search; then back to the overview",
        ],
        reloaded: { $0 == 0 ? "Data read again." : "Data read again (\($0) warnings)." },
        reloadFailed: "Reading the data again failed – the previous data stay",
        pressKey: "Press Enter to continue.",
        dashboard: "dashboard",
        searchDone: "search",
        clearSearch: "clear search",
        nextMatch: "next",
        previousMatch: "previous",
        noMatch: "not found",
        matchCount: { "match \($0) of \($1)" }
    )
}
