import Foundation
import Logging
import NewsCore
import NewsLog
import SystemPackage

/// SplitMix64: a small deterministic generator, so every run builds the same ledger.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A ledger shaped like a real one: each article (a few kilobytes of text) appended together
/// with the five or so facts read in it, and now and then a hand-recorded fact, a correction,
/// a retraction or a withdrawn article. Countries are skewed, as in the news: a few pairs
/// (the US and China, the Gulf states) turn up far more often than the rest.
enum Fixture {
    static let countries = [
        "US", "CN", "AE", "SA", "IN", "RU", "TR", "EG", "KZ", "QA", "DE", "JP", "GB", "FR", "KR",
        "BR", "ID", "PK", "UZ", "AZ", "IR", "IQ", "JO", "MA", "DZ", "NG", "ZA", "ET", "KE", "VN",
        "MY", "TH", "AU", "CA", "MX", "IT", "ES", "OM", "KW", "BH",
    ].map { Party.country(CountryCode($0)!) }

    static let words = [
        "the", "ministry", "said", "on", "Tuesday", "that", "trade", "between", "two", "countries", "rose", "by",
        "percent", "last", "year", "investment", "fund", "agreement", "signed", "memorandum", "energy", "mining",
        "officials", "delegation", "visit", "capital", "talks", "billion", "dollars", "projects", "cooperation",
        "minerals", "rail", "port", "pipeline", "according", "statement", "president", "prime", "minister", "deal",
        "companies", "worth", "exports", "imports", "grew", "fell", "partner", "largest", "strategic",
    ]

    /// 64 article bodies of 2–4 KB; each article is one of them under its own first line.
    static let bodies: [String] = {
        var rng = SplitMix(state: 42)
        return (0..<64).map { _ in
            var text = ""
            let target = Int.random(in: 2_000...4_000, using: &rng)
            while text.utf8.count < target {
                for _ in 0..<Int.random(in: 12...30, using: &rng) { text += words.randomElement(using: &rng)! + " " }
                text += ".\n"
            }
            return text
        }
    }()

    static func party(_ rng: inout SplitMix) -> Party {
        // Quadratic skew: low indexes (the US, China, the Gulf) come up far more often.
        let u = Double.random(in: 0..<1, using: &rng)
        return countries[Int(u * u * Double(countries.count))]
    }

    static func pair(_ rng: inout SplitMix) -> [Party] {
        let a = party(&rng)
        var b = party(&rng)
        while b == a { b = party(&rng) }
        return [a, b]
    }

    static func money(_ rng: inout SplitMix) -> Money {
        let millions = [50, 120, 300, 450, 800, 1_100, 2_500, 5_000, 10_000, 17_200, 25_000, 100_000].randomElement(
            using: &rng)!
        let qualifier: Money.Qualifier = [.exact, .exact, .exact, .about, .moreThan, .upTo].randomElement(using: &rng)!
        return Money(Decimal(millions) * 1_000_000, .usd, qualifier)
    }

    static func fact(_ rng: inout SplitMix) -> Fact {
        let parties = pair(&rng)
        switch Int.random(in: 0..<10, using: &rng) {
        case 0..<4:
            return .agreement(
                Agreement(
                    parties: parties, kind: Agreement.Kind.allCases.randomElement(using: &rng)!,
                    title: "agreement \(Int.random(in: 0..<300, using: &rng))",
                    value: Bool.random(using: &rng) ? money(&rng) : nil,
                    status: Agreement.Status.allCases.randomElement(using: &rng)!,
                    sectors: Bool.random(using: &rng)
                        ? [["energy", "mining", "rail", "finance"].randomElement(using: &rng)!] : []))
        case 4..<7:
            return .trade(
                TradeFigure(
                    parties: parties, value: money(&rng), period: "\(Int.random(in: 2015...2025, using: &rng))",
                    direction: TradeFigure.Direction.allCases.randomElement(using: &rng)!))
        default:
            return .investment(
                InvestmentFigure(
                    investor: parties[0], recipient: parties[1], value: money(&rng),
                    cumulative: Int.random(in: 0..<10, using: &rng) < 3,
                    companyCount: Bool.random(using: &rng)
                        ? .init(Int.random(in: 10...900, using: &rng), .moreThan) : nil))
        }
    }

