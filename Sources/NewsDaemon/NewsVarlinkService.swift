import Foundation
import Logging
import NewsCore
import NewsIPC
import NewsLog
import Synchronization

/// newsd's Varlink methods: queries, writes (for root and the writer group) and the log.
public final class NewsVarlinkService: VarlinkService {
    public let ledger: Ledger
    public let interfaces = NewsInterfaces.all
    public let serverErrors = NewsErrorName.server
    public let info: VarlinkInfo
    private let access: Access
    private let started: String
    /// Counts open connections, for Status; set once the server exists.
    let connections: @Sendable () -> Int

    /// Who may write, changed by a reload.
    final class Access: Sendable {
        private let group = Mutex<UInt32?>(nil)
        func set(_ gid: UInt32?) { group.withLock { $0 = gid } }
        func allows(_ peer: PeerCredentials) -> Bool { peer.isMember(of: group.withLock { $0 }) }
    }

    /// The state directory, for Verify.
    let stateDirectory: String

    init(
        ledger: Ledger, stateDirectory: String, version: String, writerGroup: UInt32?,
        connections: @escaping @Sendable () -> Int
    ) {
        self.ledger = ledger
        self.stateDirectory = stateDirectory
        info = VarlinkInfo(vendor: "newsd", product: "newsd", version: version, url: "https://example.org/newsd")
        access = Access()
        access.set(writerGroup)
        started = CivilDate.timestamp(ofMicros: EventLog.systemClock())
        self.connections = connections
    }

    func setWriterGroup(_ gid: UInt32?) { access.set(gid) }

    public func handle(_ request: VarlinkRequest, context: VarlinkCallContext) async throws {
        guard let method = NewsMethod.named(request.interface, request.methodName) else {
            // The server sends only calls of served interfaces' declared methods here.
            throw VarlinkError.methodNotFound(request.method)
        }
        do {
            switch method.interface {
            case .query: try await query(method, request, context)
            case .ingest:
                guard access.allows(context.peer) else {
                    throw NewsErrorName.permissionDenied(["uid": .integer(Int64(context.peer.uid))])
                }
                try await write(method, request, context)
            case .log: try await logMethod(method, request, context)
            case .server: throw VarlinkError.methodNotFound(request.method)
            }
        } catch let error as LedgerError {
            throw Self.varlinkError(error, interface: method.interface)
        }
    }

    static func varlinkError(_ error: LedgerError, interface: NewsInterface) -> VarlinkError {
        let name: NewsErrorName =
            switch error.code {
            case .notFound: .notFound(interface)
            case .invalidFact: .invalidFact
            case .invalidQuery: interface == .query ? .invalidQuery : .invalidFact
            case .articleTooLarge: .articleTooLarge
            case .diskFull: .diskFull
            case .unavailable: .unavailable
            case .permissionDenied: .permissionDenied
            }
        var parameters: [String: VarlinkValue] = [:]
        for (k, v) in error.details { parameters[k] = Int64(v).map { .integer($0) } ?? .string(v) }
        if error.code == .invalidQuery && interface != .query { parameters = ["reason": .string(error.message)] }
        return name(parameters)
    }

    // MARK: - Query

    private func asOf(_ seq: UInt64?, _ date: String?) throws -> AsOf? {
        if seq != nil && date != nil {
            throw LedgerError.invalidQuery("as_of_date", "give as_of_seq or as_of_date, not both")
        }
        if let seq { return .sequence(seq) }
        return try self.date(date, "as_of_date").map(AsOf.endOfDay)
    }

    /// A `YYYY-MM-DD` parameter; any other text is refused, naming the parameter.
    private func date(_ text: String?, _ parameter: String) throws -> CivilDate? {
        guard let text else { return nil }
        guard let date = CivilDate(text) else {
            throw LedgerError.invalidQuery(parameter, "\"\(text)\" is not a YYYY-MM-DD date")
        }
        return date
    }

    private func party(_ text: String, _ parameter: String) throws -> Party {
        do { return try Party(parsing: text) } catch { throw LedgerError.invalidQuery(parameter, error.description) }
    }

    private func range(_ r: NewsAPI.Range?) throws -> ValueRange? {
        guard let r else { return nil }
        guard let currency = Currency(r.currency ?? "USD") else {
            throw LedgerError.invalidQuery("value.currency", "not a currency code")
        }
        func amount(_ text: String?, _ name: String) throws -> Decimal? {
            guard let text else { return nil }
            guard let value = AmountText.parse(text) else {
                throw LedgerError.invalidQuery("value.\(name)", "\"\(text)\" is not an amount")
            }
            return value
        }
        return ValueRange(currency: currency, minimum: try amount(r.min, "min"), maximum: try amount(r.max, "max"))
    }

