import Foundation
import RaadsMetrics

/// What changed between two snapshots (issue 12): per parameter the value, target and status
/// before and after; the years whose published figures were revised after they had been shown;
/// the contracts whose SROI status changed; and the questions that are new or resolved.
///
/// Disclosure control (contract §5) holds here too. Only published figures are compared — the
/// shown cells of a breakdown and its `…_overig` line, never a grouped cell (the stored JSON has
/// none). A difference is only computed between two published numbers of the same cell; a cell
/// that is shown on one side and grouped on the other gets no difference, and neither does the
/// `…_overig` line of a breakdown whose shown cells changed (the difference could isolate a
/// grouped cell).
public struct SnapshotComparison: Equatable, Sendable {
    public var before: ArchivedSnapshot.Header
    public var after: ArchivedSnapshot.Header
    /// The year of the headline figures (the later snapshot's peildatum year, or the chosen year).
    public var jaar: Int
    public var parameters: [ParameterChange]
    public var revisions: [Revision]
    public var contracts: [ContractChange]
    public var newQuestions: [String]
    public var resolvedQuestions: [String]

    /// One parameter's headline figures before and after.
    public struct ParameterChange: Equatable, Sendable {
        public var id: ParameterID
        /// The year the earlier figures are for (`nil`: the earlier snapshot has no such year).
        public var jaarVoor: Int?
        public var waardeVoor: Double?
        public var waardeNa: Double?
        public var doelVoor: Double?
        public var doelNa: Double?
        public var statusVoor: String?
        public var statusNa: String?
        public var eenheidVoor: String?
        public var eenheidNa: String?
        /// After − before, only for the same year and unit and two published values.
        public var verschil: Double?
        public var changed: Bool {
            waardeVoor != waardeNa || doelVoor != doelNa || statusVoor != statusNa || eenheidVoor != eenheidNa || jaarVoor == nil
        }
    }

    /// A year that was complete in the earlier snapshot and whose published figures differ now.
    public struct Revision: Equatable, Sendable {
        public var parameter: ParameterID
        public var jaar: Int
        public var figures: [FigureChange]
    }

    /// One published figure before and after. `nil` on a side: not published there (no data, or
    /// grouped under "overig" to protect small groups).
    public struct FigureChange: Equatable, Sendable {
        /// The path in the §5 JSON below the parameter (`detail`, `per_afdeling`, `Sociaal Domein`, `banen`).
        public var path: [String]
        public var voor: JSONValue?
        public var na: JSONValue?
        public var verschil: Double?
        /// Set when a difference is withheld to protect a grouped cell.
        public var withheld: Bool = false
    }

    public struct ContractChange: Equatable, Sendable {
        public var id: String
        public var voor: String?
        public var na: String?
    }

    public var hasChanges: Bool {
        parameters.contains(where: \.changed) || !revisions.isEmpty || !contracts.isEmpty || !newQuestions.isEmpty || !resolvedQuestions.isEmpty
    }

    /// The parameters' keys in the §5 JSON: the raw values of `ParameterID`.
    public static func key(_ id: ParameterID) -> String { id.rawValue }

    /// Compares `before` with `after` for `year` (default: `after`'s peildatum year).
    public static func compare(_ before: ArchivedSnapshot, _ after: ArchivedSnapshot, year: Int? = nil) -> SnapshotComparison {
        let jaar = year ?? after.peildatum.year
        let afterYear = after.year(jaar) ?? after.years.last
        let beforeYear = before.year(jaar) ?? before.years.last
        let sameYear = beforeYear?.jaar == afterYear?.jaar
        let a = afterYear.flatMap { JSONValue.parse($0.summaryJSON) }
        let b = beforeYear.flatMap { JSONValue.parse($0.summaryJSON) }

        var parameters: [ParameterChange] = []
        for id in ParameterID.allCases {
            let pa = a?["parameters"]?[key(id)], pb = b?["parameters"]?[key(id)]
            var c = ParameterChange(
                id: id, jaarVoor: beforeYear?.jaar,
                waardeVoor: pb?["waarde"]?.number, waardeNa: pa?["waarde"]?.number,
                doelVoor: pb?["doel"]?.number, doelNa: pa?["doel"]?.number,
                statusVoor: pb?["status"]?.string, statusNa: pa?["status"]?.string,
                eenheidVoor: pb?["eenheid"]?.string, eenheidNa: pa?["eenheid"]?.string)
            if sameYear, c.eenheidVoor == c.eenheidNa, let v = c.waardeVoor, let n = c.waardeNa { c.verschil = n - v }
            parameters.append(c)
        }

        // Revisions: years complete in the earlier snapshot, present in both.
        var revisions: [Revision] = []
        for yb in before.years where !before.isPartial(yb.jaar) {
            guard let ya = after.year(yb.jaar), let jb = JSONValue.parse(yb.summaryJSON), let ja = JSONValue.parse(ya.summaryJSON) else { continue }
            for id in ParameterID.allCases where id != .fondsBovenformatief {
                let figures = diff(jb["parameters"]?[key(id)], ja["parameters"]?[key(id)])
                if !figures.isEmpty { revisions.append(Revision(parameter: id, jaar: yb.jaar, figures: figures)) }
            }
        }
        // The fund is one figure over all years; its budget lines per year can be revised.
        if let jb = before.years.last.flatMap({ JSONValue.parse($0.summaryJSON) }), let ja = after.years.last.flatMap({ JSONValue.parse($0.summaryJSON) }) {
            let all = diff(jb["parameters"]?["fonds_bovenformatief"]?["detail"], ja["parameters"]?["fonds_bovenformatief"]?["detail"])
            var perYear: [Int: [FigureChange]] = [:]
            for f in all {
                // detail / posten / <post> / <year> / begroting|uitgave
                guard f.path.count >= 3, let y = Int(f.path[2]), y <= before.peildatum.year, !before.isPartial(y) else { continue }
                perYear[y, default: []].append(f)
            }
            for y in perYear.keys.sorted() {
                revisions.append(Revision(parameter: .fondsBovenformatief, jaar: y, figures: perYear[y]!))
            }
        }
        revisions.sort { ($0.jaar, ParameterID.allCases.firstIndex(of: $0.parameter)!) < ($1.jaar, ParameterID.allCases.firstIndex(of: $1.parameter)!) }

        // Contracts whose status changed (also new and vanished contracts).
        let cb = Dictionary(before.contracts.map { ($0.id, $0.status) }, uniquingKeysWith: { x, _ in x })
        let ca = Dictionary(after.contracts.map { ($0.id, $0.status) }, uniquingKeysWith: { x, _ in x })
        let contracts = Set(cb.keys).union(ca.keys).sorted().compactMap { id -> ContractChange? in
            cb[id] == ca[id] ? nil : ContractChange(id: id, voor: cb[id], na: ca[id])
        }

        // Questions of the headline year.
        let qb = beforeYear?.questions ?? [], qa = afterYear?.questions ?? []
        let newQuestions = qa.filter { q in !qb.contains { $0.id == q.id } }.map(\.text)
        let resolved = qb.filter { q in !qa.contains { $0.id == q.id } }.map(\.text)

        return SnapshotComparison(
            before: before.header, after: after.header, jaar: afterYear?.jaar ?? jaar, parameters: parameters,
            revisions: revisions, contracts: contracts, newQuestions: newQuestions, resolvedQuestions: resolved)
    }

