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

        @Test func notifyReachesTheNotifySocket() async throws {
            // sd_notify sends its state as one datagram to $NOTIFY_SOCKET.
            let socket = try NotifySocket()
            setenv("NOTIFY_SOCKET", socket.path, 1)
            defer { unsetenv("NOTIFY_SOCKET") }
            #expect(sd_notify(0, "STATUS=linked") > 0)
            // Sent before sd_notify returned: it is queued now.
            #expect(await socket.receive(timeout: .zero) == "STATUS=linked")
        }
    }
}
