import Foundation
import NewsCore

extension NumberSentence {
    /// A change read: a factor or a signed percentage, and the pieces of text that say it.
    struct Change {
        var factor: Decimal?
        var percent: Decimal?
        /// Normalised ranges of the words, in order; apart when other words stand between.
        var pieces: [Range<Int>]
    }

    /// Every change, in order: "doubled", "nearly doubled", "تضاعف ... تقريبا", "ارتفع إلى الضعف",
    /// "rose 10%", "a 10% increase", "growth of 10%", "ارتفعت الصادرات بنسبة 10%".
    func changes(percentages: [Found<Percent>]) -> [Found<Change>] {
        var found: [Found<Change>] = []
        var i = 0
        while i < tokens.count {
            let change =
                englishFactor(at: i) ?? arabicFactor(at: i) ?? englishPercentChange(at: i, percentages)
                ?? percentThenNoun(at: i, percentages) ?? arabicPercentChange(at: i, percentages)
            if let change {
                found.append(change)
                i = max(change.tokens.upperBound, i + 1)
            } else {
                i += 1
            }
        }
        return found
    }

    private func located(_ change: Change, tokens range: Range<Int>) -> Found<Change> {
        let merged = change.pieces.reduce(into: [Range<Int>]()) { pieces, piece in
            // Pieces with only spaces between them are one piece.
            if let last = pieces.last,
                !tokens[range].contains(where: {
                    $0.range.lowerBound >= last.upperBound && $0.range.upperBound <= piece.lowerBound
                })
            {
                pieces[pieces.count - 1] = last.lowerBound..<piece.upperBound
            } else {
                pieces.append(piece)
            }
        }
        var change = change
        change.pieces = merged
        let start = merged.first?.lowerBound ?? 0
        let end = merged.last?.upperBound ?? start
        return Found(value: change, range: start..<end, tokens: range)
    }

    /// "doubled", "has more than doubled", "tripled", "halved", "grew threefold", "a twofold increase".
    private func englishFactor(at i: Int) -> Found<Change>? {
        guard tokens.indices.contains(i), !tokens[i].isArabic else { return nil }
        let key = tokens[i].key
        if tokens[i].isWord, let factor = ChangeWords.englishFactors[key] {
            var start = tokens[i].range.lowerBound
            for words in ChangeWords.englishFactorQualifiers where tokens.words(words, at: i - words.count) {
                start = tokens[i - words.count].range.lowerBound
                break
            }
            return located(
                Change(factor: factor, percent: nil, pieces: [start..<tokens[i].range.upperBound]), tokens: i..<(i + 1))
        }
        // "a threefold increase", "a 3-fold rise"
        if let (factor, end) = fold(at: i), let noun = tokens.word(end), ChangeWords.englishNouns[noun] == .up {
            return located(
                Change(
                    factor: factor, percent: nil, pieces: [tokens[i].range.lowerBound..<tokens[end].range.upperBound]),
                tokens: i..<(end + 1))
        }
        // "grew threefold"
        guard ChangeWords.englishVerbs[key] == .up, let (factor, end) = fold(at: i + 1) else { return nil }
        return located(
            Change(
                factor: factor, percent: nil, pieces: [tokens[i].range.lowerBound..<tokens[end - 1].range.upperBound]),
            tokens: i..<end)
    }

    /// A "-fold" multiple at `k` ("threefold", "3-fold", "three-fold") and the index after it.
    private func fold(at k: Int) -> (Decimal, Int)? {
        if let key = tokens.word(k), let factor = ChangeWords.englishFolds[key] { return (factor, k + 1) }
        guard let phrase = phrase(at: k, letterScales: false), !phrase.hasScale else { return nil }
        let j = phrase.tokens.upperBound
        if tokens.indices.contains(j + 1), tokens[j].isSymbol("-"), tokens.word(j + 1) == "fold" {
            return (phrase.value, j + 2)
        }
        if tokens.word(j) == "fold" { return (phrase.value, j + 1) }
        return nil
    }

