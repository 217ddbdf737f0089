/// The colours of each role, as terminal colour numbers, for the backend to install. Pure data, so
/// that tests can check it without a terminal.
///
/// With 256 colours the palette is calm: muted tones and a few accents instead of the saturated
/// basic red and green (issue 10). With 8 colours it stays as it was. Colour is never the only
/// sign: every status also has its symbol and word, so a colour-blind reader (or `NO_COLOR`,
/// monochrome) loses nothing.
public enum Palette {
    /// One entry: the role, its foreground and background (-1: the terminal's default).
    public typealias Entry = (role: ColorRole, foreground: Int16, background: Int16)

    /// The entries for a terminal with `colors` colours; `defaultColors`: whether -1 (the
    /// terminal's own foreground/background) may be used.
    public static func entries(colors: Int, defaultColors: Bool) -> [Entry] {
        let bg: Int16 = defaultColors ? -1 : 0
        let fg: Int16 = defaultColors ? -1 : 7
        if colors >= 256 {
            return [
                (.header, 254, 24),  // light grey on deep steel blue
                (.banner, 230, 131),  // cream on muted brick
                (.footer, 236, 110),  // dark grey on soft blue
                (.title, fg, bg),
                (.onTrack, 108, bg),  // sage
                (.atRisk, 179, bg),  // amber
                (.behind, 174, bg),  // dusty rose
                (.unknown, 139, bg),  // mauve
                (.accent, 74, bg),  // soft blue
                (.muted, 245, bg),  // grey
                (.error, 167, bg),  // soft red
            ]
        }
        // The eight basic colours: black 0, red 1, green 2, yellow 3, blue 4, magenta 5, cyan 6, white 7.
        return [
            (.header, 7, 4),
            (.banner, 7, 1),
            (.footer, 0, 6),
            (.title, fg, bg),
            (.onTrack, 2, bg),
            (.atRisk, 3, bg),
            (.behind, 1, bg),
            (.unknown, 5, bg),
            (.accent, 6, bg),
            (.error, 1, bg),
        ]
    }
}
