import Foundation
import NewsCore
import Testing

@testable import NewsExtract

extension DocumentTests {
    @Test func severalDealsInOneSentenceAreSeveralAgreements() throws {
        let e = extract(
            """
            Qatar and France sign deals

            The deals include a contract to buy 50 Airbus aircraft worth $6 billion, an order for 12 Rafale jets, and a memorandum on education.
            """)
        let found = agreements(e)
        #expect(found.count == 3, "\(found.map(\.title))")
        #expect(found.filter { $0.value == Money(6_000_000_000, .usd) }.count == 1)
    }

    /// A project's proper name keeps all its capitalised words, past the three modifiers that
    /// other titles keep.
    @Test func aProjectsProperNameIsKeptWhole() {
        let found = agreements(
            extract(
                """
                Japan lends to Kenya

                Japan and Kenya signed notes concerning two yen loan projects for up to 100 billion yen in total.
                - Mombasa-Nairobi Water Channel Improvement Project (Phase IV) (up to 45 billion yen)
                - Port Expansion Project (up to 55 billion yen)
                """))
        #expect(
            found.contains { $0.title.hasPrefix("Mombasa-Nairobi Water Channel Improvement Project") },
            "\(found.map(\.title))")
    }

    @Test func anArabicTitleKeepsTheCountOfTheGoodsBought() throws {
        let found = agreements(
            extract(
                "قطر وفرنسا\n\nوقعت قطر وفرنسا عقدا لشراء 12 طائرة رافال بقيمة 1.1 مليار يورو، وعقدا لتوريد 500 مليون متر مكعب من الغاز.\n"
            ))
        let titles = found.map(\.title)
        #expect(titles.contains("عقد لشراء 12 طائرة رافال"), "\(titles)")
        // An amount or a measure after the verbal noun ends the title as before.
        #expect(titles.contains("عقد لتوريد"), "\(titles)")
    }

    @Test func governmentsNamedByTheirSeatsAndCapitals() throws {
        let e = extract("The White House and the Kremlin signed a $2 billion grain deal on Monday.")
        #expect(agreements(e).first.map { Set($0.parties) } == [code("US"), code("RU")])
    }

    @Test func figuresThatAreNotFactsStayOut() {
        let oneWay = trade(
            extract(
                "News\n\nWith exports to Brazil up 4 percent to 3.2 billion euros, Brazil remained Spain's biggest trade partner in May.\n"
            ))
        #expect(oneWay.isEmpty, "\(oneWay)")
        let e = extract(
            """
            وبلغ حجم التبادل التجاري بين السعودية والصين 106 مليارات دولار في عام 2023، فيما تبلغ ميزانية المملكة للعام المقبل 1.25 تريليون ريال.
            Germany's exports to China rose to 9.1 billion euros in April, while China's GDP grew 5.2%.
            The two countries aim to raise bilateral trade to $50 billion by 2030.
            """)
        let figures = trade(e)
        #expect(figures.count == 1, "only the trade volume: \(figures)")
        #expect(figures.first?.value == Money(106_000_000_000, .usd))
    }

    @Test func aTargetIsTheAmountItIntroducesNotTheWholeSentence() throws {
        let reached = trade(
            extract("Trade between Egypt and Jordan reached $5 billion last year, and both sides aim to double it."))
        #expect(reached.map(\.value) == [Money(5_000_000_000, .usd)], "\(reached)")
        let aimed = trade(extract("Egypt and Jordan aim to raise bilateral trade to $8 billion by 2030."))
        #expect(aimed.isEmpty, "\(aimed)")
        let deal = agreements(extract("Egypt and Jordan signed a $2 billion agreement to boost bilateral trade."))
        #expect(deal.first?.value == Money(2_000_000_000, .usd), "\(deal)")
        // The aim comes after the figure, with the raising verb before both.
        let lifted = extract(
            "Turkey and Azerbaijan signed a preferential trade agreement. The deal will help lift bilateral trade, which reached $4.6 billion last year, to $15 billion."
        )
        #expect(trade(lifted).map(\.value) == [Money(4_600_000_000, .usd)], "\(trade(lifted))")
        #expect(agreements(lifted).allSatisfy { $0.value == nil }, "\(agreements(lifted))")
        let rose = trade(extract("Trade between Turkey and Azerbaijan rose to $4.6 billion last year."))
        #expect(rose.map(\.value) == [Money(4_600_000_000, .usd)], "a past rise states a figure: \(rose)")
        let arabic = trade(
            extract(
                "ويهدف الاتفاق إلى زيادة حجم التبادل التجاري بين تركيا وأذربيجان الذي بلغ 4.6 مليار دولار العام الماضي إلى 15 مليار دولار."
            ))
        #expect(arabic.map(\.value) == [Money(4_600_000_000, .usd)], "\(arabic)")
    }

    @Test func titlesAreShortAndDatesComeFromThePublicationDate() throws {
        let e = extract(
            """
            News

            Chile and South Korea on Monday inked a multi-billion-dollar free trade agreement that cuts most duties within a decade, the ministers said.
            """, published: "2025-11-07")
        let a = try #require(agreements(e).first)
        #expect(a.title == "free trade agreement", "\(a.title)")
        #expect(a.date == "2025-11-07")
        #expect(agreements(extract("Israel and the UAE signed a free trade agreement.")).first?.date == nil)
    }

    @Test func aTitleEndsBeforeTheDealsAmount() throws {
        for (text, title) in [
            (
                "News\n\nChile and Peru will sign 12 deals, among them credit lines worth as much as 500 million euros ($545 million).\n",
                "credit lines"
            ),
            (
                "News\n\nChile and Peru signed port services contracts amounting to US$2 billion.\n",
                "port services contracts"
            ),
            (
                "News\n\nChile and Peru signed a fertiliser supply agreement for $700 million.\n",
                "fertiliser supply agreement"
            ),
        ] {
            // (The first also gives its package, "12 deals", an entry of its own.)
            let found = agreements(extract(text)).filter { $0.value != nil }
            #expect(found.first?.title == title, "\(found.map(\.title))")
        }
    }

    /// A title is a noun phrase of the deal: it starts at no verb or preposition before the head,
    /// ends on no preposition or "amounting", stops at the comma that ends the head's clause, and
    /// an Arabic head of two words needs both ("رفع الحظر", not a raise of interest rates).
    @Test(arguments: [
        (
            "Hanoi Mining Corp inked agreements with two Korean smelters on Friday.",
            "agreements with two Korean smelters"
        ),
        (
            "Peru and Chile signed a declaration of comprehensive partnership in Lima.",
            "declaration of comprehensive partnership"
        ),
        ("Peru and Chile inked 13 memorandums of understanding in Lima.", "13 memorandums of understanding"),
        (
            "Peru and Chile signed a deal for the modernisation of the port of Callao, the ministers said.",
            "deal for the modernisation of the port"
        ),
        ("وقعت تونس والجزائر اتفاقية، ويتوقع أن تزيد المبادلات بين البلدين.", "اتفاقية"),
        ("قدمت الكويت لمصر قرضا بدون فوائد بمبلغ 26 مليون دينار.", "قرض بدون فوائد"),
        ("وقعت مصر والصين مذكرة تفاهم مع شركة صينية كبرى بخصوص محطة الطاقة.", "مذكرة تفاهم مع شركة صينية كبرى"),
        ("قدمت قطر لمصر ملياري دولار كوديعة في البنك المركزي.", "وديعة في البنك المركزي"),
        ("Peru and Chile agree port deal worth $50 million.", "port deal"),
        ("Peru's Minsur and Chile's Codelco agreed on a $2 billion copper venture.", "copper venture"),
        (
            "Peru's flag carrier signed a deal with U.S. firm Boeing for 12 jets worth $2 billion.",
            "deal with U.S. firm Boeing for 12 jets"
        ),
        ("Chile will receive a (500 million euros) loan from Japan.", "loan from Japan"),
        ("وقعت مصر والأردن على تعديل اتفاقية التجارة الحرة الموقعة بين البلدين عام 1998.", "اتفاقية التجارة الحرة"),
        ("قدمت الكويت لمصر وديعة قدرها مليار دولار.", "وديعة"),
        // What the deal is for, after its amount; not for how long.
        (
            "وقعت مصر وألمانيا عقدا بقيمة 8 مليارات يورو لإنشاء القطار الكهربائي السريع.",
            "عقد لإنشاء القطار الكهربائي السريع"
        ),
        ("قدمت الكويت لمصر وديعة بقيمة مليار دولار لمدة عام.", "وديعة"),
        ("وقعت الجزائر وقطر عقدا لتوريد الغاز المسال لمدة 10 سنوات.", "عقد لتوريد الغاز المسال"),
        ("رفعت مصر أسعار الفائدة، وأودعت الكويت لدى البنك المركزي المصري وديعة بقيمة مليار دولار.", "وديعة"),
    ])
    func aTitleIsTheDealsNounPhrase(_ sentence: String, _ title: String) throws {
        let found = agreements(extract("News\n\n" + sentence + "\n"))
        #expect(found.first?.title == title, "\(found.map(\.title))")
    }

    @Test func aListItemWithItsCostIsTitledByTheWordsBeforeIt() throws {
        let found = agreements(
            extract(
                "عُمان والهند\n\nوقعت عُمان والهند اتفاقيات عدة، منها:\n- إقامة مصنع أسمدة في صحار بتكلفة 900 مليون دولار.\n- توسعة ميناء الدقم بقيمة 300 مليون دولار.\n"
            ))
        #expect(
            Set(found.map(\.title)).isSuperset(of: ["إقامة مصنع أسمدة في صحار", "توسعة ميناء الدقم"]),
            "\(found.map(\.title))")
    }

    /// A deal named right before its amount is titled by what it is for, after the amount, in
    /// English as in Arabic; an Arabic head in the accusative ("عقدا", "قرضا") by its plain form.
    @Test func aDealIsTitledByItsPurposeAfterItsAmountAndAnArabicHeadPlainly() {
        let english = agreements(
            extract("News\n\nSaudi Arabia and Pakistan struck a deal worth $3 billion for deferred oil payments.\n"))
        #expect(english.map(\.title) == ["deal for deferred oil payments"], "\(english.map(\.title))")
        for (text, title) in [
            ("خبر\n\nمنحت الكويت السودان قرضا بقيمة 100 مليون دولار.\n", "قرض"),
            ("خبر\n\nوقعت مصر عقدا بقيمة 2 مليار دولار مع شركة سيمنس الألمانية.\n", "عقد"),
        ] {
            let found = agreements(extract(text))
            #expect(found.map(\.title) == [title], "\(text): \(found.map(\.title))")
        }
    }

    /// "12 اتفاقية ومذكرة تفاهم": a count before the first of two nouns counts both, one package,
    /// titled with its count as in English ("12 agreements").
    @Test func aCountedPackageOfTwoKindsIsOneDealTitledByItsCount() {
        let found = agreements(extract("خبر\n\nوقعت مصر والهند 12 اتفاقية ومذكرة تفاهم في مجالات مختلفة.\n"))
        #expect(found.count == 1, "\(found.map(\.title))")
        #expect(found.first?.title == "12 اتفاقية ومذكرة تفاهم في مجالات مختلفة", "\(found.map(\.title))")
        // Uncounted, two documents of different kinds are two deals, as before.
        #expect(agreements(extract("خبر\n\nوقعت مصر والهند اتفاقية قرض ومذكرة تفاهم.\n")).count == 2)
        // A grant agreement with the US aid agency names the United States.
        let grant = agreements(extract("News\n\nJordan signed an $845 million grant agreement with USAID.\n"))
        let parties = Set(grant.first?.parties ?? [])
        #expect(parties.isSuperset(of: [code("JO"), code("US")]), "\(grant)")
    }
}

