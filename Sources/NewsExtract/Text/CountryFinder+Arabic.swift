import NewsCore

/// The forms an Arabic word may name a country in, once its attached particles are taken off.
extension CountryFinder {
    /// The word, and the word without attached particles: و ف, then ب ل ك, then ال; plural demonym endings.
    static func arabicForms(_ word: String) -> [String] {
        let w = ArabicText.normalized(word)
        let letters = Array(w.unicodeScalars)
        if letters.allSatisfy({ CountryCatalog.isPlain($0.value) && $0.value >= 0x0621 }) {
            return arabicForms(letters: letters)
        }
        var forms = [w]
        var stems = [w]
        for conjunction in ["و", "ف"] where w.hasPrefix(conjunction) && w.count > 3 {
            stems.append(String(w.dropFirst()))
        }
        for stem in stems {
            if stem.hasPrefix("لل") && stem.count > 4 { forms.append("ال" + stem.dropFirst(2)) }
            for preposition in ["ب", "ل", "ك"] where stem.hasPrefix(preposition) && stem.count > 3 {
                forms.append(String(stem.dropFirst()))
            }
        }
        forms += stems.dropFirst()
        var withoutArticle: [String] = []
        for f in forms where f.hasPrefix("ال") && f.count > 4 { withoutArticle.append(String(f.dropFirst(2))) }
        forms += withoutArticle
        // Plural and dual nisba endings: أمريكيين، أمريكيون، أمريكيات → أمريكي / أمريكيه; and the
        // indefinite accusative, صينيا → صيني.
        var singular: [String] = []
        for f in forms {
            for (ending, replacement) in [("يين", "ي"), ("يون", "ي"), ("يات", "يه"), ("يتين", "يه"), ("يا", "ي")]
            where f.hasSuffix(ending) && f.count > ending.count + 2 {
                singular.append(String(f.dropLast(ending.count)) + replacement)
            }
        }
        forms += singular
        var seen = Set<String>()
        return forms.filter { seen.insert($0).inserted }
    }

    /// `arabicForms(_:)` for a word of plain Arabic letters (`CountryCatalog.isPlain`), each a
    /// character of its own: the same steps on arrays of scalars, the same forms in the same order.
    static func arabicForms(letters w: [Unicode.Scalar]) -> [String] {
        let waw: Unicode.Scalar = "و"
        let fa: Unicode.Scalar = "ف"
        let lam: Unicode.Scalar = "ل"
        let alef: Unicode.Scalar = "ا"
        let ya: Unicode.Scalar = "ي"
        let ha: Unicode.Scalar = "ه"
        var forms: [[Unicode.Scalar]] = [w]
        var stems: [[Unicode.Scalar]] = [w]
        for conjunction in [waw, fa] where w.first == conjunction && w.count > 3 { stems.append(Array(w.dropFirst())) }
        for stem in stems {
            if stem.count > 4 && stem[0] == lam && stem[1] == lam { forms.append([alef, lam] + stem.dropFirst(2)) }
            for preposition: Unicode.Scalar in ["ب", "ل", "ك"] where stem.first == preposition && stem.count > 3 {
                forms.append(Array(stem.dropFirst()))
            }
        }
        forms += stems.dropFirst()
        var withoutArticle: [[Unicode.Scalar]] = []
        for f in forms where f.count > 4 && f[0] == alef && f[1] == lam { withoutArticle.append(Array(f.dropFirst(2))) }
        forms += withoutArticle
        // Plural and dual nisba endings: أمريكيين، أمريكيون، أمريكيات → أمريكي / أمريكيه.
        let endings: [([Unicode.Scalar], [Unicode.Scalar])] = [
            ([ya, ya, "ن"], [ya]), ([ya, waw, "ن"], [ya]), ([ya, alef, "ت"], [ya, ha]),
            ([ya, "ت", ya, "ن"], [ya, ha]),
            // The accusative of the indefinite: "مشروعا صينيا" → صيني.
            ([ya, alef], [ya]),
        ]
        var singular: [[Unicode.Scalar]] = []
        for f in forms {
            for (ending, replacement) in endings
            where f.count > ending.count + 2 && f.suffix(ending.count).elementsEqual(ending) {
                singular.append(f.dropLast(ending.count) + replacement)
            }
        }
        forms += singular
        // A dozen forms at most: comparing them costs less than hashing them.
        var unique: [[Unicode.Scalar]] = []
        for f in forms where !unique.contains(f) { unique.append(f) }
        return unique.map { String(scalars: $0) }
    }
}
