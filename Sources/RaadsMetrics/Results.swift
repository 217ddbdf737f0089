/// The seven council parameters, by the ids used everywhere (data contract, JSON, dashboards).
public enum ParameterID: String, Sendable, CaseIterable, Hashable {
    case quotum
    case duurzaamheid
    case fondsBovenformatief = "fonds_bovenformatief"
    case sroiRealisatie = "sroi_realisatie"
    case sroiNaleving = "sroi_naleving"
    case regioGarantiebanen = "regio_garantiebanen"
    case informatievoorziening

    /// The title the dashboard shows (and `summary --format json` prints as `titel`).
    public var titel: String {
        switch self {
        case .quotum: "Quotum banenafspraak"
        case .duurzaamheid: "Duurzaamheid van de banen"
        case .fondsBovenformatief: "Gebruik bovenformatief fonds"
        case .sroiRealisatie: "SROI-realisatie"
        case .sroiNaleving: "SROI-naleving"
        case .regioGarantiebanen: "Garantiebanen in de regio"
        case .informatievoorziening: "Informatie aan de raad"
        }
    }
}

/// Status words of data contract §4. Never shown by colour alone.
public enum Status: String, Sendable, CaseIterable {
    case opKoers = "op_koers"
    case risico
    case achter
    case onbekend
}

/// Status thresholds as shares of the target (contract §4 defaults: 100 % and 90 %).
public struct Thresholds: Equatable, Sendable {
    public var opKoers: Double
    public var risico: Double
    public init(opKoers: Double = 1.0, risico: Double = 0.9) {
        self.opKoers = opKoers
        self.risico = risico
    }
    public static let standard = Thresholds()

    /// Judges a value against a target; `onbekend` without either.
    public func judge(_ value: Double?, target: Double?) -> Status {
        guard let value, let target else { return .onbekend }
        if value >= target * opKoers { return .opKoers }
        if value >= target * risico { return .risico }
        return .achter
    }
}

/// One cell of a privacy-sensitive breakdown. `nil` figures mean suppressed (too few persons).
public struct BreakdownCell: Equatable, Sendable {
    public var personen: Int?
    public var banen: Double?
    public var isSuppressed: Bool { personen == nil }
    public init(personen: Int?, banen: Double?) {
        self.personen = personen
        self.banen = banen
    }
}

/// A breakdown keyed by name, in Unicode order of the names.
public struct Breakdown<Cell: Equatable & Sendable>: Equatable, Sendable {
    public var entries: [(name: String, cell: Cell)]
    public init(_ entries: [(name: String, cell: Cell)]) { self.entries = entries }
    public subscript(name: String) -> Cell? { entries.first { $0.name == name }?.cell }
    public var names: [String] { entries.map(\.name) }
    public static func == (a: Breakdown, b: Breakdown) -> Bool {
        a.entries.count == b.entries.count && zip(a.entries, b.entries).allSatisfy { $0.name == $1.name && $0.cell == $1.cell }
    }
}

/// A parameter's result: the selected year's figures plus the yearly series of the same shape.
public struct ParameterResult<Year: Sendable & Equatable>: Sendable, Equatable {
    public var id: ParameterID
    public var titel: String { id.titel }
    /// Why the figures are missing (a file was not delivered), or `nil`.
    public var reden: String?
    public var selected: Year
    public var reeks: [Year]
}

// MARK: - Per-parameter yearly figures

public struct QuotumYear: Sendable, Equatable {
    public var jaar: Int
    /// Realised in the target's unit (banen without a target). `nil` without data.
    public var waarde: Double?
    public var doel: Double?
    public var eenheid: QuotaUnit
    public var status: Status
    public var banen: Double?
    public var fte: Double?
    public var personen: Int?
    public var vastgesteldDoor: SetBy?
    /// The target's `bron` in doelen.csv.
    public var doelBron: String?
    /// Trial placements were counted (`normen.proefplaatsing_telt_mee`).
    public var proefplaatsingTeltMee: Bool
    /// What the legal (UWV) count would give, without trial placements, in banen.
    public var banenWettelijk: Double?
    public var gedeeltelijk: Bool
    public var perAfdeling: Breakdown<BreakdownCell>?
    public var perDoelgroep: Breakdown<BreakdownCell>?
}

