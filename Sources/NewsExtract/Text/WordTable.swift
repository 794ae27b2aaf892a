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
        PlainText.isPlain(key) ? plain[UTF8Key(key)] : other[key]
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

/// `CountryCatalog.isPlain(_:)` of a string, read from its UTF-8 rather than scalar by scalar.
enum PlainText {
    static func isPlain(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isPlain) ?? CountryCatalog.isPlain(text)
    }

    /// Printable ASCII (one byte), U+00C0 to U+00FF (C3 80 to C3 BF), U+0621 (D8 A1), U+0627
    /// to U+063A (D8 A7 to D8 BA) and U+0641 to U+064A (D9 81 to D9 8A).
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                guard b >= 0x20 && b != 0x7F else { return false }
                i += 1
                continue
            }
            guard i + 1 < n else { return false }
            let low = bytes[i + 1]
            switch b {
            case 0xC3: guard low >= 0x80 && low <= 0xBF else { return false }
            case 0xD8: guard low == 0xA1 || (low >= 0xA7 && low <= 0xBA) else { return false }
            case 0xD9: guard low >= 0x81 && low <= 0x8A else { return false }
            default: return false
            }
            i += 2
        }
        return true
    }
}
