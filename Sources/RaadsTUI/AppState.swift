import Foundation
import RaadsMetrics
import RaadsPresentation

/// Which screen is in front.
public enum Screen: Equatable, Sendable {
    case overview
    case detail(ParameterID)
    /// The questions the figures raise, and the data quality (`v`).
    case questions
    /// What changed since the archive's earlier snapshot (`a`, issue 12).
    case comparison
}

/// A panel over the screen that waits for a key (e.g. errors of a reload).
public struct MessagePanel: Equatable, Sendable {
    public var title: String
    public var lines: [String]
    public var isError: Bool
    public init(title: String, lines: [String], isError: Bool) {
        self.title = title
        self.lines = lines
        self.isError = isError
    }
}

/// A search in a scrolling screen (`/`): the text typed so far, whether it is still being typed,
/// and the line of the current match.
public struct Search: Equatable, Sendable {
    public var query: String
    /// True while the reader types the text (the footer shows it); Enter ends the typing.
    public var editing: Bool
    /// The line (of the scrolling text) of the match the screen jumped to; `nil`: none found.
    public var line: Int?
    public init(query: String = "", editing: Bool = true, line: Int? = nil) {
        self.query = query
        self.editing = editing
        self.line = line
    }
}

/// What the text of the scrolling screen in front depends on. When it is unchanged, the lines
/// built earlier are reused: `update` never rebuilds the detail text for a key press that only
/// scrolls (issue 13), and `render` draws from the same lines.
struct ContentKey: Equatable, Sendable {
    var screen: Screen
    var help: Bool
    var year: Int
    var language: Language
    var width: Int
    var dashboardIndex: Int
    var selected: Int
    var unicode: Bool
    var version: Int
}

/// The lines of the scrolling screen in front, built once per `ContentKey`. Not part of the
/// state's identity: two states that differ only in this cache are equal.
struct ContentCache: Equatable, Sendable {
    var key: ContentKey?
    var lines: [StyledLine] = []
    static func == (a: ContentCache, b: ContentCache) -> Bool { true }
}

/// The questions of one summary in one language, evaluated once (issue 9: at the scale of a
/// region `Questions.evaluate` takes tens of milliseconds, and the griffie's strip and footer
/// ask for it at every key). Shared by the copies of a state; the key says which figures and
/// language the questions belong to, so a copy with other figures never reads another's.
final class QuestionMemo: @unchecked Sendable, Equatable {
    private let lock = NSLock()
    private var key: (version: Int, language: Language)?
    private var questions: [Question] = []

    func questions(version: Int, language: Language, _ evaluate: () -> [Question]) -> [Question] {
        lock.lock()
        defer { lock.unlock() }
        if let key, key.version == version, key.language == language { return questions }
        questions = evaluate()
        key = (version, language)
        return questions
    }

    /// A cache, not part of what the state is.
    static func == (a: QuestionMemo, b: QuestionMemo) -> Bool { true }
}

/// The whole state of the dashboard. Changes only through `update(_:_:)`.
public struct AppState: Equatable, Sendable {
    public var summary: Summary {
        didSet { contentVersion &+= 1 }
    }
    /// The years one can step through: from the first year with data up to the peildatum's year.
    public var years: ClosedRange<Int>
    public var year: Int
    public var screen: Screen = .overview
    /// Index of the selected tile in `parameters`.
    public var selected: Int = 0
    /// First visible line of the detail screen.
    public var scroll: Int = 0
    public var showHelp = false
    /// First visible line of the help screen.
    public var helpScroll: Int = 0
    public var language: Language
    public var width: Int
    public var height: Int
    public var panel: MessagePanel?
    /// A one-line notice in the footer until the next key (e.g. "Gegevens opnieuw geladen").
    public var notice: String?
    /// The dashboards that Tab cycles through (panel order, titles, thresholds); empty: the seven
    /// parameters as they are.
    public var dashboards: [Dashboard] = []
    public var dashboardIndex: Int = 0
    public var glyphs: Glyphs
    public var isRunning = true
    /// The griffie's archive: the earlier snapshot and the comparison with it (issue 12).
    public var archive: ArchiveView? = nil {
        didSet { contentVersion &+= 1 }
    }
    /// The search in the scrolling screen in front, if any (`/`).
    public var search: Search? = nil
    /// Bumped whenever the figures change (a reload, another year, the archive), so that the
    /// cached text is built again.
    var contentVersion = 0
    var content = ContentCache()
    let questionMemo = QuestionMemo()

    /// The questions the figures raise (`Questions.evaluate`), evaluated once per figures and
    /// language.
    public var questions: [Question] {
        questionMemo.questions(version: contentVersion, language: language) { Questions.evaluate(summary, language: language) }
    }

    public init(
        summary: Summary, years: ClosedRange<Int>? = nil, language: Language = .nl,
        width: Int = 80, height: Int = 24, glyphs: Glyphs = .unicode, dashboards: [Dashboard] = [],
        dashboardIndex: Int = 0
    ) {
        self.summary = summary
        self.year = summary.jaar
        // The dataset's selectable years, always including the summary's own year.
        self.years = years ?? min(summary.jaren.lowerBound, summary.jaar)...max(summary.jaren.upperBound, summary.jaar)
        self.language = language
        self.width = width
        self.height = height
        self.glyphs = glyphs
        self.dashboards = dashboards
        self.dashboardIndex = dashboards.isEmpty ? 0 : max(0, min(dashboardIndex, dashboards.count - 1))
    }

    /// The dashboard in front, or `nil` for the plain seven parameters.
    public var dashboard: Dashboard? { dashboards.isEmpty ? nil : dashboards[dashboardIndex] }

    /// The parameters in tile order.
    public var parameters: [ParameterID] {
        let ids = dashboard?.panels.map(\.parameter) ?? ParameterID.allCases
        return ids.isEmpty ? ParameterID.allCases : ids
    }

    public var selectedParameter: ParameterID { parameters[max(0, min(selected, parameters.count - 1))] }

    public var strings: UIStrings { UIStrings.for(language) }
}
