import Foundation
import NewsCore
import NewsExtract
import Testing

/// One package told twice in two currencies, or rounded the second time. Every text here is
/// written for these tests.
@Suite struct PackageToldTwiceTests: ReadsArticles {
    /// "closing over US $100 million in business deals" in the lead, then "business deals valued
    /// at approximately US $114 million": the lead's round bound is the body's deal, one entry
    /// with the body's amount. A body amount more than half above the bound is another deal.
    @Test func theLeadsRoundBoundIsTheBodysExactDeal() throws {
        let text = """
            Peru-Chile forum yields deals

            A Peru-Chile business forum held in June led to companies closing over US $100 million in business deals.

            The forum took place in Lima. During the event, firms from the two countries closed business deals valued at approximately US $AMOUNT million.
            """
        let one = agreements(extract(text.replacingOccurrences(of: "AMOUNT", with: "114")))
        #expect(one.count == 1 && one.first?.value?.amount == 114_000_000, "\(one.map { ($0.parties, $0.value) })")
        let two = agreements(extract(text.replacingOccurrences(of: "AMOUNT", with: "180")))
        #expect(two.count == 2, "\(two.map { ($0.parties, $0.value) })")
    }

    /// "signed an economic cooperation agreement under which China will provide a grant", then
    /// "According to the agreement, China will provide a grant of $14 million": the amount is the
    /// agreement's, one entry.
    @Test func anAmountUnderTheAgreementIsTheAgreementsAmount() throws {
        let found = agreements(
            extract(
                """
                Laos and China

                The two sides signed an economic cooperation agreement on Monday according to which China will provide a grant for schools in Laos.

                According to the agreement, China will provide a grant of $14 million to Laos.
                """))
        #expect(found.count == 1 && found.first?.value?.amount == 14_000_000, "\(found.map { ($0.parties, $0.value) })")
    }

    /// "signed the Letter of Intent", then "signed another Letter of Intent": two deals.
    @Test func anotherLetterOfIntentIsAnotherDeal() throws {
        let found = agreements(
            extract(
                """
                Ghana, Spain sign letters

                The finance ministers of Ghana and Spain signed a Letter of Intent on rail investment on Monday.

                The Ghanaian minister and the head of Spain's development agency signed another Letter of Intent to support health reforms.
                """))
        #expect(found.count == 2, "\(found.map { ($0.parties, $0.title) })")
    }

    @Test func aBoundRoundingTheLocalAmountOfAConvertedPackageIsThatPackage() throws {
        let found = agreements(
            extract(
                """
                Britain signed deals worth more than 9.3 billion pounds ($13.26 billion) during a visit to China, the government said.

                "The agreements signed this week, valued at more than 9 billion pounds, show demand," the minister said.
                """))
        #expect(found.count == 1, "\(found.map { ($0.title, $0.value) })")
        #expect(found.first?.value?.amount == 13_260_000_000)
    }

    @Test func theLargestPartOfAPackageIsADealOfItsOwnEvenAtThePackagesAmount() throws {
        let found = agreements(
            extract(
                """
                The UAE and India signed deals worth more than $20 billion, mostly in real estate.

                The biggest deal is a AED73.4 billion (nearly $20 billion) joint venture between a Dubai developer and an Indian builder.
                """))
        #expect(found.count == 2, "\(found.map { ($0.title, $0.value) })")
    }

    @Test func twoAmountsShownAsTheSameThirdCurrencyFigureAreOneAmount() throws {
        let found = agreements(
            extract(
                """
                Saudi Arabian and Egyptian companies signed agreements worth US$7.7 billion (RM33.9 billion) during a visit to Cairo.

                Fourteen investment agreements worth 29 billion riyals (RM33.9 billion) were signed between Saudi companies and Egyptian firms.
                """))
        #expect(found.count == 1, "\(found.map { ($0.title, $0.value) })")
        #expect(found.first?.value == Money(7_700_000_000, .usd))
        // Different figures in the third currency are different deals.
        let two = agreements(
            extract(
                """
                Saudi Arabian and Egyptian companies signed agreements worth US$7.7 billion (RM33.9 billion) during a visit to Cairo.

                Fourteen investment agreements worth 29 billion riyals (RM25.1 billion) were signed between Saudi companies and Egyptian firms.
                """))
        #expect(two.count == 2, "\(two.map { ($0.title, $0.value) })")
    }

    @Test func anAmountGivenAgainInAnotherCurrencyIsOneAmount() throws {
        for text in [
            "Kenya and Ghana signed a loan agreement of 150 billion yuan, equivalent to 17 billion Swiss francs.\n",
            "وقعت كينيا وغانا اتفاقية قرض بقيمة 150 مليار يوان بما يعادل 17 مليار فرنك سويسري.\n",
        ] {
            let found = agreements(extract(text))
            #expect(found.map(\.value) == [Money(150_000_000_000, Currency("CNY")!)], "\(found.map(\.value))")
        }
    }

    @Test func amountsThatAddUpToADealOfSeveralCountriesAreItsDealsOnePerCountry() throws {
        let found = agreements(
            extract(
                """
                وقع صندوق التنمية الكويتي اتفاقيتي قرض بقيمة 140 مليون دولار لدعم مشاريع في كينيا وغانا.
                تهدف الاتفاقية مع كينيا إلى تمويل مشروع للطرق بقيمة 90 مليون دولار، وتهدف الاتفاقية الأخرى مع غانا إلى تمويل مشروع سد بقيمة 50 مليون دولار.
                """))
        #expect(
            found.contains { Set($0.parties) == [code("KW"), code("KE")] && $0.value?.amount == 90_000_000 }, "\(found)"
        )
        #expect(
            found.contains { Set($0.parties) == [code("KW"), code("GH")] && $0.value?.amount == 50_000_000 }, "\(found)"
        )
        #expect(found.count == 3, "the package and its two deals: \(found.map(\.title))")
    }
}
