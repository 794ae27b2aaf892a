import NewsCore
import NewsExtract
import Testing

extension DealDocumentTests {
    @Test func theRemainderOfADealIsAPartOfItsOwn() throws {
        let found = agreements(
            extract(
                """
                Japan lends Peru ¥50 billion

                Japan will lend ¥50 billion to Peru, most of it for a tramway in Lima, the ministry said on Monday.

                The remaining ¥6 billion is for the second stage of the Tacna coast road.
                """))
        #expect(found.compactMap { $0.value?.amount }.sorted() == [6_000_000_000, 50_000_000_000], "\(found)")
        #expect(found.allSatisfy { Set($0.parties) == [code("JP"), code("PE")] }, "\(found)")
        #expect(found.contains { $0.title.contains("second stage of the Tacna coast road") }, "\(found.map(\.title))")
        // The rest of something that is no deal is nothing.
        let none = agreements(
            extract(
                "Japan and Peru\n\nJapan spent ¥50 billion on roads last year.\n\nThe remaining ¥6 billion went to ports in Peru.\n"
            ))
        #expect(none.isEmpty, "\(none)")
    }

    @Test func whatOneDealIncludesIsNoDealOfItsOwn() throws {
        // The projects one agreement covers are its parts; the projects of several agreements are deals.
        func found(_ sentence: String) -> [Agreement] {
            agreements(
                extract(
                    "Kuwait and Jordan\n\nKuwait and Jordan signed an agreement worth $300 million on Monday.\n\(sentence)\n"
                ))
        }
        for one in [
            "The agreement includes $50 million in budget support, the financing of a gas pipeline project and a project to expand vocational schools.",
            "وتشمل الاتفاقية 50 مليون دولار دعما للموازنة، وتمويل مشروع خط غاز، ومشروع لتوسيع المدارس المهنية.",
            "ووقع البلدان مذكرة تفاهم ثانية، وتشمل تمويل مشروع خط غاز، ومشروع لتوسيع المدارس المهنية.",
        ] {
            let deals = found(one)
            #expect(deals.count == 2, "\(one): \(deals.map(\.title))")
        }
        for several in [
            "The agreements include $50 million in budget support, a gas pipeline project and a project to expand vocational schools.",
            "وتشمل الاتفاقيات 50 مليون دولار دعما للموازنة، وتمويل مشروع خط غاز، ومشروع لتوسيع المدارس المهنية.",
        ] {
            let deals = found(several)
            #expect(deals.count >= 4, "\(several): \(deals.map(\.title))")
        }
    }

