import Foundation
import RaadsPresentation

/// Small text helpers for a grid of cells, counting columns by `DisplayWidth` (a CJK character
/// takes two).
enum TextLayout {
    /// Columns `text` takes on screen.
    static func width(_ text: String) -> Int { DisplayWidth.of(text) }

    /// The longest prefix of `text` that fits in `columns`.
    static func prefix(_ text: String, columns: Int) -> String {
        var used = 0, end = text.startIndex
        for i in text.indices {
            let w = DisplayWidth.of(text[i])
            if used + w > columns { break }
            used += w
            end = text.index(after: i)
        }
        return String(text[..<end])
    }

    /// Cuts `text` to `width` columns, ending in `ellipsis` when something was cut.
    /// Control characters are made visible and line breaks become spaces first (`SafeText`).
    static func truncate(_ text: String, _ width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let text = SafeText.visible(text, lineBreaks: .space)
        guard self.width(text) > width else { return text }
        let e = self.width(ellipsis) < width ? ellipsis : ""
        return prefix(text, columns: width - self.width(e)) + e
    }

    /// `text` in at most `width` columns, shortened by words rather than cut inside one: first
    /// without a trailing "(…)", then without trailing " · " parts, then up to the last whole word
    /// that fits, with `ellipsis`. On a tile this gives "doel 50,0 % vast (dashboard)" instead of
    /// "doel 50,0 % vast (dashboard) · 41 p…" (issue 10).
    /// `dropParts`: false for running text (a note), where only the whole-word cut applies.
    static func fitWords(_ text: String, _ width: Int, ellipsis: String = "…", dropParts: Bool = true) -> String {
        guard width > 0 else { return "" }
        let text = SafeText.visible(text, lineBreaks: .space)
        if text.count <= width { return text }
        var t = text
        if dropParts, t.hasSuffix(")"), let open = t.lastIndex(of: "("), open > t.startIndex {
            let shorter = String(t[..<open]).trimmingCharacters(in: .whitespaces)
            if shorter.count <= width { return shorter }
        }
        var parts = t.components(separatedBy: " · ")
        if !dropParts { parts = [t] }
        while dropParts, parts.count > 1 {
            parts.removeLast()
            t = parts.joined(separator: " · ")
            if t.count <= width { return t }
        }
        // Whole words up to the edge, then the ellipsis ("€ 150.000" counts as one word).
        let room = width - ellipsis.count
        var out = ""
        for word in t.replacingOccurrences(of: "€ ", with: "€\u{00A0}").split(separator: " ")
            .map({ $0.replacingOccurrences(of: "€\u{00A0}", with: "€ ") }) where word != ellipsis
        {
            let next = out.isEmpty ? String(word) : out + " " + word
            if next.count > room { break }
            out = next
        }
        if out.isEmpty || out.count < room / 2 { return truncate(t, width, ellipsis: ellipsis) }
        return out + ellipsis
    }

    /// Pads `text` with spaces to `width` columns (truncating when longer).
    static func pad(_ text: String, _ width: Int, alignRight: Bool = false) -> String {
        // Printable ASCII that fits, the common cell: one column per byte (issue 9).
        if text.utf8.count <= width, DisplayWidth.isPrintableASCII(text) {
            let fill = String(repeating: " ", count: width - text.utf8.count)
            return alignRight ? fill + text : text + fill
        }
        // The text's width measured once (`truncate` would measure it again).
        let visible = SafeText.visible(text, lineBreaks: .space)
        let w = self.width(visible)
        let fits = width > 0 && w <= width
        let t = fits ? visible : truncate(text, width)
        let fill = String(repeating: " ", count: max(0, width - (fits ? w : self.width(t))))
        return alignRight ? fill + t : t + fill
    }

