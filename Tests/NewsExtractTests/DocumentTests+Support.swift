import NewsCore
import NewsExtract

/// What the suites that read whole articles share: one extractor call and the facts by kind.
protocol ReadsArticles {}

extension ReadsArticles {
    var article: ArticleID { ArticleID("sha256:document-test") }

    func extract(_ text: String, published: CivilDate? = nil) -> Extraction {
        Extractor().extract(text, article: article, published: published)
    }
    func code(_ c: String) -> Party { .country(CountryCode(c)!) }
    func agreements(_ e: Extraction) -> [Agreement] {
        e.facts.compactMap { if case .agreement(let a) = $0.fact { a } else { nil } }
    }
    func investments(_ e: Extraction) -> [InvestmentFigure] {
        e.facts.compactMap { if case .investment(let i) = $0.fact { i } else { nil } }
    }
    /// An investment as "investor->recipient:amount", "-" for a party that is no country.
    func flow(_ f: InvestmentFigure) -> String {
        "\(f.investor.country?.rawValue ?? "-")->\(f.recipient.country?.rawValue ?? "-"):\(f.value?.amount ?? 0)"
    }
    func trade(_ e: Extraction) -> [TradeFigure] {
        e.facts.compactMap { if case .trade(let t) = $0.fact { t } else { nil } }
    }
}
