/// The quota's what-if for a partial year (issue 12): the yearly average if every placement that
/// runs on the peildatum continues to 31 December and none starts or ends. Not a forecast: a
/// clearly defined "als er niets verandert".
public struct QuotumProjection: Sendable, Equatable {
    public var jaar: Int
    /// The projected yearly average in the target's unit (banen, fte or personen).
    public var waarde: Double
    public var eenheid: QuotaUnit
    public var doel: Double?
    /// The projection judged against the target with the standard thresholds.
    public var status: Status
    /// Placements running on the peildatum (the ones assumed to continue).
    public var lopend: Int
    /// The day the projection runs to (31 December of `jaar`).
    public var tot: Day
    /// The same projection in banen, fte and persons counted (nobody starts).
    public var banen: Double
    public var fte: Double
    public var personen: Int

    public init(
        jaar: Int, waarde: Double, eenheid: QuotaUnit, doel: Double?, status: Status, lopend: Int, tot: Day,
        banen: Double, fte: Double, personen: Int
    ) {
        self.jaar = jaar
        self.waarde = waarde
        self.eenheid = eenheid
        self.doel = doel
        self.status = status
        self.lopend = lopend
        self.tot = tot
        self.banen = banen
        self.fte = fte
        self.personen = personen
    }
}

extension Metrics {
    /// The projection for `year`; `nil` unless `year` is the peildatum's partial year and
    /// plaatsingen.csv is present.
    ///
    /// Hours per week are weighted by days, like the realised figure (§3): the days of P(Y) with
    /// the placements as they were, plus the days after the peildatum up to 31 December with the
    /// placements that ran on the peildatum, divided by the days of the whole year. A trial
    /// placement counts only when `proefplaatsing_telt_mee`. In personen the projection is the
    /// number of persons counted so far (nobody starts).
    public static func quotumProjection(_ ds: Dataset, year: Int) -> QuotumProjection? {
        let peildatum = ds.info.peildatum
        guard year == peildatum.year, ds.isPartial(year), let all = ds.plaatsingen, let p = ds.period(year) else { return nil }
        let placements = all.filter { $0.start <= peildatum && ($0.soort != .proefplaatsing || ds.norms.proefplaatsingTeltMee) }
        let yearEnd = Day.lastOfYear(year)
        let whole = Period(start: .firstOfYear(year), end: yearEnd)
        let remaining = Double(yearEnd - peildatum)
        var weightedHours = 0.0
        var persons = Set<String>()
        var running = 0
        for pl in placements {
            let overlap = p.overlap(from: pl.start, to: pl.einde)
            if overlap > 0 {
                weightedHours += pl.urenPerWeek * Double(overlap)
                persons.insert(pl.persoon)
            }
            if pl.einde.map({ $0 >= peildatum }) ?? true {
                weightedHours += pl.urenPerWeek * remaining
                running += 1
            }
        }
        let hours = weightedHours / Double(whole.days)
        let target = quotaTargets(ds)[year]
        let unit = target?.eenheid ?? .banen
        let value: Double =
            switch unit {
            case .banen: hours / ds.norms.urennorm
            case .fte: hours / ds.norms.fteUren
            case .personen: Double(persons.count)
            }
        return QuotumProjection(
            jaar: year, waarde: value, eenheid: unit, doel: target?.doel,
            status: Thresholds.standard.judge(value, target: target?.doel), lopend: running, tot: yearEnd,
            banen: hours / ds.norms.urennorm, fte: hours / ds.norms.fteUren, personen: persons.count)
    }
}
