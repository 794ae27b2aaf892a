import NewsCore
import SystemPackage

/// One record that a scan accepted: where it is and what recovery needs of it.
struct ScannedRecord {
    var sequence: UInt64
    var segment: Int
    var offset: Int64
    var idempotencyKey: String?
    var timestamp: Int64
    var chainHash: ChainHash
    /// The record's Merkle leaf hash, when the scan was asked for them.
    var leafHash: SHA256Hash?
}

/// What a scan found in one segment file.
struct ScannedSegment {
    var name: String
    var firstSequence: UInt64
    /// The offset just past the last record of a complete append.
    var validEnd: Int64
    var fileSize: Int64
    /// Every `SegmentIndex.stride`-th record's sequence number and offset, for seeking.
    var index: SegmentIndex
    /// The chain hash before its first record.
    var chainBefore: ChainHash
    /// Its seal: the one beside it that the scan trusted (`sealTrusted`), or, when the scan
    /// hashed leaves and read the whole segment without finding damage, the one made from it.
    var seal: SegmentSeal? = nil
    /// Whether the segment was taken from its seal instead of read.
    var sealTrusted = false
}

/// Damage a scan found; at most one, the first.
enum ScanProblem: Equatable {
    /// The last segment holds, from `offset` on, bytes of an append that never became durable.
    case tornTail(segment: Int, offset: Int64, reason: String)
    /// The last segment's own header never became durable; it holds no record.
    case tornSegment(segment: Int, reason: String)
    /// Damage that a crash cannot explain. Nothing after it is trusted.
    case corrupt(LogLocation, reason: String)
}

/// The result of scanning a log directory from the first record to the last.
struct ScanOutcome {
    var segments: [ScannedSegment]
    /// The last sequence number of a complete append (0 for an empty log).
    var lastSequence: UInt64
    var head: ChainHash
    var lastTimestamp: Int64
    var problem: ScanProblem?
    /// Seals the scan found and did not trust, and why (their segments were read in full).
    var rejectedSeals: [(segment: String, reason: String)] = []
}

/// Reads every segment, checks every frame, CRC, sequence number and chain link, and
/// classifies the first damage as a torn tail (repairable) or corruption (not).
///
/// Read-only: it opens files for reading and takes no lock, so it can run beside a writer
/// (it then sees the records durable when it read each file).
struct LogScanner {
    var directory: FilePath
    var maxRecordSize: Int
    /// Whether to hash each record as a Merkle leaf too (recovery builds the log's tree so),
    /// and make each segment's seal.
    var hashesLeaves = false
    /// Whether to take a segment before the last from its seal, when the seal fits, instead of
    /// reading it, and the part of the last segment that its seal covers (see `SegmentSeal`).
    var trustsSeals = false
    /// Asked before each segment; once it says yes, the scan throws `CancellationError`.
    var isCancelled: () -> Bool = { false }

    /// The segment files of `directory`, in log order.
    static func segmentNames(in directory: FilePath) throws -> [(name: String, first: UInt64)] {
        try FileOps.list(directory)
            .compactMap { name in SegmentHeader.firstSequence(fromFileName: name).map { (name, $0) } }
            .sorted { $0.1 < $1.1 }
    }

    /// Scans the log, turning an operating-system error into a `LogError`.
    func scanLog(
        visit: (ScannedRecord) throws -> Void = { _ in }, visitSeal: (SegmentSeal) throws -> Void = { _ in }
    ) throws -> ScanOutcome {
        do {
            return try scan(visit: visit, visitSeal: visitSeal)
        } catch let e as Errno {
            throw LogError.io("cannot read the log in \(directory)", e)
        }
    }

