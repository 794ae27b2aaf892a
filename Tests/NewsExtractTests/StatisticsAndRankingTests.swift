import Foundation
import NewsCore
import NewsExtract
import Testing

/// Figures of statistics and rankings, told apart from deals: pledges counted in a country's
/// investment statistics, partners ranked by their trade, breakdowns within one country, and
/// amounts of trade or aims beside deals. Every text here is written for these tests.
@Suite struct StatisticsAndRankingTests: ReadsArticles {
    /// "FDI pledges from Japan slipped 38.5 percent to $540 million": pledges in a country's
    /// statistics are investment figures, not deals, and a figure that names only its investor
    /// goes to the country the figures before it went to, not to a pair named in passing.
    @Test func pledgesInInvestmentStatisticsAreFiguresOfTheirRecipient() throws {
        let e = extract(
            """
            Pledges fall

            Foreign direct investment pledged to Chile fell 20 percent in the first half as the trade war between Washington and Beijing went on.
            Chile received $4.2 billion worth of FDI commitments from January to June, down from $5.3 billion a year earlier.
            FDI pledges from Japan slipped 12.5 percent on-year to $610 million.
            Investment pledges from Canada moved up 3 percent to reach $1.2 billion.
            By sector, mining drew in $2 billion worth of FDI pledges.
            """)
        #expect(agreements(e).isEmpty, "\(agreements(e).map { ($0.parties, $0.value) })")
        #expect(trade(e).isEmpty, "a trade war gives no change of trade: \(trade(e))")
        let found = investments(e)
        let shown = "\(found.map { ($0.investor, $0.recipient, $0.value?.amount) })"
        #expect(found.allSatisfy { $0.recipient == code("CL") }, "\(shown)")
        #expect(found.contains { $0.investor == code("JP") && $0.value?.amount == 610_000_000 }, "\(shown)")
        #expect(found.contains { $0.investor == code("CA") && $0.value?.amount == 1_200_000_000 }, "\(shown)")
        #expect(!found.contains { $0.value?.amount == 2_000_000_000 }, "a sector's part is no figure: \(shown)")
    }

