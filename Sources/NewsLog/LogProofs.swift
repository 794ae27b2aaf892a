import NewsCore

/// The answers of the Merkle methods, the same online and offline: the tree's head, a record's
/// inclusion, and the consistency of two sizes.
///
/// Offline (an auditor's copy of a state directory) they come from the full tree, built by
/// reading the log from end to end. Online they come from the compact tree the log keeps as
/// it appends, in O(log n) hashes and a read of at most three blocks of records.
public enum LogProofs {
    /// Why a proof cannot be given.
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    // MARK: Offline, from the full tree

    public static func head(_ reader: LogReader) throws -> TreeHead {
        let tree = try reader.merkleTree()
        return TreeHead(size: tree.size, root: tree.root())
    }

    public static func inclusion(_ reader: LogReader, seq: UInt64, treeSize: Int?) throws -> InclusionProof {
        let tree = try reader.merkleTree()
        return try inclusion(in: tree, logSize: tree.size, seq: seq, treeSize: treeSize) {
            try reader.record(bytesAt: $0)
        }
    }

    public static func consistency(_ reader: LogReader, first: Int, second: Int?) throws -> ConsistencyProof {
        let tree = try reader.merkleTree()
        return try consistency(in: tree, logSize: tree.size, first: first, second: second)
    }

    // MARK: Online, from the log's compact tree

    /// The head of everything durable now.
    public static func head(_ log: EventLog) -> TreeHead {
        log.merkle.withLock { TreeHead(size: $0.size, root: $0.root()) }
    }

    public static func inclusion(_ log: EventLog, seq: UInt64, treeSize: Int?) throws -> InclusionProof {
        let reader = log.reader()
        let logSize = Int(reader.lastSequence)
        let (n, index) = try checkInclusion(logSize: logSize, seq: seq, treeSize: treeSize)
        // The leaf's own block is read for its neighbours' hashes; its bytes come with it.
        var leaf: [UInt8] = []
        let blocks = try reader.leafBlocks(CompactMerkleTree.blocks(leaf: index, sizes: [n]), through: n) {
            if $0 == seq { leaf = $1 }
        }
        guard !leaf.isEmpty else {
            throw LogError(.notFound, "seq \(seq) is not in the log, which ends at seq \(reader.lastSequence)")
        }
        // Under the lock: a copy of the tree kept past it would make the writer's next append copy every level.
        return try log.merkle.withLock { tree in
            try inclusion(in: tree.ranges(blocks: blocks), logSize: logSize, seq: seq, treeSize: treeSize) { _ in leaf }
        }
    }

    public static func consistency(_ log: EventLog, first: Int, second: Int?) throws -> ConsistencyProof {
        let reader = log.reader()
        let logSize = Int(reader.lastSequence)
        let n = try checkConsistency(logSize: logSize, first: first, second: second)
        let blocks = try reader.leafBlocks(CompactMerkleTree.blocks(sizes: [first, n]), through: n)
        return try log.merkle.withLock { tree in
            try consistency(in: tree.ranges(blocks: blocks), logSize: logSize, first: first, second: second)
        }
    }

    // MARK: Shared

    private static func checkInclusion(logSize: Int, seq: UInt64, treeSize: Int?) throws -> (size: Int, index: Int) {
        let n = treeSize ?? logSize
        guard n >= 1, n <= logSize else { throw Refusal(description: "the tree size must be from 1 to \(logSize)") }
        guard seq >= 1, seq <= UInt64(n) else {
            throw Refusal(description: "seq \(seq) is not in a tree of \(n) records")
        }
        return (n, Int(seq - 1))
    }

    private static func checkConsistency(logSize: Int, first: Int, second: Int?) throws -> Int {
        let n = second ?? logSize
        guard first >= 1, first <= n, n <= logSize else {
            throw Refusal(description: "need 1 ≤ first ≤ second ≤ \(logSize)")
        }
        return n
    }

    /// An inclusion proof from `tree`, which holds at least the log's first `logSize` leaves.
    static func inclusion(
        in tree: some MerkleRanges, logSize: Int, seq: UInt64, treeSize: Int?, leaf: (UInt64) throws -> [UInt8]
    ) throws -> InclusionProof {
        let (n, index) = try checkInclusion(logSize: logSize, seq: seq, treeSize: treeSize)
        return InclusionProof(
            seq: seq, leafIndex: index, treeSize: n, leaf: try leaf(seq), leafHash: try tree.hash(index, index + 1),
            path: try tree.inclusionProof(index: index, size: n), root: try tree.root(size: n))
    }

    /// A consistency proof from `tree`, which holds at least the log's first `logSize` leaves.
    static func consistency(in tree: some MerkleRanges, logSize: Int, first: Int, second: Int?) throws
        -> ConsistencyProof
    {
        let n = try checkConsistency(logSize: logSize, first: first, second: second)
        return ConsistencyProof(
            first: TreeHead(size: first, root: try tree.root(size: first)),
            second: TreeHead(size: n, root: try tree.root(size: n)),
            path: try tree.consistencyProof(from: first, to: n))
    }
}

extension LogReader {
    /// The exact bytes of the record at `sequence` (its Merkle leaf data).
    func record(bytesAt sequence: UInt64) throws -> [UInt8] {
        var found: [UInt8]?
        try forEachFrame(from: sequence, through: sequence, readAhead: 64 << 10) { found = $1 }
        guard let found else {
            throw LogError(.notFound, "seq \(sequence) is not in the log, which ends at seq \(lastSequence)")
        }
        return found
    }

    /// The leaf hashes of each of `blocks` (of `CompactMerkleTree.blockSize` leaves), up to
    /// leaf `end` (exclusive); `body` sees each record read.
    func leafBlocks(
        _ blocks: Set<Int>, through end: Int, _ body: (UInt64, [UInt8]) throws -> Void = { _, _ in }
    ) throws -> [Int: [SHA256Hash]] {
        var out: [Int: [SHA256Hash]] = [:]
        let size = CompactMerkleTree.blockSize
        for block in blocks {
            var leaves: [SHA256Hash] = []
            leaves.reserveCapacity(size)
            let first = UInt64(block * size) + 1
            let last = UInt64(min(block * size + size, end))
            try forEachFrame(from: first, through: last, readAhead: 64 << 10) { sequence, bytes in
                leaves.append(bytes.withUnsafeBytes { MerkleTree.leafHash($0) })
                try body(sequence, bytes)
            }
            out[block] = leaves
        }
        return out
    }
}