    /// Scans the log; `visit` sees each record of a complete append that was read, in order,
    /// and `visitSeal` each segment, or first part of the last segment, taken from its seal
    /// instead, in its place in that order.
    func scan(visit: (ScannedRecord) throws -> Void, visitSeal: (SegmentSeal) throws -> Void) throws -> ScanOutcome {
        let names = try Self.segmentNames(in: directory)
        var outcome = ScanOutcome(segments: [], lastSequence: 0, head: .zero, lastTimestamp: 0, problem: nil)
        for (i, entry) in names.enumerated() {
            if isCancelled() { throw CancellationError() }
            let isLast = i == names.count - 1
            let seal = trustsSeals ? trustedSeal(of: entry.name, isLast: isLast, outcome: &outcome) : nil
            let chainBefore = outcome.head
            if let seal {
                outcome.lastSequence = seal.lastSequence
                outcome.head = seal.chainAfter
                outcome.lastTimestamp = seal.lastTimestamp
                try visitSeal(seal)
                if !isLast {
                    outcome.segments.append(
                        ScannedSegment(
                            name: entry.name, firstSequence: entry.first, validEnd: seal.size, fileSize: seal.size,
                            index: seal.index, chainBefore: chainBefore, seal: seal, sealTrusted: true))
                    continue
                }
            }
            // The last segment's seal covers its first part: the records after it are read.
            let bytes = try readWhole(entry.name)
            var segment = ScannedSegment(
                name: entry.name, firstSequence: entry.first,
                validEnd: Int64(SegmentHeader.size), fileSize: Int64(bytes.count), index: SegmentIndex(),
                chainBefore: chainBefore, sealTrusted: seal != nil)
            let problem = try bytes.withUnsafeBytes { raw in
                try scanSegment(
                    raw, index: i, isLast: isLast, segment: &segment, outcome: &outcome, after: seal, visit: visit)
            }
            outcome.segments.append(segment)
            if let problem {
                outcome.problem = problem
                break
            }
        }
        return outcome
    }

    /// The seal of segment `name` if it fits the segment (the last segment may have grown past
    /// it) and follows the log scanned so far; otherwise nil, with the reason noted in `outcome`.
    private func trustedSeal(of name: String, isLast: Bool, outcome: inout ScanOutcome) -> SegmentSeal? {
        let reason: String
        do {
            guard let seal = try SegmentSeal.read(directory: directory, segment: name) else { return nil }
            if seal.firstSequence != outcome.lastSequence + 1 {
                reason = "it starts at seq \(seal.firstSequence), the log goes on at seq \(outcome.lastSequence + 1)"
            } else if seal.chainBefore != outcome.head {
                reason = "its chain hash before the segment is not the log's"
            } else if let misfit = try seal.fits(
                directory: directory, segment: name, maxRecordSize: maxRecordSize, mayHaveGrown: isLast)
            {
                reason = misfit
            } else {
                return seal
            }
        } catch let damage as RecordDamage {
            reason = damage.reason
        } catch {
            reason = "\(error)"
        }
        outcome.rejectedSeals.append((name, reason))
        return nil
    }

    /// Reads one segment in full (or its first `size` bytes), as the open does, and makes its
    /// seal; throws `.corrupt` if it is damaged, or if it ends in an incomplete append or holds
    /// no record.
    func seal(segment name: String, firstSequence: UInt64, chainBefore: ChainHash, through size: Int64? = nil)
        throws -> SegmentSeal
    {
        var scanner = self
        scanner.hashesLeaves = true
        var bytes: [UInt8]
        do {
            bytes = try readWhole(name)
        } catch let e as Errno {
            throw LogError.io("cannot read segment \(name)", e)
        }
        if let size, size < bytes.count { bytes.removeLast(bytes.count - Int(size)) }
        var segment = ScannedSegment(
            name: name, firstSequence: firstSequence, validEnd: Int64(SegmentHeader.size),
            fileSize: Int64(bytes.count), index: SegmentIndex(), chainBefore: chainBefore)
        var outcome = ScanOutcome(
            segments: [], lastSequence: firstSequence - 1, head: chainBefore, lastTimestamp: 0, problem: nil)
        let problem = try bytes.withUnsafeBytes { raw in
            try scanner.scanSegment(raw, index: 0, isLast: false, segment: &segment, outcome: &outcome, after: nil) {
                _ in
            }
        }
        if case .corrupt(let location, let reason) = problem {
            throw LogError(.corrupt, "segment \(name) is damaged: \(reason)", location: location)
        }
        guard problem == nil, let seal = segment.seal else {
            throw LogError(.corrupt, "segment \(name) holds no complete record to seal")
        }
        return seal
    }

    private func readWhole(_ name: String) throws -> [UInt8] {
        let fd = try FileDescriptor.open(directory.appending(name), .readOnly)
        defer { try? fd.close() }
        let size = try FileOps.size(fd)
        return try FileOps.read(fd, at: 0, count: Int(size))
    }

