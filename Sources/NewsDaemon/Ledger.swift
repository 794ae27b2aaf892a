import Foundation
import Logging
import NewsCore
import NewsLog

/// The log and the projections together: every write goes to the log first, and the
/// projections follow the log in sequence order.
///
/// Its commands (`Ledger+Commands.swift`) take and return domain types; the Varlink service
/// translates them to and from the wire. Recovery at start is `LedgerRecovery`; snapshots and
/// checkpoints are written by `SnapshotService`.
public actor Ledger {
    public let log: EventLog
    /// Writes snapshots and checkpoints; run it in the daemon's service group.
    public nonisolated let snapshots: SnapshotService
    let logger: Logger
    var projections: Projections
    var settings: Settings

    /// What SIGHUP may change while running.
    public struct Settings: Sendable {
        public var maximumArticleBytes: Int
        public var snapshotEvery: UInt64
        public init(maximumArticleBytes: Int, snapshotEvery: UInt64) {
            self.maximumArticleBytes = maximumArticleBytes
            self.snapshotEvery = snapshotEvery
        }
    }

    /// Opens the log (with recovery), restores the newest snapshot that fits it, and replays the
    /// rest (`LedgerRecovery`, which says how `shouldStop` and `progress` are used).
    public static func open(
        configuration: DaemonConfiguration, logger: Logger, shouldStop: @Sendable () -> Bool = { false },
        progress: @Sendable (UInt64, UInt64) -> Void = { _, _ in }
    ) throws -> Ledger {
        let recovered = try LedgerRecovery(
            state: configuration.state, segmentBytes: configuration.segmentBytes, logger: logger,
            shouldStop: shouldStop, progress: progress)
        let settings = Settings(
            maximumArticleBytes: configuration.maximumArticleBytes, snapshotEvery: configuration.snapshotEvery)
        let snapshots = SnapshotService(
            log: recovered.log, snapshots: recovered.snapshots,
            checkpoints: CheckpointStore(stateDirectory: configuration.stateDirectory),
            logger: logger, last: recovered.snapshotSequence, every: settings.snapshotEvery)
        return Ledger(
            log: recovered.log, snapshots: snapshots, logger: logger, projections: recovered.projections,
            settings: settings)
    }

    private init(
        log: EventLog, snapshots: SnapshotService, logger: Logger, projections: Projections, settings: Settings
    ) {
        self.log = log
        self.snapshots = snapshots
        self.logger = logger
        self.projections = projections
        self.settings = settings
    }

    public func update(_ settings: Settings) {
        self.settings = settings
        snapshots.update(every: settings.snapshotEvery)
    }

    /// The current projections.
    public var current: Projections { projections }

    /// Stops writing: takes a last snapshot if the projections moved on since the newest (after
    /// one being written), and closes the log. Call it once the snapshot service has stopped.
    public func close() async {
        await snapshots.finish(projections)
        log.close()
    }

    /// Appends events atomically and brings the projections up to date with the log.
    func append(_ events: [Event], actor: String, key: String?) async throws -> AppendResult {
        let request = AppendRequest(entries: events.map { LogEntry($0, actor: actor) }, idempotencyKey: key)
        let result: AppendResult
        do {
            result = try await log.append(request)
        } catch let error as LogError where error.code == .diskFull {
            throw LedgerError(.diskFull, error.description, ["reason": error.description])
        } catch let error as LogError {
            throw LedgerError(.unavailable, error.description, ["reason": error.description])
        }
        try catchUp()
        return result
    }

    /// Applies every durable record the projections have not seen.
    private func catchUp() throws {
        let reader = log.reader()
        guard reader.lastSequence > projections.lastSequence else { return }
        try reader.forEachFoldEvent(from: projections.lastSequence + 1) {
            projections.apply($2, sequence: $0, timestamp: $1)
        }
        snapshots.advanced(projections)
    }

    /// The projections as of a point: the current ones, or a replay of the log up to it.
    public nonisolated func projections(asOf: AsOf?) async throws -> Projections {
        let now = await current
        guard let asOf else { return now }
        if case .sequence(let n) = asOf, n >= now.lastSequence { return now }
        if case .time(let t) = asOf, t >= now.lastTimestamp { return now }
        let reader = log.reader()
        return try await Task.detached { try reader.projections(asOf: asOf) }.value
    }
}
