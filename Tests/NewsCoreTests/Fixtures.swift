import Foundation
import NewsCore

/// Events for the facts of the seed article, written here in our own words (the seed's text
/// stays in ../shared/seed). Two mentions of the tungsten deal are two facts.
enum SeedEvents {
    static let article = ArticleID("sha256:" + String(repeating: "5e", count: 32))
    static let kz = Party.country(CountryCode("KZ")!)
    static let us = Party.country(CountryCode("US")!)
    static let il = Party.country(CountryCode("IL")!)

    static func evidence(_ sentence: String, _ start: Int) -> Evidence {
        Evidence(article: article, sentence: sentence, start: start, end: start + sentence.unicodeScalars.count)
    }

    static func extracted(_ id: String, _ fact: Fact, _ sentence: String, _ start: Int) -> Event {
        .factExtracted(
            FactExtracted(
                id: FactID(id), article: article, fact: fact, evidence: [evidence(sentence, start)],
                confidence: Decimal(string: "0.9")!,
                extractorVersion: "test-1"))
    }

    static let billion = Decimal(1_000_000_000)

    static var events: [Event] {
        [
            .articleIngested(
                ArticleIngested(
                    article: article, text: "(a paraphrase of the seed article)", language: "ar",
                    url: "https://example.org/kz-us", source: "example", published: "2025-11-07")),
            extracted(
                "f-accord",
                .agreement(
                    Agreement(
                        parties: [kz, il], kind: .accordAccession, title: "Kazakhstan joins the Abraham Accords",
                        status: .pledged, brokeredBy: us)), "Kazakhstan pledged to join the accords.", 0),
            extracted(
                "f-tungsten-1",
                .agreement(
                    Agreement(
                        parties: [us, kz], kind: .investmentDeal, title: "US firm to develop Kazakh tungsten deposits",
                        value: Money(Decimal(string: "1.1")! * billion, .usd), status: .signed, sectors: ["mining"])),
                "A $1.1 billion deal gives a US company rights to critical mineral deposits.", 40),
            extracted(
                "f-commercial",
                .agreement(
                    Agreement(
                        parties: [kz, us], kind: .commercialAgreements, title: "Agreements with US companies",
                        value: Money(Decimal(string: "17.2")! * billion, .usd), status: .signed,
                        sectors: ["minerals", "aviation"])),
                "Deals worth $17.2 billion were signed with US companies.", 120),
            extracted(
                "f-tungsten-2",
                .agreement(
                    Agreement(
                        parties: [kz, us], kind: .investmentDeal,
                        title: "Majority stake in the largest untapped tungsten reserves",
                        value: Money(Decimal(string: "1.1")! * billion, .usd), status: .signed, sectors: ["mining"])),
                "The US company takes a majority stake worth $1.1 billion in the tungsten field.", 200),
            extracted(
                "f-trade",
                .trade(
                    TradeFigure(
                        parties: [us, kz], value: Money(5 * billion, .usd),
                        change: Change(text: "nearly doubled", factor: 2))),
                "Trade between the two countries nearly doubled to five billion dollars.", 300),
            extracted(
                "f-uranium",
                .trade(
                    TradeFigure(
                        parties: [kz, us], value: nil, direction: .exports, commodity: "uranium",
                        share: Share(percent: 25, of: "US uranium needs"))),
                "Kazakhstan covers a quarter of American uranium needs.", 380),
            extracted(
                "f-stock",
                .investment(
                    InvestmentFigure(
                        investor: us, recipient: kz, value: Money(100 * billion, .usd, .moreThan), cumulative: true,
                        share: Share(percent: 80, qualifier: .about, of: "all foreign investment in Central Asia"),
                        companyCount: .init(600, .moreThan), rank: 1)),
                "US investment in the country tops $100 billion, about 80% of the region's total.", 450),
        ]
    }

    /// The seed's events as the log would hand them over, one a second from 2025-11-07 09:00 UTC.
    static func envelopes(from start: UInt64 = 1) -> [EventEnvelope] {
        events.enumerated().map { i, event in
            EventEnvelope(
                sequence: start + UInt64(i), timestamp: 1_762_506_000_000_000 + Int64(i) * 1_000_000, actor: "uid:0",
                event: event)
        }
    }
}

/// The seed's gold file, read from ../shared/seed beside the repository.
enum SeedGold {
    static var url: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/seed/000_4e0464146a471f89.gold.json")
    }

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: url.path) }

    static func load() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    }
}
