import RaadsMetrics

/// How one parameter is shown (issue 13: one home per parameter). Each parameter has one type
/// that conforms, in `Parameters/NAME+Presentation.swift`: its tile, its detail view, how a
/// dashboard panel judges it and how its chart is named. Its focused views (`PanelView`) are in
/// `Parameters/NAME+Views.swift`. `ParameterID.presentation` below is the one table of them;
/// what every parameter shares (the caveats of every detail, a panel's title, thresholds, chosen
/// breakdowns and key figure) stays in `Presenter`.
///
/// An eighth parameter adds one file here and one line to that table.
protocol ParameterPresentation {
    /// Why the parameter has no figures (a file was not delivered), or `nil`.
    static func reason(_ s: Summary) -> MissingReason?

    /// The overview's tile.
    static func tile(_ s: Summary, _ l: Language) -> Tile

    /// The detail view's own content, with every yearly row judged as `panel` judges the headline.
    /// `Presenter.detail` adds what every detail has.
    static func detail(_ s: Summary, _ l: Language, tile: Tile, panel: DashboardPanel) -> Detail

    /// The value and target a panel's thresholds judge; `nil` for a parameter judged by a rule.
    static func judged(_ s: Summary, _ panel: DashboardPanel) -> (value: Double?, target: Double?)?

    /// What the status is judged against, in words ("het doel van het jaar"); `nil` when there
    /// is nothing to judge against.
    static func judgedAgainst(_ panel: DashboardPanel, _ l: Language) -> String?

    /// The status rule in words ("op koers als …", no label), for a parameter judged by a rule
    /// instead of thresholds.
    static func rule(_ l: Language) -> String?

    /// The status in words after a panel judged the tile's `status`.
    static func judgedStatusText(_ tile: Tile, hasValue: Bool, _ l: Language) -> String

    /// What a panel changes on the tile besides its title, thresholds and key figure.
    static func panelTile(_ t: inout Tile, _ panel: DashboardPanel, _ s: Summary, _ l: Language)

    /// What a panel adds to the detail after the status rule, before the key figure.
    static func panelDetail(_ d: inout Detail, _ panel: DashboardPanel, _ s: Summary, _ l: Language)

    /// How the export's chart names and formats the tile's series; `nil`: no chart.
    static func chart(_ s: Summary, _ l: Language) -> ChartSpec?

    /// A point of the tile's series in the text summary (`27,4`, or `1.031` for counts).
    static func seriesText(_ x: Double, _ l: Language) -> String

    /// Whether a dashboard file may give the target (`paneel.doel`): the data have none.
    static var targetFromDashboard: Bool { get }
}

extension ParameterPresentation {
    static func rule(_ l: Language) -> String? { nil }

    static func judgedStatusText(_ tile: Tile, hasValue: Bool, _ l: Language) -> String {
        Presenter.statusText(tile.status, hasValue: hasValue, l)
    }

    static func panelTile(_ t: inout Tile, _ panel: DashboardPanel, _ s: Summary, _ l: Language) {}

    static func panelDetail(_ d: inout Detail, _ panel: DashboardPanel, _ s: Summary, _ l: Language) {}

    static func seriesText(_ x: Double, _ l: Language) -> String { NumberFormat.decimal(x, language: l) }

    static var targetFromDashboard: Bool { false }
}

extension ParameterID {
    /// Whether the status follows a rule (informatievoorziening) rather than a value against a target.
    public var isJudgedByRule: Bool { presentation.rule(.nl) != nil }

    /// Whether a dashboard file may give the target (`paneel.doel`).
    public var takesTargetFromDashboard: Bool { presentation.targetFromDashboard }

    /// The one table from a parameter to its presentation.
    var presentation: any ParameterPresentation.Type {
        switch self {
        case .quotum: Presenter.Quotum.self
        case .duurzaamheid: Presenter.Duurzaamheid.self
        case .fondsBovenformatief: Presenter.Fonds.self
        case .sroiRealisatie: Presenter.SroiRealisatie.self
        case .sroiNaleving: Presenter.SroiNaleving.self
        case .regioGarantiebanen: Presenter.Regio.self
        case .informatievoorziening: Presenter.Informatie.self
        }
    }
}
