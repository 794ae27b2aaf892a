import Foundation
import NewsCore
import NewsExtract
import NewsLog

/// What became of an article given to `Ledger.ingest`.
public struct Ingested: Sendable, Hashable {
    public var article: ArticleID
    /// The sequence number of its `ArticleIngested` event (the earlier one, for a duplicate).
    public var sequence: UInt64
    public var duplicate: Bool
    public var language: Language
    /// How many facts were read in it (for a duplicate, how many it has).
    public var facts: Int
    /// The extractor that read it, when this call did.
    public var extractor: String?
}

/// A fact recorded by hand: its id, and the sequence number of the event (the earlier one, for a duplicate).
public struct Recorded: Sendable, Hashable {
    public var fact: FactID
    public var sequence: UInt64
    public var duplicate: Bool
}

/// What a re-extraction did: articles read again, old facts superseded, new facts extracted.
public struct Reextracted: Sendable, Hashable {
    public var articles = 0
    public var superseded = 0
    public var extracted = 0
}

/// The ledger's commands, in domain terms.
extension Ledger {
    /// Stores an article and the facts extracted from it, in one append; the same text again is a duplicate.
    ///
    /// Extraction runs before the append, off the actor.
    public nonisolated func ingest(
        text: String, url: String? = nil, source: String? = nil, published: CivilDate? = nil, actor: String
    ) async throws -> Ingested {
        let limit = await settings.maximumArticleBytes
        switch ArticleCheck.problem(text, limit: limit) {
        case .tooLarge(let size, let limit)?:
            throw LedgerError(
                .articleTooLarge, "the article is \(size) bytes, over the limit of \(limit)",
                ["size": "\(size)", "limit": "\(limit)"])
        case let problem?:
            // Empty, binary, or in neither language: refused, and nothing is written.
            throw LedgerError(.invalidFact, problem.description, ["reason": problem.description])
        case nil:
            break
        }
        let id = ArticleID.of(text: text)
        if let known = await current.article(id) {
            // Already stored: no need to read it again (the log's idempotency key still guards a race).
            return Ingested(
                article: id, sequence: known.sequence, duplicate: true, language: known.language,
                facts: known.facts.count)
        }
        let extraction = Extractor().extract(text, article: id, published: published)
        let article = ArticleIngested(
            article: id, text: text, language: extraction.language, url: url, source: source,
            published: published?.description)
        let events =
            [Event.articleIngested(article)] + extraction.facts.map { Self.event($0, article: id, supersedes: []) }
        switch try await append(events, actor: actor, key: id.rawValue) {
        case .appended(let receipt):
            logger.info(
                "ingested an article",
                metadata: [
                    "event.seq": "\(receipt.firstSequence)", "article.id": "\(id)",
                    "article.facts": "\(extraction.facts.count)", "peer.actor": "\(actor)",
                ])
            return Ingested(
                article: id, sequence: receipt.firstSequence, duplicate: false, language: extraction.language,
                facts: extraction.facts.count, extractor: Extractor.version)
        case .duplicate(let sequence):
            let known = await current.article(id)?.facts.count ?? 0
            return Ingested(
                article: id, sequence: sequence, duplicate: true, language: extraction.language, facts: known)
        }
    }

    static func event(_ fact: ExtractedFact, article: ArticleID, supersedes: [FactID]) -> Event {
        .factExtracted(
            FactExtracted(
                id: fact.id, article: article, fact: fact.fact, evidence: fact.evidence, confidence: fact.confidence,
                extractorVersion: Extractor.version, supersedes: supersedes))
    }

