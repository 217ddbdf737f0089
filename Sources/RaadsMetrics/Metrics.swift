/// Computes the seven parameters of data contract §3–§5 from a validated dataset. Pure: the
/// same dataset and year always give the same summary. Cost is linear in the number of rows
/// (times the number of years in a series). Each parameter has its own file in `Parameters/`.
public enum Metrics {
    public static func summary(_ ds: Dataset, year: Int, warnings: [Diagnostic] = []) -> Summary {
        summary(ds, year: year, warnings: warnings, prepared: prepare(ds))
    }

    /// What every summary of one dataset shares, whatever the year: build it once per dataset
    /// (`prepare`) and pass it to `summary(_:year:warnings:prepared:)` and
    /// `selectableYears(_:prepared:)`, e.g. across year changes in the dashboard (issue 9).
    /// Only valid for the dataset it was prepared from.
    public struct Prepared {
        let index: Index
    }

    public static func prepare(_ ds: Dataset) -> Prepared { Prepared(index: Index(ds)) }

    public static func summary(_ ds: Dataset, year: Int, warnings: [Diagnostic] = [], prepared: Prepared) -> Summary {
        let index = prepared.index
        let cache = index.results
        let quotum = cache.result(.quotum, year, \QuotumYear.jaar) { Metrics.quotum(ds, index, year: $0) }
        var summary = Summary(
            dataset: ds.info,
            jaar: year,
            norms: ds.norms,
            minCellSize: ds.minCellSize,
            quotum: quotum,
            duurzaamheid: cache.result(.duurzaamheid, year, \.jaar) { duurzaamheid(ds, index, quotum: quotum, year: $0) },
            fonds: fonds(ds),
            sroiRealisatie: cache.result(.sroiRealisatie, year, \.jaar) { sroiRealisatie(ds, index, year: $0) },
            sroiNaleving: cache.result(.sroiNaleving, year, \.jaar) { sroiNaleving(ds, index, year: $0) },
            regio: regio(ds, year: year),
            informatie: informatie(ds, year: year),
            waarschuwingen: warnings.warnings,
            kengetallen: ds.kengetallen?.sorted { ($0.kengetal, $0.datum) < ($1.kengetal, $1.datum) },
            quotumProjectie: quotumProjection(ds, year: year),
            normenkader: ds.normenkader
        )
        summary.jaren = selectableYears(ds, prepared: prepared)
        return summary
    }

    /// The years a user can select: from the earliest first year of any parameter up to the
    /// peildatum's year.
    public static func selectableYears(_ ds: Dataset) -> ClosedRange<Int> {
        selectableYears(ds, prepared: prepare(ds))
    }

    public static func selectableYears(_ ds: Dataset, prepared: Prepared) -> ClosedRange<Int> {
        let last = ds.info.peildatum.year
        let index = prepared.index
        let firsts = [quotumFirstYear(ds, index), index.placementFirstYear, cohortFirstYear(ds), regioFirstYear(ds), infoFirstYear(ds)].compactMap { $0 }
        return min(firsts.min() ?? last, last)...last
    }

    // MARK: - Shared

    /// A registered prestatie dated on or before the peildatum, with its value.
    struct CountedPerformance {
        var value: Double
        /// The calendar year of its date.
        var year: Int32
        var verified: Bool
        var part: BlockPart
        var residence: ResidenceClass
    }

    /// What several parameters share, computed once per dataset (`prepare`): the placements
    /// that count (none starting after the peildatum), and the prestaties and evaluation of
    /// every contract.
    ///
    /// Issue 9: the counted prestaties sit in one flat array grouped by contract id (in file
    /// order within a group), so that a contract's prestaties are a slice and no dictionary of
    /// arrays is grown per prestatie. Prestaties kept by column (as the loader keeps them) are
    /// read from their columns, each distinct contract id, block code and woonplaats looked up
    /// once; prestaties kept as rows hash each contract id once.
    struct Index {
        var placements: [Placement]?
        var placementFirstYear: Int?
        /// `evaluations[i]` is the evaluation of `ds.contracten[i]`.
        var evaluations: [ContractEvaluation] = []
        /// `evaluationFacts[i]` is `ContractList.Facts(evaluations[i])`.
        var evaluationFacts: [ContractList.Facts] = []
        /// The counted prestaties of `evaluations[i]`'s contract id are
        /// `counted[groupStart[contractGroup[i]] ..< groupStart[contractGroup[i] + 1]]`.
        private var counted: [CountedPerformance] = []
        private var groupStart: [Int] = [0]
        private var contractGroup: [Int] = []
        /// Verified value per calendar year of the prestaties on SROI-plichtig contracts.
        var verifiedPlichtigByYear: [Int: Double] = [:]
        /// The indices into `evaluations` of each cohort's contracts, in file order.
        private var cohortMembers: [Int: [Int]] = [:]

