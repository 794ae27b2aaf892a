import Foundation
import NewsCore

/// Splits a normalised text into words, numerals and punctuation marks.
///
/// A numeral is ASCII digits with thousands groups ("2,500,000": a comma followed by exactly
/// three digits; or India's lakh groups of two before the last three, "1,27,608") and a decimal part after "." ("1.1"); a comma followed by one or two digits
/// and no more is read as a decimal comma ("1,5") when there are no groups. Numerals of more
/// than 24 digits get no value. Arabic text may write the decimal mark as "،" ("٥،٥") or, in
/// Xinhua's style, as ر with the fraction first ("36ر4" is 4.36). A word is a run of letters of one script (Arabic or other),
/// with apostrophes inside Latin words; dotted abbreviations ("U.S.", "U.A.E.") are one word.
/// Digits end a word and letters end a numeral, so "G20" and "1.1bn" are two touching tokens.
enum NumberLexer {
    static func tokens(_ text: MappedText) -> [NumberToken] {
        var words = Words()
        return tokens(text, words: &words)
    }

    /// The word tokens of an article read so far, by their text: an article repeats its words,
    /// and a word's key, stems and number readings are the same wherever it stands.
    struct Words {
        private var byText: [UTF8Key: NumberToken] = [:]

        init(capacity: Int = 0) { byText.reserveCapacity(capacity) }

        /// The word token of `s[range]`, read once for its text.
        mutating func word(_ s: [Unicode.Scalar], _ range: Range<Int>, arabic: Bool) -> NumberToken {
            let text = String(scalars: s[range])
            if var known = byText[UTF8Key(text)] {
                known.range = range
                return known
            }
            let token = NumberLexer.word(text, s, range, arabic: arabic)
            byText[UTF8Key(text)] = token
            return token
        }
    }

