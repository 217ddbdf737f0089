import Foundation
import RaadsMetrics

/// What an export needs besides the figures: when it was made, from which bytes, by which tool.
/// The clock is injected (`exportDate`), so the same inputs always give the same document.
public struct ExportContext: Sendable {
    public var exportDate: Day
    /// `DatasetFingerprint.compute` of the loaded bytes.
    public var fingerprint: String
    /// The files behind the fingerprint (`DatasetFingerprint.entries`).
    public var files: [DatasetFingerprint.Entry]
    /// The tool's version (`Raadsdashboard.version`).
    public var toolVersion: String
    public var language: Language

    public init(exportDate: Day, fingerprint: String, files: [DatasetFingerprint.Entry], toolVersion: String, language: Language) {
        self.exportDate = exportDate
        self.fingerprint = fingerprint
        self.files = files
        self.toolVersion = toolVersion
        self.language = language
    }

    /// Fingerprint and file list of a source in one go.
    public init(source: any DatasetSource, exportDate: Day, toolVersion: String, language: Language) throws {
        self.init(
            exportDate: exportDate, fingerprint: try DatasetFingerprint.compute(source: source),
            files: try DatasetFingerprint.entries(source: source), toolVersion: toolVersion, language: language)
    }
}

/// The content of an export, worded and formatted once; Markdown and HTML only lay it out.
public struct Snapshot: Sendable {
    public struct Panel: Sendable {
        public var number: Int
        public var panel: DashboardPanel
        public var detail: Detail
        public var chart: ChartData?
        public var anchor: String { "paneel-\(number)" }
    }

    public var summary: Summary
    public var dashboard: Dashboard
    public var context: ExportContext
    public var panels: [Panel]
    /// `nil` when the dashboard does not show questions.
    public var questions: [Question]?
    /// What changed since the previous archived snapshot (issue 12); `nil` without one.
    public var changes: SnapshotComparison? = nil

    public var language: Language { context.language }

    public init(_ s: Summary, dashboard: Dashboard, context: ExportContext) {
        let l = context.language
        summary = s
        self.dashboard = dashboard
        self.context = context
        panels = dashboard.panels.enumerated().map { n, panel in
            var detail = Presenter.detail(panel, s, language: l)
            // The dataset's own `bron` is long and the same for every panel: shown once, under Verantwoording.
            if let bron = s.dataset.bron { detail.sources.removeAll { $0 == bron } }
            return Panel(number: n + 1, panel: panel, detail: detail, chart: ChartData.make(panel, detail, s, l))
        }
        questions = dashboard.showQuestions || dashboard.name == "griffie" ? Questions.evaluate(s, language: l) : nil
    }

    // MARK: - Shared wording

    var title: String { "Raadsdashboard — \(summary.dataset.naam)" }
    var yearText: String { Presenter.yearLabel(summary.jaar, partial: summary.isPartial(summary.jaar), summary, language) }

    var kicker: String {
        language.pick(
            "Momentopname voor de raadsagenda · \(dashboard.title(language))",
            "Snapshot for the council agenda · \(dashboard.title(language))")
    }

    var fictitiousBanner: String? {
        guard summary.dataset.fictief else { return nil }
        return language.pick(
            "LET OP: FICTIEVE GEGEVENS. Deze dataset is verzonnen; de cijfers zeggen niets over een echte gemeente.",
            "NOTE: FICTITIOUS DATA. This dataset is invented; the figures say nothing about a real municipality.")
    }

    /// One label–value pair of the header.
    struct HeaderField: Equatable {
        var label: String
        var value: String
        /// The fingerprint: shown as code (monospace), not as words.
        var isHash = false
    }

    /// Label–value pairs of the header.
    var headerFields: [HeaderField] {
        let l = language
        return [
            HeaderField(label: l.pick("Gemeente", "Municipality"), value: summary.dataset.naam),
            HeaderField(label: l.pick("Peildatum", "Reference date"), value: NumberFormat.date(summary.dataset.peildatum, language: l)),
            HeaderField(
                label: l.pick("Jaar", "Year"), value: yearText + (summary.isPartial(summary.jaar) ? l.pick(" — gedeeltelijk jaar", " — partial year") : "")),
            HeaderField(label: "Dashboard", value: "\(dashboard.title(l)) (\(dashboard.name))"),
            HeaderField(label: l.pick("Datum van export", "Export date"), value: NumberFormat.date(context.exportDate, language: l)),
            HeaderField(label: l.pick("Vingerafdruk dataset (SHA-256)", "Dataset fingerprint (SHA-256)"), value: context.fingerprint, isHash: true),
            HeaderField(label: l.pick("Versie raadsdashboard", "Raadsdashboard version"), value: context.toolVersion),
        ]
    }

    /// The dashboard's description in the export's language (`omschrijving` / `omschrijving_en`).
    var description: String? { dashboard.description(language) }

