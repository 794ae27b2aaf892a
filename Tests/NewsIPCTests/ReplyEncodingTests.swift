import Foundation
import NewsIPC
import Testing

@testable import NewsCore

/// Replies that write their own JSON go on the wire exactly as JSONEncoder would have put them.
@Suite struct ReplyEncodingTests {
    struct Wrapped<P: Encodable>: Encodable {
        var parameters: P
        var continues: Bool?
    }

    func viaEncoder<P: Encodable>(_ parameters: P, continues: Bool) throws -> [UInt8] {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try e.encode(Wrapped(parameters: parameters, continues: continues ? true : nil))) + [0]
    }

    @Test(arguments: [false, true])
    func queryRepliesAreTheBytesJSONEncoderGives(continues: Bool) throws {
        let kz = Party.country(CountryCode("KZ")!)
        let us = Party.country(CountryCode("US")!)
        let evidence = Evidence(
            article: ArticleID("sha256:a/b"), sentence: "The \"deal\" was signed.\n", start: 3, end: 27)
        let agreement = AgreementEntry(
            id: "f-1", parties: [kz, us], kind: .investmentDeal, title: "Tungsten", value: Money(1_100_000_000, .usd),
            status: .signed,
            brokeredBy: nil, sectors: ["mining"], date: "2025-11-06",
            timeline: [.init(status: .signed, date: "2025-11-06", fact: FactID("f-1"), sequence: 2)],
            evidence: [evidence], evidenceCount: 1, facts: [FactID("f-1")])
        let report = TradeReport(
            fact: FactID("f-2"), value: Money(4, .usd, .about), share: nil, change: Change(text: "doubled", factor: 2),
            article: nil, source: "wire", reported: "2025-11-07", sequence: 3)
        let trade = TradeEntry(
            key: "KZ,US|total||", parties: [kz, us], direction: .total, period: nil, commodity: nil, reports: [report],
            latest: report, spread: nil)
        let rollup = InvestmentRollup(
            party: kz, stockTotals: [Money(100_000_000_000, .usd, .moreThan)], dealTotals: [], entries: 1)

        let agreements = NewsAPI.AgreementsReply(
            asOf: 9, agreements: [.init(agreement, full: true), .init(agreement, full: false)], next: "a_-b", total: 7)
        #expect(
            try VarlinkReply.encode(agreements, continues: continues) == viaEncoder(agreements, continues: continues))
        let trades = NewsAPI.TradeReply(
            asOf: 9, trade: [.init(trade, full: true), .init(trade, full: false)], next: nil, total: 2)
        #expect(try VarlinkReply.encode(trades, continues: continues) == viaEncoder(trades, continues: continues))
        let totals = NewsAPI.TotalsReply(asOf: 0, totals: [rollup, rollup])
        #expect(try VarlinkReply.encode(totals, continues: continues) == viaEncoder(totals, continues: continues))
        let empty = NewsAPI.AgreementsReply(asOf: 0, agreements: [], next: nil, total: 0)
        #expect(try VarlinkReply.encode(empty, continues: continues) == viaEncoder(empty, continues: continues))
    }
}
