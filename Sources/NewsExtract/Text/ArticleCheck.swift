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

        public var description: String {
            switch self {
            case .empty: "the article is empty"
            case .noLetters: "the article has no words, only figures or signs"
            case .tooLarge(let bytes, let limit): "the article is \(bytes) bytes, over the limit of \(limit)"
            case .binary(let offset): "the article is not text: a control character at byte \(offset) (binary data?)"
            case .unknownLanguage(let script):
                "the article is in neither Arabic nor English (its letters are mostly \(script)); newsd reads only those two"
            }
        }
    }

    /// The first problem found, or nil when the text can be read as an article.
    public static func problem(_ text: String, limit: Int) -> Problem? {
        let bytes = text.utf8.count
        if bytes > limit { return .tooLarge(bytes: bytes, limit: limit) }
        if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) { return .empty }
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
            guard scalar.properties.isAlphabetic else { continue }
            letters += 1
            switch v {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
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
        return nil
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
