import NewsCore
import Testing

@testable import NewsExtract

/// How state visits tell their packages of deals: a counted part told by order, lists that open
/// alike, fields named before their noun, items "among the MoUs signed", a press statement, and
/// a package counted after a deal. Every text here is written for these tests.
extension PackageListTests {
    /// "OQ signed three of the agreements, the first of which …" after "signed 13 memoranda worth
    /// $10 billion": the part's deals, told by their order, are entries beside the package.
    @Test func aCountedPartToldByOrderAfterAPackageWithAnAmount() throws {
        let found = agreements(
            extract(
                """
                Jordan and Kuwait sign deals worth $2 billion

                Jordan and Kuwait signed 9 memoranda of understanding worth more than $2 billion on Sunday.
                Zain Group signed three of the agreements, the first of which was with the Jordan Phosphate Mines Company on fertilisers. The second, relating to grain storage, was signed with the Arab Potash Company, and the third, involving a new port terminal, with Aqaba Development Corporation.
                """))
        #expect(found.count == 4, "\(found.map { ($0.title, $0.value) })")
        #expect(found.filter { $0.value == nil }.count == 3, "\(found.map { ($0.title, $0.value) })")
        #expect(found.contains { $0.value?.amount == 2_000_000_000 })
        // (The companies named are parties too; the countries are the two.)
        #expect(found.allSatisfy { $0.parties.compactMap(\.country).count == 2 }, "\(found.map(\.parties))")
        #expect(found.allSatisfy { $0.parties.contains(code("JO")) && $0.parties.contains(code("KW")) })
    }

    /// A list whose items open with the same words ("Agreement between the Kenyan and Ghanaian
    /// Governments on …") is as many documents as items.
    @Test func listItemsThatOpenAlikeAreADocumentEach() throws {
        let found = agreements(
            extract(
                """
                Kenya and Ghana sign documents

                The presidents witnessed an exchange of the following documents:
                - Agreement between the Kenyan and Ghanaian Governments on cooperation in the field of rail transit;
                - Agreement between the Kenyan and Ghanaian Governments on cooperation in the field of aviation security;
                - Agreement between the Kenyan and Ghanaian Governments on the opening of a consulate in Kumasi;
                - Memorandum of Understanding between the two trade ministries on export zones;
                """))
        #expect(found.count == 4, "\(found.map(\.title))")
    }

    /// "signed four memoranda in the health, culture, space and food security fields": the fields
    /// named before their noun, as many as the count, are a deal each; fewer are not.
    @Test func fieldsNamedBeforeTheirNounAreADealEach() throws {
        let found = agreements(
            extract(
                "Egypt and Greece\n\nEgypt and Greece signed three agreements in the energy, tourism and shipping sectors on Monday.\n"
            ))
        #expect(found.count == 3, "\(found.map(\.title))")
        #expect(found.map(\.title).contains("agreement on tourism"), "\(found.map(\.title))")
        let uneven = agreements(
            extract(
                "Egypt and Greece\n\nEgypt and Greece signed four agreements in the energy, tourism and shipping sectors on Monday.\n"
            ))
        #expect(uneven.count == 1, "\(uneven.map(\.title))")
    }

