#if canImport(Glibc)
    import Glibc
#endif

/// One state assignment that a service sends to systemd with `sd_notify` (see `sd_notify(3)`).
///
/// Several states go out together in one datagram through ``SystemdNotifier``.
public enum NotifyState: Sendable, Hashable {
    /// `READY=1`: start-up is finished (or a reload is), the service is serving.
    case ready
    /// `RELOADING=1` with `MONOTONIC_USEC=`, the `CLOCK_MONOTONIC` time at which ``line`` is built.
    ///
    /// Send ``ready`` when the reload is done.
    case reloading
    /// `STOPPING=1`: shutdown has begun.
    case stopping
    /// `WATCHDOG=1`: a keep-alive ping for `WatchdogSec=`.
    case watchdog
    /// `STATUS=`: a one-line, human-readable status for `systemctl status`.
    ///
    /// Line breaks in the text are replaced by single spaces, since the protocol is line based.
    case status(String)
    /// `EXTEND_TIMEOUT_USEC=`: asks for this much more time for the current start-up, reload or stop.
    case extendTimeout(microseconds: UInt64)
    /// `MAINPID=`: the main process of the service, when it is not the one that was started.
    case mainPID(Int32)
    /// `ERRNO=`: the errno-style error code the service failed with.
    case errno(Int32)

    /// The assignment text, e.g. `READY=1`; ``reloading`` gives two lines.
    public var line: String {
        switch self {
        case .ready:
            "READY=1"
        case .reloading:
            "RELOADING=1\nMONOTONIC_USEC=\(Self.monotonicMicroseconds())"
        case .stopping:
            "STOPPING=1"
        case .watchdog:
            "WATCHDOG=1"
        case .status(let text):
            "STATUS=\(Self.singleLine(text))"
        case .extendTimeout(let microseconds):
            "EXTEND_TIMEOUT_USEC=\(microseconds)"
        case .mainPID(let pid):
            "MAINPID=\(pid)"
        case .errno(let code):
            "ERRNO=\(code)"
        }
    }

    /// `text` with every run of line breaks replaced by one space, and without leading or trailing ones.
    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// The current `CLOCK_MONOTONIC` time in microseconds, the clock systemd expects in `MONOTONIC_USEC`.
    static func monotonicMicroseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1_000
    }
}
