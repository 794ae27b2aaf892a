import NewsCore

/// What is wrong with a text given as an article, if anything, before anything reads it.
///
/// The extractor reads any text without failing, but an empty file, binary data or a text in
/// neither of its languages would give an empty or a meaningless extraction that looks like a
/// result. `newsctl extract` and newsd's Ingest refuse them with this reason instead.
public enum ArticleCheck {
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case empty
        case tooLarge(bytes: Int, limit: Int)
        /// NUL bytes or other control characters that text does not hold.
        case binary(offset: Int)
        /// Letters, but too few of them Arabic or Latin (the article's language is neither).
        case unknownLanguage(script: String)
        /// Text, but not a letter in it ("12345", punctuation).
        case noLetters
        /// Latin letters, but hardly an English word among them: another language written in
        /// them, named when its own commonest words make it plain (`guess`, "French").
        case notEnglish(guess: String?)

        public var description: String {
            switch self {
            case .empty: "the article is empty"
            case .noLetters: "the article has no words, only figures or signs"
            case .tooLarge(let bytes, let limit): "the article is \(bytes) bytes, over the limit of \(limit)"
            case .binary(let offset): "the article is not text: a control character at byte \(offset) (binary data?)"
            case .unknownLanguage(let script):
                "the article is in neither Arabic nor English (its letters are mostly \(script)); newsd reads only those two"
            case .notEnglish(let guess):
                "the article is in neither Arabic nor English (\(guess.map { "it reads as \($0)" } ?? "its words are not English ones")); newsd reads only those two"
            }
        }
    }

    /// The first problem found, or nil when the text can be read as an article.
    public static func problem(_ text: String, limit: Int) -> Problem? {
        let bytes = text.utf8.count
        if bytes > limit { return .tooLarge(bytes: bytes, limit: limit) }
        if text.unicodeScalars.allSatisfy(ScalarTraits.isWhitespace) { return .empty }
        var offset = 0
        var letters = 0
        var readable = 0
        var scripts: [String: Int] = [:]
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D || v == 0x7F || v == 0xFFFD {
                return .binary(offset: offset)
            }
            offset += String(scalar).utf8.count
            guard ScalarTraits.isAlphabetic(scalar) else { continue }
            letters += 1
            switch v {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0xFB50...0xFDFF,
                0xFE70...0xFEFF:
                readable += 1
            default:
                scripts[scriptName(v), default: 0] += 1
            }
        }
        if letters == 0 { return .noLetters }
        // Foreign names and quotes are fine; an article mostly in another script is not ours to read.
        if readable * 2 < letters {
            return .unknownLanguage(script: scripts.max { $0.value < $1.value }?.key ?? "another script")
        }
        return Language.detect(text) == .english ? notEnglish(text) : nil
    }

    /// The commonest words of English: a quarter or more of the words of any English news text
    /// (the least in the shared corpus and 18 sets of real articles, fact sheets included, is 24%),
    /// and hardly any of French, Spanish, German, Italian, Portuguese, Dutch, Turkish or
    /// Indonesian prose (4% at most in texts written to check it).
    static let englishWords: Set<Substring> = [
        "the", "of", "and", "to", "in", "a", "is", "for", "on", "with", "that", "by", "as", "at", "from", "was", "were",
        "has", "have",
        "had", "said", "will", "it", "its", "be", "are", "an", "this", "which", "or", "but", "not", "been", "their",
        "also", "after",
        "over", "between", "would", "into", "than", "more", "about", "two", "who", "they", "he", "she", "we",
    ]

    /// The commonest words of other languages written in Latin letters, to name the one a text is in.
    static let otherLanguages: [(name: String, words: Set<Substring>)] = [
        (
            "French",
            [
                "le", "la", "les", "des", "du", "et", "est", "une", "un", "pour", "dans", "qui", "sur", "au", "avec",
                "que", "ont", "aux",
            ]
        ),
        ("Spanish", ["el", "los", "las", "del", "y", "por", "con", "para", "una", "es", "se", "que", "al", "en"]),
        (
            "German",
            [
                "der", "die", "das", "und", "den", "von", "mit", "ist", "im", "zu", "auf", "für", "ein", "eine",
                "nicht", "dem", "des",
            ]
        ),
        (
            "Italian",
            ["il", "della", "dei", "delle", "di", "che", "per", "una", "sono", "nel", "nella", "gli", "ha", "hanno"]
        ),
        ("Portuguese", ["os", "da", "do", "das", "dos", "em", "que", "para", "com", "uma", "um", "no", "na", "ao"]),
        ("Dutch", ["het", "een", "en", "van", "dat", "op", "voor", "met", "zijn", "niet", "de", "heeft", "hebben"]),
        ("Turkish", ["ve", "bir", "bu", "ile", "için", "olarak", "ise", "arasında", "yıl"]),
        ("Indonesian", ["dan", "yang", "di", "dengan", "untuk", "dari", "ini", "itu", "pada", "dalam", "telah"]),
    ]

    /// For a text in Latin letters of at least 30 words, fewer than a tenth of them among
    /// `englishWords`: not English. The name is that of the language whose own common words make
    /// up a tenth or more of the text, the most of them; nil when none does. Shorter texts (a
    /// headline, a line) are not judged: too few words to tell.
    static func notEnglish(_ text: String) -> Problem? {
        let words = text.split { !$0.isLetter }.filter { $0.unicodeScalars.allSatisfy { $0.value < 0x250 } }.map {
            $0.lowercased()[...]
        }
        guard words.count >= 30 else { return nil }
        guard words.filter(englishWords.contains).count * 10 < words.count else { return nil }
        let best = otherLanguages.map { ($0.name, words.filter($0.words.contains).count) }.max { $0.1 < $1.1 }
        return .notEnglish(guess: best.flatMap { $0.1 * 10 >= words.count ? $0.0 : nil })
    }

    static func scriptName(_ v: UInt32) -> String {
        switch v {
        case 0x370...0x3FF: "Greek"
        case 0x400...0x52F: "Cyrillic"
        case 0x590...0x5FF: "Hebrew"
        case 0x900...0x97F: "Devanagari"
        case 0x3040...0x30FF: "Japanese kana"
        case 0x4E00...0x9FFF, 0x3400...0x4DBF: "Chinese"
        case 0xAC00...0xD7AF, 0x1100...0x11FF: "Korean"
        case 0xE00...0xE7F: "Thai"
        default: "another script"
        }
    }
}
