import Foundation
import NewsCore
import NewsLog
import NewsTestSupport
import SystemPackage
import Testing

/// The compact tree the log keeps as it appends, held to the full tree (the RFC's recursion over
/// every leaf) as the oracle.
@Suite struct MerkleTests {
    private func leafHashes(_ count: Int, seed: UInt64) -> [SHA256Hash] {
        var random = SeededGenerator(state: seed)
        return (0..<count).map { _ in
            let bytes = (0..<Int.random(in: 1...40, using: &random)).map { _ in
                UInt8.random(in: 0...255, using: &random)
            }
            return bytes.withUnsafeBytes { MerkleTree.leafHash($0) }
        }
    }

    /// The leaves of the blocks a proof may need, taken from the reference.
    private func blocks(_ set: Set<Int>, _ reference: MerkleTree, through end: Int) -> [Int: [SHA256Hash]] {
        let size = CompactMerkleTree.blockSize
        return Dictionary(
            uniqueKeysWithValues: set.map { ($0, Array(reference.leaves[($0 * size)..<min($0 * size + size, end)])) })
    }

    @Test func everyRootAndProofMatchesTheFullTree() throws {
        let leaves = leafHashes(300, seed: 7)
        let reference = MerkleTree(leafHashes: leaves)
        var compact = CompactMerkleTree()
        #expect(compact.root() == reference.root(size: 0))
        for (i, leaf) in leaves.enumerated() {
            compact.append(leafHash: leaf)
            let n = i + 1
            #expect(compact.size == n)
            #expect(compact.root() == reference.root(size: n), "root of \(n)")
            // Up to five blocks: every inclusion proof in this tree, and every consistency proof into it.
            guard n <= 5 * CompactMerkleTree.blockSize else { continue }
            for index in 0..<n {
                let ranges = compact.ranges(
                    blocks: blocks(CompactMerkleTree.blocks(leaf: index, sizes: [n]), reference, through: n))
                #expect(
                    try ranges.inclusionProof(index: index, size: n) == reference.inclusionProof(index: index, size: n))
                #expect(try ranges.hash(index, index + 1) == leaves[index])
            }
            for m in 1...n {
                let ranges = compact.ranges(
                    blocks: blocks(CompactMerkleTree.blocks(sizes: [m, n]), reference, through: n))
                #expect(try ranges.consistencyProof(from: m, to: n) == reference.consistencyProof(from: m, to: n))
                #expect(try ranges.root(size: m) == reference.root(size: m))
            }
        }
        // Proofs into earlier sizes of the grown tree, as a log answers about an old checkpoint.
        var random = SeededGenerator(state: 11)
        for _ in 0..<2000 {
            let n = Int.random(in: 1...300, using: &random)
            let index = Int.random(in: 0..<n, using: &random)
            let m = Int.random(in: 1...n, using: &random)
            let needed = CompactMerkleTree.blocks(leaf: index, sizes: [m, n])
            let ranges = compact.ranges(blocks: blocks(needed, reference, through: n))
            #expect(try ranges.inclusionProof(index: index, size: n) == reference.inclusionProof(index: index, size: n))
            #expect(try ranges.consistencyProof(from: m, to: n) == reference.consistencyProof(from: m, to: n))
        }
    }

    @Test func aProofWithoutItsBlockIsRefusedNotGuessed() throws {
        let leaves = leafHashes(100, seed: 3)
        var compact = CompactMerkleTree()
        for leaf in leaves { compact.append(leafHash: leaf) }
        // Leaf 5 lies in the complete first block, whose leaves the tree does not keep.
        #expect(throws: CompactMerkleTree.MissingBlock.self) {
            try compact.ranges(blocks: [:]).inclusionProof(index: 5, size: 100)
        }
        // The whole tree's root needs none.
        #expect(compact.root() == MerkleTree(leafHashes: leaves).root())
    }

    @Test func theCompactTreeHoldsAFewBytesALeaf() {
        var compact = CompactMerkleTree()
        let leaves = leafHashes(64, seed: 9)
        for i in 0..<20_000 { compact.append(leafHash: leaves[i % 64]) }
        // About two hashes a block of 16 leaves (4 bytes a leaf); the full tree holds 32 a leaf and more.
        #expect(compact.footprint < 20_000 * 10, "\(compact.footprint) bytes for 20,000 leaves")
    }

    @Test func theLogAnswersOnlineAsTheFullTreeDoesOffline() async throws {
        let dir = try TemporaryDirectory()
        var random = SeededGenerator(state: 5)
        var log = try EventLog.open(
            directory: dir.path, configuration: configuration(segmentSize: 8192), logger: quietLogger)
        var n = 0
        func compare(_ log: EventLog, _ random: inout SeededGenerator) throws {
            let reader = log.reader()
            let size = Int(reader.lastSequence)
            #expect(LogProofs.head(log) == (try LogProofs.head(reader)))
            for _ in 0..<40 {
                let treeSize = Int.random(in: 1...size, using: &random)
                let seq = UInt64.random(in: 1...UInt64(treeSize), using: &random)
                let online = try LogProofs.inclusion(log, seq: seq, treeSize: treeSize)
                #expect(
                    online == (try LogProofs.inclusion(reader, seq: seq, treeSize: treeSize)),
                    "seq \(seq) of \(treeSize)")
                let first = Int.random(in: 1...treeSize, using: &random)
                let consistency = try LogProofs.consistency(log, first: first, second: treeSize)
                #expect(consistency == (try LogProofs.consistency(reader, first: first, second: treeSize)))
            }
            #expect(try LogProofs.inclusion(log, seq: UInt64(size), treeSize: nil).treeSize == size)
            // The same refusals, in the same words.
            for (s, t) in [(UInt64(size + 1), nil), (0, nil), (1, size + 1), (3, 2)] as [(UInt64, Int?)] {
                let online = #expect(throws: LogProofs.Refusal.self) {
                    try LogProofs.inclusion(log, seq: s, treeSize: t)
                }
                let offline = #expect(throws: LogProofs.Refusal.self) {
                    try LogProofs.inclusion(reader, seq: s, treeSize: t)
                }
                #expect(online?.description == offline?.description)
            }
            let online = #expect(throws: LogProofs.Refusal.self) {
                try LogProofs.consistency(log, first: 0, second: nil)
            }
            #expect(online?.description == "need 1 ≤ first ≤ second ≤ \(size)")
        }
        for round in 0..<6 {
            // Appends of one record and of many, so blocks end inside appends and segments.
            for _ in 0..<Int.random(in: 5...30, using: &random) {
                let count = Int.random(in: 1...20, using: &random)
                _ = try await log.append(AppendRequest(entries: (0..<count).map { entry(n + $0, size: 60) }))
                n += count
            }
            try compare(log, &random)
            if round % 2 == 1 {
                // A reopened log builds its tree again while recovery reads the segments.
                log.close()
                log = try EventLog.open(
                    directory: dir.path, configuration: configuration(segmentSize: 8192), logger: quietLogger)
                try compare(log, &random)
            }
        }
        #expect(try segmentFiles(dir.path).count > 3)
        log.close()
    }
}
