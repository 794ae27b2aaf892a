import NewsCore
import NewsExtract
import Testing

/// Countries as other papers spell them, names that only look like capitals, and trade told by
/// its two sides. Every text here is written for these tests.
@Suite struct SpellingAndSidesTests: ReadsArticles {
    @Test func aNameWithVietnameseAccentsIsTheCountry() throws {
        for text in [
            "News\n\nTrade between Việt Nam and Peru reached $1.2 billion in 2020.\n",
            "News\n\nViệt Nam's trade with Peru reached $1.2 billion in 2020.\n",
        ] {
            let found = trade(extract(text))
            #expect(found.count == 1 && Set(found[0].parties) == [code("VN"), code("PE")], "\(found)")
        }
        // One leader's two spellings share a key and stand for one country.
        #expect(CountryCatalog.shared.match("Erdoğan")?.country.code == CountryCode("TR"))
    }

    @Test func aCapitalWithTheArticleIsAName() throws {
        // ألباريس is a surname, not باريس: no France.
        #expect(CountryFinder().mentions(in: "وقال ألباريس إن العلاقات جيدة").isEmpty)
        let found = trade(extract("إسبانيا والمغرب\n\nقال ألباريس إن التبادل التجاري تخطى 5 مليارات يورو.\n"))
        #expect(found.count == 1 && Set(found[0].parties) == [code("ES"), code("MA")], "\(found)")
        // A capital whose name has the article, and one after the preposition لـ, are still read.
        let deal = agreements(extract("خبر\n\nوقعت الرياض اتفاقية مع باريس بقيمة 5 مليارات دولار.\n"))
        #expect(deal.count == 1 && Set(deal[0].parties) == [code("SA"), code("FR")], "\(deal)")
        let mentions = CountryFinder().mentions(in: "زيارة للرياض")
        #expect(mentions.map(\.country) == [CountryCode("SA")!])
    }

