import Foundation
import NewsCore

/// Reads the numbers of a sentence: amounts of money, percentages and shares, counts, and changes.
///
/// Works on a normalised copy of the text (`MappedText`: Arabic spelling folded, Arabic-Indic
/// digits made ASCII) split into tokens (`NumberLexer`), and reports spans in scalar offsets of
/// the text as given. Pure: no state between calls; any input gives an answer, never a crash.
/// Meant for a sentence at a time; a whole article works too, in one pass.
///
/// Choices where the text is ambiguous:
/// - An amount needs a currency (sign, ISO code in capitals, or name); "600 companies" is not money.
/// - "¥" is JPY; "riyal"/"ريال" alone is SAR, "جنيه" alone EGP, "pound" alone GBP; "dinar",
///   "franc", "ليرة" need their country ("Kuwaiti dinars", "دينار كويتي") or are not read.
/// - A qualifier counts only right before the number ("nearly doubled to five billion dollars"
///   is exact); verbs that say "more than" count too ("exceeds $100 billion", "تزيد على").
/// - "from X to Y" is a range only when X has neither scale nor currency ("from 3 to 5 billion
///   dollars"); "from $3 billion to $5 billion" is two amounts, as it is usually a change.
/// - "in 2020 dollars" is no amount. "1,5" (one or two digits after a comma, no groups) is 1.5.
/// - A third is 33.33 and two thirds 66.67 (100/3 rounded to two places).
/// - A range of percentages ("10-15%") is one mention: the low end, qualifier `.range`.
/// - A count's noun is its head word: "600 US companies" counts "companies", skipping a
///   country adjective and a few others ("new", "foreign"); the span covers them all.
/// - Not counts: one thing ("one", "a", "1"), years 1900–2100 used as years, dates, numbers
///   touching letters or signs ("G20", "5+1", "COVID-19", "5th"), runs of numbers (phone
///   numbers), durations ("5 years"), ranges ("10 to 15 companies"), percentage points.
/// - "تضاعف ثلاث مرات" is read as tripled (factor 3), as news uses it.
public enum NumberReader {
    /// Every amount of money in a sentence, in order of appearance.
    public static func amounts(in text: String) -> [AmountMention] {
        let sentence = NumberSentence(text)
        return sentence.amounts().map { AmountMention(money: $0.value, span: sentence.text.span($0.range)) }
    }

    /// Every percentage or fraction-as-share ("a quarter", "ربع", "half", "نصف", "a third", "ثلث").
    public static func percentages(in text: String) -> [PercentMention] {
        let sentence = NumberSentence(text)
        let amounts = sentence.amounts()
        return sentence.percentages(excluding: amounts).map {
            PercentMention(percent: $0.value.percent, qualifier: $0.value.qualifier, span: sentence.text.span($0.range))
        }
    }

    /// Every count of things that is not money and not a percentage or a year ("600 companies").
    public static func counts(in text: String) -> [CountMention] {
        let sentence = NumberSentence(text)
        let amounts = sentence.amounts()
        let taken = TakenRanges(amounts.map(\.range) + sentence.percentages(excluding: amounts).map(\.range))
        return sentence.counts(excluding: taken).map {
            CountMention(
                value: $0.value.value, qualifier: $0.value.qualifier, noun: $0.value.noun,
                span: sentence.text.span($0.range))
        }
    }

    /// Everything `amounts`, `percentages`, `counts` and `changes` read, from one reading of the
    /// text: each of them alone prepares the text and reads its amounts (and percentages) again.
    /// `local`: the article's countries, most written about first; a bare "dirham", "riyal"
    /// or "دينار" is the currency of that name of theirs (`CurrencyWords.Name.local`). `named`:
    /// every country the article names, whose short signs ("P", "Sh", "R") are read as theirs.
    static func all(in text: String, inheriting currency: Currency? = nil, local: [String] = []) -> (
        amounts: [AmountMention], percents: [PercentMention], counts: [CountMention], changes: [ChangeMention]
    ) {
        var words = NumberLexer.Words()
        return all(scalars: Array(text.unicodeScalars), inheriting: currency, local: local, words: &words)
    }

