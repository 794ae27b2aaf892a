import NewsCore

extension Language {
    /// Arabic when at least a quarter of the letters are Arabic, else English.
    public static func detect(_ text: String) -> Language {
        var arabic = 0
        var letters = 0
        for scalar in text.unicodeScalars where ScalarTraits.isAlphabetic(scalar) {
            letters += 1
            if (0x0600...0x06FF).contains(scalar.value) || (0x0750...0x077F).contains(scalar.value) { arabic += 1 }
        }
        return letters > 0 && arabic * 4 >= letters ? .arabic : .english
    }
}
