import Foundation
import NewsCore

/// The replies of `io.newsd.Log`'s proofs and checks, as they go on the wire (digests in hex,
/// record bytes in base64), made from the values NewsLog computes.
extension NewsAPI {
    public struct ProveCall: Codable, Sendable {
        enum CodingKeys: String, CodingKey {
            case seq
            case treeSize = "tree_size"
        }

        public var seq: UInt64
        public var treeSize: Int?
        public init(seq: UInt64, treeSize: Int?) {
            self.seq = seq
            self.treeSize = treeSize
        }
    }

    public struct ConsistencyCall: Codable, Sendable {
        public var first: Int
        public var second: Int?
        public init(first: Int, second: Int?) {
            self.first = first
            self.second = second
        }
    }

    public struct TreeHeadReply: Codable, Sendable {
        enum CodingKeys: String, CodingKey {
            case treeSize = "tree_size"
            case root
        }

        public var treeSize: Int
        public var root: String
        public init(_ head: TreeHead) {
            treeSize = head.size
            root = head.root.hex
        }
    }

    public struct InclusionReply: Codable, Sendable {
        enum CodingKeys: String, CodingKey {
            case seq
            case leafIndex = "leaf_index"
            case treeSize = "tree_size"
            case leafData = "leaf_data"
            case leafHash = "leaf_hash"
            case path, root
        }

        public var seq: UInt64
        public var leafIndex: Int
        public var treeSize: Int
        /// The record's bytes, base64.
        public var leafData: String
        public var leafHash: String
        public var path: [String]
        public var root: String
        public init(_ proof: InclusionProof) {
            seq = proof.seq
            leafIndex = proof.leafIndex
            treeSize = proof.treeSize
            leafData = Data(proof.leaf).base64EncodedString()
            leafHash = proof.leafHash.hex
            path = proof.path.map(\.hex)
            root = proof.root.hex
        }
    }

    public struct ConsistencyReply: Codable, Sendable {
        enum CodingKeys: String, CodingKey {
            case first, second
            case firstRoot = "first_root"
            case secondRoot = "second_root"
            case path
        }

        public var first: Int
        public var second: Int
        public var firstRoot: String
        public var secondRoot: String
        public var path: [String]
        public init(_ proof: ConsistencyProof) {
            first = proof.first.size
            second = proof.second.size
            firstRoot = proof.first.root.hex
            secondRoot = proof.second.root.hex
            path = proof.path.map(\.hex)
        }
    }

    public struct VerifyReply: Codable, Sendable {
        enum CodingKeys: String, CodingKey {
            case intact, records, segments
            case chainHash = "chain_hash"
            case treeSize = "tree_size"
            case root, snapshots, checkpoint, finding
        }

        public var intact: Bool
        public var records: UInt64
        public var segments: Int
        public var chainHash: String
        /// 0 and "" when the log is too damaged to build its tree.
        public var treeSize: Int
        public var root: String
        public var snapshots: [String]
        public var checkpoint: String?
        public var finding: String?
        public init(_ check: StateCheck) {
            intact = check.intact
            records = check.records
            segments = check.segments
            chainHash = check.chainHash.hex
            treeSize = check.tree?.size ?? 0
            root = check.tree?.root.hex ?? ""
            snapshots = check.snapshots
            checkpoint = check.checkpoint
            finding = check.finding
        }
    }
}
