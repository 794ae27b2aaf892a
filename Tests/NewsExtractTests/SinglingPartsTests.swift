import NewsCore
import Testing

@testable import NewsExtract

/// Deals of a package told one at a time ("one …, another …, a third …"; "إحداها …، وأخرى …")
/// and the items of a list under a line that counts the deals told before it. Every text here is
/// written for these tests.
@Suite struct SinglingPartsTests: ReadsArticles {
    /// "… signed a package of financing agreements worth €63 million. Their terms: one provides
    /// €30 million for police training, another sets aside €25 million …": each amount a deal of
    /// the package, beside it, whatever the amounts add up to.
    @Test(arguments: [
        "EU gives Jordan €63 million\n\nThe European Union and Jordan signed a package of financing agreements worth €63 million in Amman on Sunday.\n\nOne sets aside €30 million to train police officers, while another provides €25 million for border management.\n",
        "الاتحاد الأوروبي يمنح الأردن 63 مليون يورو\n\nوقع الاتحاد الأوروبي والأردن رزمة جديدة من اتفاقيات التمويل بقيمة 63 مليون يورو في عمان يوم الأحد.\n\nإذ تنص إحداها على 30 مليون يورو لتدريب الشرطة، وتخصص أخرى 25 مليون يورو لإدارة الحدود.\n",
    ])
    func dealsSingledOutOfAPackageAreItsParts(_ text: String) throws {
        let found = agreements(extract(text))
        #expect(found.count == 3, "\(found.map { ($0.title, $0.value?.amount) })")
        #expect(Set(found.compactMap(\.value?.amount)) == [63_000_000, 30_000_000, 25_000_000])
        #expect(found.allSatisfy { Set($0.parties) == [code("EU"), code("JO")] }, "\(found.map(\.parties))")
        let parts = found.filter { $0.value?.amount != 63_000_000 }
        #expect(parts.allSatisfy { $0.status == .signed }, "\(parts.map(\.status))")
    }

