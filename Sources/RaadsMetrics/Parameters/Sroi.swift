/// `sroi_realisatie` and `sroi_naleving` (contract §3 contracten.csv): the obligation of a cohort
/// of contracts against the value realised, and how many contracts registered and met it.
extension Metrics {
    static func cohortFirstYear(_ ds: Dataset) -> Int? {
        // Each contract's award date read in place (issue 9: filtering copied every contract
        // with all its texts, once per parameter).
        guard let contracts = ds.contracten else { return nil }
        var first: Day?
        for i in contracts.indices where contracts[i].gunningsdatum <= ds.info.peildatum {
            if first.map({ contracts[i].gunningsdatum < $0 }) ?? true { first = contracts[i].gunningsdatum }
        }
        return first?.year
    }

    static func hasEnded(_ c: Contract, _ ds: Dataset) -> Bool { hasEnded(c.einddatum, ds) }

    static func hasEnded(_ einddatum: Day?, _ ds: Dataset) -> Bool {
        einddatum.map { $0 < ds.info.peildatum } ?? false
    }

    static func sroiRealisatie(_ ds: Dataset, _ index: Index, year: Int) -> ParameterResult<SroiRealisatieYear> {
        let first = cohortFirstYear(ds)
        func make(_ y: Int) -> SroiRealisatieYear {
            var r = SroiRealisatieYear(
                jaar: y, verplichting: nil, gerealiseerd: nil, gerealiseerdBegrensd: nil, geverifieerd: nil,
                nietPlichtigGerealiseerd: nil, realisatiePct: nil, realisatieAfgerondPct: nil, status: .onbekend,
                gedeeltelijk: ds.isPartial(y), lopend: nil, detail: nil, contracten: nil)
            guard ds.contracten != nil, ds.period(y) != nil, hasFigures(y, first: first) else { return r }
            let members = index.cohort(y)
            let plichtigIndices = members.filter { index.evaluations[$0].status.isPlichtig }
            var verplichting = 0.0, gerealiseerd = 0.0, begrensd = 0.0, geverifieerd = 0.0
            var endedObligation = 0.0, endedCapped = 0.0
            var ended = false
            var running = RunningContracts(contracten: 0, verplichting: 0, gerealiseerdBegrensd: 0)
            var detail = SroiDetail(
                perHoofdonderdeel: PartValues(), perWoonplaats: ds.info.woonplaatsenGemeente == nil ? nil : ResidenceValues(),
                perProcedure: [], perAfdeling: [], perGemeente: [],
                doelmatigheid: Efficiency(geverifieerdInJaar: 0, kostenTeam: nil, opbrengstPerEuro: nil))
            detail.perWoonplaatsGeverifieerd = detail.perWoonplaats
            // Per residence class, summed in the same order as the dictionary would be (issue 9:
            // no hashing per prestatie); `nil` until a prestatie of the class is added.
            var perResidence = [Double?](repeating: nil, count: ResidenceClass.allCases.count)
            var perResidenceVerified = perResidence
            var groups: (procedure: [String: ObligationGroup], afdeling: [String: ObligationGroup], gemeente: [String: ObligationGroup]) = ([:], [:], [:])
            func add(_ key: String, _ v: Double, _ realised: Double, to table: inout [String: ObligationGroup]) {
                table[key, default: ObligationGroup(naam: key, verplichting: 0, gerealiseerd: 0, contracten: 0)].add(obligation: v, realised: realised)
            }
            // The evaluations' fields are read in place: a copy would retain every text of its contract.
            for i in plichtigIndices {
                let v = index.evaluations[i].verplichting ?? 0
                let realised = index.evaluations[i].gerealiseerd
                let capped = min(realised, v)
                verplichting += v
                gerealiseerd += realised
                begrensd += capped
                geverifieerd += index.evaluations[i].geverifieerd
                if hasEnded(index.evaluations[i].contract.einddatum, ds) {
                    ended = true
                    endedObligation += v
                    endedCapped += capped
                } else {
                    running.contracten += 1
                    running.verplichting += v
                    running.gerealiseerdBegrensd += capped
                }
                for pr in index.prestaties(ofEvaluation: i) {
                    detail.perHoofdonderdeel[pr.part] += pr.value
                    let r = pr.residence.ordinal
                    perResidence[r] = (perResidence[r] ?? 0) + pr.value
                    if pr.verified { perResidenceVerified[r] = (perResidenceVerified[r] ?? 0) + pr.value }
                }
                add(index.evaluations[i].contract.procedure.rawValue, v, realised, to: &groups.procedure)
                add(nonEmpty(index.evaluations[i].contract.afdeling), v, realised, to: &groups.afdeling)
                add(nonEmpty(index.evaluations[i].contract.gemeente), v, realised, to: &groups.gemeente)
            }
            if detail.perWoonplaats != nil {
                for c in ResidenceClass.allCases {
                    if let v = perResidence[c.ordinal] { detail.perWoonplaats?[c] = v }
                    if let v = perResidenceVerified[c.ordinal] { detail.perWoonplaatsGeverifieerd?[c] = v }
                }
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
            // Summed in cohort order, read in place (no second copy of the evaluations).
            var nietPlichtig = 0.0
            for i in members where !index.evaluations[i].status.isPlichtig { nietPlichtig += index.evaluations[i].gerealiseerd }
            r.nietPlichtigGerealiseerd = nietPlichtig
            r.realisatiePct = pct(begrensd, verplichting)
            // An obligation is met over a contract's term: the status is judged on ended contracts.
            r.realisatieAfgerondPct = ended ? pct(endedCapped, endedObligation) : nil
            r.status = Thresholds.standard.judge(r.realisatieAfgerondPct, target: 100)
            r.lopend = running
            r.detail = detail
            r.contracten = ContractList(index.evaluations, facts: index.evaluationFacts, members: members)
            return r
        }
        let reden: MissingReason? = ds.contracten == nil ? .geenInkoopregister : nil
        return result(.sroiRealisatie, reden: reden, year: year, first: first, ds, make)
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
            let cohort = index.cohort(y)
            var plichtig = 0, afgelopen = 0, geregistreerd = 0, voldaan = 0
            var perStatus = [Int](repeating: 0, count: ContractStatus.allCases.count)
            for i in cohort {
                // The evaluation's fields read in place: a copy would retain every text of its contract.
                let status = index.evaluations[i].status
                perStatus[ContractStatus.allCases.firstIndex(of: status)!] += 1
                guard status.isPlichtig else { continue }
                plichtig += 1
                if index.evaluations[i].prestaties > 0 { geregistreerd += 1 }
                if hasEnded(index.evaluations[i].contract.einddatum, ds) {
                    afgelopen += 1
                    if status == .voldaan { voldaan += 1 }
                }
            }
            n.contracten = cohort.count
            n.plichtig = plichtig
            n.geregistreerd = geregistreerd
            n.afgelopen = afgelopen
            n.voldaan = voldaan
            n.registratiePct = pct(Double(geregistreerd), Double(plichtig))
            n.nalevingsPct = pct(Double(voldaan), Double(afgelopen))
            n.status = Thresholds.standard.judge(n.nalevingsPct, target: 100)
            n.perStatus = zip(ContractStatus.allCases, perStatus).map { StatusCount(status: $0, aantal: $1) }
            return n
        }
        let reden: MissingReason? = ds.contracten == nil ? .geenInkoopregister : nil
        return result(.sroiNaleving, reden: reden, year: year, first: first, ds, make)
    }
}

extension ObligationGroup {
    /// Adds a contract's obligation (0 when it has none) and realised value.
    mutating func add(obligation: Double, realised: Double) {
        verplichting += obligation
        gerealiseerd += realised
        contracten += 1
    }
}

extension ResidenceClass {
    /// The place of the class in `allCases`.
    var ordinal: Int {
        switch self {
        case .gemeente: 0
        case .regio: 1
        case .elders: 2
        case .onbekend: 3
        }
    }
}
