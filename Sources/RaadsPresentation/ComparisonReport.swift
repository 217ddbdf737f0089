import RaadsMetrics

/// A comparison worded for people (text, Markdown) and for machines (JSON).
public enum ComparisonReport {
    // MARK: - Formatting

    static func statusWord(_ raw: String?, _ l: Language) -> String {
        guard let raw else { return "–" }
        return Status(rawValue: raw)?.word(l) ?? raw
    }

    static func contractWord(_ raw: String?, _ l: Language) -> String {
        guard let raw else { return l.pick("(niet in deze momentopname)", "(not in this snapshot)") }
        return ContractStatus(rawValue: raw)?.label(l) ?? raw
    }

    /// A headline figure in its unit: `33,7 banen`, `84,0%`, `12 personen`.
    static func figure(_ x: Double?, unit: String?, _ l: Language) -> String {
        guard let x else { return "–" }
        switch unit {
        case "%": return NumberFormat.percent(x, language: l)
        case "personen": return NumberFormat.integer(x, language: l) + l.pick(" personen", " persons")
        case "banen": return NumberFormat.decimal(x, language: l) + l.pick(" banen", " jobs")
        case "fte": return NumberFormat.decimal(x, language: l) + " fte"
        default: return x == x.rounded() ? NumberFormat.integer(x, language: l) : NumberFormat.decimal(x, language: l)
        }
    }

    /// `+3,0`, `−1,2`, `0,0` (percentages in procentpunten).
    public static func signed(_ d: Double, unit: String?, _ l: Language) -> String {
        let digits = unit == "personen" ? 0 : (abs(d) < 0.05 && d != 0 ? 2 : 1)
        let magnitude = digits == 0 ? NumberFormat.integer(abs(d), language: l) : NumberFormat.decimal(abs(d), digits: digits, language: l)
        let sign = d > 0 ? "+" : d < 0 ? "−" : "±"
        return sign + magnitude + (unit == "%" ? l.pick(" procentpunt", " percentage points") : "")
    }

    /// A revised figure: integers as integers, else two decimals (a small revision stays visible).
    static func value(_ v: JSONValue?, _ l: Language) -> String {
        switch v {
        case nil: return l.pick("niet gepubliceerd", "not published")
        case .number(let x)?: return x == x.rounded() && abs(x) < 1e15 ? NumberFormat.integer(x, language: l) : NumberFormat.decimal(x, digits: 2, language: l)
        case .string(let s)?: return s
        case .bool(let b)?: return b ? l.pick("ja", "yes") : l.pick("nee", "no")
        default: return "–"
        }
    }

    static func path(_ p: [String]) -> String {
        let shown = p.first == "detail" ? Array(p.dropFirst()) : p
        return shown.map { $0.replacingOccurrences(of: "_", with: " ") }.joined(separator: " › ")
    }

    static func date(_ h: ArchivedSnapshot.Header, _ l: Language) -> String {
        guard let d = Day.iso(String(h.createdAt.prefix(10))) else { return h.createdAt }
        return NumberFormat.date(d, language: l)
    }

    /// `momentopname 3 van 12-03-2025 ("Commissie …")` or `de huidige gegevens`.
    public static func name(_ h: ArchivedSnapshot.Header, _ l: Language) -> String {
        guard let n = h.number else { return l.pick("de huidige gegevens", "the current data") }
        let label = h.labels.isEmpty ? "" : " (" + h.labels.map { "\"\($0)\"" }.joined(separator: ", ") + ")"
        return l.pick("momentopname \(n) van \(date(h, l))", "snapshot \(n) of \(date(h, l))") + label
    }

    /// `Wat is er veranderd sinds 12-03-2025 ("Commissie …")`.
    public static func title(_ c: SnapshotComparison, _ l: Language) -> String {
        let label = c.before.labels.isEmpty ? "" : " (" + c.before.labels.map { "\"\($0)\"" }.joined(separator: ", ") + ")"
        return l.pick("Wat is er veranderd sinds \(date(c.before, l))", "What has changed since \(date(c.before, l))") + label
    }

    /// Paragraph-like sections, shared by the text, the Markdown, the HTML and the terminal screen.
    public struct Section: Equatable, Sendable {
        public var title: String
        public var lines: [Line]
    }

