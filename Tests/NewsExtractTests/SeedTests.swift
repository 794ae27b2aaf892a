import Foundation
import NewsCore
import NewsExtract
import Testing

/// The seed article against its gold facts, written out here so that the check does not depend
/// on the shared gold file. The article itself is not ours to copy: it is read from
/// ../shared/seed, and the test fails, saying so, when that is missing.
@Suite struct SeedTests {
    static let article = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seed/000_4e0464146a471f89.txt")

    func code(_ c: String) -> Party { .country(CountryCode(c)!) }

    @Test func theSeedGivesItsGoldFacts() throws {
        let data = try #require(
            FileManager.default.contents(atPath: Self.article.path),
            "the seed article is missing: expected \(Self.article.path) (../shared beside the repository)")
        let text = try #require(String(data: data, encoding: .utf8))
        let e = Extractor().extract(text, article: ArticleID("sha256:seed"))
        #expect(e.language == "ar")

        let agreements = e.facts.compactMap { if case .agreement(let a) = $0.fact { a } else { nil } }
        try #require(agreements.count == 3, "\(agreements)")
        let accession = try #require(agreements.first { $0.kind == .accordAccession })
        #expect(
            Set(accession.parties) == [code("KZ"), code("IL")] && accession.brokeredBy == code("US")
                && accession.value == nil)
        let tungsten = try #require(agreements.first { $0.value?.amount == 1_100_000_000 })
        #expect(
            Set(tungsten.parties.filter { $0.country != nil }) == [code("US"), code("KZ")] && tungsten.status == .signed
        )
        let companies = try #require(agreements.first { $0.value?.amount == 17_200_000_000 })
        #expect(
            Set(companies.parties.filter { $0.country != nil }) == [code("US"), code("KZ")]
                && companies.value?.currency == .usd)

        let trade = e.facts.compactMap { if case .trade(let t) = $0.fact { t } else { nil } }
        try #require(trade.count == 2, "\(trade)")
        let volume = try #require(trade.first { $0.value != nil })
        #expect(
            Set(volume.parties) == [code("US"), code("KZ")] && volume.value == Money(5_000_000_000, .usd)
                && volume.change?.factor == 2)
        let uranium = try #require(trade.first { $0.commodity == "uranium" })
        #expect(uranium.value == nil && uranium.share?.percent == 25)

        let investments = e.facts.compactMap { if case .investment(let i) = $0.fact { i } else { nil } }
        try #require(investments.count == 1, "\(investments)")
        let stock = investments[0]
        #expect(stock.investor == code("US") && stock.recipient == code("KZ"))
        #expect(stock.value == Money(100_000_000_000, .usd, .moreThan) && stock.cumulative)
        #expect(stock.share?.percent == 80 && stock.companyCount?.value == 600 && stock.rank == 1)
    }
}
