import Foundation
import NewsCore
import NewsExtract
import Testing

private typealias S = NumbersTestSupport

/// One sentence with one count in it.
struct CountCase: CustomTestStringConvertible, Sendable {
    var text: String
    var value: Int
    var qualifier: Money.Qualifier
    var noun: String
    var covers: String
    init(_ text: String, _ value: Int, _ qualifier: Money.Qualifier, _ noun: String, _ covers: String) {
        self.text = text
        self.value = value
        self.qualifier = qualifier
        self.noun = noun
        self.covers = covers
    }
    var testDescription: String { text }
}

@Suite("NumberReader: counts")
struct NumbersCountTests {
    static let cases: [CountCase] = [
        .init("More than 600 companies operate there.", 600, .moreThan, "companies", "More than 600 companies"),
        .init("تعمل أكثر من 600 شركة في البلاد", 600, .moreThan, "شركة", "أكثر من 600 شركة"),
        .init("تعمل أكثر من ٦٠٠ شركة أميركية في البلاد", 600, .moreThan, "شركة", "أكثر من ٦٠٠ شركة"),
        // A number that could be a year, after the من of a comparison and before a noun, is a count.
        .init("تعمل أكثر من 2000 شركة تركية في روسيا", 2000, .moreThan, "شركة", "أكثر من 2000 شركة"),
        .init("Some 600 US companies operate there.", 600, .about, "companies", "Some 600 US companies"),
        .init("There are 600 American firms there.", 600, .exact, "firms", "600 American firms"),
        .init("They signed 12 agreements.", 12, .exact, "agreements", "12 agreements"),
        .init("They signed 12 new agreements.", 12, .exact, "agreements", "12 new agreements"),
        .init("وقع الجانبان خمس اتفاقيات", 5, .exact, "اتفاقيات", "خمس اتفاقيات"),
        .init("وقع الجانبان خمسَ اتفاقياتٍ", 5, .exact, "اتفاقياتٍ", "خمسَ اتفاقياتٍ"),
        .init("وقع الجانبان 12 اتفاقية", 12, .exact, "اتفاقية", "12 اتفاقية"),
        .init("وقع الجانبان نحو 12 اتفاقية", 12, .about, "اتفاقية", "نحو 12 اتفاقية"),
        .init("They signed two agreements.", 2, .exact, "agreements", "two agreements"),
        .init("Nearly 2,000 engineers work on it.", 2000, .about, "engineers", "Nearly 2,000 engineers"),
        .init("About 2000 companies applied.", 2000, .about, "companies", "About 2000 companies"),
        .init("It employs 5 million people.", 5_000_000, .exact, "people", "5 million people"),
        .init("Up to 40 projects are planned.", 40, .upTo, "projects", "Up to 40 projects"),
        .init("Fewer than 20 banks took part.", 20, .lessThan, "banks", "Fewer than 20 banks"),
        .init("A dozen projects were approved.", 12, .exact, "projects", "A dozen projects"),
        .init("وقعت ثلاثة عشر دولة على الإعلان", 13, .exact, "دولة", "ثلاثة عشر دولة"),
        .init("OQ signed three of the agreements.", 3, .exact, "agreements", "three of the agreements"),
        // The noun before the number, after "number of", a verb of reaching between.
        .init("The number of Italian firms active in Egypt is 150.", 150, .exact, "firms", "150"),
        .init(
            "In all, the number of enterprises with Chinese capital now exceeds 3,900.", 3900, .moreThan,
            "enterprises", "exceeds 3,900"),
        .init("The number of joint ventures stood at about 420.", 420, .about, "ventures", "about 420"),
    ]

    @Test(arguments: cases)
    func reads(_ c: CountCase) {
        let found = NumberReader.counts(in: c.text)
        #expect(found.map(\.value) == [c.value])
        #expect(found.map(\.qualifier) == [c.qualifier])
        #expect(found.map(\.noun) == [c.noun])
        #expect(found.map { S.slice(c.text, $0.span) } == [c.covers])
    }

    @Test(arguments: [
        "The accords were launched in 2020.",
        "أطلقت المبادرة في عام 2020",
        "منذ 1990 وحتى 2020",
        "The summit opened on 7 November 2025.",
        "عقدت القمة في 7 نوفمبر",
        "Leaders met at the 5+1 summit.",
        "قمة مجموعة 5+1",
        "The G20 met in Riyadh.",
        "COVID-19 slowed trade.",
        "Call +971 4 555 0101 today.",
        "The deal is worth $1.1 billion.",
        "صفقة بقيمة 1.1 مليار دولار",
        "It holds 80% of the market.",
        "تستحوذ على 80 بالمئة من السوق",
        "The plan runs for 5 years.",
        "تمتد الخطة ثلاث سنوات",
        "One company won the tender.",
        "Between 10 and 15 companies applied.",
        "600-700 companies applied.",
        "بين 10 و15 شركة",
        "It was the 3rd round of 5G talks.",
        "Article 5 states the rule.",
        "Rates rose 3 percentage points.",
        "ارتفعت الفائدة 3 نقاط مئوية",
        "حصل على خمس الإنتاج",
        // No "number of" before; or a number that is no count of the noun ("the number of firms rose by 40%").
        "Exports of cars reached 150.",
        "The number of firms rose by 40% in 2023.",
        "The number of firms grew, and sales reached 150.",
        "Version 5.1 of the rules.",
        "The rules run to 5.",
    ])
    func notCounts(_ text: String) {
        #expect(NumberReader.counts(in: text).isEmpty)
    }

    @Test func aCountNextToMoneyAndAPercentage() {
        let text = "More than 600 companies invested $5 billion, 80% of the total."
        let found = NumberReader.counts(in: text)
        #expect(found.map(\.value) == [600])
        #expect(found.map(\.span) == [TextSpan(start: 0, end: 23)])
    }
}
