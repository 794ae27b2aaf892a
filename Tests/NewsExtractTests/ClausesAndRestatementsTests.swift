import Foundation
import NewsCore
import NewsExtract
import Testing

/// Clauses with their own direction, amounts told again in dollars, goods left out ("non-oil"),
/// Arabic signing in the present, and shares held rather than bought. Every text here is
/// written for these tests.
@Suite struct ClausesAndRestatementsTests: ReadsArticles {
    /// "China invested $85 million in Serbia, while Serbia invested $34 million in China": each
    /// clause's recipient stands after its amount, and each clause keeps its own direction.
    @Test func eachClauseOfAnInvestmentSentenceHasItsOwnRecipient() throws {
        let found = investments(
            extract(
                """
                Two-way investment grows

                In the first quarter, Chile invested $120 million in Peru, while Peru invested $45 million in Chile.
                """))
        #expect(
            found.map(flow).sorted() == ["CL->PE:120000000", "PE->CL:45000000"], "\(found.map(flow))")
    }

    /// "a 1.5 billion yuan swap agreement with its Serbian counterpart that's about $228 million":
    /// the dollars told further on, after words that only restate, are the same deal's amount.
    @Test func dollarsThatRestateALocalAmountFurtherOnAreOneDeal() throws {
        let found = agreements(
            extract(
                """
                Central banks sign swap

                The central bank of Chile said it had signed a 20 billion peso bilateral currency swap agreement with its Peruvian counterpart that's about $24 million.
                """))
        #expect(found.count == 1, "\(found.map { ($0.parties, $0.value) })")
        #expect(found.first?.value?.amount == 24_000_000 && found.first?.value?.currency == .usd, "\(found)")
    }

    /// "Non-oil trade … rose to $72 billion": trade that leaves oil out is of no commodity, so
    /// the headline's figure and the body's are one.
    @Test func nonOilTradeIsOfNoCommodity() throws {
        let found = trade(
            extract(
                """
                Chile-Peru non-oil trade rises 10% to $6bln in 2023

                Non-oil trade between Chile and Peru rose 10 percent to $6 billion in 2023, the ministry said.
                """))
        #expect(found.count == 1, "\(found.map { ($0.value, $0.commodity) })")
        #expect(found.allSatisfy { $0.commodity == nil }, "\(found.map { $0.commodity })")
        let arabic = trade(
            extract(
                """
                ارتفعت التجارة غير النفطية بين الأردن والعراق إلى 3 مليارات دولار في عام 2023، بحسب الوزارة.
                """))
        #expect(arabic.count == 1 && arabic.allSatisfy { $0.commodity == nil }, "\(arabic.map { $0.commodity })")
    }

    /// "الإمارات توقع مع إثيوبيا اتفاقيات بقيمة 3 مليارات دولار": توقع followed by "with" or a
    /// document signs; it does not expect, so the amount is the deal's, not an aim.
    @Test func arabicPresentSigningIsNoExpectation() throws {
        let found = agreements(
            extract(
                """
                الأردن توقع مع العراق اتفاقيات بقيمة 2 مليار دولار

                وصل رئيس الوزراء اليوم إلى بغداد في زيارة رسمية تستغرق يومين.
                """))
        #expect(found.count == 1, "\(found.map { ($0.parties, $0.value) })")
        #expect(found.first?.value?.amount == 2_000_000_000, "\(found.map { $0.value })")
        #expect(found.first?.status == .signed, "\(found.map { $0.status })")
    }

    /// "تم تأسيس شركات سعودية جديدة في مصر برأسمال 4 مليارات دولار": the capital of companies
    /// founded in a country is investment there, from the companies' country.
    @Test func capitalOfCompaniesFoundedIsInvestment() throws {
        let found = investments(
            extract(
                """
                قال رئيس مجلس الأعمال إنه تم تأسيس شركات أردنية جديدة في العراق برأسمال 600 مليون دولار خلال العام الماضي.
                """))
        #expect(found.map(flow) == ["JO->IQ:600000000"], "\(found.map(flow))")
    }

    /// "استحوذ قطاع الاتصالات على النصيب الأكبر من الاستثمارات …": a sector that took the largest
    /// share bought nothing, though things are counted in the sentence ("إقامة 25 صومعة").
    @Test func aShareTakenIsNoPurchase() throws {
        let e = extract(
            """
            أكد الوزير أن الاستثمارات الأردنية في العراق تجاوزت 3 مليارات دولار.

            واستحوذ قطاع البناء على النصيب الأكبر من الاستثمارات الأردنية في العراق بقيمة مليار و200 مليون دولار، فيما توزعت باقي الاستثمارات على قطاعات أخرى أبرزها إقامة 30 مخزنا للحبوب.
            """)
        #expect(agreements(e).isEmpty, "\(agreements(e).map { ($0.kind, $0.value) })")
        #expect(
            investments(e).contains { $0.value?.amount == 1_200_000_000 && flow($0).hasPrefix("JO->IQ") },
            "\(investments(e).map(flow))")
    }

    /// "… الغذائية· وأكد …": a page that ends its sentences with a middle dot; each sentence's
    /// amount is read by itself, so the exports and imports after an investment are none.
    @Test func aMiddleDotEndsAnArabicSentence() throws {
        let e = extract(
            """
            كشف الملحق التجاري أن الاستثمارات الأردنية في العراق تقدر بنحو 200 مليون دولار موزعة على قطاعات البناء· وأشار إلى استيراد الأردن ما قيمته 1,2 مليار دولار من العراق، فيما بلغت الصادرات الأردنية للعراق نحو 800 مليون دولار·
            """)
        #expect(investments(e).map(flow) == ["JO->IQ:200000000"], "\(investments(e).map(flow))")
    }

    /// "investments of Korea attracted into the economy of Uzbekistan": the country whose economy
    /// money goes into is the recipient.
    @Test func theEconomyMoneyGoesIntoIsTheRecipient() throws {
        let found = investments(
            extract(
                """
                Visit ends

                The volume of investments of Chile attracted into the economy of Peru has exceeded 3 billion US dollars.
                """))
        #expect(found.map(flow) == ["CL->PE:3000000000"], "\(found.map(flow))")
    }

    /// "Trade and investment between India and the UAE is likely to exceed $75 billion": one figure
    /// of both together is no investment.
    @Test func tradeAndInvestmentTogetherIsNoInvestment() throws {
        let e = extract(
            """
            Ties grow

            Trade and investment between Chile and Peru is likely to exceed $9 billion this year, the ambassador said.
            """)
        #expect(investments(e).isEmpty, "\(investments(e).map(flow))")
    }

    /// "من 8 مليارات و900 مليون دولار في العام 2006 إلى 14 ملياراً و200 مليون دولار": a year after
    /// العام is no low end of a range.
    @Test func aYearAfterTheArticleIsNoRangesLowEnd() throws {
        let found = trade(
            extract(
                """
                نما حجم التبادل التجاري بين الأردن والعراق بنسبة 40 في المائة مسجلاً ارتفاعاً من 2 مليار و500 مليون دولار في العام 2015 إلى 3 مليارات و500 مليون دولار في العام 2019.
                """))
        let amounts = found.compactMap { $0.value?.amount }.sorted()
        #expect(amounts == [2_500_000_000, 3_500_000_000], "\(found.map { $0.value })")
    }

    /// "وبين حزمة الاتفاقات كان تعاون في …، ومذكرة تفاهم بشأن …": the deals listed among a package.
    @Test func dealsAmongAPackageAreListed() throws {
        let found = agreements(
            extract(
                """
                اتفاقات بين الأردن والعراق

                وضمن 6 اتفاقات وقعها الأردن والعراق، كان هناك اتفاق لتطوير التعاون في مجال النقل.

                وبين حزمة الاتفاقات كان تعاون في المجال الكهربائي بين وزارة الطاقة الأردنية ووزارة الكهرباء العراقية، ومذكرة تفاهم بشأن الاستثمار في المناطق الحرة.
                """))
        #expect(found.count == 4, "\(found.map { $0.title })")
    }

    /// "Sino-Japanese", "Indo-Japan": a combining form names its country beside the other.
    @Test func combiningFormsNameTheirCountry() throws {
        let found = trade(
            extract(
                """
                Indo-Chile trade grows

                Indo-Chile bilateral trade reached $3.2 billion in 2023, the minister said.
                """))
        #expect(found.map { Set($0.parties.compactMap(\.country?.rawValue)) } == [["IN", "CL"]], "\(found)")
    }

    /// "reached $18.61 billion last fiscal against $18.43 billion in the previous year": amounts
    /// within one percent of each other, the second the year before, are two figures.
    @Test func theYearBeforeIsAnotherFigure() throws {
        let found = trade(
            extract(
                """
                Trade grows

                Chile-Peru bilateral trade reached $18.61 billion last fiscal against $18.43 billion in the previous year.
                """))
        #expect(found.compactMap { $0.value?.amount }.sorted() == [18_430_000_000, 18_610_000_000], "\(found)")
    }

    /// "*A MoU between …": items whose star bullet stands right before a capital are a list.
    @Test func starBulletsBeforeACapitalMakeAList() throws {
        let found = agreements(
            extract(
                """
                Chile and Peru sign deals

                The presidents of Chile and Peru witnessed the signing of several agreements in Lima.

                The agreements signed by the two sides included the following:

                *A memorandum of understanding on cooperation in mining between the two ministries.

                *A letter of intent on fisheries research between the two institutes.

                *A joint declaration on cooperation in higher education.
                """))
        #expect(found.count == 4, "\(found.map { $0.title })")
    }

    /// "will allocate $75 million (Dh275 million) for …, $65 million (Dh238 million) for … and
    /// another $65 million for …", after loans "totalling $205 million": the parts of the deal
    /// before, each titled by what it is for, without the amounts told again in brackets.
    @Test func amountsAllocatedThatAddUpToTheDealBeforeAreItsParts() throws {
        let found = agreements(
            extract(
                """
                The Chilean Development Fund signs two loan agreements with Peru, totalling $120 million (Dh441 million).

                The fund will allocate $70 million (Dh257 million) for a water project, and another $50 million (Dh184 million) for a new hospital in Lima.
                """))
        let amounts = found.compactMap { $0.value?.amount }.sorted()
        #expect(amounts == [50_000_000, 70_000_000, 120_000_000], "\(found.map { ($0.title, $0.value) })")
        #expect(found.allSatisfy { !$0.title.contains("Dh") }, "\(found.map(\.title))")
    }

    /// "Among the deals agreed were loans for road construction, hospital renovation and the
    /// development of the new airport": a loan for each purpose.
    @Test func loansForSeveralPurposesAreALoanEach() throws {
        let found = agreements(
            extract(
                """
                Chile signed 12 deals with Peru on Monday.

                Among the deals agreed, the value of which was not revealed, were loans for road construction, school renovation and the development of Peru's new northern port.
                """))
        #expect(found.filter { $0.title.hasPrefix("loan for") }.count == 3, "\(found.map(\.title))")
    }

    /// "الكويت منحت المغرب مليار و250 مليون دولار": a country that grants another an amount makes a grant.
    @Test func anAmountGrantedIsAGrant() throws {
        let found = agreements(
            extract(
                """
                ذكر بيان للوزارة أن الأردن منحت اليمن 50 مليون دولار أميركي الخميس، في إطار الدعم المقدم.
                """))
        #expect(found.map { $0.value?.amount } == [50_000_000], "\(found.map { ($0.parties, $0.value) })")
    }
}
