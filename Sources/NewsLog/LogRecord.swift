/// One record of the log, as it is stored: the event's envelope and its opaque payload.
///
/// The log does not interpret payloads; NewsCore encodes events into them. The byte layout
/// is in FORMAT.md beside this file.
public struct LogRecord: Sendable, Hashable {
    /// Dense sequence number, from 1.
    public var sequence: UInt64
    /// When the log sequenced the record, in microseconds since 1970-01-01 UTC. Never decreases.
    public var timestamp: Int64
    /// The chain hash of the record before (all zero for record 1).
    public var previousChainHash: ChainHash
    /// The payload's schema version for this event type.
    public var schemaVersion: UInt16
    /// Whether more records of the same append follow this one.
    public var continues: Bool
    /// The event type, e.g. `ArticleIngested`; 1 to 255 UTF-8 bytes.
    public var eventType: String
    /// Who caused the event, e.g. `uid:1000` or `extractor`; at most 65,535 UTF-8 bytes.
    public var actor: String
    /// The append's idempotency key, carried by its first record only; at most 255 UTF-8 bytes.
    public var idempotencyKey: String?
    /// The encoded event.
    public var payload: [UInt8]
}

/// An event to append: everything of a record that the caller chooses.
public struct LogEntry: Sendable, Hashable {
    public var eventType: String
    public var schemaVersion: UInt16
    public var actor: String
    public var payload: [UInt8]

    public init(eventType: String, schemaVersion: UInt16 = 1, actor: String, payload: [UInt8]) {
        self.eventType = eventType
        self.schemaVersion = schemaVersion
        self.actor = actor
        self.payload = payload
    }
}

/// One append: entries that become consecutive records, durable together or not at all.
public struct AppendRequest: Sendable, Hashable {
    public var entries: [LogEntry]
    /// A key (an article's content hash, a client's event id) that makes a retry safe: an
    /// append whose key is already in the log is answered as a duplicate and not written.
    public var idempotencyKey: String?
    /// Append only if the log's last sequence number is this (0 for an empty log).
    public var expectedLastSequence: UInt64?

    public init(entries: [LogEntry], idempotencyKey: String? = nil, expectedLastSequence: UInt64? = nil) {
        self.entries = entries
        self.idempotencyKey = idempotencyKey
        self.expectedLastSequence = expectedLastSequence
    }

    public init(_ entry: LogEntry, idempotencyKey: String? = nil, expectedLastSequence: UInt64? = nil) {
        self.init(entries: [entry], idempotencyKey: idempotencyKey, expectedLastSequence: expectedLastSequence)
    }
}

/// What an acknowledged append did.
public enum AppendResult: Sendable, Hashable {
    /// The records are on disk.
    case appended(AppendReceipt)
    /// The idempotency key was already in the log, at the append that starts at this sequence number.
    case duplicate(ofSequence: UInt64)
}

/// The sequence numbers and head of a durable append.
public struct AppendReceipt: Sendable, Hashable {
    public var firstSequence: UInt64
    public var lastSequence: UInt64
    public var timestamp: Int64
    /// The chain hash of the last record written.
    public var chainHash: ChainHash
}
