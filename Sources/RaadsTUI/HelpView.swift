import RaadsMetrics
import RaadsPresentation

/// The help screen: every key, and what the status symbols mean.
enum HelpView {
    static func lines(for state: AppState) -> [StyledLine] {
        let s = state.strings
        var out: [StyledLine] = [[Span(s.helpTitle, style: [.bold, .underline], role: .title)], []]
        for line in s.help {
            if line.isEmpty {
                out.append([])
            } else if !line.hasPrefix(" ") {
                out.append([Span(line, style: [.bold], role: .title)])
            } else {
                // "  key             description": wrap the description under itself.
                let width = max(20, state.width - 2)
                let keyColumn = 18
                if line.count <= width || width <= keyColumn + 8 {
                    out.append([Span(line)])
                } else {
                    let key = String(line.prefix(keyColumn))
                    let rest = String(line.dropFirst(keyColumn))
                    for (i, part) in TextLayout.wrap(rest, width - keyColumn).enumerated() {
                        out.append([Span((i == 0 ? key : String(repeating: " ", count: keyColumn)) + part)])
                    }
                }
            }
        }
        for line in statusLines(for: state) { out.append(line) }
        if state.screen == .questions { out += ruleLines(for: state) }
        return out
    }

    /// The panels whose status the screen in front shows: the open panel on a detail screen,
    /// every panel of the dashboard elsewhere.
    static func panelsInView(_ state: AppState) -> [DashboardPanel] {
        let panels = state.dashboard?.panels ?? ParameterID.allCases.map { DashboardPanel(parameter: $0) }
        if case .detail(let id) = state.screen {
            let chosen = state.overviewSelection < panels.count && panels[state.overviewSelection].parameter == id ? panels[state.overviewSelection] : nil
            if let panel = chosen ?? panels.first(where: { $0.parameter == id }) { return [panel] }
            return [DashboardPanel(parameter: id)]
        }
        return panels
    }

    /// What the status words mean on this screen, with the thresholds that apply to it: the
    /// dashboard file's (`[paneel.drempels]`) or the data contract's 100 % and 90 %.
    static func statusLines(for state: AppState) -> [StyledLine] {
        let l = state.language
        let g = state.glyphs
        let width = max(20, state.width - 2)
        let panels = panelsInView(state)
        let judged = panels.filter { $0.view == nil && $0.parameter != .informatievoorziening }
        var out: [StyledLine] = [[], [Span(l.pick("Status", "Status"), style: [.bold], role: .title)]]
        func line(_ key: String, _ text: String) {
            let keyColumn = 18
            let k = g.fold(key)
            let pad = String(repeating: " ", count: max(1, keyColumn - 2 - k.count))
            for (i, part) in TextLayout.wrap(g.fold(text), max(8, width - keyColumn)).enumerated() {
                out.append([Span((i == 0 ? "  " + k + pad : String(repeating: " ", count: keyColumn)) + part)])
            }
        }
        func percent(_ x: Double) -> String { NumberFormat.percent(x * 100, digits: 0, language: l) }
        // The thresholds most panels on screen use; the others are listed by title.
        var counts: [(thresholds: Thresholds, count: Int)] = []
        for p in judged {
            if let i = counts.firstIndex(where: { $0.thresholds == p.thresholds }) { counts[i].count += 1 } else { counts.append((p.thresholds, 1)) }
        }
        let main = counts.max { a, b in (a.count, a.thresholds == .standard ? 1 : 0) < (b.count, b.thresholds == .standard ? 1 : 0) }?.thresholds ?? .standard
        let on = Status.opKoers, risk = Status.risico, behind = Status.achter, unknown = Status.onbekend
        func sym(_ st: Status) -> String { st.symbol(unicode: g.unicode) }
        if !judged.isEmpty {
            line(
                "\(sym(on)) \(on.word(l))",
                l.pick("de waarde haalt minstens \(percent(main.opKoers)) van het doel", "the value is at least \(percent(main.opKoers)) of the target"))
            line(
                "\(sym(risk)) \(risk.word(l))",
                l.pick("de waarde haalt minstens \(percent(main.risico)) van het doel", "the value is at least \(percent(main.risico)) of the target"))
            line(
                "\(sym(behind)) \(behind.word(l))",
                l.pick("de waarde blijft onder \(percent(main.risico)) van het doel", "the value is below \(percent(main.risico)) of the target"))
            line(
                "\(sym(unknown)) \(l.pick("geen doel", "no target"))",
                l.pick("er is een waarde, maar geen doel om aan te meten", "there is a value, but no target to measure against"))
        }
        line("\(sym(unknown)) \(unknown.word(l))", l.pick("er is geen waarde om te beoordelen", "there is no value to judge"))
        out.append([])
        let origin =
            main == .standard
            ? l.pick("Dit zijn de standaarddrempels van het aanleverformaat.", "These are the data contract's default thresholds.")
            : l.pick("Deze drempels komen uit het dashboardbestand.", "These thresholds come from the dashboard file.")
        if !judged.isEmpty { for part in TextLayout.wrap(g.fold(origin), width - 2) { out.append([Span("  " + part, role: .muted)]) } }
        for panel in judged where panel.thresholds != main {
            let t = panel.thresholds
            let text = l.pick(
                "\(panel.title(l)): op koers vanaf \(percent(t.opKoers)), risico vanaf \(percent(t.risico)) van het doel (dashboardbestand).",
                "\(panel.title(l)): on track from \(percent(t.opKoers)), at risk from \(percent(t.risico)) of the target (dashboard file).")
            for part in TextLayout.wrap(g.fold(text), width - 2) { out.append([Span("  " + part)]) }
        }
        for panel in panels where panel.view == nil && panel.parameter.isJudgedByRule {
            if let rule = Presenter.statusRule(panel, l) {
                for part in TextLayout.wrap(g.fold(panel.title(l) + ": " + rule), width - 2) {
                    out.append([Span("  " + part)])
                }
            }
        }
        return out
    }

    /// On the questions screen: every rule that can raise a question, in one sentence each.
    static func ruleLines(for state: AppState) -> [StyledLine] {
        let l = state.language
        let g = state.glyphs
        let width = max(20, state.width - 2)
        var out: [StyledLine] = [[], [Span(l.pick("Regels voor de vragen", "Rules for the questions"), style: [.bold], role: .title)]]
        for part in TextLayout.wrap(g.fold(l.pick("Wanneer een vraag verschijnt:", "When a question appears:")), width - 2) { out.append([Span("  " + part)]) }
        for (n, id) in Questions.ruleIDs.enumerated() {
            let prefix = "  \(n + 1). "
            for (i, part) in TextLayout.wrap(g.fold(Questions.rule(id, l)), width - prefix.count).enumerated() {
                out.append([Span((i == 0 ? prefix : String(repeating: " ", count: prefix.count)) + part)])
            }
        }
        return out
    }
}
