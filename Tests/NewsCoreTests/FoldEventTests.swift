import Foundation
import NewsTestSupport
import SwiftProtobuf
import Testing

@testable import NewsCore

/// A replay reads each event for the fold in one pass over its payload; `decode` (SwiftProtobuf)
/// stays the judge. Every payload must fold exactly as `FoldEvent(decode(...))`, or throw the
/// same error, and the one pass must take every payload that `encode` writes.
@Suite struct FoldEventTests {
    static func fold(_ type: String, _ payload: [UInt8], version: UInt16 = Event.schemaVersion) -> Result<
        FoldEvent, EventDecodingError
    > {
        Array(type.utf8).withUnsafeBytes { t in
            payload.withUnsafeBytes { p in
                Result { () throws(EventDecodingError) in
                    try EventCodec.foldEvent(type: t, schemaVersion: version, payload: p)
                }
            }
        }
    }

    static func fast(_ type: String, _ payload: [UInt8]) -> FoldEvent? {
        Array(type.utf8).withUnsafeBytes { t in
            payload.withUnsafeBytes {
                EventCodec.fastFoldEvent(type: t, schemaVersion: Event.schemaVersion, payload: $0)
            }
        }
    }

    static func judged(_ type: String, _ payload: [UInt8], version: UInt16 = Event.schemaVersion) -> Result<
        FoldEvent, EventDecodingError
    > {
        Result { () throws(EventDecodingError) in
            FoldEvent(try EventCodec.decode(type: type, schemaVersion: version, payload: payload))
        }
    }

    static func same(_ a: Result<FoldEvent, EventDecodingError>, _ b: Result<FoldEvent, EventDecodingError>) -> Bool {
        switch (a, b) {
        case (.success(let x), .success(let y)): x == y
        case (.failure(let x), .failure(let y)): x.description == y.description
        default: false
        }
    }

    @Test(arguments: [UInt64(1), 2, 3, 4])
    func everyEncodedEventTakesTheOnePassAndFoldsAsDecoded(seed: UInt64) throws {
        let events = RandomEvents.stream(seed: seed, count: 400) + SeedEvents.envelopes()
        for envelope in events {
            let type = envelope.event.typeName
            let payload = EventCodec.encode(envelope.event)
            #expect(Self.fast(type, payload) == FoldEvent(envelope.event), "\(type) at \(envelope.sequence)")
            #expect(try Self.fold(type, payload).get() == FoldEvent(envelope.event))
        }
        // And the projections folded from it are the projections of the events.
        var folded = Projections()
        for envelope in events.enumerated().map({ i, e in
            EventEnvelope(sequence: UInt64(i + 1), timestamp: e.timestamp, actor: e.actor, event: e.event)
        }) {
            folded.apply(
                try Self.fold(envelope.event.typeName, EventCodec.encode(envelope.event)).get(),
                sequence: envelope.sequence, timestamp: envelope.timestamp)
            #expect(folded.lastSequence == envelope.sequence)
        }
        let replayed = Projections.replay(
            events.enumerated().map { i, e in
                EventEnvelope(sequence: UInt64(i + 1), timestamp: e.timestamp, actor: e.actor, event: e.event)
            })
        #expect(folded.canonicalBytes() == replayed.canonicalBytes())
    }

    /// Bytes flipped, cut, doubled or inserted: whatever the one pass takes, `decode` takes
    /// with the same result, and whatever it leaves, the answer is `decode`'s.
    @Test func damagedPayloadsFoldOrFailExactlyAsDecodeDoes() throws {
        var rng = SeededGenerator(state: 77)
        let events = RandomEvents.stream(seed: 9, count: 300)
        var fastTook = 0
        var fastLeft = 0
        var decodeThrew = 0
        for envelope in events {
            let type = envelope.event.typeName
            let original = EventCodec.encode(envelope.event)
            for _ in 0..<12 {
                var payload = original
                switch Int.random(in: 0..<4, using: &rng) {
                case 0 where !payload.isEmpty:
                    for _ in 0..<Int.random(in: 1...3, using: &rng) {
                        payload[Int.random(in: 0..<payload.count, using: &rng)] ^= UInt8.random(
                            in: 1...255, using: &rng)
                    }
                case 1 where !payload.isEmpty:
                    payload.removeLast(Int.random(in: 1...min(8, payload.count), using: &rng))
                case 2 where !payload.isEmpty:
                    // A field given twice: protobuf takes the last scalar, and merges messages.
                    let cut = Int.random(in: 0..<payload.count, using: &rng)
                    payload += payload[cut...]
                default:
                    payload.insert(
                        UInt8.random(in: 0...255, using: &rng), at: Int.random(in: 0...payload.count, using: &rng))
                }
                let judged = Self.judged(type, payload)
                #expect(Self.same(Self.fold(type, payload), judged), "\(type) \(payload)")
                if let fast = Self.fast(type, payload) {
                    fastTook += 1
                    #expect(try judged.get() == fast, "\(type) \(payload)")
                } else {
                    fastLeft += 1
                }
                if case .failure = judged { decodeThrew += 1 }
            }
        }
        // Both ways are exercised, and the damage is real.
        #expect(fastTook > 100 && fastLeft > 1_000 && decodeThrew > 500, "\(fastTook) \(fastLeft) \(decodeThrew)")
    }