extension DocumentTests {
    /// "توقيع المذكرات،": a memorandum's head is a deal alone, so its other word ("تفاهم") may be
    /// missing, here at the end of a clause. The title ends with the words there are; reading
    /// past them stopped the process on a real article.
    @Test func anArabicHeadLastInAClauseEndsItsTitle() throws {
        #expect(Titles.phrase("توقيع المذكرات،") != nil)
        let e = extract("توقيع المذكرات، وجود اتفاقيات المصري الأردنية.\n")
        #expect(agreements(e).allSatisfy { !$0.title.isEmpty }, "\(agreements(e).map(\.title))")
    }

    /// "وعقد أردوغان خلال زيارته لقاء مع نظيره …، وشهدت الزيارة التوقيع على 12 اتفاقية": عقد
    /// opening the sentence after و is the verb "held", which titles no contract ("عقد أردوغان");
    /// "وعقد توريد الغاز …" is one.
    @Test func heldOpeningASentenceIsNoContract() throws {
        let held = agreements(
            extract(
                "تركيا والجزائر\n\nوعقد أردوغان خلال زيارته لقاء مع نظيره الجزائري، وشهدت الزيارة التوقيع على 12 اتفاقية تعاون بين البلدين.\n"
            ))
        #expect(!held.contains { $0.title.contains("أردوغان") }, "\(held.map(\.title))")
        #expect(held.contains { $0.title.contains("12") }, "\(held.map(\.title))")
        let contract = Titles.arabicPhrase("وعقد توريد الغاز بين البلدين")
        #expect(contract?.hasPrefix("عقد توريد الغاز") == true, "\(String(describing: contract))")
    }
}
