/// `sroi_realisatie` and `sroi_naleving` (contract §3 contracten.csv): the obligation of a cohort
/// of contracts against the value realised, and how many contracts registered and met it.
extension Metrics {
    static func cohortFirstYear(_ ds: Dataset) -> Int? {
        ds.contracten?.filter { $0.gunningsdatum <= ds.info.peildatum }.map(\.gunningsdatum.year).min()
    }

    static func hasEnded(_ c: Contract, _ ds: Dataset) -> Bool {
        c.einddatum.map { $0 < ds.info.peildatum } ?? false
    }

    static func sroiRealisatie(_ ds: Dataset, _ index: Index, year: Int) -> ParameterResult<SroiRealisatieYear> {
        let first = cohortFirstYear(ds)
        func make(_ y: Int) -> SroiRealisatieYear {
            var r = SroiRealisatieYear(
                jaar: y, verplichting: nil, gerealiseerd: nil, gerealiseerdBegrensd: nil, geverifieerd: nil,
                nietPlichtigGerealiseerd: nil, realisatiePct: nil, realisatieAfgerondPct: nil, status: .onbekend,
                gedeeltelijk: ds.isPartial(y), lopend: nil, detail: nil, contracten: nil)
            guard ds.contracten != nil, ds.period(y) != nil, hasFigures(y, first: first) else { return r }
            let cohort = index.evaluations.filter { $0.cohort == y }
            let plichtigIndices = index.evaluations.indices.filter { index.evaluations[$0].cohort == y && index.evaluations[$0].status.isPlichtig }
            let plichtig = plichtigIndices.map { index.evaluations[$0] }
            var verplichting = 0.0, gerealiseerd = 0.0, begrensd = 0.0, geverifieerd = 0.0
            var endedObligation = 0.0, endedCapped = 0.0
            var running = RunningContracts(contracten: 0, verplichting: 0, gerealiseerdBegrensd: 0)
            var detail = SroiDetail(
                perHoofdonderdeel: PartValues(), perWoonplaats: ds.info.woonplaatsenGemeente == nil ? nil : ResidenceValues(),
                perProcedure: [], perAfdeling: [], perGemeente: [],
                doelmatigheid: Efficiency(geverifieerdInJaar: 0, kostenTeam: nil, opbrengstPerEuro: nil))
            detail.perWoonplaatsGeverifieerd = detail.perWoonplaats
            var groups: (procedure: [String: ObligationGroup], afdeling: [String: ObligationGroup], gemeente: [String: ObligationGroup]) = ([:], [:], [:])
            func add(_ key: String, _ e: ContractEvaluation, to table: inout [String: ObligationGroup]) {
                var g = table[key] ?? ObligationGroup(naam: key, verplichting: 0, gerealiseerd: 0, contracten: 0)
                g.verplichting += e.verplichting ?? 0
                g.gerealiseerd += e.gerealiseerd
                g.contracten += 1
                table[key] = g
            }
            for (i, e) in zip(plichtigIndices, plichtig) {
                let v = e.verplichting ?? 0
                let capped = min(e.gerealiseerd, v)
                verplichting += v
                gerealiseerd += e.gerealiseerd
                begrensd += capped
                geverifieerd += e.geverifieerd
                if hasEnded(e.contract, ds) {
                    endedObligation += v
                    endedCapped += capped
                } else {
                    running.contracten += 1
                    running.verplichting += v
                    running.gerealiseerdBegrensd += capped
                }
                for pr in index.prestaties(ofEvaluation: i) {
                    detail.perHoofdonderdeel[pr.part] += pr.value
                    detail.perWoonplaats?[pr.residence] += pr.value
                    if pr.verified { detail.perWoonplaatsGeverifieerd?[pr.residence] += pr.value }
                }
                add(e.contract.procedure.rawValue, e, to: &groups.procedure)
                add(nonEmpty(e.contract.afdeling), e, to: &groups.afdeling)
                add(nonEmpty(e.contract.gemeente), e, to: &groups.gemeente)
            }
            detail.perProcedure = Procedure.allCases.compactMap { groups.procedure[$0.rawValue] }
            detail.perAfdeling = groups.afdeling.keys.sorted(by: unicodeLess).map { groups.afdeling[$0]! }
            detail.perGemeente = groups.gemeente.keys.sorted(by: unicodeLess).map { groups.gemeente[$0]! }
            // Efficiency is about calendar year Y: verified value dated in P(Y) on any plichtig contract.
            // (Summed once per dataset in `Index`; every counted prestatie is on or before the
            // peildatum, so "dated in P(Y)" is "dated in year Y".)
            let verifiedInYear = index.verifiedPlichtigByYear[y] ?? 0
            let costs = teamCosts(ds, year: y)
            detail.doelmatigheid = Efficiency(
                geverifieerdInJaar: verifiedInYear, kostenTeam: costs,
                opbrengstPerEuro: costs.flatMap { $0 > 0 ? verifiedInYear / $0 : nil })
            r.verplichting = verplichting
            r.gerealiseerd = gerealiseerd
            r.gerealiseerdBegrensd = begrensd
            r.geverifieerd = geverifieerd
            r.nietPlichtigGerealiseerd = cohort.filter { !$0.status.isPlichtig }.reduce(0) { $0 + $1.gerealiseerd }
            r.realisatiePct = pct(begrensd, verplichting)
            // An obligation is met over a contract's term: the status is judged on ended contracts.
            let ended = plichtig.contains { hasEnded($0.contract, ds) }
            r.realisatieAfgerondPct = ended ? pct(endedCapped, endedObligation) : nil
            r.status = Thresholds.standard.judge(r.realisatieAfgerondPct, target: 100)
            r.lopend = running
            r.detail = detail
            r.contracten = cohort
            return r
        }
        let reden: MissingReason? = ds.contracten == nil ? .geenInkoopregister : nil
        return ParameterResult(id: .sroiRealisatie, reden: reden, selected: make(year), reeks: series(first, ds, make))
    }

