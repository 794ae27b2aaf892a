/// A member of a group in a projection: something one fact contributes, named by the fact's row
/// in the fact table.
protocol GroupMember: Hashable, Sendable {
    var row: Int32 { get }
}

/// Facts grouped under keys, both ways: the members of a group, and where a fact's member is.
///
/// Adding and removing are O(1): members are kept in no particular order (removing moves the
/// last member into the gap), so whatever a projection shows from a group it sorts first. The
/// order is still a function of the events alone, so replays and snapshots stay deterministic.
struct FactGroups<Member: GroupMember>: Hashable, Sendable {
    struct Slot: Hashable, Sendable {
        var group: String
        var index: Int
    }

    var members: [String: [Member]] = [:]
    /// Where each fact's member is, by the fact's row.
    var slots: [Int32: Slot] = [:]

    /// Adds a fact's member to a group.
    mutating func add(_ member: Member, to group: String) {
        slots[member.row] = Slot(group: group, index: members[group]?.count ?? 0)
        members[group, default: []].append(member)
    }

    /// Takes a fact's member out of its group; returns the group (gone if it became empty) and the member.
    @discardableResult
    mutating func remove(_ row: Int32) -> (group: String, member: Member)? {
        guard let slot = slots.removeValue(forKey: row), let count = members[slot.group]?.count else {
            return nil
        }
        let member: Member
        if slot.index == count - 1 {
            member = members[slot.group]!.removeLast()
        } else {
            let last = members[slot.group]!.removeLast()
            slots[last.row] = slot
            member = members[slot.group]![slot.index]
            members[slot.group]![slot.index] = last
        }
        if count == 1 { members[slot.group] = nil }
        return (slot.group, member)
    }

    func group(of row: Int32) -> String? { slots[row]?.group }

    func members(of group: String) -> [Member] { members[group] ?? [] }
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
struct PartyIndex<Group: Hashable & Sendable>: Hashable, Sendable {
    private var byParty: [String: Set<Group>] = [:]
    private var byPair: [String: Set<Group>] = [:]

    /// Moves a group from one set of parties to another (either may be empty).
    mutating func update(_ group: Group, from old: [Party], to new: [Party]) {
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
            return Array(byPair[Self.pairKey(parties[0].description, parties[1].description)] ?? [])
        }
        return parties.map { byParty[$0.description] ?? [] }.min { $0.count < $1.count }.map(Array.init) ?? []
    }

    private static func pairKey(_ x: String, _ y: String) -> String { x < y ? x + "|" + y : y + "|" + x }

    private static func pairs(_ names: Set<String>) -> Set<String> {
        let sorted = names.sorted()
        var out = Set<String>()
        for i in sorted.indices { for j in sorted.indices where j > i { out.insert(pairKey(sorted[i], sorted[j])) } }
        return out
    }

    private static func move(
        _ group: Group, from before: Set<String>, to after: Set<String>, in index: inout [String: Set<Group>]
    ) {
        for key in before.subtracting(after) {
            index[key]?.remove(group)
            if index[key]?.isEmpty == true { index[key] = nil }
        }
        for key in after.subtracting(before) { index[key, default: []].insert(group) }
    }
}
