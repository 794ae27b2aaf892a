import Foundation
import NewsCore
import NewsExtract
import Testing

/// Numbers told as a broadcaster reads them, sentences run together without a space, documents
/// that go with a deal told already, and a page's section name above the title. Every text here
/// is written for these tests.
@Suite struct SpokenNumbersAndPageChromeTests: ReadsArticles {
    /// "a combined three-point-four billion dollars", "9-point-six billion dollars": the decimal
    /// told in words, after a number word or a numeral.
    @Test func decimalsToldInWords() throws {
        for (words, amount) in [
            ("three-point-four billion dollars", Decimal(3_400_000_000)),
            ("9-point-six billion dollars", Decimal(9_600_000_000)),
            ("twenty-one point two five billion dollars", Decimal(21_250_000_000)),
        ] {
            let found = agreements(
                extract(
                    """
                    Chile and Peru sign port deal

                    Chile and Peru signed a deal to expand the port of Arica worth a combined \(words), the ministry said.
                    """))
            #expect(found.map { $0.value?.amount } == [amount], "\(words): \(found.map { $0.value })")
        }
        // "point" that is no decimal stays out of the number.
        let plain = agreements(
            extract(
                """
                Chile and Peru sign port deal

                Chile and Peru signed a $2 billion deal to expand the port of Arica, a point three ministers raised.
                """))
        #expect(plain.map { $0.value?.amount } == [2_000_000_000], "\(plain.map { $0.value })")
    }

    /// "… to Peru.According to the ministry, …": a page that lost its spaces still ends its
    /// sentences there, so a deal's title stops at its sentence's end.
    @Test func sentencesRunTogetherWithoutASpace() throws {
        let found = agreements(
            extract(
                """
                Chile and Peru sign deals

                Chile has signed a deal to sell copper wire to Peru.According to the ministry, two firms inked contracts with the Peruvian navy on Friday.The deal is worth a combined $300 million and follows an accord reached last month.The first batch will ship in May.
                """))
        #expect(
            found.contains { $0.value?.amount == 300_000_000 && $0.title == "deal to sell copper wire to Peru" },
            "\(found.map { ($0.title, $0.value) })")
        #expect(!found.contains { $0.title.contains("According") }, "\(found.map(\.title))")
        // Abbreviations and initials run on as before.
        let sentences = SentenceSplitter.split("Talks in St.Petersburg went well. The U.S.A team left.")
        #expect(sentences.count == 2, "\(sentences.map(\.text))")
    }

    /// "signed a relevant loan agreement" after the loan package: the document that goes with a
    /// deal told already is no deal of its own.
    @Test func aCorrespondingDocumentIsTheDealToldBefore() throws {
        let found = agreements(
            extract(
                """
                Chile lends Peru $500 million

                Chile and Peru signed a $500 million loan package for roads on Monday.

                The heads of the two development agencies then signed a corresponding loan agreement in Lima.
                """))
        #expect(found.count == 1, "\(found.map { ($0.title, $0.value) })")
        #expect(found.first?.value?.amount == 500_000_000, "\(found)")
    }

    /// A section name over the title ("اقتصاد", "Business") is no headline: the title under it is,
    /// so its deal and the body's are one.
    @Test func aOneWordSectionNameAboveTheTitleIsNoHeadline() throws {
        let found = agreements(
            extract(
                """
                اقتصاد

                تشيلي وبيرو توقعان اتفاقية منحة لتمويل مشاريع

                وقع وزير المالية في ليما اليوم اتفاقية تعاون اقتصادي مع سفير تشيلي، بموجبها تمنح تشيلي بيرو منحة بقيمة 20 مليون دولار لتمويل مشاريع.
                """))
        #expect(found.count == 1, "\(found.map { ($0.title, $0.value) })")
        #expect(found.first?.value?.amount == 20_000_000, "\(found)")
    }

    /// "exports to Peru equal $480 million, while imports from it reach $2 billion, besides
    /// Chilean investments there": amounts told of exports and imports are no investment, though
    /// the sentence speaks of investment after them.
    @Test func exportsAndImportsBesideInvestmentAreNoInvestment() throws {
        let english = extract(
            """
            Chile and Peru

            Chile's non-copper exports to Peru equal $480 million, while its imports from Peru reach $2 billion, besides Chilean investments in the Peruvian market.
            """)
        #expect(investments(english).isEmpty, "\(investments(english).map(flow))")
        let arabic = extract(
            """
            تشيلي وبيرو

            وقال الوزير إن صادرات تشيلي غير النحاسية إلى بيرو تعادل 480 مليون دولار، فيما تبلغ وارداتها منها ملياري دولار، فضلا عن استثمارات تشيلية في السوق البيروفية.
            """)
        #expect(investments(arabic).isEmpty, "\(investments(arabic).map(flow))")
    }

    /// "$540 million (TL 7.43 billion)": TL is the Turkish lira in an article of Turkey, so the
    /// brackets restate the dollars rather than give a second trade figure.
    @Test func turkishLiraWrittenTL() throws {
        let found = trade(
            extract(
                """
                Turkey and Chile to grow trade

                Trade between Turkey and Chile reached $620 million (TL 8.1 billion) in 2022, the minister said.
                """))
        #expect(found.map { $0.value?.amount } == [620_000_000], "\(found.map { $0.value })")
    }
}
