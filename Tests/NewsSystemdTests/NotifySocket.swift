import CSystemd
import Foundation
import NewsTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A Unix datagram socket bound to a short temporary path under /tmp, standing in for systemd's
/// notification socket. Closed and unlinked when released. Reading never blocks: it waits by
/// suspending, so the cooperative pool stays free.
final class NotifySocket {
    let path: String
    let fd: Int32

    init() throws {
        path = shortSocketPath("ntf")
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        try #require(fd >= 0, "socket: errno \(errno)")
        let bound = withUnixAddress(path) { bind(fd, $0, $1) }
        if bound != 0 {
            close(fd)
            try #require(bound == 0, "bind \(path): errno \(errno)")
        }
    }

    deinit {
        close(fd)
        unlink(path)
    }

    /// The next datagram as text, waiting at most `timeout` (zero: only what is queued now); nil when none came.
    func receive(timeout: Duration = .seconds(10)) async -> String? {
        var text: String?
        _ = try? await eventually(timeout: timeout, poll: .milliseconds(1)) {
            text = receiveQueued()
            return text != nil
        }
        return text
    }

    /// The datagram queued now, if there is one.
    private func receiveQueued() -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
        guard count >= 0 else { return nil }
        return String(decoding: buffer.prefix(count), as: UTF8.self)
    }
}

/// The current CLOCK_MONOTONIC time in microseconds, as the test sees it.
func monotonicMicroseconds() -> UInt64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1_000
}
