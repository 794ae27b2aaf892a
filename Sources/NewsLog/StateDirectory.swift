import SystemPackage

/// The layout of newsd's state directory, spelled out once: newsd, newsctl's offline commands,
/// the verifier and newsbench all find its parts here.
///
/// ```
/// STATE/log/                 the event log's segments and index (FORMAT.md)
/// STATE/snapshots/           snapshots of the projections
/// STATE/checkpoint.key       the Ed25519 key that signs checkpoints (mode 0600)
/// STATE/checkpoint.pub       its public key, in hex
/// STATE/checkpoints.jsonl    the signed checkpoints, one JSON object a line
/// STATE/io.newsd             the Varlink socket, when no other place is given
/// ```
public struct StateDirectory: Sendable, Hashable, CustomStringConvertible {
    public let path: String

    public init(_ path: String) { self.path = path }

    public var description: String { path }

    /// The event log's directory.
    public var log: FilePath { FilePath(path + "/log") }
    /// The snapshots' directory.
    public var snapshots: FilePath { FilePath(path + "/snapshots") }
    /// The checkpoint signing key.
    public var checkpointKey: String { path + "/checkpoint.key" }
    /// The checkpoint key's public half, in hex.
    public var checkpointPublicKey: String { path + "/checkpoint.pub" }
    /// The signed checkpoints.
    public var checkpoints: String { path + "/checkpoints.jsonl" }
    /// The socket's path inside the directory, newsd's embedded default.
    public var socket: String { path + "/" + Self.socketName }

    /// The socket's file name, in the state directory or in systemd's runtime directory.
    public static let socketName = "io.newsd"

    /// Where a user's newsd keeps its state outside systemd: `$XDG_STATE_HOME/newsd`, else
    /// `~/.local/state/newsd`.
    public static func user(environment: [String: String]) -> StateDirectory {
        StateDirectory(
            environment["XDG_STATE_HOME"].map { $0 + "/newsd" } ?? (environment["HOME"] ?? ".") + "/.local/state/newsd")
    }
}
