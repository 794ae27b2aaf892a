import Foundation
import NewsCore
import NewsExtract
import Testing

/// Counts of companies told after "the number of", and trade set aside before an investment.
/// Every text here is written for these tests.
extension InvestmentDocumentTests {
    /// "The number of Jordanian companies registered with the ministry reached 465", "… reached a
    /// total of 621", "… reached 621 operating in …": counts of the investor's companies; in an
    /// article on the pair, those registered or operating are in its other country.
    @Test func countsToldAfterTheNumberOf() throws {
        for (sentence, count) in [
            ("The number of Jordanian companies registered with the Ministry of Commerce reached 465.", 465),
            ("The number of Jordanian companies operating in Oman reached a total of 621.", 621),
            ("In Oman, the number of Jordanian companies reached 621 operating in various sectors.", 621),
        ] {
            let found = investments(extract("Oman and Jordan\n\n\(sentence)\n"))
            #expect(found.map(flow) == ["JO->OM:0"], "\(sentence): \(found.map(flow))")
            #expect(found.first?.companyCount?.value == count, "\(sentence)")
        }
        // Companies that are only counted, neither registered nor operating anywhere, are not.
        let visiting = investments(
            extract("Oman and Jordan\n\nThe number of Jordanian companies at the fair reached 465.\n"))
        #expect(visiting.isEmpty, "\(visiting.map(flow))")
    }

    /// "Apart from the growing trade between the two countries, Turkey is the leading foreign
    /// investor in Ethiopia, with over $3 billion": the amount is an investment; trade named
    /// in the rest of the sentence still makes it trade.
    @Test func tradeSetAsideBeforeAnInvestment() throws {
        let aside = extract(
            "Turkey and Ethiopia\n\nApart from the increasing trade between the two countries, Turkey is also the leading foreign investor in Ethiopia in terms of total capital, amounting to over $3 billion.\n"
        )
        #expect(trade(aside).isEmpty, "\(trade(aside))")
        #expect(investments(aside).map(flow) == ["TR->ET:3000000000"], "\(investments(aside).map(flow))")
        let named = extract(
            "Turkey and Ethiopia\n\nBesides investment, the trade between the two countries reached $3 billion.\n")
        #expect(trade(named).count == 1 && investments(named).isEmpty, "\(trade(named))")
    }

    /// "Foreign companies continued to invest in Serbia and … invested EUR 3.7 billion": money that
    /// went on flowing from foreign companies, no deal promised; "Chinese investments fell by
    /// half, while Germany, our biggest investor, invested only EUR 117.6 million": the amount is
    /// the investment of the clause's own country.
    @Test func investmentThatContinuedAndTheClauseOfItsAmount() throws {
        let continued = extract(
            "Serbia and the Netherlands\n\nForeign companies continued to invest in Serbia and in the first ten months of this year, they invested EUR 3.7 billion.\n"
        )
        #expect(agreements(continued).isEmpty, "\(agreements(continued).map(\.title))")
        #expect(
            investments(continued).map { "\($0.investor)->\($0.recipient)" } == ["org:foreign investors->RS"],
            "\(investments(continued))")
        let clause = investments(
            extract(
                "Investment in Serbia\n\nChinese investments fell by half, while Germany, traditionally our biggest investor, invested only EUR 117.6 million.\n"
            ))
        #expect(clause.map { $0.investor } == [code("DE")], "\(clause)")
    }
}
