/// The validated contents of a dataset folder (data contract §2 and §3).
///
/// Every file is optional: `nil` means the file was not delivered ("geen gegevens"), an empty
/// array means it was delivered without rows.
public struct Dataset: Sendable {
    public var info: DatasetInfo
    public var norms: Norms
    public var minCellSize: Int
    public var doelen: [Target]?
    public var plaatsingen: [Placement]?
    public var budget: [BudgetRow]?
    public var contracten: [Contract]?
    public var bouwblokken: [BuildingBlock]?
    public var prestaties: Prestaties?
    public var rapportages: [Report]?
    public var regio: [RegionRow]?
    public var kengetallen: [KeyFigure]?
    /// The griffie's judgements on the rekenkamer's norms (`normenkader.csv`, optional, issue 11).
    public var normenkader: [NormJudgement]? = nil

    public init(info: DatasetInfo, norms: Norms = Norms(), minCellSize: Int = 5) {
        self.info = info
        self.norms = norms
        self.minCellSize = minCellSize
    }

    /// The period `P(Y) = [Y-01-01, min(Y-12-31, peildatum)]`, or `nil` for a year after the
    /// peildatum's year.
    public func period(_ year: Int) -> Period? {
        guard year <= info.peildatum.year else { return nil }
        return Period(start: .firstOfYear(year), end: min(.lastOfYear(year), info.peildatum))
    }

    /// True when the year's period stops before 31 December (the peildatum's year, usually).
    public func isPartial(_ year: Int) -> Bool { info.isPartial(year) }
}

public struct DatasetInfo: Equatable, Sendable {
    public var naam: String
    public var peildatum: Day
    public var fictief: Bool
    public var arbeidsmarktregio: String?
    public var bron: String?
    /// `[sroi] woonplaatsen_gemeente` (v1.2): residents of the municipality itself; `nil` when
    /// the key is absent (the per-woonplaats breakdown is then `null`).
    public var woonplaatsenGemeente: [String]?
    /// `[sroi] woonplaatsen_regio` (v1.2): the rest of the region.
    public var woonplaatsenRegio: [String] = []
    /// True for the peildatum's year when the peildatum is before 31 December: the period of
    /// that year is partial and must be labelled as such wherever it is shown.
    public func isPartial(_ year: Int) -> Bool {
        year == peildatum.year && peildatum < Day.lastOfYear(year)
    }

    public init(naam: String, peildatum: Day, fictief: Bool, arbeidsmarktregio: String? = nil, bron: String? = nil) {
        self.naam = naam
        self.peildatum = peildatum
        self.fictief = fictief
        self.arbeidsmarktregio = arbeidsmarktregio
        self.bron = bron
    }
}

/// `[normen]` of dataset.toml, with the contract's defaults.
public struct Norms: Equatable, Sendable {
    public var urennorm = 25.5
    public var fteUren = 36.0
    public var sroiPercentage = 5.0
    public var sroiPercentageLaag = 2.0
    public var loonsomDrempel = 0.30
    public var seboTeltAlsVoldaan = true
    public var registratieTermijnDagen = 90
    public var proefplaatsingTeltMee = false
    /// `[normen.pso_korting]` (v1.2): share of the SROI obligation waived per PSO level, 0–1.
    public var psoKorting: [PSOLevel: Double] = [:]
    public init() {}

    /// The discount for a contract's PSO level (0 without a level or without a configured share).
    public func korting(_ level: PSOLevel?) -> Double {
        guard let level else { return 0 }
        return psoKorting[level] ?? 0
    }
}

/// Prestatieladder Socialer Ondernemen level of a supplier at award (v1.2, `pso_trede`).
public enum PSOLevel: String, Sendable, CaseIterable, Hashable {
    case aspirant
    case trede1 = "1"
    case trede2 = "2"
    case trede3 = "3"

    /// The key in `[normen.pso_korting]`.
    public var normKey: String {
        switch self {
        case .aspirant: "aspirant"
        case .trede1: "trede1"
        case .trede2: "trede2"
        case .trede3: "trede3"
        }
    }
}

public enum QuotaUnit: String, Sendable, CaseIterable {
    case banen, fte, personen
}

public enum SetBy: String, Sendable, CaseIterable {
    case ambtelijk, college, raad
}

public struct Target: Sendable, Equatable {
    public var line: Int
    public var jaar: Int
    public var indicator: String
    public var doel: Double
    public var eenheid: QuotaUnit
    public var vastgesteldDoor: SetBy
    public var bron: String?
    public var toelichting: String?
}

public enum PlacementKind: String, Sendable, CaseIterable {
    case proefplaatsing, tijdelijk, vast, detachering
}

public enum TargetGroup: String, Sendable, CaseIterable {
    case wajong, wsw, participatiewet, doelgroepregister
}

