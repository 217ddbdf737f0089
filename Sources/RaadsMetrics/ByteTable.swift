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
    /// The keys' bytes, one after the other (`KeyStore`); shared by copies of the table until
    /// one of them inserts.
    private var keys: KeyStore
    /// Slot → `fingerprint << 32 | (key number + 1)`, 0 when empty; the fingerprint is the
    /// hash's high half, so a probe that meets another key rarely reads that key's bytes (a
    /// table of a million keys lives in main memory, where every read is a cache miss). The
    /// count is a power of two.
    private var slots: Slots
    private var mask: Int

    /// While every key inserted was greater (in byte order) than the one before, no key can be
    /// present twice and the slots are not built: ids in an export are mostly in order, and
    /// then a million inserts are a million appends. The first key out of order builds them.
    private var ascending = true
    private var capacity: Int

    /// `capacity`: the keys expected, so that the table need not grow; `byteCapacity`: their
    /// bytes expected (an upper bound costs address space, not memory: untouched pages are not
    /// resident), so that the keys are not copied as they grow.
    init(capacity: Int = 0, byteCapacity: Int = 0) {
        self.capacity = capacity
        slots = Slots(count: 0)
        mask = -1
        keys = KeyStore(capacity: capacity, byteCapacity: byteCapacity)
    }

    /// Byte order of key `k` and `key`: negative, zero or positive.
    @inline(__always)
    private func compare(_ k: Int, _ key: UnsafeBufferPointer<UInt8>) -> Int { Self.order(keys[k], key) }

    /// Byte order of `a` and `b` (like `memcmp`, then the shorter first): negative, zero or
    /// positive. Eight bytes at a time as big-endian words, without a call (issue 9: ids of
    /// nine or ten bytes, compared once per prestatie).
    @inline(__always)
    static func order(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = min(a.count, b.count)
        var i = 0
        if n >= 8 {
            let ra = UnsafeRawPointer(a.baseAddress!), rb = UnsafeRawPointer(b.baseAddress!)
            while i + 8 <= n {
                let x = UInt64(bigEndian: ra.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let y = UInt64(bigEndian: rb.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                if x != y { return x < y ? -1 : 1 }
                i += 8
            }
        }
        while i < n {
            if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
            i += 1
        }
        return a.count - b.count
    }

    /// Builds the slots from the keys so far (they are distinct).
    private mutating func buildSlots() {
        ascending = false
        var size = 16
        while size < max(capacity, count + 1) * 2 { size <<= 1 }
        rehash(size: size)
    }

    typealias Slots = PageBuffer<UInt64>

    var count: Int { keys.count }

    static let seed: UInt64 = .random(in: .min ... .max)

    @inline(__always)
    private static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let (hi, lo) = a.multipliedFullWidth(by: b)
        return hi ^ lo
    }

    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
        var h = seed ^ (UInt64(key.count) &* 0x9E37_79B9_7F4A_7C15)
        let raw = UnsafeRawBufferPointer(key)
        var i = 0
        while i + 8 <= key.count {
            h = mix(h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self), 0xA076_1D64_78BD_642F)
            i += 8
        }
        // The last bytes in one or two loads: the key's last eight (overlapping the words
        // above), or for a short key its first and last four (the length is in `h` already).
        var tail: UInt64 = 0
        if i < key.count {
            if key.count >= 8 {
                tail = raw.loadUnaligned(fromByteOffset: key.count - 8, as: UInt64.self)
            } else if key.count >= 4 {
                tail = UInt64(raw.loadUnaligned(as: UInt32.self)) << 32 | UInt64(raw.loadUnaligned(fromByteOffset: key.count - 4, as: UInt32.self))
            } else {
                for k in 0..<key.count { tail |= UInt64(key[k]) << UInt64(8 * k) }
            }
        }
        h = mix(h ^ tail, 0xE703_7ED1_A0B4_28DB)
        return mix(h ^ seed, 0x8EBC_6AF0_9C88_C6E3)
    }

    /// The seed, read once per table operation (a `static let` is a guarded global).
    private let seed = ByteTable.seed

    @inline(__always)
    private func equals(_ k: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let stored = keys[k]
        guard stored.count == key.count else { return false }
        guard key.count <= 16 else { return memcmp(stored.baseAddress!, key.baseAddress!, key.count) == 0 }
        // Most ids are short: compared in place as words, without a call.
        return ShortKeyIndex.words(stored) == ShortKeyIndex.words(key)
    }

    /// Where `key` is, or the empty slot where it would go; `found` is its number when present.
    @inline(__always)
    private func probe(_ key: UnsafeBufferPointer<UInt8>) -> (slot: Int, found: Int?, fingerprint: UInt64) {
        let h = Self.hash(key, seed: seed)
        let fingerprint = h >> 32
        var slot = Int(truncatingIfNeeded: h) & mask
        let table = slots.pointer
        while true {
            let v = table[slot]
            if v == 0 { return (slot, nil, fingerprint) }
            if v >> 32 == fingerprint {
                let k = Int(v & 0xFFFF_FFFF) - 1
                if equals(k, key) { return (slot, k, fingerprint) }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The number of `key`, or `nil`.
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard ascending else { return probe(key).found }
        // The keys are sorted: a binary search.
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            let c = compare(mid, key)
            if c == 0 { return mid }
            if c < 0 { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }

    /// Asks the processor to fetch the slot where `key` is or would go (a hint, for a key about
    /// to be looked up or inserted; nothing while the keys come in order and no slots exist).
    @inline(__always)
    func prefetch(_ key: UnsafeBufferPointer<UInt8>) {
        guard !ascending else { return }
        prefetchForRead(slots.pointer + (Int(truncatingIfNeeded: Self.hash(key, seed: seed)) & mask))
    }

    /// Inserts `key` unless present; its number, and whether it was new.
    @discardableResult
    @inline(__always)
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (number: Int, inserted: Bool) {
        // Keys in order (a million prestatie ids): appended in line (issue 9).
        if ascending, isKnownUniquelyReferenced(&keys), keys.appendIfAfterLast(key) { return (keys.count - 1, true) }
        return insertByHash(key)
    }

    @inline(never)
    private mutating func insertByHash(_ key: UnsafeBufferPointer<UInt8>) -> (number: Int, inserted: Bool) {
        if !isKnownUniquelyReferenced(&keys) { keys = keys.copy() }
        if ascending {
            if keys.appendIfAfterLast(key) { return (keys.count - 1, true) }
            buildSlots()
        }
        let (slot, found, fingerprint) = probe(key)
        if let found { return (found, false) }
        let number = count
        keys.append(key)
        if !isKnownUniquelyReferenced(&slots) { slots = slots.copy() }
        slots.pointer[slot] = fingerprint << 32 | UInt64(truncatingIfNeeded: number + 1) & 0xFFFF_FFFF
        if count * 2 > slots.count { grow() }
        return (number, true)
    }

    private mutating func grow() { rehash(size: slots.count * 2) }

    private mutating func rehash(size: Int) {
        let storage = Slots(count: size)
        let fresh = storage.pointer
        let m = size - 1
        for k in 0..<count {
            let h = Self.hash(keys[k], seed: seed)
            var slot = Int(truncatingIfNeeded: h) & m
            while fresh[slot] != 0 { slot = (slot + 1) & m }
            fresh[slot] = (h >> 32) << 32 | UInt64(truncatingIfNeeded: k + 1) & 0xFFFF_FFFF
        }
        slots = storage
        mask = m
    }

    /// Key `k`'s bytes.
    func key(_ k: Int) -> [UInt8] { Array(keys[k]) }

    /// Hands each key, with its number, to `body` in order while `body` returns `true`;
    /// whether every key was handed (no copy of a key is made).
    func allKeys(_ body: (Int, UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        for k in 0..<count where !body(k, keys[k]) { return false }
        return true
    }

    /// The keys, leaving the table empty.
    mutating func takeKeys() -> KeyStore {
        defer { self = ByteTable() }
        return keys
    }

    /// The same for a `String` key: its UTF-8 in NFC, so that keys are equal exactly when the
    /// strings are (`==` on strings is canonical equivalence).
    func find(_ key: String) -> Int? {
        var key = nfc(key)
        return key.withUTF8 { find($0) }
    }

    @discardableResult
    mutating func insert(_ key: String) -> (number: Int, inserted: Bool) {
        var key = nfc(key)
        return key.withUTF8 { insert($0) }
    }
}

/// Texts read from a file, kept once each: the `String` of a repeated value (a woonplaats, a
/// contract id named by many prestaties) is made once and shared.
struct TextInterner {
    private var table: ByteTable
    private(set) var texts: [String] = []

    init(capacity: Int = 0) { table = ByteTable(capacity: capacity) }

    /// The number of the text whose UTF-8 is `key` (its place in `texts`), added when new.
    mutating func number(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        let (number, inserted) = table.insert(key)
        if inserted { texts.append(String(decoding: key, as: UTF8.self)) }
        return number
    }
}

extension TextInterner {
    /// See `ByteTable.prefetch`.
    func prefetch(_ key: UnsafeBufferPointer<UInt8>) { table.prefetch(key) }

    /// The number of the text whose UTF-8 is `key`, when it was interned.
    func findNumber(_ key: UnsafeBufferPointer<UInt8>) -> Int? { table.find(key) }

    /// A table of the texts' UTF-8 by number (see `ShortKeyIndex`); `nil` when a text has more
    /// than 16 bytes.
    func shortIndex() -> ShortKeyIndex? { ShortKeyIndex(count: table.count, allKeys: table.allKeys) }
}

/// A read-only table of short keys (at most 16 bytes) with each key stored in its slot, built
/// once from a finished `ByteTable`'s keys: a lookup reads one slot (one cache miss) where the
/// `ByteTable` reads the slot, the key's offsets and the key's bytes (issue 9: a million
/// prestaties each look up their contract among fifty thousand).
struct ShortKeyIndex {
    /// 32 bytes, so that a slot never straddles two cache lines.
    fileprivate struct Slot {
        var w0: UInt64 = 0
        var w1: UInt64 = 0
        /// `length << 32 | (number + 1)`; 0 when empty.
        var meta: UInt64 = 0
        var padding: UInt64 = 0
    }
    /// In large pages, as `ByteTable`'s slots (`PageBuffer`).
    private let slots: PageBuffer<Slot>
    private let mask: Int
    private let seed = ByteTable.seed

    static let maxLength = 16

    /// `nil` when a key is longer than `maxLength` bytes.
    init?(keys: [[UInt8]]) {
        self.init(count: keys.count) { body in
            for (number, key) in keys.enumerated() where !key.withUnsafeBufferPointer({ body(number, $0) }) { return false }
            return true
        }
    }

    /// The `count` keys that `allKeys` hands to its argument with their numbers (that
    /// argument returns `false` to stop, and then `allKeys` returns `false`); `nil` when a key
    /// is longer than `maxLength` bytes.
    init?(count: Int, allKeys: ((Int, UnsafeBufferPointer<UInt8>) -> Bool) -> Bool) {
        // At most 80 % full: a probe that misses its first slot most often finds the key in
        // the same or the next cache line, and a smaller table stays in the caches (issue 9).
        var size = 16
        while size * 4 < count * 5 { size <<= 1 }
        let buffer = PageBuffer<Slot>(count: size)
        let slots = buffer.pointer, mask = size - 1, seed = self.seed
        let complete = allKeys { number, key in
            guard key.count <= Self.maxLength else { return false }
            var slot = Int(truncatingIfNeeded: ByteTable.hash(key, seed: seed)) & mask
            while slots[slot].meta != 0 { slot = (slot + 1) & mask }
            let (w0, w1) = Self.words(key)
            slots[slot] = Slot(w0: w0, w1: w1, meta: UInt64(key.count) << 32 | UInt64(number + 1))
            return true
        }
        guard complete else { return nil }
        self.slots = buffer
        self.mask = mask
    }

    /// A key of at most 16 bytes as two words that, with its length, determine it: for eight
    /// bytes or more its first and its last eight (overlapping for fewer than 16), for four to
    /// seven its first and last four, else its bytes (issue 9: two or three loads, no loop).
    @inline(__always)
    static func words(_ key: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        let n = key.count
        guard n >= 4 else {
            var w: UInt64 = 0
            for i in 0..<n { w |= UInt64(key[i]) << UInt64(8 * i) }
            return (w, 0)
        }
        let raw = UnsafeRawPointer(key.baseAddress!)
        if n >= 8 {
            return (raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self))
        }
        return (UInt64(raw.loadUnaligned(as: UInt32.self)) | UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)) << 32, 0)
    }

    /// The table's memory as plain values, for a loop over many lookups: copying a `View` costs
    /// no reference counting (issue 9). Valid while the index is alive.
    struct View {
        fileprivate let table: UnsafeMutablePointer<Slot>
        fileprivate let mask: Int
        fileprivate let seed: UInt64

        /// The hash of `key` in this table, for `prefetch(hash:)` and `find(_:hash:)`.
        @inline(__always)
        func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 { ByteTable.hash(key, seed: seed) }

        /// Asks the processor to fetch the slot where a lookup of `key` starts, so that a
        /// `find` a little later need not wait for main memory.
        @inline(__always)
        func prefetch(_ key: UnsafeBufferPointer<UInt8>) { prefetch(hash: hash(key)) }

        @inline(__always)
        func prefetch(hash: UInt64) { prefetchForRead(table + (Int(truncatingIfNeeded: hash) & mask)) }

        /// The number of `key`, or `nil`.
        @inline(__always)
        func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? { find(key, hash: hash(key)) }

        /// The same, with `key`'s `hash` computed already (for the prefetch).
        @inline(__always)
        func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
            guard key.count <= ShortKeyIndex.maxLength else { return nil }
            let (w0, w1) = ShortKeyIndex.words(key)
            let length = UInt64(key.count)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let s = table[slot]
                if s.meta == 0 { return nil }
                if s.meta >> 32 == length && s.w0 == w0 && s.w1 == w1 { return Int(s.meta & 0xFFFF_FFFF) - 1 }
                slot = (slot + 1) & mask
            }
        }
    }

    var view: View { View(table: slots.pointer, mask: mask, seed: seed) }

    /// The number of `key`, or `nil`.
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? { view.find(key) }
}

