import Synchronization
import Foundation
import NewsLog
import SystemPackage
import Testing

@Suite struct RoundTripTests {
    @Test func recordsSurviveRotationAndReopen() async throws {
        let dir = try TemporaryDirectory()
        var log = try EventLog.open(directory: dir.path, configuration: configuration(segmentSize: 4096), logger: quietLogger)
        let receipts = try await appendMany(log, count: 300, size: 90)
        #expect(receipts.map(\.firstSequence) == Array(1...300))
        #expect(log.lastSequence == 300)
        let head = log.chainHash
        log.close()
        #expect(try segmentFiles(dir.path).count > 5, "a 4 KiB segment size must rotate")

        log = try EventLog.open(directory: dir.path, configuration: configuration(segmentSize: 4096), logger: quietLogger)
        defer { log.close() }
        #expect(log.lastSequence == 300)
        #expect(log.chainHash == head)
        let records = try log.reader().records(from: 1)
        #expect(records.count == 300)
        var previous = ChainHash.zero
        for (i, record) in records.enumerated() {
            #expect(record.sequence == UInt64(i + 1))
            #expect(record.payload == entry(i, size: 90).payload)
            #expect(record.actor == "uid:\(i % 7)")
            #expect(record.idempotencyKey == "k\(i)")
            #expect(record.previousChainHash == previous)
            previous = receipts[i].chainHash
        }
        #expect(previous == head)
        // Appending goes on after the reopen, in the last segment.
        let more = try await appendMany(log, from: 300, count: 5, size: 90)
        #expect(more.first?.firstSequence == 301)
    }

    @Test func readsFromAnySequenceNumber() async throws {
        let dir = try TemporaryDirectory()
        let log = try EventLog.open(directory: dir.path, configuration: configuration(segmentSize: 8192), logger: quietLogger)
        defer { log.close() }
        try await appendMany(log, count: 700, size: 50)
        let reader = log.reader()
        for start in [1, 2, 63, 64, 65, 127, 128, 129, 333, 699, 700] as [UInt64] {
            let records = try reader.records(from: start, limit: 3)
            #expect(records.map(\.sequence) == Array(start...min(start + 2, 700)), "from \(start)")
            #expect(records.first?.payload == entry(Int(start) - 1, size: 50).payload)
        }
        #expect(try reader.records(from: 701).isEmpty)
        #expect(try reader.record(at: 512).idempotencyKey == "k511")
        #expect(throws: LogError.self) { try reader.record(at: 701) }
        // A reader is a snapshot: it does not see what is appended after it was made.
        try await appendMany(log, from: 700, count: 1)
        #expect(reader.lastSequence == 700)
        #expect(log.reader().lastSequence == 701)
    }

    @Test func oneAppendOfManyEntriesIsConsecutive() async throws {
        let dir = try TemporaryDirectory()
        let log = try EventLog.open(directory: dir.path, logger: quietLogger)
        defer { log.close() }
        try await appendMany(log, count: 2)
        let result = try await log.append(AppendRequest(entries: (10..<14).map { entry($0) }, idempotencyKey: "article-1"))
        guard case .appended(let receipt) = result else { Issue.record("not appended"); return }
        #expect(receipt.firstSequence == 3 && receipt.lastSequence == 6)
        let records = try log.reader().records(from: 3)
        #expect(records.map(\.continues) == [true, true, true, false])
        #expect(records.map(\.idempotencyKey) == ["article-1", nil, nil, nil])
        #expect(records.map(\.payload) == (10..<14).map { entry($0).payload })
    }

    @Test func expectedSequenceIsChecked() async throws {
        let dir = try TemporaryDirectory()
        let log = try EventLog.open(directory: dir.path, logger: quietLogger)
        defer { log.close() }
        let first = try await log.append(entry(0), expectedLastSequence: 0)
        guard case .appended(let r) = first else { Issue.record("not appended"); return }
        #expect(r.firstSequence == 1)
        await #expect(throws: LogError.self) { try await log.append(entry(1), expectedLastSequence: 0) }
        do {
            _ = try await log.append(entry(1), expectedLastSequence: 5)
            Issue.record("a wrong expected sequence was accepted")
        } catch let e as LogError {
            #expect(e.code == .wrongExpectedSequence)
        }
        _ = try await log.append(entry(1), expectedLastSequence: 1)
        #expect(log.lastSequence == 2)
    }

