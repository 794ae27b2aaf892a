import Foundation
import NewsCore
import NewsExtract
import Testing

/// What two sides agree on that makes a deal: a deal named as the object of "agreed", a work to
/// build (agreeing on a principle or a committee makes none); and the deals' amounts and titles:
/// two deals of one sentence each titled by its clause, the cost of the work told in the next
/// sentence as the deal's value. Every text here is written for these tests.
@Suite struct AgreeingTests: ReadsArticles {
    /// "Nepal received a loan of $20 million …, and Laos $15 million …": coordinated clauses
    /// that each give one country its own amount, the verb said once, are a deal each, with the
    /// article's lender.
    @Test func aVerbSaidOnceForTwoCountriesAndTheirAmounts() throws {
        let found = agreements(
            extract(
                """
                Kuwait fund lends to Asia

                The Kuwait Fund signed loan agreements with two Asian countries this week. Nepal received a loan of $20 million for a hydropower plant, and Laos $15 million for rural roads.
                """))
        #expect(
            found.contains {
                Set($0.parties) == [code("KW"), code("LA")] && $0.value?.amount == 15_000_000
            },
            "\(found.map { ($0.parties, $0.value) })")
        #expect(
            found.contains {
                Set($0.parties) == [code("KW"), code("NP")] && $0.value?.amount == 20_000_000
            },
            "\(found.map { ($0.parties, $0.value) })")
        #expect(!found.contains { Set($0.parties) == [code("NP"), code("LA")] })
    }

    /// "Morocco received two loans …. Ghana received $80 million for a water project; Kenya $60
    /// million for rural roads": after a sentence of loans, each country that receives an
    /// amount receives a loan from the article's lender, titled by what it is for; a country the
    /// works lead into is no party. (Togo's loans are the deal the sentence before tells, and
    /// keep its title.)
    @Test func countriesThatReceiveAmountsAfterASentenceOfLoans() throws {
        let found = agreements(
            extract(
                """
                Kuwait fund lends to African states

                The Kuwait Fund signed loan agreements with four African states this week. Togo received two loans of $30 million, one for a port and the other for a highway into Benin.
                Ghana received $80 million for a water project; Kenya $60 million for rural roads; and Senegal $40 million for a hospital.
                Mali received $45 million for domestic roads.
                """))
        let shown = "\(found.map { ($0.parties, $0.value?.amount, $0.title) })"
        for (country, amount, title) in [
            ("TG", 30_000_000 as Decimal, nil as String?), ("GH", 80_000_000, "water project"),
            ("KE", 60_000_000, "loan for rural roads"), ("SN", 40_000_000, "loan for a hospital"),
            ("ML", 45_000_000, "loan for domestic roads"),
        ] {
            #expect(
                found.contains {
                    Set($0.parties) == [code("KW"), code(country)] && $0.value?.amount == amount
                        && (title == nil || $0.title == title)
                }, "\(country): \(shown)")
        }
        #expect(!found.contains { $0.parties.contains(code("BJ")) }, "\(shown)")
        // Amounts received as investment are no loans.
        let flows = agreements(
            extract(
                """
                Kuwait fund lends to African states

                The Kuwait Fund signed loan agreements with Ghana this week. Kenya received $60 million of foreign investment last year.
                """))
        #expect(!flows.contains { $0.parties.contains(code("KE")) }, "\(flows.map { ($0.parties, $0.value) })")
    }

    @Test func aDealAgreedAsAnObjectIsADeal() throws {
        let found = agreements(
            extract(
                "News\n\nFrance and Morocco on Tuesday agreed a 781 million euro financing package for a rail line.\n"))
        #expect(found.count == 1, "\(found)")
        #expect(Set(found.first?.parties ?? []) == [code("FR"), code("MA")])
        #expect(found.first?.value?.amount == 781_000_000 && found.first?.value?.currency.code == "EUR")
        #expect(found.first?.status == .announced)
        // Agreeing on a principle names no deal.
        #expect(agreements(extract("News\n\nFrance and Morocco agreed a need for closer ties.\n")).isEmpty)
    }

    @Test func agreeingToBuildAWorkIsADeal() throws {
        for text in [
            "News\n\nNigeria and Morocco agreed to build a gas pipeline along the coast.\n",
            "خبر\n\nاتفق المغرب ونيجيريا على إنشاء خط أنابيب للغاز على طول الساحل.\n",
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 1, "\(text): \(found)")
            #expect(Set(found.first?.parties ?? []) == [code("NG"), code("MA")], "\(text): \(found)")
        }
        #expect(
            agreements(extract("News\n\nNigeria and Morocco agreed to set up a joint committee on trade.\n")).isEmpty)
    }

    @Test func agreeingWithACompanyToBuildAWorkIsADeal() throws {
        let found = agreements(
            extract(
                "Gulf news\n\nOman's investment authority agreed with Kia Motors of South Korea to set up a car assembly plant.\n"
            ))
        #expect(found.count == 1, "\(found)")
        let parties = Set(found.first?.parties ?? [])
        #expect(parties.isSuperset(of: [code("OM"), code("KR")]), "\(found)")
        #expect(found.first?.title == "car assembly plant", "\(found.map(\.title))")
    }

    @Test func dealsWithoutAmountsInClausesOfTheirOwnSubjectsAreTwo() throws {
        for (text, titles) in [
            (
                "News\n\nOman and South Korea\n\nOman's investment authority agreed with Kia to set up a car assembly plant, while a Korean utility signed a deal to supply power equipment to Oman.\n",
                ["car assembly plant", "deal to supply power equipment"]
            ),
            (
                "خبر\n\nوقعت مصر مذكرة تفاهم مع شركة صينية لإنشاء مصنع للسيارات الكهربائية، في حين وقعت وزارة النقل المصرية عقدا مع الصين لتوريد قطارات.\n",
                ["مذكرة تفاهم مع شركة صينية لإنشاء مصنع", "عقد مع الصين لتوريد قطارات"]
            ),
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 2, "\(text): \(found.map(\.title))")
            for title in titles {
                #expect(found.contains { $0.title.hasPrefix(title) }, "\(title): \(found.map(\.title))")
            }
        }
        // A clause of another subject that names no deal adds none.
        #expect(
            agreements(extract("News\n\nEgypt signed a deal with China while its minister was visiting Beijing.\n"))
                .count == 1)
    }

    @Test func theArabicPresentOfSigningIsASignature() throws {
        let found = agreements(extract("خبر\n\nتشيلي وبيرو توقعان اتفاقية لإنشاء مصنع للأسمدة.\n"))
        #expect(found.count == 1 && found.first?.status == .signed, "\(found)")
        #expect(Set(found.first?.parties ?? []) == [code("CL"), code("PE")], "\(found)")
    }

    @Test func twoDealsInASentenceAreEachTitledByTheirOwnClause() throws {
        let english = agreements(
            extract(
                "News\n\nBrazil's Vale and China's Baowu signed a $1.2 billion iron ore supply deal and a separate $300 million shipping contract.\n"
            ))
        #expect(Set(english.map(\.title)) == ["iron ore supply deal", "shipping contract"], "\(english.map(\.title))")
        let arabic = agreements(
            extract(
                "خبر\n\nوقعت شركة سعودية وشركة هندية اتفاقا لشراء حصة في مصفاة بقيمة 15 مليار دولار، كما وقعت الشركتان عقدا لتوريد الأسمدة بقيمة 400 مليون دولار.\n"
            ))
        #expect(arabic.count == 2, "\(arabic.map(\.title))")
        #expect(arabic.contains { $0.title.hasPrefix("عقد لتوريد الأسمدة") }, "\(arabic.map(\.title))")
        #expect(arabic.contains { $0.title.hasPrefix("اتفاق لشراء حصة") }, "\(arabic.map(\.title))")
    }

    @Test func theCostOfTheWorkInTheNextSentenceIsTheDealsValue() throws {
        for text in [
            "روسيا وتركيا\n\nوقعت روسيا وتركيا اتفاقية لبناء محطة نووية. وتبلغ تكلفة المحطة 20 مليار دولار.\n",
            "Russia and Turkey\n\nRussia and Turkey signed a deal to build a nuclear plant. The cost of the plant is put at $20 billion.\n",
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 1, "\(text): \(found)")
            #expect(found.first?.value?.amount == 20_000_000_000, "\(text): \(found)")
        }
    }

    @Test func aGainToAnEconomyIsNoDealsValue() throws {
        for text in [
            "Britain and India\n\nBritain and India signed a free trade agreement worth £4.8 billion a year to the UK economy.\n",
            "مصر والإمارات\n\nووقعت مصر والإمارات اتفاقية يتوقع أن تضيف 3 مليارات دولار إلى الناتج المحلي.\n",
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 1 && found.first?.value == nil, "\(text): \(found)")
        }
        // Money invested in an economy, or lent to support it, is the deal's.
        let lent = agreements(
            extract("News\n\nJapan and Egypt signed a $500 million loan to support the economy.\n"))
        #expect(lent.first?.value?.amount == 500_000_000, "\(lent)")
        let invested = agreements(
            extract("News\n\nThe UAE will invest $5 billion in Egypt's economy under the agreement signed on Monday.\n")
        )
        #expect(invested.first?.value?.amount == 5_000_000_000, "\(invested)")
    }

    @Test func anArabicTitleEndsBeforeALoneParticle() throws {
        let found = agreements(extract("الجزائر وتركيا\n\nووقعت الجزائر وتركيا اتفاقيات بـ 5 مليارات دولار.\n"))
        #expect(found.map(\.title) == ["اتفاقيات"], "\(found.map(\.title))")
    }

    @Test func anArabicDealNounsTradeAdjectiveLeavesItsAmountTheDeals() throws {
        let found = agreements(
            extract("كازاخستان والصين\n\nوقعت كازاخستان والصين صفقات تجارية بقيمة 22 مليار دولار.\n"))
        #expect(found.count == 1 && found.first?.value?.amount == 22_000_000_000, "\(found)")
        // Trade's own volume stays trade's.
        let e = extract("كازاخستان والصين\n\nبلغ حجم التبادل التجاري بين كازاخستان والصين 41 مليار دولار.\n")
        #expect(trade(e).count == 1 && agreements(e).isEmpty, "\(e.facts)")
    }

    @Test func depositingMoneyInACentralBankIsADeal() throws {
        for text in [
            "السعودية وباكستان\n\nستودع السعودية 3 مليارات دولار في البنك المركزي الباكستاني.\n",
            "السعودية وباكستان\n\nوسيودع صندوق سعودي 3 مليارات دولار لدى البنك المركزي الباكستاني.\n",
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 1 && found.first?.value?.amount == 3_000_000_000, "\(text): \(found)")
            #expect(Set(found.first?.parties ?? []) == [code("SA"), code("PK")], "\(text): \(found)")
        }
        // A warehouse (مستودع) holds the letters of "will deposit" and is no deal.
        #expect(agreements(extract("باكستان\n\nوبلغت قيمة مستودعات النفط في باكستان 3 مليارات دولار.\n")).isEmpty)
    }

    @Test func aSecondDealByItsOwnVerbAfterAndIsADealOfItsOwn() throws {
        for (text, title) in [
            (
                "News\n\nJapan and India signed a memorandum on chip supply chains and agreed to a currency swap line of $75 billion.\n",
                "currency swap line"
            ),
            (
                "خبر\n\nوقعت الصين والأرجنتين مذكرة تفاهم في مجال الطاقة المتجددة ووقعتا عقدا لبناء محطة نووية بقيمة 8 مليارات دولار.\n",
                "عقد لبناء محطة نووية"
            ),
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 2, "\(text): \(found.map(\.title))")
            let valued = found.filter { $0.value != nil }
            #expect(valued.count == 1 && valued.first?.title == title, "\(found.map(\.title))")
            #expect(found.contains { $0.value == nil && $0.kind == .mou }, "\(found)")
        }
        // Agreeing to what is no deal adds none.
        let one = agreements(
            extract("News\n\nEgypt and Kenya signed an agreement on trade and agreed to a new roadmap.\n"))
        #expect(one.count == 1, "\(one.map(\.title))")
    }

    /// A deal told by the year it was made ("After a 2014 agreement, …", "under a 2019 defence
    /// pact", "بموجب اتفاقية عام 2014") is a deal, announced; a year that dates something else
    /// ("In 2019 the trade agreement was still unsigned") or talks about a deal make none.
    @Test func aDealToldByItsYearIsADeal() {
        for sentence in [
            "After a 2014 agreement, the two nations began operating a joint military base in Qatar.",
            "Under a 2019 defence pact, Turkey trains Qatari troops.",
            "وبموجب اتفاقية عام 2014، بدأ البلدان تشغيل قاعدة عسكرية مشتركة.",
        ] {
            let found = agreements(
                extract("Turkey and Qatar\n\nTurkey and Qatar discussed trade on Monday. \(sentence)\n"))
            #expect(found.count == 1, "\(sentence): \(found.map(\.title))")
            #expect(found.first?.status == .announced, "\(sentence): \(found)")
            #expect(Set(found.first?.parties ?? []) == [code("TR"), code("QA")], "\(sentence): \(found)")
        }
        for sentence in [
            "In 2019 the trade agreement was still unsigned.", "In 2019 the trade agreement talks stalled.",
        ] {
            let found = agreements(
                extract("Turkey and Qatar\n\nTurkey and Qatar discussed trade on Monday. \(sentence)\n"))
            #expect(found.isEmpty, "\(sentence): \(found.map(\.title))")
        }
    }

    /// A trade or partnership agreement named by its initials ("signed a CEPA", "the FTA took
    /// effect") is a deal, a trade agreement; one being negotiated is none.
    @Test func aTradeAgreementByItsInitialsIsADeal() {
        for sentence in [
            "Kenya and the UAE signed a CEPA on Tuesday.", "Indonesia and the UAE signed an FTA on Tuesday.",
        ] {
            let found = agreements(extract("Deals\n\n\(sentence)\n"))
            #expect(found.count == 1, "\(sentence): \(found.map(\.title))")
            #expect(found.first?.kind == .tradeAgreement, "\(sentence): \(found)")
            #expect(found.first?.status == .signed, "\(sentence): \(found)")
        }
        #expect(agreements(extract("Deals\n\nIndia and the UAE are negotiating a CEPA.\n")).isEmpty)
    }

    /// A total given with its parts after a colon is the total and each part; two parts of one
    /// list with equal amounts are two deals, not one told twice.
    @Test func aTotalAndItsPartsAfterAColonAndEqualPartsApart() {
        let parts = agreements(
            extract(
                "Kuwait and Egypt\n\nKuwait will provide Egypt with $4 billion: a $2 billion deposit and a $1 billion grant.\n"
            ))
        #expect(
            parts.compactMap(\.value?.amount).sorted() == [1_000_000_000, 2_000_000_000, 4_000_000_000],
            "\(parts.map { ($0.title, $0.value) })")
        let equal = agreements(
            extract(
                "Kuwait and Egypt\n\nKuwait will provide Egypt with a $2 billion deposit, a $1 billion grant and a $1 billion loan.\n"
            ))
        #expect(equal.count == 3, "\(equal.map { ($0.title, $0.value) })")
        #expect(Set(equal.map(\.title)) == ["deposit", "grant", "loan"], "\(equal.map(\.title))")
    }

    /// "The largest is a $3 billion power link", "وأكبرها مشروع … بقيمة 3 مليارات دولار", after deals
    /// worth $5 billion, and "Of this amount, $3 billion will go to …" after a deal of $5 billion:
    /// the part is a deal of its own, titled by what it goes to, and the whole keeps its amount.
    @Test func theLargestOfThePackageIsADealOfItsOwn() {
        for (text, title) in [
            (
                "Saudi Arabia, Egypt sign deals\n\nSaudi Arabia and Egypt signed deals worth $5 billion on Monday. The largest is a $3 billion power link.\n",
                "power link"
            ),
            (
                "السعودية ومصر\n\nوقعت السعودية ومصر صفقات بقيمة 5 مليارات دولار. وأكبرها مشروع للربط الكهربائي بقيمة 3 مليارات دولار.\n",
                "مشروع للربط الكهربائي"
            ),
            (
                "Qatar and Iraq\n\nQatar signed a $5 billion investment agreement with Iraq. Of this amount, $3 billion will go to a solar plant near Basra.\n",
                "solar plant near Basra"
            ),
        ] {
            let found = agreements(extract(text))
            #expect(found.contains { $0.value?.amount == 5_000_000_000 }, "\(found.map { ($0.title, $0.value) })")
            #expect(
                found.contains { $0.value?.amount == 3_000_000_000 && $0.title == title },
                "\(found.map { ($0.title, $0.value) })")
        }
    }
}
