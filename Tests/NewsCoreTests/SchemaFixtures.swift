import Foundation
import NewsCore

/// One event of every type, with every optional field set somewhere, for the schema tests.
enum SchemaFixtures {
    static var events: [Event] {
        SeedEvents.events + [
            .factAsserted(
                FactAsserted(
                    id: FactID("h-1"),
                    fact: .investment(
                        InvestmentFigure(
                            investor: SeedEvents.us, recipient: .company("Cove Kaz Capital"),
                            value: .range(3_000_000_000, 5_000_000_000, .usd),
                            cumulative: false, period: "2025")),
                    evidence: [SeedEvents.evidence("A hand-kept note.", 7)], note: "from the ministry")),
            .factCorrected(
                FactCorrected(
                    id: FactID("f-trade"),
                    fact: .trade(
                        TradeFigure(
                            parties: [SeedEvents.us, SeedEvents.kz],
                            value: Money(4_900_000_000, Currency("KZT")!, .about), period: "2024",
                            change: Change(text: "up a tenth", percent: 10))),
                    reason: "customs data")),
            .factRetracted(FactRetracted(id: FactID("f-commercial"), reason: "double-counted")),
            .articleRetracted(ArticleRetracted(article: SeedEvents.article, reason: "withdrawn")),
        ]
    }
}
