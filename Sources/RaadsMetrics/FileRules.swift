import Foundation

/// Column specs and row builders of every file in data contract §3.
struct FileRules {
    let sink: DiagnosticSink
    let norms: Norms

    static let specs: [String: FileSpec] = [
        "doelen.csv": FileSpec(name: "doelen.csv", required: ["jaar", "indicator", "doel", "eenheid", "vastgesteld_door"], optional: ["bron", "toelichting"]),
        "plaatsingen.csv": FileSpec(
            name: "plaatsingen.csv", required: ["plaatsing_id", "persoon", "afdeling", "soort", "start", "uren_per_week"],
            optional: ["einde", "bovenformatief", "doelgroep"]),
        "budget.csv": FileSpec(name: "budget.csv", required: ["jaar", "post", "soort", "bedrag"], optional: ["omschrijving", "datum"]),
        "contracten.csv": FileSpec(
            name: "contracten.csv", required: ["contract_id", "procedure", "categorie", "gunningsdatum", "aanneemsom"],
            optional: [
                "omschrijving", "afdeling", "opdrachtnemer", "gemeente", "einddatum", "loonsom", "sebo_keurmerk", "ontheffing", "extra_percentage", "pso_trede",
            ]),
        "bouwblokken.csv": FileSpec(name: "bouwblokken.csv", required: ["code", "omschrijving", "hoofdonderdeel", "eenheid", "waarde"], optional: []),
        "sroi_prestaties.csv": FileSpec(
            name: "sroi_prestaties.csv", required: ["prestatie_id", "contract_id", "bouwblok", "datum", "aantal"], optional: ["geverifieerd", "woonplaats"]),
        "rapportages.csv": FileSpec(
            name: "rapportages.csv", required: ["rapportage_id", "titel", "datum", "jaargang", "banenafspraak", "sroi"], optional: ["soort", "budget"]),
        "regio.csv": FileSpec(name: "regio.csv", required: ["arbeidsmarktregio", "jaar", "sector"], optional: ["doel", "gerealiseerd", "bron"]),
        "kengetallen.csv": FileSpec(name: "kengetallen.csv", required: ["datum", "kengetal", "waarde"], optional: ["eenheid", "bron"]),
        "normenkader.csv": FileSpec(name: "normenkader.csv", required: ["norm", "jaar", "oordeel", "datum"], optional: ["toelichting"]),
    ]

    /// The ids defined by every row with a non-empty id, valid or not, per file and column; a
    /// file is in it only when its rows could be read (contract v1.2: a row refused for one bad
    /// value still defines its id; references into a file that could not be read are not checked).
    final class Registry {
        private var defined: [String: KnownIDs] = [:]
        /// The ids of `file`'s `column`, registered as readable; its rows define them.
        func opened(_ file: String, _ column: String) -> KnownIDs {
            let key = "\(file)#\(column)"
            if let known = defined[key] { return known }
            let known = KnownIDs()
            defined[key] = known
            return known
        }
        func ids(_ file: String, _ column: String) -> KnownIDs? { defined["\(file)#\(column)"] }
    }

    /// The ids one file defines, each text kept once and numbered: a reference into the file is
    /// stored as the number of the id it names (issue 9: no text built per reference).
    final class KnownIDs {
        // Unchecked exclusivity: see `DiagnosticSink`.
        @exclusivity(unchecked) private var interner = TextInterner()
        /// `nil`: not built; `.some(nil)`: an id is too long for it.
        @exclusivity(unchecked) private var short: ShortKeyIndex??
        init() {}
        init(_ ids: some Sequence<String>) { for id in ids { define(id) } }
        /// Room for `n` ids, before the first is defined.
        func reserve(_ n: Int) {
            if interner.texts.isEmpty { interner = TextInterner(capacity: n) }
        }
        func define(_ id: String) {
            short = nil
            // Ids from rows are NFC already; a salvaged one is normalised here.
            var text = nfc(id)
            _ = text.withUTF8 { interner.number($0) }
        }
        /// The number of the id whose UTF-8 is `key` (its place in `texts`), when defined.
        func number(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
            if let index = shortIndex() { return index.find(key) }
            return interner.findNumber(key)
        }
        /// Many lookups follow the last definition (a file's references): with short ids they
        /// go through a table that holds each id in its slot, built at the first one. A file
        /// of references takes it once (`Target` in `prestaties`), not per row.
        func shortIndex() -> ShortKeyIndex? {
            if short == nil, !interner.texts.isEmpty { short = interner.shortIndex().map(Optional.some) ?? .some(nil) }
            if case .some(.some(let index)) = short { return index }
            return nil
        }
        /// The ids' texts, by number.
        var texts: [String] { interner.texts }
        /// See `ByteTable.prefetch`.
        func prefetch(_ key: UnsafeBufferPointer<UInt8>) { interner.prefetch(key) }
    }
    let registry = Registry()

