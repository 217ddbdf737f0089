import RaadsMetrics

/// Turns a `Summary` into worded, formatted tiles and detail views (Dutch or English).
/// Shared by the terminal interface, the text summary and the export.
public enum Presenter {
    public static func tiles(_ s: Summary, language l: Language) -> [Tile] {
        ParameterID.allCases.map { tile($0, s, language: l) }
    }

    public static func tile(_ id: ParameterID, _ s: Summary, language l: Language) -> Tile {
        switch id {
        case .quotum: quotumTile(s, l)
        case .duurzaamheid: duurzaamheidTile(s, l)
        case .fondsBovenformatief: fondsTile(s, l)
        case .sroiRealisatie: realisatieTile(s, l)
        case .sroiNaleving: nalevingTile(s, l)
        case .regioGarantiebanen: regioTile(s, l)
        case .informatievoorziening: informatieTile(s, l)
        }
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

    // MARK: - Quotum

    static func quotumValueText(_ q: QuotumYear, _ l: Language) -> String? {
        guard let w = q.waarde else { return nil }
        return q.eenheid == .personen
            ? "\(NumberFormat.integer(w, language: l)) \(q.eenheid.label(l))"
            : "\(NumberFormat.decimal(w, language: l)) \(q.eenheid.label(l))"
    }

    static func quotumTile(_ s: Summary, _ l: Language) -> Tile {
        let p = s.quotum, q = p.selected
        var target: String?
        if let d = q.doel {
            target =
                l.pick("doel", "target") + " " + (q.eenheid == .personen ? NumberFormat.integer(d, language: l) : NumberFormat.decimal(d, language: l))
                + " \(q.eenheid.label(l))" + (q.vastgesteldDoor.map { " · \($0.label(l))" } ?? "")
        }
        var note = translate(reden: p.reden, l)
        if note == nil, q.doel == nil, q.waarde != nil { note = l.pick("geen doel vastgesteld voor dit jaar", "no target set for this year") }
        if note == nil, q.eenheid != .banen, let b = q.banen {
            note = l.pick(
                "wettelijk: \(NumberFormat.decimal(b, language: l)) banen à \(NumberFormat.decimal(s.norms.urennorm, language: l)) uur",
                "legal count: \(NumberFormat.decimal(b, language: l)) jobs of \(NumberFormat.decimal(s.norms.urennorm, language: l)) hours")
        }
        let chart = quotumChart(s, l)
        var tile = Tile(
            id: .quotum, title: ParameterID.quotum.title(l), valueText: quotumValueText(q, l) ?? noData(l), targetText: target,
            status: q.status, statusText: statusText(q.status, hasValue: q.waarde != nil, l), progress: progress(q.waarde, q.doel),
            series: chart.series, note: note, partialYear: q.gedeeltelijk)
        tile.chartNote = chart.note
        return tile
    }

    /// The quota's chart in one unit. When the years' targets are in different units (banen,
    /// fte, personen), bars in three units would be compared as one; the chart then shows every
    /// year in banen (the legal unit) with only the targets that were set in banen, and says so.
    static func quotumChart(_ s: Summary, _ l: Language) -> (series: [SeriesPoint], unit: QuotaUnit, note: String?) {
        let reeks = s.quotum.reeks
        let units = Set(reeks.filter { $0.doel != nil }.map(\.eenheid))
        guard units.count > 1 else {
            return (reeks.map { SeriesPoint(jaar: $0.jaar, waarde: $0.waarde, doel: $0.doel, gedeeltelijk: $0.gedeeltelijk) }, units.first ?? .banen, nil)
        }
        let series = reeks.map { SeriesPoint(jaar: $0.jaar, waarde: $0.banen, doel: $0.eenheid == .banen ? $0.doel : nil, gedeeltelijk: $0.gedeeltelijk) }
        return (
            series, .banen,
            l.pick(
                "De doelen staan niet elk jaar in dezelfde eenheid; de grafiek toont daarom banen (de wettelijke eenheid) en alleen de doelen die in banen zijn gesteld. De tabel geeft elk jaar in de eenheid van zijn doel.",
                "The targets are not in the same unit every year, so the chart shows jobs (the legal unit) and only the targets set in jobs. The table gives each year in its target's unit."
            )
        )
    }

    // MARK: - Duurzaamheid

    static func duurzaamheidTile(_ s: Summary, _ l: Language) -> Tile {
        let p = s.duurzaamheid, d = p.selected
        var value = noData(l)
        if let w = d.waarde {
            value = NumberFormat.percent(w, language: l) + l.pick(" vast", " permanent")
        } else if let n = d.personenLopend, n > 0 {
            value = l.pick("te weinig personen", "too few persons")
        }
        var target: String?
        if let n = d.personenLopend {
            target =
                l.pick("\(n) personen in dienst", "\(n) employed") + (d.doorstroom.map { l.pick(" · doorstroom \($0)", " · \($0) on to a contract") } ?? "")
        }
        var note = translate(reden: p.reden, l)
        if note == nil, let n = d.personenLopend, n > 0, d.waarde == nil {
            note = l.pick("minder dan \(s.minCellSize) personen: aandeel niet getoond", "fewer than \(s.minCellSize) persons: share not shown")
        }
        return Tile(
            id: .duurzaamheid, title: ParameterID.duurzaamheid.title(l), valueText: value, targetText: target, status: d.status,
            statusText: statusText(d.status, hasValue: d.waarde != nil, l), progress: d.waarde.map { $0 / 100 },
            series: p.reeks.map { SeriesPoint(jaar: $0.jaar, waarde: $0.waarde, doel: $0.doel, gedeeltelijk: $0.gedeeltelijk) },
            note: note, partialYear: d.gedeeltelijk)
    }

    // MARK: - Fonds

    static func fondsTile(_ s: Summary, _ l: Language) -> Tile {
        let f = s.fonds
        var value = noData(l)
        if let b = f.benuttingPct { value = NumberFormat.percent(b, language: l) + l.pick(" benut", " used") }
        var target: String?
        if let be = f.besteed, let bg = f.begroot {
            // The status is judged against all of it spent: said on the tile itself, short enough for the compact one.
            target = l.pick("\(eur(be, l)) van \(eur(bg, l)) · doel 100 %", "\(eur(be, l)) of \(eur(bg, l)) · target 100%")
        } else if let bg = f.begroot {
            target = l.pick("\(eur(bg, l)) beschikbaar, geen uitgaven aangeleverd", "\(eur(bg, l)) available, no spending delivered")
        } else if let be = f.besteed {
            target = l.pick("\(eur(be, l)) besteed, geen begroting aangeleverd", "\(eur(be, l)) spent, no budget delivered")
        }
        return Tile(
            id: .fondsBovenformatief, title: ParameterID.fondsBovenformatief.title(l), valueText: value, targetText: target,
            status: f.status, statusText: statusText(f.status, hasValue: f.benuttingPct != nil, l),
            progress: f.benuttingPct.map { $0 / 100 }, series: [],
            note: translate(reden: f.reden, l)
                ?? l.pick(
                    "doel: alles besteed · totaal t/m \(NumberFormat.date(s.dataset.peildatum, language: l))",
                    "target: all of it spent · total up to \(NumberFormat.date(s.dataset.peildatum, language: l))"),
            partialYear: false)
    }

    // MARK: - SROI

    static func realisatieTile(_ s: Summary, _ l: Language) -> Tile {
        let p = s.sroiRealisatie, r = p.selected
        var value = noData(l)
        if let pc = r.realisatiePct { value = NumberFormat.percent(pc, language: l) + l.pick(" gerealiseerd", " realised") }
        var target: String?
        if let v = r.verplichting, let g = r.gerealiseerdBegrensd, r.realisatiePct != nil {
            target = l.pick("\(eur(g, l)) van \(eur(v, l)) verplichting", "\(eur(g, l)) of \(eur(v, l)) obligation")
        }
        var note = translate(reden: p.reden, l)
        if note == nil, r.verplichting == 0 || r.verplichting == nil {
            note = l.pick("geen SROI-plichtige contracten gegund in \(r.jaar)", "no SROI-obliged contracts awarded in \(r.jaar)")
        }
        if note == nil, let running = r.lopend, running.contracten > 0 {
            note = runningText(running, l)
        }
        if note == nil, let g = r.gerealiseerd, let v = r.geverifieerd, g > 0 {
            note = l.pick("geverifieerd: \(eur(v, l)) van \(eur(g, l))", "verified: \(eur(v, l)) of \(eur(g, l))")
        }
        return Tile(
            id: .sroiRealisatie, title: ParameterID.sroiRealisatie.title(l), valueText: value, targetText: target, status: r.status,
            statusText: r.status == .onbekend && (r.lopend?.contracten ?? 0) > 0 ? l.pick("loopt nog", "still running") : r.status.word(l),
            progress: r.realisatiePct.map { $0 / 100 },
            series: p.reeks.map {
                SeriesPoint(jaar: $0.jaar, waarde: $0.realisatiePct, doel: $0.realisatiePct == nil ? nil : 100, gedeeltelijk: $0.gedeeltelijk)
            },
            note: note, partialYear: r.gedeeltelijk)
    }

    /// "3 contracten lopen nog: € 12.000 van € 40.000" — why a cohort is not judged on them yet.
    static func runningText(_ r: RunningContracts, _ l: Language) -> String {
        let n = NumberFormat.integer(r.contracten, language: l)
        return r.contracten == 1
            ? l.pick(
                "1 contract loopt nog: \(eur(r.gerealiseerdBegrensd, l)) van \(eur(r.verplichting, l))",
                "1 contract still running: \(eur(r.gerealiseerdBegrensd, l)) of \(eur(r.verplichting, l))")
            : l.pick(
                "\(n) contracten lopen nog: \(eur(r.gerealiseerdBegrensd, l)) van \(eur(r.verplichting, l))",
                "\(n) contracts still running: \(eur(r.gerealiseerdBegrensd, l)) of \(eur(r.verplichting, l))")
    }

    static func nalevingTile(_ s: Summary, _ l: Language) -> Tile {
        let p = s.sroiNaleving, n = p.selected
        var value = noData(l)
        if let pc = n.nalevingsPct { value = NumberFormat.percent(pc, language: l) + l.pick(" nageleefd", " complied") }
        var target: String?
        if let v = n.voldaan, let a = n.afgelopen, a > 0 {
            target = l.pick("\(v) van \(a) afgelopen contracten voldaan", "\(v) of \(a) ended contracts fulfilled")
        } else if let pl = n.plichtig {
            target = l.pick("\(pl) plichtige contracten, nog geen afgelopen", "\(pl) obliged contracts, none ended yet")
        }
        var note = translate(reden: p.reden, l)
        if note == nil, let g = n.geregistreerd, let pl = n.plichtig, pl > 0 {
            note = l.pick("registratie: \(g) van \(pl) plichtige contracten", "registered: \(g) of \(pl) obliged contracts")
        }
        return Tile(
            id: .sroiNaleving, title: ParameterID.sroiNaleving.title(l), valueText: value, targetText: target, status: n.status,
            statusText: n.status.word(l), progress: n.nalevingsPct.map { $0 / 100 },
            series: p.reeks.map {
                SeriesPoint(jaar: $0.jaar, waarde: $0.nalevingsPct, doel: $0.nalevingsPct == nil ? nil : 100, gedeeltelijk: $0.gedeeltelijk)
            },
            note: note, partialYear: n.gedeeltelijk)
    }

    // MARK: - Regio

    static func regioTile(_ s: Summary, _ l: Language) -> Tile {
        let p = s.regio, r = p.selected
        let value = r.waarde.map { NumberFormat.compact($0, language: l) + l.pick(" banen", " jobs") } ?? noData(l)
        let target = r.doel.map { l.pick("indicatief doel ", "indicative target ") + NumberFormat.compact($0, language: l) + l.pick(" banen", " jobs") }
        var note = translate(reden: p.reden, l)
        if note == nil, r.waarde == nil, r.doel != nil {
            note = l.pick("gerealiseerde aantallen niet aangeleverd", "realised numbers not delivered")
        }
        if note == nil, let region = s.dataset.arbeidsmarktregio { note = region }
        return Tile(
            id: .regioGarantiebanen, title: ParameterID.regioGarantiebanen.title(l), valueText: value, targetText: target, status: r.status,
            statusText: statusText(r.status, hasValue: r.waarde != nil, l), progress: progress(r.waarde, r.doel),
            series: p.reeks.map { SeriesPoint(jaar: $0.jaar, waarde: $0.waarde, doel: $0.doel, gedeeltelijk: s.isPartial($0.jaar)) },
            note: note, partialYear: s.isPartial(r.jaar))
    }

    // MARK: - Informatie

    /// What keeps informatievoorziening from "op koers", short enough for a tile (36 columns):
    /// "geen cijfers over SROI en budget". A report with figures on realisation alone reads like
    /// "1 van 1 met cijfers" but is not enough (contract v1.2: figures on the job agreement, on SROI
    /// and on the budget). `nil` when nothing is missing.
    static func missingFigures(_ i: InformatieYear, _ l: Language) -> String? {
        guard i.rapportages != nil else { return nil }
        let topics = [
            (l.pick("banenafspraak", "the job agreement"), (i.banenafspraakCijfers ?? 0) > 0),
            ("SROI", (i.sroiCijfers ?? 0) > 0), (l.pick("budget", "the budget"), (i.metBudget ?? 0) > 0),
        ]
        let missing = topics.filter { !$0.1 }.map(\.0), present = topics.filter(\.1).map(\.0)
        switch missing.count {
        case 0: return nil
        case 3: return l.pick("cijfers over alle drie ontbreken", "figures on all three are missing")
        default:
            let text = l.pick("geen cijfers over ", "no figures on ") + missing.joined(separator: l.pick(" en ", " and "))
            if text.count <= 36 || present.count != 1 { return text }
            return l.pick("alleen cijfers over ", "only figures on ") + present[0]
        }
    }

    static func informatieTile(_ s: Summary, _ l: Language) -> Tile {
        let p = s.informatie, i = p.selected
        var value = noData(l)
        if let m = i.metCijfers, let n = i.rapportages {
            value = l.pick("\(m) van \(n) met cijfers", "\(m) of \(n) with figures")
        }
        var mentioned: String?
        if let b = i.banenafspraak, let r = i.sroi {
            mentioned =
                l.pick("genoemd: banenafspraak \(b)× · SROI \(r)×", "mentioned: jobs \(b)× · SROI \(r)×")
                + (i.metBudget.map { l.pick(" · budget \($0)×", " · budget \($0)×") } ?? "")
        }
        // What is missing goes first, where even the compact tile shows it.
        let missing = missingFigures(i, l)
        let target = missing ?? mentioned
        return Tile(
            id: .informatievoorziening, title: ParameterID.informatievoorziening.title(l), valueText: value, targetText: target,
            status: i.status, statusText: i.status.word(l), progress: nil,
            series: p.reeks.map {
                SeriesPoint(jaar: $0.jaar, waarde: $0.metCijfers.map(Double.init), doel: $0.rapportages.map(Double.init), gedeeltelijk: s.isPartial($0.jaar))
            },
            note: translate(reden: p.reden, l) ?? (missing == nil ? nil : mentioned)
                ?? l.pick("rapportages sociaal domein, jaargang \(i.jaar)", "social domain reports on \(i.jaar)"),
            partialYear: s.isPartial(i.jaar))
    }
}
