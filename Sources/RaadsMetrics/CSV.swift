import CScan
import Foundation

/// Reads a CSV file by the common rules of data contract §1: BOM, UTF-8 per line, delimiter
/// detection, RFC 4180 quoting, CRLF, blank-line skipping, trimming. Physical line numbers are
/// kept so that every diagnostic can name the line where a record starts.
///
/// Performance (issue 9): the reader works on the file's bytes and hands each record to its
/// consumer as byte ranges (`FieldStore`), one record at a time; a field becomes a `String`
/// only when a rule asks for its text. No copy of a file's records is kept.
struct CSVFile {
    struct Record {
        var line: Int
        /// The fields up to the header's width (all fields for the header itself).
        var fields: [String]
        /// Non-empty fields beyond the header's width: how many, and the first one's 1-based
        /// position. Their values are not kept (they may be personal data, and a hostile file
        /// of millions of them must not fill the memory).
        var extraCount = 0
        var firstExtra: Int?
        /// Times the other delimiter (`,` in a `;` file, `;` in a `,` file) occurs outside quotes.
        var otherDelimiters = 0

        init(line: Int, fields: [String], extraCount: Int = 0, firstExtra: Int? = nil, otherDelimiters: Int = 0) {
            self.line = line
            self.fields = fields
            self.extraCount = extraCount
            self.firstExtra = firstExtra
            self.otherDelimiters = otherDelimiters
        }

        var isBlank: Bool { extraCount == 0 && fields.allSatisfy(\.isEmpty) }
    }

    var name: String
    /// `;` or `,`.
    var delimiter: Character
    var header: [String]
    var headerLine: Int
    /// The records after the header (filled by `CSVReader.read(name:bytes:)`, for tests; the
    /// loader streams them instead).
    var records: [Record] = []
    /// Physical lines in the file: an upper bound of the number of records, to size arrays.
    var lineCount = 0

    /// Decimal comma and thousands dots (`;` files) or decimal point (`,` files).
    var usesDecimalComma: Bool { delimiter == ";" }
}

/// The current record's fields as byte ranges, valid while the consumer runs. A range is
/// either in the file's bytes (an unquoted field) or in `scratch` (a quoted field, with `""`
/// turned into `"`). A struct of buffer pointers made per record (issue 9: a class's stored
/// properties are checked for exclusive access at run time on every read of a field).
struct FieldStore {
    let base: UnsafeBufferPointer<UInt8>
    let scratch: UnsafeBufferPointer<UInt8>
    /// Start of field k; `~offset` when the field is in `scratch`.
    let starts: UnsafeBufferPointer<Int>
    let ends: UnsafeBufferPointer<Int>
    let line: Int
    let extraCount: Int
    let firstExtra: Int?
    let otherDelimiters: Int
    /// Every byte of the file is ASCII (known from the UTF-8 pass): no field needs the check.
    let fileIsASCII: Bool

    var count: Int { starts.count }

    /// The raw bytes of field `k` (not trimmed), in the file's bytes or in `scratch`; valid while
    /// the consumer runs.
    @inline(__always)
    func bytes(_ k: Int) -> UnsafeBufferPointer<UInt8> {
        let s = starts[k], e = ends[k]
        return s >= 0 ? UnsafeBufferPointer(rebasing: base[s..<e]) : UnsafeBufferPointer(rebasing: scratch[~s..<e])
    }

