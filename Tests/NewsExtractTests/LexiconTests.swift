import NewsCore
@testable import NewsExtract
import Testing

/// The rules' Arabic words are matched against normalised text (أ إ آ → ا, ى → ي, ة → ه, ؤ → و,
/// ئ → ي, no diacritics): a word written otherwise never matches, and its rule never fires.
@Suite struct LexiconTests {
    static let lists: [(String, [String])] = [
        ("agreementNouns", Lexicon.agreementNouns), ("dealNouns", Lexicon.dealNouns), ("dealVerbs", Lexicon.dealVerbs),
        ("commitmentVerbs", Lexicon.commitmentVerbs), ("pledgeWords", Lexicon.pledgeWords), ("investmentWords", Lexicon.investmentWords),
        ("tradeVolumeWords", Lexicon.tradeVolumeWords), ("strongTradeVolumeWords", Lexicon.strongTradeVolumeWords),
        ("regionWords", Lexicon.regionWords), ("signingWords", Lexicon.signingWords), ("inclusionWords", Lexicon.inclusionWords),
        ("heldWords", Lexicon.heldWords), ("projectNouns", Lexicon.projectNouns), ("projectWorks", Lexicon.projectWorks),
        ("attributionWords", Lexicon.attributionWords), ("nonFactWords", Lexicon.nonFactWords), ("targetWords", Lexicon.targetWords),
        ("stockWords", Lexicon.stockWords), ("packageReferences", Lexicon.packageReferences), ("pluralAgreements", Lexicon.pluralAgreements),
        ("arabicAgreementStems", Lexicon.arabicAgreementStems), ("implementationWords", Lexicon.implementationWords),
        ("agreedObjects", Lexicon.agreedObjects), ("totalWords", Lexicon.totalWords), ("additionWords", Lexicon.additionWords),
        ("winningWords", Lexicon.winningWords), ("firstWords", Lexicon.firstWords), ("secondWords", Lexicon.secondWords),
        ("documentWords", Lexicon.documentWords), ("agreeingVerbs", Lexicon.agreeingVerbs), ("eachWords", Lexicon.eachWords),
        ("arabicMoreWords", Array(Lexicon.arabicMoreWords)), ("arabicInclusionVerbs", Array(Lexicon.arabicInclusionVerbs)),
        ("statuses", Lexicon.statuses.flatMap(\.1)), ("arabicHeads", Titles.arabicHeads), ("companyStops", Array(CompanyFinder.arabicStops)),
    ]

    @Test(arguments: lists.map(\.0))
    func arabicWordsAreWrittenAsTheTextTheyAreMatchedAgainst(_ name: String) {
        let words = Self.lists.first { $0.0 == name }!.1
        for word in words where ArabicText.containsArabic(word) {
            #expect(ArabicText.normalized(word) == word, "\(name): \"\(word)\" is matched as \"\(ArabicText.normalized(word))\"")
        }
    }

    @Test func aWordWithAHamzaSignFindsNothing() {
        // Why the test above matters: the normalised text holds no hamza sign.
        #expect(!SearchableText("وقعت البلدان وثائق عدة").has("وثائق"))
        #expect(SearchableText("وقعت البلدان وثائق عدة").has("وثايق"))
    }
}