/// The numbers of a few dozen short keys (at most 16 bytes) most recently looked up, one per
/// place (issue 9): a column with few distinct values (building blocks, woonplaatsen) is
/// looked up per prestatie in two or three loads and compares, without hashing the key. A
/// key that is not in its place is looked up where it is kept and then `store`d. Memory its
/// owner frees (`release`), read without reference counting.
struct KeyCache {
    private struct Slot {
        var w0: UInt64 = 0
        var w1: UInt64 = 0
        /// `length << 32 | (number + 1)`; 0 when empty.
        var meta: UInt64 = 0
    }
    private let slots: UnsafeMutablePointer<Slot>
    private static let count = 64

    init() {
        slots = .allocate(capacity: Self.count)
        slots.initialize(repeating: Slot(), count: Self.count)
    }

    func release() { slots.deallocate() }

    @inline(__always)
    private static func place(_ w0: UInt64, _ w1: UInt64, _ length: Int) -> Int {
        Int(truncatingIfNeeded: ((w0 &+ w1 &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(length)) &* 0xA076_1D64_78BD_642F) >> 58)
    }

    /// The number stored for `key`, or `nil` (not stored, or pushed out by another key).
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard key.count <= ShortKeyIndex.maxLength else { return nil }
        let (w0, w1) = ShortKeyIndex.words(key)
        let s = slots[Self.place(w0, w1, key.count)]
        guard s.meta != 0, s.meta >> 32 == UInt64(key.count), s.w0 == w0, s.w1 == w1 else { return nil }
        return Int(s.meta & 0xFFFF_FFFF) - 1
    }

    /// Keeps `number` for `key` (a key longer than 16 bytes or a number from 2³² − 1 on is not kept).
    func store(_ key: UnsafeBufferPointer<UInt8>, _ number: Int) {
        guard key.count <= ShortKeyIndex.maxLength, number >= 0, number < Int(UInt32.max) else { return }
        let (w0, w1) = ShortKeyIndex.words(key)
        slots[Self.place(w0, w1, key.count)] = Slot(w0: w0, w1: w1, meta: UInt64(key.count) << 32 | UInt64(number + 1))
    }
}

