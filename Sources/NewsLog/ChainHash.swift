import Crypto
import NewsCore

/// The SHA-256 chain hash of a record: SHA-256(chain hash of the record before ‖ record bytes).
///
/// The record before the first is taken to have the all-zero hash, `ChainHash.zero`. Only the
/// chain is a `ChainHash`; other digests (Merkle leaves and roots, snapshot digests, article
/// ids) are `SHA256Hash`s.
public struct ChainHash: Sendable, Hashable, CustomStringConvertible {
    /// The digest the chain holds at this record.
    public let digest: SHA256Hash

    /// The hash that stands before record 1.
    public static let zero = ChainHash(uncheckedBytes: [UInt8](repeating: 0, count: 32))

    /// Wraps 32 digest bytes; returns nil for any other length.
    public init?(bytes: [UInt8]) {
        guard let digest = SHA256Hash(bytes: bytes) else { return nil }
        self.digest = digest
    }

    /// Parses 64 hexadecimal digits.
    public init?(hex: String) {
        guard let digest = SHA256Hash(hex: hex) else { return nil }
        self.digest = digest
    }

    init(uncheckedBytes: [UInt8]) { digest = SHA256Hash(bytes: uncheckedBytes)! }

    /// The chain hash of a record whose encoded bytes are `record`, following `previous`.
    public static func next(after previous: ChainHash, record: UnsafeRawBufferPointer) -> ChainHash {
        var hasher = SHA256()
        previous.bytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        hasher.update(bufferPointer: record)
        return ChainHash(hashed: SHA256Hash(hasher.finalize()))
    }

    private init(hashed digest: SHA256Hash) { self.digest = digest }

    /// The 32 bytes of the digest, in order.
    public var bytes: [UInt8] { digest.bytes }

    /// Lower-case hexadecimal.
    public var hex: String { digest.hex }

    public var description: String { hex }
}
