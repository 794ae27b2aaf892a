import NewsCore
import NewsExtract
import Testing

/// Agreements in whole articles: amounts that headlines round, deals told as one more, each
/// amount with its own country, programmes and projects signed, targets, and regions. Every
/// text here is written for these tests.
@Suite struct DealDocumentTests: ReadsArticles {
    @Test func aHeadlineThatRoundsTheBodysAmountTellsTheSameDealAndRepeatedLinesAreReadOnce() throws {
        let e = extract(
            """
            Japan pledges $6B for Kenya's railways

            Japan pledges $6B for Kenya's railways

            Japan has pledged $6.3 billion in new investment in Kenya's railways, its trade minister said in Nairobi.
            """)
        let found = agreements(e)
        #expect(found.count == 1, "\(found.map { "\($0.title) \(String(describing: $0.value))" })")
        #expect(found.first?.value == Money(6_300_000_000, .usd), "the body's exact amount wins")
    }

    @Test func eachAmountIsADealWithTheCountryNamedRightAfterIt() throws {
        let e = extract(
            """
            Omani fund commits $9bn to East Africa

            The Omani fund has also pledged $4 billion for Tanzania and $2 billion in Uganda, officials said.

            Its board committed $3 billion to Kenya's ports last week. The fund announced a $1 billion fund for farms in Rwanda.
            """)
        let found = Set(
            agreements(e).map { a in
                "\(a.parties.compactMap(\.country).map(\.rawValue).sorted()) \(a.value?.amount ?? 0)"
            })
        #expect(
            found.isSuperset(of: [
                "[\"OM\", \"TZ\"] 4000000000", "[\"OM\", \"UG\"] 2000000000", "[\"KE\", \"OM\"] 3000000000",
                "[\"OM\", \"RW\"] 1000000000",
            ]), "\(found)")
        #expect(investments(e).isEmpty, "promises and funds are deals, not figures: \(investments(e))")
    }

    /// One amount that the others add up to, first or last, is the whole: a deal with every
    /// part's country; each part is a deal with its own country and the recipient.
    @Test(arguments: [
        """
        Gulf support for Egypt

        Saudi Arabia and the UAE announced $3 billion for Egypt as a deposit at the central bank, of which $1 billion \
        from Saudi Arabia and $2 billion from the UAE.
        """,
        """
        Gulf support for Egypt

        Saudi Arabia and the UAE will deposit $1 billion from Saudi Arabia and $2 billion from the UAE, a total of \
        $3 billion, at Egypt's central bank.
        """,
        """
        دعم خليجي لمصر

        قالت القاهرة إنها تسلمت وديعة بقيمة 3 مليارات دولار، بينها مليار دولار من السعودية ومليارا دولار من \
        الإمارات.
        """,
        // The dual alone ("وملياران", two billion) goes on in the dollars before it.
        """
        دعم خليجي لمصر

        قالت القاهرة إنها تسلمت وديعة بقيمة 3 مليارات دولار، بينها مليار دولار من السعودية وملياران من الإمارات.
        """,
    ])
    func aWholeAndItsPartsEachHaveTheirOwnParties(_ text: String) throws {
        let found = Set(
            agreements(extract(text)).map { a in
                "\(a.parties.compactMap(\.country).map(\.rawValue).sorted()) \(a.value?.amount ?? 0)"
            })
        #expect(
            found == [
                "[\"AE\", \"EG\", \"SA\"] 3000000000", "[\"EG\", \"SA\"] 1000000000", "[\"AE\", \"EG\"] 2000000000",
            ], "\(found)")
    }

    /// Two pairs in one sentence, each deal in a coordinated clause of its own (", and", "، و"):
    /// each deal between its own clause's pair, whether the clauses are items of deals or
    /// amounts of one promise.
    @Test(arguments: [
        "Saudi Arabia signed a $500 million loan agreement with Egypt, and Kuwait signed a $300 million loan with Jordan.",
        "وقعت السعودية اتفاقية قرض بقيمة 500 مليون دولار مع مصر، ووقعت الكويت اتفاقية قرض بقيمة 300 مليون دولار مع الأردن.",
        "Under the pledges announced on Monday, Saudi Arabia will provide Egypt with $500 million, and Kuwait will provide Jordan with $300 million.",
        "تعهدت السعودية بتقديم 500 مليون دولار لمصر، وتعهدت الكويت بتقديم 300 مليون دولار للأردن.",
    ])
    func twoPairsInCoordinatedClausesEachHaveTheirDeal(_ sentence: String) throws {
        let e = extract("Gulf funding\n\n" + sentence)
        let found = Set(
            agreements(e).map { a in
                "\(a.parties.compactMap(\.country).map(\.rawValue).sorted()) \(a.value?.amount ?? 0)"
            })
        #expect(found == ["[\"EG\", \"SA\"] 500000000", "[\"JO\", \"KW\"] 300000000"], "\(found)")
    }

    /// With three countries, one of them shared, each deal keeps all three: which two a clause's
    /// deal is between is not for a comma to say.
    @Test func threeCountriesInCoordinatedClausesStayTheDealsParties() throws {
        let e = extract(
            """
            Gulf support for Egypt

            Saudi Arabia provided a $500 million deposit to Egypt's central bank, and the UAE provided a $700 million deposit.
            """)
        #expect(agreements(e).count == 2)
        #expect(
            agreements(e).allSatisfy { Set($0.parties.compactMap(\.country).map(\.rawValue)) == ["SA", "EG", "AE"] },
            "\(agreements(e).map(\.parties))")
    }

    @Test func agreeingToWorkTogetherIsNoDealButAgreeingOnAPurchaseIs() throws {
        #expect(agreements(extract("News\n\nPeru and Chile agreed to boost cooperation on fisheries.\n")).isEmpty)
        let purchase = agreements(extract("News\n\nPeru and Chile agreed on the purchase of 12 patrol boats.\n"))
        #expect(purchase.count == 1)
        let dollars = extract(
            "News\n\nPeru bought copper from Chile worth 40 million Canadian dollars, and agreed to a $40 million deal.\n"
        )
        #expect(
            agreements(dollars).allSatisfy { !$0.parties.contains(code("CA")) }, "\(agreements(dollars).map(\.parties))"
        )
    }

    @Test func aProgrammeSignedAndAProjectToBeSignedOffAreDealsOfTheirOwn() throws {
        let e = extract(
            """
            Visit

            Uruguay and Paraguay signed an agreement on river transport on Monday.

            The two sides also signed a technical cooperation programme between their standards bodies.

            The minister is also expected to sign a $2 billion pulp plant contract next week.
            """)
        let found = agreements(e)
        #expect(found.count == 3, "\(found.map(\.title))")
        #expect(
            found.contains { $0.value == Money(2_000_000_000, .usd) },
            "a deal expected is no forecast: \(found.map(\.value))")
    }

    @Test func aTargetNamedAfterItsAmountAndWorkWonAreReadAsSuch() throws {
        let target = extract(
            "News\n\nTrade between Ghana and Togo stayed near $2 billion, despite a $5 billion target for 2020.\n")
        #expect(trade(target).map(\.value?.amount) == [2_000_000_000], "\(trade(target))")
        let won = agreements(extract("News\n\nAn Egyptian builder has won 12 projects worth $3 billion in Iraq.\n"))
        #expect(won.count == 1 && won.first?.value?.amount == 3_000_000_000, "\(won)")
        let bullet = agreements(
            extract(
                "Deals\n\nThe two countries signed the following agreements:\n\n• An MoU between Ghana and Togo on energy.\n•\n"
            ))
        #expect(bullet.count == 1, "a bare bullet is no agreement: \(bullet.map(\.title))")
    }

    @Test func oneCountrysMoneyForARegionIsNoDealWithTheArticlesOtherCountry() throws {
        let e = extract(
            """
            Brazil pledges $5bln for Africa, about $1mln for Angola

            Brazil will also commit $5 billion in loans for roads and ports in the continent, its minister said.

            Brazil and Angola signed a grant agreement of $1.05 million for schools in Luanda.
            """)
        let found = agreements(e)
        #expect(found.count == 1, "\(found.map { "\($0.title) \(String(describing: $0.value))" })")
        #expect(found.first?.value?.amount == 1_050_000, "the headline rounds the body's grant")
    }

    @Test func dealsWithAListOfCounterpartsAreOneWithEach() throws {
        let e = extract(
            """
            News

            Norway's sovereign fund signed four memoranda worth $2 billion with Japanese lenders on Friday.

            The fund signed memoranda with: Mizuho Bank, the Bank of Kyoto, Japan Post Bank and Nomura Securities.

            The memoranda of understanding cover green bonds, the fund said.
            """)
        let found = agreements(e)
        #expect(found.count == 5, "the package and one with each lender: \(found.map(\.title))")
        #expect(found.filter { $0.title.contains("Kyoto") }.count == 1)
        #expect(found.allSatisfy { Set($0.parties.compactMap(\.country)) == [CountryCode("NO")!, CountryCode("JP")!] })
        let arabic = agreements(
            extract(
                "خبر\n\nوقع صندوق الثروة السيادي النرويجي مذكرات مع: بنك ميزوهو، وبنك كيوتو الياباني.\n\nوتتناول مذكرات التفاهم التمويل الأخضر.\n"
            ))
        #expect(arabic.count == 2, "\(arabic.map(\.title))")
    }

    @Test func dealsWithCounterpartsNamedAfterWithAreOneWithEach() throws {
        let found = agreements(
            extract(
                "Egypt news\n\nEgypt's sovereign fund signed agreements worth $3 billion with Scatec, Masdar and ACWA Power to build wind farms.\n"
            ))
        #expect(found.count == 4, "the package and one with each firm: \(found.map(\.title))")
        #expect(found.filter { $0.value != nil }.map(\.value?.amount) == [3_000_000_000])
        let masdar = found.first { $0.title.contains("Masdar") }
        #expect(Set(masdar?.parties.compactMap(\.country) ?? []) == [CountryCode("EG")!, CountryCode("AE")!])
        #expect(masdar?.parties.contains(.company("Masdar")) == true, "\(String(describing: masdar))")
        // Fewer than three names, or names that are not a list of names, make one deal.
        for text in [
            "Egypt news\n\nEgypt signed agreements with Siemens and Orascom for a rail line.\n",
            "Egypt news\n\nEgypt signed agreements with Saudi Arabia, the UAE and Kuwait on energy.\n",
        ] {
            #expect(agreements(extract(text)).count == 1, "\(text)")
        }
    }

    @Test func aCountedPackageWithoutAnAmountToldInFullIsItsDeals() throws {
        // English names what deals are about before their noun ("three cooperation agreements"),
        // and a package without an amount that its counterparts add up to is their deals, each
        // titled without the others' names.
        for (text, partners) in [
            (
                "Morocco news\n\nMorocco signed three cooperation agreements with Niger, Chad and Mali.\n",
                ["NE", "TD", "ML"]
            ),
            (
                "Saudi news\n\nSaudi Arabia signed four housing agreements with China, Korea, Egypt and Turkey.\n",
                ["CN", "KR", "EG", "TR"]
            ),
            ("المغرب\n\nوقع المغرب ثلاث اتفاقيات تعاون مع السنغال ومالي والنيجر.\n", ["SN", "ML", "NE"]),
        ] {
            let found = agreements(extract(text))
            let home = found.first?.parties.first
            #expect(
                found.map { Set($0.parties.compactMap(\.country)) }
                    == partners.map { Set([home?.country, CountryCode($0)].compactMap { $0 }) }, "\(text): \(found)")
            #expect(
                found.allSatisfy { !$0.title.contains(" with ") && !$0.title.contains(" مع ") }, "\(found.map(\.title))"
            )
        }
        let firms = agreements(
            extract(
                "Kenya news\n\nKenya signed three agreements with Japan's JICA, Toyota Tsusho and Mitsubishi Corp.\n"))
        #expect(firms.count == 3, "one with each firm, no package besides: \(firms.map(\.title))")
        // With its amount, the package stays an entry of its own.
        let priced = agreements(
            extract(
                "Kenya news\n\nKenya signed three MoUs worth $500 million with Japan's JICA, Toyota Tsusho and Mitsubishi Corp.\n"
            ))
        #expect(priced.count == 4 && priced.filter { $0.value != nil }.count == 1, "\(priced.map(\.title))")
    }

    @Test func theValueOfADealNamedBeforeItsAimIsTheDealsValue() throws {
        for text in [
            "News\n\nPeru and Chile signed a deal to boost gas supplies to Chile worth $4 billion.\n",
            "خبر\n\nوقعت بيرو وتشيلي اتفاقا لزيادة إمدادات الغاز إلى تشيلي بقيمة 4 مليارات دولار.\n",
        ] {
            #expect(agreements(extract(text)).map(\.value?.amount) == [4_000_000_000], "\(text)")
        }
        // A figure aimed at ("to", "إلى") stays an aim.
        for text in [
            "News\n\nPeru and Chile signed a deal that aims to raise trade to $4 billion.\n",
            "خبر\n\nوقعت بيرو وتشيلي اتفاقا يهدف إلى رفع التبادل التجاري إلى 4 مليارات دولار.\n",
        ] {
            #expect(agreements(extract(text)).allSatisfy { $0.value == nil }, "\(text)")
        }
    }

    @Test func bulletsUnderALineThatSaysTheDealsIncludeAreTheDeals() throws {
        let e = extract(
            """
            Peru and Korea sign deals worth $9 billion

            Korean firms signed deals worth $9 billion with Peru during the president's visit.

            The deals include...

              • $4.2 billion in copper mining projects
              • $1.5 billion for a port in Chancay
            """)
        let values = Set(agreements(e).compactMap(\.value?.amount))
        #expect(values == [9_000_000_000, 4_200_000_000, 1_500_000_000], "\(agreements(e).map(\.title))")
    }

    @Test func theTwoCountriesAreTheArticlesPairAndUSDollarsNameNoParty() throws {
        let e = extract(
            """
            Chile and Japan deepen ties

            Chile and Japan signed a tax treaty on Monday.

            Two-way trade between the two countries came to $8 billion last year, a fifth of Chile's trade with the EU.

            Japan's JBIC will lend 300 million US dollars to Chile for a desalination plant.

            Trade with Japan passed $7 billion in 2022, beating the 5-billion-US-dollar goal set in 2015.
            """)
        #expect(
            trade(e).contains { Set($0.parties) == [code("CL"), code("JP")] && $0.value?.amount == 8_000_000_000 },
            "\(trade(e))")
        #expect(!trade(e).contains { $0.value?.amount == 5_000_000_000 }, "a goal is no figure")
        #expect(agreements(e).allSatisfy { !$0.parties.contains(code("US")) }, "\(agreements(e).map(\.parties))")
    }

    @Test func aSentenceThatOpensWithTheyIncludeListsTheDealsBeforeIt() throws {
        // "They" points back at the deals of the sentence before; its amounts are those deals'.
        let e = extract(
            """
            Peru and Korea seal contracts worth $4 billion

            The leaders of Peru and Korea on Monday attended the signing of three contracts worth $4 billion.

            They include the purchase by a Lima metro operator of 40 trains worth $1.2 billion and signalling systems worth $600 million.

            They include officials from both ministries, who earn $90,000 a year.
            """)
        let found = agreements(e)
        #expect(
            found.contains { $0.value == Money(1_200_000_000, .usd) && Set($0.parties) == [code("PE"), code("KR")] },
            "\(found.map(\.title))")
        #expect(found.contains { $0.value == Money(600_000_000, .usd) })
        #expect(!found.contains { $0.value?.amount == 90_000 }, "only a sentence right after a deal continues it")
    }

    @Test func aLineOfCreditIsADeal() throws {
        let found = agreements(
            extract(
                "India and Peru\n\nIndia's Exim Bank extended a line of credit of USD 40 million to Peru for irrigation.\n"
            ))
        #expect(
            found.map(\.value) == [Money(40_000_000, .usd)]
                && found.allSatisfy { Set($0.parties.filter { $0.country != nil }) == [code("IN"), code("PE")] },
            "\(found)")
    }

    @Test func aBoundToldFirstIsTheAmountToldAfter() throws {
        let found = agreements(
            extract(
                """
                Peru and Korea

                Peruvian and Korean firms signed five deals worth more than $3 billion on Monday.

                The deals, valued at $3.2 billion, cover mining and ports.
                """))
        #expect(found.map(\.value) == [Money(3_200_000_000, .usd)], "\(found)")
    }

    @Test func financialAssistanceIsADeal() throws {
        for text in [
            "Chile and Peru\n\nPeru secured $300 million in financial assistance from Chile for flood relief.\n",
            "تشيلي وبيرو\n\nوحصلت بيرو على حزمة مساعدات بقيمة 300 مليون دولار من تشيلي لمواجهة الفيضانات.\n",
        ] {
            let found = agreements(extract(text))
            #expect(
                found.map(\.value) == [Money(300_000_000, .usd)]
                    && found.allSatisfy { Set($0.parties) == [code("CL"), code("PE")] }, "\(found)")
        }
    }

    @Test func equalAmountsOfItemsSetApartBySemicolonsAreTwoDeals() throws {
        let found = agreements(
            extract(
                """
                Japan and Peru

                Japan signed loan agreements with Peru for three projects.

                The loans will fund three works: a port in Callao (JPY 12 billion); a water plant in Piura (JPY 12 billion); and a road in Cusco (JPY 9 billion).
                """))
        let twelve = Money(12_000_000_000, Currency("JPY")!)
        #expect(found.filter { $0.value == twelve }.count == 2, "\(found.map { "\($0.value.map { "\($0)" } ?? "-")" })")
    }

    @Test func theProjectOfTheSentenceBeforeGivesItsDealAnAmount() throws {
        let e = extract(
            """
            Peru and Korea

            Peru and Korea signed an agreement to build a desalination plant in Ica on Monday.

            The project is estimated at $450 million, officials said.

            The weather was fine, and the project of a new stadium costs $90 million.
            """)
        let found = agreements(e)
        #expect(found.map(\.value) == [Money(450_000_000, .usd)], "\(found)")
        #expect(e.facts.first?.evidence.count == 2)
    }

    @Test func aDealToldInALocalCurrencyAndLaterWithItsDollarsIsOneDeal() throws {
        for text in [
            "Chile lends Peru 20 billion pesos\n\nChile will lend 20 billion pesos ($25 million) to Peru for two bridges, the ministers said.\n",
            "تشيلي تقرض بيرو 20 مليار بيزو\n\nقال الوزيران إن تشيلي ستقرض بيرو 20 مليار بيزو، أي ما يعادل 25 مليون دولار، لبناء جسرين.\n",
        ] {
            let found = agreements(extract(text))
            #expect(found.map(\.value) == [Money(25_000_000, .usd)], "the dollars of the one loan: \(found)")
        }
    }

    @Test func aSaleAbroadAgreedWithItsValueIsADeal() throws {
        for text in [
            "News\n\nA Chilean state miner agreed to supply a Peruvian smelter with copper for ten years, a contract worth about $1.5 billion.\n",
            "خبر\n\nوافق منجم تشيلي حكومي على توريد النحاس لمصهر في بيرو مدة عشر سنوات، بقيمة تقدر بنحو 1.5 مليار دولار.\n",
        ] {
            let found = agreements(extract(text))
            #expect(
                found.map { $0.value?.amount } == [1_500_000_000]
                    && found.allSatisfy { Set($0.parties) == [code("CL"), code("PE")] }, "\(found)")
        }
        // Exports told as a figure are still no deal.
        let figure = agreements(
            extract("News\n\nChile's exports of copper to Peru were worth $1.5 billion last year.\n"))
        #expect(figure.isEmpty, "\(figure)")
    }

    @Test func aLocalNumberGivenADollarSignIsTheConvertedDeal() throws {
        let found = agreements(
            extract(
                "Peru gets $6 billion in Chilean deals\n\nChile and Peru on Friday sealed contracts valued at 6 billion euros ($6.9 billion).\n"
            ))
        #expect(found.map(\.value) == [Money(6_900_000_000, .usd)], "\(found)")
    }

    @Test func aOneWayWordThatNamesADealIsTheDeal() throws {
        let found = agreements(
            extract(
                "News\n\nChile and Peru settled on a $400 million export deal under which Chilean banks pay for machinery bought by Peruvian firms.\n"
            ))
        #expect(found.map(\.value) == [Money(400_000_000, .usd)], "\(found)")
        // Exports of an amount are still no deal.
        let exports = agreements(
            extract(
                "News\n\nChile and Peru signed a deal on Monday, after $400 million exports of copper to Peru last year.\n"
            ))
        #expect(exports.allSatisfy { $0.value == nil }, "\(exports)")
    }

    @Test func investmentAnnouncedOrWantedIsADealNotAFigure() throws {
        // "announcing $4 billion of investments": an investment announced as its verb's object.
        let announced = extract(
            "Spain and Peru\n\nMadrid is keen on Peru as well, with Spain announcing $4 billion of investments there last month.\n"
        )
        #expect(
            agreements(announced).map { [$0.value, $0.status] as [AnyHashable?] }
                == [[Money(4_000_000_000, .usd), Agreement.Status.announced]],
            "\(agreements(announced))")
        #expect(investments(announced).isEmpty, "\(investments(announced))")
        // "ترغب إسبانيا في ضخ …": the money a side wants to pump in, its subject between.
        let wanted = extract("إسبانيا والبيرو\n\nوترغب إسبانيا في ضخ 4 مليارات دولار للاستثمار في البيرو.\n")
        #expect(
            agreements(wanted).map { [$0.value, $0.status] as [AnyHashable?] }
                == [[Money(4_000_000_000, .usd), Agreement.Status.pledged]],
            "\(agreements(wanted))")
        // Announcing what investment reached is a figure.
        let figure = extract(
            "Spain and Peru\n\nSpain announced on Monday that its investments in Peru reached $4 billion last year.\n")
        #expect(agreements(figure).isEmpty, "\(agreements(figure))")
        #expect(investments(figure).map(\.value) == [Money(4_000_000_000, .usd)], "\(investments(figure))")
    }

    @Test func aProjectAnnouncedWithItsCostAndMoneyReadiedAreDeals() throws {
        // "أعلن عن مشروع … باستثمار": a project announced with its cost is a deal, announced;
        // "تستعد مجموعة … لضخ استثمارات": money a side readies to pump in is a deal, pledged.
        for (sentence, status) in [
            (
                "وفي مجال النقل، أعلن عن مشروع لخط قطار يربط الرباط بفاس باستثمار 2 مليار دولار.",
                Agreement.Status.announced
            ),
            ("وفي القطاع الزراعي، تستعد مجموعة قطرية لضخ استثمارات بقيمة 2 مليار دولار في المغرب.", .pledged),
        ] {
            let e = extract("قطر والمغرب\n\n" + sentence + "\n")
            #expect(
                agreements(e).map { [$0.value, $0.status] as [AnyHashable?] } == [
                    [Money(2_000_000_000, .usd), status]
                ],
                "\(sentence): \(agreements(e))")
            #expect(investments(e).isEmpty, "\(investments(e))")
        }
        // Investment said to have reached an amount is still a figure.
        let figure = extract("قطر والمغرب\n\nأعلن الديوان أن الاستثمارات القطرية في المغرب بلغت 2 مليار دولار.\n")
        #expect(agreements(figure).isEmpty, "\(agreements(figure))")
        #expect(investments(figure).count == 1, "\(investments(figure))")
    }

    @Test func debtForgivenIsADealsPartButADebtIsNone() throws {
        let found = agreements(
            extract(
                """
                China and Ghana

                China and Ghana signed a $1 billion infrastructure deal. The deal includes a $40 million grant and debt forgiveness totaling $30 million.
                """))
        #expect(
            Set(found.compactMap(\.value)) == Set([1_000_000_000, 40_000_000, 30_000_000].map { Money($0, .usd) }),
            "\(found.map { ($0.title, $0.value) })")
        // A debt owed is no deal's amount.
        let owed = agreements(
            extract(
                "China and Ghana\n\nChina and Ghana signed a $1 billion deal. Ghana's debt to China stood at $3 billion.\n"
            ))
        #expect(owed.allSatisfy { $0.value?.amount != 3_000_000_000 }, "\(owed)")
        // Nor is a country's indebtedness told beside a deal.
        let indebted = agreements(
            extract(
                "الأردن والاتحاد الأوروبي\n\nويرتبط الأردن، الذي يعاني من مديونية تصل إلى ثلاثين مليار دولار، باتفاقية شراكة مع الاتحاد الأوروبي دخلت حيز التنفيذ عام 2002.\n"
            ))
        #expect(indebted.allSatisfy { $0.value == nil }, "\(indebted)")
    }

    @Test func aDealsYearlyShareAndWhatItGrewByAreNoDealsOfTheirOwn() throws {
        let found = agreements(
            extract(
                """
                Spain and Chile sign aid memorandum

                Spain and Chile on Monday signed a memorandum under which Spain will give Chile $500 million over the next five years.
                Chile will receive $100 million per year under the deal, which is a $20 million annual increase over the previous memorandum.
                """))
        #expect(found.map(\.value) == [Money(500_000_000, .usd)], "\(found.map { ($0.title, $0.value) })")
        // A deal told first with its yearly amount is a deal.
        let yearly = agreements(
            extract(
                "Spain and Chile\n\nSpain and Chile signed a contract worth $100 million a year for the supply of copper.\n"
            ))
        #expect(yearly.map(\.value) == [Money(100_000_000, .usd)], "\(yearly)")
    }

    @Test func theWorkADealIsPartOfGivesItNoValueButACreditItIsPartOfIsADeal() throws {
        let venture = agreements(
            extract(
                """
                Thai utility and Sempra form a gas venture

                Thailand's PTT has signed an agreement with Sempra to form a joint venture that will run a gas terminal.
                The joint venture is part of a $2.4 billion gas-to-power complex in the south of the country.
                """))
        #expect(
            venture.map { "\(Set($0.parties) == [code("TH"), code("US")]) \($0.value.map { "\($0)" } ?? "-")" } == [
                "true -"
            ], "the US firm known by name; the complex's cost no value of the venture: \(venture)")
        let credit = agreements(
            extract(
                """
                China lends Laos RMB 1 billion

                China has agreed to lend Laos RMB 1 billion. The latest loan is part of a USD 900 million credit agreed earlier.
                """))
        #expect(credit.contains { $0.value == Money(900_000_000, .usd) }, "\(credit.map { ($0.title, $0.value) })")
    }

    @Test func theCountriesOfABackgroundClauseAreNoPartiesOfTheDeal() throws {
        for text in [
            "It follows a contract Norway signed in 2023 for the first batch of 40 howitzers amid a push to rearm after Russia's invasion of Ukraine.",
            "Norway signed a contract with Korea in 2023 for 40 howitzers in the wake of Russia's invasion of Ukraine.",
            "ووقعت النرويج عقدا مع كوريا لشراء 40 مدفعا في ظل الحرب بين روسيا وأوكرانيا.",
        ] {
            let found = agreements(extract("Norway and Korea\n\nNorway and Korea agreed on howitzers.\n" + text + "\n"))
            #expect(
                found.allSatisfy { Set($0.parties) == [code("NO"), code("KR")] }, "\(text): \(found.map(\.parties))")
        }
    }

    @Test func investingForAShareAndAnInvestmentAnnouncedInACompanyAreDeals() throws {
        for text in [
            "Qatar and Brazil\n\nThe Qatar Investment Authority invested $800 million in Vale Base Metals in May 2021 for 4.5 percent of the shares.\n",
            "Qatar and Brazil\n\nThe Qatari fund also announced an investment of $600 million in Rede D'Or in June 2021.\n",
            "Qatar and Brazil\n\nThe Qatari fund will take over 40 percent of shares in Brazil's Oi Telecom for $600 million.\n",
        ] {
            let e = extract(text)
            #expect(
                agreements(e).map {
                    "\(Set($0.parties.filter { $0.country != nil }) == [code("QA"), code("BR")]) \($0.kind)"
                }
                    == ["true investmentDeal"],
                "\(text): \(agreements(e))")
            #expect(investments(e).isEmpty, "\(text): \(investments(e))")
        }
    }

    @Test func loansToSeveralCountriesNamedOnlyWhereTheMoneyGoesComeFromTheArticlesLender() throws {
        let found = agreements(
            extract(
                """
                Kuwait fund lends to Africa

                The Kuwait Fund signed loan agreements with Ghana worth $150 million.
                In West Africa, four loans worth $90 million covered projects in Ghana, Senegal, Togo and Benin.
                """))
        #expect(
            found.contains { Set($0.parties) == [code("KW"), code("GH"), code("SN"), code("TG"), code("BJ")] },
            "\(found.map(\.parties))")
        // A sentence that names the lender keeps its own parties.
        let named = agreements(
            extract(
                "Kuwait and Ghana\n\nKuwait and Ghana signed a loan.\nThe Kuwaiti fund gave loans to Senegal, Togo and Benin.\n"
            ))
        #expect(!named.contains { $0.parties.contains(code("GH")) && $0.parties.count > 2 }, "\(named.map(\.parties))")
    }

    /// The countries a deal is "between", and those of a "four-way" deal, are all its parties; a
    /// sentence's source ("…, a statement from the presidency said") is no deal; a project one
    /// country launched is its own; "signed 12 memorandums" is a package of its own.
    @Test func aDealBetweenFourCountriesIsOneDealOfTheFour() {
        let found = agreements(
            extract(
                """
                Egypt, Jordan, Iraq and Saudi Arabia sign corridor deal

                Egyptian President Abdel Fattah al-Sisi and Jordanian Prime Minister Bisher K. Al Khasawneh on Monday oversaw the signing of a preliminary agreement between Egypt, Jordan, Iraq and Saudi Arabia to cooperate on a transport corridor.
                Egypt launched the $9 billion corridor project last year to link its Red Sea ports to the border with Jordan.
                Sisi and Al Khasawneh witnessed the signing of the four-way memorandum of understanding for the corridor, with Iraqi and Saudi ministers in attendance, a statement from the presidency said.
                Egyptian and Jordanian officials also signed 12 memorandums of understanding during the visit.
                """))
        #expect(found.count == 2, "\(found.map { ($0.title, $0.parties, $0.value) })")
        #expect(
            found.contains { Set($0.parties) == [code("EG"), code("JO"), code("IQ"), code("SA")] && $0.value == nil },
            "the four-way deal, told twice: \(found.map(\.parties))")
        #expect(
            found.contains { Set($0.parties) == [code("EG"), code("JO")] && $0.title.hasPrefix("12 memorandums") },
            "\(found.map(\.title))")
        #expect(found.allSatisfy { $0.value == nil }, "the launched project is Egypt's own: \(found)")
        let arabic = agreements(
            extract(
                """
                مصر والأردن والعراق والسعودية توقع اتفاقا للممر

                شهد الرئيس المصري ورئيس الوزراء الأردني توقيع اتفاق أولي بين مصر والأردن والعراق والسعودية للتعاون في مشروع ممر النقل.
                """))
        #expect(
            arabic.count == 1 && Set(arabic[0].parties) == [code("EG"), code("JO"), code("IQ"), code("SA")],
            "\(arabic.map(\.parties))")
    }

    /// Items of a list each followed by sentences that describe them are still the list's; a
    /// section's title set as an item is none; "four yen loan projects" counts loans, no amount.
    @Test func listItemsBetweenTheirDescriptionsAreTheListsDeals() {
        let found = agreements(
            extract(
                """
                Japan lends to Kenya

                Japan and Kenya signed notes concerning four yen loan projects for up to 100 billion yen in total.
                - Outline of the Projects
                - Water Supply Program (up to 35 billion yen)
                This program aims to improve water supply in Nairobi.
                - Port Expansion Project (Phase II) (up to 45 billion yen)
                This project is to expand the port of Mombasa. It will double its capacity.
                - Road Project (up to 20 billion yen)
                """))
        #expect(
            found.compactMap(\.value?.amount).sorted() == [
                20_000_000_000, 35_000_000_000, 45_000_000_000, 100_000_000_000,
            ],
            "\(found.map { ($0.title, $0.value) })")
        #expect(found.count == 4 && found.allSatisfy { $0.value?.currency.code == "JPY" }, "\(found.map(\.title))")
    }

    /// A document told again by its proper name, or by the abbreviation the article gave it in
    /// brackets, is one deal, though the later telling calls it new.
    @Test func aDocumentToldAgainByItsNameOrAbbreviationIsOneDeal() {
        for text in [
            """
            Chile and Peru deepen ties

            Chile and Peru signed a Double Taxation Treaty (DTT) on Monday in Lima.
            Officials said a new tax agreement, the DTT, was signed to spur investment.
            """,
            """
            Chile and Peru deepen ties

            Chile and Peru signed the Bilateral Investment Agreement in Lima on Monday.
            A new Bilateral Investment Agreement, signed by the two finance ministers, will ease investment.
            """,
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 1, "\(found.map(\.title))")
        }
    }

    /// Money pledged to a regional bloc without a country code ("to the Economic Community of West
    /// African States", "to ECOWAS") is no deal between the article's countries.
    @Test func moneyPledgedToARegionalBlocIsNoDeal() {
        let found = agreements(
            extract(
                """
                Germany and Nigeria

                Germany has committed a total of 600 million euros in grants in ongoing projects.
                She said another 620 million euros was pledged to the Economic Community of West African States in current projects.
                """))
        #expect(found.map(\.value?.amount) == [600_000_000], "\(found.map { ($0.title, $0.value) })")
    }
}
