import RaadsMetrics

/// The quota's focused view (`PanelView.bovenformatief`): placements above the staffing plan
/// next to the fund meant to pay for them.
extension Presenter {
    static func bovenformatiefChart(_ l: Language) -> ChartSpec {
        ChartSpec(
            value: l.pick("boven de formatie", "above the plan"), target: nil, unit: l.pick("banen", "jobs"), format: { NumberFormat.decimal($0, language: l) })
    }

    static let bovenformatiefFiles = ["plaatsingen.csv", "budget.csv"]

    static func bovenformatiefView(_ s: Summary, _ l: Language) -> Detail {
        let p = s.quotum, q = p.selected
        let spent = Fonds.spending(s)
        var value = noData(l), note = translate(reden: p.reden, l)
        if let b = q.bovenformatief {
            if let n = b.personen {
                value = l.pick(
                    "\(int(n, l)) \(n == 1 ? "persoon" : "personen") boven de formatie", "\(int(n, l)) \(n == 1 ? "person" : "persons") above the plan")
                note = l.pick(
                    "\(dec(b.banen, l)) banen in \(q.jaar) zijn extra, boven de formatie; het fonds had daar \(eur(s.fonds.begroot, l)) voor en besteedde \(eur(s.fonds.besteed, l)).",
                    "\(dec(b.banen, l)) jobs in \(q.jaar) are extra, above the staffing plan; the fund had \(eur(s.fonds.begroot, l)) for them and spent \(eur(s.fonds.besteed, l))."
                )
            } else {
                value = l.pick("niet getoond", "not shown")
                note = l.pick(
                    "Het aantal of de rest zou een groepje van minder dan \(s.minCellSize) personen zijn.",
                    "The number or the rest would be a group of fewer than \(s.minCellSize) persons.")
            }
        } else if p.reden == nil {
            note = l.pick("Geen plaatsingen boven de formatie in \(q.jaar).", "No placements above the plan in \(q.jaar).")
        }
        let target = s.fonds.begroot.map {
            l.pick(
                "fonds \(eur(s.fonds.besteed ?? 0, l)) besteed van \($0 == 0 ? "€ 0" : eur($0, l))",
                "fund \(eur(s.fonds.besteed ?? 0, l)) spent of \(eur($0, l))")
        }
        let meaning = l.pick(
            "Neemt de gemeente mensen boven de formatie aan, en wordt het fonds daarvoor gebruikt? Per jaar: de geplaatsten boven de formatie (personen en banen) naast wat het bovenformatief fonds dat jaar uitgaf. De rekenkamer zag een fonds dat nauwelijks werd gebruikt terwijl het quotum niet werd gehaald.",
            "Does the municipality hire people above its staffing plan, and is the fund used for it? Per year: the placements above the plan (persons and jobs) beside what the supernumerary fund spent that year. The audit office saw a fund that was hardly used while the quota was missed."
        )
        let table = Table(
            title: l.pick("Per jaar", "Per year"),
            columns: [
                .text(l.pick("jaar", "year")), .number(l.pick("personen", "persons")), .number(l.pick("banen", "jobs")),
                .number(l.pick("fonds besteed", "fund spent")),
                .number(l.pick("per persoon", "per person")),
            ],
            rows: p.reeks.map { y in
                let b = y.bovenformatief
                let hidden = b != nil && b?.personen == nil
                let perPerson: String = {
                    guard let n = b?.personen, n > 0, let e = spent[y.jaar] else { return "–" }
                    return eur(e / Double(n), l)
                }()
                return [
                    yearLabel(y.jaar, partial: y.gedeeltelijk, s, l),
                    hidden ? l.pick("niet getoond", "not shown") : int(b?.personen ?? (y.banen == nil ? nil : 0), l),
                    hidden ? l.pick("niet getoond", "not shown") : dec(b?.banen ?? (y.banen == nil ? nil : 0), l),
                    spent[y.jaar].map { eur($0, l) } ?? l.pick("geen uitgaven", "no spending"), perPerson,
                ]
            })
        var caveats: [String] = []
        if p.reden != nil {
            caveats.append(
                l.pick(
                    "Geen gegevens: plaatsingen.csv is niet aangeleverd; met de kolom bovenformatief per plaatsing wordt dit zichtbaar.",
                    "No data: plaatsingen.csv was not delivered; with the column bovenformatief per placement this becomes visible."))
        }
        if s.fonds.reden != nil, let r = translate(reden: s.fonds.reden, l) {
            caveats.append(l.pick("Fonds: \(r).", "Fund: \(r)."))
        }
        var breakdowns = Quotum.breakdowns(s, l).filter { $0.key == "bovenformatief" }
        breakdowns += Fonds.breakdowns(s, l).filter { $0.key == "regels" }
        return viewContent(
            .quotum, value: value, target: target,
            chart: p.reeks.map { SeriesPoint(jaar: $0.jaar, waarde: $0.bovenformatief?.banen, doel: nil, gedeeltelijk: $0.gedeeltelijk) },
            note: note, partial: q.gedeeltelijk,
            meaning: meaning, table: table, breakdowns: breakdowns, caveats: caveats, sources: bovenformatiefFiles, l)
    }
}
