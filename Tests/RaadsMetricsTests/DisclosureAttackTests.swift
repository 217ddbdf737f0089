import Testing
@testable import RaadsMetrics

/// Property test of contract v1.2 §5 over many generated datasets: an attacker who knows every
/// published figure of a year, the rule, m, the fixed names (soorten, doelgroepen) and every
/// department name of the dataset tries the recipes that broke v1.1. It must recover nothing.
@Suite struct DisclosureAttackTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
        mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
    }

    static let departments = ["Beheer", "Griffie", "ICT", "Publiek", "Sociaal", "Zorg"]
    static let soorten = ["proefplaatsing", "tijdelijk", "vast", "detachering"]
    static let groups = ["wajong", "wsw", "participatiewet", "doelgroepregister", ""]

    static func dataset(seed: UInt64) -> (files: [String: String], toml: String) {
        var r = Random(state: seed)
        let m = r.int(2...6)
        let trialsCount = r.int(0...1) == 1
        var rows = [placementHeader]
        let persons = r.int(1...40)
        var n = 0
        for p in 1...persons {
            for _ in 0..<r.int(1...2) {
                n += 1
                let startYear = r.int(2018...2020)
                let start = "\(r.int(1...28))-\(r.int(1...12))-\(startYear)"
                let end = r.int(0...2) == 0 ? "\(r.int(1...28))-\(r.int(1...12))-\(startYear + r.int(0...1))" : ""
                let endField = end.isEmpty ? "" : end
                rows.append(
                    "P\(n);Q\(p);\(r.pick(departments));\(r.pick(soorten));\(start);\(endField);\(r.int(8...36));\(r.pick(["ja", "nee"]));\(r.pick(groups))")
            }
        }
        // Only valid rows: drop placements whose end lies before their start.
        let valid =
            [rows[0]]
            + rows.dropFirst().filter { row in
                let f = row.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
                guard !f[5].isEmpty, case .day(let s) = ValueParser.date(f[4]), case .day(let e) = ValueParser.date(f[5]) else { return true }
                return e >= s
            }
        let toml = tomlWith(extra: "[normen]\nproefplaatsing_telt_mee = \(trialsCount)\n[privacy]\nmin_celgrootte = \(m)")
        return (["plaatsingen.csv": valid.joined(separator: "\n") + "\n"], toml)
    }

    /// The true cells of a year, computed here without the metrics code.
    static func truth(_ ds: Dataset, year y: Int) -> (afdeling: [String: Set<String>], doelgroep: [String: Set<String>], soort: [String: Set<String>]) {
        let p = ds.period(y)!
        var afd: [String: Set<String>] = [:], groep: [String: Set<String>] = [:], soort: [String: Set<String>] = [:]
        for pl in ds.plaatsingen! where pl.start <= ds.info.peildatum {
            if p.overlap(from: pl.start, to: pl.einde) > 0, pl.soort != .proefplaatsing || ds.norms.proefplaatsingTeltMee {
                afd[pl.afdeling, default: []].insert(pl.persoon)
                groep[pl.doelgroep?.rawValue ?? "onbekend", default: []].insert(pl.persoon)
            }
            if pl.start <= p.end, pl.einde.map({ $0 >= p.end }) ?? true { soort[pl.soort.rawValue, default: []].insert(pl.persoon) }
        }
        return (afd, groep, soort)
    }

    @Test func theV11RecipesRecoverNothing() throws {
        var grouped = 0
        for seed in UInt64(1)...400 {
            let (files, toml) = Self.dataset(seed: seed)
            let r = load(files, toml: toml)
            #expect(!r.hasErrors, "seed \(seed): \(r.diagnostics.errors.prefix(3).map(\.description))")
            guard let ds = r.dataset else { continue }
            let m = ds.minCellSize
            for year in Metrics.selectableYears(ds) {
                let s = Metrics.summary(ds, year: year)
                let t = Self.truth(ds, year: year)
                let q = s.quotum.selected, d = s.duurzaamheid.selected
                let published: [(name: String, b: GroupedBreakdown?, truth: [String: Set<String>], universe: [String])] = [
                    ("per_afdeling", q.perAfdeling, t.afdeling, Self.departments),
                    ("per_doelgroep", q.perDoelgroep, t.doelgroep, TargetGroup.allCases.map(\.rawValue) + ["onbekend"]),
                    ("per_soort", d.perSoort, t.soort, Self.soorten),
                ]
                for (key, b, truth, universe) in published {
                    guard let b else { continue }
                    let groupedCells = truth.filter { b[$0.key] == nil && !$0.value.isEmpty }
                    if !groupedCells.isEmpty { grouped += groupedCells.count }
                    let context = "seed \(seed) \(year) \(key)"
                    // Every shown cell is 0 or at least m, and so is the group.
                    for c in b.shown { #expect(c.personen == 0 || c.personen >= m, "\(context): small cell \(c.name) shown") }
                    if let o = b.overig, !b.isFullyGrouped { #expect(o.personen >= m, "\(context): group smaller than m") }
                    // A group of one cell (beside shown cells) would equal that cell.
                    if !b.shown.isEmpty, b.overig != nil { #expect(groupedCells.count >= 2, "\(context): a group of one cell") }
                    // Singletons that add up: as many persons in the group as absent names.
                    if let o = b.overig, !b.shown.isEmpty {
                        let absent = universe.filter { b[$0] == nil }.count
                        #expect(
                            !(o.personen == absent && groupedCells.allSatisfy { $0.value.count == 1 } && groupedCells.count == absent),
                            "\(context): k absent names and a group of k persons")
                    }
                }
                // Share vast × persons running gives back a grouped vast cell.
                if d.perSoort?["vast"] == nil, let n = t.soort["vast"]?.count, n > 0 {
                    #expect(d.waarde == nil, "seed \(seed) \(year): share vast published with vast grouped")
                }
                // Subtraction across breakdowns of the same year (headline − shown cells) isolates
                // the group; the checks above keep a group from being one cell or a small one.
                if let bf = q.bovenformatief, let n = bf.personen, let total = q.personen {
                    #expect(!(1..<m).contains(n) && !(n > 0 && (1..<m).contains(total - n)), "seed \(seed) \(year): bovenformatief split reveals a small group")
                }
                if let b = d.behoud, let kept = b.behouden {
                    for part in [b.instroom, kept, b.instroom - kept] { #expect(!(1..<m).contains(part), "seed \(seed) \(year): behoud reveals a small group") }
                }
                // Retention of the bovenformatief starters, and what is left beside all starters.
                if let bb = d.behoudBovenformatief, bb.instroom > 0, let all = d.behoud {
                    var parts = [bb.instroom, all.instroom - bb.instroom]
                    if let kept = bb.behouden { parts += [kept, bb.instroom - kept] }
                    if let kept = bb.behouden, let allKept = all.behouden { parts += [allKept - kept, (all.instroom - allKept) - (bb.instroom - kept)] }
                    for part in parts { #expect(!(1..<m).contains(part), "seed \(seed) \(year): bovenformatief behoud reveals a small group") }
                }
            }
        }
        #expect(grouped > 500, "the generator must produce many grouped cells (\(grouped))")
    }
}