    /// Runs this build's extractor again over stored articles (one, or all) whose facts an older
    /// one extracted; `force` reads them again even if this one did.
    ///
    /// The new facts supersede the old ones (as events: the old stay in their history); where
    /// the new extractor finds nothing, the old facts are retracted with that reason.
    public func reextract(article one: ArticleID?, force: Bool, actor: String) async throws -> Reextracted {
        let articles: [ArticleInfo]
        if let one {
            guard let info = projections.article(one) else { throw LedgerError.notFound("article", one.rawValue) }
            articles = [info]
        } else {
            articles = projections.allArticles
        }
        var done = Reextracted()
        for info in articles where !info.retracted {
            // A reader made now sees every event the projections have folded, appends of earlier articles included.
            let reader = log.reader()
            let old = try info.facts.filter { projections.state(of: $0) == .active }
                .compactMap { try projections.fact($0, events: reader) }
                .filter {
                    $0.isActive && $0.extractorVersion != nil && ($0.extractorVersion != Extractor.version || force)
                }
            guard !old.isEmpty || force else { continue }
            guard case .articleIngested(let article)? = try? reader.record(at: info.sequence).envelope().event else {
                throw LedgerError(.unavailable, "the text of article \(info.article) is not at seq \(info.sequence)")
            }
            let fresh = Extractor().extract(
                article.text, article: info.article, published: article.published.flatMap(CivilDate.init)
            ).facts
                .filter { projections.state(of: $0.id) == nil }
            let oldIDs = old.map(\.id).filter { id in !fresh.contains { $0.id == id } }
            var events = fresh.enumerated().map { i, fact in
                Self.event(fact, article: info.article, supersedes: i == 0 ? oldIDs : [])
            }
            if fresh.isEmpty {
                events = oldIDs.map {
                    .factRetracted(FactRetracted(id: $0, reason: "superseded: \(Extractor.version) finds no such fact"))
                }
            }
            guard !events.isEmpty else { continue }
            _ = try await append(events, actor: actor, key: nil)
            done.articles += 1
            done.superseded += oldIDs.count
            done.extracted += fresh.count
        }
        return done
    }

    /// Records a fact by hand; with a `clientID`, the same call again is a duplicate.
    public func record(_ fact: Fact, note: String?, clientID: String?, actor: String) async throws -> Recorded {
        try Self.validate(fact)
        let id: FactID
        let key: String?
        if let clientID {
            id = FactID.derived(from: ["record", actor, clientID])
            key = "record:\(actor):\(clientID)"
        } else {
            id = FactID("h-" + String(UInt64.random(in: 0...UInt64.max), radix: 16))
            key = nil
        }
        switch try await append([.factAsserted(FactAsserted(id: id, fact: fact, note: note))], actor: actor, key: key) {
        case .appended(let r): return Recorded(fact: id, sequence: r.firstSequence, duplicate: false)
        case .duplicate(let s): return Recorded(fact: id, sequence: s, duplicate: true)
        }
    }

    /// Replaces a fact with a corrected one; returns the event's sequence number.
    public func correct(_ id: FactID, with replacement: Fact, reason: String, actor: String) async throws -> UInt64 {
        try Self.validate(replacement)
        try requireFact(id, reason: reason)
        return try await appendAmendment(
            .factCorrected(FactCorrected(id: id, fact: replacement, reason: reason)), actor: actor)
    }

    /// Takes a fact out of the projections; returns the event's sequence number.
    public func retract(_ id: FactID, reason: String, actor: String) async throws -> UInt64 {
        try requireFact(id, reason: reason)
        return try await appendAmendment(.factRetracted(FactRetracted(id: id, reason: reason)), actor: actor)
    }

    /// Retracts an article and its facts; returns the event's sequence number.
    public func retract(article id: ArticleID, reason: String, actor: String) async throws -> UInt64 {
        guard projections.article(id) != nil else { throw LedgerError.notFound("article", id.rawValue) }
        guard !reason.isEmpty else { throw LedgerError.invalidQuery("reason", "a retraction needs a reason") }
        return try await appendAmendment(.articleRetracted(ArticleRetracted(article: id, reason: reason)), actor: actor)
    }

    /// A correction or retraction must name a known fact and give a reason.
    private func requireFact(_ id: FactID, reason: String) throws {
        guard projections.state(of: id) != nil else { throw LedgerError.notFound("fact", id.rawValue) }
        guard !reason.isEmpty else { throw LedgerError.invalidQuery("reason", "give a reason; it is kept in the log") }
    }

    /// Appends an event that amends what is known (never a duplicate: it has no idempotency key).
    private func appendAmendment(_ event: Event, actor: String) async throws -> UInt64 {
        guard case .appended(let receipt) = try await append([event], actor: actor, key: nil) else {
            throw LedgerError(.unavailable, "an append without a key was answered as a duplicate")
        }
        return receipt.firstSequence
    }

    private static func validate(_ fact: Fact) throws {
        do { try fact.validate() } catch { throw LedgerError(.invalidFact, error.reason, ["reason": error.reason]) }
    }
}
