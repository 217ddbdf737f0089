import RaadsMetrics

/// A panel's yearly series prepared for drawing: values and targets with their formatted text,
/// and a text alternative. Built from the panel's `Detail` (the figures are not recomputed).
public struct ChartData: Equatable, Sendable {
    public struct Point: Equatable, Sendable {
        /// `2024 (t/m 30-9)`.
        public var label: String
        /// `2024*` under a bar.
        public var shortLabel: String
        public var value: Double?
        public var target: Double?
        public var partial: Bool
        /// The value without unit (`33,7`), `–` when missing.
        public var valueText: String
        public var targetText: String?
    }

    /// `.staven` or `.lijn` (never `.geen`: then there is no chart).
    public var kind: ChartKind
    public var title: String
    /// What the bars are (`gerealiseerd`).
    public var valueName: String
    /// What the dashed marks are (`doel`), when there are any.
    public var targetName: String?
    /// Unit of the vertical axis (`fte`, `%`, `€`).
    public var unit: String
    public var points: [Point]
    /// A remark that changes how to read the chart.
    public var note: String?
    /// `* t/m 30-9-2024` when a point is a partial year.
    public var partialNote: String?
    public var language: Language

    public var hasTargets: Bool { points.contains { $0.target != nil } }
    /// A partial year that is drawn (has a value), so the legend explains the hatching.
    public var hasPartial: Bool { points.contains { $0.partial && $0.value != nil } }

    /// The chart in words, for screen readers and for readers of the printed page.
    public var textAlternative: String {
        let l = language
        let kindWord = kind == .lijn ? l.pick("Lijndiagram", "Line chart") : l.pick("Staafdiagram", "Bar chart")
        let items = points.map { p -> String in
            var s = "\(p.label): "
            s += p.value == nil ? l.pick("geen gegevens", "no data") : "\(valueName) \(p.valueText)"
            if let t = p.targetText { s += ", \(targetName ?? l.pick("doel", "target")) \(t)" }
            if p.partial { s += l.pick(" (gedeeltelijk jaar)", " (partial year)") }
            return s
        }
        var text = "\(kindWord): \(title) (\(unit)). " + items.joined(separator: "; ") + "."
        if let note { text += " " + note }
        return text
    }

    /// The chart of a panel, or `nil` when the panel shows none or there is nothing to draw.
    static func make(_ panel: DashboardPanel, _ d: Detail, _ s: Summary, _ l: Language) -> ChartData? {
        guard panel.chart != .geen else { return nil }
        let title = d.tile.title
        let partialNote =
            s.isPartial(s.dataset.peildatum.year) && d.tile.series.contains(where: \.gedeeltelijk)
            ? "* "
                + l.pick(
                    "gedeeltelijk jaar, t/m \(NumberFormat.date(s.dataset.peildatum, language: l))",
                    "partial year, up to \(NumberFormat.date(s.dataset.peildatum, language: l))") : nil
        func points(_ series: [SeriesPoint], _ format: (Double) -> String) -> [Point] {
            series.map { p in
                Point(
                    label: Presenter.yearLabel(p.jaar, partial: p.gedeeltelijk, s, l), shortLabel: "\(p.jaar)\(p.gedeeltelijk ? "*" : "")",
                    value: p.waarde, target: p.doel, partial: p.gedeeltelijk,
                    valueText: p.waarde.map(format) ?? "–", targetText: p.doel.map(format))
            }
        }
        func chart(_ valueName: String, _ targetName: String?, _ unit: String, _ pts: [Point], note: String? = nil) -> ChartData? {
            guard !pts.isEmpty else { return nil }
            return ChartData(
                kind: panel.chart, title: title, valueName: valueName, targetName: targetName, unit: unit, points: pts,
                note: note, partialNote: partialNote, language: l)
        }
        let spec = panel.view.map { $0.presentation.chart(l) } ?? panel.parameter.presentation.chart(s, l)
        guard let spec else { return nil }
        if let bars = spec.bars {
            var c = chart(spec.value, spec.target, spec.unit, bars)
            c?.kind = .staven
            c?.partialNote = nil
            return c
        }
        return chart(spec.value, spec.target, spec.unit, points(d.tile.series, spec.format), note: spec.note)
    }
}

/// How a chart names and formats a panel's series: the parameter's (`ParameterPresentation.chart`)
/// or the view's (`ViewPresentation.chart`).
struct ChartSpec {
    /// What the bars are (`gerealiseerd`).
    var value: String
    /// What the marks are (`doel`), when there are any.
    var target: String?
    /// Unit of the vertical axis (`fte`, `%`, `€`).
    var unit: String
    /// A value or target without its unit (`33,7`).
    var format: (Double) -> String
    /// A remark that changes how to read the chart.
    var note: String? = nil
    /// Bars of their own instead of the tile's series (the fund's money available and spent):
    /// always drawn as bars, never a partial year.
    var bars: [ChartData.Point]? = nil
}

