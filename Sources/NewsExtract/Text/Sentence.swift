import NewsCore

/// A sentence of an article, with where it stands in the article (Unicode scalar offsets).
public struct Sentence: Sendable, Hashable {
    public var text: String
    public var start: Int
    public var end: Int
}

/// Splits article text into sentences, in Arabic and English.
///
/// A sentence ends at a line break, or at `.`, `!`, `?`, `؟` or `؛`... followed by white space
/// (or a closing quote and white space) — but not inside a number ("1.1"), an abbreviation
/// ("U.S.", "Mr."), or an initial ("J. Smith").
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "st", "jr", "sr", "inc", "ltd", "co", "corp", "no",
        "vs", "etc", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.k", "u.n", "u.a.e", "e.u", "a.m", "p.m",
    ]

    public static func split(_ text: String) -> [Sentence] { split(scalars: Array(text.unicodeScalars)) }

    /// `split(_:)` of a text given by its scalars.
    static func split(scalars: [Unicode.Scalar]) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        func emit(_ end: Int) {
            var s = start
            var e = end
            while s < e && ScalarTraits.isWhitespace(scalars[s]) { s += 1 }
            while e > s && ScalarTraits.isWhitespace(scalars[e - 1]) { e -= 1 }
            if e > s {
                sentences.append(Sentence(text: String(scalars: scalars[s..<e]), start: s, end: e))
            }
            start = end
        }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "\n" || c == "\u{2029}" {
                if !softWrap(scalars, at: i) { emit(i + 1) }
            } else if c == "\u{B7}", i > 0, ScalarTraits.isAlphabetic(scalars[i - 1]), i + 1 < scalars.count,
                ScalarTraits.isWhitespace(scalars[i + 1])
            {
                // Some Arabic pages end their sentences with a middle dot ("… الغذائية· وأكد …").
                emit(i + 1)
            } else if c == "!" || c == "?" || c == "؟" || c == "." {
                var j = i + 1
                while j < scalars.count && "\"'”’»)".unicodeScalars.contains(scalars[j]) { j += 1 }
                // Arabic text on the web often runs the next sentence on without a space
                // ("المستويات.واوضح"): a period before an Arabic letter ends a sentence too.
                let atEnd =
                    j >= scalars.count || ScalarTraits.isWhitespace(scalars[j])
                    || (c == "." && j == i + 1 && NumberLexer.isArabicLetter(scalars[j]) && i > 0
                        && NumberLexer.isArabicLetter(scalars[i - 1]))
                    || (c == "." && j == i + 1 && runsOnInLatin(scalars, at: i))
                if atEnd && !(c == "." && (isAbbreviation(scalars, before: i) || continuesInArabic(scalars, after: j)))
                {
                    emit(j)
                    i = j
                    continue
                }
            }
            i += 1
        }
        emit(scalars.count)
        return sentences
    }

    /// Whether the line break at `index` only wraps a sentence, as text copied from a page with
    /// hard line breaks does: the line is long, does not end a sentence, and the next starts in
    /// small letters ("worth at\nleast $1.2 trillion") — or the line ends in an initial or an
    /// abbreviation ("President Donald J.\nTrump").
    static func softWrap(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 1 < scalars.count, scalars[index] == "\n" else { return false }
        var lineStart = index
        while lineStart > 0 && scalars[lineStart - 1] != "\n" { lineStart -= 1 }
        var last = index
        while last > lineStart && ScalarTraits.isWhitespace(scalars[last - 1]) { last -= 1 }
        if isItemLabel(scalars[lineStart..<last]) {
            // The item's text follows on the next line, unless that line is empty or an item of its own.
            var nextEnd = index + 1
            while nextEnd < scalars.count && scalars[nextEnd] != "\n" { nextEnd += 1 }
            let nextLine = String(scalars: scalars[(index + 1)..<nextEnd])
            return !ScalarText.trimmingWhitespace(nextLine).isEmpty && !Document.isListItem(nextLine)
        }
        let next = scalars[index + 1]
        // A short line wraps too when it stops at a word no sentence or heading ends with and
        // the next goes on in small letters ("Trade between\nthe two countries reached …").
        guard
            last - lineStart >= 30
                || (next.isASCII && next.properties.isLowercase && endsOnAFunctionWord(scalars[lineStart..<last]))
        else { return false }
        let end = scalars[last - 1]
        if end == "." { return isAbbreviation(scalars, before: last - 1) && ScalarTraits.isUppercase(next) }
        if ".!?؟:؛;".unicodeScalars.contains(end) { return false }
        return next.isASCII && next.properties.isLowercase
    }

    /// Words a wrapped line may stop at that end no sentence and no heading.
    static let functionWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "between", "and", "or", "that",
        "which", "its", "their", "his", "her", "into", "than", "as",
    ]

    /// Whether the line's last word is one of `functionWords`, in any case ("In", "the").
    static func endsOnAFunctionWord(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var k = line.endIndex
        while k > line.startIndex && ScalarTraits.isAlphabetic(line[k - 1]) { k -= 1 }
        guard k < line.endIndex, line.endIndex - k <= 7, k == line.startIndex || ScalarTraits.isWhitespace(line[k - 1])
        else { return false }
        return functionWords.contains(String(scalars: line[k..<line.endIndex]).lowercased())
    }

    /// A fact sheet's label for the item on the next line: a line of a few words, after its
    /// bullet, that ends in a colon and counts the item ("Agreement 2:", "Second project:",
    /// "الاتفاقية الثانية :").
    static func isItemLabel(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard line.count <= 40, line.last == ":" else { return false }
        let words = String(scalars: line.dropLast()).split { !$0.isLetter && !$0.isNumber }
        guard (1...4).contains(words.count) else { return false }
        return words.contains { w in
            w.allSatisfy(\.isNumber) || itemOrdinals.contains(ArabicText.normalized(String(w)).lowercased())
        }
    }

    /// Ordinals that count items, English and Arabic (normalised, both genders).
    static let itemOrdinals: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "الاولي", "الاول", "الثانيه", "الثاني", "الثالثه", "الثالث", "الرابعه", "الرابع", "الخامسه", "الخامس",
        "السادسه", "السادس", "السابعه", "السابع", "الثامنه", "الثامن", "التاسعه", "التاسع", "العاشره", "العاشر",
    ]

    /// Whether the words after a period, on the same line, go on with the sentence before it: an
    /// Arabic amount's or purpose's opening ("… مع شركة غوشن. باستثمارات تقدر بنحو …", "…
    /// مذكرة تفاهم. لإنشاء منظومة …"), which opens no sentence of its own.
    static func continuesInArabic(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        var k = index
        while k < scalars.count && (scalars[k] == " " || scalars[k] == "\u{A0}") { k += 1 }
        guard k < scalars.count, NumberLexer.isArabicLetter(scalars[k]) else { return false }
        var e = k
        while e < scalars.count && !ScalarTraits.isWhitespace(scalars[e]) && e - k < 24 { e += 1 }
        let word = ArabicText.normalized(String(scalars: scalars[k..<e]))
        // "نمت من 220 مليون دولار في السنة المالية 2014-2015. إلى 1.16 مليار": "to" and a number
        // go on with a change from one level to another. ("إلى ذلك" opens a sentence.)
        if word == "الي" {
            var d = e
            while d < scalars.count && scalars[d] == " " { d += 1 }
            return d < scalars.count && Extractor.isDigit(scalars[d])
        }
        return arabicContinuations.contains(word)
    }

    /// The openings of `continuesInArabic`, normalised.
    static let arabicContinuations: Set<String> = [
        "باستثمارات", "باستثمار", "بقيمه", "بتكلفه", "بمبلغ", "بحجم", "لانشاء", "لبناء", "لتمويل", "لتنفيذ", "لتطوير",
        // "… في الخرطوم. حيث لديها نشاط … بمبلغ يقارب 4 مليار دولار": "where" goes on with the sentence.
        "حيث",
    ]

    /// Whether the period at `index` ends a sentence that the next runs on to without a space,
    /// as pages that lost their spaces write ("… to Poland.According to …"): a word of two small
    /// letters or more before it, and a capital and a small letter after it. ("U.S.A", "St.Paul"
    /// and "example.com" are not.)
    static func runsOnInLatin(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 2, index + 2 < scalars.count else { return false }
        func isSmall(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) }
        func isCapital(_ c: Unicode.Scalar) -> Bool { ("A"..."Z").contains(c) }
        return isSmall(scalars[index - 1]) && isSmall(scalars[index - 2]) && isCapital(scalars[index + 1])
            && isSmall(scalars[index + 2])
    }

    /// Whether the period at `index` ends an abbreviation or an initial rather than a sentence.
    static func isAbbreviation(_ scalars: [Unicode.Scalar], before index: Int) -> Bool {
        var k = index
        while k > 0 && (ScalarTraits.isAlphabetic(scalars[k - 1]) || scalars[k - 1] == ".") { k -= 1 }
        let word = String(scalars: scalars[k..<index]).lowercased()
        if abbreviations.contains(word) { return true }
        // A single capital letter: an initial.
        return word.count == 1 && ScalarTraits.isUppercase(scalars[index - 1])
    }
}
