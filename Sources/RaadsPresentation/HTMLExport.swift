import RaadsMetrics

/// The snapshot as one self-contained HTML file: inline CSS and SVG, no scripts, no external
/// references; prints on A4; real headings and tables; text alternatives for every chart; status
/// in words and symbols (never by colour). Written as XHTML-compatible markup (every element
/// closed, only XML's five entities), so an XML parser accepts it too.
public enum HTMLExport {
    public static func render(_ s: Summary, dashboard: Dashboard, context: ExportContext) -> String {
        render(Snapshot(s, dashboard: dashboard, context: context))
    }

    public static func render(_ snap: Snapshot) -> String {
        let l = snap.language
        var out: [String] = []
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"\(l.rawValue)\">")
        out.append("<head>")
        out.append("<meta charset=\"utf-8\"/>")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
        out.append("<meta name=\"generator\" content=\"raadsdashboard \(escape(snap.context.toolVersion))\"/>")
        out.append("<meta name=\"dataset-fingerprint\" content=\"sha256:\(escape(snap.context.fingerprint))\"/>")
        out.append("<title>\(escape("\(snap.title) — \(snap.yearText) — \(snap.dashboard.title(l))"))</title>")
        out.append("<style>\n\(css(snap))</style>")
        out.append("</head>")
        out.append("<body>")

        out.append("<header class=\"kop\">")
        out.append("<p class=\"kicker\">\(escape(snap.kicker))</p>")
        out.append("<h1>\(escape(snap.title))</h1>")
        if let banner = snap.fictitiousBanner { out.append("<p class=\"banner\" role=\"note\">\(escape(banner))</p>") }
        out.append("<dl class=\"meta\">")
        for field in snap.headerFields {
            out.append("<dt>\(escape(field.label))</dt><dd\(field.isHash ? " class=\"hash\"" : "")>\(escape(field.value))</dd>")
        }
        out.append("</dl>")
        if let d = snap.description { out.append("<p>\(escape(d))</p>") }
        out.append("</header>")

        out.append("<main>")
        out.append("<section id=\"overzicht\" aria-labelledby=\"overzicht-titel\">")
        out.append("<h2 id=\"overzicht-titel\">\(escape(snap.overviewTitle))</h2>")
        out.append(
            table(snap.overviewColumns, snap.panels.map(snap.overviewRow), rowHeaders: true, rowLinks: snap.panels.map(\.anchor), className: "overzicht"))
        if let q = snap.questions {
            out.append(
                "<p><a href=\"#vragen\">\(escape(l.pick("\(q.count) \(q.count == 1 ? "vraag" : "vragen") bij de cijfers", "\(q.count) \(q.count == 1 ? "question" : "questions") on the figures")))</a></p>"
            )
        }
        out.append("</section>")
        if let c = snap.changes { out.append(changesSection(c, l)) }

        for p in snap.panels { out.append(panel(p, snap)) }

        if let questions = snap.questions {
            out.append("<section id=\"vragen\" aria-labelledby=\"vragen-titel\">")
            out.append("<h2 id=\"vragen-titel\">\(escape(snap.questionsTitle))</h2>")
            out.append("<p>\(escape(snap.questionsIntro))</p>")
            if questions.isEmpty { out.append("<p>\(escape(snap.noQuestions))</p>") }
            out.append("<ol class=\"vragen\">")
            for q in questions {
                out.append("<li id=\"vraag-\(escape(q.id))\">")
                out.append("<p class=\"vraag\">\(escape(q.text)) <span class=\"belang\">\(escape(snap.severityText(q)))</span></p>")
                out.append("<ul class=\"cijfers\">" + q.figures.map { "<li>\(escape($0))</li>" }.joined() + "</ul>")
                out.append("<p class=\"regel\">\(escape(snap.ruleText(q)))</p>")
                out.append("</li>")
            }
            out.append("</ol>")
            out.append("</section>")
        }

