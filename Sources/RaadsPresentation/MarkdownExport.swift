import RaadsMetrics

/// The snapshot as Markdown that reads well as plain text too: short lines of prose, pipe tables,
/// and each series as a text bar chart in a code block.
public enum MarkdownExport {
    public static func render(_ s: Summary, dashboard: Dashboard, context: ExportContext) -> String {
        render(Snapshot(s, dashboard: dashboard, context: context))
    }

    public static func render(_ snap: Snapshot) -> String {
        let l = snap.language
        var out: [String] = []
        func para(_ text: String) { out += [text, ""] }

        out += ["# " + inline(snap.title), ""]
        para("*" + inline(snap.kicker) + "*")
        if let banner = snap.fictitiousBanner { para("> **" + inline(banner) + "**") }
        out += table(
            [.text(l.pick("Gegeven", "Item")), .text(l.pick("Waarde", "Value"))],
            snap.headerFields.map { [$0.label, $0.isHash ? "`\($0.value)`" : inline($0.value)] }, raw: true)
        out.append("")
        if let d = snap.description { para(inline(d)) }

        out += ["## " + snap.overviewTitle, ""]
        out += table(snap.overviewColumns, snap.panels.map(snap.overviewRow))
        out.append("")
        if let q = snap.questions {
            para(
                l.pick(
                    "\(q.count) \(q.count == 1 ? "vraag" : "vragen") bij de cijfers: zie [\(snap.questionsTitle)](#\(slug(snap.questionsTitle))).",
                    "\(q.count) \(q.count == 1 ? "question" : "questions") on the figures: see [\(snap.questionsTitle)](#\(slug(snap.questionsTitle)))."))
        }

        if let c = snap.changes {
            out += ComparisonReport.markdown(c, l, level: 2).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) + [""]
        }

        for p in snap.panels { out += panel(p, snap) }

        if let questions = snap.questions {
            out += ["## " + snap.questionsTitle, ""]
            para(inline(snap.questionsIntro))
            if questions.isEmpty { para(inline(snap.noQuestions)) }
            for (i, q) in questions.enumerated() {
                out.append("\(i + 1). **\(inline(q.text))** _(\(snap.severityText(q)))_")
                for f in q.figures { out.append("   - " + inline(f)) }
                out.append("")
                out.append("   _\(inline(snap.ruleText(q)))_")
                out.append("")
            }
        }

        if snap.dashboard.showDataQuality {
            out += ["## " + snap.dataQualityTitle, ""]
            let missing = snap.missingFiles, reasons = snap.reasons
            if !missing.isEmpty {
                out += ["**\(snap.missingFilesTitle)**", ""]
                out += missing.map { "- " + inline($0) } + [""]
            }
            if !reasons.isEmpty {
                out += ["**\(snap.reasonsTitle)**", ""]
                out += reasons.map { "- " + inline($0) } + [""]
            }
            if missing.isEmpty && reasons.isEmpty && snap.summary.waarschuwingen.isEmpty {
                para(l.pick("Alle bestanden zijn aangeleverd en er zijn geen waarschuwingen.", "All files were delivered and there are no warnings."))
            }
        }
        if !snap.summary.waarschuwingen.isEmpty {
            out += ["## " + snap.warningsTitle, ""]
            out += snap.summary.waarschuwingen.map { "- `\($0.description.replacingOccurrences(of: "`", with: "'"))`" } + [""]
        }

        out += ["## " + snap.provenanceTitle, ""]
        for t in snap.provenanceText { para(inline(t)) }
        out += table(
            snap.fileColumns,
            snap.context.files.map { e in
                let r = snap.fileRow(e)
                return [inline(r[0]), r[1], "`\(r[2])`"]
            }, raw: true)
        out.append("")
        para(l.pick("Vingerafdruk van de dataset: ", "Dataset fingerprint: ") + "`\(snap.context.fingerprint)`")
        if let b = snap.sourceLine { para(inline(b)) }
        while out.last == "" { out.removeLast() }
        // Each element is one line: a line break or control character from the data stays on it.
        return out.map { SafeText.visible($0, lineBreaks: .space) }.joined(separator: "\n") + "\n"
    }

