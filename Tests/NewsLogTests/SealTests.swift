import Foundation
import NewsCore
import NewsLog
import NewsTestSupport
import SystemPackage
import Testing

/// Seals: what a full read of a segment that takes no more appends found, kept beside it so
/// that an open reads only the last segment. The oracle is the same log opened with its seals
/// removed, which reads every record.
@Suite struct SealTests {
    /// Fixed part of a seal (FORMAT.md): magic, version, reserved, five 8-byte fields, two
    /// chain hashes, five counts.
    static let sealHeader = 8 + 2 + 2 + 5 * 8 + 2 * 32 + 5 * 4

    /// A log written with appends of 1 to 20 records (keys `a<n>`) across many segments.
    static func makeLog(segmentSize: Int, appends: Int, seed: UInt64) async throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        var random = SeededGenerator(state: seed)
        let log = try EventLog.open(
            directory: dir.path, configuration: configuration(segmentSize: segmentSize), logger: quietLogger)
        var n = 0
        for a in 0..<appends {
            let count = Int.random(in: 1...20, using: &random)
            let request = AppendRequest(
                entries: (0..<count).map { entry(n + $0, size: Int.random(in: 10...90, using: &random)) },
                idempotencyKey: "a\(a)")
            _ = try await log.append(request)
            n += count
        }
        log.close()
        return dir
    }

    static func seals(_ dir: FilePath) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.string).filter { $0.hasSuffix(".seal") }.sorted()
    }

    static func removeSeals(_ dir: FilePath) throws {
        for name in try seals(dir) { try FileManager.default.removeItem(atPath: dir.appending(name).string) }
    }

    /// Writes `bytes` as a seal with its CRC-32C made right again, so that only its content lies.
    static func writeResealed(_ path: FilePath, _ bytes: [UInt8]) throws {
        var out = Array(bytes.dropLast(4))
        withUnsafeBytes(of: CRC32C.checksum(out).littleEndian) { out += $0 }
        try writeFile(path, out)
    }

    /// Everything an open gives: head, records, Merkle answers and the idempotency keys.
    static func expectSameLog(
        _ a: FilePath, _ b: FilePath, appends: Int, seed: UInt64, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let x = try EventLog.open(directory: a, logger: quietLogger)
        defer { x.close() }
        let y = try EventLog.open(directory: b, logger: quietLogger)
        defer { y.close() }
        #expect(x.lastSequence == y.lastSequence && x.chainHash == y.chainHash, sourceLocation: sourceLocation)
        #expect(
            try x.reader().records(from: 1) == y.reader().records(from: 1), "the records read through each index",
            sourceLocation: sourceLocation)
        #expect(LogProofs.head(x) == LogProofs.head(y), sourceLocation: sourceLocation)
        #expect(LogProofs.head(x) == (try LogProofs.head(x.reader())), "the full tree", sourceLocation: sourceLocation)
        var random = SeededGenerator(state: seed)
        let size = Int(x.lastSequence)
        for _ in 0..<30 {
            let treeSize = Int.random(in: 1...size, using: &random)
            let seq = UInt64.random(in: 1...UInt64(treeSize), using: &random)
            #expect(
                try LogProofs.inclusion(x, seq: seq, treeSize: treeSize)
                    == LogProofs.inclusion(y, seq: seq, treeSize: treeSize), sourceLocation: sourceLocation)
            let first = Int.random(in: 1...treeSize, using: &random)
            #expect(
                try LogProofs.consistency(x, first: first, second: treeSize)
                    == LogProofs.consistency(y, first: first, second: treeSize), sourceLocation: sourceLocation)
        }
        // Every key, sealed or read, is known: its append comes back as a duplicate of the same seq.
        for a in stride(from: 0, to: appends, by: 7) {
            let again = AppendRequest(entries: [entry(0)], idempotencyKey: "a\(a)")
            let rx = try await x.append(again)
            let ry = try await y.append(again)
            guard case .duplicate(let sx) = rx, case .duplicate(let sy) = ry else {
                Issue.record("key a\(a) was appended again: \(rx), \(ry)", sourceLocation: sourceLocation)
                return
            }
            #expect(sx == sy, sourceLocation: sourceLocation)
        }
    }

    /// Segments of a few records (whose seals hold only head leaves, inside one Merkle block)
    /// and of a few hundred (whole blocks, with leaves at both ends).
    @Test(arguments: [(900, UInt64(1)), (6000, UInt64(2)), (40_000, UInt64(3))])
    func anOpenOnSealsIsAnOpenThatReadsEverything(segmentSize: Int, seed: UInt64) async throws {
        let dir = try await Self.makeLog(segmentSize: segmentSize, appends: 120, seed: seed)
        let segments = try segmentFiles(dir.path)
        #expect(segments.count > 3)
        // The writer sealed every segment it left, in the background, before close returned, and
        // the last one at its close.
        #expect(try Self.seals(dir.path) == segments.map(sealName))
        let unsealed = try TemporaryDirectory()
        try copyDirectory(dir.path, to: unsealed.path)
        try Self.removeSeals(unsealed.path)
        try await Self.expectSameLog(dir.path, unsealed.path, appends: 120, seed: seed)
        // The open that read everything sealed the same segments, to the byte.
        for name in try Self.seals(dir.path) {
            #expect(try readFile(unsealed.path.appending(name)) == readFile(dir.path.appending(name)), "\(name)")
        }
        #expect(try LogVerifier.verify(directory: dir.path).isIntact)
    }

    /// A seal that does not fit its segment is not used: the open reads the segment, the log
    /// is the same, and the segment is sealed again with the right bytes.
    @Test(arguments: ["flipped", "cut short", "another segment's", "empty", "a later version"])
    func aSealThatDoesNotFitIsReadPast(damage: String) async throws {
        let dir = try await Self.makeLog(segmentSize: 6000, appends: 80, seed: 4)
        let names = try Self.seals(dir.path)
        let target = dir.path.appending(names[1])
        let good = try readFile(target)
        switch damage {
        case "flipped":
            var bytes = good
            bytes[bytes.count / 2] ^= 0x10
            try writeFile(target, bytes)
        case "cut short": try writeFile(target, Array(good.prefix(good.count - 9)))
        case "another segment's": try writeFile(target, readFile(dir.path.appending(names[2])))
        case "empty": try writeFile(target, [])
        default:
            var bytes = good
            bytes[8] = 9
            try Self.writeResealed(target, bytes)
        }
        let reference = try TemporaryDirectory()
        try copyDirectory(dir.path, to: reference.path)
        try Self.removeSeals(reference.path)
        try await Self.expectSameLog(dir.path, reference.path, appends: 80, seed: 4)
        #expect(try readFile(target) == good, "the segment was sealed again")
    }

    /// A seal that fits its segment but lies about what is inside (a key, a Merkle block) is
    /// trusted by the open, and named by verify; without it, the open is right again.
    @Test(arguments: ["key", "block"])
    func verifyNamesASealThatFitsButLies(field: String) async throws {
        let dir = try await Self.makeLog(segmentSize: 6000, appends: 80, seed: 5)
        let name = try Self.seals(dir.path)[0]
        let path = dir.path.appending(name)
        var bytes = try readFile(path)
        let count = { (i: Int) in
            bytes[Self.sealHeader - 20 + 4 * i..<Self.sealHeader - 16 + 4 * i].reversed().reduce(0) {
                $0 << 8 | Int($1)
            }
        }
        if field == "key" {
            bytes[bytes.count - 5] ^= 0x01  // the last key's last character, a digit
        } else {
            #expect(count(1) > 0, "the segment holds a whole block")
            bytes[Self.sealHeader + 32 * count(0)] ^= 0x01  // the first whole block's hash
        }
        try Self.writeResealed(path, bytes)
        let log = try EventLog.open(directory: dir.path, logger: quietLogger)
        let trusted = LogProofs.head(log)
        log.close()
        guard case .seal(let segment, _) = try LogVerifier.verify(directory: dir.path).finding else {
            Issue.record("verify did not name the lying seal")
            return
        }
        #expect(sealName(segment) == name)
        try FileManager.default.removeItem(atPath: path.string)
        let reopened = try EventLog.open(directory: dir.path, logger: quietLogger)
        let truth = LogProofs.head(reopened)
        #expect(truth == (try LogProofs.head(reopened.reader())))
        reopened.close()
        if field == "block" { #expect(trusted != truth, "the lying block hash went into the tree it trusted") }
        #expect(try LogVerifier.verify(directory: dir.path).isIntact)
    }

    /// What a crash leaves of sealing (a temporary file) is removed at open, and a wrong seal
    /// beside the last segment is read past and made right at the close.
    @Test func leftoversOfSealingAreRemoved() async throws {
        let dir = try await Self.makeLog(segmentSize: 6000, appends: 40, seed: 6)
        let segments = try segmentFiles(dir.path)
        let seals = try Self.seals(dir.path)
        let last = dir.path.appending(sealName(segments.last!))
        let good = try readFile(last)
        try writeFile(dir.path.appending(seals[0] + ".tmp"), Array(repeating: 7, count: 100))
        try writeFile(last, readFile(dir.path.appending(seals[0])))
        let log = try EventLog.open(directory: dir.path, logger: quietLogger)
        #expect(log.trustedSeals == segments.count - 1)
        log.close()
        #expect(try Self.seals(dir.path) == seals)
        #expect(try readFile(last) == good)
        #expect(!FileManager.default.fileExists(atPath: dir.path.appending(seals[0] + ".tmp").string))
    }

    /// The last segment's seal covers the part of it there was at the close; records appended
    /// after it (by a writer that then crashed, so never sealed them) are read and checked.
    @Test func theLastSegmentsSealCoversItsFirstPart() async throws {
        let dir = try await Self.makeLog(segmentSize: 1 << 20, appends: 30, seed: 10)
        let segments = try segmentFiles(dir.path)
        let last = dir.path.appending(sealName(segments.last!))
        let before = try readFile(last)
        // A crash after more appends: the copy of the directory holds them, with the old seal.
        let grown = try TemporaryDirectory()
        try copyDirectory(dir.path, to: grown.path)
        let log = try EventLog.open(directory: grown.path, logger: quietLogger)
        #expect(log.trustedSeals == segments.count)
        try await appendMany(log, from: 1000, count: 25, size: 50)
        let head = (log.lastSequence, log.chainHash, LogProofs.head(log))
        let crashed = try TemporaryDirectory()
        try copyDirectory(grown.path, to: crashed.path)
        log.close()
        try? FileManager.default.removeItem(atPath: crashed.path.appending("LOCK").string)
        #expect(try readFile(crashed.path.appending(sealName(segments.last!))) == before)
        let reopened = try EventLog.open(directory: crashed.path, logger: quietLogger)
        #expect(reopened.trustedSeals == segments.count)
        #expect((reopened.lastSequence, reopened.chainHash, LogProofs.head(reopened)) == head)
        for n in [1000, 1012, 1024] {
            let again = try await reopened.append(entry(0), idempotencyKey: "k\(n)")
            guard case .duplicate = again else {
                Issue.record("k\(n), appended after the seal, was appended again")
                continue
            }
        }
        reopened.close()
        // The close sealed all of it; both directories' last seals agree, and verify passes.
        #expect(
            try readFile(crashed.path.appending(sealName(segments.last!)))
                == readFile(grown.path.appending(sealName(segments.last!))))
        #expect(try readFile(crashed.path.appending(sealName(segments.last!))) != before)
        #expect(try LogVerifier.verify(directory: crashed.path).isIntact)
    }

    /// A torn tail is cut only after every record was read: with damage under a seal as well,
    /// the open refuses the log at the damage and changes nothing.
    @Test func nothingIsRepairedOnTrust() async throws {
        let dir = try await Self.makeLog(segmentSize: 6000, appends: 60, seed: 12)
        let segments = try segmentFiles(dir.path)
        let first = dir.path.appending(segments[0])
        var bytes = try readFile(first)
        let frames = CorruptionTests.frames(bytes, firstSequence: 1)
        bytes[frames[2].offset + frames[2].size - 1] ^= 0x40
        try writeFile(first, bytes)
        let last = dir.path.appending(segments.last!)
        try writeFile(last, readFile(last) + Array(repeating: 0, count: 300))
        let before = try snapshot(dir.path)
        let refusal = #expect(throws: LogError.self) { try EventLog.open(directory: dir.path, logger: quietLogger) }
        #expect(refusal?.code == .corrupt)
        #expect(
            refusal?.location
                == LogLocation(segment: segments[0], offset: Int64(frames[2].offset), sequence: frames[2].sequence))
        #expect(try snapshot(dir.path) == before, "a refused open changes nothing, not even a torn tail")
        // The same torn tail with the damage gone is cut as ever.
        bytes[frames[2].offset + frames[2].size - 1] ^= 0x40
        try writeFile(first, bytes)
        let log = try EventLog.open(directory: dir.path, logger: quietLogger)
        log.close()
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir.path.string).contains { $0.contains(".cut-at-") })
    }

    /// Seals with random bytes changed and their CRC made right again never crash an open:
    /// each is trusted or read past, and verify names every one that was trusted and lies.
    @Test func randomlyRewrittenSealsNeverCrashAnOpen() async throws {
        let base = try await Self.makeLog(segmentSize: 6000, appends: 60, seed: 8)
        let names = try Self.seals(base.path)
        var random = SeededGenerator(state: 9)
        var trusted = 0
        for round in 0..<60 {
            let dir = try TemporaryDirectory()
            try copyDirectory(base.path, to: dir.path)
            let name = names[Int.random(in: 0..<names.count, using: &random)]
            var bytes = try readFile(dir.path.appending(name))
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                bytes[Int.random(in: 0..<(bytes.count - 4), using: &random)] ^= UInt8.random(
                    in: 1...255, using: &random)
            }
            try Self.writeResealed(dir.path.appending(name), bytes)
            let log = try EventLog.open(directory: dir.path, logger: quietLogger)
            log.close()
            // A seal read past is written again from the segment; one still changed was trusted.
            if try readFile(dir.path.appending(name)) == bytes {
                trusted += 1
                let report = try LogVerifier.verify(directory: dir.path)
                #expect(!report.isIntact, "round \(round): a changed seal was trusted and verify passed")
            }
        }
        #expect(trusted < 60, "every changed seal was trusted")
    }
}
