import RaadsMetrics
import RaadsPresentation

/// The questions the figures raise (`v`), and — on a dashboard with `datakwaliteit` — the
/// parameters without figures and the data warnings. Long content scrolls.
enum QuestionsView {
    static func lines(for state: AppState) -> ScrollLines {
        let g = state.glyphs
        let s = state.strings
        let l = state.language
        let w = max(10, state.width - 2)
        var out = ScrollLines()
        // Items wrap when shown (a regional list has thousands); lines in between end a run.
        var items = WrappedItems()
        func line(_ spans: StyledLine) {
            if !items.isEmpty {
                out.append(items)
                items = WrappedItems()
            }
            out.append(spans)
        }
        func heading(_ text: String) {
            if out.count + items.lineCount > 0 { line([]) }
            line([Span(g.fold(text), style: [.bold, .underline], role: .title)])
        }
        func item(_ text: String, prefix: String, indent: Int, style: TextStyle = [], role: ColorRole = .normal) {
            let width = w - indent - prefix.count
            guard width > 0 else { return }
            items.append(g.fold(text), prefix: prefix, indent: indent, width: width, style: style, role: role)
        }

        // The griffie's dashboard: the state of the data first, then the questions (issue 10).
        if state.dashboard?.showDataQuality == true {
            heading(l.pick("Voor de vergadering", "Before the meeting"))
            for entry in GriffieView.items(state).dropFirst() {
                item(entry.text, prefix: "\(g.bullet) ", indent: 1, style: entry.role == .normal ? [] : [.bold], role: entry.role)
            }
            heading(s.dataQuality)
            let reasons = ParameterID.allCases.compactMap { id in
                Presenter.translate(reden: Presenter.reason(id, state.summary), l).map { "\(id.title(l)): \($0)" }
            }
            if reasons.isEmpty && state.summary.waarschuwingen.isEmpty {
                item(s.dataQualityFine, prefix: "", indent: 1)
            }
            for r in reasons { item(r, prefix: "\(g.bullet) ", indent: 1) }
            for warning in state.summary.waarschuwingen { item(warning.readable(l), prefix: "\(g.bullet) ", indent: 1, role: .atRisk) }
        }
        let questions = state.questions
        heading(s.questionsTitle(state.year))
        item(s.questionsIntro, prefix: "", indent: 1, role: .muted)
        if questions.isEmpty {
            line([])
            item(s.noQuestions, prefix: "", indent: 1)
        }
        for (n, q) in questions.enumerated() {
            line([])
            item(q.text, prefix: "\(n + 1). ", indent: 1, style: [.bold])
            item(
                l.pick("belang: ", "importance: ") + q.severity.word(l) + l.pick(" · waarom: ", " · why: ") + Questions.rule(q.id, l),
                prefix: "", indent: 4, style: [.dim], role: .muted)
            for f in q.figures { item(f, prefix: "\(g.bullet) ", indent: 4) }
        }
        if !items.isEmpty { out.append(items) }
        return out
    }
}

/// Draws pre-wrapped lines into the body, from line `top`, clamped so the last page is full.
enum ScrollText {
    static func draw(_ p: inout Painter, _ state: AppState, _ all: ScrollLines, top requested: Int) {
        let body = state.layout.body
        let top = max(0, min(requested, max(0, all.count - body.height)))
        for row in 0..<body.height {
            let i = top + row
            guard i < all.count else { break }
            p.spans(all[i], x: 1, y: body.y + row, maxWidth: body.width - 2)
            if let search = state.search, !search.query.isEmpty {
                highlight(&p, y: body.y + row, width: body.width, query: search.query, current: search.line == i)
            }
        }
    }

    /// Marks every occurrence of the search text on row `y`, read back from the cells as drawn
    /// (so that folding to ASCII cannot shift it); the current match in bold and accent colour.
    static func highlight(_ p: inout Painter, y: Int, width: Int, query: String, current: Bool) {
        let q = SearchText.fold(query)
        let cells = (0..<width).map { SearchText.fold(p.buffer[$0, y].character) }
        for start in SearchText.occurrences(of: q, in: cells) {
            p.buffer.restyle(
                x: start, y: y, width: q.count, height: 1, adding: current ? [.reverse, .bold] : [.reverse],
                role: current ? .accent : nil)
        }
    }
}
