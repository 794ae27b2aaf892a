import Foundation
import NewsTestSupport
import Testing

/// Signed checkpoints: newsd signs its Merkle tree; verify holds the log to the latest one.
@Suite struct CheckpointTests {
    @Test func aSignedCheckpointCatchesRemovedRecords() async throws {
        let daemon = try await Daemon()
        defer { daemon.remove() }
        for n in 1...10 {
            #expect(try await daemon.ctl(["record", "trade", "--pair", "US,KZ", "--value", "\(n)bn"]).status == 0)
        }
        #expect(await daemon.stop() == 0)
        let state = daemon.directory + "/state"

        var out = try await run(Built.newsctl, ["audit", "checkpoint", "--state-dir", state, "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let checkpoint = try json(out)
        #expect(checkpoint["tree_size"] as? Int == 10)
        let key = try #require(checkpoint["public_key"] as? String)
        let root = try json(try await run(Built.newsctl, ["audit", "root", "--state-dir", state, "--json"]))
        #expect(checkpoint["root"] as? String == root["root"] as? String)
        out = try await run(Built.newsctl, ["audit", "verify", "--state-dir", state, "--public-key", key])
        #expect(out.status == 0 && out.stdout.contains("the log holds it"), "\(out.stdout)")
        out = try await run(
            Built.newsctl,
            ["audit", "verify", "--state-dir", state, "--public-key", String(repeating: "ab", count: 32)])
        #expect(out.status == 1 && out.stdout.contains("signed with another key"), "\(out.stdout)")

        // Online, after a restart.
        let again = try await Daemon(directory: daemon.directory)
        out = try await again.ctl(["audit", "checkpoint", "--json"])
        #expect(out.status == 0 && out.stdout.contains("\"tree_size\":10"), "\(out.stdout)")
        #expect(await again.stop() == 0)

        // Cut the last five records at a record boundary: the log alone looks intact, the checkpoint does not.
        let log = state + "/log"
        let segment = try #require(
            try FileManager.default.contentsOfDirectory(atPath: log).filter {
                $0.hasPrefix("segment-") && $0.hasSuffix(".log")
            }.sorted().last)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: log + "/" + segment)))
        var offset = 24
        var records = 0
        while offset + 8 <= bytes.count && records < 5 {
            offset +=
                8
                + (Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(
                    bytes[offset + 3]) << 24)
            records += 1
        }
        try Data(bytes[..<offset]).write(to: URL(fileURLWithPath: log + "/" + segment))
        out = try await run(Built.newsctl, ["audit", "verify", "--state-dir", state])
        #expect(out.status == 1 && out.stdout.contains("records were removed"), "\(out.stdout)")
    }
}