/// Draws a `ChartData` as inline SVG: black and grey only, partial years hatched, targets dashed,
/// every value also written as text — nothing depends on colour. No scripts, no external refs.
public enum SVGChart {
    static let width = 640.0, height = 240.0
    static let left = 56.0, right = 16.0, top = 24.0, bottom = 66.0

    /// `id` must be unique in the document (it names the hatch pattern, title and desc).
    public static func render(_ c: ChartData, id: String) -> String {
        let plotBottom = height - bottom, plotRight = width - right
        let plotH = plotBottom - top, plotW = plotRight - left
        let maxData = c.points.flatMap { [$0.value, $0.target] }.compactMap { $0 }.max() ?? 0
        let (axisTop, step) = niceScale(maxData)
        func y(_ v: Double) -> Double { plotBottom - v / axisTop * plotH }
        let n = Double(c.points.count)
        let slot = plotW / n
        func cx(_ i: Int) -> Double { left + slot * (Double(i) + 0.5) }

        var out: [String] = []
        let label = escape(c.textAlternative)
        out.append(
            "<svg class=\"grafiek\" role=\"img\" aria-label=\"\(label)\" aria-describedby=\"\(id)-desc\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\">"
        )
        out.append("<title id=\"\(id)-title\">\(escape(c.title))</title>")
        out.append("<desc id=\"\(id)-desc\">\(label)</desc>")
        out.append(
            "<defs><pattern id=\"\(id)-arcering\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#000000\" stroke-width=\"2.5\"/></pattern></defs>"
        )

        // Grid and axis.
        out.append("<g class=\"as\" font-size=\"11\" fill=\"#333333\">")
        var t = 0.0
        while t <= axisTop + step / 2 {
            let yy = y(t)
            out.append(
                "<line x1=\"\(f(left))\" y1=\"\(f(yy))\" x2=\"\(f(plotRight))\" y2=\"\(f(yy))\" stroke=\"\(t == 0 ? "#000000" : "#cccccc")\" stroke-width=\"1\"/>"
            )
            out.append("<text x=\"\(f(left - 6))\" y=\"\(f(yy + 4))\" text-anchor=\"end\">\(escape(tick(t, step, c.language)))</text>")
            t += step
        }
        out.append("<text x=\"4\" y=\"\(f(top - 10))\">\(escape(c.unit))</text>")
        out.append("</g>")

        // Data.
        out.append("<g class=\"data\" font-size=\"12\" fill=\"#000000\">")
        if c.kind == .lijn {
            for segment in runs(c.points.map(\.value)) where segment.count > 1 {
                out.append(
                    "<polyline fill=\"none\" stroke=\"#000000\" stroke-width=\"2\" points=\"\(segment.map { "\(f(cx($0))),\(f(y(c.points[$0].value!)))" }.joined(separator: " "))\"/>"
                )
            }
            for segment in runs(c.points.map(\.target)) where segment.count > 1 {
                out.append(
                    "<polyline fill=\"none\" stroke=\"#000000\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\" points=\"\(segment.map { "\(f(cx($0))),\(f(y(c.points[$0].target!)))" }.joined(separator: " "))\"/>"
                )
            }
        }
        for (i, p) in c.points.enumerated() {
            let x = cx(i)
            if let v = p.value {
                if c.kind == .lijn {
                    out.append(
                        "<circle cx=\"\(f(x))\" cy=\"\(f(y(v)))\" r=\"4.5\" fill=\"\(p.partial ? "#ffffff" : "#000000")\" stroke=\"#000000\" stroke-width=\"2\"/>"
                    )
                } else {
                    let barW = min(slot * 0.55, 64)
                    let h = max(0, plotBottom - y(v))
                    let fill = p.partial ? "url(#\(id)-arcering)" : "#595959"
                    out.append(
                        "<rect x=\"\(f(x - barW / 2))\" y=\"\(f(y(v)))\" width=\"\(f(barW))\" height=\"\(f(h))\" fill=\"\(fill)\" stroke=\"#000000\" stroke-width=\"1\"/>"
                    )
                }
                var labelY = y(v) - 7
                if let tg = p.target, abs(y(tg) - labelY) < 8 { labelY = min(labelY, y(tg) - 7) }
                out.append("<text x=\"\(f(x))\" y=\"\(f(max(labelY, 11)))\" text-anchor=\"middle\" font-weight=\"bold\">\(escape(p.valueText))</text>")
            } else {
                out.append("<text x=\"\(f(x))\" y=\"\(f(plotBottom - 6))\" text-anchor=\"middle\">–</text>")
            }
            if let tg = p.target {
                if c.kind == .lijn {
                    out.append(
                        "<rect x=\"\(f(x - 4))\" y=\"\(f(y(tg) - 4))\" width=\"8\" height=\"8\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"1.5\"/>")
                } else {
                    let w = min(slot * 0.8, 96)
                    out.append(
                        "<line x1=\"\(f(x - w / 2))\" y1=\"\(f(y(tg)))\" x2=\"\(f(x + w / 2))\" y2=\"\(f(y(tg)))\" stroke=\"#000000\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>"
                    )
                }
            }
            out.append("<text x=\"\(f(x))\" y=\"\(f(plotBottom + 17))\" text-anchor=\"middle\">\(escape(p.shortLabel))</text>")
        }
        out.append("</g>")

        // Legend: shapes and words, so the chart reads in black and white.
        var lx = left
        let ly = height - 18
        out.append("<g class=\"legenda\" font-size=\"12\" fill=\"#000000\">")
        func item(_ swatch: String, _ text: String) {
            out.append(swatch)
            out.append("<text x=\"\(f(lx + 22))\" y=\"\(f(ly + 4))\">\(escape(text))</text>")
            lx += 22 + Double(text.count) * 6.6 + 18
        }
        if c.kind == .lijn {
            item(
                "<line x1=\"\(f(lx))\" y1=\"\(f(ly))\" x2=\"\(f(lx + 16))\" y2=\"\(f(ly))\" stroke=\"#000000\" stroke-width=\"2\"/><circle cx=\"\(f(lx + 8))\" cy=\"\(f(ly))\" r=\"4\" fill=\"#000000\"/>",
                c.valueName)
        } else {
            item("<rect x=\"\(f(lx))\" y=\"\(f(ly - 6))\" width=\"16\" height=\"12\" fill=\"#595959\" stroke=\"#000000\" stroke-width=\"1\"/>", c.valueName)
        }
        if c.hasTargets, let name = c.targetName {
            if c.kind == .lijn {
                item(
                    "<line x1=\"\(f(lx))\" y1=\"\(f(ly))\" x2=\"\(f(lx + 16))\" y2=\"\(f(ly))\" stroke=\"#000000\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/><rect x=\"\(f(lx + 4))\" y=\"\(f(ly - 4))\" width=\"8\" height=\"8\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"1.5\"/>",
                    name)
            } else {
                item(
                    "<line x1=\"\(f(lx))\" y1=\"\(f(ly))\" x2=\"\(f(lx + 16))\" y2=\"\(f(ly))\" stroke=\"#000000\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>",
                    name)
            }
        }
        if c.hasPartial {
            let name = c.language.pick("gedeeltelijk jaar (*)", "partial year (*)")
            if c.kind == .lijn {
                item("<circle cx=\"\(f(lx + 8))\" cy=\"\(f(ly))\" r=\"4.5\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"2\"/>", name)
            } else {
                item(
                    "<rect x=\"\(f(lx))\" y=\"\(f(ly - 6))\" width=\"16\" height=\"12\" fill=\"url(#\(id)-arcering)\" stroke=\"#000000\" stroke-width=\"1\"/>",
                    name)
            }
        }
        out.append("</g>")
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    /// Consecutive indices whose value exists.
    static func runs(_ values: [Double?]) -> [[Int]] {
        var result: [[Int]] = [], current: [Int] = []
        for (i, v) in values.enumerated() {
            if v != nil { current.append(i) } else if !current.isEmpty { result.append(current); current = [] }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// A round axis maximum and step (1, 2, 2.5 or 5 × 10ⁿ) for about four gridlines, with room
    /// above the highest mark for its label.
    static func niceScale(_ maxValue: Double) -> (top: Double, step: Double) {
        let m = maxValue > 0 && maxValue.isFinite ? maxValue : 1  // ∞ would never end the loop below
        let raw = m / 4
        var mag = 1.0
        while mag * 10 <= raw { mag *= 10 }
        while mag > raw { mag /= 10 }
        let step = [1.0, 2.0, 2.5, 5.0, 10.0].map { $0 * mag }.first { $0 >= raw } ?? 10 * mag
        var top = (m / step).rounded(.up) * step
        if top < m * 1.08 { top += step }
        return (top, step)
    }

    static func tick(_ v: Double, _ step: Double, _ l: Language) -> String {
        step.rounded() == step ? NumberFormat.integer(v.rounded(), language: l) : NumberFormat.decimal(v, language: l)
    }

    /// Coordinates with at most one decimal, `.` as separator.
    static func f(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        guard NumberFormat.isShowable(r) else { return "0" }  // never trap on a strange figure
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}

/// Escapes text for XML/HTML content and attribute values.
func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    var previous: Unicode.Scalar = " "
    for ch in s.unicodeScalars {
        defer { previous = ch }
        switch ch {
        // "€ 12.300" never breaks between the sign and the amount (a numeric reference, valid
        // in SVG/XML as well as HTML).
        case " " where previous == "€": out += "&#160;"
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default:
            // Control characters are not allowed in XML 1.0 (C1 is discouraged): keep tab and
            // newline, CR is a space, the others are shown as \x1b (SafeText).
            if SafeText.isControl(ch) && ch != "\n" && ch != "\t" { out += ch == "\r" ? " " : SafeText.escaped(ch) } else { out.unicodeScalars.append(ch) }
        }
    }
    return out
}
