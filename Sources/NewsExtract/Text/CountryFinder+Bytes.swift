import NewsCore

/// The country finder's byte paths: words of printable ASCII, or of Arabic letters in their
/// normal form, read from their UTF-8 instead of character by character.
extension CountryFinder {
    /// `withoutTrailingMarks(_:)` of an ASCII word, whose characters are its bytes; nil for another.
    static func asciiWithoutTrailingMarks(_ w: Word) -> Word? {
        var text = w.text
        return text.withUTF8 { t -> Word? in
            guard !t.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            let apostrophe = UInt8(ascii: "'"), dot = UInt8(ascii: ".")
            var n = t.count
            if n >= 2 && t[n - 2] == apostrophe && t[n - 1] == UInt8(ascii: "s") { n -= 2 }
            while n > 1 && t[n - 1] == apostrophe { n -= 1 }
            // One dot at the end, and no other before it.
            while n > 1 && t[n - 1] == dot && !t[..<(n - 1)].contains(dot) { n -= 1 }
            guard n < t.count else { return w }
            return Word(text: String(decoding: UnsafeBufferPointer(rebasing: t[..<n]), as: UTF8.self), start: w.start, end: w.end - (t.count - n))
        }
    }

    /// Whether the UTF-8 is of Arabic letters that are plain (`CountryCatalog.isPlain`) and their
    /// own normal form: ء (D8 A1), ا to غ (D8 A7 to D8 BA) but ة (D8 A9), ف to ي (D9 81 to D9 8A) but ى (D9 89).
    static func isNormalArabic(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !w.isEmpty, w.count % 2 == 0 else { return false }
        var i = 0
        while i < w.count {
            let low = w[i + 1]
            switch w[i] {
            case 0xD8: guard low == 0xA1 || (low >= 0xA7 && low <= 0xBA && low != 0xA9) else { return false }
            case 0xD9: guard low >= 0x81 && low <= 0x8A && low != 0x89 else { return false }
            default: return false
            }
            i += 2
        }
        return true
    }

    /// `CountryCatalog.plainKey(_:)`; for a word of printable ASCII without spaces, its bytes
    /// lowercased without dots, as `plainKey` makes them, without its scalar-by-scalar pass; for
    /// a word of plain Arabic letters that normalising leaves alone (not ة or ى), the word.
    static func plainKey(_ word: String) -> String? {
        var bytes = word
        let ascii: String? = bytes.withUTF8 { w in
            if isNormalArabic(w) { return word }
            guard !w.contains(where: { $0 <= 0x20 || $0 >= 0x7F }) else { return nil }
            return String(unsafeUninitializedCapacity: w.count) { out in
                var n = 0
                for b in w where b != UInt8(ascii: ".") {
                    out[n] = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b + 0x20 : b
                    n += 1
                }
                return n
            }
        }
        return ascii ?? CountryCatalog.plainKey(word)
    }
}
