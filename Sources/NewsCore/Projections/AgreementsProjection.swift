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
///
/// Agreements are held by slot, a number given in the order they were founded: the slot holds
/// the entry, what matching needs of it, its members and its candidate key, and the candidate
/// lists, the party index and each member's agreement refer to slots. Only a lookup by id hashes
/// the id's string.
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

    /// What the facts an agreement may take are found by: its founding fact's kind and parties
    /// (each once, in order). It stays the founder's when a refold puts another fact first.
    struct CandidateKey: Hashable, Sendable {
        var kind: Agreement.Kind
        var parties: [Party]

        init(_ a: Agreement) {
            kind = a.kind
            parties = Set(a.parties).sorted()
        }

        init(kind: Agreement.Kind, parties: [Party]) {
            self.kind = kind
            self.parties = parties
        }
    }

    /// What a fact's match against a candidate first looks at, kept flat beside the slots so
    /// that the scan of a long candidate list retains nothing: the value's currency (packed) and
    /// amount as a Double. It only turns a candidate down where `compatible` would; anything it
    /// lets through is then judged by `compatible` itself. Derived from the slots, never stored.
    struct Probe: Hashable, Sendable {
        /// The currency's code packed into an integer; 0 for no value, `.max` for a code too long to pack.
        var currency: UInt32
        var approximate: Double

        static let none = Probe(currency: 0, approximate: 0)

        init(currency: UInt32, approximate: Double) {
            self.currency = currency
            self.approximate = approximate
        }

        init(_ match: Match) {
            self.init(currency: match.value.map { Self.pack($0.currency) } ?? 0, approximate: match.approximate)
        }

        static func pack(_ currency: Currency) -> UInt32 {
            var packed: UInt32 = 0
            for (i, byte) in currency.code.utf8.enumerated() {
                guard i < 4 else { return .max }
                packed |= UInt32(byte) << (8 * UInt32(i))
            }
            return packed
        }

        /// Whether this candidate's value is clearly more than 1% from a fact's value, in
        /// `currency` (packed; 0 for none) and `approximate`, or in another currency: the first
        /// test of a match, which `compatible` then completes.
        func rules(out currency: UInt32, _ approximate: Double) -> Bool {
            guard currency != 0, self.currency != 0 else { return false }
            if currency != .max, self.currency != .max, currency != self.currency { return true }
            let difference = abs(approximate - self.approximate) * 100
            let bound = max(abs(approximate), abs(self.approximate))
            return difference > bound * (1 + 1e-9)
        }
    }

    /// One agreement.
    struct Slot: Hashable, Sendable {
        var entry: AgreementEntry
        var match: Match
        /// Its members (rows of the fact table), in the order first recorded.
        var members: [Int32]
        var key: CandidateKey

        init(entry: AgreementEntry, members: [Int32], key: CandidateKey) {
            self.entry = entry
            match = Match(entry)
            self.members = members
            self.key = key
        }
    }

    /// The agreements by slot, in the order founded; nil where one lost its last member.
    private(set) var slots: [Slot?] = []
    /// Each slot's probe (`Probe.none` where the slot is empty), kept with its match.
    private var probes: [Probe] = []
    /// The slot of each agreement, by id.
    private(set) var slotOf: [String: Int32] = [:]
    /// The slot of each member's agreement, by row.
    private var groupOf = RowMap<Int32>(none: -1)
    /// Agreements by kind and parties, in the order they were founded.
    private var candidates: [CandidateKey: [Int32]] = [:]
    /// The agreements of each party and pair of parties, brokers included.
    private var index = PartyIndex<Int32>()

    init() {}

    /// How many agreements there are.
    var count: Int { slotOf.count }

    /// An agreement, by id.
    func entry(_ id: String) -> AgreementEntry? { slotOf[id].flatMap { slots[Int($0)]?.entry } }

    /// An agreement's members (rows of the fact table), in the order first recorded.
    func members(of id: String) -> [Int32] { slotOf[id].flatMap { slots[Int($0)]?.members } ?? [] }

    /// The slots of the agreements that may have every one of these parties.
    func slots(withParties parties: [Party]) -> [Int32] {
        index.groups(withParties: parties) ?? slots.indices.compactMap { slots[$0] == nil ? nil : Int32($0) }
    }

    /// The parties an agreement is found by: its parties and its broker.
    private static func indexed(_ entry: AgreementEntry?) -> [Party] {
        guard let entry else { return [] }
        return entry.parties + (entry.brokeredBy.map { [$0] } ?? [])
    }

    /// Puts a member in a slot (or, with nil, in none); returns the slot it was in.
    @discardableResult
    private mutating func setGroup(of row: Int32, to slot: Int32?) -> Int32? {
        let before = groupOf[row]
        groupOf[row] = slot
        return before
    }

    /// Takes a fact out; its row must still hold the fact as it was added.
    mutating func remove(_ row: Int32, facts: FactTable) {
        guard let slot = setGroup(of: row, to: nil) else { return }
        slots[Int(slot)]!.members.removeAll { $0 == row }
        refold(slot, facts: facts)
    }

    /// Adds a fact, already in its row.
    mutating func add(_ record: StoredFact, row: Int32, facts: FactTable) {
        guard case .agreement(let agreement) = record.fact else { return }
        let key = CandidateKey(agreement)
        let approximate = agreement.value?.approximateAmount ?? 0
        let currency = agreement.value.map { Probe.pack($0.currency) } ?? 0
        // (Each candidate's probe is read first, and its match in place only if the probe lets
        // it through: a copy of its slot or its match would retain their arrays and strings.)
        let match = candidates[key]?.first { slot in
            guard !probes[Int(slot)].rules(out: currency, approximate) else { return false }
            guard let candidate = slots[Int(slot)]?.match else { return false }
            return Self.compatible(agreement, approximate, candidate)
        }
        guard let slot = match else {
            // A new agreement: its slot is the next, and it is folded from its one member.
            let slot = Int32(slots.count)
            let id = freshID(for: record.id)
            let empty = AgreementEntry(
                id: id, parties: [], kind: agreement.kind, title: "", value: nil, status: agreement.status,
                brokeredBy: nil, sectors: [], date: nil, timeline: [], evidence: [], evidenceCount: 0, facts: [])
            slots.append(Slot(entry: empty, members: [row], key: key))
            probes.append(.none)
            slotOf[id] = slot
            candidates[key, default: []].append(slot)
            setGroup(of: row, to: slot)
            refold(slot, facts: facts)
            return
        }
        let i = Int(slot)
        setGroup(of: row, to: slot)
        if let last = slots[i]!.members.last, last < row {
            slots[i]!.members.append(row)
            let hadBroker = slots[i]!.entry.brokeredBy != nil
            Self.fold(record, into: &slots[i]!.entry)
            rematch(i)
            // Only a broker can join the parties an agreement is found by (they come from its founder).
            if !hadBroker, slots[i]!.entry.brokeredBy != nil {
                index.update(slot, from: slots[i]!.entry.parties, to: Self.indexed(slots[i]!.entry))
            }
        } else {
            let position = slots[i]!.members.firstIndex { $0 > row } ?? slots[i]!.members.count
            slots[i]!.members.insert(row, at: position)
            refold(slot, facts: facts)
        }
    }

    /// Folds a fact's agreement again after its row was corrected in place.
    mutating func correct(_ row: Int32, facts: FactTable) {
        guard let slot = groupOf[row] else { return }
        refold(slot, facts: facts)
    }

    /// The agreement a fact belongs to.
    func agreement(containing row: Int32) -> AgreementEntry? {
        groupOf[row].flatMap { slots[Int($0)]?.entry }
    }

    /// The fact's id, or, if an agreement already has it (its founder was corrected away), the id with a suffix.
    private func freshID(for fact: FactID) -> String {
        var id = fact.rawValue
        var n = 2
        while slotOf[id] != nil {
            id = "\(fact.rawValue).\(n)"
            n += 1
        }
        return id
    }

    /// Whether a fact may report this agreement, once the candidate's probe has let it through
    /// (so values clearly more than 1% apart are already turned down); `approximate` is the
    /// fact's value as a Double.
    private static func compatible(_ a: Agreement, _ approximate: Double, _ match: Match) -> Bool {
        if let v = a.value, let w = match.value {
            guard v.currency == w.currency else { return false }
            // Within 1% (Money.agrees): decided exactly where the Doubles are too close to the edge to tell.
            let difference = abs(approximate - match.approximate) * 100
            let bound = max(abs(approximate), abs(match.approximate))
            if !(difference < bound * (1 - 1e-9)) && !v.agrees(with: w) { return false }
        }
        if !a.sectors.isEmpty && !match.sectors.isEmpty && Set(a.sectors).isDisjoint(with: match.sectors) {
            return false
        }
        return true
    }

    /// Folds an agreement again from its members, or removes it when none is left.
    private mutating func refold(_ slot: Int32, facts: FactTable) {
        let i = Int(slot)
        guard let old = slots[i] else { return }
        guard let first = old.members.first, case .agreement(let founding) = facts.fact(first) else {
            index.update(slot, from: Self.indexed(old.entry), to: [])
            slots[i] = nil
            probes[i] = .none
            slotOf[old.entry.id] = nil
            candidates[old.key]?.removeAll { $0 == slot }
            if candidates[old.key]?.isEmpty == true { candidates[old.key] = nil }
            return
        }
        // (The founder's parties are usually the key's: the entry then shares the key's array.)
        let parties = Set(founding.parties).sorted()
        var entry = AgreementEntry(
            id: old.entry.id, parties: parties == old.key.parties ? old.key.parties : parties, kind: founding.kind,
            title: founding.title,
            value: nil, status: founding.status, brokeredBy: founding.brokeredBy, sectors: [], date: founding.date,
            timeline: [], evidence: [], evidenceCount: 0, facts: [])
        for row in old.members { Self.fold(facts[row], into: &entry) }
        index.update(slot, from: Self.indexed(old.entry), to: Self.indexed(entry))
        slots[i]!.entry = entry
        rematch(i)
    }

    /// Derives a slot's match, and its probe, from its entry as it now stands.
    private mutating func rematch(_ i: Int) {
        slots[i]!.match = Match(slots[i]!.entry)
        probes[i] = Probe(slots[i]!.match)
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

extension AgreementsProjection {
    /// Restores the view from its slots as a snapshot holds them (`Projections+BinaryViews.swift`),
    /// building the lookups and index from them; refuses slots that no replay could have left.
    init(slots stored: [Slot?]) throws {
        self.init()
        slots = stored
        probes = stored.map { $0.map { Probe($0.match) } ?? .none }
        for (s, slot) in stored.enumerated() {
            guard let slot else { continue }
            let rows = slot.members
            guard !rows.isEmpty, zip(rows, rows.dropFirst()).allSatisfy({ $0 < $1 }) else {
                throw SnapshotDecodingError(
                    description: "the snapshot's agreement \(slot.entry.id) has its members out of order")
            }
            guard slotOf.updateValue(Int32(s), forKey: slot.entry.id) == nil else {
                throw SnapshotDecodingError(description: "the snapshot holds two agreements \(slot.entry.id)")
            }
            guard zip(slot.key.parties, slot.key.parties.dropFirst()).allSatisfy({ $0 < $1 }) else {
                throw SnapshotDecodingError(
                    description: "the snapshot's agreement \(slot.entry.id) has its key's parties out of order")
            }
            for row in rows where setGroup(of: row, to: Int32(s)) != nil {
                throw SnapshotDecodingError(description: "the snapshot's agreements place fact row \(row) twice")
            }
            candidates[slot.key, default: []].append(Int32(s))
            index.update(Int32(s), from: [], to: Self.indexed(slot.entry))
        }
    }

    /// Whether every member names a row of the table that holds an agreement.
    func rows(in facts: FactTable) -> Bool {
        groupOf.rows.allSatisfy { facts.holds($0, .agreement) }
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
