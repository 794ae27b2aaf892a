import NewsCore

/// The words `split(whereSeparator:)` finds when it splits a text at the characters that are not
/// letters (`Character.isLetter`), optionally not digits (`isNumber`) and not "-", worked out
/// scalar by scalar.
///
/// A character's `isLetter` and `isNumber` are those of its first scalar. Every scalar of the
/// simple set below is a character of its own beside any other of the set, and the Arabic marks
/// (harakat, dagger alef) join the character before them, so in a text of these scalars the
/// characters are known without breaking it into graphemes. A text with any other scalar, a mark
/// first, or a mark after a "-" that counts as a letter, gets nil: its caller splits it by
/// `Character` as before.
enum CharacterWords {
    /// Printable ASCII; Latin-1 signs and letters but the soft hyphen; the Arabic comma,
    /// semicolon, question mark, letters, tatweel and digits; dashes, quotes and bullets
    /// (U+2010 to U+2027); currency signs (U+20A0 to U+20C0).
    @inline(__always)
    static func isSimple(_ v: UInt32) -> Bool {
        switch v {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0xFF: true
        case 0x060C, 0x061B, 0x061F, 0x0621...0x063A, 0x0640...0x064A, 0x0660...0x066D: true
        case 0x2010...0x2027, 0x20A0...0x20C0: true
        default: false
        }
    }

    /// The Arabic marks that join the character before them: harakat and the dagger alef.
    @inline(__always)
    static func isMark(_ v: UInt32) -> Bool { (0x064B...0x0652).contains(v) || v == 0x0670 }

    /// `text.count` for a text of simple scalars and marks (see the type): a character for each
    /// scalar but the marks, which join the one before them; nil for another text.
    static func characterCount(_ text: String) -> Int? {
        var count = 0
        var first = true
        for s in text.unicodeScalars {
            if isMark(s.value) {
                if first { count += 1 }
            } else {
                guard isSimple(s.value) else { return nil }
                count += 1
            }
            first = false
        }
        return count
    }

    /// `text.split(whereSeparator: { $0 == " " || $0 == "\n" })` as strings, for a text of simple
    /// scalars and marks (a space with a mark on it is another character); nil for another text.
    static func splitAtSpaces(_ text: String) -> [String]? {
        let scalars = Array(text.unicodeScalars)
        var words: [String] = []
        var start = 0
        for (i, s) in scalars.enumerated() {
            if isMark(s.value) {
                guard i > 0 else { return nil }
                continue
            }
            guard isSimple(s.value) else { return nil }
            guard s == " ", i + 1 == scalars.count || !isMark(scalars[i + 1].value) else { continue }
            if i > start { words.append(String(scalars: scalars[start..<i])) }
            start = i + 1
        }
        if scalars.count > start { words.append(String(scalars: scalars[start...])) }
        return words
    }

    /// Whether a plain string (`PlainText.isPlain`), whose characters are its scalars, starts
    /// with the plain `prefix`: its bytes do. For another string, `String.hasPrefix`.
    static func hasPrefix(_ s: Substring, _ prefix: String, plain: Bool) -> Bool {
        plain ? s.utf8.starts(with: prefix.utf8) : s.hasPrefix(prefix)
    }

    /// The words of `scalars` as ranges of their indices, in order; nil when the scalars are not
    /// all simple (see the type). `digits`: digits count as letters; `hyphens`: so does "-".
    static func ranges(_ scalars: ArraySlice<Unicode.Scalar>, digits: Bool, hyphens: Bool) -> [Range<Int>]? {
        var words: [Range<Int>] = []
        var start: Int?
        var hyphen = false
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let s = scalars[i]
            if isMark(s.value) {
                // Part of the character before it: a word or a separator as that one is.
                guard i > scalars.startIndex, !hyphen else { return nil }
                i += 1
                continue
            }
            guard isSimple(s.value) else { return nil }
            hyphen = hyphens && s == "-"
            let inWord = hyphen || (digits ? ScalarTraits.isAlphanumeric(s) : ScalarTraits.isAlphabetic(s))
            if inWord {
                if start == nil { start = i }
            } else if let from = start {
                words.append(from..<i)
                start = nil
            }
            i += 1
        }
        if let from = start { words.append(from..<scalars.endIndex) }
        return words
    }

    /// `text.split(whereSeparator: { !$0.isLetter })` as strings (with `hyphens`, "-" counts as a
    /// letter), scalar by scalar where the text is simple (see the type).
    static func words(_ text: String, hyphens: Bool = false) -> [String] {
        words(Array(text.unicodeScalars)[...], hyphens: hyphens)
    }

    /// `words(_:hyphens:)` of the text of these scalars.
    static func words(_ scalars: ArraySlice<Unicode.Scalar>, hyphens: Bool = false) -> [String] {
        if let words = ranges(scalars, digits: false, hyphens: hyphens) {
            return words.map { String(scalars: scalars[$0]) }
        }
        return String(scalars: scalars).split(whereSeparator: { !$0.isLetter && !(hyphens && $0 == "-") }).map(
            String.init)
    }

    /// `ArabicText.normalized(String(word)).lowercased()` of the scalars in `range`: the
    /// normalising maps scalar by scalar, and so does lowercasing.
    static func folded(_ scalars: ArraySlice<Unicode.Scalar>, _ range: Range<Int>) -> String {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(range.count)
        for s in scalars[range] {
            guard let mapped = ArabicText.map(s) else { continue }
            if mapped.value >= 0x41 && mapped.value <= 0x5A {
                out.append(Unicode.Scalar(mapped.value + 0x20)!)
            } else if ScalarTraits.lowercasesToOther(mapped) {
                out.append(contentsOf: String(mapped).lowercased().unicodeScalars)
            } else {
                out.append(mapped)
            }
        }
        return String(scalars: out)
    }

    /// `text.split(whereSeparator:)` at the characters that are neither letters nor (with
    /// `digits`) digits nor (with `hyphens`) "-", each word normalised and lowercased.
    static func folded(_ text: String, digits: Bool, hyphens: Bool) -> [String] {
        folded(Array(text.unicodeScalars)[...], digits: digits, hyphens: hyphens)
    }

    /// `folded(_:digits:hyphens:)` of the text of these scalars.
    static func folded(_ scalars: ArraySlice<Unicode.Scalar>, digits: Bool, hyphens: Bool) -> [String] {
        if let words = ranges(scalars, digits: digits, hyphens: hyphens) { return words.map { folded(scalars, $0) } }
        return String(scalars: scalars).split(whereSeparator: {
            !$0.isLetter && !(digits && $0.isNumber) && !(hyphens && $0 == "-")
        })
        .map { ArabicText.normalized(String($0)).lowercased() }
    }
}
