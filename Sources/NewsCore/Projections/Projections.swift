import Foundation

/// What is known of an article, without its text (which stays in the log).
public struct ArticleInfo: Hashable, Sendable, Codable {
    public var article: ArticleID
    public var language: Language
    public var url: String?
    public var source: String?
    /// Its publication date; nil if none was given, or if a release before the check took one that is no date.
    public var published: CivilDate?
    public var sequence: UInt64
    public var retracted: Bool
    /// Facts read in it or recorded against it, in the order they came.
    public var facts: [FactID]
}

/// The current picture, folded from events: facts, articles, and the three projections.
///
/// A pure reducer: the same events in the same order always give an equal value and the same
/// `canonicalBytes()`. Nothing is ever erased: retracted and superseded facts stay, with
/// their history, and only leave the projections.
public struct Projections: Hashable, Sendable {
    public internal(set) var lastSequence: UInt64 = 0
    public internal(set) var lastTimestamp: Int64 = 0
    var facts = FactTable()
    var articles: [String: ArticleInfo] = [:]
    var agreementView = AgreementsProjection()
    var tradeView = TradeProjection()
    var investmentView = InvestmentProjection()
    /// Events that named a fact or article the projections do not know; counted, not applied.
    public internal(set) var unresolvedEvents: UInt64 = 0

    public init() {}

    /// Makes room for a replay of up to `events` more events (each adds at most one fact).
    public mutating func reserveCapacity(events: Int) { facts.reserve(events) }

    /// Folds one event in. Events must come in log order.
    public mutating func apply(_ envelope: EventEnvelope) {
        apply(FoldEvent(envelope.event), sequence: envelope.sequence, timestamp: envelope.timestamp)
    }

    /// Folds in what the projections read of one event (`EventCodec.foldEvent`), recorded at
    /// `sequence` and `timestamp`. Events must come in log order.
    public mutating func apply(_ event: FoldEvent, sequence: UInt64, timestamp: Int64) {
        precondition(sequence > lastSequence, "events must be applied in log order")
        lastSequence = sequence
        lastTimestamp = timestamp
        func step(_ action: FactRecord.Step.Action) -> StoredFact.StepRef { .init(action: action, sequence: sequence) }

        switch event {
        case .articleIngested(let id, let language, let url, let source, let published):
            guard articles[id.rawValue] == nil else { return }
            articles[id.rawValue] = ArticleInfo(
                article: id, language: language, url: url, source: source,
                published: published.flatMap(CivilDate.init),
                sequence: sequence, retracted: false, facts: [])

        case .factExtracted(let id, let articleID, let fact, let evidenceCount, let supersedes):
            for old in supersedes { deactivate(old, as: .superseded, step: step(.superseded)) }
            // (Its place, not a copy of its info: the fact is then appended to its list in place.)
            let place = articles.index(forKey: articleID.rawValue)
            let retracted = place.map { articles.values[$0].retracted } ?? false
            // (The article's own id, not the event's copy of it: each copy of its 71 bytes costs 96.)
            record(
                StoredFact(
                    id: id, fact: fact, state: retracted ? .retracted : .active,
                    article: place.map { articles.values[$0].article } ?? articleID, firstSequence: sequence,
                    reported: place.flatMap { articles.values[$0].published } ?? CivilDate(micros: timestamp),
                    origin: sequence, evidenceCount: evidenceCount, steps: [step(.extracted)]),
                articlePlace: place)

        case .factAsserted(let id, let fact, let evidenceArticle, let evidenceCount):
            let place = evidenceArticle.flatMap { articles.index(forKey: $0.rawValue) }
            record(
                StoredFact(
                    id: id, fact: fact, state: .active, article: place.map { articles.values[$0].article },
                    firstSequence: sequence,
                    reported: place.flatMap { articles.values[$0].published } ?? CivilDate(micros: timestamp),
                    origin: sequence, evidenceCount: evidenceCount, steps: [step(.asserted)]),
                articlePlace: place)

        case .factCorrected(let id, let fact):
            guard let row = facts.row(of: id.rawValue) else {
                unresolvedEvents += 1
                return
            }
            var record = facts[row]
            // A correction that keeps an agreement's kind and parties corrects it in place: the
            // analyst is fixing that agreement, not reporting another one.
            let inPlace: Bool
            if case .agreement(let a) = record.fact, case .agreement(let b) = fact {
                inPlace = a.kind == b.kind && Set(a.parties) == Set(b.parties)
            } else {
                inPlace = false
            }
            // Out of the views before its row changes: they read the fact they hold from the row.
            if record.isActive && !inPlace { removeFromViews(row) }
            record.fact = fact
            record.append(step(.corrected))
            facts.store(record, at: row)
            guard record.isActive else { return }
            if inPlace {
                agreementView.correct(row, facts: facts)
            } else {
                addToViews(record, row: row)
            }

        case .factRetracted(let id):
            guard facts.row(of: id.rawValue) != nil else {
                unresolvedEvents += 1
                return
            }
            deactivate(id, as: .retracted, step: step(.retracted))

        case .articleRetracted(let articleID):
            guard var article = articles[articleID.rawValue] else {
                unresolvedEvents += 1
                return
            }
            article.retracted = true
            articles[articleID.rawValue] = article
            for id in article.facts where facts.row(of: id.rawValue).map({ facts.info($0).isActive }) == true {
                deactivate(id, as: .retracted, step: step(.retracted))
            }
        }
    }

