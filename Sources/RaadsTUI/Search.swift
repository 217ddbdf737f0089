import Foundation

/// Case- and accent-insensitive matching for `/` (so "sebo" finds "SEBO" and "financiele" finds
/// "financiële"), per character so that a match maps onto screen cells one to one.
enum SearchText {
    /// One folded character per character of `text`.
    static func fold(_ text: String) -> [Character] {
        text.map(fold)
    }

    static func fold(_ ch: Character) -> Character {
        // ASCII, the common case, without Foundation (issue 9: a search in a regional table
        // folded a third of a million characters per key): only capitals change.
        if let a = ch.asciiValue, ch.utf8.count == 1 { return Character(Unicode.Scalar(foldASCII(a))) }
        let f = String(ch).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return f.count == 1 ? f.first! : ch
    }

    /// An ASCII byte folded: capitals made small, anything else as it is (what Foundation's
    /// case- and accent-insensitive folding does to ASCII).
    @inline(__always)
    static func foldASCII(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }

    /// `text` folded as numbers (see `SearchMemo`) when it is ASCII without CR, one character
    /// per byte; `nil` for any other text.
    static func foldedASCII(_ text: String) -> [UInt32]? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> [UInt32]? in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            return bytes.map { UInt32(foldASCII($0)) }
        } ?? nil
    }

    /// Start offsets of every occurrence of `query` (already folded) in `text` (already folded).
    static func occurrences(of query: [Character], in text: [Character]) -> [Int] {
        guard !query.isEmpty, text.count >= query.count else { return [] }
        var out: [Int] = []
        var i = 0
        while i <= text.count - query.count {
            if text[i] == query[0], text[i..<(i + query.count)].elementsEqual(query) {
                out.append(i)
                i += query.count
            } else {
                i += 1
            }
        }
        return out
    }

    /// Whether `query` occurs in `text` (both folded, as numbers: see `SearchMemo`); the same
    /// answer as `occurrences(of:in:)` not being empty.
    static func contains(_ query: [UInt32], in text: ArraySlice<UInt32>) -> Bool {
        guard !query.isEmpty, text.count >= query.count else { return false }
        let first = query[0]
        for i in text.startIndex...(text.endIndex - query.count) where text[i] == first {
            if text[i..<(i + query.count)].elementsEqual(query) { return true }
        }
        return false
    }

    /// The plain text of a styled line.
    static func plain(_ line: StyledLine) -> String { line.count == 1 ? line[0].text : line.map(\.text).joined() }
}

extension AppState {
    /// The lines of the scrolling text that contain the search text.
    var matchLines: [Int] {
        guard let query = search?.query, !query.isEmpty else { return [] }
        return searchMemo.matches(content: contentKey, query: query) { contentLines }
    }

    /// A key while the search text is typed: characters extend it (the screen follows the first
    /// match from where the search began), Backspace shortens it, Enter keeps it, Esc drops it.
    mutating func typeSearch(_ key: Key, _ current: Search) {
        var s = current
        switch key {
        case .escape:
            search = nil
            return
        case .enter:
            s.editing = false
            search = s.query.isEmpty ? nil : s
            return
        case .backspace:
            if !s.query.isEmpty { s.query.removeLast() }
        case .character(let c):
            s.query.append(c)
        default:
            return
        }
        search = s
        research()
    }

    /// Finds the first match at or after the top of the screen (or the first at all) and shows it.
    mutating func research() {
        guard var s = search else { return }
        let lines = matchLines
        s.line = lines.first(where: { $0 >= scroll }) ?? lines.first
        search = s
        if let line = s.line { reveal(line) }
    }

    /// `n` / `N`: the next or previous match, wrapping around at the end.
    mutating func nextMatch(forward: Bool) {
        guard var s = search else { return }
        let lines = matchLines
        guard !lines.isEmpty else {
            s.line = nil
            search = s
            return
        }
        let current = s.line ?? (forward ? scroll - 1 : scroll + layout.scrollViewport)
        if forward {
            s.line = lines.first(where: { $0 > current }) ?? lines.first
        } else {
            s.line = lines.last(where: { $0 < current }) ?? lines.last
        }
        search = s
        if let line = s.line { reveal(line) }
    }

    /// Scrolls so that `line` is visible, with a little context above it when it was not.
    mutating func reveal(_ line: Int) {
        let viewport = layout.scrollViewport
        guard line < scroll || line >= scroll + viewport else { return }
        scroll = max(0, min(line - min(2, viewport / 4), maxScroll))
    }

    /// The mouse wheel: three lines per notch on scrolling screens, a row of tiles on the overview.
    mutating func wheel(_ delta: Int) {
        notice = nil
        guard panel == nil, delta != 0 else { return }
        if showHelp {
            helpScroll = max(0, min(helpScroll + 3 * delta, maxScroll))
        } else if screen == .overview {
            _ = handleOverview(delta < 0 ? .up : .down)
        } else {
            scroll = max(0, min(scroll + 3 * delta, maxScroll))
        }
    }

    /// A click: closes a panel; on ◀/▶ changes the year; on a footer key does what the key does;
    /// on a tile opens it.
    mutating func click(x: Int, y: Int) -> [Command] {
        notice = nil
        if panel != nil {
            panel = nil
            return []
        }
        guard !layout.isTooSmall else { return [] }
        if y == 1, let arrows = Chrome.yearArrows(self) {
            if x == arrows.left { return handle(.character("[")) }
            if x == arrows.right { return handle(.character("]")) }
        }
        if y == height - 1 {
            if let key = Chrome.footerKey(self, atX: x) { return handle(key) }
            return []
        }
        if !showHelp, screen == .overview, let index = layout.tile(atX: x, y: y, selected: overviewSelection) {
            selected = index
            open()
        }
        return []
    }
}
