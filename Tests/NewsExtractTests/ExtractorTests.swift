import Foundation
import NewsCore
import NewsExtract
import Testing

/// The extractor on short articles of our own, one behaviour at a time.
@Suite struct ExtractorTests {
    let article = ArticleID("sha256:test")

    func extract(_ text: String) -> Extraction { Extractor().extract(text, article: article) }

    func agreements(_ e: Extraction) -> [(Agreement, ExtractedFact)] {
        e.facts.compactMap { if case .agreement(let a) = $0.fact { (a, $0) } else { nil } }
    }

    @Test func aDealMentionedTwiceIsOneAgreementWithTwoPiecesOfEvidence() throws {
        let e = extract(
            """
            Uzbekistan and the United States signed a $1.5 billion deal to develop a copper mine.
            Officials in Tashkent said the weather was fine.
            Under the $1.5 billion agreement signed on Tuesday, an American company will hold a majority stake.
            """)
        let found = agreements(e)
        try #require(found.count == 1)
        #expect(Set(found[0].0.parties) == [.country(CountryCode("UZ")!), .country(CountryCode("US")!)])
        #expect(found[0].0.value == Money(1_500_000_000, .usd))
        #expect(found[0].0.status == .signed)
        #expect(found[0].0.kind == .investmentDeal)
        #expect(found[0].1.evidence.count == 2)
        #expect(found[0].1.evidence.map(\.start) == [0, e.facts[0].evidence[1].start])
        #expect(e.facts.count == 1, "the weather is no fact")
    }

    @Test func evidenceOffsetsPointAtTheSentences() throws {
        let text = "مقدمة قصيرة. وقعت مصر والإمارات اتفاقاً بقيمة 35 مليار دولار لتطوير مدينة ساحلية."
        let e = extract(text)
        let fact = try #require(e.facts.first)
        let scalars = Array(text.unicodeScalars)
        for ev in fact.evidence {
            #expect(String(String.UnicodeScalarView(scalars[ev.start..<ev.end])) == ev.sentence)
        }
        #expect(e.language == "ar")
        #expect(fact.fact.value == Money(35_000_000_000, .usd))
    }

    @Test func bilateralTradeTakesTheArticlesPair() throws {
        let e = extract(
            """
            Turkey and Azerbaijan met in Baku. Turkish officials praised the talks with Azerbaijan.
            Bilateral trade reached about $7.5 billion in 2023.
            """)
        let trade = e.facts.compactMap { if case .trade(let t) = $0.fact { t } else { nil } }
        try #require(trade.count == 1)
        #expect(Set(trade[0].parties) == [.country(CountryCode("TR")!), .country(CountryCode("AZ")!)])
        #expect(trade[0].value == Money(7_500_000_000, .usd, .about))
        #expect(trade[0].period == "2023")
    }

    @Test func investmentStockWithShareCountAndRank() throws {
        let e = extract(
            """
            Emirati investment in Egypt now exceeds $40 billion in total, making the UAE the largest investor there. More than 1,800 Emirati companies operate in Egypt.
            """)
        let investments = e.facts.compactMap { if case .investment(let i) = $0.fact { i } else { nil } }
        try #require(investments.count == 1)
        let i = investments[0]
        #expect(i.investor == .country(CountryCode("AE")!) && i.recipient == .country(CountryCode("EG")!))
        #expect(i.value?.amount == 40_000_000_000 && i.value?.qualifier == .moreThan)
        #expect(i.cumulative && i.rank == 1)
        #expect(i.companyCount == .init(1800, .moreThan))
    }

    @Test func backgroundIsNotAFact() {
        let e = extract(
            """
            The country has a population of 35 million and its economy grew 3.8% last year.
            The agreement, first discussed in 2015, was the subject of a conference.
            """)
        #expect(e.facts.isEmpty, "\(e.facts.map(\.fact))")
    }

    @Test func idsAreStableAndDistinct() {
        let text =
            "Kazakhstan and the United States signed a $2 billion deal to develop lithium. Bilateral trade reached $4 billion."
        let a = extract(text)
        let b = extract(text)
        #expect(a.facts.map(\.id) == b.facts.map(\.id))
        #expect(Set(a.facts.map(\.id)).count == a.facts.count)
        #expect(a.facts.allSatisfy { $0.confidence > 0 && $0.confidence <= 1 })
        #expect(a.extractorVersion == Extractor.version)
    }

    @Test func oddInputGivesNoFacts() {
        for text in [
            "", ".", "\n\n\n", "$", "مليار", "signed signed signed", String(repeating: "وقعت اتفاقية ", count: 200),
            "The U.S.", "١٢٣٫",
            "• \n– \n1) ", "$5 billion $6 billion $7 billion",
        ] {
            let e = extract(text)
            // Nothing names two parties (or even one country): there is no fact to report.
            #expect(e.facts.isEmpty, "\(text.prefix(40)): \(e.facts.map(\.fact))")
        }
    }
}