/// Byte strings one after the other, numbered in order: `ByteTable`'s keys. Appending copies
/// the key's bytes into memory reserved ahead and records where it ends, with no `Array`
/// uniqueness check, growth test or `memcpy` call per key (issue 9: a million prestatie ids,
/// appended in order, cost a tenth of the loader's instructions as two arrays). Filled by one
/// owner (`ByteTable` copies it before inserting into a shared one), then read only.
final class KeyStore: @unchecked Sendable {
    private var bytes: UnsafeMutablePointer<UInt8>
    private var byteCapacity: Int
    /// `ends[k]`: where key `k` ends (key `k` starts where key `k − 1` ends, key 0 at 0).
    private var ends: UnsafeMutablePointer<Int>
    private var capacity: Int
    private(set) var count = 0
    private var byteCount: Int { count == 0 ? 0 : ends[count - 1] }

    init(capacity: Int = 0, byteCapacity: Int = 0) {
        self.capacity = max(capacity, 16)
        self.byteCapacity = max(byteCapacity, 256)
        ends = allocateLarge(self.capacity * MemoryLayout<Int>.stride).bindMemory(to: Int.self, capacity: self.capacity)
        bytes = allocateLarge(self.byteCapacity).bindMemory(to: UInt8.self, capacity: self.byteCapacity)
    }

