import RaadsMetrics
import RaadsPresentation

/// The overview: seven tiles in a grid of 3, 2 or 1 columns, or one line per parameter when the
/// window is low.
enum OverviewView {
    static func tiles(_ state: AppState) -> [Tile] {
        let tiles =
            if let dashboard = state.dashboard, !dashboard.panels.isEmpty {
                Presenter.tiles(state.summary, dashboard: dashboard, language: state.language)
            } else {
                Presenter.tiles(state.summary, language: state.language)
            }
        return Presenter.withChanges(tiles, state.summary, since: state.archive?.since, language: state.language)
    }

    static func draw(_ p: inout Painter, _ state: AppState) {
        let layout = state.layout
        let tiles = tiles(state)
        let selected = state.overviewSelection
        switch layout.mode {
        case .grid:
            for (i, tile) in tiles.enumerated() {
                drawTile(&p, tile, in: layout.tileRect(i), selected: i == selected, state: state, index: i)
            }
        case .list:
            let offset = layout.listOffset(selected: selected)
            let columns = listColumns(tiles, width: layout.width, state: state)
            for row in 0..<layout.body.height {
                let i = offset + row
                guard i < tiles.count else { break }
                drawListLine(
                    &p, tiles[i], y: layout.body.y + row, width: layout.width, selected: i == selected,
                    columns: columns, state: state)
            }
            // With room to spare, explain the symbols.
            if layout.body.height >= tiles.count + 2 {
                let lines = legend(state, width: layout.width - 2)
                let start = layout.body.maxY - lines.count
                if start >= layout.body.y + tiles.count {
                    for (i, line) in lines.enumerated() {
                        p.text(line, x: 1, y: start + i, style: [.dim], role: .muted)
                    }
                }
            }
        }
    }

    static func statusText(_ tile: Tile, _ state: AppState) -> String {
        "\(state.glyphs.symbol(tile.status)) \(tile.statusText)"
    }

    /// Width of the right-hand part (value and status) shared by all list lines, so that the
    /// columns line up; the status word is dropped (the symbol stays) when the window is narrow.
    static func listColumns(_ tiles: [Tile], width: Int, state: AppState) -> (value: Int, words: Bool, status: Int) {
        let values = tiles.map { state.glyphs.fold($0.valueText).count }.max() ?? 0
        let words = tiles.map { statusText($0, state).count }.max() ?? 1
        let titles = tiles.map(\.title.count).max() ?? 0
        let withWords = 2 + titles + 2 + values + 2 + words + 1
        if withWords <= width { return (values, true, words) }
        // Title column at least 18 wide; the value gets what is left.
        let room = width - 2 - min(titles, 18) - 2 - 2 - 1 - 1
        return (max(6, min(values, room)), false, 1)
    }

    static func drawListLine(
        _ p: inout Painter, _ tile: Tile, y: Int, width: Int, selected: Bool, columns: (value: Int, words: Bool, status: Int),
        state: AppState
    ) {
        let g = state.glyphs
        let status = columns.words ? statusText(tile, state) : g.symbol(tile.status)
        let value = TextLayout.truncate(g.fold(tile.valueText), columns.value, ellipsis: g.ellipsis)
        let rightWidth = columns.value + 2 + columns.status + 1
        let titleWidth = max(1, width - 2 - rightWidth - 1)
        let title = TextLayout.pad(TextLayout.truncate(g.fold(tile.title), titleWidth, ellipsis: g.ellipsis), titleWidth)
        let style: TextStyle = selected ? [.reverse, .bold] : []
        p.fill(Rect(x: 0, y: y, width: width, height: 1), Cell(" ", style: style, role: .title))
        p.text((selected ? g.pointer : " ") + " " + title, x: 0, y: y, style: style, role: .title)
        let valueX = 2 + titleWidth + 1
        p.text(TextLayout.pad(value, columns.value, alignRight: true), x: valueX, y: y, style: style, role: .normal)
        p.text(status, x: valueX + columns.value + 2, y: y, style: style.union(.bold), role: tile.status.role)
    }

