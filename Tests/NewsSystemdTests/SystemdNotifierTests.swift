import Foundation
import NewsSystemd
import Testing

extension ProcessEnvironment {
    /// sd_notify through SystemdNotifier, read back from a real datagram socket.
    @Suite struct SystemdNotifierTests {
        @Test func isEnabledFollowsNotifySocket() {
            #expect(SystemdNotifier(environment: ["NOTIFY_SOCKET": "/run/systemd/notify"]).isEnabled)
            #expect(!SystemdNotifier(environment: ["NOTIFY_SOCKET": ""]).isEnabled)
            #expect(!SystemdNotifier(environment: ["INVOCATION_ID": "0123"]).isEnabled)
        }

        @Test func sendsStatesAsOneDatagram() async throws {
            let socket = try NotifySocket()
            await ProcessEnvironment.with(["NOTIFY_SOCKET": socket.path]) {
                let notifier = SystemdNotifier()
                #expect(notifier.isEnabled)
                #expect(notifier.notify(.ready, .status("seq 5, 3 clients")))
                #expect(await socket.receive() == "READY=1\nSTATUS=seq 5, 3 clients")
                // One datagram per call: nothing else is queued.
                #expect(await socket.receive(timeout: .zero) == nil)

                #expect(notifier.notify([.stopping, .extendTimeout(microseconds: 5_000_000), .mainPID(42), .errno(5)]))
                #expect(await socket.receive() == "STOPPING=1\nEXTEND_TIMEOUT_USEC=5000000\nMAINPID=42\nERRNO=5")

                #expect(notifier.notify(.watchdog))
                #expect(await socket.receive() == "WATCHDOG=1")
            }
        }

        @Test func statusLosesItsLineBreaks() async throws {
            let socket = try NotifySocket()
            await ProcessEnvironment.with(["NOTIFY_SOCKET": socket.path]) {
                #expect(SystemdNotifier().notify(.status("replaying\nsegment 3 of 9\r\n")))
                #expect(await socket.receive() == "STATUS=replaying segment 3 of 9")
            }
        }

        @Test func reloadingCarriesAPlausibleMonotonicTime() async throws {
            let socket = try NotifySocket()
            try await ProcessEnvironment.with(["NOTIFY_SOCKET": socket.path]) {
                let before = monotonicMicroseconds()
                #expect(SystemdNotifier().notify(.reloading))
                let after = monotonicMicroseconds()
                let text = try #require(await socket.receive())
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                try #require(lines.count == 2, "got \(text)")
                #expect(lines[0] == "RELOADING=1")
                let value = try #require(UInt64(lines[1].dropFirst("MONOTONIC_USEC=".count)))
                #expect(lines[1].hasPrefix("MONOTONIC_USEC="))
                #expect(value >= before && value <= after)
            }
        }

        @Test func disabledNotifierSendsNothing() async throws {
            let socket = try NotifySocket()
            await ProcessEnvironment.with(["NOTIFY_SOCKET": socket.path]) {
                // The process environment has the socket, but this notifier was told there is none.
                let notifier = SystemdNotifier(environment: [:])
                #expect(!notifier.isEnabled)
                #expect(!notifier.notify(.ready, .status("idle")))
                #expect(await socket.receive(timeout: .milliseconds(100)) == nil)
            }
        }

        @Test func noStatesSendNothing() async throws {
            let socket = try NotifySocket()
            await ProcessEnvironment.with(["NOTIFY_SOCKET": socket.path]) {
                #expect(!SystemdNotifier().notify([]))
                #expect(await socket.receive(timeout: .milliseconds(100)) == nil)
            }
        }

        @Test func aMissingSocketIsReportedNotThrown() {
            let path = "/tmp/newsd-ntf-missing-\(getpid()).sock"
            unlink(path)
            ProcessEnvironment.with(["NOTIFY_SOCKET": path]) {
                let notifier = SystemdNotifier()
                #expect(notifier.isEnabled)
                #expect(!notifier.notify(.ready))
            }
        }

        @Test func watchdogIntervalForThisProcess() {
            ProcessEnvironment.with(["WATCHDOG_USEC": "2000000", "WATCHDOG_PID": "\(getpid())"]) {
                #expect(SystemdNotifier.watchdogInterval() == .seconds(2))
            }
            // Without WATCHDOG_PID the interval applies to whoever reads it.
            ProcessEnvironment.with(["WATCHDOG_USEC": "1500", "WATCHDOG_PID": nil]) {
                #expect(SystemdNotifier.watchdogInterval() == .microseconds(1500))
            }
        }

        @Test func noWatchdogIntervalForAnotherProcessOrWithoutOne() {
            ProcessEnvironment.with(["WATCHDOG_USEC": "2000000", "WATCHDOG_PID": "\(getpid() + 1)"]) {
                #expect(SystemdNotifier.watchdogInterval() == nil)
            }
            ProcessEnvironment.with(["WATCHDOG_USEC": nil, "WATCHDOG_PID": nil]) {
                #expect(SystemdNotifier.watchdogInterval() == nil)
            }
            ProcessEnvironment.with(["WATCHDOG_USEC": "soon", "WATCHDOG_PID": "\(getpid())"]) {
                #expect(SystemdNotifier.watchdogInterval() == nil)
            }
        }
    }
}
