import SystemPackage

/// Reads durable records in order from any sequence number, without taking the writer lock.
///
/// A reader is a snapshot of the log's durable end when it was made: `EventLog.reader()`
/// for a running log, or `LogReader.open(directory:)` for a directory on its own (a copy, or
/// one a daemon is writing to), which checks the whole log first. Each read checks every
/// record's CRC-32C again.
public struct LogReader: Sendable {
    public let directory: FilePath
    let head: EventLog.Head
    let maxRecordSize: Int

    init(directory: FilePath, head: EventLog.Head, maxRecordSize: Int) {
        self.directory = directory
        self.head = head
        self.maxRecordSize = maxRecordSize
    }

    /// Opens a log directory read-only, after checking it from end to end.
    ///
    /// Stops before a torn tail (it does not cut it: that is the writer's job) and throws
    /// `.corrupt` for any other damage.
    public static func open(directory: FilePath, maxRecordSize: Int = EventLog.Configuration().maxRecordSize) throws
        -> LogReader
    {
        let outcome = try LogScanner(directory: directory, maxRecordSize: maxRecordSize).scanLog()
        if case .corrupt(let location, let reason) = outcome.problem {
            throw Recovery.corruption(directory: directory, location: location, reason: reason)
        }
        return LogReader(directory: directory, head: EventLog.Head(outcome), maxRecordSize: maxRecordSize)
    }

    /// The last sequence number this reader sees.
    public var lastSequence: UInt64 { head.lastSequence }

    /// The chain hash after `lastSequence`.
    public var chainHash: ChainHash { head.chainHash }

    /// The segment files this reader sees, in order.
    public var segmentNames: [String] { head.segments.map(\.name) }

    /// The record with sequence number `sequence`; throws `.notFound` past the end.
    /// It steps from the nearest indexed record before it, reading 16 kB at a time (`records(at:)`).
    public func record(at sequence: UInt64) throws -> LogRecord { try records(at: [sequence])[0] }

    /// Up to `limit` records from `first` on.
    public func records(from first: UInt64, limit: Int = .max) throws -> [LogRecord] {
        guard limit > 0 else { return [] }
        var out: [LogRecord] = []
        let last = first > head.lastSequence ? first : min(head.lastSequence, first &+ UInt64(limit - 1))
        try forEachRecord(from: first, through: last) { out.append($0) }
        return out
    }

    /// Calls `body` with each record from `first` through `last` (the reader's end if nil), in order.
    public func forEachRecord(from first: UInt64, through last: UInt64? = nil, _ body: (LogRecord) throws -> Void)
        throws
    {
        try forEachFrame(from: first, through: last) { try body(Self.record($0, $1)) }
    }

    /// The records at these sequence numbers, read in order: one open and one buffer per
    /// segment, stepping from record to record or from the nearest index entry, whichever is
    /// nearer. Throws `.notFound` if one is not in the log.
    public func records(at sequences: some Collection<UInt64>) throws -> [LogRecord] {
        let wanted = Set(sequences).sorted()
        if let missing = wanted.first(where: { $0 < 1 || $0 > head.lastSequence }) {
            throw LogError(.notFound, "seq \(missing) is not in the log, which ends at seq \(lastSequence)")
        }
        var out: [LogRecord] = []
        out.reserveCapacity(wanted.count)
        var k = 0
        for (i, segment) in head.segments.enumerated() where k < wanted.count {
            let last = i + 1 < head.segments.count ? head.segments[i + 1].firstSequence - 1 : head.lastSequence
            guard wanted[k] <= last else { continue }
            var frames = try FrameReader(
                directory: directory, segment: segment.name, end: segment.end, readAhead: 16 << 10)
            var sequence = segment.firstSequence
            var offset = Int64(SegmentHeader.size)
            while k < wanted.count && wanted[k] <= last {
                let target = wanted[k]
                if let entry = segment.index.entry(atOrBefore: target), entry.sequence > sequence {
                    (sequence, offset) = entry
                }
                while sequence < target {
                    offset = try frames.next(after: offset, sequence: sequence, maxRecordSize: maxRecordSize)
                    sequence += 1
                }
                let (bytes, next) = try frames.frame(at: offset, sequence: target, maxRecordSize: maxRecordSize)
                out.append(try Self.record(target, bytes))
                (offset, sequence, k) = (next, target + 1, k + 1)
            }
        }
        guard out.count == wanted.count else {
            throw LogError(
                .corrupt, "the log changed after it was checked: \(wanted.count - out.count) records are gone")
        }
        return out
    }

