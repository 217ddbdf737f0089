/// Computes the seven parameters of data contract §3–§5 from a validated dataset. Pure: the
/// same dataset and year always give the same summary. Cost is linear in the number of rows
/// (times the number of years in a series).
public enum Metrics {
    public static func summary(_ ds: Dataset, year: Int, warnings: [Diagnostic] = []) -> Summary {
        let index = Index(ds)
        return Summary(
            dataset: ds.info,
            jaar: year,
            norms: ds.norms,
            minCellSize: ds.minCellSize,
            quotum: quotum(ds, year: year),
            duurzaamheid: duurzaamheid(ds, year: year),
            fonds: fonds(ds),
            sroiRealisatie: sroiRealisatie(ds, index, year: year),
            sroiNaleving: sroiNaleving(ds, index, year: year),
            regio: regio(ds, year: year),
            informatie: informatie(ds, year: year),
            waarschuwingen: warnings.warnings.map(\.description),
            kengetallen: ds.kengetallen?.sorted { ($0.kengetal, $0.datum) < ($1.kengetal, $1.datum) }
        )
    }

    /// The years a user can select: from the earliest first year of any parameter up to the
    /// peildatum's year.
    public static func selectableYears(_ ds: Dataset) -> ClosedRange<Int> {
        let last = ds.info.peildatum.year
        let firsts = [quotumFirstYear(ds), placementFirstYear(ds), cohortFirstYear(ds), regioFirstYear(ds), infoFirstYear(ds)].compactMap { $0 }
        return min(firsts.min() ?? last, last)...last
    }

    // MARK: - Shared

    /// Prestaties grouped per contract, with their values, dated on or before the peildatum.
    struct Index {
        var perContract: [String: [(value: Double, verified: Bool)]] = [:]
        var evaluations: [ContractEvaluation] = []

