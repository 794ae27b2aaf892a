import Foundation
import NewsCore
import NewsExtract
import Testing

/// Trade figures read over clauses and sentences: what a figure rose by, amounts compared with
/// the one before, and sentences that go on with the figure before them. Every text here is
/// written for these tests.
@Suite struct TradeDocumentTests: ReadsArticles {
    /// "The trade imbalance between the two countries totaled $42.1 billion": a balance, no volume.
    @Test func aTradeImbalanceIsNoVolume() throws {
        let found = trade(
            extract(
                "China and the US\n\nThe trade imbalance between the two countries totaled $42.1 billion in the first two months.\n"
            ))
        #expect(found.isEmpty, "\(found.map { ($0.parties, $0.value) })")
    }

    /// "Trade between the GCC states and Morocco reached $3 billion, two-thirds of it Saudi
    /// Arabia's": a bloc's trade with a country is no pair's, whatever is named after the amount.
    @Test func tradeBetweenABlocAndACountryIsNoPairs() throws {
        for sentence in [
            "Trade between the GCC states and Morocco reached about $3 billion in 2011, two-thirds of it with Saudi Arabia.",
            "وبلغ حجم التبادل التجاري بين دول مجلس التعاون الخليجي والمغرب نحو ثلاثة مليارات دولار خلال العام 2011، تستحوذ السعودية على نحو ثلثيها.",
        ] {
            let found = trade(extract("Morocco and Qatar\n\n" + sentence + "\n"))
            #expect(found.isEmpty, "\(found.map { ($0.parties, $0.value) })")
        }
    }