    /// A record from its checked bytes, which must carry the sequence number it was read at.
    private static func record(_ sequence: UInt64, _ bytes: [UInt8]) throws -> LogRecord {
        try bytes.withUnsafeBytes { RecordCodec.decode(try checkedView(sequence, $0)) }
    }

    /// The fields of a record's checked bytes, which must carry the sequence number it was read at.
    static func checkedView(_ sequence: UInt64, _ body: UnsafeRawBufferPointer) throws(LogError) -> RecordView {
        let view: RecordView
        do { view = try RecordCodec.view(body: body) } catch {
            throw LogError(.corrupt, "the log changed after it was checked: \(error.reason)", location: nil)
        }
        guard view.sequence == sequence else {
            throw LogError(
                .corrupt, "the log changed after it was checked: seq \(sequence) carries seq \(view.sequence)")
        }
        return view
    }

    /// Calls `body` with each record's sequence number and bytes, CRC checked, in order (the
    /// records between the nearest indexed one and `first` are only stepped over); reads
    /// the segments `readAhead` bytes at a time (less for a few records, more for many).
    func forEachFrame(
        from first: UInt64, through last: UInt64? = nil, readAhead: Int = 1 << 20,
        _ body: (UInt64, [UInt8]) throws -> Void
    ) throws {
        try forEachFrameInPlace(from: first, through: last, readAhead: readAhead) { try body($0, Array($1)) }
    }

    /// `forEachFrame`, with each record's bytes where they lie in the read buffer, valid only
    /// during the call.
    func forEachFrameInPlace(
        from first: UInt64, through last: UInt64? = nil, readAhead: Int = 1 << 20,
        _ body: (UInt64, UnsafeRawBufferPointer) throws -> Void
    ) throws {
        let first = max(first, 1)
        let last = min(last ?? head.lastSequence, head.lastSequence)
        guard first <= last else { return }
        var i = head.segments.count - 1
        while i > 0 && head.segments[i].firstSequence > first { i -= 1 }
        var sequence = head.segments[i].firstSequence
        var offset = Int64(SegmentHeader.size)
        if let entry = head.segments[i].index.entry(atOrBefore: first) { (sequence, offset) = entry }
        while i < head.segments.count && sequence <= last {
            let segment = head.segments[i]
            var frames = try FrameReader(
                directory: directory, segment: segment.name, end: segment.end, readAhead: readAhead)
            while offset < segment.end && sequence <= last {
                if sequence < first {
                    // Records before the first asked for are stepped over by their length alone: a
                    // wrong length lands on bytes whose CRC or sequence number does not match.
                    offset = try frames.next(after: offset, sequence: sequence, maxRecordSize: maxRecordSize)
                } else {
                    offset = try frames.withFrame(at: offset, sequence: sequence, maxRecordSize: maxRecordSize) {
                        try body(sequence, $0)
                    }
                }
                sequence += 1
            }
            i += 1
            offset = Int64(SegmentHeader.size)
        }
    }

    /// Reads frames from one segment through a buffer, checking each CRC-32C.
    private struct FrameReader: ~Copyable {
        let name: String
        let fd: FileDescriptor
        let end: Int64
        let readAhead: Int
        var buffer: [UInt8] = []
        var bufferStart: Int64 = 0

