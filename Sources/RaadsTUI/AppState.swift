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

/// The whole state of the dashboard. Changes only through `update(_:_:)`.
public struct AppState: Equatable, Sendable {
    public var summary: Summary
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
    public var archive: ArchiveView? = nil

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