    /// `all(in:inheriting:local:)` of a text given by its scalars, with the words of the article read so far.
    static func all(
        scalars: [Unicode.Scalar], inheriting currency: Currency? = nil, local: [String] = [], named: [String] = [],
        words: inout NumberLexer.Words
    ) -> (
        amounts: [AmountMention], percents: [PercentMention], counts: [CountMention], changes: [ChangeMention]
    ) {
        var sentence = NumberSentence(MappedText(scalars: scalars), words: &words)
        sentence.local = local
        sentence.named = named
        let amounts = sentence.amounts(inheriting: currency)
        let percentages = sentence.percentages(excluding: amounts)
        let taken = TakenRanges(amounts.map(\.range) + percentages.map(\.range))
        return (
            amounts.map { AmountMention(money: $0.value, span: sentence.text.span($0.range)) },
            percentages.map {
                PercentMention(
                    percent: $0.value.percent, qualifier: $0.value.qualifier, span: sentence.text.span($0.range))
            },
            sentence.counts(excluding: taken).map {
                CountMention(
                    value: $0.value.value, qualifier: $0.value.qualifier, noun: $0.value.noun,
                    span: sentence.text.span($0.range))
            },
            sentence.changes(percentages: percentages).map { found in
                let text = found.value.pieces.map { sentence.text.originalText($0) }.joined(separator: " ")
                return ChangeMention(
                    text: text, factor: found.value.factor, percent: found.value.percent,
                    span: sentence.text.span(found.range))
            }
        )
    }

    /// A change in a quantity: "doubled", "تضاعف", "nearly doubled", "tripled", "rose 10%", "ارتفع بنسبة 10%".
    public static func changes(in text: String) -> [ChangeMention] {
        let sentence = NumberSentence(text)
        let percentages = sentence.percentages(excluding: sentence.amounts())
        return sentence.changes(percentages: percentages).map { found in
            let text = found.value.pieces.map { sentence.text.originalText($0) }.joined(separator: " ")
            return ChangeMention(
                text: text, factor: found.value.factor, percent: found.value.percent,
                span: sentence.text.span(found.range))
        }
    }
}

/// Something read from a sentence, where it is (normalised offsets) and the tokens it took.
struct Found<Value> {
    var value: Value
    var range: Range<Int>
    var tokens: Range<Int>
}

/// A sentence prepared for reading numbers: its normalised text and tokens.
struct NumberSentence {
    let text: MappedText
    let tokens: [NumberToken]
    /// The article's countries, for bare currency names (`CurrencyWords.suffix`).
    var local: [String] = []
    /// Every country the article names (the main pair among them), for the short signs before an amount
    /// (`CurrencyWords.prefix`): "P3.6 trillion" is pesos in an article that names the Philippines
    /// once, beside its main pair.
    var named: [String] = []
    /// `NumberPhrase.read` at each token, without and with letter scales: read once for all
    /// the readers, which each try a number at nearly every token.
    private let phrases: [NumberPhrase?]
    private let letterPhrases: [NumberPhrase?]

    init(_ string: String) {
        var words = NumberLexer.Words()
        self.init(MappedText(string), words: &words)
    }

    init(_ text: MappedText, words: inout NumberLexer.Words) {
        self.text = text
        let tokens = NumberLexer.tokens(text, words: &words)
        self.tokens = tokens
        let phrases = tokens.indices.map { NumberPhrase.read(tokens, at: $0, letterScales: false) }
        self.phrases = phrases
        // Letter scales ("$500m") change a reading only where a word reads as one.
        let hasLetterScale = tokens.contains { t in
            guard case .scale(_, .letter)? = t.numberWords?.first?.1 else { return false }
            return true
        }
        letterPhrases =
            hasLetterScale ? tokens.indices.map { NumberPhrase.read(tokens, at: $0, letterScales: true) } : phrases
    }

    /// `NumberPhrase.read(tokens, at: i, letterScales:)`.
    func phrase(at i: Int, letterScales: Bool) -> NumberPhrase? {
        guard i < tokens.count else { return nil }
        return letterScales ? letterPhrases[i] : phrases[i]
    }

    /// Whether the token at `i` overlaps any of these ranges.
    func isTaken(_ i: Int, by ranges: TakenRanges) -> Bool {
        ranges.overlaps(tokens[i].range)
    }
}

/// Ranges of a text already read (amounts, percentages), sorted for quick overlap tests.
struct TakenRanges {
    private let starts: [Int]
    /// The largest end among the ranges up to each index.
    private let furthestEnds: [Int]

    init(_ ranges: [Range<Int>]) {
        let sorted = ranges.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        starts = sorted.map(\.lowerBound)
        var furthest = Int.min
        furthestEnds = sorted.map { range in
            furthest = max(furthest, range.upperBound)
            return furthest
        }
    }

    /// Whether `range` overlaps one of the ranges.
    func overlaps(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        // The ranges starting before `range` ends are the first `low`; one of them must end after it starts.
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < range.upperBound { low = mid + 1 } else { high = mid }
        }
        return low > 0 && furthestEnds[low - 1] > range.lowerBound
    }
}
