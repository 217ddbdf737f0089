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
        return out
    }
}
