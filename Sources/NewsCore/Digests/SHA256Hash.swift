import Crypto
import Foundation

/// A SHA-256 digest: 32 bytes. Article ids, Merkle leaves and roots, and snapshot digests are
/// plain digests; the log's chain hash (`ChainHash`, in NewsLog) is a distinct type built on one.
/// (Not `SHA256Digest`: swift-crypto has a type of that name, and files import both.)
public struct SHA256Hash: Sendable, Hashable, CustomStringConvertible {
    /// The 32 bytes of the digest, in order.
    public let bytes: [UInt8]

    /// Wraps 32 digest bytes; returns nil for any other length.
    public init?(bytes: [UInt8]) {
        guard bytes.count == 32 else { return nil }
        self.bytes = bytes
    }

    /// Parses 64 hexadecimal digits.
    public init?(hex: some StringProtocol) {
        guard hex.utf8.count == 64, let bytes = Hex.decode(hex) else { return nil }
        self.bytes = bytes
    }

    public init(_ digest: SHA256.Digest) { bytes = Array(digest) }

    /// The digest of `data`.
    public static func of(_ data: some DataProtocol) -> SHA256Hash { SHA256Hash(SHA256.hash(data: data)) }

    /// The digest of the bytes in `buffer`.
    public static func of(buffer: UnsafeRawBufferPointer) -> SHA256Hash {
        var hasher = SHA256()
        hasher.update(bufferPointer: buffer)
        return SHA256Hash(hasher.finalize())
    }

    /// Lower-case hexadecimal.
    public var hex: String { Hex.encode(bytes) }

    public var description: String { hex }
}

extension ArticleID {
    /// An article's identity: `sha256:` and the SHA-256 of its UTF-8 text, in lower-case hex.
    public static func of(text: String) -> ArticleID {
        ArticleID("sha256:" + SHA256Hash.of(Array(text.utf8)).hex)
    }
}