    /// The raw bytes of field `k` (not trimmed), passed to `body`.
    @inline(__always)
    func withBytes<R>(_ k: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { body(bytes(k)) }

    /// Field `k` trimmed, when it is all ASCII (then trimming is by bytes); `nil` for a field
    /// holding other characters, whose text goes through `CSVReader.text` (Unicode trim, NFC).
    @inline(__always)
    func withASCII<R>(_ k: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? { asciiField(k).map(body) }

    /// Field `k` trimmed, when the record has it and it is all ASCII; `nil` otherwise (absent,
    /// or other characters, whose text needs the Unicode rules). Valid while the consumer runs.
    @inline(__always)
    func asciiField(_ k: Int) -> UnsafeBufferPointer<UInt8>? {
        guard k < count else { return nil }
        let b = bytes(k)
        // Most fields, in an ASCII file, have no space at either end: taken as they are, in
        // line (issue 9: seven calls per prestatie); the others below.
        if fileIsASCII, let first = b.first, first > 0x20, b[b.count - 1] > 0x20 { return b }
        return Self.asciiTrimmed(b, fileIsASCII: fileIsASCII)
    }

    /// `asciiField`'s other cases: `b` trimmed when it is ASCII, else `nil`.
    @inline(never)
    private static func asciiTrimmed(_ b: UnsafeBufferPointer<UInt8>, fileIsASCII: Bool) -> UnsafeBufferPointer<UInt8>? {
        guard fileIsASCII || CSVReader.isASCII(b) else { return nil }
        if let first = b.first, first > 0x20, b[b.count - 1] > 0x20 { return b }
        return CSVReader.asciiTrimmed(b)
    }

    /// A guess at field `k` of the next record, for a prefetch (issue 9): the bytes between the
    /// `k`th delimiter and the next on the line after this record, when this record ends in the
    /// file's bytes (not in quotes). Nothing is checked; `nil` when the line is not there.
    @inline(__always)
    func nextRecordField(_ k: Int, delimiter: UInt8) -> UnsafeBufferPointer<UInt8>? {
        guard let last = count > 0 ? count - 1 : nil, starts[last] >= 0, let p = base.baseAddress else { return nil }
        let n = base.count
        // The record's line end is at its last field's end, or after a CR (or extra fields).
        var lineEnd = ends[last]
        while lineEnd < n && p[lineEnd] != 0x0A { lineEnd += 1 }
        let lineStart = lineEnd + 1
        // The next line's special bytes, sixteen at a time (`raads_specials16`); no hint near the
        // end of the file or at a quote.
        var field = 0, start = lineStart, block = lineStart
        while block + 16 <= n {
            var mask = raads_specials16(p + block)
            while mask != 0 {
                let j = block + mask.trailingZeroBitCount
                let b = p[j]
                if b == delimiter || b == 0x0A || b == 0x0D {
                    if field == k { return j > start ? UnsafeBufferPointer(start: p + start, count: j - start) : nil }
                    if b != delimiter { return nil }
                    field += 1
                    start = j + 1
                } else if b == 0x22 {
                    return nil
                }
                mask &= mask - 1
            }
            block += 16
        }
        return nil
    }

    /// The text of field `k`: trimmed, NFC.
    func text(_ k: Int) -> String {
        if let s = withASCII(k, { String(decoding: $0, as: UTF8.self) }) { return s }
        return withBytes(k) { CSVReader.text($0) }
    }

    /// Field `k` is empty after trimming.
    func isEmpty(_ k: Int) -> Bool {
        withBytes(k) { CSVReader.isBlank($0) }
    }

    @inline(__always)
    var isBlank: Bool {
        guard extraCount == 0 else { return false }
        // Most records start with a printable ASCII byte (issue 9: checked per record, in line).
        if count > 0, let b = bytes(0).first, b > 0x20 && b < 0x80 { return false }
        return allFieldsBlank
    }

    /// Every field is empty after trimming.
    @inline(never)
    private var allFieldsBlank: Bool {
        for k in 0..<count where !isEmpty(k) { return false }
        return true
    }

    func record() -> CSVFile.Record {
        CSVFile.Record(line: line, fields: (0..<count).map(text), extraCount: extraCount, firstExtra: firstExtra, otherDelimiters: otherDelimiters)
    }
}

enum CSVReader {
    /// Reads a file, returning its diagnostics and every record (for tests; the loader streams).
    static func read(name: String, bytes input: [UInt8]) -> (CSVFile?, [Diagnostic]) {
        let sink = DiagnosticSink()
        var records: [CSVFile.Record] = []
        var file = read(name: name, bytes: input, sink: sink, priorErrors: { sink.hasErrors }) { _ in
            { records.append($0.record()) }
        }
        file?.records = records
        return (file, sink.finish { _ in 0 })
    }

    /// Reads a file: checks it, finds the header, then asks `open` for a consumer of the
    /// records after the header (`nil`: the rows are not read) and hands it each record in turn.
    /// `priorErrors` says whether an error was reported before this file's rows (for the
    /// "bestand is leeg" rule, which is only said when nothing else went wrong).
    @discardableResult
    static func read(
        name: String, bytes input: [UInt8], sink: DiagnosticSink, priorErrors: () -> Bool,
        open: (CSVFile) -> ((FieldStore) -> Void)?
    ) -> CSVFile? {
        read(name: name, bytes: FileBytes(input), sink: sink, priorErrors: priorErrors, open: open)
    }

    /// The same, for a file as the loader reads it.
    @discardableResult
    static func read(
        name: String, bytes input: FileBytes, sink: DiagnosticSink, priorErrors: () -> Bool,
        open: (CSVFile) -> ((FieldStore) -> Void)?
    ) -> CSVFile? {
        input.withUnsafeBufferPointer { all in
            var bytes = all[...]
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            let buf = UnsafeBufferPointer(rebasing: bytes)
            return read(name: name, buf, sink: sink, priorErrors: priorErrors, open: open)
        }
    }

    private static func read(
        name: String, _ bytes: UnsafeBufferPointer<UInt8>, sink: DiagnosticSink, priorErrors: () -> Bool,
        open: (CSVFile) -> ((FieldStore) -> Void)?
    ) -> CSVFile? {
        let n = bytes.count
        // Invalid UTF-8 is an error for every line holding bad bytes; the file is not read further.
        // Line by line: `memchr` finds the line end, the line is checked eight bytes at a time
        // (issue 9: this pass went byte by byte and cost a tenth of the loader).
        var badLines = 0
        var allASCII = true
        var lineNo = 1
        var lineStart = 0
        // A file that is all ASCII (the common case) needs no line-by-line check: one pass counts
        // its line ends (`raads_ascii_lines`, sixteen bytes at a time; issue 9).
        var lineEnds = 0
        if let base = bytes.baseAddress, raads_ascii_lines(base, n, &lineEnds) != 0 {
            lineNo = lineEnds + 2
            lineStart = n + 1
        }
        while lineStart <= n {
            var end = n
            if lineStart < n, let found = memchr(bytes.baseAddress! + lineStart, 0x0A, n - lineStart) {
                end = lineStart + (UnsafeRawPointer(found) - UnsafeRawPointer(bytes.baseAddress! + lineStart))
            }
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
            if !isASCII(line) {
                allASCII = false
                if !isValidUTF8(line) {
                    sink.error(name, lineNo, 1, "regel bevat ongeldige UTF-8-tekens; sla het bestand op als \"CSV UTF-8\"")
                    badLines += 1
                }
            }
            lineNo += 1
            if end == n { break }
            lineStart = end + 1
        }
        if badLines > 0 { return nil }

        // Old Mac line ends (CR only): one message, not one per confused field.
        if onlyCarriageReturns(bytes) {
            sink.error(name, 1, 1, "regeleinden alleen CR (oude Mac-opmaak); sla het bestand op met LF of CRLF als regeleinde, bijvoorbeeld als \"CSV UTF-8\"")
            return nil
        }

        let delimiter: UInt8 = headerHasSemicolon(bytes) ? 0x3B : 0x2C
        let parsed: CSVFile? = withoutActuallyEscaping(open) { open in
            var parser = RecordParser(name: name, bytes: bytes, delimiter: delimiter, sink: sink, lineCount: lineNo, ascii: allASCII, open: open)
            defer { parser.release() }
            parser.run()
            return parser.file
        }
        guard let file = parsed else {
            if !priorErrors() { sink.error(name, 1, 1, "bestand is leeg; de kopregel met kolomnamen ontbreekt") }
            return nil
        }
        return file
    }

    /// The record loop: its state lives in one struct so that the tight loop over the bytes
    /// needs no run-time exclusivity checks (issue 9).
    private struct RecordParser {
        let name: String
        let bytes: UnsafeBufferPointer<UInt8>
        let n: Int
        let delimiter: UInt8
        let other: UInt8
        let sink: DiagnosticSink
        let lineCount: Int
        let ascii: Bool
        let open: (CSVFile) -> ((FieldStore) -> Void)?
        var file: CSVFile?
        var consumer: ((FieldStore) -> Void)?
        // The current record, handed to `store` while the consumer runs.
        var starts = RawList<Int>(capacity: 32)
        var ends = RawList<Int>(capacity: 32)
        var scratch = RawList<UInt8>(capacity: 256)
        var extraCount = 0
        var firstExtra: Int?
        var otherDelimiters = 0
        var fieldIndex = 0  // position of the current field in its record
        var headerWidth: Int?  // known once the header record is complete
        // The current field: unquoted bytes from `fieldStart` (mode 0), or quoted bytes in
        // `scratch` from `scratchStart` (1: inside the quotes, 2: after the closing quote).
        var mode = 0
        var fieldStart = 0
        var scratchStart = 0
        var line = 1
        var recordLine = 1
        var recordFailed = false

        init(
            name: String, bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, sink: DiagnosticSink, lineCount: Int, ascii: Bool,
            open: @escaping (CSVFile) -> ((FieldStore) -> Void)?
        ) {
            self.name = name
            self.bytes = bytes
            self.n = bytes.count
            self.delimiter = delimiter
            self.other = delimiter == 0x3B ? 0x2C : 0x3B
            self.sink = sink
            self.lineCount = lineCount
            self.ascii = ascii
            self.open = open
        }

        /// Frees the record buffers; the parser is not used afterwards.
        func release() {
            starts.release()
            ends.release()
            scratch.release()
        }

        @inline(__always)
        mutating func finishField(end: Int) {
            let s: Int, e: Int
            if mode == 0 { (s, e) = (fieldStart, end) } else { (s, e) = (~scratchStart, scratch.count) }
            if let width = headerWidth, fieldIndex >= width {
                let blank =
                    s >= 0
                    ? CSVReader.isBlank(UnsafeBufferPointer(rebasing: bytes[s..<e]))
                    : CSVReader.isBlank(UnsafeBufferPointer(rebasing: scratch.buffer[~s..<e]))
                if !blank {
                    extraCount += 1
                    if firstExtra == nil { firstExtra = fieldIndex + 1 }
                }
            } else {
                starts.append(s)
                ends.append(e)
            }
            fieldIndex += 1
            mode = 0
        }

        mutating func finishRecord(end: Int) {
            finishField(end: end)
            if !recordFailed {
                deliver(
                    FieldStore(
                        base: bytes, scratch: scratch.buffer, starts: starts.buffer, ends: ends.buffer, line: recordLine, extraCount: extraCount,
                        firstExtra: firstExtra, otherDelimiters: otherDelimiters, fileIsASCII: ascii))
            }
            starts.removeAll()
            ends.removeAll()
            scratch.removeAll()
            fieldIndex = 0
            extraCount = 0
            firstExtra = nil
            otherDelimiters = 0
            recordFailed = false
        }

        /// A complete record that is not blank: the header (which opens the consumer), or a row.
        mutating func deliver(_ store: FieldStore) {
            guard !store.isBlank else { return }
            if headerWidth == nil {
                headerWidth = store.count
                let f = CSVFile(
                    name: name, delimiter: delimiter == 0x3B ? ";" : ",",
                    header: (0..<store.count).map { store.text($0).lowercased() },
                    headerLine: recordLine, lineCount: lineCount)
                file = f
                consumer = open(f)
            } else {
                consumer?(store)
            }
        }

        func onlySpaces(_ from: Int, _ to: Int) -> Bool {
            var k = from
            while k < to {
                if bytes[k] != 0x20 && bytes[k] != 0x09 { return false }
                k += 1
            }
            return true
        }

        /// The bytes that end or open something outside quotes: LF, CR, `"`, `,` and `;`.
        static let special: UInt64 = 1 << 0x0A | 1 << 0x0D | 1 << 0x22 | 1 << 0x2C | 1 << 0x3B

        mutating func run() {
            var i = 0
            while i < n {
                if mode == 0 {
                    // Plain bytes of an unquoted field change nothing (issue 9): sixteen bytes at a
                    // time by their mask of special bytes (`raads_specials16`), the last few of the
                    // file byte by byte. A delimiter that ends a field within the header's width is
                    // handled right here, as `finishField` would, and the scan goes on after it
                    // (most special bytes are delimiters, and fields are short); any other special
                    // byte is handled below.
                    let p = bytes.baseAddress!
                    let width = headerWidth ?? Int.max
                    var stopped = false
                    blocks: while i + 16 <= n {
                        var mask = raads_specials16(p + i)
                        while mask != 0 {
                            let j = i + mask.trailingZeroBitCount
                            guard p[j] == delimiter && fieldIndex < width else {
                                i = j
                                stopped = true
                                break blocks
                            }
                            starts.append(fieldStart)
                            ends.append(j)
                            fieldIndex += 1
                            fieldStart = j + 1
                            mask &= mask - 1
                        }
                        i += 16
                    }
                    while !stopped && i < n {
                        let b = bytes[i]
                        if b < 64 && (Self.special >> UInt64(b)) & 1 != 0 { break }
                        i += 1
                    }
                    if i == n { break }
                }
                let b = bytes[i]
                if mode == 1 {
                    if b == 0x22 {
                        if i + 1 < n, bytes[i + 1] == 0x22 {
                            scratch.append(0x22)
                            i += 2
                            continue
                        }
                        mode = 2
                        i += 1
                        continue
                    }
                    // RFC 4180: a quoted field keeps its line breaks as written (CRLF stays CRLF).
                    if b == 0x0A { line += 1 }
                    scratch.append(b)
                    i += 1
                    continue
                }
                if b == delimiter {
                    finishField(end: i)
                    fieldStart = i + 1
                } else if b == 0x0A {
                    // A CR right before the LF is not part of the field.
                    finishRecord(end: mode == 0 && i > fieldStart && bytes[i - 1] == 0x0D ? i - 1 : i)
                    fieldStart = i + 1
                    line += 1
                    recordLine = line
                } else if b == 0x22 && mode == 0 && onlySpaces(fieldStart, i) {
                    mode = 1
                    scratchStart = scratch.count
                } else if b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A {
                    // Part of a CRLF: dropped.
                } else {
                    if b == other { otherDelimiters += 1 }
                    if mode == 2 && b != 0x20 && b != 0x09 && b != 0x0D {
                        if !recordFailed {
                            // `"a","b"` in a `;` file: a line saved with the other delimiter.
                            let message =
                                b != other
                                ? "na het afsluitende aanhalingsteken wordt een scheidingsteken verwacht, gevonden: \(Diagnostic.quote(String(decoding: [b], as: UTF8.self)))"
                                : delimiter == 0x3B
                                    ? "deze regel gebruikt komma's als scheidingsteken (na het afsluitende aanhalingsteken staat een komma), maar dit bestand puntkomma's (zie de kopregel); scheid de velden met ;"
                                    : "deze regel gebruikt puntkomma's als scheidingsteken (na het afsluitende aanhalingsteken staat een puntkomma), maar dit bestand komma's (zie de kopregel); scheid de velden met ,"
                            sink.error(name, line, fieldIndex + 1, message)
                        }
                        recordFailed = true
                    }
                }
                i += 1
            }
            if mode == 1 {
                sink.error(name, recordLine, fieldIndex + 1, "aanhalingsteken niet gesloten; het veld loopt door tot het einde van het bestand")
                recordFailed = true
            }
            let fieldEmpty = mode == 0 && fieldStart >= n
            if !(starts.isEmpty && fieldIndex == 0 && fieldEmpty) || recordFailed {
                finishRecord(end: n)
            }
        }
    }

    @inline(__always)
    static func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    /// `b` without ASCII white space at either end.
    @inline(__always)
    static func asciiTrimmed(_ b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lo = 0, hi = b.count
        while lo < hi, isASCIISpace(b[lo]) { lo += 1 }
        while hi > lo, isASCIISpace(b[hi - 1]) { hi -= 1 }
        return UnsafeBufferPointer(rebasing: b[lo..<hi])
    }

    /// A field's text: trimmed, and in Unicode NFC (contract v1.2) so that `é` typed as one or
    /// as two code points is the same value everywhere.
    static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let s = trim(String(decoding: bytes, as: UTF8.self))
        return bytes.contains(where: { $0 >= 0x80 }) ? nfc(s) : s
    }

    static func text(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { text($0) }
    }

    /// The field would be empty after trimming (checked on the bytes: an extra field's text is
    /// never needed, and a hostile file may hold millions of them).
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var ascii = true
        for b in bytes {
            if b >= 0x80 { ascii = false; continue }
            if ascii && !isASCIISpace(b) { return false }
        }
        if ascii { return true }
        return text(bytes).isEmpty
    }

