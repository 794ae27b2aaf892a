import Foundation
import NewsCore

extension NumberSentence {
    /// A number with its currency, before qualifiers: "$1.1bn", "1.1 billion dollars", "خمسة مليارات دولار".
    struct AmountCore {
        var phrase: NumberPhrase
        /// Nil when no currency is written, or a name is written that names no one currency ("dinars").
        var currency: Currency?
        /// Whether a currency name was written but could not be told ("5 billion dinars").
        var unknownCurrency = false
        var range: Range<Int>
        /// Token index after the amount.
        var next: Int
    }

    /// Every amount of money, in order; ranges first, then single amounts.
    ///
    /// With `inherited`, a scaled number that names no currency and counts nothing ("Germany —
    /// 12.5 billion, Japan — 9.1 billion") is an amount in that currency: the currency in force
    /// in the passage.
    func amounts(inheriting inherited: Currency? = nil) -> [Found<Money>] {
        var found: [Found<Money>] = []
        var i = 0
        var inForce = inherited
        while i < tokens.count {
            // The number at `i` read once for both.
            let core = amountCore(at: i)
            if let amount = rangeAmount(at: i, low: core) ?? singleAmount(at: i, core: core, inheriting: inForce) {
                found.append(amount)
                // Within a passage that gives amounts, bare ones go on in the same currency.
                inForce = amount.value.currency
                i = max(amount.tokens.upperBound, i + 1)
            } else {
                // Never start again inside a number: "2 مليار" is not "مليار".
                i = max(phrase(at: i, letterScales: true)?.tokens.upperBound ?? 0, i + 1)
            }
        }
        // "17.8, 17.7 and 12.4 billion birr": the bare numbers listed before a scaled amount.
        guard found.contains(where: { $0.tokens.lowerBound >= 2 }) else { return found }
        var all: [Found<Money>] = []
        for amount in found {
            all += listed(before: amount, after: all.last?.tokens.upperBound ?? 0)
            all.append(amount)
        }
        return all
    }

    /// "17.8, 17.7 and 12.4 billion birr", "17.8 و17.7 و12.4 مليار بير": bare numbers listed
    /// right before a scaled amount, with nothing but commas and "and" between them, are amounts
    /// of its scale and currency. (Each below a thousand, none grouped, none with a sign or a
    /// letter stuck to it; nothing from `floor` on, where the amount before ends.)
    func listed(before amount: Found<Money>, after floor: Int) -> [Found<Money>] {
        let first = amount.tokens.lowerBound
        guard first >= floor + 2, amount.value.qualifier != .range, tokens[first].kind == .number,
            let shown = tokens[first].value, shown > 0,
            case let scale = amount.value.amount / shown, [1_000, 1_000_000, 1_000_000_000].contains(scale)
        else { return [] }
        var listed: [Found<Money>] = []
        var k = first - 1
        while k > floor {
            var separators = 0
            while k > floor, separators < 2, Self.listSeparators.contains(tokens[k].key) {
                k -= 1
                separators += 1
            }
            guard separators > 0, tokens[k].kind == .number, let value = tokens[k].value, value < 1000,
                !tokens[k].isGrouped,
                !tokens.touch(k, k + 1) || tokens[k + 1].isSymbol(",") || tokens[k + 1].isSymbol("،"),
                !tokens.touch(k - 1, k) || tokens[k - 1].key == "و"
            else { break }
            listed.append(
                Found(
                    value: Money(value * scale, amount.value.currency), range: tokens[k].range, tokens: k..<(k + 1)))
            k -= 1
        }
        return listed.reversed()
    }

    static let listSeparators: Set<String> = [",", "،", "and", "و"]

    /// An Arabic scale word in the dual, alone ("ملياران", "مليونين": two billion, two million),
    /// which goes on in the currency in force as a numeral does ("مليار دولار من السعودية
    /// وملياران من الإمارات").
    func isArabicDualScale(_ phrase: NumberPhrase, at i: Int) -> Bool {
        guard tokens[i].isArabic, phrase.tokens.count == 1, let scale = phrase.trailingScale else { return false }
        return phrase.value == 2 * scale
    }

