import Foundation
import Testing

@testable import NewsCore
@testable import NewsExtract

/// The catalogue of well-known companies: each name once, never a country's own name, and
/// found in text as written (Arabic with its hamza and ta marbuta, and its attached prefixes).
@Suite struct CompanyCatalogTests {
    @Test func eachNameOnceAndNoneIsACountry() {
        var seen: [String: String] = [:]
        let finder = CountryFinder()
        for entry in CompanyCatalog.entries {
            let name = String(String.UnicodeScalarView(entry.name))
            #expect(seen[name] == nil, "\(name) is listed for \(seen[name] ?? "") and \(entry.country)")
            seen[name] = entry.country.rawValue
            // A bare country name or demonym would make every mention of the country a company.
            let countries = finder.mentions(in: name)
            #expect(
                !(countries.count == 1 && countries[0].start == 0 && countries[0].end == entry.name.count),
                "\(name) is the name of \(countries.first?.country.rawValue ?? "")")
        }
        #expect(CompanyCatalog.entries.count > 1000)
    }

    @Test func namesAreFoundAsArticlesWriteThem() {
        func countries(_ text: String) -> [String] { CompanyCatalog.mentions(in: text).map(\.country.rawValue) }
        #expect(countries("وقعت الحكومة اتفاقية مع موانئ دبي العالمية لتطوير الميناء") == ["AE"])
        #expect(countries("The ministry signed a contract with Bechtel and Samsung C&T.") == ["US", "KR"])
        #expect(Set(countries("وقعت الشركة مع بوينغ وأرامكو")) == ["US", "SA"])
        // State bodies whose names carry no country word.
        #expect(countries("وقعت المنطقة الاقتصادية لقناة السويس عقدا مع الشركة") == ["EG"])
        #expect(countries("The Suez Canal Economic Zone (SCZone) signed with the firm.") == ["EG", "EG"])
        // Arabic spellings of companies the table names in English, and the Maghreb's طوطال.
        #expect(countries("وقعت قطر عقدا مع شركة فينسي لتوسيع المطار") == ["FR"])
        #expect(countries("عقد مع بويغ وطوطال") == ["FR", "FR"])
        #expect(countries("وقعت مصر مع نيكستر وإم بي دي إيه وسوزوكي") == ["FR", "FR", "JP"])
        // Mentions come in the order of the text, longer names first where they overlap.
        #expect(countries("with Samsung C&T and Bechtel") == ["KR", "US"])
        // Chevron Phillips is American; Philips alone is Dutch.
        #expect(countries("اتفاقية بين شركة شيفرون فيليبس للكيماويات وشركة قطر للبترول").first == "US")
        #expect(!countries("اتفاقية بين شركة شيفرون فيليبس للكيماويات").contains("NL"))
        #expect(countries("an agreement with Chevron Phillips Chemical") == ["US"])
        #expect(countries("a contract with Philips") == ["NL"])
        // English names match whole words with their capitals only.
        #expect(countries("an oracle of trade") == [])
    }
}
