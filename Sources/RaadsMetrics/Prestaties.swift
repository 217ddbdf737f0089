import Foundation

/// The registered prestaties of `sroi_prestaties.csv`: a collection of `Performance` values.
///
/// Issue 9: a region's file holds a million of them, and as a million `Performance` structs
/// of four `String`s each they took 96 bytes apiece, more than the CSV line. The loader stores
/// them by column instead (`Columns`, 33 bytes a row and the id's bytes): a line number, the
/// number of the id in the file's ids (their bytes kept once, shared with the duplicate check),
/// a day number, the amount, the verified flag, and for the contract id, the building block and
/// the woonplaats a number into a list of their distinct texts. A `Performance` is made when
/// an element is read. The index of `Metrics` reads the columns directly and handles each
/// distinct text once.
///
/// A collection made from `Performance` values (tests, callers) keeps them as they are.
public struct Prestaties: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable {
    enum Storage: Sendable {
        case rows([Performance])
        case columns(Columns)
    }

    let storage: Storage

    public init(_ rows: [Performance]) { storage = .rows(rows) }
    public init(arrayLiteral rows: Performance...) { storage = .rows(rows) }
    init(columns: Columns) { storage = .columns(columns) }

    public var startIndex: Int { 0 }
    public var endIndex: Int {
        switch storage {
        case .rows(let rows): rows.count
        case .columns(let c): c.count
        }
    }

    public subscript(i: Int) -> Performance {
        switch storage {
        case .rows(let rows): rows[i]
        case .columns(let c): c[i]
        }
    }

    /// The prestaties by column. Line numbers and offsets are 32-bit: the loader uses columns
    /// only for a file under 4 GB.
    struct Columns: Sendable {
        var lines = ColumnBuffer<UInt32>()
        /// The ids of the file's rows, refused ones included, each once (the duplicate check's
        /// table); row `i`'s id is number `idNumber[i]`.
        var ids = KeyStore()
        var idNumber = ColumnBuffer<UInt32>()
        /// Index into `contractTexts`, `blockTexts`; into `placeTexts` plus one (0: no woonplaats).
        var contract = ColumnBuffer<UInt32>()
        var block = ColumnBuffer<UInt32>()
        var place = ColumnBuffer<UInt32>()
        var days = ColumnBuffer<Int32>()
        var amounts = ColumnBuffer<Double>()
        var verified = ColumnBuffer<Bool>()
        var contractTexts: [String] = []
        var blockTexts: [String] = []
        var placeTexts: [String] = []

        var count: Int { lines.count }

        /// Room for `n` rows (a file's line count: no more rows can come); the memory is taken
        /// from the system as rows are added.
        mutating func reserve(_ n: Int) {
            lines = ColumnBuffer(capacity: n)
            idNumber = ColumnBuffer(capacity: n)
            contract = ColumnBuffer(capacity: n)
            block = ColumnBuffer(capacity: n)
            place = ColumnBuffer(capacity: n)
            days = ColumnBuffer(capacity: n)
            amounts = ColumnBuffer(capacity: n)
            verified = ColumnBuffer(capacity: n)
        }

        /// Adds a row whose id is number `id` of the file's ids (`ids` is filled at the end);
        /// one mutation of the columns (issue 9: each access to a class's stored property is
        /// checked at run time).
        @inline(__always)
        mutating func append(line: Int, id: Int, contract: Int, block: Int, place: Int?, day: Day, amount: Double, verified: Bool) {
            lines.append(UInt32(line))
            idNumber.append(UInt32(id))
            self.contract.append(UInt32(contract))
            self.block.append(UInt32(block))
            self.place.append(place.map { UInt32($0 + 1) } ?? 0)
            days.append(Int32(day.number))
            amounts.append(amount)
            self.verified.append(verified)
        }

        func id(_ i: Int) -> String { ids.text(Int(idNumber[i])) }

        subscript(i: Int) -> Performance {
            Performance(
                line: Int(lines[i]), id: id(i), contractID: contractTexts[Int(contract[i])], bouwblok: blockTexts[Int(block[i])],
                datum: Day(number: Int(days[i])), aantal: amounts[i], geverifieerd: verified[i],
                woonplaats: place[i] == 0 ? nil : placeTexts[Int(place[i]) - 1])
        }
    }
}

/// One column of `Prestaties.Columns`: plain values in memory of a fixed capacity (the file's
/// line count), appended to without an `Array`'s uniqueness check and growth (issue 9: eight appends per prestatie
/// were a sixth of the loader's instructions). Reads are bounds-checked. Filled once by the
/// loader, then only read (hence `Sendable`).
final class ColumnBuffer<Element: BitwiseCopyable>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Element>
    private let capacity: Int
    // Unchecked exclusivity (written per prestatie): see `DiagnosticSink`.
    @exclusivity(unchecked) private(set) var count = 0

    init(capacity: Int = 0) {
        self.capacity = capacity
        base = allocateLarge(max(capacity, 1) * MemoryLayout<Element>.stride).bindMemory(to: Element.self, capacity: max(capacity, 1))
    }

    deinit { free(base) }

    @inline(__always)
    func append(_ element: Element) {
        precondition(count < capacity, "ColumnBuffer is full")
        (base + count).initialize(to: element)
        count += 1
    }

    @inline(__always)
    subscript(i: Int) -> Element {
        precondition(i >= 0 && i < count, "ColumnBuffer index out of range")
        return base[i]
    }
}
