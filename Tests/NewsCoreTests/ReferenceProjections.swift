import Foundation

// The projections as they were first written (commit efff354): every change to a group
// recomputed the whole group from the fact records. Kept here, in the tests only, as the
// reference the incremental projections in NewsCore must agree with, query for query.
@testable import NewsCore

struct RefFactGroups: Hashable, Sendable, Codable {
    private(set) var members: [String: [FactID]] = [:]
    private(set) var groupOf: [String: String] = [:]

    /// Adds a fact to a group.
    mutating func add(_ fact: FactID, to group: String) {
        members[group, default: []].append(fact)
        groupOf[fact.rawValue] = group
    }

    /// Takes a fact out of its group; returns the group, which is gone if it became empty.
    @discardableResult
    mutating func remove(_ fact: FactID) -> String? {
        guard let group = groupOf.removeValue(forKey: fact.rawValue) else { return nil }
        members[group]?.removeAll { $0 == fact }
        if members[group]?.isEmpty == true { members[group] = nil }
        return group
    }

    func group(of fact: FactID) -> String? { groupOf[fact.rawValue] }
}

struct RefAgreements: Hashable, Sendable, Codable {
    private(set) var entries: [String: AgreementEntry] = [:]
    private var groups = RefFactGroups()
    /// Agreements by kind and parties, in the order they were founded.
    private var candidates: [String: [String]] = [:]

    mutating func remove(_ id: FactID, facts: [String: FactRecord]) {
        guard let group = groups.remove(id) else { return }
        refresh(group, facts: facts)
    }

    mutating func add(_ record: FactRecord, facts: [String: FactRecord]) {
        guard case .agreement(let agreement) = record.fact else { return }
        let key = Self.candidateKey(agreement)
        let match = candidates[key, default: []].first { id in
            entries[id].map { Self.compatible(agreement, $0) } ?? false
        }
        let group = match ?? freshID(for: record.id)
        if match == nil { candidates[key, default: []].append(group) }
        groups.add(record.id, to: group)
        refresh(group, facts: facts)
    }

    /// Recomputes the agreement a fact belongs to, after the fact changed in place.
    mutating func refresh(containing id: FactID, facts: [String: FactRecord]) {
        if let group = groups.group(of: id) { refresh(group, facts: facts) }
    }

    /// The fact's id, or, if an agreement already has it (its founder was corrected away), the id with a suffix.
    private func freshID(for fact: FactID) -> String {
        var id = fact.rawValue
        var n = 2
        while entries[id] != nil {
            id = "\(fact.rawValue).\(n)"
            n += 1
        }
        return id
    }

    private static func candidateKey(_ a: Agreement) -> String {
        a.kind.rawValue + "|" + Set(a.parties).sorted().map(\.description).joined(separator: ",")
    }

    private static func compatible(_ a: Agreement, _ entry: AgreementEntry) -> Bool {
        if let v = a.value, let w = entry.value, !v.agrees(with: w) { return false }
        if !a.sectors.isEmpty && !entry.sectors.isEmpty && Set(a.sectors).isDisjoint(with: entry.sectors) {
            return false
        }
        return true
    }

    /// Recomputes an agreement from its facts, or removes it when none is left.
    private mutating func refresh(_ group: String, facts: [String: FactRecord]) {
        let records = (groups.members[group] ?? []).compactMap { facts[$0.rawValue] }.sorted {
            $0.firstSequence < $1.firstSequence
        }
        guard let first = records.first, case .agreement(let founding) = first.fact else {
            entries[group] = nil
            let key = candidates.first { $0.value.contains(group) }?.key
            if let key { candidates[key]?.removeAll { $0 == group } }
            return
        }
        var entry = AgreementEntry(
            id: group, parties: Set(founding.parties).sorted(), kind: founding.kind, title: founding.title,
            value: nil, status: founding.status, brokeredBy: founding.brokeredBy, sectors: [], date: founding.date,
            timeline: [], evidence: [], evidenceCount: 0, facts: [])
        var sectors = Set<String>()
        for record in records {
            guard case .agreement(let a) = record.fact else { continue }
            if let value = a.value { entry.value = value }
            if a.status > entry.status || (a.status == entry.status && entry.date == nil) {
                entry.status = a.status
                if a.date != nil { entry.date = a.date }
            }
            if entry.brokeredBy == nil { entry.brokeredBy = a.brokeredBy }
            sectors.formUnion(a.sectors)
            entry.timeline.append(
                .init(
                    status: a.status, date: a.date ?? record.reported, fact: record.id, sequence: record.firstSequence))
            entry.evidence += record.evidence
            entry.facts.append(record.id)
        }
        entry.sectors = sectors.sorted()
        entry.evidenceCount = entry.evidence.count
        entry.timeline.sort { ($0.date, $0.sequence) < ($1.date, $1.sequence) }
        entries[group] = entry
    }
}