    /// Wraps `text` into lines of at most `width` columns at spaces; words longer than a line are
    /// cut. Explicit newlines start a new line; other line breaks (CR, CR LF) count as spaces and
    /// control characters are made visible (`SafeText`).
    static func wrap(_ text: String, _ width: Int) -> [String] {
        guard width > 0 else { return [] }
        if fitsAsItIs(text, width) { return [text] }
        // Simple text (`DisplayWidth.isSimple`: one column and one character per scalar, no
        // control), the common case: wrapped on its scalars (issue 9: a regional detail wraps
        // a hundred warnings, some of them long lists).
        let simple = DisplayWidth.withScalarValues(text) { values -> (count: Int, spacedOnce: Bool)? in
            var count = 0, spacedOnce = true
            var previous: UInt32 = 0x20
            while let value = values.next() {
                guard DisplayWidth.isSimple(value) else { return nil }
                // A space at the start or after a space, or a no-break space after €.
                if (value == 0x20 && previous == 0x20) || (value == 0xA0 && previous == 0x20AC) { spacedOnce = false }
                previous = value
                count += 1
            }
            return (count, spacedOnce && previous != 0x20)
        }
        guard let simple else { return wrapGeneral(text, width) }
        // Fits in columns, words spaced once: the text as it is, as the general way gives it.
        if simple.count <= width && simple.spacedOnce { return [text] }
        let scalars = DisplayWidth.withScalarValues(text) { values in
            var scalars: [UInt32] = []
            scalars.reserveCapacity(simple.count)
            while let value = values.next() { scalars.append(value) }
            return scalars
        }
        return wrapSimple(scalars, width).map(string)
    }