        if snap.dashboard.showDataQuality {
            out.append("<section id=\"datakwaliteit\" aria-labelledby=\"datakwaliteit-titel\">")
            out.append("<h2 id=\"datakwaliteit-titel\">\(escape(snap.dataQualityTitle))</h2>")
            let missing = snap.missingFiles, reasons = snap.reasons
            if !missing.isEmpty {
                out.append("<h3>\(escape(snap.missingFilesTitle))</h3>")
                out.append("<ul>" + missing.map { "<li>\(escape($0))</li>" }.joined() + "</ul>")
            }
            if !reasons.isEmpty {
                out.append("<h3>\(escape(snap.reasonsTitle))</h3>")
                out.append("<ul>" + reasons.map { "<li>\(escape($0))</li>" }.joined() + "</ul>")
            }
            if missing.isEmpty && reasons.isEmpty && snap.summary.waarschuwingen.isEmpty {
                out.append(
                    "<p>\(escape(l.pick("Alle bestanden zijn aangeleverd en er zijn geen waarschuwingen.", "All files were delivered and there are no warnings.")))</p>"
                )
            }
            out.append("</section>")
        }
        if !snap.summary.waarschuwingen.isEmpty {
            out.append("<section id=\"waarschuwingen\" aria-labelledby=\"waarschuwingen-titel\">")
            out.append("<h2 id=\"waarschuwingen-titel\">\(escape(snap.warningsTitle))</h2>")
            out.append("<ul>" + snap.summary.waarschuwingen.map { "<li><code>\(escape($0.description))</code></li>" }.joined() + "</ul>")
            out.append("</section>")
        }

        out.append("<section id=\"verantwoording\" aria-labelledby=\"verantwoording-titel\">")
        out.append("<h2 id=\"verantwoording-titel\">\(escape(snap.provenanceTitle))</h2>")
        for t in snap.provenanceText { out.append("<p>\(escape(t))</p>") }
        out.append(
            "<p>\(escape(l.pick("Vingerafdruk van de dataset:", "Dataset fingerprint:"))) <code class=\"hash\">\(escape(snap.context.fingerprint))</code></p>")
        out.append(
            table(
                snap.fileColumns, snap.context.files.map(snap.fileRow),
                caption: l.pick("Bestanden in de vingerafdruk, in volgorde", "Files in the fingerprint, in order"), monospaceColumn: 2))
        if let b = snap.sourceLine { out.append("<p>\(escape(b))</p>") }
        out.append("</section>")
        out.append("</main>")

