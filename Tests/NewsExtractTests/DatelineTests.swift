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

/// One package told twice in two currencies, or rounded the second time. Every text here is
/// written for these tests.
@Suite struct PackageToldTwiceTests: ReadsArticles {
    @Test func aBoundRoundingTheLocalAmountOfAConvertedPackageIsThatPackage() throws {
        let found = agreements(
            extract(
                """
                Britain signed deals worth more than 9.3 billion pounds ($13.26 billion) during a visit to China, the government said.

                "The agreements signed this week, valued at more than 9 billion pounds, show demand," the minister said.
                """))
        #expect(found.count == 1, "\(found.map { ($0.title, $0.value) })")
        #expect(found.first?.value?.amount == 13_260_000_000)
    }

    @Test func twoAmountsShownAsTheSameThirdCurrencyFigureAreOneAmount() throws {
        let found = agreements(
            extract(
                """
                Saudi Arabian and Egyptian companies signed agreements worth US$7.7 billion (RM33.9 billion) during a visit to Cairo.

                Fourteen investment agreements worth 29 billion riyals (RM33.9 billion) were signed between Saudi companies and Egyptian firms.
                """))
        #expect(found.count == 1, "\(found.map { ($0.title, $0.value) })")
        #expect(found.first?.value == Money(7_700_000_000, .usd))
        // Different figures in the third currency are different deals.
        let two = agreements(
            extract(
                """
                Saudi Arabian and Egyptian companies signed agreements worth US$7.7 billion (RM33.9 billion) during a visit to Cairo.

                Fourteen investment agreements worth 29 billion riyals (RM25.1 billion) were signed between Saudi companies and Egyptian firms.
                """))
        #expect(two.count == 2, "\(two.map { ($0.title, $0.value) })")
    }
}

/// Deals that are not made: said to be needless, only hoped for, or measures one side takes
/// against the other. Every text here is written for these tests.
@Suite struct DealsNotMadeTests: ReadsArticles {
    @Test(arguments: [
        "Kenya and Ghana met on Monday. \"It won't need an agreement to be signed,\" the Kenyan minister said of the Ghana credit.\n",
        "Kenya and Ghana met on Monday, but they didn't sign a deal.\n",
        "Britain and China met. London hopes to sign a free trade deal with Beijing next year.\n",
        "Russia and Turkey fell out. Moscow ordered a package of economic measures against Turkey.\n",
        "فرضت روسيا عقوبات على تركيا تشمل حزمة إجراءات اقتصادية.\n",
    ])
    func noDealIsRead(_ text: String) {
        #expect(agreements(extract(text)).isEmpty, "\(agreements(extract(text)).map(\.title))")
    }

    @Test func aDealSignedBesideAHopeIsStillRead() throws {
        // The hope is for another deal: the signed one, with its amount, stands.
        let found = agreements(
            extract("Britain and China signed a $2 billion energy deal, and London hopes to sign a trade deal next.\n"))
        #expect(found.contains { $0.value == Money(2_000_000_000, .usd) }, "\(found.map(\.title))")
    }
}
