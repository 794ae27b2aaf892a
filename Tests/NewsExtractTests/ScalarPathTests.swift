import Testing

@testable import NewsCore
@testable import NewsExtract

/// The shortcuts of the third speed round against what they stand for.
@Suite struct ScalarPathTests {
    /// `ScalarText.isAlphanumeric` answers as `ScalarTraits.isAlphanumeric` for every scalar of
    /// the Basic Multilingual Plane.
    @Test func alphanumericIsTheTable() {
        let differing = (0..<0x1_0000).compactMap(Unicode.Scalar.init).filter {
            ScalarText.isAlphanumeric($0) != ScalarTraits.isAlphanumeric($0)
        }
        #expect(differing.isEmpty, "\(differing.prefix(20).map(\.value))")
    }

    /// `Document.ToldSentences` finds a sentence told before as `Set<String>` does: by canonical
    /// equivalence, in plain sentences and after the first that is not plain.
    @Test func toldSentencesAreASetOfStrings() {
        let sentences = [
            "Egypt and China signed a deal.", "وقعت مصر والصين اتفاقية.", "Egypt and China signed a deal.",
            "caf\u{E9} deal", "cafe\u{301} deal",
            "وقعت مصر والصين اتفاقية.", "Kelvin \u{212A}", "Kelvin K", "Egypt and China signed a deal.",
        ]
        var told = Document.ToldSentences()
        var reference = Set<String>()
        for s in sentences { #expect(told.insert(s) == reference.insert(s).inserted, "\(s)") }
    }

    /// The scalars the extractor hands the readers are those of each sentence's text.
    @Test func partsCarryTheirSentencesScalars() throws {
        for text in try CharacterWordsTests.texts().prefix(200) {
            for part in Document(text).parts { #expect(part.scalars == Array(part.sentence.text.unicodeScalars)) }
        }
    }
}
