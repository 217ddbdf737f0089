/// The machine-readable summary of data contract §5.
public enum SummaryJSON {
    public static func encode(_ s: Summary) -> JSON {
        .object([
            (
                "dataset",
                .object([
                    ("naam", .string(s.dataset.naam)),
                    ("peildatum", .string(s.dataset.peildatum.description)),
                    ("fictief", .bool(s.dataset.fictief)),
                    ("arbeidsmarktregio", .str(s.dataset.arbeidsmarktregio)),
                    ("bron", .str(s.dataset.bron)),
                ])
            ),
            ("jaar", .int(s.jaar)),
            ("periode", periode(s)),
            (
                "parameters",
                .object([
                    ("quotum", parameter(s.quotum, quotum)),
                    ("duurzaamheid", parameter(s.duurzaamheid, duurzaamheid)),
                    ("fonds_bovenformatief", fonds(s.fonds)),
                    ("sroi_realisatie", parameter(s.sroiRealisatie, sroiRealisatie)),
                    ("sroi_naleving", parameter(s.sroiNaleving, sroiNaleving)),
                    (
                        "regio_garantiebanen",
                        parameter(s.regio) { regio($0, region: s.dataset.arbeidsmarktregio) + [("gedeeltelijk_jaar", .bool(s.isPartial($0.jaar)))] }
                    ),
                    ("informatievoorziening", parameter(s.informatie) { informatie($0) + [("gedeeltelijk_jaar", .bool(s.isPartial($0.jaar)))] }),
                ])
            ),
            ("waarschuwingen", .array(s.waarschuwingen.map { JSON.string($0.description) })),
        ])
    }

    /// The selected year's period `P(Y)`; `null` dates for a year after the peildatum's.
    static func periode(_ s: Summary) -> JSON {
        let end = min(Day.lastOfYear(s.jaar), s.dataset.peildatum)
        return .object([
            ("van", .string(Day.firstOfYear(s.jaar).description)), ("tot", .string(end.description)),
            ("gedeeltelijk", .bool(s.isPartial(s.jaar))),
        ])
    }

    /// The contract's Dutch wording of a missing-data reason (`reden`).
    public static func wording(_ r: MissingReason) -> String {
        switch r {
        case .geenPlaatsingen: "geen plaatsingen aangeleverd"
        case .geenFondsBegroting: "geen begroting voor het bovenformatief fonds aangeleverd"
        case .geenFondsUitgaven: "geen uitgaven uit het bovenformatief fonds aangeleverd"
        case .geenInkoopregister: "geen inkoopregister aangeleverd"
        case .geenRegiocijfers: "geen regiocijfers aangeleverd"
        case .geenArbeidsmarktregio: "geen arbeidsmarktregio in dataset.toml"
        case .geenRapportages: "geen rapportages aangeleverd"
        }
    }

    static func reden(_ r: MissingReason?) -> JSON { .str(r.map(wording)) }

    static func parameter<Y>(_ p: ParameterResult<Y>, _ year: (Y) -> [(String, JSON)]) -> JSON {
        .object(
            [("titel", .string(p.titel)), ("reden", reden(p.reden))] + year(p.selected)
                + [("reeks", .array(p.reeks.map { .object(year($0)) }))])
    }

    /// Shown cells of a protected breakdown; grouped cells are absent (contract §5 Privacy).
    static func breakdown(_ b: GroupedBreakdown?) -> JSON {
        guard let b else { return .null }
        return .object(b.shown.map { ($0.name, personsAndBanen($0)) })
    }

    static func personsAndBanen(_ c: GroupedBreakdown.Cell) -> JSON {
        .object([("personen", .int(c.personen)), ("banen", .num(c.banen))])
    }

    static func overig(_ b: GroupedBreakdown?, withBanen: Bool) -> JSON {
        guard let o = b?.overig else { return .null }
        return withBanen ? personsAndBanen(o) : .int(o.personen)
    }

    static func obligations(_ groups: [ObligationGroup]?) -> JSON {
        guard let groups else { return .null }
        return .object(groups.map { ($0.naam, .object([("verplichting", .number($0.verplichting)), ("gerealiseerd", .number($0.gerealiseerd))])) })
    }

