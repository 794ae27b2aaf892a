import Crypto

/// The SHA-256 chain hash of a record: SHA-256(chain hash of the record before ‖ record bytes).
///
/// The record before the first is taken to have the all-zero hash, `ChainHash.zero`.
public struct ChainHash: Sendable, Hashable, CustomStringConvertible {
    /// The 32 bytes of the digest, in order.
    public let bytes: [UInt8]

    /// The hash that stands before record 1.
    public static let zero = ChainHash(uncheckedBytes: [UInt8](repeating: 0, count: 32))

    /// Wraps 32 digest bytes; returns nil for any other length.
    public init?(bytes: [UInt8]) {
        guard bytes.count == 32 else { return nil }
        self.bytes = bytes
    }

    /// Parses 64 hexadecimal digits.
    public init?(hex: String) {
        let utf8 = Array(hex.utf8)
        guard utf8.count == 64 else { return nil }
        var out = [UInt8]()
        out.reserveCapacity(32)
        for i in stride(from: 0, to: 64, by: 2) {
            guard let hi = Self.nibble(utf8[i]), let lo = Self.nibble(utf8[i + 1]) else { return nil }
            out.append(hi << 4 | lo)
        }
        bytes = out
    }

    init(uncheckedBytes: [UInt8]) { bytes = uncheckedBytes }

    init(_ digest: SHA256.Digest) { bytes = Array(digest) }

    /// The chain hash of a record whose encoded bytes are `record`, following `previous`.
    public static func next(after previous: ChainHash, record: UnsafeRawBufferPointer) -> ChainHash {
        var hasher = SHA256()
        previous.bytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        hasher.update(bufferPointer: record)
        return ChainHash(hasher.finalize())
    }

    /// Lower-case hexadecimal.
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    public var description: String { hex }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