struct RefTrade: Hashable, Sendable, Codable {
    private(set) var entries: [String: TradeEntry] = [:]
    private var groups = RefFactGroups()

    static func key(_ t: TradeFigure) -> (key: String, parties: [Party]) {
        let parties = t.direction == .total ? t.parties.sorted() : t.parties
        let key = [
            parties.map(\.description).joined(separator: ","), t.direction.rawValue, t.period ?? "", t.commodity ?? "",
        ]
        .joined(separator: "|")
        return (key, parties)
    }

    mutating func remove(_ id: FactID, facts: [String: FactRecord], articles: [String: ArticleInfo]) {
        guard let group = groups.remove(id) else { return }
        refresh(group, facts: facts, articles: articles)
    }

    mutating func add(_ record: FactRecord, facts: [String: FactRecord], articles: [String: ArticleInfo]) {
        guard case .trade(let t) = record.fact else { return }
        groups.add(record.id, to: Self.key(t).key)
        refresh(Self.key(t).key, facts: facts, articles: articles)
    }

    private mutating func refresh(_ group: String, facts: [String: FactRecord], articles: [String: ArticleInfo]) {
        let records = (groups.members[group] ?? []).compactMap { facts[$0.rawValue] }.sorted(
            by: FactRecord.reportedBefore)
        guard let first = records.first, case .trade(let t) = first.fact else {
            entries[group] = nil
            return
        }
        let reports = records.compactMap { record -> TradeReport? in
            guard case .trade(let t) = record.fact else { return nil }
            let article = record.article.flatMap { articles[$0.rawValue] }
            return TradeReport(
                fact: record.id, value: t.value, share: t.share, change: t.change, article: record.article,
                source: article?.source ?? article?.url, reported: record.reported, sequence: record.firstSequence)
        }
        let latest = reports.last { $0.value != nil }
        var spread: Money?
        if let currency = latest?.value?.currency {
            let amounts = reports.compactMap { $0.value }.filter { $0.currency == currency }.map(\.amount)
            if amounts.count >= 2, let low = amounts.min(), let high = amounts.max() {
                spread = Money(high - low, currency)
            }
        }
        entries[group] = TradeEntry(
            key: group, parties: Self.key(t).parties, direction: t.direction, period: t.period, commodity: t.commodity,
            reports: reports, latest: latest, spread: spread)
    }
}

struct RefInvestment: Hashable, Sendable, Codable {
    private(set) var entries: [String: InvestmentEntry] = [:]
    private var groups = RefFactGroups()

    static func key(_ i: InvestmentFigure) -> String { i.investor.description + ">" + i.recipient.description }

    mutating func remove(_ id: FactID, facts: [String: FactRecord]) {
        guard let group = groups.remove(id) else { return }
        refresh(group, facts: facts)
    }

    mutating func add(_ record: FactRecord, facts: [String: FactRecord]) {
        guard case .investment(let i) = record.fact else { return }
        groups.add(record.id, to: Self.key(i))
        refresh(Self.key(i), facts: facts)
    }

    private mutating func refresh(_ group: String, facts: [String: FactRecord]) {
        let records = (groups.members[group] ?? []).compactMap { facts[$0.rawValue] }.sorted(
            by: FactRecord.reportedBefore)
        guard let first = records.first, case .investment(let head) = first.fact else {
            entries[group] = nil
            return
        }
        var entry = InvestmentEntry(
            investor: head.investor, recipient: head.recipient, latestStock: nil, stocks: [], deals: [], dealTotals: [],
            companyCount: nil, share: nil, rank: nil)
        for record in records {
            guard case .investment(let i) = record.fact else { continue }
            let report = InvestmentReport(
                fact: record.id, value: i.value, reported: record.reported, sequence: record.firstSequence)
            if i.cumulative {
                entry.stocks.append(report)
                if i.value != nil { entry.latestStock = report }
            } else {
                entry.deals.append(report)
            }
            if let count = i.companyCount { entry.companyCount = count }
            if let share = i.share { entry.share = share }
            if let rank = i.rank { entry.rank = rank }
        }
        entry.dealTotals = RefMoneySum.totals(entry.deals.compactMap(\.value))
        entries[group] = entry
    }
}

struct ReferenceProjections: Hashable, Sendable, Codable {
    private(set) var lastSequence: UInt64 = 0
    private(set) var lastTimestamp: Int64 = 0
    private(set) var facts: [String: FactRecord] = [:]
    private(set) var articles: [String: ArticleInfo] = [:]
    private(set) var agreementView = RefAgreements()
    private(set) var tradeView = RefTrade()
    private(set) var investmentView = RefInvestment()
    /// Events that named a fact or article the projections do not know; counted, not applied.
    private(set) var unresolvedEvents: UInt64 = 0

