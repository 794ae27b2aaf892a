import NewsCore

/// The words that qualify a number: "more than", "about", "up to", "أكثر من", "نحو", "تقريبا".
///
/// A qualifier counts only when it stands right before the number (or its currency sign), with
/// nothing between: in "nearly doubled to five billion dollars" "nearly" qualifies "doubled",
/// not the amount. The first Arabic word may carry a proclitic ("بأكثر من", "وبنحو", "بما يزيد
/// على"). "تقريبا", "or more", "or so", "على الأقل" also count right after the number's words.
enum QualifierWords {
    /// The qualifier that ends right before token `i`, and the normalised offset where it starts.
    static func before(_ tokens: [NumberToken], at i: Int) -> (qualifier: Money.Qualifier, start: Int, first: Int)? {
        // The last word of a phrase is the token before `i`: only the phrases that end in its key
        // (or, for one word, in one of its stems) can match, tried in the order of the table.
        guard i >= 1, i <= tokens.count, tokens[i - 1].isWord else { return nil }
        var candidates = phrasesByLastWord[tokens[i - 1].key] ?? []
        tokens[i - 1].forEachStem(clitics: clitics) { _, stem in
            candidates += oneWordPhrases[stem] ?? []
            return false
        }
        guard !candidates.isEmpty else { return nil }
        candidates.sort()
        var best: (qualifier: Money.Qualifier, start: Int, first: Int, width: Int)?
        for (words, qualifier) in candidates.map({ preceding[$0] }) {
            let first = i - words.count
            guard first >= 0, words.count > (best?.width ?? 0) else { continue }
            var prefix = 0
            var matches = true
            for (n, word) in words.enumerated() {
                let t = tokens[first + n]
                guard t.isWord else {
                    matches = false
                    break
                }
                if n == 0 {
                    guard let stem = t.stem(clitics: clitics, { $0 == word }) else {
                        matches = false
                        break
                    }
                    prefix = stem.prefix
                } else if t.key != word {
                    matches = false
                    break
                }
            }
            if matches { best = (qualifier, tokens[first].range.lowerBound + prefix, first, words.count) }
        }
        return best.map { ($0.qualifier, $0.start, $0.first) }
    }

    /// The qualifier that starts at token `j` right after a number, and the index after it.
    static func after(_ tokens: [NumberToken], at j: Int) -> (qualifier: Money.Qualifier, next: Int)? {
        for (words, qualifier) in following where tokens.words(words, at: j) {
            return (qualifier, j + words.count)
        }
        return nil
    }

    private static func table(_ entries: [(Money.Qualifier, [String])]) -> [([String], Money.Qualifier)] {
        entries.flatMap { qualifier, phrases in
            phrases.map { phrase in
                (ArabicText.normalize(phrase).lowercased().split(separator: " ").map(String.init), qualifier)
            }
        }
    }

    static let preceding = table([
        (
            .moreThan,
            [
                "more than", "over", "above", "exceeding", "in excess of", "at least", "upwards of", "just over",
                "well over",
                "greater than", "no less than", "not less than", "a minimum of", "exceeds", "exceeded", "surpassing",
                "surpasses",
                "surpassed", "topping", "topped",
                "أكثر من", "ما يزيد على", "ما يزيد عن", "يزيد على", "يزيد عن", "تزيد على", "تزيد عن", "ما يربو على",
                "يربو على", "تربو على", "أزيد من", "فوق", "ما لا يقل عن", "لا يقل عن", "لا تقل عن", "ما يفوق", "يفوق",
                "تفوق",
                "تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "ما يتجاوز", "تخطى", "تخطت", "يتخطى", "تتخطى",
            ]
        ),
        (
            .about,
            [
                "about", "around", "approximately", "approx", "roughly", "nearly", "almost", "close to", "some",
                "an estimated", "estimated", "circa", "an approximate",
                "حوالي", "حوالى", "نحو", "قرابة", "ما يقارب", "يقارب", "تقارب", "ما يقرب من", "زهاء", "تقريبا",
                "ما يناهز", "يناهز", "تناهز",
            ]
        ),
        (
            .upTo,
            [
                "up to", "as much as", "as many as", "as high as", "no more than", "not more than", "a maximum of",
                "ما يصل إلى", "حتى", "ما لا يزيد على", "ما لا يزيد عن", "لا يزيد على", "لا يزيد عن",
            ]
        ),
        (
            .lessThan,
            [
                "less than", "under", "below", "fewer than", "just under", "lower than",
                "أقل من", "دون", "ما دون", "ما يقل عن", "يقل عن", "تقل عن",
            ]
        ),
    ])

    private static let clitics = Clitics.qualifier

    /// The phrases of more than one word by their last word, and those of one by it: indices in `preceding`.
    private static let phrasesByLastWord = index(preceding.indices.filter { preceding[$0].0.count > 1 })
    private static let oneWordPhrases = index(preceding.indices.filter { preceding[$0].0.count == 1 })

    private static func index(_ phrases: [Int]) -> WordTable<[Int]> {
        var table: [String: [Int]] = [:]
        for k in phrases { table[preceding[k].0.last!, default: []].append(k) }
        return WordTable(table)
    }

    private static let following = table([
        (.about, ["تقريبا", "or so"]),
        (.moreThan, ["or more", "على الأقل", "أو أكثر"]),
    ])
}
