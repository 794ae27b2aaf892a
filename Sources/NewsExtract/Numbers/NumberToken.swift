import Foundation
import NewsCore

/// A word, a numeral or a punctuation mark of a normalised text.
///
/// Spaces are not tokens: two tokens with nothing but spaces between them are neighbours in the
/// array, and `range` tells whether they touch ("$1.1bn" is three touching tokens).
struct NumberToken {
    enum Kind { case word, number, symbol }

    var kind: Kind
    /// The normalised text, case kept ("US", "مليار", "1,100").
    var text: String
    /// What lexicons are keyed by: lowercased, dots of abbreviations removed ("U.S." is "us").
    var key: String
    /// Normalised scalar offsets.
    var range: Range<Int>
    /// The value of a numeral; nil for words, symbols and numerals too long to be amounts.
    var value: Decimal?
    /// A numeral written with thousands separators ("2,500,000").
    var isGrouped = false
    /// A word in Arabic script.
    var isArabic = false
    /// Whether the word is Arabic and every scalar of its `key` plain (`CountryCatalog.isPlain`),
    /// worked out once by the lexer. False says nothing: `stem` then compares characters.
    var keyIsPlain = false
    /// The number word a word stands for (`NumberWordReadings`), set by the lexer.
    var numberWords: NumberWordReadings?
    /// For an Arabic word, its stems without each of `Clitic.common` that it starts with
    /// (`Clitic.stems`), set by the lexer; nil: worked out at each `forEachStem`.
    var cliticStems: [Clitic.Stem]?

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    func isSymbol(_ s: String) -> Bool { kind == .symbol && text == s }

    /// Whether the word is written in capitals only ("USD", not "Usd").
    var isUppercase: Bool {
        kind == .word && !text.isEmpty && text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || $0 == "." }
    }

    /// The word's key, or the key without one of `allowed` proclitics, that `matches`.
    ///
    /// Returns how many scalars the proclitic took (0 for the whole word) and the stem. Only
    /// Arabic words are split, and only when at least two letters remain.
    func stem(clitics allowed: [String], _ matches: (String) -> Bool) -> (prefix: Int, stem: String)? {
        stem(clitics: Clitics(allowed), matches)
    }

    func stem(clitics allowed: Clitics, _ matches: (String) -> Bool) -> (prefix: Int, stem: String)? {
        var found: (prefix: Int, stem: String)?
        forEachStem(clitics: allowed) { prefix, stem in
            guard matches(stem) else { return false }
            found = (prefix, stem)
            return true
        }
        return found
    }

    /// Calls `body` with the word's key (prefix 0), then with each stem the word has without one
    /// of `allowed` proclitics, in that order, until `body` returns true. Only Arabic words are
    /// split, and only when at least two letters remain.
    func forEachStem(clitics allowed: [String], _ body: (_ prefix: Int, _ stem: String) -> Bool) {
        forEachStem(clitics: Clitics(allowed), body)
    }

    func forEachStem(clitics allowed: Clitics, _ body: (_ prefix: Int, _ stem: String) -> Bool) {
        guard kind == .word else { return }
        if body(0, key) { return }
        guard isArabic else { return }
        for (k, clitic) in allowed.strings.enumerated() {
            if let cliticStems, let code = allowed.commonCodes[k] {
                // Worked out already: the stem, or none.
                guard let known = cliticStems.first(where: { $0.code == code }) else { continue }
                if body(known.prefix, known.stem) { return }
                continue
            }
            if let stem = Clitic.stem(of: self, without: clitic), body(stem.prefix, stem.stem) { return }
        }
    }
}

/// A list of proclitics to read words without, in order, with the codes of those among
/// `Clitic.common` worked out once: the readers keep theirs as constants.
struct Clitics: ExpressibleByArrayLiteral, Sendable {
    let strings: [String]
    /// `Clitic.code` of each string that is one of `Clitic.common`, nil for another.
    let commonCodes: [UInt32?]

    init(_ strings: [String]) {
        self.strings = strings
        commonCodes = strings.map { Clitic.code($0).flatMap { Clitic.commonCodes.contains($0) ? $0 : nil } }
    }

    init(arrayLiteral strings: String...) { self.init(strings) }

