import Foundation
import NewsCore

/// Fractions written as words, read as percentages: "a quarter" 25, "half" 50, "two thirds" 66.67, "ربع" 25.
///
/// Thirds are 100/3 rounded to two places (33.33, 66.67). This type only reads the words;
/// whether they are a share in their sentence ("a quarter of", not "the first quarter") is
/// decided by `NumberSentence.shares`.
enum ShareWords {
    /// A fraction read at a token.
    struct Fraction {
        var percent: Decimal
        /// Token indices.
        var tokens: Range<Int>
        /// Normalised offsets, without a proclitic.
        var range: Range<Int>
        /// The Arabic proclitic the first word carries ("" for none): "و" in "ونصف".
        var clitic: String
        /// Whether it is written with the Arabic article ("النصف").
        var isDefinite: Bool
    }

    /// The fraction that starts at token `i`, if any.
    static func read(_ tokens: [NumberToken], at i: Int) -> Fraction? {
        guard tokens.indices.contains(i), tokens[i].isWord else { return nil }
        return tokens[i].isArabic ? arabic(tokens, at: i) : english(tokens, at: i)
    }

    /// `numerator`/`denominator` as a percentage rounded to two places.
    static func percent(_ numerator: Int, _ denominator: Int) -> Decimal {
        let hundredths = (numerator * 20_000 + denominator) / (2 * denominator)
        return Decimal(hundredths) / 100
    }

    private static func english(_ tokens: [NumberToken], at i: Int) -> Fraction? {
        let t = tokens[i]
        if t.key == "half" {
            return Fraction(percent: 50, tokens: i..<(i + 1), range: t.range, clitic: "", isDefinite: false)
        }
        guard let numerator = numerators[t.key] else { return nil }
        var k = i + 1
        if tokens.indices.contains(k), tokens[k].isSymbol("-"), tokens.touch(i, k), tokens.touch(k, k + 1) { k += 1 }
        guard let word = tokens.word(k), let (denominator, plural) = denominators[word],
            plural == (numerator > 1), denominator != 2 || numerator == 1
        else { return nil }
        return Fraction(
            percent: percent(numerator, denominator), tokens: i..<(k + 1),
            range: t.range.lowerBound..<tokens[k].range.upperBound,
            clitic: "", isDefinite: false)
    }

    private static func arabic(_ tokens: [NumberToken], at i: Int) -> Fraction? {
        let t = tokens[i]
        let clitics = Clitics.share
        if let (prefix, stem) = t.stem(clitics: clitics, { arabicFractions[$0] != nil }),
            let percent = arabicFractions[stem]
        {
            return Fraction(
                percent: percent, tokens: i..<(i + 1), range: (t.range.lowerBound + prefix)..<t.range.upperBound,
                clitic: String(t.key.unicodeScalars.prefix(prefix).map(Character.init)),
                isDefinite: stem.hasPrefix("ال"))
        }
        // "ثلاثة أرباع"
        if let (prefix, stem) = t.stem(clitics: clitics, { threes.contains($0) }), !stem.isEmpty,
            tokens.word(i + 1) == quarters
        {
            return Fraction(
                percent: 75, tokens: i..<(i + 2), range: (t.range.lowerBound + prefix)..<tokens[i + 1].range.upperBound,
                clitic: String(t.key.unicodeScalars.prefix(prefix).map(Character.init)), isDefinite: false)
        }
        return nil
    }

    private static let numerators = ["a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4]
    private static let denominators = WordTable<(Int, Bool)>([
        "half": (2, false), "third": (3, false), "thirds": (3, true), "quarter": (4, false), "quarters": (4, true),
        "fifth": (5, false), "fifths": (5, true), "tenth": (10, false), "tenths": (10, true),
    ])
    private static let quarters = ArabicText.normalize("أرباع")
    /// "ثلاثة" (three), normalised, with and without its ta marbuta.
    private static let threes: WordSet = ["ثلاث", "ثلاثه"]
    private static let arabicFractions = WordTable<Decimal>(
        {
            var table: [String: Decimal] = [:]
            for (words, value) in [
                (["ربع", "الربع"], Decimal(25)), (["نصف", "النصف"], 50), (["ثلث", "الثلث"], percent(1, 3)),
                (["ثلثي", "ثلثا", "الثلثين", "ثلثين"], percent(2, 3)),
            ] {
                for w in words { table[ArabicText.normalize(w)] = value }
            }
            return table
        }())
}
