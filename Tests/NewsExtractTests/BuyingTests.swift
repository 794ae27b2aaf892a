import Foundation
import NewsCore
import NewsExtract
import Testing

/// Deals made by buying and financing: things counted and bought for a price, a share of a
/// company or a work taken (with its price or without), financing promised in the Arabic future
/// tense. And what stays out: an amount of goods bought without a count, a quantity measured, a
/// stake held. Every text here is written for these tests.
@Suite struct BuyingTests: ReadsArticles {
    @Test func thingsCountedAndBoughtForAPriceAreAPurchase() throws {
        for (text, title) in [
            ("News\n\nPeru bought 12 Embraer jets from Brazil for $600 million.\n", "purchase of 12 Embraer jets"),
            ("خبر\n\nاشترت مصر 24 طائرة رافال من فرنسا بقيمة 5.2 مليار يورو.\n", "شراء 24 طائرة رافال"),
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 1, "\(text): \(found)")
            #expect(found.first?.parties.count == 2, "\(text): \(found)")
            #expect(found.first?.kind == .purchase, "\(text): \(found)")
            #expect(found.first?.title == title, "\(text): \(found.map(\.title))")
            #expect(found.first?.value != nil, "\(text): \(found)")
        }
        #expect(
            Set(
                agreements(extract("News\n\nPeru bought 12 Embraer jets from Brazil for $600 million.\n")).first?
                    .parties ?? []) == [code("PE"), code("BR")])
    }

    /// "got a £400,000 order with a Chinese retailer": an order placed with a company is a deal;
    /// a count of orders ("1,050 orders with a month to go") is none.
    @Test func anOrderWithACompanyIsADeal() throws {
        let found = agreements(
            extract(
                """
                UK firms win deals in China

                Leeds-based Acme Bikes got a £400,000 order with a Chinese retailer to supply folding bikes.
                """))
        #expect(found.contains { $0.value?.amount == 400_000 && $0.value?.currency.code == "GBP" }, "\(found)")
        let counted = agreements(
            extract(
                """
                Planemakers in China

                Boeing said it had received 1,050 aeroplane orders with China this year, with a month to go.
                """))
        #expect(counted.isEmpty, "\(counted.map(\.title))")
    }

    @Test func thingsCountedAndSoldForAPriceAreAPurchaseToo() throws {
        for text in [
            "News\n\nBrazil sold 12 Embraer jets to Peru for $600 million.\n",
            "News\n\nEmbraer will sell 12 jets to Peru's flag carrier worth $600 million.\n",
            "خبر\n\nباعت البرازيل 12 طائرة إمبراير لبيرو مقابل 600 مليون دولار.\n",
        ] {
            let found = agreements(extract(text))
            #expect(
                found.map { Set($0.parties.filter { $0.country != nil }) } == [[code("BR"), code("PE")]]
                    && found.first?.value?.amount == 600_000_000 && found.first?.kind == .purchase,
                "\(text): \(found)")
        }
        // Goods sold without a count are a flow of trade, no deal.
        #expect(agreements(extract("News\n\nBrazil sold $900 million of goods to Peru last year.\n")).isEmpty)
    }

    @Test func aWorkPlannedWithItsCostIsAPromiseOfInvestment() throws {
        for text in [
            "News\n\nA Korean company plans to build a battery plant in Peru with an investment of $2 billion.\n",
            "خبر\n\nتعتزم شركة كورية إنشاء مصنع للبطاريات في بيرو باستثمارات 2 مليار دولار.\n",
            "خبر\n\nستقوم شركة كورية ببناء مصنع في بيرو بتكلفة 2 مليار دولار.\n",
            "خبر\n\nأعلنت شركة كورية عن ضخ 2 مليار دولار في بيرو.\n",
        ] {
            let e = extract(text)
            let found = agreements(e)
            #expect(
                found.map { Set($0.parties.filter { $0.country != nil }) } == [[code("KR"), code("PE")]]
                    && found.first?.value?.amount == 2_000_000_000 && found.first?.kind == .investmentDeal,
                "\(text): \(found)")
            #expect(investments(e).isEmpty, "a plan is no investment made: \(text): \(investments(e))")
        }
        // A figure beside a plan, or money a work needs, is no promise.
        let beside = extract(
            "News\n\nKorea will build a port in Peru, and Korean investment in Peru reached $2 billion last year.\n")
        #expect(agreements(beside).allSatisfy { $0.value == nil }, "\(agreements(beside))")
        #expect(agreements(extract("News\n\nPeru needs $5 billion to build ports, its minister said.\n")).isEmpty)
    }

    @Test func goodsBoughtWithoutACountOrByMeasureAreNoDeal() throws {
        for text in [
            "News\n\nChina bought $20 billion worth of US soybeans in 2017.\n",
            "News\n\nChina bought 12 million tonnes of US soybeans worth $5 billion in 2017.\n",
            "خبر\n\nاشترت الصين فول الصويا الأمريكي بقيمة 20 مليار دولار في عام 2017.\n",
        ] {
            #expect(agreements(extract(text)).isEmpty, "\(text)")
        }
    }

    @Test func aStakeTakenIsADealWithOrWithoutItsPrice() throws {
        for text in [
            "News\n\nQatar Airways took a 49% stake in Rwanda's new airport.\n",
            "News\n\nQatar Airways bought a 49% stake in Rwanda's new airport.\n",
            "خبر\n\nاستحوذت قطر للطيران على حصة 49% في مطار رواندا الجديد.\n",
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 1, "\(text): \(found)")
            // (The airline is a party too, by its name.)
            let parties = Set(found.first?.parties ?? [])
            #expect(parties.isSuperset(of: [code("QA"), code("RW")]), "\(text): \(found)")
            #expect(found.first?.kind == .investmentDeal, "\(text): \(found)")
            #expect(found.first?.value == nil, "\(text): \(found)")
        }
        let priced = agreements(
            extract("News\n\nQatar Airways took a 49% stake in Rwanda's new airport for $1.3 billion.\n"))
        #expect(priced.first?.value?.amount == 1_300_000_000, "\(priced)")
        // A stake held is no deal.
        #expect(agreements(extract("News\n\nChina holds a 20% stake in the Kenyan railway.\n")).isEmpty)
    }

    @Test func financingToComeIsAPledgedDeal() throws {
        for text in [
            "خبر\n\nستمول الصين بناء العاصمة الإدارية في مصر بقيمة 3 مليارات دولار.\n",
            "خبر\n\nوسيمول البنك الصيني مشروع القطار في مصر بقيمة 1.2 مليار دولار.\n",
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 1, "\(text): \(found)")
            #expect(Set(found.first?.parties ?? []) == [code("CN"), code("EG")], "\(text): \(found)")
            #expect(found.first?.status == .pledged, "\(text): \(found)")
        }
    }

    @Test func moneyDepositedInACentralBankIsADeal() throws {
        for text in [
            "خبر\n\nوأودعت الإمارات 5 مليارات دولار لدى البنك المركزي المصري.\n",
            "News\n\nThe UAE deposited $5 billion in Egypt's central bank.\n",
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 1, "\(text): \(found)")
            #expect(Set(found.first?.parties ?? []) == [code("AE"), code("EG")], "\(text): \(found)")
            #expect(found.first?.value?.amount == 5_000_000_000, "\(text): \(found)")
            #expect(
                found.first?.title.contains("البنك المركزي") == true
                    || found.first?.title == "deposit in the central bank", "\(text): \(found.map(\.title))")
        }
        // A deposit and a facility in clauses of their own: two deals, each titled by its own.
        let two = agreements(
            extract(
                "خبر\n\nوكانت الإمارات قد أودعت 5 مليارات دولار لدى البنك المركزي المصري، كما قدمت تسهيلات لشراء الوقود بقيمة 1.5 مليار دولار.\n"
            ))
        #expect(two.count == 2, "\(two)")
        #expect(
            two.first { $0.value?.amount == 5_000_000_000 }?.title == "وديعة لدى البنك المركزي", "\(two.map(\.title))")
        #expect(
            two.first { $0.value?.amount == 1_500_000_000 }?.title.hasPrefix("تسهيلات لشراء") == true,
            "\(two.map(\.title))")
    }

    @Test func aPlanToInvestAnnouncedIsADeal() throws {
        for text in [
            "خبر\n\nأعلنت شركة فولكس فاغن الألمانية عن خطة لضخ 500 مليون يورو في مصنع جديد في مصر.\n",
            "خبر\n\nأعلنت شركة فولكس فاغن الألمانية عن خطة لاستثمار 500 مليون يورو في مصنع جديد في مصر.\n",
        ] {
            let e = extract(text)
            let found = agreements(e)
            #expect(found.count == 1, "\(text): \(found)")
            let parties = Set(found.first?.parties ?? [])
            #expect(parties.isSuperset(of: [code("DE"), code("EG")]), "\(text): \(found)")
            #expect(found.first?.kind == .investmentDeal, "\(text): \(found)")
            #expect(investments(e).isEmpty, "a plan told is the deal, no figure: \(investments(e))")
        }
    }

    /// A company bought whole by another country's company, for its price or named a company, is
    /// an investment deal; what firms acquired all together, or skills acquired, is none.
    @Test func aCompanyAcquiredIsAnInvestmentDeal() throws {
        for text in [
            "News\n\nThe UAE's ADNOC acquired Germany's Covestro for $15 billion.\n",
            "خبر\n\nاستحوذت شركة أدنوك الإماراتية على شركة كوفسترو الألمانية مقابل 15 مليار دولار.\n",
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 1, "\(text): \(found)")
            // (The companies are parties too, by their names.)
            let parties = Set(found.first?.parties ?? [])
            #expect(parties.isSuperset(of: [code("AE"), code("DE")]), "\(text): \(found)")
            #expect(found.first?.kind == .investmentDeal, "\(text): \(found)")
            #expect(found.first?.value?.amount == 15_000_000_000, "\(text): \(found)")
        }
        // A takeover named a deal is an investment deal too, not "other".
        let takeover = agreements(
            extract("News\n\nJapan's Renesas completed the takeover of America's IDT in a $6.7 billion deal.\n"))
        #expect(takeover.first?.kind == .investmentDeal, "\(takeover)")
        for text in [
            "News\n\nChinese firms acquired assets worth $5 billion in Germany last year.\n",
            "News\n\nEgyptian engineers acquired new skills in Germany.\n",
        ] {
            #expect(agreements(extract(text)).isEmpty, "\(text)")
        }
    }

    /// Money one country's company put into another country's company, named as a company (by
    /// its noun, or one the catalogue knows), is an investment deal, as its acquisition is; money
    /// put into a country or a sector, or by firms all together, stays a figure.
    @Test func moneyPutIntoACompanyIsAnInvestmentDeal() throws {
        for (text, amount) in [
            ("News\n\nSaudi mining firm Manara invested $2.6 billion in Brazil's Vale Base Metals.\n", 2_600_000_000),
            ("خبر\n\nوقد استثمرت شركة منارة السعودية 2.6 مليار دولار في شركة فالي البرازيلية.\n", 2_600_000_000),
            (
                "خبر\n\nواستثمرت شركة سالك السعودية 765 مليون دولار في شركتي مينيرفا فودز وبي آر إف البرازيليتين.\n",
                765_000_000
            ),
        ] as [(String, Decimal)] {
            let e = extract(text)
            let found = agreements(e)
            #expect(found.count == 1, "\(text): \(found)")
            let parties = Set(found.first?.parties ?? [])
            #expect(parties.isSuperset(of: [code("SA"), code("BR")]), "\(text): \(found)")
            #expect(found.first?.kind == .investmentDeal, "\(text): \(found)")
            #expect(found.first?.value?.amount == amount, "\(text): \(found)")
            #expect(investments(e).isEmpty, "\(text): \(investments(e))")
        }
        for text in [
            "News\n\nChinese firms invested $2 billion in Kenya last year.\n",
            "News\n\nSaudi Arabia invested $3 billion in Egypt's energy sector in 2022.\n",
        ] {
            let e = extract(text)
            #expect(agreements(e).isEmpty, "\(text): \(agreements(e))")
            #expect(investments(e).count == 1, "\(text): \(investments(e))")
        }
    }

    /// A few things bought by one country from another are a purchase without an amount too;
    /// millions of things, or things sold, are trade.
    @Test func thingsCountedAndBoughtWithoutAPriceAreAPurchase() throws {
        for (text, title) in [
            ("News\n\nKuwait bought 28 fighter jets from Italy.\n", "purchase of 28 fighter jets"),
            ("خبر\n\nاشترت الكويت 28 طائرة مقاتلة من إيطاليا.\n", "شراء 28 طائرة مقاتلة"),
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 1, "\(text): \(found)")
            #expect(Set(found.first?.parties ?? []) == [code("KW"), code("IT")], "\(text): \(found)")
            #expect(found.first?.kind == .purchase, "\(text): \(found)")
            #expect(found.first?.title == title, "\(text): \(found.map(\.title))")
            #expect(found.first?.value == nil, "\(text): \(found)")
        }
        for text in [
            "News\n\nChina bought 5 million cars from Japan.\n", "News\n\nBrazil sold 40 aircraft to Mexico.\n",
        ] {
            #expect(agreements(extract(text)).isEmpty, "\(text)")
        }
    }

    /// An order won ("won an order from …") is a deal, as a tender won is; so is a public work
    /// financed with its cost ("a $50 million hospital"), but not one a country builds at home.
    @Test func anOrderWonAndAWorkFinancedAreDeals() throws {
        let order = agreements(
            extract("News\n\nBoeing won an order from Vietnam Airlines for 50 jets worth $10 billion.\n"))
        #expect(order.count == 1, "\(order)")
        let buyers = Set(order.first?.parties ?? [])
        #expect(buyers.isSuperset(of: [code("US"), code("VN")]), "\(order)")
        #expect(order.first?.value?.amount == 10_000_000_000, "\(order)")
        let hospital = agreements(
            extract("News\n\nThe Saudi Fund for Development is financing a $50 million hospital in Jordan.\n"))
        #expect(hospital.count == 1, "\(hospital)")
        #expect(Set(hospital.first?.parties ?? []) == [code("SA"), code("JO")], "\(hospital)")
        #expect(hospital.first?.value?.amount == 50_000_000, "\(hospital)")
        #expect(agreements(extract("News\n\nKenya built a $50 million hospital in Nairobi.\n")).isEmpty)
    }

    /// Goods one country will supply another are a supply deal, a trade agreement; what a
    /// country supplies now, or an importer (مستورد), is none.
    @Test func goodsToBeSuppliedAreASupplyDeal() throws {
        for text in [
            "News\n\nQatar will supply Germany with 2 million tonnes of LNG a year from 2026.\n",
            "خبر\n\nستزود قطر باكستان بالغاز الطبيعي المسال لمدة 10 سنوات.\n",
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 1, "\(text): \(found)")
            #expect(found.first?.kind == .tradeAgreement, "\(text): \(found)")
            #expect(found.first?.parties.count == 2, "\(text): \(found)")
        }
        for text in [
            "News\n\nQatar supplies Germany with LNG.\n",
            "خبر\n\nتعد باكستان مستوردا كبيرا للغاز القطري.\n",
        ] {
            #expect(agreements(extract(text)).isEmpty, "\(text)")
        }
    }

    /// Money one country lends another, as a headline tells it, is a loan between them, titled so.
    @Test func moneyLentIsALoan() throws {
        for (text, title) in [
            ("News\n\nKuwait lends Jordan $100 million.\n", "loan"),
            ("خبر\n\nأقرضت الكويت الأردن 100 مليون دولار.\n", "قرض"),
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 1, "\(text): \(found)")
            #expect(Set(found.first?.parties ?? []) == [code("KW"), code("JO")], "\(text): \(found)")
            #expect(found.first?.value?.amount == 100_000_000, "\(text): \(found)")
            #expect(found.first?.title == title, "\(text): \(found.map(\.title))")
        }
        // Lending without an amount, or a word that only holds the letters, is none.
        for text in [
            "News\n\nKuwait lent support to Jordan.\n",
            "News\n\nKuwait has excellent ties with Jordan, worth $2 billion in trade.\n",
        ] {
            #expect(agreements(extract(text)).isEmpty, "\(text)")
        }
    }

    /// An investment a company announces, with its amount, is a deal, not a figure: "announced a
    /// $300 million investment in …", "أعلنت … عن استثمار 300 مليون دولار في …".
    @Test func anInvestmentAnnouncedByItsAmountIsADeal() throws {
        for text in [
            "News\n\nHuawei announced a $300 million investment in Saudi Arabia to build a data centre.\n",
            "خبر\n\nأعلنت شركة هواوي الصينية عن استثمار 300 مليون دولار في السعودية لبناء مركز بيانات.\n",
        ] {
            let e = extract(text)
            let found = agreements(e)
            #expect(found.count == 1, "\(text): \(found)")
            let parties = Set(found.first?.parties ?? [])
            #expect(parties.isSuperset(of: [code("CN"), code("SA")]), "\(text): \(found)")
            #expect(found.first?.kind == .investmentDeal, "\(text): \(found)")
            #expect(investments(e).isEmpty, "\(text): \(investments(e))")
        }
        // A figure of investment told is still one.
        let figure = extract("News\n\nChinese investment in Saudi Arabia reached $300 million last year.\n")
        #expect(agreements(figure).isEmpty && investments(figure).count == 1, "\(figure.facts)")
    }

    /// A work one country's side will build or develop in another is a deal pledged, without its
    /// cost too; a country's work at home is none.
    @Test func aWorkToBeBuiltInAnotherCountryIsADeal() throws {
        for text in [
            "News\n\nThe Emirati firm Masdar will develop a solar plant in Uzbekistan.\n",
            "خبر\n\nستطور شركة مصدر الإماراتية محطة للطاقة الشمسية في أوزبكستان.\n",
        ] {
            let found = agreements(extract(text))
            #expect(found.count == 1, "\(text): \(found)")
            let parties = Set(found.first?.parties ?? [])
            #expect(parties.isSuperset(of: [code("AE"), code("UZ")]), "\(text): \(found)")
            #expect(found.first?.kind == .investmentDeal, "\(text): \(found)")
        }
        #expect(agreements(extract("News\n\nEgypt will build a new administrative capital.\n")).isEmpty)
    }

    /// In an article that has told a deal already, a work one side's company will build, with its
    /// cost, in a sentence that names no second country, is a deal of the article's pair.
    @Test func aWorkToBeBuiltGoesOnWithTheArticlesPair() throws {
        for (text, amount) in [
            (
                "Japan, Vietnam firms sign deals\n\nJapanese and Vietnamese companies signed several deals in Hanoi on Monday.\nAeon Mall plans to develop a new shopping centre worth $250 million.\n",
                250_000_000
            ),
            (
                "مصر والصين توقعان اتفاقيات\n\nوقعت شركات صينية ومصرية عدة اتفاقيات أمس في بكين.\nوستبني شركة هواوي مركزا للبيانات بقيمة 100 مليون دولار.\n",
                100_000_000
            ),
        ] {
            let found = agreements(extract(text))
            let work = found.filter { $0.value?.amount == Decimal(amount) }
            #expect(work.count == 1, "\(text): \(found)")
            let countries = work.first?.parties.compactMap { $0.country } ?? []
            #expect(countries.count == 2, "\(text): \(found)")
        }
        // Without a deal told before, such a sentence is no deal of the headline's pair.
        let alone = agreements(
            extract("Japan and Vietnam\n\nAeon Mall plans to develop a new shopping centre worth $250 million.\n"))
        #expect(alone.isEmpty, "\(alone)")
    }

    /// "… bought 40 more 737 jets. At list prices, the latest order is worth $4.8 billion. In a
    /// separate deal, Lion Air firmed up an order for 12 787 Dreamliners valued at $3.1 billion":
    /// the price points back at the order told before; the separate deal is a deal of its own,
    /// titled by its order, and gives no amount to the first.
    @Test func anOrderPricedAfterItAndASeparateDeal() throws {
        let found = agreements(
            extract(
                """
                Boeing wins orders from two Indonesian airlines

                Boeing said on Tuesday that Garuda Indonesia bought 40 more 737 jets, with President Joko Widodo looking on.

                At list prices, the latest order is worth $4.8 billion.

                In a separate deal, Lion Air firmed up an order for 12 787 Dreamliners valued at $3.1 billion at list prices.
                """))
        #expect(found.count == 2, "\(found.map { ($0.title, $0.value?.amount) })")
        #expect(found.contains { $0.title == "purchase of 737 jets" && $0.value?.amount == 4_800_000_000 })
        #expect(found.contains { $0.title == "order for 12 787 Dreamliners" && $0.value?.amount == 3_100_000_000 })
        #expect(found.allSatisfy { Set($0.parties) == [code("US"), code("ID")] }, "\(found.map(\.parties))")
    }
}
