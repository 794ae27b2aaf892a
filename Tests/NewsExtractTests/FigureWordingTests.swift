import Foundation
import NewsCore
import NewsExtract
import Testing

/// How a sentence's wording tells what its amount is: a forecast, the parts of a total, the pair
/// a speaker means by "our trade", a project named by its cost, money one country will provide
/// another, and the Arabic verb of signing whose letters spell "expected". Every text here is
/// written for these tests.
@Suite struct FigureWordingTests: ReadsArticles {
    @Test func tradeToldInTheFutureIsAForecast() throws {
        for text in [
            "Chile and Peru\n\nThe minister said trade between Chile and Peru will reach $9 billion by December.\n",
            "تشيلي وبيرو\n\nوقال الوزير إن التبادل التجاري بين تشيلي وبيرو سيصل قريبا إلى 7 مليارات دولار.\n",
        ] {
            #expect(trade(extract(text)).isEmpty, "\(trade(extract(text)))")
        }
        // The same figure told as reached is one.
        let reached = trade(extract("Chile and Peru\n\nTrade between Chile and Peru reached $9 billion last year.\n"))
        #expect(reached.map { $0.value?.amount } == [9_000_000_000], "\(reached)")
    }

    @Test func tradeToAchieveIsATarget() throws {
        let found = trade(
            extract(
                "Chile and Peru\n\nThe two leaders agreed to work harder to achieve bilateral trade of $6 billion between Chile and Peru.\n"
            ))
        #expect(found.isEmpty, "\(found)")
    }

