import NewsCore
import NewsExtract
import Testing

/// Words of economic news in both languages that the rules read: documents signed beside
/// agreements, indefinite names of trade, present tenses of investing, shares of one-way flows,
/// and leaders named for their countries. Every text here is written for these tests.
@Suite struct VocabularyTests: ReadsArticles {
    @Test func aDealReachedOrEnteredIntoIsMadeWithoutAnAmount() throws {
        for text in [
            "البحرين وقطر\n\nكما دخلت شركة بحرينية للألمنيوم في اتفاق شراكة مع بنك قطري لإنشاء مصنع في الدوحة.\n",
            "سوريا وروسيا\n\nوقال رئيس الحكومة إنه تم التوصل إلى اتفاقية مع روسيا لتمويل بناء محطة كهرباء قرب دمشق.\n",
            "Bahrain and Qatar\n\nA Bahraini aluminium maker entered into a partnership agreement with a Qatari bank to build a plant in Doha.\n",
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 1 && found.first?.status == .announced, "\(text): \(found)")
        }
        // Entering a market is no deal.
        #expect(agreements(extract("البحرين وقطر\n\nودخلت شركة بحرينية السوق القطرية العام الماضي.\n")).isEmpty)
    }

    @Test func anExecutiveProgrammeAndAJointDeclarationSignedAreTwoDeals() throws {
        let e = extract(
            """
            خبر

            وقع الأردن ولبنان أمس البرنامج التنفيذي للتعاون في مجال الشباب وإعلانا مشتركا حول النقل البري.
            """)
        let found = agreements(e)
        #expect(found.count == 2, "\(found.map(\.title))")
        #expect(found.allSatisfy { Set($0.parties) == [code("JO"), code("LB")] && $0.status == .signed })
        #expect(found.contains { $0.title.contains("البرنامج التنفيذي") }, "\(found.map(\.title))")
    }

    @Test func anInvestmentPackageIsADealAndAZoneSetUpTogetherIsAWork() throws {
        for text in [
            "News\n\nQatar announced a $3 billion investment package for Jordan.\n",
            "خبر\n\nأعلنت قطر عن حزمة استثمارات بقيمة 3 مليارات دولار في الأردن.\n",
            "خبر\n\nأعلنت قطر عن حزمة استثمارية بقيمة 3 مليارات دولار للأردن.\n",
            // A package of projects, signed, with trade words about it: still the deal, no trade figure.
            "خبر\n\nونمت التجارة بين قطر والأردن بقوة، ولا سيما بعد توقيع حزمة مشاريع استثمارية بقيمة 3 مليارات دولار.\n",
        ] {
            let e = extract(text)
            #expect(trade(e).isEmpty, "\(text): \(trade(e))")
            #expect(
                agreements(e).map { Set($0.parties) } == [[code("QA"), code("JO")]]
                    && agreements(e).first?.value?.amount == 3_000_000_000, "\(text): \(agreements(e))")
            #expect(investments(e).isEmpty, "a package is a deal, no figure: \(text): \(investments(e))")
        }
        for text in [
            "News\n\nJordan and Iraq agreed to set up a joint industrial zone on their border.\n",
            "خبر\n\nاتفق الأردن والعراق على إنشاء منطقة صناعية مشتركة على الحدود.\n",
        ] {
            #expect(agreements(extract(text)).map { Set($0.parties) } == [[code("JO"), code("IQ")]], "\(text)")
        }
    }

    @Test func aDealUnderNegotiationIsNoneAndMemorandaExchangedAreDeals() throws {
        for text in [
            "News\n\nGhana and Canada launched talks on a free trade agreement.\n",
            "News\n\nGhana and Canada agreed to start negotiating a trade pact next month.\n",
            "خبر\n\nأطلقت غانا وكندا مفاوضات بشأن اتفاقية للتجارة الحرة.\n",
        ] {
            #expect(agreements(extract(text)).isEmpty, "\(text): \(agreements(extract(text)))")
        }
        // Concluded, or beside talks on something else, the deal is made.
        for text in [
            "News\n\nGhana and Canada concluded negotiations on a free trade deal.\n",
            "News\n\nGhana and Canada held talks on the economy and announced an agreement on visas.\n",
            "News\n\nThe leaders of Ghana and Canada witnessed the exchange of 6 MoUs on energy and health.\n",
        ] {
            #expect(
                agreements(extract(text)).map { Set($0.parties) } == [[code("GH"), code("CA")]],
                "\(text): \(agreements(extract(text)))")
        }
    }

    @Test func aDealDeniedIsNoneAndATenderWonIsADeal() throws {
        for text in [
            "News\n\nGhana and Canada met to discuss a gas pipeline. No agreement was signed.\n",
            "خبر\n\nاجتمع مسؤولون من غانا وكندا لبحث مشروع خط أنابيب، ولم يتم توقيع أي اتفاقية.\n",
            "خبر\n\nاتفقت غانا وكندا على بدء مفاوضات العام المقبل حول اتفاقية لحماية الاستثمارات.\n",
        ] {
            #expect(agreements(extract(text)).isEmpty, "\(text): \(agreements(extract(text)))")
        }
        for text in [
            "News\n\nA Canadian firm won a $300 million tender to build a road in Ghana.\n",
            "خبر\n\nفازت شركة كندية بمناقصة قيمتها 300 مليون دولار لبناء طريق في غانا.\n",
        ] {
            let found = agreements(extract(text))
            #expect(
                found.map { Set($0.parties) } == [[code("CA"), code("GH")]]
                    && found.first?.value?.amount == 300_000_000,
                "\(text): \(found)")
        }
    }

    @Test func carryingOutTheAgreementsInForceIsNoNewDeal() throws {
        let e = extract(
            """
            خبر

            وشدد وزيرا خارجية الأردن ولبنان على أهمية تنفيذ الاتفاقيات الموقعة بين البلدين.
            """)
        #expect(agreements(e).isEmpty, "\(agreements(e).map(\.title))")
    }

    @Test func theArabicPresentTenseOfInvestingGivesAnInvestment() throws {
        let found = investments(extract("خبر\n\nوتستثمر البحرين نحو 4 مليارات دولار في الأردن.\n"))
        #expect(found.count == 1, "\(found)")
        #expect(
            found.first?.investor == code("BH") && found.first?.recipient == code("JO")
                && found.first?.value?.amount == 4_000_000_000)
    }

    @Test func whereACompanyIsBasedIsItsCountry() throws {
        for text in [
            "News\n\nThe US-based firm Excelerate signed a deal with Peru.\n",
            "News\n\nThe U.S.-based firm Excelerate signed a deal with Peru.\n",
        ] {
            let found = agreements(extract(text))
            #expect(
                found.count == 1
                    && found.allSatisfy { $0.parties.contains(code("US")) && $0.parties.contains(code("PE")) },
                "\(found)")
        }
    }

    @Test func aCountryHomeToCompaniesIsWhereTheyInvest() throws {
        let found = investments(
            extract("News\n\nPeru is home to 300 Chilean companies with combined investments of $5 billion.\n"))
        #expect(
            found.count == 1 && found.first?.investor == code("CL") && found.first?.recipient == code("PE"), "\(found)")
    }

    @Test func theEmiratePointsBackAtAnEmirate() throws {
        // Peru is the country named last, but no emirate: "the emirate" is Qatar.
        let found = investments(
            extract(
                """
                Qatar and Peru

                The emir of Qatar visited Lima on Monday.

                Peru's government welcomed the visit.

                The emirate also invested $2 billion in Chile last year.
                """))
        #expect(
            found.count == 1 && found.first?.investor == code("QA") && found.first?.recipient == code("CL"), "\(found)")
    }

    @Test func theCountryOfACurrencyIsNoParty() throws {
        for text in [
            "News\n\nChile and Peru signed a deal worth 300 million Kuwaiti dinars.\n",
            "News\n\nChile and Peru signed a deal worth 3 billion UAE dirhams.\n",
            "خبر\n\nوقعت تشيلي وبيرو صفقة بقيمة 300 مليون ريال سعودي.\n",
        ] {
            let found = agreements(extract(text))
            #expect(found.map { Set($0.parties) } == [[code("CL"), code("PE")]], "\(found)")
        }
    }

    @Test func tradeWithEurasiaIsARegionsTrade() throws {
        let found = trade(
            extract(
                "Chile and Peru\n\nTrade between Chile and Peru stands at $5 billion, while Chile's trade with the Eurasian countries comes to $9 billion.\n"
            ))
        #expect(found.map { $0.value?.amount } == [5_000_000_000], "\(found)")
    }

    @Test func tradeNamedWithoutTheArticleIsTrade() throws {
        let e = extract(
            "خبر\n\nاحتلت تونس مرتبة متقدمة بين شركاء ليبيا، بتبادل تجاري وصل إلى 2.3 مليار دولار في 2023.\n")
        #expect(trade(e).count == 1, "\(trade(e))")
        #expect(
            trade(e).first.map { Set($0.parties) } == [code("TN"), code("LY")]
                && trade(e).first?.value?.amount == 2_300_000_000)
    }

    @Test func aShareOfOneCountrysImportsIsNoTradeFigure() throws {
        let e = extract(
            """
            Coffee report

            In May, Finland bought 12,000 tonnes of coffee from Brazil, making up 41 percent of its total imports, according to the Ministry of Trade and Industry.
            """)
        #expect(trade(e).isEmpty, "\(trade(e))")
    }

    @Test func aDeadlineInTheNextYearsMakesATarget() throws {
        let e = extract(
            """
            Chile and Peru

            Chile and Peru signed a trade pact on Monday.
            As it removes tariffs on most goods, officials count on it to lift copper, and wine sales to Peru and push total trade up to $9 billion in the next 4-years.
            """)
        #expect(trade(e).isEmpty, "\(trade(e))")
    }

    @Test func aCountedReferenceToDealsToldBeforeIsNoNewDeal() throws {
        let e = extract(
            """
            Ghana and Kenya sign five agreements

            ACCRA - Ghana and Kenya signed five agreements worth $2 billion on Monday during a state visit.
            “These five agreements cover health and farming, but the companies will announce the details,” he added.
            """)
        #expect(agreements(e).count == 1, "\(agreements(e).map(\.title))")
    }

    @Test func aMemorandumWithoutAnArticleAfterAnotherDealIsADealOfItsOwn() throws {
        let e = extract(
            """
            Ghana and Kenya

            An agreement on building a $300 million solar farm in the north and memorandum of understanding for a nursing college were signed by Ghana and Kenya.
            """)
        let found = agreements(e)
        #expect(found.count == 2, "\(found.map(\.title))")
        #expect(found.contains { $0.value?.amount == 300_000_000 } && found.contains { $0.value == nil })
    }

    @Test func aShareOfATotalThatACountryHoldsIsNoAcquisition() throws {
        let e = extract(
            """
            خبر

            وأوضح الوزير أن ماليزيا شريك رئيسي لإندونيسيا، إذ تستحوذ ماليزيا على 18% من إجمالي صادرات إندونيسيا إلى دول المنطقة.
            """)
        #expect(agreements(e).isEmpty, "\(agreements(e).map(\.title))")
    }

    @Test func aLeaderNamedForHisCountryMakesTheArticlesPair() throws {
        // Without the leader's name the United States is named as often as Brazil, and China less.
        let e = extract(
            """
            Deals worth $12 billion signed

            Chinese leader Xi Jinping met Brazil's president in Brasilia on Tuesday, in a trip that drew criticism from Washington.
            The United States has watched the visit closely, American officials said.
            Xi and his host then oversaw the signing of 15 agreements worth $12 billion.
            """)
        let found = agreements(e)
        #expect(
            found.contains { Set($0.parties) == [code("CN"), code("BR")] && $0.value?.amount == 12_000_000_000 },
            "\(found.map(\.parties))")
        #expect(!found.contains { $0.parties.contains(code("US")) }, "\(found.map(\.parties))")
        // A leader's name is no country's name where a user gives one.
        #expect(throws: UnknownCountry.self) { try CountryCatalog.shared.lookup("Putin") }
        #expect(CountryCatalog.shared.match("بوتين")?.country.code == CountryCode("RU"))
    }
}