    deinit {
        free(ends)
        free(bytes)
    }

    /// Key `k`'s bytes, valid while the store is alive and not appended to.
    @inline(__always)
    subscript(k: Int) -> UnsafeBufferPointer<UInt8> {
        precondition(k >= 0 && k < count, "KeyStore index out of range")
        let start = k == 0 ? 0 : ends[k - 1]
        return UnsafeBufferPointer(start: bytes + start, count: ends[k] - start)
    }

    /// Adds `key` as key number `count` when it is greater (in byte order, `ByteTable.order`)
    /// than the last key or the store is empty; whether it was added.
    @inline(__always)
    func appendIfAfterLast(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        if count > 0, ByteTable.order(self[count - 1], key) >= 0 { return false }
        append(key)
        return true
    }

    /// Adds `key` as key number `count`.
    @inline(__always)
    func append(_ key: UnsafeBufferPointer<UInt8>) {
        let start = byteCount, n = key.count
        if count == capacity || start + n > byteCapacity { grow(bytes: start + n) }
        let to = bytes + start
        if n <= 16, n >= 8, let from = key.baseAddress {
            // Two eight-byte copies, overlapping when the key is shorter than sixteen bytes.
            let raw = UnsafeRawPointer(from)
            UnsafeMutableRawPointer(to).storeBytes(of: raw.loadUnaligned(as: UInt64.self), as: UInt64.self)
            UnsafeMutableRawPointer(to + n - 8).storeBytes(of: raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self), as: UInt64.self)
        } else if n > 0, let from = key.baseAddress {
            to.update(from: from, count: n)
        }
        ends[count] = start + n
        count += 1
    }

    /// Room for one more key and `bytes` bytes in all, by doubling.
    private func grow(bytes needed: Int) {
        if count == capacity {
            capacity *= 2
            let fresh = allocateLarge(capacity * MemoryLayout<Int>.stride).bindMemory(to: Int.self, capacity: capacity)
            fresh.update(from: ends, count: count)
            free(ends)
            ends = fresh
        }
        if needed > byteCapacity {
            byteCapacity = max(needed, byteCapacity * 2)
            let fresh = allocateLarge(byteCapacity).bindMemory(to: UInt8.self, capacity: byteCapacity)
            fresh.update(from: bytes, count: byteCount)
            free(bytes)
            bytes = fresh
        }
    }

    /// A store with the same keys, for a table about to change one that is shared.
    func copy() -> KeyStore {
        let other = KeyStore(capacity: capacity, byteCapacity: byteCapacity)
        other.bytes.update(from: bytes, count: byteCount)
        other.ends.update(from: ends, count: count)
        other.count = count
        return other
    }

    /// Key `k` as text.
    func text(_ k: Int) -> String { String(decoding: self[k], as: UTF8.self) }
}

