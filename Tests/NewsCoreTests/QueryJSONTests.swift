import Foundation
import NewsIPC
import NewsTestSupport
import Testing

@testable import NewsCore

/// The JSON writer for query answers (NewsIPC) must give exactly JSONEncoder's bytes (sorted keys,
/// unescaped slashes): clients already parse those, and the writer only exists to be faster.
@Suite struct QueryJSONTests {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    func expectSameBytes<T: Encodable & JSONWritable>(_ values: [T], _ what: String) throws {
        var out = JSONOut()
        out.value(values)
        let theirs = try Self.encoder.encode(values)
        if out.bytes != Array(theirs) {
            Issue.record(
                "\(what): the writer's JSON differs from JSONEncoder's:\n\(String(decoding: out.bytes.prefix(600), as: UTF8.self))\n\(String(decoding: theirs.prefix(600), as: UTF8.self))"
            )
        }
    }

    @Test(arguments: [UInt64(3), 8, 13, 21])
    func answersFromRandomLedgersAreByteIdentical(seed: UInt64) throws {
        let p = Projections.replay(RandomEvents.stream(seed: seed, count: 400))
        #expect(!p.agreements().isEmpty && !p.trade().isEmpty && !p.investmentRollups(by: .recipient).isEmpty)
        for full in [false, true] {
            try expectSameBytes(
                p.agreements().map { NewsAPI.AgreementItem($0, full: full) }, "agreements, seed \(seed), full \(full)")
            try expectSameBytes(
                p.trade().map { NewsAPI.TradeItem($0, full: full) }, "trade, seed \(seed), full \(full)")
        }
        try expectSameBytes(p.investmentRollups(by: .investor), "totals by investor, seed \(seed)")
        try expectSameBytes(p.investmentRollups(by: .recipient), "totals by recipient, seed \(seed)")
    }

    @Test func decimalsAreWrittenAsTheirDescription() {
        // The writer's fast path for amounts against Decimal's own text: every sign, scale and
        // size, parsed and built, past 64 bits of significand and at its edge.
        var rng = SeededGenerator(state: 19)
        var values = [
            "0", "0.00", "2.50", "-0.001", "1100000000", "1.1e9", "18446744073709551615", "18446744073709551616",
            "123456789012345678901234567890", "-5", "0.1", "1e-20", "-1.25e3", "1.000", "-0",
        ].map { Decimal(string: $0)! }
        for _ in 0..<20_000 {
            let significand = UInt64.random(in: 0...UInt64.max, using: &rng) >> UInt64.random(in: 0...63, using: &rng)
            let built = Decimal(
                sign: Bool.random(using: &rng) ? .minus : .plus, exponent: Int.random(in: -25...25, using: &rng),
                significand: Decimal(significand))
            values += [built, Decimal(string: built.description)!]
        }
        let wrong = values.filter { $0.plainText != $0.description }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map { "\($0.plainText) for \($0.description)" })")
    }

    @Test func awkwardStringsAndNumbersAreByteIdentical() throws {
        let nasty = [
            "", "plain", "quote \" and backslash \\", "slash / and </script>", "tab\tnew\nline\rfeed\u{0C}back\u{08}",
            "nul \u{00} bell \u{07} esc \u{1B} unit \u{1F} del \u{7F}", "العربية والإمارات", "emoji 🇰🇿 and é (e\u{301})",
            "line sep \u{2028} para \u{2029}", String(repeating: "x", count: 300),
        ]
        let kz = Party.country(CountryCode("KZ")!)
        var rng = SeededGenerator(state: 5)
        for (i, text) in nasty.enumerated() {
            let article = ArticleID("sha256:\(text)")
            let day = CivilDate(days: Int.random(in: -719_162...2_932_896, using: &rng))
            let money: Money? =
                i % 3 == 0
                ? nil
                : i % 3 == 1
                    ? .range(Decimal(string: "1.25")!, 3_000_000_000, .usd)
                    : Money(Decimal(string: "-0.001")!, Currency("AED")!, .about)
            let entry = AgreementEntry(
                id: text, parties: [kz, .company(text), .organization("OPEC")], kind: .mou, title: text, value: money,
                status: .signed,
                brokeredBy: i % 2 == 0 ? .company(text) : nil, sectors: [text, "energy"], date: i % 2 == 1 ? day : nil,
                timeline: [
                    .init(
                        status: .announced, date: day, fact: FactID(text),
                        sequence: UInt64.random(in: 0...UInt64.max, using: &rng))
                ],
                evidence: [Evidence(article: article, sentence: text, start: -5, end: Int.max)], evidenceCount: 1,
                facts: [FactID(text)])
            try expectSameBytes(
                [NewsAPI.AgreementItem(entry, full: true), NewsAPI.AgreementItem(entry, full: false)], "agreement \(i)")
            let report = TradeReport(
                fact: FactID(text), value: money,
                share: i % 2 == 0
                    ? Share(percent: Decimal(string: "12.5")!, qualifier: .about, of: i % 4 == 0 ? text : nil) : nil,
                change: i % 2 == 1
                    ? Change(text: text, factor: i % 3 == 0 ? 2 : nil, percent: Decimal(string: "-3.75")) : nil,
                article: i % 3 == 0 ? article : nil, source: i % 2 == 0 ? text : nil, reported: day,
                sequence: UInt64(i))
            let trade = TradeEntry(
                key: text, parties: [kz, .company(text)], direction: .exports, period: i % 2 == 0 ? text : nil,
                commodity: i % 3 == 0 ? text : nil,
                reports: [report, report], latest: i % 2 == 0 ? report : nil, spread: money)
            try expectSameBytes(
                [NewsAPI.TradeItem(trade, full: true), NewsAPI.TradeItem(trade, full: false)], "trade \(i)")
            let rollup = InvestmentRollup(
                party: .company(text), stockTotals: money.map { [$0] } ?? [], dealTotals: [Money(7, .usd)], entries: i)
            try expectSameBytes([rollup], "rollup \(i)")
        }
    }
}