    /// "شهد العام الماضي تبادلاً تجارياً … بلغ حجمه …": trade as the object of a verb, with the
    /// alif of its case ending, is the pair's trade.
    @Test func tradeAsAVerbsObjectIsThePairsTrade() throws {
        let found = trade(
            extract(
                """
                خبر

                شهد العام الماضي تبادلاً تجارياً بين تونس والجزائر بلغ حجمه 900 مليون دولار.
                """))
        #expect(
            found.contains { Set($0.parties) == [code("TN"), code("DZ")] && $0.value?.amount == 900_000_000 },
            "\(found.map { ($0.parties, $0.value) })")
    }

    /// "the bilateral figure of $9 billion, less than half Ghana's": what a figure is compared
    /// with is no party of it; the pair is the one the article's trade is of.
    @Test func whatAFigureIsComparedWithIsNoParty() throws {
        let found = trade(
            extract(
                """
                China's trade in Africa

                China's trade with Nigeria rose 12% to $40 billion in the first half, the most among China's partners in Africa. And while trade with Kenya surged 30%, the bilateral figure of $9 billion, less than half Ghana's, keeps it out of China's top ten partners.
                """))
        #expect(
            found.contains { Set($0.parties) == [code("CN"), code("KE")] && $0.value?.amount == 9_000_000_000 },
            "\(found.map { ($0.parties, $0.value) })")
        #expect(!found.contains { $0.parties.contains(code("GH")) }, "\(found.map(\.parties))")
    }

    @Test func aCountrysTradeWithTheWorldIsNoneOfThePairs() throws {
        // In an article on Vietnam and China, Vietnam's trade with all its partners is not theirs.
        for text in [
            "Vietnam and China\n\nTrade between Vietnam and its partners reached $300 billion. China led with $80 billion.\n",
            "فيتنام والصين\n\nبلغت التجارة الخارجية لفيتنام 300 مليار دولار. وتصدرت الصين بـ80 مليار دولار.\n",
        ] {
            #expect(trade(extract(text)).allSatisfy { $0.value?.amount != 300_000_000_000 }, "\(trade(extract(text)))")
        }
    }

    @Test func aWorldTotalBesideThePairsFigureIsNoneOfThePairs() throws {
        // One sentence gives the country's trade with the world and its trade with the partner:
        // the total is nobody's pair's, the partner's figure is the pair's.
        for text in [
            "Egypt and Kenya\n\nEgypt's total trade reached $90 billion last year, and its trade with Kenya stood at $1 billion.\n",
            "Egypt and Kenya\n\nEgypt's foreign trade reached $90 billion last year, of which $1 billion was with Kenya.\n",
            "Egypt and Kenya\n\nEgypt's trade with the world rose to $90 billion last year, and its trade with Kenya reached $1 billion.\n",
            "مصر وكينيا\n\nبلغ إجمالي التجارة الخارجية لمصر 90 مليار دولار العام الماضي، فيما بلغ حجم التبادل التجاري مع كينيا مليار دولار.\n",
        ] {
            let found = trade(extract(text))
            #expect(
                found.map(\.value) == [Money(1_000_000_000, .usd)]
                    && found.allSatisfy { Set($0.parties) == [code("EG"), code("KE")] }, "\(text): \(found)")
        }
        // Beside one side's exports, the figure of its trade with the partner named alone.
        let beside = trade(
            extract(
                "Kenya and Egypt\n\nKenya's total exports rose to $7.2 billion in 2023, while its trade with Egypt reached $600 million.\n"
            ))
        #expect(
            beside.map(\.value) == [Money(600_000_000, .usd)]
                && beside.allSatisfy { Set($0.parties) == [code("EG"), code("KE")] }, "\(beside)")
    }

    @Test func theWorldsTradeThePairsShareIsOfIsNoFigureOfThePair() throws {
        for text in [
            "Chile and Peru\n\nChile's trade with Peru accounted for 3% of its total trade of $150 billion.\n",
            "تشيلي وبيرو\n\nتمثل التجارة مع بيرو 3% من إجمالي التجارة الخارجية لتشيلي البالغة 150 مليار دولار.\n",
        ] {
            #expect(trade(extract(text)).allSatisfy { $0.value == nil }, "\(text): \(trade(extract(text)))")
        }
        // Total trade with the partner, or between the two, is theirs.
        for text in [
            "Chile and Peru\n\nChile's total trade with Peru reached $4 billion in 2023.\n",
            "تشيلي وبيرو\n\nبلغ إجمالي التجارة بين تشيلي وبيرو 4 مليارات دولار.\n",
        ] {
            #expect(trade(extract(text)).map(\.value) == [Money(4_000_000_000, .usd)], "\(text)")
        }
    }

    @Test func partnersListedAfterAColonAreTheHomesTrade() throws {
        for text in [
            "Peru's trade\n\nPeru's trade in 2023 by partner: China $36 billion, United States $17 billion, Brazil $5 billion.\n",
            "Peru's trade\n\nPeru's trade with Asia in 2023: China $36 billion; Japan $5 billion; UAE $2 billion.\n",
            "تجارة بيرو\n\nتجارة بيرو في 2023 حسب الشريك: الصين 36 مليار دولار، الولايات المتحدة 17 مليار دولار، البرازيل 5 مليارات دولار.\n",
        ] {
            let found = trade(extract(text))
            #expect(found.count == 3 && found.allSatisfy { $0.parties.contains(code("PE")) }, "\(text): \(found)")
            #expect(
                found.contains { Set($0.parties) == [code("PE"), code("CN")] && $0.value?.amount == 36_000_000_000 },
                "\(text): \(found)")
        }
    }

    @Test func goodsThatDroveAFigureAreNotWhatItIsOf() throws {
        // The headline and the body tell one figure: the goods the body names after it say what
        // drove it, so it is no figure of those goods.
        let e = extract(
            "Chile-Peru trade totalled $9 billion in 2023\n\nTrade between Chile and Peru totalled $9 billion last year, driven by copper and gas shipments.\n"
        )
        #expect(trade(e).count == 1 && trade(e).first?.commodity == nil, "\(trade(e))")
        let named = trade(extract("News\n\nChile-Peru copper trade totalled $2 billion last year.\n"))
        #expect(named.first?.commodity == "copper", "\(named)")
    }

    @Test func whatAFigureRoseByIsNoFigureOfItsOwn() throws {
        for text in [
            "News\n\nTrade between Chile and Peru grew by $1.5 billion last year to $9 billion.\n",
            "خبر\n\nزاد التبادل التجاري بين تشيلي وبيرو بمقدار 1.5 مليار دولار في العام الماضي، فبلغ 9 مليارات دولار.\n",
        ] {
            let found = trade(extract(text))
            #expect(found.map(\.value) == [Money(9_000_000_000, .usd)], "\(found)")
        }
        // "by" without a figure after it is not a change of one.
        let alone = trade(
            extract("News\n\nTrade between Chile and Peru was valued by officials at $9 billion last year.\n"))
        #expect(alone.map(\.value) == [Money(9_000_000_000, .usd)], "\(alone)")
    }

    @Test func anAmountComparedWithTheOneBeforeIsOfItsKind() throws {
        for text in [
            "News\n\nTrade between Chile and Peru reached $9 billion in 2023, and Chilean exports to Peru came to $4.2 billion against $3.8 billion in 2022.\n",
            "خبر\n\nبلغ حجم التبادل التجاري بين تشيلي وبيرو 9 مليارات دولار في 2023، وبلغت قيمة ما صدّرته تشيلي إلى بيرو 4.2 مليار دولار، مقابل 3.8 مليار دولار في 2022.\n",
        ] {
            let found = trade(extract(text))
            #expect(
                found.map(\.value) == [Money(9_000_000_000, .usd)],
                "exports and what they are compared with are no trade: \(found)")
        }
        // The trade figure may come after the one-way amount, in a clause of its own.
        let after = trade(
            extract(
                "News\n\nChilean exports to Peru rose 12% to $4.2 billion, while trade between Chile and Bolivia came to $1.1 billion.\n"
            ))
        #expect(
            after.map(\.value) == [Money(1_100_000_000, .usd)]
                && after.allSatisfy { Set($0.parties) == [code("CL"), code("BO")] }, "\(after)")
    }

    @Test func aSentenceThatGoesOnWithTheFigureBeforeItIsThatPairsTrade() throws {
        let e = extract(
            """
            Chile and Peru

            Trade between Chile and Peru rose 4% in 2021 to $8.1 billion.

            In 2022, it grew by 6% to $8.6 billion, while in 2023 it rose by 2% to $8.8 billion.

            In 2024, the budget grew to $90 billion.
            """)
        let found = trade(e)
        #expect(
            found.map(\.value) == [Money(8_100_000_000, .usd), Money(8_600_000_000, .usd), Money(8_800_000_000, .usd)],
            "\(found)")
        #expect(found.allSatisfy { Set($0.parties) == [code("CL"), code("PE")] })
    }

    @Test func aCountrysPartOfARegionsTradeIsThatCountrysTrade() throws {
        for text in [
            "China and Kenya\n\nChina's trade with Africa reached $280 billion in 2023, and Kenya accounted for $8 billion of it.\n",
            "الصين وكينيا\n\nوبلغ حجم التبادل التجاري بين الصين وأفريقيا 280 مليار دولار في 2023، واستأثرت كينيا منها بنحو 8 مليارات دولار.\n",
        ] {
            let found = trade(extract(text))
            #expect(
                found.map { $0.value?.amount } == [8_000_000_000]
                    && found.allSatisfy { Set($0.parties) == [code("CN"), code("KE")] }, "\(found)")
        }
    }

    @Test func aBareFigureOfTradeIsInTheOneCurrencyOfTheArticle() throws {
        let text = """
            Chile and Peru

            Peruvian investment in Chile reached $600 million in 2023.

            The minister said trade between the two countries came to 8.6 billion in the first half.

            The population of the region reached 12 million.
            """
        let found = trade(extract(text))
        #expect(found.map(\.value) == [Money(8_600_000_000, .usd)], "\(found)")
        #expect(!extract(text).facts.contains { $0.evidence.contains { $0.sentence.contains("population") } })
        // Two currencies so far: no one of them is the article's.
        let two = trade(
            extract(text.replacingOccurrences(of: "in 2023.", with: "in 2023, and 90 million euros in 2024.")))
        #expect(two.allSatisfy { $0.value == nil }, "\(two)")
    }

    @Test func ourCountriesAreTheArticlesPair() throws {
        let found = trade(
            extract(
                "Peru and Chile\n\nThe Peruvian minister met his Chilean host on Monday.\n\nLast year, trade between our countries reached $8 billion, he said.\n"
            ))
        #expect(
            found.map(\.value) == [Money(8_000_000_000, .usd)]
                && found.allSatisfy { Set($0.parties) == [code("CL"), code("PE")] }, "\(found)")
    }

    @Test func anAmountConvertedInBracketsIsOfTheKindOfTheAmountBefore() throws {
        for text in [
            "خبر\n\nوقالت غرفة التجارة والصناعة التشيلية إن صادرات تشيلي إلى بيرو تراجعت إلى 3 مليارات يورو (3.3 مليار دولار) هذا العام.\n",
            "News\n\nThe Chilean chamber of trade and industry said exports to Peru fell to 3 billion euros ($3.3 billion) this year.\n",
        ] {
            #expect(
                trade(extract(text)).isEmpty, "exports, in euros and in dollars, are no trade: \(trade(extract(text)))")
        }
    }

    @Test func whatEachSideSuppliesIsOneWay() throws {
        let found = trade(
            extract(
                "News\n\nTrade between Chile and Peru came to $8 billion, with Chile exporting $3 billion worth to Peru and Peru supplying $5 billion worth to Chile.\n"
            ))
        #expect(found.map(\.value) == [Money(8_000_000_000, .usd)], "\(found)")
    }

    @Test func countriesARankingPlacesAheadAreNoParties() throws {
        for text in [
            "News\n\nPeru ranks as Chile's fourth partner in trade, behind Brazil and Mexico; two-way trade came to $8 billion in 2023.\n",
            "خبر\n\nوتحتل بيرو مرتبة الشريك الرابع لتشيلي في التجارة بعد البرازيل والمكسيك، وقد بلغ التبادل التجاري 8 مليارات دولار في 2023.\n",
        ] {
            let found = trade(extract(text))
            #expect(
                found.map(\.value) == [Money(8_000_000_000, .usd)]
                    && found.allSatisfy { Set($0.parties) == [code("CL"), code("PE")] }, "\(found)")
        }
        // "after" in time is no ranking.
        let visit = trade(
            extract(
                "News\n\nAfter Brazil, the minister flew to Peru, whose trade with Chile reached $8 billion in 2023.\n")
        )
        #expect(visit.contains { $0.parties.contains(code("PE")) }, "\(visit)")
    }

    @Test func aFigureThatNamesOnlyAPartnerIsOfTheCountryWhosePartnersTheArticleRanks() throws {
        let found = trade(
            extract(
                """
                Customs figures

                Peru is now Chile's second-biggest partner in trade, the customs office said.

                Trade with Bolivia slipped 3% to 2.1 billion dollars in 2023.
                """))
        #expect(
            found.contains { Set($0.parties) == [code("CL"), code("BO")] && $0.value == Money(2_100_000_000, .usd) },
            "\(found)")
        // With no ranking of anyone's partners, a lone partner's trade has no second party.
        let alone = trade(
            extract(
                "Bolivia\n\nThe customs office gave its yearly figures.\n\nTrade with Bolivia slipped 3% to 2.1 billion dollars in 2023.\n"
            ))
        #expect(alone.isEmpty, "\(alone)")
    }

    @Test func aSentenceWhoseCountriesComeAfterItsAmountGoesOnWithTheFigureBefore() throws {
        let found = trade(
            extract(
                """
                Chile and Peru

                Trade between Chile and Peru came to $7 billion in 2022.

                That grew 14% to $8 billion in 2023, with Chilean exports to Peru at $5 billion.
                """))
        #expect(found.map(\.value) == [Money(7_000_000_000, .usd), Money(8_000_000_000, .usd)], "\(found)")
        #expect(found.allSatisfy { Set($0.parties) == [code("CL"), code("PE")] }, "\(found)")
    }

    @Test func aBareChangeAfterAFigureIsThatFiguresChange() throws {
        let found = trade(
            extract(
                "Chile and Peru\n\nTrade between Chile and Peru reached $8 billion in 2023.\n\nChile's customs office says turnover was up 6%.\n"
            ))
        #expect(
            found.count == 1 && found.first?.value == Money(8_000_000_000, .usd) && found.first?.change != nil,
            "\(found)")
    }

    @Test func aTargetNamedInThePluralIsNoFigure() throws {
        let found = trade(extract("News\n\nChile and Peru agreed on $20 billion targets for two-way trade by 2030.\n"))
        #expect(found.isEmpty, "\(found)")
    }

    @Test func exchangeWithItsVolumeIsTrade() throws {
        let found = trade(
            extract("خبر\n\nوأفاد سفير تشيلي في ليما بأن حجم التبادل مع بيرو وصل إلى 8 مليارات دولار في 2023.\n"))
        #expect(
            found.map(\.value) == [Money(8_000_000_000, .usd)]
                && found.allSatisfy { Set($0.parties) == [code("CL"), code("PE")] }, "\(found)")
    }

    @Test func aTradeFigureThatNamesNoCountryGoesOnWithThePairBefore() throws {
        let found = trade(
            extract(
                "Chile and Peru\n\nChile and Peru traded goods worth $7 billion in the first half of 2024, trade turnover data show.\n\nA year earlier, trade stood at $6.2 billion.\n"
            ))
        #expect(
            found.map { $0.value?.amount } == [7_000_000_000, 6_200_000_000]
                && found.allSatisfy { Set($0.parties) == [code("CL"), code("PE")] }, "\(found)")
    }

    @Test func theMembersOfABlocAreNoCountryAndTheirAgreementNoDeal() throws {
        // Trade with the countries of a trade area, sales to them, the area's agreement named for
        // its members: no bilateral figure and no deal, though the article names Libya too.
        let english = extract(
            """
            Tunisia's trade with the Arab free trade zone grows

            Trade between Tunisia and the countries of the Arab free trade area grew 9 percent in the first quarter. Tunisian sales to the member countries of the agreement came to 300 million dinars, with Libya first.
            """)
        #expect(english.facts.isEmpty, "\(english.facts.map(\.fact))")
        let arabic = extract(
            """
            نمو مبادلات تونس مع منطقة التبادل الحر العربية

            صعد التبادل التجاري بين تونس ودول منطقة التبادل الحر العربية بنسبة 9 بالمئة في الربع الأول. وسجلت مبيعات تونس إلى دول الاتفاقية 300 مليون دينار، وتصدرت ليبيا القائمة.
            """)
        #expect(arabic.facts.isEmpty, "\(arabic.facts.map(\.fact))")
    }

    @Test func twoWayAndMutualTradeIsTheArticlesPair() throws {
        // A figure of two-way or mutual trade that names no country is the article's pair's.
        let english = "Chile and Peru hold talks\n\nOfficials of Chile and Peru met in Lima on Monday.\n\n"
        let arabic = "تشيلي وبيرو تبحثان تعزيز التعاون\n\nالتقى وزيرا التجارة في تشيلي وبيرو في ليما يوم الاثنين.\n\n"
        for text in [
            english + "Two-way trade reached $640 million last year.",
            arabic + "وبلغت التجارة المتبادلة 640 مليون دولار في العام الماضي.",
            arabic + "وبلغ حجم التجارة بالاتجاهين 640 مليون دولار في العام الماضي.",
        ] {
            let found = trade(extract(text + "\n"))
            #expect(
                found.count == 1
                    && found.allSatisfy {
                        Set($0.parties) == [code("CL"), code("PE")] && $0.value?.amount == 640_000_000
                    }, "\(text): \(found)")
        }
    }

    @Test func commercialDealingsBetweenTwoCountriesAreTheirTrade() throws {
        // "التعاملات التجارية" (commercial dealings) is another name of the trade volume.
        let found = trade(extract("تشيلي وبيرو\n\nوارتفعت التعاملات التجارية بين تشيلي وبيرو إلى 300 مليون دولار.\n"))
        #expect(
            found.count == 1
                && found.allSatisfy { Set($0.parties) == [code("CL"), code("PE")] && $0.value?.amount == 300_000_000 },
            "\(found)")
    }

    @Test func aFigureBeforeTheArticleNamesItsPairIsNotThePairs() throws {
        // The article is about one country's trade with the world; a partner named further down,
        // twice, is no party of the figures told before it.
        let found = trade(
            extract(
                """
                Exports of fuel grew fastest

                The country's overall trade in the year jumped to $770 billion, the ministry of India said.

                In the year before, the annual trade had stood at $676 billion.

                Imports from Russia grew the most, and India bought more Russian coal.
                """))
        #expect(found.isEmpty, "\(found.map { ($0.parties, $0.value) })")
        // Once both are named, a figure that names neither is the pair's, as before.
        let named = trade(
            extract(
                """
                India and Russia meet

                India and Russia held talks on Monday. Bilateral trade stood at $65 billion last year.
                """))
        #expect(named.map { Set($0.parties) } == [[code("IN"), code("RU")]], "\(named)")
    }

    @Test func ofManyCountriesTheFigureIsThePairNamedTogetherLast() throws {
        let found = trade(
            extract(
                "At meetings with the heads of the trade offices in Germany, Saudi Arabia, Spain and France, the minister said trade between Egypt and Germany reached 5.5 billion euros in 2022, while exports to Germany passed 1 billion euros.\n"
            ))
        #expect(found.map { Set($0.parties) } == [[code("EG"), code("DE")]], "\(found.map(\.parties))")
    }

    @Test func theYearBeforeInAnotherCurrencyIsAFigureNotAConversion() throws {
        let found = trade(
            extract(
                "Trade between Saudi Arabia and China reached 309 billion riyals ($81 billion) in 2021, a 37% increase from 221.6 billion riyals in 2020.\n"
            ))
        #expect(found.count == 2, "\(found.map { ($0.value, $0.period) })")
        #expect(found.contains { $0.value == Money(221_600_000_000, Currency("SAR")!) }, "\(found.map(\.value))")
    }

    @Test func goodsThatChangedHandsBetweenTwoCountriesAreTheirTrade() throws {
        let found = trade(
            extract("Goods worth 173.2 billion euros changed hands between Germany and Brazil in 2015.\n"))
        #expect(found.map { Set($0.parties) } == [[code("DE"), code("BR")]], "\(found)")
    }

    @Test func anImportantPartnerIsNoImporter() throws {
        // "important" starts as "import" does: no one-way flow.
        let found = trade(
            extract(
                """
                Germany trade

                Brazil was Germany's most important trading partner last year, followed by France with 170.1 billion euros and Spain with 67.6 billion euros.
                """))
        #expect(
            Set(found.map { Set($0.parties) }) == [[code("FR"), code("DE")], [code("ES"), code("DE")]],
            "\(found.map { ($0.parties, $0.value) })")
    }

    @Test func theCountriesThatFollowTheBiggestImporterAreImportersToo() throws {
        // A ranking of buyers (or sellers) names one-way flows, the countries after "followed by"
        // as much as the first; a ranking of trading partners names the pair's trade.
        let rankings: [(String, Set<Set<Party>>)] = [
            ("biggest importer", []),
            ("largest exporter", []),
            (
                "biggest trading partner",
                [[code("DE"), code("CL")], [code("ES"), code("CL")], [code("IT"), code("CL")]]
            ),
        ]
        for (ranked, expected) in rankings {
            let found = trade(
                extract(
                    """
                    Chile's trade in the first half

                    From January to June, Germany stayed Chile's \(ranked) with turnovers of 3.3 billion U.S. dollars, followed by Spain with 1.5 billion U.S. dollars and Italy with 1.1 billion U.S. dollars.
                    """))
            #expect(
                Set(found.map { Set($0.parties) }) == expected, "\(ranked): \(found.map { ($0.parties, $0.value) })")
        }
    }

    @Test func exchangesBetweenTwoCountriesAreTheirTrade() throws {
        // "المبادلات" without "التجارية": exchanges between the pair, or their value, are trade.
        for text in [
            "بلغت قيمة المبادلات بين تونس والجزائر 7.7 مليار دينار تونسي سنة 2024.",
            "تطورت العلاقات التجارية بين تونس والجزائر سنة 2024، إذ بلغت قيمة المبادلات 7.7 مليار دينار تونسي.",
            "ارتفع حجم المبادلات بين تونس والجزائر إلى 7.7 مليار دينار تونسي سنة 2024.",
        ] {
            let found = trade(extract("تونس والجزائر\n\n" + text))
            #expect(
                found.map { Set($0.parties) } == [[code("TN"), code("DZ")]]
                    && found.first?.value == Money(7_700_000_000, Currency("TND")!),
                "\(text): \(found.map { ($0.parties, $0.value) })")
        }
    }

    @Test func aCommercialExchangeIsTradeAndAYearIsNoRangesLowEnd() throws {
        for text in [
            // "commercial exchange": trade, as news translated from Spanish puts it.
            "The commercial exchange between the two countries grew 4 per cent in 2019, totalling USD 3,215 million.",
            // "in 2019 to USD …": the year is where the figure stood, not the low end of a range.
            "Trade between the two countries rose 4 per cent in 2019 to USD 3,215 million.",
        ] {
            let found = trade(extract("Peru and Japan\n\n" + text))
            #expect(
                found.map { Set($0.parties) } == [[code("PE"), code("JP")]]
                    && found.first?.value == Money(3_215_000_000, .usd),
                "\(text): \(found.map { ($0.parties, $0.value) })")
        }
    }

    @Test func exportsAndImportsWorthAnAmountAreNoTradeVolume() throws {
        let found = trade(
            extract(
                "Peru and Japan\n\nPeru's bilateral trade last year with Japan covers $4.2 billion worth of exports versus $3.1 billion worth of imports.\n"
            ))
        #expect(found.isEmpty, "\(found.map { ($0.parties, $0.value) })")
    }

    @Test func aScaleRunTogetherWithItsCurrencyIsReadAndABalanceAfterAnAmountIsNoVolume() throws {
        let found = trade(
            extract(
                "كوريا والكويت\n\nقفز حجم التجارة الثنائية بين كوريا والكويت إلى 21.3 ملياردولار في عام 2019، و12 ملياردولار في الميزان التجاري لصالح الكويت.\n"
            ))
        #expect(found.map(\.value) == [Money(21_300_000_000, .usd)], "\(found.map { ($0.parties, $0.value) })")
    }

    @Test func anIncreaseWitnessedIsAChangeMadeNotAnAim() throws {
        let made = trade(
            extract(
                "الأردن والعراق\n\nوأوضح أن التجارة الثنائية شهدت زيادة ملحوظة حيث ارتفع بنسبة 9 % ليصل إلى 4.1 مليار دولار في العام 2022.\n"
            ))
        #expect(made.map(\.value) == [Money(4_100_000_000, .usd)], "\(made.map { ($0.parties, $0.value) })")
        // An increase sought is an aim.
        let aim = trade(extract("الأردن والعراق\n\nيسعى البلدان إلى زيادة التجارة الثنائية إلى 6 مليارات دولار.\n"))
        #expect(aim.isEmpty, "\(aim.map { ($0.parties, $0.value) })")
    }

    @Test func theKingdomInAnArticleThatNamesNoKingdomIsSaudiArabia() throws {
        let found = trade(
            extract(
                "أشاد الوزير بالعلاقات بين المملكة وسلطنة عُمان.\nوبين أن حجم التبادل التجاري بين البلدين بلغ نحو 8.2 مليار ريال خلال 2021.\n"
            ))
        #expect(found.map { Set($0.parties) } == [[code("SA"), code("OM")]], "\(found.map(\.parties))")
        // Where the article names another kingdom, the Kingdom is that one.
        let jordan = trade(
            extract(
                "أشاد الوزير بالعلاقات بين الأردن وسلطنة عُمان.\nوبين أن حجم التبادل التجاري بين المملكة والسلطنة بلغ نحو 300 مليون دينار خلال 2021.\n"
            ))
        #expect(jordan.allSatisfy { Set($0.parties) == [code("JO"), code("OM")] }, "\(jordan.map(\.parties))")
    }

    /// A sentence that speaks of a pair's trade without a figure lends its pair to the figure
    /// told right after it without countries.
    @Test func theFigureAfterASentenceOnAPairsTradeIsThePairs() {
        let found = trade(
            extract(
                """
                Chile and Peru review their ties

                Peru saw a decline in trade turnover with Chile in 2023. The overall trade decreased by 5.4%, dropping from $4.6 billion to $4.4 billion.
                """))
        #expect(
            found.contains {
                Set($0.parties) == [code("CL"), code("PE")] && $0.value?.amount == 4_400_000_000
            },
            "\(found)")
    }

    /// A change told after the amount in a clause of its own, of a period of its own, is a figure
    /// of its own without an amount; set against the same period a year before, it is the
    /// amount's change.
    @Test func aChangeOfALaterPeriodInAClauseOfItsOwnIsAFigureOfItsOwn() {
        for text in [
            """
            Chile and Peru review ties

            Trade between Chile and Peru reached a record $4.1 billion last year, growing by 13.6%, and has increased a further 17% in the first nine months of this year.
            """,
            """
            تشيلي وبيرو

            بلغ حجم التبادل التجاري بين تشيلي وبيرو 4.1 مليار دولار العام الماضي، وارتفع بنسبة 17% خلال الأشهر التسعة الأولى من العام الجاري.
            """,
        ] {
            let found = trade(extract(text))
            #expect(found.count == 2, "\(found)")
            #expect(found.contains { $0.value == nil && $0.change?.percent == 17 }, "\(found)")
            #expect(found.contains { $0.value?.amount == 4_100_000_000 && $0.change?.percent != 17 }, "\(found)")
        }
        let compared = trade(
            extract(
                """
                Chile and Peru review ties

                Trade between Chile and Peru reached $4.1 billion in the first half, and rose 10% compared with the same period last year.
                """))
        #expect(compared.count == 1 && compared.first?.change?.percent == 10, "\(compared)")
    }

    /// The amount a balance word stands right before is the balance, no volume, though the
    /// sentence speaks of the trade between the two; the volume beside a surplus stays.
    @Test func theAmountOfABalanceIsNoVolume() {
        let balance = trade(
            extract(
                """
                Chile and Peru

                Trade between the two countries accumulated a negative balance of US$ 4.65 billion for Chile in the first nine months of the year.
                """))
        #expect(balance.isEmpty, "\(balance)")
        let beside = trade(
            extract(
                """
                Chile and Peru

                Trade between the two countries reached $9 billion, with a surplus of $2 billion for Chile.
                """))
        #expect(beside.map(\.value?.amount) == [9_000_000_000], "\(beside)")
    }

    /// Trade two countries strive for is an aim, no figure.
    @Test func tradeStrivenForIsAnAim() {
        let found = trade(
            extract("Chile, Peru strive for US$10 billion bilateral trade in 2026\n\nThe two ministers met in Lima.\n"))
        #expect(found.isEmpty, "\(found)")
    }
    /// "In 2023 trade reached US$4.2 billion, and in the first six months of 2024 it amounted to
    /// US$2.1 billion", in an article about two countries: both figures, in dollars, of a sentence
    /// that names no country are the pair's, each of its own period (the first's year stands
    /// before it). Not when the sentence is of a bloc's members or aims at a figure.
    @Test func twoDollarFiguresOfASentenceThatNamesNoCountryAreThePairs() throws {
        for text in [
            """
            Chile and Peru

            The presidents of Chile and Peru met in Lima on Monday.
            In 2023, a record year, trade reached US$4.2 billion, and in the first six months of 2024 it amounted to US$2.1 billion.
            """,
            """
            تشيلي وبيرو

            التقى رئيسا تشيلي وبيرو في ليما يوم الاثنين.
            وفي عام 2023، وهو عام قياسي، بلغت التجارة 4.2 مليار دولار، وفي الأشهر الستة الأولى من 2024 بلغت 2.1 مليار دولار.
            """,
        ] {
            let found = trade(extract(text))
            #expect(found.allSatisfy { Set($0.parties) == [code("CL"), code("PE")] }, "\(found)")
            #expect(
                found.map { "\($0.value?.amount ?? 0)" }.sorted() == ["2100000000", "4200000000"], "\(found)")
            #expect(found.first { $0.value?.amount == 4_200_000_000 }?.period == "2023", "\(found)")
        }
        for text in [
            """
            Chile and Peru

            The presidents of Chile and Peru met in Lima on Monday.
            Trade between member countries rose from $33 billion in 2022 to $42 billion in 2023.
            """,
            """
            Chile and Peru

            The presidents of Chile and Peru met in Lima on Monday.
            Trade reached $3 billion in the first half, and the two aim to raise it to $8 billion next year.
            """,
        ] {
            let found = trade(extract(text))
            #expect(
                !found.contains { [33_000_000_000, 42_000_000_000, 8_000_000_000].contains($0.value?.amount) },
                "\(found)")
        }
    }
    /// "حجم الاستثمارات المصرية في تشيلي يبلغ مليارين و700 مليون دولار، فيما يقارب حجم التبادل
    /// التجاري بين البلدين المليار دولار": the investment and the trade each their own amount.
    @Test func anInvestmentAndATradeFigureOfOneSentenceEachTheirAmount() throws {
        let e = extract(
            """
            مصر وتشيلي

            كشف السفير أن حجم الاستثمارات المصرية في تشيلي يبلغ مليارين و700 مليون دولار، فيما يقارب حجم التبادل التجاري بين البلدين المليار دولار.
            """)
        #expect(trade(e).map { $0.value?.amount } == [1_000_000_000], "\(trade(e))")
        #expect(investments(e).map(flow) == ["EG->CL:2700000000"], "\(investments(e).map(flow))")
    }

    /// A change told for one period in words and an amount for another ("the first nine months",
    /// then "last year") are two figures, not one.
    @Test func aChangeAndAnAmountOfTwoPeriodsInWordsAreTwoFigures() throws {
        let found = trade(
            extract(
                """
                Turkey and Algeria

                Trade between Turkey and Algeria grew by 20% in the first nine months of this year, the ambassador said. He added that trade between the two countries reached $4.2 billion last year.
                """))
        #expect(found.count == 2, "\(found)")
        #expect(
            found.contains { $0.value == nil && $0.change != nil && $0.period == "the first nine months" }, "\(found)")
        #expect(found.contains { $0.value?.amount == 4_200_000_000 && $0.period == "last year" }, "\(found)")
    }
}
