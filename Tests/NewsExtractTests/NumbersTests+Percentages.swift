import Foundation
import NewsCore
import NewsExtract
import Testing

private typealias S = NumbersTestSupport

/// One sentence with one percentage or share in it.
struct PercentCase: CustomTestStringConvertible, Sendable {
    var text: String
    var percent: Decimal
    var qualifier: Money.Qualifier
    var covers: String
    init(_ text: String, _ percent: String, _ covers: String) {
        self.init(text, percent, .exact, covers)
    }
    init(_ text: String, _ percent: String, _ qualifier: Money.Qualifier, _ covers: String) {
        self.text = text
        self.percent = NumbersTestSupport.dec(percent)
        self.qualifier = qualifier
        self.covers = covers
    }
    var testDescription: String { text }
}

@Suite("NumberReader: percentages and shares")
struct NumbersPercentageTests {
    static let cases: [PercentCase] = [
        .init("It holds 80% of the market.", "80", "80%"),
        .init("It holds 80 percent of the market.", "80", "80 percent"),
        .init("It holds 80 per cent of the market.", "80", "80 per cent"),
        .init("It holds 12.5% of the market.", "12.5", "12.5%"),
        .init("تستحوذ على ٨٠٪ من السوق", "80", "٨٠٪"),
        .init("تستحوذ على ١٢٫٥٪ من السوق", "12.5", "١٢٫٥٪"),
        .init("تستحوذ على 80 بالمئة من السوق", "80", "80 بالمئة"),
        .init("تستحوذ على 80 بالمائة من السوق", "80", "80 بالمائة"),
        .init("تستحوذ على 80 في المائة من السوق", "80", "80 في المائة"),
        .init("تستحوذ على 80 في المئة من السوق", "80", "80 في المئة"),
        .init("تستحوذ على ثمانين بالمئة من السوق", "80", "ثمانين بالمئة"),
        .init("It holds eighty percent of the market.", "80", "eighty percent"),
        .init("أي نحو 80% من الاستثمارات", "80", .about, "نحو 80%"),
        .init("It holds about 80% of the market.", "80", .about, "about 80%"),
        .init("It holds more than 80% of the market.", "80", .moreThan, "more than 80%"),
        .init("It holds up to 80% of the market.", "80", .upTo, "up to 80%"),
        .init("It holds less than 8% of the market.", "8", .lessThan, "less than 8%"),
        .init("تستحوذ على أكثر من 80% من السوق", "80", .moreThan, "أكثر من 80%"),
        .init("تستحوذ على 80% تقريبا من السوق", "80", .about, "80% تقريبا"),
        .init("Prices moved -5% in a day.", "-5", "-5%"),
        .init("It supplies a quarter of US uranium needs.", "25", "a quarter"),
        .init("It supplies one quarter of US uranium needs.", "25", "one quarter"),
        .init("تزود البلاد ربع احتياجات أمريكا من اليورانيوم", "25", "ربع"),
        .init("It supplies half of the uranium.", "50", "half"),
        .init("It supplies nearly half of the uranium.", "50", .about, "nearly half"),
        .init("تزود البلاد نصف احتياجات السوق", "50", "نصف"),
        .init("It supplies a third of the uranium.", "33.33", "a third"),
        .init("تزود البلاد ثلث احتياجات السوق", "33.33", "ثلث"),
        .init("It supplies two thirds of the uranium.", "66.67", "two thirds"),
        .init("It supplies two-thirds of the uranium.", "66.67", "two-thirds"),
        .init("It supplies three quarters of the uranium.", "75", "three quarters"),
        .init("تزود البلاد ثلاثة أرباع احتياجات السوق", "75", "ثلاثة أرباع"),
        .init("تستحوذ على أكثر من النصف", "50", .moreThan, "أكثر من النصف"),
        .init("It accounts for more than half.", "50", .moreThan, "more than half"),
        .init("Output grew 10-15% a year.", "10", .range, "10-15%"),
        .init("Output grew between 10% and 15% a year.", "10", .range, "between 10% and 15%"),
        .init("Output grew 10 to 15 percent a year.", "10", .range, "10 to 15 percent"),
        .init("نما الإنتاج بين 10 و15% سنويا", "10", .range, "بين 10 و15%"),
    ]

    @Test(arguments: cases)
    func reads(_ c: PercentCase) {
        let found = NumberReader.percentages(in: c.text)
        #expect(found.map(\.percent) == [c.percent])
        #expect(found.map(\.qualifier) == [c.qualifier])
        #expect(found.map { S.slice(c.text, $0.span) } == [c.covers])
    }

    @Test(arguments: [
        "It raised half a billion dollars.",
        "منحة قدرها نصف مليار دولار",
        "Profits rose in the first half of 2024.",
        "Sales fell in the third quarter.",
        "The deal was cut in half.",
        "أرباح النصف الأول من العام",
        "نتائج الربع الأخير",
        "منذ ربع قرن",
        "تأهل إلى ربع النهائي",
        "مليار ونصف دولار",
        "استغرق الاجتماع ساعة ونصف",
        "They met 5 times.",
        "The half-year report is out.",
        "It rose 3 percentage points.",
    ])
    func notShares(_ text: String) {
        #expect(NumberReader.percentages(in: text).isEmpty)
    }

    @Test func aThirdIsRoundedToTwoPlaces() {
        #expect(NumberReader.percentages(in: "a third of it").map(\.percent) == [S.dec("33.33")])
        #expect(NumberReader.percentages(in: "ثلثي الإنتاج").map(\.percent) == [S.dec("66.67")])
    }

    @Test func fromOnePercentageToAnotherIsTwo() {
        let found = NumberReader.percentages(in: "The share rose from 10% to 15%.")
        #expect(found.map(\.percent) == [S.dec("10"), S.dec("15")])
        #expect(found.map(\.qualifier) == [.exact, .exact])
    }
}
