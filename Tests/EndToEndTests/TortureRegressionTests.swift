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
    ///
    /// The stop must land during the replay, or the test checks nothing it exists for. A fast
    /// machine can finish the replay before the signal lands; then the log grows and newsd starts
    /// again, a few times at most.
    @Test func aStopDuringTheReplayEndsCleanly() async throws {
        let directory = try makeTemporaryDirectory("newsd-replaystop")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var events = 0
        var tries: [String] = []
        var stoppedDuringReplay = false
        for more in [100_000, 200_000, 400_000] {
            try await Self.writeLog(directory + "/state/log", events: more, from: events)
            events += more
            // A snapshot would spare newsd most of the replay: each try replays the whole log.
            if FileManager.default.fileExists(atPath: directory + "/state/snapshots") {
                try FileManager.default.removeItem(atPath: directory + "/state/snapshots")
            }
            let outcome = try await Self.stopDuringReplay(directory: directory, events: events)
            tries.append("\(events) events: \(outcome.summary)")
            stoppedDuringReplay = outcome.stoppedDuringReplay
            if stoppedDuringReplay { break }
        }
        // Every try ends cleanly (checked in stopDuringReplay); at least one must have stopped the replay.
        #expect(stoppedDuringReplay, "SIGTERM never landed during the replay: \(tries)")

        // Nothing was lost or changed: the next start has every event.
        let again = try await Daemon(directory: directory)
        defer { again.remove() }
        let socket = again.socket
        let reply: NewsAPI.Status = try await offPool {
            try VarlinkClient(path: socket).call("io.newsd.Query.Status", Empty())
        }
        #expect(reply.sequence == UInt64(events))
    }

    /// How one start of newsd, stopped as its replay began, ended.
    struct ReplayStopOutcome {
        var stoppedDuringReplay: Bool
        var summary: String
    }

    /// Starts newsd on the log in `directory`, sends SIGTERM as soon as it says the replay has
    /// begun, and checks that it ends cleanly; says whether the stop came during the replay.
    static func stopDuringReplay(directory: String, events: Int) async throws -> ReplayStopOutcome {
        let listener = try NotifyListener()
        defer { listener.close() }
        let daemon = try await Daemon(
            directory: directory, environment: ["NOTIFY_SOCKET": listener.path], waitForSocket: false)
        defer { daemon.stopInBackground() }
        // newsd says where the replay stands as it begins: "replaying the log: 0 of N events".
        // A thread of our own watches for that and signals at once, however busy the pool is.
        let pid = daemon.pid
        let begins = "STATUS=replaying the log: 0 of \(events) events"
        let signalled: Date? = await offPool {
            let deadline = Date().addingTimeInterval(180)
            while Date() < deadline, !hasExited(pid) {
                if listener.messages.contains(where: { $0.contains(begins) }) {
                    kill(pid, SIGTERM)
                    return Date()
                }
                usleep(500)
            }
            return nil
        }
        let start = try #require(signalled, "no \(begins): \(listener.messages)\n\(daemon.log)")
        // The signal is sent; wait for the exit (signal 0 sends nothing more).
        let status = await daemon.stop(signal: 0, timeout: .seconds(30))
        let took = Date().timeIntervalSince(start)
        let messages = listener.messages
        #expect(status == 0, "exit status \(status) (negative: killed by that signal)\n\(daemon.log)")
        #expect(took < 5, "took \(took) s to stop")
        #expect(messages.contains { $0.contains("STOPPING=1") }, "no STOPPING=1: \(messages)")
        let stoppedDuringReplay = messages.contains { $0.contains("STATUS=stopped during the replay") }
        if stoppedDuringReplay {
            // The replay never finished, so newsd never served: READY=1 must not come, before or after the stop.
            #expect(!messages.contains { $0.contains("READY=1") }, "READY=1 after the stop request: \(messages)")
        }
        let last = messages.last { $0.contains("STATUS=") }.map {
            String($0.split(separator: "\n").first { $0.hasPrefix("STATUS=") } ?? "")
        }
        return ReplayStopOutcome(
            stoppedDuringReplay: stoppedDuringReplay,
            summary: "\(last ?? "no STATUS") after \(String(format: "%.2f", took)) s")
    }

    /// Whether child `pid` has exited, without reaping it (the Daemon harness does that).
    static func hasExited(_ pid: pid_t) -> Bool {
        var info = siginfo_t()
        return waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0
            && info._sifields._sigchld.si_pid == pid
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
            let fd = try connectUnixSocket(socket)
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
        #expect(
            String(decoding: reply, as: UTF8.self).contains("io.newsd.MessageTooLarge"),
            "reply: \(String(decoding: reply.prefix(200), as: UTF8.self))")
        #expect(took < 3, "\(sent) bytes took \(took) s to refuse")
        // And newsd still answers.
        let status: NewsAPI.Status = try await offPool {
            try VarlinkClient(path: socket).call("io.newsd.Query.Status", Empty())
        }
        #expect(status.sequence == 0)
    }

    /// Appends `events` trade figures (numbered from `from`) in appends of 500 with the log library.
    static func writeLog(_ path: String, events: Int, from: Int = 0) async throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let log = try EventLog.open(directory: FilePath(path), logger: quietLogger)
        defer { log.close() }
        let parties = ["US", "KZ", "AE", "SA", "CN", "IN"].map { Party.country(CountryCode($0)!) }
        var n = from
        while n < from + events {
            var batch: [LogEntry] = []
            while batch.count < 500 && n < from + events {
                let a = parties[n % parties.count]
                let b = parties[(n + 1 + n / 7 % 5) % parties.count]
                let fact = Fact.trade(
                    TradeFigure(
                        parties: [a, b], value: Money(Decimal(n % 1000 + 1) * 1_000_000, .usd),
                        period: "20\(10 + n % 15)"))
                batch.append(LogEntry(.factAsserted(FactAsserted(id: FactID("t-\(n)"), fact: fact)), actor: "uid:0"))
                n += 1
            }
            _ = try await log.append(AppendRequest(entries: batch))
        }
    }
}
