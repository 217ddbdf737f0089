/// The seven council parameters, by the ids used everywhere (data contract, JSON, dashboards).
public enum ParameterID: String, Sendable, CaseIterable, Hashable {
    case quotum
    case duurzaamheid
    case fondsBovenformatief = "fonds_bovenformatief"
    case sroiRealisatie = "sroi_realisatie"
    case sroiNaleving = "sroi_naleving"
    case regioGarantiebanen = "regio_garantiebanen"
    case informatievoorziening

    /// The Dutch title (`summary --format json` prints it as `titel`); see `facts`.
    public var titel: String { facts.titleNL }
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

/// Why a parameter's headline figure is missing (contract §5 `reden`). The JSON's Dutch wording
/// lives in `SummaryJSON`; the screens' wording in both languages in the presentation layer.
public enum MissingReason: String, Sendable, CaseIterable {
    case geenPlaatsingen
    case geenFondsBegroting
    case geenFondsUitgaven
    case geenInkoopregister
    case geenRegiocijfers
    case geenArbeidsmarktregio
    case geenRapportages
}

/// A parameter's result: the selected year's figures plus the yearly series of the same shape.
public struct ParameterResult<Year: Sendable & Equatable>: Sendable, Equatable {
    public var id: ParameterID
    public var titel: String { id.titel }
    /// Why the figures are missing (a file was not delivered), or `nil`.
    public var reden: MissingReason?
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
    /// Persons and banen per department, after disclosure control (§5 Privacy).
    public var perAfdeling: GroupedBreakdown?
    /// Persons and banen per doelgroep (`onbekend` without one), after disclosure control.
    public var perDoelgroep: GroupedBreakdown?
    /// Counted placements above the staffing plan (v1.2); figures `nil` when too few persons.
    public var bovenformatief: TwoWaySplit?
}

/// Persons and banen of one part of a two-way split (`quotum.detail.bovenformatief`); both `nil`
/// when the part or the rest would be a group of 1 … m − 1 persons.
public struct TwoWaySplit: Sendable, Equatable {
    public var personen: Int?
    public var banen: Double?
    public init(personen: Int?, banen: Double?) {
        self.personen = personen
        self.banen = banen
    }
}

/// Retention of new employees after one year (`duurzaamheid.detail.behoud`, v1.2).
public struct Retention: Sendable, Equatable {
    /// Persons whose first start lies in the year and whose first anniversary has passed.
    public var instroom: Int
    /// Of them, still employed on the anniversary; `nil` when a group would be too small.
    public var behouden: Int?
    public var behoudPct: Double?
    public init(instroom: Int, behouden: Int?, behoudPct: Double?) {
        self.instroom = instroom
        self.behouden = behouden
        self.behoudPct = behoudPct
    }
}

public struct DuurzaamheidYear: Sendable, Equatable {
    public var jaar: Int
    /// Share (%) of the persons with a running placement who have a running `vast` one.
    public var waarde: Double?
    public var doel: Double?
    public var status: Status
    public var personenLopend: Int?
    /// Distinct persons per soort of running placement, after disclosure control; the cell
    /// names are the `PlacementKind` raw values.
    public var perSoort: GroupedBreakdown?
    public var gemiddeldeUrenPerWeek: Double?
    public var doorstroom: Int?
    /// Retention after one year of the persons who started in this year (v1.2).
    public var behoud: Retention?
    public var gedeeltelijk: Bool
    /// Retention of the starters whose first placement was above the staffing plan (issue 11):
    /// `nil` without placements or when `behoudBovenformatiefVerborgen`.
    public var behoudBovenformatief: Retention? = nil
    /// The split into bovenformatief and other starters would show a group of 1 … m − 1.
    public var behoudBovenformatiefVerborgen = false
    /// The flow from trial placement to a contract as a share (issue 11), not in the JSON.
    public var doorstroomAandeel: FlowShare? = nil
}

/// Of the persons whose trial placement ended in the year, how many moved on to a `tijdelijk`
/// or `vast` contract within 31 days (`doorstroom`). `beeindigd` and the share are `nil` when
/// they would show a group of 1 … m − 1 (the persons who did not move on).
public struct FlowShare: Sendable, Equatable {
    public var beeindigd: Int?
    public var doorstroomPct: Double?
    public init(beeindigd: Int?, doorstroomPct: Double?) {
        self.beeindigd = beeindigd
        self.doorstroomPct = doorstroomPct
    }
}

/// One year of a budget post: the sums of its counted rows per soort, `nil` when the post has
/// no counted row of that soort (never 0 for "not delivered").
public struct BudgetYear: Sendable, Equatable {
    public var jaar: Int
    public var begroting: Double?
    public var uitgave: Double?
}

/// A budget post other than the fund, per year.
public struct BudgetPost: Sendable, Equatable {
    /// Lower-cased identifier (`social_return_team`, `banenafspraak`, …).
    public var post: String
    public var jaren: [BudgetYear]
}

public struct FondsResult: Sendable, Equatable {
    public var reden: MissingReason?
    public var begroot: Double?
    public var besteed: Double?
    public var benuttingPct: Double?
    public var status: Status
    /// Other posts: per post and year, begroting vs uitgave.
    public var posten: [BudgetPost]?
    /// The counted rows of the fund post, for the detail view.
    public var regels: [BudgetRow]
    public var titel: String { ParameterID.fondsBovenformatief.titel }
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
    /// The capped percentage over the cohort's ended plichtig contracts (v1.2): the status.
    public var realisatieAfgerondPct: Double?
    public var status: Status
    public var gedeeltelijk: Bool
    /// The cohort's plichtig contracts that have not ended: obligation and capped realisation.
    public var lopend: RunningContracts?
    /// The v1.2 breakdowns of the cohort.
    public var detail: SroiDetail?
    /// The cohort's contracts with their evaluation (detail view, not in the JSON `detail`).
    public var contracten: ContractList?
}

/// Some of a dataset's contract evaluations, in order: a view of the one array of all of them,
/// not a copy (issue 9: every cohort copied its evaluations, each with all its contract's
/// texts, for every summary). A collection like an array of them; `[]` is an empty one.
public struct ContractList: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable, Equatable {
    /// What a selection of contracts is made on, for every evaluation side by side with it:
    /// `filter(byFacts:)` reads these few bytes instead of each contract (issue 9: the questions
    /// pick a few contracts out of a region's 50,000, and reading each one missed the cache).
    public struct Facts: Sendable, Equatable {
        public var status: ContractStatus
        public var loonsomOnbekend: Bool
        /// At least one counted prestatie (`prestaties > 0`).
        public var heeftPrestaties: Bool
        /// An obligation above zero (`(verplichting ?? 0) > 0`).
        public var heeftVerplichting: Bool