    @Test func concurrentExpectedSequenceLetsExactlyOneWin() async throws {
        let dir = try TemporaryDirectory()
        let log = try EventLog.open(directory: dir.path, logger: quietLogger)
        defer { log.close() }
        try await appendMany(log, count: 3)
        let wins = await withTaskGroup(of: Bool.self) { group in
            for n in 0..<32 {
                group.addTask { (try? await log.append(entry(n), expectedLastSequence: 3)) != nil }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(wins == 1)
        #expect(log.lastSequence == 4)
    }

    @Test func idempotencyKeysSurviveRestart() async throws {
        let dir = try TemporaryDirectory()
        var log = try EventLog.open(directory: dir.path, logger: quietLogger)
        _ = try await log.append(AppendRequest(entries: [entry(0), entry(1)], idempotencyKey: "sha256:abc"))
        _ = try await log.append(entry(2), idempotencyKey: "client-7")
        #expect(try await log.append(entry(9), idempotencyKey: "sha256:abc") == .duplicate(ofSequence: 1))
        log.close()
        log = try EventLog.open(directory: dir.path, logger: quietLogger)
        defer { log.close() }
        #expect(try await log.append(entry(9), idempotencyKey: "sha256:abc") == .duplicate(ofSequence: 1))
        #expect(try await log.append(entry(9), idempotencyKey: "client-7") == .duplicate(ofSequence: 3))
        #expect(log.lastSequence == 3)
    }

    @Test func concurrentDuplicatesAreWrittenOnce() async throws {
        let dir = try TemporaryDirectory()
        let log = try EventLog.open(directory: dir.path, logger: quietLogger)
        defer { log.close() }
        let results = await withTaskGroup(of: AppendResult?.self) { group in
            for n in 0..<64 {
                group.addTask { try? await log.append(entry(n), idempotencyKey: "same-\(n % 4)") }
            }
            return await group.reduce(into: [AppendResult?]()) { $0.append($1) }
        }
        let appended = results.compactMap { if case .appended(let r)? = $0 { r } else { nil } }
        let duplicates = results.compactMap { if case .duplicate(let s)? = $0 { s } else { nil } }
        #expect(appended.count == 4)
        #expect(duplicates.count == 60)
        #expect(Set(duplicates).isSubset(of: Set(appended.map(\.firstSequence))))
        #expect(log.lastSequence == 4)
    }

    @Test func concurrentAppendsShareSyncsAndStayDense() async throws {
        let dir = try TemporaryDirectory()
        let log = try EventLog.open(directory: dir.path, configuration: configuration(segmentSize: 16 << 10), logger: quietLogger)
        defer { log.close() }
        let sequences = try await withThrowingTaskGroup(of: [UInt64].self) { group in
            for t in 0..<16 {
                group.addTask {
                    var mine: [UInt64] = []
                    for n in 0..<50 {
                        guard case .appended(let r) = try await log.append(entry(t * 1000 + n), idempotencyKey: "t\(t)-\(n)") else { continue }
                        mine.append(r.firstSequence)
                    }
                    return mine
                }
            }
            return try await group.reduce(into: [UInt64]()) { $0 += $1 }
        }
        #expect(sequences.sorted() == Array(1...800))
        // Sixteen writers waiting on their syncs: appends that queue during a sync share the next.
        let statistics = log.statistics
        #expect(statistics.appends == 800 && statistics.records == 800)
        #expect(statistics.syncs < statistics.appends, "no sync was shared: \(statistics)")
        let report = try LogVerifier.verify(directory: dir.path)
        #expect(report.isIntact && report.records == 800)
        #expect(report.chainHash == log.chainHash)
    }

    @Test func readersRunBesideTheWriter() async throws {
        let dir = try TemporaryDirectory()
        let log = try EventLog.open(directory: dir.path, configuration: configuration(segmentSize: 8192), logger: quietLogger)
        defer { log.close() }
        let writer = Task { try await appendMany(log, count: 600, size: 70) }
        var reads = 0
        let deadline = ContinuousClock.now + .seconds(120)
        while log.lastSequence < 600 {
            // Give the cooperative pool back each round: with two cores and other tests blocking
            // a thread, a loop that never suspends can starve the writer it is waiting for.
            await Task.yield()
            guard ContinuousClock.now < deadline else {
                Issue.record("the writer did not finish 600 appends in 120 s (at \(log.lastSequence))")
                break
            }
            let reader = log.reader()
            let records = try reader.records(from: 1)
            #expect(records.count == Int(reader.lastSequence))
            #expect(records.last?.payload == (reader.lastSequence == 0 ? nil : entry(Int(reader.lastSequence) - 1, size: 70).payload))
            // Offline readers see a prefix of the log too, without the lock.
            #expect(try LogReader.open(directory: dir.path).lastSequence >= reader.lastSequence)
            reads += 1
        }
        _ = try await writer.value
        #expect(reads > 0)
    }

    @Test func badRequestsAreRefusedWithNamedErrors() async throws {
        let dir = try TemporaryDirectory()
        var c = configuration()
        c.maxRecordSize = 1000
        let log = try EventLog.open(directory: dir.path, configuration: c, logger: quietLogger)
        defer { log.close() }
        let cases: [(AppendRequest, LogError.Code)] = [
            (AppendRequest(entries: []), .invalidRecord),
            (AppendRequest(LogEntry(eventType: "", actor: "a", payload: [])), .invalidRecord),
            (AppendRequest(LogEntry(eventType: String(repeating: "x", count: 256), actor: "a", payload: [])), .invalidRecord),
            (AppendRequest(entry(0), idempotencyKey: ""), .invalidRecord),
            (AppendRequest(entry(0), idempotencyKey: String(repeating: "k", count: 256)), .invalidRecord),
            (AppendRequest(LogEntry(eventType: "T", actor: "a", payload: [UInt8](repeating: 0, count: 2000))), .recordTooLarge),
        ]
        for (request, code) in cases {
            do {
                _ = try await log.append(request)
                Issue.record("accepted a bad request: \(request.entries.count) entries")
            } catch let e as LogError {
                #expect(e.code == code)
            }
        }
        #expect(log.lastSequence == 0)
        log.close()
        await #expect(throws: LogError.self) { try await log.append(entry(0)) }
    }

    @Test func timestampsNeverRunBackwards() async throws {
        let dir = try TemporaryDirectory()
        var c = configuration()
        let ticks = Ticks(values: [5_000, 4_000, 9_000, 1_000])
        c.clock = { ticks.next() }
        let log = try EventLog.open(directory: dir.path, configuration: c, logger: quietLogger)
        defer { log.close() }
        try await appendMany(log, count: 4)
        #expect(try log.reader().records(from: 1).map(\.timestamp) == [5_000, 5_000, 9_000, 9_000])
    }
}

/// A clock that returns the given values in turn.
final class Ticks: Sendable {
    private let values: [Int64]
    private let index = Mutex(0)
    init(values: [Int64]) { self.values = values }
    func next() -> Int64 { index.withLock { i in defer { i += 1 }; return values[min(i, values.count - 1)] } }
}
