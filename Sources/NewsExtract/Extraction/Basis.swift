import Foundation
import NewsCore

/// How a fact was read: what the text said outright and what the extractor supplied.
///
/// Each fact carries it (`ExtractedFact.basis`, and `basis` in `newsctl extract --json`), so an
/// analyst sees which parts were inherited from the article, and the confidence is read off it.
public struct Basis: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Both parties are named in the fact's own sentence.
    public static let namedParties = Basis(rawValue: 1 << 0)
    /// A party was supplied from the article's main pair (its headline and lead).
    public static let partiesFromArticle = Basis(rawValue: 1 << 1)
    /// A line of a list, under the line that introduces it.
    public static let listItem = Basis(rawValue: 1 << 2)
    /// One of several facts that one sentence enumerates.
    public static let enumerated = Basis(rawValue: 1 << 3)
    /// The sentence says what became of the deal (signed, pledged, announced, …).
    public static let statusWord = Basis(rawValue: 1 << 4)
    /// Joining a named accord.
    public static let accord = Basis(rawValue: 1 << 5)
    /// A supplier's share of a commodity.
    public static let supply = Basis(rawValue: 1 << 6)

    static let names: [(Basis, String)] = [
        (.namedParties, "parties named in the sentence"), (.partiesFromArticle, "party from the article's main pair"),
        (.listItem, "list item"), (.enumerated, "one of several in a sentence"), (.statusWord, "status stated"),
        (.accord, "named accord"), (.supply, "supply share"),
    ]

    /// The flags, in words.
    public var descriptions: [String] { Self.names.filter { contains($0.0) }.map(\.1) }

    /// The parties part of a sentence's basis: named when it names two countries, else supplied.
    static func parties(_ r: Extractor.Reading) -> Basis {
        r.distinctCountries.count >= 2 ? .namedParties : .partiesFromArticle
    }
}
