import Foundation
import Logging
import NewsCore
import NewsExtract
import NewsIPC
import NewsLog
import SystemPackage

/// The log and the projections together: every write goes to the log first, and the
/// projections follow the log in sequence order.
public actor Ledger {
    public let log: EventLog
    private let snapshots: SnapshotStore
    private let checkpoints: CheckpointStore
    private let logger: Logger
    private var projections: Projections
    private var lastSnapshot: UInt64
    /// The snapshot and checkpoint being written in the background, if one is.
    private var maintenance: Task<Void, Never>?
    private var settings: Settings

    /// What SIGHUP may change while running.
    public struct Settings: Sendable {
        public var maximumArticleBytes: Int
        public var snapshotEvery: UInt64
        public init(maximumArticleBytes: Int, snapshotEvery: UInt64) {
            self.maximumArticleBytes = maximumArticleBytes
            self.snapshotEvery = snapshotEvery
        }
    }

    /// Opens the log (with recovery), restores the newest snapshot that fits it, and replays the rest.
    ///
    /// `progress(done, total)` is called as the replay starts and now and then during it.
    /// `shouldStop()` is asked every few hundred records; once it says yes, the replay ends,
    /// the log is closed unchanged, and `open` throws `ReplayStopped`.
    public static func open(
        configuration: DaemonConfiguration, logger: Logger, shouldStop: @Sendable () -> Bool = { false },
        progress: @Sendable (UInt64, UInt64) -> Void = { _, _ in }
    ) throws -> Ledger {
        let log = try EventLog.open(directory: configuration.state.log, logger: logger)
        do {
            let snapshots = SnapshotStore(directory: configuration.state.snapshots, logger: logger)
            let reader = log.reader()
            var projections = Projections()
            if let snapshot = try snapshots.latest(matching: reader.chainHash(after:)) {
                do {
                    projections = try Projections(canonicalBytes: snapshot.state)
                    logger.info("restored a snapshot", metadata: ["event.seq": "\(snapshot.sequence)"])
                } catch {
                    logger.warning("a snapshot did not decode; replaying from the start", metadata: ["error": "\(error)"])
                }
            }
            let start = projections.lastSequence
            let total = reader.lastSequence
            var done: UInt64 = 0
            if shouldStop() { throw ReplayStopped(at: start, of: total) }
            progress(start, total)
            try reader.forEachRecord(from: start + 1) { record in
                projections.apply(try record.envelope())
                done += 1
                if done % 512 == 0, shouldStop() { throw ReplayStopped(at: start + done, of: total) }
                if done % 50_000 == 0 { progress(start + done, total) }
            }
            progress(total, total)
            let ledger = Ledger(
                log: log, snapshots: snapshots, checkpoints: CheckpointStore(stateDirectory: configuration.stateDirectory), logger: logger, projections: projections, lastSnapshot: start,
                settings: Settings(maximumArticleBytes: configuration.maximumArticleBytes, snapshotEvery: configuration.snapshotEvery))
            logger.info("projections rebuilt", metadata: ["event.seq": "\(total)", "replayed": "\(total - start)"])
            return ledger
        } catch {
            log.close()
            throw error
        }
    }

    private init(log: EventLog, snapshots: SnapshotStore, checkpoints: CheckpointStore, logger: Logger, projections: Projections, lastSnapshot: UInt64, settings: Settings) {
        self.log = log
        self.snapshots = snapshots
        self.checkpoints = checkpoints
        self.logger = logger
        self.projections = projections
        self.lastSnapshot = lastSnapshot
        self.settings = settings
    }

    public func update(_ settings: Settings) { self.settings = settings }

    /// The current projections.
    public var current: Projections { projections }

    /// Stops writing: waits for a snapshot in progress, takes a last one if the projections
    /// moved on, and closes the log.
    public func close() async {
        await maintenance?.value
        if projections.lastSequence > lastSnapshot { await Self.snapshot(projections, log: log, snapshots: snapshots, checkpoints: checkpoints, logger: logger).value }
        log.close()
    }

    // MARK: - Writing

    /// Appends events atomically and brings the projections up to date with the log.
    private func append(_ events: [Event], actor: String, key: String?) async throws -> AppendResult {
        let request = AppendRequest(entries: events.map { LogEntry($0, actor: actor) }, idempotencyKey: key)
        let result: AppendResult
        do {
            result = try await log.append(request)
        } catch let error as LogError where error.code == .diskFull {
            throw LedgerError(.diskFull, error.description, ["reason": error.description])
        } catch let error as LogError {
            throw LedgerError(.unavailable, error.description, ["reason": error.description])
        }
        try catchUp()
        return result
    }

    /// Applies every durable record the projections have not seen.
    private func catchUp() throws {
        let reader = log.reader()
        guard reader.lastSequence > projections.lastSequence else { return }
        try reader.forEachRecord(from: projections.lastSequence + 1) { projections.apply(try $0.envelope()) }
        // Every `snapshotEvery` events, and no sooner than a quarter of the ledger since the last:
        // a snapshot costs time in proportion to the whole state, so spacing them in proportion
        // keeps their total cost in proportion to the log (and a restart replays at most a quarter of it).
        if projections.lastSequence - lastSnapshot >= max(settings.snapshotEvery, projections.lastSequence / 4) { writeSnapshot() }
    }

    /// Starts writing a snapshot of the projections as they stand, and signing a checkpoint, in
    /// the background: encoding a large state takes seconds, and writes must not wait for it.
    /// One at a time; a catch-up that finds one running leaves the next to a later catch-up.
    private func writeSnapshot() {
        guard maintenance == nil else { return }
        lastSnapshot = projections.lastSequence
        let task = Self.snapshot(projections, log: log, snapshots: snapshots, checkpoints: checkpoints, logger: logger)
        maintenance = Task {
            await task.value
            self.maintenanceFinished()
        }
    }

    private func maintenanceFinished() { maintenance = nil }

    /// Writes a snapshot of `state` (bound to the log's chain hash after its last event) and signs
    /// a checkpoint of the log's Merkle tree, off the actor.
    private static func snapshot(
        _ state: Projections, log: EventLog, snapshots: SnapshotStore, checkpoints: CheckpointStore, logger: Logger
    ) -> Task<Void, Never> {
        Task.detached(priority: .utility) {
            let reader = log.reader()
            do {
                // The log may have moved on since `state` was taken: bind the snapshot to its own seq.
                guard let chainHash = try reader.chainHash(after: state.lastSequence) else {
                    throw LedgerError(.unavailable, "the log ends before seq \(state.lastSequence)")
                }
                try snapshots.write(Snapshot(sequence: state.lastSequence, chainHash: chainHash, state: state.canonicalBytes()))
            } catch {
                // A missing snapshot only makes the next start slower.
                logger.warning("could not write a snapshot", metadata: ["error": "\(error)"])
            }
            do {
                let tree = try reader.merkleTree()
                let checkpoint = try checkpoints.sign(treeSize: tree.size, root: tree.root(), time: EventLog.systemClock())
                logger.info("signed a checkpoint", metadata: ["checkpoint.tree_size": "\(checkpoint.tree_size)", "checkpoint.root": "\(checkpoint.root)"])
            } catch {
                logger.warning("could not sign a checkpoint", metadata: ["error": "\(error)"])
            }
        }
    }

    /// Stores an article and the facts extracted from it, in one append; the same text again is a duplicate.
    ///
    /// Extraction runs before the append, off the actor.
    public nonisolated func ingest(_ call: NewsAPI.IngestCall, actor: String) async throws -> NewsAPI.IngestReply {
        let limit = await settings.maximumArticleBytes
        switch ArticleCheck.problem(call.text, limit: limit) {
        case .tooLarge(let size, let limit)?:
            throw LedgerError(.articleTooLarge, "the article is \(size) bytes, over the limit of \(limit)", ["size": "\(size)", "limit": "\(limit)"])
        case let problem?:
            // Empty, binary, or in neither language: refused, and nothing is written.
            throw LedgerError(.invalidFact, problem.description, ["reason": problem.description])
        case nil:
            break
        }
        if let published = call.published, !CivilDate.isValid(published) {
            throw LedgerError.invalidQuery("published", "\"\(published)\" is not a YYYY-MM-DD date")
        }
        let id = ArticleID.of(text: call.text)
        if let known = await current.article(id) {
            // Already stored: no need to read it again (the log's idempotency key still guards a race).
            return NewsAPI.IngestReply(article: id.rawValue, sequence: known.sequence, duplicate: true, language: known.language.rawValue, facts: known.facts.count, extractor: nil)
        }
        let extraction = Extractor().extract(call.text, article: id, published: call.published)
        let article = ArticleIngested(
            article: id, text: call.text, language: extraction.language, url: call.url, source: call.source, published: call.published)
        let events = [Event.articleIngested(article)] + extraction.facts.map { Self.event($0, article: id, supersedes: []) }
        switch try await append(events, actor: actor, key: id.rawValue) {
        case .appended(let receipt):
            logger.info("ingested an article", metadata: [
                "event.seq": "\(receipt.firstSequence)", "article.id": "\(id)", "article.facts": "\(extraction.facts.count)", "peer.actor": "\(actor)",
            ])
            return NewsAPI.IngestReply(
                article: id.rawValue, sequence: receipt.firstSequence, duplicate: false, language: extraction.language.rawValue,
                facts: extraction.facts.count, extractor: Extractor.version)
        case .duplicate(let sequence):
            let known = await current.article(id)?.facts.count ?? 0
            return NewsAPI.IngestReply(article: id.rawValue, sequence: sequence, duplicate: true, language: extraction.language.rawValue, facts: known, extractor: nil)
        }
    }

    static func event(_ fact: ExtractedFact, article: ArticleID, supersedes: [FactID]) -> Event {
        .factExtracted(FactExtracted(
            id: fact.id, article: article, fact: fact.fact, evidence: fact.evidence, confidence: fact.confidence,
            extractorVersion: Extractor.version, supersedes: supersedes))
    }

    /// Runs this build's extractor again over stored articles whose facts an older one extracted.
    ///
    /// The new facts supersede the old ones (as events: the old stay in their history); where
    /// the new extractor finds nothing, the old facts are retracted with that reason.
    public func reextract(_ call: NewsAPI.ReextractCall, actor: String) async throws -> NewsAPI.ReextractReply {
        let articles: [ArticleInfo]
        if let one = call.article {
            guard let info = projections.article(ArticleID(one)) else { throw LedgerError.notFound("article", one) }
            articles = [info]
        } else {
            articles = projections.allArticles
        }
        var reply = NewsAPI.ReextractReply(articles: 0, superseded: 0, extracted: 0)
        let reader = log.reader()
        for info in articles where !info.retracted {
            let old = info.facts.compactMap { projections.fact($0) }
                .filter { $0.isActive && $0.extractorVersion != nil && ($0.extractorVersion != Extractor.version || call.force == true) }
            guard !old.isEmpty || call.force == true else { continue }
            guard case .articleIngested(let article)? = try? reader.record(at: info.sequence).envelope().event else {
                throw LedgerError(.unavailable, "the text of article \(info.article) is not at seq \(info.sequence)")
            }
            let fresh = Extractor().extract(article.text, article: info.article, published: article.published).facts.filter { projections.fact($0.id) == nil }
            let oldIDs = old.map(\.id).filter { id in !fresh.contains { $0.id == id } }
            var events = fresh.enumerated().map { i, fact in Self.event(fact, article: info.article, supersedes: i == 0 ? oldIDs : []) }
            if fresh.isEmpty {
                events = oldIDs.map { .factRetracted(FactRetracted(id: $0, reason: "superseded: \(Extractor.version) finds no such fact")) }
            }
            guard !events.isEmpty else { continue }
            _ = try await append(events, actor: actor, key: nil)
            reply.articles += 1
            reply.superseded += oldIDs.count
            reply.extracted += fresh.count
        }
        return reply
    }

    /// Records a fact by hand.
    public func record(_ call: NewsAPI.RecordCall, actor: String) async throws -> NewsAPI.RecordReply {
        try Self.validate(call.fact)
        let id: FactID
        let key: String?
        if let client = call.client_id {
            id = FactID.derived(from: ["record", actor, client])
            key = "record:\(actor):\(client)"
        } else {
            id = FactID("h-" + String(UInt64.random(in: 0...UInt64.max), radix: 16))
            key = nil
        }
        let event = FactAsserted(id: id, fact: call.fact, note: call.note)
        switch try await append([.factAsserted(event)], actor: actor, key: key) {
        case .appended(let r): return NewsAPI.RecordReply(fact: id.rawValue, sequence: r.firstSequence, duplicate: false)
        case .duplicate(let s): return NewsAPI.RecordReply(fact: id.rawValue, sequence: s, duplicate: true)
        }
    }

    /// Replaces a fact with a corrected one.
    public func correct(_ call: NewsAPI.CorrectCall, actor: String) async throws -> NewsAPI.FactWritten {
        try Self.validate(call.replacement)
        let id = FactID(call.fact)
        try requireFact(id, reason: call.reason)
        let sequence = try await appendAmendment(.factCorrected(FactCorrected(id: id, fact: call.replacement, reason: call.reason)), actor: actor)
        return NewsAPI.FactWritten(fact: call.fact, sequence: sequence)
    }

    /// Takes a fact out of the projections.
    public func retract(_ call: NewsAPI.RetractCall, actor: String) async throws -> NewsAPI.FactWritten {
        let id = FactID(call.fact)
        try requireFact(id, reason: call.reason)
        let sequence = try await appendAmendment(.factRetracted(FactRetracted(id: id, reason: call.reason)), actor: actor)
        return NewsAPI.FactWritten(fact: call.fact, sequence: sequence)
    }

    /// Retracts an article and its facts.
    public func retractArticle(_ call: NewsAPI.RetractArticleCall, actor: String) async throws -> NewsAPI.ArticleWritten {
        let id = ArticleID(call.article)
        guard projections.article(id) != nil else { throw LedgerError.notFound("article", call.article) }
        guard !call.reason.isEmpty else { throw LedgerError.invalidQuery("reason", "a retraction needs a reason") }
        let sequence = try await appendAmendment(.articleRetracted(ArticleRetracted(article: id, reason: call.reason)), actor: actor)
        return NewsAPI.ArticleWritten(article: call.article, sequence: sequence)
    }

    /// A correction or retraction must name a known fact and give a reason.
    private func requireFact(_ id: FactID, reason: String) throws {
        guard projections.fact(id) != nil else { throw LedgerError.notFound("fact", id.rawValue) }
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

    // MARK: - Reading

    /// The projections as of a point: the current ones, or a replay of the log up to it.
    public nonisolated func projections(asOf: AsOf?) async throws -> Projections {
        let now = await current
        guard let asOf else { return now }
        if case .sequence(let n) = asOf, n >= now.lastSequence { return now }
        if case .time(let t) = asOf, t >= now.lastTimestamp { return now }
        let reader = log.reader()
        return try await Task.detached { try reader.projections(asOf: asOf) }.value
    }
}
