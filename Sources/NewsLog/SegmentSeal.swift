import NewsCore
import SystemPackage

/// What a full check of a segment that no longer takes appends found, kept beside it
/// (`segment-N.seal`) so that an open need not read the segment again.
///
/// A seal is a cache of the check, never a source of truth: it is made from the segment's
/// bytes, and `LogVerifier` makes it again and compares. An open trusts a seal whose
/// CRC-32C matches, whose sequence numbers and chain link to the segment before it, whose
/// segment has the size it gives, and whose segment's header and last record check out
/// (the last record's CRC, sequence number, and its chain hash against the seal's).
/// Anything else sends the open back to reading the whole segment, and it seals it again.
/// FORMAT.md gives the bytes.
struct SegmentSeal: Equatable, Sendable {
    static let magic: [UInt8] = Array("NEWSSEAL".utf8)
    static let formatVersion: UInt16 = 1
    static let fixedSize = 8 + 2 + 2 + 5 * 8 + 2 * 32 + 5 * 4

    struct Key: Equatable, Sendable {
        var key: String
        var sequence: UInt64
    }

    var firstSequence: UInt64
    var lastSequence: UInt64
    /// The segment file's size: its header and its records, with nothing after them.
    var size: Int64
    /// Where the frame of the last record starts.
    var lastFrameOffset: Int64
    var lastTimestamp: Int64
    /// The chain hash before the first record and after the last.
    var chainBefore: ChainHash
    var chainAfter: ChainHash
    /// Merkle leaf hashes of the segment's first records, up to the first 16-leaf block that
    /// starts in the segment (they finish a block begun in the segment before).
    var headLeaves: [SHA256Hash]
    /// The hashes of the blocks that lie wholly in the segment, 32 bytes each, in order.
    var blocks: [UInt8]
    /// Leaf hashes of the last records, after the last whole block (a block the next segment finishes).
    var tailLeaves: [SHA256Hash]
    /// Every `SegmentIndex.stride`-th record's place, as an open's scan would have noted it.
    var index: SegmentIndex
    /// The idempotency keys of the segment's appends.
    var keys: [Key]

    var recordCount: UInt64 { lastSequence - firstSequence + 1 }

    /// The seal's file name for a segment's: `segment-N.log` → `segment-N.seal`.
    static func fileName(forSegment name: String) -> String { String(name.dropLast(4)) + ".seal" }

    // MARK: Making one while a segment is read

    /// Collects a seal from the records of one segment, in order.
    struct Builder {
        private var seal: SegmentSeal
        private var block: [SHA256Hash] = []

        /// Goes on from a seal of a segment's first part, with the records after it.
        init(continuing sealed: SegmentSeal) {
            seal = sealed
            block = sealed.tailLeaves
            seal.tailLeaves = []
        }

        init(firstSequence: UInt64, chainBefore: ChainHash) {
            seal = SegmentSeal(
                firstSequence: firstSequence, lastSequence: firstSequence - 1, size: Int64(SegmentHeader.size),
                lastFrameOffset: 0, lastTimestamp: 0, chainBefore: chainBefore, chainAfter: chainBefore,
                headLeaves: [], blocks: [], tailLeaves: [], index: SegmentIndex(), keys: [])
        }

        /// Adds the next record, which must carry its leaf hash.
        mutating func add(_ record: ScannedRecord) {
            let leafHash = record.leafHash!
            seal.lastSequence = record.sequence
            seal.lastFrameOffset = record.offset
            seal.lastTimestamp = record.timestamp
            seal.chainAfter = record.chainHash
            seal.index.note(sequence: record.sequence, offset: record.offset)
            if let key = record.idempotencyKey { seal.keys.append(Key(key: key, sequence: record.sequence)) }
            // A head leaf finishes the block begun before the segment: it lies in the first record's
            // block, which did not start at the first record.
            let size = UInt64(CompactMerkleTree.blockSize)
            let first = seal.firstSequence - 1
            guard first % size == 0 || (record.sequence - 1) / size != first / size else {
                seal.headLeaves.append(leafHash)
                return
            }
            block.append(leafHash)
            if block.count == CompactMerkleTree.blockSize {
                seal.blocks.append(contentsOf: MerkleTree.hash(block, 0, block.count).bytes)
                block.removeAll(keepingCapacity: true)
            }
        }

        /// The seal of the segment whose records end at `size`, or nil if it held no record.
        func finish(size: Int64) -> SegmentSeal? {
            guard seal.lastSequence >= seal.firstSequence else { return nil }
            var out = seal
            out.size = size
            out.tailLeaves = block
            return out
        }
    }

    // MARK: Bytes

