import NewsCore

/// Amounts read against the sentences around them: what a figure rose by, and a sentence that
/// goes on with the figure of the sentence before it.
extension Extractor {
    /// Whether a sentence goes on with the figure of the sentence before: it gives amounts with a
    /// verb of rising, falling or reaching, and names no country, no topic and no deal
    /// ("In 2022, it grew by 6% to $8.6 billion, while in 2023 it rose by 2% to $8.8 billion").
    static func continuesAFigure(_ r: Reading) -> Bool {
        !r.amounts.isEmpty && r.countries.isEmpty && r.amountTopics.allSatisfy { $0 == .unknown }
            && !(r.words.hasAny(Lexicon.agreementNouns) || r.words.hasAny(Lexicon.investmentWords) || r.words.hasAny(Lexicon.nonFactWords))
            && (r.words.hasAny(Lexicon.riseAndFallVerbs) || r.words.hasAny(Lexicon.reachingVerbs))
    }

    /// Whether amount `i` tells by how much a figure rose or fell, and a later amount the figure:
    /// "grew by $1.5 billion to $9 billion", "ارتفع … بمقدار 1.5 مليار دولار ليصل إلى 9 مليارات دولار".
    static func isChange(_ r: Reading, amount i: Int) -> Bool {
        guard i + 1 < r.amounts.count else { return false }
        let start = r.amounts[i].span.start
        let lead = String(scalars: r.scalars[max(0, start - 16)..<start])
        guard let last = lead.split(whereSeparator: { !$0.isLetter }).last,
            Lexicon.changeByWords.contains(ArabicText.normalized(String(last)).lowercased())
        else { return false }
        return SearchableText(String(scalars: r.scalars[0..<start])).hasAny(Lexicon.riseAndFallVerbs)
    }
}
