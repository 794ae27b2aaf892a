import Foundation
import NewsCore

extension String {
    /// The string of these scalars, its UTF-8 written at once: `String.UnicodeScalarView`
    /// appends scalar by scalar, which costs more than the words it builds are long.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var count = 0
        for s in scalars { count += s.value < 0x80 ? 1 : s.value < 0x800 ? 2 : s.value < 0x10000 ? 3 : 4 }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    buffer[i] = UInt8(v)
                    i += 1
                } else if v < 0x800 {
                    buffer[i] = 0xC0 | UInt8(v >> 6)
                    buffer[i + 1] = 0x80 | UInt8(v & 0x3F)
                    i += 2
                } else if v < 0x10000 {
                    buffer[i] = 0xE0 | UInt8(v >> 12)
                    buffer[i + 1] = 0x80 | UInt8((v >> 6) & 0x3F)
                    buffer[i + 2] = 0x80 | UInt8(v & 0x3F)
                    i += 3
                } else {
                    buffer[i] = 0xF0 | UInt8(v >> 18)
                    buffer[i + 1] = 0x80 | UInt8((v >> 12) & 0x3F)
                    buffer[i + 2] = 0x80 | UInt8((v >> 6) & 0x3F)
                    buffer[i + 3] = 0x80 | UInt8(v & 0x3F)
                    i += 4
                }
            }
            return i
        }
    }

    init(scalars: [Unicode.Scalar]) { self.init(scalars: scalars[...]) }
}

