import Foundation
import NewsCore
import NewsLog
import NewsTestSupport
import SystemPackage
import Testing

/// A log written by an older extractor: reextract supersedes its facts with the current extractor's.
@Suite struct ReextractTests {
    static let article = """
        The United States and Kazakhstan signed a $2 billion agreement to develop a lithium deposit.
        Bilateral trade between the two countries reached $4 billion.
        """

    @Test func newerExtractorSupersedesOlderFacts() async throws {
        let directory = try makeTemporaryDirectory("newsd-e2e")
        // Write the state an older newsd would have left: the article, and one fact its extractor read.
        let log = try EventLog.open(directory: FilePath(directory + "/state/log"), logger: quietLogger)
        let id = ArticleID("sha256:older")
        let old = FactID("f-old-extractor")
        let us = Party.country(CountryCode("US")!)
        let kz = Party.country(CountryCode("KZ")!)
        _ = try await log.append(
            AppendRequest(
                entries: [
                    LogEntry(
                        .articleIngested(ArticleIngested(article: id, text: Self.article, language: "en")),
                        actor: "uid:0"),
                    LogEntry(
                        .factExtracted(
                            FactExtracted(
                                id: old, article: id,
                                fact: .trade(TradeFigure(parties: [us, kz], value: Money(40_000_000_000, .usd))),
                                evidence: [], confidence: Decimal(string: "0.5")!, extractorVersion: "newsd-extract/0")),
                        actor: "uid:0"),
                ], idempotencyKey: id.rawValue))
        log.close()

        let daemon = try await Daemon(directory: directory)
        defer { daemon.remove() }
        var out = try await daemon.ctl(["reextract", "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let reply = try json(out)
        #expect(reply["articles"] as? Int == 1 && reply["superseded"] as? Int == 1)
        #expect((reply["extracted"] as? Int ?? 0) >= 2, "\(reply)")

        out = try await daemon.ctl(["fact", old.rawValue, "--json"])
        let fact = try #require(try json(out)["fact"] as? [String: Any])
        #expect(fact["state"] as? String == "superseded")
        out = try await daemon.ctl(["trade", "--json"])
        #expect(out.stdout.contains("4000000000") && !out.stdout.contains("40000000000"), "\(out.stdout)")
        #expect(try await daemon.ctl(["agreements"]).stdout.contains("$2 bn"))
        // Running it again finds nothing older to replace.
        #expect(try json(try await daemon.ctl(["reextract", "--json"]))["articles"] as? Int == 0)
    }
}
