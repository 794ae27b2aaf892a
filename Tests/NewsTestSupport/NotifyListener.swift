import Foundation
import Synchronization

/// A NOTIFY_SOCKET of our own: a datagram socket at a short path whose thread collects every
/// datagram sent to it (as systemd would receive them). Closed and unlinked by ``close()``.
public final class NotifyListener: Sendable {
    public let path: String
    private let fd: Int32
    private let received = Inbox()
    private let closed = Atomic<Bool>(false)

    private final class Inbox: Sendable {
        let lines = Mutex<[String]>([])
    }

    public init() throws {
        path = shortSocketPath("notify")
        unlink(path)
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        guard withUnixAddress(path, { bind(fd, $0, $1) }) == 0 else {
            let code = POSIXErrorCode(rawValue: errno) ?? .EADDRINUSE
            Glibc.close(fd)
            throw POSIXError(code)
        }
        var timeout = timeval(tv_sec: 0, tv_usec: 100_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let socketFD = fd
        let inbox = received
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
    public var messages: [String] { received.lines.withLock { $0 } }

    /// Waits until a datagram after the first `after` ones has `line` as one of its lines; returns its index.
    public func wait(for line: String, after: Int = 0, timeout: Duration = .seconds(120)) async -> Int? {
        var index: Int?
        _ = try? await eventually(timeout: timeout) {
            let all = messages
            index = all.indices.dropFirst(after).first { all[$0].split(separator: "\n").contains(Substring(line)) }
            return index != nil
        }
        return index
    }

    /// Waits until a datagram after the first `after` ones matches `matches`; returns its index.
    public func wait(after: Int = 0, timeout: Duration = .seconds(120), where matches: (String) -> Bool) async -> Int? {
        var index: Int?
        _ = try? await eventually(timeout: timeout) {
            let all = messages
            index = all.indices.dropFirst(after).first { matches(all[$0]) }
            return index != nil
        }
        return index
    }

    /// The datagram at `index` (counting from the first), waiting up to `timeout` for it; nil if none came.
    public func message(at index: Int, timeout: Duration = .seconds(10)) async -> String? {
        var found: String?
        _ = try? await eventually(timeout: timeout, poll: .milliseconds(2)) {
            let all = messages
            found = index < all.count ? all[index] : nil
            return found != nil
        }
        return found
    }

    /// Stops listening and unlinks the socket; again is harmless.
    public func close() {
        guard !closed.exchange(true, ordering: .relaxed) else { return }
        shutdown(fd, Int32(SHUT_RDWR))
        Glibc.close(fd)
        unlink(path)
    }

    deinit { close() }
}
