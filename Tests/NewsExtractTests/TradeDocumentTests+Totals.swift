import NewsCore
import NewsExtract
import Testing

/// A total of trade told after the exports and imports that make it up. Every text here is
/// written for these tests.
extension TradeDocumentTests {
    /// "Exports stood at $X and imports at $Y, for a total trade volume of $Z": the total is the
    /// pair's trade; the one-way amounts before it are no figure of it.
    @Test func aTotalAfterExportsAndImportsIsThePairsTrade() throws {
        for sentence in [
            "Chilean exports to Ghana stood at $120 million and imports at $340 million, for a total trade volume of $460 million.",
            "Chilean exports to Ghana rose to $120 million, and total trade reached $460 million.",
            "وبلغت الصادرات التشيلية إلى غانا 120 مليون دولار، والواردات 340 مليون دولار، ليصل إجمالي التبادل التجاري إلى 460 مليون دولار.",
        ] {
            let found = trade(extract("Chile and Ghana\n\n" + sentence + "\n"))
            #expect(found.count == 1, "\(sentence): \(found.map { ($0.parties, $0.value) })")
            #expect(found.first?.value?.amount == 460_000_000, "\(sentence)")
            #expect(Set(found.first?.parties ?? []) == [code("CL"), code("GH")], "\(sentence)")
        }
    }

    /// "…, while its total trade reached $1.5 trillion": a total that one country owns is its
    /// trade with the world, after one-way amounts too.
    @Test func aTotalOneCountryOwnsIsNoPairs() throws {
        let found = trade(
            extract(
                "Germany and China\n\nGerman exports to China fell to $100 billion, while its total trade reached $1.5 trillion.\n"
            ))
        #expect(found.isEmpty, "\(found.map { ($0.parties, $0.value) })")
    }
}
