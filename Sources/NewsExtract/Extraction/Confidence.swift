import Foundation
import NewsCore

/// How likely an extracted fact is right, read off how it was read (`Basis`).
///
/// A logistic model whose weights were fitted (ridge-regularised, λ = 1) on the facts the
/// extractor reported for `../shared/corpus/dev`, each judged right or wrong with the scorer's
/// matching rules (`Scripts/reliability.py` prints the table it gives). Refit them when the
/// extractor changes; never fit them on the test split.
enum Confidence {
    struct Weights {
        static let bias = 1.32
        static let arabic = -0.55
        static let trade = -0.35
        static let investment = -0.47
        static let listItem = 0.99
        static let enumerated = 0.10
        static let moreEvidence = 0.44
        static let figureWithoutValue = -0.94
        static let namedParties = 0.24
        static let agreementStatusWord = -0.34
    }

    /// From 0 to 1, in hundredths.
    static func of(_ draft: Drafts.Draft, arabic: Bool) -> Decimal {
        let b = draft.basis
        var z = Weights.bias
        if arabic { z += Weights.arabic }
        switch draft.fact {
        case .agreement:
            if b.contains(.statusWord) { z += Weights.agreementStatusWord }
        case .trade:
            z += Weights.trade
            if draft.fact.value == nil { z += Weights.figureWithoutValue }
        case .investment:
            z += Weights.investment
            if draft.fact.value == nil { z += Weights.figureWithoutValue }
        }
        if b.contains(.listItem) { z += Weights.listItem }
        if b.contains(.enumerated) { z += Weights.enumerated }
        if draft.evidence.count >= 2 { z += Weights.moreEvidence }
        if b.contains(.namedParties) { z += Weights.namedParties }
        let p = 1 / (1 + exp(-z))
        let n = Int((p * 100).rounded())
        return hundredths.indices.contains(n) ? hundredths[n] : Decimal(n) / 100
    }

    /// `Decimal(n) / 100` for n from 0 to 100, divided once: `Decimal` division is slow.
    static let hundredths: [Decimal] = (0...100).map { Decimal($0) / 100 }
}
