import Foundation
import NewsCore
import Testing

/// Corrections and retractions change the projections and erase nothing; as-of queries see
/// what was known then.
@Suite struct CorrectionTests {
    static let billion = SeedEvents.billion

    /// The seed, then a correction, a retraction and an article's retraction, a day apart each.
    static func envelopes() -> [EventEnvelope] {
        var all = SeedEvents.envelopes()
        let tungsten = Agreement(
            parties: [SeedEvents.us, SeedEvents.kz], kind: .investmentDeal,
            title: "US firm to develop Kazakh tungsten deposits",
            value: Money(Decimal(string: "1.2")! * billion, .usd), status: .completed, sectors: ["mining"])
        let later: [(String, Event)] = [
            (
                "uid:1000",
                .factCorrected(
                    FactCorrected(
                        id: FactID("f-tungsten-1"), fact: .agreement(tungsten), reason: "the ministry's figure"))
            ),
            ("uid:1000", .factRetracted(FactRetracted(id: FactID("f-commercial"), reason: "double-counted"))),
            (
                "uid:0",
                .articleRetracted(ArticleRetracted(article: SeedEvents.article, reason: "the outlet withdrew it"))
            ),
        ]
        let base = all.last!
        for (i, (actor, event)) in later.enumerated() {
            all.append(
                EventEnvelope(
                    sequence: base.sequence + UInt64(i) + 1, timestamp: base.timestamp + Int64(i + 1) * 86_400_000_000,
                    actor: actor, event: event))
        }
        return all
    }

    /// Every prefix of the stream, with the corrections and retractions that leave an agreement
    /// without members, restores from its snapshot to projections equal to its replay, and goes
    /// on to the full picture from there.
    @Test func everyPrefixRestoresFromItsSnapshotAsItsReplay() throws {
        let envelopes = Self.envelopes()
        let full = Projections.replay(envelopes)
        for n in 0...envelopes.count {
            let replayed = Projections.replay(envelopes.prefix(n))
            var restored = try Projections(canonicalBytes: replayed.canonicalBytes())
            #expect(restored == replayed, "prefix \(n)")
            for e in envelopes[n...] { restored.apply(e) }
            #expect(restored == full, "prefix \(n)")
        }
    }

