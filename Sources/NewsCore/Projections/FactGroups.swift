/// A member of a group in a projection: something one fact contributes, named by the fact's row
/// in the fact table.
protocol GroupMember: Hashable, Sendable {
    var row: Int32 { get }
}

/// Facts grouped under keys, both ways: the members of a group, and where a fact's member is.
///
/// Each key gets a slot, a number given in the order keys are first seen, and keeps it when its
/// group empties; the views keep what they know of a group in arrays by slot, and where a fact's
/// member is is an array by the fact's row. Only `slot(for:)` hashes a key's string.
///
/// Adding and removing are O(1): members are kept in no particular order (removing moves the
/// last member into the gap), so whatever a projection shows from a group it sorts first. The
/// order is still a function of the events alone, so replays and snapshots stay deterministic.
struct FactGroups<Member: GroupMember>: Hashable, Sendable {
    /// Where a fact's member is: its group's slot and its index there; group -1 for none.
    struct Place: Hashable, Sendable {
        var group: Int32
        var index: Int32
    }

    /// Each group's key, by slot.
    private(set) var keys: [String] = []
    /// Each group's members, by slot; empty for a group that emptied.
    private(set) var members: [[Member]] = []
    /// The slot of each key.
    private var slotOf: [String: Int32] = [:]
    /// Where each fact's member is, by the fact's row.
    private var places = RowMap(none: Place(group: -1, index: 0))
    /// How many groups have members.
    private(set) var count = 0

    /// How many slots there are, emptied groups included.
    var slotCount: Int { keys.count }

    /// The slot of a key, a new one if the key is new.
    mutating func slot(for key: String) -> Int32 {
        if let slot = slotOf[key] { return slot }
        let slot = Int32(keys.count)
        keys.append(key)
        members.append([])
        slotOf[key] = slot
        return slot
    }

    /// Adds a fact's member to a group.
    mutating func add(_ member: Member, to group: Int32) {
        places[member.row] = Place(group: group, index: Int32(members[Int(group)].count))
        if members[Int(group)].isEmpty { count += 1 }
        members[Int(group)].append(member)
    }

    /// Takes a fact's member out of its group; returns the group (empty now, if it was its last
    /// member) and the member.
    @discardableResult
    mutating func remove(_ row: Int32) -> (group: Int32, member: Member)? {
        guard let at = places[row] else { return nil }
        places[row] = nil
        let g = Int(at.group)
        let member: Member
        if Int(at.index) == members[g].count - 1 {
            member = members[g].removeLast()
        } else {
            let last = members[g].removeLast()
            places[last.row] = at
            member = members[g][Int(at.index)]
            members[g][Int(at.index)] = last
        }
        if members[g].isEmpty { count -= 1 }
        return (at.group, member)
    }

    func group(of row: Int32) -> Int32? { places[row]?.group }

    func members(of group: Int32) -> [Member] { members[Int(group)] }

    func key(of group: Int32) -> String { keys[Int(group)] }
}

extension FactGroups {
    /// Restores the groups as a snapshot holds them: each slot's key and members, in slot order.
    /// Refuses a key given twice and a row placed twice.
    init(keys: [String], members: [[Member]]) throws {
        self.init()
        guard keys.count == members.count else {
            throw SnapshotDecodingError(description: "the snapshot's groups and keys differ in number")
        }
        self.keys = keys
        self.members = members
        count = members.lazy.filter { !$0.isEmpty }.count
        for (slot, key) in keys.enumerated() where slotOf.updateValue(Int32(slot), forKey: key) != nil {
            throw SnapshotDecodingError(description: "the snapshot holds the group \(key) twice")
        }
        for (slot, list) in members.enumerated() {
            for (index, member) in list.enumerated() {
                guard places[member.row] == nil else {
                    throw SnapshotDecodingError(
                        description: "the snapshot's projections place fact row \(member.row) twice")
                }
                places[member.row] = Place(group: Int32(slot), index: Int32(index))
            }
        }
    }

    /// Whether every member names a row of the table that holds a fact of the kind the group is for.
    func rows(in facts: FactTable, are kind: Fact.Kind) -> Bool {
        places.rows.allSatisfy { facts.holds($0, kind) }
    }
}

/// A value for some of the fact table's rows, in an array by row: a row without one holds
/// `none`, and the array never ends in `none`, so the same values give the same array however
/// they came (a replay and a snapshot of it compare equal).
struct RowMap<Value: Hashable & Sendable>: Hashable, Sendable {
    private var values: [Value] = []
    private let none: Value