    func encoded() -> [UInt8] {
        var out = Self.magic
        out.reserveCapacity(
            Self.fixedSize + 32 * (headLeaves.count + tailLeaves.count) + blocks.count + 16 * index.sequences.count
                + keys.reduce(0) { $0 + 9 + $1.key.utf8.count })
        RecordCodec.putLE(&out, Self.formatVersion)
        RecordCodec.putLE(&out, UInt16(0))
        RecordCodec.putLE(&out, firstSequence)
        RecordCodec.putLE(&out, lastSequence)
        RecordCodec.putLE(&out, UInt64(bitPattern: size))
        RecordCodec.putLE(&out, UInt64(bitPattern: lastFrameOffset))
        RecordCodec.putLE(&out, UInt64(bitPattern: lastTimestamp))
        out += chainBefore.bytes
        out += chainAfter.bytes
        for count in [headLeaves.count, blocks.count / 32, tailLeaves.count, index.sequences.count, keys.count] {
            RecordCodec.putLE(&out, UInt32(count))
        }
        for leaf in headLeaves { out += leaf.bytes }
        out += blocks
        for leaf in tailLeaves { out += leaf.bytes }
        for (sequence, offset) in zip(index.sequences, index.offsets) {
            RecordCodec.putLE(&out, sequence)
            RecordCodec.putLE(&out, UInt64(bitPattern: offset))
        }
        for key in keys {
            RecordCodec.putLE(&out, key.sequence)
            out.append(UInt8(key.key.utf8.count))
            out += key.key.utf8
        }
        let crc = out.withUnsafeBytes { CRC32C.checksum($0) }
        RecordCodec.putLE(&out, crc)
        return out
    }

