import Foundation
import NewsCore
import NewsExtract
import Testing

extension InvestmentDocumentTests {
    @Test func theNationalityOfAnInvestmentIsItsInvestorWhateverComesFrom() throws {
        // "from the Moroccan council" names where the data come from; "Spanish investment in
        // Morocco" names the investor and the recipient.
        for text in [
            "Spain and Morocco\n\nData from the Moroccan trade council put Spanish investment in Morocco at 2.1 billion euros.\n",
            "إسبانيا والمغرب\n\nوتفيد بيانات صادرة من المجلس المغربي بأن الاستثمارات الإسبانية في المغرب صعدت إلى 2.1 مليار يورو.\n",
        ] {
            let found = investments(extract(text))
            #expect(
                found.count == 1 && found.allSatisfy { $0.investor == code("ES") && $0.recipient == code("MA") },
                "\(found)")
        }
        // A body named for a country ("the Kenyan Investment Authority") is no investor.
        let body = investments(
            extract(
                "Kenya and Turkey\n\nSome 300 Turkish firms have put $1.5 billion into Kenya, the Kenyan Investment Authority said.\n"
            ))
        #expect(
            body.count == 1 && body.allSatisfy { $0.investor == code("TR") && $0.recipient == code("KE") }, "\(body)")
    }

    @Test func whatCompaniesAlreadyThereHoldIsAStockNotADeal() throws {
        // "تستحوذ … على استثمارات" says what the firms hold, not what they buy; firms operating in a
        // country, and investments "accumulated" (المتراكمة), are a stock.
        for text in [
            "تركيا وليبيا\n\nوتستحوذ المؤسسات التركية العاملة في ليبيا على استثمارات تتخطى 6 مليارات دولار، معظمها في الإنشاءات.\n",
            "Turkey and Libya\n\nTurkish companies operating in Libya hold investments of more than $6 billion, mostly in construction.\n",
            "تركيا وليبيا\n\nووصلت الاستثمارات التركية المتراكمة في ليبيا إلى 6 مليارات دولار.\n",
        ] {
            let e = extract(text)
            #expect(agreements(e).isEmpty, "\(agreements(e))")
            let found = investments(e)
            #expect(
                found.count == 1
                    && found.allSatisfy { $0.investor == code("TR") && $0.recipient == code("LY") && $0.cumulative },
                "\(found)")
        }
        // Acquiring a stake is still a deal.
        let stake = agreements(
            extract("تركيا وليبيا\n\nوتستحوذ شركة تركية على حصة في مصنع ليبي مقابل 400 مليون دولار.\n"))
        #expect(stake.count == 1, "\(stake)")
    }

    @Test func aListOfInvestorsUnderItsLineIsOneInvestmentAnItem() throws {
        // Items of one country and one amount each, under a line that speaks of investment in a
        // country; the bare amounts take the dollars of the sentence before a "By country:" line.
        let texts = [
            """
            Gulf investors lead in Egypt

            Foreign investment in Egypt by country of origin:
            - Saudi Arabia: $6.1 billion
            - UAE: $5.4 billion
            - Kuwait: $3.2 billion
            """,
            """
            Arab investments in Egypt reach $30 billion

            Arab investments in Egypt reached $30 billion by the end of June, the ministry said. By country:
            - Saudi Arabia: 6.1 billion
            - UAE: 5.4 billion
            - Kuwait: 3.2 billion
            """,
        ]
        for text in texts {
            let found = investments(extract(text)).filter { $0.investor.country != nil }
            let byInvestor = found.map { "\($0.investor) \($0.value?.amount ?? 0)" }.sorted()
            #expect(byInvestor == ["AE 5400000000", "KW 3200000000", "SA 6100000000"], "\(found)")
            #expect(found.allSatisfy { $0.recipient == code("EG") && $0.value?.currency == .usd })
        }
        // "Arab investments" name no single investor.
        let total = investments(extract(texts[1])).filter { $0.value?.amount == 30_000_000_000 }
        #expect(!total.isEmpty && total.allSatisfy { $0.investor.country == nil }, "\(total)")
    }

    @Test func eachAmountFromTheCountryAfterItIsThatCountrysInvestment() throws {
        // The investor right after its amount, after "from"/"من"; a first amount without one,
        // of foreign investment, is the total.
        let arabic = investments(
            extract(
                """
                كازاخستان تجذب الاستثمارات

                استقطبت كازاخستان 80 مليار دولار من الاستثمارات الأجنبية منذ 2005، منها 11.5 مليار من هولندا و8.2 مليار من الولايات المتحدة.
                """))
        let byInvestor = arabic.map { "\($0.investor.country?.rawValue ?? "-") \($0.value?.amount ?? 0)" }.sorted()
        #expect(byInvestor == ["- 80000000000", "NL 11500000000", "US 8200000000"], "\(arabic)")
        #expect(arabic.allSatisfy { $0.recipient == code("KZ") })
        let english = investments(
            extract(
                "Kazakhstan draws foreign capital\n\nKazakhstan received investments of $2 billion from Japan and $1 billion from Korea last year.\n"
            ))
        #expect(
            Set(english.map { "\($0.investor)->\($0.recipient) \($0.value?.amount ?? 0)" }) == [
                "JP->KZ 2000000000", "KR->KZ 1000000000",
            ], "\(english)")
    }

    @Test func aGroupsTotalToldInTheHeadlineAndBeforeItsListIsOneFigure() throws {
        let found = investments(
            extract(
                """
                الاستثمارات العربية في مصر تبلغ 30 مليار دولار

                بلغت الاستثمارات العربية في مصر 30 مليار دولار بنهاية يونيو، وجاءت السعودية في المقدمة بـ6.1 مليار، تليها الإمارات بـ5.4 مليار، ثم الكويت بـ3.2 مليار.
                """))
        let totals = found.filter { $0.value?.amount == 30_000_000_000 }
        #expect(
            totals.count == 1 && totals.allSatisfy { $0.investor.country == nil && $0.recipient == code("EG") },
            "\(totals)")
        #expect(found.count == 4, "\(found)")
    }
}
