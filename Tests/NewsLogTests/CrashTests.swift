import Foundation
import NewsLog
import NewsTestSupport
import SystemPackage
import Testing

/// A child process appends from many tasks and reports every acknowledged append; the test
/// SIGKILLs it at random moments. After every kill, everything acknowledged is there, once.
@Suite struct CrashTests {
    struct Ack: Hashable {
        var first: UInt64
        var last: UInt64
        var key: String
    }

    @Test func acknowledgedAppendsSurviveSIGKILL() async throws {
        let dir = try TemporaryDirectory("newslog-crash")
        let logDir = dir.sub("log")
        var acknowledged: [Ack] = []
        var tornTails = 0
        var generator = SystemRandomNumberGenerator()
        let rounds = 24
        for round in 0..<rounds {
            let child = try ChildProcess(
                arguments: ["append", logDir.string, String(round), "16"], output: dir.sub("round-\(round).out").string)
            // A random moment 20 to 400 ms after the child is ready (timed on a thread of its own).
            let lifetime = Duration.milliseconds(Int.random(in: 20...400, using: &generator))
            let ready = try #require(
                try await child.kill(afterLine: "READY", delay: lifetime),
                "round \(round): the child did not start: \(child.lines())")
            // Appending goes on where the last round left it.
            #expect(UInt64(ready.split(separator: " ")[1]) ?? 0 >= acknowledged.map(\.last).max() ?? 0)
            let lines = child.lines()
            #expect(
                !lines.contains { $0.hasPrefix("FAIL") }, "round \(round): \(lines.filter { $0.hasPrefix("FAIL") })")
            for line in lines where line.hasPrefix("ACK ") {
                let parts = line.split(separator: " ")
                acknowledged.append(Ack(first: UInt64(parts[1])!, last: UInt64(parts[2])!, key: String(parts[3])))
            }

            let log = try EventLog.open(
                directory: logDir, configuration: configuration(segmentSize: 64 << 10), logger: quietLogger)
            let reader = log.reader()
            #expect(
                reader.lastSequence >= acknowledged.map(\.last).max() ?? 0,
                "round \(round): acknowledged records are missing")
            // Collect every mismatch, then expect none: one expectation per round keeps this fast.
            var keys: [String: UInt64] = [:]
            var continuing: [UInt64: Bool] = [:]
            var problems: [String] = []
            try reader.forEachRecord(from: 1) { record in
                if let key = record.idempotencyKey {
                    if keys[key] != nil { problems.append("\(key) was written twice") }
                    keys[key] = record.sequence
                }
                continuing[record.sequence] = record.continues
            }
            for ack in acknowledged {
                if keys[ack.key] != ack.first {
                    problems.append(
                        "\(ack.key) was acknowledged at seq \(ack.first), the log has \(String(describing: keys[ack.key]))"
                    )
                }
                for seq in ack.first...ack.last where continuing[seq] != (seq != ack.last) {
                    problems.append("seq \(seq) of \(ack.key) is missing or not part of its append")
                }
            }
            #expect(problems.isEmpty, "round \(round): \(problems.prefix(5))")
            log.close()
            let report = try LogVerifier.verify(directory: logDir)
            #expect(report.isIntact, "round \(round): \(String(describing: report.finding))")
            tornTails = try FileManager.default.contentsOfDirectory(atPath: logDir.string).filter {
                $0.contains(".cut-at-")
            }.count
        }
        #expect(acknowledged.count > rounds, "the child must have appended in most rounds")

        // The log takes appends after the last crash.
        let log = try EventLog.open(directory: logDir, logger: quietLogger)
        defer { log.close() }
        let result = try await log.append(entry(1), idempotencyKey: "after-crashes")
        guard case .appended = result else {
            Issue.record("not appended")
            return
        }
        print(
            "crash test: \(rounds) SIGKILLs, \(acknowledged.count) acknowledged appends all present, \(tornTails) torn tails cut"
        )
    }

    @Test func aSecondWriterIsRefused() async throws {
        let dir = try TemporaryDirectory("newslog-lock")
        // In one process: two opens of one directory.
        let log = try EventLog.open(directory: dir.path, logger: quietLogger)
        do {
            _ = try EventLog.open(directory: dir.path, logger: quietLogger)
            Issue.record("a second writer opened the log")
        } catch let e as LogError {
            #expect(e.code == .locked)
        }
        // Readers need no lock.
        #expect(try LogVerifier.verify(directory: dir.path).isIntact)
        log.close()

        // Across processes: the holder's pid is named, and the lock goes with the holder.
        let child = try ChildProcess(
            arguments: ["append", dir.path.string, "0", "1"], output: dir.sub("child.out").string)
        _ = try #require(try await child.waitForLine(startingWith: "READY"))
        do {
            _ = try EventLog.open(directory: dir.path, logger: quietLogger)
            Issue.record("opened a log another process holds")
        } catch let e as LogError {
            #expect(e.code == .locked)
            #expect(e.message.contains("pid \(child.pid)"), "\(e.message)")
        }
        try await child.kill()
        let after = try EventLog.open(directory: dir.path, logger: quietLogger)
        after.close()
    }

    @Test(.enabled(if: isRoot, "mounting a tmpfs needs root"))
    func fullDiskFailsCleanlyAndRecovers() async throws {
        // The child runs in its own mount namespace on a 1 MiB tmpfs, fills it, and checks
        // that appends fail with .diskFull, the log stays valid and readable, and appends
        // resume (and survive a reopen) once space is freed.
        let dir = try TemporaryDirectory("newslog-full")
        let mountPoint = dir.sub("mnt")
        try FileManager.default.createDirectory(atPath: mountPoint.string, withIntermediateDirectories: true)
        let outcome = try await run(
            "/usr/bin/unshare",
            [
                "--mount", "--propagation", "private", "/bin/sh", "-c",
                "mount -t tmpfs -o size=1m tmpfs \"$1\" && exec \"$2\" fulldisk \"$1\"", "sh", mountPoint.string,
                Built.newslogChild,
            ], timeout: 600)
        let output = outcome.stdout
        #expect(outcome.status == 0, "\(output)\n\(outcome.stderr)")
        #expect(output.contains("FULL after"), "\(output)")
        #expect(output.contains("PASS"), "\(output)")
    }
}
