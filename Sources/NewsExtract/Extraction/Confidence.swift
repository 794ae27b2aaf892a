import Foundation
import NewsCore

/// How likely an extracted fact is right, read off how it was read (`Basis`) and what it says.
///
/// A logistic model, ridge-regularised (λ = 3), fitted on the facts `newsd-extract/18` reported
/// for 72 real published articles it had never seen (three batches of blind pairs gathered on
/// 2026-12-06 and 2026-12-07, their gold made by hand without the extractor; they stay outside
/// the repository), each fact judged right or wrong with the scorer's matching rules. Facts of
/// articles the rules were read from are right far more often than facts of unseen ones, so
/// fitting on dev, as the weights before version 19 were, promised too much off the corpus.
/// `Scripts/calibrate.py --pairs DIR …` fits them (its features are this function's, checked
/// to give the same confidence on every fact of dev and a blind batch) and
/// `Scripts/reliability.py` prints the table a corpus gives. Refit them when the extractor
/// changes much, on articles it has not seen; never fit them on the test split.
enum Confidence {
    struct Weights {
        static let bias = 1.22
        static let investment = -0.88
        /// No dollar figure: no amount, a local currency alone, or a range.
        static let noDollarFigure = -0.41
        static let listItem = 0.27
        static let enumerated = -0.40
        static let statusWord = 0.16
        static let namedParties = 0.14
        static let partiesFromArticle = 0.40
        static let moreEvidence = 0.27
        /// Told in the article's first sentence, its headline.
        static let headline = 0.40
        /// An agreement titled by a bare noun ("investment deal", "اتفاق"): what it is for was not read.
        static let bareTitle = -0.44
        static let signed = 0.22
        /// An article that gives more than eight facts.
        static let manyFacts = -0.20
        static let cumulative = 0.76
    }

    /// The titles that are a bare noun.
    static let bareTitles: Set<String> = [
        "investment deal", "deal", "agreement", "اتفاق", "اتفاقية", "contract", "deals", "agreements", "mou", "عقد",
        "صفقة",
    ]

    /// From 0 to 1, in hundredths. `facts`: how many facts the article gives.
    static func of(_ draft: Drafts.Draft, facts: Int) -> Decimal {
        let b = draft.basis
        var z = Weights.bias
        let (usd, _, _) = ExtractionReport.amounts(draft.fact.value)
        if usd == nil { z += Weights.noDollarFigure }
        switch draft.fact {
        case .agreement(let a):
            if a.status == .signed { z += Weights.signed }
            if bareTitles.contains(a.title.lowercased()) { z += Weights.bareTitle }
        case .trade:
            break
        case .investment(let i):
            z += Weights.investment
            if i.cumulative { z += Weights.cumulative }
        }
        if b.contains(.listItem) { z += Weights.listItem }
        if b.contains(.enumerated) { z += Weights.enumerated }
        if b.contains(.statusWord) { z += Weights.statusWord }
        if b.contains(.namedParties) { z += Weights.namedParties }
        if b.contains(.partiesFromArticle) { z += Weights.partiesFromArticle }
        if draft.evidence.count >= 2 { z += Weights.moreEvidence }
        if draft.evidence.first?.start == 0 { z += Weights.headline }
        if facts > 8 { z += Weights.manyFacts }
        let p = 1 / (1 + exp(-z))
        let n = Int((p * 100).rounded())
        return hundredths.indices.contains(n) ? hundredths[n] : Decimal(n) / 100
    }

    /// `Decimal(n) / 100` for n from 0 to 100, divided once: `Decimal` division is slow.
    static let hundredths: [Decimal] = (0...100).map { Decimal($0) / 100 }
}