    private func dates(_ from: String?, _ to: String?) throws -> DateRange? {
        let range = DateRange(from: try date(from, "from"), to: try date(to, "to"))
        return range.from == nil && range.to == nil ? nil : range
    }

    /// One page of a list as of the point asked for, and the cursor of the page after it.
    private func page<Entry: Paged>(
        _ list: NewsMethod, _ after: String?, _ limit: Int?, _ asOfSeq: UInt64?, _ asOfDate: String?,
        _ entries: (Projections) -> [Entry]
    ) async throws -> (projections: Projections, page: Page<Entry>, cursor: String?) {
        try await page(list, after, limit, asOfSeq, asOfDate) { p, key, limit in
            entries(p).page(after: key, limit: limit)
        }
    }

    /// The same, for a list that can take a page itself without building the whole list.
    private func page<Entry: Paged>(
        _ list: NewsMethod, _ after: String?, _ limit: Int?, _ asOfSeq: UInt64?, _ asOfDate: String?,
        pageOf: (Projections, PageKey?, Int) -> Page<Entry>
    ) async throws -> (projections: Projections, page: Page<Entry>, cursor: String?) {
        let limits = NewsAPI.pageLimits
        let limit = limit ?? limits.default
        guard limit >= 1, limit <= limits.maximum else {
            throw LedgerError.invalidQuery("limit", "from 1 to \(limits.maximum)")
        }
        var key: PageKey?
        if let after {
            guard let decoded = NewsAPI.PageCursor.decode(after, list: list) else {
                throw LedgerError.invalidQuery("after", "the next of an earlier \(list.name) page")
            }
            key = decoded
        }
        let p = try await ledger.projections(asOf: asOf(asOfSeq, asOfDate))
        let page = pageOf(p, key, limit)
        return (p, page, page.next.map { NewsAPI.PageCursor.encode($0, list: list) })
    }

    /// Reads what the projections leave in the log (evidence, history); a log that cannot give
    /// it back is damaged.
    private func fromLog<T>(_ body: (LogReader) throws -> T) throws -> T {
        do { return try body(ledger.log.reader()) } catch {
            throw NewsErrorName.damaged(.query)(["reason": .string("\(error)")])
        }
    }