        /// The indices into `evaluations` of cohort `year`'s contracts, in file order.
        func cohort(_ year: Int) -> [Int] { cohortMembers[year] ?? [] }
        /// The results computed so far for this dataset (see `ResultCache`).
        let results = ResultCache()

        /// The counted prestaties of the contract of `evaluations[i]`, in file order.
        func prestaties(ofEvaluation i: Int) -> ArraySlice<CountedPerformance> {
            let g = contractGroup[i]
            return counted[groupStart[g]..<groupStart[g + 1]]
        }

        /// `placements`' persons, departments and doelgroepen as numbers (see `PlacementKeys`).
        var placementKeys = PlacementKeys([])

        init(_ ds: Dataset) {
            let peildatum = ds.info.peildatum
            placements = ds.plaatsingen.map { all in
                var kept: [Placement] = []
                kept.reserveCapacity(all.count)
                for p in all where p.start <= peildatum { kept.append(p) }
                return kept
            }
            placementFirstYear = placements?.map(\.start.year).min()
            placementKeys = PlacementKeys(placements ?? [])
            guard let contracts = ds.contracten else { return }

            // One group per distinct contract id (two contracts with one id share its prestaties).
            // When the prestaties' contract texts are the contracts' ids in order (every contract
            // valid and no id twice, the usual case; the texts are distinct, so the ids are),
            // group i is contract i and text i, without hashing (issue 9).
            var columns: Prestaties.Columns?
            if case .columns(let c) = ds.prestaties?.storage { columns = c }
            var groupOfID = ByteTable()
            var groupOfText: [Int32] = []
            let groups: Int
            if let c = columns, c.contractTexts.count == contracts.count, contracts.indices.allSatisfy({ contracts[$0].id == c.contractTexts[$0] }) {
                contractGroup = Array(contracts.indices)
                groupOfText = contracts.indices.map { Int32(truncatingIfNeeded: $0) }
                groups = contracts.count
            } else {
                groupOfID = ByteTable(capacity: contracts.count)
                contractGroup.reserveCapacity(contracts.count)
                for c in contracts { contractGroup.append(groupOfID.insert(c.id).number) }
                groups = groupOfID.count
                if let c = columns { groupOfText = c.contractTexts.map { groupOfID.find($0).map(Int32.init) ?? -1 } }
            }

            // Every counted prestatie with its group and value, in file order; walked twice (count
            // the groups' sizes, then place each prestatie in its group) so that no second array
            // of a million values is held while the grouped one fills (issue 9: peak memory).
            let blocks = BlockLookup(ds.bouwblokken ?? [])
            let classifier = ResidenceClassifier(ds.info)
            let yearOf = Day.yearLookup
            // Per distinct text of the columns, looked up once for both walks: the contract's group
            // (-1: none; `groupOfText` above), the block's value and part, the woonplaats' class.
            var blockOfText: [(waarde: Double, part: BlockPart)?] = [], residenceOfText: [ResidenceClass] = []
            if let c = columns {
                blockOfText = c.blockTexts.map { blocks[$0].map { (waarde: $0.waarde, part: $0.hoofdonderdeel) } }
                residenceOfText = c.placeTexts.map { classifier($0) }
            }
            /// `body` gets each counted prestatie's group, and with `values` its value (the walk
            /// that only counts the groups' sizes skips the date arithmetic). `ahead`, when
            /// given, gets the group of the prestatie sixteen places on, to prefetch
            /// what `body` will touch for it: a million prestaties name their contracts at random,
            /// and each such access is a cache miss at the scale of a region (issue 9).
            func forEachCounted(values: Bool = true, ahead: ((Int) -> Void)? = nil, _ body: (Int, CountedPerformance) -> Void) {
                /// What a prestatie takes from its block: no `String`s, so nothing is retained per prestatie.
                typealias Block = (waarde: Double, part: BlockPart)
                func counted(_ b: Block, amount: Double, day: @autoclosure () -> Day, verified: Bool, residence: ResidenceClass) -> CountedPerformance {
                    guard values else { return CountedPerformance(value: 0, year: 0, verified: false, part: b.part, residence: .onbekend) }
                    return CountedPerformance(value: amount * b.waarde, year: Int32(yearOf(day())), verified: verified, part: b.part, residence: residence)
                }
                switch ds.prestaties?.storage {
                case .columns(let c):
                    let last = peildatum.number
                    let n = c.count
                    groupOfText.withUnsafeBufferPointer { groupOf in
                        for k in 0..<n {
                            // The group of a prestatie further on, then what `body` needs for it.
                            if k + 32 < n { prefetchForRead(groupOf.baseAddress! + Int(c.contract[k + 32])) }
                            if let ahead, k + 16 < n {
                                let later = Int(groupOf[Int(c.contract[k + 16])])
                                if later >= 0 { ahead(later) }
                            }
                            guard Int(c.days[k]) <= last else { continue }
                            walk(k, Int(groupOf[Int(c.contract[k])]))
                        }
                    }
                    func walk(_ k: Int, _ g: Int) {
                        guard let b = blockOfText[Int(c.block[k])], g >= 0 else { return }
                        let place = Int(c.place[k])
                        body(
                            g,
                            counted(
                                b, amount: c.amounts[k], day: Day(number: Int(c.days[k])), verified: c.verified[k],
                                residence: place == 0 ? .onbekend : residenceOfText[place - 1]))
                    }
                case .rows(let rows):
                    let classify = ResidenceClassifier.Memo(classifier)
                    for p in rows where p.datum <= peildatum {
                        guard let b = blocks[p.bouwblok], let g = groupOfID.find(p.contractID) else { continue }
                        body(
                            g,
                            counted((b.waarde, b.hoofdonderdeel), amount: p.aantal, day: p.datum, verified: p.geverifieerd, residence: classify(p.woonplaats)))
                    }
                case nil: break
                }
            }
            var sizes = [Int](repeating: 0, count: groups)
            sizes.withUnsafeMutableBufferPointer { sizes in
                let base = sizes.baseAddress
                forEachCounted(values: false, ahead: base.map { base in { prefetchForRead(base + $0) } }) { g, _ in sizes[g] += 1 }
            }
            groupStart = [Int](repeating: 0, count: groups + 1)
            for g in 0..<groups { groupStart[g + 1] = groupStart[g] + sizes[g] }
            sizes = []
            let total = groupStart[groups]
            if total > 0 {
                // Each prestatie goes straight to its group's next place, in file order. The place
                // of the prestatie sixteen on is fetched meanwhile (for writing): the writes go to
                // fifty thousand groups at random, and the fetches overlap instead of each waiting
                // for main memory. (Issue 9: this replaced a two-step placement through 256
                // buckets of groups via a staging copy of every prestatie; with it `summary` took
                // 6 % longer at the regional set and 17 % at five times it, and 20 MB more memory.)
                counted = [CountedPerformance](unsafeUninitializedCapacity: total) { buffer, count in
                    let base = buffer.baseAddress!
                    adviseHugePages(UnsafeMutableRawPointer(base), total * MemoryLayout<CountedPerformance>.stride)
                    // Where each group's next prestatie goes: from its start to its end.
                    var next = Array(groupStart.dropLast())
                    next.withUnsafeMutableBufferPointer { next in
                        let next = next.baseAddress!
                        forEachCounted(ahead: { g in prefetchForWrite(base + next[g]) }) { g, pr in
                            (base + next[g]).initialize(to: pr)
                            next[g] += 1
                        }
                    }
                    count = total
                }
            }

            evaluations.reserveCapacity(contracts.count)
            for (i, c) in contracts.enumerated() {
                let g = contractGroup[i]
                var gerealiseerd = 0.0, geverifieerd = 0.0
                for pr in counted[groupStart[g]..<groupStart[g + 1]] {
                    gerealiseerd += pr.value
                    geverifieerd += pr.verified ? pr.value : 0
                }
                evaluations.append(
                    SROIRules.evaluate(
                        c, gerealiseerd: gerealiseerd, geverifieerd: geverifieerd, prestaties: groupStart[g + 1] - groupStart[g],
                        norms: ds.norms, peildatum: peildatum,
                        cohort: ds.period(c.gunningsdatum.year)?.contains(c.gunningsdatum) == true ? c.gunningsdatum.year : nil
                    ))
            }
            // Per year in an array while summing (issue 9: a dictionary update per prestatie);
            // each year's sum is added up in the same order, so it is the same value.
            var byYear: [Double?] = []
            var firstYear = 0
            evaluationFacts = evaluations.map(ContractList.Facts.init)
            for i in evaluations.indices {
                if let y = evaluations[i].cohort { cohortMembers[y, default: []].append(i) }
                guard evaluations[i].status.isPlichtig else { continue }
                for pr in prestaties(ofEvaluation: i) where pr.verified {
                    let y = Int(pr.year)
                    if byYear.isEmpty {
                        firstYear = y
                        byYear = [nil]
                    } else if y < firstYear {
                        byYear.insert(contentsOf: repeatElement(nil, count: firstYear - y), at: 0)
                        firstYear = y
                    } else if y >= firstYear + byYear.count {
                        byYear.append(contentsOf: repeatElement(nil, count: y - firstYear - byYear.count + 1))
                    }
                    byYear[y - firstYear] = (byYear[y - firstYear] ?? 0) + pr.value
                }
            }
            for (k, sum) in byYear.enumerated() { if let sum { verifiedPlichtigByYear[firstYear + k] = sum } }
        }
    }