    init(sink: DiagnosticSink, norms: Norms) {
        self.sink = sink
        self.norms = norms
    }

    /// What a reference is checked against.
    enum Reference {
        /// The file was not delivered.
        case absent
        /// The file was delivered but could not be read: references into it are not checked.
        case unreadable
        case ids(KnownIDs)
    }

    /// Errors the rules reported (not the header, a read or the CSV reader): the CSV reader's
    /// "bestand is leeg" is said only when no error of those others came before it. Files are
    /// read one at a time and their rows built at once (issue 9), so the rules' errors of
    /// earlier files are in the sink already and must not count.
    final class ErrorTally { @exclusivity(unchecked) var rules = 0 }
    let tally = ErrorTally()

    /// Reads `file` and builds a value per row with the builder `make` returns (once the header
    /// is accepted); `[]` when the file or its header cannot be read.
    func table<T>(_ file: CSVInput, _ make: (TableReader) -> (inout Row) -> T?) -> [T] {
        TableReader.rows(file, spec: Self.specs[file.name]!, sink: sink, tally: tally, make)
    }

    /// Tracks ids for the duplicate rule (reported at the second occurrence). Ids are kept as
    /// bytes (`ByteTable`), with the line of their first occurrence.
    final class IDs {
        // Unchecked exclusivity: see `DiagnosticSink`.
        @exclusivity(unchecked) private var table: ByteTable
        /// The line of each id's first occurrence, by id number. 32 bits hold the line of any
        /// file under 4 GB; a larger one (no longer read by column) keeps a line of 2³² − 1 or
        /// more as `UInt32.max`, and then says "op regel" with the exact line from `bigLines`.
        @exclusivity(unchecked) private var lines: [UInt32] = []
        @exclusivity(unchecked) private var bigLines: [Int: Int] = [:]
        /// `capacity`: the most ids the file can hold (its line count), so the table never grows;
        /// `byteCapacity`: at most the size of the file.
        init(capacity: Int = 0, byteCapacity: Int = 0) {
            table = ByteTable(capacity: capacity, byteCapacity: byteCapacity)
            lines.reserveHugeCapacity(capacity)
        }
        /// Registers the id whose text has UTF-8 `key`, seen on `line`: its number (in order of
        /// first occurrence), and the line of its first occurrence when it was seen before.
        @inline(__always)
        func register(_ key: UnsafeBufferPointer<UInt8>, line: Int) -> (number: Int, first: Int?) {
            let (k, inserted) = table.insert(key)
            if inserted {
                if line < Int(UInt32.max) {
                    lines.append(UInt32(line))
                } else {
                    lines.append(UInt32.max)
                    bigLines[k] = line
                }
                return (k, nil)
            }
            let first = lines[k]
            return (k, first == UInt32.max ? bigLines[k]! : Int(first))
        }
        /// Registers the id whose text has UTF-8 `key`, seen on `line`; the line of its first
        /// occurrence when it was seen before.
        func firstLine(_ key: UnsafeBufferPointer<UInt8>, line: Int) -> Int? { register(key, line: line).first }
        /// See `ByteTable.prefetch`.
        func prefetch(_ key: UnsafeBufferPointer<UInt8>) { table.prefetch(key) }
        /// The ids' bytes, by number (see `ByteTable.takeKeys`); the table is empty afterwards.
        func takeKeys() -> KeyStore {
            lines = []
            return table.takeKeys()
        }
        func check(_ row: inout Row, _ column: Column, _ id: String) {
            var text = id
            if let first = text.withUTF8({ firstLine($0, line: row.line) }) { Self.report(&row, column, id, first: first) }
        }
        func check(_ row: inout Row, _ column: String, _ id: String) { check(&row, row.reader.column(column), id) }
        static func report(_ row: inout Row, _ column: Column, _ id: String, first: Int) {
            let what = unquotedColumns.contains(column.name) || ValueParser.looksLikeBSN(id) ? "'\(column.name)'" : "'\(column.name)' \(Diagnostic.quote(id))"
            row.fail(column, "\(what) komt al voor op regel \(first); elke waarde mag maar één keer voorkomen", kind: .duplicateID)
        }
    }

