import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The tests that change the process environment (`NOTIFY_SOCKET`, `WATCHDOG_*`, `LISTEN_*`,
/// `JOURNAL_STREAM`) or read it through libsystemd.
///
/// Tests run in parallel in one process and the environment is shared, so all of them are nested
/// in this one serialized suite (`.serialized` applies to nested suites too).
@Suite(.serialized) enum ProcessEnvironment {
    /// Runs `body` with the variables set (a nil value unsets one), then restores the previous values.
    static func with<Result>(_ changes: [String: String?], _ body: () throws -> Result) rethrows -> Result {
        let saved = apply(changes)
        defer { apply(saved) }
        return try body()
    }

    /// ``with(_:_:)`` for a body that waits.
    static func with<Result>(_ changes: [String: String?], _ body: () async throws -> Result) async rethrows -> Result {
        let saved = apply(changes)
        defer { apply(saved) }
        return try await body()
    }

    /// Sets the variables (a nil value unsets one) and returns their previous values.
    @discardableResult
    private static func apply(_ changes: [String: String?]) -> [String: String?] {
        var saved: [String: String?] = [:]
        for (name, value) in changes {
            saved[name] = getenv(name).map { String(cString: $0) }
            if let value {
                setenv(name, value, 1)
            } else {
                unsetenv(name)
            }
        }
        return saved
    }

    /// The variable's current value in the process environment.
    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