    /// Each placement's person, department and doelgroep (its `rawValue`, or
    /// `Metrics.unknownGroup`) numbered in order of first appearance, so that the per-year
    /// breakdowns count distinct persons with arrays and sets of numbers instead of hashing
    /// texts for every placement in every year (issue 9). Two texts get one number exactly
    /// when they are equal as `String`s.
    struct PlacementKeys {
        var person: [Int] = []
        var personCount = 0
        var afdeling: [Int] = []
        var afdelingNames: [String] = []
        var groep: [Int] = []
        var groepNames: [String] = []

        init(_ placements: [Placement]) {
            // Numbered by their UTF-8 in NFC (`ByteTable`), which is equal exactly when the
            // strings are; no `String` hashing per placement (issue 9).
            var persons = ByteTable(capacity: placements.count), afdelingen = ByteTable(), groepen = ByteTable()
            func number(_ text: String, _ table: inout ByteTable, _ names: inout [String]) -> Int {
                let (n, inserted) = table.insert(text)
                if inserted { names.append(text) }
                return n
            }
            person.reserveCapacity(placements.count)
            afdeling.reserveCapacity(placements.count)
            groep.reserveCapacity(placements.count)
            for pl in placements {
                person.append(persons.insert(pl.persoon).number)
                afdeling.append(number(pl.afdeling, &afdelingen, &afdelingNames))
                groep.append(number(pl.doelgroep?.rawValue ?? Metrics.unknownGroup, &groepen, &groepNames))
            }
            personCount = persons.count
        }
    }

