import Foundation
import NewsCore

/// Figures given as an enumeration of countries, each with its amount.
extension Drafts {
    /// "First place went to the UAE, with $5.7 billion, then Kuwait at $669.3 million, …":
    /// one investment per country, the recipient and the topic taken from the sentence or, when
    /// the sentence names no topic, from the sentence before it.
    mutating func readInvestmentList(_ r: Extractor.Reading, previous: Extractor.Reading, _ evidence: Evidence) -> Bool {
        guard r.amounts.count >= 2, r.distinctCountries.count >= 2 else { return false }
        let topic: Extractor.Reading
        if r.words.hasAny(Lexicon.investmentWords) {
            topic = r
        } else if !r.words.hasAny(Lexicon.tradeWords + Lexicon.nonInvestmentFlows) && previous.words.hasAny(Lexicon.investmentWords)
            && !previous.words.hasAny(Lexicon.nonInvestmentFlows)
        {
            topic = previous
        } else {
            return false
        }
        guard let recipient = topic.countries.first(where: topic.isAfterIn)?.country else { return false }
        var pairs: [(CountryCode, Money)] = []
        var from = 0
        for amount in r.amounts {
            // The country named last before the amount, after the previous amount.
            let investor = r.countries.last { $0.start >= from && $0.end <= amount.span.start && $0.country != recipient }
            from = amount.span.end
            guard let investor else { continue }
            pairs.append((investor.country, amount.money))
        }
        guard pairs.count >= 2 else { return false }
        for (investor, money) in pairs {
            let figure = InvestmentFigure(
                investor: .country(investor), recipient: .country(recipient), value: money, cumulative: r.words.hasAny(Lexicon.cumulativeWords),
                period: Self.period(r.sentence.text) ?? Self.period(topic.sentence.text))
            add(&investments, Draft(fact: .investment(figure), evidence: [evidence], signals: 2))
        }
        return true
    }
}
