import Foundation
import NewsCore

extension NumberSentence {
    /// A count read: how many, how qualified, of what.
    struct Count {
        var value: Int
        var qualifier: Money.Qualifier
        var noun: String
    }

    /// Every count of things, in order, leaving out tokens inside `taken` (amounts, percentages).
    func counts(excluding taken: TakenRanges) -> [Found<Count>] {
        var found: [Found<Count>] = []
        var i = 0
        while i < tokens.count {
            if !isTaken(i, by: taken), let count = count(at: i, taken: taken) {
                found.append(count)
                i = max(count.tokens.upperBound, i + 1)
            } else {
                // Never start again inside a number: "2 مليار" is not "مليار".
                i = max(phrase(at: i, letterScales: false)?.tokens.upperBound ?? 0, i + 1)
            }
        }
        return found
    }

    private func count(at i: Int, taken: TakenRanges) -> Found<Count>? {
        guard let phrase = phrase(at: i, letterScales: false),
            !phrase.tokens.contains(where: { isTaken($0, by: taken) }),
            isFreeStanding(phrase),
            let value = Self.integer(phrase.value), value > 1,
            !isYear(phrase, value: value), !isDate(phrase), !isRange(phrase)
        else { return nil }
        // "three of the agreements": the noun after "of the".
        let after = phrase.tokens.upperBound
        let ofThe = tokens.word(after) == "of" && tokens.word(after + 1) == "the" && value < 100
        guard let nounIndex = headNoun(after: ofThe ? after + 2 : after), !isTaken(nounIndex, by: taken) else {
            return countOfANumberBefore(phrase, value: value, at: i)
        }
        // "the number of Jordanian companies reached 621 operating in …": a word of presence after
        // the number is no noun of its; the noun before it, after "number of", is.
        if Self.presenceAfterACount.contains(tokens[nounIndex].key),
            let before = countOfANumberBefore(phrase, value: value, at: i)
        {
            return before
        }
        var qualifier = Money.Qualifier.exact
        var start = phrase.range.lowerBound
        if let before = QualifierWords.before(tokens, at: i) {
            qualifier = before.qualifier
            start = before.start
        }
        var end = tokens[nounIndex].range.upperBound
        var next = nounIndex + 1
        if let after = QualifierWords.after(tokens, at: next) {
            if qualifier == .exact { qualifier = after.qualifier }
            end = tokens[after.next - 1].range.upperBound
            next = after.next
        }
        let noun = text.originalText(tokens[nounIndex].range)
        return Found(value: Count(value: value, qualifier: qualifier, noun: noun), range: start..<end, tokens: i..<next)
    }

    /// "the number of enterprises with Chinese capital exceeds 4,700": a count whose noun stands
    /// before it, after "number of", with a verb of reaching before the number ("is", "reached",
    /// "stands at", "exceeds"). English only: Arabic says the noun again after the number
    /// ("عدد الشركات … 6000 شركة").
    private func countOfANumberBefore(_ phrase: NumberPhrase, value: Int, at i: Int) -> Found<Count>? {
        // (Most numbers have no "number" before them: a look at the few words before comes first.)
        guard (max(0, i - 14)..<i).contains(where: { tokens[$0].key == "number" }) else { return nil }
        var qualifier = Money.Qualifier.exact
        var start = phrase.range.lowerBound
        var v = i - 1
        if let before = QualifierWords.before(tokens, at: i) {
            qualifier = before.qualifier
            start = before.start
            // "exceeds 4,700" is a qualifier phrase and the verb at once.
            v = Self.reachingVerbs.contains(tokens[before.first].key) ? before.first : before.first - 1
        }
        // "reached a total of 621": the verb before the words of a total.
        if v >= 3, tokens[v].key == "of", tokens[v - 1].key == "total", tokens[v - 2].key == "a" {
            v -= 3
        }
        guard v >= 2, tokens[v].isWord, !tokens[v].isArabic, Self.reachingVerbs.contains(tokens[v].key) else {
            return nil
        }
        // "the number of X … is": within a short clause, no punctuation between.
        var k = v - 1
        while k >= 1, v - k <= 10, tokens[k].isWord {
            if tokens[k].key == "of", tokens[k - 1].key == "number", let noun = headNoun(after: k + 1), noun < v {
                return Found(
                    value: Count(value: value, qualifier: qualifier, noun: text.originalText(tokens[noun].range)),
                    range: start..<phrase.range.upperBound, tokens: i..<phrase.tokens.upperBound)
            }
            k -= 1
        }
        return nil
    }

    /// Words of presence that may follow a count whose noun stands before it.
    private static let presenceAfterACount: WordSet = ["operating", "working", "registered", "active", "present"]

    /// The verbs that lead from "the number of X" to its number.
    private static let reachingVerbs: WordSet = [
        "is", "was", "are", "were", "reached", "reaches", "exceeds", "exceeded", "exceed", "tops", "topped",
        "surpassed", "surpasses", "totals", "totaled", "totalled", "stands", "stood", "at", "to", "hit", "hits",
    ]

