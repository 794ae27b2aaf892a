import CSystemd
import Foundation
import Testing

extension ProcessEnvironment {
    /// The CSystemd module finds libsystemd through pkg-config and links it.
    ///
    /// Nested in the serialized ``ProcessEnvironment`` suite: the notify test sets `NOTIFY_SOCKET`.
    @Suite struct CSystemdLinkTests {
        @Test func bootedMatchesTheRuntimeDirectory() {
            // sd_booted() is positive exactly when /run/systemd/system exists.
            let booted = sd_booted()
            #expect(booted >= 0)
            #expect((booted > 0) == FileManager.default.fileExists(atPath: "/run/systemd/system"))
        }

        @Test func notifyReachesTheNotifySocket() throws {
            // sd_notify sends its state as one datagram to $NOTIFY_SOCKET.
            let path = "/tmp/newsd-notify-\(getpid())"
            unlink(path)
            let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
            try #require(fd >= 0)
            defer { close(fd); unlink(path) }
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            withUnsafeMutableBytes(of: &address.sun_path) { raw in
                for (i, b) in path.utf8.enumerated() { raw[i] = b }
            }
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
            }
            try #require(bound == 0)
            setenv("NOTIFY_SOCKET", path, 1)
            defer { unsetenv("NOTIFY_SOCKET") }
            #expect(sd_notify(0, "STATUS=linked") > 0)
            var buffer = [UInt8](repeating: 0, count: 256)
            let n = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
            #expect(n > 0)
            #expect(String(decoding: buffer.prefix(max(0, n)), as: UTF8.self) == "STATUS=linked")
        }
    }
}