    /// Reads a segment's records and checks them, from its start or from the end of `sealed`,
    /// a trusted seal of its first part (whose header and last record `SegmentSeal.fits` checked).
    private func scanSegment(
        _ raw: UnsafeRawBufferPointer, index: Int, isLast: Bool, segment: inout ScannedSegment,
        outcome: inout ScanOutcome, after sealed: SegmentSeal?, visit: (ScannedRecord) throws -> Void
    ) throws -> ScanProblem? {
        let expected = outcome.lastSequence + 1
        func corrupt(_ offset: Int, _ sequence: UInt64, _ reason: String) -> ScanProblem {
            .corrupt(LogLocation(segment: segment.name, offset: Int64(offset), sequence: sequence), reason: reason)
        }
        if let sealed {
            segment.index = sealed.index
            segment.validEnd = sealed.size
        } else if let problem = checkHeader(raw, index: index, isLast: isLast, segment: segment, expected: expected) {
            return problem
        }
        var chain = outcome.head
        var sequence = expected
        var offset = sealed.map { Int($0.size) } ?? SegmentHeader.size
        var seal =
            hashesLeaves
            ? sealed.map(SegmentSeal.Builder.init(continuing:))
                ?? SegmentSeal.Builder(firstSequence: expected, chainBefore: chain) : nil
        // Records of an append whose last record has not been seen yet.
        var open: [ScannedRecord] = []
        var openStart = offset
        while offset < raw.count {
            switch checkFrame(raw, at: offset, sequence: sequence, chain: chain) {
            case .record(let record, let end):
                let body = UnsafeRawBufferPointer(rebasing: raw[(offset + RecordCodec.frameHeaderSize)..<end])
                let next = ChainHash.next(after: chain, record: body)
                if open.isEmpty { openStart = offset }
                open.append(
                    ScannedRecord(
                        sequence: sequence, segment: index, offset: Int64(offset),
                        idempotencyKey: record.idempotencyKey, timestamp: record.timestamp, chainHash: next,
                        leafHash: hashesLeaves ? MerkleTree.leafHash(body) : nil))
                chain = next
                sequence += 1
                offset = end
                if !record.continues {
                    for r in open {
                        segment.index.note(sequence: r.sequence, offset: r.offset)
                        seal?.add(r)
                        try visit(r)
                    }
                    segment.validEnd = Int64(offset)
                    outcome.lastSequence = sequence - 1
                    outcome.head = chain
                    outcome.lastTimestamp = open.last!.timestamp
                    open.removeAll()
                }
            case .damaged(let reason, let incomplete):
                if isLast && isTornTail(raw, from: offset, incomplete: incomplete, after: sequence) {
                    let cut = open.isEmpty ? offset : openStart
                    return .tornTail(segment: index, offset: Int64(cut), reason: reason)
                }
                return corrupt(offset, sequence, reason)
            case .invalid(let reason):
                return corrupt(offset, sequence, reason)
            }
        }
        if !open.isEmpty {
            let reason = "an append of several records ends after \(open.count) of them"
            if isLast { return .tornTail(segment: index, offset: Int64(openStart), reason: reason) }
            return corrupt(openStart, open[0].sequence, reason + ", and another segment follows")
        }
        segment.seal = seal?.finish(size: segment.validEnd)
        return nil
    }

    /// Checks a segment's header: intact, naming the segment's own first seq, the one expected.
    private func checkHeader(
        _ raw: UnsafeRawBufferPointer, index: Int, isLast: Bool, segment: ScannedSegment, expected: UInt64
    ) -> ScanProblem? {
        func corrupt(_ offset: Int, _ sequence: UInt64, _ reason: String) -> ScanProblem {
            .corrupt(LogLocation(segment: segment.name, offset: Int64(offset), sequence: sequence), reason: reason)
        }
        let header: SegmentHeader
        do {
            header = try SegmentHeader.decode(raw)
        } catch {
            // Creating a segment writes its header in one write and syncs it before any
            // record: a crash leaves a prefix of the header, or zeros, and nothing else.
            let expectedHeader = SegmentHeader(firstSequence: segment.firstSequence).encoded()
            if isLast
                && (raw.allSatisfy({ $0 == 0 })
                    || (raw.count < SegmentHeader.size && raw.elementsEqual(expectedHeader.prefix(raw.count))))
            {
                return .tornSegment(segment: index, reason: error.reason)
            }
            return corrupt(0, expected, error.reason)
        }
        guard header.firstSequence == segment.firstSequence else {
            return corrupt(
                0, expected,
                "the header says the segment starts at seq \(header.firstSequence), its name says \(segment.firstSequence)"
            )
        }
        guard header.firstSequence == expected else {
            let reason =
                header.firstSequence > expected
                ? "seq \(expected) to \(header.firstSequence - 1) are missing: a segment was deleted or renamed"
                : "the segment starts at seq \(header.firstSequence), which an earlier segment already holds"
            return corrupt(0, expected, reason)
        }
        return nil
    }