    func doelen(_ file: CSVInput) -> [Target] {
        table(file) { r in
            var quotaYears: [Int: Int] = [:]
            return { (row: inout Row) -> Target? in
                let jaar = row.year("jaar")
                let indicator = row.identifier("indicator")
                let doel = row.requiredNumber("doel", rule: "0 of meer", { $0 >= 0 })
                let eenheid = row.requiredChoice("eenheid", as: QuotaUnit.self)
                let door = row.requiredChoice("vastgesteld_door", as: SetBy.self)
                if let indicator, indicator != "quotum_banenafspraak" {
                    row.warn("indicator", "indicator '\(indicator)' is onbekend en wordt genegeerd (bekend: quotum_banenafspraak)")
                }
                if let jaar, indicator == "quotum_banenafspraak" {
                    if let first = quotaYears[jaar] {
                        row.fail("jaar", "tweede doel 'quotum_banenafspraak' voor jaar \(jaar); het eerste staat op regel \(first)")
                    } else if !row.failed {
                        quotaYears[jaar] = row.line
                    }
                }
                guard let jaar, let indicator, let doel, let eenheid, let door else { return nil }
                return Target(
                    line: row.line, jaar: jaar, indicator: indicator, doel: doel, eenheid: eenheid, vastgesteldDoor: door,
                    bron: row.optionalText("bron"), toelichting: row.optionalText("toelichting"))
            }
        }
    }

    func plaatsingen(_ file: CSVInput) -> [Placement] {
        table(file) { r in
            let ids = IDs()
            // Columns resolved once per file (issue 9: no dictionary lookup per field).
            let cID = r.column("plaatsing_id"), cPerson = r.column("persoon"), cDept = r.column("afdeling"), cKind = r.column("soort"),
                cStart = r.column("start"), cEnd = r.column("einde"), cHours = r.column("uren_per_week"), cExtra = r.column("bovenformatief"),
                cGroup = r.column("doelgroep")
            let kinds = Choices<PlacementKind>(), groups = Choices<TargetGroup>()
            return { (row: inout Row) -> Placement? in
                let id = row.text(cID)
                if let id { ids.check(&row, cID, id) }
                let persoon = row.text(cPerson)
                if let persoon, ValueParser.looksLikeBSN(persoon) {
                    row.fail("persoon", "'persoon' is een BSN (9 cijfers die de elfproef doorstaan); gebruik een pseudoniem, nooit een BSN")
                }
                let afdeling = row.text(cDept)
                let soort = row.requiredChoice(cKind, in: kinds)
                let start = row.requiredDate(cStart)
                let einde = row.date(cEnd, required: false)
                let uren = row.requiredNumber(cHours, rule: "groter dan 0 en hoogstens 60", { $0 > 0 && $0 <= 60 })
                let boven = row.bool(cExtra, default: false)
                let doelgroep = row.choice(cGroup, required: false, in: groups)
                if let start, case .some(.some(let e)) = einde, e < start {
                    row.fail("einde", "'einde' (\(e.dutch)) ligt vóór 'start' (\(start.dutch)); einde is de laatst gewerkte dag")
                }
                guard let id, let persoon, let afdeling, let soort, let start, case .some(let e) = einde, let uren, let boven, case .some(let g) = doelgroep
                else { return nil }
                return Placement(
                    line: row.line, id: id, persoon: persoon, afdeling: afdeling, soort: soort, start: start, einde: e,
                    urenPerWeek: uren, bovenformatief: boven, doelgroep: g)
            }
        }
    }

    func budget(_ file: CSVInput) -> [BudgetRow] {
        table(file) { r in
            return { (row: inout Row) -> BudgetRow? in
                let jaar = row.year("jaar")
                let post = row.identifier("post")
                let soort = row.requiredChoice("soort", as: BudgetKind.self)
                let bedrag = row.requiredNumber("bedrag", amount: true, rule: "0 of meer", { $0 >= 0 })
                let datum = row.date("datum", required: false)
                guard let jaar, let post, let soort, let bedrag, case .some(let d) = datum else { return nil }
                return BudgetRow(line: row.line, jaar: jaar, post: post, soort: soort, bedrag: bedrag, omschrijving: row.optionalText("omschrijving"), datum: d)
            }
        }
    }