    init(none: Value) { self.none = none }

    subscript(row: Int32) -> Value? {
        get { Int(row) < values.count && values[Int(row)] != none ? values[Int(row)] : nil }
        set {
            let i = Int(row)
            if let newValue {
                if i >= values.count { values += repeatElement(none, count: i + 1 - values.count) }
                values[i] = newValue
            } else if i < values.count {
                values[i] = none
                while values.last == none { values.removeLast() }
            }
        }
    }

    /// The rows that hold a value, in order.
    var rows: some Sequence<Int32> { values.indices.lazy.filter { values[$0] != none }.map { Int32($0) } }
}

/// Where a report stands among its group's reports: by the date reported, then by the sequence
/// number that first recorded it (which no two facts share).
struct ReportOrder: Hashable, Sendable, Comparable {
    var reported: CivilDate
    var sequence: UInt64

    static func < (a: ReportOrder, b: ReportOrder) -> Bool { (a.reported, a.sequence) < (b.reported, b.sequence) }
}

/// Which groups each party, and each pair of parties, is in: the views' indexes for queries.
/// Derived from the views, so rebuilt when a snapshot is read and never stored.
struct PartyIndex<Group: Comparable & Hashable & Sendable>: Hashable, Sendable {
    /// Each party's and each pair's groups, in ascending order (slots are numbered in the order
    /// founded, so a list grows at its end; as sets, a query got them in hash order and had to
    /// copy them out and sort them from scratch).
    private var byParty: [String: [Group]] = [:]
    private var byPair: [String: [Group]] = [:]

    /// Moves a group from one set of parties to another (either may be empty).
    mutating func update(_ group: Group, from old: [Party], to new: [Party]) {
        if old.isEmpty {
            add(group, new)
            return
        }
        let before = Set(old.map(\.description))
        let after = Set(new.map(\.description))
        guard before != after else { return }
        Self.move(group, from: before, to: after, in: &byParty)
        Self.move(group, from: Self.pairs(before), to: Self.pairs(after), in: &byPair)
    }

    /// The groups that may have every one of these parties: those of the pair, or of the rarest
    /// party; nil when `parties` is empty (every group may).
    func groups(withParties parties: [Party]) -> [Group]? {
        guard !parties.isEmpty else { return nil }
        if parties.count == 2, parties[0] != parties[1] {
            return byPair[Self.pairKey(parties[0].description, parties[1].description)] ?? []
        }
        return parties.map { byParty[$0.description] ?? [] }.min { $0.count < $1.count } ?? []
    }

    /// A group that had no parties (the common case, and every group of a restore), without
    /// the sets of names and pairs a move needs.
    private mutating func add(_ group: Group, _ parties: [Party]) {
        var names: [String] = []
        names.reserveCapacity(parties.count)
        for party in parties {
            let name = party.description
            if !names.contains(name) { names.append(name) }
        }
        for (i, name) in names.enumerated() {
            Self.insert(group, into: &byParty[name, default: []])
            for other in names[(i + 1)...] { Self.insert(group, into: &byPair[Self.pairKey(name, other), default: []]) }
        }
    }

    /// Puts a group in its place in an ascending list (at the end, for a group newer than the rest).
    private static func insert(_ group: Group, into list: inout [Group]) {
        if list.last.map({ $0 < group }) ?? true {
            list.append(group)
            return
        }
        let i = list.partitioningIndex { $0 >= group }
        if list[i] != group { list.insert(group, at: i) }
    }

    private static func remove(_ group: Group, from list: inout [Group]) {
        let i = list.partitioningIndex { $0 >= group }
        if i < list.count, list[i] == group { list.remove(at: i) }
    }

    private static func pairKey(_ x: String, _ y: String) -> String { x < y ? x + "|" + y : y + "|" + x }

    private static func pairs(_ names: Set<String>) -> Set<String> {
        let sorted = names.sorted()
        var out = Set<String>()
        for i in sorted.indices { for j in sorted.indices where j > i { out.insert(pairKey(sorted[i], sorted[j])) } }
        return out
    }

    private static func move(
        _ group: Group, from before: Set<String>, to after: Set<String>, in index: inout [String: [Group]]
    ) {
        for key in before.subtracting(after) {
            if index[key] != nil { remove(group, from: &index[key]!) }
            if index[key]?.isEmpty == true { index[key] = nil }
        }
        for key in after.subtracting(before) { insert(group, into: &index[key, default: []]) }
    }
}
