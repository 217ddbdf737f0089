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
