/// `quotum` (contract §3 plaatsingen.csv): the municipality's realised banenafspraak jobs
/// against its target, with the protected breakdowns per department and doelgroep.
extension Metrics {
    static func quotaTargets(_ ds: Dataset) -> [Int: Target] {
        var out: [Int: Target] = [:]
        for t in ds.doelen ?? [] where t.indicator == "quotum_banenafspraak" && t.jaar <= ds.info.peildatum.year && out[t.jaar] == nil {
            out[t.jaar] = t
        }
        return out
    }

    static func quotumFirstYear(_ ds: Dataset, _ index: Index) -> Int? {
        [index.placementFirstYear, quotaTargets(ds).keys.min()].compactMap { $0 }.min()
    }

    struct Realised {
        var uren = 0.0
        var urenWettelijk = 0.0
        var personen = 0
        var perAfdeling: GroupedBreakdown
        var perDoelgroep: GroupedBreakdown
        var bovenformatief: TwoWaySplit
    }

    /// The yearly average over P(Y) of the counted placements (§3), and its breakdowns.
    /// `keys` numbers the placements' persons and groups (`Index.placementKeys`).
    static func realised(_ ds: Dataset, _ placements: [Placement], _ keys: PlacementKeys, _ p: Period) -> Realised {
        var uren = 0.0, wettelijk = 0.0
        var persons = NumberSet(upTo: keys.personCount)
        /// Per group (by number): whether it has a counted placement, its hours and its distinct
        /// persons (the pairs group × person seen).
        struct Groups {
            var present: [Bool]
            var uren: [Double]
            var persons: [Int]
            var pairs = Set<Int>()
            init(_ n: Int) {
                present = [Bool](repeating: false, count: n)
                uren = [Double](repeating: 0, count: n)
                persons = [Int](repeating: 0, count: n)
            }
            mutating func add(_ g: Int, person: Int, personCount: Int, uren u: Double) {
                present[g] = true
                uren[g] += u
                if pairs.insert(g * personCount + person).inserted { persons[g] += 1 }
            }
        }
        var afd = Groups(keys.afdelingNames.count), groep = Groups(keys.groepNames.count)
        var boven = (persons: NumberSet(upTo: keys.personCount), uren: 0.0)
        let days = Double(p.days)
        // The placements' fields read in place (issue 9: a copy of each retained its texts).
        for i in placements.indices {
            let overlap = p.overlap(from: placements[i].start, to: placements[i].einde)
            guard overlap > 0 else { continue }
            let u = placements[i].urenPerWeek * Double(overlap) / days
            let soort = placements[i].soort
            if soort != .proefplaatsing { wettelijk += u }
            guard soort != .proefplaatsing || ds.norms.proefplaatsingTeltMee else { continue }
            uren += u
            let person = keys.person[i]
            persons.insert(person)
            afd.add(keys.afdeling[i], person: person, personCount: keys.personCount, uren: u)
            groep.add(keys.groep[i], person: person, personCount: keys.personCount, uren: u)
            if placements[i].bovenformatief {
                boven.persons.insert(person)
                boven.uren += u
            }
        }
        func protect(_ cells: Groups, _ names: [String]) -> GroupedBreakdown {
            let raw = names.indices.filter { cells.present[$0] }.sorted { unicodeLess(names[$0], names[$1]) }.map { g in
                Disclosure.RawCell(name: names[g], personen: cells.persons[g], banen: cells.uren[g] / ds.norms.urennorm)
            }
            return Disclosure.protect(raw, minCellSize: ds.minCellSize)
        }
        return Realised(
            uren: uren, urenWettelijk: wettelijk, personen: persons.count, perAfdeling: protect(afd, keys.afdelingNames),
            perDoelgroep: protect(groep, keys.groepNames),
            bovenformatief: Disclosure.split(
                part: boven.persons.count, banen: boven.uren / ds.norms.urennorm, total: persons.count,
                minCellSize: ds.minCellSize))
    }

    static func quotum(_ ds: Dataset, _ index: Index, year: Int) -> ParameterResult<QuotumYear> {
        let targets = quotaTargets(ds)
        let first = quotumFirstYear(ds, index)
        func make(_ y: Int) -> QuotumYear {
            let t = targets[y]
            let unit = t?.eenheid ?? .banen
            var q = QuotumYear(
                jaar: y, waarde: nil, doel: t?.doel, eenheid: unit, status: .onbekend, banen: nil, fte: nil, personen: nil,
                vastgesteldDoor: t?.vastgesteldDoor, doelBron: t?.bron, proefplaatsingTeltMee: ds.norms.proefplaatsingTeltMee,
                banenWettelijk: nil, gedeeltelijk: ds.isPartial(y), perAfdeling: nil, perDoelgroep: nil, bovenformatief: nil)
            guard let placements = index.placements, let p = ds.period(y), hasFigures(y, first: first) else { return q }
            let r = realised(ds, placements, index.placementKeys, p)
            q.banen = r.uren / ds.norms.urennorm
            q.fte = r.uren / ds.norms.fteUren
            q.personen = r.personen
            q.banenWettelijk = r.urenWettelijk / ds.norms.urennorm
            q.perAfdeling = r.perAfdeling
            q.perDoelgroep = r.perDoelgroep
            q.bovenformatief = r.bovenformatief
            switch unit {
            case .banen: q.waarde = q.banen
            case .fte: q.waarde = q.fte
            case .personen: q.waarde = Double(r.personen)
            }
            q.status = Thresholds.standard.judge(q.waarde, target: q.doel)
            return q
        }
        // `reden` only for a missing value (v1.2): without targets the value exists, in banen.
        let reden: MissingReason? = ds.plaatsingen == nil ? .geenPlaatsingen : nil
        // Targets alone make no series: without plaatsingen.csv the reeks is empty (§5).
        return result(.quotum, reden: reden, year: year, first: first, ds, withSeries: index.placements != nil, make)
    }
}
