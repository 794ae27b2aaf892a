/// One real agreement, however many facts and sources report it.
public struct AgreementEntry: Hashable, Sendable, Codable {
    /// A step in the agreement's timeline: a report of its status.
    public struct Step: Hashable, Sendable, Codable {
        public var status: Agreement.Status
        /// When it was reported (`YYYY-MM-DD`): the agreement's date if given, else the report's.
        public var date: String
        public var fact: FactID
        public var sequence: UInt64
    }

    /// The id of the fact that first reported it.
    public var id: String
    public var parties: [Party]
    public var kind: Agreement.Kind
    public var title: String
    /// The latest reported value.
    public var value: Money?
    /// The most advanced status reported.
    public var status: Agreement.Status
    public var brokeredBy: Party?
    public var sectors: [String]
    public var date: String?
    public var timeline: [Step]
    public var evidence: [Evidence]
    public var facts: [FactID]
}

/// The agreements projection: entity resolution of agreement facts into agreements.
///
/// A fact joins the first agreement (in the order agreements were first reported) with the
/// same kind and the same parties whose value agrees within 1% (or either has none) and,
/// when both name sectors, that shares one. Otherwise it founds a new agreement.
struct AgreementsProjection: Hashable, Sendable, Codable {
    private(set) var entries: [String: AgreementEntry] = [:]
    private var groups = FactGroups()
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
        if !a.sectors.isEmpty && !entry.sectors.isEmpty && Set(a.sectors).isDisjoint(with: entry.sectors) { return false }
        return true
    }

    /// Recomputes an agreement from its facts, or removes it when none is left.
    private mutating func refresh(_ group: String, facts: [String: FactRecord]) {
        let records = (groups.members[group] ?? []).compactMap { facts[$0.rawValue] }.sorted { $0.firstSequence < $1.firstSequence }
        guard let first = records.first, case .agreement(let founding) = first.fact else {
            entries[group] = nil
            let key = candidates.first { $0.value.contains(group) }?.key
            if let key { candidates[key]?.removeAll { $0 == group } }
            return
        }
        var entry = AgreementEntry(
            id: group, parties: Set(founding.parties).sorted(), kind: founding.kind, title: founding.title,
            value: nil, status: founding.status, brokeredBy: founding.brokeredBy, sectors: [], date: founding.date,
            timeline: [], evidence: [], facts: [])
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
            entry.timeline.append(.init(status: a.status, date: a.date ?? record.reported, fact: record.id, sequence: record.firstSequence))
            entry.evidence += record.evidence
            entry.facts.append(record.id)
        }
        entry.sectors = sectors.sorted()
        entry.timeline.sort { ($0.date, $0.sequence) < ($1.date, $1.sequence) }
        entries[group] = entry
    }
}