enum ScalarText {
    /// `ScalarTraits.isAlphanumeric`, answered here for ASCII and the Arabic letters ء to ي
    /// (U+0621 to U+064A, all alphabetic): the scans of every scalar of a sentence call across
    /// the module for the rest only, since the compiler does not inline NewsCore's table lookup.
    @inline(__always)
    static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) }
        if v >= 0x0621 && v <= 0x064A { return true }
        return ScalarTraits.isAlphanumeric(s)
    }

    private static let whitespace = CharacterSet.whitespaces

    /// The spans set in quotation marks ("…" “…” «…»), inside their marks, in order, and whether
    /// the last mark opened was left open.
    static func quotedSpans(_ scalars: [Unicode.Scalar]) -> (spans: [Range<Int>], leftOpen: Bool) {
        var spans: [Range<Int>] = []
        var open: Int?
        for (i, c) in scalars.enumerated() {
            if let start = open {
                if c == "\"" || c == "”" || c == "»" {
                    spans.append(start..<i)
                    open = nil
                }
            } else if c == "\"" || c == "“" || c == "«" {
                open = i + 1
            }
        }
        return (spans, open != nil)
    }

    /// `trimmingCharacters(in: .whitespaces)`, scalar by scalar. The set's white space is all
    /// in the Basic Multilingual Plane, so Foundation's trimming (of UTF-16 units) stops at the
    /// same scalars; only the scalars at the ends are looked up.
    static func trimmingWhitespace(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !whitespace.contains($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !whitespace.contains($0) })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// `text.trimmingCharacters(in: set)`, scalar by scalar. Foundation trims UTF-16 units; for
    /// scalars of the Basic Multilingual Plane a unit is the scalar, so trimming that meets only
    /// those at the ends stops where Foundation's does. Meeting another, it asks Foundation.
    static func trimming(_ text: String, in set: CharacterSet) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end {
            let s = scalars[start]
            guard s.value < 0x10000 else { return text.trimmingCharacters(in: set) }
            guard set.contains(s) else { break }
            start = scalars.index(after: start)
        }
        while start < end {
            let s = scalars[scalars.index(before: end)]
            guard s.value < 0x10000 else { return text.trimmingCharacters(in: set) }
            guard set.contains(s) else { break }
            end = scalars.index(before: end)
        }
        if start == scalars.startIndex && end == scalars.endIndex { return text }
        return String(scalars[start..<end])
    }

    /// `text.count`: for strictly plain text (`PlainSearch`), where every scalar is a character
    /// of its own, the scalars counted from the UTF-8; `String`'s count otherwise.
    static func characterCount(_ text: String) -> Int {
        let plain: Int?? = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard PlainSearch.isStrictlyPlain(bytes) else { return nil }
            var scalars = 0
            for b in bytes where b & 0xC0 != 0x80 { scalars += 1 }
            return scalars
        }
        return (plain ?? nil) ?? CharacterWords.characterCount(text) ?? text.count
    }

    /// Whether `needle` starts at `i`, scalar for scalar (any script, case kept).
    static func starts(_ scalars: [Unicode.Scalar], at i: Int, with needle: String) -> Bool {
        var k = i
        for s in needle.unicodeScalars {
            guard k < scalars.count, scalars[k] == s else { return false }
            k += 1
        }
        return true
    }

    /// Whether one of the ASCII `openings` starts at `i`, its letters in either case.
    static func startsInAnyCase(_ scalars: [Unicode.Scalar], at i: Int, withOneOf openings: [String]) -> Bool {
        openings.contains { opening in
            guard i + opening.utf8.count <= scalars.count else { return false }
            for (k, byte) in opening.utf8.enumerated() {
                let v = scalars[i + k].value
                let upper: UInt32 = byte >= 0x61 && byte <= 0x7A ? UInt32(byte) - 0x20 : UInt32(byte)
                guard v == UInt32(byte) || v == upper else { return false }
            }
            return true
        }
    }

    /// Where `needle` starts in `scalars`, each time from the end of the one before: the
    /// places a search from the start finds, one after another, without overlaps.
    static func offsets(of needle: String, in scalars: [Unicode.Scalar]) -> [Int] {
        let n = needle.unicodeScalars.count
        guard let first = needle.unicodeScalars.first else { return [] }
        var found: [Int] = []
        var i = 0
        while i + n <= scalars.count {
            if scalars[i] == first && starts(scalars, at: i, with: needle) {
                found.append(i)
                i += n
            } else {
                i += 1
            }
        }
        return found
    }

    /// Where the last `needle` (ASCII) starts in `scalars` at or after `from`, if anywhere.
    static func lastRange(of needle: String, in scalars: [Unicode.Scalar], from: Int) -> Int? {
        let n = Array(needle.unicodeScalars)
        guard scalars.count - from >= n.count else { return nil }
        return stride(from: scalars.count - n.count, through: from, by: -1).first { i in
            (0..<n.count).allSatisfy { scalars[i + $0] == n[$0] }
        }
    }

    /// The sets the rules trim with, built once.
    enum Sets {
        static let listItemEnds = CharacterSet(charactersIn: " \t–—-•·▪◦●*►➢✓;؛.,،")
        static let spaceAndCommas = CharacterSet(charactersIn: " ،,")
        static let itemEnds = CharacterSet(charactersIn: " ,،;؛.")
        static let englishTitleEnds = CharacterSet(charactersIn: " ,.;:\"'“”()•–-")
        static let arabicWordEnds = CharacterSet(charactersIn: "،,.؛:\"«»()")
        static let arabicTitleEnds = CharacterSet(charactersIn: " ،,.؛:\"«»()•–-")
        static let punctuation = CharacterSet.punctuationCharacters
    }

    /// Foundation's `text.contains(String(scalar))` for a scalar that no other sequence is
    /// canonically equivalent to ("-", "."): in plain text (`CountryCatalog.isPlain`), where every
    /// scalar is a character of its own, a byte search; Foundation's search otherwise.
    static func contains(_ text: String, plainScalar needle: Unicode.Scalar) -> Bool {
        // Nothing else is canonically equivalent to the needle: without its scalar it is not there.
        guard text.unicodeScalars.contains(needle) else { return false }
        return PlainText.isPlain(text) || text.contains(String(needle))
    }
}
