import Foundation
import NewsIPC
import Synchronization
import Testing

/// A NOTIFY_SOCKET of our own: collects every datagram newsd sends to systemd.
final class NotifyListener: Sendable {
    let path: String
    private let fd: Int32
    private let received = Inbox()

    final class Inbox: Sendable {
        let lines = Mutex<[String]>([])
    }

    init() throws {
        path = "/tmp/newsd-notify-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sock"
        unlink(path)
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in path.utf8.enumerated() { raw[i] = b }
        }
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard fd >= 0, rc == 0 else { throw POSIXError(.EADDRINUSE) }
        var timeout = timeval(tv_sec: 0, tv_usec: 100_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let socketFD = fd, inbox = received
        Thread.detachNewThread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = recv(socketFD, &buffer, buffer.count, 0)
                if n > 0 {
                    inbox.lines.withLock { $0.append(String(decoding: buffer[..<n], as: UTF8.self)) }
                } else if n == 0 || (errno != EAGAIN && errno != EINTR) {
                    return
                }
            }
        }
    }

    /// Every datagram so far.
    var messages: [String] { received.lines.withLock { $0 } }

    /// Waits until a datagram after the first `after` ones contains `line`; returns its index.
    func wait(for line: String, after: Int = 0, timeout: Double = 30) -> Int? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let all = messages
            if let i = all.indices.dropFirst(after).first(where: { all[$0].split(separator: "\n").contains(Substring(line)) }) { return i }
            usleep(10_000)
        }
        return nil
    }

    func close() {
        shutdown(fd, Int32(SHUT_RDWR))
        Glibc.close(fd)
        unlink(path)
    }
}

@Suite struct NotifyTests {
    @Test func newsdTellsSystemdWhatItIsDoing() throws {
        // A log with 40 events, so that READY can be seen to wait for the rebuild.
        let first = try Daemon()
        defer { first.remove() }
        let client = try VarlinkClient(path: first.socket)
        for n in 0..<40 {
            let _: NewsAPI.IngestReply = try client.call("io.newsd.Ingest.Ingest", NewsAPI.IngestCall(text: "Report number \(n) on a trade deal."))
        }
        #expect(first.stop() == 0)

        let listener = try NotifyListener()
        defer { listener.close() }
        let daemon = try Daemon(
            directory: first.directory, environment: ["NOTIFY_SOCKET": listener.path, "WATCHDOG_USEC": "600000"], waitForSocket: false)
        defer { daemon.stop() }

        let ready = try #require(listener.wait(for: "READY=1"), "no READY=1: \(listener.messages)\n\(daemon.log)")
        // READY came after the rebuild: the first answer already has every event.
        let status: NewsAPI.Status = try VarlinkClient(path: daemon.socket).call("io.newsd.Query.Status", Empty())
        #expect(status.sequence == 40 && status.articles == 40)
        #expect(!listener.messages[..<ready].contains { $0.contains("READY=1") })

        let watchdog = try #require(listener.wait(for: "WATCHDOG=1", after: ready), "no WATCHDOG=1: \(listener.messages)")
        #expect(listener.messages[...watchdog].contains { $0.contains("STATUS=seq 40, 40 articles") }, "\(listener.messages)")

        kill(daemon.pid, SIGHUP)
        let reloading = try #require(listener.wait(for: "RELOADING=1", after: watchdog), "no RELOADING=1: \(listener.messages)")
        #expect(listener.messages[reloading].contains("MONOTONIC_USEC="))
        #expect(listener.wait(for: "READY=1", after: reloading + 1) != nil, "no READY=1 after the reload: \(listener.messages)")

        let before = listener.messages.count
        #expect(daemon.stop() == 0, "\(daemon.log)")
        #expect(listener.wait(for: "STOPPING=1", after: before - 1) != nil, "no STOPPING=1: \(listener.messages)")
    }

    @Test func noWatchdogUnlessSystemdAsksForOne() throws {
        // With no watchdog requested, newsd sends no WATCHDOG=1 at all.
        let listener = try NotifyListener()
        defer { listener.close() }
        let daemon = try Daemon(environment: ["NOTIFY_SOCKET": listener.path], waitForSocket: false)
        defer { daemon.remove() }
        #expect(listener.wait(for: "READY=1") != nil)
        usleep(1_500_000)
        #expect(!listener.messages.contains { $0.contains("WATCHDOG=1") })
    }
}
