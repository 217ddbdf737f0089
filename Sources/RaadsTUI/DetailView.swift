import RaadsMetrics
import RaadsPresentation

/// The detail screen of one parameter: headline, meaning, the series as table and chart,
/// breakdowns, caveats, sources and warnings. Long content scrolls.
enum DetailView {
    /// The dashboard's panel of the detail in front, if the dashboard has one.
    static func panel(_ state: AppState) -> DashboardPanel? {
        guard case .detail(let id) = state.screen else { return nil }
        // A dashboard may show one parameter in several panels (views): the selected one first.
        let panels = state.dashboard?.panels ?? []
        let chosen = state.overviewSelection < panels.count && panels[state.overviewSelection].parameter == id ? panels[state.overviewSelection] : nil
        return chosen ?? panels.first(where: { $0.parameter == id })
    }

    static func detail(_ state: AppState) -> Detail? {
        guard case .detail(let id) = state.screen else { return nil }
        if let panel = panel(state) {
            return Presenter.detail(panel, state.summary, language: state.language)
        }
        return Presenter.detail(id, state.summary, language: state.language)
    }

    /// All lines of the detail screen at the state's width (before scrolling).
    static func lines(for state: AppState) -> ScrollLines {
        guard let d = detail(state) else { return [] }
        let g = state.glyphs
        let s = state.strings
        let w = max(10, state.width - 2)
        var out = ScrollLines()
        let tile = d.tile

        func heading(_ text: String) {
            if !out.isEmpty { out.append([]) }
            out.append([Span(text, style: [.bold, .underline], role: .title)])
        }
        func paragraph(_ text: String, indent: Int = 1, style: TextStyle = [], role: ColorRole = .normal) {
            for line in TextLayout.wrap(g.fold(text), w - indent) {
                out.append([Span(String(repeating: " ", count: indent) + line, style: style, role: role)])
            }
        }
        func bullets(_ items: [String], role: ColorRole = .normal) {
            if items.isEmpty {
                out.append([Span(" " + s.noItems, style: [.dim], role: .muted)])
                return
            }
            for item in items {
                let wrapped = TextLayout.wrap(g.fold(item), w - 3)
                for (i, line) in wrapped.enumerated() {
                    out.append([Span((i == 0 ? " \(g.bullet) " : "   ") + line, role: role)])
                }
            }
        }

        // Headline.
        let status = OverviewView.statusText(tile, state)
        out.append([
            Span(tile.title, style: [.bold], role: .title),
            Span("  \(g.dot)  \(s.year) \(state.year)", role: .muted),
        ])
        var headline: StyledLine = [
            Span(tile.valueText, style: [.bold]), Span("   "),
            Span(status, style: [.bold], role: tile.status.role),
        ]
        let headlineWidth = headline.reduce(0) { $0 + $1.text.count }
        if let target = tile.targetText, headlineWidth + 3 + target.count <= w {
            headline += [Span("   "), Span(target, role: .muted)]
            out.append(headline)
        } else {
            out.append(headline)
            if let target = tile.targetText { paragraph(target, indent: 0, role: .muted) }
        }
        if let progress = tile.progress {
            let pct = NumberFormat.percent(progress * 100, digits: 0, language: state.language)
            let barWidth = min(50, w - pct.count - 2)
            out.append(barLine(fraction: progress, width: barWidth, glyphs: g, role: tile.status.role) + [Span(" " + pct)])
        }
        if let note = tile.note { paragraph(note, indent: 0, style: [.dim], role: .muted) }
        if let figure = tile.keyFigure { paragraph(figure, indent: 0, role: .accent) }

        heading(s.meaning)
        for (i, para) in d.meaning.enumerated() {
            if i > 0 { out.append([]) }
            paragraph(para)
        }

        if !d.seriesTable.rows.isEmpty || !tile.series.isEmpty {
            heading(d.seriesTable.title.isEmpty ? s.series : d.seriesTable.title)
            out.append(TableLayout(d.seriesTable, width: w, glyphs: g))
            if let note = d.seriesTable.note { paragraph(note, style: [.dim], role: .muted) }
            // The panel's `grafiek`: bars (default), a line (a point per year), or none.
            let kind = panel(state)?.chart ?? .staven
            if kind != .geen, tile.series.contains(where: { $0.waarde != nil }) {
                out.append([])
                out.append([Span(" " + s.chart, style: [.bold], role: .title)])
                out += chart(tile.series, width: w, state: state, line: kind == .lijn)
                if let note = tile.chartNote { paragraph(note, style: [.dim], role: .muted) }
            }
        }

        if !d.breakdowns.isEmpty {
            heading(s.breakdowns)
            for (i, t) in d.breakdowns.enumerated() {
                if i > 0 { out.append([]) }
                out.append([Span(" " + g.fold(t.title), style: [.bold])])
                if recordTables.contains(t.key) {
                    out += records(t, width: w, glyphs: g)
                } else {
                    out.append(TableLayout(t, width: w, glyphs: g))
                }
                if let note = t.note { paragraph(note, style: [.dim], role: .muted) }
            }
        }

        heading(s.caveats)
        bullets(d.caveats, role: .atRisk)
        heading(s.sources)
        bullets(d.sources)
        heading(s.warnings)
        bullets(d.warnings.map { $0.readable(state.language) }, role: .behind)
        return out
    }

