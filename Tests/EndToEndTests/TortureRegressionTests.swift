import Foundation
import NewsCore
import NewsIPC
import NewsLog
import NewsTestSupport
import SystemPackage
import Testing

/// Regressions the torture suite (Scripts/torture.sh) found, pinned as ordinary tests.
@Suite(.serialized) struct TortureRegressionTests {
    /// SIGTERM while newsd replays a long log: before the fix the signal's default action killed it.
    @Test func aStopDuringTheReplayEndsCleanly() async throws {
        let directory = try makeTemporaryDirectory("newsd-replaystop")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let events = 100_000
        try await Self.writeLog(directory + "/state/log", events: events)

        let listener = try NotifyListener()
        defer { listener.close() }
        let daemon = try await Daemon(directory: directory, environment: ["NOTIFY_SOCKET": listener.path], waitForSocket: false)
        defer { daemon.stopInBackground() }
        // newsd says where the replay stands as it begins: "replaying the log: 0 of N events".
        var replaying = false
        _ = try await eventually(timeout: .seconds(180), poll: .milliseconds(2)) {
            replaying = listener.messages.contains { $0.contains("STATUS=replaying the log: 0 of \(events) events") }
            return replaying || !daemon.isRunning
        }
        try #require(replaying, "no STATUS=replaying…: \(listener.messages)\n\(daemon.log)")
        let readyEarly = listener.messages.contains { $0.contains("READY=1") }
        let start = Date()
        let status = await daemon.stop(signal: SIGTERM, timeout: .seconds(10))
        let took = Date().timeIntervalSince(start)
        #expect(status == 0, "exit status \(status) (negative: killed by that signal)\n\(daemon.log)")
        #expect(took < 5, "took \(took) s to stop")
        // STOPPING=1 whenever it stops; READY=1 never after the stop request (when the replay
        // finished first, READY=1 came before it, and this run stopped a ready newsd instead).
        #expect(listener.messages.contains { $0.contains("STOPPING=1") }, "no STOPPING=1: \(listener.messages)")
        if readyEarly {
            print("replay-stop: the replay finished before SIGTERM; this run stopped a ready newsd")
        } else {
            #expect(!listener.messages.contains { $0.contains("READY=1") }, "READY=1 after the stop request: \(listener.messages)")
        }

        // Nothing was lost or changed: the next start has every event.
        let again = try await Daemon(directory: directory)
        defer { again.remove() }
        let socket = again.socket
        let reply: NewsAPI.Status = try await offPool { try VarlinkClient(path: socket).call("io.newsd.Query.Status", Empty()) }
        #expect(reply.sequence == UInt64(events))
    }

    /// A message just over the size limit, sent in pieces: the decoder searched the whole buffer for
    /// a NUL on every read, so the event loop spent time in the square of the size, stalling others.
    @Test func aMessageOverTheLimitIsRefusedPromptly() async throws {
        let directory = try makeTemporaryDirectory("newsd-bigframe")
        let config = directory + "/newsd.conf"
        try "max_article_bytes = 1048576\n".write(toFile: config, atomically: true, encoding: .utf8)
        let daemon = try await Daemon(directory: directory, arguments: ["--config", config])
        defer { daemon.remove() }
        let limit = 1_048_576 * 6 + (64 << 10)

        let socket = daemon.socket
        // Sending and reading block: on a thread of their own.
        let (reply, sent, took) = try await offPool {
            let fd = try Self.connect(socket)
            defer { close(fd) }
            let start = Date()
            let chunk = [UInt8](repeating: UInt8(ascii: "x"), count: 64 << 10)
            var sent = 0
            while sent <= limit {
                let n = chunk.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if n <= 0 { break }  // newsd closed the connection: it saw enough
                sent += n
            }
            var reply = [UInt8]()
            var buffer = [UInt8](repeating: 0, count: 4096)
            while !reply.contains(0) {
                let n = recv(fd, &buffer, buffer.count, 0)
                if n <= 0 { break }
                reply += buffer[..<n]
            }
            return (reply, sent, Date().timeIntervalSince(start))
        }
        #expect(String(decoding: reply, as: UTF8.self).contains("io.newsd.MessageTooLarge"), "reply: \(String(decoding: reply.prefix(200), as: UTF8.self))")
        #expect(took < 3, "\(sent) bytes took \(took) s to refuse")
        // And newsd still answers.
        let status: NewsAPI.Status = try await offPool { try VarlinkClient(path: socket).call("io.newsd.Query.Status", Empty()) }
        #expect(status.sequence == 0)
    }

    static func connect(_ path: String) throws -> Int32 {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in path.utf8.enumerated() { raw[i] = b }
        }
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard fd >= 0, rc == 0 else { throw POSIXError(.ECONNREFUSED) }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        return fd
    }

    /// A log of `events` trade figures, written in appends of 500 with the log library.
    static func writeLog(_ path: String, events: Int) async throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let log = try EventLog.open(directory: FilePath(path), logger: quietLogger)
        defer { log.close() }
        let parties = ["US", "KZ", "AE", "SA", "CN", "IN"].map { Party.country(CountryCode($0)!) }
        var n = 0
        while n < events {
            var batch: [LogEntry] = []
            while batch.count < 500 && n < events {
                let a = parties[n % parties.count], b = parties[(n + 1 + n / 7 % 5) % parties.count]
                let fact = Fact.trade(TradeFigure(parties: [a, b], value: Money(Decimal(n % 1000 + 1) * 1_000_000, .usd), period: "20\(10 + n % 15)"))
                batch.append(LogEntry(.factAsserted(FactAsserted(id: FactID("t-\(n)"), fact: fact)), actor: "uid:0"))
                n += 1
            }
            _ = try await log.append(AppendRequest(entries: batch))
        }
    }
}
