import ArgumentParser
import Foundation
import NewsIPC
import NewsLog
import SystemPackage

/// Audit commands that read a state directory directly, read-only, without trusting newsd.
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Audit the log without trusting newsd: verify it, its Merkle root, inclusion and consistency proofs (RFC 9162).",
        subcommands: [Verify.self, Trace.self, Root.self, Prove.self, Consistency.self, ShowCheckpoint.self])

    /// Where the log is: a state directory (or a copy of one) read offline, or newsd.
    struct Source: ParsableArguments {
        @Option(
            name: .customLong("state-dir"),
            help: "Read this state directory (or a copy) offline instead of asking newsd.") var stateDirectory: String?
        @Option(help: "newsd's socket, for an online answer.") var socket: String?
        @Flag(help: "Print JSON.") var json = false

        /// Answers offline from the directory, or online from newsd's method of that name.
        func answer<P: Encodable, R: Decodable>(_ method: NewsMethod, _ parameters: P, offline: (LogReader) throws -> R)
            throws -> R
        {
            if let stateDirectory {
                let reader = try openOfflineLog(stateDirectory)
                do { return try offline(reader) } catch let refusal as LogProofs.Refusal {
                    throw Failure(refusal.description, code: 2)
                }
            }
            var connection = ConnectionOptions()
            connection.socket = socket
            return try connection.call(method, parameters, returning: R.self)
        }
    }

    struct Root: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The Merkle root of the whole log.")
        @OptionGroup var source: Source

        func run() throws {
            try guarded {
                let reply = try source.answer(.root, Empty()) { NewsAPI.TreeHeadReply(try LogProofs.head($0)) }
                if source.json { return try printCompactJSON(reply) }
                print("tree size \(reply.treeSize)\nroot      \(reply.root)")
            }
        }
    }

    struct Prove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Prove that the record with sequence number SEQ is in the log (of N records).")
        @OptionGroup var source: Source
        @Argument(help: "The sequence number.") var seq: UInt64
        @Option(name: .customLong("tree-size"), help: "The tree size to prove against (default: the whole log).")
        var treeSize: Int?

        func run() throws {
            try guarded {
                let reply = try source.answer(.prove, NewsAPI.ProveCall(seq: seq, treeSize: treeSize)) {
                    NewsAPI.InclusionReply(try LogProofs.inclusion($0, seq: seq, treeSize: treeSize))
                }
                if source.json { return try printCompactJSON(reply) }
                print("seq \(seq) (leaf \(reply.leafIndex)) in a tree of \(reply.treeSize): root \(reply.root)")
                for (i, h) in reply.path.enumerated() { print("  path[\(i)] \(h)") }
            }
        }
    }

    struct Consistency: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Prove that the log of N records extends the log of its first M.")
        @OptionGroup var source: Source
        @Option(help: "The smaller tree size.") var from: Int
        @Option(help: "The larger tree size (default: the whole log).") var to: Int?

        func run() throws {
            try guarded {
                let reply = try source.answer(.consistency, NewsAPI.ConsistencyCall(first: from, second: to)) {
                    NewsAPI.ConsistencyReply(try LogProofs.consistency($0, first: from, second: to))
                }
                if source.json { return try printCompactJSON(reply) }
                print("\(reply.first) → \(reply.second): \(reply.firstRoot) → \(reply.secondRoot)")
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
