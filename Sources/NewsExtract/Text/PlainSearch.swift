import Foundation

/// Foundation's `range(of:)` (forwards or `.backwards`, no other option) by a byte search,
/// when both strings are strictly plain; Foundation's search otherwise.
///
/// Foundation compares canonically equivalent characters, not bytes. Strictly plain scalars
/// (printable ASCII; the Arabic letters without hamza or madda signs, ء, ا to غ, ف to ي; the
/// Arabic comma, semicolon and question mark; some Latin-1 signs: ¢ to §, « ° · »; dashes,
/// quotes and bullets, U+2010 to U+2027; currency signs, U+20A0 to U+20BF) are each a character
/// of its own, equivalent to no other sequence and part of no other scalar's decomposition, so
/// in such strings the characters match where the bytes do. (Latin-1 letters, plain for
/// `CountryCatalog.isPlain`, decompose into an ASCII letter and a mark: left out here.)
enum PlainSearch {
    static func range(of needle: String, in text: String, backwards: Bool = false) -> Range<String.Index>? {
        range(of: needle, in: text[...], backwards: backwards)
    }

    static func range(of needle: String, in text: Substring, backwards: Bool = false) -> Range<String.Index>? {
        var needle = needle
        let found: Int?? = needle.withUTF8 { n -> Int?? in
            guard !n.isEmpty, isStrictlyPlain(n) else { return .none }
            return text.utf8.withContiguousStorageIfAvailable { t -> Int?? in
                guard isStrictlyPlain(t) else { return .none }
                return .some(backwards ? last(n, in: t) : first(n, in: t))
            } ?? .none
        }
        guard let found else { return text.range(of: needle, options: backwards ? .backwards : []) }
        guard let offset = found else { return nil }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// A text searched for many needles: its plainness worked out once.
    struct Text {
        let text: String
        let isStrictlyPlain: Bool

        init(_ text: String) {
            self.text = text
            isStrictlyPlain = text.utf8.withContiguousStorageIfAvailable(PlainSearch.isStrictlyPlain) ?? false
        }

        /// `PlainSearch.range(of:in:backwards:)`.
        func range(of needle: String, backwards: Bool = false) -> Range<String.Index>? {
            guard isStrictlyPlain else { return PlainSearch.range(of: needle, in: text, backwards: backwards) }
            var needle = needle
            let found: Int?? = needle.withUTF8 { n -> Int?? in
                guard !n.isEmpty, PlainSearch.isStrictlyPlain(n) else { return .none }
                return text.utf8.withContiguousStorageIfAvailable { t in backwards ? last(n, in: t) : first(n, in: t) }
            }
            guard let found else { return PlainSearch.range(of: needle, in: text, backwards: backwards) }
            guard let offset = found else { return nil }
            let lower = text.utf8.index(text.startIndex, offsetBy: offset)
            return lower..<text.utf8.index(lower, offsetBy: needle.utf8.count)
        }
    }

    /// Whether every scalar of the UTF-8 is strictly plain (see the type).
    static func isStrictlyPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            i = PlainText.printableASCIIEnd(bytes, from: i)
            guard i < n else { break }
            let b = bytes[i]
            if b < 0x80 {
                guard b >= 0x20 && b != 0x7F else { return false }
                i += 1
                continue
            }
            guard i + 1 < n else { return false }
            let low = bytes[i + 1]
            switch b {
            case 0xC2:
                guard (0xA2...0xA7).contains(low) || [0xAB, 0xB0, 0xB7, 0xBB].contains(low) else { return false }
            case 0xD8:
                guard low == 0xA1 || (0xA7...0xBA).contains(low) || [0x8C, 0x9B, 0x9F].contains(low) else {
                    return false
                }
            case 0xD9: guard (0x81...0x8A).contains(low) else { return false }
            case 0xE2:
                guard i + 2 < n else { return false }
                guard
                    (low == 0x80 && (0x90...0xA7).contains(bytes[i + 2]))
                        || (low == 0x82 && (0xA0...0xBF).contains(bytes[i + 2]))
                else {
                    return false
                }
                i += 3
                continue
            default: return false
            }
            i += 2
        }
        return true
    }

    /// Whether the UTF-8 of one of the needles stands in the text's UTF-8, byte for byte: no
    /// equivalence of characters, so a test that a literal match (a regular expression's) is
    /// possible at all.
    static func containsAnyBytes(of needles: [String], in text: String) -> Bool {
        var text = text
        return text.withUTF8 { t in
            needles.contains { needle in
                var needle = needle
                return needle.withUTF8 { n in !n.isEmpty && first(n, in: t) != nil }
            }
        }
    }

    static func first(_ needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = needle.count
        guard text.count >= n, let base = text.baseAddress, let nb = needle.baseAddress else { return nil }
        let last = text.count - n
        var i = 0
        while i <= last {
            guard let hit = memchr(base + i, Int32(nb[0]), last - i + 1) else { return nil }
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + i, nb, n) == 0 { return i }
            i += 1
        }
        return nil
    }

    static func last(_ needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = needle.count
        guard text.count >= n, let base = text.baseAddress, let nb = needle.baseAddress else { return nil }
        var i = text.count - n
        while i >= 0 {
            if base[i] == nb[0] && memcmp(base + i, nb, n) == 0 { return i }
            i -= 1
        }
        return nil
    }
}
