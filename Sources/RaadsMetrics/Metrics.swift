/// Computes the seven parameters of data contract §3–§5 from a validated dataset. Pure: the
/// same dataset and year always give the same summary. Cost is linear in the number of rows
/// (times the number of years in a series). Each parameter has its own file in `Parameters/`.
public enum Metrics {
    public static func summary(_ ds: Dataset, year: Int, warnings: [Diagnostic] = []) -> Summary {
        let index = Index(ds)
        let quotum = quotum(ds, index, year: year)
        return Summary(
            dataset: ds.info,
            jaar: year,
            norms: ds.norms,
            minCellSize: ds.minCellSize,
            quotum: quotum,
            duurzaamheid: duurzaamheid(ds, index, quotum: quotum, year: year),
            fonds: fonds(ds),
            sroiRealisatie: sroiRealisatie(ds, index, year: year),
            sroiNaleving: sroiNaleving(ds, index, year: year),
            regio: regio(ds, year: year),
            informatie: informatie(ds, year: year),
            waarschuwingen: warnings.warnings.map(\.description),
            kengetallen: ds.kengetallen?.sorted { ($0.kengetal, $0.datum) < ($1.kengetal, $1.datum) },
            normenkader: ds.normenkader
        )
    }

    /// The years a user can select: from the earliest first year of any parameter up to the
    /// peildatum's year.
    public static func selectableYears(_ ds: Dataset) -> ClosedRange<Int> {
        let last = ds.info.peildatum.year
        let index = Index(ds)
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

        init(_ ds: Dataset) {
            let peildatum = ds.info.peildatum
            placements = ds.plaatsingen?.filter { $0.start <= peildatum }
            placementFirstYear = placements?.map(\.start.year).min()
            guard let contracts = ds.contracten else { return }
            let blocks = Dictionary((ds.bouwblokken ?? []).map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
            let classify = ResidenceClassifier(ds.info)
            for p in ds.prestaties ?? [] where p.datum <= peildatum {
                guard let b = blocks[p.bouwblok] else { continue }
                perContract[p.contractID, default: []].append(
                    CountedPerformance(value: p.aantal * b.waarde, verified: p.geverifieerd, part: b.hoofdonderdeel,
                                       residence: classify(p.woonplaats), datum: p.datum))
            }
            evaluations = contracts.map { c in
                SROIRules.evaluate(
                    c, prestaties: (perContract[c.id] ?? []).map { ($0.value, $0.verified) }, norms: ds.norms, peildatum: peildatum,
                    cohort: ds.period(c.gunningsdatum.year)?.contains(c.gunningsdatum) == true ? c.gunningsdatum.year : nil
                )
            }
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
