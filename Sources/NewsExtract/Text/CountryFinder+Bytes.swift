import NewsCore

/// The country finder's byte paths: words of printable ASCII, or of Arabic letters in their
/// normal form, read from their UTF-8 instead of character by character.
extension CountryFinder {
    /// `withoutTrailingMarks(_:)` of an ASCII word, whose characters are its bytes; nil for another.
    static func asciiWithoutTrailingMarks(_ w: Word) -> Word? {
        var text = w.text
        return text.withUTF8 { t -> Word? in
            guard !t.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            let apostrophe = UInt8(ascii: "'")
            let dot = UInt8(ascii: ".")
            var n = t.count
            if n >= 2 && t[n - 2] == apostrophe && t[n - 1] == UInt8(ascii: "s") { n -= 2 }
            while n > 1 && t[n - 1] == apostrophe { n -= 1 }
            // One dot at the end, and no other before it.
            while n > 1 && t[n - 1] == dot && !t[..<(n - 1)].contains(dot) { n -= 1 }
            guard n < t.count else { return w }
            return Word(
                text: String(decoding: UnsafeBufferPointer(rebasing: t[..<n]), as: UTF8.self), start: w.start,
                end: w.end - (t.count - n))
        }
    }

    /// `characterWithoutTrailingMarks(_:)` of a word of simple scalars (`CharacterWords.isSimple`,
    /// no marks), each a character of its own: the same steps on scalars; nil for another word.
    static func scalarWithoutTrailingMarks(_ w: Word) -> Word? {
        let s = Array(w.text.unicodeScalars)
        guard s.allSatisfy({ CharacterWords.isSimple($0.value) }) else { return nil }
        var n = s.count
        func endsWith(_ a: Unicode.Scalar, _ b: Unicode.Scalar? = nil) -> Bool {
            guard let b else { return n >= 1 && s[n - 1] == a }
            return n >= 2 && s[n - 2] == a && s[n - 1] == b
        }
        for apostrophe: Unicode.Scalar in ["'", "’"] where endsWith(apostrophe, "s") { n -= 2 }
        while (endsWith("'") || endsWith("’")) && n > 1 { n -= 1 }
        while endsWith(".") && !s[..<(n - 1)].contains(".") && n > 1 { n -= 1 }
        guard n < s.count else { return w }
        return Word(text: String(scalars: s[..<n]), start: w.start, end: w.end - (s.count - n))
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

    /// `arabicForms(_:)` of a word whose normalised form is of normal Arabic letters
    /// (`isNormalArabic`), each form's UTF-8 given to `body` in order; false for another word.
    static func forEachNormalArabicForm(_ word: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        let w = Array(ArabicText.normalized(word).utf8)
        guard w.withUnsafeBufferPointer(isNormalArabic) else { return false }
        forEachArabicForm(utf8: w, body)
        return true
    }

    /// `arabicForms(letters:)` on the UTF-8 of normal Arabic letters, two bytes each: the same
    /// steps, letter for letter, the same forms in the same order. The forms are ranges of one
    /// buffer: a form without leading letters is a range of the form it comes from.
    static func forEachArabicForm(utf8 w: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var buffer = w
        buffer.reserveCapacity(w.count * 4 + 16)
        func starts(_ r: Range<Int>, with letter: UInt16, at k: Int = 0) -> Bool {
            let i = r.lowerBound + 2 * k
            return i + 1 < r.upperBound && UInt16(buffer[i]) << 8 | UInt16(buffer[i + 1]) == letter
        }
        func ends(_ r: Range<Int>, with ending: [UInt8]) -> Bool {
            buffer[r].suffix(ending.count).elementsEqual(ending)
        }
        // A new form: `prefix`, the letters of `r` from `drop` bytes on and without the last `dropLast`, `suffix`.
        func derive(_ prefix: [UInt8], _ r: Range<Int>, drop: Int, dropLast: Int = 0, _ suffix: [UInt8] = []) -> Range<
            Int
        > {
            let start = buffer.count
            buffer += prefix
            var k = r.lowerBound + drop
            while k < r.upperBound - dropLast {
                buffer.append(buffer[k])
                k += 1
            }
            buffer += suffix
            return start..<buffer.count
        }
        let whole = 0..<w.count
        var forms = [whole]
        var stems = [whole]
        for conjunction in [FormLetters.waw, FormLetters.fa]
        where starts(whole, with: conjunction) && whole.count / 2 > 3 { stems.append(2..<w.count) }
        for stem in stems {
            if stem.count / 2 > 4 && starts(stem, with: FormLetters.lam) && starts(stem, with: FormLetters.lam, at: 1) {
                forms.append(derive(FormLetters.alefLam, stem, drop: 4))
            }
            for preposition in FormLetters.prepositions where starts(stem, with: preposition) && stem.count / 2 > 3 {
                forms.append((stem.lowerBound + 2)..<stem.upperBound)
            }
        }
        forms += stems.dropFirst()
        var withoutArticle: [Range<Int>] = []
        for f in forms
        where f.count / 2 > 4 && starts(f, with: FormLetters.alef) && starts(f, with: FormLetters.lam, at: 1) {
            withoutArticle.append((f.lowerBound + 4)..<f.upperBound)
        }
        forms += withoutArticle
        // Plural and dual nisba endings: أمريكيين، أمريكيون، أمريكيات → أمريكي / أمريكيه; صينيا → صيني.
        var singular: [Range<Int>] = []
        for f in forms {
            for (ending, replacement) in FormLetters.endings
            where f.count / 2 > ending.count / 2 + 2 && ends(f, with: ending) {
                singular.append(derive([], f, drop: 0, dropLast: ending.count, replacement))
            }
        }
        forms += singular
        var unique: [Range<Int>] = []
        for f in forms where !unique.contains(where: { buffer[$0].elementsEqual(buffer[f]) }) { unique.append(f) }
        buffer.withUnsafeBufferPointer { b in
            for f in unique { body(UnsafeBufferPointer(rebasing: b[f])) }
        }
    }

    /// The letters of the Arabic forms, as their two UTF-8 bytes.
    enum FormLetters {
        static let waw: UInt16 = 0xD988, fa: UInt16 = 0xD981, lam: UInt16 = 0xD984, alef: UInt16 = 0xD8A7
        static let prepositions: [UInt16] = [0xD8A8, lam, 0xD983]  // ب ل ك
        static let alefLam: [UInt8] = [0xD8, 0xA7, 0xD9, 0x84]
        static let endings: [([UInt8], [UInt8])] = {
            let ya: [UInt8] = [0xD9, 0x8A]
            let ha: [UInt8] = [0xD9, 0x87]
            let nun: [UInt8] = [0xD9, 0x86]
            let ta: [UInt8] = [0xD8, 0xAA]
            let waw: [UInt8] = [0xD9, 0x88]
            let alef: [UInt8] = [0xD8, 0xA7]
            return [
                (ya + ya + nun, ya), (ya + waw + nun, ya), (ya + alef + ta, ya + ha), (ya + ta + ya + nun, ya + ha),
                (ya + alef, ya),
            ]
        }()
    }
}