    /// The number at token `i` with the currency before or after it.
    func amountCore(at i: Int) -> AmountCore? {
        if let (currency, found) = CurrencyWords.prefix(tokens, at: i, local: named.isEmpty ? local : named) {
            var k = found
            // "MAD +2.3 billion": a net figure's plus sign, stuck to its number.
            if tokens.indices.contains(k + 1), tokens[k].isSymbol("+"), tokens.touch(k, k + 1),
                tokens[k + 1].kind == .number
            {
                k += 1
            }
            guard let phrase = phrase(at: k, letterScales: true) else { return nil }
            var core = AmountCore(
                phrase: phrase, currency: currency, range: tokens[i].range.lowerBound..<phrase.range.upperBound,
                next: phrase.tokens.upperBound)
            // "$5 billion dollars": the name repeats the sign.
            if let suffix = CurrencyWords.suffix(tokens, at: core.next, local: local, named: named),
                suffix.currency == currency
            {
                core.next = suffix.next
                core.range = core.range.lowerBound..<tokens[suffix.next - 1].range.upperBound
            }
            return core
        }
        guard let phrase = phrase(at: i, letterScales: true) else { return nil }
        var core = AmountCore(phrase: phrase, currency: nil, range: phrase.range, next: phrase.tokens.upperBound)
        if let suffix = CurrencyWords.suffix(tokens, at: core.next, local: local, named: named),
            // "five yen loan projects": a small count before a currency that names a kind of loan.
            phrase.hasScale || phrase.value >= 1000 || !Self.currencyKinds.contains(tokens.word(suffix.next) ?? "")
        {
            core.currency = suffix.currency
            core.unknownCurrency = suffix.currency == nil
            core.next = suffix.next
            core.range = core.range.lowerBound..<tokens[suffix.next - 1].range.upperBound
        }
        return core
    }

    /// The amount at token `i`, whose `amountCore` is `core`.
    private func singleAmount(at i: Int, core: AmountCore?, inheriting inherited: Currency? = nil) -> Found<Money>? {
        guard var core, !isYearOfMoney(core, at: i) else { return nil }
        // A number with Latin letters stuck to its front ("Tk32 billion") has a unit of its own,
        // unread; Arabic particles stick to numbers ("ب2.4 بليون": with 2.4 billion).
        if core.currency == nil, !core.unknownCurrency, let inherited, core.phrase.hasScale,
            core.phrase.value >= 1_000_000,
            tokens[i].kind == .number || isArabicDualScale(core.phrase, at: i), !countsSomething(after: core.next),
            !(i > 0 && tokens.touch(i - 1, i) && tokens[i - 1].isWord && !tokens[i - 1].isArabic)
        {
            core.currency = inherited
        }
        if core.currency == nil, !core.unknownCurrency, core.phrase.hasScale, rangeOpener(before: i)?.kind == .from,
            let (kind, high) = rangeConnector(after: core.next, amountEnd: core.next), kind == .to
        {
            // "from 2 billion to 3 billion dollars": the low end takes the high end's currency.
            core.currency = amountCore(at: high)?.currency
        }
        if core.currency == nil, !core.unknownCurrency, let scale = core.phrase.trailingScale,
            let (kind, second) = rangeConnector(after: core.next, amountEnd: core.next), kind == .and,
            let following = amountCore(at: second), let secondScale = following.phrase.trailingScale,
            scale <= secondScale
        {
            // "12 million and 40 million euros", "12 مليون و40 مليون يورو": two amounts, the first
            // in the second's currency. (A larger scale before a smaller one is one number,
            // "1 billion and 200 million"; "between … and …" is a range, read before.)
            core.currency = following.currency
        }
        guard let currency = core.currency else { return nil }
        var qualifier = Money.Qualifier.exact
        var start = core.range.lowerBound
        var end = core.range.upperBound
        var next = core.next
        // ("over US $100 million": the qualifier stands before the sign's "US".)
        let spelledOut = i >= 1 && tokens[i - 1].isWord && tokens[i - 1].key == "us" && tokens[i].text == "$"
        if let before = QualifierWords.before(tokens, at: i)
            ?? (spelledOut ? QualifierWords.before(tokens, at: i - 1) : nil)
        {
            qualifier = before.qualifier
            start = before.start
        }
        if let after = QualifierWords.after(tokens, at: next) {
            if qualifier == .exact { qualifier = after.qualifier }
            end = tokens[after.next - 1].range.upperBound
            next = after.next
        }
        return Found(value: Money(core.phrase.value, currency, qualifier), range: start..<end, tokens: i..<next)
    }