    func contracten(_ file: CSVInput) -> [Contract] {
        table(file) { r in
            // Sized for the file's lines (issue 9: fifty thousand contract ids grew both tables
            // from sixteen places, rehashing every key at each doubling).
            let ids = IDs(capacity: r.file.lineCount)
            let known = registry.opened(file.name, "contract_id")
            known.reserve(r.file.lineCount)
            if let i = r.index["contract_id"] {
                r.salvage = { fields in if i < fields.count, !fields[i].isEmpty { known.define(fields[i]) } }
            }
            // Columns resolved once per file (issue 9: no dictionary lookup per field).
            let cID = r.column("contract_id"), cProcedure = r.column("procedure"), cCategory = r.column("categorie"), cAwarded = r.column("gunningsdatum"),
                cEnds = r.column("einddatum"), cSum = r.column("aanneemsom"), cWages = r.column("loonsom"), cSebo = r.column("sebo_keurmerk"),
                cExempt = r.column("ontheffing"), cExtra = r.column("extra_percentage"), cPSO = r.column("pso_trede"), cDescription = r.column("omschrijving"),
                cDept = r.column("afdeling"), cSupplier = r.column("opdrachtnemer"), cMunicipality = r.column("gemeente")
            let delimiter: UInt8 = r.file.delimiter == ";" ? 0x3B : 0x2C
            let procedures = Choices<Procedure>(), categories = Choices<ContractCategory>(), levels = Choices<PSOLevel>()
            return { (row: inout Row) -> Contract? in
                // The slots of the next row's id are fetched a row ahead (issue 9: fifty thousand
                // ids in two tables, each lookup otherwise waiting for main memory).
                if let i = cID.index, let next = row.store.nextRecordField(i, delimiter: delimiter) {
                    ids.prefetch(next)
                    known.prefetch(next)
                }
                let id = row.text(cID)
                if let id {
                    ids.check(&row, cID, id)
                    known.define(id)
                }
                let procedure = row.requiredChoice(cProcedure, in: procedures)
                let categorie = row.requiredChoice(cCategory, in: categories)
                let gunning = row.requiredDate(cAwarded)
                let eind = row.date(cEnds, required: false)
                let som = row.requiredNumber(cSum, amount: true, rule: "groter dan 0 (bedrag zonder btw)", { $0 > 0 })
                let loonsom = row.number(cWages, required: false, amount: true, rule: "0 of meer", { $0 >= 0 })
                let sebo = row.bool(cSebo, default: false)
                let ontheffing = row.bool(cExempt, default: false)
                let extra = row.number(cExtra, required: false, rule: "0 of meer", { $0 >= 0 })
                let pso = row.choice(cPSO, required: false, in: levels)
                guard let id, let procedure, let categorie, let gunning, case .some(let e) = eind, let som, case .some(let l) = loonsom,
                    let sebo, let ontheffing, case .some(let x) = extra, case .some(let trede) = pso
                else { return nil }
                let contract = Contract(
                    line: row.line, id: id, omschrijving: row.optionalText(cDescription), afdeling: row.optionalText(cDept),
                    opdrachtnemer: row.optionalText(cSupplier), gemeente: row.optionalText(cMunicipality),
                    procedure: procedure, categorie: categorie, gunningsdatum: gunning, einddatum: e, aanneemsom: som,
                    loonsom: l, seboKeurmerk: sebo, ontheffing: ontheffing, extraPercentage: x ?? 0, psoTrede: trede)
                if l == nil, SROIRules.isPlichtig(contract, norms: norms) {
                    row.warn(
                        "loonsom",
                        "contract '\(id)' is SROI-plichtig maar de loonsom is onbekend; gerekend met \(formatPercent(norms.sroiPercentage + (x ?? 0))) van de aanneemsom"
                    )
                }
                return contract
            }
        }
    }

