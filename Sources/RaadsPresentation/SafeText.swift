/// The one place that decides how text from the data reaches a terminal, a file or the screen.
///
/// Data can hold control characters: ESC starts a terminal escape sequence (clear the screen, set
/// the window title, hide what follows), BEL rings, CR moves back to the start of a line, and a
/// quoted CSV cell can hold a line break (Excel's Alt-Enter). Every text output passes its text
/// through `visible` first, so that a control character is shown, never obeyed:
///
/// - C0 controls (U+0000–U+001F), DEL (U+007F) and C1 controls (U+0080–U+009F) are written as
///   `\xHH`, the character's code in two hexadecimal digits (`\x1b` for ESC, `\x9b` for CSI);
/// - line breaks (LF, CR, CR LF) follow `LineBreaks`; a tab stays a tab except on `.space`.
public enum SafeText {
    /// What happens to a line break (LF, CR or CR LF).
    public enum LineBreaks: Sendable {
        /// Shown as `\x0a` / `\x0d`: the text stays one line (a diagnostic, a file name).
        case visible
        /// One space each (CR LF counts as one): a line of a report, a cell on the screen. Tabs
        /// become a space too.
        case space
        /// Kept as LF (CR LF and a lone CR become LF): multi-line text.
        case keep
    }

    /// Whether the scalar is a C0 control, DEL or a C1 control.
    @inlinable public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Whether the text of these UTF-8 bytes (valid) holds any control character: a C0 control
    /// or DEL is one byte, a C1 control is 0xC2 followed by 0x80–0x9F.
    public static func hasControls(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x20 || b == 0x7F { return true }
            if b == 0xC2, i + 1 < n, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9F { return true }
            i += 1
        }
        return false
    }

    /// Whether `text` holds any control character (including line breaks and tabs).
    public static func hasControls(_ text: String) -> Bool {
        // On the UTF-8 where it is contiguous (issue 9: every cell of a regional table): a C0
        // control or DEL is one byte, a C1 control is 0xC2 followed by 0x80–0x9F.
        if let found = text.utf8.withContiguousStorageIfAvailable(hasControls) { return found }
        return text.unicodeScalars.contains(where: isControl)
    }

    /// `text` with every control character made harmless (see the type's documentation).
    public static func visible(_ text: String, lineBreaks: LineBreaks = .visible) -> String {
        guard hasControls(text) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            i += 1
            guard isControl(s) else {
                out.append(s)
                continue
            }
            switch (s, lineBreaks) {
            case ("\r", .space), ("\r", .keep):
                if i < scalars.count, scalars[i] == "\n" { i += 1 }  // CR LF is one break
                out.append(lineBreaks == .space ? " " : "\n")
            case ("\n", .space), ("\t", .space):
                out.append(" ")
            case ("\n", .keep), ("\t", .keep), ("\t", .visible):
                out.append(s)
            default:
                out.append(contentsOf: escaped(s).unicodeScalars)
            }
        }
        return String(out)
    }

    /// `\x1b` for ESC: the visible form of one control character.
    public static func escaped(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\x" + (hex.count < 2 ? "0" : "") + hex
    }

    /// The character a single screen cell may hold: a line break or tab becomes a space and any
    /// other control character `?`. The last line of defence of the cell buffer; text normally
    /// arrives there already passed through `visible(_:lineBreaks: .space)`.
    public static func cellCharacter(_ ch: Character) -> Character {
        guard ch.unicodeScalars.contains(where: isControl) else { return ch }
        return ch.isNewline || ch == "\t" ? " " : "?"
    }
}
