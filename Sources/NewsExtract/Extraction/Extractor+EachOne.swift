import NewsCore

extension Extractor {
    /// "Qatar and Kuwait will each invest $10 billion in the country", "تعهدت السعودية والإمارات
    /// بتقديم ملياري دولار لكل منهما إلى السودان": one amount that each of several countries
    /// named together gives (or gets). The sentence is read once for each of them, without the
    /// others, so that each has a fact of its own; nil for a sentence that says no such thing,
    /// which is read once as it is.
    static func readingsForEachOne(_ r: Reading) -> [Reading]? {
        guard !r.amounts.isEmpty, r.countries.count >= 2, let (marker, amount) = eachMarker(r) else { return nil }
        // (After the amount before this one: "…, while Egypt and Jordan get $1 billion each".)
        let from = r.amounts.last { $0.span.end <= amount.span.start }?.span.end ?? 0
        let fellows = coordinated(r.countries.filter { $0.start >= from && $0.end <= marker }, in: r.scalars)
        guard fellows.count >= 2,
            // ("The UAE and Kuwait will each invest …": only a few words between the last of
            // them and the word that shares the amount out.)
            let last = fellows.last, wordCount(r.scalars, last.end..<marker) <= 3
        else { return nil }
        let shared = Set(fellows.map(\.country))
        // "will each invest": the rules read "will invest", as of one country.
        var words: (SearchableText, SearchableText)?
        if marker < amount.span.start {
            var scalars = r.scalars
            scalars.removeSubrange(marker..<min(marker + 5, scalars.count))
            let text = String(scalars: scalars)
            let plain = SearchableText(text)
            words = (plain, Reading.withoutOffices(Reading.withoutNamedTopics(text) ?? plain))
        }
        return fellows.map { one in
            var reading = r
            reading.countries.removeAll { shared.contains($0.country) && $0.country != one.country }
            if let words { (reading.words, reading.topicWords) = words }
            return reading
        }
    }

    /// Where the word that shares an amount out stands, and the amount: "each" before the
    /// sentence's first amount ("will each invest"), or "each" / "لكل منهما" right after an amount
    /// ("$10 billion each"). Nil when there is none. "each other", "each year" and their like
    /// share nothing.
    static func eachMarker(_ r: Reading) -> (Int, AmountMention)? {
        // (The words first, by bytes: most sentences share nothing out.)
        guard r.words.has("each") || r.words.hasAny(Self.eachArabic) else { return nil }
        for amount in r.amounts {
            let after = Drafts.wordsAfter(r.scalars, amount.span.end, within: 24, count: 3)
            guard Drafts.saysEach(Array(after.prefix(2))) else { continue }
            // ("$3 billion in each other's ports".)
            if let each = after.firstIndex(of: "each"), each + 1 < after.count,
                Self.eachSharesNothing.contains(after[each + 1])
            {
                continue
            }
            return (amount.span.start, amount)
        }
        guard r.words.has("each"), let first = r.amounts.first else { return nil }
        let words = wordRanges(r.scalars, 0..<first.span.start)
        for (k, range) in words.enumerated() {
            guard CharacterWords.folded(r.scalars[...], range) == "each" else { continue }
            let next = k + 1 < words.count ? CharacterWords.folded(r.scalars[...], words[k + 1]) : ""
            if Self.eachSharesNothing.contains(next) { return nil }
            return (range.lowerBound, first)
        }
        return nil
    }

    /// The Arabic words that share an amount out (`Drafts.saysEach`), folded.
    static let eachArabic = WordList(["لكل"] + Drafts.eachOfThem.sorted().map { "كل " + $0 })

    /// The words after "each" that make it no sharing out of an amount.
    static let eachSharesNothing: Set<String> = [
        "other", "year", "month", "week", "day", "quarter", "time", "of", "side", "country", "party", "project",
    ]

    /// The last run of mentions joined only by commas, "and" or و ("Qatar and Kuwait", "Kuwait and the UAE",
    /// "Japan, Korea and China", "السعودية والإمارات"), in order, each country once (a name and
    /// its short form in brackets, "the United Arab Emirates (UAE)", are one).
    static func coordinated(_ mentions: [CountryMention], in scalars: [Unicode.Scalar]) -> [CountryMention] {
        guard var run = mentions.last.map({ [$0] }) else { return [] }
        for m in mentions.dropLast().reversed() {
            guard m.end <= run[0].start else { break }
            let gap = CharacterWords.folded(scalars[...], m.end..<run[0].start)
            let bracketed = m.country == run[0].country && gap.allSatisfy { $0 == " " || $0 == "(" }
            if bracketed {
                run[0] = m
                continue
            }
            // (A short form in brackets may stand between: "the United Arab Emirates (UAE) and Kuwait".)
            var unbracketed = gap
            if let open = gap.firstIndex(of: "("), let close = gap[open...].firstIndex(of: ")") {
                unbracketed.removeSubrange(open...close)
            }
            let words = unbracketed.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "،" })
            guard words.allSatisfy({ $0 == "and" || $0 == "و" || $0 == "the" }), words.count <= 2,
                !run.contains(where: { $0.country == m.country })
            else { break }
            run.insert(m, at: 0)
        }
        return run
    }

    /// How many words stand in the range.
    static func wordCount(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        wordRanges(scalars, range).count
    }

    /// The runs of letters and digits in the range (an Arabic mark goes with its letter).
    static func wordRanges(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start: Int?
        for i in range {
            let s = scalars[i]
            if ScalarTraits.isAlphanumeric(s) || CharacterWords.isMark(s.value) {
                if start == nil { start = i }
            } else if let from = start {
                words.append(from..<i)
                start = nil
            }
        }
        if let from = start { words.append(from..<range.upperBound) }
        return words
    }
}
