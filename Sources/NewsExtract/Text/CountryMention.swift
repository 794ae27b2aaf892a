import NewsCore

/// A country named in a sentence, and how: by name, demonym or capital.
public struct CountryMention: Sendable, Hashable {
    public var country: CountryCode
    public var role: CountryCatalog.Role
    /// Unicode scalar offsets into the sentence.
    public var start: Int
    public var end: Int
}

/// Finds countries in a sentence by their names, demonyms and capitals, in both languages.
///
/// English names must start with a capital letter ("US" is the country, "us" is not). Arabic
/// words may carry the attached conjunctions and prepositions و ف ب ل ك and the article ال,
/// and demonyms may be plural (الأمريكيين). Longer names win over shorter ones.
public struct CountryFinder: Sendable {
    let catalog: CountryCatalog
    /// Words that are country names but mostly mean something else in news text.
    static let ambiguous: Set<String> = ["مالي", "ماليه", "جورجيا", "Jordan", "Chad", "Georgia", "Niger", "Turkey"]

    public init(catalog: CountryCatalog = .shared) { self.catalog = catalog }

    struct Word {
        var text: String
        var start: Int
        var end: Int
    }

    static func words(_ text: String) -> [Word] {
        var words: [Word] = []
        var current = String.UnicodeScalarView()
        var start = 0
        for (i, s) in text.unicodeScalars.enumerated() {
            let inWord = s.properties.isAlphabetic || s.properties.numericType != nil || s == "." || s == "'" || s == "’" || s == "-"
                || (0x064B...0x0652).contains(s.value) || s.value == 0x0640
            if inWord {
                if current.isEmpty { start = i }
                current.append(s)
            } else if !current.isEmpty {
                words.append(Word(text: String(current), start: start, end: i))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(Word(text: String(current), start: start, end: start + current.count)) }
        return words.map { w in
            // Trailing sentence punctuation and English possessives are not part of a name.
            var t = w.text, end = w.end
            for suffix in ["'s", "’s"] where t.hasSuffix(suffix) {
                t.removeLast(2)
                end -= 2
            }
            while t.hasSuffix(".") && !t.dropLast().contains(".") && t.count > 1 {
                t.removeLast()
                end -= 1
            }
            return Word(text: t, start: w.start, end: end)
        }
    }

    /// Every country mention in the text, in order, longest names first where they overlap.
    public func mentions(in text: String) -> [CountryMention] {
        let words = Self.words(text)
        var found: [CountryMention] = []
        var i = 0
        while i < words.count {
            var matched = false
            for n in stride(from: min(7, words.count - i), through: 1, by: -1) {
                let slice = words[i..<(i + n)]
                if let match = lookup(Array(slice)) {
                    found.append(CountryMention(country: match.country.code, role: match.role, start: slice.first!.start, end: slice.last!.end))
                    i += n
                    matched = true
                    break
                }
            }
            if !matched { i += 1 }
        }
        return found
    }

    private func lookup(_ words: [Word]) -> CountryCatalog.Match? {
        let first = words[0].text
        let rest = words.dropFirst().map(\.text)
        if ArabicText.containsArabic(first) {
            for candidate in Self.arabicForms(first) {
                let phrase = ([candidate] + rest).joined(separator: " ")
                if Self.ambiguous.contains(ArabicText.normalize(phrase)) { continue }
                if let m = catalog.match(phrase) { return m }
            }
            return nil
        }
        guard let initial = first.unicodeScalars.first, initial.properties.isUppercase else { return nil }
        let phrase = words.map(\.text).joined(separator: " ")
        if Self.ambiguous.contains(phrase) { return nil }
        // Two-letter abbreviations count only in capitals (US, UK), never as words (Us).
        if phrase.count <= 4 && phrase.uppercased() != phrase { return nil }
        return catalog.match(phrase)
    }

    /// The word, and the word without attached particles: و ف, then ب ل ك, then ال; plural demonym endings.
    static func arabicForms(_ word: String) -> [String] {
        let w = ArabicText.normalize(word)
        var forms = [w]
        var stems = [w]
        for conjunction in ["و", "ف"] where w.hasPrefix(conjunction) && w.count > 3 { stems.append(String(w.dropFirst())) }
        for stem in stems {
            if stem.hasPrefix("لل") && stem.count > 4 { forms.append("ال" + stem.dropFirst(2)) }
            for preposition in ["ب", "ل", "ك"] where stem.hasPrefix(preposition) && stem.count > 3 { forms.append(String(stem.dropFirst())) }
        }
        forms += stems.dropFirst()
        var withoutArticle: [String] = []
        for f in forms where f.hasPrefix("ال") && f.count > 4 { withoutArticle.append(String(f.dropFirst(2))) }
        forms += withoutArticle
        // Plural and dual nisba endings: أمريكيين، أمريكيون، أمريكيات → أمريكي / أمريكيه.
        var singular: [String] = []
        for f in forms {
            for (ending, replacement) in [("يين", "ي"), ("يون", "ي"), ("يات", "يه"), ("يتين", "يه")] where f.hasSuffix(ending) && f.count > ending.count + 2 {
                singular.append(String(f.dropLast(ending.count)) + replacement)
            }
        }
        forms += singular
        var seen = Set<String>()
        return forms.filter { seen.insert($0).inserted }
    }
}