        init(_ ds: Dataset) {
            guard let contracts = ds.contracten else { return }
            let blocks = Dictionary((ds.bouwblokken ?? []).map { ($0.code, $0.waarde) }, uniquingKeysWith: { a, _ in a })
            for p in ds.prestaties ?? [] where p.datum <= ds.info.peildatum {
                guard let w = blocks[p.bouwblok] else { continue }
                perContract[p.contractID, default: []].append((p.aantal * w, p.geverifieerd))
            }
            evaluations = contracts.map { c in
                SROIRules.evaluate(
                    c, prestaties: perContract[c.id] ?? [], norms: ds.norms, peildatum: ds.info.peildatum,
                    cohort: ds.period(c.gunningsdatum.year)?.contains(c.gunningsdatum) == true ? c.gunningsdatum.year : nil
                )
            }
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

    /// Applies the privacy rule of contract §5: cells of 1 to min−1 persons are suppressed, and
    /// when exactly one cell is, the other non-zero cell with the fewest persons too (ties: the
    /// first name in Unicode order).
    static func suppressed(_ counts: [(name: String, personen: Int)], minCellSize: Int) -> Set<String> {
        var hidden = Set(counts.filter { $0.personen >= 1 && $0.personen < minCellSize }.map(\.name))
        if hidden.count == 1 {
            let candidate = counts
                .filter { $0.personen > 0 && !hidden.contains($0.name) }
                .min { a, b in a.personen != b.personen ? a.personen < b.personen : unicodeLess(a.name, b.name) }
            if let candidate { hidden.insert(candidate.name) }
        }
        return hidden
    }

    static func unicodeLess(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }

    // MARK: - quotum

    static func quotaTargets(_ ds: Dataset) -> [Int: Target] {
        var out: [Int: Target] = [:]
        for t in ds.doelen ?? [] where t.indicator == "quotum_banenafspraak" && t.jaar <= ds.info.peildatum.year && out[t.jaar] == nil {
            out[t.jaar] = t
        }
        return out
    }

    static func placementFirstYear(_ ds: Dataset) -> Int? {
        ds.plaatsingen?.map(\.start.year).min().map { min($0, ds.info.peildatum.year) }
    }

    static func quotumFirstYear(_ ds: Dataset) -> Int? {
        [placementFirstYear(ds), quotaTargets(ds).keys.min()].compactMap { $0 }.min()
    }

    struct Realised {
        var uren = 0.0
        var urenWettelijk = 0.0
        var personen = 0
        var perAfdeling: Breakdown<BreakdownCell>
        var perDoelgroep: Breakdown<BreakdownCell>
    }

    static func realised(_ ds: Dataset, _ placements: [Placement], _ p: Period) -> Realised {
        var uren = 0.0, wettelijk = 0.0
        var persons = Set<String>()
        var afd: [String: (persons: Set<String>, uren: Double)] = [:]
        var groep: [String: (persons: Set<String>, uren: Double)] = [:]
        let days = Double(p.days)
        for pl in placements {
            let overlap = p.overlap(from: pl.start, to: pl.einde)
            guard overlap > 0 else { continue }
            let u = pl.urenPerWeek * Double(overlap) / days
            if pl.soort != .proefplaatsing { wettelijk += u }
            guard pl.soort != .proefplaatsing || ds.norms.proefplaatsingTeltMee else { continue }
            uren += u
            persons.insert(pl.persoon)
            afd[pl.afdeling, default: ([], 0)].persons.insert(pl.persoon)
            afd[pl.afdeling]!.uren += u
            let g = pl.doelgroep?.rawValue ?? "onbekend"
            groep[g, default: ([], 0)].persons.insert(pl.persoon)
            groep[g]!.uren += u
        }
        func breakdown(_ cells: [String: (persons: Set<String>, uren: Double)]) -> Breakdown<BreakdownCell> {
            let names = cells.keys.sorted(by: unicodeLess)
            let hidden = suppressed(names.map { ($0, cells[$0]!.persons.count) }, minCellSize: ds.minCellSize)
            return Breakdown(names.map { n in
                let c = cells[n]!
                return (n, hidden.contains(n) ? BreakdownCell(personen: nil, banen: nil)
                    : BreakdownCell(personen: c.persons.count, banen: c.uren / ds.norms.urennorm))
            })
        }
        return Realised(uren: uren, urenWettelijk: wettelijk, personen: persons.count, perAfdeling: breakdown(afd), perDoelgroep: breakdown(groep))
    }

    static func quotum(_ ds: Dataset, year: Int) -> ParameterResult<QuotumYear> {
        let targets = quotaTargets(ds)
        let first = quotumFirstYear(ds)
        func make(_ y: Int) -> QuotumYear {
            let t = targets[y]
            let unit = t?.eenheid ?? .banen
            var q = QuotumYear(jaar: y, waarde: nil, doel: t?.doel, eenheid: unit, status: .onbekend, banen: nil, fte: nil, personen: nil,
                               vastgesteldDoor: t?.vastgesteldDoor, doelBron: t?.bron, proefplaatsingTeltMee: ds.norms.proefplaatsingTeltMee,
                               banenWettelijk: nil, gedeeltelijk: ds.isPartial(y), perAfdeling: nil, perDoelgroep: nil)
            guard let placements = ds.plaatsingen, let p = ds.period(y), let first, y >= first else { return q }
            let r = realised(ds, placements, p)
            q.banen = r.uren / ds.norms.urennorm
            q.fte = r.uren / ds.norms.fteUren
            q.personen = r.personen
            q.banenWettelijk = r.urenWettelijk / ds.norms.urennorm
            q.perAfdeling = r.perAfdeling
            q.perDoelgroep = r.perDoelgroep
            switch unit {
            case .banen: q.waarde = q.banen
            case .fte: q.waarde = q.fte
            case .personen: q.waarde = Double(r.personen)
            }
            q.status = Thresholds.standard.judge(q.waarde, target: q.doel)
            return q
        }
        let reden: String? = ds.plaatsingen == nil ? "geen plaatsingen aangeleverd" : (ds.doelen == nil ? "geen doelen aangeleverd" : nil)
        return ParameterResult(id: .quotum, reden: reden, selected: make(year), reeks: series(first, ds, make))
    }

    // MARK: - duurzaamheid

    static func duurzaamheid(_ ds: Dataset, year: Int) -> ParameterResult<DuurzaamheidYear> {
        let first = placementFirstYear(ds)
        // Trial placements by person, for doorstroom.
        let all = ds.plaatsingen ?? []
        var followUps: [String: [Day]] = [:]
        for pl in all where pl.soort == .tijdelijk || pl.soort == .vast {
            followUps[pl.persoon, default: []].append(pl.start)
        }
        func make(_ y: Int) -> DuurzaamheidYear {
            var d = DuurzaamheidYear(jaar: y, waarde: nil, doel: nil, status: .onbekend, personenLopend: nil, personenVast: nil,
                                     perSoort: nil, gemiddeldeUrenPerWeek: nil, doorstroom: nil, gedeeltelijk: ds.isPartial(y))
            guard ds.plaatsingen != nil, let p = ds.period(y), let first, y >= first else { return d }
            let last = p.end
            var lopend = Set<String>()
            var perSoort: [PlacementKind: Set<String>] = [:]
            var urenSum = 0.0, running = 0
            var doorstroom = Set<String>()
            for pl in all {
                if pl.start <= last && (pl.einde == nil || pl.einde! >= last) {
                    lopend.insert(pl.persoon)
                    perSoort[pl.soort, default: []].insert(pl.persoon)
                    urenSum += pl.urenPerWeek
                    running += 1
                }
                if pl.soort == .proefplaatsing, let e = pl.einde, p.contains(e) {
                    let ok = (followUps[pl.persoon] ?? []).contains { s in
                        let gap = s - e
                        return gap >= 0 && gap <= 31 && s <= ds.info.peildatum
                    }
                    if ok { doorstroom.insert(pl.persoon) }
                }
            }
            let vast = perSoort[.vast]?.count ?? 0
            d.personenLopend = lopend.count
            if lopend.count >= ds.minCellSize, lopend.count > 0 {
                d.waarde = Double(vast) / Double(lopend.count) * 100
            }
            let counts = PlacementKind.allCases.map { ($0.rawValue, perSoort[$0]?.count ?? 0) }
            let hidden = suppressed(counts, minCellSize: ds.minCellSize)
            d.perSoort = PlacementKind.allCases.map { k in (k, hidden.contains(k.rawValue) ? nil : perSoort[k]?.count ?? 0) }
            d.gemiddeldeUrenPerWeek = running > 0 ? urenSum / Double(running) : nil
            d.doorstroom = doorstroom.count
            d.status = Thresholds.standard.judge(d.waarde, target: d.doel)
            return d
        }
        let reden: String? = ds.plaatsingen == nil ? "geen plaatsingen aangeleverd" : nil
        return ParameterResult(id: .duurzaamheid, reden: reden, selected: make(year), reeks: series(first, ds, make))
    }

    // MARK: - fonds_bovenformatief

    static let fundPost = "bovenformatief_fonds"

    /// Whether a budget row counts as of the peildatum.
    static func counts(_ r: BudgetRow, _ ds: Dataset) -> Bool {
        guard r.jaar <= ds.info.peildatum.year else { return false }
        if r.soort == .uitgave, let d = r.datum, d > ds.info.peildatum { return false }
        return true
    }

    static func fonds(_ ds: Dataset) -> FondsResult {
        guard let rows = ds.budget else {
            return FondsResult(reden: "geen begroting voor het bovenformatief fonds aangeleverd", begroot: nil, besteed: nil, benuttingPct: nil,
                               status: .onbekend, posten: nil, regels: [])
        }
        var posten: [String: [Int: BudgetYear]] = [:]
        for r in rows where r.post != fundPost && counts(r, ds) {
            var b = posten[r.post, default: [:]][r.jaar] ?? BudgetYear(begroting: 0, uitgave: 0)
            if r.soort == .begroting { b.begroting += r.bedrag } else { b.uitgave += r.bedrag }
            posten[r.post, default: [:]][r.jaar] = b
        }
        let postenList = posten.keys.sorted(by: unicodeLess).map { post in
            (post: post, jaren: posten[post]!.keys.sorted().map { (jaar: $0, bedragen: posten[post]![$0]!) })
        }
        let fund = rows.filter { $0.post == fundPost }
        guard !fund.isEmpty else {
            return FondsResult(reden: "geen begroting voor het bovenformatief fonds aangeleverd", begroot: nil, besteed: nil, benuttingPct: nil,
                               status: .onbekend, posten: postenList, regels: [])
        }
        let counted = fund.filter { counts($0, ds) }
        let begroot = counted.filter { $0.soort == .begroting }.reduce(0) { $0 + $1.bedrag }
        let besteed = counted.filter { $0.soort == .uitgave }.reduce(0) { $0 + $1.bedrag }
        let benutting = pct(besteed, begroot)
        return FondsResult(reden: nil, begroot: begroot, besteed: besteed, benuttingPct: benutting,
                           status: Thresholds.standard.judge(benutting, target: 100), posten: postenList, regels: counted)
    }

    // MARK: - SROI

    static func cohortFirstYear(_ ds: Dataset) -> Int? {
        ds.contracten?.filter { $0.gunningsdatum <= ds.info.peildatum }.map(\.gunningsdatum.year).min()
    }

    static func sroiRealisatie(_ ds: Dataset, _ index: Index, year: Int) -> ParameterResult<SroiRealisatieYear> {
        let first = cohortFirstYear(ds)
        func make(_ y: Int) -> SroiRealisatieYear {
            var r = SroiRealisatieYear(jaar: y, verplichting: nil, gerealiseerd: nil, gerealiseerdBegrensd: nil, geverifieerd: nil,
                                       nietPlichtigGerealiseerd: nil, realisatiePct: nil, status: .onbekend, gedeeltelijk: ds.isPartial(y), contracten: nil)
            guard ds.contracten != nil, ds.period(y) != nil else { return r }
            if let first, y < first { return r }
            let cohort = index.evaluations.filter { $0.cohort == y }
            var verplichting = 0.0, gerealiseerd = 0.0, begrensd = 0.0, geverifieerd = 0.0
            for e in cohort where e.status.isPlichtig {
                let v = e.verplichting ?? 0
                verplichting += v
                gerealiseerd += e.gerealiseerd
                begrensd += min(e.gerealiseerd, v)
                geverifieerd += e.geverifieerd
            }
            r.verplichting = verplichting
            r.gerealiseerd = gerealiseerd
            r.gerealiseerdBegrensd = begrensd
            r.geverifieerd = geverifieerd
            r.nietPlichtigGerealiseerd = cohort.filter { !$0.status.isPlichtig }.reduce(0) { $0 + $1.gerealiseerd }
            r.realisatiePct = pct(begrensd, verplichting)
            r.status = Thresholds.standard.judge(r.realisatiePct, target: 100)
            r.contracten = cohort
            return r
        }
        let reden: String? = ds.contracten == nil ? "geen inkoopregister aangeleverd" : nil
        return ParameterResult(id: .sroiRealisatie, reden: reden, selected: make(year), reeks: series(first, ds, make))
    }

    static func sroiNaleving(_ ds: Dataset, _ index: Index, year: Int) -> ParameterResult<SroiNalevingYear> {
        let first = cohortFirstYear(ds)
        func make(_ y: Int) -> SroiNalevingYear {
            var n = SroiNalevingYear(jaar: y, contracten: nil, plichtig: nil, geregistreerd: nil, afgelopen: nil, voldaan: nil,
                                     registratiePct: nil, nalevingsPct: nil, status: .onbekend, perStatus: nil, gedeeltelijk: ds.isPartial(y))
            guard ds.contracten != nil, ds.period(y) != nil else { return n }
            if let first, y < first { return n }
            let cohort = index.evaluations.filter { $0.cohort == y }
            let plichtig = cohort.filter { $0.status.isPlichtig }
            let afgelopen = plichtig.filter { e in e.contract.einddatum.map { $0 < ds.info.peildatum } ?? false }
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
            n.perStatus = ContractStatus.allCases.map { s in (s, cohort.filter { $0.status == s }.count) }
            return n
        }
        let reden: String? = ds.contracten == nil ? "geen inkoopregister aangeleverd" : nil
        return ParameterResult(id: .sroiNaleving, reden: reden, selected: make(year), reeks: series(first, ds, make))
    }

    // MARK: - regio_garantiebanen

    static func regionRows(_ ds: Dataset) -> [RegionRow]? {
        guard let rows = ds.regio, let region = ds.info.arbeidsmarktregio else { return nil }
        let key = region.lowercased()
        return rows.filter { $0.arbeidsmarktregio.lowercased() == key && $0.jaar <= ds.info.peildatum.year }
    }

    static func regioFirstYear(_ ds: Dataset) -> Int? { regionRows(ds)?.map(\.jaar).min() }

    static func regio(_ ds: Dataset, year: Int) -> ParameterResult<RegioYear> {
        let rows = regionRows(ds)
        let first = regioFirstYear(ds)
        func make(_ y: Int) -> RegioYear {
            var r = RegioYear(jaar: y, waarde: nil, doel: nil, status: .onbekend, perSector: nil)
            guard let rows, ds.period(y) != nil else { return r }
            if let first, y < first { return r }
            let ofYear = rows.filter { $0.jaar == y }
            func total(_ list: [RegionRow], _ k: KeyPath<RegionRow, Double?>) -> Double? {
                guard !list.isEmpty, list.allSatisfy({ $0[keyPath: k] != nil }) else { return nil }
                return list.reduce(0) { $0 + $1[keyPath: k]! }
            }
            r.waarde = total(ofYear, \.gerealiseerd)
            r.doel = total(ofYear, \.doel)
            r.status = Thresholds.standard.judge(r.waarde, target: r.doel)
            r.bronnen = ofYear.compactMap(\.bron).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            r.perSector = Sector.allCases.compactMap { s in
                let list = ofYear.filter { $0.sector == s }
                return list.isEmpty ? nil : (s, SectorFigures(doel: total(list, \.doel), gerealiseerd: total(list, \.gerealiseerd)))
            }
            return r
        }
        let reden: String? = ds.regio == nil ? "geen regiocijfers aangeleverd"
            : (ds.info.arbeidsmarktregio == nil ? "geen arbeidsmarktregio in dataset.toml" : nil)
        return ParameterResult(id: .regioGarantiebanen, reden: reden, selected: make(year), reeks: series(first, ds, make))
    }

    // MARK: - informatievoorziening

    static func infoFirstYear(_ ds: Dataset) -> Int? {
        ds.rapportages?.map(\.jaargang).filter { $0 <= ds.info.peildatum.year }.min()
    }

    static func informatie(_ ds: Dataset, year: Int) -> ParameterResult<InformatieYear> {
        let first = infoFirstYear(ds)
        func make(_ y: Int) -> InformatieYear {
            var i = InformatieYear(jaar: y, rapportages: nil, banenafspraak: nil, sroi: nil, banenafspraakCijfers: nil, sroiCijfers: nil,
                                   metCijfers: nil, status: .onbekend, rapportagesSociaalDomein: nil, overige: nil)
            guard let reports = ds.rapportages, ds.period(y) != nil else { return i }
            if let first, y < first { return i }
            let ofYear = reports.filter { $0.jaargang == y }.sorted { ($0.datum, $0.line) < ($1.datum, $1.line) }
            let rsd = ofYear.filter { $0.soort == .rapportageSociaalDomein }
            i.rapportages = rsd.count
            i.banenafspraak = rsd.filter { $0.banenafspraak != .geen }.count
            i.sroi = rsd.filter { $0.sroi != .geen }.count
            i.banenafspraakCijfers = rsd.filter { $0.banenafspraak == .cijfers }.count
            i.sroiCijfers = rsd.filter { $0.sroi == .cijfers }.count
            i.metCijfers = rsd.filter { $0.banenafspraak == .cijfers || $0.sroi == .cijfers }.count
            switch (i.banenafspraakCijfers! > 0, i.sroiCijfers! > 0) {
            case (true, true): i.status = .opKoers
            case (true, false), (false, true): i.status = .risico
            case (false, false): i.status = .achter
            }
            i.rapportagesSociaalDomein = rsd
            i.overige = ofYear.filter { $0.soort != .rapportageSociaalDomein }
            return i
        }
        let reden: String? = ds.rapportages == nil ? "geen rapportages aangeleverd" : nil
        return ParameterResult(id: .informatievoorziening, reden: reden, selected: make(year), reeks: series(first, ds, make))
    }
}