    func bouwblokken(_ file: CSVInput) -> [BuildingBlock] {
        table(file) { r in
            let ids = IDs()
            let known = registry.opened(file.name, "code")
            if let i = r.index["code"] {
                r.salvage = { fields in if i < fields.count, !fields[i].isEmpty { known.define(fields[i]) } }
            }
            return { (row: inout Row) -> BuildingBlock? in
                let code = row.text("code")
                if let code {
                    ids.check(&row, "code", code)
                    known.define(code)
                }
                let omschrijving = row.text("omschrijving")
                let deel = row.requiredChoice("hoofdonderdeel", as: BlockPart.self)
                let eenheid = row.requiredChoice("eenheid", as: BlockUnit.self)
                let waarde = row.requiredNumber("waarde", amount: true, rule: "0 of meer", { $0 >= 0 })
                if eenheid == .euro, let waarde, waarde != 1 {
                    row.fail("waarde", "'waarde' moet 1 zijn bij eenheid euro (het aantal is dan het bedrag), gevonden: \(row.found("waarde"))")
                }
                guard let code, let omschrijving, let deel, let eenheid, let waarde else { return nil }
                return BuildingBlock(line: row.line, code: code, omschrijving: omschrijving, hoofdonderdeel: deel, eenheid: eenheid, waarde: waarde)
            }
        }
    }

