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
            throw Self.unreadable(sequence, eventType, schemaVersion, error)
        }
    }

    static func unreadable(_ sequence: UInt64, _ type: String, _ version: UInt16, _ error: EventDecodingError)
        -> LogError
    {
        LogError(
            .corrupt, "record \(sequence) (\(type) v\(version)) cannot be read: \(error)",
            hint: "A newer newsd wrote it; run that version")
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
    /// Calls `body` with each event from `first` through `last` (the reader's end if nil) as the
    /// projections read it (`EventCodec.foldEvent`), with its sequence number and time, in order.
    /// Each record is read where it lies in the read buffer, and a record that does not decode
    /// throws as `LogRecord.envelope()` does.
    public func forEachFoldEvent(
        from first: UInt64, through last: UInt64? = nil, _ body: (UInt64, Int64, FoldEvent) throws -> Void
    ) throws {
        try forEachFrameInPlace(from: first, through: last) { sequence, bytes in
            let view = try Self.checkedView(sequence, bytes)
            let event: FoldEvent
            do throws(EventDecodingError) {
                event = try EventCodec.foldEvent(
                    type: view.type, schemaVersion: view.schemaVersion, payload: view.payload)
            } catch {
                throw LogRecord.unreadable(
                    sequence, String(decoding: view.type, as: UTF8.self), view.schemaVersion, error)
            }
            try body(sequence, view.timestamp, event)
        }
    }

    /// The projections of every record this reader sees, or of those up to `asOf`.
    public func projections(asOf: AsOf? = nil) throws -> Projections {
        var projections = Projections()
        projections.reserveCapacity(events: Int(lastSequence))
        do {
            try forEachFoldEvent(from: 1) { sequence, timestamp, event in
                if let asOf, !asOf.includes(sequence: sequence, timestamp: timestamp) { throw ReplayEnd() }
                projections.apply(event, sequence: sequence, timestamp: timestamp)
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