extension VocabularyTests {
    @Test func whatACountryImportedIsNoTradeBetweenTwo() throws {
        let e = extract(
            """
            خبر

            جاءت ليبيا ثالثا بين الدول الأكثر استيرادا من تونس خلال 2023، إذ استوردت ما قيمته 900 مليون دينار تونسي، وفق بيانات التبادل التجاري.
            """)
        #expect(trade(e).isEmpty, "\(trade(e))")
        // Both sides of trade named by their adjectives are still trade.
        let both = extract(
            """
            خبر

            بلغ حجم التبادل التجاري بين تونس وليبيا في 2022 نحو 1.1 مليار دولار.
            وزادت تجارة الطرفين، في جانبيها الاستيرادي والتصديري، 40% مقارنة بعام 2015، حين لم تتعد 300 مليون دولار.
            """)
        #expect(trade(both).count == 2, "\(trade(both))")
    }
}

extension VocabularyTests {
    @Test func aRankIsAnInvestorsOnlyWhenItRanksInvestors() throws {
        let economy = extract(
            """
            خبر

            وتأتي الأموال اليابانية إلى بيرو في وقت يبحث فيه ثالث أكبر اقتصاد في العالم عن فرص استثمار جديدة في الخارج.
            """)
        #expect(investments(economy).isEmpty, "\(investments(economy))")
        // The rank goes with the pair's figure; alone it is no fact (`InvestmentDocumentTests`).
        let investor = investments(
            extract("خبر\n\nبلغت الاستثمارات اليابانية في بيرو 5 مليارات دولار. وتعد اليابان أكبر مستثمر في بيرو.\n"))
        #expect(
            investor.count == 1 && investor.first?.investor == code("JP") && investor.first?.recipient == code("PE")
                && investor.first?.rank == 1, "\(investor)")
    }

    @Test func growthThatIsOnlyPossibleIsNoInvestmentFigure() throws {
        let e = extract(
            """
            Peru and Japan

            For Japanese investment into Peru, a rise of as much as 60% is possible under the new treaty.
            """)
        #expect(investments(e).isEmpty, "\(investments(e))")
    }
}

