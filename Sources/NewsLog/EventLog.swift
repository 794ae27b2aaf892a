import Dispatch
import Logging
import Synchronization
import SystemPackage

#if canImport(Glibc)
    import Glibc
#endif

/// The append-only, tamper-evident event log in one directory of segment files.
///
/// Appends from any number of tasks are queued and written by one writer queue; every append
/// that arrives while a sync is under way shares the next one (group commit). An append
/// returns only once its records are on disk. Reads see durable records only, and may run
/// at any time from any thread.
public final class EventLog: Sendable {
    /// Tunables, with the defaults a daemon wants.
    public struct Configuration: Sendable {
        /// A new segment is started before an append would take the current one past this size.
        public var segmentSize: Int = 64 << 20
        /// The largest record accepted, in bytes of record (without the 8-byte frame header).
        public var maxRecordSize: Int = 16 << 20
        /// The wall clock, in microseconds since 1970-01-01 UTC. The log never lets it run backwards.
        public var clock: @Sendable () -> Int64 = EventLog.systemClock

        public init() {}
    }

    public let directory: FilePath
    /// The segments the open took from their seals instead of reading them (see `SegmentSeal`):
    /// damage inside them is found by `LogVerifier`, not by the open.
    public let trustedSeals: Int
    let configuration: Configuration
    private let logger: Logger
    private let lock: DirectoryLock
    private let queue = DispatchQueue(label: "newsd.log.writer")
    private let inbox = Mutex(Inbox())
    let head: Mutex<Head>
    /// The Merkle tree of every durable record; it may run ahead of `head` by the records of an
    /// append being published.
    let merkle: Mutex<CompactMerkleTree>
    private let writer: Writer
    /// Seals being written in the background; `close` waits for them.
    private let sealing = DispatchGroup()

    struct Inbox {
        var pending: [PendingAppend] = []
        var draining = false
        var closed = false
    }

    /// What readers may see: the durable end of the log and where its segments are.
    struct Head: Sendable {
        var lastSequence: UInt64
        var chainHash: ChainHash
        var lastTimestamp: Int64
        var segments: [SegmentEntry]
        var statistics = Statistics()
    }

    /// Counts since the log was opened.
    public struct Statistics: Sendable, Hashable {
        /// Appends acknowledged as written (not duplicates).
        public var appends: UInt64 = 0
        /// Records written by them.
        public var records: UInt64 = 0
        /// Bytes written by them.
        public var bytes: UInt64 = 0
        /// fdatasync calls that made appends durable; fewer than `appends` when group commit shares them.
        public var syncs: UInt64 = 0
    }

    struct SegmentEntry: Sendable {
        var name: String
        var firstSequence: UInt64
        /// The durable end of the segment.
        var end: Int64
        var index: SegmentIndex
    }

    struct PendingAppend: Sendable {
        var request: AppendRequest
        var continuation: CheckedContinuation<AppendResult, any Error>
    }

    /// Opens the log in `directory` (created if missing) for writing, after recovery.
    ///
    /// Recovery reads the whole log. A torn tail (the bytes of an append that never became
    /// durable) is cut off, and a copy of the cut bytes is kept beside the segment. Any
    /// other damage throws a `.corrupt` error naming the segment, offset and sequence
    /// number, and changes nothing.
    public static func open(directory: FilePath, configuration: Configuration = .init(), logger: Logger) throws
        -> EventLog
    {
        do {
            try FileOps.makeDirectories(directory)
        } catch let e as Errno {
            throw LogError.io("cannot create the log directory \(directory)", e)
        }
        let lock = try DirectoryLock.acquire(directory)
        do {
            return try EventLog(directory: directory, configuration: configuration, logger: logger, lock: lock)
        } catch {
            lock.release()
            throw error
        }
    }

