import NewsCore
import Testing

/// The one hex codec, and plain SHA-256 digests.
@Suite struct DigestTests {
    @Test func hexRoundTripsEveryByte() throws {
        let all = (0...255).map(UInt8.init)
        let text = Hex.encode(all)
        #expect(text.count == 512)
        #expect(text.hasPrefix("000102") && text.hasSuffix("fdfeff"))
        #expect(Hex.decode(text) == all)
        #expect(Hex.decode(text.uppercased()) == all, "either case is read")
    }

    @Test func hexRefusesWhatIsNotHex() {
        #expect(Hex.decode("abc") == nil, "an odd number of digits")
        #expect(Hex.decode("0g") == nil)
        #expect(Hex.decode("12 4") == nil)
        #expect(Hex.decode("١٢") == nil, "Arabic-Indic digits are not hex")
        #expect(Hex.decode("") == [])
    }

    @Test func sha256OfKnownInputs() throws {
        // FIPS 180-2's example for "abc", and the digest of nothing.
        #expect(
            SHA256Hash.of(Array("abc".utf8)).hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256Hash.of([UInt8]()).hex == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let bytes = Array("abc".utf8)
        #expect(bytes.withUnsafeBytes { SHA256Hash.of(buffer: $0) } == SHA256Hash.of(bytes))
    }

    @Test func aDigestIsThirtyTwoBytes() throws {
        let digest = SHA256Hash.of(Array("x".utf8))
        #expect(SHA256Hash(hex: digest.hex) == digest)
        #expect(SHA256Hash(hex: digest.hex.uppercased()) == digest)
        #expect(SHA256Hash(hex: String(digest.hex.dropLast(2))) == nil)
        #expect(SHA256Hash(bytes: digest.bytes + [0]) == nil)
        #expect(SHA256Hash(bytes: digest.bytes) == digest)
    }

    @Test func anArticlesIdIsTheDigestOfItsText() {
        let text = "Two ministers met in a port city.\n"
        #expect(ArticleID.of(text: text).rawValue == "sha256:" + SHA256Hash.of(Array(text.utf8)).hex)
        #expect(
            ArticleID.of(text: "abc").rawValue
                == "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