    /// "تضاعف" (and "تضاعف ... تقريبا", "تضاعف ثلاث مرات"), "ارتفع إلى الضعف", "انخفض إلى النصف".
    private func arabicFactor(at i: Int) -> Found<Change>? {
        guard tokens.indices.contains(i), tokens[i].isArabic else { return nil }
        let t = tokens[i]
        let clitics = Clitics.factor
        if let (prefix, _) = t.stem(clitics: clitics, { ChangeWords.arabicDoubled.contains($0) }) {
            var pieces = [(t.range.lowerBound + prefix)..<t.range.upperBound]
            var factor: Decimal = 2
            var next = i + 1
            // "تضاعف حجم التجارة تقريبا", "تضاعف ثلاث مرات" (read as tripled): the subject may stand between.
            var k = next
            while k < min(i + 7, tokens.count), tokens[k].isNumber || tokens[k].isWord && tokens[k].isArabic {
                if tokens[k].key == ChangeWords.almost {
                    pieces.append(tokens[k].range)
                    next = k + 1
                    break
                }
                if factor == 2, let phrase = phrase(at: k, letterScales: false), !phrase.hasScale,
                    let times = tokens.word(phrase.tokens.upperBound), ChangeWords.arabicTimes.contains(times)
                {
                    factor = phrase.value
                    next = phrase.tokens.upperBound + 1
                    pieces.append(phrase.range.lowerBound..<tokens[next - 1].range.upperBound)
                    k = next
                    continue
                }
                if tokens[k].isNumber { break }
                k += 1
            }
            return located(Change(factor: factor, percent: nil, pieces: pieces), tokens: i..<next)
        }
        guard let (prefix, stem) = t.stem(clitics: clitics, { ChangeWords.arabic[$0] != nil }),
            let direction = ChangeWords.arabic[stem]
        else {
            return nil
        }
        // "ارتفع حجم التجارة إلى الضعف", "زاد بمقدار الضعف", "ارتفع إلى ثلاثة أضعاف"
        for k in (i + 1)..<min(i + 6, tokens.count) {
            guard tokens[k].isWord, tokens[k].isArabic else { break }
            guard tokens[k].key == Self.ila || tokens[k].key == ChangeWords.byAmount else { continue }
            var j = k + 1
            if let qualifier = ChangeWords.multipleQualifiers.first(where: { tokens.words($0, at: j) }) {
                j += qualifier.count
            }
            var factor: Decimal?
            var end = j
            if let key = tokens.word(j), let multiple = ChangeWords.arabicMultiples[key] {
                factor = multiple
                end = j + 1
            } else if let phrase = phrase(at: j, letterScales: false), !phrase.hasScale,
                tokens.word(phrase.tokens.upperBound) == ChangeWords.folds
            {
                factor = phrase.value
                end = phrase.tokens.upperBound + 1
            }
            guard let factor, (factor > 1) == (direction == .up) else { return nil }
            let pieces = [
                (t.range.lowerBound + prefix)..<t.range.upperBound,
                tokens[k].range.lowerBound..<tokens[end - 1].range.upperBound,
            ]
            return located(Change(factor: factor, percent: nil, pieces: pieces), tokens: i..<end)
        }
        return nil
    }

    /// The percentage that starts inside token `k` (its qualifier or number), if any.
    private func percent(startingIn k: Int, _ percentages: [Found<Percent>]) -> Found<Percent>? {
        guard tokens.indices.contains(k) else { return nil }
        let token = tokens[k].range
        // Percentages come in order of their start: find the first starting at or after the token.
        var low = 0
        var high = percentages.count
        while low < high {
            let mid = (low + high) / 2
            if percentages[mid].range.lowerBound < token.lowerBound { low = mid + 1 } else { high = mid }
        }
        return low < percentages.count && token.contains(percentages[low].range.lowerBound) ? percentages[low] : nil
    }

