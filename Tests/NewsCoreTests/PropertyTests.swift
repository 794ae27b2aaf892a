import Crypto
import Foundation
import NewsCore
import NewsTestSupport
import Testing

/// Random but plausible event streams: articles, extractions that often mention the same deal,
/// hand-recorded facts, corrections, retractions, supersessions, and references to nothing.
enum RandomEvents {
    static let countries = ["US", "KZ", "AE", "SA", "CN"].map { Party.country(CountryCode($0)!) }
    static let amounts: [Decimal] = [
        1_100_000_000, 5_000_000_000, 17_200_000_000, 100_000_000_000, Decimal(string: "2.5")!,
    ]

    static func stream(seed: UInt64, count: Int) -> [EventEnvelope] {
        var rng = SeededGenerator(state: seed)
        var articles: [ArticleID] = []
        var facts: [FactID] = []
        var out: [EventEnvelope] = []
        var time: Int64 = 1_700_000_000_000_000
        for seq in 1...UInt64(count) {
            time += Int64.random(in: 0...90_000_000_000, using: &rng)
            let roll = Int.random(in: 0..<100, using: &rng)
            let event: Event
            if articles.isEmpty || roll < 12 {
                let id = ArticleID("sha256:\(seq)")
                articles.append(id)
                event = .articleIngested(
                    ArticleIngested(
                        article: id, text: "article \(seq)", language: Bool.random(using: &rng) ? "ar" : "en",
                        source: ["a", "b", "c"].randomElement(using: &rng),
                        published: Bool.random(using: &rng)
                            ? "2025-0\(Int.random(in: 1...9, using: &rng))-1\(seq % 10)" : nil))
            } else if roll < 62 || facts.isEmpty {
                let id = FactID("f-\(seq)")
                let supersedes = roll < 18 && !facts.isEmpty ? [facts.randomElement(using: &rng)!] : []
                facts.append(id)
                let article = articles.randomElement(using: &rng)!
                event = .factExtracted(
                    FactExtracted(
                        id: id, article: article, fact: fact(&rng),
                        evidence: [
                            Evidence(article: article, sentence: "sentence \(seq)", start: Int(seq), end: Int(seq) + 10)
                        ],
                        confidence: Decimal(Int.random(in: 50...100, using: &rng)) / 100,
                        extractorVersion: "x-\(roll % 3)",
                        supersedes: supersedes))
            } else if roll < 70 {
                let id = FactID("h-\(seq)")
                facts.append(id)
                event = .factAsserted(FactAsserted(id: id, fact: fact(&rng), note: "by hand"))
            } else if roll < 85 {
                let target = roll < 83 ? facts.randomElement(using: &rng)! : FactID("nowhere-\(seq)")
                event = .factCorrected(FactCorrected(id: target, fact: fact(&rng), reason: "correction \(seq)"))
            } else if roll < 95 {
                event = .factRetracted(
                    FactRetracted(id: facts.randomElement(using: &rng)!, reason: "retraction \(seq)"))
            } else {
                event = .articleRetracted(
                    ArticleRetracted(article: articles.randomElement(using: &rng)!, reason: "withdrawn"))
            }
            out.append(EventEnvelope(sequence: seq, timestamp: time, actor: "uid:\(roll % 4)", event: event))
        }
        return out
    }

    static func money(_ rng: inout SeededGenerator) -> Money? {
        switch Int.random(in: 0..<6, using: &rng) {
        case 0: nil
        case 1: .range(3_000_000_000, 5_000_000_000, .usd)
        case 2: Money(amounts.randomElement(using: &rng)!, Currency("AED")!, .about)
        default:
            Money(
                amounts.randomElement(using: &rng)!, .usd,
                Money.Qualifier.allCases.filter { $0 != .range }.randomElement(using: &rng)!)
        }
    }

    static func pair(_ rng: inout SeededGenerator) -> [Party] {
        let a = countries.randomElement(using: &rng)!
        var b = countries.randomElement(using: &rng)!
        while b == a { b = countries.randomElement(using: &rng)! }
        return [a, b]
    }

