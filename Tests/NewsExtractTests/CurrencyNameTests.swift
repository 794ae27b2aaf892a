import NewsCore
import NewsExtract
import Testing

private typealias S = NumbersTestSupport

/// Currencies named in words beyond the dollar, the euro and the Gulf's: each is read in its own
/// currency, never converted. A name several countries share counts only with one of them in
/// the article. Every text here is written for these tests.
@Suite struct CurrencyNameTests: ReadsArticles {
    @Test(arguments: [
        ("a 2.5 trillion rupiah fund", S.money("2500000000000", "IDR")),
        ("500 million baht", S.money("500000000", "THB")),
        ("12 trillion dong", S.money("12000000000000", "VND")),
        ("3 billion birr", S.money("3000000000", "ETB")),
        ("1.4 billion cedis", S.money("1400000000", "GHS")),
        ("20 billion kronor", S.money("20000000000", "SEK")),
        ("بقيمة 50 مليار راند", S.money("50000000000", "ZAR")),
        ("نحو 10 مليارات وون", S.money("10000000000", "KRW", .about)),
        // The euro as the Maghreb writes it.
        ("a deal worth RM33.9 billion", S.money("33900000000", "MYR")),
        ("قرض بمبلغ 80 مليون أورو", S.money("80000000", "EUR")),
        ("قرض بمبلغ 50 مليون اورو", S.money("50000000", "EUR")),
        // A code with a dot between it and the number, as Saudi papers write the riyal.
        ("a loan of SR.45 million", S.money("45000000", "SAR")),
    ])
    func aNameOfOneCurrencyIsReadAnywhere(_ text: String, _ money: Money) {
        #expect(NumberReader.amounts(in: text).map(\.money) == [money], "\(text)")
    }

    @Test func aSharedNameIsTheCurrencyOfTheArticlesCountry() throws {
        let found = agreements(
            extract("Kenya and China\n\nKenya secured a 40 billion shilling loan from China to extend the railway.\n"))
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.value == S.money("40000000000", "KES"), "\(found)")
        // With no country of the name in the article, "shillings" name no currency, and no
        // amount is made up.
        #expect(NumberReader.amounts(in: "40 billion shillings").isEmpty)
    }
}
