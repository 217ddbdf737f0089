import RaadsMetrics
import RaadsPresentation

/// The overview: seven tiles in a grid of 3, 2 or 1 columns, or one line per parameter when the
/// window is low.
enum OverviewView {
    static func tiles(_ state: AppState) -> [Tile] {
        let all = Presenter.tiles(state.summary, language: state.language)
        return state.parameters.compactMap { id in all.first { $0.id == id } }
    }

    static func draw(_ p: inout Painter, _ state: AppState) {
        let layout = state.layout
        let tiles = tiles(state)
        let selected = state.overviewSelection
        switch layout.mode {
        case .grid:
            for (i, tile) in tiles.enumerated() {
                drawTile(&p, tile, in: layout.tileRect(i), selected: i == selected, state: state)
            }
        case .list:
            let offset = layout.listOffset(selected: selected)
            for row in 0..<layout.body.height {
                let i = offset + row
                guard i < tiles.count else { break }
                drawListLine(&p, tiles[i], y: layout.body.y + row, width: layout.width, selected: i == selected, state: state)
            }
        }
    }

    static func statusText(_ tile: Tile, _ state: AppState) -> String {
        "\(state.glyphs.symbol(tile.status)) \(tile.statusText)"
    }

    static func drawListLine(_ p: inout Painter, _ tile: Tile, y: Int, width: Int, selected: Bool, state: AppState) {
        let g = state.glyphs
        let status = statusText(tile, state)
        let value = g.fold(tile.valueText)
        let titleRoom = width - 3 - value.count - status.count - 3
        let title = g.fold(tile.title)
        let right: String
        let showWord = titleRoom >= min(title.count, 14)
        right = showWord ? "\(value)  \(status)" : "\(value) \(g.symbol(tile.status))"
        let pointer = selected ? g.pointer : " "
        let line = TextLayout.spread("\(pointer) \(title)", right + " ", width)
        let style: TextStyle = selected ? [.reverse, .bold] : []
        p.text(line, x: 0, y: y, style: style, role: selected ? .title : .normal)
        // Status coloured (never alone: symbol and word are there).
        let statusPart = showWord ? status : g.symbol(tile.status)
        p.text(statusPart, x: width - 1 - statusPart.count, y: y, style: style.union(.bold), role: tile.status.role)
    }

    static func drawTile(_ p: inout Painter, _ tile: Tile, in r: Rect, selected: Bool, state: AppState) {
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
        p.text(TextLayout.truncate(g.fold(second), w, ellipsis: g.ellipsis), x: x, y: y, role: .muted)
        y += 1
        guard y < bottom else { return }

        let rowsLeft = bottom - y
        let points = tile.series
        let compact = rowsLeft < 4
        // Progress bar (or a sparkline on the same row when space is short).
        if let progress = tile.progress {
            let pct = UINumber.percent(progress, english: state.language == .en)
            let spark = compact && !points.isEmpty ? "  " + sparkline(points, glyphs: g) : ""
            let barWidth = max(4, w - pct.count - 1 - spark.count)
            p.bar(fraction: progress, x: x, y: y, width: barWidth, role: tile.status.role)
            p.text(pct, x: x + barWidth + 1, y: y, role: .normal)
            if !spark.isEmpty { p.text(spark, x: x + barWidth + 1 + pct.count, y: y, role: .accent) }
        } else if compact, !points.isEmpty {
            p.text(sparkline(points, glyphs: g), x: x, y: y, role: .accent, maxWidth: w)
        } else if let note = tile.note, tile.targetText != nil {
            p.text(TextLayout.truncate(g.fold(note), w, ellipsis: g.ellipsis), x: x, y: y, style: [.dim], role: .muted)
        }
        y += 1
        guard y < bottom, !compact else { return }

        // Series: mini bars when there is room, else a sparkline.
        let rowsForSeries = bottom - y - (tile.note != nil && tile.targetText != nil ? 2 : 0)
        if !points.isEmpty {
            if rowsForSeries >= 5 {
                y += 1
                let used = miniBars(&p, points, x: x, y: y, width: w, rows: rowsForSeries - 2, glyphs: g, state: state)
                y += used
            } else if rowsForSeries >= 1 {
                let first = points.first!.jaar
                let last = points.last!.jaar
                let label = first == last ? " \(first)" : " \(first)–\(last)"
                let spark = sparkline(points, glyphs: g)
                p.text(spark, x: x, y: y, role: .accent, maxWidth: w)
                p.text(label, x: x + spark.count, y: y, role: .muted, maxWidth: w - spark.count)
                y += 1
            }
        }
        // The note (reason for "geen gegevens", or a caveat) at the bottom.
        if let note = tile.note, tile.targetText != nil || tile.progress != nil {
            let lines = TextLayout.wrap(g.fold(note), w)
            let room = bottom - y
            guard room >= 1 else { return }
            let start = max(y, bottom - min(2, lines.count, room))
            for (i, line) in lines.prefix(bottom - start).enumerated() {
                let isLastShown = start + i == bottom - 1 && lines.count > bottom - start
                let t = isLastShown ? TextLayout.truncate(line + " " + g.ellipsis, w, ellipsis: g.ellipsis) : line
                p.text(t, x: x, y: start + i, style: [.dim], role: .muted)
            }
        }
    }

    /// One character per year, scaled to the largest value or target of the series; a year
    /// without a value shows as a space.
    static func sparkline(_ points: [SeriesPoint], glyphs: Glyphs) -> String {
        let top = points.flatMap { [$0.waarde, $0.doel] }.compactMap { $0 }.max() ?? 0
        let levels = glyphs.levels
        return String(points.map { point -> Character in
            guard let v = point.waarde else { return " " }
            guard top > 0 else { return levels[0] }
            return levels[max(0, min(levels.count - 1, Int((v / top) * Double(levels.count - 1) + 0.5)))]
        })
    }

    /// Vertical bars, one per year, with the year below. Returns the rows used.
    static func miniBars(
        _ p: inout Painter, _ points: [SeriesPoint], x: Int, y: Int, width: Int, rows: Int, glyphs: Glyphs,
        state: AppState
    ) -> Int {
        let slot = min(6, width / max(1, points.count))
        guard slot >= 3, rows >= 2 else {
            p.text(sparkline(points, glyphs: glyphs), x: x, y: y, role: .accent, maxWidth: width)
            return 1
        }
        let barRows = min(rows - 1, 4)
        let top = points.flatMap { [$0.waarde, $0.doel] }.compactMap { $0 }.max() ?? 0
        let barWidth = slot >= 5 ? 3 : slot - 1
        let levels = glyphs.levels
        for (i, point) in points.enumerated() {
            let sx = x + i * slot
            if let v = point.waarde, top > 0 {
                let height = v / top * Double(barRows)
                for r in 0..<barRows {
                    let fill = height - Double(r)
                    guard fill > 0 else { break }
                    let ch: Character = fill >= 1
                        ? glyphs.barFull
                        : levels[max(0, min(levels.count - 1, Int(fill * Double(levels.count)) - 1))]
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
