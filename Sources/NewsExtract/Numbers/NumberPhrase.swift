import Foundation

/// A number as written: a numeral, words, or both, with its scale words ("1.1 billion",
/// "خمسة وعشرون مليار", "one and a half billion", "مليار و500 مليون", "$500m" without the "$").
struct NumberPhrase {
    var value: Decimal
    /// Token indices the number takes.
    var tokens: Range<Int>
    /// Normalised offsets, without a proclitic on the first word ("بخمسة" starts at "خ").
    var range: Range<Int>
    /// Whether any scale word was read.
    var hasScale: Bool
    /// The scale the number ends with, shared with the low end of a range ("$3 to $5 billion").
    var trailingScale: Decimal?
    /// Whether the number is one numeral and nothing else.
    var isBareNumeral: Bool

    /// Reads the longest number that starts at token `i`, or nil.
    ///
    /// A proclitic (و ب ل ف, وب) may sit on the first word; after that "و" joins parts. Hyphens
    /// between touching words are skipped ("twenty-five", "1.1-billion"). `letterScales` allows
    /// "m", "b", "k" touching a numeral, which only amounts want.
    static func read(_ tokens: [NumberToken], at i: Int, letterScales: Bool) -> NumberPhrase? {
        var acc = NumberAccumulator()
        var best: NumberPhrase?
        var start: Int?
        var k = i
        var joined = false
        var joinedByWa = false
        while k < tokens.count {
            let t = tokens[k]
            let first = start == nil
            if !first {
                if t.isSymbol("-"), tokens.touch(k - 1, k), tokens.touch(k, k + 1), tokens[k + 1].isWord,
                    tokens[k - 1].isWord || tokens[k - 1].isNumber
                {
                    k += 1
                    continue
                }
                // "(5.4) مليارات دولار": a number in brackets before its scale.
                if t.isSymbol(")"), k >= 2, tokens[k - 1].isNumber, tokens[k - 2].isSymbol("("),
                    start == tokens[k - 1].range.lowerBound,
                    k + 1 < tokens.count, tokens[k + 1].isWord
                {
                    k += 1
                    continue
                }
                if t.isWord, !joined, t.key == "and" || t.key == "و" {
                    joined = true
                    joinedByWa = t.key == "و"
                    k += 1
                    continue
                }
            }
            let touching = k > 0 && tokens.touch(k - 1, k)
            // "five-point-seven billion", "fourteen point eight": a decimal told in words, as
            // broadcasters write numbers out.
            if first, let (value, end) = spokenDecimal(tokens, at: k) {
                guard acc.accept(digits: value, joined: false, joinedByWa: false) else { break }
                start = t.range.lowerBound
                k = end
                continue
            }
            if t.isNumber {
                guard let value = t.value, acc.accept(digits: value, joined: joined, joinedByWa: joinedByWa) else {
                    break
                }
                if first { start = t.range.lowerBound }
            } else if t.isWord {
                guard
                    let (prefix, word) = t.numberWords?.reading(first: first, joinedAlready: joined)
                        ?? numberWord(t, first: first, joinedAlready: joined)
                else { break }
                let cliticJoin = !first && prefix > 0
                if cliticJoin && joined { break }
                guard
                    acc.accept(
                        word, joined: joined || cliticJoin, arabic: t.isArabic, touching: touching,
                        letterScales: letterScales)
                else { break }
                if first { start = t.range.lowerBound + prefix }
            } else {
                break
            }
            joined = false
            joinedByWa = false
            k += 1
            if acc.isComplete, let start {
                // "$1,336 billion" (a record trade of Iran and Oman): thousands of billions would
                // be written as trillions, so one group before "billion" is a decimal comma
                // (unless a decimal point follows it: "Rs 1,276.08 billion").
                let decimalComma =
                    k == i + 2 && tokens[i].isGrouped && tokens[i].text.unicodeScalars.filter { $0 == "," }.count == 1
                    && !tokens[i].text.contains(".")
                    && (acc.trailingScale ?? 0) >= 1_000_000_000 && (tokens[i].value ?? 0) >= 1000
                best = NumberPhrase(
                    value: decimalComma ? acc.value / 1000 : acc.value, tokens: i..<k,
                    range: start..<tokens[k - 1].range.upperBound,
                    hasScale: acc.hasScale,
                    trailingScale: acc.last == .scale || acc.last == .halfAdded ? acc.trailingScale : nil,
                    isBareNumeral: k == i + 1 && tokens[i].isNumber)
            }
        }
        return best
    }