    /// The name of a breakdown's group of rows without a value (contract §5: `"onbekend"`). The
    /// presentation recognises the group by this constant (`ObligationGroup.isUnknown`), never
    /// by its wording.
    public static let unknownGroup = "onbekend"

    static func nonEmpty(_ s: String?) -> String {
        guard let s, !s.isEmpty else { return unknownGroup }
        return s
    }

    static func sroiNaleving(_ ds: Dataset, _ index: Index, year: Int) -> ParameterResult<SroiNalevingYear> {
        let first = cohortFirstYear(ds)
        func make(_ y: Int) -> SroiNalevingYear {
            var n = SroiNalevingYear(
                jaar: y, contracten: nil, plichtig: nil, geregistreerd: nil, afgelopen: nil, voldaan: nil,
                registratiePct: nil, nalevingsPct: nil, status: .onbekend, perStatus: nil, gedeeltelijk: ds.isPartial(y))
            guard ds.contracten != nil, ds.period(y) != nil, hasFigures(y, first: first) else { return n }
            let cohort = index.evaluations.filter { $0.cohort == y }
            let plichtig = cohort.filter { $0.status.isPlichtig }
            let afgelopen = plichtig.filter { hasEnded($0.contract, ds) }
            let geregistreerd = plichtig.filter { $0.prestaties > 0 }.count
            let voldaan = afgelopen.filter { $0.status == .voldaan }.count
            n.contracten = cohort.count
            n.plichtig = plichtig.count
            n.geregistreerd = geregistreerd
            n.afgelopen = afgelopen.count
            n.voldaan = voldaan
            n.registratiePct = pct(Double(geregistreerd), Double(plichtig.count))
            n.nalevingsPct = pct(Double(voldaan), Double(afgelopen.count))
            n.status = Thresholds.standard.judge(n.nalevingsPct, target: 100)
            n.perStatus = ContractStatus.allCases.map { s in StatusCount(status: s, aantal: cohort.filter { $0.status == s }.count) }
            return n
        }
        let reden: MissingReason? = ds.contracten == nil ? .geenInkoopregister : nil
        return ParameterResult(id: .sroiNaleving, reden: reden, selected: make(year), reeks: series(first, ds, make))
    }
}
