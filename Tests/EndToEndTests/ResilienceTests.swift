import Foundation
import NewsIPC
import NewsLog
import Synchronization
import SystemPackage
import Testing

@Suite struct ResilienceTests {
    /// Articles acknowledged by clients, shared by their threads.
    final class Acknowledged: Sendable {
        let ids = Mutex<[String: UInt64]>([:])
    }

    @Test func sigtermDuringConcurrentIngestLosesNothingAcknowledged() throws {
        let daemon = try Daemon()
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
                    guard let reply: NewsAPI.IngestReply = try? connection.call("io.newsd.Ingest.Ingest", NewsAPI.IngestCall(text: text)) else { return }
                    acknowledged.ids.withLock { $0[reply.article] = reply.sequence }
                }
            }
        }
        usleep(800_000)
        #expect(daemon.stop() == 0, "a clean stop: \(daemon.log)")
        #expect(group.wait(timeout: .now() + 30) == .success, "every client saw the stop")
        let acked = acknowledged.ids.withLock { $0 }
        #expect(acked.count > 16, "the clients ingested before the stop")

        // After a restart, every acknowledged article is there at its sequence number, and the log is intact.
        let report = try LogVerifier.verify(directory: FilePath(daemon.directory + "/state/log"))
        #expect(report.isIntact, "\(String(describing: report.finding))")
        let again = try Daemon(directory: daemon.directory)
        defer { again.stop() }
        let articles: NewsAPI.ArticlesReply = try VarlinkClient(path: again.socket).call("io.newsd.Query.Articles", NewsAPI.AsOfParameters())
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

        func start(_ socket: String) {
            Thread.detachNewThread {
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
                    usleep(2_000)
                }
            }
        }
    }

    static func reply(_ client: VarlinkClient) throws -> String {
        String(decoding: try client.receiveRaw(), as: UTF8.self)
    }

    @Test func brokenMessagesGetErrorsWhileOthersAreServed() throws {
        let config = "/tmp/newsd-e2e-limits-\(getpid()).conf"
        try "max_article_bytes = 2000\n".write(toFile: config, atomically: true, encoding: .utf8)
        defer { unlink(config) }
        let daemon = try Daemon(arguments: ["--config", config])
        defer { daemon.remove() }
        let bystander = Bystander()
        bystander.start(daemon.socket)
        defer { bystander.running.store(false, ordering: .relaxed) }

        // Not JSON, not a call, a wrong type, an unknown interface and method: named errors, and the connection goes on.
        let client = try VarlinkClient(path: daemon.socket)
        let cases: [(String, String)] = [
            ("this is not json", "io.newsd.MalformedMessage"),
            (#"{"method": 5}"#, "io.newsd.MalformedMessage"),
            (#"[1, 2, 3]"#, "io.newsd.MalformedMessage"),
            (#"{"method":"io.newsd.Query.Agreements","parameters":{"kind":7}}"#, "org.varlink.service.InvalidParameter"),
            (#"{"method":"io.newsd.Query.Agreements","parameters":{"parties":"KZ"}}"#, "org.varlink.service.InvalidParameter"),
            (#"{"method":"io.newsd.Nothing.Here"}"#, "org.varlink.service.InterfaceNotFound"),
            (#"{"method":"io.newsd.Query.Nothing"}"#, "org.varlink.service.MethodNotFound"),
            (#"{"method":"io.newsd.Log.Events","parameters":{}}"#, "org.varlink.service.ExpectedMore"),
            (#"{"method":"io.newsd.Ingest.Ingest","parameters":{"text":"\#(String(repeating: "x", count: 3000))"}}"#, "io.newsd.Ingest.ArticleTooLarge"),
            (#"{"method":"io.newsd.Query.Fact","parameters":{"id":"f-none"}}"#, "io.newsd.Query.NotFound"),
            ("", "io.newsd.MalformedMessage"),
        ]
        for (message, error) in cases {
            try client.sendRaw(Array(message.utf8) + [0])
            let reply = try Self.reply(client)
            #expect(reply.contains("\"error\":\"\(error)\""), "\(message.prefix(60)) → \(reply)")
        }
        let status: NewsAPI.Status = try client.call("io.newsd.Query.Status", Empty())
        #expect(status.sequence == 0)

        // A NUL flood: one error per empty message, then normal service.
        let flood = try VarlinkClient(path: daemon.socket)
        try flood.sendRaw([UInt8](repeating: 0, count: 2000))
        for _ in 0..<2000 { #expect(try Self.reply(flood).contains("MalformedMessage")) }
        let _: NewsAPI.Status = try flood.call("io.newsd.Query.Status", Empty())

        // A message past the size limit: one error, then the connection is closed.
        let big = try VarlinkClient(path: daemon.socket)
        try? big.sendRaw([UInt8](repeating: UInt8(ascii: "a"), count: 200_000))
        #expect(try Self.reply(big).contains("io.newsd.MessageTooLarge"))
        #expect(throws: VarlinkClient.Failure.self) { try big.receiveRaw() }

        // Half a message, then gone; a client that vanishes while its reply is on the way.
        for _ in 0..<20 {
            let half = try VarlinkClient(path: daemon.socket)
            try half.sendRaw(Array(#"{"method":"io.newsd.Query.Agre"#.utf8))
            let vanishing = try VarlinkClient(path: daemon.socket)
            try vanishing.send("io.newsd.Query.Status", Empty())
        }

        usleep(200_000)
        bystander.running.store(false, ordering: .relaxed)
        usleep(50_000)
        #expect(bystander.failures.withLock { $0 }.isEmpty, "\(bystander.failures.withLock { $0 })")
        #expect(bystander.answers.load(ordering: .relaxed) > 10)
        #expect(try daemon.ctl(["status"]).status == 0, "newsd is still up: \(daemon.log)")
    }

    @Test func connectionsPastTheLimitAreRefusedClearly() throws {
        let config = "/tmp/newsd-e2e-conns-\(getpid()).conf"
        try "max_connections = 8\n".write(toFile: config, atomically: true, encoding: .utf8)
        defer { unlink(config) }
        let daemon = try Daemon(arguments: ["--config", config])
        defer { daemon.remove() }
        var held: [VarlinkClient] = []
        for _ in 0..<8 {
            let c = try VarlinkClient(path: daemon.socket)
            let _: NewsAPI.Status = try c.call("io.newsd.Query.Status", Empty())
            held.append(c)
        }
        let refused = try VarlinkClient(path: daemon.socket)
        #expect(try Self.reply(refused).contains("io.newsd.TooManyConnections"))
        held.removeAll()
        usleep(200_000)
        let later = try VarlinkClient(path: daemon.socket)
        let status: NewsAPI.Status = try later.call("io.newsd.Query.Status", Empty())
        #expect(status.connections >= 1)
    }

    @Test func idleConnectionsAreClosedButStreamsAreNot() throws {
        let config = "/tmp/newsd-e2e-idle-\(getpid()).conf"
        try "idle_timeout_seconds = 1\n".write(toFile: config, atomically: true, encoding: .utf8)
        defer { unlink(config) }
        let daemon = try Daemon(arguments: ["--config", config])
        defer { daemon.remove() }
        let idle = try VarlinkClient(path: daemon.socket)
        let follower = try VarlinkClient(path: daemon.socket)
        try follower.send("io.newsd.Log.Events", NewsAPI.EventsCall(from: 1, follow: true), more: true)
        usleep(2_500_000)
        #expect(throws: VarlinkClient.Failure.self) { try idle.receiveRaw() }
        // The follower's call is running: it stays, and gets the next event.
        #expect(try daemon.ctl(["record", "trade", "--pair", "US,KZ", "--value", "1bn"]).status == 0)
        let reply = try follower.receive(NewsAPI.EventReply.self)
        #expect(reply.continues && reply.parameters?.event?.sequence == 1)
    }

    @Test func aSecondDaemonDoesNotTakeOverALiveSocket() throws {
        let first = try Daemon()
        defer { first.remove() }
        let second = try Daemon(arguments: ["--socket", first.socket], waitForSocket: false)
        defer { second.remove() }
        let deadline = Date().addingTimeInterval(30)
        while second.isRunning && Date() < deadline { usleep(20_000) }
        #expect(!second.isRunning)
        #expect(second.stop() == 1)
        #expect(second.log.contains("another process is listening on \(first.socket)"), "\(second.log)")
        #expect(try first.ctl(["status"]).status == 0, "the first keeps its socket")
    }
}