    /// `contracts`/`blocks`: the ids a reference may name, or why it is not checked.
    ///
    /// Issue 9: the hot file, stored by column (`Prestaties.Columns`). Ids and references are
    /// checked on the fields' bytes and no `String` is made per row: a resolved reference is
    /// kept as the number of the referred id, a woonplaats as the number of its distinct text.
    func prestaties(_ file: CSVInput, contracts: Reference, blocks: Reference) -> Prestaties {
        // 32-bit line numbers and offsets hold for a file under 4 GB; a larger one keeps rows.
        let columnar = file.bytes.count < Int(UInt32.max)
        // Unchecked exclusivity: see `DiagnosticSink`.
        final class Output {
            @exclusivity(unchecked) var columns = Prestaties.Columns()
            @exclusivity(unchecked) var rows: [Performance] = []
            @exclusivity(unchecked) var contractTexts = TextInterner()
            @exclusivity(unchecked) var blockTexts = TextInterner()
            @exclusivity(unchecked) var places = TextInterner()
            var ids: IDs?
            /// The next row's contract field as the fast path last saw it (its place in the
            /// file and length), and its hash: the next row takes the hash from here instead
            /// of computing it again when its field is that same range.
            @exclusivity(unchecked) var nextKey: UnsafePointer<UInt8>?
            @exclusivity(unchecked) var nextKeyCount = 0
            @exclusivity(unchecked) var nextHash: UInt64 = 0
            /// Freed with the output.
            var caches: [KeyCache] = []
            deinit { for cache in caches { cache.release() } }
        }
        /// `target` taken apart once, not per row (issue 9: matching the enum retained its
        /// ids, and each lookup fetched the table of short ids anew).
        struct Target {
            /// Kept alive by `contracts`/`blocks` for the whole file; not counted per copy
            /// (issue 9: each copy of the target retained and released it).
            unowned(unsafe) let known: KnownIDs?
            /// The known ids' table of short ids as plain values (its memory held by `tables`).
            let short: ShortKeyIndex.View?
            let absent: Bool
            init(known: KnownIDs?, absent: Bool) {
                self.known = known
                self.short = known?.shortIndex()?.view
                self.absent = absent
            }
            @inline(__always)
            func number(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
                if let short { return short.find(key) }
                return known?.number(key)
            }
            /// The same, with the key's hash in `short` computed already.
            @inline(__always)
            func number(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64?) -> Int? {
                if let short, let hash { return short.find(key, hash: hash) }
                return number(key)
            }
        }
        func resolved(_ target: Reference) -> Target {
            switch target {
            case .ids(let known): Target(known: known, absent: false)
            case .absent: Target(known: nil, absent: true)
            case .unreadable: Target(known: nil, absent: false)
            }
        }
        let contractTarget = resolved(contracts), blockTarget = resolved(blocks)
        // The short-id tables the targets' views read, held for the whole file whatever
        // happens to their owners.
        let tables = (contractTarget.known?.shortIndex(), blockTarget.known?.shortIndex())
        let out = Output()
        _ = withExtendedLifetime(tables) {
            table(file) { r in
                // The duplicate check's table keeps every id's bytes once; the columns refer to them.
                let ids = IDs(capacity: r.file.lineCount, byteCapacity: file.bytes.count)
                out.ids = ids
                if columnar { out.columns.reserve(r.file.lineCount) }
                /// The number of the referring value's text (the referred id's number when the ids
                /// are known), after reporting an empty value, a reference into a file that was not
                /// delivered, or an id the file does not define.
                func reference(_ row: inout Row, _ column: Column, _ target: Target, _ own: inout TextInterner, _ targetFile: String) -> Int? {
                    // The number, or `unknown` (no text is built for a reference that resolves).
                    let unknown = -1
                    let value = row.withKey(column) { key -> Int in
                        if target.known != nil { return target.number(key) ?? unknown }
                        if target.absent { return unknown }
                        return own.number(key)
                    }
                    guard let value else {
                        row.fail(column, "'\(column.name)' is verplicht maar leeg", kind: .requiredEmpty)
                        return nil
                    }
                    guard value == unknown else { return value }
                    // The value's text: the same trimmed NFC text whose UTF-8 was looked up.
                    let text = row.raw(column)
                    if target.absent {
                        row.fail(
                            column, "'\(column.name)' \(found(text, column: column.name)) verwijst naar \(targetFile), maar dat bestand is niet aangeleverd",
                            kind: .referenceIntoMissingFile)
                    } else {
                        row.fail(column, "'\(column.name)' \(found(text, column: column.name)) bestaat niet in \(targetFile)", kind: .unknownReference)
                    }
                    return nil
                }
                let cID = r.column("prestatie_id"), cContract = r.column("contract_id"), cBlock = r.column("bouwblok")
                let cDate = r.column("datum"), cAmount = r.column("aantal"), cVerified = r.column("geverifieerd"), cPlace = r.column("woonplaats")
                // The fast path (issue 9): a row whose fields are all ASCII and all valid, checked
                // in one pass over its bytes with no `Row` getter, closure or optional per field
                // (the reader offers it each record that has no extra field and is not written
                // with the other delimiter, `TableReader.fast`). It changes nothing until every
                // field has passed, then registers the id; on any doubt (a field absent, not
                // ASCII, empty or invalid, an unknown reference, a duplicate id) it returns
                // `false` and the row goes through the rules below, which report it. A
                // duplicate's second registration there changes nothing, so the diagnostics are
                // the same either way.
                let comma = r.file.usesDecimalComma
                let fastPath = columnar && contractTarget.known != nil && blockTarget.known != nil
                let iID = cID.index ?? .max, iContract = cContract.index ?? .max, iBlock = cBlock.index ?? .max
                let iDate = cDate.index ?? .max, iAmount = cAmount.index ?? .max, iVerified = cVerified.index ?? .max
                let iPlace = cPlace.index ?? .max
                // The few building blocks and woonplaatsen, by the last number each key had.
                let blockCache = KeyCache(), placeCache = KeyCache()
                out.caches = [blockCache, placeCache]
                let delimiter: UInt8 = r.file.delimiter == ";" ? 0x3B : 0x2C
                func fast(_ s: FieldStore) -> Bool {
                    guard let contractKey = s.asciiField(iContract), !contractKey.isEmpty else { return false }
                    var contractHash: UInt64?
                    if let short = contractTarget.short {
                        // The hash of this row's field when the row before computed it (the same
                        // bytes of the file: the same hash), else computed now.
                        let hash =
                            contractKey.baseAddress == out.nextKey && contractKey.count == out.nextKeyCount ? out.nextHash : short.hash(contractKey)
                        contractHash = hash
                        // The slot of the next row's contract is fetched a row ahead: the slot of
                        // this one, fetched only now, would arrive too late.
                        if let next = s.nextRecordField(iContract, delimiter: delimiter) {
                            let nextHash = short.hash(next)
                            (out.nextKey, out.nextKeyCount, out.nextHash) = (next.baseAddress, next.count, nextHash)
                            short.prefetch(hash: nextHash)
                        }
                        short.prefetch(hash: hash)
                    }
                    guard let id = s.asciiField(iID), !id.isEmpty, let blockKey = s.asciiField(iBlock), !blockKey.isEmpty else { return false }
                    let blok: Int
                    if let b = blockCache.find(blockKey) {
                        blok = b
                    } else {
                        guard let b = blockTarget.number(blockKey) else { return false }
                        blockCache.store(blockKey, b)
                        blok = b
                    }
                    guard let date = s.asciiField(iDate), case .day(let datum) = ValueParser.date(date), datum.isIn1900to2100,
                        let amount = s.asciiField(iAmount), let aantal = ValueParser.number(amount, decimalComma: comma, amount: false),
                        aantal.isFinite, abs(aantal) <= numberLimit, aantal > 0
                    else { return false }
                    var verified = false
                    if iVerified < s.count {
                        guard let v = s.asciiField(iVerified) else { return false }
                        if !v.isEmpty {
                            guard let b = ValueParser.bool(v) else { return false }
                            verified = b
                        }
                    }
                    guard let contract = contractTarget.number(contractKey, hash: contractHash) else { return false }
                    let line = s.line
                    let seen = ids.register(id, line: line)
                    guard seen.first == nil else { return false }
                    let place: Int?
                    if let key = s.asciiField(iPlace) {
                        if key.isEmpty {
                            place = nil
                        } else if let p = placeCache.find(key) {
                            place = p
                        } else {
                            let p = out.places.number(key)
                            placeCache.store(key, p)
                            place = p
                        }
                    } else {
                        // Absent, or not ASCII (its text in NFC).
                        place = Row(reader: r, store: s).withKey(cPlace) { out.places.number($0) }
                    }
                    out.columns.append(
                        line: line, id: seen.number, contract: contract, block: blok, place: place, day: datum, amount: aantal, verified: verified)
                    return true
                }
                if fastPath { r.fast = fast }
                return { (row: inout Row) -> Void? in
                    let line = row.line
                    let seen = row.withKey(cID) { ids.register($0, line: line) }
                    if seen == nil { row.fail(cID, "'\(cID.name)' is verplicht maar leeg", kind: .requiredEmpty) }
                    if let seen, let first = seen.first { IDs.report(&row, cID, row.raw(cID), first: first) }
                    // The contract is looked up after the row's other fields, its slot fetched from
                    // main memory meanwhile (issue 9). The order of the checks does not show: a
                    // row's diagnostics are sorted by column.
                    if let short = contractTarget.short { _ = row.withKey(cContract) { short.prefetch($0) } }
                    let blok = reference(&row, cBlock, blockTarget, &out.blockTexts, "bouwblokken.csv")
                    let datum = row.requiredDate(cDate)
                    let aantal = row.requiredNumber(cAmount, rule: "groter dan 0", { $0 > 0 })
                    let verified = row.bool(cVerified, default: false)
                    let contract = reference(&row, cContract, contractTarget, &out.contractTexts, "contracten.csv")
                    guard !row.failed, let seen, let contract, let blok, let datum, let aantal, let verified else { return nil }
                    let place = row.withKey(cPlace) { out.places.number($0) }
                    if columnar {
                        out.columns.append(
                            line: line, id: seen.number, contract: contract, block: blok, place: place, day: datum, amount: aantal, verified: verified)
                    } else {
                        func text(_ target: Reference, _ own: TextInterner, _ n: Int) -> String {
                            if case .ids(let known) = target { return known.texts[n] }
                            return own.texts[n]
                        }
                        out.rows.append(
                            Performance(
                                line: line, id: row.raw(cID), contractID: text(contracts, out.contractTexts, contract),
                                bouwblok: text(blocks, out.blockTexts, blok), datum: datum, aantal: aantal, geverifieerd: verified,
                                woonplaats: place.map { out.places.texts[$0] }))
                    }
                    return ()
                }
            }
        }
        guard columnar else { return Prestaties(out.rows) }
        func texts(_ target: Reference, _ own: TextInterner) -> [String] {
            if case .ids(let known) = target { return known.texts }
            return own.texts
        }
        out.columns.contractTexts = texts(contracts, out.contractTexts)
        out.columns.blockTexts = texts(blocks, out.blockTexts)
        out.columns.placeTexts = out.places.texts
        if let keys = out.ids?.takeKeys() { out.columns.ids = keys }
        return Prestaties(columns: out.columns)
    }

