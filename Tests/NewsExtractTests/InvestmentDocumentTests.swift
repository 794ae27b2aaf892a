import Foundation
import NewsCore
import NewsExtract
import Testing

/// Investment figures in whole articles: their direction, rankings and enumerations that go on
/// over sentences, groups of investors, and counts of companies. Every text here is written for
/// these tests.
@Suite struct InvestmentDocumentTests: ReadsArticles {
    /// "بلغ حجم الاستثمار السعودي في المدن الصناعية 80 مليون دولار. وتوزعت هذه الاستثمارات على
    /// الصناعات البلاستيكية بقيمة 41 مليون دولار، والدوائية (9 ملايين دولار)": a figure spread over
    /// sectors is one figure; its parts are none of their own.
    @Test func aFigureSpreadOverSectorsIsOneFigure() throws {
        let found = investments(
            extract(
                "السعودية والأردن\n\nبلغ حجم الاستثمار السعودي في الأردن 80 مليون دولار. وتوزعت هذه الاستثمارات على الصناعات البلاستيكية بقيمة 41 مليون دولار، والدوائية (9 ملايين دولار) والصناعات المعدنية (5 ملايين دولار).\n"
            ))
        #expect(
            found.map { $0.value?.amount } == [80_000_000], "\(found.map { ($0.investor, $0.recipient, $0.value) })")
    }

    /// "Investment from Singapore amounted to Rs 26,246 crore (Rs 262.46 billion), followed by the
    /// Netherlands at Rs 15,630 crore (Rs 156.30 billion) and Japan at …, the Minister for
    /// Overseas Indian Affairs said": an amount written again in brackets is one amount, and a
    /// country named only after the last amount ranks nowhere, so India receives.
    @Test func theCountryAfterInvestorsInIsTheRecipientBeforeAnyOtherAfterIn() throws {
        let found = investments(
            extract(
                "Chile and Peru\n\nThe minister met bankers in Peru, noting that Peru is among the largest investors in Chile with 300 projects worth $9 billion.\n"
            ))
        #expect(found.count == 1 && found.first?.investor == code("PE"), "\(found)")
        #expect(found.first?.recipient == code("CL"), "\(found)")
    }

    @Test func firmsCountedForExportsOrAGroupsFigureAreNoInvestment() throws {
        for text in [
            "السعودية وفرنسا\n\nوستتمكن 37 شركة فرنسية من تصدير اللحوم مجددا إلى المملكة.\n",
            "Saudi Arabia and France\n\nThirty-seven French companies will be able to export meat to the kingdom again, 37 firms in all.\n",
            "China and Egypt\n\nForeign direct investment between China and the Belt and Road countries exceeded $70 billion.\n",
        ] {
            #expect(investments(extract(text)).isEmpty, "\(text): \(investments(extract(text)))")
        }
        // Firms counted where they invest still are.
        let found = investments(
            extract("China and Egypt\n\nMore than 1,500 Chinese companies operate in Egypt, the ambassador said.\n"))
        #expect(found.first?.companyCount?.value == 1500, "\(found)")
    }

    @Test func aListOfInvestorsWithAmountsWrittenTwice() throws {
        let found = investments(
            extract(
                "India FDI\n\nThe inflow of foreign investment from Singapore amounted to Rs 26,246 crore (Rs 262.46 billion) during the period, followed by the Netherlands at Rs 15,630 crore (Rs 156.30 billion) and Japan at Rs 8,655 crore (Rs 86.55 billion), the Minister of State for Overseas Indian Affairs said.\n"
            ))
        #expect(
            found.map { [$0.investor, $0.recipient] } == [
                [code("SG"), code("IN")], [code("NL"), code("IN")], [code("JP"), code("IN")],
            ], "\(found.map { ($0.investor, $0.recipient, $0.value) })")
        #expect(found.map { $0.value?.amount } == [262_460_000_000, 156_300_000_000, 86_550_000_000])
    }

    /// "…، وتبلغ الاستثمارات الكينية في عمان 300 مليون دولار، بينما تستثمر الشركات العمانية في
    /// كينيا نحو ملياري دولار": after a turn to another subject, an amount is its own side's.
    @Test func anAmountAfterATurnToAnotherSubjectIsItsSidesOwn() throws {
        let found = investments(
            extract(
                "عمان وكينيا\n\nويبلغ حجم التبادل التجاري بين البلدين 900 مليون دولار وتبلغ الاستثمارات الكينية في عمان نحو 300 مليون دولار، وإن 40 شركة من كينيا تعمل في عمان بينما عدد الشركات العمانية المستثمرة في كينيا 90 شركة بإجمالي استثمارات يقارب 2 مليار دولار.\n"
            ))
        let shown = "\(found.map { ($0.investor, $0.recipient, $0.value?.amount) })"
        #expect(
            found.contains {
                $0.investor == code("KE") && $0.recipient == code("OM") && $0.value?.amount == 300_000_000
            },
            "\(shown)")
        #expect(
            found.contains {
                $0.investor == code("OM") && $0.recipient == code("KE") && $0.value?.amount == 2_000_000_000
            }, "\(shown)")
    }

    /// "China is Nepal's biggest source of FDI, officials from Nepal said": people from a country
    /// are no investor, and the ranking ranks the pair's figure told before, no figure of its own.
    @Test func officialsFromACountryAreNoInvestorAndARankingRanksTheFigure() throws {
        let found = investments(
            extract(
                """
                China, Laos ties

                Direct investment of Chinese firms in Laos has reached $355 million in total.

                China is Laos's biggest source of foreign direct investment, officials from Laos said at a forum.
                """))
        #expect(found.count == 1, "\(found.map { ($0.investor, $0.recipient, $0.value) })")
        #expect(found.first?.investor == code("CN") && found.first?.recipient == code("LA"))
    }

    /// A ranking with no figure of the pair anywhere in the article states nothing the gold could
    /// hold: no amount, share or count of companies. It is no fact.
    @Test func aRankingWithoutAFigureIsNoInvestment() throws {
        let found = investments(
            extract(
                """
                Ties with Laos

                China is one of Laos's largest foreign investors. The two sides signed 12 agreements on Tuesday.
                """))
        #expect(found.isEmpty, "\(found.map { ($0.investor, $0.recipient, $0.rank) })")
    }

    /// "More than 40 Chilean companies and 100 Mexican importers attended the gathering": firms at
    /// a forum are no investment; "4,700 Chinese companies operate in Kazakhstan" is.
    @Test func companiesAtAForumAreNoInvestment() throws {
        let forum = investments(
            extract(
                "Chile and Mexico\n\nMore than 40 Chilean companies and 100 Mexican importers attended the gathering.\n"
            ))
        #expect(forum.isEmpty, "\(forum.map { ($0.investor, $0.recipient) })")
        let present = investments(
            extract("China and Kazakhstan\n\nMore than 4,700 Chinese companies operate in Kazakhstan today.\n"))
        #expect(present.count == 1 && present.first?.companyCount?.value == 4700)
    }

    @Test func registeredForeignCapitalIsForeignInvestment() throws {
        for text in [
            "Peru FDI\n\nTotal registered foreign capital in Peru reached $8 billion in the first half. Chile was the biggest source with $2 billion.\n",
            "Peru FDI\n\nForeign capital inflows into Peru reached $8 billion last year, with Chile the top source at $2 billion.\n",
        ] {
            let found = investments(extract(text))
            #expect(
                found.contains {
                    $0.investor.country == nil && $0.recipient == code("PE") && $0.value?.amount == 8_000_000_000
                }
                    && found.contains { $0.investor == code("CL") && $0.value?.amount == 2_000_000_000 },
                "\(text): \(found)")
        }
        // Capital looked for is no figure.
        #expect(
            investments(
                extract(
                    "Peru news\n\nPeru is looking for fresh foreign capital after its economy grew 0.1% in the quarter.\n"
                )
            ).isEmpty)
    }

    @Test func capitalPouredIntoACountryIsInvestment() throws {
        let found = investments(
            extract(
                "Peru draws capital\n\nOf the 40 economies pouring capital into Peru this year, Chile came first with $2 billion, followed by Spain with $1.5 billion.\n"
            ))
        #expect(found.contains { $0.investor == code("CL") && $0.recipient == code("PE") }, "\(found)")
        #expect(found.contains { $0.investor == code("ES") && $0.value?.amount == 1_500_000_000 }, "\(found)")
    }

    @Test func investmentsOneWayAndTheOtherInOneSentence() throws {
        for text in [
            "خبر\n\nوبلغت الاستثمارات المصرية في السودان 10.8 مليار دولار، في حين بلغت الاستثمارات السودانية في مصر 127 مليون دولار.\n",
            "News\n\nEgyptian investments in Sudan reached $10.8 billion, while Sudanese investments in Egypt came to $127 million.\n",
            // Each clause names both, the first its recipient after the amount.
            "News\n\nEgypt invests $10.8 billion a year in Sudan, while Sudan's investments in Egypt total $127 million.\n",
        ] {
            let found = investments(extract(text))
            #expect(found.count == 2, "\(found)")
            #expect(
                found.contains {
                    $0.investor == code("EG") && $0.recipient == code("SD") && $0.value == Money(10_800_000_000, .usd)
                })
            #expect(
                found.contains {
                    $0.investor == code("SD") && $0.recipient == code("EG") && $0.value == Money(127_000_000, .usd)
                })
        }
    }

    @Test func aRankingOfInvestorsGoesOnOverSentences() throws {
        let found = investments(
            extract(
                """
                Investors

                Vietnam attracted $20.5 billion in foreign direct investment in the first eight months.

                South Korea led with $3.5 billion, while Japan came second with $3.2 billion.

                Singapore ranked third with $2.9 billion.

                As of August, South Korea had 9,800 projects in Vietnam with total registered capital of $86 billion.
                """))
        let byInvestor = Dictionary(
            found.compactMap { f in f.investor.country.map { ($0.rawValue, f.value) } }, uniquingKeysWith: { a, _ in a }
        )
        #expect(byInvestor["SG"] == Money(2_900_000_000, .usd), "\(found)")
        #expect(byInvestor["JP"] == Money(3_200_000_000, .usd))
        #expect(found.contains { $0.investor == code("KR") && $0.value == Money(86_000_000_000, .usd) })
        #expect(found.allSatisfy { $0.recipient == code("VN") })
    }

    @Test func investmentsTheOtherWayNamedAfterTheirAmount() throws {
        let found = investments(
            extract(
                "الإمارات والصين\n\nوبلغ حجم الاستثمارات الإماراتية في الصين نحو 11 مليار دولار، مقابل 6 مليارات دولار استثمارات صينية في الدولة.\n"
            ))
        #expect(found.count == 2, "\(found)")
        #expect(
            found.contains {
                $0.investor == code("AE") && $0.recipient == code("CN") && $0.value?.amount == 11_000_000_000
            })
        #expect(
            found.contains {
                $0.investor == code("CN") && $0.recipient == code("AE") && $0.value?.amount == 6_000_000_000
            })
        // An earlier amount of the same investment keeps its direction.
        let same = investments(
            extract(
                "UAE and China\n\nUAE investments in China reached $11 billion in 2023, up from $6 billion in 2022, when Chinese firms were cautious.\n"
            ))
        #expect(same.count == 2 && same.allSatisfy { $0.investor == code("AE") }, "\(same)")
    }

    @Test func aRankingThatOpensWithOneLeaderGoesOn() throws {
        // The leader alone in its sentence, the others in the next: each is an investor.
        for text in [
            "Investors\n\nForeign investors registered $15.3 billion in Vietnam in five months. Singapore led with $4.1 billion, or 27% of the total. Japan came second with $3 billion, followed by China ($1.2 billion).\n",
            "مستثمرون\n\nسجل المستثمرون الأجانب استثمارات بقيمة 15.3 مليار دولار في فيتنام خلال خمسة أشهر. وتصدرت سنغافورة القائمة بنحو 4.1 مليار دولار. وجاءت اليابان في المرتبة الثانية بنحو 3 مليارات دولار، تلتها الصين بـ1.2 مليار دولار.\n",
        ] {
            let found = investments(extract(text))
            let byInvestor = Dictionary(
                found.compactMap { f in f.investor.country.map { ($0.rawValue, f.value?.amount) } },
                uniquingKeysWith: { a, _ in a })
            #expect(byInvestor["SG"] == 4_100_000_000, "\(found)")
            #expect(byInvestor["JP"] == 3_000_000_000, "\(found)")
            #expect(byInvestor["CN"] == 1_200_000_000, "\(found)")
            #expect(found.allSatisfy { $0.recipient == code("VN") })
        }
        // A leader after a figure of trade is no investor.
        #expect(
            investments(extract("News\n\nEgypt's exports reached $40 billion last year. Italy led with $4 billion.\n"))
                .isEmpty)
    }

    @Test func aRegionsTradeBesideACountrysInvestmentLeavesTheInvestment() throws {
        let e = extract(
            "News\n\nChina is Africa's largest trading partner, with trade between them reaching $220 billion in 2014, while Chinese investment in Nigeria reached $36.6 million in the first half of 2015.\n"
        )
        #expect(trade(e).isEmpty, "\(trade(e))")
        #expect(investments(e).map(\.value) == [Money(36_600_000, .usd)])
        #expect(investments(e).first?.investor == code("CN") && investments(e).first?.recipient == code("NG"))
    }

    @Test func anEnumerationInheritsCurrencyAndRecipient() throws {
        let e = extract(
            """
            Kazakhstan draws investment

            Kazakhstan attracted $90bn of foreign direct investment over a decade: Netherlands — 30.5 billion, Switzerland — 9.3 billion, China — 7.2 billion.
            """)
        let found = investments(e)
        for (investor, amount) in [("NL", 30_500_000_000), ("CH", 9_300_000_000), ("CN", 7_200_000_000)]
            as [(String, Decimal)]
        {
            #expect(
                found.contains {
                    $0.investor == code(investor) && $0.recipient == code("KZ") && $0.value == Money(amount, .usd)
                }, "\(investor): \(found)")
        }
    }

    @Test func investorsNamedAsAGroupAreKeptAsTheGroup() throws {
        let found = investments(
            extract(
                """
                Investment report

                Arab countries' investments in Egypt reached $8.2 billion last year, against $3.1 billion a year earlier.
                """))
        #expect(found.count == 2, "\(found)")
        #expect(found.allSatisfy { $0.investor == .organization("Arab countries") && $0.recipient == code("EG") })
        let report = ExtractionReport(
            extract("Vietnam drew $12.5 billion of foreign direct investment in five months."))
        #expect(
            report.investments.first?.investor.value == nil
                && report.investments.first?.investorGroup == "foreign investors")
    }

    @Test func aCountOfCompaniesIsAnInvestmentOfItsOwnOrJoinsItsSentencesFigure() throws {
        let alone = investments(extract("وتعمل أكثر من 800 شركة ألمانية في السعودية."))
        #expect(alone.count == 1 && alone.first?.investor == code("DE") && alone.first?.recipient == code("SA"))
        #expect(alone.first?.value == nil && alone.first?.companyCount?.value == 800)
        let joined = investments(
            extract(
                "Emirati investment in Egypt exceeds $40 billion, with more than 1,800 Emirati companies in the country."
            ))
        #expect(
            joined.count == 1 && joined.first?.companyCount?.value == 1800
                && joined.first?.value?.amount == 40_000_000_000)
        #expect(
            investments(extract("On Tuesday 11 companies signed deals between Zambia and China.")).isEmpty,
            "a count with no nationality is no investment")
    }

    @Test func theDirectionOfInvestmentFollowsTheVerb() throws {
        let en = investments(
            extract("Vietnam attracted $3.5 billion of foreign direct investment from South Korea in the first half."))
        #expect(en.first.map { [$0.investor, $0.recipient] } == [code("KR"), code("VN")])
        let ar = investments(extract("استقطبت مصر استثمارات سعودية بقيمة 2.5 مليار دولار خلال العام الماضي."))
        #expect(ar.first.map { [$0.investor, $0.recipient] } == [code("SA"), code("EG")])
        let sector = investments(extract("وضخت الكويت استثمارات بقيمة 500 مليون دولار في قطاع الطاقة المصري."))
        #expect(sector.first.map { [$0.investor, $0.recipient] } == [code("KW"), code("EG")])
    }

    @Test func aPromiseOfInvestmentIsAPledgedDealWhoeverMakesIt() throws {
        // The corpus's convention: "pledged" is will invest, committed, intends; such a promise
        // between two countries is an investment deal, not an investment figure.
        for text in [
            "Visit\n\nPeru's president said Japan has pledged $3.4 billion in new investment in Peru's mines.\n",
            "Visit\n\nNorway will invest $800 million in Ghana's power grid over four years, its minister said.\n",
            "زيارة\n\nتعهدت الكويت باستثمارات جديدة قيمتها ملياري دولار في الأردن.\n",
        ] {
            let e = extract(text)
            #expect(investments(e).isEmpty, "\(text): \(investments(e))")
            let deal = try #require(agreements(e).first, "\(text)")
            #expect(deal.kind == .investmentDeal && deal.status == .pledged && deal.value != nil, "\(text): \(deal)")
        }
    }

    @Test func aCountryNamedByAPhraseThatPointsBackIsTheInvestor() throws {
        let e = extract(
            """
            Report

            Norway was Chile's third largest investor last year. Foreign direct investment from there to Chile rose to $2.2 billion, \
            a ministry of trade and industry report said. About 4% ($9.9 billion) of all the FDI that Chile received since 2000 comes from this nation.
            """)
        let found = investments(e)
        #expect(trade(e).isEmpty, "a trade ministry named in passing makes no trade figure: \(trade(e))")
        #expect(
            found.contains {
                $0.investor == code("NO") && $0.recipient == code("CL") && $0.value?.amount == 2_200_000_000
            }, "\(found)")
        #expect(
            found.contains {
                $0.investor == code("NO") && $0.recipient == code("CL") && $0.value?.amount == 9_900_000_000
            }, "\(found)")
        #expect(!found.contains { $0.investor == code("CL") }, "Chile's investor is no investment of Chile's: \(found)")
    }

    @Test func theFirstAmountOfARankingMayComeBeforeItsCountry() throws {
        let e = extract(
            """
            Report

            With investments of $8.4 billion last year, Japan was Peru's largest investor, followed by Spain ($3.1 billion) and Canada ($2.5 billion).
            """)
        let found = Set(investments(e).map { "\($0.investor)>\($0.recipient) \($0.value?.amount ?? 0)" })
        #expect(found == ["JP>PE 8400000000", "ES>PE 3100000000", "CA>PE 2500000000"], "\(found)")
    }

    @Test func aRegionsFiguresBesideOneCountryAreNoneOfOursButAGroupOfInvestorsStays() throws {
        let region = extract(
            "Report\n\nKorea's direct investment in Africa came to $2.1 billion in 2019, down from $2.6 billion in 2018.\n"
        )
        #expect(investments(region).isEmpty, "\(investments(region))")
        let group = extract(
            "Report\n\nArab countries' investments in Jordan reached $4.4 billion in 2022, against $3.9 billion a year earlier.\n"
        )
        #expect(investments(group).count == 2, "\(investments(group))")
        #expect(investments(group).allSatisfy { $0.recipient == code("JO") })
    }

    @Test func aCapitalWhereSomethingIsSaidIsNoRecipient() throws {
        let e = extract(
            "News\n\nAt a forum in Lima, Chile's export agency said $1.3 billion of Peruvian investment came to Chile through its office.\n"
        )
        #expect(investments(e).map { "\($0.investor)>\($0.recipient)" } == ["PE>CL"], "\(investments(e))")
    }

    @Test func shortLocalSignsAreTheCurrencyOfTheArticlesCountry() throws {
        // "R" before a number is rand in a South African article, and nothing elsewhere.
        let rand = investments(
            extract(
                "South Africa and Japan\n\nJapanese investment in South Africa has reached R75 billion since 1994.\n"))
        #expect(rand.map(\.value) == [Money(75_000_000_000, Currency("ZAR")!)], "\(rand)")
        let elsewhere = investments(
            extract("Chile and Japan\n\nJapanese investment in Chile has reached R75 billion since 1994.\n"))
        #expect(elsewhere.isEmpty, "\(elsewhere)")
        let rupees = agreements(
            extract("Pakistan and China\n\nPakistan and China signed a loan agreement worth Rs 40 billion.\n"))
        #expect(rupees.map(\.value) == [Money(40_000_000_000, Currency("PKR")!)], "\(rupees)")
        let both = agreements(
            extract("India and Pakistan\n\nIndia and Pakistan signed a trade agreement worth Rs 40 billion.\n"))
        #expect(
            both.map(\.value) == [Money(40_000_000_000, Currency("INR")!)],
            "the sign tells neither; it keeps its default: \(both)")
    }

    @Test func whatIsHopedForOrExpectedIsNoFigure() throws {
        let hoped = extract(
            "تشيلي وبيرو\n\nوقال الوزير التشيلي إنه يأمل أن تصل استثمارات بيرو في بلاده إلى 4 مليارات دولار قريبا.\n")
        #expect(investments(hoped).isEmpty, "\(investments(hoped))")
        let expected = extract(
            "تشيلي وبيرو\n\nوبلغ حجم التجارة بين تشيلي وبيرو 3.1 مليار دولار العام الماضي، ويتوقع الجانبان بلوغ 4 مليارات دولار بنهاية العام.\n"
        )
        #expect(trade(expected).map(\.value) == [Money(3_100_000_000, .usd)], "\(trade(expected))")
        let english = extract(
            "Chile and Peru\n\nThe Chilean minister hopes to raise investment from Peru to $4 billion soon.\n")
        #expect(investments(english).isEmpty, "\(investments(english))")
    }

    @Test func aRankingOfWhereForeignInvestmentWentMakesEachCountryARecipient() throws {
        // The article's first sentence, amounts after a particle stuck to them (ب), and shares
        // after "أو" (or): each country is where foreign investment went, the investors unnamed.
        for text in [
            "جاءت مصر أولا عربيا في الاستثمارات الأجنبية المباشرة بقيمة 5.1 بليون دولار، وتونس ثانية ب2.4 بليون أو 19 في المئة، والأردن ثالثا ب1.2 بليون دولار.\n",
            "Egypt ranked first for foreign direct investment with $5.1 billion, followed by Tunisia with $2.4 billion, or 19%, and Jordan with $1.2 billion.\n",
        ] {
            let found = investments(extract(text))
            #expect(found.map { $0.recipient } == [code("EG"), code("TN"), code("JO")], "\(found)")
            #expect(found.allSatisfy { $0.investor.country == nil })
            #expect(
                found.map(\.value) == [
                    Money(5_100_000_000, .usd), Money(2_400_000_000, .usd), Money(1_200_000_000, .usd),
                ])
        }
    }

    @Test func aRankingOfInvestorsIsNoRankingOfRecipients() throws {
        // The article's pair names where the money went, or the list ranks investors: the
        // countries ranked are investors, not recipients.
        let paired = investments(
            extract(
                """
                Foreign investment in Peru

                Peru drew foreign direct investment from many countries last year.

                On foreign direct investment, Spain came first with $2.1 billion, Chile second with $1.4 billion.
                """))
        #expect(paired.allSatisfy { $0.recipient == code("PE") }, "\(paired)")
        let investors = investments(
            extract(
                "Spain ranked first among the largest foreign investors with $2.1 billion, Chile second with $1.4 billion.\n"
            ))
        #expect(!investors.contains { $0.investor.country == nil }, "\(investors)")
    }

    @Test func dataFromACountrysOfficeNamesNoInvestor() throws {
        let found = investments(
            extract(
                "News\n\nFigures from Peru's central bank put Chilean investments in Peru at $2 billion last year.\n"))
        #expect(found.map { "\($0.investor)->\($0.recipient)" } == ["CL->PE"], "\(found)")
    }

    @Test func aRankingOfInvestorsGoesOnAfterTheLargest() throws {
        let found = investments(
            extract(
                """
                Foreign investment in Peru

                Chile was the largest investor in Peru last year, with $2.4 billion.

                Brazil ranked second with $700 million. Macau (China) came third at $300 million.

                Mexico and Spain followed in fourth and fifth place, with $150 million and $90 million.
                """))
        let read = found.map { "\($0.investor)->\($0.recipient) \($0.value?.amount ?? 0)" }
        #expect(
            read == [
                "CL->PE 2400000000", "BR->PE 700000000", "MO->PE 300000000", "MX->PE 150000000", "ES->PE 90000000",
            ], "\(read)")
    }

    @Test func aRankingGoesOnOnlyWithAnotherCountryRanked() throws {
        let found = investments(
            extract(
                """
                تشيلي وبيرو

                احتلت بيرو المركز الخامس بين أكبر متلقي الاستثمارات التشيلية في عشر سنوات، بقرابة 9 مليارات دولار.

                ويقول تقرير ينشر في نيسان (أبريل) إن الاستثمارات التشيلية في بيرو بلغت 9 مليارات دولار منذ مطلع كانون الثاني (يناير) من عام 2015.

                وبلغت الاستثمارات التشيلية في بيرو 1.5 مليار دولار في 2022، وكانت أعلى في 2019 حين سجلت 2.7 مليار دولار.
                """))
        let amounts = Set(found.compactMap { $0.value?.amount })
        #expect(
            amounts.isSuperset(of: [9_000_000_000, 1_500_000_000, 2_700_000_000])
                && found.allSatisfy { "\($0.investor)->\($0.recipient)" == "CL->PE" }, "\(found)")
    }

    @Test func theHeadlinesWayOfTheMoneyOrdersThePairForSentencesThatNameNeitherSide() throws {
        // Syria is named more often, but the headline says whose money goes where.
        let found = investments(
            extract(
                """
                استثمارات سعودية جديدة في سوريا

                وقال وزير الاقتصاد السوري في دمشق إن سوريا ترحب بالمستثمرين.

                وفي قطاع الصناعة، بلغت الاستثمارات 200 مليون دولار، بينما تبلغ قيمة الاستثمارات في مجال العقارات حوالي 11 مليار ريال.
                """))
        #expect(!found.isEmpty)
        #expect(
            found.allSatisfy { $0.investor == code("SA") && $0.recipient == code("SY") },
            "\(found.map { ($0.investor, $0.recipient) })")
    }

    @Test func theNationalityRightAfterAnAmountIsItsInvestor() throws {
        let found = investments(
            extract(
                "Investments of other countries in Egypt amounted to $181.7 million, including $50.6 million of Chinese investments and $21.7 million of Swiss investments.\n"
            ))
        let byInvestor = Dictionary(found.map { ($0.investor.country?.rawValue ?? "-", $0.value?.amount) }) { a, _ in a
        }
        #expect(byInvestor["CN"] == 50_600_000, "\(byInvestor)")
        #expect(byInvestor["CH"] == 21_700_000, "\(byInvestor)")
    }

    @Test func oneTotalBesideAListOfInvestorsIsNoneOfTheirsAlone() throws {
        let found = investments(
            extract(
                "Spain, Italy, Japan and Korea are the leading investors in Chile, with the largest share of the $56 billion that foreigners hold in the country.\n"
            ))
        #expect(found.count == 1 && found[0].investor.country == nil && found[0].recipient == code("CL"), "\(found)")
    }

    @Test func capitalImportedIsForeignInvestmentAndARankingWithinTheRecipientNamesNoInvestor() throws {
        let found = investments(
            extract(
                """
                Ghana's capital importation in the third quarter

                Total capital importation into Ghana stood at $800.5 million in Q3 2024.
                Capital importation came largely from the United Kingdom with $300.2 million, followed by Canada with $120.4 million.
                Accra remained the top destination with $500.1 million, followed by Kumasi with $100.3 million.
                The mining sector recorded the highest inflow with $350.6 million, followed by banking with $90.7 million.
                """))
        let read = Set(
            found.map(flow))
        #expect(read == ["-->GH:800500000", "GB->GH:300200000", "CA->GH:120400000"], "\(read)")
    }

    @Test func aCountryAfterBiWithTheArticleIsWhereTheMoneyGoesUnlessItFollowsAnother() throws {
        // "بالمغرب": in Morocco, the recipient of foreign investment with no single investor.
        let total = investments(
            extract("المغرب وفرنسا\n\nبلغ صافي تدفق الاستثمارات الأجنبية المباشرة بالمغرب 11 مليار درهم في سنة 2023.\n")
        )
        #expect(
            total.map { "\($0.investor.country?.rawValue ?? "-")->\($0.recipient.country?.rawValue ?? "-")" } == [
                "-->MA"
            ],
            "\(total)")
        // "متبوعا بالمملكة المتحدة": the next investor in a ranking, not where the money goes.
        let ranked = investments(
            extract(
                "المغرب وفرنسا\n\nبلغ صافي تدفق الاستثمارات الأجنبية المباشرة من الإمارات 2 مليار درهم في سنة 2023، متبوعا بالمملكة المتحدة بمليار درهم.\n"
            ))
        #expect(ranked.allSatisfy { $0.recipient == code("MA") }, "\(ranked)")
    }

    @Test func figuresReportedByACountrysOwnOfficeGoToThatCountry() throws {
        // The main pair is of two sources; the Philippine office that reports the figures names
        // where they go. "P" before a number is the peso once the article names the Philippines.
        let found = investments(
            extract(
                """
                Spain and Korea lead the sources of approved investment

                Spain and Korea were the leading sources of foreign investments approved over ten years, the Philippine Statistics Authority said on Friday.
                Approved foreign investments amounted to P2.1 trillion from 2014 to 2023.
                Of that total, P410.5 billion came from investors from Spain, followed by P388.2 billion approved from investors in Korea and P201.7 billion from Canada.
                Other sources were Italy with P120.3 billion; Brazil, P95.6 billion; and Chile, P40.1 billion.
                """))
        let read = Set(
            found.map {
                "\(flow($0)) \($0.value?.currency.code ?? "")"
            })
        #expect(
            read == [
                "-->PH:2100000000000 PHP", "ES->PH:410500000000 PHP", "KR->PH:388200000000 PHP",
                "CA->PH:201700000000 PHP", "IT->PH:120300000000 PHP", "BR->PH:95600000000 PHP",
                "CL->PH:40100000000 PHP",
            ], "\(read)")
        // With no Philippine word in the article, "P" is no currency.
        let elsewhere = investments(
            extract("Spain and Korea\n\nSpanish investment in Korea reached P410.5 billion last year.\n"))
        #expect(elsewhere.isEmpty, "\(elsewhere)")
    }

    @Test func anAmountSetAgainstAnInvestorsFigureIsTheSameInvestorsAndARankingGoesOnAfterFollowedBy() throws {
        let found = investments(
            extract(
                """
                المغرب والاستثمارات

                تصدرت هولندا الدول المستثمرة في المغرب بما مجموعه 4.2 مليار درهم سنة 2019، مقابل 2.1 مليار درهم سنة 2018 و90 مليون درهم سنة 2017.
                وجاءت السويد في المرتبة الثانية باستثمارات تبلغ 1.5 مليار درهم، مقابل 1.1 مليار درهم سنة 2018، ثم الولاياتالمتحدة ب1.2 مليار درهم، متبوعة بلوكسمبورغ ب0.8 مليار درهم.
                """))
        let read = Set(
            found.map(flow))
        #expect(
            read == [
                "NL->MA:4200000000", "NL->MA:2100000000", "NL->MA:90000000", "SE->MA:1500000000", "SE->MA:1100000000",
                "US->MA:1200000000", "LU->MA:800000000",
            ], "\(read)")
    }

    @Test func projectsAStatesInvestmentOfficeApprovesAreInvestmentIntoItsCountryNoDeal() throws {
        for text in [
            // The adjective in the accusative of the indefinite ("صينيًا") names the investor.
            "الصين وتونس\n\nوافقت الهيئة التونسية للاستثمار على 31 مشروعًا صينيًا بقيمة 1.2 مليار دولار منذ عام 2021.\n",
            "China and Tunisia\n\nThe Tunisian Investment Promotion Agency has approved 31 Chinese projects worth $1.2 billion since 2021.\n",
        ] {
            let e = extract(text)
            #expect(agreements(e).isEmpty, "\(text): \(agreements(e))")
            #expect(
                investments(e).map {
                    "\(flow($0)) \($0.cumulative)"
                } == ["CN->TN:1200000000 true"],
                "\(text): \(investments(e))")
        }
    }

    @Test func dubaiStandsForTheEmiratesAndAnAmountRetoldInBracketsIsNoList() throws {
        let found = investments(
            extract(
                "Uganda and UAE\n\nUganda’s stock of foreign direct investments (FDIs) from Dubai hit $180 million (USh670 billion) in the five years to June 2024, data shows.\n"
            ))
        #expect(
            found.map {
                flow($0)
            }
                == ["AE->UG:180000000"], "\(found)")
    }

    @Test func aRankingsAmountToldAgainInDollarsInBracketsIsReadInDollars() throws {
        let found = investments(
            extract(
                """
                تونس والاستثمارات المغاربية

                وبحسب التقرير فإن الليبيين هم الأكثر استثمارا في تونس بكلفة تجاوزت 12 مليون دينار تونسي (نحو 4 ملايين دولار).
                وجاء المغرب في المرتبة الثانية بـ6.1 مليون دينار (نحو مليونين و100 ألف دولار) خلال 2019.
                """))
        #expect(
            found.contains { $0.investor == code("MA") && $0.value?.amount == 2_100_000 && $0.value?.currency == .usd },
            "\(found.map { ($0.investor, $0.recipient, $0.value) })")
    }

    /// In a ranking of investors, countries given a share and no amount are investments of that
    /// share; a sector told as the largest is no investor.
    @Test func countriesRankedByShareAloneAreInvestmentsOfThatShare() {
        let found = investments(
            extract(
                """
                Peru draws foreign investment

                Foreign investment in Peru reached $9 billion in the first half.
                With $2.9 billion, the mining industry in Peru was the largest magnet for foreign direct investment.
                By country, the largest investor in Peru was Spain with $3 billion, or 33.3 percent of the total.
                Canada followed with 12.5 percent, Japan with 8 percent and Chile with 5.1 percent.
                These four countries accounted for 59 percent.
                """))
        #expect(
            Set(found.map(flow)) == ["-->PE:9000000000", "ES->PE:3000000000", "CA->PE:0", "JP->PE:0", "CL->PE:0"],
            "\(found.map(flow))")
        #expect(
            found.filter { $0.value == nil }.compactMap(\.share?.percent).sorted() == [5.1, 8, 12.5], "\(found)")
    }

    /// "Spain and Germany ($1.5 billion each)" is an investment of each; "USD +2.3 billion" is
    /// read with its plus sign; "This flow reflects a 40.2% share" is the share of the figure
    /// the sentence before gave first. In Arabic, told as a reporter would: "لكل منهما" (each of
    /// the two), and "the bank said that this flow …" over a sentence without figures.
    @Test(arguments: [
        (
            """
            Brazil leading investor in Chile

            Brazil was the leading investor in Chile in 2024, with a net flow of $6.8 billion, compared with $3.8 billion in 2023.
            This flow reflects a 40.2% share of the total net flow of foreign direct investment.
            Net FDI inflows into Chile from Japan amounted to USD +2.3 billion in 2024, followed by Canada (USD +1.8 billion), Spain and Germany (USD +1.5 billion each).
            """,
            [
                "BR->CL:6800000000", "BR->CL:3800000000", "JP->CL:2300000000", "CA->CL:1800000000",
                "ES->CL:1500000000", "DE->CL:1500000000",
            ] as Set<String>
        ),
        (
            """
            البرازيل أول مستثمر في تشيلي

            تصدرت البرازيل المستثمرين في تشيلي عام 2024 بصافي تدفق قدره 6.8 مليار دولار.
            ويعكس هذا الرقم ثقة المستثمرين في اقتصاد البلاد.
            وقال البنك المركزي إن هذا التدفق يمثل 40.2% من صافي الاستثمارات الأجنبية المباشرة.
            وجاءت كندا ثانية بين المستثمرين في تشيلي بصافي تدفق قدره 1.8 مليار دولار، ثم إسبانيا وألمانيا (1.5 مليار دولار لكل منهما).
            """,
            ["BR->CL:6800000000", "CA->CL:1800000000", "ES->CL:1500000000", "DE->CL:1500000000"] as Set<String>
        ),
    ])
    func eachAndTheShareOfTheFlowBefore(_ text: String, _ flows: Set<String>) {
        let found = investments(extract(text))
        #expect(Set(found.map(flow)) == flows, "\(found.map(flow))")
        #expect(
            found.first { $0.value?.amount == 6_800_000_000 }?.share?.percent == 40.2,
            "\(found.map { ($0.value, $0.share) })")
    }

    /// "Top FDI sources were Chile (PEN12.4bn …), the USA (…)": the countries are investors, and
    /// where the article names no recipient, their amounts' currency is the recipient's (PEN,
    /// Peru); what a country approves at home in all is no investment between countries.
    @Test func fdiSourcesInALocalCurrencyGoToThatCurrencysCountry() {
        let found = investments(
            extract(
                """
                Investment review for 2022

                Foreign direct investment remained the main source of committed investment last year.
                Top FDI sources were Chile (PEN12.4bn or 31% share), the USA (PEN8.2bn or 20% share) and Spain (PEN5.1bn or 13% share).
                Peru approved a total of PEN70.2bn investments in 2022, more than the PEN60bn projected.
                """))
        #expect(
            Set(found.map(flow)) == ["CL->PE:12400000000", "US->PE:8200000000", "ES->PE:5100000000"],
            "\(found.map(flow))")
    }

    /// "وتصل الاستثمارات الهندية في الإمارات إلى 70 مليار دولار، في المقابل تستثمر الإمارات 10
    /// مليارات دولار في الهند": "in return" turns the second figure to the other direction.
    @Test func inReturnTurnsAnInvestmentTheOtherWay() throws {
        let found = investments(
            extract(
                "الإمارات والهند\n\nوتصل الاستثمارات الهندية في الإمارات إلى نحو 70 مليار دولار حتى عام 2017، في المقابل تستثمر الإمارات قرابة 10 مليارات دولار في الهند.\n"
            ))
        #expect(Set(found.map(flow)) == ["IN->AE:70000000000", "AE->IN:10000000000"], "\(found.map(flow))")
    }

    /// "وبموجب الاتفاقية يضخ كل طرف مليار دولار في المنصة", "Each side will put $1 billion into
    /// the fund": what each party puts into a joint vehicle is no investment of one in the other,
    /// and no deal beside the one it is a share of.
    @Test func whatEachSidePutsInIsNoInvestment() throws {
        for text in [
            "روسيا وقطر\n\nوقع البلدان اتفاقية لتأسيس منصة استثمارية بقيمة 2 مليار دولار. وبموجب الاتفاقية يضخ كل طرف مليار دولار في المنصة التي تستهدف الاستثمار في روسيا.\n",
            "Russia and Qatar\n\nThe two countries signed an agreement to set up a $2 billion investment platform. Each side will invest $1 billion in the platform, which targets investment in Russia.\n",
        ] {
            let e = extract(text)
            #expect(investments(e).isEmpty, "\(investments(e).map(flow))")
            #expect(agreements(e).map(\.value?.amount) == [2_000_000_000], "\(agreements(e).map(\.title))")
        }
    }
}