extension VocabularyTests {
    @Test func wentUpIsAChange() throws {
        let e = extract(
            """
            Chile and Peru trade

            Trade between Chile and Peru reached $4.2 billion in 2023. Bilateral trade went up by 7.3% over the first half.
            """)
        #expect(trade(e).contains { $0.value == nil && $0.change?.percent == 7.3 && $0.share == nil }, "\(trade(e))")
    }
}

extension VocabularyTests {
    @Test func asiaInsideAWordIsNoRegion() throws {
        // "قياسيا" (a record) and "سياسيا" (politically) hold the letters of آسيا.
        let e = extract(
            """
            خبر

            وقال إن التبادل التجاري بين تونس والمغرب بلغ 2.1 مليار دولار في 2024، وهو ما يمثل ارتفاعاً قياسياً، بعدما سجل التبادل التجاري 1.6 مليار دولار في 2023.
            """)
        #expect(Set(trade(e).compactMap(\.value?.amount)) == [2_100_000_000, 1_600_000_000], "\(trade(e))")
    }

    @Test func aCompanyNamedShorterOnceIsTheSameDeal() throws {
        let e = extract(
            """
            شركة أكوا الإماراتية تبرم عقدا بـ3 مليارات دولار في الهند

            أبرمت شركة "أكوا" القابضة الإماراتية اتفاقا مع ولاية في الهند لتنفيذ مشروع بقيمة 11 مليار درهم (نحو 3 مليارات دولار).
            """)
        #expect(agreements(e).count == 1, "\(agreements(e).map { ($0.parties, $0.value) })")
    }
}
