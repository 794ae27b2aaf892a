import Foundation

/// Why a fact cannot be recorded.
public struct InvalidFact: Error, Sendable, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}

extension Fact {
    /// Checks what a fact must satisfy before it goes into the log; throws the first problem.
    public func validate() throws(InvalidFact) {
        switch self {
        case .agreement(let a):
            guard !a.parties.isEmpty else { throw InvalidFact("an agreement needs at least one party") }
            guard Set(a.parties).count == a.parties.count else { throw InvalidFact("a party is named twice") }
            guard !a.title.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw InvalidFact("an agreement needs a title")
            }
            try Self.check(a.value)
        case .trade(let t):
            guard t.parties.count == 2, t.parties[0] != t.parties[1] else {
                throw InvalidFact("a trade figure needs two different parties")
            }
            guard t.value != nil || t.share != nil || t.change != nil else {
                throw InvalidFact("a trade figure needs a value, a share or a change")
            }
            try Self.check(t.value)
            try Self.check(t.share)
        case .investment(let i):
            guard i.investor != i.recipient else { throw InvalidFact("the investor and the recipient are the same") }
            guard i.value != nil || i.share != nil || i.companyCount != nil || i.rank != nil else {
                throw InvalidFact("an investment figure needs a value, a share, a company count or a rank")
            }
            try Self.check(i.value)
            try Self.check(i.share)
            if let count = i.companyCount, count.value < 0 { throw InvalidFact("a company count cannot be negative") }
            if let rank = i.rank, rank < 1 { throw InvalidFact("a rank starts at 1") }
        }
    }

    private static func check(_ money: Money?) throws(InvalidFact) {
        guard let money else { return }
        guard money.amount >= 0 else { throw InvalidFact("an amount cannot be negative") }
        if money.qualifier == .range {
            guard let upper = money.upper, upper >= money.amount else {
                throw InvalidFact("a range needs an upper end at least its lower end")
            }
        } else if money.upper != nil {
            throw InvalidFact("only a range has an upper end")
        }
    }

    private static func check(_ share: Share?) throws(InvalidFact) {
        guard let share else { return }
        guard share.percent >= 0, share.percent <= 100 else {
            throw InvalidFact("a share is between 0 and 100 percent")
        }
    }
}
