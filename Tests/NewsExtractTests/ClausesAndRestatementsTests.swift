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
}
