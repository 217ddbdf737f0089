import RaadsMetrics

/// A readable summary in reading order: for a pipe, an e-mail, or a screen reader.
public enum TextSummary {
    public static func render(_ s: Summary, language l: Language, ids: [ParameterID] = ParameterID.allCases) -> String {
        render(s, language: l, details: ids.map { ($0, Presenter.detail($0, s, language: l)) })
    }

    /// The summary of a dashboard's panels, views (`weergave`) included.
    public static func render(_ s: Summary, language l: Language, panels: [DashboardPanel]) -> String {
        render(s, language: l, details: panels.map { ($0.parameter, Presenter.detail($0, s, language: l)) })
    }

    static func render(_ s: Summary, language l: Language, details: [(ParameterID, Detail)]) -> String {
        var out: [String] = []
        out.append("Raadsdashboard — \(s.dataset.naam)")
        out.append(
            l.pick(
                "Peildatum \(NumberFormat.date(s.dataset.peildatum, language: l)) · jaar \(Presenter.yearLabel(s.jaar, partial: s.isPartial(s.jaar), s, l))",
                "Reference date \(NumberFormat.date(s.dataset.peildatum, language: l)) · year \(Presenter.yearLabel(s.jaar, partial: s.isPartial(s.jaar), s, l))"
            ))
        if s.dataset.fictief {
            out.append(l.pick("LET OP: FICTIEVE GEGEVENS — deze cijfers zijn verzonnen.", "NOTE: FICTITIOUS DATA — these figures are invented."))
        }
        out.append("")
        var starred = false  // a series point was marked as a partial year
        for (n, (id, d)) in details.enumerated() {
            let t = d.tile
            out.append("\(n + 1). \(t.title)")
            out.append("   " + l.pick("Waarde: ", "Value: ") + t.valueText + (t.targetText.map { " — \($0)" } ?? ""))
            out.append("   Status: \(t.statusText) \(t.status.symbol(unicode: true))")
            let points = t.series.map { p -> String in
                let v = p.waarde.map { id.presentation.seriesText($0, l) } ?? "–"
                return "\(p.jaar)\(p.gedeeltelijk ? "*" : ""): \(v)"
            }
            starred = starred || t.series.contains(where: \.gedeeltelijk)
            // A series in another unit than the headline (the quota's mixed targets) says so.
            let series =
                t.chartNote == nil
                ? l.pick("Verloop: ", "Series: ")
                : l.pick(
                    "Verloop in banen (de doelen staan niet elk jaar in dezelfde eenheid): ",
                    "Series in jobs (the targets are not in the same unit every year): ")
            if !points.isEmpty { out.append("   " + series + points.joined(separator: " · ")) }
            for c in d.caveats { out.append("   " + l.pick("Let op: ", "Note: ") + c) }
            out.append("")
        }
        if starred {
            out.append(l.pick("* gedeeltelijk jaar, tot de peildatum.", "* partial year, up to the reference date."))
        }
        if !s.waarschuwingen.isEmpty {
            out.append(l.pick("Waarschuwingen bij de gegevens:", "Data warnings:"))
            out += s.waarschuwingen.map { "- " + $0.description }
        }
        if let b = s.dataset.bron { out.append(l.pick("Bron: ", "Source: ") + b) }
        // Each element is one line: a line break or control character from the data stays on it.
        return out.map { SafeText.visible($0, lineBreaks: .space) }.joined(separator: "\n") + "\n"
    }
}