public struct Placement: Sendable, Equatable {
    public var line: Int
    public var id: String
    public var persoon: String
    public var afdeling: String
    public var soort: PlacementKind
    public var start: Day
    public var einde: Day?
    public var urenPerWeek: Double
    public var bovenformatief: Bool
    public var doelgroep: TargetGroup?
}

public enum BudgetKind: String, Sendable, CaseIterable {
    case begroting, uitgave
}

public struct BudgetRow: Sendable, Equatable {
    public var line: Int
    public var jaar: Int
    /// Lower-cased identifier.
    public var post: String
    public var soort: BudgetKind
    public var bedrag: Double
    public var omschrijving: String?
    public var datum: Day?
}

public enum Procedure: String, Sendable, CaseIterable {
    case enkelvoudigOnderhands = "enkelvoudig_onderhands"
    case meervoudigOnderhands = "meervoudig_onderhands"
    case nationaal, europees
}

public enum ContractCategory: String, Sendable, CaseIterable {
    case werken, diensten, leveringen
}

public struct Contract: Sendable, Equatable {
    public var line: Int
    public var id: String
    public var omschrijving: String?
    public var afdeling: String?
    public var opdrachtnemer: String?
    public var gemeente: String?
    public var procedure: Procedure
    public var categorie: ContractCategory
    public var gunningsdatum: Day
    public var einddatum: Day?
    public var aanneemsom: Double
    public var loonsom: Double?
    public var seboKeurmerk: Bool
    public var ontheffing: Bool
    public var extraPercentage: Double
    /// The supplier's PSO level at award (v1.2); `nil` = none.
    public var psoTrede: PSOLevel? = nil
}

public enum BlockPart: String, Sendable, CaseIterable {
    case banen, ontwikkeling, maatschappelijk
}

public enum BlockUnit: String, Sendable, CaseIterable {
    case jaar, maand, uur, stuk, euro
}

public struct BuildingBlock: Sendable, Equatable {
    public var line: Int
    public var code: String
    public var omschrijving: String
    public var hoofdonderdeel: BlockPart
    public var eenheid: BlockUnit
    public var waarde: Double
}

public struct Performance: Sendable, Equatable {
    public var line: Int
    public var id: String
    public var contractID: String
    public var bouwblok: String
    public var datum: Day
    public var aantal: Double
    public var geverifieerd: Bool
    public var woonplaats: String?
}

public enum ReportKind: String, Sendable, CaseIterable {
    case rapportageSociaalDomein = "rapportage_sociaal_domein"
    case jaarstukken, raadsinformatiebrief, overig
}

public enum Coverage: String, Sendable, CaseIterable {
    case geen, kwalitatief, cijfers
}

public struct Report: Sendable, Equatable {
    public var line: Int
    public var id: String
    public var titel: String
    public var datum: Day
    public var jaargang: Int
    public var soort: ReportKind
    public var banenafspraak: Coverage
    public var sroi: Coverage
    public var budget: Bool
}

public enum Sector: String, Sendable, CaseIterable {
    case markt, overheid
}

public struct RegionRow: Sendable, Equatable {
    public var line: Int
    public var arbeidsmarktregio: String
    public var jaar: Int
    public var sector: Sector
    public var doel: Double?
    public var gerealiseerd: Double?
    public var bron: String?
}

public struct KeyFigure: Sendable, Equatable {
    public var line: Int
    public var datum: Day
    /// Lower-cased identifier.
    public var kengetal: String
    public var waarde: Double
    public var eenheid: String?
    public var bron: String?
}

/// The griffie's judgement on one norm of the rekenkamer's normenkader in one year
/// (`normenkader.csv`, an optional extension of the data format).
public struct NormJudgement: Sendable, Equatable {
    public enum Verdict: String, Sendable, CaseIterable {
        case voldaan, deels
        case nietVoldaan = "niet_voldaan"
    }
    public var line: Int
    /// A known norm id (`NormJudgement.knownNorms`).
    public var norm: String
    public var jaar: Int
    public var oordeel: Verdict
    public var datum: Day
    public var toelichting: String?

    /// The norm ids of the Zoetermeer rekenkamer's normenkader (2021), in its order, plus the
    /// two its recommendations add (central procurement register, verified results).
    public static let knownNorms = [
        "beleidskader", "doelen_smart",
        "taken_belegd", "taken_uitgevoerd", "tevredenheid",
        "resultaten_conform_doelen", "doelen_behaald", "inzicht_budget_realisatie", "budget_toereikend", "besteding_in_verhouding",
        "doeltreffend_doelmatig",
        "afspraken_raad_college", "raad_jaarlijks_geinformeerd", "raad_in_positie", "raad_controleert",
        "monitoring", "robuust",
        "inkoopregister", "geverifieerde_resultaten",
    ]
}