    /// "In 2020, FDI came in at $589.8 million", after "FDI in Chile stood at $1.2 billion in
    /// 2021": a figure that names no country goes to the country the figures before went to;
    /// what foreign firms export, an average of years and a province's part do not.
    @Test func aFigureNamingNoCountryGoesWhereTheFiguresWent() throws {
        let found = investments(
            extract(
                """
                Chile FDI

                Foreign direct investment in Chile stood at $1.2 billion in 2021.

                In 2020, the amount of FDI came in at $589.8 million.

                The foreign-invested sector generated $47 billion from exports in the year.

                FDI is still above the average of $800 million posted from 2009 to 2018.

                Provinces preferred by foreign investors include Maule, where they registered to invest $73 million.
                """))
        #expect(
            found.map(flow).sorted() == ["-->CL:1200000000", "-->CL:589800000"], "\(found.map(flow))")
    }

    /// "France regained its place as the first source of FDI in Morocco, ahead of the UAE and
    /// the United States": figures that name only their investor go to the country the lead
    /// says investment goes to, not to the other of the article's pair, and the bare dirhams of
    /// an article whose pair has none are those of the first country it names that has them.
    @Test func figuresGoWhereTheLeadSaysInvestmentGoes() throws {
        let found = investments(
            extract(
                """
                Investment news

                France regained its place as the first source of foreign direct investment in Morocco in the first quarter, ahead of the UAE and the United States, which led in earlier periods. French direct investment reached 2.03 billion dirhams.

                The United States kept its third place with investments of 928 million dirhams, followed by Italy with 844 million dirhams and Germany with 751 million dirhams.
                """))
        #expect(
            Set(found.map(flow)) == ["FR->MA:2030000000", "US->MA:928000000", "IT->MA:844000000", "DE->MA:751000000"],
            "\(found.map(flow))")
        #expect(found.allSatisfy { $0.value?.currency.code == "MAD" }, "\(found.map { $0.value })")
    }

    /// "nosedived 37 percent" is a change, not a share of anything.
    @Test func aNosediveIsAChange() throws {
        let found = investments(
            extract(
                "Chile FDI\n\nChile received $4.2 billion of foreign direct investment in the half. Investment from Spain nosedived 37 percent to $300 million.\n"
            ))
        let spain = found.first { $0.investor == code("ES") }
        #expect(spain?.value?.amount == 300_000_000 && spain?.share == nil, "\(found)")
    }

    /// "Turkey closes the top three with $56.5 billion", "Brazil rose to ninth place with $11.3
    /// billion": after a trade figure of the country whose partners the article ranks, a partner
    /// ranked with an amount is their trade. So is each partner of a list that leaves the home
    /// unnamed, with the amount in brackets after it.
    @Test func partnersRankedByTheirTrade() throws {
        let found = trade(
            extract(
                """
                Peru's partners

                China remained Peru's largest trading partner last year, with trade of $38 billion.
                Mexico closes the top three with $9.1 billion.
                Canada rose to seventh place with $4.4 billion, up from tenth place a year earlier.
                Among its neighbours, the most active trade was with Chile, Ecuador (totalling $3.3 billion) and Bolivia (totalling $1.7 billion).
                """))
        let pairs = Set(found.map { Set($0.parties.compactMap(\.country)) })
        let shown = "\(found.map { ($0.parties, $0.value?.amount) })"
        for (partner, amount) in [
            ("MX", 9_100_000_000), ("CA", 4_400_000_000), ("EC", 3_300_000_000), ("BO", 1_700_000_000),
        ] {
            #expect(
                found.contains {
                    Set($0.parties) == [code("PE"), code(partner)] && $0.value?.amount == Decimal(amount)
                }, "\(partner): \(shown)")
        }
        #expect(!pairs.contains([CountryCode("CL")!, CountryCode("EC")!]), "\(shown)")
    }

    /// "The deals will allow $150 billion of bilateral trade": trade foreseen, neither the deals'
    /// value nor a figure; "a roadmap on increasing trade to $10 billion" is an aim; "could grow
    /// to" is a forecast.
    @Test func tradeForeseenBesideDealsIsNoFigure() throws {
        let e = extract(
            """
            Kenya and India

            Kenya and India signed 12 agreements on Monday. The deals will allow more than $20 billion of bilateral trade, as well as research ties.
            The ministers discussed a roadmap signed last year, including the one on increasing trade between the two countries to $10 billion.
            Based on nine months of data, their trade could grow to $6.1 billion this year.
            """)
        #expect(agreements(e).allSatisfy { $0.value == nil }, "\(agreements(e).map { ($0.parties, $0.value) })")
        #expect(trade(e).isEmpty, "\(trade(e).map { ($0.parties, $0.value) })")
    }

    /// "المفوضية الأوربية", without the و of أوروبية, is the European Union as well.
    @Test func theEuropeanCommissionSpelledWithoutWaw() throws {
        let found = agreements(
            extract(
                "تونس\n\nحصلت تونس من المفوضية الأوربية على هبة بقيمة 40 مليون يورو لتمويل إصلاحات في قطاع الصحة.\n"))
        #expect(
            found.contains { Set($0.parties) == [code("EU"), code("TN")] && $0.value?.amount == 40_000_000 },
            "\(found.map { ($0.parties, $0.value) })")
    }

    /// "The other accords are related to aviation, maternal health, construction projects and the
    /// Belt and Road Initiative": a deal per field, and "and" inside a name joins it.
    @Test func accordsRelatedToFields() throws {
        let found = agreements(
            extract(
                """
                Ghana and China

                Ghana signed eight cooperation agreements with China on Sunday.

                The other accords are related to aviation, maternal health, construction projects and China’s Belt and Road Initiative.
                """))
        let titles = found.map(\.title)
        #expect(found.count == 5, "\(titles)")
        #expect(titles.contains { $0.contains("Belt and Road") }, "\(titles)")
    }
}

