import Foundation
import NewsIPC
import NewsTestSupport
import Testing

@Suite struct NotifyTests {
    @Test func newsdTellsSystemdWhatItIsDoing() async throws {
        // A log with 40 events, so that READY can be seen to wait for the rebuild.
        let first = try await Daemon()
        defer { first.remove() }
        let firstSocket = first.socket
        try await offPool {
            let client = try VarlinkClient(path: firstSocket)
            for n in 0..<40 {
                let _: NewsAPI.IngestReply = try client.call(
                    "io.newsd.Ingest.Ingest", NewsAPI.IngestCall(text: "Report number \(n) on a trade deal."))
            }
        }
        #expect(await first.stop() == 0)

        let listener = try NotifyListener()
        defer { listener.close() }
        let daemon = try await Daemon(
            directory: first.directory, environment: ["NOTIFY_SOCKET": listener.path, "WATCHDOG_USEC": "600000"],
            waitForSocket: false)
        defer { daemon.stopInBackground() }

        let ready = try #require(await listener.wait(for: "READY=1"), "no READY=1: \(listener.messages)\n\(daemon.log)")
        // READY came after the rebuild: the first answer already has every event.
        let socket = daemon.socket
        let status: NewsAPI.Status = try await offPool {
            try VarlinkClient(path: socket).call("io.newsd.Query.Status", Empty())
        }
        #expect(status.sequence == 40 && status.articles == 40)
        #expect(!listener.messages[..<ready].contains { $0.contains("READY=1") })

        let watchdog = try #require(
            await listener.wait(for: "WATCHDOG=1", after: ready), "no WATCHDOG=1: \(listener.messages)")
        #expect(
            listener.messages[...watchdog].contains { $0.contains("STATUS=seq 40, 40 articles") },
            "\(listener.messages)")

        kill(daemon.pid, SIGHUP)
        let reloading = try #require(
            await listener.wait(for: "RELOADING=1", after: watchdog), "no RELOADING=1: \(listener.messages)")
        #expect(listener.messages[reloading].contains("MONOTONIC_USEC="))
        #expect(
            await listener.wait(for: "READY=1", after: reloading + 1) != nil,
            "no READY=1 after the reload: \(listener.messages)")

        let before = listener.messages.count
        #expect(await daemon.stop() == 0, "\(daemon.log)")
        #expect(await listener.wait(for: "STOPPING=1", after: before - 1) != nil, "no STOPPING=1: \(listener.messages)")
    }

    @Test func noWatchdogUnlessSystemdAsksForOne() async throws {
        // With no watchdog requested, newsd sends no WATCHDOG=1 at all.
        let listener = try NotifyListener()
        defer { listener.close() }
        let daemon = try await Daemon(environment: ["NOTIFY_SOCKET": listener.path], waitForSocket: false)
        defer { daemon.remove() }
        #expect(await listener.wait(for: "READY=1") != nil)
        // Each round of newsd's notifier sends WATCHDOG=1 (when asked for) and then a STATUS line of
        // its own. Once such a STATUS has come, a round has passed without WATCHDOG=1: no need to
        // sleep and hope a ping would have come in that time.
        let round = try #require(
            await listener.wait(where: { $0.hasPrefix("STATUS=seq ") && !$0.contains("READY=1") }),
            "no STATUS from the notifier: \(listener.messages)\n\(daemon.log)")
        #expect(!listener.messages[...round].contains { $0.contains("WATCHDOG=1") }, "\(listener.messages)")
    }
}
