import Foundation
import NewsCore
import NewsExtract
import Testing

private typealias S = NumbersTestSupport

/// One sentence with exactly one amount in it: what it must read and what the span must cover.
struct AmountCase: CustomTestStringConvertible, Sendable {
    var text: String
    var money: Money
    var covers: String
    init(_ text: String, _ money: Money, _ covers: String) {
        self.text = text
        self.money = money
        self.covers = covers
    }
    var testDescription: String { text }
}

@Suite("NumberReader: amounts")
struct NumbersAmountTests {
    static let english: [AmountCase] = [
        .init("The deal is worth $1.1 billion.", S.money("1100000000", "USD"), "$1.1 billion"),
        // One group before "billion" is a decimal comma (thousands of billions would be trillions);
        // before "million" it groups thousands.
        .init("Trade hit a record $1,336 billion.", S.money("1336000000", "USD"), "$1,336 billion"),
        .init("Trade hit 1,500 million dollars.", S.money("1500000000", "USD"), "1,500 million dollars"),
        .init("The deal is worth $1.1bn.", S.money("1100000000", "USD"), "$1.1bn"),
        .init("a deal worth US$1.1 billion", S.money("1100000000", "USD"), "US$1.1 billion"),
        // India's lakh groups; a decimal point after one group is no decimal comma.
        .init("inflows of Rs 1,27,608 crore", S.money("1276080000000", "INR"), "Rs 1,27,608 crore"),
        .init("inflows of Rs 1,276.08 billion", S.money("1276080000000", "INR"), "Rs 1,276.08 billion"),
        .init("a deal worth 1.1 billion dollars", S.money("1100000000", "USD"), "1.1 billion dollars"),
        .init("a deal worth USD 1.1 billion", S.money("1100000000", "USD"), "USD 1.1 billion"),
        .init("They pledged $500 million.", S.money("500000000", "USD"), "$500 million"),
        .init("They pledged $500m.", S.money("500000000", "USD"), "$500m"),
        // A plus after the number (more than it) and a net figure's plus sign.
        .init("an MoU for a $200+ million investment", S.money("200000000", "USD"), "$200+ million"),
        .init("inflows amounted to USD +2.3 billion", S.money("2300000000", "USD"), "USD +2.3 billion"),
        .init("agreements worth $17.2 billion were signed", S.money("17200000000", "USD"), "$17.2 billion"),
        .init("They set up a $2 billion fund.", S.money("2000000000", "USD"), "$2 billion"),
        .init("The grant was $2,500,000 in total.", S.money("2500000", "USD"), "$2,500,000"),
        .init("Trade reached two billion dollars.", S.money("2000000000", "USD"), "two billion dollars"),
        .init("Trade reached five billion dollars last year.", S.money("5000000000", "USD"), "five billion dollars"),
        .init(
            "It costs one and a half billion dollars.", S.money("1500000000", "USD"), "one and a half billion dollars"),
        .init("It costs a billion dollars.", S.money("1000000000", "USD"), "a billion dollars"),
        .init("The plan is worth $1 trillion.", S.money("1000000000000", "USD"), "$1 trillion"),
        .init("Brussels offered €3 billion.", S.money("3000000000", "EUR"), "€3 billion"),
        .init("Brussels offered EUR 3bn.", S.money("3000000000", "EUR"), "EUR 3bn"),
        .init("Brussels offered 3 billion euros.", S.money("3000000000", "EUR"), "3 billion euros"),
        .init("London added £2bn.", S.money("2000000000", "GBP"), "£2bn"),
        .init("The fund holds AED 15.7 billion.", S.money("15700000000", "AED"), "AED 15.7 billion"),
        .init("The fund holds 15.7 billion dirhams.", S.money("15700000000", "AED"), "15.7 billion dirhams"),
        .init("Riyadh allocated SAR 10 billion.", S.money("10000000000", "SAR"), "SAR 10 billion"),
        .init("Riyadh allocated 10 billion riyals.", S.money("10000000000", "SAR"), "10 billion riyals"),
        .init("Doha allocated 10 billion Qatari riyals.", S.money("10000000000", "QAR"), "10 billion Qatari riyals"),
        .init("Astana budgeted KZT 500 billion.", S.money("500000000000", "KZT"), "KZT 500 billion"),
        .init("Astana budgeted 500 billion tenge.", S.money("500000000000", "KZT"), "500 billion tenge"),
        .init("Tokyo lent ¥10 billion.", S.money("10000000000", "JPY"), "¥10 billion"),
        .init("The ministry spent Rs 1,000 crore.", S.money("10000000000", "INR"), "Rs 1,000 crore"),
        // The rupiah's sign, in any article: never dollars because dollars are around it.
        .init("Realised investment reached Rp 176.6 trillion.", S.money("176600000000000", "IDR"), "Rp 176.6 trillion"),
        .init("The ministry spent Rs. 2 lakh.", S.money("200000", "INR"), "Rs. 2 lakh"),
        .init("Nairobi raised KSh39.8 billion.", S.money("39800000000", "KES"), "KSh39.8 billion"),
        .init("Tokyo lent Japanese Yen (JPY) 120.5 billion.", S.money("120500000000", "JPY"), "(JPY) 120.5 billion"),
        .init("Ottawa pledged 4 billion Canadian dollars.", S.money("4000000000", "CAD"), "4 billion Canadian dollars"),
        .init("a loan of 300 million pounds sterling", S.money("300000000", "GBP"), "300 million pounds sterling"),
        .init("a loan of 2 billion Kuwaiti dinars", S.money("2000000000", "KWD"), "2 billion Kuwaiti dinars"),
        .init("The plant costs $1.1-billion to build.", S.money("1100000000", "USD"), "$1.1-billion"),
        .init("It raised twenty-five million dollars.", S.money("25000000", "USD"), "twenty-five million dollars"),
        .init("It raised half a billion dollars.", S.money("500000000", "USD"), "half a billion dollars"),
        .init(
            "It raised one hundred and fifty million dollars.", S.money("150000000", "USD"),
            "one hundred and fifty million dollars"),
        .init("It raised 2.5 billion USD.", S.money("2500000000", "USD"), "2.5 billion USD"),
        .init("It is a billion-dollar deal.", S.money("1000000000", "USD"), "a billion-dollar"),
        .init("It is a $1.1 billion deal.", S.money("1100000000", "USD"), "$1.1 billion"),
        .init("It costs 500 € a month.", S.money("500", "EUR"), "500 €"),
        .init("It spent HK$5bn.", S.money("5000000000", "HKD"), "HK$5bn"),
        .init("It pays 1,234.56 dollars.", S.money("1234.56", "USD"), "1,234.56 dollars"),
        .init("It is 3,5 billion euros.", S.money("3500000000", "EUR"), "3,5 billion euros"),
        .init("It spent Rs. 2 lakh crore.", S.money("2000000000000", "INR"), "Rs. 2 lakh crore"),
        // The Brazilian real's sign is no dollar; nor is a dollar of letters no table knows.
        .init("deals for a total of R$12,500 million", S.money("12500000000", "BRL"), "R$12,500 million"),
        .init("a plant worth MX$3 billion", S.money("3000000000", "MXN"), "MX$3 billion"),
    ]

