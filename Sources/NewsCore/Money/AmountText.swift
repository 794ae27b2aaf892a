import Foundation

/// Amounts as people type them: `1100000000`, `1.1e9`, `1.1bn`, `17.2 billion`, `500m`, `3k`, `1,250,000`.
public enum AmountText {
    private static let scales: [(String, Decimal)] = [
        ("trillion", 1_000_000_000_000), ("tn", 1_000_000_000_000), ("t", 1_000_000_000_000),
        ("billion", 1_000_000_000), ("bn", 1_000_000_000), ("b", 1_000_000_000),
        ("million", 1_000_000), ("mn", 1_000_000), ("m", 1_000_000),
        ("thousand", 1_000), ("k", 1_000),
    ]

    /// The exact value, or nil if the text is not an amount.
    public static func parse(_ text: String) -> Decimal? {
        var s = text.lowercased().replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "_", with: "")
            .trimmingCharacters(in: .whitespaces)
        var scale: Decimal = 1
        for (word, factor) in scales where s.hasSuffix(word) {
            let number = s.dropLast(word.count).trimmingCharacters(in: .whitespaces)
            if !number.isEmpty, number.last!.isNumber || number.last == "." {
                s = number
                scale = factor
                break
            }
        }
        var exponent = 0
        if let e = s.firstIndex(where: { $0 == "e" }) {
            guard let x = Int(s[s.index(after: e)...]), abs(x) <= 30 else { return nil }
            exponent = x
            s = String(s[..<e])
        }
        guard let mantissa = Decimal(exactly: s) else { return nil }
        var value = mantissa * scale
        for _ in 0..<abs(exponent) { value = exponent > 0 ? value * 10 : value / 10 }
        return value
    }
}