public struct DuurzaamheidYear: Sendable, Equatable {
    public var jaar: Int
    /// Share (%) of the persons with a running placement who have a running `vast` one.
    public var waarde: Double?
    public var doel: Double?
    public var status: Status
    public var personenLopend: Int?
    public var personenVast: Int?
    /// Distinct persons per soort of running placement; `nil` cell = suppressed.
    public var perSoort: [(soort: PlacementKind, personen: Int?)]?
    public var gemiddeldeUrenPerWeek: Double?
    public var doorstroom: Int?
    public var gedeeltelijk: Bool
    public static func == (a: DuurzaamheidYear, b: DuurzaamheidYear) -> Bool {
        a.jaar == b.jaar && a.waarde == b.waarde && a.doel == b.doel && a.status == b.status
            && a.personenLopend == b.personenLopend && a.personenVast == b.personenVast
            && a.perSoort?.map(\.soort) == b.perSoort?.map(\.soort)
            && a.perSoort?.map(\.personen) == b.perSoort?.map(\.personen)
            && a.gemiddeldeUrenPerWeek == b.gemiddeldeUrenPerWeek && a.doorstroom == b.doorstroom
            && a.gedeeltelijk == b.gedeeltelijk
    }
}

public struct BudgetYear: Sendable, Equatable {
    public var begroting: Double
    public var uitgave: Double
}

public struct FondsResult: Sendable, Equatable {
    public var reden: String?
    public var begroot: Double?
    public var besteed: Double?
    public var benuttingPct: Double?
    public var status: Status
    /// Other posts: post → year → begroting vs uitgave.
    public var posten: [(post: String, jaren: [(jaar: Int, bedragen: BudgetYear)])]?
    /// The counted rows of the fund post, for the detail view.
    public var regels: [BudgetRow]
    public var titel: String { ParameterID.fondsBovenformatief.titel }
    public static func == (a: FondsResult, b: FondsResult) -> Bool {
        a.reden == b.reden && a.begroot == b.begroot && a.besteed == b.besteed
            && a.benuttingPct == b.benuttingPct && a.status == b.status && a.regels == b.regels
            && a.posten?.map(\.post) == b.posten?.map(\.post)
    }
}

/// SROI status of one contract (contract §3, first rule that applies).
public enum ContractStatus: String, Sendable, CaseIterable {
    case nietPlichtig = "niet_plichtig"
    case ontheffing
    case voldaanSebo = "voldaan_sebo"
    case voldaan
    case geenRegistratie = "geen_registratie"
    case nietVoldaan = "niet_voldaan"
    case loopt

    public var isPlichtig: Bool {
        switch self {
        case .voldaan, .geenRegistratie, .nietVoldaan, .loopt: true
        default: false
        }
    }
}

public struct ContractEvaluation: Sendable, Equatable {
    public var contract: Contract
    public var status: ContractStatus
    /// Applied percentage (incl. extra); `nil` when not plichtig.
    public var percentage: Double?
    public var verplichting: Double?
    /// Σ value of prestaties dated ≤ peildatum (also for non-plichtig contracts, listed only).
    public var gerealiseerd: Double
    public var geverifieerd: Double
    public var prestaties: Int
    public var loonsomOnbekend: Bool
    public var cohort: Int?
}

