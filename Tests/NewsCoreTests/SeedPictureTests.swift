import Foundation
import NewsCore
import Testing

/// The seed's facts as events give exactly the seed's gold picture.
@Suite struct SeedPictureTests {
    let picture = Projections.replay(SeedEvents.envelopes())

    @Test func tungstenMentionedTwiceIsOneAgreementWithTwoPiecesOfEvidence() throws {
        let deals = picture.agreements(
            {
                var f = AgreementFilter()
                f.kind = .investmentDeal
                return f
            }())
        try #require(deals.count == 1)
        #expect(deals[0].facts == [FactID("f-tungsten-1"), FactID("f-tungsten-2")])
        // The projections count the evidence and leave it in the log, from which it is read back.
        #expect(deals[0].evidence.isEmpty && deals[0].evidenceCount == 2)
        let full = try picture.withEvidence(deals[0], events: EventList(SeedEvents.envelopes()))
        #expect(full.evidence.map(\.start) == [40, 200], "each report's sentence, in the order recorded")
        #expect(deals[0].value == Money(Decimal(string: "1.1")! * SeedEvents.billion, .usd))
        #expect(deals[0].status == .signed)
        #expect(deals[0].parties == [SeedEvents.kz, SeedEvents.us])
    }

    @Test func investmentKeepsQualifierShareCountAndRank() throws {
        let entries = picture.investments()
        try #require(entries.count == 1)
        let e = entries[0]
        #expect(e.investor == SeedEvents.us && e.recipient == SeedEvents.kz)
        #expect(e.latestStock?.value == Money(100 * SeedEvents.billion, .usd, .moreThan))
        #expect(e.share == Share(percent: 80, qualifier: .about, of: "all foreign investment in Central Asia"))
        #expect(e.companyCount == .init(600, .moreThan))
        #expect(e.rank == 1)
        #expect(e.deals.isEmpty && e.dealTotals.isEmpty, "a stock is not a deal")
    }

    @Test(.enabled(if: SeedGold.isAvailable, "needs ../shared/seed beside the repository"))
    func matchesTheGoldFile() throws {
        let gold = try SeedGold.load()
        func usd(_ m: Money?) -> Int? { m.flatMap { $0.usd }.map { NSDecimalNumber(decimal: $0).intValue } }
        func codes(_ parties: [Party]) -> Set<String> { Set(parties.compactMap { $0.country?.rawValue }) }

        let agreements = picture.agreements()
        let goldAgreements = gold["agreements"] as! [[String: Any]]
        #expect(agreements.count == goldAgreements.count)
        for g in goldAgreements {
            let match = agreements.first {
                codes($0.parties) == Set(g["parties"] as! [String]) && $0.kind.rawValue == g["kind"] as? String
            }
            let entry = try #require(match, "no agreement for \(g["title"]!)")
            #expect(usd(entry.value) == g["value_usd"] as? Int)
            #expect(entry.status.rawValue == g["status"] as? String)
            if let broker = g["brokered_by"] as? String { #expect(entry.brokeredBy?.country?.rawValue == broker) }
        }

        let trade = picture.trade()
        let goldTrade = gold["trade"] as! [[String: Any]]
        #expect(trade.count == goldTrade.count)
        for g in goldTrade {
            let entry = try #require(
                trade.first {
                    codes($0.parties) == Set(g["parties"] as! [String]) && $0.commodity == g["commodity"] as? String
                })
            let report = try #require(entry.reports.last)
            #expect(usd(report.value) == g["value_usd"] as? Int)
            if let share = g["share_pct"] as? Int { #expect(report.share?.percent == Decimal(share)) }
            if let change = g["change"] as? String { #expect(report.change?.text == change) }
        }

        let investments = picture.investments()
        let goldInvestments = gold["investments"] as! [[String: Any]]
        #expect(investments.count == goldInvestments.count)
        for g in goldInvestments {
            let entry = try #require(
                investments.first {
                    $0.investor.description == g["investor"] as? String
                        && $0.recipient.description == g["recipient"] as? String
                })
            let stock = try #require(entry.latestStock?.value)
            #expect(usd(stock) == g["value_usd"] as? Int)
            #expect(stock.qualifier.rawValue == g["qualifier"] as? String)
            #expect(entry.share?.percent == Decimal(g["share_pct"] as! Int))
            #expect(entry.share?.of == g["share_of"] as? String)
            #expect(entry.companyCount?.value == g["company_count"] as? Int)
            #expect(entry.rank == g["rank"] as? Int)
        }
    }
}
