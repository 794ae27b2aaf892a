import Foundation
import Testing

@testable import NewsCore
@testable import NewsExtract

/// The byte and scalar paths that made extraction fast, against the String and property code
/// they stand in for, over the corpus and many random strings (`FastPathTests`).
@Suite struct SpeedPathTests {
    static func texts() throws -> [String] {
        try FastPathTests.corpusSentences() + FastPathTests.randomStrings(3_000, seed: 11) + FastPathTests.pieces + [
            "ÀÉÎ Õ× Ü÷ ß ÿ İstanbul Σίσυφος ΣΑΣ Ⓐⓑ Ⅻ ǅ K Ω", "أَعلنَ الإمارات ا\u{0654}علن مِصر٬ ١٢٣٫٥ ٪",
            "“Quoted” – dash… ’s",
        ]
    }

    @Test func scalarTraitsAreTheProperties() {
        let scalars = (0..<0x3100).compactMap(Unicode.Scalar.init) + (0x1D400..<0x1D420).compactMap(Unicode.Scalar.init)
        for s in scalars {
            let p = s.properties
            #expect(ScalarTraits.isAlphabetic(s) == p.isAlphabetic, "\(s.value)")
            #expect(ScalarTraits.isAlphanumeric(s) == (p.isAlphabetic || p.numericType != nil), "\(s.value)")
            #expect(ScalarTraits.isWhitespace(s) == p.isWhitespace, "\(s.value)")
            #expect(ScalarTraits.isUppercase(s) == p.isUppercase, "\(s.value)")
            #expect(
                ScalarTraits.lowercasesToOther(s) == !String(s).lowercased().unicodeScalars.elementsEqual([s]),
                "\(s.value)")
        }
    }

    /// `SearchableText`'s text as it was built before the byte path.
    static func referenceFold(_ raw: String) -> String {
        let folded = ArabicText.normalize(raw).lowercased()
        return " "
            + String(
                String.UnicodeScalarView(
                    folded.unicodeScalars.map { s in
                        s.properties.isAlphabetic || s.properties.numericType != nil || s == "%" ? s : " "
                    })) + " "
    }

    @Test func searchableTextIsTheReferenceFold() throws {
        for text in try Self.texts() {
            let words = SearchableText(text)
            #expect(Array(words.text.utf8) == Array(Self.referenceFold(text).utf8), "\(text)")
        }
    }

    /// `CountryFinder.arabicForms` as it was, on characters.
    static func referenceArabicForms(_ word: String) -> [String] {
        let w = ArabicText.normalize(word)
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

    @Test func arabicFormsAreTheReferenceForms() throws {
        let words =
            try Self.texts().flatMap { CountryFinder.words($0).map(\.text) } + [
                "والصين", "فللمصريين", "بالأمريكيات", "للسعوديتين", "وبكين", "ولل", "و", "", "الامارات", "كالهنديون",
                "وصينيا",
            ]
        for word in words {
            #expect(
                CountryFinder.arabicForms(word).map { Array($0.utf8) }
                    == Self.referenceArabicForms(word).map { Array($0.utf8) }, "\(word)")
        }
    }

    @Test func numberTokenKeysAreLowercasedText() throws {
        for text in try Self.texts() {
            for token in NumberLexer.tokens(MappedText(text)) where token.kind == .word {
                var key = token.text.lowercased()
                if !token.isArabic, key.contains(".") { key.removeAll { $0 == "." } }
                #expect(Array(token.key.utf8) == Array(key.utf8), "\(token.text)")
                if token.keyIsPlain { #expect(token.isArabic && CountryCatalog.isPlain(token.key)) }
            }
        }
    }

    @Test func preparedWordsAreTheWordsPrepared() throws {
        let finder = CountryFinder()
        var cache = CountryFinder.PreparedWords()
        for text in try Self.texts() {
            for word in CountryFinder.words(text) + CountryFinder.words(text) {
                let cached = cache.prepared(word, by: finder)
                let fresh = finder.prepare(word)
                #expect(
                    cached.key == fresh.key && cached.own.key == fresh.own.key
                        && cached.own.longest == fresh.own.longest)
                #expect(
                    cached.firsts.map(\.text) == fresh.firsts.map(\.text) && cached.word.start == word.start
                        && cached.word.end == word.end)
            }
        }
    }
}