    /// Nouns that a currency's name qualifies ("yen loans", "dollar bonds").
    static let currencyKinds: Set<String> = ["loan", "loans", "bond", "bonds", "credit", "credits", "deposits"]

    /// Whether a word follows that the number counts ("7.1 million Egyptians"), rather than a
    /// sign, the end, or a joining word.
    private func countsSomething(after k: Int) -> Bool {
        guard tokens.indices.contains(k), tokens[k].isWord else { return false }
        // "أو 19 في المئة" (or 19%), "أي" (that is): the amount's share follows, not what it counts.
        return ![
            "and", "in", "for", "from", "to", "at", "or", "و", "في", "من", "الي", "عام", "خلال", "او", "أو", "اي", "أي",
        ].contains(tokens[k].key)
    }

    /// "in 2020 dollars": a year naming the value of money, not an amount.
    private func isYearOfMoney(_ core: AmountCore, at i: Int) -> Bool {
        guard core.phrase.isBareNumeral, core.phrase.tokens.lowerBound == i, let year = Self.integer(core.phrase.value),
            (1900...2100).contains(year), !tokens[i].isGrouped
        else { return false }
        return tokens.word(i - 1) == "in" || tokens.word(i - 1) == "constant"
    }

    /// "$3 to $5 billion", "$3-5 billion", "$3bn-$5bn", "between $3 billion and $5 billion",
    /// "3 to 5 billion dollars", "بين 3 و5 مليارات دولار", "من 3 إلى 5 مليارات دولار".
    private func rangeAmount(at i: Int, low: AmountCore?) -> Found<Money>? {
        guard let low, !low.unknownCurrency,
            let (kind, bStart) = rangeConnector(after: low.phrase.tokens.upperBound, amountEnd: low.next),
            let high = amountCore(at: bStart), !high.unknownCurrency,
            let currency = low.currency ?? high.currency, high.currency == nil || high.currency == currency
        else { return nil }
        // "in 2019-20 to $4.2 billion": the end of a fiscal year is no range's low end.
        let at = low.range.lowerBound
        if low.currency == nil, at >= 2, "-–/".unicodeScalars.contains(text.scalars[at - 1]),
            text.scalars[at - 2].properties.numericType != nil
        {
            return nil
        }
        // "rose 2 per cent in 2014 to USD 7,079 million": a year is no range's low end either.
        if low.currency == nil, isYear(at: i), i > 0, Self.yearPrepositions.contains(tokens[i - 1].key) {
            return nil
        }
        let opener = rangeOpener(before: i)
        if kind == .and && opener?.kind != .between { return nil }
        // "from $3 billion to $5 billion" is usually a change: two amounts.
        if opener?.kind == .from && (low.currency != nil || low.phrase.hasScale) { return nil }
        // "grew from 4 to 7 billion dollars", "ارتفعت من 4 إلى 7 مليارات": a change, not a
        // range, unless a "to" follows with where the change went ("grew from 4 to 5 billion
        // in 2015 to 20 billion": the range is where it began).
        if opener?.kind == .from && changeWord(before: i - 1) && !amountFollows(after: high.next) { return nil }
        // "rose by $300 million to $2.1 billion", "declined $500 million to $2.27 billion": what a
        // figure changed by, whole, then where it went; no range.
        if opener == nil, kind == .to, low.currency != nil, low.phrase.hasScale, changeWord(before: i) { return nil }
        var lowValue = low.phrase.value
        if !low.phrase.hasScale, let scale = high.phrase.trailingScale {
            lowValue *= scale
        } else if low.phrase.hasScale && !high.phrase.hasScale {
            return nil
        }
        guard lowValue < high.phrase.value else { return nil }
        let start = opener?.start ?? low.range.lowerBound
        return Found(
            value: Money.range(lowValue, high.phrase.value, currency), range: start..<high.range.upperBound,
            tokens: i..<high.next)
    }

