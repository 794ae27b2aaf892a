import Foundation
import NewsCore
import NewsExtract
import Testing

/// A wire story opens with where it was filed ("CAIRO, March 3 (Agency) -"): that city is no
/// party of the story's facts. Every text here is written for these tests.
@Suite struct DatelineTests: ReadsArticles {
    func parties(_ text: String) -> [Set<Party>] {
        agreements(extract(text)).map { Set($0.parties.filter { $0.country != nil }) }
    }

    @Test func theCityADispatchWasFiledFromIsNoParty() throws {
        let filed = [
            "CAIRO, March 3 (Wire) - Kenya and Ghana signed a $300 million loan agreement for a highway on Tuesday.\n",
            "ABU DHABI (Wire) - Kenya and Ghana signed a $300 million loan agreement for a highway.\n",
            "Moscow, 12 May: Kenya and Ghana signed a $300 million loan agreement for a highway.\n",
            "RIYADH: Kenya and Ghana signed a $300 million loan agreement for a highway.\n",
            "Ministers meet\n\nPARIS — Kenya and Ghana signed a $300 million loan agreement for a highway.\n",
        ]
        for text in filed {
            #expect(parties(text) == [[code("KE"), code("GH")]], "\(text)")
        }
    }

    @Test func anArabicDatelineIsNoPartyEither() throws {
        let filed = [
            "الرياض - وقعت كينيا وغانا اتفاقية قرض بقيمة 300 مليون دولار لإنشاء طريق سريع.\n",
            "القاهرة، 3 مارس (وكالة) - وقعت كينيا وغانا اتفاقية قرض بقيمة 300 مليون دولار لإنشاء طريق سريع.\n",
        ]
        for text in filed {
            #expect(parties(text) == [[code("KE"), code("GH")]], "\(text)")
        }
    }

    @Test func aCapitalThatOpensASentenceAsItsSubjectStaysAParty() throws {
        // Not a dateline: the capital is the government that acts.
        #expect(
            parties("Paris and Rabat signed a $300 million loan agreement for a highway.\n") == [
                [code("FR"), code("MA")]
            ])
        // A dateline opens a paragraph only: a capital after a dash in mid-paragraph is read as always.
        let later = parties(
            "Kenya signed a $300 million loan agreement for a highway with a lender. Riyadh - the lender's seat - welcomed it.\n"
        )
        #expect(later.contains { $0.contains(code("SA")) })
    }
}

/// A government's own release names its country "بلادنا" (our country). Every text here is
/// written for these tests.
@Suite struct OurCountryTests: ReadsArticles {
    @Test func ourCountryInAGovernmentsReleaseIsTheArticlesOtherCountry() throws {
        let found = agreements(
            extract(
                """
                تم اليوم التوقيع على اتفاقيتي تمويل بين بلادنا والوكالة الفرنسية للتنمية.

                وحضرت التوقيع سفيرة فرنسا بتونس.

                وتم التوقيع على:

                - الاتفاقية الأولى: قرض بمبلغ 80 مليون يورو لدعم المؤسسات الصغرى.

                - الاتفاقية الثانية: هبة بقيمة 6 ملايين يورو لدعم مشاريع التعليم.
                """))
        #expect(found.count == 2, "\(found.map(\.title))")
        #expect(found.allSatisfy { Set($0.parties) == [code("TN"), code("FR")] }, "\(found.map(\.parties))")
    }

    @Test func ourCountryWithNoOtherCountryNamedStaysUnread() throws {
        // Nothing says which country is speaking: no party is made up.
        let found = agreements(extract("وقعت بلادنا والوكالة الفرنسية للتنمية اتفاقية قرض بقيمة 80 مليون يورو.\n"))
        #expect(found.allSatisfy { $0.parties.filter { $0.country != nil }.count <= 1 }, "\(found.map(\.parties))")
    }
}
