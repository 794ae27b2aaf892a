/// The identity of an article: the SHA-256 of its text, as `sha256:<64 hex digits>`.
public struct ArticleID: RawRepresentable, Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: ArticleID, b: ArticleID) -> Bool { a.rawValue < b.rawValue }
}

/// Where a fact was read: the article, the sentence, and the sentence's place in the article.
public struct Evidence: Hashable, Sendable, Codable {
    public var article: ArticleID
    /// The sentence as it stands in the article.
    public var sentence: String
    /// The sentence's start and end, in Unicode scalars from the start of the article text.
    public var start: Int
    public var end: Int

    public init(article: ArticleID, sentence: String, start: Int, end: Int) {
        self.article = article
        self.sentence = sentence
        self.start = start
        self.end = end
    }
}

/// The identity of a fact, e.g. `f-3a9c1e2b40d17f65`: what `newsctl fact`, `correct` and `retract` take.
public struct FactID: RawRepresentable, Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: FactID, b: FactID) -> Bool { a.rawValue < b.rawValue }

    /// A stable id from the parts that identify a fact, hashed with 64-bit FNV-1a.
    public static func derived(from parts: [String]) -> FactID {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for part in parts {
            for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
            hash = (hash ^ 0x1F) &* 0x100_0000_01B3  // a separator no UTF-8 text contains
        }
        let hex = String(hash, radix: 16)
        return FactID("f-" + String(repeating: "0", count: 16 - hex.count) + hex)
    }
}