    /// A set of the numbers `0 ..< count` (persons by `PlacementKeys` number).
    struct NumberSet {
        private var member: [Bool]
        private(set) var count = 0
        init(upTo n: Int) { member = [Bool](repeating: false, count: n) }
        mutating func insert(_ k: Int) {
            if !member[k] {
                member[k] = true
                count += 1
            }
        }
        func contains(_ k: Int) -> Bool { member[k] }
    }

    /// The building blocks by code: a short list is searched (a handful of codes hash slower
    /// than they compare), a long one hashed.
    struct BlockLookup {
        private let list: [BuildingBlock]
        private let table: [String: BuildingBlock]?
        init(_ blocks: [BuildingBlock]) {
            // The first block of a code counts, as in a dictionary built with the first kept.
            var firsts: [BuildingBlock] = []
            var seen = Set<String>()
            for b in blocks where seen.insert(b.code).inserted { firsts.append(b) }
            list = firsts
            table = firsts.count > 16 ? Dictionary(firsts.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a }) : nil
        }
        subscript(code: String) -> BuildingBlock? {
            if let table { return table[code] }
            for b in list where b.code == code { return b }
            return nil
        }
    }

    /// A parameter's series does not depend on the selected year, and a selected year inside
    /// the series is the series' element (both come from the same pure `make(year)`). So a
    /// prepared dataset computes each of the heavy parameters once; a year change picks its
    /// year from the series (issue 9). A year outside the series is computed afresh.
    final class ResultCache {
        private var results: [ParameterID: Any] = [:]

        func result<Y>(_ id: ParameterID, _ year: Int, _ jaar: (Y) -> Int, _ compute: (Int) -> ParameterResult<Y>) -> ParameterResult<Y> {
            if let cached = results[id] as? ParameterResult<Y> {
                guard let selected = cached.reeks.first(where: { jaar($0) == year }) else { return compute(year) }
                var r = cached
                r.selected = selected
                return r
            }
            let r = compute(year)
            results[id] = r
            return r
        }
    }

    /// Sorts a prestatie's `woonplaats` into gemeente / regio / elders / onbekend (§3, v1.2):
    /// matched case-insensitively after trimming (Swift compares strings canonically, so NFC).
    struct ResidenceClassifier {
        let gemeente: Set<String>
        let regio: Set<String>
        init(_ info: DatasetInfo) {
            gemeente = Set((info.woonplaatsenGemeente ?? []).map { $0.trimmingSpaces.lowercased() })
            regio = Set(info.woonplaatsenRegio.map { $0.trimmingSpaces.lowercased() })
        }
        func callAsFunction(_ woonplaats: String?) -> ResidenceClass {
            guard let w = woonplaats?.trimmingSpaces, !w.isEmpty else { return .onbekend }
            let key = w.lowercased()
            if gemeente.contains(key) { return .gemeente }
            if regio.contains(key) { return .regio }
            return .elders
        }

        /// The same, remembering each distinct value's class (a million prestaties name a few
        /// hundred places: one hash per prestatie instead of trimming and lowercasing each).
        final class Memo {
            let classifier: ResidenceClassifier
            private var places = ByteTable()
            private var classes: [ResidenceClass] = []
            init(_ classifier: ResidenceClassifier) { self.classifier = classifier }
            func callAsFunction(_ woonplaats: String?) -> ResidenceClass {
                guard let w = woonplaats else { return .onbekend }
                let (k, inserted) = places.insert(w)
                if inserted { classes.append(classifier(w)) }
                return classes[k]
            }
        }
    }

    /// A parameter's result: the series (`series`, or none), and the selected year's figures,
    /// taken from the series when it holds that year (issue 9: the selected year was computed
    /// twice, once for itself and once in the series; `make` depends on its year only).
    static func result<Y>(
        _ id: ParameterID, reden: MissingReason?, year: Int, first: Int?, _ ds: Dataset, withSeries: Bool = true, _ make: (Int) -> Y
    ) -> ParameterResult<Y> {
        let reeks = withSeries ? series(first, ds, make) : []
        if let first, year >= first, year - first < reeks.count {
            return ParameterResult(id: id, reden: reden, selected: reeks[year - first], reeks: reeks)
        }
        return ParameterResult(id: id, reden: reden, selected: make(year), reeks: reeks)
    }

    /// `make` of each year from `first` to the peildatum's year, in order.
    static func series<Y>(_ first: Int?, _ ds: Dataset, _ make: (Int) -> Y) -> [Y] {
        guard let first else { return [] }
        let last = ds.info.peildatum.year
        guard first <= last else { return [] }
        return (first...last).map(make)
    }

    static func pct(_ part: Double, _ whole: Double) -> Double? {
        whole > 0 ? part / whole * 100 : nil
    }

    static func unicodeLess(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }

    /// Whether figures exist for year `y` of a parameter whose file is present: not before its
    /// first year with data. A present file without rows has no first year; its figures are the
    /// counts of 0 (contract §5).
    static func hasFigures(_ y: Int, first: Int?) -> Bool {
        guard let first else { return true }
        return y >= first
    }
}