/// A zeroed array of plain values (all-zero bytes are a valid value) for a hash table's slots. A
/// large one is placed in 2 MB pages where the kernel offers them (transparent huge pages on
/// request): every probe of a large table reads a random page, and with 4 kB pages each such
/// read also misses the address cache, which cost more than the read itself (measured: a third
/// of the loader's time, issue 9).
final class PageBuffer<Element: BitwiseCopyable> {
    let pointer: UnsafeMutablePointer<Element>
    let count: Int
    init(count: Int) {
        self.count = count
        let bytes = max(count, 1) * MemoryLayout<Element>.stride
        let raw = allocateLarge(bytes)
        memset(raw, 0, bytes)
        pointer = raw.bindMemory(to: Element.self, capacity: count)
    }
    deinit { free(pointer) }

    func copy() -> PageBuffer {
        let other = PageBuffer(count: count)
        other.pointer.update(from: pointer, count: count)
        return other
    }
}

/// Asks the kernel to back the 2 MB-aligned part of a large, not yet touched region with 2 MB
/// pages (transparent huge pages where they are on request): one page fault and one zeroing
/// per 2 MB instead of 512 of each (issue 9: a region's 58 MB file and its columns took
/// fifty thousand page faults, a fifth of `summary`'s time). No effect on the contents; a
/// no-op where the system has no such pages.
func adviseHugePages(_ start: UnsafeMutableRawPointer, _ count: Int) {
    #if os(Linux)
        let huge = 2 << 20
        let from = (Int(bitPattern: start) + huge - 1) & ~(huge - 1)
        let to = (Int(bitPattern: start) + count) & ~(huge - 1)
        guard to > from, let aligned = UnsafeMutableRawPointer(bitPattern: from) else { return }
        _ = madvise(aligned, to - from, 14)  // MADV_HUGEPAGE
    #endif
}

