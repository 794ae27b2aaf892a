import Foundation
import NewsCore

/// The replies of `io.newsd.Log`'s proofs and checks, as they go on the wire (digests in hex,
/// record bytes in base64), made from the values NewsLog computes.
extension NewsAPI {
    public struct TreeHeadReply: Codable, Sendable {
        public var tree_size: Int
        public var root: String
        public init(_ head: TreeHead) {
            tree_size = head.size
            root = head.root.hex
        }
    }

    public struct InclusionReply: Codable, Sendable {
        public var seq: UInt64
        public var leaf_index: Int
        public var tree_size: Int
        /// The record's bytes, base64.
        public var leaf_data: String
        public var leaf_hash: String
        public var path: [String]
        public var root: String
        public init(_ proof: InclusionProof) {
            seq = proof.seq
            leaf_index = proof.leafIndex
            tree_size = proof.treeSize
            leaf_data = Data(proof.leaf).base64EncodedString()
            leaf_hash = proof.leafHash.hex
            path = proof.path.map(\.hex)
            root = proof.root.hex
        }
    }

    public struct ConsistencyReply: Codable, Sendable {
        public var first: Int
        public var second: Int
        public var first_root: String
        public var second_root: String
        public var path: [String]
        public init(_ proof: ConsistencyProof) {
            first = proof.first.size
            second = proof.second.size
            first_root = proof.first.root.hex
            second_root = proof.second.root.hex
            path = proof.path.map(\.hex)
        }
    }

    public struct VerifyReply: Codable, Sendable {
        public var intact: Bool
        public var records: UInt64
        public var segments: Int
        public var chain_hash: String
        /// 0 and "" when the log is too damaged to build its tree.
        public var tree_size: Int
        public var root: String
        public var snapshots: [String]
        public var checkpoint: String?
        public var finding: String?
        public init(_ check: StateCheck) {
            intact = check.intact
            records = check.records
            segments = check.segments
            chain_hash = check.chainHash.hex
            tree_size = check.tree?.size ?? 0
            root = check.tree?.root.hex ?? ""
            snapshots = check.snapshots
            checkpoint = check.checkpoint
            finding = check.finding
        }
    }
}