    static func panel(_ p: Snapshot.Panel, _ snap: Snapshot) -> [String] {
        let d = p.detail, t = d.tile
        var out = ["## \(p.number). \(inline(t.title))", ""]
        var headline = "**\(inline(t.valueText))**"
        if let target = t.targetText { headline += " · " + inline(target) }
        out += [headline + "  ", "Status: **\(inline(snap.statusText(t)))**"]
        if let note = t.note { out[out.count - 1] += "  "; out.append("_\(inline(note))_") }
        if let k = t.keyFigure { out[out.count - 1] += "  "; out.append(inline(snap.keyFigureText(k))) }
        out.append("")

        out += ["### " + inline(d.seriesTable.title), ""]
        if d.seriesTable.rows.isEmpty {
            out += [snap.noSeriesRows, ""]
        } else {
            out += table(d.seriesTable.columns, d.seriesTable.rows) + [""]
        }
        if let c = p.chart {
            out += ["```text"] + textChart(c) + ["```", ""]
            if let note = c.note { out += ["_\(inline(note))_", ""] }
        }

        out += ["### " + snap.meaningTitle, ""]
        for m in d.meaning { out += [inline(m), ""] }
        if !d.caveats.isEmpty {
            out += ["### " + snap.caveatsTitle, ""]
            out += d.caveats.map { "- " + inline($0) } + [""]
        }
        if !d.breakdowns.isEmpty {
            out += ["### " + snap.breakdownsTitle, ""]
            for b in d.breakdowns {
                out += ["**\(inline(b.title))**", ""]
                if b.rows.isEmpty {
                    out += [snap.noBreakdownRows, ""]
                } else {
                    out += table(b.columns, b.rows) + [""]
                }
                if let note = b.note { out += ["_\(inline(note))_", ""] }
            }
        }
        if !d.sources.isEmpty {
            out += ["### " + snap.sourcesTitle, ""]
            out += d.sources.map { "- " + inline($0) } + [""]
        }
        if !d.warnings.isEmpty {
            out += ["### " + snap.panelWarningsTitle, ""]
            out += d.warnings.map { "- `\($0.description.replacingOccurrences(of: "`", with: "'"))`" } + [""]
        }
        return out
    }

    // MARK: - Text chart

    static let barWidth = 30

    /// One line per point: label, a bar of █ (▒ for a partial year) scaled to the largest value
    /// or target, │ where the target lies, and the figures in words.
    static func textChart(_ c: ChartData) -> [String] {
        let l = c.language
        let maxValue = c.points.flatMap { [$0.value, $0.target] }.compactMap { $0 }.max() ?? 0
        let labelWidth = c.points.map(\.shortLabel.count).max() ?? 4
        var lines: [String] = []
        for p in c.points {
            var cells = [Character](repeating: " ", count: barWidth + 1)
            if let v = p.value, maxValue > 0 {
                let n = max(0, Int(clamping: (v / maxValue * Double(barWidth)).rounded()))
                for i in 0..<min(n, barWidth) { cells[i] = p.partial ? "▒" : "█" }
            }
            if let t = p.target, maxValue > 0 {
                let i = max(0, min(Int(clamping: (t / maxValue * Double(barWidth)).rounded()), barWidth))
                if cells[i] == " " { cells[i] = "│" }
            }
            var text = p.value == nil ? l.pick("geen gegevens", "no data") : "\(p.valueText) \(c.unit)"
            if let tt = p.targetText { text += " (\(c.targetName ?? l.pick("doel", "target")) \(tt))" }
            let label = p.shortLabel + String(repeating: " ", count: labelWidth - p.shortLabel.count)
            lines.append("\(label)  \(String(cells))  \(text)")
        }
        var legend = l.pick("█ ", "█ ") + c.valueName
        if c.hasTargets, let name = c.targetName { legend += " · │ " + name }
        if c.hasPartial { legend += " · ▒ " + l.pick("gedeeltelijk jaar", "partial year") }
        lines += ["", legend]
        if let pn = c.partialNote { lines.append(pn) }
        return lines
    }

    // MARK: - Markdown helpers

    /// A pipe table; columns of figures and dates are right-aligned (`Table.alignsRight`).
    static func table(_ columns: [Table.Column], _ rows: [[String]], raw: Bool = false) -> [String] {
        let cell = { (s: String) in (raw ? s : inline(s)).replacingOccurrences(of: "|", with: "\\|") }
        var out = ["| " + columns.map { cell($0.title) }.joined(separator: " | ") + " |"]
        out.append("|" + columns.indices.map { Table.alignsRight($0, columns) ? "---:|" : "---|" }.joined())
        for r in rows {
            let padded = r + [String](repeating: "", count: max(0, columns.count - r.count))
            out.append("| " + padded.map(cell).joined(separator: " | ") + " |")
        }
        return out
    }

    /// Escapes the few characters that would change inline Markdown (`*`, `` ` ``, `<`, `\`, `[`)
    /// and flattens line breaks; underscores inside words are left alone (no emphasis there).
    static func inline(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\\", "*", "`", "[", "]": out += "\\" + String(ch)
            case "<": out += "&lt;"
            case "\n", "\r": out += " "
            default: out.append(ch)
            }
        }
        return out
    }

    /// GitHub-style heading anchor.
    static func slug(_ s: String) -> String {
        String(s.lowercased().compactMap { $0.isLetter || $0.isNumber ? $0 : ($0 == " " || $0 == "-" ? "-" : nil) })
    }
}
