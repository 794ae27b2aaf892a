import CSystemd

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reports the service's state to systemd through `sd_notify` (`Type=notify` services).
///
/// Outside systemd (no `NOTIFY_SOCKET`) every call is a cheap no-op, so callers need not check.
/// `sd_notify` itself reads `NOTIFY_SOCKET` from the process environment at each call; the
/// environment given to ``init(environment:)`` only decides ``isEnabled``.
public struct SystemdNotifier: Sendable {
    /// Whether `NOTIFY_SOCKET` was set, i.e. whether systemd waits for notifications.
    public let isEnabled: Bool

    /// Creates a notifier that is enabled when `environment` has a non-empty `NOTIFY_SOCKET`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.isEnabled = !(environment["NOTIFY_SOCKET"] ?? "").isEmpty
    }

    /// Sends the states to systemd in one datagram, one assignment per line.
    ///
    /// - Returns: whether the datagram was sent; false when disabled, when `states` is empty,
    ///   or when `sd_notify` fails. Failures are not errors for the caller: systemd decides
    ///   what a missing notification means (a start-up timeout, a watchdog kill).
    @discardableResult
    public func notify(_ states: NotifyState...) -> Bool {
        notify(states)
    }

    /// Sends the states to systemd in one datagram, one assignment per line.
    ///
    /// - Returns: whether the datagram was sent; false when disabled, when `states` is empty,
    ///   or when `sd_notify` fails.
    @discardableResult
    public func notify(_ states: [NotifyState]) -> Bool {
        guard isEnabled, !states.isEmpty else { return false }
        let text = states.map(\.line).joined(separator: "\n")
        return sd_notify(0, text) > 0
    }

    /// The watchdog interval systemd expects pings within, when `WatchdogSec=` applies to this process.
    ///
    /// Reads `WATCHDOG_USEC` and `WATCHDOG_PID` with `sd_watchdog_enabled`; nil when the watchdog
    /// is off, meant for another process, or the variables are malformed. Ping at half the interval.
    public static func watchdogInterval() -> Duration? {
        var microseconds: UInt64 = 0
        guard sd_watchdog_enabled(0, &microseconds) > 0, microseconds > 0 else { return nil }
        return .microseconds(Int64(clamping: microseconds))
    }
}
