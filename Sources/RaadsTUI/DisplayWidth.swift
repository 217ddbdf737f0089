/// How many terminal columns a character takes: 2 for East Asian wide and fullwidth characters
/// and emoji shown as pictures, 0 for a character that is only zero-width marks or format
/// characters, else 1 (as `wcwidth`). `CellBuffer` and `TextLayout` count columns with it, so a
/// municipality name in Chinese or Japanese script does not shift a line.
enum DisplayWidth {
    static func of(_ ch: Character) -> Int {
        let scalars = ch.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x300 { return 1 }  // ASCII and Latin: the common case, fast
        if scalars.allSatisfy(isZeroWidth) { return 0 }
        if isWide(first) { return 2 }
        // An emoji with a variation selector 16 (e.g. ❤️) is drawn as a picture: two columns.
        if scalars.contains(where: { $0.value == 0xFE0F }), first.properties.isEmoji { return 2 }
        return 1
    }

    static func of(_ s: some StringProtocol) -> Int {
        // Printable ASCII, the common case: one column per byte (issue 9: thousands of words
        // measured per screen of questions).
        if isPrintableASCII(s) { return s.utf8.count }
        var n = 0
        for ch in s { n += of(ch) }
        return n
    }

    /// Every byte of `s` is printable ASCII (space to `~`): each is a character of one column.
    /// Answered on contiguous UTF-8 only (`false` otherwise: the caller takes its general way).
    static func isPrintableASCII(_ s: some StringProtocol) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 >= 0x20 && $0 < 0x7F } } ?? false
    }

    /// For text whose every character is simple (`isSimple`), its length in characters, which
    /// is also its width in columns, and the length of its longest word (split at spaces);
    /// `nil` for any other text. One pass over the scalars (issue 9: a regional table measures
    /// tens of thousands of cells, most of them figures with a € or a ✔).
    @inline(__always)
    static func simpleMeasure(_ s: String) -> (count: Int, longestWord: Int)? {
        // The bytes where they are (no copy of the string, issue 9: every cell of a table).
        if let measured = s.utf8.withContiguousStorageIfAvailable(simpleMeasure) { return measured }
        var s = s
        return s.withUTF8(simpleMeasure)
    }

    /// `simpleMeasure` of the text of these UTF-8 bytes (valid).
    @inline(__always)
    static func simpleMeasure(_ bytes: UnsafeBufferPointer<UInt8>) -> (count: Int, longestWord: Int)? {
        var count = 0, longest = 0, run = 0, i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                // ASCII, the common case, without decoding.
                guard b >= 0x20 && b != 0x7F else { return nil }
                i += 1
                count += 1
                if b == 0x20 {
                    run = 0
                } else {
                    run += 1
                    if run > longest { longest = run }
                }
                continue
            }
            var values = ScalarValues(UnsafeBufferPointer(rebasing: bytes[i...]))
            guard let value = values.next(), isSimple(value) else { return nil }
            i += value < 0x800 ? 2 : value < 0x1_0000 ? 3 : 4
            count += 1
            run += 1
            if run > longest { longest = run }
        }
        return (count, longest)
    }

    /// Calls `body` with the values of `s`'s scalars (valid only within `body`).
    @inline(__always)
    static func withScalarValues<R>(_ s: String, _ body: (inout ScalarValues) -> R) -> R {
        let done = s.utf8.withContiguousStorageIfAvailable { bytes in
            var values = ScalarValues(bytes)
            return body(&values)
        }
        if let done { return done }
        var s = s
        return s.withUTF8 { bytes in
            var values = ScalarValues(bytes)
            return body(&values)
        }
    }

    /// A scalar that is a character on its own and takes one column, whatever stands around
    /// it: printable ASCII; Latin-1 and Latin Extended letters and signs (U+00A0–U+02FF); the
    /// punctuation (U+2010–U+2027, U+2030–U+205E), currency signs (U+20A0–U+20C0), arrows and
    /// mathematical signs (U+2190–U+22FF); and box drawing, shapes and dingbats (U+2500–U+27BF)
    /// not shown as emoji pictures. None of these is a combining mark, a joiner or a prefix (the
    /// one format character among them, the soft hyphen, is shown and stands alone), and none is
    /// wide, so in text of only these every scalar is one `Character` and one column.
    @inline(__always)
    static func isSimple(_ value: UInt32) -> Bool {
        if value < 0x7F { return value >= 0x20 }
        switch value {
        case 0xA0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2190...0x22FF: return true
        case 0x2500...0x27BF: return Unicode.Scalar(value).map { !$0.properties.isEmojiPresentation } ?? false
        default: return false
        }
    }

    static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return s.value != 0xAD  // soft hyphen shows
        default: return s.value == 0x200B || (0x1160...0x11FF).contains(s.value)
        }
    }

    /// East Asian Width W or F (Unicode 15), and emoji with default emoji presentation.
    static func isWide(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if s.properties.isEmojiPresentation { return true }
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
            0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF,
            0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

/// The values of a string's scalars in order, decoded from its UTF-8 (valid, as a `String`'s
/// always is), without the checks of `String.UnicodeScalarView` (issue 9: every cell of a
/// regional table is measured by its scalars).
struct ScalarValues: IteratorProtocol {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    @inline(__always)
    mutating func next() -> UInt32? {
        guard i < bytes.count else { return nil }
        let b = UInt32(bytes[i])
        if b < 0x80 {
            i += 1
            return b
        }
        // Lead bytes of 4, 3 and 2; a valid string never ends inside a sequence.
        if b >= 0xF0, i + 3 < bytes.count {
            defer { i += 4 }
            return (b & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12 | (UInt32(bytes[i + 2]) & 0x3F) << 6 | (UInt32(bytes[i + 3]) & 0x3F)
        }
        if b >= 0xE0, i + 2 < bytes.count {
            defer { i += 3 }
            return (b & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | (UInt32(bytes[i + 2]) & 0x3F)
        }
        if b >= 0xC0, i + 1 < bytes.count {
            defer { i += 2 }
            return (b & 0x1F) << 6 | (UInt32(bytes[i + 1]) & 0x3F)
        }
        i += 1
        return b
    }
}