    private init(directory: FilePath, configuration: Configuration, logger: Logger, lock: DirectoryLock) throws {
        self.directory = directory
        self.configuration = configuration
        self.logger = logger
        self.lock = lock
        let recovered = try Recovery(directory: directory, maxRecordSize: configuration.maxRecordSize, logger: logger)
            .run()
        head = Mutex(recovered.head)
        merkle = Mutex(recovered.tree)
        trustedSeals = recovered.trustedSeals
        let tail = recovered.head.segments[recovered.head.segments.count - 1]
        let (sealing, maxRecordSize) = (sealing, configuration.maxRecordSize)
        writer = try Writer(
            segment: SegmentWriter(
                directory: directory, name: tail.name, firstSequence: tail.firstSequence, size: tail.end),
            head: recovered.head, keys: recovered.keys, tailChainBefore: recovered.tailChainBefore,
            configuration: configuration,
            sealed: { request in
                DispatchQueue.global(qos: .utility).async(group: sealing) {
                    Self.seal(request, directory: directory, maxRecordSize: maxRecordSize, logger: logger)
                }
            })
        logger.info(
            "log opened",
            metadata: [
                "log.directory": "\(directory)", "event.seq": "\(recovered.head.lastSequence)",
                "log.segments": "\(recovered.head.segments.count)", "log.trusted_seals": "\(trustedSeals)",
            ])
    }

    deinit {
        if !inbox.withLock({ $0.closed }) {
            writer.close()
            lock.release()
        }
    }

    /// The sequence number of the last durable record (0 when the log is empty).
    public var lastSequence: UInt64 { head.withLock { $0.lastSequence } }

    /// The chain hash of the last durable record (`ChainHash.zero` when the log is empty).
    public var chainHash: ChainHash { head.withLock { $0.chainHash } }

    /// What the log has written since it was opened.
    public var statistics: Statistics { head.withLock { $0.statistics } }

    /// Appends one event as one record.
    public func append(_ entry: LogEntry, idempotencyKey: String? = nil, expectedLastSequence: UInt64? = nil)
        async throws -> AppendResult
    {
        try await append(
            AppendRequest(entry, idempotencyKey: idempotencyKey, expectedLastSequence: expectedLastSequence))
    }

    /// Appends the request's entries as consecutive records, all durable or none.
    ///
    /// Returns once they are on disk, or with `.duplicate` if the idempotency key is already
    /// in the log. Throws `.wrongExpectedSequence` if the log's last sequence number is not
    /// the expected one, `.diskFull` when there is no room (the log stays valid and later
    /// appends work once there is), and `.failed` after a sync failure.
    public func append(_ request: AppendRequest) async throws -> AppendResult {
        try validate(request)
        return try await withCheckedThrowingContinuation { continuation in
            let accepted = inbox.withLock { inbox -> Bool in
                if inbox.closed { return false }
                inbox.pending.append(PendingAppend(request: request, continuation: continuation))
                if !inbox.draining {
                    inbox.draining = true
                    // Scheduled under the lock, so `close` cannot slip in between and miss it.
                    queue.async { self.drain() }
                }
                return true
            }
            if !accepted { continuation.resume(throwing: LogError(.closed, "the log is closed")) }
        }
    }

