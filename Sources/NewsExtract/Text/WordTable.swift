import Foundation
import NewsCore

/// A table keyed by words, looked up as `[String: Value]` is, without `String`'s Unicode
/// normalisation for plain words (`CountryCatalog.isPlain`, nearly all): those are hashed and
/// compared by their UTF-8 bytes.
///
/// A plain string is in normal form C, so the one key `String` equality would match it with is
/// the key whose normal form C it is, byte for byte; a key whose normal form C is not plain can
/// never match a plain word and is left out of the byte-keyed part.
struct WordTable<Value: Sendable>: Sendable {
    private var plain: [UTF8Key: Value] = [:]
    private let other: [String: Value]

    init(_ table: [String: Value]) {
        other = table
        for (key, value) in table {
            let composed = CountryCatalog.isPlain(key) ? key : key.precomposedStringWithCanonicalMapping
            if CountryCatalog.isPlain(composed) { plain[UTF8Key(composed)] = value }
        }
    }

    subscript(key: String) -> Value? {
        CountryCatalog.isPlain(key) ? plain[UTF8Key(key)] : other[key]
    }
}

/// `Set<String>` for words, looked up as `WordTable` is.
struct WordSet: ExpressibleByArrayLiteral, Sendable {
    private let table: WordTable<Void>

    init(_ words: some Sequence<String>) {
        var table: [String: Void] = [:]
        for w in words { table[w] = () }
        self.table = WordTable(table)
    }

    init(arrayLiteral words: String...) { self.init(words) }

    func contains(_ word: String) -> Bool { table[word] != nil }
}
