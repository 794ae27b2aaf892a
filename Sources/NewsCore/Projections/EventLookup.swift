import Foundation

/// Where the projections read the events their facts point to: the evidence, the confidence
/// and every step of a fact's history stay in the log, and a query that shows them reads them.
///
/// newsd and newsctl read from the log (`LogReader` conforms in NewsLog); tests and tools that
/// hold their events in memory use `EventList`.
public protocol EventLookup {
    /// The event recorded at `sequence`; throws if there is none.
    func envelope(at sequence: UInt64) throws -> EventEnvelope

    /// The events recorded at these sequence numbers, by sequence number; throws if one is missing.
    /// By default they are looked up one by one; the log reads them in one pass, in log order.
    func envelopes(at sequences: some Collection<UInt64>) throws -> [UInt64: EventEnvelope]
}

extension EventLookup {
    public func envelopes(at sequences: some Collection<UInt64>) throws -> [UInt64: EventEnvelope] {
        var found: [UInt64: EventEnvelope] = [:]
        for sequence in sequences where found[sequence] == nil { found[sequence] = try envelope(at: sequence) }
        return found
    }
}

/// Events already read, standing in for the lookup they came from.
private struct ReadEvents: EventLookup {
    let events: [UInt64: EventEnvelope]

    func envelope(at sequence: UInt64) throws -> EventEnvelope {
        guard let envelope = events[sequence] else {
            throw EventLookupError(description: "no event has seq \(sequence)")
        }
        return envelope
    }
}

/// Events held in memory, in log order.
public struct EventList: EventLookup, Sendable {
    public let events: [EventEnvelope]

    public init(_ events: some Sequence<EventEnvelope>) { self.events = Array(events) }

    public func envelope(at sequence: UInt64) throws -> EventEnvelope {
        let i = events.partitioningIndex { $0.sequence >= sequence }
        guard i < events.count, events[i].sequence == sequence else {
            throw EventLookupError(description: "no event has seq \(sequence)")
        }
        return events[i]
    }
}

/// The projections pointed at an event that is missing, or that is not the one they recorded:
/// the log and the projections disagree.
public struct EventLookupError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(description: String) { self.description = description }
}

extension Projections {
    /// An agreement with its evidence, read from `events`: each report's, in the order the
    /// reports were first recorded. `entry` must come from these projections.
    public func withEvidence(_ entry: AgreementEntry, events: some EventLookup) throws -> AgreementEntry {
        try withEvidence([entry], events: events)[0]
    }

    /// Agreements with their evidence, the events of them all read at once.
    public func withEvidence(_ entries: [AgreementEntry], events: some EventLookup) throws -> [AgreementEntry] {
        let origins = entries.flatMap { agreementView.members(of: $0.id).map { facts.info($0).origin } }
        let read = ReadEvents(events: try events.envelopes(at: origins))
        return try entries.map { try withEvidence(one: $0, events: read) }
    }

    private func withEvidence(one entry: AgreementEntry, events: some EventLookup) throws -> AgreementEntry {
        var full = entry
        full.evidence = []
        full.evidence.reserveCapacity(max(0, entry.evidenceCount))
        for row in agreementView.members(of: entry.id) {
            let record = facts.info(row)
            full.evidence += try Self.origin(of: record.id, at: record.origin, events).evidence
        }
        guard full.evidence.count == entry.evidenceCount else {
            throw EventLookupError(
                description:
                    "agreement \(entry.id) has \(entry.evidenceCount) pieces of evidence, and the log \(full.evidence.count)"
            )
        }
        return full
    }

    /// A stored fact in full: the evidence, confidence and history read from the events it points to.
    static func record(_ stored: StoredFact, _ lookup: some EventLookup) throws -> FactRecord {
        let events = ReadEvents(events: try lookup.envelopes(at: [stored.origin] + stored.steps.map(\.sequence)))
        let origin = try origin(of: stored.id, at: stored.origin, events)
        return FactRecord(
            id: stored.id, fact: stored.fact, state: stored.state, article: stored.article,
            evidence: origin.evidence, confidence: origin.confidence, extractorVersion: origin.extractorVersion,
            firstSequence: stored.firstSequence, reported: stored.reported,
            history: try stored.steps.map { try step($0, of: stored.id, events) })
    }

    /// What a fact's latest extraction or assertion says besides the fact.
    private static func origin(of id: FactID, at sequence: UInt64, _ events: some EventLookup) throws
        -> (evidence: [Evidence], confidence: Decimal?, extractorVersion: String?)
    {
        let envelope = try events.envelope(at: sequence)
        switch envelope.event {
        case .factExtracted(let e) where e.id == id: return (e.evidence, e.confidence, e.extractorVersion)
        case .factAsserted(let e) where e.id == id: return (e.evidence, nil, nil)
        default: throw mismatch(envelope, "the extraction or assertion of fact \(id)")
        }
    }

    /// One step of a fact's history, from the event that took it.
    private static func step(_ ref: StoredFact.StepRef, of id: FactID, _ events: some EventLookup) throws
        -> FactRecord.Step
    {
        let envelope = try events.envelope(at: ref.sequence)
        var reason: String?
        var fact: Fact?
        switch (ref.action, envelope.event) {
        case (.extracted, .factExtracted(let e)) where e.id == id: fact = e.fact
        case (.asserted, .factAsserted(let e)) where e.id == id: (reason, fact) = (e.note, e.fact)
        case (.corrected, .factCorrected(let e)) where e.id == id: (reason, fact) = (e.reason, e.fact)
        case (.retracted, .factRetracted(let e)) where e.id == id: reason = e.reason
        case (.retracted, .articleRetracted(let e)): reason = "article retracted: \(e.reason)"
        case (.superseded, .factExtracted(let e)) where e.supersedes.contains(id): reason = "superseded by \(e.id)"
        default: throw mismatch(envelope, "the step '\(ref.action.rawValue)' of fact \(id)")
        }
        return FactRecord.Step(
            action: ref.action, sequence: ref.sequence, timestamp: envelope.timestamp, actor: envelope.actor,
            reason: reason, fact: fact)
    }

    private static func mismatch(_ envelope: EventEnvelope, _ expected: String) -> EventLookupError {
        EventLookupError(
            description: "seq \(envelope.sequence) holds \(envelope.event.typeName), not \(expected): "
                + "the projections and the log disagree")
    }
}
