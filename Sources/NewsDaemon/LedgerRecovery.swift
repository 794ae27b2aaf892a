import Logging
import NewsCore
import NewsLog

/// Bringing a ledger back at start: the log opened (with its own recovery), the newest snapshot
/// that fits the log restored, and the rest of the log replayed into the projections.
struct LedgerRecovery {
    let log: EventLog
    let snapshots: SnapshotStore
    let projections: Projections
    /// The sequence number the restored snapshot stood at (0 if none was restored).
    let snapshotSequence: UInt64

    /// `progress(done, total)` is called as the replay starts and now and then during it.
    /// `shouldStop()` is asked every few hundred records; once it says yes, the replay ends,
    /// the log is closed unchanged, and this throws `ReplayStopped`.
    init(
        state: StateDirectory, segmentBytes: Int, logger: Logger, shouldStop: @Sendable () -> Bool,
        progress: @Sendable (UInt64, UInt64) -> Void
    ) throws {
        var logConfiguration = EventLog.Configuration()
        logConfiguration.segmentSize = segmentBytes
        let log = try EventLog.open(directory: state.log, configuration: logConfiguration, logger: logger)
        do {
            let snapshots = SnapshotStore(directory: state.snapshots, logger: logger)
            let reader = log.reader()
            var projections = Projections()
            if let snapshot = try snapshots.latest(matching: reader.chainHash(after:)) {
                do {
                    projections = try Projections(canonicalBytes: snapshot.state)
                    logger.info("restored a snapshot", metadata: ["event.seq": "\(snapshot.sequence)"])
                } catch {
                    logger.warning(
                        "a snapshot did not decode; replaying from the start", metadata: ["error": "\(error)"])
                }
            }
            let start = projections.lastSequence
            let total = reader.lastSequence
            var done: UInt64 = 0
            if shouldStop() { throw ReplayStopped(at: start, of: total) }
            progress(start, total)
            projections.reserveCapacity(events: Int(total > start ? total - start : 0))
            try reader.forEachFoldEvent(from: start + 1) { sequence, timestamp, event in
                projections.apply(event, sequence: sequence, timestamp: timestamp)
                done += 1
                if done % 512 == 0, shouldStop() { throw ReplayStopped(at: start + done, of: total) }
                if done % 50_000 == 0 { progress(start + done, total) }
            }
            progress(total, total)
            logger.info("projections rebuilt", metadata: ["event.seq": "\(total)", "replayed": "\(total - start)"])
            self.log = log
            self.snapshots = snapshots
            self.projections = projections
            snapshotSequence = start
        } catch {
            // A start that gives up changes nothing more: not even the last segment's seal.
            log.close(sealingTail: false)
            throw error
        }
    }
}