    @Test func aDollarSignAfterLettersOfNoKnownDollarIsNoDollar() {
        #expect(NumberReader.amounts(in: "It cost Z$5 billion.").allSatisfy { $0.money.currency != .usd })
        #expect(NumberReader.amounts(in: "It cost US$5 billion.").map(\.money.currency) == [.usd])
    }

    @Test(arguments: english)
    func readsEnglish(_ c: AmountCase) {
        let found = NumberReader.amounts(in: c.text)
        #expect(found.map(\.money) == [c.money])
        #expect(found.map { S.slice(c.text, $0.span) } == [c.covers])
    }

    static let qualified: [AmountCase] = [
        .init("more than $100 billion", S.money("100000000000", "USD", .moreThan), "more than $100 billion"),
        .init("over $100 billion", S.money("100000000000", "USD", .moreThan), "over $100 billion"),
        .init("above $100 billion", S.money("100000000000", "USD", .moreThan), "above $100 billion"),
        .init("exceeding $100 billion", S.money("100000000000", "USD", .moreThan), "exceeding $100 billion"),
        .init("in excess of $100 billion", S.money("100000000000", "USD", .moreThan), "in excess of $100 billion"),
        .init("at least $100 billion", S.money("100000000000", "USD", .moreThan), "at least $100 billion"),
        .init("up to $3.7 billion", S.money("3700000000", "USD", .upTo), "up to $3.7 billion"),
        .init("as much as $3.7 billion", S.money("3700000000", "USD", .upTo), "as much as $3.7 billion"),
        .init("about $3 billion", S.money("3000000000", "USD", .about), "about $3 billion"),
        .init("around $3 billion", S.money("3000000000", "USD", .about), "around $3 billion"),
        .init("approximately $3 billion", S.money("3000000000", "USD", .about), "approximately $3 billion"),
        .init("roughly $3 billion", S.money("3000000000", "USD", .about), "roughly $3 billion"),
        .init("nearly $3 billion", S.money("3000000000", "USD", .about), "nearly $3 billion"),
        .init("almost $3 billion", S.money("3000000000", "USD", .about), "almost $3 billion"),
        .init("close to $3 billion", S.money("3000000000", "USD", .about), "close to $3 billion"),
        .init("some $3 billion", S.money("3000000000", "USD", .about), "some $3 billion"),
        .init("an estimated $3 billion", S.money("3000000000", "USD", .about), "an estimated $3 billion"),
        .init("less than $3 billion", S.money("3000000000", "USD", .lessThan), "less than $3 billion"),
        .init("under $3 billion", S.money("3000000000", "USD", .lessThan), "under $3 billion"),
        .init("below $3 billion", S.money("3000000000", "USD", .lessThan), "below $3 billion"),
        .init("about a billion dollars", S.money("1000000000", "USD", .about), "about a billion dollars"),
        // The qualifier before a sign spelled with its country apart ("US $", "U.S. $").
        .init("over US $100 million", S.money("100000000", "USD", .moreThan), "over US $100 million"),
        .init(
            "approximately U.S. $114 million", S.money("114000000", "USD", .about), "approximately U.S. $114 million"),
        .init(
            "more than 100 billion dollars", S.money("100000000000", "USD", .moreThan), "more than 100 billion dollars"),
    ]

