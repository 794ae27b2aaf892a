import Foundation
import NewsCore

/// A sentence prepared for word lookups: lowercased, Arabic normalised, spaces around words.
struct SearchableText {
    let text: String
    /// The text's UTF-8 when every scalar of it is plain (`CountryCatalog.isPlain`), nil otherwise.
    ///
    /// Plain scalars are characters of their own that no other sequence is canonically
    /// equivalent to, so Foundation's search for a plain word (which compares characters) finds
    /// it exactly where its bytes are.
    let plainUTF8: [UInt8]?
    /// For the plain text, a bit set by each run of four bytes in it (`quadBit`): a word whose
    /// first four bytes set an unset bit is not there, and needs no search.
    private let quads: [UInt64]

    init(_ raw: String) {
        if let folded = Self.plainFolded(raw) {
            text = String(decoding: folded, as: UTF8.self)
            plainUTF8 = folded
            quads = Self.quads(folded)
            return
        }
        let folded = ArabicText.normalized(raw).lowercased()
        text =
            " "
            + String(
                String.UnicodeScalarView(
                    folded.unicodeScalars.map { s in
                        ScalarTraits.isAlphanumeric(s) || s == "%" ? s : " "
                    })) + " "
        plainUTF8 = PlainText.isPlain(text) ? Array(text.utf8) : nil
        quads = plainUTF8.map(Self.quads) ?? []
    }

    static let quadWords = 32

    /// Which of `quadWords * 64` bits the four bytes from `i` on set.
    @inline(__always)
    static func quadBit(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let v = UInt32(p[i]) | UInt32(p[i + 1]) << 8 | UInt32(p[i + 2]) << 16 | UInt32(p[i + 3]) << 24
        return Int((v &* 0x9E37_79B1) >> 21)
    }