    private enum FrameCheck {
        case record(LogRecord, end: Int)
        /// Bytes that are not a whole, intact frame: what a torn write leaves, or damage.
        case damaged(String, incomplete: Bool)
        /// An intact frame (its CRC matches) that is not the record expected here.
        case invalid(String)
    }

    private func checkFrame(_ raw: UnsafeRawBufferPointer, at offset: Int, sequence: UInt64, chain: ChainHash)
        -> FrameCheck
    {
        let remaining = raw.count - offset
        guard remaining >= RecordCodec.frameHeaderSize else {
            return .damaged("the frame header is cut short after \(remaining) bytes", incomplete: true)
        }
        let length = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
        let stored = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
        guard length >= RecordCodec.fixedBodySize, length <= maxRecordSize else {
            return .damaged(
                "the frame gives an impossible length of \(length) bytes",
                incomplete: length > remaining - RecordCodec.frameHeaderSize)
        }
        guard length <= remaining - RecordCodec.frameHeaderSize else {
            return .damaged(
                "the record is cut short: \(remaining - RecordCodec.frameHeaderSize) of \(length) bytes",
                incomplete: true)
        }
        let body = UnsafeRawBufferPointer(
            rebasing: raw[(offset + RecordCodec.frameHeaderSize)..<(offset + RecordCodec.frameHeaderSize + length)])
        guard CRC32C.checksum(body) == stored else {
            return .damaged("the CRC-32C does not match the record's bytes", incomplete: false)
        }
        let record: LogRecord
        do { record = try RecordCodec.decode(body: body) } catch { return .invalid(error.reason) }
        guard record.sequence == sequence else {
            return .invalid("the record carries seq \(record.sequence) where seq \(sequence) belongs")
        }
        guard record.previousChainHash == chain else {
            return .invalid(
                "the chain is broken: the record names \(record.previousChainHash.hex.prefix(16))… as the hash before it, the log has \(chain.hex.prefix(16))…"
            )
        }
        return .record(record, end: offset + RecordCodec.frameHeaderSize + length)
    }

    /// Whether damage at `from` in the last segment is what a crash during a write leaves.
    ///
    /// It is, when no intact record follows it, and the damage is a frame cut short, bytes
    /// that were never written (all zero to the end), or a record with a whole 512-byte
    /// block that was never written. A complete last record that is merely wrong is not.
    private func isTornTail(_ raw: UnsafeRawBufferPointer, from: Int, incomplete: Bool, after sequence: UInt64) -> Bool
    {
        if intactRecordFollows(raw, from: from, after: sequence) { return false }
        if incomplete { return true }
        let rest = UnsafeRawBufferPointer(rebasing: raw[from...])
        if rest.allSatisfy({ $0 == 0 }) { return true }
        var block = (from + 511) / 512 * 512
        while block + 512 <= raw.count {
            if UnsafeRawBufferPointer(rebasing: raw[block..<(block + 512)]).allSatisfy({ $0 == 0 }) { return true }
            block += 512
        }
        return false
    }

    /// Whether an intact frame of some later record starts anywhere after `from`.
    private func intactRecordFollows(_ raw: UnsafeRawBufferPointer, from: Int, after sequence: UInt64) -> Bool {
        let minimum = RecordCodec.frameHeaderSize + RecordCodec.fixedBodySize
        var p = from + 1
        while p + minimum <= raw.count {
            let length = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: p, as: UInt32.self)))
            if length >= RecordCodec.fixedBodySize, length <= raw.count - p - RecordCodec.frameHeaderSize {
                let seq = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: p + 8, as: UInt64.self))
                // A later record's sequence number is at least this one and at most one per minimal frame further.
                if seq >= sequence, seq - sequence <= UInt64((raw.count - from) / minimum) {
                    let body = UnsafeRawBufferPointer(rebasing: raw[(p + 8)..<(p + 8 + length)])
                    let stored = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: p + 4, as: UInt32.self))
                    if CRC32C.checksum(body) == stored { return true }
                }
            }
            p += 1
        }
        return false
    }
}
