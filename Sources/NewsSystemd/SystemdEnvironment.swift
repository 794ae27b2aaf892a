#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What systemd tells a service through its environment (`systemd.exec(5)`, "Environment Variables").
///
/// Each helper takes the environment as a parameter (the process environment by default), so
/// callers and tests can pass their own. Empty values count as unset.
public enum SystemdEnvironment {
    /// The first path in `$STATE_DIRECTORY` (from `StateDirectory=`), or nil.
    ///
    /// systemd separates several directories with ":"; the first is the unit's main one.
    public static func stateDirectory(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        firstPath(environment["STATE_DIRECTORY"])
    }

    /// The first path in `$RUNTIME_DIRECTORY` (from `RuntimeDirectory=`), or nil.
    public static func runtimeDirectory(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        firstPath(environment["RUNTIME_DIRECTORY"])
    }

    /// `$INVOCATION_ID`, the 128-bit id (32 hex digits) of this run of the unit, or nil.
    public static func invocationID(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        nonEmpty(environment["INVOCATION_ID"])
    }

    /// Whether the process runs as a systemd service: `INVOCATION_ID` or `NOTIFY_SOCKET` is set.
    public static func isUnderSystemd(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Bool {
        nonEmpty(environment["INVOCATION_ID"]) != nil || nonEmpty(environment["NOTIFY_SOCKET"]) != nil
    }

    /// The first non-empty entry of a ":"-separated list of paths.
    static func firstPath(_ list: String?) -> String? {
        guard let list else { return nil }
        return list.split(separator: ":", omittingEmptySubsequences: true).first.map(String.init)
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }
}