        public init(_ e: ContractEvaluation) {
            status = e.status
            loonsomOnbekend = e.loonsomOnbekend
            heeftPrestaties = e.prestaties > 0
            heeftVerplichting = (e.verplichting ?? 0) > 0
        }
    }

    private let all: [ContractEvaluation]
    /// `facts[i]` is `Facts(all[i])`.
    private let facts: [Facts]
    private let members: [Int]

    /// `all[members[0]]`, `all[members[1]]`, …; `facts[i]` must be `Facts(all[i])`.
    init(_ all: [ContractEvaluation], facts: [Facts], members: [Int]) {
        self.all = all
        self.facts = facts
        self.members = members
    }

    public init(arrayLiteral elements: ContractEvaluation...) {
        all = elements
        facts = elements.map(Facts.init)
        members = Array(elements.indices)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { members.count }
    public subscript(i: Int) -> ContractEvaluation { all[members[i]] }

    /// The contracts whose facts `include` accepts, in order: a view of the same evaluations.
    public func filter(byFacts include: (Facts) -> Bool) -> ContractList {
        ContractList(all, facts: facts, members: members.filter { include(facts[$0]) })
    }

    /// How many contracts' facts `include` accepts.
    public func count(byFacts include: (Facts) -> Bool) -> Int {
        var n = 0
        for m in members where include(facts[m]) { n += 1 }
        return n
    }

    public static func == (a: ContractList, b: ContractList) -> Bool { a.elementsEqual(b) }
}

/// Plichtig contracts of a cohort that are still running on the peildatum.
public struct RunningContracts: Sendable, Equatable {
    public var contracten: Int
    public var verplichting: Double
    /// Σ min(gerealiseerd, verplichting) per running contract.
    public var gerealiseerdBegrensd: Double
}

/// SROI value per hoofdonderdeel of the bouwblokken (all three, 0 shown).
public struct PartValues: Sendable, Equatable {
    public var banen = 0.0
    public var ontwikkeling = 0.0
    public var maatschappelijk = 0.0
    public subscript(part: BlockPart) -> Double {
        get {
            switch part {
            case .banen: banen
            case .ontwikkeling: ontwikkeling
            case .maatschappelijk: maatschappelijk
            }
        }
        set {
            switch part {
            case .banen: banen = newValue
            case .ontwikkeling: ontwikkeling = newValue
            case .maatschappelijk: maatschappelijk = newValue
            }
        }
    }
}

/// Where the people behind the SROI value live, by the prestatie's `woonplaats`.
public enum ResidenceClass: String, Sendable, CaseIterable {
    case gemeente, regio, elders, onbekend
}

/// SROI value per residence class (all four, 0 shown).
public struct ResidenceValues: Sendable, Equatable {
    public var values: [ResidenceClass: Double] = [:]
    public subscript(c: ResidenceClass) -> Double {
        get { values[c] ?? 0 }
        set { values[c] = newValue }
    }
    public var total: Double { ResidenceClass.allCases.reduce(0) { $0 + self[$1] } }
}

/// Obligation and (uncapped) realisation of the contracts that share a procedure, department or
/// municipality.
public struct ObligationGroup: Sendable, Equatable {
    public var naam: String
    public var verplichting: Double
    public var gerealiseerd: Double
    public var contracten: Int
    /// The group of contracts without a value (named `Metrics.unknownGroup` in the JSON).
    public var isUnknown: Bool { naam == Metrics.unknownGroup }
}

/// Value of verified social return per euro spent on the social-return team, in calendar year Y.
public struct Efficiency: Sendable, Equatable {
    public var geverifieerdInJaar: Double
    /// The counted `uitgave` of post `social_return_team` in the year; `nil` without one.
    public var kostenTeam: Double?
    public var opbrengstPerEuro: Double?
}

/// The v1.2 breakdowns of an SROI cohort (`sroi_realisatie.detail`).
public struct SroiDetail: Sendable, Equatable {
    public var perHoofdonderdeel: PartValues
    /// `nil` when dataset.toml names no `woonplaatsen_gemeente`.
    public var perWoonplaats: ResidenceValues?
    /// The same split over the *verified* prestaties only (issue 11: the yield for the
    /// municipality's own residents, as accounted for). Not in the JSON, which follows the
    /// contract's `per_woonplaats`; `nil` when `perWoonplaats` is.
    public var perWoonplaatsGeverifieerd: ResidenceValues? = nil
    public var perProcedure: [ObligationGroup]
    public var perAfdeling: [ObligationGroup]
    public var perGemeente: [ObligationGroup]
    public var doelmatigheid: Efficiency
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
    /// Contracts per status, all seven in `ContractStatus` order.
    public var perStatus: [StatusCount]?
    public var gedeeltelijk: Bool
}

public struct StatusCount: Sendable, Equatable {
    public var status: ContractStatus
    public var aantal: Int
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
    /// The sectors with rows in the year.
    public var perSector: [SectorRow]?
    /// Distinct `bron` values of the year's rows.
    public var bronnen: [String] = []
}

public struct SectorRow: Sendable, Equatable {
    public var sector: Sector
    public var cijfers: SectorFigures
}

public struct InformatieYear: Sendable, Equatable {
    public var jaar: Int
    public var rapportages: Int?
    public var banenafspraak: Int?
    public var sroi: Int?
    public var banenafspraakCijfers: Int?
    public var sroiCijfers: Int?
    public var metCijfers: Int?
    /// Reports that carried budget figures (`budget = ja`, v1.2).
    public var metBudget: Int?
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
    /// Warnings of loading and of data quality (`description` prints them as `file:line:col`).
    public var waarschuwingen: [Diagnostic]
    /// The latest value per kengetal up to the peildatum (sorted by kengetal).
    public var kengetallen: [KeyFigure]?
    /// The quota "als er niets verandert" to 31 December, for the peildatum's partial year (issue 12).
    public var quotumProjectie: QuotumProjection? = nil
    /// The griffie's judgements on the normenkader (`normenkader.csv`), `nil` when not delivered.
    public var normenkader: [NormJudgement]? = nil
    /// The years a user can select (`Metrics.selectableYears`): from the earliest first year of
    /// any parameter up to the peildatum's year.
    public var jaren: ClosedRange<Int> = 0...0

    /// Whether `year`'s figures cover only part of it (see `DatasetInfo.isPartial`).
    public func isPartial(_ year: Int) -> Bool { dataset.isPartial(year) }
}
