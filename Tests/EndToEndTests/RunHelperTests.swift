import Foundation
import NewsTestSupport
import Testing

/// The helper the end-to-end tests run commands with: it spawns and reaps children itself.
@Suite struct RunHelperTests {
    /// Standard input reaches the command, standard output and error come back apart, and the
    /// exit status is the command's.
    @Test func inputOutputAndStatus() async throws {
        let outcome = try await run("/bin/sh", ["-c", "cat; echo oops >&2; exit 3"], stdin: "hello\n")
        #expect(outcome.stdout == "hello\n" && outcome.stderr == "oops\n" && outcome.status == 3, "\(outcome)")
    }

    /// A command that outlives its timeout is terminated (its status is the signal's, where
    /// sleeping to the end would give 0), and the helper returns.
    @Test func aCommandPastItsTimeoutIsTerminated() async throws {
        let outcome = try await run("/bin/sleep", ["600"], timeout: 1)
        #expect(outcome.status == SIGTERM, "\(outcome)")
    }

    /// Many commands at once all end and are all reaped.
    @Test func manyCommandsAtOnce() async throws {
        let statuses = try await withThrowingTaskGroup(of: Int32.self) { group in
            for n in 0..<16 { group.addTask { try await run("/bin/sh", ["-c", "exit \(n % 4)"]).status } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses.sorted() == (0..<16).map { Int32($0 % 4) }.sorted())
    }
}
