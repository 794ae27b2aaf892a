/// Words and phrases that `SearchableText.hasAny` looks for, each with its UTF-8 and its
/// plainness worked out once, when the list is made, instead of at every lookup.
///
/// The lexicon's lists are read for every sentence; a list is a sequence of its words, so
/// what reads it as words (`contains`, `map`, `for … in`) reads it as before.
struct WordList: Sequence, ExpressibleByArrayLiteral, Sendable {
    struct Entry: Sendable {
        let text: String
        let utf8: [UInt8]
        let plainness: SearchableText.Plainness
    }

    let entries: [Entry]
    let words: [String]
    /// `SearchableText.quadBits` of each entry, for a plain word of four bytes or more; -1
    /// otherwise. Apart from the entries, so that the quick test copies no strings.
    let quadBits: [(first: Int32, last: Int32)]

    init(_ words: [String]) {
        // After the preposition ل the article's alif drops: "التبادل" is written "للتبادل" in
        // "للتبادل التجاري" (of the trade exchange), so each Arabic word or phrase that opens
        // with ال is also listed in that form.
        let withLam = words.compactMap { w -> String? in
            guard w.hasPrefix("ال"), w.unicodeScalars.count > 3 else { return nil }
            return "لل" + w.dropFirst(2)
        }
        let words = words + withLam.filter { !words.contains($0) }
        self.words = words
        entries = words.map { Entry(text: $0, utf8: Array($0.utf8), plainness: SearchableText.plainness($0)) }
        quadBits = entries.map { entry in
            guard entry.plainness == .plain, let bits = entry.utf8.withUnsafeBufferPointer(SearchableText.quadBits)
            else { return (-1, -1) }
            return (Int32(bits.first), Int32(bits.last))
        }
    }

    init(arrayLiteral words: String...) { self.init(words) }

    func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }

    static func + (a: WordList, b: WordList) -> WordList { WordList(a.words + b.words) }
}

extension SearchableText {
    /// `has(_:)` for a word of a `WordList`, from its bytes and plainness read beforehand.
    func has(_ entry: WordList.Entry) -> Bool {
        entry.utf8.withUnsafeBufferPointer { hasInPlainText($0, entry.plainness) } ?? foundationHas(entry.text)
    }

    func hasAny(_ list: WordList) -> Bool {
        guard plainUTF8 != nil else { return list.entries.contains(where: has) }
        // Most words of a list are not in a sentence: two bits of the text tell most of them.
        return list.quadBits.withUnsafeBufferPointer { bits in
            for i in bits.indices {
                let b = bits[i]
                if b.first >= 0 && !mayHave((Int(b.first), Int(b.last))) { continue }
                if has(list.entries[i]) { return true }
            }
            return false
        }
    }
}
