import NewsCore
import NewsExtract
import Testing

extension VocabularyTests {
    @Test func placingMoneyInAForeignFundIsAPledgedDeal() throws {
        let e = extract(
            """
            Norway and Japan

            Norway's sovereign fund announced it would place $8 billion in a Japanese infrastructure fund run by Mitsubishi.
            """)
        #expect(
            agreements(e).contains {
                $0.value?.amount == 8_000_000_000 && Set($0.parties) == [code("NO"), code("JP")]
            }, "\(agreements(e))")
        #expect(investments(e).isEmpty, "\(investments(e))")
    }

    @Test func whatACompanyExpectsToInvestIsNoDeal() throws {
        let e = extract(
            """
            Norway and Japan

            With loans on top, the manager expects to invest upwards of $20 billion in projects, mostly in Japan, Norway said.
            """)
        #expect(agreements(e).isEmpty && investments(e).isEmpty, "\(agreements(e)) \(investments(e))")
    }
}

extension VocabularyTests {
    @Test func theGulfCooperationCouncilIsNoCountry() throws {
        let e = extract(
            """
            السعودية وكوريا

            وارتفعت التجارة بين بلدان مجلس التعاون وكوريا الجنوبية إلى 90 مليار دولار العام الماضي.
            """)
        #expect(trade(e).isEmpty, "\(trade(e))")
    }

    @Test func anIncreaseOfAnAmountIsAChangeNotAFigure() throws {
        let e = extract(
            """
            EU and Vietnam

            By June, EU investors held US$25 billion of projects in Vietnam, an increase of US$600 million on a year earlier.
            """)
        #expect(investments(e).map(\.value?.amount) == [25_000_000_000], "\(investments(e))")
    }

    @Test func whatTradeCanReachIsAGuess() throws {
        let e = extract(
            """
            Chile and Peru

            My guess is that trade between Chile and Peru can go up to some $40bn over time.
            """)
        #expect(trade(e).isEmpty, "\(trade(e))")
    }

    @Test func theArticleAfterLamStillNamesTheWord() throws {
        // "للتبادل" is ل + التبادل with the article's alif dropped.
        let e = extract(
            """
            تونس والمغرب

            وارتفع الرقم الإجمالي للتبادل التجاري بين تونس والمغرب إلى 900 مليون دولار العام الماضي.
            """)
        #expect(trade(e).map(\.value?.amount) == [900_000_000], "\(trade(e))")
    }

    @Test func anOrderPlacedIsADeal() throws {
        let e = extract(
            """
            Norway and Poland

            Norway's state ferry operator placed an order for three electric ferries with a shipyard in Poland.
            """)
        #expect(agreements(e).map { Set($0.parties) } == [[code("NO"), code("PL")]], "\(agreements(e))")
    }

    @Test func investmentBothWaysHasNoInvestor() throws {
        let e = extract(
            """
            Chile and New Zealand

            Last year two-way trade between Chile and New Zealand came to $1.4 billion, while two-way investment stood at $3 billion.
            """)
        #expect(trade(e).map(\.value?.amount) == [1_400_000_000], "\(trade(e))")
        #expect(investments(e).isEmpty, "\(investments(e))")
        let arabic = extract(
            """
            عمان وتنزانيا

            وبلغت الاستثمارات المتبادلة بين عمان وتنزانيا 700 مليون دولار.
            """)
        #expect(investments(arabic).isEmpty, "\(investments(arabic))")
    }

    @Test func enterprisesCountedAreCompanies() throws {
        // "مؤسسة" is the Maghreb's word for a firm; "enterprises" is English's.
        let arabic = extract(
            """
            تركيا وتونس

            وتنشط نحو 450 مؤسسة تركية في تونس في مجالات النسيج والبناء.
            """)
        #expect(investments(arabic).map(\.companyCount?.value) == [450], "\(investments(arabic))")
        let english = extract(
            """
            Vietnam and Laos

            More than 200 Vietnamese enterprises are active in Laos.
            """)
        #expect(investments(english).map(\.companyCount?.value) == [200], "\(investments(english))")
    }