    @Test func exportsAndImportsBetweenTwoCountriesAreTheirTrade() throws {
        for text in [
            "Oman and Peru\n\nExports and imports between Oman and Peru reached $1.2 billion in 2020.\n",
            "عمان وبيرو\n\nبلغ حجم الواردات والصادرات بين عمان وبيرو 1.2 مليار دولار في عام 2020.\n",
        ] {
            let found = trade(extract(text))
            #expect(
                found.count == 1 && Set(found[0].parties) == [code("OM"), code("PE")]
                    && found[0].value?.amount == 1_200_000_000, "\(found)")
        }
        // One country's exports and imports are its trade with the world: no pair's figure.
        let own = trade(
            extract("Oman and Peru\n\nPeru's exports and imports reached $90 billion in 2020, a report said.\n"))
        #expect(own.isEmpty, "\(own)")
    }

    @Test func anExchangeBetweenSidesIsThePairsInAnyCurrency() throws {
        let found = trade(
            extract(
                """
                البرتغال وتونس

                قال الوزير إن العلاقات بين البرتغال وتونس ممتازة.
                وأشار الوزير إلى التبادل التجاري الذي تخطى 5 مليارات يورو في عام 2023.
                """))
        #expect(
            found.count == 1 && Set(found[0].parties) == [code("PT"), code("TN")] && found[0].value?.currency == .eur,
            "\(found)")
    }

    @Test func aLoanToOneOfSeveralCountriesIsOneDealOfThePackage() throws {
        let found = agreements(
            extract(
                """
                Japan lends to four

                A Japanese development bank signed financing agreements with Peru, Chile, Bolivia and Ecuador on Friday.
                The $313 million loan to Peru will build a dam.
                The $244 million loan to Chile will fund power lines.
                """))
        #expect(
            found.contains {
                $0.value?.amount == 313_000_000
                    && Set($0.parties.compactMap(\.country)) == [CountryCode("JP")!, CountryCode("PE")!]
            }, "\(found)")
        #expect(
            found.contains {
                $0.value?.amount == 244_000_000
                    && Set($0.parties.compactMap(\.country)) == [CountryCode("JP")!, CountryCode("CL")!]
            }, "\(found)")
    }

    @Test func twoConvertedDealsInOneSentenceStayTwo() throws {
        // The first deal's dollars (1 billion) are the second's local number: still two deals.
        let found = agreements(
            extract(
                """
                Peru and Chile

                Lima Group agreed a PEN3.67 billion ($1 billion) hospital contract with Chile's Andes Group; Andes Group also put PEN1 billion ($275 million) into a Lima port.
                """))
        #expect(Set(found.compactMap { $0.value?.amount }) == [1_000_000_000, 275_000_000], "\(found)")
    }

    @Test func dealsInQuotationMarksAreItemsOfTheList() throws {
        for text in [
            "News\n\nTunisia and Italy signed 5 cooperation agreements, including \"a German grant of 40 million euros\" and \"a contract to build a small harbour\".\n",
            "خبر\n\nوقعت تونس وإيطاليا 5 اتفاقيات تعاون، بينها \"منحة ألمانية بقيمة 40 مليون يورو\"، و\"اتفاقية لبناء ميناء صغير\".\n",
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 3, "\(found.map(\.title))")
            #expect(
                found.filter { $0.value?.amount == 40_000_000 }.count == 1
                    && found.contains { $0.value == nil && $0.title.contains("5") == false }, "\(found)")
            #expect(
                found.contains {
                    $0.value?.amount == 40_000_000 && ($0.title.contains("grant") || $0.title.contains("منحة"))
                }, "\(found.map(\.title))")
        }
    }

    @Test func aDealToInkIsADeal() throws {
        let found = agreements(
            extract("Peru and Chile\n\nPeru's state miner plans to ink a lithium supply deal with a Chilean firm.\n"))
        #expect(found.count == 1 && Set(found[0].parties) == [code("PE"), code("CL")], "\(found)")
    }

    @Test func severalAgreementsAndTheOneNamedAreTwoEntries() throws {
        for text in [
            "News\n\nTunisia and Italy signed several agreements at the forum, among them a $900 million agreement to produce gas.\n",
            "خبر\n\nووقعت تونس وإيطاليا عددا من الاتفاقيات بينها اتفاقية لإنتاج الغاز بقيمة 900 مليون دولار.\n",
        ] {
            let found = agreements(extract(text))
            #expect(
                found.count == 2 && found.contains { $0.value == nil }
                    && found.contains { $0.value?.amount == 900_000_000 }, "\(found)")
        }
    }

    @Test func aStakeBoughtWithItsPriceIsADeal() throws {
        for text in [
            "Peru and Chile\n\nLast month Peru bought a 12% stake in the Chilean miner Andes for $1.9 billion.\n",
            "Peru and Chile\n\nLast month Peru bought 12% of Andes, a Chilean mining company, for $1.9 billion.\n",
            "بيرو وتشيلي\n\nواشترت بيرو الشهر الماضي 12% في شركة أنديس التشيلية للتعدين مقابل 1.9 مليار دولار.\n",
        ] {
            let found = agreements(extract(text))
            #expect(
                found.count == 1 && found[0].value?.amount == 1_900_000_000 && found[0].kind == .investmentDeal,
                "\(found)")
            #expect(investments(extract(text)).isEmpty)
        }
    }

    @Test func goodsACountryExportsAreNoTradeFigure() throws {
        let found = trade(
            extract(
                "بيرو وتشيلي\n\nوصلت التجارة بين بيرو وتشيلي إلى 8 مليارات دولار في 2022، ويأتي النحاس على رأس ما تصدرها تشيلي إلى بيرو بقرابة 2.4 مليار دولار.\n"
            ))
        #expect(found.count == 1 && found.first?.value?.amount == 8_000_000_000, "\(found)")
    }

    @Test func bareOmanAmongItsGulfNeighboursIsOmanNotAmman() throws {
        let found = investments(
            extract(
                "وجاءت الكويت ثالثة باستثمارات في مصر بلغت 217 مليون دولار، ثم البحرين 160 مليون دولار، ثم عمان 68 مليون دولار، وأخيرا قطر 59 مليون دولار.\n"
            ))
        #expect(found.contains { $0.investor == code("OM") && $0.value?.amount == 68_000_000 }, "\(found)")
        // Beside Jordan, عمان stays unread: it may be Amman.
        let amman = agreements(extract("وقع الأردن والكويت اتفاقية في عمان بحضور وزير قطري.\n"))
        #expect(amman.allSatisfy { !$0.parties.contains(code("OM")) }, "\(amman)")
    }

    @Test func theUnionsBankAndCommissionStandForTheUnion() throws {
        for text in [
            "The People's Bank of China renewed its currency swap with the European Central Bank, worth 350 billion yuan ($50 billion).\n",
            "جدد بنك الشعب الصيني اتفاقية مبادلة العملات مع البنك المركزي الأوروبي بقيمة 350 مليار يوان (حوالي 50 مليار دولار).\n",
        ] {
            let found = agreements(extract(text))
            #expect(
                found.map { Set($0.parties.filter { $0.country != nil }) } == [
                    [code("CN"), .country(CountryCode("EU")!)]
                ],
                "\(found)")
        }
    }

    @Test func georgiaNamedTwiceIsTheCountryUnlessTheArticleIsAmerican() throws {
        let found = investments(
            extract(
                """
                Georgia received $1.5 billion of foreign direct investment in 2016.

                Georgia's largest investors in 2016:

                - Azerbaijan: $558 million
                - Turkey: $203 million
                """))
        #expect(found.count == 3 && found.allSatisfy { $0.recipient == code("GE") }, "\(found)")
        // The state: "Atlanta" says so.
        let state = agreements(
            extract("Georgia signed a $5 million deal with Kenya in Atlanta. Georgia is proud of it.\n"))
        #expect(state.allSatisfy { !$0.parties.contains(code("GE")) }, "\(state)")
        // Named once, Georgia stays unread.
        #expect(investments(extract("Georgia received $1.5 billion of foreign direct investment in 2016.\n")).isEmpty)
    }

    @Test func theSultanateIsOmanInAnArticleThatNamesIt() throws {
        let text = "خبر\n\nوزار وزير عماني بيرو.\nوبلغت التجارة بين السلطنة والصين 5 ملايين دولار.\n"
        let found = trade(extract(text))
        #expect(found.count == 1 && Set(found[0].parties) == [code("OM"), code("CN")], "\(found)")
        // An article that never names Oman leaves the Sultanate unread.
        #expect(
            trade(extract("خبر\n\nوزار الوزير بيرو.\nوبلغت التجارة بين السلطنة والصين 5 ملايين دولار.\n")).allSatisfy {
                !$0.parties.contains(code("OM"))
            })
    }

    @Test func aSeaOrAGulfNamedForACountryIsNoParty() throws {
        let found = agreements(
            extract("News\n\nGermany signed an energy agreement with the UAE during a tour of Persian Gulf nations.\n"))
        #expect(found.count == 1 && Set(found[0].parties) == [code("DE"), code("AE")], "\(found.map(\.parties))")
        let arabic = agreements(extract("خبر\n\nوقعت ألمانيا والإمارات اتفاقية للطاقة في المحيط الهندي.\n"))
        #expect(arabic.count == 1 && Set(arabic[0].parties) == [code("DE"), code("AE")], "\(arabic.map(\.parties))")
    }

    @Test func anAmountATargetNamesAfterItIsNoTradeFigure() throws {
        let found = trade(
            extract("Peru and Chile\n\nPeru and Chile have a $40 billion trade and investment goal, officials said.\n"))
        #expect(found.isEmpty, "\(found)")
    }

    @Test func aCountedPackageToldAgainWithItsAmountIsOne() throws {
        let found = agreements(
            extract(
                """
                بيرو وتشيلي

                ووقعت بيرو وتشيلي أمس 30 اتفاقية في مجالات الزراعة والتعليم، وأخرى في النقل.
                وقال مسؤول إن عدد الاتفاقيات وصل إلى 30 اتفاقية تبلغ قيمتها 2.1 مليار دولار.
                """))
        #expect(found.count == 1 && found.first?.value?.amount == 2_100_000_000, "\(found)")
    }

    @Test func theWholeADealIsPartOfIsNoDeal() throws {
        let found = agreements(
            extract(
                "اليابان ومصر\n\nوتمول اليابان بموجب الاتفاق 300 مليون دولار من إجمالي كلفة الجسر البالغة 900 مليون دولار.\n"
            ))
        #expect(found.count == 1 && found.first?.value?.amount == 300_000_000, "\(found)")
    }

    @Test func tradeWithTheMembersOfABlocIsNoPairsFigure() throws {
        let found = trade(
            extract(
                "تونس والمغرب\n\nووصل حجم التبادل بين تونس ودول الاتحاد (المغرب، والجزائر، وليبيا) إلى 2.1 مليار دولار.\n"
            ))
        #expect(found.isEmpty, "\(found)")
    }

    @Test func projectsListedWithTheirCostsInBracketsAreDeals() throws {
        let found = agreements(
            extract(
                """
                Peru and Chile

                Chilean firms are working on several projects including a copper smelter in Ilo (USD 2.2 billion), a desalination plant near Lima (USD 1.4 billion), and the upgrade of Callao port (USD 600 million).
                """))
        #expect(found.compactMap { $0.value?.amount } == [2_200_000_000, 1_400_000_000, 600_000_000], "\(found)")
        #expect(
            found.map(\.title) == ["copper smelter in Ilo", "desalination plant near Lima", "upgrade of Callao port"])
        #expect(found.allSatisfy { Set($0.parties) == [code("PE"), code("CL")] && $0.kind == .investmentDeal })
    }

    @Test func significantIsNoSigning() throws {
        let found = agreements(
            extract(
                "Peru and Chile\n\nMinisters described the new roadmap between Peru and Chile as a significant shift.\n"
            ))
        #expect(found.isEmpty, "\(found)")
        // The forms of signing still sign.
        for verb in ["signed", "signs", "are signing"] {
            #expect(
                agreements(extract("Peru and Chile\n\nPeru and Chile \(verb) a framework on energy.\n")).first?.status
                    == .signed, "\(verb)")
        }
    }

    @Test func anAmountAStatingVerbGivesAfterBringIsReached() throws {
        let found = trade(
            extract(
                "Peru and Chile\n\nThe new figures take Peru to its best year of trade with Chile, amounting to $7 billion.\n"
            ))
        #expect(found.count == 1 && found.first?.value?.amount == 7_000_000_000, "\(found)")
        // A raising verb's "to" is still an aim.
        #expect(
            trade(extract("Peru and Chile\n\nThe pact aims to bring trade between Peru and Chile to $9 billion.\n"))
                .isEmpty)
    }

    @Test func severalDealsToldByTheirOrderWithoutACountAreThoseDeals() throws {
        let found = agreements(
            extract(
                "News\n\nPeru and Chile signed several agreements on Monday.\nThe first covers energy.\nThe second concerns transport.\nThe weather was fine.\n"
            ))
        #expect(found.map(\.title) == ["agreements: energy", "agreements: transport"], "\(found)")
        let arabic = agreements(
            extract(
                """
                خبر

                ووقعت بيرو وتشيلي العديد من مذكرات التفاهم أمس.
                وتتعلق مذكرة التفاهم الأولى بالطاقة، ووقعها وزير الطاقة.
                وتهم الثانية قطاع الماء، ووقعها وزير الماء.
                """))
        #expect(
            arabic.count == 2 && arabic.allSatisfy { Set($0.parties) == [code("PE"), code("CL")] },
            "\(arabic.map(\.title))")
        #expect(arabic.last?.title.hasSuffix("قطاع الماء") == true, "\(arabic.map(\.title))")
    }

    @Test func banksAreNoCapital() throws {
        // "بنوك" (banks) is ب and نوك, Greenland's capital, to a reader that strips prepositions.
        let found = agreements(
            extract(
                "تشيلي وبيرو\n\nوقعت تشيلي اتفاقية مع بيرو بقيمة 3 مليارات دولار بتمويل من مجموعة من تسعة بنوك دولية.\n"
            ))
        #expect(
            found.count == 1 && Set(found[0].parties) == [code("CL"), code("PE")],
            "\(found.map { ($0.parties, $0.value) })")
    }
}