    /// "كما تتضمن الرزمة 5 ملايين يورو لدعم …", "The package also includes €5 million for …": the
    /// package with a verb of including gives one more of its deals; one singled out in a
    /// sentence of its own ("وتتيح إحدى الاتفاقيات 30 مليون يورو …") is one too.
    @Test(arguments: [
        "EU gives Jordan €68 million\n\nThe European Union and Jordan signed a package of four financing agreements worth €68 million in Amman on Sunday.\n\nOne of the agreements provides €30 million to train police officers in the provinces.\n\nThe package also includes €5 million to support administrative reform.\n",
        "الاتحاد الأوروبي يمنح الأردن 68 مليون يورو\n\nوقع الاتحاد الأوروبي والأردن حزمة من أربع اتفاقيات تمويل بقيمة 68 مليون يورو في عمان يوم الأحد.\n\nوتتيح إحدى الاتفاقيات 30 مليون يورو لتدريب الشرطة في المحافظات.\n\nكما تتضمن الحزمة 5 ملايين يورو لدعم الإصلاح الإداري.\n",
    ])
    func thePackageIncludesAPart(_ text: String) throws {
        let found = agreements(extract(text))
        #expect(
            Set(found.compactMap(\.value?.amount)) == [68_000_000, 30_000_000, 5_000_000],
            "\(found.map { ($0.title, $0.value?.amount) })")
        #expect(found.count == 3)
    }

    /// An amount larger than the package's, or in another currency, is no part of it; nor is a
    /// trade figure after it.
    @Test func onlyAmountsBelowThePackageArePartsOfIt() throws {
        let text =
            "EU and Jordan sign grants\n\nThe European Union and Jordan signed a package of financing agreements worth €63 million in Amman on Sunday.\n\nAnother €90 million is expected next year for water projects.\n\nBilateral trade reached €5 billion last year, one official said, and another €25 million of trade came from services.\n"
        let found = agreements(extract(text))
        #expect(!found.contains { $0.value?.amount == 25_000_000 }, "\(found.map { ($0.title, $0.value?.amount) })")
        #expect(!found.contains { $0.title.hasPrefix("part of") }, "\(found.map(\.title))")
    }

    /// "The three programmes are:" under a paragraph of quotes, after "put his signature to
    /// cooperation programmes totalling €12 million": the items are those programmes, signed,
    /// each named by the words before its amount in brackets.
    @Test func itemsUnderALineThatCountsTheDealsToldBefore() throws {
        let text = """
            EU signs €12 million in programmes with Ghana

            The Commissioner put his signature to cooperation programmes totalling €12 million on a visit to Ghana.

            He said the European Union stands by Ghana and its people.

            The three programmes are:

            - a rural water supply programme (€8 million), which will reach villages in the north;
            - a vocational training programme (€3 million), which will help young people find work;
            - technical cooperation (€1 million), which will help attract investment and create jobs.

            """
        let extraction = extract(text)
        let found = agreements(extraction)
        #expect(found.count == 4, "\(found.map { ($0.title, $0.value?.amount) })")
        #expect(
            Set(found.map(\.title)).isSuperset(of: [
                "rural water supply programme", "vocational training programme", "technical cooperation",
            ]), "\(found.map(\.title))")
        #expect(found.allSatisfy { $0.status == .signed }, "\(found.map(\.status))")
        #expect(investments(extraction).isEmpty, "\(investments(extraction))")
    }

    /// After "Six memoranda of understanding were signed": "Tata Steel put its name to two of the
    /// MoUs: one with A …, and one with B …" is two signed memoranda; "Under another MoU, X will
    /// team up with Y …" and "The MoU between X and Y, which covers …" are one more each; "a Rand
    /// 1.3 billion terminal" is an amount in rand.
    @Test func memorandaOfACountedPackageToldOneAtATime() throws {
        let text = """
            Indian firms sign six MoUs with South African partners

            Six memoranda of understanding were signed at the South Africa-India business forum in Durban on Monday.

            Tata Steel put its name to two of the MoUs: one with Bamburi Works to supply steel beams, and one with Transnet covering track maintenance.

            Under another MoU, India's Wipro will team up with Vodacom on data centres in South Africa.

            The MoU between India's Larsen and Toubro and Eskom, which covers grid upgrades, also stresses training.

            The largest of the MoUs links the port of Durban with Adani Ports and will lead to a Rand 1.3 billion container terminal.

            Infosys signed an MoU with Absa on banking software.
            """
        let found = agreements(extract(text))
        #expect(found.count == 6, "\(found.map(\.title))")
        #expect(found.filter { $0.title.hasPrefix("memorandum with") }.count == 2, "\(found.map(\.title))")
        #expect(
            found.filter { $0.title.hasPrefix("memorandum with") }.allSatisfy { $0.status == .signed },
            "\(found.map(\.status))")
        #expect(
            found.contains { $0.title.hasPrefix("MoU: India's Wipro will team up with Vodacom") },
            "\(found.map(\.title))")
        #expect(found.contains { $0.title.hasPrefix("MoU between India's Larsen and Toubro") }, "\(found.map(\.title))")
        #expect(
            found.contains { $0.value?.amount == 1_300_000_000 && $0.value?.currency == Currency("ZAR") },
            "\(found.map { ($0.title, $0.value) })")
        #expect(
            found.allSatisfy { Set($0.parties.compactMap(\.country)) == [CountryCode("IN")!, CountryCode("ZA")!] },
            "\(found.map(\.parties))")
    }

    /// "- Delegations from both countries held talks on cooperation in road transport": a bullet
    /// of talks held under a headline of deals is no deal; "its total aid in yen loans now stands
    /// at USD 9 billion", "سبق للصندوق أن قدم … 12 قرضا ومنحة يبلغ إجمالي مبالغها …": a total of
    /// past lending is none either.
    @Test func talksHeldAndPastLendingAreNoDeals() throws {
        let talks = agreements(
            extract(
                """
                Ghana and India ink a set of bilateral deals
                December 14, 2017
                - Delegations from Ghana and India held talks on cooperation between the two countries in road transport and water
                - The two sides signed and exchanged two MoUs, among them a tie-up between training institutes
                """))
        #expect(talks.count == 1 && talks.first?.kind == .mou, "\(talks.map(\.title))")
        let english = agreements(
            extract(
                "Japan and Ghana\n\nJapan and Ghana signed a loan agreement worth $300 million on Monday.\n\nSince 2010 Japan has been Ghana's largest donor, and its total aid in yen loans now stands at USD 9 billion.\n"
            ))
        #expect(
            english.count == 1 && english.first?.value?.amount == 300_000_000, "\(english.map { ($0.title, $0.value) })"
        )
        let arabic = agreements(
            extract(
                "السعودية وغانا\n\nوقع الصندوق السعودي للتنمية مع غانا اتفاقية قرض بمبلغ 40 مليون دولار.\n\nوقد سبق للصندوق أن قدم لغانا 12 قرضا ومنحة يبلغ إجمالي مبالغها نحو 500 مليون ريال سعودي.\n"
            ))
        #expect(
            arabic.count == 1 && arabic.first?.value?.amount == 40_000_000, "\(arabic.map { ($0.title, $0.value) })")
    }
}