    static func fact(_ rng: inout SeededGenerator) -> Fact {
        let parties = pair(&rng)
        switch Int.random(in: 0..<3, using: &rng) {
        case 0:
            return .agreement(
                Agreement(
                    parties: Bool.random(using: &rng) ? parties : parties.reversed(),
                    kind: Int.random(in: 0..<5, using: &rng) > 0
                        ? .investmentDeal : Agreement.Kind.allCases.randomElement(using: &rng)!,
                    title: "deal", value: money(&rng), status: Agreement.Status.allCases.randomElement(using: &rng)!,
                    sectors: Bool.random(using: &rng) ? ["energy"] : [],
                    date: Bool.random(using: &rng) ? CivilDate("2025-11-0\(Int.random(in: 1...9, using: &rng))") : nil,
                    brokeredBy: Int.random(in: 0..<6, using: &rng) == 0 ? countries.randomElement(using: &rng)! : nil))
        case 1:
            return .trade(
                TradeFigure(
                    parties: parties, value: money(&rng), period: Bool.random(using: &rng) ? "2024" : nil,
                    direction: TradeFigure.Direction.allCases.randomElement(using: &rng)!,
                    commodity: Bool.random(using: &rng) ? "uranium" : nil,
                    share: Bool.random(using: &rng) ? Share(percent: 25) : nil,
                    change: Bool.random(using: &rng) ? Change(text: "doubled", factor: 2) : nil))
        default:
            return .investment(
                InvestmentFigure(
                    investor: parties[0], recipient: parties[1], value: money(&rng),
                    cumulative: Bool.random(using: &rng),
                    share: Bool.random(using: &rng) ? Share(percent: 80, qualifier: .about, of: "FDI") : nil,
                    companyCount: Bool.random(using: &rng) ? .init(600, .moreThan) : nil,
                    rank: Bool.random(using: &rng) ? 1 : nil))
        }
    }
}

func digest(_ p: Projections) -> String {
    SHA256.hash(data: p.canonicalBytes()).map { String(format: "%02x", $0) }.joined()
}

@Suite struct PropertyTests {
    static let seeds: [UInt64] = Array(1...24)

    @Test(arguments: seeds)
    func replayingTwiceGivesTheSameDigest(seed: UInt64) {
        let events = RandomEvents.stream(seed: seed, count: 300)
        let a = Projections.replay(events)
        let b = Projections.replay(events)
        #expect(a == b, "seed \(seed)")
        #expect(digest(a) == digest(b), "seed \(seed)")
    }

    @Test(arguments: seeds)
    func aSnapshotThenTheRestEqualsAFullReplay(seed: UInt64) throws {
        let events = RandomEvents.stream(seed: seed, count: 300)
        let full = Projections.replay(events)
        var rng = SeededGenerator(state: seed ^ 0xABCD)
        for _ in 0..<4 {
            let n = Int.random(in: 0...events.count, using: &rng)
            let snapshot = Projections.replay(events.prefix(n)).canonicalBytes()
            var restored = try Projections(canonicalBytes: snapshot)
            #expect(restored.canonicalBytes() == snapshot, "seed \(seed), n \(n): the snapshot does not round-trip")
            for e in events[n...] { restored.apply(e) }
            #expect(digest(restored) == digest(full), "seed \(seed), snapshot at \(n)")
            #expect(restored == full, "seed \(seed), snapshot at \(n)")
        }
    }

    @Test(arguments: seeds)
    func eventsRoundTripThroughTheLogEncoding(seed: UInt64) throws {
        let events = RandomEvents.stream(seed: seed, count: 200)
        let decoded = try events.map { e in
            var copy = e
            copy.event = try EventCodec.decode(
                type: e.event.typeName, schemaVersion: Event.schemaVersion, payload: EventCodec.encode(e.event))
            return copy
        }
        #expect(decoded == events, "seed \(seed)")
        #expect(digest(Projections.replay(decoded)) == digest(Projections.replay(events)))
    }