    /// A text that fits as it is (no more bytes than columns: no character takes more columns
    /// than bytes), with single spaces between words, none at either end and no line break or
    /// other control: `wrap` gives it as its one line (issue 9: thousands of figures on a
    /// regional questions screen).
    static func fitsAsItIs(_ text: String, _ width: Int) -> Bool {
        guard text.utf8.count <= width else { return false }
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return true }
            if first == 0x20 || last == 0x20 || SafeText.hasControls(bytes) { return false }
            for i in bytes.indices.dropFirst() where bytes[i] == 0x20 && bytes[i - 1] == 0x20 { return false }
            return true
        }
    }

    /// `wrap` for any text, word by word and character by character (the only way before the
    /// way for simple text, which the tests hold to this one).
    static func wrapGeneral(_ text: String, _ width: Int) -> [String] {
        guard width > 0 else { return [] }
        if fitsAsItIs(text, width) { return [text] }
        // "€ 150.000" stays on one line: the space after € does not break. (On the UTF-8, not
        // through Foundation's search: a regional questions screen wraps thousands of amounts,
        // issue 9.)
        if let joined = replacing(text, euroSpace, with: euroNoBreak) {
            return wrapGeneral(joined, width).map { replacing($0, euroNoBreak, with: euroSpace) ?? $0 }
        }
        var out: [String] = []
        for paragraphSub in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let paragraph = SafeText.visible(String(paragraphSub), lineBreaks: .space)
            let before = out.count
            var line = ""
            for wordSub in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(wordSub)
                while self.width(word) > width {
                    if !line.isEmpty {
                        out.append(line)
                        line = ""
                    }
                    // At least one character per line, so a wide character in a 1-column line ends.
                    var head = prefix(word, columns: width)
                    if head.isEmpty { head = String(word.prefix(1)) }
                    out.append(head)
                    word = String(word.dropFirst(head.count))
                }
                if line.isEmpty {
                    line = word
                } else if self.width(line) + 1 + self.width(word) <= width {
                    line += " " + word
                } else {
                    out.append(line)
                    line = word
                }
            }
            // An empty paragraph is an empty line; a paragraph whose last piece was cut off whole
            // (a wide character) adds no empty line.
            if !line.isEmpty || out.count == before { out.append(line) }
        }
        return out
    }

    private static let euroSpace = Array("€ ".utf8), euroNoBreak = Array("€\u{00A0}".utf8)

    /// The text of these scalar values (each a valid scalar), as UTF-8.
    static func string(_ scalars: [UInt32]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for v in scalars {
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else if v < 0x800 {
                bytes.append(UInt8(0xC0 | v >> 6))
                bytes.append(UInt8(0x80 | v & 0x3F))
            } else if v < 0x1_0000 {
                bytes.append(UInt8(0xE0 | v >> 12))
                bytes.append(UInt8(0x80 | v >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | v & 0x3F))
            } else {
                bytes.append(UInt8(0xF0 | v >> 18))
                bytes.append(UInt8(0x80 | v >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | v >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | v & 0x3F))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `wrap` of simple text (`DisplayWidth.isSimple`: one column and one character per scalar),
    /// on its scalars' values: the same lines, without going character by character (issue 9:
    /// `wrap` takes simple text this way; a regional detail wraps long lists).
    static func wrapSimple(_ text: [UInt32], _ width: Int) -> [[UInt32]] {
        guard width > 0 else { return [] }
        // As `wrap`: a text that fits as it is (no more UTF-8 bytes than columns), with single
        // spaces between words and none at either end, is its one line, untouched.
        var bytes = 0, doubleSpace = false
        for (i, v) in text.enumerated() {
            bytes += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x1_0000 ? 3 : 4
            if v == 0x20, i > 0, text[i - 1] == 0x20 { doubleSpace = true }
        }
        if bytes <= width, text.first != 0x20, text.last != 0x20, !doubleSpace { return [text] }
        var flat: [UInt32] = [], ends: [Int] = []
        wrapSimpleLines(text, width, into: &flat, ends: &ends)
        return ends.indices.map { Array(flat[($0 == 0 ? 0 : ends[$0 - 1])..<ends[$0]]) }
    }

    /// The lines of `wrapSimple` for a text that does not fit as it is, one after the other in
    /// `out` (emptied first), line `k` ending at `ends[k]`: no array per line (issue 9: a
    /// search reads every wrapped cell of a regional table).
    static func wrapSimpleLines(_ text: [UInt32], _ width: Int, into out: inout [UInt32], ends: inout [Int]) {
        out.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        guard width > 0 else { return }
        // As `wrap`: the space after € does not break, and — only when there was such a space —
        // a no-break space after € becomes a space again in the lines.
        let n = text.count
        var joined = false
        for i in 1..<max(1, n) where text[i] == 0x20 && text[i - 1] == 0x20AC {
            joined = true
            break
        }
        var lineStart = 0
        func endLine() {
            ends.append(out.count)
            lineStart = out.count
        }
        func put(_ range: Range<Int>) {
            for i in range {
                let v = text[i]
                guard v == 0x20 || v == 0xA0 else {
                    out.append(v)
                    continue
                }
                // A space within a word is one joined to the € before it: a no-break space, as
                // a no-break space after € is when a space was joined; a space again when the
                // € stands before it on the same line.
                let afterEuro = out.count > lineStart && out[out.count - 1] == 0x20AC
                out.append((v == 0x20 || joined) && afterEuro ? 0x20 : 0xA0)
            }
        }
        var i = 0
        while i < n {
            // The next word: from a character that is not a space to the next space that does
            // not follow €.
            while i < n && text[i] == 0x20 && (i == 0 || text[i - 1] != 0x20AC) { i += 1 }
            guard i < n else { break }
            var start = i
            i += 1
            while i < n && (text[i] != 0x20 || text[i - 1] == 0x20AC) { i += 1 }
            // A word longer than a line is cut into whole lines.
            while i - start > width {
                if out.count > lineStart { endLine() }
                put(start..<(start + width))
                endLine()
                start += width
            }
            let length = out.count - lineStart
            if length == 0 {
                put(start..<i)
            } else if length + 1 + (i - start) <= width {
                out.append(0x20)
                put(start..<i)
            } else {
                endLine()
                put(start..<i)
            }
        }
        if out.count > lineStart || ends.isEmpty { endLine() }
    }

    /// `wrap(text, width).count`, without building the lines when `text` is simple text
    /// (`DisplayWidth.isSimple`: one column per scalar; issue 9: a regional table asks it for
    /// every row whose description is wider than its column). The same rules as `wrap`: words
    /// split at spaces, the space after € joined to its amount, a word longer than a line cut.
    static func wrappedLineCount(_ text: String, _ width: Int) -> Int {
        guard width > 0 else { return 0 }
        let count = DisplayWidth.withScalarValues(text) { values -> Int? in
            var lines = 0, line = 0, word = 0
            var previous: UInt32 = 0
            var done = false
            while !done {
                let value = values.next()
                if let value {
                    guard DisplayWidth.isSimple(value) else { return nil }
                    defer { previous = value }
                    if value != 0x20 || previous == 0x20AC {
                        word += 1
                        continue
                    }
                } else {
                    done = true
                }
                // The end of a word (at a space or at the end): cut when longer than a line, then
                // on the line or the next.
                guard word > 0 else { continue }
                while word > width {
                    if line > 0 {
                        lines += 1
                        line = 0
                    }
                    lines += 1
                    word -= width
                }
                if line == 0 {
                    line = word
                } else if line + 1 + word <= width {
                    line += 1 + word
                } else {
                    lines += 1
                    line = word
                }
                word = 0
            }
            return lines + (line > 0 || lines == 0 ? 1 : 0)
        }
        return count ?? wrap(text, width).count
    }

    /// The length in characters of the longest of `text`'s words (split at spaces): on the
    /// bytes when `text` is ASCII without CR (then every byte is a character).
    static func longestWord(_ text: String) -> Int {
        if let ascii = text.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy { $0 < 0x80 && $0 != 0x0D } }), ascii {
            var longest = 0, run = 0
            for b in text.utf8 {
                if b == 0x20 {
                    run = 0
                } else {
                    run += 1
                    longest = max(longest, run)
                }
            }
            return longest
        }
        var longest = 0
        for word in text.split(separator: " ") { longest = max(longest, word.count) }
        return longest
    }

    /// `text` without the spaces at its end (`while text.last == " " { text.removeLast() }`,
    /// on the UTF-8: a space that a combining mark follows is not a lone space there either).
    static func droppingTrailingSpaces(_ text: String) -> String {
        var end = text.utf8.endIndex
        while end > text.utf8.startIndex, text.utf8[text.utf8.index(before: end)] == 0x20 { end = text.utf8.index(before: end) }
        return end == text.utf8.endIndex ? text : String(text[..<end])
    }

    /// `text` with every occurrence of the bytes `target` replaced by `replacement`; `nil` when
    /// there is none.
    static func replacing(_ text: String, _ target: [UInt8], with replacement: [UInt8]) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            let n = bytes.count, m = target.count
            guard m > 0, n >= m else { return nil }
            var out: [UInt8] = []
            var copied = 0, i = 0
            while i <= n - m {
                if bytes[i] == target[0], (1..<m).allSatisfy({ bytes[i + $0] == target[$0] }) {
                    if out.isEmpty { out.reserveCapacity(n + 8) }
                    out.append(contentsOf: bytes[copied..<i])
                    out.append(contentsOf: replacement)
                    i += m
                    copied = i
                } else {
                    i += 1
                }
            }
            guard copied > 0 else { return nil }
            out.append(contentsOf: bytes[copied..<n])
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `left` and `right` on one line of `width` columns, the right part flush right; the left part
    /// is cut first when both do not fit.
    static func spread(_ left: String, _ right: String, _ width: Int) -> String {
        let right = SafeText.visible(right, lineBreaks: .space)
        if self.width(right) >= width { return truncate(right, width) }
        let room = width - self.width(right) - 1
        let l = truncate(left, max(0, room))
        return l + String(repeating: " ", count: max(1, width - self.width(l) - self.width(right))) + right
    }
}
