import Foundation
import NewsLog
import NewsTestSupport
import Synchronization
import SystemPackage
import Testing

@Suite struct RoundTripTests {
    @Test func recordsSurviveRotationAndReopen() async throws {
        let dir = try TemporaryDirectory()
        var log = try EventLog.open(
            directory: dir.path, configuration: configuration(segmentSize: 4096), logger: quietLogger)
        let receipts = try await appendMany(log, count: 300, size: 90)
        #expect(receipts.map(\.firstSequence) == Array(1...300))
        #expect(log.lastSequence == 300)
        let head = log.chainHash
        log.close()
        #expect(try segmentFiles(dir.path).count > 5, "a 4 KiB segment size must rotate")

        log = try EventLog.open(
            directory: dir.path, configuration: configuration(segmentSize: 4096), logger: quietLogger)
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
        let log = try EventLog.open(
            directory: dir.path, configuration: configuration(segmentSize: 8192), logger: quietLogger)
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

    @Test func manyRecordsAreReadAtOnceInAnyOrder() async throws {
        let dir = try TemporaryDirectory()
        let log = try EventLog.open(
            directory: dir.path, configuration: configuration(segmentSize: 8192), logger: quietLogger)
        defer { log.close() }
        try await appendMany(log, count: 700, size: 50)
        let reader = log.reader()
        var rng = SeededGenerator(state: 17)
        for round in 0..<50 {
            // Sequence numbers in any order, repeated, near and far, across segments and index entries.
            var wanted = (0..<Int.random(in: 1...40, using: &rng)).map { _ in UInt64.random(in: 1...700, using: &rng) }
            if round % 5 == 0 { wanted += [1, 15, 16, 17, 700] }
            let records = try reader.records(at: wanted)
            #expect(records.map(\.sequence) == Set(wanted).sorted(), "round \(round)")
            for record in records {
                #expect(record == (try reader.record(at: record.sequence)), "seq \(record.sequence)")
            }
        }
        #expect(try reader.records(at: []).isEmpty)
        #expect(throws: LogError.self) { try reader.records(at: [3, 701]) }
        #expect(throws: LogError.self) { try reader.records(at: [0, 3]) }
        #expect(try segmentFiles(dir.path).count > 3, "the records must span segments")
    }

    @Test func oneAppendOfManyEntriesIsConsecutive() async throws {
        let dir = try TemporaryDirectory()
        let log = try EventLog.open(directory: dir.path, logger: quietLogger)
        defer { log.close() }
        try await appendMany(log, count: 2)
        let result = try await log.append(
            AppendRequest(entries: (10..<14).map { entry($0) }, idempotencyKey: "article-1"))
        guard case .appended(let receipt) = result else {
            Issue.record("not appended")
            return
        }
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
        guard case .appended(let r) = first else {
            Issue.record("not appended")
            return
        }
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
        // Each append's outcome: nil for a win, else the error's code.
        let outcomes = await withTaskGroup(of: LogError.Code?.self) { group in
            for n in 0..<32 {
                group.addTask {
                    do {
                        _ = try await log.append(entry(n), expectedLastSequence: 3)
                        return nil
                    } catch let error as LogError {
                        return error.code
                    } catch {
                        return .failed
                    }
                }
            }
            return await group.reduce(into: [LogError.Code?]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 == nil }.count == 1)
        // The others lost the race, and say so: no other error may pass for a lost race.
        #expect(outcomes.compactMap { $0 }.allSatisfy { $0 == .wrongExpectedSequence }, "\(outcomes)")
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
        let results = await withTaskGroup(of: Result<AppendResult, any Error>.self) { group in
            for n in 0..<64 {
                group.addTask {
                    do { return .success(try await log.append(entry(n), idempotencyKey: "same-\(n % 4)")) } catch {
                        return .failure(error)
                    }
                }
            }
            return await group.reduce(into: [Result<AppendResult, any Error>]()) { $0.append($1) }
        }
        let failures = results.compactMap { if case .failure(let e) = $0 { "\(e)" } else { nil } }
        #expect(failures.isEmpty, "\(failures)")
        let appended = results.compactMap { if case .success(.appended(let r)) = $0 { r } else { nil } }
        let duplicates = results.compactMap { if case .success(.duplicate(let s)) = $0 { s } else { nil } }
        #expect(appended.count == 4)
        #expect(duplicates.count == 60)
        #expect(Set(duplicates).isSubset(of: Set(appended.map(\.firstSequence))))
        #expect(log.lastSequence == 4)
    }

    @Test func concurrentAppendsShareSyncsAndStayDense() async throws {
        let dir = try TemporaryDirectory()
        let log = try EventLog.open(
            directory: dir.path, configuration: configuration(segmentSize: 16 << 10), logger: quietLogger)
        defer { log.close() }
        let sequences = try await withThrowingTaskGroup(of: [UInt64].self) { group in
            for t in 0..<16 {
                group.addTask {
                    var mine: [UInt64] = []
                    for n in 0..<50 {
                        guard
                            case .appended(let r) = try await log.append(
                                entry(t * 1000 + n), idempotencyKey: "t\(t)-\(n)")
                        else { continue }
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

    /// Readers on a thread of their own see a consistent prefix of the log while a writer appends.
    ///
    /// The writer appends half, waits until a reader has read a part-written log, then appends
    /// the rest; the reader reads until the writer is done, and once more after. Nothing here
    /// depends on how fast the machine is: the only deadline catches hangs.
    @Test func readersRunBesideTheWriter() async throws {
        let dir = try TemporaryDirectory()
        let log = try EventLog.open(
            directory: dir.path, configuration: configuration(segmentSize: 8192), logger: quietLogger)
        defer { log.close() }
        let path = dir.path
        let progress = ReadProgress()
        let readers = Task {
            try await offPool { () throws -> [String] in
                defer { progress.readerStopped.store(true, ordering: .releasing) }
                var problems: [String] = []
                var last = false
                while !last {
                    last = progress.writerDone.load(ordering: .acquiring)
                    let reader = log.reader()
                    let seen = reader.lastSequence
                    let records = try reader.records(from: 1)
                    if records.count != Int(seen) { problems.append("\(records.count) records, last sequence \(seen)") }
                    if records.map(\.sequence) != Array(stride(from: 1, through: seen, by: 1)) {
                        problems.append("the sequence numbers of a \(seen)-record read are not 1...\(seen)")
                    }
                    if let record = records.last, record.payload != entry(Int(seen) - 1, size: 70).payload {
                        problems.append("record \(seen) holds another entry's payload")
                    }
                    // Offline readers see a prefix of the log too, without the lock.
                    let offline = try LogReader.open(directory: path).lastSequence
                    if offline < seen { problems.append("an offline reader saw \(offline) records after \(seen)") }
                    if last && seen != 600 { problems.append("the read after the writer finished saw \(seen) records") }
                    progress.reads.add(1, ordering: .relaxed)
                    if seen > 0 && seen < 600 { progress.partReads.add(1, ordering: .releasing) }
                }
                return problems
            }
        }
        let writer = Task {
            try await appendMany(log, count: 300, size: 70)
            try await waitUntil("a reader reads the half-written log", timeout: .seconds(600), poll: .milliseconds(2)) {
                progress.partReads.load(ordering: .acquiring) > 0 || progress.readerStopped.load(ordering: .acquiring)
            }
            try await appendMany(log, from: 300, count: 300, size: 70)
        }
        let written = await writer.result
        progress.writerDone.store(true, ordering: .releasing)
        let problems = try await readers.value
        try written.get()
        #expect(problems.isEmpty, "\(problems.count) inconsistent reads, e.g. \(problems.prefix(5))")
        #expect(progress.partReads.load(ordering: .acquiring) > 0, "no read saw the log while it was being written")
        #expect(progress.reads.load(ordering: .acquiring) > 1)
        #expect(log.lastSequence == 600)
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
            (
                AppendRequest(LogEntry(eventType: String(repeating: "x", count: 256), actor: "a", payload: [])),
                .invalidRecord
            ),
            (AppendRequest(entry(0), idempotencyKey: ""), .invalidRecord),
            (AppendRequest(entry(0), idempotencyKey: String(repeating: "k", count: 256)), .invalidRecord),
            (
                AppendRequest(LogEntry(eventType: "T", actor: "a", payload: [UInt8](repeating: 0, count: 2000))),
                .recordTooLarge
            ),
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
    func next() -> Int64 {
        index.withLock { i in
            defer { i += 1 }
            return values[min(i, values.count - 1)]
        }
    }
}

/// What the reader thread of ``RoundTripTests/readersRunBesideTheWriter()`` has done, and whether the writer is done.
final class ReadProgress: Sendable {
    let reads = Atomic<Int>(0)
    /// Reads that saw some but not all of the records.
    let partReads = Atomic<Int>(0)
    let readerStopped = Atomic<Bool>(false)
    let writerDone = Atomic<Bool>(false)
}
