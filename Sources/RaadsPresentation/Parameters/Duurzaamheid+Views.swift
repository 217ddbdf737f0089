import RaadsMetrics

/// The focused views of lasting jobs: `behoud` (retention after a year) and `doorstroom`
/// (from trial placement to a contract).
extension Presenter {
    // MARK: - behoud

    static func behoudChart(_ l: Language) -> ChartSpec {
        ChartSpec(
            value: l.pick("na een jaar nog in dienst", "still employed after a year"), target: nil, unit: "%", format: { NumberFormat.decimal($0, language: l) }
        )
    }

    static let behoudFiles = ["plaatsingen.csv"]

    static func behoudView(_ s: Summary, _ l: Language) -> Detail {
        let p = s.duurzaamheid, d = p.selected
        var value = noData(l), target: String? = nil, note = translate(reden: p.reden, l)
        if let b = d.behoud {
            if let bp = b.behoudPct {
                value = l.pick("\(pct(bp, l)) na een jaar in dienst", "\(pct(bp, l)) employed after a year")
                note = l.pick(
                    "Van de \(int(b.instroom, l)) mensen die in \(d.jaar) begonnen, werkten er \(int(b.behouden, l)) een jaar later nog.",
                    "Of the \(int(b.instroom, l)) people who started in \(d.jaar), \(int(b.behouden, l)) were still working a year later.")
            } else if b.instroom == 0 {
                value = l.pick("nog niet te zeggen", "too early to tell")
                note = l.pick(
                    "Niemand die in \(d.jaar) begon, is al een jaar in dienst geweest vóór de peildatum.",
                    "Nobody who started in \(d.jaar) has reached a year of service before the reference date.")
            } else {
                value = l.pick("niet getoond", "not shown")
                note = l.pick(
                    "\(int(b.instroom, l)) gestart; wie bleef of vertrok zou een groepje van minder dan \(s.minCellSize) personen zijn.",
                    "\(int(b.instroom, l)) started; those who stayed or left would be a group of fewer than \(s.minCellSize) persons.")
            }
            if let bb = d.behoudBovenformatief, let bp = bb.behoudPct {
                target = l.pick(
                    "boven de formatie: \(int(bb.behouden, l)) van \(int(bb.instroom, l)) (\(pct(bp, l)))",
                    "above the plan: \(int(bb.behouden, l)) of \(int(bb.instroom, l)) (\(pct(bp, l)))")
            }
        }
        let meaning = l.pick(
            "Blijven de mensen die de gemeente aanneemt? Per jaar van eerste start: hoeveel mensen een jaar later nog een plaatsing hadden. Apart staat hoeveel van wie boven de formatie werd aangenomen, na een jaar nog in dienst is.",
            "Do the people the municipality hires stay? Per year of first start: how many people still had a placement a year later. Separately: how many of those hired above the staffing plan are still employed after a year."
        )
        func bovCell(_ y: DuurzaamheidYear) -> String {
            if y.behoudBovenformatiefVerborgen { return l.pick("niet getoond", "not shown") }
            guard let b = y.behoudBovenformatief else { return "–" }
            if b.instroom == 0 { return "0" }
            return b.behouden.map { "\(int($0, l)) / \(int(b.instroom, l))" } ?? l.pick("niet getoond", "not shown")
        }
        let table = Table(
            title: l.pick("Per jaar van eerste start", "Per year of first start"),
            columns: [
                .text(l.pick("jaar", "year")), .number(l.pick("gestart", "started")), .number(l.pick("na een jaar in dienst", "employed after a year")),
                .number(l.pick("behoud", "retention")),
                .number(l.pick("boven formatie: bleef / gestart", "above plan: stayed / started")),
            ],
            rows: p.reeks.map { y in
                let b = y.behoud
                return [
                    yearLabel(y.jaar, partial: y.gedeeltelijk, s, l), int(b?.instroom, l),
                    b.map { $0.behouden.map { int($0, l) } ?? l.pick("niet getoond", "not shown") } ?? "–", pct(b?.behoudPct, l), bovCell(y),
                ]
            },
            note: l.pick(
                "Alleen wie minstens een jaar vóór de peildatum begon, telt mee. 'Niet getoond': een groepje van minder dan \(s.minCellSize) personen zou te herkennen of terug te rekenen zijn.",
                "Only people who started at least a year before the reference date count. 'Not shown': a group of fewer than \(s.minCellSize) persons could be recognised or recomputed."
            ))
        var caveats: [String] = []
        if p.reden != nil {
            caveats.append(
                l.pick(
                    "Geen gegevens: plaatsingen.csv is niet aangeleverd; met de plaatsingen (begin, einde, bovenformatief) wordt behoud zichtbaar.",
                    "No data: plaatsingen.csv was not delivered; with the placements (start, end, bovenformatief) retention becomes visible."))
        }
        let breakdowns = Duurzaamheid.breakdowns(s, l).filter { $0.key == "behoud" }
        return viewContent(
            .duurzaamheid, value: value, target: target,
            chart: p.reeks.map { SeriesPoint(jaar: $0.jaar, waarde: $0.behoud?.behoudPct, doel: nil, gedeeltelijk: $0.gedeeltelijk) },
            note: note, partial: d.gedeeltelijk,
            meaning: meaning, table: table, breakdowns: breakdowns, caveats: caveats, sources: behoudFiles, l)
    }