    static func barLine(fraction: Double, width: Int, glyphs g: Glyphs, role: ColorRole) -> StyledLine {
        var spans: [Span] = [Span(" ")]
        let f = max(0, min(1, fraction)) * Double(width)
        let full = Int(clamping: f)
        spans.append(Span(String(repeating: String(g.barFull), count: full), role: role))
        var used = full
        if full < width, f - Double(full) > 0, g.horizontalPart(f - Double(full)) != " " {
            spans.append(Span(String(g.horizontalPart(f - Double(full))), role: role))
            used += 1
        }
        spans.append(Span(String(repeating: String(g.barEmpty), count: max(0, width - used)), style: [.dim], role: .muted))
        return spans
    }

    /// Tables whose cells are sentences (the normenkader scorecard): one block per row, every
    /// cell wrapped, instead of columns cut off at 80 characters.
    static let recordTables: Set<String> = ["normenkader"]

    /// A table as blocks: the first cell in bold, then `column: cell` per other column, wrapped.
    static func records(_ t: Table, width: Int, glyphs g: Glyphs) -> [StyledLine] {
        var out: [StyledLine] = []
        for (i, row) in t.rows.enumerated() {
            if i > 0 { out.append([]) }
            for (j, line) in TextLayout.wrap(g.fold(row.first ?? ""), width - 3).enumerated() {
                out.append([Span((j == 0 ? " " : "   ") + line, style: [.bold])])
            }
            for c in 1..<max(1, row.count) {
                let label = c < t.columns.count ? g.fold(t.columns[c].title) + ": " : ""
                for (j, line) in TextLayout.wrap(label + g.fold(row[c]), width - 5).enumerated() {
                    out.append([Span((j == 0 ? "   " : "     ") + line)])
                }
            }
        }
        return out
    }

    /// Horizontal bars per year with the target marked as `|`.
    /// `line`: a point per year on a dotted track instead of a bar (`grafiek = "lijn"`), so that
    /// the eye follows the level from year to year.
    static func chart(_ points: [SeriesPoint], width: Int, state: AppState, line: Bool = false) -> [StyledLine] {
        let g = state.glyphs
        let values = points.flatMap { [$0.waarde, $0.doel] }.compactMap { $0 }
        let top = values.max() ?? 0
        let integral = values.allSatisfy { $0 == $0.rounded() }
        func fmt(_ x: Double) -> String { NumberFormat.decimal(x, digits: integral ? 0 : 1, language: state.language) }
        let labelWidth = points.map { fmt($0.waarde ?? 0).count }.max() ?? 1
        let targetWord = state.strings.target
        let targetWidth = points.compactMap { $0.doel.map { fmt($0).count + targetWord.count + 1 } }.max() ?? 0
        // Wider on a wide terminal (issue 10: use the space), 40 cells up to 120 columns.
        let barWidth = max(8, min(max(40, width / 2 - 20), width - 1 - 6 - 2 - labelWidth - 2 - targetWidth - 1))
        var out: [StyledLine] = []
        for point in points {
            var spans: [Span] = [
                Span(
                    " \(point.jaar)\(point.gedeeltelijk ? "*" : " ") ",
                    style: point.jaar == state.year ? [.bold] : [], role: .muted)
            ]
            var cells = Array(repeating: Character(" "), count: barWidth)
            var filled = 0
            if let v = point.waarde, top > 0 {
                let f = v / top * Double(barWidth)
                filled = max(0, min(barWidth, Int(clamping: f)))
                for i in 0..<filled { cells[i] = g.barFull }
                if filled < barWidth, f - Double(filled) > 0 {
                    let part = g.horizontalPart(f - Double(filled))
                    if part != " " {
                        cells[filled] = part
                        filled += 1
                    }
                }
            }
            var pointAt: Int?
            if line, point.waarde != nil {
                // Only the point at the value's end, on a faint track.
                let at = max(0, filled - 1)
                pointAt = at
                for i in 0..<barWidth { cells[i] = i == at ? (g.unicode ? "●" : "o") : (i < at ? Character(g.dot) : " ") }
            }
            var markAt: Int?
            if let d = point.doel, top > 0 {
                markAt = min(barWidth - 1, max(0, Int(clamping: (d / top * Double(barWidth)).rounded()) - 1))
            }
            for i in 0..<barWidth {
                let ch = i == markAt ? g.targetMark : cells[i]
                let role: ColorRole = i == markAt ? .title : pointAt.map { i == $0 ? .accent : .muted } ?? (i < filled ? .accent : .muted)
                spans.append(Span(String(ch), style: i == markAt ? [.bold] : [], role: role))
            }
            let valueText = point.waarde.map(fmt) ?? "?"
            spans.append(Span(" " + TextLayout.pad(valueText, labelWidth, alignRight: true), style: [.bold]))
            if let d = point.doel {
                spans.append(Span("  \(targetWord) \(fmt(d))", role: .muted))
            }
            out.append(spans)
        }
        if points.contains(where: \.gedeeltelijk) {
            out.append([Span(" * " + state.strings.partialYear(Chrome.dateText(state.summary.dataset.peildatum, state)), style: [.dim], role: .muted)])
        }
        if points.contains(where: { $0.doel != nil }) {
            out.append([Span(" \(g.targetMark) = \(targetWord)", style: [.dim], role: .muted)])
        }
        return out
    }
}