public struct SroiRealisatieYear: Sendable, Equatable {
    public var jaar: Int
    public var verplichting: Double?
    public var gerealiseerd: Double?
    public var gerealiseerdBegrensd: Double?
    public var geverifieerd: Double?
    /// Value registered on the cohort's contracts that are not plichtig (listed, not summed).
    public var nietPlichtigGerealiseerd: Double?
    public var realisatiePct: Double?
    public var status: Status
    public var gedeeltelijk: Bool
    /// The cohort's contracts with their evaluation (detail view, not in the JSON `detail`).
    public var contracten: [ContractEvaluation]?
}

public struct SroiNalevingYear: Sendable, Equatable {
    public var jaar: Int
    public var contracten: Int?
    public var plichtig: Int?
    public var geregistreerd: Int?
    public var afgelopen: Int?
    public var voldaan: Int?
    public var registratiePct: Double?
    public var nalevingsPct: Double?
    public var status: Status
    public var perStatus: [(status: ContractStatus, aantal: Int)]?
    public var gedeeltelijk: Bool
    public static func == (a: SroiNalevingYear, b: SroiNalevingYear) -> Bool {
        a.jaar == b.jaar && a.contracten == b.contracten && a.plichtig == b.plichtig
            && a.geregistreerd == b.geregistreerd && a.afgelopen == b.afgelopen && a.voldaan == b.voldaan
            && a.registratiePct == b.registratiePct && a.nalevingsPct == b.nalevingsPct && a.status == b.status
            && a.perStatus?.map(\.aantal) == b.perStatus?.map(\.aantal) && a.gedeeltelijk == b.gedeeltelijk
    }
}

public struct SectorFigures: Sendable, Equatable {
    public var doel: Double?
    public var gerealiseerd: Double?
}

public struct RegioYear: Sendable, Equatable {
    public var jaar: Int
    public var waarde: Double?
    public var doel: Double?
    public var status: Status
    public var perSector: [(sector: Sector, cijfers: SectorFigures)]?
    /// Distinct `bron` values of the year's rows.
    public var bronnen: [String] = []
    public static func == (a: RegioYear, b: RegioYear) -> Bool {
        a.jaar == b.jaar && a.waarde == b.waarde && a.doel == b.doel && a.status == b.status
            && a.perSector?.map(\.sector) == b.perSector?.map(\.sector)
            && a.perSector?.map(\.cijfers) == b.perSector?.map(\.cijfers)
    }
}

public struct InformatieYear: Sendable, Equatable {
    public var jaar: Int
    public var rapportages: Int?
    public var banenafspraak: Int?
    public var sroi: Int?
    public var banenafspraakCijfers: Int?
    public var sroiCijfers: Int?
    public var metCijfers: Int?
    public var status: Status
    /// The rapportages sociaal domein of the jaargang (detail view).
    public var rapportagesSociaalDomein: [Report]?
    /// Reports of other soorten in the jaargang (listed, not counted).
    public var overige: [Report]?
}

/// All seven parameters for one selected year (data contract §5).
public struct Summary: Sendable, Equatable {
    public var dataset: DatasetInfo
    public var jaar: Int
    /// The norms the figures were computed with (for caveats: hours per baan, grace period).
    public var norms: Norms
    /// Smallest group of persons shown (`privacy.min_celgrootte`).
    public var minCellSize: Int
    public var quotum: ParameterResult<QuotumYear>
    public var duurzaamheid: ParameterResult<DuurzaamheidYear>
    public var fonds: FondsResult
    public var sroiRealisatie: ParameterResult<SroiRealisatieYear>
    public var sroiNaleving: ParameterResult<SroiNalevingYear>
    public var regio: ParameterResult<RegioYear>
    public var informatie: ParameterResult<InformatieYear>
    /// Warnings of loading and of data quality, as printed diagnostics.
    public var waarschuwingen: [String]
    /// The latest value per kengetal up to the peildatum (sorted by kengetal).
    public var kengetallen: [KeyFigure]?

    /// Whether `year`'s figures cover only part of it (see `DatasetInfo.isPartial`).
    public func isPartial(_ year: Int) -> Bool { dataset.isPartial(year) }
}
