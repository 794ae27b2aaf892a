/// A member of a group in a projection: something one fact contributes.
protocol GroupMember: Hashable, Sendable {
    var fact: FactID { get }
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
    var slots: [String: Slot] = [:]

    /// Adds a fact's member to a group.
    mutating func add(_ member: Member, to group: String) {
        slots[member.fact.rawValue] = Slot(group: group, index: members[group]?.count ?? 0)
        members[group, default: []].append(member)
    }

    /// Takes a fact's member out of its group; returns the group (gone if it became empty) and the member.
    @discardableResult
    mutating func remove(_ fact: FactID) -> (group: String, member: Member)? {
        guard let slot = slots.removeValue(forKey: fact.rawValue), let count = members[slot.group]?.count else { return nil }
        let member: Member
        if slot.index == count - 1 {
            member = members[slot.group]!.removeLast()
        } else {
            let last = members[slot.group]!.removeLast()
            slots[last.fact.rawValue] = slot
            member = members[slot.group]![slot.index]
            members[slot.group]![slot.index] = last
        }
        if count == 1 { members[slot.group] = nil }
        return (slot.group, member)
    }

    func group(of fact: FactID) -> String? { slots[fact.rawValue]?.group }

    func members(of group: String) -> [Member] { members[group] ?? [] }
}

/// Where a report stands among its group's reports: by the date reported, then by the sequence
/// number that first recorded it (which no two facts share).
struct ReportOrder: Hashable, Sendable, Comparable {
    var reported: String
    var sequence: UInt64

    static func < (a: ReportOrder, b: ReportOrder) -> Bool { (a.reported, a.sequence) < (b.reported, b.sequence) }
}

/// The key of a pair of parties in the views' pair indexes, the same in either order.
func pairKey(_ a: Party, _ b: Party) -> String {
    let (x, y) = (a.description, b.description)
    return x < y ? x + "|" + y : y + "|" + x
}
