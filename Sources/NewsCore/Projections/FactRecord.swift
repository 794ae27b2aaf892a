import Foundation

/// What the projections know of one fact: its current form, where it came from, and its history.
public struct FactRecord: Hashable, Sendable, Codable {
    enum CodingKeys: String, CodingKey {
        case id, fact, state, article, evidence, confidence
        case extractorVersion = "extractor_version"
        case firstSequence = "first_sequence"
        case reported, history
    }

    public enum State: String, Hashable, Sendable, Codable, CaseIterable {
        /// In the projections.
        case active
        /// Withdrawn by a person, or with its article.
        case retracted
        /// Replaced by a newer extractor's fact.
        case superseded
    }

    /// One step in a fact's life, with the event that took it.
    public struct Step: Hashable, Sendable, Codable {
        public enum Action: String, Hashable, Sendable, Codable, CaseIterable {
            case extracted, asserted, corrected, retracted, superseded
        }
        public var action: Action
        public var sequence: UInt64
        public var timestamp: Int64
        public var actor: String
        /// Why, for corrections and retractions.
        public var reason: String?
        /// The fact as it stood after this step (for extracted, asserted and corrected).
        public var fact: Fact?
    }

    public var id: FactID
    public var fact: Fact
    public var state: State
    /// The article it was read in; nil for facts recorded by hand.
    public var article: ArticleID?
    public var evidence: [Evidence]
    public var confidence: Decimal?
    public var extractorVersion: String?
    /// The sequence number of the event that first recorded it.
    public var firstSequence: UInt64
    /// When the source reported it: the article's publication date, else the day it was recorded (`YYYY-MM-DD`).
    public var reported: CivilDate
    public var history: [Step]

    public var isActive: Bool { state == .active }
}

extension FactRecord {
    /// Orders reports by when they were reported, then by when they were recorded.
    static func reportedBefore(_ a: FactRecord, _ b: FactRecord) -> Bool {
        (a.reported, a.firstSequence) < (b.reported, b.firstSequence)
    }
}

/// What the projections keep of a fact in memory: its current form and where it stands, with
/// pointers into the log for the rest.
///
/// The evidence, the confidence, the extractor's version and every step of the history are in
/// the events the log already holds; keeping copies of them took a third of newsd's memory. A
/// query that shows them reads those events (`Projections.fact(_:events:)`).
struct StoredFact: Hashable, Sendable {
    /// A step of the history: what happened, and the event that did it.
    struct StepRef: Hashable, Sendable {
        var action: FactRecord.Step.Action
        var sequence: UInt64
    }

    var id: FactID
    var fact: Fact
    var state: FactRecord.State
    var article: ArticleID?
    var firstSequence: UInt64
    var reported: CivilDate
    /// The event that holds its evidence, confidence and extractor version: its latest
    /// extraction or assertion.
    var origin: UInt64
    /// How many pieces of evidence that event gives.
    var evidenceCount: Int
    /// The first step of its history (its extraction or assertion), kept apart from the rest:
    /// most facts have no other, and then they cost no array of their own (48 bytes and an
    /// allocation each).
    private var firstStep: StepRef
    private var laterSteps: [StepRef]

    init(
        id: FactID, fact: Fact, state: FactRecord.State, article: ArticleID?, firstSequence: UInt64,
        reported: CivilDate, origin: UInt64, evidenceCount: Int, steps: [StepRef]
    ) {
        precondition(!steps.isEmpty, "a fact's history has a first step")
        self.id = id
        self.fact = fact
        self.state = state
        self.article = article
        self.firstSequence = firstSequence
        self.reported = reported
        self.origin = origin
        self.evidenceCount = evidenceCount
        firstStep = steps[0]
        laterSteps = Array(steps.dropFirst())
    }

    /// Every step of its history, in order; never empty.
    var steps: [StepRef] { [firstStep] + laterSteps }

    /// Adds a step at the end of its history.
    mutating func append(_ step: StepRef) { laterSteps.append(step) }

    /// Puts another fact's history before its own: a fact recorded again keeps the steps it had.
    mutating func follow(_ earlier: StoredFact) {
        laterSteps = earlier.laterSteps + [firstStep] + laterSteps
        firstStep = earlier.firstStep
    }

    var isActive: Bool { state == .active }
}

extension StoredFact {
    /// A fact and its row in the fact table.
    init(_ row: FactTable.Row, fact: Fact) {
        id = row.id
        self.fact = fact
        state = row.state
        article = row.article
        firstSequence = row.firstSequence
        reported = row.reported
        origin = row.origin
        evidenceCount = Int(row.evidenceCount)
        firstStep = StepRef(action: row.firstAction, sequence: row.firstSequence)
        laterSteps = row.laterSteps
    }

    /// Its row in the fact table, its fact's encoding at `factStart`.
    func row(factStart: Int, factLength: UInt32) -> FactTable.Row {
        precondition(firstStep.sequence == firstSequence, "a fact's first step is the event that first recorded it")
        return FactTable.Row(
            id: id, article: article, firstSequence: firstSequence, origin: origin, factStart: factStart,
            laterSteps: laterSteps, reported: reported, evidenceCount: Int32(clamping: evidenceCount),
            factLength: factLength, state: state, kind: fact.kind, firstAction: firstStep.action)
    }
}
