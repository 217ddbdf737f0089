/// `informatievoorziening` (contract §3 rapportages.csv): did the council's reports carry
/// figures on realisation and budget.
extension Metrics {
    static func infoFirstYear(_ ds: Dataset) -> Int? {
        ds.rapportages?.map(\.jaargang).filter { $0 <= ds.info.peildatum.year }.min()
    }

    static func informatie(_ ds: Dataset, year: Int) -> ParameterResult<InformatieYear> {
        let first = infoFirstYear(ds)
        func make(_ y: Int) -> InformatieYear {
            var i = InformatieYear(
                jaar: y, rapportages: nil, banenafspraak: nil, sroi: nil, banenafspraakCijfers: nil, sroiCijfers: nil,
                metCijfers: nil, metBudget: nil, status: .onbekend, rapportagesSociaalDomein: nil, overige: nil)
            guard let reports = ds.rapportages, ds.period(y) != nil, hasFigures(y, first: first) else { return i }
            let ofYear = reports.filter { $0.jaargang == y }.sorted { ($0.datum, $0.line) < ($1.datum, $1.line) }
            let rsd = ofYear.filter { $0.soort == .rapportageSociaalDomein }
            let cijfersBanen = rsd.filter { $0.banenafspraak == .cijfers }.count
            let cijfersSroi = rsd.filter { $0.sroi == .cijfers }.count
            let budget = rsd.filter(\.budget).count
            i.rapportages = rsd.count
            i.banenafspraak = rsd.filter { $0.banenafspraak != .geen }.count
            i.sroi = rsd.filter { $0.sroi != .geen }.count
            i.banenafspraakCijfers = cijfersBanen
            i.sroiCijfers = cijfersSroi
            i.metCijfers = rsd.filter { $0.banenafspraak == .cijfers || $0.sroi == .cijfers }.count
            i.metBudget = budget
            // The norm: the council hears at least yearly about realisation, budget and spending.
            switch [cijfersBanen > 0, cijfersSroi > 0, budget > 0].filter({ $0 }).count {
            case 3: i.status = .opKoers
            case 0: i.status = .achter
            default: i.status = .risico
            }
            i.rapportagesSociaalDomein = rsd
            i.overige = ofYear.filter { $0.soort != .rapportageSociaalDomein }
            return i
        }
        let reden: MissingReason? = ds.rapportages == nil ? .geenRapportages : nil
        return result(.informatievoorziening, reden: reden, year: year, first: first, ds, make)
    }
}