    @Test func theStreamsExerciseEveryPath() throws {
        // Guard against a generator that stopped producing what the properties are about.
        let events = RandomEvents.stream(seed: 7, count: 300)
        let p = Projections.replay(events)
        #expect(p.agreements().contains { $0.facts.count > 1 }, "no agreement was mentioned twice")
        let facts = try p.allFacts(events: EventList(events))
        #expect(facts.contains { $0.state == .retracted })
        #expect(facts.contains { $0.state == .superseded })
        #expect(facts.contains { $0.history.contains { $0.action == .corrected } })
        #expect(p.unresolvedEvents > 0)
        #expect(!p.trade().isEmpty && !p.investments().isEmpty)
    }
}

/// The incremental projections against the reference (the projections as first written, which
/// recomputed a whole group on every change): every query must give the same answer, at many
/// points of many random streams.
@Suite struct IncrementalProjectionTests {
    @Test(arguments: PropertyTests.seeds)
    func everyQueryAgreesWithTheReference(seed: UInt64) throws {
        let events = RandomEvents.stream(seed: seed, count: 400)
        // The projections leave evidence and history in the log; here the log is the stream.
        let log = EventList(events)
        func full(_ entries: [AgreementEntry]) throws -> [AgreementEntry] {
            try entries.map { entry in
                #expect(entry.evidence.isEmpty, "an answer held the evidence in memory")
                return try fast.withEvidence(entry, events: log)
            }
        }
        var fast = Projections()
        var reference = ReferenceProjections()
        var compared = 0
        // A short message: the full values of a mismatch run to pages.
        func same<T: Equatable>(_ a: T, _ b: T, _ what: String) {
            if a != b { Issue.record("\(what) differs from the reference") }
        }
        for (i, e) in events.enumerated() {
            fast.apply(e)
            reference.apply(e)
            guard i % 7 == 0 || i == events.count - 1 else { continue }
            compared += 1
            same(try full(fast.agreements()), reference.agreements(), "seed \(seed), seq \(e.sequence): agreements")
            same(fast.trade(), reference.trade(), "seed \(seed), seq \(e.sequence): trade")
            same(fast.tradeSummaries(), reference.trade().map(TradeSummary.init), "seed \(seed): lean trade")
            same(fast.investments(), reference.investments(), "seed \(seed), seq \(e.sequence): investments")
            for side in [Projections.RollupSide.investor, .recipient] {
                same(
                    fast.investmentRollups(by: side), reference.investmentRollups(by: side),
                    "seed \(seed), seq \(e.sequence): rollups")
            }
            #expect(fast.counts == reference.counts, "seed \(seed), seq \(e.sequence): counts")
            same(try fast.allFacts(events: log), reference.allFacts, "seed \(seed), seq \(e.sequence): facts")
            for fact in reference.allFacts {
                same(
                    try full(fast.agreement(containing: fact.id).map { [$0] } ?? []).first,
                    reference.agreement(containing: fact.id),
                    "seed \(seed): the agreement of \(fact.id)")
            }
        }
        // Filters go through the same paths on both sides.
        let kz = Party.country(CountryCode("KZ")!)
        var agreementFilter = AgreementFilter()
        agreementFilter.parties = [kz]
        agreementFilter.value = ValueRange(minimum: 2_000_000_000)
        same(
            try full(fast.agreements(agreementFilter)), reference.agreements(agreementFilter), "seed \(seed): filtered")
        var tradeFilter = TradeFilter()
        tradeFilter.parties = [kz]
        tradeFilter.dates = DateRange(from: "2025-03-01")
        same(fast.trade(tradeFilter), reference.trade(tradeFilter), "seed \(seed): filtered")
        for pair in [["KZ", "US"], ["US", "KZ"], ["KZ", "KZ"], ["AE", "SA", "CN"]] {
            var byPair = TradeFilter()
            byPair.parties = pair.map { Party.country(CountryCode($0)!) }
            same(fast.trade(byPair), reference.trade(byPair), "seed \(seed): trade of \(pair)")
            same(
                fast.tradeSummaries(byPair), reference.trade(byPair).map(TradeSummary.init),
                "seed \(seed): lean trade of \(pair)")
            var agreementsOf = AgreementFilter()
            agreementsOf.parties = byPair.parties
            same(
                try full(fast.agreements(agreementsOf)), reference.agreements(agreementsOf),
                "seed \(seed): agreements of \(pair)"
            )
        }
        var investmentFilter = InvestmentFilter()
        investmentFilter.party = kz
        investmentFilter.value = ValueRange(minimum: 1)
        same(fast.investments(investmentFilter), reference.investments(investmentFilter), "seed \(seed): filtered")
        same(
            fast.investmentRollups(by: .recipient, investmentFilter),
            reference.investmentRollups(by: .recipient, investmentFilter), "seed \(seed): filtered")
        #expect(compared > 50)
        // The comparison means something only if the stream left things to compare.
        #expect(!reference.agreements().isEmpty && !reference.trade().isEmpty && !reference.investments().isEmpty)
    }
}

