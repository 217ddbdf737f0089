import Foundation
import RaadsMetrics
import RaadsPresentation

/// Renders the state into a cell buffer of the state's size. Pure: the same state gives the same
/// screen, which is what the screen tests compare.
public func render(_ state: AppState) -> CellBuffer {
    var p = Painter(width: state.width, height: state.height, glyphs: state.glyphs)
    let layout = state.layout
    if layout.isTooSmall {
        Chrome.tooSmall(&p, state)
        return p.buffer
    }
    Chrome.header(&p, state)
    // The text of a scrolling screen is built once per frame, for the body and the footer's
    // "regel x–y van n".
    let scrolling: (lines: [StyledLine], top: Int)? =
        state.showHelp ? (HelpView.lines(for: state), state.helpScroll)
        : state.screen == .overview ? nil : (state.scrollLines, state.scroll)
    if let scrolling {
        ScrollText.draw(&p, state, scrolling.lines, top: scrolling.top)
    } else {
        OverviewView.draw(&p, state)
    }
    Chrome.footer(&p, state, scrolling: scrolling.map { ($0.lines.count, $0.top) })
    if let panel = state.panel {
        Chrome.panel(&p, state, panel)
    }
    return p.buffer
}

/// Header, footer, panels and the "too small" message.
enum Chrome {
    static func dateText(_ day: Day, _ state: AppState) -> String {
        NumberFormat.date(day, language: state.language)
    }

    static func header(_ p: inout Painter, _ state: AppState) {
        let s = state.strings
        let w = state.width
        let info = state.summary.dataset
        p.fill(Rect(x: 0, y: 0, width: w, height: 1), Cell(" ", style: [.reverse], role: .header))
        var right = "[\(state.language.rawValue.uppercased())] "
        if let dashboard = state.dashboard {
            right = dashboard.title(state.language) + (state.dashboards.count > 1 ? " (Tab)" : "") + "  " + right
        }
        var bannerWidth = 0
        if info.fictief {
            let banner = " \(s.fictitious) "
            bannerWidth = banner.count
            p.text(banner, x: w - banner.count, y: 0, style: [.bold], role: .banner)
        }
        let room = max(0, w - bannerWidth)
        var left = " \(s.appName) \(p.glyphs.dot) \(info.naam)"
        // Narrow: the municipality matters more than the dashboard's title and the app's name.
        if TextLayout.width(left) + 1 + TextLayout.width(right) > room { right = "[\(state.language.rawValue.uppercased())] " }
        if TextLayout.width(left) + 1 + TextLayout.width(right) > room { left = " \(info.naam)" }
        let line0 = TextLayout.spread(left, right, room)
        p.text(line0, x: 0, y: 0, style: [.reverse, .bold], role: .header, maxWidth: w - bannerWidth)

        // Line 1: peildatum, year with arrows, partial-year label, notice.
        var x = 1
        x += p.text("\(s.peildatum) \(dateText(info.peildatum, state))", x: x, y: 1, role: .muted)
        x += p.text("  \(p.glyphs.dot)  \(s.year) ", x: x, y: 1, role: .muted)
        let canDown = state.year > state.years.lowerBound
        let canUp = state.year < state.years.upperBound
        x += p.text(canDown ? p.glyphs.yearLeft : " ", x: x, y: 1, style: [.bold], role: .accent)
        x += p.text(" \(state.year) ", x: x, y: 1, style: [.bold, .reverse], role: .accent)
        x += p.text(canUp ? p.glyphs.yearRight : " ", x: x, y: 1, style: [.bold], role: .accent)
        if state.year == info.peildatum.year, info.peildatum < Day.lastOfYear(state.year) {
            let label = "  (\(s.partialYear(dateText(info.peildatum, state))))"
            x += p.text(label, x: x, y: 1, style: [.bold], role: .atRisk, maxWidth: w - x)
        }
        if let notice = state.notice ?? ComparisonView.headerNote(state), x + 3 < w {
            let t = TextLayout.truncate(notice, w - x - 3)
            p.text(t, x: w - t.count - 1, y: 1, style: [.bold], role: .accent)
        }
    }

    static func keyItems(_ state: AppState) -> [(keys: String, label: String)] {
        let s = state.strings
        if state.panel != nil { return s.keysPanel }
        if state.showHelp { return s.keysHelp }
        switch state.screen {
        case .overview:
            // The griffie dashboard announces how many questions wait behind `v`.
            let keys = ComparisonView.overviewKeys(state, s.keysOverview)
            guard state.dashboard?.showQuestions == true else { return keys }
            let count = Questions.evaluate(state.summary, language: state.language).count
            return keys.map { $0.keys == "v" ? ($0.keys, "\($0.label) (\(count))") : $0 }
        case .detail: return s.keysDetail
        case .questions: return s.keysQuestions
        case .comparison: return ComparisonView.keys(state)
        }
    }