    @Test func aDealToldByItsAmountAfterTheIsOneMoreItem() throws {
        let deals = agreements(
            extract(
                "Chile and Peru sign deals\n\nChile and Peru signed deals worth $900 million on Monday.\nThe deals include a $500 million copper smelter signed by two mining firms, the $300 million port of Ilo between a Chilean builder and a Peruvian operator, and a $100 million fund.\n"
            ))
        let values = Set(deals.compactMap { $0.value?.amount })
        #expect(
            values == [900_000_000, 500_000_000, 300_000_000, 100_000_000], "\(deals.map { ($0.title, $0.value) })")
    }

    @Test func aPackageCountedAlikeTwiceWithoutAnAmountIsOne() throws {
        for text in [
            "تركيا والجزائر\n\nشهدت زيارة أردوغان إلى الجزائر توقيع 13 اتفاقية تعاون بين البلدين.\nوأشار أردوغان إلى أنه بحث العلاقات التجارية خلال الزيارة التي شهدت أيضا توقيع 13 اتفاقية.\n",
            "Turkey and Algeria\n\nThe visit saw the signing of 13 cooperation agreements between the two countries.\nErdogan said he discussed trade during the visit, which also saw the signing of 13 agreements.\n",
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 1, "\(found.map(\.title))")
        }
        // Counted differently, they are two packages.
        let two = agreements(
            extract(
                "Turkey and Algeria\n\nThe visit saw the signing of 13 cooperation agreements between the two countries.\nThe two countries also signed 4 agreements on energy last year.\n"
            ))
        #expect(two.count == 2, "\(two.map(\.title))")
    }

    @Test func theTwoDealsASentenceNamesAndOneAddedWithoutAComma() throws {
        // "وهناك اتفاقيتان …، وهما اتفاقية لـ… وأخرى لـ…": two deals, the second titled by the first's noun.
        let two = agreements(
            extract(
                "مصر والصين\n\nووقعت مصر والصين اتفاقيات في بكين.\nوهناك اتفاقيتان تخصان قطاع الكهرباء وهما اتفاقية لإنشاء محطات جديدة وأخرى لتحديث شبكة النقل.\n"
            ))
        #expect(two.count == 3, "\(two.map(\.title))")
        #expect(two.contains { $0.title.hasPrefix("اتفاقية لتحديث") }, "\(two.map(\.title))")
        // "… هذا بالإضافة إلى اتفاقية قرض بمبلغ …": the loan is a deal of its own, with its amount.
        for text in [
            "مصر والصين\n\nوتشمل الاتفاقيات التي ستوقع اتفاقية للتعاون في مجال الصناعة هذا بالإضافة إلى اتفاقية قرض بمبلغ 100 مليون دولار لتمويل المشروعات الصغيرة.\n",
            "Egypt and China\n\nThe agreements to be signed include an agreement on industrial cooperation in addition to a loan agreement of $100 million for small firms.\n",
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 2, "\(text): \(found.map(\.title))")
            #expect(found.filter { $0.value?.amount == 100_000_000 }.count == 1, "\(found)")
        }
    }

    @Test func aPackageAndItsPartsRunTogetherWithoutSpaces() throws {
        // A page that lost its spaces: the total and each part, and the reserves it joins are no deal.
        let found = agreements(
            extract(
                "مصر والإمارات\n\nتلقى البنك المركزي المساعدات الإماراتية،بقيمة 3 ملياردولار،منها ملياري دولاروديعة بدون فائدة،وملياردولارسيولة نقدية لدعم الموازنة.\nوتدخل الوديعة ضمن الاحتياطي النقدي الأجنبي البالغ نحو 15 ملياردولارنهاية يونيو.\n"
            ))
        #expect(
            Set(found.compactMap { $0.value?.amount }) == [3_000_000_000, 2_000_000_000, 1_000_000_000],
            "\(found.map { ($0.title, $0.value) })")
    }

    @Test func whatAPackageConsistsOfAreItsParts() throws {
        // "بقيمة 4 مليارات دولار، عبارة عن 2 مليار دولار وديعة، و…": the total and its part.
        for text in [
            "مصر والكويت\n\nولم يحدد موعد لتحويل المساعدات الكويتية المقررة لمصر بقيمة 4 مليارات دولار، عبارة عن 2 مليار دولار وديعة، ومنحة لا ترد.\n",
            "Egypt and Kuwait\n\nNo date was set for the Kuwaiti aid pledged to Egypt, worth $4 billion, consisting of a $2 billion deposit and a non-refundable grant.\n",
        ] {
            let found = agreements(extract(text))
            #expect(Set(found.compactMap { $0.value?.amount }) == [4_000_000_000, 2_000_000_000], "\(text): \(found)")
        }
    }

    @Test func aCreditLineAfterAListIsNoItem() throws {
        // Items set out under a colon, then the page's credit: the credit is no deal.
        let text = """
            Chile and Peru sign accords

            The two governments signed these documents in Lima:
            1. Memorandum of Understanding on mining between Chile and Peru.
            2. Agreement on customs cooperation between Chile and Peru.
            %@
            """
        // (Some papers set a space before the colon.)
        for credit in ["(Source: Radio Example)", "Source: the wire", "Source : the wire", "[Photo: the ministry]"] {
            let found = agreements(extract(text.replacingOccurrences(of: "%@", with: credit)))
            #expect(found.count == 2, "\(credit): \(found.map(\.title))")
            #expect(!found.contains { $0.title.contains("Source") || $0.title.contains("Photo") })
        }
        // A short line without brackets after the items is still one more item.
        let more = agreements(
            extract(text.replacingOccurrences(of: "%@", with: "A programme of cultural exchanges for 2026")))
        #expect(more.count == 3, "\(more.map(\.title))")
    }

    @Test func aCountedPackageListedInFullIsItsItems() throws {
        let items = [
            "Memorandum of Understanding on fisheries between Ghana and Kenya.",
            "Agreement on air services between Ghana and Kenya.",
            "Memorandum of Understanding on tourism between Ghana and Kenya.",
        ]
        func article(counting count: String, listing listed: ArraySlice<String>) -> String {
            "Ghana and Kenya sign \(count) agreements\n\nGhana and Kenya signed \(count) agreements on Tuesday in Accra.\n"
                + "The ministers spoke of closer ties.\nThe documents signed were:\n"
                + listed.enumerated().map { "\($0.offset + 1). \($0.element)\n" }.joined()
        }
        // "signed three agreements", then the three one by one: three entries, not four.
        let full = agreements(extract(article(counting: "three", listing: items[...])))
        #expect(full.count == 3, "\(full.map(\.title))")
        #expect(!full.contains { $0.title.lowercased().hasPrefix("three") || $0.title == "agreements" })
        // Listed in part, the package stays an entry beside its items.
        let part = agreements(extract(article(counting: "five", listing: items.prefix(2))))
        #expect(part.count == 3, "\(part.map(\.title))")
    }

    @Test func lettersOfIntentAndMemorandaOfCooperationAreDeals() throws {
        let cases: [(String, String)] = [
            (
                "Chile and Peru\n\nChile and Peru signed a letter of intent on lithium on Monday.\n",
                "letter of intent on lithium"
            ),
            ("تشيلي وبيرو\n\nووقع الجانبان مذكرة تعاون في مجال الزراعة.\n", "مذكرة تعاون في مجال الزراعة"),
            ("تشيلي وبيرو\n\nووقع الجانبان خطاب نوايا بشأن التعدين.\n", "خطاب نوايا بشأن التعدين"),
        ]
        for (text, title) in cases {
            let found = agreements(extract(text))
            #expect(
                found.count == 1 && found.allSatisfy { $0.kind == .mou && $0.status == .signed && $0.title == title },
                "\(found)")
            #expect(found.allSatisfy { Set($0.parties) == [code("CL"), code("PE")] })
        }
    }

    @Test func creditFacilitiesAndOrdersAreDealsWithTitlesOfTheirOwn() throws {
        let cases: [(String, String)] = [
            ("Chile and Peru\n\nChile granted Peru a credit facility of $300 million.\n", "credit facility"),
            ("تشيلي وبيرو\n\nومنحت تشيلي بيرو تسهيلات ائتمانية بقيمة 300 مليون دولار.\n", "تسهيلات ائتمانية"),
        ]
        for (text, title) in cases {
            let found = agreements(extract(text))
            #expect(
                found.count == 1 && found.allSatisfy { $0.title == title && $0.value == Money(300_000_000, .usd) },
                "\(found)")
        }
        let orders = agreements(
            extract("Chile and Peru\n\nPeru placed orders for 20 trains worth $300 million from Chile.\n"))
        #expect(orders.count == 1 && orders.allSatisfy { $0.kind == .purchase }, "\(orders)")
    }

    @Test func frameworksRoadmapsAndChartersSignedAreDeals() throws {
        // Documents that are signed (penned, أبرم) without a word for "agreement".
        let cases: [(String, String)] = [
            (
                "Chile and Peru\n\nChile and Peru penned a roadmap for lithium cooperation on Monday.\n",
                "roadmap for lithium cooperation"
            ),
            (
                "Chile and Peru\n\nThe two countries signed a framework for cooperation in mining.\n",
                "framework for cooperation"
            ),
            ("تشيلي وبيرو\n\nوأبرم البلدان ميثاقا للتعاون في قطاع التعدين.\n", "ميثاق للتعاون في قطاع التعدين"),
            ("تشيلي وبيرو\n\nووقع الجانبان خارطة طريق للتعاون في الطاقة.\n", "خارطة طريق للتعاون في الطاقة"),
        ]
        for (text, title) in cases {
            let found = agreements(extract(text))
            #expect(
                found.count == 1
                    && found.allSatisfy {
                        $0.title == title && $0.status == .signed && Set($0.parties) == [code("CL"), code("PE")]
                    }, "\(found)")
        }
        // Strengthening a partnership, after a signing, is no deal of its own.
        let partnership = agreements(extract("تشيلي وبيرو\n\nويعكس التوقيع رغبة البلدين في تعزيز الشراكة بينهما.\n"))
        #expect(partnership.isEmpty, "\(partnership)")
    }
}

