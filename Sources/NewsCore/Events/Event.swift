import Foundation

/// Everything newsd learns is one of these events, appended to the log.
///
/// The actor and time of an event are in its log record's envelope (see `EventEnvelope`).
public enum Event: Hashable, Sendable {
    case articleIngested(ArticleIngested)
    case factExtracted(FactExtracted)
    case factAsserted(FactAsserted)
    case factCorrected(FactCorrected)
    case factRetracted(FactRetracted)
    case articleRetracted(ArticleRetracted)

    /// The event type stored in the log record.
    public var typeName: String { kind.rawValue }

    var kind: Kind {
        switch self {
        case .articleIngested: .articleIngested
        case .factExtracted: .factExtracted
        case .factAsserted: .factAsserted
        case .factCorrected: .factCorrected
        case .factRetracted: .factRetracted
        case .articleRetracted: .articleRetracted
        }
    }

    /// The types of event, each by the name its log records carry.
    enum Kind: String, CaseIterable {
        case articleIngested = "ArticleIngested"
        case factExtracted = "FactExtracted"
        case factAsserted = "FactAsserted"
        case factCorrected = "FactCorrected"
        case factRetracted = "FactRetracted"
        case articleRetracted = "ArticleRetracted"
    }

    /// The schema version this build writes, for every event type.
    public static let schemaVersion: UInt16 = 1
}

/// An event as the log holds it: where it is, when and by whom it was written.
public struct EventEnvelope: Hashable, Sendable {
    public var sequence: UInt64
    /// Microseconds since 1970-01-01 UTC, from the log.
    public var timestamp: Int64
    public var actor: String
    public var event: Event

    public init(sequence: UInt64, timestamp: Int64, actor: String, event: Event) {
        self.sequence = sequence
        self.timestamp = timestamp
        self.actor = actor
        self.event = event
    }
}

/// An article's text and where it came from.
public struct ArticleIngested: Hashable, Sendable, Codable {
    public var article: ArticleID
    public var text: String
    /// `ar` or `en` (ISO 639-1), as detected.
    public var language: Language
    public var url: String?
    public var source: String?
    /// The publication date, `YYYY-MM-DD`.
    public var published: String?

    public init(
        article: ArticleID, text: String, language: Language, url: String? = nil, source: String? = nil,
        published: String? = nil
    ) {
        self.article = article
        self.text = text
        self.language = language
        self.url = url
        self.source = source
        self.published = published
    }
}

/// A fact the extractor read in an article.
public struct FactExtracted: Hashable, Sendable, Codable {
    enum CodingKeys: String, CodingKey {
        case id, article, fact, evidence, confidence
        case extractorVersion = "extractor_version"
        case supersedes
    }

    public var id: FactID
    public var article: ArticleID
    public var fact: Fact
    public var evidence: [Evidence]
    /// From 0 to 1.
    public var confidence: Decimal
    public var extractorVersion: String
    /// Facts of an older extractor that this one replaces.
    public var supersedes: [FactID]

    public init(
        id: FactID, article: ArticleID, fact: Fact, evidence: [Evidence], confidence: Decimal,
        extractorVersion: String, supersedes: [FactID] = []
    ) {
        self.id = id
        self.article = article
        self.fact = fact
        self.evidence = evidence
        self.confidence = confidence
        self.extractorVersion = extractorVersion
        self.supersedes = supersedes
    }
}

/// A fact a person recorded by hand.
public struct FactAsserted: Hashable, Sendable, Codable {
    public var id: FactID
    public var fact: Fact
    public var evidence: [Evidence]
    public var note: String?

    public init(id: FactID, fact: Fact, evidence: [Evidence] = [], note: String? = nil) {
        self.id = id
        self.fact = fact
        self.evidence = evidence
        self.note = note
    }
}

/// A fact as corrected by a person: the whole corrected fact replaces the current one.
public struct FactCorrected: Hashable, Sendable, Codable {
    public var id: FactID
    public var fact: Fact
    public var reason: String

    public init(id: FactID, fact: Fact, reason: String) {
        self.id = id
        self.fact = fact
        self.reason = reason
    }
}

/// A fact withdrawn: it leaves the projections, and stays in the history.
public struct FactRetracted: Hashable, Sendable, Codable {
    public var id: FactID
    public var reason: String

    public init(id: FactID, reason: String) {
        self.id = id
        self.reason = reason
    }
}

/// An article withdrawn: every fact read in it leaves the projections.
public struct ArticleRetracted: Hashable, Sendable, Codable {
    public var article: ArticleID
    public var reason: String

    public init(article: ArticleID, reason: String) {
        self.article = article
        self.reason = reason
    }
}