    /// One line of a section. What it is comes with it, so no reader has to tell it from the
    /// wording (issue 13).
    public struct Line: Equatable, Sendable {
        /// The words, without indentation.
        public var text: String
        /// A figure of the revised year on the line before it (shown indented under it).
        public var nested: Bool
        /// A parameter whose figure and status did not change (the screen mutes it).
        public var unchanged: Bool

        public init(_ text: String, nested: Bool = false, unchanged: Bool = false) {
            self.text = text
            self.nested = nested
            self.unchanged = unchanged
        }
    }

    public static func sections(_ c: SnapshotComparison, _ l: Language) -> [Section] {
        var out: [Section] = []
        let intro = [
            l.pick("Eerder: ", "Before: ") + name(c.before, l) + l.pick(", peildatum ", ", reference date ")
                + NumberFormat.date(c.before.peildatum, language: l)
                + ", sha256:" + String(c.before.fingerprint.prefix(12)),
            l.pick("Nu: ", "Now: ") + name(c.after, l) + l.pick(", peildatum ", ", reference date ") + NumberFormat.date(c.after.peildatum, language: l)
                + ", sha256:" + String(c.after.fingerprint.prefix(12)),
        ]
        out.append(
            Section(
                title: title(c, l),
                lines: (intro
                    + (c.before.fingerprint == c.after.fingerprint
                        ? [
                            l.pick(
                                "De gegevens zijn gelijk (dezelfde vingerafdruk): er is niets veranderd.",
                                "The data are identical (same fingerprint): nothing has changed.")
                        ] : []))
                    .map { Line($0) }))

        var params: [Line] = []
        for p in c.parameters {
            let before = figure(p.waardeVoor, unit: p.eenheidVoor, l), after = figure(p.waardeNa, unit: p.eenheidNa, l)
            var line = "\(p.id.title(l)) \(c.jaar): "
            if p.id.isJudgedByRule || (p.waardeVoor == nil && p.waardeNa == nil) {
                line += statusWord(p.statusVoor, l) + " → " + statusWord(p.statusNa, l)
            } else {
                line += "\(before) → \(after)"
                if let d = p.verschil { line += " (\(signed(d, unit: p.eenheidNa, l)))" }
                if let y = p.jaarVoor, y != c.jaar { line += l.pick(" (eerder: jaar \(y))", " (before: year \(y))") }
                if p.doelVoor != nil || p.doelNa != nil {
                    line +=
                        p.doelVoor == p.doelNa
                        ? l.pick("; doel \(figure(p.doelNa, unit: p.eenheidNa, l))", "; target \(figure(p.doelNa, unit: p.eenheidNa, l))")
                        : l.pick(
                            "; doel \(figure(p.doelVoor, unit: p.eenheidVoor, l)) → \(figure(p.doelNa, unit: p.eenheidNa, l))",
                            "; target \(figure(p.doelVoor, unit: p.eenheidVoor, l)) → \(figure(p.doelNa, unit: p.eenheidNa, l))")
                }
                line += "; " + (p.statusVoor == p.statusNa ? statusWord(p.statusNa, l) : statusWord(p.statusVoor, l) + " → " + statusWord(p.statusNa, l))
            }
            if !p.changed { line += l.pick(" (ongewijzigd)", " (unchanged)") }
            params.append(Line(line, unchanged: !p.changed))
        }
        out.append(Section(title: l.pick("Per parameter", "Per parameter"), lines: params))

        var revised: [Line] = []
        for r in c.revisions {
            revised.append(Line("\(r.parameter.title(l)) \(r.jaar):"))
            for f in r.figures {
                var line = "\(path(f.path)): \(value(f.voor, l)) → \(value(f.na, l))"
                if let d = f.verschil, f.voor?.number != nil { line += " (\(signed(d, unit: nil, l)))" }
                if f.withheld {
                    line += l.pick(" (geen verschil berekend: de getoonde groepen zijn veranderd)", " (no difference computed: the groups shown changed)")
                }
                revised.append(Line(line, nested: true))
            }
        }
        out.append(
            Section(
                title: l.pick("Herziene jaren (cijfers die al getoond waren en nu anders zijn)", "Revised years (figures shown before that differ now)"),
                lines: revised.isEmpty
                    ? [Line(l.pick("Geen: de cijfers van afgesloten jaren zijn gelijk gebleven.", "None: the figures of completed years are unchanged."))]
                    : revised))

        let contracts = c.contracts.map { Line("\($0.id): \(contractWord($0.voor, l)) → \(contractWord($0.na, l))") }
        out.append(
            Section(
                title: l.pick("Contracten met een andere SROI-status", "Contracts with a different SROI status"),
                lines: contracts.isEmpty ? [Line(l.pick("Geen.", "None."))] : contracts))

        var questions = c.newQuestions.map { Line(l.pick("Nieuw: ", "New: ") + $0) }
        questions += c.resolvedQuestions.map { Line(l.pick("Opgelost: ", "Resolved: ") + $0) }
        out.append(
            Section(
                title: l.pick("Vragen", "Questions"),
                lines: questions.isEmpty ? [Line(l.pick("Geen nieuwe of opgeloste vragen.", "No new or resolved questions."))] : questions))
        return out
    }

