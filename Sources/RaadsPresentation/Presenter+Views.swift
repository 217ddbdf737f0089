import RaadsMetrics

/// The focused views (`PanelView`) of issue 11: what the council's social return and job
/// agreement yield for the municipality. Each view lives with its parameter
/// (`Parameters/NAME+Views.swift`); this file holds the table of them and the shape they share.
/// Every figure comes from the `Summary` (the metrics layer did the disclosure control); nothing
/// personal is computed here.
extension Presenter {
    /// The tile of a panel with a view.
    static func viewTile(_ v: PanelView, _ s: Summary, _ l: Language) -> Tile {
        let p = v.presentation
        var t = p.tile?(s, l) ?? p.detail(s, l).tile
        t.title = v.title(l)
        return t
    }

    /// The detail of a panel with a view.
    static func viewDetail(_ v: PanelView, _ s: Summary, _ l: Language) -> Detail {
        var d = v.presentation.detail(s, l)
        d.tile.title = v.title(l)
        if s.dataset.fictief {
            d.caveats.append(l.pick("Deze dataset is fictief: de cijfers zijn verzonnen.", "This dataset is fictitious: the figures are invented."))
        }
        let files = v.presentation.files
        d.warnings = s.waarschuwingen.filter { files.contains($0.file) }
        return d
    }

    /// The shape every view's detail has: a headline (value, target, note) on a tile with a view's
    /// defaults (no norm, status unknown), the chart's series, one paragraph of meaning, the table
    /// per year, the breakdowns, caveats and sources. `viewDetail` adds the title and warnings.
    static func viewContent(
        _ id: ParameterID, value: String, target: String?, chart: [SeriesPoint], note: String?, partial: Bool, progress: Double? = nil,
        meaning: String, table: Table, breakdowns: [Table], caveats: [String], sources: [String], _ l: Language
    ) -> Detail {
        let tile = Tile(
            id: id, title: id.title(l), valueText: value, targetText: target, status: .onbekend, statusText: l.pick("geen norm", "no norm"),
            progress: progress, series: chart, note: note, partialYear: partial)
        return Detail(tile: tile, meaning: [meaning], seriesTable: table, breakdowns: breakdowns, caveats: caveats, sources: sources, warnings: [])
    }
}

/// Where a view's content comes from: its detail (whose tile the overview shows, unless the view
/// has a cheaper tile of its own), the names and format of its chart, and the dataset's files it
/// reads (their warnings go with its detail; its sources name them for people).
struct ViewPresentation {
    var detail: (Summary, Language) -> Detail
    var chart: (Language) -> ChartSpec
    var files: [String]
    var tile: ((Summary, Language) -> Tile)? = nil
}

extension PanelView {
    /// The one table from a view to the functions in its parameter's file.
    var presentation: ViewPresentation {
        typealias P = Presenter
        return switch self {
        case .woonplaats: ViewPresentation(detail: P.woonplaatsView, chart: P.woonplaatsChart, files: P.sroiFiles)
        case .hoofdonderdeel: ViewPresentation(detail: P.hoofdonderdeelView, chart: P.hoofdonderdeelChart, files: P.sroiFiles)
        case .procedure: ViewPresentation(detail: P.procedureView, chart: P.procedureChart, files: P.sroiFiles)
        case .gemeente: ViewPresentation(detail: P.gemeenteView, chart: P.gemeenteChart, files: P.sroiFiles)
        case .behoud: ViewPresentation(detail: P.behoudView, chart: P.behoudChart, files: P.behoudFiles)
        case .doorstroom: ViewPresentation(detail: P.doorstroomView, chart: P.doorstroomChart, files: P.doorstroomFiles)
        case .bovenformatief: ViewPresentation(detail: P.bovenformatiefView, chart: P.bovenformatiefChart, files: P.bovenformatiefFiles)
        case .doelmatigheid: ViewPresentation(detail: P.doelmatigheidView, chart: P.doelmatigheidChart, files: P.doelmatigheidFiles)
        case .normenkader: ViewPresentation(detail: Normenkader.detail, chart: Normenkader.chart, files: Normenkader.files, tile: Normenkader.tile)
        }
    }
}
