extension NumberFormat {
    /// Euros with cents, for ratios such as the yield per euro: `€ 3,20` (nl), `€3.20` (en).
    public static func euro2(_ x: Double, language: Language = .nl) -> String {
        language.pick("€ ", "€") + decimal(x, digits: 2, language: language)
    }
}
