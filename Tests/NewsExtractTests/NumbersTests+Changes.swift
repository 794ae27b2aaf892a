import Foundation
import NewsCore
import NewsExtract
import Testing

private typealias S = NumbersTestSupport

/// One sentence with one change in it.
struct ChangeCase: CustomTestStringConvertible, Sendable {
    var text: String
    var words: String
    var factor: Decimal?
    var percent: Decimal?
    var covers: String
    init(_ text: String, _ words: String, factor: String? = nil, percent: String? = nil, covers: String? = nil) {
        self.text = text
        self.words = words
        self.factor = factor.map(NumbersTestSupport.dec)
        self.percent = percent.map(NumbersTestSupport.dec)
        self.covers = covers ?? words
    }
    var testDescription: String { text }
}

@Suite("NumberReader: changes")
struct NumbersChangeTests {
    static let cases: [ChangeCase] = [
        .init("Trade doubled last year.", "doubled", factor: "2"),
        .init("Trade has doubled since 2020.", "doubled", factor: "2"),
        .init("Trade nearly doubled to five billion dollars.", "nearly doubled", factor: "2"),
        .init("Trade has almost doubled.", "almost doubled", factor: "2"),
        .init("Trade more than doubled.", "more than doubled", factor: "2"),
        .init("Exports tripled.", "tripled", factor: "3"),
        .init("Exports trebled.", "trebled", factor: "3"),
        .init("Exports quadrupled.", "quadrupled", factor: "4"),
        .init("Imports halved.", "halved", factor: "0.5"),
        .init("Exports grew threefold.", "grew threefold", factor: "3"),
        .init("It posted a twofold increase.", "twofold increase", factor: "2"),
        .init("تضاعف حجم التجارة", "تضاعف", factor: "2"),
        .init("تضاعفت الصادرات", "تضاعفت", factor: "2"),
        .init("وتضاعف التبادل التجاري", "تضاعف", factor: "2"),
        .init("تضاعف تقريبا حجم التجارة", "تضاعف تقريبا", factor: "2"),
        .init("تضاعفت تقريبا الصادرات", "تضاعفت تقريبا", factor: "2"),
        .init(
            "وتضاعف حجم المبادلات بين البلدين تقريباً لتبلغ خمسة مليارات دولار", "تضاعف تقريباً", factor: "2",
            covers: "تضاعف حجم المبادلات بين البلدين تقريباً"),
        .init("تضاعف حجم التجارة ثلاث مرات", "تضاعف ثلاث مرات", factor: "3", covers: "تضاعف حجم التجارة ثلاث مرات"),
        .init("تضاعف الإنتاج 3 مرات تقريبا", "تضاعف 3 مرات تقريبا", factor: "3", covers: "تضاعف الإنتاج 3 مرات تقريبا"),
        .init("تضاعف ثلاث مرات", "تضاعف ثلاث مرات", factor: "3"),
        .init("ارتفع إلى الضعف", "ارتفع إلى الضعف", factor: "2"),
        .init("ارتفعت الصادرات إلى الضعف", "ارتفعت إلى الضعف", factor: "2", covers: "ارتفعت الصادرات إلى الضعف"),
        .init(
            "ارتفع الإنتاج إلى ثلاثة أضعاف", "ارتفع إلى ثلاثة أضعاف", factor: "3",
            covers: "ارتفع الإنتاج إلى ثلاثة أضعاف"),
        .init("انخفض العجز إلى النصف", "انخفض إلى النصف", factor: "0.5", covers: "انخفض العجز إلى النصف"),
        .init("Exports rose 10% last year.", "rose 10%", percent: "10"),
        .init("Exports increased by 10% last year.", "increased by 10%", percent: "10"),
        .init("Exports grew 10 percent last year.", "grew 10 percent", percent: "10"),
        .init("Exports rose by about 10% last year.", "rose by about 10%", percent: "10"),
        .init("Exports were up 10% last year.", "up 10%", percent: "10"),
        .init("Imports fell 5% last year.", "fell 5%", percent: "-5"),
        .init("Imports declined by 5% last year.", "declined by 5%", percent: "-5"),
        .init("Imports dropped sharply by 5%.", "dropped sharply by 5%", percent: "-5"),
        .init("It reported a 10% increase in trade.", "10% increase", percent: "10"),
        .init("It reported a 5 percent decline in trade.", "5 percent decline", percent: "-5"),
        .init("It reported growth of 3% in trade.", "growth of 3%", percent: "3"),
        .init("It reported a rise of 10 percent in trade.", "rise of 10 percent", percent: "10"),
        .init("It reported a decline of 2.5% in trade.", "decline of 2.5%", percent: "-2.5"),
        .init("Trade rose by a third.", "rose by a third", percent: "33.33"),
        .init("Trade fell by half.", "fell by half", percent: "-50"),
        .init("ارتفع بنسبة 10%", "ارتفع بنسبة 10%", percent: "10"),
        .init("ارتفع حجم التجارة بنسبة 10%", "ارتفع بنسبة 10%", percent: "10", covers: "ارتفع حجم التجارة بنسبة 10%"),
        .init("انخفض بنسبة 5%", "انخفض بنسبة 5%", percent: "-5"),
        .init("انخفضت الواردات بنسبة ٥٪", "انخفضت بنسبة ٥٪", percent: "-5", covers: "انخفضت الواردات بنسبة ٥٪"),
        .init("زاد بنسبة 10 بالمئة", "زاد بنسبة 10 بالمئة", percent: "10"),
        .init("وارتفعت الصادرات بنحو 10%", "ارتفعت بنحو 10%", percent: "10", covers: "ارتفعت الصادرات بنحو 10%"),
        .init("سجل ارتفاعا بنسبة 4%", "ارتفاعا بنسبة 4%", percent: "4"),
        .init(
            "نمت التجارة بمعدل 10 في المئة سنويا", "نمت بمعدل 10 في المئة", percent: "10",
            covers: "نمت التجارة بمعدل 10 في المئة"),
        .init("Foreign investment fell to $1.3 trillion, down 12% from a year earlier.", "down 12%", percent: "-12"),
        .init("تراجع الاستثمار بنسبة ٣٫٥٪", "تراجع بنسبة ٣٫٥٪", percent: "-3.5", covers: "تراجع الاستثمار بنسبة ٣٫٥٪"),
    ]

    @Test(arguments: cases)
    func reads(_ c: ChangeCase) {
        let found = NumberReader.changes(in: c.text)
        #expect(found.map(\.text) == [c.words])
        #expect(found.map(\.factor) == [c.factor])
        #expect(found.map(\.percent) == [c.percent])
        #expect(found.map { S.slice(c.text, $0.span) } == [c.covers])
    }

    @Test(arguments: [
        "Exports rose to 10% of output.",
        "ارتفعت الصادرات إلى 10%",
        "تستحوذ على ما يزيد على 10% من السوق",
        "The government aims to double trade.",
        "a double taxation treaty",
        "Exports rose sharply last year.",
        "Prices went up to 10% higher.",
        "زيادة عدد الشركات التي تملك 80% من السوق",
        "Defence took up 10% of the budget.",
    ])
    func notChanges(_ text: String) {
        #expect(NumberReader.changes(in: text).isEmpty)
    }

    @Test func twoChangesInOneSentence() {
        let found = NumberReader.changes(in: "Exports rose 10% while imports fell by 5%.")
        #expect(found.map(\.percent) == [S.dec("10"), S.dec("-5")])
        #expect(found.map(\.text) == ["rose 10%", "fell by 5%"])
    }
}
