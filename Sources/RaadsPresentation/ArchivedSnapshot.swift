import Foundation
import RaadsMetrics

/// One snapshot of the griffie's archive (issue 12) as plain values: what the council saw on one
/// date. Holds the §5 summary of every selectable year, the SROI status per contract and the
/// questions per year — never raw data or placements. The database lives in `RaadsArchive`;
/// this type and the comparison need none, so the terminal interface stays testable without it.
public struct ArchivedSnapshot: Equatable, Sendable {
    /// The number in the archive (1, 2, …); `nil` for the current data, not (yet) stored.
    public var number: Int64?
    public var gemeente: String
    public var peildatum: Day
    /// `DatasetFingerprint.compute` (64 lower-case hex digits).
    public var fingerprint: String
    public var files: [DatasetFingerprint.Entry]
    /// When it was stored, ISO 8601 with the local offset (`2025-03-12T14:03:00+01:00`).
    public var createdAt: String
    public var labels: [String]
    public var dashboard: String
    public var toolVersion: String
    public var years: [Year]
    /// The SROI status of every contract on the peildatum (contract id and status only).
    public var contracts: [ContractState]

    /// One selectable year: its §5 summary JSON and the questions it raised.
    public struct Year: Equatable, Sendable {
        public var jaar: Int
        /// `SummaryJSON.encode(Metrics.summary(ds, year: jaar))`, compact; for a year before the
        /// peildatum's without the `reeks` (the same in every year, kept with the peildatum's year).
        public var summaryJSON: String
        public var questions: [QuestionState]
        public init(jaar: Int, summaryJSON: String, questions: [QuestionState]) {
            self.jaar = jaar
            self.summaryJSON = summaryJSON
            self.questions = questions
        }
    }

    public struct ContractState: Equatable, Sendable {
        public var id: String
        /// `ContractStatus.rawValue` (`loopt`, `niet_voldaan`, …).
        public var status: String
        public init(id: String, status: String) {
            self.id = id
            self.status = status
        }
    }

    public struct QuestionState: Equatable, Sendable {
        public var id: String
        /// The question in Dutch, as the dashboard showed it.
        public var text: String
        public init(id: String, text: String) {
            self.id = id
            self.text = text
        }
    }

    public init(
        number: Int64? = nil, gemeente: String, peildatum: Day, fingerprint: String, files: [DatasetFingerprint.Entry] = [],
        createdAt: String, labels: [String] = [], dashboard: String, toolVersion: String, years: [Year], contracts: [ContractState]
    ) {
        self.number = number
        self.gemeente = gemeente
        self.peildatum = peildatum
        self.fingerprint = fingerprint
        self.files = files
        self.createdAt = createdAt
        self.labels = labels
        self.dashboard = dashboard
        self.toolVersion = toolVersion
        self.years = years
        self.contracts = contracts
    }

    /// The snapshot of a loaded dataset: the summary of every selectable year.
    public static func make(
        _ ds: Dataset, diagnostics: [Diagnostic] = [], fingerprint: String, files: [DatasetFingerprint.Entry],
        createdAt: String, labels: [String] = [], dashboard: String, toolVersion: String, prepared: Metrics.Prepared? = nil
    ) -> ArchivedSnapshot {
        var years: [Year] = []
        var contracts: [ContractState] = []
        // One index for every year (issue 9): a year's summary then picks its year from the series.
        let prepared = prepared ?? Metrics.prepare(ds)
        for y in Metrics.selectableYears(ds, prepared: prepared) {
            let s = Metrics.summary(ds, year: y, warnings: diagnostics, prepared: prepared)
            let questions = Questions.evaluate(s, language: .nl).map { QuestionState(id: $0.id, text: $0.text) }
            // The series (`reeks`) is the same in every year's summary: stored once, with the
            // peildatum's year. That keeps a snapshot small (issue 12: a hundred stay small).
            let json = y == ds.info.peildatum.year ? SummaryJSON.encode(s) : withoutSeries(SummaryJSON.encode(s))
            years.append(Year(jaar: y, summaryJSON: json.serialized(), questions: questions))
            if y == ds.info.peildatum.year {
                // The evaluation is on the peildatum, the same in every year's summary.
                var seen = Set<String>()
                for cohort in s.sroiRealisatie.reeks {
                    for c in cohort.contracten ?? [] where seen.insert(c.contract.id).inserted {
                        contracts.append(ContractState(id: c.contract.id, status: c.status.rawValue))
                    }
                }
            }
        }
        return ArchivedSnapshot(
            gemeente: ds.info.naam, peildatum: ds.info.peildatum, fingerprint: fingerprint, files: files,
            createdAt: createdAt, labels: labels, dashboard: dashboard, toolVersion: toolVersion,
            years: years, contracts: contracts.sorted { $0.id < $1.id })
    }

    /// The summary without each parameter's `reeks`.
    static func withoutSeries(_ json: JSON) -> JSON {
        guard case .object(let top) = json else { return json }
        return .object(
            top.map { key, value in
                guard key == "parameters", case .object(let params) = value else { return (key, value) }
                return (
                    key,
                    .object(
                        params.map { name, p in
                            guard case .object(let fields) = p else { return (name, p) }
                            return (name, .object(fields.filter { $0.0 != "reeks" }))
                        })
                )
            })
    }

    /// The year's entry, if this snapshot has it.
    public func year(_ jaar: Int) -> Year? { years.first { $0.jaar == jaar } }

    /// The first 12 hex digits of the fingerprint.
    public var shortFingerprint: String { String(fingerprint.prefix(12)) }

    /// The day it was stored (`12-03-2025`), from `createdAt`.
    public var createdDay: Day? { Day.iso(String(createdAt.prefix(10))) }

    /// `12-03`: the day and month it was stored, for a tile ("+3,0 sinds 12-03").
    public var shortDate: String {
        guard let d = createdDay?.components else { return String(createdAt.prefix(10)) }
        return String(format: "%02d-%02d", d.day, d.month)
    }

    /// `momentopname 3 van 12-03-2025 ("Commissie Samenleving")`, or `de huidige gegevens`.
    public func name(_ l: Language) -> String {
        guard let number else { return l.pick("de huidige gegevens", "the current data") }
        let date = createdDay.map { NumberFormat.date($0, language: l) } ?? createdAt
        let label = labels.isEmpty ? "" : " (\(labels.map { "\"\($0)\"" }.joined(separator: ", ")))"
        return l.pick("momentopname \(number) van \(date)", "snapshot \(number) of \(date)") + label
    }
}

extension Day {
    /// `2025-03-12` → a day; `nil` for anything else.
    public static func iso(_ s: String) -> Day? {
        let parts = s.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return Day(year: y, month: m, day: d)
    }
}
