import ArgumentParser
import Foundation
import NewsCore
import NewsExtract
import NewsLog

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract facts from an article offline (no daemon), as newsd would on ingest.",
        discussion:
            "With --json, prints {\"agreements\":[…],\"trade\":[…],\"investments\":[…]} in the shape of the gold files, with evidence and confidence."
    )
    @Argument(help: "An article file, or - for standard input.") var path: String
    @Flag(help: "Print JSON in the shape of the gold files.") var json = false
    @Option(help: "The article's publication date (YYYY-MM-DD): the date of agreements whose text gives none.")
    var published: String?
    @Option(help: "The largest article read, in bytes (newsd's max_article_bytes).") var maxBytes = 8 << 20

    func run() throws {
        try guarded {
            let data = try ArticleInput.read(path, limit: maxBytes)
            guard let text = String(data: data, encoding: .utf8) else {
                throw Failure("\(path) is not UTF-8 text", code: 2)
            }
            if let problem = ArticleCheck.problem(text, limit: maxBytes) {
                throw Failure("\(path): \(problem)", code: 2)
            }
            let published = try parseDate(published, "--published")
            let article = ArticleID.of(text: text)
            let report = ExtractionReport(Extractor().extract(text, article: article, published: published))
            if json { return print(report.json()) }
            var table = TextTable(headers: ["KIND", "PARTIES", "VALUE", "DETAIL", "CONFIDENCE", "EVIDENCE"])
            for a in report.agreements {
                let detail = "\(a.title) (\(a.kind), \(a.status)\(a.date.map { ", \($0)" } ?? ""))"
                table.rows.append([
                    "agreement", a.parties.joined(separator: ","), Self.value(a.value), detail, "\(a.confidence)",
                    Self.sentences(a.evidence.count),
                ])
            }
            for t in report.trade {
                table.rows.append([
                    "trade", t.parties.joined(separator: ","), Self.value(t.value),
                    [t.commodity, Self.share(t.sharePercent, of: t.shareOf), t.change].compactMap { $0 }.joined(
                        separator: ", "), "\(t.confidence)", Self.sentences(t.evidence.count),
                ])
            }
            for i in report.investments {
                table.rows.append([
                    "investment", "\(i.investor.value ?? i.investorGroup ?? "?")→\(i.recipient)", Self.value(i.value),
                    [
                        i.cumulative ? "stock" : "flow", Self.share(i.sharePercent, of: i.shareOf),
                        i.companyCount.map { "\($0) companies" }, i.rank.map { "rank \($0)" },
                    ].compactMap { $0 }.joined(separator: ", "), "\(i.confidence)", Self.sentences(i.evidence.count),
                ])
            }
            print(table.render())
            print("language \(report.lang), extractor \(report.extractor)")
        }
    }

    /// "15% of Egypt's total trade", or nil without a share.
    static func share(_ percent: Decimal?, of base: String?) -> String? {
        percent.map { "\($0)%" + (base.map { " of \($0)" } ?? "") }
    }

    static func sentences(_ n: Int) -> String { n == 1 ? "1 sentence" : "\(n) sentences" }

    static func value(_ v: ExtractionReport.AmountItem?) -> String {
        guard let v, let amount = Decimal(exactly: v.amount), let currency = Currency(v.currency),
            let q = Money.Qualifier(rawValue: v.qualifier)
        else { return "-" }
        var money = Money(amount, currency, q)
        money.upper = v.upper.flatMap { Decimal(exactly: $0) }
        return Show.money(money)
    }
}
