import Foundation
import Testing

@testable import RaadsMetrics

/// The loader's byte-keyed id table (issue 9) must answer exactly as a `Set` of the texts would,
/// in order or not, across growth, and for keys that only differ in their last bytes.
@Suite struct ByteTableTests {
    /// Inserts every key and checks each answer against a plain dictionary.
    func agree(_ keys: [[UInt8]], capacity: Int = 0) {
        var table = ByteTable(capacity: capacity)
        var reference: [[UInt8]: Int] = [:]
        for key in keys {
            let expected = reference[key]
            let (number, inserted) = key.withUnsafeBufferPointer { table.insert($0) }
            if let expected {
                #expect(!inserted && number == expected)
            } else {
                #expect(inserted && number == reference.count)
                reference[key] = number
            }
        }
        #expect(table.count == reference.count)
        for (key, number) in reference { #expect(key.withUnsafeBufferPointer { table.find($0) } == number) }
        for key in [Array("ontbreekt".utf8), [], Array("S0000000".utf8)] where reference[key] == nil {
            #expect(key.withUnsafeBufferPointer { table.find($0) } == nil)
        }
    }

    @Test func keysInOrderNeedNoSlotsAndAreStillFound() {
        agree((0..<5000).map { Array(String(format: "S%08d", $0).utf8) })
    }

    @Test func aKeyOutOfOrderIsADuplicateWhenItWasSeen() {
        // In order up to S00000999, then an earlier id again: the slots are built on the spot.
        var keys = (0..<1000).map { Array(String(format: "S%08d", $0).utf8) }
        keys.append(Array("S00000500".utf8))
        keys.append(Array("S00000001".utf8))
        keys += (1000..<3000).map { Array(String(format: "S%08d", $0).utf8) }
        keys.append(Array("S00002999".utf8))
        agree(keys)
    }

    @Test func randomKeysAgreeWithASetThroughGrowth() {
        var rng = DisclosureAttackTests.Random(state: 42)
        // Short alphabet and lengths 0…20: many duplicates, many equal prefixes, keys that
        // differ in their last byte past the 8-byte words.
        let keys = (0..<20000).map { _ in (0..<Int(rng.next() % 21)).map { _ in UInt8(0x41 + rng.next() % 3) } }
        agree(keys)
        agree(keys, capacity: keys.count)
    }

    /// The keys' store (issue 9): every length (the copy of eight to sixteen bytes by two
    /// words included), growth far past its first room, and a copied table that inserts
    /// leaves the original as it was.
    @Test func theKeyStoreKeepsEveryKeyThroughGrowthAndCopies() {
        var rng = DisclosureAttackTests.Random(state: 11)
        let keys = (0..<3000).map { _ in (0..<Int(rng.next() % 41)).map { _ in UInt8(truncatingIfNeeded: rng.next()) } }
        let store = KeyStore(capacity: 2, byteCapacity: 3)
        for key in keys { key.withUnsafeBufferPointer { store.append($0) } }
        #expect(store.count == keys.count)
        for (k, key) in keys.enumerated() { #expect(Array(store[k]) == key, "key \(k)") }
        let copy = store.copy()
        #expect((0..<keys.count).allSatisfy { Array(copy[$0]) == keys[$0] })

        var table = ByteTable()
        for k in 0..<100 { Array("K\(1000 + k)".utf8).withUnsafeBufferPointer { _ = table.insert($0) } }
        var other = table
        Array("K0".utf8).withUnsafeBufferPointer { _ = other.insert($0) }
        #expect(table.count == 100 && other.count == 101)
        #expect(Array("K0".utf8).withUnsafeBufferPointer { table.find($0) } == nil)
        #expect(Array("K0".utf8).withUnsafeBufferPointer { other.find($0) } == 100)
        #expect((0..<100).allSatisfy { table.key($0) == Array("K\(1000 + $0)".utf8) && other.key($0) == table.key($0) })
    }

    @Test func theShortKeyIndexAnswersAsTheTableItWasBuiltFrom() throws {
        var rng = DisclosureAttackTests.Random(state: 7)
        var table = ByteTable()
        for _ in 0..<5000 {
            let key = (0..<Int(rng.next() % 17)).map { _ in UInt8(0x30 + rng.next() % 4) }
            key.withUnsafeBufferPointer { _ = table.insert($0) }
        }
        let keys = (0..<table.count).map { table.key($0) }
        let index = try #require(ShortKeyIndex(keys: keys))
        for (number, key) in keys.enumerated() { #expect(key.withUnsafeBufferPointer { index.find($0) } == number) }
        // Keys that differ only past the first word, or only in length (zero padding).
        for probe in [Array("0123012301230123".utf8), [0x30], [0x30, 0x00], Array("01230123x".utf8)] {
            let expected = probe.withUnsafeBufferPointer { table.find($0) }
            #expect(probe.withUnsafeBufferPointer { index.find($0) } == expected)
        }
        #expect(Array("a key longer than sixteen bytes".utf8).withUnsafeBufferPointer { index.find($0) } == nil)
        #expect(ShortKeyIndex(keys: [Array("a key longer than sixteen bytes".utf8)]) == nil)
    }

    /// Two keys of at most 16 bytes have the same words and length exactly when they are equal
    /// (the words overlap for 9 to 15 bytes and 5 to 7), and `order` is byte order.
    @Test func shortKeyWordsAndOrderAgreeWithTheBytes() {
        var rng = DisclosureAttackTests.Random(state: 11)
        let keys = (0..<3000).map { _ in (0..<Int(rng.next() % 17)).map { _ in UInt8(0x30 + rng.next() % 3) } }
        for _ in 0..<20000 {
            let a = keys[Int(rng.next() % UInt64(keys.count))], b = keys[Int(rng.next() % UInt64(keys.count))]
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    let same = ShortKeyIndex.words(pa) == ShortKeyIndex.words(pb) && a.count == b.count
                    #expect(same == (a == b))
                    let order = ByteTable.order(pa, pb)
                    #expect((order < 0) == a.lexicographicallyPrecedes(b) && (order == 0) == (a == b))
                }
            }
        }
    }

    /// The small cache answers a stored key's number, or nothing, never another key's.
    @Test func theKeyCacheNeverAnswersAnotherKeysNumber() {
        let cache = KeyCache()
        defer { cache.release() }
        var rng = DisclosureAttackTests.Random(state: 5)
        var numbers: [[UInt8]: Int] = [:]
        for n in 0..<5000 {
            let key = (0..<Int(1 + rng.next() % 18)).map { _ in UInt8(0x61 + rng.next() % 4) }
            if let found = key.withUnsafeBufferPointer({ cache.find($0) }) { #expect(found == numbers[key]) }
            if numbers[key] == nil { numbers[key] = n }
            key.withUnsafeBufferPointer { cache.store($0, numbers[key]!) }
            let again = key.withUnsafeBufferPointer { cache.find($0) }
            #expect(again == (key.count <= 16 ? numbers[key] : nil))
        }
    }

    @Test func stringKeysAreComparedAsCanonicalText() {
        var table = ByteTable()
        #expect(table.insert("Café").inserted)
        // `e` + combining acute is the same text as `é`, as `==` on strings says.
        #expect(!table.insert("Cafe\u{301}").inserted)
        #expect(table.find("Cafe\u{301}") == 0)
        #expect(table.find("Cafe") == nil)
    }

    @Test func theInternerGivesOneTextPerValue() {
        var interner = TextInterner()
        let a = Array("Leidschendam-Voorburg".utf8), b = Array("Delft".utf8)
        let first = a.withUnsafeBufferPointer { interner.number($0) }
        _ = b.withUnsafeBufferPointer { interner.number($0) }
        let again = a.withUnsafeBufferPointer { interner.number($0) }
        #expect(first == 0 && again == 0)
        #expect(interner.texts == ["Leidschendam-Voorburg", "Delft"])
        #expect(Array("Delft".utf8).withUnsafeBufferPointer { interner.findNumber($0) } == 1)
        #expect(Array("Zoetermeer".utf8).withUnsafeBufferPointer { interner.findNumber($0) } == nil)
    }

    /// An allowed value is matched on its bytes when ASCII (issue 9): in any case, and only
    /// exactly; a value with other characters is lower-cased as text.
    @Test func choicesMatchInAnyCaseOnTheirBytes() {
        for (value, expected) in [("europees", true), ("EUROPEES", true), ("Europees", true), ("europeesx", false), ("europee", false), ("EURÖPEES", false)] {
            let r = load([
                "contracten.csv": "contract_id;procedure;categorie;gunningsdatum;aanneemsom\nC1;\(value);Werken;1-1-2020;100000\n"
            ])
            #expect((r.dataset?.contracten?.first?.procedure == .europees) == expected, "\(value)")
            #expect(r.diagnostics.contains { $0.message.contains("'procedure' moet een van deze waarden zijn") } == !expected, "\(value)")
        }
        let words = ["werken", "WERKEN", "Werken", "wErKeN", "werke", "", "diensten", "LEVERINGEN", "leveringenx", "@ERKEN", "[ERKEN"]
        for w in words {
            let fast = Array(w.utf8).withUnsafeBufferPointer { Choices<ContractCategory>().match($0) }
            #expect(fast == ContractCategory(rawValue: w.lowercased()), "\(w)")
        }
        for w in ["1", "2", "3", "aspirant", "ASPIRANT", "4", "12", "trede1"] {
            let fast = Array(w.utf8).withUnsafeBufferPointer { Choices<PSOLevel>().match($0) }
            #expect(fast == PSOLevel(rawValue: w.lowercased()), "\(w)")
        }
    }

    @Test func duplicatePrestatieIDsAreFoundInAnyOrder() {
        // Out of order, so the table switches from appending to hashing mid-file.
        let prestaties = """
            prestatie_id;contract_id;bouwblok;datum;aantal
            S3;C1;B1;1-2-2020;1
            S1;C1;B1;1-2-2020;1
            S2;C1;B1;1-2-2020;1
            S1;C1;B1;1-2-2020;1
            S3;C1;B1;1-2-2020;1

            """
        let r = load([
            "contracten.csv": "contract_id;procedure;categorie;gunningsdatum;aanneemsom\nC1;europees;werken;1-1-2020;100000\n",
            "bouwblokken.csv": "code;omschrijving;hoofdonderdeel;eenheid;waarde\nB1;Uur;ontwikkeling;uur;75\n",
            "sroi_prestaties.csv": prestaties,
        ])
        let messages = r.diagnostics.map(\.description).filter { $0.contains("komt al voor") }
        #expect(
            messages == [
                "sroi_prestaties.csv:5:1: error: 'prestatie_id' \"S1\" komt al voor op regel 3; elke waarde mag maar één keer voorkomen",
                "sroi_prestaties.csv:6:1: error: 'prestatie_id' \"S3\" komt al voor op regel 2; elke waarde mag maar één keer voorkomen",
            ])
        #expect(r.dataset?.prestaties?.map(\.id) == ["S3", "S1", "S2"])
    }
}
