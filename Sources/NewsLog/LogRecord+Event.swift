import NewsCore

extension LogRecord {
    /// The event this record holds, with the record's place, time and actor.
    public func envelope() throws(EventDecodingError) -> EventEnvelope {
        EventEnvelope(
            sequence: sequence, timestamp: timestamp, actor: actor,
            event: try EventCodec.decode(type: eventType, schemaVersion: schemaVersion, payload: payload))
    }
}

extension LogEntry {
    /// An entry that records `event`, caused by `actor`.
    public init(_ event: Event, actor: String) {
        self.init(eventType: event.typeName, schemaVersion: Event.schemaVersion, actor: actor, payload: EventCodec.encode(event))
    }
}
