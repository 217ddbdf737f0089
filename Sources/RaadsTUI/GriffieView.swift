import RaadsMetrics
import RaadsPresentation

/// What the griffie needs before the figures (issue 10): the questions and the data quality up
/// front, the date of the last report to the council, and whether a snapshot for the agenda
/// would be complete. Shown above the tiles of a dashboard with `datakwaliteit = true`, and at
/// the top of its `v` screen.
enum GriffieView {
    /// Rows the overview gives to the strip: two on a tall window, else one in short words (so
    /// that 80×24 and 120×40 keep their tiles as tall as before).
    static func rows(height: Int) -> Int { height >= 50 ? 2 : 1 }

    static func isShown(_ state: AppState) -> Bool { state.dashboard?.showDataQuality == true }

    /// The parameters without figures.
    static func missing(_ summary: Summary) -> [ParameterID] {
        ParameterID.allCases.filter { Presenter.reason($0, summary) != nil }
    }

    /// The latest report to the council up to the peildatum, of any year.
    static func lastReport(_ summary: Summary) -> Day? {
        let reports = summary.informatie.reeks.flatMap { ($0.rapportagesSociaalDomein ?? []) + ($0.overige ?? []) }
        return reports.map(\.datum).filter { $0 <= summary.dataset.peildatum }.max()
    }

    /// The items in short words, for a one-row strip.
    static func shortItems(_ state: AppState) -> [(text: String, role: ColorRole)] {
        let l = state.language
        let s = state.summary
        let questions = state.questions.count
        let missing = missing(s).count
        var out: [(String, ColorRole)] = [
            (l.pick("Vragen: \(questions) (v)", "Questions: \(questions) (v)"), questions > 0 ? .atRisk : .onTrack),
            missing == 0
                ? (l.pick("alle parameters met cijfers", "all parameters have figures"), .onTrack)
                : (l.pick("\(missing) zonder cijfers", "\(missing) without figures"), .atRisk),
        ]
        if let day = lastReport(s) {
            out.append((l.pick("laatste rapportage ", "last report ") + Chrome.dateText(day, state), .normal))
        } else {
            out.append((l.pick("geen rapportage aan de raad", "no report to the council"), .atRisk))
        }
        let peil = s.dataset.peildatum
        let complete = missing == 0 && !(state.year == peil.year && peil < Day.lastOfYear(state.year))
        out.append(
            complete
                ? (l.pick("momentopname volledig", "snapshot complete"), .onTrack)
                : (l.pick("momentopname onvolledig", "snapshot incomplete"), .atRisk))
        return out
    }

    /// The items of the strip, most important first, each a short phrase.
    static func items(_ state: AppState) -> [(text: String, role: ColorRole)] {
        let l = state.language
        let s = state.summary
        let questions = state.questions.count
        let missing = missing(s)
        let warnings = s.waarschuwingen.count
        var out: [(String, ColorRole)] = []
        out.append(
            (
                l.pick("Vragen bij de cijfers: \(questions) (v)", "Questions on the figures: \(questions) (v)"),
                questions > 0 ? .atRisk : .onTrack
            ))
        var quality: [String] = []
        if missing.isEmpty {
            quality.append(l.pick("alle parameters met cijfers", "every parameter has figures"))
        } else {
            quality.append(
                l.pick(
                    "\(missing.count) \(missing.count == 1 ? "parameter" : "parameters") zonder cijfers",
                    "\(missing.count) \(missing.count == 1 ? "parameter" : "parameters") without figures"))
        }
        if warnings > 0 {
            quality.append(
                l.pick(
                    "\(warnings) \(warnings == 1 ? "waarschuwing" : "waarschuwingen")",
                    "\(warnings) \(warnings == 1 ? "warning" : "warnings")"))
        }
        out.append(
            (
                l.pick("Datakwaliteit: ", "Data quality: ") + quality.joined(separator: ", "),
                missing.isEmpty && warnings == 0 ? .onTrack : .atRisk
            ))
        if let day = lastReport(s) {
            out.append((l.pick("Laatste rapportage aan de raad: ", "Last report to the council: ") + Chrome.dateText(day, state), .normal))
        } else {
            out.append((l.pick("Nog geen rapportage aan de raad", "No report to the council yet"), .atRisk))
        }
        var gaps: [String] = []
        if !missing.isEmpty {
            gaps.append(l.pick("\(missing.count) zonder cijfers", "\(missing.count) without figures"))
        }
        let peil = s.dataset.peildatum
        if state.year == peil.year, peil < Day.lastOfYear(state.year) {
            gaps.append(l.pick("jaar loopt t/m \(Chrome.dateText(peil, state))", "year runs to \(Chrome.dateText(peil, state))"))
        }
        if gaps.isEmpty {
            out.append((l.pick("Momentopname \(state.year) zou volledig zijn", "A snapshot of \(state.year) would be complete"), .onTrack))
        } else {
            out.append(
                (
                    l.pick("Momentopname \(state.year) zou onvolledig zijn: ", "A snapshot of \(state.year) would be incomplete: ")
                        + gaps.joined(separator: "; "), .atRisk
                ))
        }
        return out
    }

    /// The strip: the items on `rows` lines, joined with a dot while they fit; an item that does
    /// not fit any more is left out (the `v` screen has them all).
    static func lines(_ state: AppState, width: Int, rows: Int) -> [StyledLine] {
        let g = state.glyphs
        var out: [StyledLine] = []
        var line: StyledLine = []
        var used = 0
        let sep = "  \(g.dot)  "
        for item in rows == 1 ? shortItems(state) : items(state) {
            let text = g.fold(item.text)
            if !line.isEmpty, used + sep.count + text.count > width {
                if out.count + 1 >= rows { continue }
                out.append(line)
                line = []
                used = 0
            }
            if !line.isEmpty {
                line.append(Span(sep, role: .muted))
                used += sep.count
            }
            line.append(Span(text, style: item.role == .normal ? [] : [.bold], role: item.role))
            used += text.count
        }
        if !line.isEmpty { out.append(line) }
        return out
    }

    static func draw(_ p: inout Painter, _ state: AppState) {
        let y = Layout.headerHeight
        let rows = rows(height: state.height)
        for (i, line) in lines(state, width: state.width - 2, rows: rows).prefix(rows).enumerated() {
            p.spans(line, x: 1, y: y + i, maxWidth: state.width - 2)
        }
    }
}
