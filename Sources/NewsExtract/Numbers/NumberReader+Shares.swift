import Foundation
import NewsCore

extension NumberSentence {
    /// A fraction that is a share of something: "a quarter of", "more than half of", "ربع احتياجات", "النصف".
    ///
    /// English wants "of" after the fraction ("half" also "the", "its", ...; or nothing after a
    /// qualifier: "more than half."), and not "first half", "in half", "half-year". Arabic
    /// leaves out "النصف الأول" (a period), "ربع قرن" and other times, "ربع النهائي", "نصف الكرة",
    /// a fraction before a number or a scale ("نصف مليار" is money), and "ونصف" after a number
    /// ("مليار ونصف", "ساعة ونصف").
    func share(at i: Int) -> Found<Percent>? {
        guard let fraction = ShareWords.read(tokens, at: i) else { return nil }
        let next = fraction.tokens.upperBound
        let qualifier = QualifierWords.before(tokens, at: i)
        let isShare =
            tokens[i].isArabic
            ? isArabicShare(fraction, at: i)
            : isEnglishShare(fraction, at: i, qualified: qualifier != nil)
        guard isShare else { return nil }
        var range = fraction.range
        var end = next
        var q = Money.Qualifier.exact
        if let qualifier {
            q = qualifier.qualifier
            range = qualifier.start..<range.upperBound
        }
        if let after = QualifierWords.after(tokens, at: next) {
            if q == .exact { q = after.qualifier }
            range = range.lowerBound..<tokens[after.next - 1].range.upperBound
            end = after.next
        }
        return Found(value: Percent(percent: fraction.percent, qualifier: q), range: range, tokens: i..<end)
    }

    private func isEnglishShare(_ fraction: ShareWords.Fraction, at i: Int, qualified: Bool) -> Bool {
        let next = fraction.tokens.upperBound
        if tokens.touch(next - 1, next) && tokens[next].isSymbol("-") { return false }  // "half-year"
        if i > 0, tokens.touch(i - 1, i), tokens[i - 1].isSymbol("-") { return false }
        if let previous = tokens.word(i - 1), Self.notBeforeShare.contains(previous) { return false }
        guard let following = tokens.word(next) else {
            // "more than half." at the end of a clause
            return qualified && !(tokens.indices.contains(next) && tokens[next].isNumber)
        }
        if following == "of" { return !(tokens.indices.contains(next + 1) && tokens[next + 1].isNumber) }
        return tokens[i].key == "half" && Self.afterHalf.contains(following)
    }

    private func isArabicShare(_ fraction: ShareWords.Fraction, at i: Int) -> Bool {
        let next = fraction.tokens.upperBound
        if tokens.indices.contains(next) {
            let t = tokens[next]
            if t.isNumber || t.isWord && (NumberWord.isScale(t.key) || NumberWord.arabic(t.key) != nil) { return false }
            if t.isWord && Self.notAfterArabicShare.contains(t.key) { return false }
            if fraction.isDefinite && t.isWord && Self.periodWords.contains(t.key) { return false }
        }
        if fraction.clitic.hasPrefix("و"), i > 0 {
            let p = tokens[i - 1]
            let measured = p.stem(clitics: Clitics.measured) { key in
                NumberWord.isScale(key) || NumberWord.arabic(key) != nil || CurrencyWords.isName(key)
                    || Self.notAfterArabicShare.contains(key)
            }
            if p.isNumber || measured != nil { return false }
        }
        return true
    }

    private static let notBeforeShare: WordSet = [
        "first", "second", "last", "the", "this", "next", "previous", "latter", "former", "in", "by", "and",
    ]
    private static let afterHalf: WordSet = [
        "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "all",
    ]

    /// Times and other words a fraction measures that are not shares.
    private static let notAfterArabicShare = WordSet(
        [
            "قرن", "القرن", "ساعة", "الساعة", "ساعات", "عام", "العام", "سنة", "السنة", "شهر", "الشهر", "يوم", "اليوم",
            "أسبوع", "الأسبوع", "دقيقة", "الدقيقة", "عقد", "العقد", "النهائي", "نهائي", "الكرة", "قطر", "الخالي",
        ].map(ArabicText.normalize))

    /// Words after "الربع"/"النصف" that make it a period ("النصف الأول").
    private static let periodWords = WordSet(
        [
            "الأول", "الثاني", "الثالث", "الرابع", "الأخير", "الماضي", "المقبل", "الحالي", "الجاري", "القادم",
        ].map(ArabicText.normalize))
}