    static func quotum(_ q: QuotumYear) -> [(String, JSON)] {
        [
            ("jaar", .int(q.jaar)), ("waarde", .num(q.waarde)), ("doel", .num(q.doel)),
            ("eenheid", q.waarde == nil && q.doel == nil ? .null : .string(q.eenheid.rawValue)),
            ("status", .string(q.status.rawValue)), ("banen", .num(q.banen)), ("fte", .num(q.fte)), ("personen", .int(q.personen)),
            ("vastgesteld_door", .str(q.vastgesteldDoor?.rawValue)), ("proefplaatsing_telt_mee", .bool(q.proefplaatsingTeltMee)),
            ("banen_zonder_proefplaatsingen", .num(q.banenWettelijk)), ("gedeeltelijk_jaar", .bool(q.gedeeltelijk)),
            (
                "detail",
                .object([
                    ("per_afdeling", breakdown(q.perAfdeling)), ("per_afdeling_overig", overig(q.perAfdeling, withBanen: true)),
                    ("per_doelgroep", breakdown(q.perDoelgroep)), ("per_doelgroep_overig", overig(q.perDoelgroep, withBanen: true)),
                    ("bovenformatief", q.bovenformatief.map { .object([("personen", .int($0.personen)), ("banen", .num($0.banen))]) } ?? .null),
                ])
            ),
        ]
    }

    static func duurzaamheid(_ d: DuurzaamheidYear) -> [(String, JSON)] {
        [
            ("jaar", .int(d.jaar)), ("waarde", .num(d.waarde)), ("doel", .num(d.doel)), ("eenheid", .string("%")),
            ("status", .string(d.status.rawValue)), ("gedeeltelijk_jaar", .bool(d.gedeeltelijk)),
            (
                "detail",
                .object([
                    ("personen_lopend", .int(d.personenLopend)),
                    ("per_soort", d.perSoort.map { .object($0.shown.map { ($0.name, .int($0.personen)) }) } ?? .null),
                    ("per_soort_overig", overig(d.perSoort, withBanen: false)),
                    ("gemiddelde_uren_per_week", .num(d.gemiddeldeUrenPerWeek)),
                    ("doorstroom", .int(d.doorstroom)),
                    (
                        "behoud",
                        d.behoud.map { .object([("instroom", .int($0.instroom)), ("behouden", .int($0.behouden)), ("behoud_pct", .num($0.behoudPct))]) }
                            ?? .null
                    ),
                ])
            ),
        ]
    }

    static func fonds(_ f: FondsResult) -> JSON {
        .object([
            ("titel", .string(f.titel)), ("reden", reden(f.reden)), ("begroot", .num(f.begroot)), ("besteed", .num(f.besteed)),
            ("benutting_pct", .num(f.benuttingPct)), ("waarde", .num(f.benuttingPct)), ("doel", f.benuttingPct == nil ? .null : .int(100)),
            ("eenheid", .string("%")), ("status", .string(f.status.rawValue)),
            (
                "detail",
                .object([
                    (
                        "posten",
                        f.posten.map { posten in
                            .object(
                                posten.map { p in
                                    (
                                        p.post,
                                        .object(p.jaren.map { (String($0.jaar), .object([("begroting", .num($0.begroting)), ("uitgave", .num($0.uitgave))])) })
                                    )
                                })
                        } ?? .null
                    )
                ])
            ),
        ])
    }