extension DealDocumentTests {
    @Test func aTitleKeepsItsBracketsClosed() throws {
        let e = extract(
            """
            Chile and Korea

            Chile and Korea signed an Economic Partnership Agreement (EPA) in Seoul in 2024.
            """)
        #expect(agreements(e).map(\.title) == ["Economic Partnership Agreement (EPA)"], "\(agreements(e).map(\.title))")
    }
    /// "The two sides also exchanged MoUs in the fields of youth and sports, documents and
    /// archives, between ProChile and PromPeru, and between the Chilean Chamber of Commerce and the
    /// Peruvian Business Council": uncounted, three fields or more set apart by commas are an MoU
    /// each, a field told by its two sides too, as written; two fields joined by "and" stay one deal.
    @Test func memorandaListedByFieldsAndSidesAreAnMoUEach() throws {
        let e = extract(
            """
            Chile and Peru

            The presidents of Chile and Peru met in Lima on Monday.
            Earlier in the day, the two presidents signed two agreements, one on a strategic partnership and a revised agreement on double taxation.
            The two sides also exchanged MoUs in the fields of youth and sports, documents and archives, between ProChile and PromPeru, and between the Chilean Chamber of Commerce and the Peruvian Business Council.
            """)
        let memoranda = agreements(e).filter { $0.kind == .mou }
        #expect(
            memoranda.map(\.title) == [
                "MoU on youth and sports", "MoU on documents and archives", "MoU between ProChile and PromPeru",
                "MoU between the Chilean Chamber of Commerce and the Peruvian Business Council",
            ], "\(agreements(e).map(\.title))")
        #expect(
            memoranda.allSatisfy {
                Set($0.parties.filter { $0.country != nil }) == [code("CL"), code("PE")] && $0.status == .announced
            },
            "\(memoranda.map { ($0.parties, $0.status) })")
        let one = agreements(
            extract(
                "Chile and Peru\n\nThe presidents met in Lima.\nChile and Peru signed agreements in the fields of trade and investment.\n"
            ))
        #expect(one.count == 1, "\(one.map(\.title))")
    }
    /// "signed several cooperation memoranda in energy, among them agreements on crude oil, the
    /// supply of gas, a joint oil company and a refinery", "عدة مذكرات تعاون …، بينها اتفاقات تخص
    /// …": uncounted deals listed by what they include are a deal each, the package none; a list
    /// that the word of inclusion gives of companies ("مع شركات طاقة، منها …") stays theirs.
    @Test func uncountedDealsListedByWhatTheyIncludeAreADealEach() throws {
        for (text, titles) in [
            (
                "The visit saw the signing of several cooperation memoranda in the energy sector, among them agreements on crude oil, the supply of liquefied gas to Peru, the founding of a joint oil company and the building of a refinery.",
                [
                    "agreement on crude oil", "agreement on the supply of liquefied gas to Peru",
                    "agreement on the founding of a joint oil company", "agreement on the building of a refinery",
                ]
            ),
            (
                "وشهدت الزيارة التوقيع على عدة مذكرات تعاون في قطاع الطاقة، بينها اتفاقات تخص النفط الخام وتوريد الغاز المسال إلى بيرو وتأسيس شركة نفط مشتركة وبناء مصفاة لتكرير النفط.",
                [
                    "اتفاقية في مجال النفط الخام", "اتفاقية في مجال توريد الغاز المسال إلى بيرو",
                    "اتفاقية في مجال تأسيس شركة نفط مشتركة", "اتفاقية في مجال بناء مصفاة لتكرير النفط",
                ]
            ),
            // Deals to build three works or more: a deal for each work.
            (
                "In recent years, Chilean companies have signed deals to build a new port, a rail network and a 530 km gas pipeline.",
                ["deal to build a new port", "deal to build a rail network", "deal to build a 530 km gas pipeline"]
            ),
            (
                "ووقعت شركات تشيلية في السنوات الأخيرة عقودا لبناء ميناء جديد وشبكة سكك حديدية وخط أنابيب للغاز بطول 530 كيلومترا.",
                ["عقد لبناء ميناء جديد", "عقد لبناء شبكة سكك حديدية", "عقد لبناء خط أنابيب للغاز بطول 530 كيلومترا"]
            ),
            (
                "ووقع الجانبان مذكرات تفاهم مع شركات طاقة بيروفية، منها «بترو» و«غاز بيرو» و«نفط الأنديز».",
                ["مذكرات مع بترو", "مذكرات مع غاز بيرو", "مذكرات مع نفط الأنديز"]
            ),
        ] {
            let found = agreements(
                extract("Chile and Peru\n\nThe presidents of Chile and Peru met in Lima on Monday.\n\(text)\n"))
            #expect(found.map(\.title) == titles, "\(found.map(\.title))")
            #expect(found.allSatisfy { $0.status == .signed && $0.parties.contains(code("PE")) })
        }
        // "بين" without its "من" is "between": agreements between four countries are one deal.
        let between = agreements(
            extract(
                "تشيلي وبيرو\n\nالتقى الرئيسان في ليما.\nوتشمل الخطة اتفاقيات بين تشيلي وبيرو والأرجنتين والبرازيل.\n"))
        #expect(between.count == 1, "\(between.map(\.title))")
    }
    /// "the current value of the signed agreements is 230 million euros, and when all of them are
    /// realized, their value will jump to 660 million euros", after "26 agreements … were signed":
    /// the value of the package told before, by its noun with the article; what it will be is no
    /// deal. A grant beside it stays a deal of its own.
    @Test func theValueOfTheSignedAgreementsIsThePackagesValue() throws {
        let lead =
            "Chile and Peru\n\n26 agreements between Chile and Peru were signed in Lima today during the visit of the Peruvian president.\n"
        for text in [
            "The president said that the current value of the signed agreements is 230 million euros, and when all of them are realized, their value will jump to 660 million euros.",
            "الرئيس قال إن قيمة الاتفاقيات الموقعة تبلغ حاليا 230 مليون يورو، وعندما تنفذ كلها سترتفع قيمتها إلى 660 مليون يورو.",
        ] {
            let found = agreements(extract(lead + text + "\n"))
            #expect(
                found.count == 1 && found.first?.value == Money(230_000_000, Currency("EUR")!),
                "\(found.map { ($0.title, $0.value) })")
        }
        let beside = agreements(
            extract(
                lead
                    + "The president said the value of the agreements is 230 million euros, while a grant of 20 million euros was also agreed.\n"
            ))
        #expect(beside.contains { $0.value?.amount == 20_000_000 }, "\(beside.map { ($0.title, $0.value) })")
    }
    /// ‘The agreements include “cooperation in sports and youth”, “cooperation in industry and
    /// technology”, …’ after a counted package: items quoted one by one are a deal each, whether
    /// or not each names a deal, in both languages.
    @Test func quotedItemsOfAPackageAreADealEach() throws {
        for (text, items) in [
            (
                "Chile and Peru\n\nChile and Peru signed 6 cooperation agreements today at their joint council.\nThe agreements include “cooperation in sports and youth”, “cooperation in industry and technology”, “a protocol between the national libraries” and “cooperation in the media”.\n",
                [
                    "cooperation in sports and youth", "cooperation in industry and technology",
                    "a protocol between the national libraries", "cooperation in the media",
                ]
            ),
            (
                "تشيلي وبيرو\n\nوقعت تشيلي وبيرو اليوم 6 اتفاقيات تعاون خلال اجتماع مجلس التعاون بين البلدين.\nوتضمنت الاتفاقيات \"التعاون في مجالي الرياضة والشباب\" و\"التعاون في مجالات الصناعة والتكنولوجيا\"، و\"بروتوكول تعاون بين المكتبتين الوطنيتين\" و\"التعاون في المجال الإعلامي\".\n",
                [
                    "التعاون في مجالي الرياضة والشباب", "التعاون في مجالات الصناعة والتكنولوجيا",
                    "بروتوكول تعاون بين المكتبتين الوطنيتين", "التعاون في المجال الإعلامي",
                ]
            ),
        ] {
            let found = agreements(extract(text))
            #expect(Array(found.map(\.title).dropFirst()) == items, "\(found.map(\.title))")
            #expect(found.allSatisfy { Set($0.parties) == [code("CL"), code("PE")] })
        }
    }

    /// "Other projects and deals secured during the visit include;": a line that says it
    /// introduces a list opens it with a semicolon as with a colon, and is no item itself.
    @Test func aListIntroducedWithASemicolonIsAList() throws {
        for mark in [";", "؛", ":"] {
            let found = agreements(
                extract(
                    """
                    Ghana and Singapore

                    The visit yielded $1 billion in investment deals with Singapore, the minister said.
                    Other projects and deals secured during the visit include\(mark)
                    A new student hostel for the University of Ghana.
                    Expansion of the Tema port.
                    A new oil jetty.
                    """))
            #expect(found.count == 4, "\(mark): \(found.map(\.title))")
            #expect(!found.contains { $0.title.contains("include") }, "\(mark): \(found.map(\.title))")
            #expect(
                found.contains { $0.title.contains("oil jetty") && $0.value == nil }, "\(mark): \(found.map(\.title))")
        }
    }
}

