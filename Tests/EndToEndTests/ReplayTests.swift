import Foundation
import NewsTestSupport
import Testing

/// `newsctl replay --as-of` and `log export`, through newsd and offline, agree with each other.
@Suite struct ReplayTests {
    @Test func replayAndExportOnlineAndOffline() async throws {
        let daemon = try await Daemon()
        defer { daemon.remove() }
        #expect(
            try await daemon.ctl([
                "record", "agreement", "--party", "US", "--party", "KZ", "--title", "Tungsten", "--kind",
                "investment-deal", "--value", "1.1bn", "--status", "signed",
            ]).status == 0)
        let fact =
            try #require(try json(try await daemon.ctl(["agreements", "--json"]))["agreements"] as? [[String: Any]])
            .first?["id"] as? String
        #expect(
            try await daemon.ctl(["correct", try #require(fact), "--value", "1.3bn", "--reason", "revised"]).status == 0
        )
        #expect(try await daemon.ctl(["record", "trade", "--pair", "US,KZ", "--value", "5bn"]).status == 0)

        let online1 = try await daemon.ctl(["replay", "--as-of", "1", "--json"])
        #expect(online1.status == 0, "\(online1.stderr)")
        #expect(online1.stdout.contains("1100000000") && !online1.stdout.contains("1300000000"))
        let onlineNow = try await daemon.ctl(["replay", "--as-of", "3", "--json"])
        #expect(onlineNow.stdout.contains("1300000000") && onlineNow.stdout.contains("5000000000"))

        let state = daemon.directory + "/state"
        let offline1 = try await run(Built.newsctl, ["replay", "--as-of", "1", "--state-dir", state, "--json"])
        #expect(offline1.status == 0 && offline1.stdout == online1.stdout, "online and offline replays differ")
        let today = String(ISO8601DateFormatter().string(from: Date()).prefix(10))
        let offlineToday = try await run(Built.newsctl, ["replay", "--as-of", today, "--state-dir", state, "--json"])
        #expect(offlineToday.stdout == onlineNow.stdout)
        #expect(try await run(Built.newsctl, ["replay", "--as-of", "yesterday", "--state-dir", state]).status == 2)

        let exportOnline = try await daemon.ctl(["log", "export"])
        let exportOffline = try await run(Built.newsctl, ["log", "export", "--state-dir", state])
        #expect(exportOnline.stdout.split(separator: "\n").count == 3)
        #expect(exportOnline.stdout == exportOffline.stdout)
    }

    @Test func traceAFigureToItsSentence() async throws {
        let daemon = try await Daemon()
        defer { daemon.remove() }
        let text = "Kazakhstan and the United States signed a $1.1 billion deal to develop tungsten deposits."
        #expect(
            try await daemon.ctl(["ingest", "-", "--source", "wire", "--published", "2025-11-07"], stdin: text).status
                == 0)
        let id = try #require(
            (try json(try await daemon.ctl(["agreements", "--json"]))["agreements"] as? [[String: Any]])?.first?["id"]
                as? String)
        for arguments in [["audit", "trace", id], ["audit", "trace", id, "--state-dir", daemon.directory + "/state"]] {
            let out = arguments.count > 3 ? try await run(Built.newsctl, arguments) : try await daemon.ctl(arguments)
            #expect(out.status == 0, "\(out.stderr)")
            #expect(out.stdout.contains("event seq 2") && out.stdout.contains("extracted by uid:"), "\(out.stdout)")
            #expect(
                out.stdout.contains("ingested at seq 1") && out.stdout.contains("published 2025-11-07, wire"),
                "\(out.stdout)")
            #expect(out.stdout.contains("sentence [0, \(text.unicodeScalars.count)): \(text)"), "\(out.stdout)")
        }
        #expect(try await daemon.ctl(["audit", "trace", "f-none"]).status == 3)
    }
}