    enum RangeWord { case to, and, between, from }

    /// Words after which a number of four digits is a year: "in 2014", "في 2014", "عام 2014",
    /// "في العام 2006"; normalised, as the tokens are (سنة is سنه).
    static let yearPrepositions: Set<String> = [
        "in", "since", "during", "by", "until", "year", "في", "عام", "العام", "لعام", "للعام", "سنه", "خلال",
    ]

    /// Whether token `i` is a year: four digits, no separator, from 1900 to 2100.
    func isYear(at i: Int) -> Bool {
        let t = tokens[i]
        guard t.isNumber, t.text.utf8.count == 4, t.text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
            let value = t.value
        else { return false }
        return value >= 1900 && value <= 2100
    }

    /// The word joining the two ends of a range, after the low end's number (or its currency),
    /// and where the high end starts. An Arabic و may sit on the high end's first word ("وخمسة").
    func rangeConnector(after phraseEnd: Int, amountEnd: Int) -> (RangeWord, Int)? {
        for k in Set([phraseEnd, amountEnd]).sorted() where tokens.indices.contains(k) {
            let t = tokens[k]
            if t.isSymbol("-") || t.key == "to" || t.key == Self.ila { return (.to, k + 1) }
            if t.key == "and" || t.key == "و" { return (.and, k + 1) }
            if t.isArabic, t.key.hasPrefix("و"), phrase(at: k, letterScales: false) != nil { return (.and, k) }
        }
        return nil
    }

    /// "between"/"بين"/"ما بين" or "from"/"من" right before token `i`, and where it starts.
    func rangeOpener(before i: Int) -> (kind: RangeWord, start: Int)? {
        guard i > 0, tokens[i - 1].isWord else { return nil }
        let t = tokens[i - 1]
        if t.key == "between" { return (.between, t.range.lowerBound) }
        if t.key == "from" { return (.from, t.range.lowerBound) }
        if let stem = t.stem(clitics: Clitics.wawFa, { $0 == "بين" }) {
            let start =
                i >= 2 && tokens.word(i - 2) == "ما" ? tokens[i - 2].range.lowerBound : t.range.lowerBound + stem.prefix
            return (.between, start)
        }
        if t.key == "من" { return (.from, t.range.lowerBound) }
        return nil
    }

    /// Whether a verb of change stands among the three words before token `k` ("increased from",
    /// "doubled last year from", "ارتفع من", "تضاعف من").
    func changeWord(before k: Int) -> Bool {
        for j in stride(from: k - 1, through: max(0, k - 3), by: -1) where tokens[j].isWord {
            let t = tokens[j]
            if t.isArabic {
                if t.stem(
                    clitics: Clitics.wawFa, { ChangeWords.arabic[$0] != nil || ChangeWords.arabicDoubled.contains($0) })
                    != nil
                {
                    return true
                }
            } else if ChangeWords.englishVerbs[t.key] != nil || ChangeWords.englishFactors[t.key] != nil {
                return true
            }
        }
        return false
    }

    /// Whether "to"/"إلى" and a number follow within a few words of token `k`.
    func amountFollows(after k: Int) -> Bool {
        let end = min(tokens.count, k + 6)
        guard let to = tokens[k..<end].firstIndex(where: { $0.key == "to" || $0.key == Self.ila }) else { return false }
        return tokens[(to + 1)..<min(tokens.count, to + 5)].contains(where: \.isNumber)
    }

    /// "إلى" in normal form.
    static let ila = ArabicText.normalize("إلى")
}
