import RaadsMetrics
import RaadsPresentation

/// What the dashboard knows of the griffie's archive (issue 12): plain values, no database.
public struct ArchiveView: Equatable, Sendable {
    /// The earlier snapshot of this municipality the tiles compare with.
    public var since: ArchivedSnapshot?
    /// The full comparison of `since` with the current data.
    public var comparison: SnapshotComparison?
    /// Why the archive could not be used (names the file); the dashboard runs without it.
    public var problem: String?

    public init(since: ArchivedSnapshot?, comparison: SnapshotComparison?, problem: String? = nil) {
        self.since = since
        self.comparison = comparison
        self.problem = problem
    }
}

/// The comparison screen (`a`): what changed since the archive's earlier snapshot.
enum ComparisonView {
    static func lines(for state: AppState) -> [StyledLine] {
        let g = state.glyphs
        let l = state.language
        let w = max(10, state.width - 2)
        var out: [StyledLine] = []
        func item(_ text: String, indent: Int, style: TextStyle = [], role: ColorRole = .normal) {
            for line in TextLayout.wrap(g.fold(text), w - indent) {
                out.append([Span(String(repeating: " ", count: indent) + line, style: style, role: role)])
            }
        }
        guard let archive = state.archive, let c = archive.comparison else {
            out.append([Span(g.fold(l.pick("Vergelijking met het archief", "Comparison with the archive")), style: [.bold, .underline], role: .title)])
            out.append([])
            if let problem = state.archive?.problem {
                item(problem, indent: 1, role: .atRisk)
            } else {
                item(
                    l.pick(
                        "Het archief bevat geen eerdere momentopname van \(state.summary.dataset.naam) met andere gegevens. Bewaar er een met 'raadsdashboard archief opslaan' of 'raadsdashboard export'.",
                        "The archive holds no earlier snapshot of \(state.summary.dataset.naam) with other data. Store one with 'raadsdashboard archief opslaan' or 'raadsdashboard export'."
                    ),
                    indent: 1)
            }
            return out
        }
        for (n, section) in ComparisonReport.sections(c, l).enumerated() {
            if n > 0 { out.append([]) }
            out.append([Span(g.fold(section.title), style: [.bold, .underline], role: .title)])
            for line in section.lines {
                item((line.nested ? "" : g.bullet + " ") + line.text, indent: line.nested ? 5 : 1, role: line.unchanged ? .muted : .normal)
            }
        }
        return out
    }

    static func keys(_ state: AppState) -> [(keys: String, label: String)] {
        state.strings.keysQuestions
    }

    /// The overview's keys, with `a` when the archive has something to compare with.
    static func overviewKeys(_ state: AppState, _ keys: [(keys: String, label: String)]) -> [(keys: String, label: String)] {
        guard state.archive?.comparison != nil else { return keys }
        var out = keys
        let item = (keys: "a", label: state.language.pick("sinds \(state.archive?.since?.shortDate ?? "")", "since \(state.archive?.since?.shortDate ?? "")"))
        out.insert(item, at: min(out.count, (out.firstIndex { $0.keys == "v" } ?? out.count - 1) + 1))
        return out
    }

    /// The griffie dashboard names the snapshot it compares with (header, right).
    static func headerNote(_ state: AppState) -> String? {
        guard state.screen == .overview, state.dashboard?.showQuestions == true, let since = state.archive?.since else { return nil }
        return state.language.pick("vergeleken met ", "compared with ") + since.name(state.language)
    }
}

extension AppState {
    mutating func handleComparison(_ key: Key) {
        if scrollKey(key) { return }
        if key == .escape || key == .backspace || key == .character("a") || key == .character("A") {
            backToOverview()
        }
    }
}
