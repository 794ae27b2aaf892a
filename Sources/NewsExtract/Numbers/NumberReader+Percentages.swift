import Foundation
import NewsCore

extension NumberSentence {
    /// A percentage read: its value (signed, "-5%") and qualifier.
    struct Percent {
        var percent: Decimal
        var qualifier: Money.Qualifier
    }

    /// Every percentage and share, in order, leaving out what lies inside the amounts given.
    func percentages(excluding amounts: [Found<Money>]) -> [Found<Percent>] {
        let taken = TakenRanges(amounts.map(\.range))
        var found: [Found<Percent>] = []
        var i = 0
        while i < tokens.count {
            if isTaken(i, by: taken) {
                i += 1
                continue
            }
            if let percent = percentRange(at: i) ?? percent(at: i) ?? share(at: i) {
                found.append(percent)
                i = max(percent.tokens.upperBound, i + 1)
            } else {
                i += 1
            }
        }
        return found
    }

    /// The percent sign or word at token `j` ("%", "percent", "per cent", "pct", "بالمئة", "في المائة"), and the index after it.
    func percentMarker(at j: Int) -> Int? {
        guard tokens.indices.contains(j) else { return nil }
        let t = tokens[j]
        if t.isSymbol("%") { return j + 1 }
        // "a 10-percent rise"
        if t.isSymbol("-"), tokens.touch(j - 1, j), tokens.touch(j, j + 1), tokens.word(j + 1) == "percent" {
            return j + 2
        }
        guard t.isWord else { return nil }
        if t.key == "percent" || t.key == "pct" { return j + 1 }
        if tokens.words(["per", "cent"], at: j) { return j + 2 }
        if Self.arabicPercentWords.contains(t.key) { return j + 1 }
        if t.key == "في", let next = tokens.word(j + 1), Self.arabicHundredths.contains(next) { return j + 2 }
        return nil
    }

    /// A number with a percent sign or word: "80%", "80 per cent", "٨٠٪", "نحو 80 بالمئة", "-5%".
    private func percent(at i: Int) -> Found<Percent>? {
        guard let (value, start, next, first) = percentNumber(at: i) else { return nil }
        var qualifier = Money.Qualifier.exact
        var range = start..<tokens[next - 1].range.upperBound
        var end = next
        if let before = QualifierWords.before(tokens, at: first) {
            qualifier = before.qualifier
            range = before.start..<range.upperBound
        }
        if let after = QualifierWords.after(tokens, at: next) {
            if qualifier == .exact { qualifier = after.qualifier }
            range = range.lowerBound..<tokens[after.next - 1].range.upperBound
            end = after.next
        }
        return Found(value: Percent(percent: value, qualifier: qualifier), range: range, tokens: i..<end)
    }

    /// The number and percent marker at `i`: value, start offset, index after, first token (the minus sign if any).
    private func percentNumber(at i: Int) -> (Decimal, Int, Int, Int)? {
        guard let phrase = phrase(at: i, letterScales: false), !phrase.hasScale,
            let next = percentMarker(at: phrase.tokens.upperBound)
        else { return nil }
        // "-5%": a minus sign touching the number, not the end of "10-".
        if i > 0, tokens[i - 1].isSymbol("-"), tokens.touch(i - 1, i), !(i > 1 && tokens.touch(i - 2, i - 1)) {
            return (-phrase.value, tokens[i - 1].range.lowerBound, next, i - 1)
        }
        return (phrase.value, phrase.range.lowerBound, next, i)
    }

    /// "10-15%", "10% to 15%", "between 10 and 15 percent", "بين 10 و15%": the low end, as `.range`.
    private func percentRange(at i: Int) -> Found<Percent>? {
        guard let low = phrase(at: i, letterScales: false), !low.hasScale else { return nil }
        let lowMarker = percentMarker(at: low.tokens.upperBound)
        guard
            let (kind, bStart) = rangeConnector(
                after: lowMarker ?? low.tokens.upperBound, amountEnd: lowMarker ?? low.tokens.upperBound),
            let high = phrase(at: bStart, letterScales: false), !high.hasScale,
            let next = percentMarker(at: high.tokens.upperBound), low.value < high.value
        else { return nil }
        let opener = rangeOpener(before: i)
        if kind == .and && opener?.kind != .between { return nil }
        // "from 10% to 15%" is usually a change.
        if opener?.kind == .from && lowMarker != nil { return nil }
        let start = opener?.start ?? low.range.lowerBound
        return Found(
            value: Percent(percent: low.value, qualifier: .range), range: start..<tokens[next - 1].range.upperBound,
            tokens: i..<next)
    }

    private static let arabicPercentWords = WordSet(
        ["بالمئة", "بالمائة", "بالمية", "بالمائه"].map(ArabicText.normalize))
    private static let arabicHundredths = WordSet(["المئة", "المائة", "المية"].map(ArabicText.normalize))
}