    /// Stores a new fact (or a new extraction of a known one) and adds it to the projections if
    /// active; a new fact joins the list of the article at `articlePlace`, its own article's.
    private mutating func record(_ new: StoredFact, articlePlace: [String: ArticleInfo].Index?) {
        var record = new
        let known = facts.row(of: new.id.rawValue)
        if let known {
            let existing = facts[known]
            removeFromViews(known)
            record.follow(existing)
            record.firstSequence = existing.firstSequence
        } else if let articlePlace {
            articles.values[articlePlace].facts.append(new.id)
        }
        let row = facts.store(record, at: known)
        if record.isActive { addToViews(record, row: row) }
    }

    private mutating func deactivate(_ id: FactID, as state: FactRecord.State, step: StoredFact.StepRef) {
        guard let row = facts.row(of: id.rawValue) else {
            unresolvedEvents += 1
            return
        }
        if facts.info(row).isActive { removeFromViews(row) }
        facts.setState(row, state, step: step)
    }

    /// Takes a fact out of the views; its row must still hold the fact as the views were given it.
    private mutating func removeFromViews(_ row: Int32) {
        switch facts.info(row).kind {
        case .agreement: agreementView.remove(row, facts: facts)
        case .trade: tradeView.remove(row, facts: facts)
        case .investment: investmentView.remove(row, facts: facts)
        }
    }

    /// Adds a fact, already in its row, to its view.
    private mutating func addToViews(_ record: StoredFact, row: Int32) {
        switch record.fact {
        case .agreement: agreementView.add(record, row: row, facts: facts)
        case .trade: tradeView.add(record, row: row)
        case .investment: investmentView.add(record, row: row)
        }
    }
}

extension Projections {
    /// Replays events in order, stopping before the first that `asOf` excludes.
    public static func replay(_ events: some Sequence<EventEnvelope>, asOf: AsOf? = nil) -> Projections {
        var projections = Projections()
        for envelope in events {
            if let asOf, !asOf.includes(envelope) { break }
            projections.apply(envelope)
        }
        return projections
    }

    /// A deterministic encoding of the whole state, for snapshots: the compact binary form of
    /// Projections+Binary.swift. Equal states give equal bytes.
    public func canonicalBytes() -> [UInt8] { binaryBytes() }

    /// Restores a state from `canonicalBytes()`. Anything else (a snapshot of an older form, or
    /// damaged) throws, and newsd replays the log instead.
    public init(canonicalBytes bytes: [UInt8]) throws { try self.init(binaryBytes: bytes) }
}

/// A point in the log: a sequence number, or a time (everything recorded up to it).
public enum AsOf: Hashable, Sendable {
    case sequence(UInt64)
    /// Microseconds since 1970-01-01 UTC, inclusive.
    case time(Int64)

    /// The end of a day (UTC).
    public static func endOfDay(_ date: CivilDate) -> AsOf { .time(date.endMicros) }

    public func includes(_ envelope: EventEnvelope) -> Bool {
        includes(sequence: envelope.sequence, timestamp: envelope.timestamp)
    }

    /// Whether it includes the event recorded at `sequence` and `timestamp`.
    public func includes(sequence: UInt64, timestamp: Int64) -> Bool {
        switch self {
        case .sequence(let n): sequence <= n
        case .time(let t): timestamp <= t
        }
    }
}
