/// Facts grouped under keys, both ways: the members of a group, and the group of a fact.
///
/// Members keep the order they joined in, so everything computed from a group is
/// independent of dictionary order.
struct FactGroups: Hashable, Sendable, Codable {
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