    /// "✔ op koers  ▲ risico  ✖ achter  ? geen gegevens", for the list when words are dropped.
    static func legend(_ state: AppState, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for item in Status.allCases.map({ "\(state.glyphs.symbol($0)) \($0.word(state.language))" }) {
            if line.isEmpty {
                line = item
            } else if line.count + 2 + item.count <= width {
                line += "  " + item
            } else {
                lines.append(line)
                line = item
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// The chart a dashboard's panel asks for (`grafiek`): bars, a line, or none.
    static func chartKind(_ state: AppState, index: Int) -> ChartKind {
        guard let panels = state.dashboard?.panels, index >= 0, index < panels.count else { return .staven }
        return panels[index].chart
    }

    /// The first breakdown of tile `index`, shown under the chart when a tile is tall enough.
    static func breakdown(_ state: AppState, index: Int) -> Table? {
        let detail: Detail
        if let panels = state.dashboard?.panels, index < panels.count {
            detail = Presenter.detail(panels[index], state.summary, language: state.language)
        } else if index < state.parameters.count {
            detail = Presenter.detail(state.parameters[index], state.summary, language: state.language)
        } else {
            return nil
        }
        return detail.breakdowns.first { !$0.rows.isEmpty && !DetailView.recordTables.contains($0.key) }
    }

    static func drawTile(_ p: inout Painter, _ tile: Tile, in r: Rect, selected: Bool, state: AppState, index: Int = -1) {
        let g = state.glyphs
        p.box(
            r, title: (selected ? g.pointer + " " : "") + tile.title,
            titleStyle: selected ? [.bold, .reverse] : [.bold],
            borderStyle: selected ? [.bold] : [.dim],
            role: selected ? .accent : .muted, titleRole: .title)
        let x = r.x + 2
        let w = r.width - 4
        let innerTop = r.y + 1
        let innerHeight = r.height - 2
        guard w > 4, innerHeight > 0 else { return }
        var y = innerTop
        let bottom = innerTop + innerHeight

        // Value and status.
        let status = statusText(tile, state)
        let value = TextLayout.truncate(g.fold(tile.valueText), max(1, w - status.count - 1), ellipsis: g.ellipsis)
        p.text(value, x: x, y: y, style: [.bold], role: tile.status == .onbekend ? .unknown : .normal)
        p.text(status, x: x + w - status.count, y: y, style: [.bold], role: tile.status.role)
        y += 1
        guard y < bottom else { return }

        // Target and who set it, or the note when there is no target.
        let second = tile.targetText ?? tile.note ?? ""
        // The change since the archive's earlier snapshot, right-aligned (issue 12).
        let change = tile.change.map { TextLayout.truncate(g.fold($0), max(0, w - 8), ellipsis: g.ellipsis) } ?? ""
        let room = change.isEmpty ? w : max(1, w - change.count - 1)
        // Too long for one line: on a tile with rows to spare it takes two, else the words that
        // fit (whole parts, never "41 p…").
        let secondText = g.fold(second)
        let wrapped = secondText.count > room && bottom - y >= 8
        if wrapped {
            let lines = TextLayout.wrap(secondText, room)
            p.text(lines[0], x: x, y: y, role: .muted)
            y += 1
            p.text(TextLayout.fitWords(lines.dropFirst().joined(separator: " "), room, ellipsis: g.ellipsis), x: x, y: y, role: .muted)
        } else {
            p.text(TextLayout.fitWords(secondText, room, ellipsis: g.ellipsis), x: x, y: y, role: .muted)
        }
        if !change.isEmpty { p.text(change, x: x + w - change.count, y: y, style: [.bold], role: .accent) }
        y += 1
        guard y < bottom else { return }

        let rowsLeft = bottom - y
        let kind = chartKind(state, index: index)
        let points = kind == .geen ? [] : tile.series
        let compact = rowsLeft < 4
        // Progress bar (or a sparkline on the same row when space is short).
        if let progress = tile.progress {
            let pct = NumberFormat.percent(progress * 100, digits: 0, language: state.language)
            let spark = compact && !points.isEmpty ? "  " + sparkline(points, glyphs: g) : ""
            let barWidth = max(4, w - pct.count - 1 - spark.count)
            p.bar(fraction: progress, x: x, y: y, width: barWidth, role: tile.status.role)
            p.text(pct, x: x + barWidth + 1, y: y, role: .normal)
            if !spark.isEmpty { p.text(spark, x: x + barWidth + 1 + pct.count, y: y, role: .accent) }
        } else if compact {
            if points.contains(where: { $0.waarde != nil }) {
                let spark = sparkline(points, glyphs: g)
                p.text(spark, x: x, y: y, role: .accent, maxWidth: w)
                p.text(" " + yearSpan(points), x: x + spark.count, y: y, role: .muted, maxWidth: w - spark.count)
            } else if let note = tile.note, tile.targetText != nil {
                p.text(TextLayout.fitWords(g.fold(note), w, ellipsis: g.ellipsis, dropParts: false), x: x, y: y, style: [.dim], role: .muted)
            }
        }
        y += 1
        guard y < bottom, !compact else { return }

        // Series: mini bars when there is room, else a sparkline.
        var rowsForSeries = bottom - y - (tile.note != nil && tile.targetText != nil ? 2 : 0)
        // A tall tile (a large terminal) also shows the first breakdown under the chart: its
        // title, header and at least two rows, below a chart of at least 7 rows.
        let noteRows =
            [tile.keyFigure, tile.targetText != nil || tile.progress != nil ? tile.note : nil]
                .compactMap { $0 }.isEmpty ? 0 : 2
        let extraNote = noteRows == 2 && !(tile.note != nil && tile.targetText != nil) ? 2 : 0
        let spare = (points.isEmpty ? rowsForSeries : rowsForSeries - max(7, rowsForSeries / 2)) - extraNote
        let table = spare >= 6 ? breakdown(state, index: index) : nil
        let tableRows = table == nil ? 0 : spare
        rowsForSeries -= tableRows
        defer {
            if let table {
                drawBreakdown(
                    &p, table, x: x, y: bottom - tableRows - noteRows + 1,
                    width: w, rows: tableRows - 1, glyphs: g, state: state)
            }
        }
        if !points.isEmpty {
            // After a wrapped second line the blank row above the chart goes, so the chart keeps its height.
            let spacer = wrapped ? 0 : 1
            if rowsForSeries >= 4 + spacer {
                y += spacer
                let rows = rowsForSeries - 1 - spacer
                let used =
                    kind == .lijn
                    ? lineChart(&p, points, x: x, y: y, width: w, rows: rows, glyphs: g, state: state)
                    : miniBars(&p, points, x: x, y: y, width: w, rows: rows, glyphs: g, state: state)
                y += used
            } else if rowsForSeries >= 1 {
                let label = " " + yearSpan(points)
                let spark = sparkline(points, glyphs: g)
                p.text(spark, x: x, y: y, role: .accent, maxWidth: w)
                p.text(label, x: x + spark.count, y: y, role: .muted, maxWidth: w - spark.count)
                y += 1
            }
        }
        // The note (reason for "geen gegevens", or a caveat) and a dashboard's key figure at the bottom.
        let bottomNote = [tile.keyFigure, tile.targetText != nil || tile.progress != nil ? tile.note : nil]
            .compactMap { $0 }.joined(separator: " \(g.dot) ")
        if !bottomNote.isEmpty {
            let note = bottomNote
            let lines = TextLayout.wrap(g.fold(note), w)
            let room = bottom - y
            guard room >= 1 else { return }
            let start = max(y, bottom - min(2, lines.count, room))
            for (i, line) in lines.prefix(bottom - start).enumerated() {
                let isLastShown = start + i == bottom - 1 && lines.count > bottom - start
                let t = TextLayout.fitWords(isLastShown ? line + " " + g.ellipsis : line, w, ellipsis: g.ellipsis, dropParts: false)
                p.text(t, x: x, y: start + i, style: [.dim], role: .muted)
            }
        }
    }

    /// A breakdown table in a tall tile: its title and the rows that fit whole; "… n meer" when
    /// some do not (Enter shows them all).
    static func drawBreakdown(
        _ p: inout Painter, _ t: Table, x: Int, y: Int, width: Int, rows: Int, glyphs g: Glyphs, state: AppState
    ) {
        guard rows >= 2 else { return }
        p.text(TextLayout.fitWords(g.fold(t.title), width, ellipsis: g.ellipsis), x: x, y: y, style: [.bold], role: .title)
        // Only the rows that fit are laid out (a cohort may list thousands of contracts).
        let table = TableLayout(t, width: width + 1, glyphs: g, dropColumns: true)
        var lines = table.header
        var shown = 0
        while shown < table.rowCount {
            let block = table.rowLines(shown)
            // Keep one row free for "… n meer" unless this is the last block.
            let reserve = shown + 1 < table.rowCount ? 1 : 0
            guard lines.count + block.count + reserve <= rows - 1 else { break }
            lines += block
            shown += 1
        }
        for (i, line) in lines.enumerated() {
            p.spans(
                line.map { Span(String($0.text.dropFirst($0 == line.first ? 1 : 0)), style: $0.style, role: $0.role) },
                x: x, y: y + 1 + i, maxWidth: width)
        }
        if shown < table.rowCount {
            let more = state.language.pick(
                "\(g.ellipsis) \(table.rowCount - shown) meer (Enter)", "\(g.ellipsis) \(table.rowCount - shown) more (Enter)")
            p.text(more, x: x, y: y + 1 + lines.count, style: [.dim], role: .muted, maxWidth: width)
        }
    }

    /// What the tile charts (bars and line) share: a slot of up to 6 columns per year, up to 12
    /// rows above the years, and the top of the scale (value or target). When the tile is too
    /// small for that, a sparkline is drawn instead and the result is `nil`.
    static func chartFrame(
        _ p: inout Painter, _ points: [SeriesPoint], x: Int, y: Int, width: Int, rows: Int, glyphs: Glyphs
    ) -> (slot: Int, rows: Int, top: Double)? {
        let slot = min(6, width / max(1, points.count))
        guard slot >= 3, rows >= 2 else {
            p.text(sparkline(points, glyphs: glyphs), x: x, y: y, role: .accent, maxWidth: width)
            return nil
        }
        return (slot, min(rows - 1, 12), points.flatMap { [$0.waarde, $0.doel] }.compactMap { $0 }.max() ?? 0)
    }

    /// `grafiek = "lijn"`: one point per year joined by a line, the year below.
    static func lineChart(
        _ p: inout Painter, _ points: [SeriesPoint], x: Int, y: Int, width: Int, rows: Int, glyphs: Glyphs,
        state: AppState
    ) -> Int {
        guard let (slot, chartRows, top) = chartFrame(&p, points, x: x, y: y, width: width, rows: rows, glyphs: glyphs) else { return 1 }
        func row(_ v: Double) -> Int {
            top > 0 ? max(0, min(chartRows - 1, Int(clamping: (v / top * Double(chartRows - 1)).rounded()))) : 0
        }
        let u = glyphs.unicode
        var previous: (x: Int, row: Int)?
        for (i, point) in points.enumerated() {
            let sx = x + i * slot + 1
            if let v = point.waarde {
                let r = row(v)
                if let prev = previous {
                    // The segment between two points: flat, rising or falling.
                    let (a, b) = (prev.row, r)
                    let mid = prev.x + 1 + (sx - prev.x - 1) / 2
                    for cx in (prev.x + 1)..<sx {
                        let ch: String
                        let at: Int
                        if a == b {
                            ch = u ? "─" : "-"
                            at = a
                        } else if cx == mid {
                            ch = b > a ? (u ? "╱" : "/") : (u ? "╲" : "\\")
                            at = (a + b) / 2
                        } else {
                            ch = u ? "─" : "-"
                            at = cx < mid ? a : b
                        }
                        p.text(ch, x: cx, y: y + chartRows - 1 - at, role: .accent)
                    }
                }
                p.text(u ? "●" : "o", x: sx, y: y + chartRows - 1 - r, style: [.bold], role: point.gedeeltelijk ? .atRisk : .accent)
                previous = (sx, r)
            } else {
                p.text("?", x: sx, y: y + chartRows - 1, style: [.dim], role: .muted)
                previous = nil
            }
            let yearText = slot >= 5 ? String(point.jaar) : "'" + String(String(point.jaar).suffix(2))
            p.text(
                yearText + (point.gedeeltelijk ? "*" : ""), x: x + i * slot, y: y + chartRows,
                style: point.jaar == state.year ? [.bold, .underline] : [], role: .muted)
        }
        return chartRows + 1
    }

    /// "2018–2020", or one year.
    static func yearSpan(_ points: [SeriesPoint]) -> String {
        guard let first = points.first?.jaar, let last = points.last?.jaar else { return "" }
        return first == last ? "\(first)" : "\(first)–\(last)"
    }

    /// One character per year, scaled to the largest value or target of the series; a year
    /// without a value shows as a space.
    static func sparkline(_ points: [SeriesPoint], glyphs: Glyphs) -> String {
        let top = points.flatMap { [$0.waarde, $0.doel] }.compactMap { $0 }.max() ?? 0
        let levels = glyphs.levels
        return String(
            points.map { point -> Character in
                guard let v = point.waarde else { return " " }
                guard top > 0 else { return levels[0] }
                return levels[max(0, min(levels.count - 1, Int(clamping: (v / top) * Double(levels.count - 1) + 0.5)))]
            })
    }

    /// Vertical bars, one per year, with the year below. Returns the rows used.
    static func miniBars(
        _ p: inout Painter, _ points: [SeriesPoint], x: Int, y: Int, width: Int, rows: Int, glyphs: Glyphs,
        state: AppState
    ) -> Int {
        guard let (slot, barRows, top) = chartFrame(&p, points, x: x, y: y, width: width, rows: rows, glyphs: glyphs) else { return 1 }
        let barWidth = slot >= 5 ? 3 : slot - 1
        let levels = glyphs.levels
        for (i, point) in points.enumerated() {
            let sx = x + i * slot
            if let v = point.waarde {
                // At least a sliver, so that 0 reads as "zero" rather than "missing".
                let height = max(top > 0 ? v / top * Double(barRows) : 0, 1.0 / Double(levels.count))
                for r in 0..<barRows {
                    let fill = height - Double(r)
                    guard fill > 0 else { break }
                    let ch: Character =
                        fill >= 1
                        ? glyphs.barFull
                        : levels[max(0, min(levels.count - 1, Int(clamping: fill * Double(levels.count)) - 1))]
                    let role: ColorRole = point.gedeeltelijk ? .atRisk : .accent
                    p.text(String(repeating: String(ch), count: barWidth), x: sx, y: y + barRows - 1 - r, role: role)
                }
            } else {
                p.text(String(repeating: "?", count: 1), x: sx + barWidth / 2, y: y + barRows - 1, style: [.dim], role: .muted)
            }
            let yearText = slot >= 5 ? String(point.jaar) : "'" + String(String(point.jaar).suffix(2))
            p.text(
                yearText + (point.gedeeltelijk ? "*" : ""), x: sx, y: y + barRows,
                style: point.jaar == state.year ? [.bold, .underline] : [], role: .muted)
        }
        return barRows + 1
    }
}
