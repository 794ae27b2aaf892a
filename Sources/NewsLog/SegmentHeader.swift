/// The 24-byte header that starts every segment file, and the file's name.
///
/// A segment is named after the sequence number of its first record, so the names sort in
/// log order: `segment-00000000000000000001.log`.
struct SegmentHeader: Equatable {
    static let size = 24
    static let magic: [UInt8] = Array("NEWSLOG".utf8) + [0]
    static let formatVersion: UInt16 = 1

    var firstSequence: UInt64

    func encoded() -> [UInt8] {
        var out = Self.magic
        RecordCodec.putLE(&out, Self.formatVersion)
        RecordCodec.putLE(&out, UInt16(0))
        RecordCodec.putLE(&out, firstSequence)
        let crc = out.withUnsafeBytes { CRC32C.checksum($0) }
        RecordCodec.putLE(&out, crc)
        return out
    }

    /// Parses a header; throws the reason it is not one.
    static func decode(_ bytes: UnsafeRawBufferPointer) throws(RecordDamage) -> SegmentHeader {
        guard bytes.count >= size else {
            throw RecordDamage("the header is cut short at \(bytes.count) of \(size) bytes")
        }
        guard Array(bytes[0..<8]) == magic else { throw RecordDamage("no segment magic at the start") }
        let stored = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 20, as: UInt32.self))
        guard CRC32C.checksum(UnsafeRawBufferPointer(rebasing: bytes[0..<20])) == stored else {
            throw RecordDamage("the header's CRC-32C does not match")
        }
        let version = UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt16.self))
        guard version == formatVersion else {
            throw RecordDamage("format version \(version) is not one this build reads (\(formatVersion))")
        }
        return SegmentHeader(
            firstSequence: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 12, as: UInt64.self)))
    }

    static func fileName(firstSequence: UInt64) -> String {
        let digits = String(firstSequence)
        return "segment-" + String(repeating: "0", count: max(0, 20 - digits.count)) + digits + ".log"
    }

    /// The first sequence number a segment file name stands for, or nil if it is not a segment's name.
    static func firstSequence(fromFileName name: String) -> UInt64? {
        guard name.hasPrefix("segment-"), name.hasSuffix(".log") else { return nil }
        let digits = name.dropFirst(8).dropLast(4)
        guard digits.count == 20, digits.allSatisfy(\.isASCII), let value = UInt64(digits), value > 0 else {
            return nil
        }
        return value
    }
}