/// Snapshots are guarded by a digest before they are read, but the reader itself must never
/// trap on bytes it did not write: cut short anywhere, it throws; damaged, it throws or reads.
@Suite struct SnapshotBytesTests {
    @Test func aCutSnapshotThrowsAndADamagedOneNeverTraps() throws {
        let bytes = Projections.replay(RandomEvents.stream(seed: 11, count: 300)).canonicalBytes()
        var rng = SeededGenerator(state: 99)
        var cuts = 0
        for _ in 0..<300 {
            let n = Int.random(in: 0..<bytes.count, using: &rng)
            #expect(throws: (any Error).self, "cut at \(n) of \(bytes.count)") {
                try Projections(canonicalBytes: Array(bytes.prefix(n)))
            }
            cuts += 1
        }
        var threw = 0
        for _ in 0..<300 {
            var damaged = bytes
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                damaged[Int.random(in: 0..<damaged.count, using: &rng)] ^= UInt8.random(in: 1...255, using: &rng)
            }
            if (try? Projections(canonicalBytes: damaged)) == nil { threw += 1 }
        }
        #expect(cuts == 300)
        #expect(threw > 0, "no damaged snapshot was refused")
        #expect(throws: (any Error).self) { try Projections(canonicalBytes: Array("{\"lastSequence\":1}".utf8)) }
        #expect(throws: (any Error).self) { try Projections(canonicalBytes: bytes + [0]) }
    }
}

/// Matching a fact to an agreement decides "within 1%" in Doubles, and in Decimals near the edge:
/// the grouping must be the reference's (which uses `Money.agrees` alone) right at the edge.
@Suite struct AgreementMatchEdgeTests {
    @Test func valuesAtTheOnePercentEdgeGroupAsTheReferenceDoes() {
        var rng = SeededGenerator(state: 2024)
        var merged = 0
        var apart = 0
        for n in 0..<400 {
            // b is a × (1 ± 1%), nudged by a few units of its last digits either way.
            let a =
                Decimal(Int.random(in: 1...9_999_999, using: &rng))
                * Decimal(sign: .plus, exponent: Int.random(in: 0...6, using: &rng), significand: 1)
            let sign: Decimal = Bool.random(using: &rng) ? 1 : -1
            let nudge =
                Decimal(Int.random(in: -3...3, using: &rng)) * Decimal(sign: .plus, exponent: -12, significand: 1)
            let b = a + sign * a / 100 + nudge * a
            let events = [a, b].enumerated().map { i, amount in
                EventEnvelope(
                    sequence: UInt64(i + 1), timestamp: Int64(i), actor: "t",
                    event: .factAsserted(
                        FactAsserted(
                            id: FactID("e-\(n)-\(i)"),
                            fact: .agreement(
                                Agreement(
                                    parties: [SeedEvents.kz, SeedEvents.us], kind: .investmentDeal, title: "edge",
                                    value: Money(amount, .usd), status: .signed)))))
            }
            var fast = Projections()
            var reference = ReferenceProjections()
            for e in events {
                fast.apply(e)
                reference.apply(e)
            }
            let count = fast.agreements().count
            #expect(count == reference.agreements().count, "\(a) and \(b)")
            if count == 1 { merged += 1 } else { apart += 1 }
        }
        // Both sides of the edge were tried.
        #expect(merged > 50 && apart > 50, "merged \(merged), apart \(apart)")
    }
}
