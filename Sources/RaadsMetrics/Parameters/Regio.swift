/// `regio_garantiebanen` (contract §3 regio.csv): the labour-market region's guaranteed jobs
/// against its indicative targets.
extension Metrics {
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
            guard let rows, ds.period(y) != nil, hasFigures(y, first: first) else { return r }
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
                return list.isEmpty ? nil : SectorRow(sector: s, cijfers: SectorFigures(doel: total(list, \.doel), gerealiseerd: total(list, \.gerealiseerd)))
            }
            return r
        }
        let reden: MissingReason? = ds.regio == nil ? .geenRegiocijfers : (ds.info.arbeidsmarktregio == nil ? .geenArbeidsmarktregio : nil)
        return result(.regioGarantiebanen, reden: reden, year: year, first: first, ds, make)
    }
}
