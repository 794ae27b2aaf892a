import Foundation
import NewsCore
import NewsExtract
import Testing

/// Where one country's investment went, ranked.
extension InvestmentDocumentTests {
    @Test func aRankingOfWhereOneCountrysInvestmentWentGivesItsRecipients() throws {
        let en = investments(
            extract(
                """
                Egypt and COMESA

                Egyptian investments were concentrated in eight countries, led by Sudan with $1.8 billion, or 41% of the total, followed by Ethiopia with $980 million.

                The report said Zambia ranked third among the countries receiving Egyptian investment, with $885 million, then Libya with $382 million and Kenya with $88 million.
                """))
        #expect(
            Set(en.map(flow)) == [
                "EG->SD:1800000000", "EG->ET:980000000", "EG->ZM:885000000", "EG->LY:382000000", "EG->KE:88000000",
            ], "\(en.map(flow))")
        let ar = investments(
            extract(
                """
                مصر والكوميسا

                وأوضح التقرير أن زامبيا جاءت في المرتبة الثالثة بين الدول المستقبلة للاستثمارات المصرية باستثمارات قيمتها 885 مليون دولار، ثم ليبيا في المرتبة الرابعة باستثمارات قدرها 382 مليون دولار، تلتها بوروندي بقيمة 160 مليون دولار.
                """))
        // (بوروندي, Burundi's name, reads like its adjective.)
        #expect(Set(ar.map(flow)) == ["EG->ZM:885000000", "EG->LY:382000000", "EG->BI:160000000"], "\(ar.map(flow))")
        // Investors ranked in a country the topic names stay investors.
        let investors = investments(
            extract(
                "Investment in Egypt\n\nForeign investment in Egypt came from many places, led by Saudi Arabia with $5 billion, followed by Kuwait with $2 billion.\n"
            ))
        #expect(Set(investors.map(flow)) == ["SA->EG:5000000000", "KW->EG:2000000000"], "\(investors.map(flow))")
    }

    /// "استحوذا على 60% من إجمالي استثمارات الشركات المصرية": two countries holding a share of a
    /// whole bought no stake.
    @Test func holdingAShareOfAWholeIsNoStakeBought() throws {
        let e = extract(
            """
            الكوميسا ومصر

            أظهر تقرير أن السودان وإثيوبيا استحوذا على أكثر من 60 في المائة من إجمالي استثمارات الشركات المصرية في دول المنظمة بقيمة بلغت 2.7 مليار دولار.
            """)
        #expect(agreements(e).isEmpty, "\(agreements(e))")
    }
}

extension InvestmentDocumentTests {
    /// "has drawn $40 billion of FDI from more than 60 countries", "flowed in from more than 60
    /// countries, the Peruvian minister said", "من أكثر من 60 دولة": money from many countries
    /// has no one investor; it goes to the country the sentence names, not to another country of
    /// the article taken as the other side.
    @Test func investmentFromManyCountriesHasNoOneInvestor() throws {
        for text in [
            "Peru draws FDI\n\nPeru has drawn $40 billion of foreign direct investment from more than 60 countries since 1995, the minister said. Spain accounts for 20% of it.\n",
            "Peru draws FDI\n\nSince 1995, $40 billion of foreign investment has flowed in from more than 60 countries, the Peruvian minister said. Spain and Chile lead.\n",
            "بيرو تجذب الاستثمارات\n\nقال الوزير البيروفي إن استثمارات بقيمة 40 مليار دولار تدفقت منذ عام 1995 من أكثر من 60 دولة.\n",
        ] {
            let total = investments(extract(text)).filter { $0.value?.amount == 40_000_000_000 }
            #expect(total.count == 1, "\(total)")
            #expect(
                total.allSatisfy { $0.investor.country == nil && $0.recipient.country == CountryCode("PE") }, "\(total)"
            )
        }
    }
}
