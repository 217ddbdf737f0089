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
    let scrolling: (lines: ScrollLines, top: Int)? =
        state.showHelp
        ? (state.contentLines, state.helpScroll)
        : state.screen == .overview ? nil : (state.contentLines, state.scroll)
    if let scrolling {
        ScrollText.draw(&p, state, scrolling.lines, top: scrolling.top)
    } else {
        if GriffieView.isShown(state) { GriffieView.draw(&p, state) }
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
        // Keep in step with `yearArrows`, which mouse clicks use.
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

    /// The columns of ◀ and ▶ on line 1 (`nil` for an arrow that is not shown), for clicks.
    static func yearArrows(_ state: AppState) -> (left: Int?, right: Int?)? {
        guard !state.layout.isTooSmall else { return nil }
        let s = state.strings
        let g = state.glyphs
        let before =
            1 + g.fold("\(s.peildatum) \(dateText(state.summary.dataset.peildatum, state))").count
            + g.fold("  \(g.dot)  \(s.year) ").count
        let leftWidth = g.fold(g.yearLeft).count
        let right = before + leftWidth + " \(state.year) ".count
        return (
            state.year > state.years.lowerBound ? before : nil,
            state.year < state.years.upperBound ? right : nil
        )
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
            let count = state.questions.count
            return keys.map { $0.keys == "v" ? ($0.keys, "\($0.label) (\(count))") : $0 }
        case .detail: return withSearch(state, s.keysDetail)
        case .questions: return withSearch(state, s.keysQuestions)
        case .comparison: return withSearch(state, ComparisonView.keys(state))
        }
    }

    /// While a search is active, `n`/`N` step through the matches and Esc clears it.
    static func withSearch(_ state: AppState, _ keys: [(keys: String, label: String)]) -> [(keys: String, label: String)] {
        let s = state.strings
        guard state.search != nil else { return keys }
        var out = keys.filter { $0.keys != "/" }
        out = out.map { $0.keys == "Esc" ? ($0.keys, s.clearSearch) : $0 }
        let at = (out.firstIndex { $0.keys == "Esc" } ?? 0) + 1
        out.insert(contentsOf: [("n", s.nextMatch), ("N", s.previousMatch)], at: min(at, out.count))
        return out
    }

    /// Arrow keys in ASCII: "↑↓" becomes "Up/Dn", "←→↑↓" becomes "Lt/Rt/Up/Dn".
    static func asciiKeys(_ k: String, _ glyphs: Glyphs) -> String {
        guard !glyphs.unicode else { return k }
        let names: [Character: String] = ["↑": "Up", "↓": "Dn", "←": "Lt", "→": "Rt"]
        var out = ""
        var previousWasArrow = false
        for ch in k {
            if let name = names[ch] {
                out += (previousWasArrow ? "/" : "") + name
                previousWasArrow = true
            } else {
                out.append(ch)
                previousWasArrow = false
            }
        }
        return out
    }

    /// The keys a label stands for, with their offsets in it: "↑↓" is ↑ and ↓, "[ ]" is [ and ],
    /// "PgUp/PgDn" is PgUp and PgDn. A click on one of them does what that key does.
    static func keyActions(_ text: String) -> [(offset: Int, length: Int, key: Key)] {
        let named: [(String, Key)] = [
            ("Shift-Tab", .backTab), ("PgUp", .pageUp), ("PgDn", .pageDown), ("Enter", .enter), ("Esc", .escape),
            ("Tab", .tab), ("Up", .up), ("Dn", .down), ("Lt", .left), ("Rt", .right), ("↑", .up), ("↓", .down),
            ("←", .left), ("→", .right),
        ]
        let chars = Array(text)
        var out: [(offset: Int, length: Int, key: Key)] = []
        var i = 0
        while i < chars.count {
            let rest = String(chars[i...])
            if let (name, key) = named.first(where: { rest.hasPrefix($0.0) }) {
                out.append((i, name.count, key))
                i += name.count
            } else if chars[i].isLetter, i + 1 < chars.count, chars[i + 1].isLetter {
                // A word that names no key (a label, not a key).
                while i < chars.count, chars[i].isLetter { i += 1 }
            } else {
                if chars[i] != " " && chars[i] != "/" { out.append((i, 1, .character(chars[i]))) }
                i += 1
            }
        }
        return out
    }

    /// One key label of the footer as drawn: its column, the keys and what they do.
    struct FooterItem {
        var x: Int
        var keys: String
        var label: String
        var width: Int { keys.count + 1 + label.count + 2 }
    }

    /// The footer as drawn: the key labels with their columns, and the text flush right. Shared
    /// by drawing and by mouse clicks on a key.
    static func footerLayout(_ state: AppState, scrolling: (lines: Int, top: Int)?) -> (items: [FooterItem], right: String) {
        let w = state.width
        let g = state.glyphs
        let s = state.strings
        var right = ""
        if state.panel == nil, let search = state.search, state.isSearchable {
            let matches = search.query.isEmpty ? [] : state.matchLines
            if search.query.isEmpty {
                right = ""
            } else if matches.isEmpty {
                right = s.noMatch + " "
            } else {
                let index = search.line.flatMap { matches.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
                right = s.matchCount(index, matches.count) + " "
            }
            if search.editing {
                // "/text▏  Enter zoek  Esc wis zoeken"
                var items = [FooterItem(x: 1, keys: "/", label: search.query + (g.unicode ? "▏" : "_"))]
                var x = 1 + items[0].width
                for var item in [FooterItem(x: 0, keys: "Enter", label: s.searchDone), FooterItem(x: 0, keys: "Esc", label: s.clearSearch)]
                where x + item.width <= w - right.count {
                    item.x = x
                    items.append(item)
                    x += item.width
                }
                return (items, right)
            }
        } else if state.panel == nil, let (lines, top) = scrolling {
            let viewport = state.layout.scrollViewport
            if lines > viewport {
                right = s.lines(top + 1, min(lines, top + viewport), lines) + " "
            }
        }
        let items = keyItems(state).map { (keys: asciiKeys($0.keys, g), label: $0.label) }
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
        var out: [FooterItem] = []
        var x = 1
        for i in chosen.sorted() {
            let item = FooterItem(x: x, keys: items[i].keys, label: items[i].label)
            out.append(item)
            x += item.width
        }
        return (out, right)
    }

    /// The key that a click on the footer at column `x` stands for.
    static func footerKey(_ state: AppState, atX x: Int) -> Key? {
        let scrolling: (lines: Int, top: Int)? =
            state.showHelp
            ? (state.contentLines.count, state.helpScroll)
            : state.screen == .overview ? nil : (state.contentLines.count, state.scroll)
        let layout = footerLayout(state, scrolling: scrolling)
        if let search = state.search, search.editing, state.isSearchable {
            // The typed text is not a key; the hints are.
            for item in layout.items.dropFirst() where x >= item.x && x < item.x + item.width - 2 {
                return keyActions(item.keys).first?.key
            }
            return nil
        }
        for item in layout.items {
            let actions = keyActions(item.keys)
            if x >= item.x && x < item.x + item.keys.count,
                let hit = actions.first(where: { x - item.x >= $0.offset && x - item.x < $0.offset + $0.length })
            {
                return hit.key
            }
            // The label stands for the key when the item has only one.
            if x > item.x + item.keys.count && x < item.x + item.width - 2, actions.count == 1 {
                return actions[0].key
            }
        }
        return nil
    }

    /// `scrolling`: the line count and first line of a scrolling screen, when one is in front.
    static func footer(_ p: inout Painter, _ state: AppState, scrolling: (lines: Int, top: Int)?) {
        let w = state.width
        let y = state.height - 1
        p.fill(Rect(x: 0, y: y, width: w, height: 1), Cell(" ", style: [.reverse], role: .footer))
        let (items, right) = footerLayout(state, scrolling: scrolling)
        var x = 1
        for item in items {
            x = item.x
            x += p.text(item.keys, x: x, y: y, style: [.bold], role: .footer, maxWidth: max(0, w - x))
            x += p.text(" " + item.label + "  ", x: x, y: y, style: [.reverse], role: .footer, maxWidth: max(0, w - x))
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
