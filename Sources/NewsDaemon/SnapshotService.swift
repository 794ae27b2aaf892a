import Logging
import NewsCore
import NewsLog
import ServiceLifecycle
import Synchronization

/// Snapshots of the projections, each followed by a signed checkpoint of the log's Merkle tree,
/// written by a service of their own so that writes never wait for them.
///
/// The ledger tells it each time its projections move on (`advanced`); when a snapshot is due,
/// the service writes it. On shutdown the ledger asks for a last one (`finish`) after this
/// service has stopped.
public final class SnapshotService: Service, Sendable {
    private struct State {
        /// The sequence number of the newest snapshot written or queued.
        var last: UInt64
        var every: UInt64
        /// A snapshot is queued or being written.
        var busy = false
    }

    private let log: EventLog
    private let snapshots: SnapshotStore
    private let checkpoints: CheckpointStore
    private let logger: Logger
    private let state: Mutex<State>
    /// The sequence number of the newest snapshot written; held while one is written, so that
    /// two are never written at once.
    private let written: Mutex<UInt64>
    private let due: AsyncStream<Projections>
    private let queue: AsyncStream<Projections>.Continuation

    init(
        log: EventLog, snapshots: SnapshotStore, checkpoints: CheckpointStore, logger: Logger, last: UInt64,
        every: UInt64
    ) {
        self.log = log
        self.snapshots = snapshots
        self.checkpoints = checkpoints
        self.logger = logger
        state = Mutex(State(last: last, every: every))
        written = Mutex(last)
        (due, queue) = AsyncStream.makeStream(of: Projections.self, bufferingPolicy: .bufferingNewest(1))
    }

    func update(every: UInt64) { state.withLock { $0.every = every } }

    /// The projections moved on: queues a snapshot of them if one is due.
    ///
    /// One is due every `every` events, and no sooner than a quarter of the ledger since the
    /// last: a snapshot costs time in proportion to the whole state, so spacing them in
    /// proportion keeps their total cost in proportion to the log (and a restart replays at
    /// most a quarter of it). One at a time: while one is being written, the next waits for a
    /// later call.
    func advanced(_ projections: Projections) {
        let isDue = state.withLock { s in
            let n = projections.lastSequence
            guard !s.busy, n > s.last, n - s.last >= max(s.every, n / 4) else { return false }
            s.busy = true
            s.last = n
            return true
        }
        if isDue { queue.yield(projections) }
    }

    public func run() async throws {
        for await projections in due.cancelOnGracefulShutdown() {
            await write(projections)
            state.withLock { $0.busy = false }
        }
    }

    /// Writes a last snapshot if `projections` moved past the newest written (after one being
    /// written, if any); no more are queued after this.
    func finish(_ projections: Projections) async {
        queue.finish()
        state.withLock { $0.last = max($0.last, projections.lastSequence) }
        await write(projections)
    }

    /// Writes a snapshot of `state` (bound to the log's chain hash after its last event) unless
    /// one as new is written, and signs a checkpoint of the log's Merkle tree, off the caller.
    private func write(_ state: Projections) async {
        await Task.detached(priority: .utility) { [self] in
            written.withLock { newest in
                guard state.lastSequence > newest else { return }
                newest = state.lastSequence
                writeNow(state)
            }
        }.value
    }

    private func writeNow(_ state: Projections) {
        let reader = log.reader()
        do {
            // The log may have moved on since `state` was taken: bind the snapshot to its own seq.
            guard let chainHash = try reader.chainHash(after: state.lastSequence) else {
                throw LedgerError(.unavailable, "the log ends before seq \(state.lastSequence)")
            }
            try snapshots.write(
                Snapshot(sequence: state.lastSequence, chainHash: chainHash, state: state.canonicalBytes()))
        } catch {
            // A missing snapshot only makes the next start slower.
            logger.warning("could not write a snapshot", metadata: ["error": "\(error)"])
        }
        do {
            let tree = LogProofs.head(log)
            let checkpoint = try checkpoints.sign(treeSize: tree.size, root: tree.root, time: EventLog.systemClock())
            logger.info(
                "signed a checkpoint",
                metadata: ["checkpoint.tree_size": "\(checkpoint.treeSize)", "checkpoint.root": "\(checkpoint.root)"])
        } catch {
            logger.warning("could not sign a checkpoint", metadata: ["error": "\(error)"])
        }
    }
}