    static let none: Clitics = []
    static let waw: Clitics = ["و"]
    static let wawFa: Clitics = ["و", "ف"]
    static let numberFirst: Clitics = ["وب", "ول", "و", "ب", "ل", "ف"]
    static let qualifier: Clitics = ["وب", "فب", "و", "ف", "ب", "ل"]
    static let share: Clitics = ["وب", "و", "ب", "ل", "ف", "ك"]
    static let factor: Clitics = ["و", "ف", "ل"]
    static let percentChange: Clitics = ["و", "ف", "ل", "ب", "وب"]
    static let beforeYear: Clitics = ["و", "ف", "ب", "ل"]
    static let measured: Clitics = ["و", "ب", "ل", "ف"]
}

/// The proclitics (و ف ب ل ك and pairs of them) that Arabic words are read without.
enum Clitic {
    /// The clitics of every reader's lists: each Arabic word's stems without them are worked out once.
    static let common = ["وب", "ول", "فب", "و", "ف", "ب", "ل", "ك"]
    static let commonCodes = common.map { code($0)! }
    /// The first letters of `common`.
    static let firstLetters: Set<Unicode.Scalar> = Set(common.map { $0.unicodeScalars.first! })

    struct Stem {
        /// The clitic's `code`.
        var code: UInt32
        /// How many scalars the clitic takes.
        var prefix: Int
        var stem: String
    }

    /// The clitic's UTF-8 bytes as a number, for one of up to four bytes (two Arabic letters).
    static func code(_ clitic: String) -> UInt32? {
        var code: UInt32 = 0
        var n = 0
        for byte in clitic.utf8 {
            n += 1
            guard n <= 4 else { return nil }
            code = code << 8 | UInt32(byte)
        }
        return n == 0 ? nil : code
    }

    /// The word's stems without each of `common`.
    static func stems(_ t: NumberToken) -> [Stem] {
        // Every clitic starts with one of these letters, which nothing else is canonically
        // equivalent to: a word that starts with none of them has none of the stems.
        guard let first = t.key.unicodeScalars.first, firstLetters.contains(first) else { return [] }
        var found: [Stem] = []
        for (clitic, code) in zip(common, commonCodes) {
            if let stem = stem(of: t, without: clitic) {
                found.append(Stem(code: code, prefix: stem.prefix, stem: stem.stem))
            }
        }
        return found
    }

    /// An Arabic word's key without the clitic, if it starts with it and at least two letters remain.
    static func stem(of t: NumberToken, without clitic: String) -> (prefix: Int, stem: String)? {
        let key = t.key
        // In plain text (`CountryCatalog.isPlain`) a prefix of characters is a prefix of bytes.
        if t.keyIsPlain && PlainText.isPlain(clitic) {
            // Bytes all the way: the stem is the bytes after the clitic's, its scalars those
            // of its bytes that start one.
            guard key.utf8.starts(with: clitic.utf8) else { return nil }
            let rest = key.utf8.dropFirst(clitic.utf8.count)
            guard rest.lazy.filter({ $0 & 0xC0 != 0x80 }).count >= 2 else { return nil }
            return (clitic.unicodeScalars.count, String(Substring(rest)))
        }
        guard key.hasPrefix(clitic) else { return nil }
        let stem = String(key.unicodeScalars.dropFirst(clitic.unicodeScalars.count))
        return stem.unicodeScalars.count >= 2 ? (clitic.unicodeScalars.count, stem) : nil
    }
}

extension [NumberToken] {
    /// Whether tokens `a` and `b` (a before b) touch, with no space between.
    func touch(_ a: Int, _ b: Int) -> Bool {
        indices.contains(a) && indices.contains(b) && self[a].range.upperBound == self[b].range.lowerBound
    }

    /// The key of the word at `i`, or nil if there is no word there.
    func word(_ i: Int) -> String? {
        indices.contains(i) && self[i].kind == .word ? self[i].key : nil
    }

    /// Whether the tokens from `i` on are words with these keys.
    func words(_ keys: [String], at i: Int) -> Bool {
        guard i >= 0, i + keys.count <= count else { return false }
        for (n, key) in keys.enumerated() where self[i + n].kind != .word || self[i + n].key != key { return false }
        return true
    }
}