    static func quads(_ text: [UInt8]) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: quadWords)
        text.withUnsafeBufferPointer { t in
            guard t.count >= 4 else { return }
            for i in 0...(t.count - 4) {
                let bit = quadBit(t, i)
                bits[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
        return bits
    }

    /// False when the word's bytes (without a closing `*`) cannot be in the plain text.
    func mayHave(_ word: String) -> Bool {
        var word = word
        return word.withUTF8(mayHave)
    }

    func mayHave(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let bits = Self.quadBits(w) else { return true }
        return mayHave(bits)
    }

    /// False when a word whose first and last four bytes set these bits (`quadBits`) cannot be
    /// in the plain text: a word found sets every bit its own runs of four set.
    @inline(__always)
    func mayHave(_ bits: (first: Int, last: Int)) -> Bool {
        quads[bits.first >> 6] & (1 << UInt64(bits.first & 63)) != 0
            && quads[bits.last >> 6] & (1 << UInt64(bits.last & 63)) != 0
    }

    /// The bits (`quadBit`) of a word's first and last four bytes, without a closing `*`; nil
    /// for a word of fewer than four.
    static func quadBits(_ w: UnsafeBufferPointer<UInt8>) -> (first: Int, last: Int)? {
        let n = w.last == UInt8(ascii: "*") ? w.count - 1 : w.count
        guard n >= 4 else { return nil }
        return (quadBit(w, 0), quadBit(w, n - 4))
    }

    /// The folded text's UTF-8, scalar by scalar, when every letter and digit of the text is
    /// plain once normalised (`CountryCatalog.isPlain`); nil otherwise.
    ///
    /// Plain letters lowercase by themselves (ASCII and Latin-1 capitals to their small
    /// letters; Arabic has no case), and a sign that lowercasing leaves alone becomes a space
    /// either way, so this is the text `init` builds the slow way, byte for byte.
    static func plainFolded(_ raw: String) -> [UInt8]? {
        let space = UInt8(ascii: " ")
        var out: [UInt8] = [space]
        out.reserveCapacity(raw.utf8.count + 2)
        for scalar in raw.unicodeScalars {
            guard let s = ArabicText.map(scalar) else { continue }
            let v = s.value
            if v < 0x80 {
                let b = UInt8(v)
                switch b {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): out.append(b + 0x20)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "%"):
                    out.append(b)
                default: out.append(space)
                }
            } else if !ScalarText.isAlphanumeric(s) {
                // A sign: a space, unless lowercasing would make something else of it.
                guard !ScalarTraits.lowercasesToOther(s) else { return nil }
                out.append(space)
            } else if CountryCatalog.isPlain(v) {
                let lower = (0xC0...0xDE).contains(v) && v != 0xD7 ? v + 0x20 : v
                for unit in UTF8.encode(Unicode.Scalar(lower)!)! { out.append(unit) }
            } else {
                return nil
            }
        }
        out.append(space)
        return out
    }

    /// Whether a word or phrase is there: Arabic anywhere (particles and pronouns attach to
    /// it); English as a whole word or its plural, or, for an entry ending in `*`, as a word start.
    func has(_ word: String) -> Bool {
        if plainUTF8 != nil {
            // The word's bytes read once for its plainness, the quick test and the search.
            var word = word
            if let found = word.withUTF8({ hasInPlainText($0, Self.plainness($0)) }) { return found }
        }
        return foundationHas(word)
    }

    /// `has(_:)` by bytes in a plain text, for a word of the given plainness; nil when the text
    /// or the word is not plain and Foundation's search must decide.
    func hasInPlainText(_ w: UnsafeBufferPointer<UInt8>, _ plainness: Plainness) -> Bool? {
        guard let plainUTF8 else { return nil }
        switch plainness {
        case .plain: return mayHave(w) && plainUTF8.withUnsafeBufferPointer { Self.has(w, in: $0) }
        // Its canonical decomposition has a hamza sign, which no plain text has.
        case .hamza: return false
        case .other: return nil
        }
    }

    enum Plainness: Sendable { case plain, hamza, other }

    /// Whether every scalar of a word is plain (`CountryCatalog.isPlain`), read from its UTF-8;
    /// `.hamza` when one is an Arabic letter with a hamza or madda sign (آ أ ؤ إ ئ).
    static func plainness(_ word: String) -> Plainness {
        var word = word
        return word.withUTF8(plainness)
    }

    static func plainness(_ w: UnsafeBufferPointer<UInt8>) -> Plainness {
        // Printable ASCII first, eight bytes at a time.
        var i = PlainText.printableASCIIEnd(w, from: 0)
        var result = Plainness.plain
        while i < w.count {
            let b = w[i]
            if b < 0x80 {
                if b < 0x20 || b == 0x7F { result = .other }
                i += 1
                continue
            }
            guard i + 1 < w.count else { return .other }
            let low = w[i + 1] & 0x3F
            switch b {
            case 0xC3: break  // U+00C0 to U+00FF
            case 0xD8:  // U+0600 to U+063F
                if (0x22...0x26).contains(low) { return .hamza }
                if !(low == 0x21 || (0x27...0x3A).contains(low)) { result = .other }
            case 0xD9:  // U+0640 to U+067F
                if !(0x01...0x0A).contains(low) { result = .other }
            default:
                // Another two-byte scalar, or one of three or four bytes.
                result = .other
                i += b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                continue
            }
            i += 2
        }
        return result
    }

    /// `has(_:)` by Foundation's string search, for any text and word.
    func foundationHas(_ word: String) -> Bool {
        if ArabicText.containsArabic(word) { return text.contains(word) }
        if word.hasSuffix("*") { return text.contains(" " + word.dropLast()) }
        return text.contains(" " + word + " ") || text.contains(" " + word + "s ") || text.contains(" " + word + "es ")
    }

    /// `has(_:)` for a plain word in a plain text, byte by byte.
    static func has(_ word: String, in text: [UInt8]) -> Bool {
        var word = word
        return word.withUTF8 { w in text.withUnsafeBufferPointer { t in has(w, in: t) } }
    }

    static func has(_ w: UnsafeBufferPointer<UInt8>, in t: UnsafeBufferPointer<UInt8>) -> Bool {
        let space = UInt8(ascii: " ")
        if w.contains(where: { $0 >= 0xD8 && $0 <= 0xDB }) {
            // Arabic (its letters are D8 xx to DB xx in UTF-8): anywhere.
            return find(w[...], in: t) { _, _ in true }
        }
        if w.last == UInt8(ascii: "*") {
            return find(w[..<(w.count - 1)], in: t) { start, _ in start > 0 && t[start - 1] == space }
        }
        return find(w[...], in: t) { start, end in
            guard start > 0 && t[start - 1] == space else { return false }
            // Followed by " ", "s " or "es ".
            var k = end
            if k < t.count && t[k] == UInt8(ascii: "e") { k += 1 }
            if k < t.count && t[k] == UInt8(ascii: "s") { k += 1 }
            let suffix = k - end
            guard k < t.count && t[k] == space else { return false }
            return suffix == 0 || suffix == 2 || (suffix == 1 && t[end] == UInt8(ascii: "s"))
        }
    }

    /// Whether `needle` occurs in `haystack` at a place (start, end) that `accept`s.
    @inline(__always)
    static func find(
        _ needle: Slice<UnsafeBufferPointer<UInt8>>, in haystack: UnsafeBufferPointer<UInt8>, accept: (Int, Int) -> Bool
    ) -> Bool {
        let n = needle.count
        guard n > 0 else { return (0...haystack.count).contains { accept($0, $0) } }
        guard haystack.count >= n, let base = haystack.baseAddress, let needleBase = needle.base.baseAddress else {
            return false
        }
        // The byte looked for: the first, or for a needle that starts with a lead byte (Arabic's
        // D8 and D9 stand before every other byte of Arabic text) the second, which tells the
        // letter. The places are tried in order all the same.
        let pivot = n >= 2 && needle[needle.startIndex] >= 0xC0 ? 1 : 0
        let sought = Int32(needle[needle.startIndex + pivot])
        let start = needleBase + needle.startIndex
        var i = 0
        let last = haystack.count - n
        while i <= last {
            // The next place the byte is, then the whole needle at once.
            guard let hit = memchr(base + i + pivot, sought, last - i + 1) else { return false }
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - pivot
            if memcmp(base + i, start, n) == 0 && accept(i, i + n) { return true }
            i += 1
        }
        return false
    }

    func hasAny(_ words: [String]) -> Bool { words.contains(where: has) }
}

/// A string hashed and compared by its UTF-8 bytes: a key for caching what is worked out from
/// a string, which is the same for the same bytes (canonically equivalent strings in other
/// bytes merely get entries of their own).
struct UTF8Key: Hashable {
    var text: String

    init(_ text: String) { self.text = text }

    static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        a.text.utf8.count == b.text.utf8.count && a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
