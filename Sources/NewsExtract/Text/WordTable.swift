import Foundation
import NewsCore

/// A table keyed by words, looked up as `[String: Value]` is, without `String`'s Unicode
/// normalisation for plain words (`CountryCatalog.isPlain`, nearly all): those are hashed and
/// compared by their UTF-8 bytes.
///
/// A plain string is in normal form C, so the one key `String` equality would match it with is
/// the key whose normal form C it is, byte for byte; a key whose normal form C is not plain can
/// never match a plain word and is left out of the byte-keyed part.
///
/// Most words looked up are in no table: a bit per signature of the plain keys (their length and
/// first and last bytes, `signature`) turns most of them away before any hashing.
struct WordTable<Value: Sendable>: Sendable {
    private var plain: [UTF8Key: Value] = [:]
    private let other: [String: Value]
    /// A bit for the signature of every plain key.
    private var signatures = [UInt64](repeating: 0, count: 64)

    init(_ table: [String: Value]) {
        other = table
        for (key, value) in table {
            let composed = CountryCatalog.isPlain(key) ? key : key.precomposedStringWithCanonicalMapping
            guard CountryCatalog.isPlain(composed) else { continue }
            plain[UTF8Key(composed)] = value
            var bytes = composed
            let bit = bytes.withUTF8(Self.signature)
            signatures[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// One of 4,096 bits of a word's UTF-8: the country catalogue's signature.
    @inline(__always)
    static func signature(_ w: UnsafeBufferPointer<UInt8>) -> Int { CountryCatalog.signature(w) }

    subscript(key: String) -> Value? {
        let known: Bool?? = key.utf8.withContiguousStorageIfAvailable { w -> Bool? in
            guard PlainText.isPlain(w) else { return nil }
            let bit = Self.signature(w)
            return signatures[bit >> 6] & (1 << UInt64(bit & 63)) != 0
        }
        switch known {
        case .some(.some(false)): return nil  // plain, and no plain key has its signature
        case .some(.some(true)): return plain[UTF8Key(key)]
        case .some(.none): return other[key]
        case .none: return PlainText.isPlain(key) ? plain[UTF8Key(key)] : other[key]
        }
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
            i = printableASCIIEnd(bytes, from: i)
            guard i < n else { break }
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

extension PlainText {
    /// The index of the first byte from `i` on that is not printable ASCII (0x20 to 0x7E), or the
    /// end: eight bytes at a time, then one by one.
    @inline(__always)
    static func printableASCIIEnd(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        guard let base = bytes.baseAddress else { return i }
        var i = i
        let high: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= bytes.count {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // With no high bit set, adding 0x60 sets it in each byte of 0x20 or more, adding 0x01
            // in each byte of 0x7F, and no byte carries into the next.
            guard w & high == 0, (w &+ 0x6060_6060_6060_6060) & high == high, (w &+ 0x0101_0101_0101_0101) & high == 0
            else { break }
            i += 8
        }
        while i < bytes.count, bytes[i] >= 0x20 && bytes[i] < 0x7F { i += 1 }
        return i
    }
}