    @Test func fieldsTheOnePassLeavesAreJudgedByDecode() throws {
        let fact = Fact.trade(
            TradeFigure(parties: [.country(CountryCode("AE")!), .country(CountryCode("IN")!)], value: Money(5, .usd)))
        var m = Newsd_V1_FactExtracted()
        m.factID = "f-1"
        m.article = "sha256:a"
        m.fact = fact.proto
        m.confidence = "0.9"
        m.extractorVersion = "v"
        var evidence = Newsd_V1_Evidence()
        evidence.article = "sha256:a"
        evidence.sentence = "Two-way trade stood at five dollars."
        m.evidence = [evidence, evidence]
        let canonical: [UInt8] = try m.serializedBytes()
        #expect(Self.fast("FactExtracted", canonical) != nil)
        guard case .factExtracted(_, _, _, let count, _)? = Self.fast("FactExtracted", canonical) else {
            Issue.record("no fact read")
            return
        }
        #expect(count == 2)

        // An unknown field: decode keeps it aside and reads the rest.
        var unknown = canonical
        unknown += [0x78, 0x01]  // field 15, varint 1
        #expect(Self.fast("FactExtracted", unknown) == nil)
        #expect(try Self.fold("FactExtracted", unknown).get() == Self.judged("FactExtracted", unknown).get())

        // The id given twice: the last one wins.
        var twice = canonical
        twice += [0x0A, 0x03] + Array("f-2".utf8)
        #expect(Self.fast("FactExtracted", twice) == nil)
        guard case .factExtracted(let id, _, _, _, _) = try Self.fold("FactExtracted", twice).get() else {
            Issue.record("no fact read")
            return
        }
        #expect(id == FactID("f-2"))

        // A sentence that is not UTF-8, and a confidence that is no number: neither is kept, but
        // both make the payload unreadable, as decode says.
        var badSentence = m
        badSentence.evidence[1].sentence = "ok"
        var bytes: [UInt8] = try badSentence.serializedBytes()
        let at = bytes.lastIndex(of: UInt8(ascii: "k"))!
        bytes[at] = 0xC3
        #expect(Self.fast("FactExtracted", bytes) == nil)
        #expect(Self.same(Self.fold("FactExtracted", bytes), Self.judged("FactExtracted", bytes)))
        #expect(throws: EventDecodingError.self) { try Self.fold("FactExtracted", bytes).get() }

        var badConfidence = m
        badConfidence.confidence = "high"
        let noNumber: [UInt8] = try badConfidence.serializedBytes()
        #expect(Self.same(Self.fold("FactExtracted", noNumber), Self.judged("FactExtracted", noNumber)))
        #expect(throws: EventDecodingError.self) { try Self.fold("FactExtracted", noNumber).get() }

        // An article whose text is not UTF-8.
        var article = ArticleIngested(article: ArticleID("sha256:a"), text: "plain text", language: "en").proto
        article.text = "xy"
        var text: [UInt8] = try article.serializedBytes()
        text[text.firstIndex(of: UInt8(ascii: "y"))!] = 0xFF
        #expect(Self.fast("ArticleIngested", text) == nil)
        #expect(throws: EventDecodingError.self) { try Self.fold("ArticleIngested", text).get() }

        // A type or schema version this build does not know.
        #expect(Self.same(Self.fold("FactMerged", canonical), Self.judged("FactMerged", canonical)))
        #expect(
            Self.same(
                Self.fold("FactExtracted", canonical, version: 9), Self.judged("FactExtracted", canonical, version: 9)))
        #expect(throws: EventDecodingError.self) { try Self.fold("FactExtracted", canonical, version: 0).get() }
    }
}
