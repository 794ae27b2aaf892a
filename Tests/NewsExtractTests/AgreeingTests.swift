import NewsCore
import NewsExtract
import Testing

/// What two sides agree on that makes a deal: a deal named as the object of "agreed", a work to
/// build. Agreeing on a principle or a committee makes none. Every text here is written for these tests.
@Suite struct AgreeingTests: ReadsArticles {
    @Test func aDealAgreedAsAnObjectIsADeal() throws {
        let found = agreements(
            extract(
                "News\n\nFrance and Morocco on Tuesday agreed a 781 million euro financing package for a rail line.\n"))
        #expect(found.count == 1, "\(found)")
        #expect(Set(found.first?.parties ?? []) == [code("FR"), code("MA")])
        #expect(found.first?.value?.amount == 781_000_000 && found.first?.value?.currency.code == "EUR")
        #expect(found.first?.status == .announced)
        // Agreeing on a principle names no deal.
        #expect(agreements(extract("News\n\nFrance and Morocco agreed a need for closer ties.\n")).isEmpty)
    }

    @Test func agreeingToBuildAWorkIsADeal() throws {
        for text in [
            "News\n\nNigeria and Morocco agreed to build a gas pipeline along the coast.\n",
            "خبر\n\nاتفق المغرب ونيجيريا على إنشاء خط أنابيب للغاز على طول الساحل.\n",
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 1, "\(text): \(found)")
            #expect(Set(found.first?.parties ?? []) == [code("NG"), code("MA")], "\(text): \(found)")
        }
        #expect(
            agreements(extract("News\n\nNigeria and Morocco agreed to set up a joint committee on trade.\n")).isEmpty)
    }
}
