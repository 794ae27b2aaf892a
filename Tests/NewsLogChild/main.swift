// A child process for NewsLog's crash and full-disk tests. Not a user-facing tool.
//
//   newslog-child append DIR ROUND TASKS
//       Appends from TASKS concurrent tasks until killed, printing `ACK first last key`
//       for every acknowledged append, each line with one write(2).
//   newslog-child fulldisk DIR
//       Runs in a small tmpfs at DIR: fills the disk, checks that appends fail cleanly and
//       that the log stays valid, frees space, checks that appends resume, and prints PASS.

import Logging
import NewsLog
import SystemPackage

#if canImport(Glibc)
    import Glibc
#endif

/// Writes one line to stdout with a single write(2), so a kill never leaves half a line.
func say(_ line: String) {
    var bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeMutableBytes { write(1, $0.baseAddress, $0.count) }
}

func fail(_ message: String) -> Never {
    say("FAIL \(message)")
    exit(1)
}

/// A payload whose bytes follow from the key, so a reader can tell it is intact.
func payload(for key: String, part: Int, size: Int) -> [UInt8] {
    var x: UInt64 = 0xCBF2_9CE4_8422_2325 &+ 0x9E37_79B9_7F4A_7C15 &* UInt64(part + 1)
    for b in key.utf8 { x = (x ^ UInt64(b)) &* 0x100_0000_01B3 }
    return (0..<size).map { _ in
        x ^= x << 13
        x ^= x >> 7
        x ^= x << 17
        return UInt8(truncatingIfNeeded: x)
    }
}

var logger = Logger(label: "newslog-child")
logger.logLevel = .error
let args = CommandLine.arguments
guard args.count >= 3 else { fail("usage: newslog-child append DIR ROUND TASKS | fulldisk DIR") }
let directory = FilePath(args[2])

switch args[1] {
case "append":
    guard args.count == 5, let round = Int(args[3]), let tasks = Int(args[4]) else { fail("usage") }
    var configuration = EventLog.Configuration()
    configuration.segmentSize = 64 << 10
    let log: EventLog
    do { log = try EventLog.open(directory: directory, configuration: configuration, logger: logger) } catch {
        fail("open: \(error)")
    }
    say("READY \(log.lastSequence)")
    await withTaskGroup(of: Void.self) { group in
        for task in 0..<tasks {
            group.addTask {
                var n = 0
                while true {
                    let key = "r\(round)-t\(task)-\(n)"
                    let parts = n % 5 == 0 ? 3 : 1
                    let entries = (0..<parts).map { part in
                        LogEntry(
                            eventType: "Test", actor: "child",
                            payload: payload(for: key, part: part, size: (n * 131 + part * 17) % 600 + 1))
                    }
                    do {
                        switch try await log.append(AppendRequest(entries: entries, idempotencyKey: key)) {
                        case .appended(let receipt): say("ACK \(receipt.firstSequence) \(receipt.lastSequence) \(key)")
                        case .duplicate: fail("a new key was answered as a duplicate: \(key)")
                        }
                    } catch {
                        fail("append: \(error)")
                    }
                    n += 1
                }
            }
        }
    }

case "fulldisk":
    // Leave about 160 KiB free, then append until the disk is full.
    let filler = directory.appending("filler")
    var free = statvfs()
    guard statvfs(directory.string, &free) == 0 else { fail("statvfs") }
    let available = Int(free.f_bavail) * Int(free.f_frsize)
    do {
        let fd = try FileDescriptor.open(filler, .writeOnly, options: [.create], permissions: .ownerReadWrite)
        _ = try fd.writeAll([UInt8](repeating: 7, count: max(0, available - (160 << 10))))
        try fd.close()
    } catch { fail("filler: \(error)") }
    let logDirectory = directory.appending("log")
    var configuration = EventLog.Configuration()
    configuration.segmentSize = 48 << 10
    var log: EventLog
    do { log = try EventLog.open(directory: logDirectory, configuration: configuration, logger: logger) } catch {
        fail("open: \(error)")
    }
    var acknowledged: [String: UInt64] = [:]
    var n = 0
    var fullError: LogError?
    while fullError == nil && n < 100_000 {
        let key = "k\(n)"
        do {
            if case .appended(let r) = try await log.append(
                LogEntry(eventType: "Test", actor: "child", payload: payload(for: key, part: 0, size: 700 + n % 900)),
                idempotencyKey: key)
            {
                acknowledged[key] = r.firstSequence
            }
        } catch let e as LogError {
            fullError = e
        } catch { fail("unexpected error \(error)") }
        n += 1
    }
    guard let fullError else { fail("the disk never filled") }
    guard fullError.code == .diskFull else { fail("expected diskFull, got \(fullError.code): \(fullError)") }
    say("FULL after \(acknowledged.count) appends: \(fullError)")
    // Reads keep working and the log on disk is intact while the disk is full.
    guard log.lastSequence == UInt64(acknowledged.count) else {
        fail("head \(log.lastSequence) != acknowledged \(acknowledged.count)")
    }
    do {
        let report = try LogVerifier.verify(directory: logDirectory)
        guard report.isIntact, report.records == UInt64(acknowledged.count) else {
            fail("verify while full: \(report)")
        }
        _ = try log.reader().record(at: 1)
    } catch { fail("read while full: \(error)") }
    // Still full: still a clean error.
    do {
        _ = try await log.append(
            LogEntry(eventType: "Test", actor: "child", payload: [UInt8](repeating: 1, count: 4000)))
        fail("an append succeeded on a full disk")
    } catch let e as LogError where e.code == .diskFull {
    } catch { fail("second append: \(error)") }
    // Free space: appends resume without a restart.
    guard unlink(filler.string) == 0 else { fail("unlink filler") }
    for m in 0..<50 {
        let key = "after\(m)"
        do {
            guard
                case .appended(let r) = try await log.append(
                    LogEntry(eventType: "Test", actor: "child", payload: payload(for: key, part: 0, size: 1000)),
                    idempotencyKey: key)
            else { fail("duplicate after free") }
            acknowledged[key] = r.firstSequence
        } catch { fail("append after freeing space: \(error)") }
    }
    log.close()
    // Everything acknowledged is there after a reopen, and the chain verifies.
    do {
        log = try EventLog.open(directory: logDirectory, configuration: configuration, logger: logger)
        let report = try LogVerifier.verify(directory: logDirectory)
        guard report.isIntact, report.records == UInt64(acknowledged.count) else {
            fail("verify after reopen: \(report)")
        }
        let reader = log.reader()
        for (key, seq) in acknowledged {
            let record = try reader.record(at: seq)
            guard record.idempotencyKey == key, record.payload == payload(for: key, part: 0, size: record.payload.count)
            else {
                fail("seq \(seq) does not hold \(key)")
            }
        }
        log.close()
    } catch { fail("reopen: \(error)") }
    say("PASS \(acknowledged.count) acknowledged, all present after reopen")

default:
    fail("unknown mode \(args[1])")
}
