import ArgumentParser
import NewsCore
import NewsIPC

/// How a list command pages: how many entries to show at most, and how many a call asks for.
struct ListOptions: ParsableArguments {
    @Option(help: "Show at most this many entries (default: all of them, fetched a page at a time).") var limit: Int?
    @Option(name: .customLong("page-size"), help: "Entries asked for in one call (1 to 10,000).") var pageSize = 1000

    var paging: ListPaging { ListPaging(limit: limit, pageSize: pageSize) }

    mutating func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        guard (1...NewsAPI.pageLimits.maximum).contains(pageSize) else {
            throw ValidationError("--page-size must be from 1 to \(NewsAPI.pageLimits.maximum)")
        }
    }
}

/// Whether a list's entries come in full.
struct EvidenceOption: ParsableArguments {
    @Flag(help: "Each entry in full: its evidence sentences, reports or timeline (with --json, every field).")
    var evidence = false
}

/// What a list asks for: at most `limit` entries (all if nil), `pageSize` a call.
struct ListPaging {
    var limit: Int?
    var pageSize = 1000
}

/// A list query: it pages with `limit` and `after`, and answers as of a point.
protocol PagedQuery: Encodable {
    var limit: Int? { get set }
    var after: String? { get set }
    var asOfSeq: UInt64? { get set }
    var asOfDate: String? { get set }
}

/// A page of a list answer.
protocol PagedReply: Decodable {
    associatedtype Item
    var asOf: UInt64 { get }
    var items: [Item] { get }
    var next: String? { get }
    var total: Int { get }
}

extension NewsAPI.AgreementsQuery: PagedQuery {}
extension NewsAPI.TradeQuery: PagedQuery {}
extension NewsAPI.InvestmentsQuery: PagedQuery {}
extension NewsAPI.ArticlesQuery: PagedQuery {}
extension NewsAPI.AgreementsReply: PagedReply { var items: [NewsAPI.AgreementItem] { agreements } }
extension NewsAPI.TradeReply: PagedReply { var items: [NewsAPI.TradeItem] { trade } }
extension NewsAPI.InvestmentsReply: PagedReply { var items: [NewsAPI.InvestmentItem] { investments } }
extension NewsAPI.ArticlesReply: PagedReply { var items: [ArticleInfo] { articles } }

/// Every entry of a list, or the first `limit`, and the point they are as of.
struct Listing<Item> {
    var asOf: UInt64
    var items: [Item]
    /// How many entries the whole list has.
    var total: Int
}

extension ConnectionOptions {
    /// Asks for the pages of a list one after another, on one connection. Every page after the first is asked as
    /// of the sequence number the first was answered at, so that the pages make one picture
    /// even when the ledger moves meanwhile.
    func list<Q: PagedQuery, R: PagedReply>(
        _ method: NewsMethod, _ query: Q, _ options: ListPaging, returning: R.Type
    ) throws -> Listing<R.Item> {
        let client = try connect()
        var query = query
        var items: [R.Item] = []
        var asOf: UInt64?
        var total = 0
        while true {
            query.limit = min(options.pageSize, (options.limit ?? .max) - items.count)
            let page: R
            do { page = try client.call(method, query, returning: R.self) } catch { throw Failure(error) }
            items += page.items
            total = page.total
            if asOf == nil {
                asOf = page.asOf
                (query.asOfSeq, query.asOfDate) = (page.asOf, nil)
            }
            guard let next = page.next, items.count < options.limit ?? .max else { break }
            query.after = next
        }
        return Listing(asOf: asOf ?? 0, items: items, total: total)
    }
}

extension Listing {
    /// The line under a table: how many entries, of how many, as of when.
    func footer(_ noun: String) -> String {
        (items.count < total ? "\(items.count) of \(total) \(noun)" : "\(total) \(noun)") + " as of seq \(asOf)"
    }
}