    /// "five-point-seven", "fourteen point eight", "two point five five": an English whole
    /// number below a hundred, "point", then one digit word or more; the value, and the token
    /// after it. A scale may follow, which the caller reads.
    static func spokenDecimal(_ tokens: [NumberToken], at i: Int) -> (Decimal, Int)? {
        // ("point" stands within four tokens, or this is no such number.)
        // (Arabic words are never "point": they are not compared, which would cost a Unicode
        // comparison each.)
        guard !tokens[i].isArabic,
            tokens[(i + 1)..<min(tokens.count, i + 5)].contains(where: {
                $0.isWord && !$0.isArabic && $0.key == "point"
            })
        else {
            return nil
        }
        let t = tokens[i]
        var k = i + 1
        var whole: Int
        // ("14-point-eight": the whole part may be a numeral.)
        if t.isNumber, !t.text.contains("."), !t.text.contains(","), let v = t.value, v < 1000 {
            whole = NSDecimalNumber(decimal: v).intValue
        } else {
            guard t.isWord, !t.isArabic, let first = NumberWord.english(t.key) else { return nil }
            switch first {
            case .unit(let v), .teen(let v): whole = v
            case .tens(let v):
                whole = v
                // "twenty-five point two"
                var j = k
                if j < tokens.count, tokens[j].isSymbol("-"), tokens.touch(j - 1, j) { j += 1 }
                if j < tokens.count, tokens[j].isWord, case .unit(let u)? = NumberWord.english(tokens[j].key) {
                    whole += u
                    k = j + 1
                }
            default: return nil
            }
        }
        /// The next word, past a hyphen that touches both sides.
        func nextWord(_ j: Int) -> Int? {
            var j = j
            if j < tokens.count, tokens[j].isSymbol("-"), tokens.touch(j - 1, j), tokens.touch(j, j + 1) { j += 1 }
            return j < tokens.count && tokens[j].isWord ? j : nil
        }
        guard let p = nextWord(k), tokens[p].key == "point" else { return nil }
        var digits = ""
        var end = p + 1
        while let d = nextWord(end) {
            let digit: Int
            if tokens[d].key == "zero" || tokens[d].key == "oh" {
                digit = 0
            } else if case .unit(let u)? = NumberWord.english(tokens[d].key) {
                digit = u
            } else {
                break
            }
            digits += String(digit)
            end = d + 1
        }
        guard !digits.isEmpty, let value = Decimal(string: "\(whole).\(digits)") else { return nil }
        return (value, end)
    }

    /// The number word a token stands for, and how many scalars a proclitic takes.
    ///
    /// The first word may carry و ب ل ف (وب, ول); a later word only و, which then joins.
    static func numberWord(_ t: NumberToken, first: Bool, joinedAlready: Bool) -> (Int, NumberWord)? {
        if !t.isArabic { return NumberWord.english(t.key).map { (0, $0) } }
        let clitics = first ? Clitics.numberFirst : (joinedAlready ? Clitics.none : Clitics.waw)
        guard let (prefix, stem) = t.stem(clitics: clitics, { NumberWord.arabic($0) != nil }),
            let word = NumberWord.arabic(stem)
        else { return nil }
        // "لست" is "I am not", "بست" rarely six: a two-letter unit takes no proclitic but و.
        if prefix > 0, stem.unicodeScalars.count == 2, !t.key.hasPrefix("و") { return nil }
        return (prefix, word)
    }
}

/// `NumberPhrase.numberWord` of a word in each of its three cases, worked out once by the lexer:
/// every reader tries a number at nearly every token.
struct NumberWordReadings {
    var first: (Int, NumberWord)?
    var later: (Int, NumberWord)?
    var joined: (Int, NumberWord)?

    init(_ t: NumberToken) {
        first = NumberPhrase.numberWord(t, first: true, joinedAlready: false)
        // An English word is read alike in every case; the whole word is tried first in every case.
        if !t.isArabic || first?.0 == 0 {
            later = first
            joined = first
        } else {
            // Without a match of the whole word, a word after "و" has none, and a later word
            // only one without a "و" on it.
            let waw = Clitics.waw.commonCodes[0]!
            later =
                t.cliticStems?.contains { $0.code == waw } == false
                ? nil : NumberPhrase.numberWord(t, first: false, joinedAlready: false)
            joined = nil
        }
    }

    func reading(first isFirst: Bool, joinedAlready: Bool) -> (Int, NumberWord)?? {
        .some(isFirst ? first : joinedAlready ? joined : later)
    }
}