/// Deals told apart and told again, from a fifteenth set of real articles and the fourteenth.
@Suite struct DealsToldApartTests: ReadsArticles {
    /// "The total investment of the project amounts to $21 billion": what a work costs is no
    /// investment of one country in the other.
    @Test func aProjectsCostIsNoInvestment() throws {
        let e = extract(
            """
            Russia and Egypt

            Moscow and Cairo signed an agreement to build a power plant in the north. Egypt's power needs are growing.

            The total investment of the project amounts to $21 billion, with a possible rise to $26 billion.
            """)
        #expect(investments(e).isEmpty, "\(investments(e).map(flow))")
    }

    /// "اتفاقية القرض": a document named by the loan it is of points back at the loan told before;
    /// "اتفاقية القرض الأول الموقع عام 2018" singles out another.
    @Test func theLoansAgreementIsTheLoanToldBefore() throws {
        let again = agreements(
            extract(
                "العراق واليابان\n\nوافقت اليابان على إقراض العراق 100 مليون دولار لتحديث محطة كهرباء. وذكر بيان أن اتفاق القرض وقع خلال زيارة الوزير الياباني.\n"
            ))
        #expect(again.count == 1 && again.first?.value?.amount == 100_000_000, "\(again.map { ($0.title, $0.value) })")
        let another = agreements(
            extract(
                "مصر والكويت\n\nوافق الرئيس المصري على تعديل اتفاقية القرض الأول الموقع عام 2018 بين مصر والكويت.\n"))
        #expect(another.count == 1, "\(another.map(\.title))")
    }

    /// "a loan agreement and a memorandum of understanding", "اتفاقية قرض ومذكرة تفاهم": two
    /// documents of different kinds are two deals; "agreements and memoranda" stay one name.
    @Test func aLoanAgreementAndAnMoUAreTwoDeals() throws {
        for text in [
            "Egypt and Saudi Arabia\n\nEgypt and Saudi Arabia signed a loan agreement and a memorandum of understanding on Monday.\n",
            "مصر والسعودية\n\nتم امس توقيع اتفاقية قرض ومذكرة تفاهم بين صندوق التنمية السعودي ومصر.\n",
        ] {
            #expect(agreements(extract(text)).count == 2, "\(text)")
        }
        let one = agreements(
            extract("Egypt and Saudi Arabia\n\nEgypt and Saudi Arabia signed agreements and memoranda on Monday.\n"))
        #expect(one.count == 1, "\(one.map(\.title))")
    }