    /// `tokens(_:)`, with the words of the article read so far.
    static func tokens(_ text: MappedText, words: inout Words) -> [NumberToken] {
        let s = text.scalars
        var tokens: [NumberToken] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == " " {
                i += 1
            } else if isDigit(c) {
                let token = numeral(s, at: i)
                tokens.append(token)
                i = token.range.upperBound
            } else if isArabicLetter(c) {
                var j = i + 1
                while j < s.count, isArabicLetter(s[j]) || isMark(s[j]) { j += 1 }
                var from = i
                for k in joinedWordCuts(s, i..<j) {
                    tokens.append(words.word(s, from..<k, arabic: true))
                    from = k
                }
                tokens.append(words.word(s, from..<j, arabic: true))
                i = j
            } else if isLetter(c) {
                let j = abbreviationEnd(s, at: i) ?? latinWordEnd(s, at: i)
                // "1,388.9 MTND", "344.2MTND": millions of a currency by its code, after a number;
                // read as "mn" and the code.
                if j - i == 4, c == "M", tokens.last?.isNumber == true,
                    CurrencyWords.isCode(String(scalars: s[(i + 1)..<j]))
                {
                    tokens.append(NumberLexer.word("mn", s, i..<(i + 1), arabic: false))
                    tokens.append(words.word(s, (i + 1)..<j, arabic: false))
                    i = j
                    continue
                }
                tokens.append(words.word(s, i..<j, arabic: false))
                i = j
            } else {
                tokens.append(
                    NumberToken(
                        kind: .symbol, text: String(Character(c)), key: String(Character(c)), range: i..<(i + 1)))
                i += 1
            }
        }
        return tokens
    }

    /// Where a run of Arabic letters that pages copied without their spaces holds several words:
    /// a scale, with "و", "ب" or "ل" before it or none, then a currency or another word ("48.8 ملياردولار",
    /// "ومليارمنحة"), and a currency then another word ("دولاروديعة"). The scalar offsets of the
    /// cuts, in order; none for a word whose letters after the scale or the currency are only its
    /// endings ("مليارات", "دولارات"), since a cut needs three letters after it.
    static func joinedWordCuts(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [Int] {
        guard range.count > 7 else { return [] }
        func starts(with word: [Unicode.Scalar], at i: Int) -> Bool {
            i + word.count <= range.upperBound && s[i..<(i + word.count)].elementsEqual(word)
        }
        var cuts: [Int] = []
        var at = range.lowerBound
        // A scale, after a joining letter or none, with three letters or more after it.
        for skip in [0, 1] where skip == 0 || "وبل".unicodeScalars.contains(s[at]) {
            // ("ملياردير", "مليونيرات": a billionaire, millionaires, are one word.)
            if let scale = joinedScales.first(where: { starts(with: $0, at: at + skip) }),
                at + skip + scale.count + 3 <= range.upperBound,
                !billionaireEndings.contains(where: { starts(with: $0, at: at + skip + scale.count) })
            {
                at += skip + scale.count
                cuts.append(at)
                break
            }
        }
        // A currency's name right after it, or opening the run, with three letters or more after it.
        if let name = joinedCurrencies.first(where: { starts(with: $0, at: at) }),
            at + name.count + 3 <= range.upperBound
        {
            cuts.append(at + name.count)
        }
        return cuts
    }

    /// The scales and the currency names that pages run into the next word (`joinedWordCuts`).
    static let joinedScales: [[Unicode.Scalar]] = ["مليار", "مليون", "بليون"].map { Array($0.unicodeScalars) }
    static let billionaireEndings: [[Unicode.Scalar]] = ["دير", "ير"].map { Array($0.unicodeScalars) }
    static let joinedCurrencies: [[Unicode.Scalar]] = ["دولار", "يورو", "ريال", "درهم", "دينار", "جنيه", "ليرة"].map {
        Array($0.unicodeScalars)
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }

    static func isArabicLetter(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0620...0x064A, 0x066E...0x06D3, 0x06D5, 0x06EE, 0x06EF, 0x06FA...0x06FF,
            0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFC:
            true
        default: false
        }
    }

    static func isMark(_ c: Unicode.Scalar) -> Bool {
        // No scalar below U+0300 (where the combining diacritical marks start) is a mark.
        guard c.value >= 0x300 else { return false }
        return switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        ScalarTraits.isAlphabetic(c) && !isArabicLetter(c) && !isDigit(c)
    }

    private static func latinWordEnd(_ s: [Unicode.Scalar], at i: Int) -> Int {
        var j = i + 1
        while j < s.count {
            if isLetter(s[j]) || isMark(s[j]) {
                j += 1
            } else if s[j] == "'" || s[j] == "\u{2019}", j + 1 < s.count, isLetter(s[j + 1]) {
                j += 2
            } else {
                break
            }
        }
        return j
    }

    /// The end of a dotted abbreviation of single letters starting at `i` ("U.S.", "U.S"), if any.
    private static func abbreviationEnd(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        var k = i
        var letters = 0
        // Single letters, each followed by a dot; the last dot may be missing ("U.S").
        while k < s.count, isLetter(s[k]), k + 1 >= s.count || !isLetter(s[k + 1]) {
            if k + 1 < s.count, s[k + 1] == "." {
                letters += 1
                k += 2
            } else {
                if letters >= 1 {
                    letters += 1
                    k += 1
                }
                break
            }
        }
        return letters >= 2 ? k : nil
    }

    /// The word token of `s[range]`, whose `text` is given.
    private static func word(_ text: String, _ s: [Unicode.Scalar], _ range: Range<Int>, arabic: Bool) -> NumberToken {
        // Lowercasing maps scalar by scalar: a word of scalars that map to themselves is its own key.
        var key = s[range].contains(where: ScalarTraits.lowercasesToOther) ? text.lowercased() : text
        if !arabic, ScalarText.contains(key, plainScalar: ".") { key.removeAll { $0 == "." } }
        var token = NumberToken(
            kind: .word, text: text, key: key, range: range, isArabic: arabic,
            keyIsPlain: arabic && PlainText.isPlain(key))
        if arabic { token.cliticStems = Clitic.stems(token) }
        token.numberWords = NumberWordReadings(token)
        return token
    }

    private static func numeral(_ s: [Unicode.Scalar], at i: Int) -> NumberToken {
        var j = i
        while j < s.count, isDigit(s[j]) { j += 1 }
        var digits = String(scalars: s[i..<j])
        let integerDigits = j - i
        var grouped = false
        func digitRun(from k: Int) -> Int {
            var e = k
            while e < s.count, isDigit(s[e]) { e += 1 }
            return e - k
        }
        // Indian groups of two before the last three ("1,27,608" is 127,608): no Western numeral
        // is written so.
        if integerDigits <= 2 {
            var k = j
            var pairs = ""
            while k + 3 < s.count, s[k] == ",", digitRun(from: k + 1) == 2, s[k + 3] == "," {
                pairs += String(scalars: s[(k + 1)..<(k + 3)])
                k += 3
            }
            if !pairs.isEmpty, k < s.count, s[k] == ",", digitRun(from: k + 1) == 3 {
                digits += pairs + String(scalars: s[(k + 1)..<(k + 4)])
                j = k + 4
                grouped = true
            }
        }
        if integerDigits <= 3, !grouped {
            while j < s.count, s[j] == ",", digitRun(from: j + 1) == 3 {
                digits += String(scalars: s[(j + 1)..<(j + 4)])
                j += 4
                grouped = true
            }
        }
        if j + 1 < s.count, s[j] == ".", isDigit(s[j + 1]) {
            let run = digitRun(from: j + 1)
            digits += "." + String(scalars: s[(j + 1)..<(j + 1 + run)])
            j += 1 + run
        } else if !grouped, j + 1 < s.count, s[j] == "\u{0631}", isDigit(s[j + 1]), digitRun(from: j + 1) <= 3,
            j + 1 + digitRun(from: j + 1) >= s.count || !isArabicLetter(s[j + 1 + digitRun(from: j + 1)])
        {
            // Xinhua's Arabic writes the decimal point as ر with the parts in reading order
            // of the right-to-left line: "36ر4" is 4.36.
            let run = digitRun(from: j + 1)
            digits = String(scalars: s[(j + 1)..<(j + 1 + run)]) + "." + digits
            j += 1 + run
        } else if !grouped, integerDigits <= 3, j < s.count, s[j] == "," || s[j] == "\u{060C}",
            (1...2).contains(digitRun(from: j + 1)),
            j + 1 + digitRun(from: j + 1) >= s.count || !isDigit(s[j + 1 + digitRun(from: j + 1)])
        {
            let run = digitRun(from: j + 1)
            digits += "." + String(scalars: s[(j + 1)..<(j + 1 + run)])
            j += 1 + run
        }
        let significant = digits.utf8.filter { $0 != UInt8(ascii: ".") }.count
        let value = significant <= 24 ? Decimal(exactly: digits) : nil
        let text = String(scalars: s[i..<j])
        return NumberToken(kind: .number, text: text, key: text, range: i..<j, value: value, isGrouped: grouped)
    }
}
