import Foundation
import NewsIPC
import NewsLog
import NewsTestSupport
import Synchronization
import SystemPackage
import Testing

@Suite struct ResilienceTests {
    /// Articles acknowledged by clients, shared by their threads.
    final class Acknowledged: Sendable {
        let ids = Mutex<[String: UInt64]>([:])
    }

    @Test func sigtermDuringConcurrentIngestLosesNothingAcknowledged() async throws {
        let daemon = try await Daemon()
        defer { daemon.remove() }
        let acknowledged = Acknowledged()
        let socket = daemon.socket
        let group = DispatchGroup()
        for client in 0..<16 {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                guard let connection = try? VarlinkClient(path: socket) else { return }
                for n in 0..<100_000 {
                    let text = "Dispatch \(client)-\(n): a ministry reported new trade figures today."
                    guard
                        let reply: NewsAPI.IngestReply = try? connection.call(
                            "io.newsd.Ingest.Ingest", NewsAPI.IngestCall(text: text))
                    else { return }
                    acknowledged.ids.withLock { $0[reply.article] = reply.sequence }
                }
            }
        }
        // Stop while the clients are busy: once they have had some answers.
        try await waitUntil("the clients ingest before the stop") { acknowledged.ids.withLock { $0.count } > 64 }
        #expect(await daemon.stop() == 0, "a clean stop: \(daemon.log)")
        #expect(await offPool { group.wait(timeout: .now() + 120) } == .success, "every client saw the stop")
        let acked = acknowledged.ids.withLock { $0 }
        #expect(acked.count > 16, "the clients ingested before the stop")