    /// "حصلت مصر على 6 منح جديدة … بقيمة 90 مليون دولار": grants counted are a deal, and trade
    /// named among the fields they fund is no trade figure.
    @Test func grantsCountedAreADeal() throws {
        let e = extract(
            "مصر والولايات المتحدة\n\nحصلت مصر على 6 منح جديدة من الوكالة الأمريكية للتنمية بقيمة 90 مليون دولار، لتنفيذ مشروعات في قطاعات التعليم والصحة والتجارة والاستثمار.\n"
        )
        #expect(
            agreements(e).contains { Set($0.parties) == [code("EG"), code("US")] && $0.value?.amount == 90_000_000 },
            "\(agreements(e).map { ($0.parties, $0.value) })")
        #expect(trade(e).isEmpty, "\(trade(e))")
    }

    /// "وتم توقيع مذكرة التفاهم الثالثة … بقيمة 1.2 مليار دولار": a memorandum singled out by
    /// its order is a deal of its own, though definite.
    @Test func aMemorandumSingledOutByItsOrder() throws {
        let found = agreements(
            extract(
                "الأردن والولايات المتحدة\n\nوتم توقيع مذكرة التفاهم الثالثة بين الأردن والولايات المتحدة بقيمة 1.2 مليار دولار.\n"
            ))
        #expect(
            found.count == 1 && found.first?.value?.amount == 1_200_000_000, "\(found.map { ($0.title, $0.value) })")
    }

    /// "the State Committee on Investment": a committee pledges nothing; "China has invested
    /// $5.1 billion since 2007" is a figure, no promise.
    @Test func aCommitteeIsNoCommitment() throws {
        let e = extract(
            "China and Tajikistan\n\nSince 2007 China has invested $5.1 billion in Tajikistan's economy, said the chairman of the State Committee on Investment.\n"
        )
        #expect(agreements(e).isEmpty, "\(agreements(e).map { ($0.title, $0.value) })")
        #expect(investments(e).contains { $0.investor == code("CN") && $0.value?.amount == 5_100_000_000 })
    }

    /// "US$1=RM4.07", a headline's "$7.4" that lost its "billion": no trade or investment figure
    /// is under a thousand.
    @Test func anAmountUnderAThousandIsNoFigure() throws {
        let e = extract(
            """
            Russian investment in Egypt at $7.4

            Russian investment in Egypt reached $7.4 billion last year.

            Trade between Thailand and Malaysia amounted to US$21.9 billion (US$1=RM4.07) last year.
            """)
        #expect(investments(e).allSatisfy { ($0.value?.amount ?? 0) >= 1000 }, "\(investments(e).map(flow))")
        #expect(trade(e).allSatisfy { ($0.value?.amount ?? 0) >= 1000 }, "\(trade(e).map(\.value))")
    }

    /// "agreements between Aramco and Korean companies, among them KNOC, Hyundai Heavy
    /// Industries and Hyundai Motor": a deal with each company named, in English after "among
    /// them" or "including", in Arabic after "من بينها" with each "شركة …" set apart by "،".
    @Test func agreementsWithCompaniesNamedAmongThem() throws {
        for text in [
            "Korea and Saudi Arabia\n\nSouth Korea and Saudi Arabia signed an $8 billion economic deal on Wednesday.\n\nThe deal also included several agreements between Aramco and Korean firms, among them Korea Gas Corporation, Samsung Heavy Industries and Kia Motors.\n",
            "كوريا والسعودية\n\nوقعت كوريا الجنوبية والسعودية اتفاق تعاون اقتصاديا بقيمة 8 مليارات دولار.\n\nكما اشتمل الاتفاق الاقتصادي على العديد من الاتفاقات بين ارامكو وشركات كورية من بينها شركة كوريا للغاز، وشركة سامسونج للصناعات الثقيلة، وشركة كيا للسيارات.\n",
        ] {
            let found = agreements(extract(text))
            #expect(
                found.filter {
                    $0.value == nil
                        && Set($0.parties.compactMap(\.country)) == [CountryCode("SA")!, CountryCode("KR")!]
                }.count == 3,
                "\(found.map { ($0.title, $0.parties, $0.value) })")
        }
    }

    /// "تعهدت طوكيو بخمسة مليارات دولار للعراق خلال مؤتمر المانحين في مدريد": beside two
    /// countries, a capital named as the place is no party.
    @Test func aCapitalNamedAsThePlaceIsNoParty() throws {
        let found = agreements(
            extract(
                "اليابان والعراق\n\nتعهدت طوكيو بمبلغ خمسة مليارات دولار للمساعدة في إعادة بناء العراق خلال المؤتمر الدولي للمانحين في مدريد.\n"
            ))
        #expect(
            found.contains { Set($0.parties) == [code("JP"), code("IQ")] && $0.value?.amount == 5_000_000_000 },
            "\(found.map { ($0.parties, $0.value) })")
    }

    @Test func aRankingOfAHomesPartnersGivesEachPartnerItsTradeWithTheHome() throws {
        // The home is named once as the country whose partners are ranked; the sentences after
        // name partners only, one coming after another.
        for text in [
            """
            شيلي أول شريك تجاري لبيرو

            أظهرت بيانات رسمية أن شيلي بقيت أول شريك تجاري لبيرو بقيمة 6.1 مليار دولار في الأشهر الستة الأولى من العام.
            وأضافت البيانات أن البرازيل تأتي بعد شيلي بـ 2.9 مليار دولار من المبادلات، ثم المكسيك بـ 2.4 مليار دولار.
            وتأتي كندا بعد هذه الدول، بـ 1.3 مليار دولار من المبادلات، ثم كولومبيا بـ 900 مليون دولار.
            وتأتي الإكوادور بعدها، بـ 700 مليون دولار من المبادلات التجارية.

            """,
            """
            Chile stays Peru's first trading partner

            Official data showed Chile remained Peru's first trading partner with $6.1 billion in the first half.
            Brazil comes after Chile with $2.9 billion of trade, then Mexico with $2.4 billion.
            Canada comes after these countries, with $1.3 billion of trade, then Colombia with $900 million.
            Ecuador comes after them, with $700 million of bilateral trade.

            """,
        ] {
            let found = trade(extract(text))
            let read = Set(
                found.map { "\($0.parties.compactMap(\.country).map(\.rawValue).sorted()) \($0.value?.amount ?? 0)" })
            #expect(
                read == [
                    "[\"CL\", \"PE\"] 6100000000", "[\"BR\", \"PE\"] 2900000000", "[\"MX\", \"PE\"] 2400000000",
                    "[\"CA\", \"PE\"] 1300000000", "[\"CO\", \"PE\"] 900000000", "[\"EC\", \"PE\"] 700000000",
                ], "\(read)")
        }
    }

    @Test func foreignInvestmentReportedByACountrysOfficeGoesToThatCountry() throws {
        // The only country named is the one whose ministry reports the inflows; the partners
        // listed after it invest in it, not in the article's other country.
        let text = """
            Record inflows

            According to figures released by Peru's Ministry of Economy, foreign direct investment inflows totaled $9.2 billion in the first half.
            Investing countries:
            - United States: $3.1 billion
            - Chile: $1.4 billion
            Chile's Enel Generacion also announced a $600 million plant, the ministry said, and Chile remains a key partner.

            """
        let found = investments(extract(text))
        #expect(
            found.allSatisfy { $0.recipient == code("PE") }, "\(found.map { ($0.investor, $0.recipient, $0.value) })")
        #expect(
            found.contains { $0.investor.country == nil && $0.value?.amount == 9_200_000_000 }
                && found.contains { $0.investor == code("US") && $0.value?.amount == 3_100_000_000 },
            "\(found.map { ($0.investor, $0.recipient, $0.value) })")
    }
    /// "Brazil, Mexico and Chile were Peru's largest partners, with $6.1 billion, $4.5 billion
    /// and $3.2 billion respectively": each partner, in order, trades its amount with the home
    /// whose partners they are, in English and in Arabic; the home may also be the article's own
    /// country that the list leaves out.
    @Test func partnersListedRespectivelyEachTradeTheirAmountWithTheHome() throws {
        let ranked = [
            """
            Peru's trade with its partners climbs

            Peru's non-mining trade reached $40 billion in the first half, the trade ministry said.
            Brazil, Mexico and Chile were Peru's largest trading partners in the half, with trade of $6.1 billion, $4.5 billion and $3.2 billion respectively.
            """,
            """
            تجارة بيرو مع شركائها

            بلغت تجارة بيرو غير النفطية 40 مليار دولار في النصف الأول، بحسب وزارة التجارة.
            وجاءت البرازيل والمكسيك وتشيلي في مقدمة الشركاء التجاريين لبيرو بحجم تبادل تجاري بلغ 6.1 مليار دولار و4.5 مليار دولار و3.2 مليار دولار على التوالي.
            """,
            """
            Peru and Brazil talk trade

            Peru and Brazil held talks on trade on Monday in Lima.
            Brazil, Mexico and Chile were among the top trading partners in the half, with trade of $6.1 billion, $4.5 billion and $3.2 billion respectively.
            """,
        ]
        for text in ranked {
            let found = trade(extract(text)).map { t in
                "\(t.parties.compactMap { $0.country?.rawValue }.sorted().joined(separator: ",")):\(t.value?.amount ?? 0)"
            }
            #expect(
                found.sorted() == ["BR,PE:6100000000", "CL,PE:3200000000", "MX,PE:4500000000"], "\(found)")
        }
        // Two partners for three amounts: no order to pair them by, so none is paired with the home.
        let uneven = trade(
            extract(
                """
                Peru's trade with its partners climbs

                Brazil and Mexico were Peru's largest trading partners in the half, with trade of $6.1 billion, $4.5 billion and $3.2 billion respectively.
                """))
        #expect(!uneven.contains { $0.parties.contains(code("PE")) }, "\(uneven)")
    }
    /// "Total FDI came to $1.4bn, up from $1.25bn, the Central Bank of Chile said": foreign
    /// investment as a whole, in a sentence of two amounts that names no country but the one whose
    /// office reports it ("Central Bank of", "State Bank of" before the country), goes where the
    /// article's figures go, from foreign investors, as a sentence of one amount already did; not
    /// from the investor a figure before named.
    @Test func foreignInvestmentAsAWholeOverTwoAmountsHasNoInvestor() throws {
        let texts = [
            """
            Japan top investor in Chile

            Japan became the largest investor in Chile in 2024, with net foreign direct investment of $410 million.
            Total FDI in 2024 came to $1.4bn, up 12% from FDI of $1.25bn in 2023, the Central Bank of Chile said.
            """,
            """
            Japan top investor in Chile

            Japan became the largest investor in Chile in 2024, with net foreign direct investment of $410 million.
            In 2024, total foreign investment was put at $1.4bn, against $1.25bn the year before.
            """,
            """
            اليابان أكبر مستثمر في تشيلي

            استثمرت اليابان 410 ملايين دولار في تشيلي خلال عام 2024.
            وبلغ إجمالي الاستثمارات الأجنبية المباشرة 1.4 مليار دولار في 2024، مقابل 1.25 مليار دولار في 2023.
            """,
        ]
        for text in texts {
            let found = investments(extract(text)).map(flow).sorted()
            #expect(found == ["-->CL:1250000000", "-->CL:1400000000", "JP->CL:410000000"], "\(found)")
        }
        // One amount, and the office names the country: the same.
        let one = investments(
            extract(
                """
                Japan top investor in Chile

                Japan invested $410 million in Chile in 2024.
                Total FDI in 2024 came to $1.4bn, the State Bank of Chile said.
                """)
        ).map(flow).sorted()
        #expect(one == ["-->CL:1400000000", "JP->CL:410000000"], "\(one)")
    }
    /// "$310 million of the total mining investment ($2.1 billion) made in Chile came from Japan,
    /// which was mainly earmarked to a mine": money told by the source it came from is a figure
    /// of that source, not a promise, whatever the money was earmarked for; the total in brackets
    /// is every source's, no figure of Japan's.
    @Test func aPartOfTheTotalThatCameFromACountryIsItsFigure() throws {
        for text in [
            """
            Japanese mining investment in Chile

            The ministry said Japanese investments in Chile's mining sector totalled almost $9 billion between 2010 and June this year.
            $310 million of the total mining investment ($2.1 billion) made in Chile between January and June came from Japan, which was mainly earmarked to the expansion of a copper mine in the north.
            """,
            """
            الاستثمارات اليابانية في تعدين تشيلي

            قالت الوزارة إن الاستثمارات اليابانية في قطاع التعدين في تشيلي بلغت نحو 9 مليارات دولار بين 2010 ويونيو من هذا العام.
            وجاءت من اليابان 310 ملايين دولار من إجمالي الاستثمارات التعدينية (2.1 مليار دولار) المنفذة في تشيلي بين يناير ويونيو، وخصصت أساسا لتوسعة منجم للنحاس في الشمال.
            """,
        ] {
            let e = extract(text)
            #expect(agreements(e).isEmpty, "\(agreements(e).map { ($0.title, $0.value) })")
            let found = investments(e).map(flow).sorted()
            #expect(found == ["JP->CL:310000000", "JP->CL:9000000000"], "\(found)")
        }
    }
    /// "Chinese, Sudanese and Turkish investors came third, fourth and fifth, with 17.8, 17.7 and
    /// 12.4 billion shillings respectively": each investor its amount, in both languages, with the
    /// broken plural of a demonym ("الأتراك") and a total reached "over the past five years" ("خلال
    /// السنوات الخمس الماضية"), which is no deadline.
    @Test func investorsRankedRespectivelyWithBareNumbersOfOneScale() throws {
        let texts = [
            """
            Investors in Kenya

            The Kenya Investment Authority said Saudi Arabia was the top investor in Kenya, with investments of 50 billion shillings over the past five years.
            Chinese, Sudanese and Turkish investors came third, fourth and fifth, with investments of 17.8, 17.7 and 12.4 billion shillings respectively.
            """,
            """
            المستثمرون في كينيا

            أعلنت هيئة الاستثمار الكينية أن السعودية أصبحت المستثمر الأول في كينيا باستثمارات بلغت 50 مليار شلن خلال السنوات الخمس الماضية.
            واحتل المستثمرون الصينيون والسودانيون والأتراك المراكز الثالث والرابع والخامس، حيث بلغت استثماراتهم 17.8 و17.7 و12.4 مليار شلن على التوالي.
            """,
        ]
        for text in texts {
            let found = investments(extract(text))
            #expect(found.allSatisfy { $0.value?.currency == Currency("KES") }, "\(found.map(\.value))")
            #expect(
                found.map(flow).sorted() == [
                    "CN->KE:17800000000", "SA->KE:50000000000", "SD->KE:17700000000", "TR->KE:12400000000",
                ], "\(found.map(flow))")
        }
        // The birr, in Arabic, in an article that names Ethiopia; elsewhere "بير" is no currency.
        let birr = investments(extract("الهند وإثيوبيا\n\nبلغت استثمارات الهند في إثيوبيا 39.5 مليار بير.\n"))
        #expect(birr.map(flow) == ["IN->ET:39500000000"] && birr.first?.value?.currency == Currency("ETB"), "\(birr)")
        #expect(investments(extract("الهند وكينيا\n\nبلغت استثمارات الهند في كينيا 39.5 مليار بير.\n")).isEmpty)
    }
    /// "صرّح وزير الاستثمار والصناعة والتجارة أن إجمالي محفظة المشاريع المشتركة … 30 مليار دولار":
    /// trade named in a minister's portfolios, after others, makes no trade figure; the amount is
    /// the investment the sentence speaks of.
    @Test func tradeInAMinistersPortfoliosIsNoTradeFigure() throws {
        let e = extract(
            """
            السعودية وتشيلي

            صرّح وزير الاستثمار والصناعة والتجارة في تشيلي أن إجمالي محفظة المشاريع المشتركة بين البلدين وصل إلى 30 مليار دولار، موضحا أن جميع هذه الاستثمارات استثمارات أجنبية مباشرة من السعودية.
            """)
        #expect(trade(e).isEmpty, "\(trade(e))")
        #expect(investments(e).map(flow) == ["SA->CL:30000000000"], "\(investments(e).map(flow))")
    }
    /// "ووفقا لبيانات المعهد الإسباني للتجارة الخارجية، يبلغ نصيب إسبانيا من الاستثمارات الأجنبية في
    /// المغرب 7.8 في المائة": trade in the name of an Arabic body (its noun a word or two before
    /// "للتجارة") makes no trade figure; the share is the investment's.
    @Test func tradeInAnArabicBodysNameIsNoTradeFigure() throws {
        let e = extract(
            """
            إسبانيا والمغرب

            ووفقا لبيانات المعهد الإسباني للتجارة الخارجية، يبلغ نصيب إسبانيا من الاستثمارات الأجنبية في المغرب ما نسبته 7.8 في المائة.
            """)
        #expect(trade(e).isEmpty, "\(trade(e))")
        let found = investments(e)
        #expect(
            found.map(flow) == ["ES->MA:0"] && found.first?.share?.percent == Decimal(string: "7.8"),
            "\(found.map { ($0.investor, $0.recipient, $0.share) })")
    }
}
