import Foundation
import NewsCore
import NewsExtract
import Testing

/// One amount that each of several countries named together gives or gets ("Qatar and Kuwait
/// will each invest $10 billion", "$50 million each", "لكل منهما"): a deal for each of them,
/// never one deal between the givers. "each other" and "each year" share nothing out. Every
/// text here is written for these tests.
@Suite struct EachOneTests: ReadsArticles {
    /// The pairs of the agreements found, as sets of ISO codes, with their amounts.
    func pairs(_ text: String) throws -> [(Set<String>, Decimal?)] {
        agreements(extract(text)).map { (Set($0.parties.compactMap(\.country?.rawValue)), $0.value?.amount) }
    }

    @Test func eachBeforeTheVerbWithTheRecipientFromTheHeadline() throws {
        let found = try pairs(
            """
            Gulf states pledge $20 billion for Pakistan

            Islamabad: The planning minister said on Monday that Qatar and Kuwait will each invest $10 billion in the country over five years.
            """)
        #expect(found.contains { $0.0 == ["QA", "PK"] && $0.1 == 10_000_000_000 }, "\(found)")
        #expect(found.contains { $0.0 == ["KW", "PK"] && $0.1 == 10_000_000_000 }, "\(found)")
        #expect(!found.contains { $0.0.isSuperset(of: ["QA", "KW"]) }, "\(found)")
    }

    @Test func aNameWithItsShortFormAndAThirdCountryAfterAnother() throws {
        let found = try pairs(
            """
            Pledges for Pakistan

            The United Arab Emirates (UAE) and Kuwait will each invest $10 billion, while Azerbaijan will invest $2 billion in Pakistan.
            """)
        #expect(found.contains { $0.0 == ["AE", "PK"] && $0.1 == 10_000_000_000 }, "\(found)")
        #expect(found.contains { $0.0 == ["KW", "PK"] && $0.1 == 10_000_000_000 }, "\(found)")
        #expect(found.contains { $0.0 == ["AZ", "PK"] && $0.1 == 2_000_000_000 }, "\(found)")
        #expect(!found.contains { $0.0 == ["AE", "KW"] }, "\(found)")
    }

    @Test func lendersAndDonorsInBothLanguages() throws {
        let lent = try pairs("Japan and South Korea will each lend $2 billion to Indonesia under the new arrangements.")
        #expect(lent.contains { $0.0 == ["JP", "ID"] && $0.1 == 2_000_000_000 }, "\(lent)")
        #expect(lent.contains { $0.0 == ["KR", "ID"] && $0.1 == 2_000_000_000 }, "\(lent)")
        let pledged = try pairs("Norway and Sweden each pledged $50 million to Kenya for a new solar programme.")
        #expect(pledged.contains { $0.0 == ["NO", "KE"] && $0.1 == 50_000_000 }, "\(pledged)")
        #expect(pledged.contains { $0.0 == ["SE", "KE"] && $0.1 == 50_000_000 }, "\(pledged)")
        let arabic = try pairs("تعهدت السعودية والإمارات بتقديم ملياري دولار لكل منهما إلى السودان.")
        #expect(arabic.contains { $0.0 == ["SA", "SD"] && $0.1 == 2_000_000_000 }, "\(arabic)")
        #expect(arabic.contains { $0.0 == ["AE", "SD"] && $0.1 == 2_000_000_000 }, "\(arabic)")
        #expect(arabic.count == 2, "\(arabic)")
    }

    /// "each other" shares nothing out: the two countries' deal stays one.
    @Test func eachOtherSharesNothing() throws {
        let found = try pairs(
            "Qatar and Kuwait agreed to invest $3 billion in each other's ports under a deal signed on Monday.")
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.0 == ["QA", "KW"], "\(found)")
    }
}
