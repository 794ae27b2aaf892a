import Foundation
import NewsCore

/// A fact the extractor found, with every sentence that supports it.
public struct ExtractedFact: Sendable, Hashable {
    public var id: FactID
    public var fact: Fact
    public var evidence: [Evidence]
    /// From 0 to 1: how much of what makes such a fact the sentences show.
    public var confidence: Decimal
    /// How it was read: what the text stated and what came from the article.
    public var basis: Basis = []
}

/// What the extractor read in one article.
public struct Extraction: Sendable, Hashable {
    /// `ar` or `en`.
    public var language: Language
    public var facts: [ExtractedFact]
    public var extractorVersion: String
}