extension DealDocumentTests {
    /// "The funding is split into two tracks:" a sentence or two after a deal with an amount,
    /// then items that open with their amounts: each item is a part of that deal, with its
    /// parties and status, beside the whole. Lines after the parts without an amount are none.
    @Test func anAmountSharedOutIntoListedParts() throws {
        let text = """
            Norway pledges $90 million to Malawi

            Norway pledged a new financing package of $90 million for Malawi on Monday.
            The pledge was announced during a visit by the development minister.
            According to the finance ministry, the funding is split into two tracks:
            - $50 million for rural electrification projects
            - $40 million for direct budget support
            - Better tax collection in the provinces
            """
        let found = agreements(extract(text))
        #expect(found.count == 3, "\(found.map(\.title))")
        #expect(
            Set(found.compactMap(\.value?.amount)) == [90_000_000, 50_000_000, 40_000_000], "\(found.map(\.value))")
        #expect(found.allSatisfy { $0.status == .pledged }, "\(found.map(\.status))")
        // (With no deal before it, a line that shares an amount out lists no parts.)
        let none = agreements(
            extract(
                text.replacingOccurrences(
                    of: "Norway pledged a new financing package of $90 million for Malawi on Monday.\n", with: ""
                )
                .replacingOccurrences(of: "Norway pledges $90 million to Malawi", with: "Norway and Malawi")))
        #expect(none.isEmpty, "\(none.map(\.title))")
        let arabic = agreements(
            extract(
                """
                النرويج تتعهد بـ90 مليون دولار لملاوي

                أعلنت النرويج التزامها بتقديم حزمة تمويلية جديدة لملاوي قيمتها 90 مليون دولار.
                ويتوزع التمويل على مسارين:
                50 مليون دولار: لمشاريع كهربة الريف.
                40 مليون دولار: لدعم الموازنة العامة.
                """))
        #expect(arabic.count == 3, "\(arabic.map(\.title))")
        #expect(arabic.map(\.title).contains("لدعم الموازنة العامة"), "\(arabic.map(\.title))")
    }
}
