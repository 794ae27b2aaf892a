import Foundation
import NewsTestSupport
import Testing

/// `newsctl audit verify`, online through newsd and offline on a copy, intact and damaged.
@Suite struct AuditVerifyTests {
    @Test func verifyOnlineAndOfflineAndNameTheFirstBadRecord() async throws {
        let daemon = try await Daemon()
        defer { daemon.remove() }
        for n in 1...30 {
            #expect(try await daemon.ctl(["record", "trade", "--pair", "US,KZ", "--value", "\(n)bn"]).status == 0)
        }
        var out = try await daemon.ctl(["audit", "verify", "--json"])
        #expect(out.status == 0, "\(out.stdout)\(out.stderr)")
        let online = try json(out)
        #expect(
            online["intact"] as? Bool == true && online["records"] as? Int == 30 && online["tree_size"] as? Int == 30)

        // Offline, while newsd runs: the same answer.
        let state = daemon.directory + "/state"
        out = try await run(Built.newsctl, ["audit", "verify", "--state-dir", state, "--json"])
        #expect(out.status == 0)
        let offline = try json(out)
        #expect(offline["root"] as? String == online["root"] as? String)
        #expect(offline["chain_hash"] as? String == online["chain_hash"] as? String)
        let root = try json(try await run(Built.newsctl, ["audit", "root", "--state-dir", state, "--json"]))
        #expect(root["root"] as? String == online["root"] as? String)
        // Proofs through newsd are the proofs read offline.
        for arguments in [
            ["audit", "root", "--json"], ["audit", "prove", "17", "--tree-size", "25", "--json"],
            ["audit", "consistency", "--from", "9", "--to", "30", "--json"],
        ] {
            let viaDaemon = try await daemon.ctl(arguments)
            let viaDirectory = try await run(Built.newsctl, arguments + ["--state-dir", state])
            #expect(
                viaDaemon.status == 0 && viaDaemon.stdout == viaDirectory.stdout,
                "\(arguments): \(viaDaemon.stdout) \(viaDaemon.stderr) vs \(viaDirectory.stdout)")
        }
        #expect(try await daemon.ctl(["audit", "prove", "31"]).status == 2)

        // A copy with one flipped byte in the middle: non-zero, and the record named.
        #expect(await daemon.stop() == 0)
        let copy = daemon.directory + "/copy"
        try FileManager.default.copyItem(atPath: state, toPath: copy)
        let segment = try #require(
            try FileManager.default.contentsOfDirectory(atPath: copy + "/log").first { $0.hasPrefix("segment-") })
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: copy + "/log/" + segment)))
        bytes[bytes.count / 2] ^= 0x20
        try Data(bytes).write(to: URL(fileURLWithPath: copy + "/log/" + segment))
        out = try await run(Built.newsctl, ["audit", "verify", "--state-dir", copy])
        #expect(out.status == 1, "\(out.stdout)")
        #expect(
            out.stdout.contains("DAMAGED") && out.stdout.contains("first bad record: segment \(segment), offset"),
            "\(out.stdout)")

        // A damaged snapshot is reported too (the log itself intact).
        let copy2 = daemon.directory + "/copy2"
        try FileManager.default.copyItem(atPath: state, toPath: copy2)
        let snapshot = try #require(try FileManager.default.contentsOfDirectory(atPath: copy2 + "/snapshots").first)
        var snap = [UInt8](try Data(contentsOf: URL(fileURLWithPath: copy2 + "/snapshots/" + snapshot)))
        snap[snap.count / 2] ^= 1
        try Data(snap).write(to: URL(fileURLWithPath: copy2 + "/snapshots/" + snapshot))
        out = try await run(Built.newsctl, ["audit", "verify", "--state-dir", copy2])
        #expect(out.status == 1 && out.stdout.contains("DAMAGED or not of this log"), "\(out.stdout)")
    }
}
