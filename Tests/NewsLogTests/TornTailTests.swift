import Foundation
import NewsLog
import NewsTestSupport
import SystemPackage
import Testing

/// A crash can leave any prefix of the last append on disk. Whatever prefix it is, the log
/// reopens at the append before, cuts the rest off, and keeps a copy of what it cut.
@Suite struct TornTailTests {
    /// Builds a log of 20 single-record appends in two segments, then one append of three records.
    private func makeLog(_ dir: FilePath) async throws -> (lastGood: UInt64, tailStart: Int64, segment: String) {
        let log = try EventLog.open(
            directory: dir, configuration: configuration(segmentSize: 1500), logger: quietLogger)
        defer { log.close() }
        try await appendMany(log, count: 20, size: 30)
        let before = try segmentFiles(dir).last!
        let sizeBefore = try readFile(dir.appending(before)).count
        _ = try await log.append(
            AppendRequest(
                entries: [entry(100, size: 20), entry(101, size: 70), entry(102, size: 5)], idempotencyKey: "last"))
        let segment = try segmentFiles(dir).last!
        #expect(segment == before, "the last append must land in the segment of the one before")
        return (20, Int64(sizeBefore), segment)
    }

    @Test func truncatedAtEveryOffsetOfTheLastAppend() async throws {
        let source = try TemporaryDirectory()
        let (lastGood, tailStart, segment) = try await makeLog(source.path)
        let whole = try readFile(source.path.appending(segment))
        let goodRecords = try LogReader.open(directory: source.path).records(from: 1, limit: Int(lastGood))
        var checked = 0
        for cut in Int(tailStart)..<whole.count {
            let dir = try TemporaryDirectory("newslog-torn")
            try copyDirectory(source.path, to: dir.path)
            try writeFile(dir.path.appending(segment), Array(whole[..<cut]))

            let log = try EventLog.open(
                directory: dir.path, configuration: configuration(segmentSize: 1500), logger: quietLogger)
            #expect(log.lastSequence == lastGood, "cut at \(cut)")
            #expect(try log.reader().records(from: 1) == goodRecords, "cut at \(cut)")
            if cut > Int(tailStart) {
                // The torn bytes are kept beside the segment, and cut from it.
                let copy = dir.path.appending("\(segment).cut-at-\(tailStart)")
                #expect(try readFile(copy) == Array(whole[Int(tailStart)..<cut]), "cut at \(cut)")
                #expect(try readFile(dir.path.appending(segment)).count == Int(tailStart))
            }
            // The key of the torn append is free again, and appending goes on.
            guard case .appended(let r) = try await log.append(entry(7), idempotencyKey: "last") else {
                Issue.record("the torn append's key was taken")
                log.close()
                continue
            }
            #expect(r.firstSequence == lastGood + 1)
            log.close()
            #expect(try LogVerifier.verify(directory: dir.path).isIntact)
            checked += 1
        }
        #expect(checked == whole.count - Int(tailStart))
    }

    @Test func zeroFilledTailIsTorn() async throws {
        // A crash after the file grew but before its data reached the disk leaves zeros.
        let dir = try TemporaryDirectory()
        let (lastGood, tailStart, segment) = try await makeLog(dir.path)
        var bytes = try readFile(dir.path.appending(segment))
        for i in Int(tailStart)..<bytes.count { bytes[i] = 0 }
        bytes += [UInt8](repeating: 0, count: 4096)
        try writeFile(dir.path.appending(segment), bytes)
        let report = try LogVerifier.verify(directory: dir.path)
        guard case .tornTail(let location, _) = report.finding else {
            Issue.record("not a torn tail: \(report)")
            return
        }
        #expect(location == LogLocation(segment: segment, offset: tailStart, sequence: lastGood + 1))
        let log = try EventLog.open(directory: dir.path, logger: quietLogger)
        defer { log.close() }
        #expect(log.lastSequence == lastGood)
    }

    @Test func tornHeaderOfANewSegmentIsSetAside() async throws {
        let dir = try TemporaryDirectory()
        let (lastGood, _, _) = try await makeLog(dir.path)
        // A crash while the next segment was being created left a short or zeroed header.
        for torn: [UInt8] in [[], Array("NEWSL".utf8), [UInt8](repeating: 0, count: 24)] {
            let name = String(format: "segment-%020llu.log", lastGood + 4)
            try writeFile(dir.path.appending(name), torn)
            let log = try EventLog.open(
                directory: dir.path, configuration: configuration(segmentSize: 1500), logger: quietLogger)
            #expect(log.lastSequence == lastGood + 3)
            #expect(!(try segmentFiles(dir.path).contains(name)))
            _ = try await appendMany(log, from: 500 + torn.count, count: 1)
            log.close()
            #expect(try LogVerifier.verify(directory: dir.path).isIntact)
            // Undo the append so the next case starts from the same log.
            try FileManager.default.removeItem(atPath: dir.path.string)
            _ = try await makeLog(dir.path)
        }
    }

    @Test func aCompleteButWrongLastRecordIsNotTorn() async throws {
        // A crash cannot change bytes that were written whole: a flipped bit in the last
        // record is damage, and the log refuses to open rather than drop an acknowledged record.
        let dir = try TemporaryDirectory()
        let (lastGood, _, segment) = try await makeLog(dir.path)
        var bytes = try readFile(dir.path.appending(segment))
        bytes[bytes.count - 3] ^= 0x10
        try writeFile(dir.path.appending(segment), bytes)
        let last = try readFile(dir.path.appending(segment))
        do {
            _ = try EventLog.open(directory: dir.path, logger: quietLogger)
            Issue.record("opened a log whose last record is damaged")
        } catch let e as LogError {
            #expect(e.code == .corrupt)
            #expect(e.location?.segment == segment)
            #expect(e.location?.sequence == lastGood + 3)
        }
        #expect(try readFile(dir.path.appending(segment)) == last, "a refused open changes nothing")
    }
}
