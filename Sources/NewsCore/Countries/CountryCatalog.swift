import Foundation

/// Every ISO 3166-1 country, looked up by code, by name, demonym or capital, in English or Arabic.
///
/// Lookups ignore case and dots in English ("U.S." is "us") and Arabic spelling variants
/// (hamza forms of alef, alef maqsura, ta marbuta, diacritics, tatweel): see `ArabicText`.
public struct CountryCatalog: Sendable {
    /// What a looked-up name turned out to be.
    public enum Role: String, Sendable, Hashable {
        case name, demonym, capital
        /// A leader's name that stands for the country (`leaderTable`): found in articles, never
        /// taken as a country's name by `lookup`.
        case leader
    }

    /// A name that matched, and how.
    public struct Match: Sendable, Hashable {
        public var country: Country
        public var role: Role
    }

    /// The catalogue built from the table.
    public static let shared = CountryCatalog(table: table, leaders: leaderTable)

    public let countries: [Country]
    private let byCode: [String: Int]
    private let byName: [String: (Int, Role)]
    /// The first word of every plain lookup key → the most words a key starting with it has.
    private let longestByFirstWord: [PlainKey: Int]
    /// `byName` for plain lookup keys (`isPlain`), keyed by bytes: plain strings compare by bytes
    /// as they do as strings.
    private let plainByName: [PlainKey: (Int, Role)]
    /// A bit for the signature (`signature`) of every key of `longestByFirstWord`: most words
    /// start no key, and most of those are turned away by their signature before any hashing.
    private let firstWordSignatures: [UInt64]

