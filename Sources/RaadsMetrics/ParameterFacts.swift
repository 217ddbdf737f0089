/// The facts about each of the seven parameters, in one table (issue 13): its titles in both
/// languages, the data files it is computed from, the breakdowns its detail view offers (the
/// keys a dashboard file picks with `uitsplitsingen`). Screens,
/// exports, the refusal report and the dashboard-file checks read it from here; an eighth
/// parameter adds one row.
public struct ParameterFacts: Sendable {
    public let titleNL: String
    public let titleEN: String
    /// The data files the figures come from (a refused row in one of them affects the parameter).
    public let inputFiles: [String]
    /// The breakdowns of the detail view, in the order shown.
    public let breakdownKeys: [String]
}

extension ParameterID {
    public var facts: ParameterFacts {
        switch self {
        case .quotum:
            ParameterFacts(
                titleNL: "Quotum banenafspraak", titleEN: "Job agreement quota",
                inputFiles: ["doelen.csv", "plaatsingen.csv"],
                breakdownKeys: ["per_afdeling", "per_doelgroep", "bovenformatief", "regels"])
        case .duurzaamheid:
            ParameterFacts(
                titleNL: "Duurzaamheid van de banen", titleEN: "Lasting jobs",
                inputFiles: ["plaatsingen.csv"],
                breakdownKeys: ["per_soort", "behoud"])
        case .fondsBovenformatief:
            ParameterFacts(
                titleNL: "Gebruik bovenformatief fonds", titleEN: "Use of the supernumerary fund",
                inputFiles: ["budget.csv"],
                breakdownKeys: ["regels", "posten", "per_plaatsing", "banenafspraak"])
        case .sroiRealisatie:
            ParameterFacts(
                titleNL: "SROI-realisatie", titleEN: "SROI realisation",
                inputFiles: ["contracten.csv", "bouwblokken.csv", "sroi_prestaties.csv"],
                breakdownKeys: ["per_contract", "per_hoofdonderdeel", "per_woonplaats", "per_procedure", "per_afdeling", "per_gemeente", "doelmatigheid"])
        case .sroiNaleving:
            ParameterFacts(
                titleNL: "SROI-naleving", titleEN: "SROI compliance",
                inputFiles: ["contracten.csv", "bouwblokken.csv", "sroi_prestaties.csv"],
                breakdownKeys: ["per_status", "sebo"])
        case .regioGarantiebanen:
            ParameterFacts(
                titleNL: "Garantiebanen in de regio", titleEN: "Guaranteed jobs in the region",
                inputFiles: ["regio.csv"],
                breakdownKeys: ["per_sector"])
        case .informatievoorziening:
            ParameterFacts(
                titleNL: "Informatie aan de raad", titleEN: "Information to the council",
                inputFiles: ["rapportages.csv"],
                breakdownKeys: ["rapportages", "overige", "normenkader"])
        }
    }
}
