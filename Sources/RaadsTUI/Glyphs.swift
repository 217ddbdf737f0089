import RaadsMetrics
import RaadsPresentation

/// The characters that draw borders, bars and status symbols: box drawing and blocks in a UTF-8
/// locale, plain ASCII (`+-|`, `#`, `v ! x ?`) otherwise.
public struct Glyphs: Equatable, Sendable {
    public var unicode: Bool

    public static let unicode = Glyphs(unicode: true)
    public static let ascii = Glyphs(unicode: false)

    public var horizontal: Character { unicode ? "─" : "-" }
    public var vertical: Character { unicode ? "│" : "|" }
    public var topLeft: Character { unicode ? "┌" : "+" }
    public var topRight: Character { unicode ? "┐" : "+" }
    public var bottomLeft: Character { unicode ? "└" : "+" }
    public var bottomRight: Character { unicode ? "┘" : "+" }
    public var barFull: Character { unicode ? "█" : "#" }
    public var barEmpty: Character { unicode ? "░" : "." }
    public var targetMark: Character { "|" }
    public var bullet: String { unicode ? "•" : "*" }
    public var pointer: String { unicode ? "▶" : ">" }
    public var yearLeft: String { unicode ? "◀" : "<" }
    public var yearRight: String { unicode ? "▶" : ">" }
    public var dot: String { unicode ? "·" : "-" }
    public var ellipsis: String { unicode ? "…" : "~" }
    public var up: String { unicode ? "↑" : "Up" }
    public var down: String { unicode ? "↓" : "Dn" }
    public var left: String { unicode ? "←" : "Left" }
    public var right: String { unicode ? "→" : "Right" }

    /// Status symbol: ✔ ▲ ✖ ? (or v ! x ?), as `Status.symbol(unicode:)` says.
    public func symbol(_ status: Status) -> String { status.symbol(unicode: unicode) }

    /// Eight levels for sparklines, lowest first.
    public var levels: [Character] {
        unicode ? ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] : ["_", "_", ".", ".", "-", "=", "#", "#"]
    }

    /// One character for a bar cell filled `fraction` (0…1) from the left.
    public func horizontalPart(_ fraction: Double) -> Character {
        if fraction >= 1 { return barFull }
        if !unicode { return fraction >= 0.5 ? "#" : " " }
        let parts: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return parts[max(0, min(7, Int(clamping: fraction * 8)))]
    }

    /// Makes `text` printable with these glyphs: in ASCII mode, letters with accents lose them
    /// and symbols get an ASCII stand-in (€ → EUR); anything else unknown becomes `?`.
    /// Control characters from the data are made visible and line breaks become spaces first
    /// (`SafeText`), so that a cell with Alt-Enter or ESC cannot garble the screen.
    public func fold(_ text: String) -> String {
        let text = SafeText.visible(text, lineBreaks: .space)
        guard !unicode else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            if ch == "€" {
                out += "EUR "
            } else if ch == " ", out.hasSuffix("EUR ") {
                continue  // "€ 153.000" → "EUR 153.000", "€153,000" → "EUR 153,000"
            } else if ch.isASCII {
                out.append(ch)
            } else if let rep = Glyphs.asciiMap[ch] {
                out += rep
            } else {
                out.append(Glyphs.stripAccents(ch))
            }
        }
        return out
    }

    static let asciiMap: [Character: String] = [
        "·": "-", "–": "-", "—": "-", "‘": "'", "’": "'", "“": "\"", "”": "\"",
        "…": "...", "✔": "v", "▲": "!", "✖": "x", "•": "*", "≥": ">=", "≤": "<=", "×": "x",
        "→": "->", "←": "<-", "↑": "^", "↓": "v", "▶": ">", "◀": "<", "\u{00A0}": " ",
        "\u{202F}": " ", "≈": "~", "½": "1/2", "°": "o", "ß": "ss", "æ": "ae", "Æ": "AE",
        "ø": "o", "Ø": "O", "ĳ": "ij", "Ĳ": "IJ",
    ]

    static func stripAccents(_ ch: Character) -> Character {
        if let base = Accents.base[ch], let first = base.first { return first }
        return "?"
    }
}

enum Accents {
    static let base: [Character: String] = {
        var m: [Character: String] = [:]
        let groups: [(String, String)] = [
            ("a", "àáâãäåā"), ("A", "ÀÁÂÃÄÅĀ"), ("e", "èéêëēė"), ("E", "ÈÉÊËĒĖ"), ("i", "ìíîïī"),
            ("I", "ÌÍÎÏĪ"), ("o", "òóôõöō"), ("O", "ÒÓÔÕÖŌ"), ("u", "ùúûüū"), ("U", "ÙÚÛÜŪ"),
            ("c", "çć"), ("C", "ÇĆ"), ("n", "ñń"), ("N", "ÑŃ"), ("y", "ýÿ"), ("Y", "Ý"),
        ]
        for (b, chars) in groups {
            for c in chars { m[c] = b }
        }
        return m
    }()
}
