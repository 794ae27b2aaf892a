import ArgumentParser
import Foundation
import NewsCore
import NewsIPC
import NewsLog
import SystemPackage

extension Audit {
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Check every CRC, the whole chain, the Merkle root and the snapshots; exit 0 only if all is intact.",
            discussion:
                "With --state-dir it reads the directory (or a copy) itself, read-only, also while newsd runs; without, newsd checks its own."
        )
        @Option(name: .customLong("state-dir"), help: "Check this state directory offline.") var stateDirectory: String?
        @Option(help: "newsd's socket, for an online check.") var socket: String?
        @Option(name: .customLong("public-key"), help: "The checkpoint key you trust (hex), for an offline check.")
        var publicKey: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try guarded {
                let outcome: NewsAPI.VerifyReply
                if let stateDirectory {
                    do {
                        outcome = NewsAPI.VerifyReply(
                            try StateVerifier.check(stateDirectory: stateDirectory, publicKey: publicKey))
                    } catch { throw Failure("\(error)", code: 1) }
                } else {
                    var connection = ConnectionOptions()
                    connection.socket = socket
                    outcome = try connection.call(.verify, Empty(), returning: NewsAPI.VerifyReply.self)
                }
                if json {
                    try printJSON(outcome)
                } else {
                    print(outcome.intact ? "intact" : "DAMAGED")
                    print("records:   \(outcome.records) in \(outcome.segments) segments")
                    print("chain:     \(outcome.chainHash)")
                    print("merkle:    \(outcome.root) (tree size \(outcome.treeSize))")
                    for s in outcome.snapshots { print("snapshot:  \(s)") }
                    if let c = outcome.checkpoint { print("checkpoint: \(c)") }
                    if let f = outcome.finding { print("finding:   \(f)") }
                }
                if !outcome.intact { throw ExitCode(1) }
            }
        }

    }
}

extension Audit {
    struct ShowCheckpoint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "checkpoint", abstract: "Show the latest signed checkpoint of the log's Merkle tree.")
        @Option(name: .customLong("state-dir"), help: "Read this state directory offline.") var stateDirectory: String?
        @Option(help: "newsd's socket, for an online answer.") var socket: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try guarded {
                let checkpoint: Checkpoint
                if let stateDirectory {
                    guard let c = CheckpointStore(stateDirectory: stateDirectory).latest() else {
                        throw Failure("not found: no checkpoint in \(stateDirectory)", code: 3)
                    }
                    checkpoint = c
                } else {
                    var connection = ConnectionOptions()
                    connection.socket = socket
                    checkpoint = try connection.call(.checkpoint, Empty(), returning: Checkpoint.self)
                }
                if json { return try printCompactJSON(checkpoint) }
                print("tree size  \(checkpoint.treeSize)")
                print("root       \(checkpoint.root)")
                print("time       \(CivilDate.timestamp(ofMicros: checkpoint.time))")
                print("public key \(checkpoint.publicKey)")
                print("signature  \(checkpoint.signature) (\(checkpoint.isValidlySigned ? "valid" : "NOT VALID"))")
            }
        }
    }
}
