/// The per-contract SROI rules of data contract §3 (`contracten.csv`).
public enum SROIRules {
    /// True when none of rules 1–3 applies (the contract must deliver social return).
    public static func isPlichtig(_ c: Contract, norms: Norms) -> Bool {
        exemptStatus(c, norms: norms) == nil
    }

    /// Rules 1–3: the status of a contract that is not plichtig, or `nil`.
    public static func exemptStatus(_ c: Contract, norms: Norms) -> ContractStatus? {
        if c.categorie == .leveringen || c.procedure == .enkelvoudigOnderhands { return .nietPlichtig }
        if c.ontheffing { return .ontheffing }
        if c.procedure == .meervoudigOnderhands && c.seboKeurmerk && norms.seboTeltAlsVoldaan { return .voldaanSebo }
        return nil
    }

    /// The SROI percentage of a plichtig contract (rule 4), extra percentage included.
    public static func percentage(_ c: Contract, norms: Norms) -> Double {
        var pct = norms.sroiPercentage
        if let loonsom = c.loonsom, loonsom < norms.loonsomDrempel * c.aanneemsom {
            pct = norms.sroiPercentageLaag
        }
        return pct + c.extraPercentage
    }

    /// Evaluates a contract as of the peildatum. `prestaties` are the contract's prestaties dated
    /// on or before the peildatum, `values` their values.
    public static func evaluate(
        _ c: Contract, prestaties: [(value: Double, verified: Bool)], norms: Norms, peildatum: Day, cohort: Int?
    ) -> ContractEvaluation {
        evaluate(
            c, gerealiseerd: prestaties.reduce(0) { $0 + $1.value }, geverifieerd: prestaties.reduce(0) { $0 + ($1.verified ? $1.value : 0) },
            prestaties: prestaties.count, norms: norms, peildatum: peildatum, cohort: cohort)
    }

    /// The same, from the sums of the prestaties' values (summed in file order) and their count.
    public static func evaluate(
        _ c: Contract, gerealiseerd: Double, geverifieerd: Double, prestaties count: Int, norms: Norms, peildatum: Day, cohort: Int?
    ) -> ContractEvaluation {
        var e = ContractEvaluation(
            contract: c, status: .loopt, percentage: nil, verplichting: nil, gerealiseerd: gerealiseerd,
            geverifieerd: geverifieerd, prestaties: count, loonsomOnbekend: false, cohort: cohort
        )
        if let exempt = exemptStatus(c, norms: norms) {
            e.status = exempt
            return e
        }
        let pct = percentage(c, norms: norms)
        // v1.2: a PSO level waives a configured share of the obligation.
        let verplichting = c.aanneemsom * pct / 100 * (1 - norms.korting(c.psoTrede))
        e.percentage = pct
        e.verplichting = verplichting
        e.loonsomOnbekend = c.loonsom == nil
        if gerealiseerd >= verplichting {
            e.status = .voldaan
        } else if count == 0 && c.gunningsdatum.adding(days: norms.registratieTermijnDagen) < peildatum {
            e.status = .geenRegistratie
        } else if let eind = c.einddatum, eind < peildatum {
            e.status = .nietVoldaan
        } else {
            e.status = .loopt
        }
        return e
    }
}