    @Test(arguments: qualified)
    func readsQualifiers(_ c: AmountCase) {
        let found = NumberReader.amounts(in: "They reported \(c.text) in total.")
        #expect(found.map(\.money) == [c.money])
        #expect(found.map { S.slice("They reported \(c.text) in total.", $0.span) } == [c.covers])
    }

    @Test func whatAFigureChangedByThenWhereItWentIsNoRange() {
        for text in [
            "Trade rose by $300 million to $2.1 billion.", "Investment declined $500 million to $2.27 billion.",
        ] {
            let found = NumberReader.amounts(in: text)
            #expect(found.count == 2, "\(text): \(found.map(\.money))")
        }
        // A range after another verb stays one.
        #expect(NumberReader.amounts(in: "They plan to invest $3 billion to $5 billion.").count == 1)
    }

    @Test func aQualifierSeparatedByOtherWordsDoesNotCount() {
        let text = "Bilateral trade nearly doubled to five billion dollars."
        let found = NumberReader.amounts(in: text)
        #expect(found.map(\.money) == [S.money("5000000000", "USD")])
        #expect(found.map { S.slice(text, $0.span) } == ["five billion dollars"])
    }

    static let ranges: [AmountCase] = [
        .init("a cost of $3 to $5 billion", S.range("3000000000", "5000000000", "USD"), "$3 to $5 billion"),
        .init("a cost of $3-5 billion", S.range("3000000000", "5000000000", "USD"), "$3-5 billion"),
        .init("a cost of $3bn-$5bn", S.range("3000000000", "5000000000", "USD"), "$3bn-$5bn"),
        .init(
            "a cost of between $3 billion and $5 billion", S.range("3000000000", "5000000000", "USD"),
            "between $3 billion and $5 billion"),
        .init("a cost of 3 to 5 billion dollars", S.range("3000000000", "5000000000", "USD"), "3 to 5 billion dollars"),
        .init(
            "a cost of $300 million to $1 billion", S.range("300000000", "1000000000", "USD"),
            "$300 million to $1 billion"),
        .init(
            "a cost of three to five billion dollars", S.range("3000000000", "5000000000", "USD"),
            "three to five billion dollars"),
        .init(
            "تكلفة تتراوح بين 3 و5 مليارات دولار", S.range("3000000000", "5000000000", "USD"), "بين 3 و5 مليارات دولار"),
        .init("تكلفة من 3 إلى 5 مليارات دولار", S.range("3000000000", "5000000000", "USD"), "من 3 إلى 5 مليارات دولار"),
        .init(
            "تكلفة بين ثلاثة وخمسة مليارات دولار", S.range("3000000000", "5000000000", "USD"),
            "بين ثلاثة وخمسة مليارات دولار"),
        .init(
            "تكلفة ما بين 3 مليارات و5 مليارات يورو", S.range("3000000000", "5000000000", "EUR"),
            "ما بين 3 مليارات و5 مليارات يورو"),
    ]

    @Test(arguments: ranges)
    func readsRanges(_ c: AmountCase) {
        let found = NumberReader.amounts(in: c.text)
        #expect(found.map(\.money) == [c.money])
        #expect(found.map { S.slice(c.text, $0.span) } == [c.covers])
    }

