import Crypto
import Foundation
import NewsCore
import NewsLog
import NewsTestSupport
import SystemPackage
import Testing

/// Snapshots of the projections, bound to the log's chain hash, restore the same picture as a full replay.
@Suite struct SnapshotTests {
    static let kz = Party.country(CountryCode("KZ")!)
    static let us = Party.country(CountryCode("US")!)

    /// Appends `count` events: articles, with agreement and trade facts, some corrected or retracted.
    static func appendEvents(_ log: EventLog, from start: Int, count: Int) async throws {
        for n in start..<(start + count) {
            let article = ArticleID("sha256:\(n / 4)")
            let event: Event
            switch n % 4 {
            case 0:
                event = .articleIngested(
                    ArticleIngested(
                        article: article, text: "article \(n)", language: "en", published: "2025-10-1\(n % 10)"))
            case 1:
                event = .factExtracted(
                    FactExtracted(
                        id: FactID("f-\(n)"), article: article,
                        fact: .agreement(
                            Agreement(
                                parties: [us, kz], kind: .mou, title: "MoU \(n % 3)",
                                value: Money(Decimal(n % 3 + 1) * 1_000_000, .usd), status: .signed)),
                        evidence: [], confidence: 1, extractorVersion: "t"))
            case 2:
                event = .factExtracted(
                    FactExtracted(
                        id: FactID("f-\(n)"), article: article,
                        fact: .trade(TradeFigure(parties: [kz, us], value: Money(Decimal(n), .usd), period: "2024")),
                        evidence: [], confidence: 1, extractorVersion: "t"))
            default:
                event = .factRetracted(FactRetracted(id: FactID("f-\(n - 2)"), reason: "test"))
            }
            _ = try await log.append(LogEntry(event, actor: "uid:0"))
        }
    }

    static func replay(_ reader: LogReader, from first: UInt64 = 1, onto start: Projections = Projections()) throws
        -> Projections
    {
        var p = start
        try reader.forEachRecord(from: first) { p.apply(try $0.envelope()) }
        return p
    }

    @Test func aSnapshotPlusTheRestIsAFullReplay() async throws {
        let dir = try TemporaryDirectory()
        let log = try EventLog.open(
            directory: dir.sub("log"), configuration: configuration(segmentSize: 16 << 10), logger: quietLogger)
        defer { log.close() }
        let store = SnapshotStore(directory: dir.sub("snapshots"), logger: quietLogger)
        try await Self.appendEvents(log, from: 0, count: 120)
        let atSnapshot = try Self.replay(log.reader())
        try store.write(
            Snapshot(sequence: atSnapshot.lastSequence, chainHash: log.chainHash, state: atSnapshot.canonicalBytes()))
        try await Self.appendEvents(log, from: 120, count: 90)

        let reader = log.reader()
        let snapshot = try #require(try store.latest(matching: reader.chainHash(after:)))
        #expect(snapshot.sequence == 120)
        #expect(snapshot.digest.bytes == Array(SHA256.hash(data: atSnapshot.canonicalBytes())))
        let restored = try Self.replay(
            reader, from: snapshot.sequence + 1, onto: Projections(canonicalBytes: snapshot.state))
        let full = try Self.replay(reader)
        #expect(restored.canonicalBytes() == full.canonicalBytes())
        #expect(restored.lastSequence == 210)
        #expect(!full.agreements().isEmpty && !full.trade().isEmpty)
    }

    @Test func damagedOrForeignSnapshotsAreSkipped() async throws {
        let dir = try TemporaryDirectory()
        let log = try EventLog.open(directory: dir.sub("log"), logger: quietLogger)
        defer { log.close() }
        var store = SnapshotStore(directory: dir.sub("snapshots"), logger: quietLogger)
        store.keep = 5
        try await Self.appendEvents(log, from: 0, count: 40)
        let reader = log.reader()
        for seq: UInt64 in [10, 20, 30] {
            let p = try Self.replay(reader.records(from: 1, limit: Int(seq)))
            try store.write(
                Snapshot(
                    sequence: seq, chainHash: try #require(try reader.chainHash(after: seq)), state: p.canonicalBytes())
            )
        }
        #expect(try store.latest(matching: reader.chainHash(after:))?.sequence == 30)

        // Flip a byte of the newest: the one before is used.
        let newest = dir.sub("snapshots").appending("snapshot-00000000000000000030.snap")
        var bytes = try readFile(newest)
        bytes[bytes.count / 2] ^= 1
        try writeFile(newest, bytes)
        #expect(try store.latest(matching: reader.chainHash(after:))?.sequence == 20)

        // A snapshot of another log (a different chain hash at 20): skipped too.
        let foreign = dir.sub("snapshots").appending("snapshot-00000000000000000020.snap")
        try store.write(
            Snapshot(
                sequence: 20, chainHash: ChainHash(bytes: [UInt8](repeating: 7, count: 32))!, state: Array("{}".utf8)))
        #expect(FileManager.default.fileExists(atPath: foreign.string))
        #expect(try store.latest(matching: reader.chainHash(after:))?.sequence == 10)

        // None left that fits: the caller replays from the start.
        try FileManager.default.removeItem(
            atPath: dir.sub("snapshots").appending("snapshot-00000000000000000010.snap").string)
        #expect(try store.latest(matching: reader.chainHash(after:)) == nil)
    }

    @Test func oldSnapshotsArePruned() throws {
        let dir = try TemporaryDirectory()
        let store = SnapshotStore(directory: dir.path, logger: quietLogger)
        for seq: UInt64 in 1...5 { try store.write(Snapshot(sequence: seq, chainHash: .zero, state: [UInt8(seq)])) }
        #expect(try store.sequences() == [4, 5])
    }
}

extension SnapshotTests {
    /// The projections of the given records, in order.
    static func replay(_ records: [LogRecord]) throws -> Projections {
        var p = Projections()
        for r in records { p.apply(try r.envelope()) }
        return p
    }
}