    /// The published figures of one parameter-year that differ, with the disclosure rule.
    static func diff(_ before: JSONValue?, _ after: JSONValue?) -> [FigureChange] {
        let fb = before.map { $0.leaves(skipping: ["reeks", "titel", "gedeeltelijk_jaar"]) } ?? [:]
        let fa = after.map { $0.leaves(skipping: ["reeks", "titel", "gedeeltelijk_jaar"]) } ?? [:]
        var out: [FigureChange] = []
        for path in Set(fb.keys).union(fa.keys).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let vb = fb[path].flatMap { $0 == .null ? nil : $0 }, va = fa[path].flatMap { $0 == .null ? nil : $0 }
            guard vb != va else { continue }
            var change = FigureChange(path: path, voor: vb, na: va)
            if let x = vb?.number, let y = va?.number {
                if let breakdown = overigBreakdown(path), shownCells(fb, breakdown) != shownCells(fa, breakdown) {
                    change.withheld = true  // the shown cells changed: the difference could isolate a grouped cell
                } else {
                    change.verschil = y - x
                }
            }
            out.append(change)
        }
        return out
    }

    /// For a path inside an `…_overig` figure: the path of its breakdown (`detail/per_afdeling`).
    static func overigBreakdown(_ path: [String]) -> [String]? {
        guard let i = path.firstIndex(where: { $0.hasSuffix("_overig") }) else { return nil }
        return Array(path[..<i]) + [String(path[i].dropLast("_overig".count))]
    }

    /// The names of the shown cells of the breakdown at `prefix`.
    static func shownCells(_ leaves: [[String]: JSONValue], _ prefix: [String]) -> Set<String> {
        Set(leaves.keys.filter { $0.count > prefix.count && Array($0.prefix(prefix.count)) == prefix }.map { $0[prefix.count] })
    }
}

extension ArchivedSnapshot {
    /// The identifying part of a snapshot, kept in a comparison.
    public struct Header: Equatable, Sendable {
        public var number: Int64?
        public var gemeente: String
        public var peildatum: Day
        public var fingerprint: String
        public var createdAt: String
        public var labels: [String]
    }

    public var header: Header {
        Header(number: number, gemeente: gemeente, peildatum: peildatum, fingerprint: fingerprint, createdAt: createdAt, labels: labels)
    }

    /// Whether `year`'s figures covered only part of it in this snapshot.
    public func isPartial(_ year: Int) -> Bool { year == peildatum.year && peildatum < Day.lastOfYear(year) }
}

/// A JSON value read back from the archive (object keys unordered).
public indirect enum JSONValue: Equatable, Sendable, Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let n = try? c.decode(Double.self) {
            self = .number(n)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try c.decode([String: JSONValue].self))
        }
    }

    /// Parses JSON text; `nil` when it is not JSON.
    public static func parse(_ text: String) -> JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    /// The same value as the writer's `JSON`.
    public init(_ json: JSON) {
        self = JSONValue.parse(json.serialized()) ?? .null
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    public var number: Double? { if case .number(let n) = self { n } else { nil } }
    public var string: String? { if case .string(let s) = self { s } else { nil } }

    /// Every leaf by its path. Arrays of objects with an `…_id` key are keyed by that id.
    func leaves(skipping skip: Set<String> = []) -> [[String]: JSONValue] {
        var out: [[String]: JSONValue] = [:]
        func walk(_ v: JSONValue, _ path: [String]) {
            switch v {
            case .object(let o):
                for (k, x) in o where !skip.contains(k) { walk(x, path + [k]) }
            case .array(let items):
                for (i, x) in items.enumerated() {
                    var key = String(i + 1)
                    if case .object(let o) = x, let id = o.first(where: { $0.key.hasSuffix("_id") })?.value.string { key = id }
                    walk(x, path + [key])
                }
            default:
                out[path] = v
            }
        }
        walk(self, [])
        return out
    }
}
