import Logging

/// A swift-log handler that writes each entry to the systemd journal as structured fields.
///
/// Every entry carries `MESSAGE`, `PRIORITY` (syslog level), `SYSLOG_IDENTIFIER`, `CODE_FILE`,
/// `CODE_LINE`, `CODE_FUNC`, `LOGGER_LABEL` and one field per metadata entry, so
/// `journalctl -u newsd EVENT_SEQ=42` finds the entries about one event (see
/// ``fieldName(forMetadataKey:)`` for how keys become field names). Use it when
/// ``isConnectedToJournal`` is true, i.e. when systemd started the process:
///
/// ```swift
/// LoggingSystem.bootstrap { JournalLogHandler(label: $0, metadataProvider: $1) }
/// ```
///
/// Sending never blocks on a full journal for long and never fails the caller: when there is
/// no journal the entry is dropped.
public struct JournalLogHandler: LogHandler {
    /// The label of the `Logger` this handler serves; sent as `LOGGER_LABEL`.
    public let label: String
    /// The `SYSLOG_IDENTIFIER` of every entry, the name `journalctl -t` selects by.
    public let identifier: String
    /// Entries below this level are not sent (swift-log checks this before calling the handler).
    public var logLevel: Logger.Level
    /// Metadata sent with every entry; the provider's and per-call metadata override it.
    public var metadata: Logger.Metadata
    /// Contextual metadata (task-local values, for instance) added at each log call.
    public var metadataProvider: Logger.MetadataProvider?

    /// Creates a handler for the logger `label`.
    public init(
        label: String,
        identifier: String = "newsd",
        logLevel: Logger.Level = .info,
        metadata: Logger.Metadata = [:],
        metadataProvider: Logger.MetadataProvider? = nil
    ) {
        self.label = label
        self.identifier = identifier
        self.logLevel = logLevel
        self.metadata = metadata
        self.metadataProvider = metadataProvider
    }

    /// Reads or writes one entry of the handler's metadata.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Sends the entry to the journal; errors (no journal, a full socket buffer) are ignored.
    public func log(event: LogEvent) {
        Self.send(fields: fields(for: event))
    }

    /// The journal fields for `event`, with this handler's metadata, the provider's, and the
    /// event's merged in that order (later ones win for the same key).
    public func fields(for event: LogEvent) -> [String] {
        var merged = metadata
        if let provided = metadataProvider?.get(), !provided.isEmpty {
            merged.merge(provided) { _, new in new }
        }
        if let perCall = event.metadata, !perCall.isEmpty {
            merged.merge(perCall) { _, new in new }
        }
        return Self.fields(
            message: event.message.description,
            level: event.level,
            metadata: merged,
            identifier: identifier,
            label: label,
            file: event.file,
            function: event.function,
            line: event.line
        )
    }
}
