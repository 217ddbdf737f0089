import RaadsMetrics
import RaadsPresentation

/// The screen that refuses a dataset with errors (issue 10, contract v1.2): no figures, but every
/// error with its file, line and column, what to do, and which parameters it affects. Scrolls;
/// `r` reads the data again (after a fix the dashboard opens), `t` switches the language, `q` ends.
public struct RefusalState: Equatable, Sendable {
    public var report: RefusalReport
    public var language: Language
    public var width: Int
    public var height: Int
    public var glyphs: Glyphs
    /// First visible line of the list.
    public var scroll = 0
    public var isRunning = true
    /// A one-line notice in the header until the next key ("nog steeds 2 fouten").
    public var notice: String?

    public init(report: RefusalReport, language: Language = .nl, width: Int = 80, height: Int = 24, glyphs: Glyphs = .unicode) {
        self.report = report
        self.language = language
        self.width = width
        self.height = height
        self.glyphs = glyphs
    }

    var layout: Layout { Layout(width: width, height: height, count: 1) }
    var viewport: Int { layout.scrollViewport }
    var lines: [StyledLine] { RefusalView.lines(self) }
    var maxScroll: Int { max(0, lines.count - viewport) }
}

public enum RefusalView {
    /// The lines of the list, wrapped to the width.
    static func lines(_ state: RefusalState) -> [StyledLine] {
        let l = state.language, g = state.glyphs, r = state.report
        let w = max(10, state.width - 2)
        var out: [StyledLine] = []
        func paragraph(_ text: String, indent: Int = 1, hang: Int = 0, style: TextStyle = [], role: ColorRole = .normal) {
            for (i, line) in TextLayout.wrap(g.fold(text), w - indent - hang).enumerated() {
                let lead = String(repeating: " ", count: indent + (i == 0 ? 0 : hang))
                out.append([Span(lead + line, style: style, role: role)])
            }
        }
        paragraph(r.title(l), style: [.bold], role: .behind)
        out.append([])
        paragraph(r.explanation(l), role: .muted)
        for (n, item) in r.items(l).enumerated() {
            out.append([])
            let number = "\(n + 1). "
            paragraph(number + item.diagnostic.place(l), style: [.bold], role: .title)
            let hang = number.count
            paragraph(item.diagnostic.message, indent: 1 + hang)
            if let hint = item.hint {
                paragraph("\(RefusalReport.fixLabel(l)): \(hint)", indent: 1 + hang, hang: 2, role: .accent)
            }
            paragraph(
                "\(RefusalReport.affectsLabel(l)): \(RefusalReport.affected(file: item.diagnostic.file, l))",
                indent: 1 + hang, hang: 2, style: [.dim], role: .muted)
        }
        if !r.warnings.isEmpty {
            out.append([])
            paragraph(r.warningsHeading(l), style: [.bold, .underline], role: .title)
            for d in r.warnings { paragraph("\(g.bullet) " + d.readable(l), indent: 1, hang: 2, role: .atRisk) }
        }
        return out
    }

    /// The reload pop-up's lines: each error in words, with what to do and what it affects, a
    /// blank line between errors (the panel wraps each line and keeps no indentation).
    public static func panelLines(_ report: RefusalReport, _ l: Language) -> [String] {
        guard !report.errors.isEmpty else { return [] }
        let e = report.errorCount
        let head = l.pick(
            "\(e) \(e == 1 ? "fout" : "fouten") in de nieuwe gegevens ('raadsdashboard check' toont ze allemaal):",
            "\(e) \(e == 1 ? "error" : "errors") in the new data ('raadsdashboard check' lists them all):")
        return [head]
            + report.items(l).flatMap { item -> [String] in
                var lines = [""]
                lines.append(item.diagnostic.readable(l))
                if let hint = item.hint { lines.append("\(RefusalReport.fixLabel(l)): \(hint)") }
                lines.append("\(RefusalReport.affectsLabel(l)): \(RefusalReport.affected(file: item.diagnostic.file, l))")
                return lines
            }
    }

    static func keys(_ l: Language) -> [(keys: String, label: String)] {
        [
            ("↑↓", l.pick("blader", "scroll")), ("r", l.pick("opnieuw inlezen", "read again")), ("t", l.pick("English", "Nederlands")),
            ("q", l.pick("stop", "quit")),
        ]
    }
}

/// Applies one event to the refusal screen. `r` is the runner's (it reads the data).
public func updateRefusal(_ state: RefusalState, _ event: Event) -> RefusalState {
    var s = state
    switch event {
    case .resize(let width, let height):
        s.width = max(0, width)
        s.height = max(0, height)
    case .key(let key):
        s.notice = nil
        let page = max(1, s.viewport - 1)
        switch key {
        case .interrupt, .character("q"), .character("Q"), .escape: s.isRunning = false
        case .up, .character("k"): s.scroll -= 1
        case .down, .character("j"): s.scroll += 1
        case .pageUp: s.scroll -= page
        case .pageDown, .character(" "): s.scroll += page
        case .home: s.scroll = 0
        case .end: s.scroll = s.maxScroll
        case .character("t"), .character("T"): s.language = s.language.toggled
        default: break
        }
    case .notice(let text):
        s.notice = text
    default:
        break
    }
    s.scroll = max(0, min(s.scroll, s.maxScroll))
    return s
}

