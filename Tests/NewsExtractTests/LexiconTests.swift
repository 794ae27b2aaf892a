import NewsCore
import Testing

@testable import NewsExtract

/// The rules' Arabic words are matched against normalised text (أ إ آ → ا, ى → ي, ة → ه, ؤ → و,
/// ئ → ي, no diacritics): a word written otherwise never matches, and its rule never fires.
@Suite struct LexiconTests {
    static let lists: [(String, [String])] = [
        ("agreementNouns", Array(Lexicon.agreementNouns)), ("dealNouns", Array(Lexicon.dealNouns)),
        ("dealVerbs", Array(Lexicon.dealVerbs)),
        ("commitmentVerbs", Array(Lexicon.commitmentVerbs)), ("pledgeWords", Array(Lexicon.pledgeWords)),
        ("investmentWords", Array(Lexicon.investmentWords)),
        ("tradeVolumeWords", Array(Lexicon.tradeVolumeWords)),
        ("strongTradeVolumeWords", Array(Lexicon.strongTradeVolumeWords)),
        ("regionWords", Array(Lexicon.regionWords)), ("blocAgreements", Array(Lexicon.blocAgreements)),
        ("arabicInvestmentNouns", Array(Lexicon.arabicInvestmentNouns)),
        ("arabicAcquiringVerbs", Array(Lexicon.arabicAcquiringVerbs)), ("heldObjects", Array(Lexicon.heldObjects)),
        ("cumulativeWords", Array(Lexicon.cumulativeWords)), ("signingWords", Array(Lexicon.signingWords)),
        ("inclusionWords", Array(Lexicon.inclusionWords)),
        ("heldWords", Array(Lexicon.heldWords)), ("projectNouns", Array(Lexicon.projectNouns)),
        ("projectWorks", Array(Lexicon.projectWorks)),
        ("attributionWords", Array(Lexicon.attributionWords)), ("nonFactWords", Array(Lexicon.nonFactWords)),
        ("targetWords", Array(Lexicon.targetWords)),
        ("stockWords", Array(Lexicon.stockWords)), ("packageReferences", Array(Lexicon.packageReferences)),
        ("pluralAgreements", Array(Lexicon.pluralAgreements)),
        ("arabicAgreementStems", Array(Lexicon.arabicAgreementStems)),
        ("implementationWords", Array(Lexicon.implementationWords)),
        ("agreedObjects", Array(Lexicon.agreedObjects)), ("totalWords", Array(Lexicon.totalWords)),
        ("additionWords", Array(Lexicon.additionWords)),
        ("winningWords", Array(Lexicon.winningWords)), ("firstWords", Array(Lexicon.firstWords)),
        ("secondWords", Array(Lexicon.secondWords)),
        ("documentWords", Array(Lexicon.documentWords)), ("agreeingVerbs", Array(Lexicon.agreeingVerbs)),
        ("eachWords", Array(Lexicon.eachWords)),
        ("arabicMoreWords", Array(Lexicon.arabicMoreWords)),
        ("arabicInclusionVerbs", Array(Lexicon.arabicInclusionVerbs)),
        ("twoWayInvestmentWords", Array(Lexicon.twoWayInvestmentWords)), ("amongOpeners", Array(Lexicon.amongOpeners)),
        ("statuses", Lexicon.statuses.flatMap(\.1)), ("arabicHeads", Titles.arabicHeads),
        ("companyStops", Array(CompanyFinder.arabicStops)),
    ]

    @Test(arguments: lists.map(\.0))
    func arabicWordsAreWrittenAsTheTextTheyAreMatchedAgainst(_ name: String) {
        let words = Self.lists.first { $0.0 == name }!.1
        for word in words where ArabicText.containsArabic(word) {
            #expect(
                ArabicText.normalized(word) == word,
                "\(name): \"\(word)\" is matched as \"\(ArabicText.normalized(word))\"")
        }
    }

    @Test(arguments: lists.map(\.0))
    func wordsHaveOnlyWhatTheSearchableTextKeeps(_ name: String) {
        // The searchable text turns every sign but letters, digits and % into a space, so a word
        // with a hyphen ("two-way trade") is never found; it is written with a space instead.
        let words = Self.lists.first { $0.0 == name }!.1
        for word in words {
            let kept = word.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "%" || $0 == " " || $0 == "*"
            }
            #expect(kept, "\(name): \"\(word)\" has a sign the searchable text drops")
        }
    }

    @Test func aWordWithAHamzaSignFindsNothing() {
        // Why the test above matters: the normalised text holds no hamza sign.
        #expect(!SearchableText("وقعت البلدان وثائق عدة").has("وثائق"))
        #expect(SearchableText("وقعت البلدان وثائق عدة").has("وثايق"))
    }
}
