import ArgumentParser
import Foundation
import NewsCore
import NewsIPC
import NewsLog
import SystemPackage

extension Audit {
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every CRC, the whole chain, the Merkle root and the snapshots; exit 0 only if all is intact.",
            discussion: "With --state-dir it reads the directory (or a copy) itself, read-only, also while newsd runs; without, newsd checks its own.")
        @Option(name: .customLong("state-dir"), help: "Check this state directory offline.") var stateDirectory: String?
        @Option(help: "newsd's socket, for an online check.") var socket: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try guarded {
                let outcome: StateVerification
                if let stateDirectory {
                    do { outcome = try StateVerification.run(stateDirectory: stateDirectory) } catch { throw Failure("\(error)", code: 1) }
                } else {
                    var connection = ConnectionOptions()
                    connection.socket = socket
                    outcome = try connection.call("io.newsd.Log.Verify", Empty(), returning: StateVerification.self)
                }
                if json { try printJSON(outcome) } else {
                    print(outcome.intact ? "intact" : "DAMAGED")
                    print("records:   \(outcome.records) in \(outcome.segments) segments")
                    print("chain:     \(outcome.chain_hash)")
                    print("merkle:    \(outcome.root) (tree size \(outcome.tree_size))")
                    for s in outcome.snapshots { print("snapshot:  \(s)") }
                    if let f = outcome.finding { print("finding:   \(f)") }
                }
                if !outcome.intact { throw ExitCode(1) }
            }
        }

    }
}

