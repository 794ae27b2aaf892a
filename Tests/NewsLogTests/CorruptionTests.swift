import Foundation
import NewsLog
import NewsTestSupport
import SystemPackage
import Testing

/// Damage a crash cannot cause is refused at open, changes nothing, and is named by verify:
/// the segment, the byte offset of the first bad record's frame, and its sequence number.
///
/// Damage inside a segment before the last, whose seal still fits it (its size, header and
/// last record), is the exception: the open takes that segment from its seal without reading
/// it. Verify names that damage all the same, and once the seals are gone the open refuses it.
@Suite struct CorruptionTests {
    /// A frame of a segment, found by reading only the length fields (independent of the scanner).
    struct Frame {
        var sequence: UInt64
        var offset: Int
        var size: Int
    }

    static func frames(_ bytes: [UInt8], firstSequence: UInt64) -> [Frame] {
        var out: [Frame] = []
        var offset = 24
        var sequence = firstSequence
        while offset + 8 <= bytes.count {
            let length =
                Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3])
                << 24
            out.append(Frame(sequence: sequence, offset: offset, size: 8 + length))
            offset += 8 + length
            sequence += 1
        }
        return out
    }

    /// A log of at least 120 records over several 4 KiB segments, the last at least 3,000 bytes long.
    static func makeLog() async throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        let log = try EventLog.open(
            directory: dir.path, configuration: configuration(segmentSize: 4096), logger: quietLogger)
        try await appendMany(log, count: 120, size: 60)
        // Fill the last segment far enough that damage in its middle has records after it.
        var n = 120
        while try readFile(dir.path.appending(segmentFiles(dir.path).last!)).count < 3000 {
            try await appendMany(log, from: n, count: 1, size: 60)
            n += 1
        }
        log.close()
        return dir
    }

    /// Segment `index` (negative counts from the end), its bytes and frames.
    static func segment(_ dir: FilePath, _ index: Int) throws -> (name: String, bytes: [UInt8], frames: [Frame]) {
        let names = try segmentFiles(dir)
        let name = names[index >= 0 ? index : names.count + index]
        let bytes = try readFile(dir.appending(name))
        let first = UInt64(name.dropFirst(8).dropLast(4))!
        return (name, bytes, frames(bytes, firstSequence: first))
    }

    /// Opens and verifies a damaged log, expecting both to name `expected`, and nothing to change.
    /// With `underSeal`, the damage lies where an open does not read while the segment's seal
    /// fits: the open succeeds, verify names the damage, and the open refuses it once every seal
    /// is removed.
    static func expectRefused(
        _ dir: FilePath, at expected: LogLocation, underSeal: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        if underSeal {
            #expect(
                FileManager.default.fileExists(atPath: dir.appending(sealName(expected.segment)).string),
                "the damaged segment has no seal", sourceLocation: sourceLocation)
            let before = try snapshot(dir)
            let log = try EventLog.open(directory: dir, logger: quietLogger)
            log.close()
            #expect(try snapshot(dir) == before, "an open on seals must change nothing", sourceLocation: sourceLocation)
            try expectVerifyNames(dir, expected, sourceLocation: sourceLocation)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.string) where name.hasSuffix(".seal") {
                try FileManager.default.removeItem(atPath: dir.appending(name).string)
            }
        }
        let before = try snapshot(dir)
        do {
            let log = try EventLog.open(directory: dir, logger: quietLogger)
            log.close()
            Issue.record("a damaged log opened", sourceLocation: sourceLocation)
        } catch let e as LogError {
            #expect(e.code == .corrupt, sourceLocation: sourceLocation)
            #expect(e.location == expected, "\(e)", sourceLocation: sourceLocation)
            #expect(e.hint?.contains("truncate -s \(expected.offset)") == true, sourceLocation: sourceLocation)
        }
        #expect(try snapshot(dir) == before, "a refused open must change nothing", sourceLocation: sourceLocation)
        try expectVerifyNames(dir, expected, sourceLocation: sourceLocation)
        #expect(throws: LogError.self, sourceLocation: sourceLocation) { try LogReader.open(directory: dir) }
    }

    /// Verify finds the damage at `expected`, with every record before it good.
    static func expectVerifyNames(_ dir: FilePath, _ expected: LogLocation, sourceLocation: SourceLocation) throws {
        let report = try LogVerifier.verify(directory: dir)
        guard case .corrupt(let location, _) = report.finding else {
            Issue.record("verify did not find the damage: \(report)", sourceLocation: sourceLocation)
            return
        }
        #expect(location == expected, sourceLocation: sourceLocation)
        #expect(report.records == expected.sequence - 1, sourceLocation: sourceLocation)
    }

    /// Where to flip a bit: in which segment, which frame, and which byte of the frame.
    @Test(arguments: [
        (0, 5, 0), (0, 5, 2), (0, 5, 5), (0, 5, 8), (0, 5, 30), (0, 5, -1),  // length, CRC, seq, hash, payload
        (1, -1, 40),  // the last record of a segment that is followed by another
        (-1, 1, 70),  // the middle of the last segment, with records after it
    ])
    func flippedBit(segmentIndex: Int, frameIndex: Int, byte: Int) async throws {
        let dir = try await Self.makeLog()
        var (name, bytes, frames) = try Self.segment(dir.path, segmentIndex)
        let frame = frames[frameIndex >= 0 ? frameIndex : frames.count + frameIndex]
        bytes[frame.offset + (byte >= 0 ? byte : frame.size + byte)] ^= 0x04
        try writeFile(dir.path.appending(name), bytes)
        // A middle record of a segment lies under its seal (the last segment's seal, written at
        // the close, covers all of it); the last record of a segment is what its seal is checked
        // against.
        try Self.expectRefused(
            dir.path, at: LogLocation(segment: name, offset: Int64(frame.offset), sequence: frame.sequence),
            underSeal: frameIndex != -1)
    }

    @Test(arguments: [0, -1])
    func zeroedSector(segmentIndex: Int) async throws {
        let dir = try await Self.makeLog()
        var (name, bytes, frames) = try Self.segment(dir.path, segmentIndex)
        let sector = 1024
        for i in sector..<(sector + 512) { bytes[i] = 0 }
        try writeFile(dir.path.appending(name), bytes)
        let first = frames.first { $0.offset + $0.size > sector }!
        #expect(frames.last!.offset > sector + 512, "intact records must follow the damage")
        try Self.expectRefused(
            dir.path, at: LogLocation(segment: name, offset: Int64(first.offset), sequence: first.sequence),
            underSeal: true)
    }

    @Test func duplicatedBlock() async throws {
        // A block written twice: the bytes of [1024, 1536) appear again at [1536, 2048).
        let dir = try await Self.makeLog()
        var (name, bytes, frames) = try Self.segment(dir.path, 1)
        bytes.replaceSubrange(1536..<2048, with: bytes[1024..<1536])
        try writeFile(dir.path.appending(name), bytes)
        let first = frames.first { $0.offset + $0.size > 1536 }!
        try Self.expectRefused(
            dir.path, at: LogLocation(segment: name, offset: Int64(first.offset), sequence: first.sequence),
            underSeal: true)
    }

    @Test func duplicatedRecord() async throws {
        // A whole record written twice: its CRC is right, but the sequence number is not.
        let dir = try await Self.makeLog()
        var (name, bytes, frames) = try Self.segment(dir.path, 1)
        let frame = frames[3]
        bytes.insert(contentsOf: bytes[frame.offset..<(frame.offset + frame.size)], at: frame.offset + frame.size)
        try writeFile(dir.path.appending(name), bytes)
        try Self.expectRefused(
            dir.path,
            at: LogLocation(segment: name, offset: Int64(frame.offset + frame.size), sequence: frame.sequence + 1))
    }

    @Test func deletedSegment() async throws {
        let dir = try await Self.makeLog()
        let (name, _, frames) = try Self.segment(dir.path, 1)
        let next = try Self.segment(dir.path, 2).name
        try FileManager.default.removeItem(atPath: dir.path.appending(name).string)
        try Self.expectRefused(dir.path, at: LogLocation(segment: next, offset: 0, sequence: frames[0].sequence))
    }

    @Test func rewrittenRecordWithValidCRC() async throws {
        // Someone rewrites a record's payload and fixes its CRC: the chain still catches it.
        let dir = try await Self.makeLog()
        var (name, bytes, frames) = try Self.segment(dir.path, 0)
        let frame = frames[2]
        bytes[frame.offset + frame.size - 1] ^= 0xFF
        let crc = CRC32C.checksum(bytes[(frame.offset + 8)..<(frame.offset + frame.size)])
        withUnsafeBytes(of: crc.littleEndian) {
            bytes.replaceSubrange((frame.offset + 4)..<(frame.offset + 8), with: $0)
        }
        try writeFile(dir.path.appending(name), bytes)
        let next = frames[3]
        try Self.expectRefused(
            dir.path, at: LogLocation(segment: name, offset: Int64(next.offset), sequence: next.sequence),
            underSeal: true)
    }
}
