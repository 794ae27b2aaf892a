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

    /// "Trade between\nthe two countries reached …": a short line that stops at a word no
    /// sentence ends with wraps on to the next, as pages with hard line breaks print.
    @Test func aShortLineEndingOnAFunctionWordWraps() throws {
        let found = trade(
            extract(
                """
                Chile and Peru to deepen ties

                The two ministers also agreed to exploit the free
                trade agreement in force since 2011.
                Trade between
                the two countries reached US$3.3 billion in 2022.
                """))
        #expect(found.map { $0.value?.amount } == [3_300_000_000], "\(found.map { $0.value })")
    }

    /// "Chilean investments in Peru topped 60 billion USD" over "have invested USD 68.4 billion
    /// in Peru": the headline's bound rounds the body's figure, which stays the one figure.
    @Test func aHeadlineBoundRoundsTheBodysInvestmentFigure() throws {
        let found = investments(
            extract(
                """
                Chilean investments in Peru topped 60 billion USD over six years

                According to a study, 40 Chilean companies have invested USD 68.4 billion in Peru between 2015 and 2021.
                """))
        #expect(found.map(flow) == ["CL->PE:68400000000"], "\(found.map(flow))")
    }

    /// "Peru will contribute US$57 million to the project": one country's own share of a work
    /// another finances is no deal between them.
    @Test func aCountrysOwnShareOfAProjectIsNoDeal() throws {
        let found = agreements(
            extract(
                """
                Chile lends Peru $300 million for highway

                Peru has signed a US$300 million loan with Chile for the construction of a coastal highway.

                The project is billed at about US$350 million. Peru will contribute US$50 million to the project.
                """))
        #expect(found.map { $0.value?.amount } == [300_000_000], "\(found.map { ($0.title, $0.value) })")
    }

    /// "Chile has sunk some $26 billion into projects abroad": one country's investment
    /// everywhere is no figure of the pair.
    @Test func investmentAbroadHasNoRecipientOfThePair() throws {
        let found = investments(
            extract(
                """
                Chile and Peru sign economic pact

                Chile and Peru signed an economic partnership agreement on Monday.

                Chile is a large investor, having sunk some $26 billion into projects abroad over the last decade.
                """))
        #expect(found.isEmpty, "\(found.map(flow))")
    }

    /// "with the signing of this new agreement": the deal pointed at, though called new, is the
    /// one told before.
    @Test func thisNewAgreementIsTheOneToldBefore() throws {
        let found = agreements(
            extract(
                """
                Chile and Peru sign economic pact

                Chile and Peru signed an economic partnership agreement on Monday.

                The minister said that with the signing of this new agreement, the two countries gained a partner.
                """))
        #expect(found.count == 1, "\(found.map(\.title))")
    }

    /// "The Exim Bank of Chile was also financing power projects in three states in Peru at a
    /// cost of $100 million": a lender of one country financing works in another is a deal.
    @Test func aLenderFinancingWorksAbroadAtACostIsADeal() throws {
        let found = agreements(
            extract(
                """
                Chile and Peru trade grows

                The Exim Bank of Chile was also financing power projects in three states in Peru at a cost of $100 million, the embassy said.
                """))
        #expect(
            found.map { Set($0.parties.compactMap(\.country?.rawValue)) } == [["CL", "PE"]]
                && found.map { $0.value?.amount } == [100_000_000],
            "\(found.map { ($0.parties, $0.value) })")
    }

    /// "Chile and Peru exchanged $8.5 billion worth of products": goods exchanged both ways are
    /// trade; goods one side exported are not.
    @Test func goodsExchangedAreTrade() throws {
        let found = trade(
            extract(
                """
                Chile and Peru trade

                Chile and Peru exchanged $8.540 billion worth of products from January to July 2023, the customs office said.

                Chile exported $5 billion worth of goods to Peru in 2022.
                """))
        #expect(found.map { $0.value?.amount } == [8_540_000_000], "\(found.map { $0.value })")
    }

    /// "قيمة الاستثمارات السعودية كانت … معتبرا أن دخول السوق البرازيلية …": the country right
    /// after the investment noun is the investor, whether its word is the adjective or the name
    /// (السعودية is both), even when another nationality comes later in the sentence.
    @Test func theCountryRightAfterAnArabicInvestmentNounIsTheInvestor() throws {
        let found = investments(
            extract(
                """
                تضاعفت الاستثمارات السعودية في تشيلي

                وأشار إلى أن قيمة الاستثمارات السعودية كانت في 2020 نحو 500 مليون دولار فقط، لترتفع حاليا إلى 4.2 مليار دولار، معتبرا أن دخول السوق التشيلية فرصة للسعودية.
                """))
        #expect(
            found.map(flow).sorted() == ["SA->CL:4200000000", "SA->CL:500000000"], "\(found.map(flow))")
    }

    /// "… يوقع اتفاقية قرض مع بيرو بـ 3.8 ملايين دينار" over "وقع الصندوق اتفاقية قرض مع بيرو"
    /// and then "قرضا بمبلغ ثلاثة ملايين وثمانمئة وخمسين ألف دينار": the headline rounds the
    /// body's amount though the lead told the deal again without one.
    @Test func aHeadlineAmountRoundsTheBodysAfterAValuelessLead() throws {
        let found = agreements(
            extract(
                """
                الصندوق الكويتي يوقع اتفاقية قرض مع بيرو بـ 3.8 ملايين دينار

                وقع الصندوق الكويتي للتنمية اتفاقية قرض مع جمهورية بيرو للإسهام في تمويل مشروع للتعليم.

                وأعلن الصندوق أن الاتفاقية التي وقعت في ليما يقدم الصندوق بمقتضاها قرضا بمبلغ ثلاثة ملايين وثمانمئة وخمسين ألف دينار.
                """))
        #expect(found.count == 1, "\(found.map { ($0.title, $0.value) })")
        #expect(found.first?.value?.amount == 3_850_000, "\(found.map { $0.value })")
    }

    /// "أكد البيت الأبيض التزام السعودية باستثمار 600 مليار دولار في تشيلي": the noun of
    /// commitment promises the investment as "تعهدت" does.
    @Test func anArabicCommitmentNounPromisesAnInvestment() throws {
        let found = agreements(
            extract(
                """
                السعودية وتشيلي

                وأكد البيان التزام السعودية باستثمار 60 مليار دولار في تشيلي.
                """))
        #expect(
            found.map { $0.value?.amount } == [60_000_000_000] && found.first?.status == .pledged,
            "\(found.map { ($0.value, $0.status) })")
    }

    /// "the need for Chile and Peru to push bilateral trade beyond $20 billion": an aim, no figure.
    @Test func tradeToBePushedBeyondIsAnAim() throws {
        let found = trade(
            extract(
                """
                Chile and Peru

                The minister, commenting on the need for Chile and Peru to push the level of bilateral trade beyond $20 billion, said the goals should be reset.
                """))
        #expect(found.isEmpty, "\(found.map { $0.value })")
    }

    /// "— $1.5 billion concessional loan and $200 million grant from the fund to …": a list item
    /// that names a loan and a grant, each after its amount, is two deals.
    @Test func aListItemWithALoanAndAGrantIsTwoDeals() throws {
        let found = agreements(
            extract(
                """
                Chile and Peru sign loan agreements worth $2 billion

                Chile and Peru have signed loan agreements worth $2 billion, the minister said.
                The accords include:
                — $1.5 billion concessional loan and $200 million grant from the Chilean fund to upgrade roads.
                — $300 million loan to renovate a hospital.
                """))
        #expect(
            found.compactMap { $0.value?.amount }.sorted() == [200_000_000, 300_000_000, 1_500_000_000, 2_000_000_000],
            "\(found.map { ($0.title, $0.value) })")
    }

    /// "making Peru the RoK’s fourth-largest trade partner": the Republic of Korea as some
    /// papers abbreviate it, in mixed case; other short words in mixed case stay no country.
    @Test func theRoKIsSouthKorea() throws {
        let found = trade(
            extract(
                """
                Korea and Peru

                The bilateral trade volume reached USD 6.2 billion by the end of November, making Peru the RoK’s fourth-largest trade partner after China, the US and Japan.
                """))
        #expect(
            found.map { Set($0.parties.compactMap(\.country?.rawValue)) } == [["KR", "PE"]], "\(found.map(\.parties))")
    }

    /// "The US ranks second among countries receiving Peru's investment, with US$93.4 million":
    /// the country that owns the investment is its investor; "Peru's investment inflows" are
    /// Peru's to receive.
    @Test func aCountrysPossessiveInvestmentIsItsOwn() throws {
        let found = investments(
            extract(
                """
                Peru and the US

                The US now ranks second among countries and territories receiving Peru's investment in 2019, with a total value of US$93.4 million.
                """))
        #expect(found.map(flow) == ["PE->US:93400000"], "\(found.map(flow))")
    }

    /// "نمت التجارة من 220 مليون دولار في السنة المالية 2014-2015. إلى 1.16 مليار دولار": a
    /// period before "إلى" and a number does not end the sentence; "إلى ذلك" still opens one.
    @Test func aPeriodBeforeArabicToAndANumberGoesOn() throws {
        let found = trade(
            extract(
                """
                بيرو وتشيلي

                وقال المسؤول إن التجارة الثنائية بين بيرو وتشيلي نمت من 220 مليون دولار في السنة المالية 2014-2015. إلى 1.16 مليار دولار حاليا.
                """))
        #expect(
            found.compactMap { $0.value?.amount }.sorted() == [220_000_000, 1_160_000_000], "\(found.map { $0.value })")
        #expect(SentenceSplitter.split("وقعت الاتفاقية. إلى ذلك، بحث الجانبان التعاون.").count == 2)
    }

    /// "نشر في: آخر تحديث:" over "وضع القراءة" and "100% حجم الخط": a page's date labels end in a
    /// colon but open no list, so the page's tools under them are no deals.
    @Test func aLineOfDateLabelsOpensNoList() throws {
        let found = agreements(
            extract(
                """
                السعودية تودع 5 مليارات دولار في البنك المركزي البيروفي

                الصندوق السعودي للتنمية يوقع اتفاقية مع المركزي البيروفي

                نشر في: آخر تحديث:
                وضع القراءة
                100% حجم الخط

                وقع رئيس الصندوق السعودي للتنمية اليوم في ليما اتفاقية لإيداع 5 مليارات دولار في البنك المركزي البيروفي.
                """))
        #expect(
            !found.contains { $0.title.contains("القراءة") || $0.title.contains("الخط") },
            "\(found.map(\.title))")
    }

    /// "أربع اتفاقيات للتعاون في مجالات الضرائب، والسياحة، والصحة، والتعليم": fields set apart
    /// by a comma before و are one list, a deal each; "، وذلك أثناء الزيارة" after the list is
    /// none of it.
    @Test func arabicFieldsSetApartByCommasAreOneList() throws {
        let found = agreements(
            extract(
                """
                تشيلي وبيرو

                وقعت تشيلي وبيرو أمس على أربع اتفاقيات للتعاون في مجالات الضرائب، والسياحة، والصحة، والتعليم، وذلك أثناء زيارة رسمية.
                """))
        #expect(found.count == 4, "\(found.map(\.title))")
    }

    /// "The second document signed by the two sides was related to …": a document singled out
    /// by its order among several is one of its own.
    @Test func anEnglishDocumentSingledOutByItsOrderIsADeal() throws {
        let found = agreements(
            extract(
                """
                Chile and Peru sign three agreements

                Chile and Peru have signed three agreements for the promotion of bilateral cooperation.

                The second agreement signed by the two sides was related to an exchange of experts.

                The third agreement was signed by the two trade ministers for the export of fruit.
                """))
        #expect(found.count == 3, "\(found.map(\.title))")
    }

    /// "trade increased to 418bn/- (190 million US dollars)": "/-" after an amount is the
    /// shilling of the article's country, so the dollars in brackets are the figure.
    @Test func shillingsWrittenSlashDash() throws {
        let found = trade(
            extract(
                """
                Tanzania and Chile

                Trade between Tanzania and Chile has grown fast. In 2011, trade volume was 100bn/- (66 million US dollars). In 2016, trade volume increased to 418bn/- (190 million US dollars).
                """))
        #expect(
            found.compactMap { $0.value?.amount }.sorted() == [66_000_000, 190_000_000], "\(found.map { $0.value })")
    }

    /// "استحوذت المملكة على خمس هذه الاستثمارات": a fraction of a whole held is no purchase.
    @Test func aFractionHeldIsNoPurchase() throws {
        let found = agreements(
            extract(
                """
                الاستثمارات في تشيلي

                ويبلغ حجم استثمارات البرازيل في أمريكا الجنوبية 213.9 مليار دولار، استحوذت تشيلي على خمس هذه الاستثمارات.
                """))
        #expect(found.isEmpty, "\(found.map { ($0.title, $0.value) })")
    }

    /// "An agreement for the road, which will connect with Peruvian roads into Bolivia and
    /// Ecuador": the countries a route leads to, named only after its verb of linking, are
    /// places, not the deal's parties.
    @Test func theCountriesARouteLeadsToAreNoParties() throws {
        let found = agreements(
            extract(
                """
                Chile lends Peru $300 million for road

                An agreement for the latest phase of construction of the road, which will connect with Peruvian roads into Bolivia and Ecuador, was struck at a forum between Chile and Latin American states.
                """))
        #expect(
            found.map { Set($0.parties.compactMap(\.country?.rawValue)) } == [["CL", "PE"]],
            "\(found.map(\.parties))")
        // Nor is "Latin American" the United States.
        let latin = agreements(
            extract(
                """
                Chile and Peru

                Chile, Peru and Argentina signed an agreement on a road at a forum of Latin American states.
                """))
        #expect(
            latin.map { Set($0.parties.compactMap(\.country?.rawValue)) } == [["CL", "PE", "AR"]],
            "\(latin.map(\.parties))")
    }

    /// "قيمة الاستثمارات الإماراتية في بيرو تقترب من 30 مليار دولار، … خلف الولايات المتحدة ومصر
    /// والهند": a total whose nationality names its investor stays that investor's, though the
    /// sentence ranks it behind three others.
    @Test func aTotalNamedByItsNationalityKeepsItsInvestorBesideARanking() throws {
        let found = investments(
            extract(
                """
                الإمارات وبيرو

                وأكد السفير أن قيمة الاستثمارات الإماراتية في بيرو تقترب من 30 مليار دولار، وهو رقم يضع بيرو في المرتبة الخامسة، خلف الولايات المتحدة الأمريكية ومصر والهند والمملكة المتحدة.
                """))
        #expect(found.map(flow) == ["AE->PE:30000000000"], "\(found.map(flow))")
    }
}
