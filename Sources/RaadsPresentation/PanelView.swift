import RaadsMetrics

/// A focused view of one parameter (`weergave` in a dashboard file): a tile with its own
/// headline, chart and plain sentence, and a detail with the tables that belong to it. Used by
/// the "Opbrengst voor de gemeente" dashboard (issue 11); any dashboard file may use them.
public enum PanelView: String, Sendable, CaseIterable {
    /// SROI value by where the people behind it live (own residents, region, elsewhere).
    case woonplaats
    /// SROI value per hoofdonderdeel against the obligation.
    case hoofdonderdeel
    /// SROI per procedure and per department: where monitoring was missing.
    case procedure
    /// SROI per municipality of a shared regional register.
    case gemeente
    /// Retention after one year.
    case behoud
    /// Flow from trial placement to a contract.
    case doorstroom
    /// Placements above the staffing plan next to the fund meant to pay for them.
    case bovenformatief
    /// Doelmatigheid: the municipality's money as buyer and as employer, side by side.
    case doelmatigheid
    /// The rekenkamer's normenkader as a scorecard.
    case normenkader

    /// The parameter whose figures the view shows.
    public var parameter: ParameterID {
        switch self {
        case .woonplaats, .hoofdonderdeel, .procedure, .gemeente: .sroiRealisatie
        case .behoud, .doorstroom: .duurzaamheid
        case .bovenformatief: .quotum
        case .doelmatigheid: .fondsBovenformatief
        case .normenkader: .informatievoorziening
        }
    }

    public func title(_ l: Language) -> String {
        switch self {
        case .woonplaats: l.pick("SROI naar woonplaats", "SROI by place of residence")
        case .hoofdonderdeel: l.pick("SROI per hoofdonderdeel", "SROI per main component")
        case .procedure: l.pick("SROI per procedure en afdeling", "SROI per procedure and department")
        case .gemeente: l.pick("SROI per gemeente in de regio", "SROI per municipality in the region")
        case .behoud: l.pick("Behoud na een jaar", "Retention after a year")
        case .doorstroom: l.pick("Van proefplaatsing naar contract", "From trial placement to contract")
        case .bovenformatief: l.pick("Boven de formatie en het fonds", "Above the staffing plan and the fund")
        case .doelmatigheid: l.pick("Doelmatigheid: wat het geld oplevert", "Efficiency: what the money yields")
        case .normenkader: l.pick("Normenkader rekenkamer", "Audit office's norms")
        }
    }
}
