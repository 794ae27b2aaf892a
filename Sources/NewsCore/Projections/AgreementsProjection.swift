/// One real agreement, however many facts and sources report it.
public struct AgreementEntry: Hashable, Sendable, Codable {
    enum CodingKeys: String, CodingKey {
        case id, parties, kind, title, value, status
        case brokeredBy = "brokered_by"
        case sectors, date, timeline, evidence
        case evidenceCount = "evidence_count"
        case facts
    }

    /// A step in the agreement's timeline: a report of its status.
    public struct Step: Hashable, Sendable, Codable {
        public var status: Agreement.Status
        /// When it was reported (`YYYY-MM-DD`): the agreement's date if given, else the report's.
        public var date: CivilDate
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
    public var date: CivilDate?
    public var timeline: [Step]
    /// Every report's evidence, in the order the facts were first recorded. The projections
    /// keep it in the log: an entry they answer has none until `Projections.withEvidence` reads it.
    public var evidence: [Evidence]
    /// How many pieces of evidence the reports give, whether or not `evidence` holds them.
    public var evidenceCount: Int
    public var facts: [FactID]
}

/// The agreements projection: entity resolution of agreement facts into agreements.
///
/// A fact joins the first agreement (in the order agreements were first reported) with the
/// same kind and the same parties whose value agrees within 1% (or either has none) and,
/// when both name sectors, that shares one. Otherwise it founds a new agreement.
///
/// An agreement is a fold of its facts in the order they were first recorded. A new fact
/// usually comes last, so it is folded into the agreement as it stands; anything else (a
/// removal, a correction, a re-extraction of an older fact) folds the agreement again from
/// its members, which hold what the fold needs and no more.
struct AgreementsProjection: Hashable, Sendable {
    /// What one fact contributes to its agreement.
    struct Member: Hashable, Sendable {
        var fact: FactID
        var agreement: Agreement
        var reported: CivilDate
        var sequence: UInt64
        /// The event that holds the fact's evidence (`StoredFact.origin`), and how many pieces it gives.
        var origin: UInt64
        var evidenceCount: Int
    }

    var entries: [String: AgreementEntry] = [:]
    /// Each agreement's members, in the order first recorded.
    var members: [String: [Member]] = [:]
    /// The agreement of each fact.
    var groupOf: [String: String] = [:]
    /// Agreements by kind and parties, in the order they were founded.
    var candidates: [String: [String]] = [:]
    /// The candidate key of each agreement.
    var keyOf: [String: String] = [:]
    /// The agreements of each party and pair of parties, brokers included.
    var index = PartyIndex()

    init() {}

    /// Builds the party index from the entries, after reading a snapshot.
    mutating func rebuildIndex() {
        index = PartyIndex()
        for (id, entry) in entries { index.update(id, from: [], to: Self.indexed(entry)) }
    }

    /// The agreements that may have every one of these parties.
    func ids(withParties parties: [Party]) -> [String] {
        index.groups(withParties: parties) ?? Array(entries.keys)
    }

    /// The parties an agreement is found by: its parties and its broker.
    private static func indexed(_ entry: AgreementEntry?) -> [Party] {
        guard let entry else { return [] }
        return entry.parties + (entry.brokeredBy.map { [$0] } ?? [])
    }

    mutating func remove(_ id: FactID) {
        guard let group = groupOf.removeValue(forKey: id.rawValue) else { return }
        members[group]?.removeAll { $0.fact == id }
        refold(group)
    }

    mutating func add(_ record: StoredFact) {
        guard case .agreement(let agreement) = record.fact else { return }
        let key = Self.candidateKey(agreement)
        let match = candidates[key]?.first { id in
            entries[id].map { Self.compatible(agreement, $0) } ?? false
        }
        let group = match ?? freshID(for: record.id)
        if match == nil {
            candidates[key, default: []].append(group)
            keyOf[group] = key
        }
        let member = Member(
            fact: record.id, agreement: agreement, reported: record.reported, sequence: record.firstSequence,
            origin: record.origin, evidenceCount: record.evidenceCount)
        groupOf[record.id.rawValue] = group
        if let last = members[group]?.last, last.sequence < member.sequence {
            members[group]!.append(member)
            let before = entries[group]!.brokeredBy == nil ? nil : Self.indexed(entries[group])
            Self.fold(member, into: &entries[group]!)
            // Only a broker can join the parties an agreement is found by (they come from its founder).
            if before == nil, entries[group]!.brokeredBy != nil {
                index.update(group, from: entries[group]!.parties, to: Self.indexed(entries[group]))
            }
        } else {
            let position = members[group]?.firstIndex { $0.sequence > member.sequence } ?? members[group]?.count ?? 0
            members[group, default: []].insert(member, at: position)
            refold(group)
        }
    }

    /// Replaces a fact's agreement with its corrected form, in the same agreement.
    mutating func correct(_ id: FactID, to agreement: Agreement) {
        guard let group = groupOf[id.rawValue], let index = members[group]?.firstIndex(where: { $0.fact == id }) else {
            return
        }
        members[group]![index].agreement = agreement
        refold(group)
    }

    /// The agreement a fact belongs to.
    func agreement(containing fact: FactID) -> AgreementEntry? {
        groupOf[fact.rawValue].flatMap { entries[$0] }
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

    /// Folds an agreement again from its members, or removes it when none is left.
    private mutating func refold(_ group: String) {
        let old = entries[group]
        guard let list = members[group], let first = list.first else {
            index.update(group, from: Self.indexed(old), to: [])
            entries[group] = nil
            members[group] = nil
            if let key = keyOf.removeValue(forKey: group) {
                candidates[key]?.removeAll { $0 == group }
                if candidates[key]?.isEmpty == true { candidates[key] = nil }
            }
            return
        }
        let founding = first.agreement
        var entry = AgreementEntry(
            id: group, parties: Set(founding.parties).sorted(), kind: founding.kind, title: founding.title,
            value: nil, status: founding.status, brokeredBy: founding.brokeredBy, sectors: [], date: founding.date,
            timeline: [], evidence: [], evidenceCount: 0, facts: [])
        for member in list { Self.fold(member, into: &entry) }
        index.update(group, from: Self.indexed(old), to: Self.indexed(entry))
        entries[group] = entry
    }

    /// Folds the next member (in the order first recorded) into an agreement.
    private static func fold(_ member: Member, into entry: inout AgreementEntry) {
        let a = member.agreement
        if let value = a.value { entry.value = value }
        if a.status > entry.status || (a.status == entry.status && entry.date == nil) {
            entry.status = a.status
            if a.date != nil { entry.date = a.date }
        }
        if entry.brokeredBy == nil { entry.brokeredBy = a.brokeredBy }
        for sector in a.sectors {
            let i = entry.sectors.partitioningIndex { $0 >= sector }
            if i == entry.sectors.count || entry.sectors[i] != sector { entry.sectors.insert(sector, at: i) }
        }
        let step = AgreementEntry.Step(
            status: a.status, date: a.date ?? member.reported, fact: member.fact, sequence: member.sequence)
        let at = entry.timeline.partitioningIndex { ($0.date, $0.sequence) > (step.date, step.sequence) }
        entry.timeline.insert(step, at: at)
        entry.evidenceCount += member.evidenceCount
        entry.facts.append(member.fact)
    }
}

extension Array {
    /// The first index whose element satisfies `belongsAfter`, for an array partitioned by it (binary search).
    func partitioningIndex(where belongsAfter: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if belongsAfter(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
