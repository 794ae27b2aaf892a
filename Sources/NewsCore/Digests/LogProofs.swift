/// What the log's Merkle tree (RFC 9162) proves, as plain values; NewsLog computes them from the
/// log, and the wire (NewsIPC) and newsctl present them.

/// The tree's size and root.
public struct TreeHead: Sendable, Hashable {
    public var size: Int
    public var root: SHA256Hash
    public init(size: Int, root: SHA256Hash) {
        self.size = size
        self.root = root
    }
}

/// That the record at `seq` (leaf `leafIndex`, whose bytes are `leaf`) is in the tree of
/// `treeSize` leaves whose root is `root`: hash the leaf up the `path`.
public struct InclusionProof: Sendable, Hashable {
    public var seq: UInt64
    public var leafIndex: Int
    public var treeSize: Int
    public var leaf: [UInt8]
    public var leafHash: SHA256Hash
    public var path: [SHA256Hash]
    public var root: SHA256Hash
    public init(
        seq: UInt64, leafIndex: Int, treeSize: Int, leaf: [UInt8], leafHash: SHA256Hash, path: [SHA256Hash],
        root: SHA256Hash
    ) {
        self.seq = seq
        self.leafIndex = leafIndex
        self.treeSize = treeSize
        self.leaf = leaf
        self.leafHash = leafHash
        self.path = path
        self.root = root
    }
}

/// That the tree of `second` leaves extends the tree of `first`: their roots, and the path
/// that links them.
public struct ConsistencyProof: Sendable, Hashable {
    public var first: TreeHead
    public var second: TreeHead
    public var path: [SHA256Hash]
    public init(first: TreeHead, second: TreeHead, path: [SHA256Hash]) {
        self.first = first
        self.second = second
        self.path = path
    }
}

/// A whole check of a state directory: the log's records and chain, its Merkle tree, the
/// snapshots and the latest checkpoint, each with what was found.
public struct StateCheck: Sendable, Hashable {
    public var intact: Bool
    public var records: UInt64
    public var segments: Int
    public var chainHash: SHA256Hash
    /// The Merkle tree's head; nil when the log is too damaged to read.
    public var tree: TreeHead?
    /// One line a snapshot: its seq and whether it is intact and bound to the log.
    public var snapshots: [String]
    /// The latest signed checkpoint and what became of it.
    public var checkpoint: String?
    /// The first problem in the log, if any.
    public var finding: String?
    public init(
        intact: Bool, records: UInt64, segments: Int, chainHash: SHA256Hash, tree: TreeHead?, snapshots: [String],
        checkpoint: String?, finding: String?
    ) {
        self.intact = intact
        self.records = records
        self.segments = segments
        self.chainHash = chainHash
        self.tree = tree
        self.snapshots = snapshots
        self.checkpoint = checkpoint
        self.finding = finding
    }
}