    @Test func jointProjectsCountedOrPricedAreAnInvestmentDeal() throws {
        let priced = extract(
            """
            Uzbekistan and Turkey

            Uzbekistan carries out 30 projects worth $2.1 billion jointly with Turkey.
            """)
        #expect(
            agreements(priced).map(\.value?.amount) == [2_100_000_000]
                && agreements(priced).first?.kind == .investmentDeal, "\(agreements(priced))")
        let counted = extract(
            """
            الإمارات واليونان

            وبلغت المشروعات المشتركة بين الإمارات واليونان 25 مشروعاً.
            """)
        #expect(
            agreements(counted).count == 1 && agreements(counted).first?.title == "25 مشروعاً", "\(agreements(counted))")
        // Joint work with no projects counted or priced is no deal.
        let talk = extract(
            """
            Uzbekistan and Turkey

            Uzbekistan wants to do more projects jointly with Turkey.
            """)
        #expect(agreements(talk).isEmpty, "\(agreements(talk))")
    }

    @Test func moneyGivenToSupportAnotherCountryIsAGrant() throws {
        let arabic = extract(
            """
            هولندا والسودان

            أعلن السفير الهولندي تخصيص حكومة بلاده 35 مليون دولار لدعم مشاريع المياه في السودان.
            """)
        #expect(agreements(arabic).map(\.value?.amount) == [35_000_000], "\(agreements(arabic))")
        #expect(agreements(arabic).first?.title.hasPrefix("منحة لدعم") == true, "\(agreements(arabic).map(\.title))")
        let english = extract(
            """
            Korea and Ghana

            Korea has provided $15 million to support health clinics in Ghana.
            """)
        #expect(agreements(english).map(\.value?.amount) == [15_000_000], "\(agreements(english))")
        // Money for a region is no grant between two countries.
        let region = extract(
            """
            Korea and Ghana

            Korea has provided $15 million to support African countries, Ghana's press reported.
            """)
        #expect(agreements(region).isEmpty, "\(agreements(region))")
    }

    @Test func sourcesAndResourcesAreNoExportsOrImports() throws {
        // مصادر (sources) holds the stem of صادرات and موارد (resources) that of واردات.
        let e = extract(
            """
            قطر والأردن

            قالت مصادر إن الحكومة القطرية وافقت على تقديم 60 مليون دولار لدعم الموارد المائية في الأردن.
            """)
        #expect(agreements(e).map(\.value?.amount) == [60_000_000], "\(agreements(e))")
    }

    @Test func aCompactAndAHibaAreDeals() throws {
        let compact = extract(
            """
            Malawi and the United States

            The United States approved a $350 million compact with Malawi to improve its roads.
            """)
        #expect(agreements(compact).map(\.value?.amount) == [350_000_000], "\(agreements(compact))")
        #expect(trade(compact).isEmpty, "\(trade(compact))")
        let hiba = extract(
            """
            اليابان والنيجر

            ووقعت اليابان والنيجر على هبة بقيمة 4 ملايين دولار لتوسيع مدارس نيامي.
            """)
        #expect(agreements(hiba).map(\.value?.amount) == [4_000_000], "\(agreements(hiba))")
    }

    @Test func aTotalThatAnAdditionBringsIsNoDealOfItsOwn() throws {
        let e = extract(
            """
            Malawi and the United States

            The United States signed a $350 million grant agreement with Malawi. Malawi will contribute an additional $20 million to the agreement, bringing the total to $370 million.
            """)
        #expect(!agreements(e).contains { $0.value?.amount == 370_000_000 }, "\(agreements(e))")
    }

    @Test func aDebtSwapIsADeal() throws {
        let english = extract(
            """
            Italy and Egypt

            Italy and Egypt agreed a debt swap worth $100 million for schools in Upper Egypt.
            """)
        #expect(agreements(english).map(\.value?.amount) == [100_000_000], "\(agreements(english))")
        let arabic = extract(
            """
            إسبانيا والأردن

            أعلنت إسبانيا تخليها عن ديونها لدى الأردن وقدرها 50 مليون دولار لتحويلها إلى مشاريع تنموية.
            """)
        #expect(agreements(arabic).map(\.value?.amount) == [50_000_000], "\(agreements(arabic))")
        #expect(investments(arabic).isEmpty, "\(investments(arabic))")
    }

    /// A country's trade in the construct state, without the article ("حجم تجارة مصر مع الصين",
    /// "من إجمالي تجارة مصر"), is trade as "the trade" is; reaching told as a verbal noun
    /// ("للوصول إلى") is an aim.
    @Test func tradeInTheConstructStateIsTrade() throws {
        let volume = extract("مصر والصين\n\nوبلغ حجم تجارة مصر مع الصين 15 مليار دولار العام الماضي.")
        #expect(trade(volume).map(\.value?.amount) == [15_000_000_000], "\(trade(volume))")
        let share = extract("مصر والصين\n\nوتمثل الصين 15% من إجمالي تجارة مصر الخارجية.")
        #expect(trade(share).map(\.share?.percent) == [15], "\(trade(share))")
        #expect(trade(share).map(\.share?.of) == ["Egypt's total trade"], "\(trade(share))")
        let aim = extract(
            "الجزائر وتركيا\n\nويطمح الجانبان للوصول إلى تجارة ثنائية قيمتها 10 مليارات دولار خلال ثلاث سنوات.")
        #expect(trade(aim).isEmpty, "\(trade(aim))")
    }
    /// "announced an unconditional donation of $45.8 million to Senegal", "أعلنت الصين عن تبرع
    /// بقيمة 45 مليون دولار للسنغال": money given outright is a deal, as a grant is.
    @Test func aDonationIsADeal() throws {
        for text in [
            "China and Senegal\n\nChina and Senegal held talks.\nChina also announced an unconditional donation of $45.8 million to Senegal.\n",
            "الصين والسنغال\n\nأجرت الصين والسنغال محادثات.\nوأعلنت الصين عن تبرع بقيمة 45.8 مليون دولار للسنغال.\n",
        ] {
            let found = agreements(extract(text))
            #expect(
                found.map { Set($0.parties) } == [[code("CN"), code("SN")]]
                    && found.first?.value?.amount == 45_800_000, "\(found.map { ($0.title, $0.value) })")
            #expect(found.first.map { $0.title.contains("donation") || $0.title.contains("تبرع") } == true)
        }
    }
}