    /// Parses a seal; throws the reason the bytes are not a sound one.
    static func decode(_ bytes: [UInt8]) throws -> SegmentSeal {
        guard bytes.count >= fixedSize + 4 else { throw RecordDamage("the seal is cut short at \(bytes.count) bytes") }
        return try bytes.withUnsafeBytes { raw throws -> SegmentSeal in
            let body = UnsafeRawBufferPointer(rebasing: raw[0..<(raw.count - 4)])
            let stored = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: raw.count - 4, as: UInt32.self))
            guard CRC32C.checksum(body) == stored else {
                throw RecordDamage("the seal's CRC-32C does not match")
            }
            guard Array(raw[0..<8]) == magic else { throw RecordDamage("no seal magic at the start") }
            var at = 8
            func int<T: FixedWidthInteger>(_: T.Type) -> T {
                defer { at += MemoryLayout<T>.size }
                return T(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: T.self))
            }
            func hashes(_ n: Int) -> [SHA256Hash] {
                defer { at += 32 * n }
                return (0..<n).map { SHA256Hash(bytes: Array(raw[(at + 32 * $0)..<(at + 32 * $0 + 32)]))! }
            }
            let version = int(UInt16.self)
            guard version == formatVersion else {
                throw RecordDamage("seal format version \(version) is not one this build reads (\(formatVersion))")
            }
            guard int(UInt16.self) == 0 else { throw RecordDamage("the seal's reserved bytes are not zero") }
            let first = int(UInt64.self)
            let last = int(UInt64.self)
            let size = Int64(bitPattern: int(UInt64.self))
            let lastFrame = Int64(bitPattern: int(UInt64.self))
            let timestamp = Int64(bitPattern: int(UInt64.self))
            let before = hashes(2)
            let counts = (0..<5).map { _ in Int(int(UInt32.self)) }
            let (heads, blockCount, tails, indexed, keyCount) = (counts[0], counts[1], counts[2], counts[3], counts[4])
            let records = last &- first &+ 1
            let b = UInt64(CompactMerkleTree.blockSize)
            guard first >= 1, last >= first, UInt64(heads) == min(records, (b - (first - 1) % b) % b),
                tails < CompactMerkleTree.blockSize,
                UInt64(heads + tails) + UInt64(blockCount) * UInt64(CompactMerkleTree.blockSize) == records,
                indexed >= 1, UInt64(indexed) <= records, UInt64(keyCount) <= records,
                lastFrame >= Int64(SegmentHeader.size), size > lastFrame,
                fixedSize + 32 * (heads + blockCount + tails) + 16 * indexed + 9 * keyCount <= body.count
            else { throw RecordDamage("the seal's counts do not fit each other or its size") }
            let headLeaves = hashes(heads)
            let blocks = Array(raw[at..<(at + 32 * blockCount)])
            at += 32 * blockCount
            let tailLeaves = hashes(tails)
            var index = SegmentIndex()
            for _ in 0..<indexed {
                let sequence = int(UInt64.self)
                let offset = Int64(bitPattern: int(UInt64.self))
                guard sequence >= first, sequence <= last, sequence == first || sequence % SegmentIndex.stride == 0,
                    offset >= Int64(SegmentHeader.size), offset <= lastFrame,
                    index.sequences.last.map({ sequence > $0 }) ?? (sequence == first)
                else { throw RecordDamage("the seal's index is out of order or outside the segment") }
                index.note(sequence: sequence, offset: offset)
            }
            var keys: [Key] = []
            keys.reserveCapacity(keyCount)
            for _ in 0..<keyCount {
                guard at + 9 <= body.count else { throw RecordDamage("the seal's keys run past its end") }
                let sequence = int(UInt64.self)
                let length = Int(int(UInt8.self))
                guard length > 0, at + length <= body.count, sequence >= first, sequence <= last,
                    let key = String(validating: raw[at..<(at + length)], as: UTF8.self)
                else { throw RecordDamage("the seal holds a key that is not one") }
                at += length
                keys.append(Key(key: key, sequence: sequence))
            }
            guard at == body.count else { throw RecordDamage("the seal has \(body.count - at) bytes after its keys") }
            return SegmentSeal(
                firstSequence: first, lastSequence: last, size: size, lastFrameOffset: lastFrame,
                lastTimestamp: timestamp, chainBefore: ChainHash(uncheckedBytes: before[0].bytes),
                chainAfter: ChainHash(uncheckedBytes: before[1].bytes), headLeaves: headLeaves, blocks: blocks,
                tailLeaves: tailLeaves, index: index, keys: keys)
        }
    }

    // MARK: Files

    /// The seal beside segment `name`, nil if there is none; throws `RecordDamage` if it is not sound.
    static func read(directory: FilePath, segment name: String) throws -> SegmentSeal? {
        let path = directory.appending(fileName(forSegment: name))
        let fd: FileDescriptor
        do {
            fd = try FileDescriptor.open(path, .readOnly, options: [.closeOnExec])
        } catch Errno.noSuchFileOrDirectory {
            return nil
        }
        defer { try? fd.close() }
        return try decode(FileOps.read(fd, at: 0, count: Int(FileOps.size(fd))))
    }

    /// Writes the seal of segment `name` durably, replacing any seal there was.
    func write(directory: FilePath, segment name: String) throws {
        do {
            try FileOps.writeDurably(encoded(), to: directory, name: Self.fileName(forSegment: name))
        } catch let e as Errno {
            throw LogError.io("cannot write the seal of \(name)", e)
        }
    }

    /// Whether segment `name` still is what this seal says: its size (at least that, if it
    /// `mayHaveGrown`: the last segment, whose first part a seal may cover), its header, and its
    /// last record (its frame, CRC-32C, sequence number, the end of its append, and its chain hash
    /// from the hash before it that it stores). The records between are not read.
    func fits(directory: FilePath, segment name: String, maxRecordSize: Int, mayHaveGrown: Bool = false) throws
        -> String?
    {
        let fd = try FileDescriptor.open(directory.appending(name), .readOnly, options: [.closeOnExec])
        defer { try? fd.close() }
        let fileSize = try FileOps.size(fd)
        guard fileSize == size || (mayHaveGrown && fileSize > size) else {
            return "the segment is \(fileSize) bytes, its seal says \(size)"
        }
        let header = try FileOps.read(fd, at: 0, count: SegmentHeader.size)
        guard let h = try? header.withUnsafeBytes({ try SegmentHeader.decode($0) }), h.firstSequence == firstSequence
        else {
            return "the segment's header does not name seq \(firstSequence)"
        }
        let frame = try FileOps.read(fd, at: lastFrameOffset, count: Int(size - lastFrameOffset))
        return frame.withUnsafeBytes { raw -> String? in
            guard raw.count >= RecordCodec.frameHeaderSize + RecordCodec.fixedBodySize,
                Int(raw.loadUnaligned(as: UInt32.self).littleEndian) == raw.count - RecordCodec.frameHeaderSize,
                raw.count - RecordCodec.frameHeaderSize <= maxRecordSize
            else { return "the last record's frame does not end where the segment does" }
            let body = UnsafeRawBufferPointer(rebasing: raw[RecordCodec.frameHeaderSize...])
            guard CRC32C.checksum(body) == UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4, as: UInt32.self))
            else { return "the last record's CRC-32C does not match" }
            guard let record = try? RecordCodec.decode(body: body), record.sequence == lastSequence,
                !record.continues, record.timestamp == lastTimestamp,
                ChainHash.next(after: record.previousChainHash, record: body) == chainAfter
            else { return "the last record is not the one the seal names" }
            return nil
        }
    }
}

extension CompactMerkleTree {
    /// Adds a sealed segment's leaves: its head leaves, whole blocks and tail leaves, in order.
    /// The tree must end where the segment starts.
    mutating func append(sealed seal: SegmentSeal) {
        precondition(size == Int(seal.firstSequence - 1), "a seal is added at the tree's end")
        for leaf in seal.headLeaves { append(leafHash: leaf) }
        seal.blocks.withUnsafeBytes { raw in
            for start in stride(from: 0, to: raw.count, by: 32) {
                append(blockHash: SHA256Hash(bytes: Array(raw[start..<(start + 32)]))!)
            }
        }
        for leaf in seal.tailLeaves { append(leafHash: leaf) }
    }
}
