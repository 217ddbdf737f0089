import RaadsMetrics

/// Turns a `Summary` into worded, formatted tiles and detail views (Dutch or English).
/// Shared by the terminal interface, the text summary and the export. What is particular to one
/// parameter lives in its own file under `Parameters/` (`ParameterPresentation`); this file and
/// `Presenter+Detail.swift` hold what all of them share.
public enum Presenter {
    public static func tiles(_ s: Summary, language l: Language) -> [Tile] {
        ParameterID.allCases.map { tile($0, s, language: l) }
    }

    public static func tile(_ id: ParameterID, _ s: Summary, language l: Language) -> Tile {
        id.presentation.tile(s, l)
    }

    /// Why a parameter's figures are missing, worded for the screen in either language.
    public static func translate(reden: MissingReason?, _ l: Language) -> String? {
        guard let reden else { return nil }
        return switch reden {
        case .geenPlaatsingen: l.pick("geen plaatsingen aangeleverd", "no placements delivered")
        case .geenFondsBegroting: l.pick("geen begroting voor het bovenformatief fonds aangeleverd", "no budget for the supernumerary fund delivered")
        case .geenFondsUitgaven: l.pick("geen uitgaven uit het bovenformatief fonds aangeleverd", "no spending of the supernumerary fund delivered")
        case .geenInkoopregister: l.pick("geen inkoopregister aangeleverd", "no procurement register delivered")
        case .geenRegiocijfers: l.pick("geen regiocijfers aangeleverd", "no regional figures delivered")
        case .geenArbeidsmarktregio: l.pick("geen arbeidsmarktregio in dataset.toml", "no labour market region in dataset.toml")
        case .geenRapportages: l.pick("geen rapportages aangeleverd", "no reports delivered")
        }
    }

    static func noData(_ l: Language) -> String { l.pick("geen gegevens", "no data") }

    static func statusText(_ status: Status, hasValue: Bool, _ l: Language) -> String {
        status == .onbekend && hasValue ? l.pick("geen doel", "no target") : status.word(l)
    }

    static func progress(_ v: Double?, _ t: Double?) -> Double? {
        guard let v, let t, t > 0 else { return nil }
        return v / t
    }

    static func dec(_ x: Double?, _ l: Language) -> String { x.map { NumberFormat.decimal($0, language: l) } ?? "–" }
    static func pct(_ x: Double?, _ l: Language) -> String { x.map { NumberFormat.percent($0, language: l) } ?? "–" }
    static func eur(_ x: Double?, _ l: Language) -> String { x.map { NumberFormat.euro($0, language: l) } ?? "–" }
    static func int(_ x: Int?, _ l: Language) -> String { x.map { NumberFormat.integer($0, language: l) } ?? "–" }

    /// "2020" or "2024 (t/m 30-09)" for a partial year.
    public static func yearLabel(_ y: Int, partial: Bool, _ s: Summary, _ l: Language) -> String {
        guard partial else { return String(y) }
        return "\(y) (\(l.pick("t/m", "to")) \(NumberFormat.dayMonth(s.dataset.peildatum, language: l)))"
    }
}
