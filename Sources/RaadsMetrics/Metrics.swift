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
        var verified: Bool
        var part: BlockPart
        var residence: ResidenceClass
        var datum: Day
    }

    /// What several parameters share, computed once per summary: the placements that count
    /// (none starting after the peildatum), and the prestaties and evaluation of every contract.
    struct Index {
        var placements: [Placement]?
        var placementFirstYear: Int?
        var perContract: [String: [CountedPerformance]] = [:]
        var evaluations: [ContractEvaluation] = []
        /// Verified value per calendar year of the prestaties on SROI-plichtig contracts.
        var verifiedPlichtigByYear: [Int: Double] = [:]
        /// The results computed so far for this dataset (see `ResultCache`).
        let results = ResultCache()

        init(_ ds: Dataset) {
            let peildatum = ds.info.peildatum
            placements = ds.plaatsingen?.filter { $0.start <= peildatum }
            placementFirstYear = placements?.map(\.start.year).min()
            guard let contracts = ds.contracten else { return }
            let blocks = Dictionary((ds.bouwblokken ?? []).map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
            let classify = ResidenceClassifier(ds.info)
            perContract.reserveCapacity(contracts.count)
            for p in ds.prestaties ?? [] where p.datum <= peildatum {
                guard let b = blocks[p.bouwblok] else { continue }
                perContract[p.contractID, default: []].append(
                    CountedPerformance(
                        value: p.aantal * b.waarde, verified: p.geverifieerd, part: b.hoofdonderdeel,
                        residence: classify(p.woonplaats), datum: p.datum))
            }
            evaluations = contracts.map { c in
                SROIRules.evaluate(
                    c, prestaties: (perContract[c.id] ?? []).map { ($0.value, $0.verified) }, norms: ds.norms, peildatum: peildatum,
                    cohort: ds.period(c.gunningsdatum.year)?.contains(c.gunningsdatum) == true ? c.gunningsdatum.year : nil
                )
            }
            for e in evaluations where e.status.isPlichtig {
                for pr in perContract[e.contract.id] ?? [] where pr.verified {
                    verifiedPlichtigByYear[pr.datum.year, default: 0] += pr.value
                }
            }
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
    }

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
