import NewsLog
import Testing

@Suite struct CRC32CTests {
    @Test func knownVectors() {
        // The check value of CRC-32C, and two vectors of RFC 3720 (iSCSI), appendix B.4.
        #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
        #expect(CRC32C.checksum([UInt8](repeating: 0, count: 32)) == 0x8A91_36AA)
        #expect(CRC32C.checksum([UInt8](repeating: 0xFF, count: 32)) == 0x62A8_AB43)
        #expect(CRC32C.checksum((0..<32).map { UInt8($0) }) == 0x46DD_794E)
        #expect(CRC32C.checksum([UInt8]()) == 0)
    }

    @Test(arguments: [0, 1, 7, 8, 9, 63, 64, 1000])
    func incrementalEqualsWhole(split: Int) {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = CRC32C.checksum(bytes)
        let first = bytes[..<split].withUnsafeBytes { CRC32C.checksum($0) }
        let both = bytes[split...].withUnsafeBytes { CRC32C.update(first, $0) }
        #expect(both == whole)
    }
}
