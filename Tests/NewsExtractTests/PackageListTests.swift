import NewsCore
import Testing

@testable import NewsExtract

/// A package of deals and the sentence after it that lists them, foreign investment named without
/// the article, and a total of investment before the countries that lead it. Every text here is
/// written for these tests.
@Suite struct PackageListTests: ReadsArticles {
    /// "the countries have selected 18 priority projects …, with a total investment of over $25
    /// billion": projects two countries chose together are a deal between them, titled by
    /// their count.
    @Test func priorityProjectsChosenTogetherAreADeal() throws {
        let found = agreements(
            extract(
                "Chile and Peru\n\nThe minister said the countries have selected 12 priority projects in mining and energy, with a total investment of over $9 billion.\n"
            ))
        #expect(found.count == 1, "\(found.map { ($0.title, $0.value) })")
        #expect(found.first?.title == "12 priority projects" && found.first?.value?.amount == 9_000_000_000)
        #expect(Set(found.first?.parties ?? []) == [code("CL"), code("PE")])
    }

    /// "Pointing to the 12 documents signed, the president singled out the customs cooperation
    /// agreement among them": the counted package and the document singled out are an entry
    /// each; so is a document singled out in a sentence after the package's.
    @Test func aDocumentSingledOutOfACountedPackage() throws {
        for text in [
            "Kenya and Ghana\n\nPointing to the 12 documents signed at the meeting, the president singled out the customs cooperation agreement among these documents.\n",
            "Kenya and Ghana\n\nKenya and Ghana signed 12 documents at the meeting.\n\nThe president singled out the customs cooperation agreement among these documents as the most important.\n",
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 2, "\(found.map(\.title))")
            #expect(found.contains { $0.title == "customs cooperation agreement" }, "\(found.map(\.title))")
        }
    }

    /// "7 trade contracts and 24 joint investment agreements signed during the visit … are being
    /// implemented": two packages counted side by side are two entries, each by its count.
    @Test func packagesCountedSideBySideAreAnEntryEach() throws {
        let found = agreements(
            extract(
                "Kenya and Ghana\n\nMeanwhile, 7 trade contracts and 24 joint investment agreements signed during the visit of the President of Kenya to Ghana in May are being implemented.\n"
            ))
        #expect(found.map(\.title) == ["7 trade contracts", "24 joint investment agreements"], "\(found.map(\.title))")
        #expect(found.allSatisfy { $0.status == .signed && Set($0.parties) == [code("KE"), code("GH")] })
    }

    /// "signed four agreements in the fields of taxes, development projects, scientific and
    /// technical cooperation and infrastructure" (and its Arabic), "three agreements covering
    /// …": as many fields as deals counted make a deal per field; a count the fields do not
    /// meet makes one package.
    @Test(arguments: [
        (
            "Kenya and Ghana signed four agreements in the fields of taxes, development projects, scientific and technical cooperation and infrastructure, officials said.",
            [
                "agreement on taxes", "agreement on development projects",
                "agreement on scientific and technical cooperation", "agreement on infrastructure",
            ]
        ),
        (
            "وقعت كينيا وغانا أمس أربع اتفاقيات للتعاون في مجالات الضرائب ومشاريع تنموية والتعاون العلمي والتقني والبنية التحتية، وذلك خلال زيارة رسمية.",
            [
                "اتفاقية في مجال الضرائب", "اتفاقية في مجال مشاريع تنموية", "اتفاقية للتعاون العلمي والتقني",
                "اتفاقية في مجال البنية التحتية",
            ]
        ),
        (
            "Kenya and Ghana signed five agreements in the fields of taxes, development projects, scientific and technical cooperation and infrastructure, officials said.",
            []
        ),
        // "covering" with as many fields as the count: a deal per field; with more deals than
        // fields, or uncounted, one package.
        (
            "Kenya and Ghana signed three agreements covering culture, customs and visas.",
            ["agreement on culture", "agreement on customs", "agreement on visas"]
        ),
        ("Kenya and Ghana signed eight agreements covering culture, customs and visas.", []),
        ("Kenya and Ghana signed agreements covering culture, customs and visas.", []),
    ])
    func aCountedPackageToldByItsFieldsIsADealPerField(_ sentence: String, _ titles: [String]) throws {
        try dealsPerField(sentence, titles)
    }

    /// "She said these included agreements on investment promotion, taxation, tourism as well as
    /// forest management": three topics or more after "agreements on" are a deal each, after a
    /// package told before; "the two loan agreements on behalf of the government and the bank"
    /// lists no topics.
    @Test func agreementsOnThreeTopicsOrMoreAreADealEach() throws {
        let found = agreements(
            extract(
                """
                Kenya and Ghana

                "There will be ten government agreements," the minister told a briefing on Monday.

                She said these included agreements on investment promotion, taxation, tourism as well as forest management.
                """))
        #expect(
            found.map(\.title).filter { $0.hasPrefix("agreement on") } == [
                "agreement on investment promotion", "agreement on taxation", "agreement on tourism",
                "agreement on forest management",
            ], "\(found.map(\.title))")
        let behalf = agreements(
            extract(
                "Kenya and Ghana\n\nKenya and Ghana signed two loan agreements worth $30 million. The minister and the bank's head signed the two loan agreements on behalf of the government and the bank respectively.\n"
            ))
        #expect(!behalf.contains { $0.title.contains("behalf") || $0.title.contains("respectively") })
    }

    func dealsPerField(_ sentence: String, _ titles: [String]) throws {
        let found = agreements(extract("Kenya and Ghana\n\n" + sentence + "\n"))
        if titles.isEmpty {
            #expect(found.count == 1, "\(found.map(\.title))")
        } else {
            #expect(found.map(\.title) == titles)
            #expect(found.allSatisfy { Set($0.parties) == [code("KE"), code("GH")] && $0.status == .signed })
        }
    }

    /// A headline and a lead that tell a package, then a sentence that opens "وشملت الاتفاقيات".
    func package(_ items: String) -> String {
        """
        الأردن والعراق يوقعان اتفاقيات بقيمة 4 مليارات دولار

        بغداد - وقع الأردن والعراق، أمس، عددا من الاتفاقيات في مجالات الطاقة والنقل.

        \(items)
        """
    }

    @Test func anItemsNumberIsNoPartOfItsAmount() {
        #expect(Drafts.withoutItemNumber("1. Port of Tema upgrade") == "Port of Tema upgrade")
        #expect(Drafts.withoutItemNumber("12) ميناء تيما") == "ميناء تيما")
        #expect(Drafts.withoutItemNumber("3 - Port of Tema upgrade") == "Port of Tema upgrade")
        #expect(Drafts.withoutItemNumber("180 مليون يورو لميناء تيما") == "180 مليون يورو لميناء تيما")
        #expect(Drafts.withoutItemNumber("90 مليون يورو لميناء تيما") == "90 مليون يورو لميناء تيما")
        #expect(Drafts.withoutItemNumber("1.5 billion euros for the port") == "1.5 billion euros for the port")
    }

    @Test func theItemsUnderALineOnThePackageAreItsParts() throws {
        for text in [
            """
            EU package for Ghana

            The EU announced a €300 million financing package for Ghana on Tuesday.

            The package breaks down as follows:

            - €120 million in grants for rural electrification.
            - €100 million to support the budget for education.
            - €80 million to upgrade the port of Tema.
            """,
            """
            حزمة أوروبية لغانا

            أعلن الاتحاد الأوروبي عن حزمة تمويل بقيمة 300 مليون يورو لغانا.

            وتتوزع الحزمة على النحو التالي:

            - 120 مليون يورو في شكل منح لكهربة الريف.
            - 100 مليون يورو لدعم الموازنة في مجال التعليم.
            - 80 مليون يورو لتحديث ميناء تيما.
            """,
        ] {
            let found = agreements(extract(text))
            #expect(
                found.compactMap(\.value?.amount).sorted() == [80_000_000, 100_000_000, 120_000_000, 300_000_000],
                "the package and its three parts: \(found)")
            #expect(found.allSatisfy { Set($0.parties) == [code("EU"), code("GH")] }, "\(found)")
            // A part is named by what it is for, not by its amount.
            #expect(
                found.allSatisfy { !$0.title.hasPrefix("€") && !$0.title.hasPrefix("1") && !$0.title.hasPrefix("0") },
                "\(found.map(\.title))")
        }
    }

    @Test func theItemsListedAfterAPackageAreDealsOfTheirOwn() throws {
        let found = agreements(extract(package("وشملت الاتفاقيات اتفاقية لمد خط نفط، ومذكرة تفاهم للنقل البري.")))
        #expect(found.count == 3, "\(found.map(\.title))")
        #expect(found.contains { $0.value?.amount == 4_000_000_000 }, "\(found.map(\.title))")
        // Neither item is taken for the headline's package: each is an entry without a value.
        #expect(found.filter { $0.value == nil }.count == 2, "\(found.map(\.title))")
        #expect(found.contains { $0.kind == .mou && $0.title.contains("للنقل البري") }, "\(found.map(\.title))")
        #expect(found.allSatisfy { Set($0.parties) == [code("JO"), code("IQ")] }, "\(found.map(\.parties))")
    }

    @Test func worksListedByCommasAfterThePackageAreOneDealEach() throws {
        // The works set apart by Arabic commas alone, with "و" or in quotation marks; a piece
        // that gives the one before it in dollars is no work of its own.
        for items in [
            "وشملت الاتفاقيات إنشاء محطة للطاقة الشمسية، تطوير ميناء العقبة، بناء صوامع للقمح.",
            "وشملت الاتفاقيات «إنشاء محطة للطاقة الشمسية، وتطوير ميناء العقبة، وبناء صوامع للقمح».",
            "وشملت الاتفاقيات التي وقعها الوزيران شراكة لإنشاء محطة للطاقة الشمسية، تطوير ميناء العقبة، بناء صوامع للقمح.",
            "وشملت الاتفاقيات التي وقعها الوزيران إنشاء محطة للطاقة الشمسية، تطوير ميناء العقبة بكلفة 30 مليون دينار، أي ما يعادل 42 مليون دولار، بناء صوامع للقمح.",
        ] {
            let found = agreements(
                extract("الأردن والعراق يوقعان 7 اتفاقيات\n\nوقع الأردن والعراق، أمس، 7 اتفاقيات.\n\n" + items))
            #expect(found.count == 4, "the package and its three works: \(found.map(\.title))")
            for work in ["محطة للطاقة الشمسية", "تطوير ميناء العقبة", "بناء صوامع للقمح"] {
                #expect(
                    found.contains { $0.title.contains(work) && !$0.title.hasPrefix("و") },
                    "\(work): \(found.map(\.title))")
            }
            #expect(found.allSatisfy { Set($0.parties) == [code("JO"), code("IQ")] }, "\(found.map(\.parties))")
            if items.contains("دولار") {
                #expect(
                    found.contains { $0.title.contains("ميناء") && $0.value == Money(42_000_000, .usd) }, "\(found)")
            }
        }
        // A list of fields is no list of works.
        let fields = agreements(
            extract(
                "الأردن والعراق يوقعان 7 اتفاقيات\n\nوقع الأردن والعراق، أمس، 7 اتفاقيات.\n\nوشملت الاتفاقيات مجالات الطاقة، النقل، الزراعة."
            ))
        #expect(fields.count == 1, "\(fields.map(\.title))")
    }

    @Test func anItemsInvestmentAmountIsItsValueNotAFigure() throws {
        let e = extract(
            package("وشملت الاتفاقيات اتفاقية لإنشاء مصفاة باستثمارات تبلغ 1.2 مليار دولار، ومذكرة تفاهم للنقل البري."))
        let found = agreements(e)
        #expect(found.count == 3, "\(found.map(\.title))")
        #expect(found.contains { $0.value?.amount == 1_200_000_000 }, "\(found.map(\.title))")
        #expect(investments(e).isEmpty, "\(investments(e))")
    }

    @Test func aHeadlineThatTellsOneDealStillTakesItsFirstTellingInTheBody() throws {
        // The rule above is only for a headline of several deals.
        let found = agreements(
            extract(
                """
                مصر والصين توقعان اتفاقية بقيمة 1.2 مليار دولار

                وقعت مصر اتفاقية مع شركة صينية لإنشاء مصنع للصلب.
                """))
        #expect(found.count == 1, "\(found.map(\.title))")
        #expect(found.first?.value?.amount == 1_200_000_000)
    }

    @Test func foreignInvestmentAsAVerbsObjectHasNoSingleInvestor() throws {
        for text in [
            "خبر\n\nاستقطبت مصر استثمارات أجنبية مباشرة بقيمة 10 مليارات دولار في عام 2023.\n",
            "خبر\n\nجذب المغرب استثمارا أجنبيا مباشرا بقيمة 3 مليارات دولار.\n",
        ] {
            let found = investments(extract(text))
            #expect(found.count == 1, "\(text): \(found)")
            #expect(found.first?.investor.country == nil, "\(text): \(found)")
            #expect(found.first?.recipient == code("EG") || found.first?.recipient == code("MA"), "\(text): \(found)")
        }
    }

    @Test func aListItemThatIsASentenceIsTitledByItsNounPhrase() throws {
        let found = agreements(
            extract(
                """
                India and the United States: the visit in figures

                Commercial deals:

                - Micron Technology will invest $825 million in a chip assembly plant in Gujarat.
                - A $400 million engineering centre in Bangalore, announced by Applied Materials.
                - Memorandum of cooperation in construction
                """))
        #expect(found.count == 3, "\(found.map(\.title))")
        let titles = Set(found.map(\.title))
        #expect(
            titles == [
                "chip assembly plant", "A $400 million engineering centre in Bangalore",
                "Memorandum of cooperation in construction",
            ], "\(titles)")
    }

    @Test func aTotalOfForeignInvestmentBeforeTheCountriesThatLeadItHasNoSingleInvestor() throws {
        for text in [
            "News\n\nVietnam attracted $36.6 billion of foreign direct investment last year, led by Singapore with $6.5 billion and South Korea with $4.9 billion.\n",
            "News\n\nVietnam attracted $36.6 billion of foreign direct investment last year, with Singapore the largest investor at $6.5 billion.\n",
        ] {
            let found = investments(extract(text))
            #expect(found.allSatisfy { $0.recipient == code("VN") }, "\(found)")
            let total = found.filter { $0.value?.amount == 36_600_000_000 }
            #expect(total.count == 1 && total.first?.investor.country == nil, "\(found)")
            #expect(
                found.contains { $0.investor == code("SG") && $0.value?.amount == 6_500_000_000 }, "\(found)")
            #expect(!found.contains { $0.investor == code("SG") && $0.value?.amount == 36_600_000_000 }, "\(found)")
        }
    }

    @Test func dollarsAreNoCountries() throws {
        // "دولار" holds "دول" (countries): a total before one country's amount is no group's.
        let found = investments(
            extract(
                "الإمارات ومصر\n\nاستقطبت مصر استثمارات بقيمة 24 مليار دولار العام الماضي، تصدرتها الإمارات بـ11 مليار دولار.\n"
            ))
        #expect(!found.isEmpty && !found.contains { $0.investor == .organization("several countries") }, "\(found)")
    }

    @Test func aShortLineAfterTheSentenceThatTellsTheDealsIntroducesThem() throws {
        for text in [
            "Qatar and Indonesia\n\nQatar and Indonesia signed 11 agreements during the visit. They include:\n\n- An agreement on avoiding double taxation\n- An MoU on energy\n",
            "Qatar and Indonesia\n\nQatar and Indonesia signed 11 agreements during the visit.\n\nThey include:\n\n1. An agreement on avoiding double taxation\n2. An MoU on energy\n",
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 3, "\(found.map(\.title))")
            #expect(found.contains { $0.kind == .mou && $0.title == "An MoU on energy" && $0.status == .signed })
        }
        // A short line after a sentence that tells no deals introduces none.
        let none = agreements(
            extract("Qatar and Indonesia\n\nThe two leaders met in Doha. They discussed:\n\n- Energy\n- Sports\n"))
        #expect(none.isEmpty, "\(none.map(\.title))")
    }

    @Test func aListedDealWithoutAFigureIsADealWhateverItIsAbout() throws {
        let found = agreements(
            extract(
                "Chile and Korea\n\nChile and South Korea signed six agreements on Monday.\n\nThe agreements include:\n\n1. A memorandum on customs and trade\n2. An investment promotion framework\n3. A protocol on fisheries\n"
            ))
        let titles = found.map(\.title)
        #expect(titles.contains { $0.contains("customs and trade") }, "\(titles)")
        #expect(titles.contains { $0.contains("investment promotion framework") }, "\(titles)")
        #expect(titles.contains { $0.contains("protocol on fisheries") }, "\(titles)")
        // The package and its three items; the line that introduces them names none.
        #expect(found.count == 4, "\(titles)")
    }

    @Test func oneDealWithItsAmountAfterACountedPackageIsOneOfItsDeals() throws {
        for text in [
            "Chile and Korea\n\nChile and South Korea signed six agreements on Monday.\n\nKorea's Posco also signed a $2 billion agreement to build a lithium plant in Chile.\n",
            "عُمان والهند\n\nوقعت عُمان والهند ست اتفاقيات اليوم.\n\nووقعت شركة هندية اتفاقية بقيمة 2 مليار دولار لبناء مصنع أسمدة في عُمان.\n",
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 2, "the package and its one deal: \(text): \(found.map { ($0.title, $0.value) })")
            #expect(
                found.contains { $0.value == nil }, "the package keeps no amount: \(found.map { ($0.title, $0.value) })"
            )
            #expect(found.contains { $0.value?.amount == 2_000_000_000 }, "\(found.map { ($0.title, $0.value) })")
        }
        // Told as the package's total, the amount is the package's.
        let total = agreements(
            extract(
                "Chile and Korea\n\nChile and South Korea signed six agreements on Monday.\n\nThe agreements are worth $2 billion in total.\n"
            ))
        #expect(
            total.count == 1 && total.first?.value?.amount == 2_000_000_000, "\(total.map { ($0.title, $0.value) })")
    }

    @Test func worksToldWithTheirCostAmongAPackageAreItsDeals() throws {
        // A work told with its cost after "among them" is one of the package's deals, titled by
        // the work; the package counted before it stays an entry of its own.
        let one = agreements(
            extract(
                "Syria news\n\nAt a ceremony in Damascus, twelve new projects were formalized, among them a $4 billion upgrade of the capital's airport by Qatar-based UCC Holding.\n"
            ))
        #expect(one.count == 2, "\(one.map(\.title))")
        let airport = one.first { $0.value?.amount == 4_000_000_000 }
        #expect(airport?.title == "upgrade of the capital's airport", "\(one.map(\.title))")
        #expect(Set(airport?.parties ?? []) == [code("SY"), code("QA")])
        #expect(one.contains { $0.value == nil && $0.title == "twelve new projects" }, "\(one.map(\.title))")
        // Two works of one country each: each is that country's deal with the article's.
        let two = agreements(
            extract(
                "Syria news\n\nTwelve projects were signed, among them a $4 billion airport upgrade by Qatar's UCC Holding and a $2 billion metro with Emirati firm NIC.\n"
            ))
        #expect(two.count == 3, "\(two.map(\.title))")
        let metro = two.first { $0.value?.amount == 2_000_000_000 }
        #expect(metro?.title == "metro" && Set(metro?.parties ?? []) == [code("SY"), code("AE")], "\(two)")
        let upgrade = two.first { $0.value?.amount == 4_000_000_000 }
        #expect(Set(upgrade?.parties ?? []) == [code("SY"), code("QA")], "\(two)")
    }

    @Test func aCompanyFoundedWithItsCapitalIsAJointVenture() throws {
        for (text, title) in [
            (
                "Saudi Arabia and Jordan\n\nSaudi Arabia and Jordan set up a joint investment company with a capital of $3 billion.\n",
                "joint investment company"
            ),
            ("السعودية والأردن\n\nوأسس الجانبان شركة مشتركة برأسمال 3 مليارات دولار.\n", "شركة مشتركة"),
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 1, "\(text): \(found)")
            #expect(found.first?.kind == .investmentDeal && found.first?.title == title, "\(found)")
            #expect(found.first?.value?.amount == 3_000_000_000)
            #expect(investments(extract(text)).isEmpty, "a founding, not a flow")
        }
    }

    @Test func anIncludedDealWithItsDollarsIsOneDeal() throws {
        // "800 million euros ($873 million)" is one amount: the package and its one deal stay two.
        let found = agreements(
            extract(
                "Spain and Morocco\n\nSanchez will travel to Rabat to sign 20 agreements meant to lift trade, among them credit lines of 800 million euros ($873 million).\n"
            ))
        #expect(found.count == 2, "\(found.map(\.title))")
        #expect(found.contains { $0.value == nil && $0.title.hasPrefix("20 agreements") }, "\(found.map(\.title))")
        #expect(found.contains { $0.value == Money(873_000_000, .usd) }, "\(found)")
    }

    @Test func onePackageDealToldAsOneIsAnEntry() throws {
        let found = agreements(
            extract(
                "Algeria and Italy\n\nDraghi and Tebboune oversaw the signing of 15 agreements, including one between Eni and Sonatrach on gas.\n"
            ))
        #expect(found.count == 2, "\(found.map(\.title))")
        #expect(found.contains { $0.title.hasPrefix("agreement between Eni") }, "\(found.map(\.title))")
    }

    @Test func itemsMarkedInASentenceAreItsDeals() throws {
        // "(i) …; (ii) …; and (iii) …": one deal per mark, each with its own amount and named by
        // the words before its brackets; "two (2) loans and one (1) grant" marks nothing.
        for marks in [["(i)", "(ii)", "(iii)"], ["(a)", "(b)", "(c)"], ["(1)", "(2)", "(3)"]] {
            let found = agreements(
                extract(
                    """
                    Korea and Ghana sign loan notes

                    On Monday the finance minister of Ghana and the ambassador of Korea signed notes for two (2) loans and one (1) grant as follows: \(marks[0]) Upgrade of the Tema-Accra Highway (loan of 120 million dollars); \(marks[1]) Expansion of Kumasi Water Works (loan of 45 million dollars) and \(marks[2]) Renovation of Takoradi Harbour (grant of 9 million dollars).
                    """))
            #expect(
                found.map(\.value) == [120_000_000, 45_000_000, 9_000_000].map { Money($0, .usd) },
                "\(marks): \(found.map { ($0.title, $0.value) })")
            #expect(
                found.map(\.title) == [
                    "Upgrade of the Tema-Accra Highway", "Expansion of Kumasi Water Works",
                    "Renovation of Takoradi Harbour",
                ], "\(found.map(\.title))")
            #expect(found.allSatisfy { Set($0.parties) == [code("KR"), code("GH")] }, "\(found.map(\.parties))")
        }
    }

    @Test func companiesNamedInQuotationMarksAreADealEach() throws {
        // «A» و«B» و«C» after "مع": one memorandum with each company named.
        let found = agreements(
            extract(
                """
                قطر وإيطاليا توقعان مذكرات تفاهم

                ووقعت قطر مذكرات تفاهم مع شركات إيطالية، منها «إيني» و«سايبم» و«فينكانتيري» و«ليوناردو»، لبحث التعاون في الغاز والسفن.
                """))
        for company in ["إيني", "سايبم", "فينكانتيري", "ليوناردو"] {
            #expect(found.filter { $0.title.hasSuffix(company) }.count == 1, "\(company): \(found.map(\.title))")
        }
        #expect(
            found.allSatisfy { Set($0.parties.compactMap(\.country)) == [CountryCode("QA")!, CountryCode("IT")!] },
            "\(found.map(\.parties))")
        // Two names are no list of counterparts.
        let two = agreements(
            extract("قطر وإيطاليا\n\nووقعت قطر مذكرات تفاهم مع شركتي «إيني» و«سايبم» لبحث التعاون في الغاز.\n"))
        #expect(!two.contains { $0.title.hasSuffix("سايبم") }, "\(two.map(\.title))")
    }

    @Test func aSentenceThatSetsApartAsManyPiecesAsThePackageCountsTellsItsDeals() throws {
        func read(_ parts: String) -> [Agreement] {
            agreements(
                extract(
                    """
                    Korea to open three credit lines for Ghana

                    Korea will open three credit lines for Ghana worth a total of $150 million, the finance ministry said.

                    \(parts)
                    """))
        }
        let found = read(
            "The credit lines will be used to widen the coastal highway near Cape Coast; to build 800 homes in Tamale, Ho and Wa, and lastly to extend the water network of Kumasi."
        )
        #expect(found.count == 4, "the package and its three parts: \(found.map(\.title))")
        #expect(found.filter { $0.value == nil }.count == 3, "\(found.map { ($0.title, $0.value) })")
        #expect(found.allSatisfy { Set($0.parties) == [code("KR"), code("GH")] }, "\(found.map(\.parties))")
        #expect(found.contains { $0.title.contains("800 homes") }, "\(found.map(\.title))")
        // Pieces that do not match the count are no list of its deals.
        let two = read(
            "The credit lines will be used to widen the coastal highway near Cape Coast; and to build 800 homes.")
        #expect(two.count == 1, "\(two.map(\.title))")
    }

    @Test func aDealOfACountedPackageDescribedInASentenceOfItsOwnIsOneOfItsDeals() throws {
        let found = agreements(
            extract(
                """
                Peru and Korea sign four agreements

                Peru and Korea signed four agreements on Monday during the president's visit to Lima.
                The MoU on fisheries research provides for joint surveys of the coastal waters and training of crews.
                Another agreement was on the export of Peruvian blueberries to Korea.
                The agreement was welcomed by growers.
                """))
        let titles = found.map(\.title)
        #expect(found.count == 3, "the package and two deals described: \(titles)")
        #expect(titles.contains { $0.hasPrefix("MoU on fisheries research") }, "\(titles)")
        #expect(titles.contains { $0.contains("Peruvian blueberries") }, "\(titles)")
        #expect(found.allSatisfy { $0.status == .signed && Set($0.parties) == [code("PE"), code("KR")] }, "\(found)")
        // No package counted: a deal described is no deal of its own.
        let alone = agreements(
            extract(
                """
                Peru and Korea sign a fisheries deal

                Peru and Korea signed an agreement on Monday.
                The MoU on fisheries research provides for joint surveys of the coastal waters.
                """))
        #expect(alone.count == 1, "\(alone.map(\.title))")
    }

    @Test func whatADealIsToProvideAndTheFieldsDealsSpanAreNoDealsOfTheirOwn() throws {
        for text in [
            "Korea and Laos\n\nThe Korean bank signed an MoU with the Lao finance ministry to provide technical support and a long-term loan for a bridge.\n",
            "كوريا ولاوس\n\nووقع البنك الكوري مذكرة تعاون مع وزارة المالية اللاوسية لتقديم الدعم الفني وقرض طويل الأمد من أجل بناء جسر.\n",
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 1, "\(text): \(found.map(\.title))")
        }
        // A loan signed beside the MoU, for a purpose of its own, is a second deal.
        let two = agreements(extract("كوريا ولاوس\n\nوقعت كوريا ولاوس مذكرة تعاون لتمويل مشروع وقرضا لبناء طريق.\n"))
        #expect(two.count == 2, "\(two.map(\.title))")
        let fields = agreements(
            extract(
                """
                الأردن وقطر

                وقع الأردن وقطر 12 اتفاقية استثمار في عمان.
                وتضمنت هذه الاتفاقيات مشاريع متنوعة امتدت إلى قطاعات الطاقة والنقل والسياحة.
                """))
        #expect(fields.count == 1, "\(fields.map(\.title))")
    }

    @Test func aLineThatAnnouncesAListGoesOnWithTheDealsToldBeforeIt() throws {
        let found = agreements(
            extract(
                """
                Korea lends Ghana for three projects

                The Korean government on Monday signed three loan agreements with Ghana worth $300 million.
                Under the agreements, the three projects will be carried out in health, water and roads.
                The names of the projects are as follows:
                1. Tamale Regional Hospital Expansion Project ($120 million)
                2. Kumasi Water Supply Improvement Project ($100 million)
                3. Eastern Corridor Road Rehabilitation Project ($80 million)
                """))
        #expect(found.count == 4, "the loans and their three projects: \(found.map { ($0.title, $0.value) })")
        #expect(
            Set(found.compactMap(\.value?.amount)) == [300_000_000, 120_000_000, 100_000_000, 80_000_000],
            "\(found.map { ($0.title, $0.value) })")
    }

    @Test func aHeadingBetweenAPackageAndTheSentenceThatGoesOnWithItIsPassedOver() throws {
        let found = agreements(
            extract(
                """
                الأردن والإمارات

                وقع الأردن والإمارات عدة اتفاقيات في مجال الطاقة بقيمة إجمالية قدرها 5 مليارات دولار.
                الطاقة الشمسية
                وتضمنت الاتفاقيات إنشاء محطة طاقة شمسية في معان باستثمارات تبلغ 1.2 مليار دولار.
                """))
        #expect(
            Set(found.compactMap(\.value?.amount)) == [5_000_000_000, 1_200_000_000],
            "\(found.map { ($0.title, $0.value) })")
    }

    /// Deals named in the plural by what each is about are one deal each while a package counted
    /// before has room for them; with no count, the list is one deal.
    @Test func subjectsListedAfterACountedPackageAreItsDeals() {
        let found = agreements(
            extract(
                """
                Chile and Thailand sign five agreements

                Chile and Thailand signed five agreements on Monday, including a treaty on mutual legal assistance and another on customs cooperation.
                They also signed memoranda of understanding on tourism, fisheries and higher education.
                """))
        #expect(found.count == 6, "the package, two treaties and three memoranda: \(found.map(\.title))")
        #expect(found.contains { $0.title == "treaty on customs cooperation" }, "\(found.map(\.title))")
        #expect(
            found.filter { $0.kind == .mou }.map(\.title).sorted() == [
                "memorandum of understanding on fisheries", "memorandum of understanding on higher education",
                "memorandum of understanding on tourism",
            ], "\(found.map(\.title))")
        #expect(found.allSatisfy { Set($0.parties) == [code("CL"), code("TH")] && $0.status == .signed })
        // No count: "agreements covering air transport, mining, and visa waivers" is one deal.
        let uncounted = agreements(
            extract(
                """
                Peru and Vietnam deepen ties

                The two presidents signed agreements covering air transport, mining, and visa waivers.
                """))
        #expect(uncounted.count == 1, "\(uncounted.map(\.title))")
        // Nor are adjectives subjects: "on trade, economic and technical cooperation".
        #expect(Drafts.subjects("They signed agreements on trade, economic and technical cooperation.") == nil)
        #expect(Drafts.tellsTheSource(" a statement from the prime minister's office said."))
        #expect(!Drafts.tellsTheSource(" a loan for the port"))
        #expect(
            Drafts.subjects("They also signed MoUs on energy, ports as well as water management.")?.subjects == [
                "energy", "ports", "water management",
            ])
    }

    /// Two deals counted and told "one … and the other …" are those two deals, in a list's item too.
    @Test func twoDealsToldAsOneAndTheOtherAreTwoDeals() {
        for text in [
            """
            الإمارات والهند

            وقع البلدان اتفاقية الشراكة الاقتصادية الشاملة:
            - جرى توقيع مذكرتين للتفاهم بين البلدين، إحداهما حول التعاون في العمل المناخي، والأخرى حول التعليم.
            """,
            """
            Chile and Peru review ties

            The two countries also signed two MoUs, one on climate action and the other on education.
            """,
        ] {
            let found = agreements(extract(text)).filter { $0.kind == .mou }
            #expect(found.count == 2, "\(found.map(\.title))")
            #expect(found.contains { $0.title.hasSuffix("التعليم") || $0.title.hasSuffix("education") })
        }
    }

    /// Two deals counted and told "the first … and the second …" ("الأولى … والثانية …") are
    /// those two deals, titled as written (not in the folded spelling the rule reads).
    @Test func twoDealsToldAsTheFirstAndTheSecondAreTwoDeals() {
        for (text, last) in [
            (
                """
                غانا وتركيا توقعان اتفاقيات

                وجرى خلال الزيارة التوقيع على اتفاقيتين، الأولى في مجال الدفاع والثانية في مجال السياحة.
                """, "اتفاقية في مجال السياحة"
            ),
            (
                """
                Ghana and Turkey sign deals

                Ghana and Turkey signed two agreements, the first on defence and the second on tourism.
                """, "agreement on tourism"
            ),
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 2, "\(found.map(\.title))")
            #expect(found.contains { $0.title == last }, "\(found.map(\.title))")
        }
    }

    /// After a package of deals signed, "an MoU with the engineering firm Sinohydro aims to …"
    /// (told as new, with a company, saying nothing of what became of it) is one of its deals, and
    /// "two MoUs with …" two; "the MoU with Huawei" tells a deal again, and adds none.
    @Test func aDealWithACompanyAfterAPackageIsOneOfItsDeals() {
        let found = agreements(
            extract(
                """
                Beijing signs deals with Chad

                Leading Chinese companies and institutions have signed six memorandums of understanding with Chad. Two MoUs with the engineering firm Sinohydro aim to improve power supply and water access in the capital. Additionally, an MoU with the state-owned defence company Norinco will strengthen the army's logistics.
                """))
        #expect(
            found.filter { $0.title == "MoU with the engineering firm Sinohydro" }.count == 2, "\(found.map(\.title))")
        #expect(
            found.contains { $0.title == "MoU with the state-owned defence company Norinco" }, "\(found.map(\.title))")
        #expect(found.allSatisfy { Set($0.parties) == [code("CN"), code("TD")] && $0.status == .signed })
        let arabic = agreements(
            extract(
                "الصين توقع اتفاقيات مع كينيا\n\nووقعت شركات صينية ست مذكرات تفاهم مع كينيا. كما تهدف مذكرة تفاهم مع شركة سينوهيدرو الصينية إلى تحسين إمدادات الكهرباء في العاصمة.\n"
            ))
        #expect(arabic.contains { $0.title == "مذكرة تفاهم مع شركة سينوهيدرو الصينية" }, "\(arabic.map(\.title))")
        let again = agreements(
            extract(
                "Ghana signs with Huawei\n\nGhana signed three memorandums of understanding with Chinese firms on Monday. The MoU with Huawei will train 1,000 engineers.\n"
            ))
        #expect(again.count == 1, "\(again.map(\.title))")
    }

    /// "اتفاقيتين في مجالي الدفاع والسياحة": two deals counted by the dual, in two fields named
    /// in the dual, are a deal in each field; a sentence that tells another deal after the two
    /// fields is read as before, its package and the other deal.
    @Test func twoDealsInTwoFieldsAreADealInEach() {
        let found = agreements(
            extract("غانا وتركيا\n\nووقع البلدان مذكرتي تفاهم في مجالي الطاقة المتجددة والتعليم العالي.\n"))
        #expect(
            Set(found.map(\.title)) == ["مذكرة تفاهم في مجال الطاقة المتجددة", "مذكرة تفاهم في مجال التعليم العالي"],
            "\(found.map(\.title))")
        #expect(found.allSatisfy { $0.kind == .mou && $0.status == .signed })
        let more = agreements(
            extract(
                "غانا وتركيا\n\nووقع الجانبان اتفاقيتين في مجالي الدفاع والسياحة، إضافة إلى مذكرة تفاهم في مجال الطاقة.\n"
            ))
        #expect(more.contains { $0.title == "مذكرة تفاهم في مجال الطاقة" }, "\(more.map(\.title))")
    }

    /// "an agreement to avoid double taxation and another to protect investments", "اتفاقية …
    /// وأخرى …": "another" after a sentence's one deal is a second deal of the same noun; the
    /// first is titled without it. Where a list already read the sentence's deals one by one,
    /// "another" adds none.
    @Test func anotherAfterADealIsASecondDeal() {
        for (text, titles) in [
            (
                "Ghana and Turkey sign deals\n\nGhana and Turkey signed an agreement to avoid double taxation and another to protect investments.\n",
                ["agreement to avoid double taxation", "agreement to protect investments"]
            ),
            (
                "غانا وتركيا توقعان اتفاقيات\n\nووقعت غانا وتركيا اتفاقية لتجنب الازدواج الضريبي وأخرى لحماية الاستثمارات.\n",
                ["اتفاقية لتجنب الازدواج الضريبي", "اتفاقية لحماية الاستثمارات"]
            ),
            (
                "غانا وتركيا\n\nووقع الجانبان اتفاقيتين وهما اتفاقية لإنشاء محطات كهرباء جديدة وأخرى لتطوير شبكة الكهرباء.\n",
                []
            ),
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 2, "\(found.map(\.title))")
            for title in titles { #expect(found.contains { $0.title == title }, "\(found.map(\.title))") }
        }
    }

    /// An investment named as one of a package's deals ("واستثماراً سعودياً في الطرق", "and an
    /// investment in toll roads") is a deal of its own.
    @Test func anInvestmentInAPackagesListIsOneOfItsDeals() {
        for sentence in [
            "وتشمل الاتفاقات الأخرى تأسيس صندوق قيمته مليار دولار للاستثمار في مشاريع الطاقة، واستثماراً سعودياً في الطرق الخاضعة لرسوم في روسيا.",
            "The other agreements include a $1 billion fund for energy projects, and an investment in toll roads in Russia.",
        ] {
            let found = agreements(extract("السعودية وروسيا\n\nوقع البلدان 10 اتفاقيات.\n\(sentence)\n"))
            #expect(found.count == 3, "\(sentence): \(found.map(\.title))")
            #expect(found.contains { $0.value == nil && $0.kind == .investmentDeal }, "\(found.map(\.title))")
        }
    }
}