    public static func text(_ c: SnapshotComparison, _ l: Language) -> String {
        sections(c, l).map { s in ([s.title] + s.lines.map { ($0.nested ? "    " : "  ") + $0.text }).joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    /// Markdown; `level` is the heading level of the title (2 in an export).
    public static func markdown(_ c: SnapshotComparison, _ l: Language, level: Int = 1) -> String {
        let all = sections(c, l)
        var out = String(repeating: "#", count: level) + " " + MarkdownExport.inline(all[0].title) + "\n\n"
        out += all[0].lines.map { MarkdownExport.inline($0.text) + "  " }.joined(separator: "\n") + "\n"
        for s in all.dropFirst() {
            out += "\n" + String(repeating: "#", count: level + 1) + " " + MarkdownExport.inline(s.title) + "\n\n"
            out +=
                s.lines.map { ($0.nested ? "    - " : "- ") + MarkdownExport.inline($0.text) }.joined(separator: "\n") + "\n"
        }
        return out
    }

    public static func json(_ c: SnapshotComparison) -> JSON {
        func header(_ h: ArchivedSnapshot.Header) -> JSON {
            .object([
                ("nummer", h.number.map { .int(Int($0)) } ?? .null), ("gemeente", .string(h.gemeente)),
                ("peildatum", .string(h.peildatum.description)), ("vingerafdruk", .string(h.fingerprint)),
                ("opgeslagen", .string(h.createdAt)), ("labels", .array(h.labels.map(JSON.string))),
            ])
        }
        func plain(_ v: JSONValue?) -> JSON {
            switch v {
            case nil, .null?: .null
            case .bool(let b)?: .bool(b)
            case .number(let n)?: .number(n)
            case .string(let s)?: .string(s)
            default: .null
            }
        }
        return .object([
            ("voor", header(c.before)), ("na", header(c.after)), ("jaar", .int(c.jaar)),
            (
                "parameters",
                .object(
                    c.parameters.map { p in
                        (
                            SnapshotComparison.key(p.id),
                            .object([
                                ("jaar_voor", .int(p.jaarVoor)), ("waarde_voor", .num(p.waardeVoor)), ("waarde_na", .num(p.waardeNa)),
                                ("verschil", .num(p.verschil)), ("doel_voor", .num(p.doelVoor)), ("doel_na", .num(p.doelNa)),
                                ("status_voor", .str(p.statusVoor)), ("status_na", .str(p.statusNa)),
                                ("eenheid_voor", .str(p.eenheidVoor)), ("eenheid_na", .str(p.eenheidNa)), ("gewijzigd", .bool(p.changed)),
                            ])
                        )
                    })
            ),
            (
                "herzien",
                .array(
                    c.revisions.map { r in
                        .object([
                            ("parameter", .string(SnapshotComparison.key(r.parameter))), ("jaar", .int(r.jaar)),
                            (
                                "cijfers",
                                .array(
                                    r.figures.map { f in
                                        .object([
                                            ("pad", .array(f.path.map(JSON.string))), ("voor", plain(f.voor)), ("na", plain(f.na)),
                                            ("verschil", .num(f.verschil)), ("verschil_achterwege", .bool(f.withheld)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
            ("contracten", .array(c.contracts.map { .object([("contract_id", .string($0.id)), ("status_voor", .str($0.voor)), ("status_na", .str($0.na))]) })),
            ("nieuwe_vragen", .array(c.newQuestions.map(JSON.string))),
            ("opgeloste_vragen", .array(c.resolvedQuestions.map(JSON.string))),
        ])
    }
}
