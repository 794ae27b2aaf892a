import Crypto
import Foundation
import NewsCore

/// The Merkle tree of RFC 9162 (Certificate Transparency 2.0) over a sequence of leaves.
///
/// leaf hash = SHA-256(0x00 ‖ leaf bytes), node hash = SHA-256(0x01 ‖ left ‖ right); the tree of
/// n leaves splits at the largest power of two below n. For the log, leaf i is the record bytes
/// of seq i + 1 (the bytes the chain hash covers), so anyone can check that an event is in the
/// log, and that a later log extends an earlier one, from a root and a few hashes.
public struct MerkleTree: Sendable {
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
        h.update(data: [UInt8(1)] + left.bytes + right.bytes)
        return SHA256Hash(h.finalize())
    }

    /// The root of the first `n` leaves (the whole tree by default); SHA-256 of nothing for 0.
    public func root(size n: Int? = nil) -> SHA256Hash {
        let n = n ?? size
        precondition(n >= 0 && n <= size, "a tree of \(size) leaves has no subtree of \(n)")
        if n == 0 { return SHA256Hash.of([UInt8]()) }
        return hash(0, n)
    }

    /// MTH(D[lo..<hi]).
    private func hash(_ lo: Int, _ hi: Int) -> SHA256Hash {
        if hi - lo == 1 { return leaves[lo] }
        let k = Self.split(hi - lo)
        return Self.nodeHash(hash(lo, lo + k), hash(lo + k, hi))
    }

    /// The largest power of two smaller than n (n > 1).
    static func split(_ n: Int) -> Int {
        var k = 1
        while k << 1 < n { k <<= 1 }
        return k
    }

    /// The audit path of leaf `index` in the tree of the first `n` leaves (RFC 9162, 2.1.3.1).
    public func inclusionProof(index: Int, size n: Int) -> [SHA256Hash] {
        precondition(index >= 0 && index < n && n <= size)
        return path(index, 0, n)
    }

    private func path(_ m: Int, _ lo: Int, _ hi: Int) -> [SHA256Hash] {
        if hi - lo <= 1 { return [] }
        let k = Self.split(hi - lo)
        if m < k { return path(m, lo, lo + k) + [hash(lo + k, hi)] }
        return path(m - k, lo + k, hi) + [hash(lo, lo + k)]
    }

    /// The consistency proof between the trees of the first `m` and the first `n` leaves (RFC 9162, 2.1.4.1).
    public func consistencyProof(from m: Int, to n: Int) -> [SHA256Hash] {
        precondition(m >= 0 && m <= n && n <= size)
        if m == 0 || m == n { return [] }
        return subproof(m, 0, n, true)
    }

    private func subproof(_ m: Int, _ lo: Int, _ hi: Int, _ complete: Bool) -> [SHA256Hash] {
        let n = hi - lo
        if m == n { return complete ? [] : [hash(lo, hi)] }
        let k = Self.split(n)
        if m <= k { return subproof(m, lo, lo + k, complete) + [hash(lo + k, hi)] }
        return subproof(m - k, lo + k, hi, false) + [hash(lo, lo + k)]
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

/// The answers of the Merkle methods, the same online and offline.
/// Proofs from the log's Merkle tree: its head, a record's inclusion, and the consistency of two sizes.
public enum LogProofs {
    /// Why a proof cannot be given.
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public static func head(_ reader: LogReader) throws -> TreeHead {
        let tree = try reader.merkleTree()
        return TreeHead(size: tree.size, root: tree.root())
    }

    public static func inclusion(_ reader: LogReader, seq: UInt64, treeSize: Int?) throws -> InclusionProof {
        var tree = MerkleTree()
        var leaf: [UInt8] = []
        try reader.forEachRecordBytes { sequence, bytes in
            bytes.withUnsafeBytes { tree.append(leaf: $0) }
            if sequence == seq { leaf = bytes }
        }
        let n = treeSize ?? tree.size
        guard n >= 1, n <= tree.size else { throw Refusal(description: "the tree size must be from 1 to \(tree.size)") }
        guard seq >= 1, seq <= UInt64(n) else {
            throw Refusal(description: "seq \(seq) is not in a tree of \(n) records")
        }
        let index = Int(seq - 1)
        return InclusionProof(
            seq: seq, leafIndex: index, treeSize: n, leaf: leaf, leafHash: tree.leaves[index],
            path: tree.inclusionProof(index: index, size: n), root: tree.root(size: n))
    }

    public static func consistency(_ reader: LogReader, first: Int, second: Int?) throws -> ConsistencyProof {
        let tree = try reader.merkleTree()
        let n = second ?? tree.size
        guard first >= 1, first <= n, n <= tree.size else {
            throw Refusal(description: "need 1 ≤ first ≤ second ≤ \(tree.size)")
        }
        return ConsistencyProof(
            first: TreeHead(size: first, root: tree.root(size: first)),
            second: TreeHead(size: n, root: tree.root(size: n)),
            path: tree.consistencyProof(from: first, to: n))
    }
}
