import Foundation
import Logging
import NewsLog
import NewsSystemd

/// Everything newsd can be told, with defaults that work without root.
public struct DaemonConfiguration: Sendable, Hashable {
    /// Where the log and snapshots live.
    public var stateDirectory: String
    /// Where to bind the Varlink socket when systemd hands none over.
    public var socketPath: String
    /// Members of this group (and root) may write; nil allows root only.
    public var writerGroup: String?
    /// The largest article accepted, in bytes of UTF-8.
    public var maximumArticleBytes: Int = 8 << 20
    public var maximumConnections: Int = 2048
    public var idleTimeoutSeconds: Int = 300
    /// A snapshot of the projections is written after this many new events.
    public var snapshotEvery: UInt64 = 10_000
    /// A new segment of the log is started before an append would take the current one past
    /// this size; the full one is then sealed (`SegmentSeal`). Takes effect at the next start.
    public var segmentBytes: Int = EventLog.Configuration().segmentSize
    /// How long after a start that took segments of the log from their seals the whole log is
    /// read once in the background (`SealCheckService`).
    public var sealCheckDelaySeconds: Int = 300
    /// File mode of the socket newsd makes itself (not of one systemd hands over).
    public var socketMode: UInt16 = 0o660
    public var logLevel: Logger.Level = .info
    /// The configuration file this was read from, if any; SIGHUP reads it again.
    public var configurationFile: String?

    public init(stateDirectory: String, socketPath: String) {
        self.stateDirectory = stateDirectory
        self.socketPath = socketPath
    }

    /// The defaults for this environment: systemd's directories under systemd, else the user's.
    ///
    /// Under systemd: `$STATE_DIRECTORY` and `$RUNTIME_DIRECTORY/io.newsd`. Elsewhere:
    /// `$XDG_STATE_HOME/newsd` (or `~/.local/state/newsd`) and `io.newsd` inside it.
    public static func defaults(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> DaemonConfiguration
    {
        let state =
            SystemdEnvironment.stateDirectory(environment: environment).map(StateDirectory.init)
            ?? StateDirectory.user(environment: environment)
        let socket =
            SystemdEnvironment.runtimeDirectory(environment: environment).map { $0 + "/" + StateDirectory.socketName }
            ?? state.socket
        return DaemonConfiguration(stateDirectory: state.path, socketPath: socket)
    }

    /// Applies a configuration file of `key = value` lines (`#` starts a comment).
    ///
    /// Keys: state_dir, socket, socket_mode, writer_group, max_article_bytes, max_connections,
    /// idle_timeout_seconds, snapshot_every, segment_bytes, seal_check_delay_seconds, log_level. An unknown key or a bad value is an
    /// error that names the line.
    public mutating func apply(file path: String) throws {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw ConfigurationError(
                message: "cannot read the configuration file \(path): \(error.localizedDescription)")
        }
        // Lines end in LF or CRLF.
        for (number, raw) in text.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }
        ).enumerated() {
            let line =
                raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            func bad(_ why: String) -> ConfigurationError {
                ConfigurationError(message: "\(path):\(number + 1): \(why)")
            }
            guard parts.count == 2, !parts[0].isEmpty else { throw bad("expected key = value") }
            let (key, value) = (parts[0], parts[1])
            func integer() throws -> Int {
                guard let n = Int(value), n > 0 else { throw bad("\(key) needs a positive integer, not \"\(value)\"") }
                return n
            }
            switch key {
            case "state_dir": stateDirectory = value
            case "socket": socketPath = value
            case "writer_group": writerGroup = value.isEmpty ? nil : value
            case "max_article_bytes": maximumArticleBytes = try integer()
            case "max_connections": maximumConnections = try integer()
            case "idle_timeout_seconds": idleTimeoutSeconds = try integer()
            case "snapshot_every": snapshotEvery = UInt64(try integer())
            case "segment_bytes":
                let n = try integer()
                guard n >= 4096 else { throw bad("segment_bytes must be at least 4096") }
                segmentBytes = n
            case "seal_check_delay_seconds":
                guard let n = Int(value), n >= 0 else {
                    throw bad("seal_check_delay_seconds needs a whole number of seconds, 0 or more, not \"\(value)\"")
                }
                sealCheckDelaySeconds = n
            case "socket_mode":
                guard let mode = UInt16(value, radix: 8), mode <= 0o777 else {
                    throw bad("socket_mode is an octal file mode such as 0660")
                }
                socketMode = mode
            case "log_level":
                guard let level = Logger.Level(rawValue: value) else {
                    throw bad("log_level is one of trace, debug, info, notice, warning, error, critical")
                }
                logLevel = level
            default: throw bad("unknown key \"\(key)\"")
            }
        }
        configurationFile = path
    }

    /// The state directory's layout.
    public var state: StateDirectory { StateDirectory(stateDirectory) }
}

/// A configuration that cannot be used, with the reason.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}