    private func enumValue<T: RawRepresentable<String> & CaseIterable>(_ text: String?, _ parameter: String) throws
        -> T?
    {
        guard let text else { return nil }
        guard let value = T(rawValue: text) else {
            throw LedgerError.invalidQuery(parameter, "one of " + T.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return value
    }

    private func query(_ method: NewsMethod, _ request: VarlinkRequest, _ context: VarlinkCallContext) async throws {
        switch method {
        case .status:
            let p = await ledger.current
            let n = p.counts
            try await context.reply(
                NewsAPI.Status(
                    version: info.version, sequence: p.lastSequence, chainHash: ledger.log.chainHash.hex,
                    articles: n.articles,
                    facts: n.facts, agreements: n.agreements, trade: n.trade, investments: n.investments,
                    connections: connections(), started: started))
        case .agreements:
            let q = try request.parameters(NewsAPI.AgreementsQuery.self)
            var f = AgreementFilter()
            f.parties = try (q.parties ?? []).map { try party($0, "parties") }
            f.kind = try enumValue(q.kind, "kind")
            f.status = try enumValue(q.status, "status")
            f.value = try range(q.value)
            f.dates = try dates(q.from, q.to)
            let (p, page, cursor) = try await page(.agreements, q.after, q.limit, q.asOfSeq, q.asOfDate) {
                $0.agreementsPage(f, after: $1, limit: $2)
            }
            let full = q.evidence ?? false
            let entries =
                full ? try fromLog { try p.withEvidence(page.entries, events: $0) } : page.entries
            try await context.reply(
                NewsAPI.AgreementsReply(
                    asOf: p.lastSequence, agreements: entries.map { NewsAPI.AgreementItem($0, full: full) },
                    next: cursor, total: page.total))
        case .trade:
            let q = try request.parameters(NewsAPI.TradeQuery.self)
            var f = TradeFilter()
            f.parties = try (q.parties ?? []).map { try party($0, "parties") }
            f.direction = try enumValue(q.direction, "direction")
            f.period = q.period
            f.commodity = q.commodity
            f.value = try range(q.value)
            f.dates = try dates(q.from, q.to)
            // The lean list reads no figure's reports but its latest (`tradeSummaries`).
            func reply<Entry: Paged>(
                _ entries: (Projections) -> [Entry], _ item: (Entry) -> NewsAPI.TradeItem
            ) async throws {
                let (p, page, cursor) = try await page(.trade, q.after, q.limit, q.asOfSeq, q.asOfDate, entries)
                try await context.reply(
                    NewsAPI.TradeReply(
                        asOf: p.lastSequence, trade: page.entries.map(item), next: cursor, total: page.total))
            }
            if q.evidence ?? false {
                try await reply({ $0.trade(f) }, { NewsAPI.TradeItem($0, full: true) })
            } else {
                try await reply({ $0.tradeSummaries(f) }, NewsAPI.TradeItem.init)
            }
        case .investments:
            let q = try request.parameters(NewsAPI.InvestmentsQuery.self)
            let filter = try investmentFilter(q.investor, q.recipient, q.party, q.value)
            let (p, page, cursor) = try await page(.investments, q.after, q.limit, q.asOfSeq, q.asOfDate) {
                $0.investments(filter)
            }
            try await context.reply(
                NewsAPI.InvestmentsReply(
                    asOf: p.lastSequence,
                    investments: page.entries.map { NewsAPI.InvestmentItem($0, full: q.evidence ?? false) },
                    next: cursor, total: page.total))
        case .totals:
            let q = try request.parameters(NewsAPI.TotalsQuery.self)
            let side: Projections.RollupSide
            switch q.by {
            case "investor": side = .investor
            case "recipient": side = .recipient
            default: throw LedgerError.invalidQuery("by", "one of investor, recipient")
            }
            let p = try await ledger.projections(asOf: asOf(q.asOfSeq, q.asOfDate))
            try await context.reply(
                NewsAPI.TotalsReply(
                    asOf: p.lastSequence,
                    totals: p.investmentRollups(by: side, investmentFilter(q.investor, q.recipient, q.party, nil))))
        case .fact:
            let q = try request.parameters(NewsAPI.FactQuery.self)
            let p = try await ledger.projections(asOf: asOf(q.asOfSeq, q.asOfDate))
            let (record, agreement) = try fromLog { r in
                (
                    try p.fact(FactID(q.id), events: r),
                    try p.agreement(containing: FactID(q.id)).map { try p.withEvidence($0, events: r) }
                )
            }
            guard let record else { throw LedgerError.notFound("fact", q.id) }
            try await context.reply(
                NewsAPI.FactReply(
                    asOf: p.lastSequence, fact: record,
                    agreement: agreement.map { NewsAPI.AgreementItem($0, full: true) }))
        case .articles:
            let q = try request.parameters(NewsAPI.ArticlesQuery.self)
            let (p, page, cursor) = try await page(.articles, q.after, q.limit, q.asOfSeq, q.asOfDate) {
                $0.allArticles
            }
            try await context.reply(
                NewsAPI.ArticlesReply(asOf: p.lastSequence, articles: page.entries, next: cursor, total: page.total))
        default:
            throw VarlinkError.methodNotFound(request.method)
        }
    }

    private func investmentFilter(_ investor: String?, _ recipient: String?, _ either: String?, _ value: NewsAPI.Range?)
        throws -> InvestmentFilter
    {
        var f = InvestmentFilter()
        f.investor = try investor.map { try party($0, "investor") }
        f.recipient = try recipient.map { try party($0, "recipient") }
        f.party = try either.map { try party($0, "party") }
        f.value = try range(value)
        return f
    }

    // MARK: - Ingest

    private func write(_ method: NewsMethod, _ request: VarlinkRequest, _ context: VarlinkCallContext) async throws {
        let actor = context.peer.actor
        switch method {
        case .ingest:
            let call = try request.parameters(NewsAPI.IngestCall.self)
            let done = try await ledger.ingest(
                text: call.text, url: call.url, source: call.source, published: try date(call.published, "published"),
                actor: actor)
            try await context.reply(
                NewsAPI.IngestReply(
                    article: done.article.rawValue, sequence: done.sequence, duplicate: done.duplicate,
                    language: done.language.rawValue,
                    facts: done.facts, extractor: done.extractor))
        case .record:
            let call = try request.parameters(NewsAPI.RecordCall.self)
            let done = try await ledger.record(call.fact, note: call.note, clientID: call.clientID, actor: actor)
            try await context.reply(
                NewsAPI.RecordReply(fact: done.fact.rawValue, sequence: done.sequence, duplicate: done.duplicate))
        case .correct:
            let call = try request.parameters(NewsAPI.CorrectCall.self)
            let sequence = try await ledger.correct(
                FactID(call.fact), with: call.replacement, reason: call.reason, actor: actor)
            try await context.reply(NewsAPI.FactWritten(fact: call.fact, sequence: sequence))
        case .retract:
            let call = try request.parameters(NewsAPI.RetractCall.self)
            let sequence = try await ledger.retract(FactID(call.fact), reason: call.reason, actor: actor)
            try await context.reply(NewsAPI.FactWritten(fact: call.fact, sequence: sequence))
        case .retractArticle:
            let call = try request.parameters(NewsAPI.RetractArticleCall.self)
            let sequence = try await ledger.retract(article: ArticleID(call.article), reason: call.reason, actor: actor)
            try await context.reply(NewsAPI.ArticleWritten(article: call.article, sequence: sequence))
        case .reextract:
            let call = try request.parameters(NewsAPI.ReextractCall.self)
            let done = try await ledger.reextract(
                article: call.article.map { ArticleID($0) }, force: call.force ?? false, actor: actor)
            try await context.reply(
                NewsAPI.ReextractReply(articles: done.articles, superseded: done.superseded, extracted: done.extracted))
        default: throw VarlinkError.methodNotFound(request.method)
        }
    }

    // MARK: - Log

    private func logMethod(_ method: NewsMethod, _ request: VarlinkRequest, _ context: VarlinkCallContext) async throws
    {
        switch method {
        case .head:
            let reader = ledger.log.reader()
            try await context.reply(
                NewsAPI.LogHead(
                    sequence: reader.lastSequence, chainHash: reader.chainHash.hex, segments: reader.segmentNames.count
                ))
        case .root:
            try await context.reply(NewsAPI.TreeHeadReply(LogProofs.head(ledger.log)))
        case .prove:
            let q = try request.parameters(NewsAPI.ProveCall.self)
            let proof = try await prove("seq") { try LogProofs.inclusion($0, seq: q.seq, treeSize: q.treeSize) }
            try await context.reply(NewsAPI.InclusionReply(proof))
        case .consistency:
            let q = try request.parameters(NewsAPI.ConsistencyCall.self)
            let proof = try await prove("first") { try LogProofs.consistency($0, first: q.first, second: q.second) }
            try await context.reply(NewsAPI.ConsistencyReply(proof))
        case .checkpoint:
            guard let checkpoint = CheckpointStore(stateDirectory: stateDirectory).latest() else {
                throw NewsErrorName.notFound(.log)(["what": .string("checkpoint"), "id": .string("latest")])
            }
            try await context.reply(checkpoint)
        case .verify:
            let directory = stateDirectory
            let outcome = try await Task.detached { try StateVerifier.check(stateDirectory: directory) }.value
            try await context.reply(NewsAPI.VerifyReply(outcome))
        case .events:
            let q = try request.parameters(NewsAPI.EventsCall.self)
            guard request.more else { throw VarlinkError.expectedMore() }
            try await streamEvents(
                from: max(q.from ?? 1, 1), count: q.count, follow: q.follow ?? false, context: context)
        default:
            throw VarlinkError.methodNotFound(request.method)
        }
    }

    /// A proof from the log's Merkle tree, made in a detached task; a proof that cannot be given
    /// is `OutOfRange`, naming the `parameter` and the reason.
    private func prove<P: Sendable>(_ parameter: String, _ make: @escaping @Sendable (EventLog) throws -> P)
        async throws -> P
    {
        let log = ledger.log
        do {
            return try await Task.detached { try make(log) }.value
        } catch let refusal as LogProofs.Refusal {
            throw NewsErrorName.outOfRange([
                "parameter": .string(parameter), "reason": .string(refusal.description),
            ])
        }
    }

    /// Streams events in batches read off the log, then ends with a reply without an event;
    /// with `follow`, keeps polling for new events until the client goes away.
    private func streamEvents(from first: UInt64, count: UInt64?, follow: Bool, context: VarlinkCallContext)
        async throws
    {
        var next = first
        var sent: UInt64 = 0
        let limit = count ?? .max
        while sent < limit {
            let batch = try ledger.log.reader().records(from: next, limit: Int(min(limit - sent, 512)))
            if batch.isEmpty {
                guard follow, context.isOpen else { break }
                try await Task.sleep(for: .milliseconds(100))
                continue
            }
            for record in batch {
                let envelope: EventEnvelope
                do { envelope = try record.envelope() } catch {
                    throw NewsErrorName.damaged(.log)(["reason": .string("\(error)")])
                }
                try await context.stream(NewsAPI.EventReply(event: envelope))
                sent += 1
                next = record.sequence + 1
            }
        }
        try await context.reply(NewsAPI.EventReply(event: nil))
    }
}
