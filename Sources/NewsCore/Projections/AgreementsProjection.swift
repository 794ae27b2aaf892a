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
/// An agreement is a fold of its facts in the order they were first recorded, which is the
/// order of their rows in the fact table: a member is its fact's row, and the fold reads the
/// fact from it. A new fact usually comes last, so it is folded into the agreement as it stands;
/// anything else (a removal, a correction, a re-extraction of an older fact) folds the agreement
/// again from its members. A fact leaves before its row changes, so the rows a fold reads always
/// hold the facts as they stand.
struct AgreementsProjection: Hashable, Sendable {
    /// What matching a fact and filtering a list need of an agreement, kept beside the entry so
    /// that neither copies the entry (its timeline, facts and title); the value also as a Double,
    /// to turn down clear misses without Decimal arithmetic. Derived from the entries, never stored.
    struct Match: Hashable, Sendable {
        var value: Money?
        var approximate: Double
        var sectors: [String]
        var parties: [Party]
        var brokeredBy: Party?
        var kind: Agreement.Kind
        var status: Agreement.Status
        /// The agreement's date, else its first report's: what a date filter looks at.
        var date: CivilDate?
        /// The sequence number of its first report (by date): its place in the list.
        var first: UInt64

        init(_ entry: AgreementEntry) {
            value = entry.value
            approximate = entry.value?.approximateAmount ?? 0
            sectors = entry.sectors
            parties = entry.parties
            brokeredBy = entry.brokeredBy
            kind = entry.kind
            status = entry.status
            date = entry.date ?? entry.timeline.first?.date
            first = entry.timeline.first?.sequence ?? 0
        }
    }

    var entries: [String: AgreementEntry] = [:]
    var matches: [String: Match] = [:]
    /// Each agreement's members (rows of the fact table), in the order first recorded.
    var members: [String: [Int32]] = [:]
    /// The agreement of each member.
    var groupOf: [Int32: String] = [:]
    /// Agreements by kind and parties, in the order they were founded.
    var candidates: [String: [String]] = [:]
    /// The candidate key of each agreement.
    var keyOf: [String: String] = [:]
    /// The agreements of each party and pair of parties, brokers included.
    var index = PartyIndex()

    init() {}

    /// Builds the party index and the matches from the entries, after reading a snapshot.
    mutating func rebuildIndex() {
        index = PartyIndex()
        matches = [:]
        for (id, entry) in entries {
            index.update(id, from: [], to: Self.indexed(entry))
            matches[id] = Match(entry)
        }
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

    /// Takes a fact out; its row must still hold the fact as it was added.
    mutating func remove(_ row: Int32, facts: FactTable) {
        guard let group = groupOf.removeValue(forKey: row) else { return }
        members[group]?.removeAll { $0 == row }
        refold(group, facts: facts)
    }

    /// Adds a fact, already in its row.
    mutating func add(_ record: StoredFact, row: Int32, facts: FactTable) {
        guard case .agreement(let agreement) = record.fact else { return }
        let key = Self.candidateKey(agreement)
        let approximate = agreement.value?.approximateAmount ?? 0
        let match = candidates[key]?.first { id in
            matches[id].map { Self.compatible(agreement, approximate, $0) } ?? false
        }
        let group = match ?? freshID(for: record.id)
        if match == nil {
            candidates[key, default: []].append(group)
            keyOf[group] = key
        }
        groupOf[row] = group
        if let last = members[group]?.last, last < row {
            members[group]!.append(row)
            let before = entries[group]!.brokeredBy == nil ? nil : Self.indexed(entries[group])
            Self.fold(record, into: &entries[group]!)
            matches[group] = Match(entries[group]!)
            // Only a broker can join the parties an agreement is found by (they come from its founder).
            if before == nil, entries[group]!.brokeredBy != nil {
                index.update(group, from: entries[group]!.parties, to: Self.indexed(entries[group]))
            }
        } else {
            let position = members[group]?.firstIndex { $0 > row } ?? members[group]?.count ?? 0
            members[group, default: []].insert(row, at: position)
            refold(group, facts: facts)
        }
    }

    /// Folds a fact's agreement again after its row was corrected in place.
    mutating func correct(_ row: Int32, facts: FactTable) {
        guard let group = groupOf[row] else { return }
        refold(group, facts: facts)
    }

    /// The agreement a fact belongs to.
    func agreement(containing row: Int32) -> AgreementEntry? {
        groupOf[row].flatMap { entries[$0] }
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

    /// Whether a fact may report this agreement; `approximate` is the fact's value as a Double.
    private static func compatible(_ a: Agreement, _ approximate: Double, _ match: Match) -> Bool {
        if let v = a.value, let w = match.value {
            guard v.currency == w.currency else { return false }
            // Within 1% (Money.agrees), decided in Doubles unless too close to the edge to tell.
            let difference = abs(approximate - match.approximate) * 100
            let bound = max(abs(approximate), abs(match.approximate))
            if difference > bound * (1 + 1e-9) { return false }
            if !(difference < bound * (1 - 1e-9)) && !v.agrees(with: w) { return false }
        }
        if !a.sectors.isEmpty && !match.sectors.isEmpty && Set(a.sectors).isDisjoint(with: match.sectors) {
            return false
        }
        return true
    }

    /// Folds an agreement again from its members, or removes it when none is left.
    private mutating func refold(_ group: String, facts: FactTable) {
        let old = entries[group]
        guard let list = members[group], let first = list.first, case .agreement(let founding) = facts[first].fact
        else {
            index.update(group, from: Self.indexed(old), to: [])
            entries[group] = nil
            matches[group] = nil
            members[group] = nil
            if let key = keyOf.removeValue(forKey: group) {
                candidates[key]?.removeAll { $0 == group }
                if candidates[key]?.isEmpty == true { candidates[key] = nil }
            }
            return
        }
        var entry = AgreementEntry(
            id: group, parties: Set(founding.parties).sorted(), kind: founding.kind, title: founding.title,
            value: nil, status: founding.status, brokeredBy: founding.brokeredBy, sectors: [], date: founding.date,
            timeline: [], evidence: [], evidenceCount: 0, facts: [])
        for row in list { Self.fold(facts[row], into: &entry) }
        index.update(group, from: Self.indexed(old), to: Self.indexed(entry))
        entries[group] = entry
        matches[group] = Match(entry)
    }

    /// Folds the next fact (in the order first recorded) into an agreement.
    private static func fold(_ record: StoredFact, into entry: inout AgreementEntry) {
        guard case .agreement(let a) = record.fact else { return }
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
            status: a.status, date: a.date ?? record.reported, fact: record.id, sequence: record.firstSequence)
        let at = entry.timeline.partitioningIndex { ($0.date, $0.sequence) > (step.date, step.sequence) }
        entry.timeline.insert(step, at: at)
        entry.evidenceCount += record.evidenceCount
        entry.facts.append(record.id)
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