        init(directory: FilePath, segment: String, end: Int64, readAhead: Int) throws {
            name = segment
            self.end = end
            self.readAhead = readAhead
            do {
                fd = try FileDescriptor.open(directory.appending(segment), .readOnly, options: [.closeOnExec])
            } catch let e as Errno {
                throw LogError.io("cannot open segment \(segment)", e)
            }
        }

        deinit { try? fd.close() }

        /// The offset after the frame at `offset`, from its header alone.
        mutating func next(after offset: Int64, sequence: UInt64, maxRecordSize: Int) throws -> Int64 {
            try fill(offset, RecordCodec.frameHeaderSize)
            let at = Int(offset - bufferStart)
            let length = buffer.withUnsafeBytes {
                Int(UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
            }
            guard length >= RecordCodec.fixedBodySize, length <= maxRecordSize,
                offset + Int64(RecordCodec.frameHeaderSize + length) <= end
            else {
                throw LogError(
                    .corrupt, "the log changed after it was checked: a frame gives an impossible length of \(length)",
                    location: LogLocation(segment: name, offset: offset, sequence: sequence))
            }
            return offset + Int64(RecordCodec.frameHeaderSize + length)
        }

        /// The record bytes of the frame at `offset`, and the offset after it.
        mutating func frame(at offset: Int64, sequence: UInt64, maxRecordSize: Int) throws -> ([UInt8], Int64) {
            var bytes: [UInt8] = []
            let next = try withFrame(at: offset, sequence: sequence, maxRecordSize: maxRecordSize) { bytes = Array($0) }
            return (bytes, next)
        }

        /// Calls `body` with the record bytes of the frame at `offset`, where they lie in the
        /// buffer; returns the offset after it.
        mutating func withFrame(
            at offset: Int64, sequence: UInt64, maxRecordSize: Int, _ body: (UnsafeRawBufferPointer) throws -> Void
        ) throws -> Int64 {
            try fill(offset, RecordCodec.frameHeaderSize)
            let at = Int(offset - bufferStart)
            let (length, stored) = buffer.withUnsafeBytes {
                (
                    Int(UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: at, as: UInt32.self))),
                    UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: at + 4, as: UInt32.self))
                )
            }
            let location = LogLocation(segment: name, offset: offset, sequence: sequence)
            guard length >= RecordCodec.fixedBodySize, length <= maxRecordSize,
                offset + Int64(RecordCodec.frameHeaderSize + length) <= end
            else {
                throw LogError(
                    .corrupt, "the log changed after it was checked: a frame gives an impossible length of \(length)",
                    location: location)
            }
            try fill(offset, RecordCodec.frameHeaderSize + length)
            let start = Int(offset - bufferStart) + RecordCodec.frameHeaderSize
            try buffer.withUnsafeBytes { raw in
                let bytes = UnsafeRawBufferPointer(rebasing: raw[start..<(start + length)])
                guard CRC32C.checksum(bytes) == stored else {
                    throw LogError(
                        .corrupt, "the log changed after it was checked: a record's CRC-32C does not match",
                        location: location)
                }
                try body(bytes)
            }
            return offset + Int64(RecordCodec.frameHeaderSize + length)
        }

        /// Makes `count` bytes from `offset` available in the buffer.
        private mutating func fill(_ offset: Int64, _ count: Int) throws {
            if offset >= bufferStart && offset + Int64(count) <= bufferStart + Int64(buffer.count) { return }
            let want = Int(min(max(Int64(count), Int64(readAhead)), end - offset))
            do {
                buffer = try FileOps.read(fd, at: offset, count: want)
            } catch let e as Errno {
                throw LogError.io("cannot read segment \(name)", e)
            }
            bufferStart = offset
            guard buffer.count >= count else {
                throw LogError(
                    .corrupt, "segment \(name) is shorter than the log expects",
                    location: LogLocation(segment: name, offset: offset, sequence: 0))
            }
        }
    }
}

extension EventLog {
    /// A reader of every record durable now.
    public func reader() -> LogReader {
        LogReader(directory: directory, head: head.withLock { $0 }, maxRecordSize: configuration.maxRecordSize)
    }
}