        // After a restart, every acknowledged article is there at its sequence number, and the log is intact.
        let report = try LogVerifier.verify(directory: FilePath(daemon.directory + "/state/log"))
        #expect(report.isIntact, "\(String(describing: report.finding))")
        let again = try await Daemon(directory: daemon.directory)
        defer { again.stopInBackground() }
        let againSocket = again.socket
        let articles: NewsAPI.ArticlesReply = try await offPool {
            var all = NewsAPI.ArticlesQuery()
            all.limit = NewsAPI.pageLimits.maximum
            return try VarlinkClient(path: againSocket).call("io.newsd.Query.Articles", all)
        }
        #expect(articles.next == nil && articles.total == articles.articles.count)
        let stored = Dictionary(uniqueKeysWithValues: articles.articles.map { ($0.article.rawValue, $0.sequence) })
        let missing = acked.filter { stored[$0.key] != $0.value }
        #expect(missing.isEmpty, "\(missing.count) acknowledged articles are missing or moved")
        #expect(stored.count >= acked.count)
    }

    /// A well-behaved client, calling Status in a loop on its own connection, counting answers and failures.
    final class Bystander: Sendable {
        let answers = Atomic<Int>(0)
        let failures = Mutex<[String]>([])
        let running = Atomic<Bool>(true)
        let finished = Atomic<Bool>(false)

        /// Starts calling on a thread of its own (the calls block).
        func start(_ socket: String) {
            Thread.detachNewThread {
                defer { self.finished.store(true, ordering: .releasing) }
                guard let client = try? VarlinkClient(path: socket) else {
                    self.failures.withLock { $0.append("cannot connect") }
                    return
                }
                while self.running.load(ordering: .relaxed) {
                    do {
                        let _: NewsAPI.Status = try client.call("io.newsd.Query.Status", Empty())
                        self.answers.add(1, ordering: .relaxed)
                    } catch {
                        self.failures.withLock { $0.append("\(error)") }
                        return
                    }
                    usleep(2_000)  // on the bystander's own thread, not the pool
                }
            }
        }

        /// Stops calling and waits until the last call is over.
        func stop() async throws {
            running.store(false, ordering: .relaxed)
            try await waitUntil("the bystander stops") { finished.load(ordering: .acquiring) }
        }
    }

    static func reply(_ client: VarlinkClient) throws -> String {
        String(decoding: try client.receiveRaw(), as: UTF8.self)
    }

    @Test func brokenMessagesGetErrorsWhileOthersAreServed() async throws {
        let config = "/tmp/newsd-e2e-limits-\(getpid()).conf"
        try "max_article_bytes = 2000\n".write(toFile: config, atomically: true, encoding: .utf8)
        defer { unlink(config) }
        let daemon = try await Daemon(arguments: ["--config", config])
        defer { daemon.remove() }
        let bystander = Bystander()
        bystander.start(daemon.socket)
        defer { bystander.running.store(false, ordering: .relaxed) }

        // Not JSON, not a call, a wrong type, an unknown interface and method: named errors, and the connection goes on.
        let cases: [(String, String)] = [
            ("this is not json", "io.newsd.MalformedMessage"),
            (#"{"method": 5}"#, "io.newsd.MalformedMessage"),
            (#"[1, 2, 3]"#, "io.newsd.MalformedMessage"),
            (
                #"{"method":"io.newsd.Query.Agreements","parameters":{"kind":7}}"#,
                "org.varlink.service.InvalidParameter"
            ),
            (
                #"{"method":"io.newsd.Query.Agreements","parameters":{"parties":"KZ"}}"#,
                "org.varlink.service.InvalidParameter"
            ),
            (#"{"method":"io.newsd.Nothing.Here"}"#, "org.varlink.service.InterfaceNotFound"),
            (#"{"method":"io.newsd.Query.Nothing"}"#, "org.varlink.service.MethodNotFound"),
            (#"{"method":"io.newsd.Log.Events","parameters":{}}"#, "org.varlink.service.ExpectedMore"),
            (
                #"{"method":"io.newsd.Ingest.Ingest","parameters":{"text":"\#(String(repeating: "x", count: 3000))"}}"#,
                "io.newsd.Ingest.ArticleTooLarge"
            ),
            (#"{"method":"io.newsd.Query.Fact","parameters":{"id":"f-none"}}"#, "io.newsd.Query.NotFound"),
            ("", "io.newsd.MalformedMessage"),
        ]
        let socket = daemon.socket
        // The clients block on their sockets: on a thread of their own, which returns what they saw.
        let seen = try await offPool {
            let client = try VarlinkClient(path: socket)
            var replies: [String] = []
            for (message, _) in cases {
                try client.sendRaw(Array(message.utf8) + [0])
                replies.append(try Self.reply(client))
            }
            let status: NewsAPI.Status = try client.call("io.newsd.Query.Status", Empty())

            // A NUL flood: one error per empty message, then normal service.
            let flood = try VarlinkClient(path: socket)
            try flood.sendRaw([UInt8](repeating: 0, count: 2000))
            var floodErrors = 0
            for _ in 0..<2000 {
                if try Self.reply(flood).contains("MalformedMessage") { floodErrors += 1 }
            }
            let _: NewsAPI.Status = try flood.call("io.newsd.Query.Status", Empty())

            // A message past the size limit: one error, then the connection is closed.
            let big = try VarlinkClient(path: socket)
            // newsd may close the connection before all of it is sent, so a failed send is no
            // failure here: the error reply and the close, checked below, are what count.
            try? big.sendRaw([UInt8](repeating: UInt8(ascii: "a"), count: 200_000))
            let bigReply = try Self.reply(big)
            let bigClosed: Bool
            do {
                _ = try big.receiveRaw()
                bigClosed = false
            } catch {
                bigClosed = true
            }

            // Half a message, then gone; a client that vanishes while its reply is on the way.
            for _ in 0..<20 {
                let half = try VarlinkClient(path: socket)
                try half.sendRaw(Array(#"{"method":"io.newsd.Query.Agre"#.utf8))
                let vanishing = try VarlinkClient(path: socket)
                try vanishing.send("io.newsd.Query.Status", Empty())
            }
            return (replies, status.sequence, floodErrors, bigReply, bigClosed)
        }
        for ((message, error), reply) in zip(cases, seen.0) {
            #expect(reply.contains("\"error\":\"\(error)\""), "\(message.prefix(60)) → \(reply)")
        }
        #expect(seen.1 == 0)
        #expect(seen.2 == 2000, "\(seen.2) of 2000 empty messages got MalformedMessage")
        #expect(seen.3.contains("io.newsd.MessageTooLarge"), "\(seen.3)")
        #expect(seen.4, "the connection stays open after a message past the limit")

        // The bystander goes on being served after all that: a hundred more answers (at least 0.2 s).
        let answered = bystander.answers.load(ordering: .relaxed)
        try await waitUntil("the bystander is answered after the broken clients") {
            bystander.answers.load(ordering: .relaxed) > answered + 100 || !bystander.failures.withLock { $0 }.isEmpty
        }
        try await bystander.stop()
        #expect(bystander.failures.withLock { $0 }.isEmpty, "\(bystander.failures.withLock { $0 })")
        #expect(bystander.answers.load(ordering: .relaxed) > 10)
        #expect(try await daemon.ctl(["status"]).status == 0, "newsd is still up: \(daemon.log)")
    }

    @Test func connectionsPastTheLimitAreRefusedClearly() async throws {
        let config = "/tmp/newsd-e2e-conns-\(getpid()).conf"
        try "max_connections = 8\n".write(toFile: config, atomically: true, encoding: .utf8)
        defer { unlink(config) }
        let daemon = try await Daemon(arguments: ["--config", config])
        defer { daemon.remove() }
        let socket = daemon.socket
        // The clients block on their sockets: on a thread of their own.
        let refusal = try await offPool {
            var held: [VarlinkClient] = []
            for _ in 0..<8 {
                let c = try VarlinkClient(path: socket)
                let _: NewsAPI.Status = try c.call("io.newsd.Query.Status", Empty())
                held.append(c)
            }
            let refused = try VarlinkClient(path: socket)
            return try Self.reply(refused)
        }
        #expect(refusal.contains("io.newsd.TooManyConnections"), "\(refusal)")
        // The eight are closed now: once newsd has seen that, a new client is served.
        var status: NewsAPI.Status?
        try await waitUntil("a new connection is served after the others closed", poll: .milliseconds(50)) {
            status = try? await offPool { try VarlinkClient(path: socket).call("io.newsd.Query.Status", Empty()) }
            return status != nil
        }
        #expect((status?.connections ?? 0) >= 1)
    }

    @Test func idleConnectionsAreClosedButStreamsAreNot() async throws {
        let config = "/tmp/newsd-e2e-idle-\(getpid()).conf"
        try "idle_timeout_seconds = 1\n".write(toFile: config, atomically: true, encoding: .utf8)
        defer { unlink(config) }
        let daemon = try await Daemon(arguments: ["--config", config])
        defer { daemon.remove() }
        let socket = daemon.socket
        let newsctl = Built.newsctl
        // The clients block on their sockets: the whole exchange runs on a thread of its own.
        let (idleClosed, idleFor, recorded, continues, sequence) = try await offPool {
            let follower = try VarlinkClient(path: socket)
            // Answered once, so newsd has read from it; then its stream starts, and it sends no more.
            let _: NewsAPI.Status = try follower.call("io.newsd.Query.Status", Empty())
            try follower.send("io.newsd.Log.Events", NewsAPI.EventsCall(from: 1, follow: true), more: true)
            // A connection opened after the follower's last message, that sends nothing. Once newsd
            // closes it, the idle timeout has passed for the follower too. The wait is bounded by the
            // socket's receive timeout, not by a guess at how long newsd takes.
            let idle = try connectUnixSocket(socket, receiveTimeout: 60)
            defer { close(idle) }
            let opened = Date()
            let idleClosed = waitForPeerToClose(idle)
            let idleFor = Date().timeIntervalSince(opened)
            // The follower's call is running: it stays, and gets the next event.
            let recorded = try runBlocking(
                newsctl, ["record", "trade", "--pair", "US,KZ", "--value", "1bn"], environment: ["NEWSD_SOCKET": socket]
            )
            let reply = try follower.receive(NewsAPI.EventReply.self)
            return (idleClosed, idleFor, recorded.status, reply.continues, reply.parameters?.event?.sequence)
        }
        #expect(idleClosed, "an idle connection stays open")
        #expect(idleFor > 0.9, "an idle connection was closed after \(idleFor) s, before its timeout of 1 s")
        #expect(recorded == 0)
        #expect(continues && sequence == 1)
    }

    @Test func aSecondDaemonDoesNotTakeOverALiveSocket() async throws {
        let first = try await Daemon()
        defer { first.remove() }
        let second = try await Daemon(arguments: ["--socket", first.socket], waitForSocket: false)
        defer { second.remove() }
        _ = try await eventually { !second.isRunning }
        #expect(!second.isRunning)
        #expect(await second.stop() == 1)
        #expect(second.log.contains("another process is listening on \(first.socket)"), "\(second.log)")
        #expect(try await first.ctl(["status"]).status == 0, "the first keeps its socket")
    }
}