    // MARK: - doorstroom

    static func doorstroomChart(_ l: Language) -> ChartSpec {
        ChartSpec(
            value: l.pick("doorgestroomd", "on to a contract"), target: nil, unit: l.pick("personen", "persons"),
            format: { NumberFormat.compact($0, language: l) })
    }

    static let doorstroomFiles = ["plaatsingen.csv"]

    static func doorstroomView(_ s: Summary, _ l: Language) -> Detail {
        let p = s.duurzaamheid, d = p.selected
        var value = noData(l), note = translate(reden: p.reden, l)
        if let n = d.doorstroom {
            value = l.pick("\(int(n, l)) doorgestroomd", "\(int(n, l)) on to a contract")
            note =
                n == 1
                ? l.pick(
                    "In \(d.jaar) kreeg 1 persoon binnen een maand na de proefplaatsing een tijdelijk of vast contract.",
                    "In \(d.jaar), 1 person got a temporary or permanent contract within a month after the trial placement.")
                : l.pick(
                    "In \(d.jaar) kregen \(int(n, l)) mensen binnen een maand na hun proefplaatsing een tijdelijk of vast contract.",
                    "In \(d.jaar), \(int(n, l)) people got a temporary or permanent contract within a month after their trial placement.")
            if let f = d.doorstroomAandeel, let ended = f.beeindigd, let share = f.doorstroomPct {
                value = l.pick("\(pct(share, l)) doorgestroomd", "\(pct(share, l)) on to a contract")
                note = l.pick(
                    "In \(d.jaar) eindigde de proefplaatsing van \(int(ended, l)) mensen; \(int(n, l)) van hen kregen binnen een maand een tijdelijk of vast contract.",
                    "In \(d.jaar), the trial placement of \(int(ended, l)) people ended; \(int(n, l)) of them got a temporary or permanent contract within a month."
                )
            }
        }
        func flowShare(_ y: DuurzaamheidYear) -> Double? { y.doorstroomAandeel?.doorstroomPct }
        // The chart shows the share where every year has one, else the counts (one unit per chart).
        let useShare = p.reeks.contains { flowShare($0) != nil }
        let meaning = l.pick(
            "Leidt een proefplaatsing tot een echte baan? Per jaar: van de mensen van wie de proefplaatsing dat jaar eindigde, hoeveel binnen 31 dagen een tijdelijk of vast contract kregen. Een proefplaatsing telt voor de wet niet als baan; pas het contract daarna telt.",
            "Does a trial placement lead to a real job? Per year: of the people whose trial placement ended that year, how many got a temporary or permanent contract within 31 days. The law does not count a trial placement as a job; only the contract after it counts."
        )
        let table = Table(
            key: "doorstroom",
            title: l.pick("Per jaar", "Per year"),
            columns: [
                .text(l.pick("jaar", "year")), .number(l.pick("proefplaatsing beëindigd", "trial ended")), .number(l.pick("doorgestroomd", "on to a contract")),
                .number(l.pick("doorstroom", "flow")),
                .number(l.pick("personen in dienst", "persons employed")),
            ],
            rows: p.reeks.map { y in
                let ended: String = y.doorstroomAandeel.map { f in f.beeindigd.map { int($0, l) } ?? l.pick("afgeschermd", "withheld") } ?? "–"
                return [yearLabel(y.jaar, partial: y.gedeeltelijk, s, l), ended, int(y.doorstroom, l), pct(flowShare(y), l), int(y.personenLopend, l)]
            })
        var caveats: [String] = []
        if p.reeks.contains(where: { $0.doorstroomAandeel != nil && $0.doorstroomAandeel?.beeindigd == nil }) {
            caveats.append(
                l.pick(
                    "'Afgeschermd': minder dan \(s.minCellSize) mensen beëindigden hun proefplaatsing, of minder dan \(s.minCellSize) stroomden niet door. Zo'n kleine groep is tot personen te herleiden, dus staan aantal en percentage er niet.",
                    "'Withheld': fewer than \(s.minCellSize) people ended their trial placement, or fewer than \(s.minCellSize) did not move on. So small a group can be traced to persons, so neither count nor percentage is shown."
                ))
        }
        if p.reden != nil {
            caveats.insert(l.pick("Geen gegevens: plaatsingen.csv is niet aangeleverd.", "No data: plaatsingen.csv was not delivered."), at: 0)
        }
        let breakdowns = Duurzaamheid.breakdowns(s, l).filter { $0.key == "per_soort" }
        return viewContent(
            .duurzaamheid, value: value, target: nil,
            chart: p.reeks.map {
                SeriesPoint(jaar: $0.jaar, waarde: useShare ? flowShare($0) : $0.doorstroom.map(Double.init), doel: nil, gedeeltelijk: $0.gedeeltelijk)
            },
            note: note, partial: d.gedeeltelijk,
            meaning: meaning, table: table, breakdowns: breakdowns, caveats: caveats, sources: doorstroomFiles, l)
    }
}
