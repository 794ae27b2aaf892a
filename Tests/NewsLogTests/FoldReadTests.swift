import Foundation
import NewsCore
import NewsLog
import NewsTestSupport
import SystemPackage
import Testing

/// A replay reads each record where it lies in the read buffer and decodes it for the fold
/// alone; it must see exactly what reading whole records and decoding them sees.
@Suite struct FoldReadTests {
    static func events(_ count: Int) -> [Event] {
        let pair = [Party.country(CountryCode("EG")!), Party.country(CountryCode("JP")!)]
        var out: [Event] = []
        for n in 0..<count {
            let article = ArticleID("sha256:fold-\(n / 5)")
            switch n % 5 {
            case 0:
                out.append(
                    .articleIngested(
                        ArticleIngested(
                            article: article, text: "Report \(n): a port deal and some trade.",
                            language: n % 2 == 0 ? "en" : "ar",
                            url: n % 3 == 0 ? "https://example.test/\(n)" : nil, published: "2026-03-1\(n % 10)")))
            case 1, 2:
                out.append(
                    .factExtracted(
                        FactExtracted(
                            id: FactID("f-\(n)"), article: article,
                            fact: .agreement(
                                Agreement(
                                    parties: pair, kind: .investmentDeal, title: "Port \(n)",
                                    value: Money(Decimal(n) * 1_000_000, .usd), status: .signed)),
                            evidence: [
                                Evidence(article: article, sentence: "They signed port deal \(n).", start: 0, end: 20)
                            ],
                            confidence: Decimal(string: "0.8")!, extractorVersion: "test/1")))
            case 3:
                out.append(.factRetracted(FactRetracted(id: FactID("f-\(n - 1)"), reason: "double count")))
            default:
                out.append(
                    .factCorrected(
                        FactCorrected(
                            id: FactID("f-\(n - 3)"),
                            fact: .trade(TradeFigure(parties: pair, value: Money(Decimal(n), .usd))), reason: "misread")
                    ))
            }
        }
        return out
    }

    @Test func foldEventsAreTheRecordsDecoded() async throws {
        let dir = try TemporaryDirectory()
        let log = try EventLog.open(
            directory: dir.path, configuration: configuration(segmentSize: 4096), logger: quietLogger)
        defer { log.close() }
        for event in Self.events(160) { _ = try await log.append(LogEntry(event, actor: "uid:3")) }
        #expect(try segmentFiles(dir.path).count > 3, "a 4 KiB segment size must rotate")
        let reader = log.reader()
        let envelopes = try reader.records(from: 1).map { try $0.envelope() }
        for first in [1, 2, 77, 160] as [UInt64] {
            var seen: [(UInt64, Int64, FoldEvent)] = []
            try reader.forEachFoldEvent(from: first) { seen.append(($0, $1, $2)) }
            let expected = envelopes.dropFirst(Int(first) - 1)
            #expect(seen.map(\.0) == expected.map(\.sequence), "from \(first)")
            #expect(seen.map(\.1) == expected.map(\.timestamp))
            #expect(seen.map(\.2) == expected.map { FoldEvent($0.event) })
        }
        #expect(try reader.projections().canonicalBytes() == Projections.replay(envelopes).canonicalBytes())
        let asOf = AsOf.sequence(91)
        #expect(
            try reader.projections(asOf: asOf).canonicalBytes()
                == Projections.replay(envelopes, asOf: asOf).canonicalBytes())
    }

    @Test func aRecordThatDoesNotDecodeStopsTheFoldAsItStopsADecode() async throws {
        let dir = try TemporaryDirectory()
        let log = try EventLog.open(directory: dir.path, configuration: configuration(), logger: quietLogger)
        defer { log.close() }
        for event in Self.events(4) { _ = try await log.append(LogEntry(event, actor: "uid:3")) }
        // A record the log takes (its CRC and chain are sound) whose payload is no event.
        _ = try await log.append(
            LogEntry(eventType: "FactExtracted", schemaVersion: 1, actor: "uid:3", payload: [0x0A, 0x09, 0x41]))
        let reader = log.reader()
        let decodeError = #expect(throws: LogError.self) { try reader.record(at: 5).envelope() }
        var folded: [UInt64] = []
        let foldError = #expect(throws: LogError.self) {
            try reader.forEachFoldEvent(from: 1) { s, _, _ in folded.append(s) }
        }
        #expect(folded == [1, 2, 3, 4])
        #expect(foldError?.description == decodeError?.description)
        #expect(foldError?.description.contains("record 5 (FactExtracted v1) cannot be read") == true)
    }
}