    /// "rose 10%", "increased by 10%", "grew 10 percent", "fell by a third", "growth of 10%".
    private func englishPercentChange(at i: Int, _ percentages: [Found<Percent>]) -> Found<Change>? {
        guard let key = tokens.word(i), !tokens[i].isArabic else { return nil }
        // A verb and its percentage: "rose 10%", "rose by about 10%", "dropped sharply by 5%".
        if let direction = ChangeWords.englishVerbs[key],
            key != "up" && key != "down" || tokens.word(i - 1).map(ChangeWords.beforeUpDown.contains) ?? true
        {
            // "up 10%" after "were" or a comma; "took up 10% of the budget" is no change.
            // ("increased a further 17%", "rose by another 5%".)
            var k = i + 1
            while k < i + 4, let word = tokens.word(k),
                word == "by" || word.hasSuffix("ly") && word != "only"
                    || (word == "a" && tokens.word(k + 1) == "further") || word == "further" || word == "another"
            {
                k += 1
            }
            if let change = percentChange(from: i, direction, at: k, percentages) { return change }
        }
        // A noun, "of" and its percentage: "growth of 3%", "a rise of 10 percent".
        if let direction = ChangeWords.englishNouns[key], tokens.word(i + 1) == "of" {
            return percentChange(from: i, direction, at: i + 2, percentages)
        }
        return nil
    }

    /// The change from the word at `i` to the percentage (or "by" and a fraction) at `k`.
    private func percentChange(
        from i: Int, _ direction: ChangeWords.Direction, at k: Int, _ percentages: [Found<Percent>]
    ) -> Found<Change>? {
        var value: Decimal
        var end: Int
        var next: Int
        if let p = percent(startingIn: k, percentages) {
            value = abs(p.value.percent)
            end = p.range.upperBound
            next = p.tokens.upperBound
        } else if tokens.word(k - 1) == "by", let fraction = ShareWords.read(tokens, at: k), !tokens[k].isArabic {
            // "fell by half", "rose by a third"
            value = fraction.percent
            end = fraction.range.upperBound
            next = fraction.tokens.upperBound
        } else {
            return nil
        }
        if direction == .down { value = -value }
        return located(
            Change(factor: nil, percent: value, pieces: [tokens[i].range.lowerBound..<end]), tokens: i..<next)
    }

    /// "a 10% increase", "a 5 percent decline", "10% year-on-year growth" is not read.
    private func percentThenNoun(at i: Int, _ percentages: [Found<Percent>]) -> Found<Change>? {
        guard let p = percent(startingIn: i, percentages),
            let noun = tokens.word(p.tokens.upperBound), let direction = ChangeWords.englishNouns[noun]
        else { return nil }
        let value = direction == .up ? abs(p.value.percent) : -abs(p.value.percent)
        let end = p.tokens.upperBound + 1
        return located(
            Change(factor: nil, percent: value, pieces: [p.range.lowerBound..<tokens[end - 1].range.upperBound]),
            tokens: i..<end)
    }

    /// "ارتفع بنسبة 10%", "ارتفعت الصادرات بنسبة 10%", "انخفض 5%", "زيادة بنسبة 10 بالمئة".
    private func arabicPercentChange(at i: Int, _ percentages: [Found<Percent>]) -> Found<Change>? {
        guard tokens.indices.contains(i), tokens[i].isArabic,
            let (prefix, stem) = tokens[i].stem(clitics: Clitics.percentChange, { ChangeWords.arabic[$0] != nil }),
            let direction = ChangeWords.arabic[stem]
        else { return nil }
        for k in (i + 1)..<min(i + 7, tokens.count) {
            if let p = percent(startingIn: k, percentages) {
                // Right after the verb, or after "بنسبة"/"بمقدار"/"ب", or with "ب" on it ("بنحو 10%").
                var link = k
                if k > i + 1, let word = tokens.word(k - 1), ChangeWords.arabicLinks.contains(word), word != Self.ila {
                    link = k - 1
                } else if k > i + 1, !(tokens[k].isArabic && tokens[k].key.hasPrefix("ب")) {
                    return nil
                }
                let value = direction == .up ? abs(p.value.percent) : -abs(p.value.percent)
                let pieces = [
                    (tokens[i].range.lowerBound + prefix)..<tokens[i].range.upperBound,
                    tokens[link].range.lowerBound..<p.range.upperBound,
                ]
                return located(Change(factor: nil, percent: value, pieces: pieces), tokens: i..<p.tokens.upperBound)
            }
            guard tokens[k].isWord, tokens[k].isArabic, !ChangeWords.arabicBlockers.contains(tokens[k].key),
                ChangeWords.arabic[tokens[k].key] == nil
            else { return nil }
        }
        return nil
    }
}
