import NewsCore

/// The log's RFC 9162 tree, kept as records are appended, in about 4 bytes a leaf.
///
/// The leaves are taken in blocks of `blockSize`. The tree keeps the hash of every complete,
/// aligned subtree of a block or more (each computed once, when its last leaf arrives), and the
/// leaf hashes of the last block while it is incomplete. That is enough for the root of the
/// whole tree with no I/O. A proof, or the root of an earlier size, also needs the leaf hashes
/// of at most three complete blocks (the leaf's, and the last of each tree size involved), which
/// the caller reads from the log and passes in: `blockSize` records each, found through the
/// segment index. Every such answer costs O(log n) hashes and never reads the whole log.
public struct CompactMerkleTree: Sendable {
    /// Leaves per block: 2^blockLevel.
    public static let blockLevel = 4
    public static let blockSize = 1 << blockLevel

    /// `levels[j]` holds the hashes of the complete, aligned subtrees of `blockSize << j`
    /// leaves, in order, 32 bytes each back to back.
    private var levels: [[UInt8]] = []
    /// The leaf hashes of the last block, while it is incomplete.
    private var tail: [SHA256Hash] = []
    /// The number of leaves.
    public private(set) var size = 0

    public init() {}

    /// Adds the next leaf, by its leaf hash (`MerkleTree.leafHash` of the record bytes).
    public mutating func append(leafHash: SHA256Hash) {
        tail.append(leafHash)
        size += 1
        guard tail.count == Self.blockSize else { return }
        let hash = MerkleTree.hash(tail, 0, tail.count)
        tail.removeAll(keepingCapacity: true)
        store(block: hash)
    }

    /// Adds the next `blockSize` leaves at once, by the hash of their block; the tree must end
    /// at a block's boundary. (A sealed segment's whole blocks come in so.)
    public mutating func append(blockHash: SHA256Hash) {
        precondition(tail.isEmpty, "a block is added at a block's boundary")
        size += Self.blockSize
        store(block: blockHash)
    }

    /// Stores a complete block's hash and every subtree it completes.
    private mutating func store(block: SHA256Hash) {
        var hash = block
        var level = 0
        while true {
            if level == levels.count { levels.append([]) }
            levels[level].append(contentsOf: hash.bytes)
            let count = levels[level].count / 32
            // An even count completes the subtree one level up.
            if count % 2 == 1 { break }
            hash = MerkleTree.nodeHash(stored(level, count - 2), stored(level, count - 1))
            level += 1
        }
    }

    private func stored(_ level: Int, _ index: Int) -> SHA256Hash {
        SHA256Hash(bytes: Array(levels[level][(index * 32)..<(index * 32 + 32)]))!
    }

    /// The root of the whole tree: stored hashes and the last block's leaves, no I/O.
    public func root() -> SHA256Hash {
        // The tree's own size needs no complete block's leaves.
        try! ranges(blocks: [:]).root()
    }

    /// Bytes of memory held for the hashes, about: the levels' buffers, and for each leaf hash of
    /// the last block its reference and its 32 bytes on the heap with their header.
    public var footprint: Int { levels.reduce(0) { $0 + $1.capacity } + tail.capacity * 72 }

    /// A view that hashes any range of the tree, given the leaf hashes of the complete blocks
    /// the ranges end in (block index → its leaf hashes, in order, at least as far as needed).
    /// Use it while the tree cannot change: the view shares the tree's storage, so an append
    /// while it lives copies every level.
    public func ranges(blocks: [Int: [SHA256Hash]]) -> Ranges { Ranges(tree: self, blocks: blocks) }

    /// The blocks whose leaves a proof of leaf `index` in the tree of `n` leaves, or of the
    /// consistency of the trees of `m` and `n` leaves, may need: those of the leaf and of each
    /// tree's last leaf.
    public static func blocks(leaf index: Int? = nil, sizes: [Int]) -> Set<Int> {
        var out = Set(sizes.filter { $0 > 0 }.map { ($0 - 1) / blockSize })
        if let index { out.insert(index / blockSize) }
        return out
    }

    /// A range hasher over the compact tree; see `ranges(blocks:)`.
    public struct Ranges: MerkleRanges {
        let tree: CompactMerkleTree
        let blocks: [Int: [SHA256Hash]]

        public var size: Int { tree.size }

        public func hash(_ lo: Int, _ hi: Int) throws(MissingBlock) -> SHA256Hash {
            precondition(lo >= 0 && lo < hi && hi <= tree.size)
            let n = hi - lo
            let b = CompactMerkleTree.blockSize
            if n >= b && n & (n - 1) == 0 && lo % n == 0 {
                return tree.stored(n.trailingZeroBitCount - CompactMerkleTree.blockLevel, lo / n)
            }
            let block = lo / b
            if block == (hi - 1) / b {
                let start = block * b
                let leaves: [SHA256Hash]
                if let given = blocks[block], given.count >= hi - start {
                    leaves = given
                } else if start == tree.size - tree.tail.count {
                    leaves = tree.tail
                } else {
                    throw MissingBlock(block: block)
                }
                return MerkleTree.hash(leaves, lo - start, hi - start)
            }
            let k = MerkleTree.split(n)
            return MerkleTree.nodeHash(try hash(lo, lo + k), try hash(lo + k, hi))
        }
    }

    /// A hash needed the leaves of a complete block that were not given: a caller's mistake.
    public struct MissingBlock: Error, Sendable, CustomStringConvertible {
        public var block: Int
        public var description: String { "the leaves of block \(block) are needed and were not read" }
    }
}