    static func sroiRealisatie(_ r: SroiRealisatieYear) -> [(String, JSON)] {
        [
            ("jaar", .int(r.jaar)), ("verplichting", .num(r.verplichting)), ("gerealiseerd", .num(r.gerealiseerd)),
            ("gerealiseerd_begrensd", .num(r.gerealiseerdBegrensd)), ("geverifieerd", .num(r.geverifieerd)),
            ("niet_plichtig_gerealiseerd", .num(r.nietPlichtigGerealiseerd)),
            ("realisatie_pct", .num(r.realisatiePct)), ("realisatie_afgerond_pct", .num(r.realisatieAfgerondPct)),
            ("waarde", .num(r.realisatiePct)), ("doel", r.realisatiePct == nil ? .null : .int(100)),
            ("eenheid", .string("%")), ("status", .string(r.status.rawValue)), ("gedeeltelijk_jaar", .bool(r.gedeeltelijk)),
            (
                "lopend",
                r.lopend.map {
                    .object([
                        ("contracten", .int($0.contracten)), ("verplichting", .number($0.verplichting)),
                        ("gerealiseerd_begrensd", .number($0.gerealiseerdBegrensd)),
                    ])
                } ?? .null
            ),
            (
                "detail",
                .object([
                    ("per_hoofdonderdeel", r.detail.map { d in .object(BlockPart.allCases.map { ($0.rawValue, .number(d.perHoofdonderdeel[$0])) }) } ?? .null),
                    ("per_woonplaats", r.detail?.perWoonplaats.map { w in .object(ResidenceClass.allCases.map { ($0.rawValue, .number(w[$0])) }) } ?? .null),
                    ("per_procedure", obligations(r.detail?.perProcedure)),
                    ("per_afdeling", obligations(r.detail?.perAfdeling)),
                    ("per_gemeente", obligations(r.detail?.perGemeente)),
                    (
                        "doelmatigheid",
                        r.detail.map { d in
                            .object([
                                ("geverifieerd_in_jaar", .number(d.doelmatigheid.geverifieerdInJaar)), ("kosten_team", .num(d.doelmatigheid.kostenTeam)),
                                ("opbrengst_per_euro", .num(d.doelmatigheid.opbrengstPerEuro)),
                            ])
                        } ?? .null
                    ),
                ])
            ),
        ]
    }

    static func sroiNaleving(_ n: SroiNalevingYear) -> [(String, JSON)] {
        [
            ("jaar", .int(n.jaar)), ("contracten", .int(n.contracten)), ("plichtig", .int(n.plichtig)), ("geregistreerd", .int(n.geregistreerd)),
            ("afgelopen", .int(n.afgelopen)), ("voldaan", .int(n.voldaan)), ("registratie_pct", .num(n.registratiePct)),
            ("nalevings_pct", .num(n.nalevingsPct)), ("waarde", .num(n.nalevingsPct)), ("doel", n.nalevingsPct == nil ? .null : .int(100)),
            ("eenheid", .string("%")), ("status", .string(n.status.rawValue)), ("gedeeltelijk_jaar", .bool(n.gedeeltelijk)),
            ("detail", .object([("per_status", n.perStatus.map { .object($0.map { ($0.status.rawValue, .int($0.aantal)) }) } ?? .null)])),
        ]
    }

    static func regio(_ r: RegioYear, region: String?) -> [(String, JSON)] {
        [
            ("jaar", .int(r.jaar)), ("arbeidsmarktregio", .str(region)), ("waarde", .num(r.waarde)), ("doel", .num(r.doel)),
            ("eenheid", .string("banen")), ("status", .string(r.status.rawValue)),
            (
                "detail",
                .object([
                    (
                        "per_sector",
                        r.perSector.map {
                            .object(
                                $0.map { ($0.sector.rawValue, .object([("doel", .num($0.cijfers.doel)), ("gerealiseerd", .num($0.cijfers.gerealiseerd))])) })
                        } ?? .null
                    )
                ])
            ),
        ]
    }

    static func informatie(_ i: InformatieYear) -> [(String, JSON)] {
        [
            ("jaar", .int(i.jaar)), ("rapportages", .int(i.rapportages)), ("banenafspraak", .int(i.banenafspraak)), ("sroi", .int(i.sroi)),
            ("banenafspraak_cijfers", .int(i.banenafspraakCijfers)), ("sroi_cijfers", .int(i.sroiCijfers)), ("met_cijfers", .int(i.metCijfers)),
            ("met_budget", .int(i.metBudget)), ("status", .string(i.status.rawValue)),
            (
                "detail",
                .object([
                    (
                        "overige",
                        i.overige.map {
                            .array(
                                $0.map { r in
                                    .object([
                                        ("rapportage_id", .string(r.id)), ("soort", .string(r.soort.rawValue)),
                                        ("banenafspraak", .string(r.banenafspraak.rawValue)), ("sroi", .string(r.sroi.rawValue)),
                                    ])
                                })
                        } ?? .null
                    )
                ])
            ),
        ]
    }
}