    var overviewTitle: String { language.pick("Overzicht", "Overview") }
    var overviewColumns: [Table.Column] {
        [
            .text(language.pick("Parameter", "Parameter")), .text(language.pick("Waarde", "Value")),
            .text(language.pick("Doel of toelichting", "Target or detail")), .text("Status"),
        ]
    }
    func overviewRow(_ p: Panel) -> [String] {
        let t = p.detail.tile
        return ["\(p.number). \(t.title)", t.valueText, t.targetText ?? "–", statusText(t)]
    }

    /// `▲ risico` — symbol and word, never colour alone.
    func statusText(_ t: Tile) -> String { "\(t.status.symbol(unicode: true)) \(t.statusText)" }

    var questionsTitle: String { language.pick("Vragen voor de raad", "Questions for the council") }
    var questionsIntro: String {
        language.pick(
            "Vragen die de cijfers oproepen, de belangrijkste eerst. Bij elke vraag staan de cijfers waarop zij steunt en de vaste regel waaruit zij volgt.",
            "Questions the figures raise, most important first. Each lists the figures it rests on and the fixed rule it follows from.")
    }
    var noQuestions: String {
        language.pick("De cijfers roepen geen van de vaste vragen op.", "The figures raise none of the standard questions.")
    }
    func severityText(_ q: Question) -> String { language.pick("belang: \(q.severity.word(language))", "importance: \(q.severity.word(language))") }

    /// Why the question is asked: its rule in one sentence.
    func ruleText(_ q: Question) -> String { language.pick("Waarom deze vraag: ", "Why this question: ") + Questions.rule(q.id, language) }

    var warningsTitle: String { language.pick("Waarschuwingen bij de gegevens", "Data warnings") }

    var dataQualityTitle: String { language.pick("Kwaliteit van de gegevens", "Data quality") }

    /// Data files the contract knows but that were not delivered, with the parameters that use them.
    var missingFiles: [String] {
        let present = Set(context.files.map(\.name))
        return DatasetLoader.knownFiles.filter { !present.contains($0) && !DatasetLoader.extensionFiles.contains($0) }.map { name in
            let users = ParameterID.allCases.filter { Presenter.files($0).contains(name) }.map { $0.title(language) }
            return users.isEmpty ? name : "\(name) (\(language.pick("gebruikt voor", "used for")): \(users.joined(separator: ", ")))"
        }
    }
    var missingFilesTitle: String { language.pick("Niet aangeleverde bestanden", "Files not delivered") }
    var reasonsTitle: String { language.pick("Parameters zonder cijfers", "Parameters without figures") }

    /// Parameters without figures and why (`Presenter.reason`).
    var reasons: [String] {
        ParameterID.allCases.compactMap { id in Presenter.translate(reden: Presenter.reason(id, summary), language).map { "\(id.title(language)): \($0)" } }
    }

    var provenanceTitle: String { language.pick("Verantwoording", "Provenance") }
    var provenanceText: [String] {
        let l = language
        return [
            l.pick(
                "Deze momentopname is op \(NumberFormat.date(context.exportDate, language: l)) gemaakt met raadsdashboard \(context.toolVersion) uit de dataset hieronder. De vingerafdruk is een SHA-256 over dataset.toml en de databestanden in vaste volgorde; wie dezelfde bestanden opnieuw doorrekent, krijgt dezelfde vingerafdruk. Eén veranderde letter in één bestand geeft een andere. Hoe u dat nagaat, staat in docs/export.md.",
                "This snapshot was made on \(NumberFormat.date(context.exportDate, language: l)) with raadsdashboard \(context.toolVersion) from the dataset below. The fingerprint is a SHA-256 over dataset.toml and the data files in a fixed order; recomputing the same files gives the same fingerprint, and one changed letter in one file gives another. docs/export.md explains how to check it."
            )
        ]
    }
    var fileColumns: [Table.Column] {
        [
            .text(language.pick("bestand", "file")), .number(language.pick("bytes", "bytes")),
            .text(language.pick("SHA-256 van het bestand", "SHA-256 of the file")),
        ]
    }
    func fileRow(_ e: DatasetFingerprint.Entry) -> [String] { [e.name, NumberFormat.integer(e.byteCount, language: language), e.sha256] }
    var sourceLine: String? { summary.dataset.bron.map { language.pick("Bron van de dataset: ", "Source of the dataset: ") + $0 } }

    // Panel section titles.
    var seriesTitle: String { language.pick("Verloop", "Series") }
    var meaningTitle: String { language.pick("Wat betekent dit", "What this means") }
    var caveatsTitle: String { language.pick("Let op", "Note") }
    var breakdownsTitle: String { language.pick("Uitsplitsingen", "Breakdowns") }
    var sourcesTitle: String { language.pick("Bronnen", "Sources") }
    var panelWarningsTitle: String { language.pick("Waarschuwingen", "Warnings") }
    func keyFigureText(_ k: String) -> String { k }
    var noBreakdownRows: String { language.pick("(geen regels)", "(no rows)") }
    var noSeriesRows: String { language.pick("Geen cijfers per jaar.", "No figures per year.") }
}