    func rapportages(_ file: CSVInput) -> [Report] {
        table(file) { r in
            let ids = IDs()
            return { (row: inout Row) -> Report? in
                let id = row.text("rapportage_id")
                if let id { ids.check(&row, "rapportage_id", id) }
                let titel = row.text("titel")
                let datum = row.requiredDate("datum")
                let jaargang = row.year("jaargang")
                let soort = row.choice("soort", required: false, as: ReportKind.self)
                let ba = row.requiredChoice("banenafspraak", as: Coverage.self)
                let sroi = row.requiredChoice("sroi", as: Coverage.self)
                let budget = row.bool("budget", default: false)
                guard let id, let titel, let datum, let jaargang, case .some(let s) = soort, let ba, let sroi, let budget else { return nil }
                return Report(
                    line: row.line, id: id, titel: titel, datum: datum, jaargang: jaargang, soort: s ?? .rapportageSociaalDomein,
                    banenafspraak: ba, sroi: sroi, budget: budget)
            }
        }
    }

    func regio(_ file: CSVInput) -> [RegionRow] {
        table(file) { r in
            return { (row: inout Row) -> RegionRow? in
                let regio = row.text("arbeidsmarktregio")
                let jaar = row.year("jaar")
                let sector = row.requiredChoice("sector", as: Sector.self)
                let doel = row.number("doel", required: false, rule: "0 of meer", { $0 >= 0 })
                let real = row.number("gerealiseerd", required: false, rule: "0 of meer", { $0 >= 0 })
                guard let regio, let jaar, let sector, case .some(let d) = doel, case .some(let g) = real else { return nil }
                return RegionRow(line: row.line, arbeidsmarktregio: regio, jaar: jaar, sector: sector, doel: d, gerealiseerd: g, bron: row.optionalText("bron"))
            }
        }
    }

