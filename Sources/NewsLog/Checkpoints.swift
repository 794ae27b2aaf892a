import Crypto
import Foundation
import NewsCore
import SystemPackage

/// A signed statement of the log's Merkle tree: its size and root at a time, signed with Ed25519.
///
/// The signed message is the UTF-8 text `newsd-checkpoint/1\n<treeSize>\n<root hex>\n<time µs>\n`.
/// An auditor who keeps a checkpoint (and the public key) can later prove the log still holds
/// those records unchanged: the root of its first `treeSize` records must be `root`.
public struct Checkpoint: Codable, Sendable, Hashable {
    enum CodingKeys: String, CodingKey {
        case treeSize = "tree_size"
        case root, time
        case publicKey = "public_key"
        case signature
    }

    public var treeSize: Int
    public var root: String
    /// Microseconds since 1970-01-01 UTC.
    public var time: Int64
    /// The Ed25519 public key, hex.
    public var publicKey: String
    /// The Ed25519 signature of `message`, hex.
    public var signature: String

    public var message: [UInt8] { Array("newsd-checkpoint/1\n\(treeSize)\n\(root)\n\(time)\n".utf8) }

    /// Whether the signature is good for `publicKey`.
    public var isValidlySigned: Bool {
        guard let keyBytes = Hex.decode(publicKey), let signatureBytes = Hex.decode(signature),
            let key = try? Curve25519.Signing.PublicKey(rawRepresentation: keyBytes)
        else { return false }
        return key.isValidSignature(signatureBytes, for: message)
    }

}

/// The state directory's checkpoint key (`checkpoint.key`, mode 0600; `checkpoint.pub` beside it)
/// and its checkpoints, one JSON object a line in `checkpoints.jsonl`.
public struct CheckpointStore: Sendable {
    let state: StateDirectory

    public init(stateDirectory: String) { state = StateDirectory(stateDirectory) }

    var keyPath: String { state.checkpointKey }
    var publicKeyPath: String { state.checkpointPublicKey }
    var logPath: String { state.checkpoints }

    /// The signing key, made on first use.
    func signingKey() throws -> Curve25519.Signing.PrivateKey {
        if let data = FileManager.default.contents(atPath: keyPath) {
            return try Curve25519.Signing.PrivateKey(rawRepresentation: data)
        }
        let key = Curve25519.Signing.PrivateKey()
        try write(Array(key.rawRepresentation), to: keyPath, mode: 0o600, append: false)
        try write(
            Array((Hex.encode(key.publicKey.rawRepresentation) + "\n").utf8), to: publicKeyPath, mode: 0o644,
            append: false)
        return key
    }

    /// The public key (hex), if a key was made.
    public func publicKey() -> String? {
        FileManager.default.contents(atPath: publicKeyPath).map {
            String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// Signs the tree's size and root now, and appends the checkpoint durably.
    @discardableResult
    public func sign(treeSize: Int, root: SHA256Hash, time: Int64) throws -> Checkpoint {
        let key = try signingKey()
        var checkpoint = Checkpoint(
            treeSize: treeSize, root: root.hex, time: time, publicKey: Hex.encode(key.publicKey.rawRepresentation),
            signature: "")
        checkpoint.signature = Hex.encode(try key.signature(for: checkpoint.message))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try write(Array(try encoder.encode(checkpoint)) + [0x0A], to: logPath, mode: 0o644, append: true)
        return checkpoint
    }

    /// Every checkpoint written, oldest first (lines that do not parse are skipped).
    public func all() -> [Checkpoint] {
        guard let data = FileManager.default.contents(atPath: logPath) else { return [] }
        return data.split(separator: 0x0A).compactMap { try? JSONDecoder().decode(Checkpoint.self, from: Data($0)) }
    }

    public func latest() -> Checkpoint? { all().last }

    private func write(_ bytes: [UInt8], to path: String, mode: FilePermissions.RawValue, append: Bool) throws {
        var options: FileDescriptor.OpenOptions = [.create, .closeOnExec]
        options.insert(append ? .append : .truncate)
        let fd = try FileDescriptor.open(
            FilePath(path), .writeOnly, options: options, permissions: FilePermissions(rawValue: mode))
        defer { try? fd.close() }
        _ = try fd.writeAll(bytes)
        try FileOps.dataSync(fd)
    }
}