    /// Writes about `events` events into `<state>/log`; returns the events written and the bytes of the segments.
    static func make(state: String, events: Int, logger: Logger) async throws -> (events: Int, bytes: Int64) {
        let directory = StateDirectory(state).log
        try FileManager.default.createDirectory(atPath: directory.string, withIntermediateDirectories: true)
        let log = try EventLog.open(directory: directory, logger: logger)
        var rng = SplitMix(state: 7)
        var written = 0
        var facts: [FactID] = []
        var articles: [ArticleID] = []
        var n = 0
        while written < events {
            n += 1
            let article = ArticleID("sha256:bench-\(n)")
            let body = bodies[n % bodies.count]
            var batch = [
                LogEntry(
                    .articleIngested(
                        ArticleIngested(
                            article: article, text: "Article \(n)\n" + body, language: n % 3 == 0 ? "ar" : "en",
                            url: "https://news.example/\(n)", source: ["wire", "gazette", "daily", "agency"][n % 4],
                            published:
                                "20\(15 + n % 11)-\(String(format: "%02d", 1 + n % 12))-\(String(format: "%02d", 1 + n % 28))"
                        )), actor: "uid:0")
            ]
            for k in 0..<Int.random(in: 3...8, using: &rng) {
                let id = FactID("f-\(n)-\(k)")
                let start = Int.random(in: 0..<(body.utf8.count - 200), using: &rng)
                batch.append(
                    LogEntry(
                        .factExtracted(
                            FactExtracted(
                                id: id, article: article, fact: fact(&rng),
                                evidence: [
                                    Evidence(
                                        article: article, sentence: String(body.utf8.dropFirst(start).prefix(160))!,
                                        start: start, end: start + 160)
                                ],
                                confidence: Decimal(Int.random(in: 50...99, using: &rng)) / 100,
                                extractorVersion: "bench-1")), actor: "uid:0"))
                if Int.random(in: 0..<20, using: &rng) == 0 { facts.append(id) }
            }
            written += batch.count
            _ = try await log.append(AppendRequest(entries: batch))
            articles.append(article)
            // Now and then an analyst steps in.
            let roll = Int.random(in: 0..<100, using: &rng)
            var extra: Event?
            if roll < 12, let target = facts.randomElement(using: &rng) {
                extra = .factCorrected(
                    FactCorrected(id: target, fact: fact(&rng), reason: "the ministry's revised figure"))
            } else if roll < 16, let target = facts.randomElement(using: &rng) {
                extra = .factRetracted(FactRetracted(id: target, reason: "misread"))
            } else if roll < 24 {
                extra = .factAsserted(
                    FactAsserted(id: FactID("h-\(n)"), fact: fact(&rng), note: "from the ministry's release"))
            } else if roll < 25, let target = articles.randomElement(using: &rng) {
                extra = .articleRetracted(ArticleRetracted(article: target, reason: "withdrawn by the publisher"))
            }
            if let extra {
                _ = try await log.append(AppendRequest(entries: [LogEntry(extra, actor: "uid:1000")]))
                written += 1
            }
        }
        log.close()
        let bytes = try segments(state: state).reduce(Int64(0)) {
            $0 + Int64(try FileManager.default.attributesOfItem(atPath: $1)[.size] as! UInt64)
        }
        return (written, bytes)
    }

    /// The segment files of a state directory, in order.
    static func segments(state: String) throws -> [String] {
        let log = StateDirectory(state).log
        return try FileManager.default.contentsOfDirectory(atPath: log.string).filter { $0.hasPrefix("segment-") }
            .sorted().map { log.appending($0).string }
    }
}
