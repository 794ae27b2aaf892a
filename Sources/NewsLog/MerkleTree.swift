import Crypto
import Foundation
import NewsCore

/// A tree of RFC 9162 (Certificate Transparency 2.0) that can hash any range of its leaves.
///
/// leaf hash = SHA-256(0x00 ‖ leaf bytes), node hash = SHA-256(0x01 ‖ left ‖ right); the tree of
/// n leaves splits at the largest power of two below n. Roots and proofs follow from the hash
/// of a range alone, so the full tree of the tests and audits (`MerkleTree`) and the compact
/// one the log keeps as it grows (`CompactMerkleTree`) give the same answers by one code.
public protocol MerkleRanges {
    associatedtype Failure: Error
    /// The number of leaves.
    var size: Int { get }
    /// MTH(D[lo..<hi]), for 0 ≤ lo < hi ≤ size.
    func hash(_ lo: Int, _ hi: Int) throws(Failure) -> SHA256Hash
}

extension MerkleRanges {
    /// The root of the first `n` leaves (the whole tree by default); SHA-256 of nothing for 0.
    public func root(size n: Int? = nil) throws(Failure) -> SHA256Hash {
        let n = n ?? size
        precondition(n >= 0 && n <= size, "a tree of \(size) leaves has no subtree of \(n)")
        if n == 0 { return SHA256Hash.of([UInt8]()) }
        return try hash(0, n)
    }

    /// The audit path of leaf `index` in the tree of the first `n` leaves (RFC 9162, 2.1.3.1).
    public func inclusionProof(index: Int, size n: Int) throws(Failure) -> [SHA256Hash] {
        precondition(index >= 0 && index < n && n <= size)
        return try path(index, 0, n)
    }

    private func path(_ m: Int, _ lo: Int, _ hi: Int) throws(Failure) -> [SHA256Hash] {
        if hi - lo <= 1 { return [] }
        let k = MerkleTree.split(hi - lo)
        if m < k { return try path(m, lo, lo + k) + [hash(lo + k, hi)] }
        return try path(m - k, lo + k, hi) + [hash(lo, lo + k)]
    }

    /// The consistency proof between the trees of the first `m` and the first `n` leaves (RFC 9162, 2.1.4.1).
    public func consistencyProof(from m: Int, to n: Int) throws(Failure) -> [SHA256Hash] {
        precondition(m >= 0 && m <= n && n <= size)
        if m == 0 || m == n { return [] }
        return try subproof(m, 0, n, true)
    }

    private func subproof(_ m: Int, _ lo: Int, _ hi: Int, _ complete: Bool) throws(Failure) -> [SHA256Hash] {
        let n = hi - lo
        if m == n { return complete ? [] : [try hash(lo, hi)] }
        let k = MerkleTree.split(n)
        if m <= k { return try subproof(m, lo, lo + k, complete) + [hash(lo + k, hi)] }
        return try subproof(m - k, lo + k, hi, false) + [hash(lo, lo + k)]
    }
}

/// The whole tree, every leaf hash in memory: the reference, and what offline audits build
/// from a log they read from end to end.
///
/// For the log, leaf i is the record bytes of seq i + 1 (the bytes the chain hash covers), so
/// anyone can check that an event is in the log, and that a later log extends an earlier
/// one, from a root and a few hashes.
public struct MerkleTree: MerkleRanges, Sendable {
    /// The leaf hashes, in order.
    public private(set) var leaves: [SHA256Hash] = []

    public init() {}

    public init(leafHashes: [SHA256Hash]) { leaves = leafHashes }

    public var size: Int { leaves.count }

    public mutating func append(leaf bytes: UnsafeRawBufferPointer) { leaves.append(Self.leafHash(bytes)) }

    public static func leafHash(_ bytes: UnsafeRawBufferPointer) -> SHA256Hash {
        var h = SHA256()
        h.update(data: [UInt8(0)])
        h.update(bufferPointer: bytes)
        return SHA256Hash(h.finalize())
    }

    public static func nodeHash(_ left: SHA256Hash, _ right: SHA256Hash) -> SHA256Hash {
        var h = SHA256()
        h.update(data: [UInt8(1)])
        h.update(data: left.bytes)
        h.update(data: right.bytes)
        return SHA256Hash(h.finalize())
    }

    /// MTH(D[lo..<hi]), by the RFC's recursion over the leaves.
    public func hash(_ lo: Int, _ hi: Int) -> SHA256Hash { Self.hash(leaves, lo, hi) }

    /// MTH of `leaves[lo..<hi]` (hi > lo).
    static func hash(_ leaves: [SHA256Hash], _ lo: Int, _ hi: Int) -> SHA256Hash {
        if hi - lo == 1 { return leaves[lo] }
        let k = split(hi - lo)
        return nodeHash(hash(leaves, lo, lo + k), hash(leaves, lo + k, hi))
    }

    /// The largest power of two smaller than n (n > 1).
    static func split(_ n: Int) -> Int {
        var k = 1
        while k << 1 < n { k <<= 1 }
        return k
    }
}

extension LogReader {
    /// Calls `body` with each record's sequence number and its exact bytes (the Merkle leaf data).
    public func forEachRecordBytes(
        from first: UInt64 = 1, through last: UInt64? = nil, _ body: (UInt64, [UInt8]) throws -> Void
    ) throws {
        try forEachFrame(from: first, through: last, body)
    }

    /// The Merkle tree over every record this reader sees.
    public func merkleTree() throws -> MerkleTree {
        var tree = MerkleTree()
        try forEachRecordBytes { _, bytes in bytes.withUnsafeBytes { tree.append(leaf: $0) } }
        return tree
    }
}