    @Test func aCorrectionChangesTheAgreementAndKeepsHistory() throws {
        let envelopes = Self.envelopes()
        let picture = Projections.replay(envelopes, asOf: .sequence(9))
        let deals = picture.agreements().filter { $0.kind == .investmentDeal }
        try #require(deals.count == 1, "a corrected fact stays in its agreement")
        let deal = deals[0]
        // The corrected fact now says completed at 1.2 billion; the other mention still says signed at 1.1.
        #expect(deal.status == .completed)
        #expect(deal.facts.count == 2)
        #expect(
            deal.timeline.map(\.status) == [.signed, .completed]
                || deal.timeline.map(\.status) == [.completed, .signed])
        let record = try #require(try picture.fact(FactID("f-tungsten-1"), events: EventList(envelopes)))
        #expect(record.history.map(\.action) == [.extracted, .corrected])
        #expect(record.history[1].actor == "uid:1000" && record.history[1].reason == "the ministry's figure")
        if case .agreement(let original)? = record.history[0].fact {
            #expect(original.value == Money(Decimal(string: "1.1")! * Self.billion, .usd))
        } else {
            Issue.record("the original fact is lost")
        }
    }

    @Test func aCorrectionToOtherPartiesMovesTheFactToAnotherAgreement() throws {
        var events = SeedEvents.envelopes()
        let wrong = Agreement(
            parties: [SeedEvents.us, .country(CountryCode("UZ")!)], kind: .investmentDeal, title: "another deal",
            value: Money(Decimal(string: "1.1")! * Self.billion, .usd), status: .signed)
        events.append(
            EventEnvelope(
                sequence: 9, timestamp: events.last!.timestamp + 1, actor: "uid:1000",
                event: .factCorrected(
                    FactCorrected(id: FactID("f-tungsten-2"), fact: .agreement(wrong), reason: "a different deal"))))
        let deals = Projections.replay(events).agreements(
            {
                var f = AgreementFilter()
                f.kind = .investmentDeal
                return f
            }())
        #expect(deals.count == 2)
        #expect(deals.map(\.facts) == [[FactID("f-tungsten-1")], [FactID("f-tungsten-2")]])
    }

    @Test func retractionsLeaveTheProjectionsButNotTheHistory() throws {
        let envelopes = Self.envelopes()
        let afterFact = Projections.replay(envelopes, asOf: .sequence(10))
        #expect(!afterFact.agreements().contains { $0.kind == .commercialAgreements })
        #expect(afterFact.agreements().count == 2)
        #expect(afterFact.state(of: FactID("f-commercial")) == .retracted)

        let afterArticle = Projections.replay(envelopes)
        #expect(afterArticle.agreements().isEmpty)
        #expect(afterArticle.trade().isEmpty)
        #expect(afterArticle.investments().isEmpty)
        let facts = try afterArticle.allFacts(events: EventList(envelopes))
        #expect(facts.count == 7, "retracted facts stay, with their history")
        #expect(facts.allSatisfy { $0.state == .retracted && $0.history.last?.action == .retracted })
        #expect(afterArticle.article(SeedEvents.article)?.retracted == true)
    }

    @Test func asOfASequenceOrADateSeesWhatWasKnownThen() throws {
        let envelopes = Self.envelopes()
        // Before the correction: the original 1.1 billion, signed.
        let before = Projections.replay(envelopes, asOf: .sequence(8))
        let deal = try #require(before.agreements().first { $0.kind == .investmentDeal })
        #expect(deal.value == Money(Decimal(string: "1.1")! * Self.billion, .usd))
        #expect(deal.status == .signed)
        // By dates: the seed's day has everything before the correction; the next day has the correction.
        let seedDay = CivilDate(micros: envelopes[0].timestamp)
        #expect(Projections.replay(envelopes, asOf: AsOf.endOfDay(seedDay)) == before)
        let nextDay = CivilDate(micros: envelopes[8].timestamp)
        #expect(
            Projections.replay(envelopes, asOf: AsOf.endOfDay(nextDay))
                == Projections.replay(envelopes, asOf: .sequence(9)))
        #expect(Projections.replay(envelopes, asOf: AsOf.endOfDay("2025-01-01")).lastSequence == 0)
    }

    @Test func aStockIsNeverAddedToTheDealsInsideIt() throws {
        var events = SeedEvents.envelopes()
        var seq = events.last!.sequence
        for (value, q) in [(Decimal(string: "1.1")!, Money.Qualifier.exact), (2, .moreThan)] {
            seq += 1
            events.append(
                EventEnvelope(
                    sequence: seq, timestamp: events.last!.timestamp + 1, actor: "uid:0",
                    event: .factAsserted(
                        FactAsserted(
                            id: FactID("deal-\(seq)"),
                            fact: .investment(
                                InvestmentFigure(
                                    investor: SeedEvents.us, recipient: SeedEvents.kz,
                                    value: Money(value * Self.billion, .usd, q), cumulative: false))))))
        }
        let entry = try #require(Projections.replay(events).investments().first)
        #expect(entry.latestStock?.value == Money(100 * Self.billion, .usd, .moreThan))
        #expect(entry.deals.count == 2)
        #expect(entry.dealTotals == [Money(Decimal(string: "3.1")! * Self.billion, .usd, .moreThan)])
        let rollup = Projections.replay(events).investmentRollups(by: .investor)
        #expect(rollup.map(\.stockTotals) == [[Money(100 * Self.billion, .usd, .moreThan)]])
    }

    @Test func tradeSourcesStandSideBySide() throws {
        var events = SeedEvents.envelopes()
        let other = ArticleID("sha256:" + String(repeating: "ab", count: 32))
        events.append(
            EventEnvelope(
                sequence: 9, timestamp: events.last!.timestamp + 1, actor: "uid:0",
                event: .articleIngested(
                    ArticleIngested(
                        article: other, text: "(another outlet)", language: "en", source: "other-outlet",
                        published: "2025-11-09"))))
        events.append(
            EventEnvelope(
                sequence: 10, timestamp: events.last!.timestamp + 1, actor: "uid:0",
                event: .factExtracted(
                    FactExtracted(
                        id: FactID("f-trade-2"), article: other,
                        fact: .trade(
                            TradeFigure(
                                parties: [SeedEvents.kz, SeedEvents.us],
                                value: Money(Decimal(string: "4.8")! * Self.billion, .usd))),
                        evidence: [], confidence: 1, extractorVersion: "test-1"))))
        let pair = Projections.replay(events).trade(
            {
                var f = TradeFilter()
                f.parties = [SeedEvents.us, SeedEvents.kz]
                f.direction = .total
                return f
            }())
        let entry = try #require(pair.first)
        #expect(pair.count == 1)
        #expect(entry.reports.map(\.fact) == [FactID("f-trade"), FactID("f-trade-2")])
        #expect(entry.reports.map(\.source) == ["example", "other-outlet"])
        #expect(entry.latest?.fact == FactID("f-trade-2"), "the later publication is the latest")
        #expect(entry.spread == Money(Decimal(string: "0.2")! * Self.billion, .usd))
    }

    @Test func filtersNarrowTheAgreements() {
        let picture = Projections.replay(SeedEvents.envelopes())
        var f = AgreementFilter()
        f.parties = [SeedEvents.il]
        #expect(picture.agreements(f).map(\.kind) == [.accordAccession])
        f = AgreementFilter()
        f.value = ValueRange(minimum: 10 * SeedEvents.billion)
        #expect(picture.agreements(f).map(\.kind) == [.commercialAgreements])
        f = AgreementFilter()
        f.status = .pledged
        #expect(picture.agreements(f).count == 1)
        f = AgreementFilter()
        f.dates = DateRange(from: "2025-11-08")
        #expect(picture.agreements(f).isEmpty)
        f.dates = DateRange(from: "2025-11-07", to: "2025-11-07")
        #expect(picture.agreements(f).count == 3)
    }
}