    static func asciiKeys(_ k: String, _ glyphs: Glyphs) -> String {
        guard !glyphs.unicode else { return k }
        return k.replacingOccurrences(of: "↑↓", with: "Up/Dn").replacingOccurrences(of: "←→", with: "Lt/Rt")
    }

    /// `scrolling`: the line count and first line of a scrolling screen, when one is in front.
    static func footer(_ p: inout Painter, _ state: AppState, scrolling: (lines: Int, top: Int)?) {
        let w = state.width
        let y = state.height - 1
        p.fill(Rect(x: 0, y: y, width: w, height: 1), Cell(" ", style: [.reverse], role: .footer))
        var right = ""
        if state.panel == nil, let (lines, top) = scrolling {
            let viewport = state.layout.scrollViewport
            if lines > viewport {
                right = state.strings.lines(top + 1, min(lines, top + viewport), lines) + " "
            }
        }
        let items = keyItems(state).map { (keys: asciiKeys($0.keys, p.glyphs), label: $0.label) }
        // Keep Enter/Esc, "?" and "q" always; add the others in order while they fit.
        func width(_ chosen: [Int]) -> Int {
            chosen.reduce(1) { $0 + items[$1].keys.count + 1 + items[$1].label.count + 2 }
        }
        var chosen = items.indices.filter { ["?", "q", "Enter", "Esc"].contains(items[$0].keys) }
        if width(chosen) > w - right.count { right = "" }  // the keys matter more than the position
        let room = w - right.count
        if width(chosen) > room { chosen = items.indices.filter { ["?", "q"].contains(items[$0].keys) } }
        if width(chosen) > room { chosen = items.indices.filter { items[$0].keys == "q" } }
        for i in items.indices where !chosen.contains(i) {
            let trial = (chosen + [i]).sorted()
            if width(trial) <= room { chosen = trial }
        }
        var x = 1
        for i in chosen.sorted() {
            x += p.text(items[i].keys, x: x, y: y, style: [.bold], role: .footer, maxWidth: w - x)
            x += p.text(" " + items[i].label + "  ", x: x, y: y, style: [.reverse], role: .footer, maxWidth: w - x)
        }
        if !right.isEmpty, x + right.count <= w {
            p.text(right, x: w - right.count, y: y, style: [.reverse], role: .footer)
        }
    }

    static func tooSmall(_ p: inout Painter, _ state: AppState) {
        let s = state.strings
        let w = state.width
        let h = state.height
        guard w > 0, h > 0 else { return }
        var lines = [s.tooSmallTitle]
        lines += TextLayout.wrap(s.tooSmallHint(Layout.minWidth, Layout.minHeight), max(1, w - 2))
        lines.append("(\(w)×\(h))")  // the current size
        let top = max(0, (h - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < h {
            let t = TextLayout.truncate(p.glyphs.fold(line), w)
            let x = max(0, (w - t.count) / 2)
            p.text(t, x: x, y: top + i, style: i == 0 ? [.bold] : [], role: i == 0 ? .behind : .normal)
        }
    }

    static func panel(_ p: inout Painter, _ state: AppState, _ panel: MessagePanel) {
        let w = state.width
        let h = state.height
        let boxWidth = min(w - 2, max(40, min(100, (panel.lines.map(\.count).max() ?? 0) + 4)))
        let inner = boxWidth - 4
        var body: [String] = []
        for line in panel.lines { body += TextLayout.wrap(line, inner) }
        body.append("")
        body.append(state.strings.pressKey)
        let maxBody = max(1, h - Layout.headerHeight - Layout.footerHeight - 2)
        if body.count > maxBody {
            body = Array(body.prefix(maxBody - 1)) + [p.glyphs.ellipsis]
        }
        let boxHeight = body.count + 2
        let r = Rect(x: (w - boxWidth) / 2, y: max(Layout.headerHeight, (h - boxHeight) / 2), width: boxWidth, height: boxHeight)
        p.fill(r)
        let role: ColorRole = panel.isError ? .error : .accent
        p.box(r, title: panel.title, titleStyle: [.bold, .reverse], borderStyle: [.bold], role: role, titleRole: role)
        for (i, line) in body.enumerated() {
            p.text(line, x: r.x + 2, y: r.y + 1 + i, maxWidth: inner)
        }
    }
}