    @Test func aNumberAfterAnAmountIsNotPartOfIt() {
        #expect(NumberReader.amounts(in: "a $2 billion five-year plan").map(\.money) == [S.money("2000000000", "USD")])
        #expect(
            NumberReader.amounts(in: "deals worth €4.5bn and 500 million pounds").map(\.money) == [
                S.money("4500000000", "EUR"), S.money("500000000", "GBP"),
            ])
        #expect(
            NumberReader.amounts(in: "It cost two billion five hundred million dollars.").map(\.money) == [
                S.money("2500000000", "USD")
            ])
    }

    @Test func theEndOfAFiscalYearIsNoRangesLowEnd() {
        let found = NumberReader.amounts(in: "Trade fell from $31.2 billion in 2018-19 to $27.9 billion in 2019-20.")
        #expect(found.map(\.money) == [S.money("31200000000", "USD"), S.money("27900000000", "USD")])
    }

    @Test func fromOneAmountToAnotherIsTwoAmounts() {
        let found = NumberReader.amounts(in: "Exports rose from $3 billion to $5 billion.")
        #expect(found.map(\.money) == [S.money("3000000000", "USD"), S.money("5000000000", "USD")])
        // The low end takes the currency of the high end.
        let arabic = "ارتفعت قيمة الصفقة من 2 مليار إلى 3 مليارات دولار"
        let both = NumberReader.amounts(in: arabic)
        #expect(both.map(\.money) == [S.money("2000000000", "USD"), S.money("3000000000", "USD")])
        #expect(both.map { S.slice(arabic, $0.span) } == ["2 مليار", "3 مليارات دولار"])
    }

    @Test func theFirstOfTwoAmountsTakesTheSecondsCurrency() {
        let english = "Two bridges will cost 120 million and 45 million euros respectively."
        let found = NumberReader.amounts(in: english)
        #expect(found.map(\.money) == [S.money("120000000", "EUR"), S.money("45000000", "EUR")])
        #expect(found.map { S.slice(english, $0.span) } == ["120 million", "45 million euros"])
        #expect(
            NumberReader.amounts(in: "تبلغ كلفة الجسرين 120 مليون و45 مليون يورو على التوالي").map(\.money) == [
                S.money("120000000", "EUR"), S.money("45000000", "EUR"),
            ])
        // A larger scale before a smaller one is no pair of amounts: the first is left alone.
        #expect(
            NumberReader.amounts(in: "It costs 3 billion and 200 million euros.").map(\.money) == [
                S.money("200000000", "EUR")
            ])
    }

    /// "17.8, 17.7 and 12.4 billion shillings": bare numbers listed before a scaled amount, with
    /// nothing but commas and "and" between them, take its scale and currency; a year, a share,
    /// a grouped number or one with words between it and the list's amount does not.
    @Test func bareNumbersListedBeforeAScaledAmountTakeItsScale() {
        let expected = [
            S.money("17800000000", "EUR"), S.money("17700000000", "EUR"), S.money("12400000000", "EUR"),
        ]
        for text in [
            "Their investments came to 17.8, 17.7 and 12.4 billion euros in Chile.",
            "بلغت استثماراتهم في تشيلي 17.8 و17.7 و12.4 مليار يورو على التوالي.",
            "بلغت استثماراتهم في تشيلي 17.8 ، و17.7 ، 12.4 مليار يورو على التوالي.",
        ] {
            let found = NumberReader.amounts(in: text)
            #expect(found.map(\.money) == expected, "\(text)")
            #expect(found.map { S.slice(text, $0.span) }.prefix(2) == ["17.8", "17.7"], "\(text)")
        }
        for text in [
            "In 2019 and 12.4 billion euros later, the plant opened.",
            "It grew 5%, and 12.4 billion euros came in.",
            "It counted 1,200 and 12.4 billion euros.",
            "Of 30 firms and 12.4 billion euros, most are local.",
        ] {
            #expect(
                NumberReader.amounts(in: text).map(\.money) == [S.money("12400000000", "EUR")], "\(text)")
        }
    }

    /// "1,388.9 MTND", "344.2MTND": millions of a currency written as "M" and its code.
    @Test func millionsWrittenAsMAndTheCurrencysCode() {
        #expect(
            NumberReader.amounts(in: "Investments reached 1,388.9 MTND, France's 344.2MTND.").map(\.money) == [
                S.money("1388900000", "TND"), S.money("344200000", "TND"),
            ])
        // Not a word that only starts so, nor the code after no number.
        #expect(NumberReader.amounts(in: "The MTNA group and MEUR desk met in 2024.").isEmpty)
    }

    /// "يقارب حجم التبادل المليار دولار": the scale with the article, alone before a currency, is
    /// one of it; after "ونصف" it is still the half's scale named again.
    @Test func anArabicScaleWithTheArticleAloneIsOne() {
        #expect(
            NumberReader.amounts(in: "فيما يقارب حجم التبادل التجاري بين البلدين المليار دولار").map(\.money) == [
                S.money("1000000000", "USD")
            ])
        #expect(
            NumberReader.amounts(in: "تجاوزت قيمة الصفقة المليون يورو").map(\.money) == [S.money("1000000", "EUR")])
        #expect(
            NumberReader.amounts(in: "بلغت قيمة الصفقة مليار ونصف المليار دولار").map(\.money) == [
                S.money("1500000000", "USD")
            ])
        #expect(NumberReader.amounts(in: "وصلت التجارة إلى سقف المليار هذا العام").isEmpty)
    }

    @Test func aNumberInBracketsBeforeItsScale() {
        #expect(
            NumberReader.amounts(in: "بقيمة (3.2) مليارات دولار، منها (150) مليون دولار").map(\.money) == [
                S.money("3200000000", "USD"), S.money("150000000", "USD"),
            ])
    }

    @Test func aHyphenatedAmountNamesItsCurrencyWithItsCountry() {
        #expect(
            NumberReader.amounts(in: "a 75-million-U.S. dollar water project").map(\.money) == [
                S.money("75000000", "USD")
            ])
    }

    @Test func aChangeFromOneNumberToAnAmountIsNoRange() {
        // "rose from 3 to 4 billion": where the figure went, not a range.
        #expect(
            NumberReader.amounts(in: "Sales rose from 3 to 4 billion dollars.").map(\.money) == [
                S.money("4000000000", "USD")
            ])
        #expect(
            NumberReader.amounts(in: "تضاعفت المبيعات من 3 إلى 6 مليارات دولار").map(\.money) == [
                S.money("6000000000", "USD")
            ])
        // Without a verb of change it stays a range; with a second "to", the range is where the change began.
        #expect(
            NumberReader.amounts(in: "Sales came from 3 to 4 billion dollars.").map(\.money) == [
                S.range("3000000000", "4000000000", "USD")
            ])
        #expect(
            NumberReader.amounts(in: "Sales jumped from 3 to 4 billion dollars in 2010 to 9 billion dollars.").map(
                \.money) == [
                    S.range("3000000000", "4000000000", "USD"), S.money("9000000000", "USD"),
                ])
    }

    @Test(arguments: [
        "The accords were launched in 2020.",
        "More than 600 companies operate there.",
        "Exports rose 80% last year.",
        "The summit opened on 7 November 2025.",
        "Leaders met at the 5+1 summit.",
        "The G20 met in Riyadh.",
        "Call +971 4 555 0101 for details.",
        "They signed 12 agreements worth billions of dollars.",
        "صفقات أبرمت بعشرات مليارات الدولارات",
        "The loan is 5 billion dinars.",
        "Prices rose 3 to 5 percent.",
        "The plan costs more in 2020 dollars.",
    ])
    func notMoney(_ text: String) {
        #expect(NumberReader.amounts(in: text).isEmpty)
    }

    @Test func severalAmountsInOrder() {
        let text = "A $1.1 billion deal and €3bn of loans, plus 15.7 billion dirhams."
        #expect(
            NumberReader.amounts(in: text).map(\.money) == [
                S.money("1100000000", "USD"), S.money("3000000000", "EUR"), S.money("15700000000", "AED"),
            ])
    }

    @Test func aNumberWithAnUnreadUnitStuckToItIsNotTheDollarsBeforeIt() {
        // "$388 million (Tk32 billion)": after a dollar amount, bare scaled numbers go on in
        // dollars, but letters stuck to the number are a unit of its own, one not read.
        #expect(
            NumberReader.amounts(in: "Dhaka got $388 million (Tk32 billion) in grants.").map(\.money) == [
                S.money("388000000", "USD")
            ])
        #expect(
            NumberReader.amounts(in: "Dhaka got $388 million in grants and 32 billion in loans.").map(\.money) == [
                S.money("388000000", "USD"), S.money("32000000000", "USD"),
            ])
    }

    @Test func exactSpanOffsets() {
        let text = "Worth $1.1 billion."
        #expect(NumberReader.amounts(in: text).map(\.span) == [TextSpan(start: 6, end: 18)])
    }
}