    init(table: String, leaders: String = "") {
        var countries: [Country] = []
        var byCode: [String: Int] = [:]
        var byName: [String: (Int, Role)] = [:]
        for line in table.split(separator: "\n") {
            let fields = Self.fields(line)
            guard fields.count == 7, let code = fields[0].first, !fields[1].isEmpty, !fields[2].isEmpty else {
                preconditionFailure("bad country table line: \(line)")
            }
            let index = countries.count
            countries.append(
                Country(
                    code: CountryCode(unchecked: code), englishNames: fields[1], arabicNames: fields[2],
                    englishDemonyms: fields[3], arabicDemonyms: fields[4], englishCapitals: fields[5],
                    arabicCapitals: fields[6]))
            byCode[code] = index
            for (role, columns) in [(Role.name, [1, 2]), (.demonym, [3, 4]), (.capital, [5, 6])] {
                for column in columns {
                    for name in fields[column] { byName[Self.key(name)] = (index, role) }
                }
            }
        }
        for line in leaders.split(separator: "\n") {
            let fields = Self.fields(line)
            guard fields.count == 3, let code = fields[0].first, let index = byCode[code] else {
                preconditionFailure("bad leader table line: \(line)")
            }
            for name in fields[1] + fields[2] {
                let key = Self.key(name)
                // A country's own names come first; no leader stands for two countries. (Two
                // spellings of one leader's name may share a key: "Erdogan", "Erdoğan".)
                if let known = byName[key] {
                    precondition(known == (index, .leader), "leader name \(name) already stands for a country")
                }
                byName[key] = (index, .leader)
            }
        }
        self.countries = countries
        self.byCode = byCode
        self.byName = byName
        // A plain string is in normal form C, so the only stored key canonically equivalent to it
        // is one whose normal form C is that very string: a key whose normal form C is not plain
        // ("chișinău") can never match a plain lookup key, and is left out of the plain tables.
        var longest: [PlainKey: Int] = [:]
        var plainByName: [PlainKey: (Int, Role)] = [:]
        for (key, value) in byName {
            let plain = Self.isPlain(key) ? key : key.precomposedStringWithCanonicalMapping
            guard Self.isPlain(plain) else { continue }
            let words = plain.split(separator: " ", omittingEmptySubsequences: false)
            let first = PlainKey(String(words[0]))
            longest[first] = max(longest[first, default: 0], words.count)
            plainByName[PlainKey(plain)] = value
        }
        self.longestByFirstWord = longest
        self.plainByName = plainByName
        var signatures = [UInt64](repeating: 0, count: 64)
        for first in longest.keys {
            var text = first.text
            let bit = text.withUTF8(Self.signature)
            signatures[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.firstWordSignatures = signatures
    }

    /// A table line's fields ("|"), each its variants (";"), trimmed.
    static func fields(_ line: Substring) -> [[String]] {
        line.split(separator: "|", omittingEmptySubsequences: false).map {
            $0.split(separator: ";").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        }
    }

    /// One of 4,096 bits, from the length and the first two and last bytes of a word's UTF-8.
    @inline(__always)
    package static func signature(_ w: UnsafeBufferPointer<UInt8>) -> Int {
        let n = w.count
        guard n > 0 else { return 0 }
        let v =
            UInt32(truncatingIfNeeded: n) | UInt32(w[0]) << 8 | UInt32(w[n > 1 ? 1 : 0]) << 16 | UInt32(w[n - 1]) << 24
        return Int((v &* 0x9E37_79B1) >> 20)
    }

    /// `longestKey(startingWith:)` of the plain word of this UTF-8 (`isPlain`), without a
    /// string unless a first word has its signature.
    package func longestKey(startingWithPlainUTF8 w: UnsafeBufferPointer<UInt8>) -> Int {
        let bit = Self.signature(w)
        guard firstWordSignatures[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return 0 }
        return longestByFirstWord[PlainKey(String(decoding: w, as: UTF8.self))] ?? 0
    }

    /// The country with this alpha-2 code (any case).
    public func country(code: String) -> Country? {
        byCode[code.uppercased()].map { countries[$0] }
    }

    /// The country a name, demonym or capital stands for, or nil.
    public func match(_ name: String) -> Match? {
        match(key: Self.key(name))
    }

    /// The country a lookup key (`key(_:)`) stands for, or nil.
    package func match(key: String) -> Match? {
        if Self.isPlain(key) {
            return plainByName[PlainKey(key)].map { Match(country: countries[$0.0], role: $0.1) }
        }
        return byName[key].map { Match(country: countries[$0.0], role: $0.1) }
    }

    /// The most words a lookup key starting with this plain key word has: 0 when none does, so
    /// that longer phrases need not be looked up. `Int.max` when the catalogue cannot tell.
    package func longestKey(startingWith word: String) -> Int {
        guard Self.isPlain(word) else { return .max }
        return word.utf8.withContiguousStorageIfAvailable(longestKey(startingWithPlainUTF8:)) ?? longestByFirstWord[
            PlainKey(word)] ?? 0
    }

    /// The country a code, name, demonym or capital stands for; throws `UnknownCountry` otherwise.
    public func lookup(_ text: String) throws(UnknownCountry) -> Country {
        let trimmed = text.trimmingSpaces
        if trimmed.utf8.count == 2, let country = country(code: trimmed) { return country }
        if let match = match(trimmed), match.role != .leader { return match.country }
        throw UnknownCountry(text: text)
    }

    /// The lookup key of a name: English lowercased without dots, Arabic normalised; spaces collapsed.
    package static func key(_ name: String) -> String {
        plainKey(name) ?? foundationKey(name)
    }

    /// `key(_:)` the slow way, for any text: Foundation's search for the dots (it compares
    /// whole characters), `String` splitting by characters. Latin letters lose the accents
    /// that are not Latin-1's own ("Việt Nam" is "viet nam", as Vietnamese papers write it).
    static func foundationKey(_ name: String) -> String {
        let normalized = ArabicText.normalize(withoutLatinAccents(name)).lowercased().replacingOccurrences(
            of: ".", with: "")
        return normalized.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    /// The text with each precomposed Latin letter beyond Latin-1 (U+0100 to U+024F, U+1E00 to
    /// U+1EFF) that is an ASCII letter with accents written as that letter: "ệ" as "e", "ğ"
    /// as "g". Latin-1's own letters, other scripts and loose combining marks stay as they are.
    static func withoutLatinAccents(_ text: String) -> String {
        func isExtendedLatin(_ v: UInt32) -> Bool { (0x0100...0x024F).contains(v) || (0x1E00...0x1EFF).contains(v) }
        guard text.unicodeScalars.contains(where: { isExtendedLatin($0.value) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isExtendedLatin(scalar.value),
                let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first, base.isASCII
            {
                out.append(base)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `key(_:)` one scalar at a time, for a name that is plain once normalised; nil otherwise.
    ///
    /// Plain scalars (`isPlain`) are each a character of their own that no other sequence is
    /// canonically equivalent to, so character-wise lowercasing, dot removal and splitting at
    /// spaces are the same done scalar by scalar, and the result is the same string.
    package static func plainKey(_ name: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for scalar in name.unicodeScalars {
            guard let mapped = ArabicText.map(scalar) else { continue }
            let v = mapped.value
            guard isPlain(v) || v == 0xA0 else { return nil }
            if v == 0x20 || v == 0xA0 {
                pendingSpace = !out.isEmpty
                continue
            }
            if v == 0x2E { continue }  // "."
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            if v < 0x80 {
                let b = UInt8(v)
                out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
            } else {
                let lower = (0xC0...0xDE).contains(v) && v != 0xD7 ? v + 0x20 : v
                for unit in UTF8.encode(Unicode.Scalar(lower)!)! { out.append(unit) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether every scalar of the text is plain (`isPlain(_:)`).
    package static func isPlain(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { isPlain($0.value) }
    }

    /// A scalar that is a character on its own in any text, equivalent to no other sequence, and
    /// that folds to lower case by itself: printable ASCII, the Latin-1 letters and the Arabic
    /// letters without hamza or madda signs above or below them (ء and ا to ي, no tatweel).
    @inline(__always)
    package static func isPlain(_ v: UInt32) -> Bool {
        switch v {
        case 0x20...0x7E, 0xC0...0xFF, 0x0621, 0x0627...0x063A, 0x0641...0x064A: true
        default: false
        }
    }
}

/// A string hashed and compared by its UTF-8 bytes: for plain strings (`CountryCatalog.isPlain`),
/// which no other string is canonically equivalent to, the same as `String`'s own, only faster.
struct PlainKey: Hashable {
    var text: String

    init(_ text: String) { self.text = text }

    static func == (a: PlainKey, b: PlainKey) -> Bool {
        a.text.utf8.count == b.text.utf8.count && a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// A name that is no country, demonym or capital the catalogue knows.
public struct UnknownCountry: Error, Sendable, CustomStringConvertible {
    public var text: String
    public var description: String {
        "unknown country \"\(text)\": give an ISO 3166-1 alpha-2 code (e.g. KZ) or a country's English or Arabic name"
    }
}

extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
