import NewsCore

extension ArabicText {
    /// `normalize(_:)` without a string built scalar by scalar: ASCII, which it leaves alone,
    /// is returned as it is; other text is written as UTF-8 at once (no scalar maps to a longer one).
    static func normalized(_ text: String) -> String {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes in
            PlainText.printableASCIIEnd(bytes, from: 0) == bytes.count || !bytes.contains(where: { $0 >= 0x80 })
        }
        if ascii == true { return text }
        guard ascii != nil else { return normalize(text) }
        return String(unsafeUninitializedCapacity: text.utf8.count) { out in
            var n = 0
            for scalar in text.unicodeScalars {
                guard let mapped = map(scalar) else { continue }
                for unit in UTF8.encode(mapped)! {
                    out[n] = unit
                    n += 1
                }
            }
            return n
        }
    }
}