    @Test func moneyAllocatedForInvestmentInACountryIsADeal() throws {
        let found = agreements(
            extract("خبر\n\nقررت تشيلي تخصيص 4 مليارات دولار لاستثمارها في مشروعات الطاقة في بيرو.\n"))
        #expect(
            found.count == 1 && found.first?.value?.amount == 4_000_000_000 && found.first?.kind == .investmentDeal,
            "\(found)")
        // Money allocated for no investment is no deal of this kind.
        #expect(
            agreements(
                extract(
                    "News\n\nLast year Chile allocated $200 million to help its neighbours, Peru among them, fight floods.\n"
                )
            ).isEmpty)
    }

    @Test func thePartsOfATradeTotalAreNoFiguresOfTheirOwn() throws {
        for text in [
            "Chile and Peru\n\nTrade between Chile and Peru came to $12 billion: $8 billion in goods and $3.5 billion in services.\n",
            "تشيلي وبيرو\n\nبلغ التبادل التجاري بين تشيلي وبيرو 12 مليار دولار، ومنها 8 مليارات دولار للسلع و3 مليارات دولار للخدمات.\n",
        ] {
            let found = trade(extract(text))
            #expect(found.map { $0.value?.amount } == [12_000_000_000], "\(found)")
        }
        // Amounts that add up to more than the one before are no parts of it: each is a figure.
        let two = trade(
            extract(
                "Chile and Peru\n\nTrade between Chile and Peru came to $12 billion in 2023: $14 billion in 2024.\n"))
        #expect(two.count == 2, "\(two)")
    }

    @Test func aBalanceNamedWithTheAdjectiveOfTradeIsNoTradeFigure() throws {
        let found = trade(
            extract(
                "تشيلي وبيرو\n\nقال الرئيس إن المبادلات التجارية مع بيرو بلغت نحو 2.4 مليار دولار في 2024، ما أتاح لتشيلي تحقيق فائض تجاري يقارب 300 مليون دولار.\n"
            ))
        #expect(found.map { $0.value?.amount } == [2_400_000_000], "\(found)")
    }

    @Test func twoCountriesRaisingTradeToAnAmountSetATarget() throws {
        let found = trade(
            extract(
                "تشيلي وبيرو تتفقان على التعاون وترفعان حجم التبادل التجاري إلى 8 مليارات دولار\n\nاجتمع الرئيسان في ليما أمس.\n"
            ))
        #expect(found.isEmpty, "\(found)")
    }

    @Test func agreeingOnAPrincipleIsNoDeal() throws {
        for text in [
            "خبر\n\nوأشار السفير إلى اتفاق تشيلي وبيرو على أهمية حماية الملاحة في المحيط.\n",
            "Chile and Peru\n\nThe Chilean envoy noted that the two sides reached agreement on the need to protect shipping.\n",
        ] {
            #expect(agreements(extract(text)).isEmpty, "\(agreements(extract(text)).map(\.title))")
        }
        // Agreeing on a deal is one.
        #expect(agreements(extract("News\n\nChile and Peru signed an agreement on shipping safety.\n")).count == 1)
    }

    @Test func ourTradeInTheWordsOfOneSideIsThePairs() throws {
        let found = trade(
            extract(
                """
                Chile hopes trade with Peru keeps growing

                Chile's foreign minister met his Peruvian counterpart in Lima.

                "Our trade turnover grew by a fifth in 2024, to $4 billion," the minister said.
                """))
        #expect(found.count == 1, "\(found)")
        #expect(
            found.first.map { Set($0.parties) } == [code("CL"), code("PE")]
                && found.first?.value?.amount == 4_000_000_000)
    }

    @Test func aTradeFigureInDollarsThatNamesNoCountryIsThePairs() throws {
        let lead = "Chile and Peru\n\nThe presidents of Chile and Peru met in Lima on Monday.\n\n"
        let found = trade(
            extract(lead + "Non-oil trade reached $800 million in the first half of 2024, the ministry said.\n"))
        #expect(found.count == 1 && found.first?.value?.amount == 800_000_000, "\(found)")
        #expect(found.first.map { Set($0.parties) } == [code("CL"), code("PE")])
        // A country's total, or one in its own currency, is no figure of the pair.
        #expect(trade(extract(lead + "Total trade reached $80 billion in 2024, the ministry said.\n")).isEmpty)
        #expect(trade(extract(lead + "Non-oil trade reached 800 million soles in 2024, the ministry said.\n")).isEmpty)
    }

    @Test func tradingOperationsBetweenTwoCountriesAreTheirTrade() throws {
        let found = trade(
            extract("Chile and Peru\n\nChile and Peru held trading operations worth $2.2 billion in 2023.\n"))
        #expect(found.count == 1 && found.first?.value?.amount == 2_200_000_000, "\(found)")
    }

    @Test func aProjectNamedByItsCostIsADeal() throws {
        let found = agreements(
            extract(
                "Chile and Peru\n\nChile has carried out many works in Peru, among them a $40 million solar plant in Arequipa.\n"
            ))
        #expect(found.count == 1, "\(found.map(\.title))")
        #expect(found.first?.value?.amount == 40_000_000 && found.first?.title == "solar plant", "\(found)")
        // A cost that names no project is none.
        #expect(agreements(extract("Chile and Peru\n\nChile has spent $40 million on works in Peru.\n")).isEmpty)
    }

    @Test func theArabicVerbOfSigningIsNoExpectation() throws {
        // "أن توقع" (to sign) holds the letters of توقع (expected): the amount is the deals'.
        let found = agreements(extract("خبر\n\nمن المقرر أن توقع تشيلي اتفاقات بخمسة مليارات دولار مع بيرو.\n"))
        #expect(found.count == 1, "\(found.map(\.title))")
        #expect(
            found.first?.value?.amount == 5_000_000_000
                && found.first.map { Set($0.parties) } == [code("CL"), code("PE")])
    }

    @Test func twoCountriesThatSignTellADealWithItsAmount() throws {
        // "توقعان" (the two sign) holds the letters of توقع (expected): the amount is the deal's.
        let found = agreements(
            extract("تشيلي وبيرو توقعان اتفاقية طاقة بقيمة ملياري دولار\n\nاجتمع الرئيسان في ليما أمس.\n"))
        #expect(found.count == 1 && found.first?.value?.amount == 2_000_000_000, "\(found)")
    }

    @Test func moneyOneCountryWillProvideAnotherIsADeal() throws {
        for text in [
            "خبر\n\nقالت الحكومة إن تشيلي تعتزم تقديم مبلغ 3 مليارات دولار لبيرو من أجل بناء ميناء.\n",
            "News\n\nChile will provide $3 billion to Peru to build a port.\n",
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 1, "\(found.map(\.title))")
            #expect(found.first?.value?.amount == 3_000_000_000 && found.first?.status == .pledged, "\(found)")
        }
    }

    @Test func toRightAfterAStatingVerbIsWhereTheFigureIs() throws {
        // "amounted to", "وصل إلى": the figure reached, though an aim to raise it comes before.
        let english = extract(
            """
            Ghana and Turkey

            The forum is a step to boost trade between Ghana and Turkey, which amounted to $700 million in 2023.
            """)
        #expect(trade(english).map(\.value?.amount) == [700_000_000], "\(trade(english))")
        let arabic = extract(
            """
            لبنان وقبرص

            جاء اللقاء في إطار السعي لرفع حجم التبادل التجاري بين لبنان وقبرص الذي وصل إلى 900 مليون دولار العام الماضي.
            """)
        #expect(trade(arabic).map(\.value?.amount) == [900_000_000], "\(trade(arabic))")
        // Raised to an amount after the figure told: still an aim.
        let aim = extract(
            """
            India and Chile

            The pact will help lift bilateral trade, which reached $4.6 billion last year, to $15 billion.
            """)
        #expect(trade(aim).map(\.value?.amount) == [4_600_000_000], "\(trade(aim))")
    }

    @Test func anAmountRetoldInAnotherCurrencyInBracketsIsOneDeal() throws {
        let e = extract(
            """
            Oman and India

            The supply contracts Oman signed with two Indian steelmakers came to 2 billion rials (about 430 billion rupees).
            """)
        #expect(agreements(e).count == 1 && agreements(e).first?.value?.currency.code == "OMR", "\(agreements(e))")
        // Two amounts set side by side, not in brackets, stay two.
        let two = extract(
            """
            Oman and India

            Oman signed a 2 billion rial contract with an Indian steelmaker and a 90 billion rupee contract with another.
            """)
        #expect(agreements(two).count == 2, "\(agreements(two))")
    }

    @Test func moneyForAPurposeIsNoTradeVolume() throws {
        let e = extract(
            """
            Jordan and the United States

            The US grants to Jordan announced on Monday include:
            • $40 million to increase trade between the two allies;
            • $25 million for schools.
            """)
        #expect(trade(e).isEmpty, "\(trade(e))")
    }

    @Test func anOfficeNamedForInvestmentIsNoInvestment() throws {
        let english = extract(
            """
            Ghana and India

            Ghana's Investment Minister said Indian exports to Ghana reached $2 billion last year.
            """)
        #expect(investments(english).isEmpty, "\(investments(english))")
        let arabic = extract(
            """
            الهند وغانا

            وقال وزير الاستثمار الغاني إن الصادرات الهندية إلى غانا ارتفعت بنسبة 12 في المائة العام الماضي.
            """)
        #expect(investments(arabic).isEmpty, "\(investments(arabic))")
        // The minister may still speak of investment.
        let figure = extract(
            """
            Ghana and India

            Ghana's Investment Minister said Indian investment in Ghana reached $2 billion last year.
            """)
        #expect(investments(figure).map(\.value?.amount) == [2_000_000_000], "\(investments(figure))")
        // So for trade: a trade minister's sales figure is no trade volume, his trade figure is one.
        let sales = extract(
            """
            Ghana and India

            The Minister for Trade said India's arms sales to Ghana reached $2 billion.
            """)
        #expect(trade(sales).isEmpty, "\(trade(sales))")
        let volume = extract(
            """
            Ghana and India

            The Minister for Trade said trade between Ghana and India reached $2 billion.
            """)
        #expect(trade(volume).map(\.value?.amount) == [2_000_000_000], "\(trade(volume))")
    }

    /// What a share is of, in English whatever the article's language ("in the language of the
    /// table"): a known total with its country, else the English words after "of"; Arabic words
    /// that name no known total are left to the evidence.
    @Test func aShareSaysWhatItIsAShareOfInEnglish() throws {
        let english = extract("Egypt and China\n\nChina accounts for 15% of Egypt's total trade, the ministry said.")
        #expect(trade(english).map(\.share?.of) == ["Egypt's total trade"], "\(trade(english))")
        let arabic = extract(
            "مصر والإمارات\n\nالإمارات أكبر مستثمر في مصر بنسبة 25% من إجمالي الاستثمارات الأجنبية المباشرة.")
        #expect(investments(arabic).map(\.share?.of) == ["total foreign direct investment"], "\(investments(arabic))")
        let stake = extract(
            "Egypt and UAE\n\nThe UAE holds 25% of the shares in the Egyptian bank, an investment of $2 billion.")
        #expect(investments(stake).map(\.share?.of) == ["shares in the Egyptian bank"], "\(investments(stake))")
        let unknown = extract("مصر والإمارات\n\nاستثمرت الإمارات ملياري دولار في مصر لشراء 25% من رأس مال البنك.")
        #expect(
            investments(unknown).count == 1
                && investments(unknown).allSatisfy { $0.share?.percent == 25 && $0.share?.of == nil },
            "\(investments(unknown))")
    }

    /// Every rule that asks whether a sentence speaks of investment reads it without the names
    /// of offices (`Extractor.Reading.topicWords`), not only the investment reader: an item of a
    /// list of deals that an office runs is still a deal, not an investment figure.
    @Test func anOfficeNameLeavesAListItemADeal() throws {
        let e = extract(
            """
            Egypt and Germany sign water deals

            Egypt and Germany signed three agreements in Cairo on Monday:

            - A $300 million water programme run by the Investment Ministry.
            - A $50 million grant for schools.
            """)
        #expect(Set(agreements(e).compactMap(\.value?.amount)) == [300_000_000, 50_000_000], "\(agreements(e))")
        #expect(investments(e).isEmpty, "\(investments(e))")
    }

    @Test func theLevelATradeTargetStartsFromIsAFigure() throws {
        for text in [
            "Turkey and Iraq\n\nTurkey and Iraq aim to raise bilateral trade to $30 billion from $20 billion currently.\n",
            "تركيا والعراق\n\nويسعى البلدان إلى رفع حجم التبادل التجاري إلى 30 مليار دولار من 20 مليار دولار حاليا.\n",
        ] {
            let found = trade(extract(text))
            #expect(found.count == 1 && found.first?.value?.amount == 20_000_000_000, "\(text): \(found)")
        }
        // A target alone is still no figure.
        #expect(
            trade(extract("Turkey and Iraq\n\nThey aim to raise bilateral trade to $30 billion by 2030.\n")).isEmpty)
    }

    @Test func anInvestorsPlaceIsTheOrdinalBeforeLargest() throws {
        for (text, rank) in [
            (
                "UAE and India\n\nThe UAE is the fourth-largest investor in India, with cumulative FDI of $15.6 billion.\n",
                4
            ),
            (
                "الإمارات والهند\n\nوتعد الإمارات رابع أكبر مستثمر في الهند باستثمارات تراكمية تبلغ 15.6 مليار دولار.\n",
                4
            ),
            (
                "China and Kenya\n\nChina, the world's second-largest economy, is the largest investor in Kenya with $5 billion.\n",
                1
            ),
        ] {
            let found = investments(extract(text))
            #expect(found.count == 1 && found.first?.rank == rank, "\(text): \(found)")
        }
    }

    @Test func investmentThatHasReachedAnAmountIsAStock() throws {
        let found = investments(
            extract("China and Egypt\n\nChinese investments in Egypt have reached $8 billion, the ambassador said.\n"))
        #expect(found.count == 1 && found.first?.cumulative == true, "\(found)")
    }

    @Test func aFigureHopedForIsATarget() throws {
        // His hope of raising investment to $10 billion: no investment figure; the level reached is one.
        let found = investments(
            extract(
                "تركيا والجزائر\n\nقال أردوغان إن استثمارات الشركات التركية في الجزائر بلغت 6 مليارات دولار.\nوأعرب أردوغان عن أمله في رفع قيمة الاستثمارات التركية في الجزائر إلى مستوى 10 مليارات دولار.\n"
            ))
        #expect(found.map { $0.value?.amount } == [6_000_000_000], "\(found)")
        // A level aspired to is one too.
        let aspired = trade(
            extract(
                "تونس ومصر\n\nقالت رئيسة الحكومة إن تونس تطمح إلى أن يصل حجم المبادلات التجارية بين تونس ومصر إلى مليار دولار.\n"
            ))
        #expect(aspired.isEmpty, "\(aspired)")
    }

    @Test func theMarketsOfACountrysExportsRankedAreNoTrade() throws {
        let text =
            "Vietnam's garment exports\n\nThe garment sector's export earnings reached $8.7 billion in the quarter.\nThe US remained the biggest market of the sector with turnover of $3.4 billion, followed by Japan with $964 million.\n"
        #expect(trade(extract(text)).isEmpty, "\(trade(extract(text)))")
        // A trading partner ranked with its trade both ways is trade.
        let partner = trade(
            extract(
                "Vietnam and the US\n\nThe US remained Vietnam's biggest market and largest trading partner, with bilateral trade of $110 billion last year.\n"
            ))
        #expect(partner.map { $0.value?.amount } == [110_000_000_000], "\(partner)")
    }

    @Test func aGroupsTradeWithItsMembersInBracketsIsNoPairs() throws {
        for text in [
            "مصر وجنوب أفريقيا\n\nسجل التبادل التجاري بين مصر ودول الجنوب الأفريقي (أنجولا وموزمبيق وزامبيا) 381.9 مليون دولار في 2022، مقارنة بـ 358.6 مليون دولار في 2021.\n",
            "مصر وجنوب أفريقيا\n\nسجل التبادل التجاري بين مصر ودول الجنوب الأفريقي (أنجولا وموزمبيق وزامبيا) 381.9 مليون دولار في 2022.\n",
        ] {
            #expect(trade(extract(text)).isEmpty, "\(text): \(trade(extract(text)))")
        }
    }

    @Test func aClauseOfAGroupOfCountriesInARankingIsNoFigureOfOurs() throws {
        let found = investments(
            extract(
                "China and Cambodia\n\nFrom 1994 to 2011, South Korea's investment in Cambodia ranked second with $4 billion, Gulf states third with $3.6 billion.\n"
            ))
        #expect(found.map { $0.value?.amount } == [4_000_000_000], "\(found)")
    }

    @Test func anAmountGivenAgainInAnotherCurrencyIsOfTheSameTopic() throws {
        // Exports, then the same amount in dollars after "أي" or "or": exports still, no trade.
        for text in [
            "البحرين وقطر\n\nوتشير أرقام التجارة الخارجية إلى أن الصادرات البحرينية إلى قطر بلغت 24,3 مليون دينار أي 64,5 مليون دولار.\n",
            "Bahrain and Qatar\n\nForeign trade figures show Bahraini exports to Qatar at 24.3 million dinars, or $64.5 million.\n",
        ] {
            #expect(trade(extract(text)).isEmpty, "\(text): \(trade(extract(text)))")
        }
        // Trade, then its dollars: trade, in dollars.
        let found = trade(
            extract("البحرين وقطر\n\nوبلغ حجم التبادل التجاري بين البحرين وقطر 30 مليون دينار أي 81 مليون دولار.\n"))
        #expect(found.count == 1 && found.first?.value?.amount == 81_000_000, "\(found)")
    }

    @Test func aWordOfABodysNameIsNoTopicOfTheAmount() throws {
        // "Trade" in an agency's name: the amount is the grant's, no trade figure.
        let text =
            "News\n\nVietnam and the US\n\n- The U.S. Trade and Development Agency awarded a $1.1 million grant to a Vietnamese power firm for a study of offshore wind.\n"
        let e = extract(text)
        #expect(trade(e).isEmpty, "\(trade(e))")
        #expect(agreements(e).first?.value?.amount == 1_100_000, "\(agreements(e))")
        // "Export-Import" in a lender's name: the amount is the loan's, no one-way flow.
        let loan = agreements(
            extract("Egypt and China\n\nThe Export-Import Bank of China will provide a $2 billion loan to Egypt.\n"))
        #expect(loan.count == 1 && loan.first?.value?.amount == 2_000_000_000, "\(loan)")
        #expect(loan.map { Set($0.parties.compactMap(\.country?.rawValue)) } == [["CN", "EG"]], "\(loan)")
        // A ministry named for investment and trade speaks of neither: no trade figure.
        let pitch = extract(
            "Kenya and the US\n\nThe Ministry of Investment, Trade, and Industry plans to pitch over USD 20.5 billion in investment opportunities to American investors.\n"
        )
        #expect(trade(pitch).isEmpty, "\(trade(pitch))")
        // Capitalised words of investment in no body's name still speak of it.
        let fdi = investments(
            extract(
                "Germany and Mexico\n\nCumulative Foreign Direct Investment from Germany in Mexico has exceeded $9 billion.\n"
            ))
        #expect(fdi.count == 1 && fdi.first?.value?.amount == 9_000_000_000, "\(fdi)")
        // Trade named as the subject is a figure, capitalised at the start of a sentence or not.
        for text in [
            "News\n\nTrade between Kenya and China reached $6 billion last year.\n",
            "News\n\nKenya's Ministry of Trade said trade between Kenya and China reached $6 billion last year.\n",
        ] {
            #expect(trade(extract(text)).first?.value?.amount == 6_000_000_000, "\(text)")
        }
    }

    @Test func partnersRankedAfterTheFirstAreTheHomesPartners() throws {
        for text in [
            "Peru's trade\n\nChina topped Peru's trading partners with trade of $14 billion, followed by the United States with $9 billion and Brazil with $3 billion.\n",
            "تجارة بيرو\n\nوجاءت الصين في صدارة الشركاء التجاريين لبيرو بحجم تبادل 14 مليار دولار، تلتها الولايات المتحدة بـ 9 مليارات دولار.\n",
        ] {
            let found = trade(extract(text))
            let pairs = found.map { Set($0.parties) }
            #expect(
                pairs.count >= 2 && pairs.allSatisfy { $0.contains(code("PE")) }, "\(text): \(found.map(\.parties))")
            #expect(pairs.contains([code("US"), code("PE")]), "\(text): \(found.map(\.parties))")
        }
    }

    @Test func partnersRankedByTheirTradeWithoutTheWordTradeAreTheHomesFigures() throws {
        // "trading partners" and "الشركاء التجاريين" rank partners by their trade: each amount is
        // the trade of the partner named nearest before it with the home.
        for text in [
            "Peru's trade\n\nChina topped Peru's trading partners with $14 billion in 2023, followed by the US with $9 billion and Brazil with $3 billion.\n",
            "Peru's trade\n\nPeru's main trading partners in 2023 were China ($14 billion), the United States ($9 billion) and Brazil ($3 billion).\n",
            "تجارة بيرو\n\nتصدرت الصين قائمة الشركاء التجاريين لبيرو بقيمة 14 مليار دولار في 2023، تلتها الولايات المتحدة بـ9 مليارات دولار ثم البرازيل بـ3 مليارات دولار.\n",
            "Peru and China\n\nTrade between Peru and China reached $14 billion in 2023. China is Peru's largest trading partner, followed by the United States with $9 billion and Brazil with $3 billion.\n",
        ] {
            let found = trade(extract(text)).map { (Set($0.parties), $0.value?.amount) }
            for (partner, amount) in [("CN", 14_000_000_000), ("US", 9_000_000_000), ("BR", 3_000_000_000)]
                as [(String, Decimal)]
            {
                #expect(
                    found.contains { $0.0 == [code(partner), code("PE")] && $0.1 == amount },
                    "\(text): \(found)")
            }
            #expect(found.count == 3, "\(text): \(found)")
        }
    }

    @Test func aGroupsTotalAndItsPartsFromEachInvestor() throws {
        for text in [
            "Investment in Peru\n\nArab investment in Peru reached $25 billion, of which $6 billion came from Qatar and $5 billion from Oman.\n",
            "الاستثمار في بيرو\n\nبلغت الاستثمارات العربية في بيرو 25 مليار دولار، منها 6 مليارات من قطر و5 مليارات من الكويت.\n",
            "Investment in Peru\n\nForeign investment in Peru reached $25 billion, including $6 billion from Qatar.\n",
        ] {
            let found = investments(extract(text))
            #expect(found.allSatisfy { $0.recipient == code("PE") }, "\(text): \(found)")
            let total = found.first { $0.value?.amount == 25_000_000_000 }
            #expect(total != nil && total?.investor != code("QA"), "the total is the group's: \(text): \(found)")
            #expect(
                found.contains { $0.investor == code("QA") && $0.value?.amount == 6_000_000_000 }, "\(text): \(found)")
        }
    }

    @Test func anAmountRightAfterAVerbOfChangeIsWhatTheFigureChangedBy() throws {
        let found = investments(
            extract(
                "Foreign direct investment in Egypt declined $500 million in the quarter, recording $2.27 billion, against $2.77 billion a year earlier.\n"
            ))
        #expect(
            found.compactMap(\.value?.amount).sorted() == [2_270_000_000, 2_770_000_000],
            "\(found.map { ($0.investor, $0.value) })")
    }

    @Test func theNounAnAmountStandsBeforeNamesIt() throws {
        // "Chile's $3 billion investment in Peru", "a $1.5 billion Peruvian surplus": the noun after
        // an English amount says what it is, whatever trade word the sentence has.
        let text = """
            Chile and Peru

            Chile's $3 billion investment in Peru in 2023 created 9,000 jobs, and trade between the two \
            countries reached $8.2 billion last year, with a $1.5 billion Peruvian surplus.

            """
        let e = extract(text)
        #expect(trade(e).map { $0.value?.amount } == [8_200_000_000], "\(trade(e))")
        let invested = investments(e)
        #expect(
            invested.count == 1 && invested.first?.investor == code("CL") && invested.first?.recipient == code("PE")
                && invested.first?.value?.amount == 3_000_000_000, "\(invested)")
    }

    @Test func dealsListedByWhatTheyIncludeAreDealsThoughOneIsAnInvestment() throws {
        let text = """
            Chile and Peru sign deals

            Chile and Peru announced new deals on Monday.

            Key deals include a $4 billion copper mine expansion, a $2 billion investment in solar plants \
            by a Chilean utility, and a $900 million port contract.

            """
        let e = extract(text)
        #expect(
            Set(agreements(e).compactMap { $0.value?.amount }) == [4_000_000_000, 2_000_000_000, 900_000_000],
            "\(agreements(e))")
        #expect(investments(e).isEmpty, "\(investments(e))")
    }

    @Test func donorsEachGivingAnAmountAreADealEachWithTheRecipient() throws {
        // Several donors in one sentence, each with its own amount, the verb said once or again.
        for text in [
            "Peru reconstruction conference\n\nChile pledged $5 billion in loans to Peru, while Brazil pledged $1.5 billion and Mexico $500 million.\n",
            "مؤتمر إعمار بيرو\n\nومن أبرز المانحين لبيرو تشيلي التي خصصت 5 مليارات دولار على شكل قروض، في حين خصصت البرازيل 1.5 مليار دولار لإعادة الإعمار.\n",
        ] {
            let found = agreements(extract(text))
            let read = Set(
                found.map { "\($0.parties.compactMap(\.country).map(\.rawValue).sorted()) \($0.value?.amount ?? 0)" })
            let expected: Set<String> = ["[\"CL\", \"PE\"] 5000000000", "[\"BR\", \"PE\"] 1500000000"]
            #expect(
                read.isSuperset(of: expected) && found.count == (text.contains("Mexico") ? 3 : 2), "\(text): \(read)")
        }
    }

    @Test func twoIntendingToInvestOrAPlanToInvestIsAPromise() throws {
        for text in [
            "تشيلي وبيرو\n\nقال بيان رسمي إن الحكومتين التشيلية والبيروفية تعتزمان استثمار 2 مليار دولار معا في مشاريع للطاقة.\n",
            "تشيلي وبيرو\n\nأعلنت تشيلي وبيرو عن خطة تقوم بموجبها تشيلي باستثمار 3 مليارات دولار في بيرو.\n",
            "تشيلي وبيرو\n\nوأعلن رئيس تشيلي عزم بلاده ضخ 4 مليارات دولار استثمارات في اقتصاد بيرو.\n",
        ] {
            let e = extract(text)
            #expect(agreements(e).count == 1 && agreements(e).first?.kind == .investmentDeal, "\(agreements(e))")
            #expect(investments(e).isEmpty, "\(investments(e))")
        }
    }

    @Test func threeAmountsAddingUpToTheDealBeforeAreItsParts() throws {
        // No word says they are parts: their sum does.
        let text = """
            تشيلي وبيرو

            قال رئيس وزراء بيرو إن تشيلي تعهدت بمساعدة مالية لبلاده بنحو 700 مليون دولار.
            وأضاف أن 400 مليون دولار ستستخدم لدعم الميزانية، بينما سيتم تمويل التجارة الخارجية بمبلغ 200 مليون دولار، وستذهب 100 مليون دولار لتمويل مشروعات.

            """
        let found = agreements(extract(text))
        #expect(
            Set(found.compactMap { $0.value?.amount }) == [700_000_000, 400_000_000, 200_000_000, 100_000_000],
            "\(found.map { ($0.title, $0.value) })")
    }

    @Test func tradeAsTheFieldOfCountedDealsIsNoTradeFigure() throws {
        for text in [
            "تشيلي وبيرو\n\nأوضحت الوزارة أنه تم توقيع 40 اتفاقية ومذكرة تفاهم بين تشيلي وبيرو في مجال التجارة بقيمة 3 مليارات دولار.\n",
            "Chile and Peru\n\nChile and Peru signed 40 agreements in the fields of trade and energy worth $3 billion.\n",
        ] {
            let e = extract(text)
            #expect(trade(e).isEmpty, "\(text): \(trade(e))")
            #expect(agreements(e).compactMap { $0.value?.amount } == [3_000_000_000], "\(text): \(agreements(e))")
        }
    }

    @Test func aChangeOrShareOfTradeAimedAtIsNoFigure() throws {
        for text in [
            "Chile plans to boost trade with Peru by about 300% over the next decade\n\nThe two presidents met on Monday.\n",
            "تشيلي وبيرو\n\nووضع بيان مشترك لتشيلي وبيرو هدفا لزيادة حجم التجارة الثنائية 60 بالمئة في السنوات الخمس القادمة.\n",
        ] {
            #expect(trade(extract(text)).isEmpty, "\(text): \(trade(extract(text)))")
        }
        // A change told is one.
        let told = trade(extract("Chile and Peru\n\nTrade between Chile and Peru rose 12% last year.\n"))
        #expect(told.count == 1, "\(told)")
    }
}
