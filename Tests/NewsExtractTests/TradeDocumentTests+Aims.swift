import NewsCore
import NewsExtract
import Testing

/// Amounts of trade aimed at or judged likely, partners in trade named beside one-way amounts,
/// and trade named only in a forum's name. Every text here is written for these tests.
extension TradeDocumentTests {
    /// "عازمة على الارتقاء بالتجارة … إلى 8 مليارات دولار، بعدما سجلت 3.1 مليارات", "رجّح أن يتخطى
    /// 4 مليارات دولار": an aim and a forecast are no figures; the level reached is.
    @Test func arabicAimsAndLikelyFiguresAreNoTrade() throws {
        let found = trade(
            extract(
                """
                تونس تسعى لبلوغ 8 مليارات دولار في تجارتها مع مصر

                قال الوزير إن تونس عازمة على الارتقاء بالتجارة البينية مع مصر إلى 8 مليارات دولار، بعدما سجلت 3.1 مليارات دولار العام الماضي.
                وبينما وصل حجم التجارة بين تونس ومصر إلى 3.1 مليارات دولار في عام 2022، رجّح الوزير أن يتخطى 4 مليارات دولار خلال 2023.
                """))
        #expect(found.map { $0.value?.amount } == [3_100_000_000], "\(found.map { ($0.parties, $0.value) })")
    }

    /// "Exports to Chile topped those to trade partners such as Peru ($2.1 billion)": amounts of
    /// exports, whatever "trade partners" calls the countries.
    @Test func partnersInTradeBesideExportsAreNoTrade() throws {
        let found = trade(
            extract(
                """
                Ghana's exports

                Exports to Chile ($3.4 billion) topped those to long-standing trade partners such as Peru ($2.1 billion) and Mexico ($1.9 billion).
                """))
        #expect(found.isEmpty, "\(found.map { ($0.parties, $0.value) })")
    }
}

extension TradeDocumentTests {
    /// ‘أمام "منتدى التجارة والتبادل بين تونس والأردن"’: a forum's name in quotation marks does not
    /// make an investment amount of the same sentence a trade figure.
    @Test func aQuotedForumsNameIsNoTradeFigure() throws {
        let found = trade(
            extract(
                """
                خبر

                وقال الوزير أمام "منتدى التجارة والتبادل بين تونس والأردن" إن المنطقة استقطبت 40 مشروعا بتكلفة استثمارية تبلغ 2 مليار دولار.
                """))
        #expect(found.isEmpty, "\(found.map { ($0.parties, $0.value) })")
    }
}

extension TradeDocumentTests {
    /// "expected to exceed $88 billion, against $73 billion in the previous year": the forecast is
    /// no figure; the level it is set against, reached, is.
    @Test func theLevelAForecastIsSetAgainstIsTrade() throws {
        for sentence in [
            "Trade between Chile and Ghana is expected to exceed $900 million this year, against $640 million last year.",
            "ويتوقع أن يتجاوز حجم التبادل التجاري بين تشيلي وغانا 900 مليون دولار هذا العام، مقابل 640 مليون دولار العام الماضي.",
        ] {
            let found = trade(extract("Chile and Ghana\n\n" + sentence + "\n"))
            #expect(found.map { $0.value?.amount } == [640_000_000], "\(sentence): \(found.map(\.value))")
        }
    }
}

extension TradeDocumentTests {
    /// "…, which helped lift trade from $300 million in 2002 to $3.1 billion in 2016" after a deal,
    /// "الأمر الذي أسهم في رفع حجم المبادلات من … إلى …": raising that a past verb says was helped
    /// along is trade reached, both ends of it, each with its own year; not an aim.
    @Test func raisingHelpedAlongIsTradeReached() throws {
        let english = trade(
            extract(
                "Morocco and Russia\n\nTrade with Russia grew after the two countries signed a trade agreement in 2001, which helped lift trade from $300 million in 2002 to $3.1 billion in 2016.\n"
            ))
        #expect(Set(english.compactMap(\.value?.amount)) == [300_000_000, 3_100_000_000], "\(english)")
        #expect(english.allSatisfy { $0.period != "2001" }, "\(english.map(\.period))")
        let arabic = trade(
            extract(
                "المغرب وروسيا\n\nونمت التجارة بين البلدين، الأمر الذي أسهم في رفع حجم المبادلات من حوالي 300 مليون دولار عام 2002 إلى 3.1 مليار دولار عام 2016.\n"
            ))
        #expect(Set(arabic.compactMap(\.value?.amount)) == [300_000_000, 3_100_000_000], "\(arabic)")
    }
}

extension TradeDocumentTests {
    /// "aims to raise trade tenfold, starting from $2.4 billion recorded in 2021", "يستهدف مضاعفة
    /// التجارة …، انطلاقا من 2.4 مليار دولار سجلت في 2021": an aim without an amount of its own
    /// starts from a level reached, which is trade.
    @Test func theLevelAnAimStartsFromIsTrade() throws {
        for text in [
            "Peru and Chile\n\nThe proposal aims to raise trade between the two countries tenfold, starting from $2.4 billion recorded in 2021.\n",
            "بيرو وتشيلي\n\nوأوضح الوزير أن المقترح يستهدف مضاعفة التجارة بين البلدين عشر مرات، انطلاقًا من 2.4 مليار دولار سُجلت في 2021.\n",
        ] {
            let found = trade(extract(text))
            #expect(found.map(\.value?.amount) == [2_400_000_000], "\(found)")
        }
    }
}
