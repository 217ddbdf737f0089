import Foundation

/// A set of byte strings, each numbered in the order it was first inserted (issue 9).
///
/// The loader checks a million prestatie ids for duplicates and a million references against
/// the contract ids; as `String` keys each of them would be built, validated and hashed
/// Unicode-aware. This table hashes the field's bytes directly. Keys are the UTF-8 of a
/// field's text after trimming and NFC (the loader's text rule), so two keys are equal exactly
/// when the texts are.
///
/// The hash is seeded per process, so a hostile file cannot be written to collide on every
/// machine; probing is linear in a table kept at most half full.
struct ByteTable {
    /// The keys' bytes, one after the other; key `k` is `bytes[starts[k] ..< starts[k + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// Slot → key number + 1 (0: empty). The count is a power of two.
    private var slots: [UInt32]
    private var mask: Int

    /// `capacity`: the keys expected, so that the table need not grow.
    init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt32](repeating: 0, count: size)
        mask = size - 1
        starts.reserveCapacity(capacity + 1)
    }

    var count: Int { starts.count - 1 }

    private static let seed: UInt64 = .random(in: .min ... .max)

    @inline(__always)
    private static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let (hi, lo) = a.multipliedFullWidth(by: b)
        return hi ^ lo
    }

    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = seed ^ (UInt64(key.count) &* 0x9E37_79B9_7F4A_7C15)
        let raw = UnsafeRawBufferPointer(key)
        var i = 0
        while i + 8 <= key.count {
            h = mix(h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self), 0xA076_1D64_78BD_642F)
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < key.count {
            tail |= UInt64(key[i]) << shift
            shift += 8
            i += 1
        }
        h = mix(h ^ tail, 0xE703_7ED1_A0B4_28DB)
        return mix(h ^ seed, 0x8EBC_6AF0_9C88_C6E3)
    }

    @inline(__always)
    private func equals(_ k: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = starts[k], e = starts[k + 1]
        guard e - s == key.count else { return false }
        return bytes.withUnsafeBufferPointer { b in
            key.isEmpty || memcmp(b.baseAddress! + s, key.baseAddress!, key.count) == 0
        }
    }

    /// The number of `key`, or `nil`.
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
        while true {
            let v = slots[slot]
            if v == 0 { return nil }
            if equals(Int(v) - 1, key) { return Int(v) - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Inserts `key` unless present; its number, and whether it was new.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (number: Int, inserted: Bool) {
        var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
        while true {
            let v = slots[slot]
            if v == 0 { break }
            if equals(Int(v) - 1, key) { return (Int(v) - 1, false) }
            slot = (slot + 1) & mask
        }
        let number = count
        bytes.append(contentsOf: key)
        starts.append(bytes.count)
        slots[slot] = UInt32(truncatingIfNeeded: number + 1)
        if count * 2 > slots.count { grow() }
        return (number, true)
    }

    private mutating func grow() {
        let size = slots.count * 2
        var fresh = [UInt32](repeating: 0, count: size)
        let m = size - 1
        bytes.withUnsafeBufferPointer { b in
            for k in 0..<count {
                let key = UnsafeBufferPointer(rebasing: b[starts[k]..<starts[k + 1]])
                var slot = Int(truncatingIfNeeded: Self.hash(key)) & m
                while fresh[slot] != 0 { slot = (slot + 1) & m }
                fresh[slot] = UInt32(truncatingIfNeeded: k + 1)
            }
        }
        slots = fresh
        mask = m
    }

    /// The same for a `String` key (its UTF-8; callers pass texts in NFC).
    func find(_ key: String) -> Int? {
        var key = key
        return key.withUTF8 { find($0) }
    }

    @discardableResult
    mutating func insert(_ key: String) -> (number: Int, inserted: Bool) {
        var key = key
        return key.withUTF8 { insert($0) }
    }
}

/// Texts read from a file, kept once each: the `String` of a repeated value (a woonplaats, a
/// contract id named by many prestaties) is made once and shared.
struct TextInterner {
    private var table: ByteTable
    private(set) var texts: [String] = []

    init(capacity: Int = 0) { table = ByteTable(capacity: capacity) }

    /// The shared text whose UTF-8 is `key`.
    mutating func text(_ key: UnsafeBufferPointer<UInt8>) -> String {
        let (number, inserted) = table.insert(key)
        if inserted { texts.append(String(decoding: key, as: UTF8.self)) }
        return texts[number]
    }
}

extension TextInterner {
    /// The shared text whose UTF-8 is `key`, when it was interned.
    func find(_ key: UnsafeBufferPointer<UInt8>) -> String? {
        table.find(key).map { texts[$0] }
    }
}