    /// Whether a number stands on its own: not part of "G20", "5+1", "COVID-19", "5th", "10:30",
    /// "7/11", "v1.2", a run of numbers (a phone number), or a number after "No."/"Article"/"رقم".
    private func isFreeStanding(_ phrase: NumberPhrase) -> Bool {
        let first = phrase.tokens.lowerBound
        let last = phrase.tokens.upperBound - 1
        if first > 0 {
            let p = tokens[first - 1]
            if tokens.touch(first - 1, first) && !(p.isArabic && Self.arabicPrefixes.contains(p.key))
                && !Self.openers.contains(p.text)
            {
                return false
            }
            if p.isNumber { return false }
            if p.isWord && Self.labels.contains(p.key) { return false }
        }
        if tokens.indices.contains(last + 1) {
            let n = tokens[last + 1]
            // (A full stop that ends the sentence leaves it free: "… is 150.")
            let endsTheSentence =
                n.isSymbol(".") && !(tokens.indices.contains(last + 2) && tokens.touch(last + 1, last + 2))
            if tokens.touch(last, last + 1)
                && (n.isWord || n.isNumber || ["+", "/", ":", "-"].contains(n.text)
                    || (n.isSymbol(".") && !endsTheSentence))
            {
                return false
            }
            if n.isNumber || n.isSymbol("-") && tokens.indices.contains(last + 2) && tokens[last + 2].isNumber {
                return false
            }
        }
        return true
    }

    /// A numeral from 1900 to 2100 is a year when a year word or preposition comes before it or
    /// no noun comes after it ("in 2020", "عام 2020", "2020."); "2000 companies" is a count.
    private func isYear(_ phrase: NumberPhrase, value: Int) -> Bool {
        guard phrase.isBareNumeral, (1900...2100).contains(value), !tokens[phrase.tokens.lowerBound].isGrouped else {
            return false
        }
        let first = phrase.tokens.lowerBound
        let noun = headNoun(after: phrase.tokens.upperBound)
        if let previous = tokens.word(first - 1) {
            // "أكثر من 2000 شركة" (more than 2,000 companies): the من of a comparison, before a
            // noun counted, is no "from" of a year.
            if noun != nil, previous == "من", let before = tokens.word(first - 2),
                Self.comparatives.contains(before)
            {
                return false
            }
            let stem = tokens[first - 1].stem(clitics: Clitics.beforeYear, { Self.beforeYear.contains($0) })
            if Self.beforeYear.contains(previous) || stem != nil { return true }
        }
        return noun == nil
    }

    /// A day of a month: "7 November", "November 7", "7 نوفمبر".
    private func isDate(_ phrase: NumberPhrase) -> Bool {
        let before = tokens.word(phrase.tokens.lowerBound - 1)
        let after = tokens.word(phrase.tokens.upperBound)
        return before.map(Self.months.contains) == true || after.map(Self.months.contains) == true
    }

    /// Part of a range of counts ("10 to 15 companies", "بين 10 و15 شركة"): not read.
    private func isRange(_ phrase: NumberPhrase) -> Bool {
        let end = phrase.tokens.upperBound
        if let (_, high) = rangeConnector(after: end, amountEnd: end), self.phrase(at: high, letterScales: false) != nil
        {
            return true
        }
        let first = phrase.tokens.lowerBound
        let joiner: Int
        if tokens[first].isArabic && tokens[first].key.hasPrefix("و") {
            joiner = first
        } else if first >= 1,
            tokens[first - 1].isSymbol("-") || ["to", "and", "و", Self.ila].contains(tokens[first - 1].key)
        {
            joiner = first - 1
        } else {
            return false
        }
        guard joiner >= 1 else { return false }
        let before = tokens[joiner - 1]
        return before.isNumber
            || before.isWord && (NumberWord.english(before.key) != nil || NumberWord.arabic(before.key) != nil)
    }

    /// A whole number from 0 to 10^15, or nil.
    static func integer(_ value: Decimal) -> Int? {
        guard value >= 0, value <= 1_000_000_000_000_000 else { return nil }
        return Int(value.description)
    }

    /// The index of the counted noun after a number: the next word, skipping (in English) a
    /// country adjective and a few others ("600 US companies", "12 new agreements").
    func headNoun(after j: Int) -> Int? {
        var k = j
        guard tokens.indices.contains(k), tokens[k].isWord else { return nil }
        if !tokens[k].isArabic {
            for _ in 0..<3 {
                guard tokens.indices.contains(k + 1), tokens[k + 1].isWord else { break }
                if Self.adjectives.contains(tokens[k].key) {
                    k += 1
                } else if tokens[k + 1].isWord, tokens.indices.contains(k + 2), tokens[k + 2].isWord,
                    CountryCatalog.shared.match(tokens[k].text + " " + tokens[k + 1].text) != nil
                {
                    k += 2
                } else if let match = CountryCatalog.shared.match(tokens[k].text), match.role != .capital {
                    k += 1
                } else {
                    break
                }
            }
        }
        guard tokens.indices.contains(k), tokens[k].isWord else { return nil }
        let key = tokens[k].key
        let stops = tokens[k].isArabic ? Self.arabicStops : Self.englishStops
        guard !stops.contains(key), !Self.timeUnits.contains(key), !Self.months.contains(key),
            !CurrencyWords.isName(key),
            !NumberWord.isScale(key), NumberWord.english(key) == nil, NumberWord.arabic(key) == nil,
            percentMarker(at: k) == nil
        else { return nil }
        if tokens[k].isArabic {
            // Arabic counts an indefinite noun ("خمس اتفاقيات"); "خمس الإنتاج" is a fifth of it.
            // "3 نقاط مئوية" are percentage points.
            if key.hasPrefix("ال") || tokens.word(k + 1) == Self.percentagePoint { return nil }
        }
        return k
    }