        out.append("<footer>")
        out.append(
            "<p>\(escape("raadsdashboard \(snap.context.toolVersion) · \(snap.summary.dataset.naam) · \(l.pick("peildatum", "reference date")) \(NumberFormat.date(snap.summary.dataset.peildatum, language: l)) · \(l.pick("export", "exported")) \(NumberFormat.date(snap.context.exportDate, language: l))")) · <span class=\"hash\">sha256:\(escape(snap.context.fingerprint))</span></p>"
        )
        out.append("</footer>")
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }

    static func panel(_ p: Snapshot.Panel, _ snap: Snapshot) -> String {
        let d = p.detail, t = d.tile
        var out: [String] = []
        out.append("<section class=\"paneel\" id=\"\(p.anchor)\" aria-labelledby=\"\(p.anchor)-titel\">")
        out.append("<div class=\"paneelkop\">")
        out.append("<h2 id=\"\(p.anchor)-titel\">\(p.number). \(escape(t.title))</h2>")
        var kern = "<p class=\"kern\"><span class=\"waarde\">\(escape(t.valueText))</span>"
        if let target = t.targetText { kern += " <span class=\"doel\">\(escape(target))</span>" }
        out.append(kern + "</p>")
        out.append(
            "<p class=\"statusregel\">Status: <span class=\"status status-\(t.status.rawValue)\"><span aria-hidden=\"true\">\(t.status.symbol(unicode: true))</span> \(escape(t.statusText))</span></p>"
        )
        if let note = t.note { out.append("<p class=\"noot\">\(escape(note))</p>") }
        if let k = t.keyFigure { out.append("<p>\(escape(snap.keyFigureText(k)))</p>") }
        if let c = p.chart {
            out.append("<figure>")
            out.append(SVGChart.render(c, id: "\(p.anchor)-grafiek"))
            var caption = c.textAlternative
            if let pn = c.partialNote { caption += " " + pn }
            out.append("<figcaption>\(escape(caption))</figcaption>")
            out.append("</figure>")
        }
        out.append("</div>")
        out.append("<h3>\(escape(d.seriesTable.title))</h3>")
        if d.seriesTable.rows.isEmpty {
            out.append("<p>\(escape(snap.noSeriesRows))</p>")
        } else {
            out.append(table(d.seriesTable.columns, d.seriesTable.rows, rowHeaders: true))
        }
        out.append("<h3>\(escape(snap.meaningTitle))</h3>")
        for m in d.meaning { out.append("<p>\(escape(m))</p>") }
        if !d.caveats.isEmpty {
            out.append("<h3>\(escape(snap.caveatsTitle))</h3>")
            out.append("<ul class=\"letop\">" + d.caveats.map { "<li>\(escape($0))</li>" }.joined() + "</ul>")
        }
        if !d.breakdowns.isEmpty {
            out.append("<h3>\(escape(snap.breakdownsTitle))</h3>")
            for b in d.breakdowns {
                if b.rows.isEmpty {
                    out.append("<p><strong>\(escape(b.title))</strong> \(escape(snap.noBreakdownRows))</p>")
                } else {
                    out.append(table(b.columns, b.rows, caption: b.title, rowHeaders: true))
                }
                if let note = b.note { out.append("<p class=\"noot\">\(escape(note))</p>") }
            }
        }
        if !d.sources.isEmpty {
            out.append("<h3>\(escape(snap.sourcesTitle))</h3>")
            out.append("<ul>" + d.sources.map { "<li>\(escape($0))</li>" }.joined() + "</ul>")
        }
        if !d.warnings.isEmpty {
            out.append("<h3>\(escape(snap.panelWarningsTitle))</h3>")
            out.append("<ul>" + d.warnings.map { "<li><code>\(escape($0.description))</code></li>" }.joined() + "</ul>")
        }
        out.append("</section>")
        return out.joined(separator: "\n")
    }

    /// A table with column headers (`<th scope="col">`) and, optionally, the first cell of each
    /// row as its header (`<th scope="row">`); `rowLinks` makes each first cell a link to an anchor.
    static func table(
        _ columns: [Table.Column], _ rows: [[String]], caption: String? = nil, rowHeaders: Bool = false,
        rowLinks: [String]? = nil, monospaceColumn: Int? = nil, className: String? = nil
    ) -> String {
        let numeric = columns.indices.map { Table.alignsRight($0, columns) }
        let tableClasses = [className, columns.count >= 7 ? "breed" : nil].compactMap { $0 }
        var out = [tableClasses.isEmpty ? "<table>" : "<table class=\"\(tableClasses.joined(separator: " "))\">"]
        if let caption { out.append("<caption>\(escape(caption))</caption>") }
        out.append(
            "<thead><tr>"
                + columns.enumerated().map { i, c in
                    "<th scope=\"col\"\(numeric[i] ? " class=\"num\"" : "")>\(escape(c.title))</th>"
                }.joined() + "</tr></thead>")
        out.append("<tbody>")
        for (n, r) in rows.enumerated() {
            let cells = r + [String](repeating: "", count: max(0, columns.count - r.count))
            var html = "<tr>"
            for (i, raw) in cells.enumerated() {
                var content = escape(raw)
                if i == 0, let links = rowLinks, n < links.count {
                    content = "<a href=\"#\(escape(links[n]))\">\(content)</a>"
                }
                var classes: [String] = []
                if i < numeric.count, numeric[i] { classes.append("num") }
                if i == monospaceColumn { classes.append("hash") }
                if i == 0, raw.count <= 16 { classes.append("kort") }
                let cls = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
                html += rowHeaders && i == 0 ? "<th scope=\"row\"\(cls)>\(content)</th>" : "<td\(cls)>\(content)</td>"
            }
            out.append(html + "</tr>")
        }
        out.append("</tbody>")
        out.append("</table>")
        return out.joined(separator: "\n")
    }

    static func css(_ snap: Snapshot) -> String {
        """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #ffffff; color: #111111; line-height: 1.45;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
        header.kop, main, footer { max-width: 54rem; margin: 0 auto; padding: 0 1.25rem; }
        .kicker { margin: 1.5rem 0 0; font-size: .8rem; letter-spacing: .05em; text-transform: uppercase; color: #444444; }
        h1 { font-size: 1.75rem; margin: .2rem 0 .7rem; }
        h2 { font-size: 1.3rem; margin: 2.2rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid #111111; }
        h3 { font-size: 1.02rem; margin: 1.1rem 0 .35rem; }
        .banner { border: 4px double #000000; background: #eeeeee; padding: .6rem .8rem; font-weight: 700; }
        dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 1rem 0; font-size: .92rem; }
        dl.meta dt { font-weight: 600; }
        dl.meta dd { margin: 0; min-width: 0; }
        .hash, code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .85em; overflow-wrap: anywhere; }
        .hash { word-break: break-all; }
        table { border-collapse: collapse; width: 100%; margin: .4rem 0 .9rem; font-size: .9rem; }
        caption { caption-side: top; text-align: left; font-weight: 600; padding: .2rem 0; }
        th, td { border: 1px solid #999999; padding: .25rem .45rem; text-align: left; vertical-align: top; }
        thead th { background: #e8e8e8; }
        tbody th { font-weight: 600; }
        th.kort { white-space: nowrap; }
        table.breed { font-size: .8rem; }
        table.overzicht td:last-child { white-space: nowrap; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .kern { margin: .4rem 0 .3rem; font-size: 1.05rem; }
        .kern .waarde { font-size: 1.5rem; font-weight: 700; margin-right: .5rem; }
        .statusregel { margin: .3rem 0; }
        .status { display: inline-block; padding: .05rem .55rem; border: 2px solid #000000; font-weight: 700; }
        .status-op_koers { border-style: solid; }
        .status-risico { border-style: dashed; }
        .status-achter { border-style: double; border-width: 4px; }
        .status-onbekend { border-style: dotted; }
        .noot { font-style: italic; color: #333333; }
        figure { margin: .7rem 0 .5rem; }
        figure svg { display: block; width: 100%; max-width: 40rem; height: auto; }
        svg text { font-family: inherit; }
        figcaption { font-size: .82rem; color: #333333; margin-top: .2rem; }
        ol.vragen > li { margin-bottom: .9rem; }
        .vraag { font-weight: 600; margin: 0 0 .2rem; }
        .belang { font-weight: 400; font-size: .8rem; border: 1px solid #555555; padding: 0 .35rem; white-space: nowrap; }
        ul.cijfers { margin: .1rem 0; }
        a { color: #111111; }
        footer { break-before: avoid; margin-top: 2.5rem; padding-top: .5rem; padding-bottom: 1.5rem; border-top: 1px solid #999999; font-size: .8rem; color: #333333; }
        @page {
          size: A4; margin: 16mm 15mm 18mm 15mm;
          @bottom-right { content: "\(snap.language.pick("pagina", "page")) " counter(page) " \(snap.language.pick("van", "of")) " counter(pages); font: 8pt system-ui, sans-serif; color: #555; }
        }
        @media print {
          body { font-size: 9.5pt; }
          header.kop, main, footer { max-width: none; padding: 0; }
          .kicker { margin-top: 0; }
          h2, h3, caption { break-after: avoid; page-break-after: avoid; }
          .paneelkop, figure, tr, li, .banner, dl.meta { break-inside: avoid; page-break-inside: avoid; }
          table { break-inside: auto; }
          thead { display: table-header-group; }
          figure svg { max-width: 16cm; }
          a { text-decoration: none; }
          .banner { background: none; }
          #vragen { break-before: page; page-break-before: always; }
        }

        """
    }

    /// "Wat is er veranderd sinds …" (issue 12).
    static func changesSection(_ c: SnapshotComparison, _ l: Language) -> String {
        let sections = ComparisonReport.sections(c, l)
        var out = [
            "<section id=\"veranderd\" aria-labelledby=\"veranderd-titel\">",
            "<h2 id=\"veranderd-titel\">\(escape(sections[0].title))</h2>",
        ]
        out += sections[0].lines.map { "<p>\(escape($0.text))</p>" }
        for s in sections.dropFirst() {
            out.append("<h3>\(escape(s.title))</h3>")
            out.append("<ul>" + s.lines.map { "<li>\(escape($0.text))</li>" }.joined() + "</ul>")
        }
        out.append("</section>")
        return out.joined(separator: "\n")
    }
}
