import Foundation
import NewsCore
import NewsExtract
import Testing

/// Where a count of companies goes: with the pair's figure in its paragraph, or on its own.
extension InvestmentDocumentTests {
    /// The amounts and company counts of the investments from `investor` to `recipient`.
    private func figures(_ text: String, _ investor: String, _ recipient: String) -> [(Decimal?, Int?)] {
        investments(extract(text)).filter { $0.investor == code(investor) && $0.recipient == code(recipient) }
            .map { ($0.value?.amount, $0.companyCount?.value) }
    }

    @Test func aCountInAParagraphOfItsOwnIsAFigureOfItsOwn() throws {
        let apart = figures(
            """
            Egypt and India review ties

            Indian investment in Egypt reached $3.7 billion by the end of June, the embassy said.

            Trade between the two rose last year. More than 450 Indian companies operate in Egypt.
            """, "IN", "EG")
        #expect(apart.count == 2, "\(apart)")
        #expect(apart.contains { $0.0 == 3_700_000_000 && $0.1 == nil }, "\(apart)")
        #expect(apart.contains { $0.0 == nil && $0.1 == 450 }, "\(apart)")
        // Companies active in the country's markets are there too.
        let active = figures(
            """
            الإمارات والهند

            وقال القنصل إن 18 ألف شركة هندية تنشط في أسواق الإمارات، إلى جانب عدد من البنوك.

            وتقدر استثمارات الشركات الهندية في الإمارات بنحو 40 مليار دولار.
            """, "IN", "AE")
        #expect(active.count == 2 && active.contains { $0.0 == nil && $0.1 == 18000 }, "\(active)")
        // In the figure's paragraph it goes with the figure.
        let together = figures(
            """
            Egypt and India review ties

            Indian investment in Egypt reached $3.7 billion by the end of June. Trade rose too, and more than 450 Indian companies now operate in Egypt.
            """, "IN", "EG")
        #expect(together.count == 1 && together.first?.0 == 3_700_000_000 && together.first?.1 == 450, "\(together)")
    }

    @Test func aCountThatSpeaksOfInvestmentGoesWithThePairsFigureWherever() throws {
        let found = figures(
            """
            تركيا والمغرب

            وقال الوزير إن الاستثمارات التركية في المغرب بلغت 1.5 مليار دولار.

            وأضاف أنه يأمل زيادة الاستثمارات، مشيرا إلى أن نحو 300 شركة تركية تعمل في المغرب.
            """, "TR", "MA")
        #expect(found.count == 1 && found.first?.0 == 1_500_000_000 && found.first?.1 == 300, "\(found)")
    }

    /// A count told once on its own and again beside its figure is one count, with the figure.
    @Test func aCountToldAgainBesideItsFigureIsNotCountedTwice() throws {
        let found = figures(
            """
            Ghana and Turkey

            The envoy spoke of some 90 Turkish companies now operating in Ghana.

            He said that the firms have invested $1.2 billion in all.

            "Today about 90 Turkish companies with investment of $1.2 billion are in Ghana," he told the forum.
            """, "TR", "GH")
        #expect(found.count == 1 && found.first?.0 == 1_200_000_000 && found.first?.1 == 90, "\(found)")
    }

    @Test func companiesOfAnInvestorsCapitalAreItsCompanyCount() throws {
        for (text, count) in [
            (
                "Kazakhstan and South Korea\n\nSouth Korean investment in Kazakhstan reached $7.2 billion.\n\nSome 650 companies with South Korean capital operate in Kazakhstan today.\n",
                650
            ),
            (
                "Kazakhstan and South Korea\n\nSouth Korean investment in Kazakhstan reached $7.2 billion.\n\nIn all, the number of enterprises with South Korean capital now exceeds 3,900.\n",
                3900
            ),
            (
                "كازاخستان وكوريا الجنوبية\n\nبلغت الاستثمارات الكورية الجنوبية في كازاخستان 7.2 مليار دولار.\n\nوتعمل في البلاد أكثر من 650 شركة برأس مال كوري جنوبي.\n",
                650
            ),
        ] {
            let found = figures(text, "KR", "KZ")
            #expect(found.count == 2 && found.contains { $0.0 == nil && $0.1 == count }, "\(text): \(found)")
        }
        // Capital that is no nationality's, or companies of no stated capital, are no count of the pair.
        let vague = figures(
            "Kazakhstan and South Korea\n\nSouth Korean investment in Kazakhstan reached $7.2 billion.\n\nSome 650 companies with foreign capital operate in the region.\n",
            "KR", "KZ")
        #expect(vague.count == 1, "\(vague)")
    }
}