    /// Proves the writer is alive: a no-op passes through its queue. Throws the writer's
    /// failure if a sync failed, and `.closed` after `close()`.
    public func checkHealth() async throws {
        if inbox.withLock({ $0.closed }) { throw LogError(.closed, "the log is closed") }
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            queue.async {
                if let failure = self.writer.failure {
                    continuation.resume(throwing: failure)
                } else {
                    continuation.resume()
                }
            }
        }
    }

    /// Stops accepting appends, waits for those already queued (and for seals being written),
    /// seals the last segment as far as it goes unless told not to (a start that gives up
    /// leaves the directory as it found it), and releases the directory.
    public func close(sealingTail: Bool = true) {
        let wasOpen = inbox.withLock { inbox in
            defer { inbox.closed = true }
            return !inbox.closed
        }
        guard wasOpen else { return }
        let tail = queue.sync { writer.tailSealRequest() }
        sealing.wait()
        // The last segment's seal, so that the next open reads only what comes after it.
        if sealingTail, let tail {
            Self.seal(tail, directory: directory, maxRecordSize: configuration.maxRecordSize, logger: logger)
        }
        writer.close()
        lock.release()
        logger.info("log closed", metadata: ["event.seq": "\(lastSequence)"])
    }

    private func drain() {
        while true {
            let batch = inbox.withLock { inbox -> [PendingAppend] in
                let batch = inbox.pending
                inbox.pending.removeAll(keepingCapacity: true)
                if batch.isEmpty { inbox.draining = false }
                return batch
            }
            if batch.isEmpty { return }
            writer.process(
                batch,
                publish: { leaves, change in
                    merkle.withLock { tree in for leaf in leaves { tree.append(leafHash: leaf) } }
                    head.withLock { change(&$0) }
                }, logger: logger)
        }
    }

    /// Removes the seal of `segment`, so that the next open reads the segment in full (and
    /// refuses it if it is damaged). Returns whether there was one.
    @discardableResult
    public func unseal(segment: String) throws -> Bool {
        let path = directory.appending(SegmentSeal.fileName(forSegment: segment))
        if path.withPlatformString({ unlink($0) }) != 0 {
            if errno == ENOENT { return false }
            throw LogError.io("cannot remove the seal of \(segment)", Errno(rawValue: errno))
        }
        do { try FileOps.syncDirectory(directory) } catch let e as Errno {
            throw LogError.io("cannot sync \(directory)", e)
        }
        return true
    }

    /// Reads a segment the writer has left in full, and writes its seal if it ends where the
    /// writer says it does; otherwise the segment stays unsealed and the next open reads it.
    private static func seal(_ request: SealRequest, directory: FilePath, maxRecordSize: Int, logger: Logger) {
        let metadata: Logger.Metadata = ["log.segment": "\(request.segment)"]
        do {
            let seal = try LogScanner(directory: directory, maxRecordSize: maxRecordSize)
                .seal(segment: request.segment, firstSequence: request.firstSequence, chainBefore: request.chainBefore)
            guard seal.lastSequence == request.lastSequence, seal.chainAfter == request.chainAfter else {
                logger.error(
                    "a full segment does not end where the writer left it; not sealing it",
                    metadata: metadata.merging(["event.seq": "\(seal.lastSequence)"]) { a, _ in a })
                return
            }
            try seal.write(directory: directory, segment: request.segment)
            logger.debug("sealed a full segment", metadata: metadata)
        } catch {
            logger.error(
                "could not seal a full segment", metadata: metadata.merging(["error": "\(error)"]) { a, _ in a })
        }
    }

    private func validate(_ request: AppendRequest) throws {
        guard !request.entries.isEmpty else { throw LogError(.invalidRecord, "an append needs at least one entry") }
        if let key = request.idempotencyKey, key.isEmpty || key.utf8.count > 255 {
            throw LogError(.invalidRecord, "an idempotency key must be 1 to 255 bytes of UTF-8")
        }
        for (i, entry) in request.entries.enumerated() {
            guard let size = RecordCodec.frameSize(of: entry, key: i == 0 ? request.idempotencyKey : nil) else {
                throw LogError(
                    .invalidRecord, "entry \(i): the event type must be 1 to 255 bytes and the actor at most 65,535")
            }
            let recordSize = size - RecordCodec.frameHeaderSize
            guard recordSize <= configuration.maxRecordSize else {
                throw LogError(
                    .recordTooLarge,
                    "entry \(i) is \(recordSize) bytes, over the limit of \(configuration.maxRecordSize)")
            }
        }
    }

    /// Microseconds since 1970-01-01 UTC from the real-time clock.
    public static let systemClock: @Sendable () -> Int64 = {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1_000_000 + Int64(ts.tv_nsec) / 1000
    }
}
