import NewsCore

/// The parameters and replies of `io.newsd.Ingest`: ingest, record, correct, retract, re-extract.
extension NewsAPI {
    public struct IngestCall: Codable, Sendable {
        public var text: String
        public var url: String?
        public var source: String?
        public var published: String?
        public init(text: String, url: String? = nil, source: String? = nil, published: String? = nil) {
            self.text = text
            self.url = url
            self.source = source
            self.published = published
        }
    }

    public struct IngestReply: Codable, Sendable {
        public var article: String
        public var sequence: UInt64
        public var duplicate: Bool
        public var language: String
        public var facts: Int
        public var extractor: String?
        public init(
            article: String, sequence: UInt64, duplicate: Bool, language: String, facts: Int, extractor: String?
        ) {
            self.article = article
            self.sequence = sequence
            self.duplicate = duplicate
            self.language = language
            self.facts = facts
            self.extractor = extractor
        }
    }

    public struct RecordCall: Codable, Sendable {
        enum CodingKeys: String, CodingKey {
            case fact, note
            case clientID = "client_id"
        }

        public var fact: Fact
        public var note: String?
        public var clientID: String?
        public init(fact: Fact, note: String? = nil, clientID: String? = nil) {
            self.fact = fact
            self.note = note
            self.clientID = clientID
        }
    }

    public struct RecordReply: Codable, Sendable {
        public var fact: String
        public var sequence: UInt64
        public var duplicate: Bool
        public init(fact: String, sequence: UInt64, duplicate: Bool) {
            self.fact = fact
            self.sequence = sequence
            self.duplicate = duplicate
        }
    }

    public struct CorrectCall: Codable, Sendable {
        public var fact: String
        public var replacement: Fact
        public var reason: String
        public init(fact: String, replacement: Fact, reason: String) {
            self.fact = fact
            self.replacement = replacement
            self.reason = reason
        }
    }

    public struct RetractCall: Codable, Sendable {
        public var fact: String
        public var reason: String
        public init(fact: String, reason: String) {
            self.fact = fact
            self.reason = reason
        }
    }

    public struct RetractArticleCall: Codable, Sendable {
        public var article: String
        public var reason: String
        public init(article: String, reason: String) {
            self.article = article
            self.reason = reason
        }
    }

    public struct FactWritten: Codable, Sendable {
        public var fact: String
        public var sequence: UInt64
        public init(fact: String, sequence: UInt64) {
            self.fact = fact
            self.sequence = sequence
        }
    }

    public struct ArticleWritten: Codable, Sendable {
        public var article: String
        public var sequence: UInt64
        public init(article: String, sequence: UInt64) {
            self.article = article
            self.sequence = sequence
        }
    }

    public struct ReextractCall: Codable, Sendable {
        public var article: String?
        public var force: Bool?
        public init(article: String? = nil, force: Bool? = nil) {
            self.article = article
            self.force = force
        }
    }

    public struct ReextractReply: Codable, Sendable {
        public var articles: Int
        public var superseded: Int
        public var extracted: Int
        public init(articles: Int, superseded: Int, extracted: Int) {
            self.articles = articles
            self.superseded = superseded
            self.extracted = extracted
        }
    }
}