/// Draws the refusal screen: a header, the scrolling list, the keys.
public func renderRefusal(_ state: RefusalState) -> CellBuffer {
    var p = Painter(width: state.width, height: state.height, glyphs: state.glyphs)
    let w = state.width, h = state.height
    let l = state.language
    guard w >= Layout.minWidth, h >= Layout.minHeight else {
        // Too small for the list: the title and the way out, centred.
        let text = [state.report.title(l), l.pick("Vergroot het venster om de fouten te lezen; q stopt.", "Enlarge the window to read the errors; q quits.")]
        var y = max(0, (h - 3) / 2)
        for t in text where y < h {
            for line in TextLayout.wrap(p.glyphs.fold(t), max(1, w - 2)) where y < h {
                p.text(line, x: max(0, (w - line.count) / 2), y: y, style: [.bold], role: .behind, maxWidth: w)
                y += 1
            }
        }
        return p.buffer
    }
    p.fill(Rect(x: 0, y: 0, width: w, height: 1), Cell(" ", style: [.reverse], role: .header))
    let title = " " + l.pick("Raadsdashboard", "Council dashboard") + " \(p.glyphs.dot) " + l.pick("dataset geweigerd", "dataset refused")
    p.text(TextLayout.spread(title, "[\(l.rawValue.uppercased())] ", w), x: 0, y: 0, style: [.reverse, .bold], role: .header, maxWidth: w)
    let e = state.report.errorCount, wc = state.report.warningCount
    var status = l.pick(
        "\(e) \(e == 1 ? "fout" : "fouten"), \(wc) \(wc == 1 ? "waarschuwing" : "waarschuwingen")",
        "\(e) \(e == 1 ? "error" : "errors"), \(wc) \(wc == 1 ? "warning" : "warnings")")
    if let notice = state.notice { status += "  \(p.glyphs.dot)  " + notice }
    p.text(" " + status, x: 0, y: 1, style: [.bold], role: .behind, maxWidth: w)

    let all = state.lines
    let body = state.layout.body
    let top = max(0, min(state.scroll, max(0, all.count - body.height)))
    for row in 0..<body.height {
        let i = top + row
        guard i < all.count else { break }
        p.spans(all[i], x: 1, y: body.y + row, maxWidth: body.width - 2)
    }

    let y = h - 1
    p.fill(Rect(x: 0, y: y, width: w, height: 1), Cell(" ", style: [.reverse], role: .footer))
    // q always; then r, the scroll keys and t while they fit, shown in their own order.
    let items = RefusalView.keys(l).map { (keys: Chrome.asciiKeys($0.keys, p.glyphs), label: $0.label) }
    var chosen: Set<Int> = []
    var used = 1
    for i in [3, 1, 0, 2] where used + items[i].keys.count + items[i].label.count + 3 <= w {
        chosen.insert(i)
        used += items[i].keys.count + items[i].label.count + 3
    }
    var x = 1
    for (i, item) in items.enumerated() where chosen.contains(i) {
        let keys = item.keys
        x += p.text(keys, x: x, y: y, style: [.bold], role: .footer, maxWidth: w - x)
        x += p.text(" " + item.label + "  ", x: x, y: y, style: [.reverse], role: .footer, maxWidth: w - x)
    }
    if all.count > body.height {
        let right = UIStrings.for(l).lines(top + 1, min(all.count, top + body.height), all.count) + " "
        if x + right.count <= w { p.text(right, x: w - right.count, y: y, style: [.reverse], role: .footer) }
    }
    return p.buffer
}

/// Runs the refusal screen until `q`, or until `r` reads a dataset without errors; returns that
/// load then, so that the caller opens the dashboard.
public final class RefusalRunner {
    public private(set) var state: RefusalState
    private let reload: () -> LoadResult

    public init(state: RefusalState, reload: @escaping () -> LoadResult) {
        self.state = state
        self.reload = reload
    }

    /// `nil`: the user quit (the dataset stays refused).
    public func run(on terminal: TerminalBackend) -> LoadResult? {
        let size = terminal.size
        state = updateRefusal(state, .resize(width: size.width, height: size.height))
        terminal.draw(renderRefusal(state))
        while state.isRunning, let event = terminal.nextEvent() {
            if event == .key(.character("r")) || event == .key(.character("R")) {
                let result = reload()
                if result.dataset != nil, !result.hasErrors { return result }
                let label = state.report.label
                state.report = RefusalReport(label: label, result: result)
                let e = state.report.errorCount, l = state.language
                state = updateRefusal(
                    state,
                    .notice(
                        l.pick(
                            "opnieuw ingelezen: nog \(e) \(e == 1 ? "fout" : "fouten")",
                            "read again: still \(e) \(e == 1 ? "error" : "errors")")))
            } else {
                state = updateRefusal(state, event)
            }
            if state.isRunning { terminal.draw(renderRefusal(state)) }
        }
        return nil
    }
}
