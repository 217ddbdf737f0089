import Foundation
import Testing
@testable import RaadsMetrics

/// The figures of the Zoetermeer audit (rekenkamercommissie 2021) on the default dataset.
@Suite struct AuditFigureTests {
    let result = DatasetLoader.load(from: DefaultDataset.source)

    func summary(_ year: Int) throws -> Summary {
        let ds = try #require(result.dataset)
        return Metrics.summary(ds, year: year, warnings: result.diagnostics)
    }

    @Test func defaultDatasetIsValidAndHonest() throws {
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let ds = try #require(result.dataset)
        #expect(ds.info.naam == "Gemeente Zoetermeer")
        #expect(ds.info.peildatum.description == "2020-12-31")
        #expect(ds.info.fictief == false)
        #expect(ds.norms.proefplaatsingTeltMee)
        #expect(ds.info.bron?.contains("synthet") == true)
        #expect(ds.contracten == nil, "Zoetermeer has no procurement register")
    }

    @Test func quotaRealisedAgainstTargetsInFte() throws {
        let q = try summary(2020).quotum
        let realised = q.reeks.map { ($0.jaar, (($0.waarde ?? -1) * 10).rounded() / 10, $0.doel, $0.eenheid, $0.vastgesteldDoor) }
        #expect(realised.map(\.0) == [2018, 2019, 2020])
        #expect(realised.map(\.1) == [13.6, 30.7, 33.7])
        #expect(realised.map(\.2) == [27.4, 31.1, 34.6])
        #expect(realised.allSatisfy { $0.3 == .fte && $0.4 == .ambtelijk })
        #expect(q.reeks.map(\.status) == [.achter, .risico, .risico])
    }

    @Test func fundHardlyUsed() throws {
        let f = try summary(2020).fonds
        #expect(f.begroot == 153_000)
        #expect(f.besteed == 2_300)
        #expect(close(f.benuttingPct, 2_300.0 / 153_000 * 100))
        #expect(f.status == .achter)
        // The banenafspraak budget of 2019: € 327.000, of which € 247.000 unspent.
        let ba = try #require(f.posten?.first { $0.post == "banenafspraak" }?.jaren.first { $0.jaar == 2019 })
        #expect(ba.begroting! - ba.uitgave! == 247_000)
        let team = try #require(f.posten?.first { $0.post == "social_return_team" })
        // Tabel 4 prints 111.009 for 2020, but its parts (83.210 + 27.800) add up to 111.010.
        #expect(team.jaren.map(\.begroting) == [105_680, 108_151, 111_010])
        // The team delivered budget rows only: its spending is unknown, not € 0 (contract v1.2).
        #expect(team.jaren.allSatisfy { $0.uitgave == nil })
    }

    @Test func sixReportsWithoutFigures() throws {
        let i = try summary(2020).informatie
        let years = i.reeks.filter { [2019, 2020].contains($0.jaar) }
        #expect(years.compactMap(\.rapportages).reduce(0, +) == 6)
        #expect(years.compactMap(\.banenafspraak).reduce(0, +) == 3)
        #expect(years.compactMap(\.sroi).reduce(0, +) == 3)
        #expect(years.compactMap(\.metCijfers).reduce(0, +) == 0)
        #expect(i.selected.status == .achter)
        #expect(i.selected.overige?.map(\.soort) == [.jaarstukken])
    }

    @Test func sroiIsUnknownNotZero() throws {
        let s = try summary(2020)
        #expect(s.sroiRealisatie.reden == .geenInkoopregister)
        #expect(s.sroiRealisatie.selected.realisatiePct == nil)
        #expect(s.sroiRealisatie.selected.verplichting == nil)
        #expect(s.sroiNaleving.selected.contracten == nil)
        #expect(s.sroiNaleving.selected.status == .onbekend)
        let json = SummaryJSON.encode(s).serialized()
        #expect(json.contains("\"realisatie_pct\":null"))
        #expect(json.contains("\"verplichting\":null"))
    }

    @Test func regionalTargetsWithoutRealisation() throws {
        let r = try summary(2020).regio
        #expect(close(r.selected.doel, 990))
        #expect(r.selected.waarde == nil)
        #expect(r.selected.status == .onbekend)
        #expect(r.reeks.map(\.jaar) == [2019, 2020], "years after the peildatum's year have no period")
    }

    @Test func jsonGivesTheAuditFigures() throws {
        let text = SummaryJSON.encode(try summary(2020)).serialized()
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let p = try #require(obj["parameters"] as? [String: Any])
        let q = try #require(p["quotum"] as? [String: Any])
        #expect(q["titel"] as? String == "Quotum banenafspraak")
        #expect(q["eenheid"] as? String == "fte")
        #expect(q["vastgesteld_door"] as? String == "ambtelijk")
        let f = try #require(p["fonds_bovenformatief"] as? [String: Any])
        #expect(f["begroot"] as? Int == 153000)
        #expect(f["besteed"] as? Int == 2300)
        #expect(ParameterID.allCases.allSatisfy { p[$0.rawValue] != nil })
    }

    /// SwiftPM embeds the folder; `DefaultDataset.files` names its files one by one, so a file
    /// added to sample-data/zoetermeer must be added there too.
    @Test func embeddedDatasetListsEveryFile() throws {
        let dir = DirectorySource(path: sampleData("zoetermeer"))
        let names = try dir.fileNames().filter { $0 != "README.md" }
        #expect(Set(names) == Set(DefaultDataset.files.keys), "add the file to DefaultDataset.files")
        for name in names {
            #expect(try dir.contents(of: name) == DefaultDataset.files[name], "\(name) differs")
        }
    }
}