    func kengetallen(_ file: CSVInput) -> [KeyFigure] {
        table(file) { r in
            return { (row: inout Row) -> KeyFigure? in
                let datum = row.requiredDate("datum")
                let kengetal = row.identifier("kengetal")
                let waarde = row.requiredNumber("waarde", rule: "0 of meer", { $0 >= 0 })
                guard let datum, let kengetal, let waarde else { return nil }
                return KeyFigure(
                    line: row.line, datum: datum, kengetal: kengetal, waarde: waarde, eenheid: row.optionalText("eenheid"), bron: row.optionalText("bron"))
            }
        }
    }
}

extension FileRules {
    /// `normenkader.csv` (optional, issue 11): the griffie's judgement per norm and year.
    func normenkader(_ file: CSVInput) -> [NormJudgement] {
        final class Seen { var lines: [String: Int] = [:] }
        let seen = Seen()
        return table(file) { _ in
            return { (row: inout Row) -> NormJudgement? in
                let norm = row.identifier("norm")
                if let n = norm, !NormJudgement.knownNorms.contains(n) {
                    let near = NormJudgement.knownNorms.min { editDistance(n, $0) < editDistance(n, $1) }
                    let hint = near.map { editDistance(n, $0) <= 3 ? "; bedoeld is waarschijnlijk '\($0)'" : "" } ?? ""
                    row.fail("norm", "onbekende norm '\(n)'\(hint) (bekende normen: \(NormJudgement.knownNorms.joined(separator: ", ")))")
                }
                let jaar = row.year("jaar")
                let oordeel = row.requiredChoice("oordeel", as: NormJudgement.Verdict.self)
                let datum = row.requiredDate("datum")
                if let norm, let jaar, !row.failed {
                    let key = "\(norm)#\(jaar)"
                    if let first = seen.lines[key] {
                        row.fail("norm", "tweede oordeel over norm '\(norm)' in \(jaar); het eerste staat op regel \(first)")
                    } else {
                        seen.lines[key] = row.line
                    }
                }
                guard let norm, let jaar, let oordeel, let datum, !row.failed else { return nil }
                return NormJudgement(line: row.line, norm: norm, jaar: jaar, oordeel: oordeel, datum: datum, toelichting: row.optionalText("toelichting"))
            }
        }
    }
}

/// Levenshtein distance, for "bedoeld is waarschijnlijk" hints.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var prev = Array(0...b.count)
    for i in 1...a.count {
        var cur = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count { cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)) }
        prev = cur
    }
    return prev[b.count]
}

/// `5 %`, `2,5 %` — for the loader's warning about an unknown loonsom ("gerekend met 5 % van de
/// aanneemsom"). The only percent formatter in RaadsMetrics: every other percentage is a
/// figure, formatted by the presentation (`NumberFormat`). It stays here because the warning is
/// made by the loader, which does not depend on the presentation, and its text is part of
/// `check`'s output.
func formatPercent(_ x: Double) -> String {
    let s = x == x.rounded() ? String(Int(x)) : String(x).replacingOccurrences(of: ".", with: ",")
    return s + " %"
}
