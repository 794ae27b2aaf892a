import ArgumentParser
import Foundation
import NewsLog
import SystemPackage

/// Audit commands that read a state directory directly, read-only, without trusting newsd.
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Audit the log without trusting newsd: verify it, its Merkle root, inclusion and consistency proofs (RFC 9162).",
        subcommands: [Verify.self, Trace.self, Root.self, Prove.self, Consistency.self])

    /// Where the log is: a state directory (or a copy of one).
    struct Source: ParsableArguments {
        @Option(name: .customLong("state-dir"), help: "newsd's state directory, or a copy of it.") var stateDirectory: String
        @Flag(help: "Print JSON.") var json = false

        func tree() throws -> MerkleTree {
            do { return try LogReader.open(directory: FilePath(stateDirectory + "/log")).merkleTree() } catch let e as LogError {
                throw Failure("\(e)", code: e.code == .corrupt ? 1 : 1)
            }
        }

        func reader() throws -> LogReader {
            do { return try LogReader.open(directory: FilePath(stateDirectory + "/log")) } catch { throw Failure("\(error)", code: 1) }
        }
    }

    struct RootReply: Encodable {
        var tree_size: Int
        var root: String
    }

    struct Root: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The Merkle root of the whole log.")
        @OptionGroup var source: Source

        func run() throws {
            try guarded {
                let tree = try source.tree()
                let reply = RootReply(tree_size: tree.size, root: tree.root().hex)
                if source.json { return try printCompactJSON(reply) }
                print("tree size \(reply.tree_size)\nroot      \(reply.root)")
            }
        }
    }

    struct ProofReply: Encodable {
        var seq: UInt64
        var leaf_index: Int
        var tree_size: Int
        var leaf_data: String
        var leaf_hash: String
        var path: [String]
        var root: String
    }

    struct Prove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Prove that the record with sequence number SEQ is in the log (of N records).")
        @OptionGroup var source: Source
        @Argument(help: "The sequence number.") var seq: UInt64
        @Option(name: .customLong("tree-size"), help: "The tree size to prove against (default: the whole log).") var treeSize: Int?

        func run() throws {
            try guarded {
                let reader = try source.reader()
                var tree = MerkleTree()
                var leaf: [UInt8] = []
                try reader.forEachRecordBytes { sequence, bytes in
                    bytes.withUnsafeBytes { tree.append(leaf: $0) }
                    if sequence == seq { leaf = bytes }
                }
                let n = treeSize ?? tree.size
                guard n >= 1, n <= tree.size else { throw Failure("--tree-size must be from 1 to \(tree.size)", code: 2) }
                guard seq >= 1, seq <= UInt64(n) else { throw Failure("seq \(seq) is not in a tree of \(n) records", code: 3) }
                let index = Int(seq - 1)
                let reply = ProofReply(
                    seq: seq, leaf_index: index, tree_size: n, leaf_data: Data(leaf).base64EncodedString(), leaf_hash: tree.leaves[index].hex,
                    path: tree.inclusionProof(index: index, size: n).map(\.hex), root: tree.root(size: n).hex)
                if source.json { return try printCompactJSON(reply) }
                print("seq \(seq) (leaf \(index)) in a tree of \(n): root \(reply.root)")
                for (i, h) in reply.path.enumerated() { print("  path[\(i)] \(h)") }
            }
        }
    }

    struct ConsistencyReply: Encodable {
        var first: Int
        var second: Int
        var first_root: String
        var second_root: String
        var path: [String]
    }

    struct Consistency: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Prove that the log of N records extends the log of its first M.")
        @OptionGroup var source: Source
        @Option(help: "The smaller tree size.") var from: Int
        @Option(help: "The larger tree size (default: the whole log).") var to: Int?

        func run() throws {
            try guarded {
                let tree = try source.tree()
                let n = to ?? tree.size
                guard from >= 1, from <= n, n <= tree.size else { throw Failure("need 1 ≤ --from ≤ --to ≤ \(tree.size)", code: 2) }
                let reply = ConsistencyReply(
                    first: from, second: n, first_root: tree.root(size: from).hex, second_root: tree.root(size: n).hex,
                    path: tree.consistencyProof(from: from, to: n).map(\.hex))
                if source.json { return try printCompactJSON(reply) }
                print("\(from) → \(n): \(reply.first_root) → \(reply.second_root)")
                for (i, h) in reply.path.enumerated() { print("  path[\(i)] \(h)") }
            }
        }
    }
}

/// One line of JSON with sorted keys, for scripts.
func printCompactJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