    private static let openers: WordSet = ["(", "[", "\"", "“", "«", "'", "‘"]
    /// Arabic letters that may touch a numeral: proclitics and the article ("و600", "الـ600").
    private static let arabicPrefixes: WordSet = ["و", "ب", "ل", "ف", "ك", "ال", "وال", "بال", "لل", "وب", "ول", "فب"]
    private static let labels = WordSet(
        [
            "no", "number", "article", "chapter", "section", "page", "resolution", "item", "paragraph", "clause",
            "phase", "version",
            "رقم", "المادة", "مادة", "البند", "بند", "الفقرة", "فقرة", "القرار", "قرار", "الفصل",
        ].map(ArabicText.normalize))
    /// The comparatives before the من of a comparison ("أكثر من", "أقل من").
    private static let comparatives = WordSet(["أكثر", "أقل", "اكثر", "اقل"].map(ArabicText.normalize))
    private static let beforeYear = WordSet(
        [
            "in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "year", "years", "fiscal",
            "fy", "the",
            "a", "an", "to", "and", "early", "late", "mid", "summer", "winter", "spring", "autumn", "fall", "around",
            "through",
            "عام", "العام", "سنة", "السنة", "منذ", "في", "حتى", "بحلول", "خلال", "قبل", "بعد", "مطلع", "نهاية", "بداية",
            "أواخر", "أوائل", "منتصف", "إلى", "من", "العامين",
        ].map(ArabicText.normalize))
    static let months = WordSet(
        [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november",
            "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
            "نوفمبر", "ديسمبر",
            "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين", "جانفي", "فيفري",
            "أفريل", "ماي",
            "جوان", "جويلية", "أوت",
        ].map(ArabicText.normalize))
    private static let timeUnits = WordSet(
        [
            "year", "years", "month", "months", "day", "days", "week", "weeks", "hour", "hours", "minute", "minutes",
            "second", "seconds", "decade", "decades", "century", "centuries", "am", "pm",
            "عام", "أعوام", "سنة", "سنوات", "سنين", "شهر", "أشهر", "شهور", "يوم", "أيام", "أسبوع", "أسابيع", "ساعة",
            "ساعات",
            "دقيقة", "دقائق", "عقد", "عقود", "قرن", "قرون", "عاما", "يوما", "شهرا", "سنة",
        ].map(ArabicText.normalize))
    private static let adjectives: WordSet = [
        "new", "more", "other", "major", "large", "big", "small", "foreign", "local", "international", "global", "key",
        "leading", "additional", "separate", "different", "bilateral", "joint", "private", "commercial",
        "multinational",
        "western", "regional", "top", "further", "smaller", "larger", "biggest", "largest", "active",
    ]
    private static let englishStops: WordSet = [
        "of", "and", "or", "to", "in", "on", "at", "by", "for", "from", "with", "as", "per", "than", "is", "are", "was",
        "were",
        "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "may", "might", "shall", "should",
        "a",
        "an", "the", "this", "that", "these", "those", "it", "its", "their", "his", "her", "our", "we", "they", "he",
        "she",
        "which", "who", "whom", "what", "when", "where", "while", "not", "no", "but", "if", "so", "up", "down", "out",
        "over",
        "under", "about", "into", "then", "also", "each", "times", "percent", "pct", "more", "less", "million",
        "billion",
        "x", "plus", "minus", "between", "after", "before", "since", "until", "during", "against", "among", "all",
        "percentage", "basis", "bps", "bp",
    ]
    private static let percentagePoint = ArabicText.normalize("مئوية")
    private static let arabicStops = WordSet(
        [
            "من", "في", "إلى", "على", "عن", "مع", "أو", "ثم", "بين", "حتى", "منذ", "خلال", "عند", "لدى", "هو", "هي",
            "التي",
            "الذي", "الذين", "أن", "إن", "أنه", "قد", "لا", "ما", "لم", "لن", "كان", "كانت", "و", "ب", "ل", "أي", "كل",
            "بعد",
            "قبل", "نحو", "حوالي", "أكثر", "أقل", "فقط", "مقابل", "مرة", "مرات", "ضعف", "أضعاف", "بنسبة", "تقريبا",
        ].map(ArabicText.normalize))
}