    /// "Among the MoUs signed were a plan to …, cooperation in …, and training of …": each item of
    /// the list is one more deal of the package, titled without its article.
    @Test func itemsAmongTheMoUsSignedAreADealEach() throws {
        let found = agreements(
            extract(
                """
                Ghana and India sign six memoranda

                Ghana and India signed six memoranda of understanding on Tuesday during the visit of the Indian president.
                Among the MoUs signed were a plan to promote solar power, which is to run until 2030, cooperation in the peaceful use of space, and training of customs officers.
                """))
        #expect(found.count == 4, "\(found.map(\.title))")
        #expect(
            Set(found.map(\.title)).isSuperset(of: [
                "plan to promote solar power", "cooperation in the peaceful use of space",
                "training of customs officers",
            ]), "\(found.map(\.title))")
    }

    /// "in a statement he signed" is a press release, no deal; "a statement of intent" two
    /// governments signed is one.
    @Test func aPressStatementIsNoDealAndAStatementOfIntentIs() throws {
        let press = agreements(
            extract(
                """
                President returns from China

                The adviser disclosed this in a statement he signed on Saturday, titled 'President returns to Abuja from China'.
                """))
        #expect(press.isEmpty, "\(press.map(\.title))")
        let intent = agreements(
            extract(
                "Qatar and the US\n\nWashington and Doha also signed a statement of intent to strengthen ties, outlining more than $38 billion in potential investments.\n"
            ))
        #expect(intent.count == 1 && intent.first?.value?.amount == 38_000_000_000, "\(intent.map(\.title))")
    }

    /// "signed a MoU on science", then "Overall, the two signed six cooperation agreements": the
    /// package counted after a deal is an entry of its own, not that deal told again.
    @Test func aPackageCountedAfterADealIsNotThatDeal() throws {
        let found = agreements(
            extract(
                """
                Saudi Arabia and Spain

                The Saudi energy minister also signed a MoU on scientific cooperation with Spain's minister of economy.
                Overall, the Kingdom and Spain signed six cooperation agreements in the areas of defense, air transport, technology, culture, and social development.
                """))
        #expect(found.count == 2, "\(found.map(\.title))")
    }

    /// "signed five MoUs", then "Among the MOUs signed were A, B, and C" and "Others were the MoU
    /// on D and the MoU between E": all five told, the items are the entries and the package none.
    @Test func aPackageWhoseItemsAreAllToldIsThoseItems() throws {
        let found = agreements(
            extract(
                """
                Ghana and India sign five memoranda

                Ghana and India signed five memoranda of understanding on Tuesday during the visit.
                Among the MoUs signed were a plan to promote solar power, cooperation in the peaceful use of space, and training of customs officers.
                Others were the MoU on Cultural Exchange and the MoU between the two national broadcasters.
                """))
        #expect(found.count == 5, "\(found.map(\.title))")
        #expect(!found.contains { $0.title.contains("five") || $0.title == "memoranda of understanding" })
        #expect(found.contains { $0.title == "MoU between the two national broadcasters" }, "\(found.map(\.title))")
    }

    /// "Letters of Exchange were also signed for A, B, and C, alongside …" after a counted package:
    /// a letter for each; "Other signed documents included A, B, …" lists more of its deals.
    @Test func lettersSignedForSeveralWorksAndOtherDocumentsIncluded() throws {
        let found = agreements(
            extract(
                """
                Ghana and India sign twenty documents

                Ghana and India signed twenty documents on Tuesday during the visit of the Indian president.
                Letters of Exchange were also signed for rebuilding rural clinics in Volta, the Accra water project, and the cocoa research project, alongside an endorsement of the plan agreed in 2022.
                Other signed documents included a protocol on customs, a plan for rail links, and a study on port tariffs.
                """))
        let titles = found.map(\.title)
        #expect(found.count == 7, "\(titles)")
        #expect(titles.contains("letter of exchange on the Accra water project"), "\(titles)")
        #expect(titles.contains("study on port tariffs"), "\(titles)")
    }

    /// Items under "وجاءت تفاصيل الاتفاقيات على النحو التالي:" that label themselves before a colon
    /// are named by the label and signed as the package was; all three told, the package is no
    /// entry; the line after them on "these agreements" is no item.
    @Test func labelledItemsOfACountedPackageTakeItsStatus() throws {
        let found = agreements(
            extract(
                """
                موريتانيا والسعودية

                وقعت موريتانيا اليوم ثلاث اتفاقيات تعاون مع الصندوق السعودي للتنمية.
                وجاءت تفاصيل الاتفاقيات على النحو التالي:
                بناء مستشفى جامعي في نواكشوط: مشروع صحي حديث لتدريب الكوادر الوطنية.
                تزويد مدينة أطار بمياه الشرب: مشروع يوفر المياه لأكثر من مئة ألف مواطن.
                برنامج حفر الآبار في الريف: بتمويل قدره 5 ملايين دولار لحفر نحو 30 بئرا.
                وتعكس هذه الاتفاقيات عمق الشراكة بين موريتانيا والمملكة العربية السعودية.
                """))
        #expect(
            found.map(\.title) == [
                "بناء مستشفى جامعي في نواكشوط", "تزويد مدينة أطار بمياه الشرب", "برنامج حفر الآبار في الريف",
            ],
            "\(found.map(\.title))")
        #expect(found.allSatisfy { $0.status == .signed }, "\(found.map(\.status))")
        #expect(found.last?.value?.amount == 5_000_000)
    }

    /// "التوقيع على ثلاث اتفاقيات، منها اتفاقية بمبلغ مليار دولار …": the package without an amount
    /// and the one deal it names with its amount.
    @Test func aPackageOfWhichOneDealHasAnAmount() throws {
        let found = agreements(
            extract(
                """
                مصر والسعودية

                ومن المقرر أن يتم على هامش الاجتماع التوقيع على ثلاث اتفاقيات، منها اتفاقية بمبلغ مليار دولار بين وزارة التعاون الدولي والصندوق السعودي للتنمية لتمويل برنامج تنمية سيناء.
                """))
        #expect(found.count == 2, "\(found.map { ($0.title, $0.value) })")
        #expect(found.contains { $0.value == nil && $0.title == "ثلاث اتفاقيات" }, "\(found.map(\.title))")
        #expect(found.contains { $0.value?.amount == 1_000_000_000 }, "\(found.map { ($0.title, $0.value) })")
    }

    /// "Of the total, 20 billion yen ($140 million) will go to …" after a package in dollars: a
    /// part with its amount; "The rest will finance a project … and another one …": two parts
    /// without one.
    @Test func aShareOfThePackageAndTheRestItFinances() throws {
        let found = agreements(
            extract(
                """
                Kenya and Japan sign loans

                Kenya and Japan on Sunday signed three loan agreements worth 30 billion yen ($210 million) to fund projects in Kenya.
                Of the total, 20 billion yen ($140 million) will go to a program on health services.
                The rest will finance a project improving roads in Nakuru and another one building irrigation in Kitui.
                """))
        #expect(found.count == 4, "\(found.map { ($0.title, $0.value) })")
        #expect(found.contains { $0.value?.amount == 140_000_000 && $0.title == "program on health services" })
        #expect(
            found.filter { $0.value == nil }.map(\.title) == [
                "part of loan agreements: project improving roads in Nakuru",
                "part of loan agreements: project building irrigation in Kitui",
            ], "\(found.map(\.title))")
    }

    /// "worth 140 million euros, including 100 million in soft loans and 40 million in grants":
    /// the bare amounts after one in euros are in euros, as after one in dollars.
    @Test func bareAmountsGoOnInTheCurrencyBeforeThem() throws {
        let found = agreements(
            extract(
                "Italy and Ethiopia sign agreements\n\nItaly and Ethiopia signed agreements worth 140 million euros, including 100 million in soft loans and 40 million in grants.\n"
            ))
        #expect(
            Set(found.compactMap { $0.value.map { "\($0.amount) \($0.currency)" } }) == [
                "140000000 EUR", "100000000 EUR", "40000000 EUR",
            ], "\(found.map { ($0.title, $0.value) })")
    }
}