    init() {}

    /// Folds one event in. Events must come in log order.
    mutating func apply(_ envelope: EventEnvelope) {
        precondition(envelope.sequence > lastSequence, "events must be applied in log order")
        lastSequence = envelope.sequence
        lastTimestamp = envelope.timestamp
        let day = CivilDate(micros: envelope.timestamp)
        func step(_ action: FactRecord.Step.Action, reason: String? = nil, fact: Fact? = nil) -> FactRecord.Step {
            .init(
                action: action, sequence: envelope.sequence, timestamp: envelope.timestamp, actor: envelope.actor,
                reason: reason, fact: fact)
        }

        switch envelope.event {
        case .articleIngested(let e):
            guard articles[e.article.rawValue] == nil else { return }
            articles[e.article.rawValue] = ArticleInfo(
                article: e.article, language: e.language, url: e.url, source: e.source,
                published: e.published.flatMap(CivilDate.init),
                sequence: envelope.sequence, retracted: false, facts: [])

        case .factExtracted(let e):
            for old in e.supersedes {
                deactivate(old, as: .superseded, step: step(.superseded, reason: "superseded by \(e.id)"))
            }
            let article = articles[e.article.rawValue]
            record(
                FactRecord(
                    id: e.id, fact: e.fact, state: article?.retracted == true ? .retracted : .active,
                    article: e.article,
                    evidence: e.evidence, confidence: e.confidence, extractorVersion: e.extractorVersion,
                    firstSequence: envelope.sequence, reported: article?.published ?? day,
                    history: [step(.extracted, fact: e.fact)]))

        case .factAsserted(let e):
            let articleID = e.evidence.first.map(\.article).flatMap { articles[$0.rawValue] != nil ? $0 : nil }
            let article = articleID.flatMap { articles[$0.rawValue] }
            record(
                FactRecord(
                    id: e.id, fact: e.fact, state: .active, article: articleID, evidence: e.evidence, confidence: nil,
                    extractorVersion: nil, firstSequence: envelope.sequence, reported: article?.published ?? day,
                    history: [step(.asserted, reason: e.note, fact: e.fact)]))

        case .factCorrected(let e):
            guard var record = facts[e.id.rawValue] else {
                unresolvedEvents += 1
                return
            }
            let old = record.fact
            record.fact = e.fact
            record.history.append(step(.corrected, reason: e.reason, fact: e.fact))
            facts[e.id.rawValue] = record
            guard record.isActive else { return }
            // A correction that keeps an agreement's kind and parties corrects it in place: the
            // analyst is fixing that agreement, not reporting another one.
            if case .agreement(let a) = old, case .agreement(let b) = e.fact, a.kind == b.kind,
                Set(a.parties) == Set(b.parties)
            {
                agreementView.refresh(containing: record.id, facts: facts)
            } else {
                removeFromViews(record.id)
                addToViews(record)
            }

        case .factRetracted(let e):
            guard facts[e.id.rawValue] != nil else {
                unresolvedEvents += 1
                return
            }
            deactivate(e.id, as: .retracted, step: step(.retracted, reason: e.reason))

        case .articleRetracted(let e):
            guard var article = articles[e.article.rawValue] else {
                unresolvedEvents += 1
                return
            }
            article.retracted = true
            articles[e.article.rawValue] = article
            for id in article.facts where facts[id.rawValue]?.isActive == true {
                deactivate(id, as: .retracted, step: step(.retracted, reason: "article retracted: \(e.reason)"))
            }
        }
    }

    /// Stores a new fact (or a new extraction of a known one) and adds it to the projections if active.
    private mutating func record(_ new: FactRecord) {
        var record = new
        if let existing = facts[new.id.rawValue] {
            removeFromViews(existing.id)
            record.history = existing.history + new.history
            record.firstSequence = existing.firstSequence
        } else if let article = new.article {
            articles[article.rawValue]?.facts.append(new.id)
        }
        facts[record.id.rawValue] = record
        if record.isActive { addToViews(record) }
    }

    private mutating func deactivate(_ id: FactID, as state: FactRecord.State, step: FactRecord.Step) {
        guard var record = facts[id.rawValue] else {
            unresolvedEvents += 1
            return
        }
        if record.isActive { removeFromViews(id) }
        record.state = state
        record.history.append(step)
        facts[id.rawValue] = record
    }

    private mutating func removeFromViews(_ id: FactID) {
        agreementView.remove(id, facts: facts)
        tradeView.remove(id, facts: facts, articles: articles)
        investmentView.remove(id, facts: facts)
    }

    private mutating func addToViews(_ record: FactRecord) {
        switch record.fact {
        case .agreement: agreementView.add(record, facts: facts)
        case .trade: tradeView.add(record, facts: facts, articles: articles)
        case .investment: investmentView.add(record, facts: facts)
        }
    }
}
