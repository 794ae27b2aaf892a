import Foundation
import NewsCore

/// A word in normalised Arabic spelling (`ArabicText.normalize`), lowercased, with the tests
/// word rules make of it: equality, prefixes, and Foundation's `contains`.
///
/// When the word and the other string are plain (`CountryCatalog.isPlain`), every scalar is a
/// character of its own that no other sequence is canonically equivalent to, so comparing
/// characters (`String`) or searching them (Foundation) gives what comparing bytes gives; the
/// tests compare bytes then, and ask `String` and Foundation otherwise.
struct FoldedWord {
    let text: String
    let isPlain: Bool

    init(_ word: String) {
        text = ArabicText.normalized(word).lowercased()
        isPlain = PlainText.isPlain(text)
    }

    static func == (word: FoldedWord, other: String) -> Bool {
        guard word.isPlain, PlainText.isPlain(other) else { return word.text == other }
        return word.text.utf8.elementsEqual(other.utf8)
    }

    func hasPrefix(_ prefix: String) -> Bool {
        guard isPlain, PlainText.isPlain(prefix) else { return text.hasPrefix(prefix) }
        return text.utf8.starts(with: prefix.utf8)
    }

    func contains(_ other: String) -> Bool {
        // A plain text has no hamza sign, which the decomposition of a letter with one has.
        if isPlain, SearchableText.plainness(other) == .hamza { return false }
        guard isPlain, PlainText.isPlain(other), !other.isEmpty else { return text.contains(other) }
        var text = text
        var other = other
        return text.withUTF8 { haystack in
            other.withUTF8 { needle in
                guard haystack.count >= needle.count else { return false }
                for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
                    var k = 1
                    while k < needle.count && haystack[start + k] == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
                return false
            }
        }
    }
}

extension [String] {
    /// Whether one of the strings is the word (`FoldedWord.==`).
    func contains(_ word: FoldedWord) -> Bool {
        contains { word == $0 }
    }
}
