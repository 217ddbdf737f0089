/// `duurzaamheid` (contract §3): are the jobs lasting — the share of persons on a permanent
/// contract, the flow from trial placement to a contract, and retention after a year.
extension Metrics {
    static func duurzaamheid(_ ds: Dataset, _ index: Index, quotum: ParameterResult<QuotumYear>, year: Int) -> ParameterResult<DuurzaamheidYear> {
        let first = index.placementFirstYear
        let all = index.placements ?? []
        let m = ds.minCellSize
        let keys = index.placementKeys
        // By person number (`Index.placementKeys`): the starts of follow-up contracts, for
        // doorstroom; the placements and the first start, for behoud.
        var followUps = [[Day]](repeating: [], count: keys.personCount)
        var byPerson = [[Int]](repeating: [], count: keys.personCount)
        for (i, pl) in all.enumerated() {
            if pl.soort == .tijdelijk || pl.soort == .vast { followUps[keys.person[i]].append(pl.start) }
            byPerson[keys.person[i]].append(i)
        }
        let firstStart = byPerson.map { $0.map { all[$0].start }.min()! }
        let quotumPersons = Dictionary((quotum.reeks + [quotum.selected]).map { ($0.jaar, $0.personen) }, uniquingKeysWith: { a, _ in a })

        /// Placement `i` runs on `day` (read in place, not copied).
        func running(_ i: Int, on day: Day) -> Bool { all[i].start <= day && (all[i].einde.map { $0 >= day } ?? true) }

        func make(_ y: Int) -> DuurzaamheidYear {
            var d = DuurzaamheidYear(
                jaar: y, waarde: nil, doel: nil, status: .onbekend, personenLopend: nil, perSoort: nil,
                gemiddeldeUrenPerWeek: nil, doorstroom: nil, behoud: nil, gedeeltelijk: ds.isPartial(y))
            guard index.placements != nil, let p = ds.period(y), hasFigures(y, first: first) else { return d }
            let last = p.end
            var lopend = NumberSet(upTo: keys.personCount)
            // Per kind (by its place in `allCases`), made at its first running placement.
            var perSoort = [NumberSet?](repeating: nil, count: PlacementKind.allCases.count)
            var urenSum = 0.0, runningCount = 0
            var doorstroom = NumberSet(upTo: keys.personCount), trialsEnded = NumberSet(upTo: keys.personCount)
            // The placements' fields read in place (issue 9: a copy of each placement per year
            // retained and released its texts).
            for i in all.indices {
                let person = keys.person[i]
                let soort = all[i].soort
                if running(i, on: last) {
                    lopend.insert(person)
                    let k = soort.ordinal
                    if perSoort[k] == nil { perSoort[k] = NumberSet(upTo: keys.personCount) }
                    perSoort[k]!.insert(person)
                    urenSum += all[i].urenPerWeek
                    runningCount += 1
                }
                if soort == .proefplaatsing, let e = all[i].einde, p.contains(e) {
                    trialsEnded.insert(person)
                    let ok = followUps[person].contains { s in
                        let gap = s - e
                        return gap >= 0 && gap <= 31 && s <= ds.info.peildatum
                    }
                    if ok { doorstroom.insert(person) }
                }
            }
            d.personenLopend = lopend.count
            // Trial placements that do not count for the quota: a reader knows at least
            // personen_lopend − quotum.personen persons have only a trial placement running.
            let trialsBound = ds.norms.proefplaatsingTeltMee ? 0 : max(0, lopend.count - (quotumPersons[y].flatMap { $0 } ?? 0))
            let breakdown = Disclosure.protect(
                PlacementKind.allCases.map { .init(name: $0.rawValue, personen: perSoort[$0.ordinal]?.count ?? 0, banen: nil) },
                minCellSize: m,
                fixed: .init(
                    joinsLast: PlacementKind.vast.rawValue,
                    boundedCell: ds.norms.proefplaatsingTeltMee ? nil : PlacementKind.proefplaatsing.rawValue,
                    lowerBound: trialsBound))
            d.perSoort = breakdown
            // The share vast is withheld with too few persons, or when it would reveal a grouped `vast`.
            if lopend.count >= m, lopend.count > 0, let vast = breakdown[PlacementKind.vast.rawValue] {
                d.waarde = Double(vast.personen) / Double(lopend.count) * 100
            }
            d.gemiddeldeUrenPerWeek = runningCount > 0 && lopend.count >= m ? urenSum / Double(runningCount) : nil
            d.doorstroom = doorstroom.count
            d.doorstroomAandeel = Disclosure.flow(ended: trialsEnded.count, movedOn: doorstroom.count, minCellSize: m)
            var instroom = 0, behouden = 0, bovInstroom = 0, bovBehouden = 0
            for (person, start) in firstStart.enumerated() where p.contains(start) {
                let anniversary = start.adding(days: 365)
                guard anniversary <= ds.info.peildatum else { continue }
                instroom += 1
                let stayed = byPerson[person].contains(where: { running($0, on: anniversary) })
                if stayed { behouden += 1 }
                if byPerson[person].contains(where: { all[$0].start == start && all[$0].bovenformatief }) {
                    bovInstroom += 1
                    if stayed { bovBehouden += 1 }
                }
            }
            d.behoud = Disclosure.retention(instroom: instroom, behouden: behouden, minCellSize: m)
            // The bovenformatief starters next to all starters: the rest (a difference) must not
            // be a small group either, or it could be recomputed.
            let rest = [instroom - bovInstroom, behouden - bovBehouden, (instroom - behouden) - (bovInstroom - bovBehouden)]
            if bovInstroom > 0, rest.contains(where: { Disclosure.isSmall($0, minCellSize: m) }) || Disclosure.isSmall(bovInstroom, minCellSize: m) {
                d.behoudBovenformatiefVerborgen = true
            } else {
                d.behoudBovenformatief = Disclosure.retention(instroom: bovInstroom, behouden: bovBehouden, minCellSize: m)
            }
            d.status = Thresholds.standard.judge(d.waarde, target: d.doel)
            return d
        }
        let reden: MissingReason? = ds.plaatsingen == nil ? .geenPlaatsingen : nil
        return result(.duurzaamheid, reden: reden, year: year, first: first, ds, make)
    }
}

extension PlacementKind {
    /// The place of the kind in `allCases`.
    var ordinal: Int {
        switch self {
        case .proefplaatsing: 0
        case .tijdelijk: 1
        case .vast: 2
        case .detachering: 3
        }
    }
}