    /// Every byte is below 0x80; read eight at a time.
    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var any: UInt64 = 0
        var i = 0
        while i + 8 <= bytes.count {
            any |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < bytes.count {
            any |= UInt64(base[i])
            i += 1
        }
        return any & 0x8080_8080_8080_8080 == 0
    }

    /// Well-formed UTF-8 (Unicode table 3-7: no overlong forms, no surrogates, nothing past
    /// U+10FFFF), checked in place (issue 9: through `String(validating:)` a line of a file with
    /// `€` amounts cost a string and 2,500 instructions). ASCII runs are skipped eight bytes at
    /// a time.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = bytes.baseAddress else { return true }
        let n = bytes.count
        let raw = UnsafeRawPointer(p)
        var i = 0
        @inline(__always) func continuation(_ k: Int) -> Bool { k < n && p[k] & 0xC0 == 0x80 }
        while i < n {
            if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b = p[i]
            if b < 0x80 {
                i += 1
            } else if b >= 0xC2 && b <= 0xDF {
                guard continuation(i + 1) else { return false }
                i += 2
            } else if b >= 0xE0 && b <= 0xEF {
                guard i + 1 < n else { return false }
                let c = p[i + 1]
                let lower: UInt8 = b == 0xE0 ? 0xA0 : 0x80, upper: UInt8 = b == 0xED ? 0x9F : 0xBF
                guard c >= lower && c <= upper, continuation(i + 2) else { return false }
                i += 3
            } else if b >= 0xF0 && b <= 0xF4 {
                guard i + 1 < n else { return false }
                let c = p[i + 1]
                let lower: UInt8 = b == 0xF0 ? 0x90 : 0x80, upper: UInt8 = b == 0xF4 ? 0x8F : 0xBF
                guard c >= lower && c <= upper, continuation(i + 2), continuation(i + 3) else { return false }
                i += 4
            } else {
                return false
            }
        }
        return true
    }

    /// Walks the bytes with the record parser's quoting rule, before the delimiter is known: a
    /// `"` opens a quoted field only at the start of a field (after spaces; a field starts after
    /// `;`, `,` or a line end); inside it `""` is a quote and a single `"` closes it. A `"` in the
    /// middle of an unquoted field is plain text (`12" scherm`). `body` gets every byte and
    /// whether it is inside quotes (the quotes themselves count as inside), and returns `false`
    /// to stop.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt8, Bool) -> Bool) {
        var quoted = false
        var atFieldStart = true
        var k = 0
        let n = bytes.count
        while k < n {
            let b = bytes[k]
            if quoted {
                if b == 0x22 {
                    if k + 1 < n, bytes[k + 1] == 0x22 {
                        guard body(b, true), body(b, true) else { return }
                        k += 2
                        continue
                    }
                    quoted = false
                }
                guard body(b, true) else { return }
                k += 1
                continue
            }
            if b == 0x22 && atFieldStart {
                quoted = true
                atFieldStart = false
                guard body(b, true) else { return }
                k += 1
                continue
            }
            guard body(b, false) else { return }
            if b == 0x3B || b == 0x2C || b == 0x0A || b == 0x0D {
                atFieldStart = true
            } else if b != 0x20 && b != 0x09 {
                atFieldStart = false
            }
            k += 1
        }
    }

    /// The file ends its lines with a bare CR only: no LF outside quotes, at least one CR.
    static func onlyCarriageReturns(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var sawCR = false
        var sawLF = false
        scan(bytes) { b, quoted in
            if quoted { return true }
            if b == 0x0A { sawLF = true; return false }
            if b == 0x0D { sawCR = true }
            return true
        }
        return sawCR && !sawLF
    }

    /// The header line holds a `;` outside quotes.
    static func headerHasSemicolon(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var semicolon = false
        var sawContent = false
        scan(bytes) { b, quoted in
            if !quoted {
                if b == 0x3B { semicolon = true; return false }
                if b == 0x0A { return !sawContent }
            }
            if b != 0x20 && b != 0x09 && b != 0x0D && b != 0x0A && b != 0x2C { sawContent = true }
            return true
        }
        return semicolon
    }

    static func trim(_ s: String) -> String {
        var sub = Substring(s)
        while let f = sub.first, f.isWhitespace { sub.removeFirst() }
        while let l = sub.last, l.isWhitespace { sub.removeLast() }
        return String(sub)
    }
}

/// A growable list in memory its owner frees (`release`), for the record parser's per-record
/// buffers: an append has no uniqueness check and handing the contents to a consumer no
/// reference counting, as an `Array`'s would (issue 9: two appends per field, three arrays
/// lent per record).
struct RawList<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: element)
        count += 1
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }

    mutating func removeAll() { count = 0 }

    var isEmpty: Bool { count == 0 }

    /// The elements; valid until the next append or `release`.
    var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

    func release() { base.deallocate() }
}