/// `bytes` of memory for a large buffer, freed with `free`: on a 2 MB boundary when it is 2 MB or
/// more and advised for 2 MB pages (`adviseHugePages`), so that all of it can be in such pages;
/// else on a cache line. Not zeroed.
func allocateLarge(_ bytes: Int) -> UnsafeMutableRawPointer {
    let huge = 2 << 20
    var raw: UnsafeMutableRawPointer?
    guard posix_memalign(&raw, bytes >= huge ? huge : 64, bytes) == 0, let raw else {
        fatalError("geen geheugen meer beschikbaar")
    }
    adviseHugePages(raw, bytes)
    return raw
}

extension Array where Element: BitwiseCopyable {
    /// `reserveCapacity`, with the reserved memory advised for 2 MB pages (`adviseHugePages`)
    /// when it is large; for the loader's arrays that grow to millions of values (issue 9).
    mutating func reserveHugeCapacity(_ n: Int) {
        reserveCapacity(n)
        let bytes = capacity * MemoryLayout<Element>.stride
        guard bytes >= 4 << 20 else { return }
        withUnsafeMutableBufferPointer { b in
            if let base = b.baseAddress { adviseHugePages(UnsafeMutableRawPointer(base), bytes) }
        }
    }
}

/// LLVM's prefetch: a hint to load the cache line at `address` (read, keep in all cache levels),
/// with no effect on the program's meaning. Issue 9: a million prestaties each look up their
/// contract in a table that main memory holds; fetched while the row's other fields are
/// checked, the lookup that follows finds it in the cache.
@_silgen_name("llvm.prefetch.p0")
private func llvmPrefetch(_ address: UnsafeRawPointer, _ write: Int32, _ locality: Int32, _ dataCache: Int32)

@inline(__always)
func prefetchForRead(_ address: UnsafeRawPointer) { llvmPrefetch(address, 0, 3, 1) }

/// The same, for a cache line about to be written.
@inline(__always)
func prefetchForWrite(_ address: UnsafeRawPointer) { llvmPrefetch(address, 1, 3, 1) }
