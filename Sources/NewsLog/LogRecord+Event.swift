import NewsCore

extension LogRecord {
    /// The event this record holds, with the record's place, time and actor.
    ///
    /// A payload this build cannot read throws `.corrupt` naming the record; the usual cause is
    /// a newer newsd, hence the hint.
    public func envelope() throws(LogError) -> EventEnvelope {
        do {
            return EventEnvelope(
                sequence: sequence, timestamp: timestamp, actor: actor,
                event: try EventCodec.decode(type: eventType, schemaVersion: schemaVersion, payload: payload))
        } catch {
            throw LogError(
                .corrupt, "record \(sequence) (\(eventType) v\(schemaVersion)) cannot be read: \(error)",
                hint: "A newer newsd wrote it; run that version")
        }
    }
}

extension LogReader: EventLookup {
    /// The event at `sequence`, for the evidence and history the projections leave in the log.
    public func envelope(at sequence: UInt64) throws -> EventEnvelope { try record(at: sequence).envelope() }

    /// Many events, read in log order (`records(at:)`).
    public func envelopes(at sequences: some Collection<UInt64>) throws -> [UInt64: EventEnvelope] {
        var out: [UInt64: EventEnvelope] = [:]
        for record in try records(at: sequences) { out[record.sequence] = try record.envelope() }
        return out
    }
}

extension LogReader {
    /// The projections of every record this reader sees, or of those up to `asOf`.
    public func projections(asOf: AsOf? = nil) throws -> Projections {
        var projections = Projections()
        do {
            try forEachRecord(from: 1) { record in
                let envelope = try record.envelope()
                if let asOf, !asOf.includes(envelope) { throw ReplayEnd() }
                projections.apply(envelope)
            }
        } catch is ReplayEnd {}
        return projections
    }
}

/// Ends a replay at its as-of point; not an error.
private struct ReplayEnd: Error {}

extension LogEntry {
    /// An entry that records `event`, caused by `actor`.
    public init(_ event: Event, actor: String) {
        self.init(
            eventType: event.typeName, schemaVersion: Event.schemaVersion, actor: actor,
            payload: EventCodec.encode(event))
    }
}
