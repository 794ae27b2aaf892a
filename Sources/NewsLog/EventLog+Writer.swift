import Logging
import NewsCore

extension EventLog {
    /// The writer's state: the tail segment, the head and the idempotency keys.
    ///
    /// Touched only from the log's serial writer queue, which is what makes it safe to share.
    final class Writer: @unchecked Sendable {
        private let segment: SegmentWriter
        private let configuration: Configuration
        private var lastSequence: UInt64
        private var chainHash: ChainHash
        private var lastTimestamp: Int64
        private var keys: [String: UInt64]
        /// The chain hash before the tail segment's first record.
        private var tailChainBefore: ChainHash
        /// Called with each segment that stops taking appends, to seal it.
        private let sealed: @Sendable (SealRequest) -> Void
        /// Set after a failure that leaves the file in an unknown state; every later append fails with it.
        private(set) var failure: LogError?

        init(
            segment: SegmentWriter, head: Head, keys: [String: UInt64], tailChainBefore: ChainHash,
            configuration: Configuration, sealed: @escaping @Sendable (SealRequest) -> Void
        ) {
            self.segment = segment
            self.tailChainBefore = tailChainBefore
            self.sealed = sealed
            self.configuration = configuration
            lastSequence = head.lastSequence
            chainHash = head.chainHash
            lastTimestamp = head.lastTimestamp
            self.keys = keys
        }

        func close() { segment.close() }

        /// The tail segment as it stands, to seal it (at a rotation) or its first part (at the
        /// close); nil if it holds no record or the writer failed (what is on disk is then
        /// unknown until recovery reads it).
        func tailSealRequest() -> SealRequest? {
            guard failure == nil, lastSequence >= segment.firstSequence else { return nil }
            return SealRequest(
                segment: segment.name, firstSequence: segment.firstSequence, chainBefore: tailChainBefore,
                lastSequence: lastSequence, chainAfter: chainHash)
        }

        /// Makes durable records visible: their Merkle leaf hashes go into the tree, then the
        /// change into the head that readers see.
        typealias Publish = ([SHA256Hash], (inout Head) -> Void) -> Void

        /// Appends that will share one write and one sync.
        private struct Chunk {
            var bytes: [UInt8] = []
            var members: [(PendingAppend, AppendResult)] = []
            var keys: [String: UInt64] = [:]
            var index: [(UInt64, Int64)] = []
        }

        /// Sequences, writes and syncs a batch of queued appends, and answers each of them.
        func process(_ batch: [PendingAppend], publish: Publish, logger: Logger) {
            var chunk = Chunk()
            var sequence = lastSequence
            var chain = chainHash
            var timestamp = lastTimestamp
            for pending in batch {
                if let failure {
                    pending.continuation.resume(throwing: failure)
                    continue
                }
                let request = pending.request
                if let key = request.idempotencyKey {
                    if let first = keys[key] {
                        pending.continuation.resume(returning: .duplicate(ofSequence: first))
                        continue
                    }
                    if let first = chunk.keys[key] {
                        chunk.members.append((pending, .duplicate(ofSequence: first)))
                        continue
                    }
                }
                let size = request.entries.enumerated().reduce(0) {
                    $0 + RecordCodec.frameSize(of: $1.element, key: $1.offset == 0 ? request.idempotencyKey : nil)!
                }
                let used = Int(segment.size) + chunk.bytes.count
                if used + size > configuration.segmentSize && used > SegmentHeader.size {
                    if !flush(&chunk, publish: publish, logger: logger) {
                        (sequence, chain, timestamp) = (lastSequence, chainHash, lastTimestamp)
                        if let failure {
                            pending.continuation.resume(throwing: failure)
                            continue
                        }
                    }
                    // A failed flush was rolled back, so the segment may have room again.
                    if Int(segment.size) + size > configuration.segmentSize && segment.size > SegmentHeader.size {
                        let full = tailSealRequest()
                        do {
                            try segment.rotate(to: sequence + 1)
                        } catch {
                            pending.continuation.resume(throwing: error)
                            continue
                        }
                        tailChainBefore = chainHash
                        if let full { sealed(full) }
                        let entry = SegmentEntry(
                            name: segment.name, firstSequence: segment.firstSequence, end: segment.size,
                            index: SegmentIndex())
                        publish([]) { $0.segments.append(entry) }
                        logger.info("started a new segment", metadata: ["log.segment": "\(segment.name)"])
                    }
                }
                if let expected = request.expectedLastSequence, expected != sequence {
                    pending.continuation.resume(
                        throwing: LogError(
                            .wrongExpectedSequence,
                            "the append expected the log to end at seq \(expected), but it ends at seq \(sequence)"))
                    continue
                }
                timestamp = max(configuration.clock(), timestamp)
                let first = sequence + 1
                for (i, entry) in request.entries.enumerated() {
                    sequence += 1
                    chunk.index.append((sequence, segment.size + Int64(chunk.bytes.count)))
                    chain = RecordCodec.appendFrame(
                        to: &chunk.bytes, sequence: sequence, timestamp: timestamp, previous: chain, entry: entry,
                        key: i == 0 ? request.idempotencyKey : nil, continues: i < request.entries.count - 1)
                }
                if let key = request.idempotencyKey { chunk.keys[key] = first }
                chunk.members.append(
                    (
                        pending,
                        .appended(
                            AppendReceipt(
                                firstSequence: first, lastSequence: sequence, timestamp: timestamp, chainHash: chain))
                    ))
            }
            _ = flush(&chunk, publish: publish, logger: logger)
        }

        /// Writes and syncs a chunk, then publishes and answers it; false if it failed.
        private func flush(_ chunk: inout Chunk, publish: Publish, logger: Logger) -> Bool {
            defer { chunk = Chunk() }
            // Members without bytes are duplicates of appends in this chunk, so bytes exist whenever members do.
            guard !chunk.bytes.isEmpty else { return true }
            let newHead = chunk.members.reduce(into: (lastSequence, chainHash, lastTimestamp)) { head, member in
                if case .appended(let receipt) = member.1 {
                    head = (receipt.lastSequence, receipt.chainHash, receipt.timestamp)
                }
            }
            let base = segment.size
            do {
                try segment.write(chunk.bytes)
                try segment.sync(through: segment.size + Int64(chunk.bytes.count))
            } catch {
                if case .unrecoverable(let e) = error {
                    failure = e
                    logger.critical("the log stops accepting appends", metadata: ["error": "\(e)"])
                } else {
                    logger.error("an append failed and was rolled back", metadata: ["error": "\(error.error)"])
                }
                for (pending, _) in chunk.members { pending.continuation.resume(throwing: error.error) }
                return false
            }
            (lastSequence, chainHash, lastTimestamp) = newHead
            keys.merge(chunk.keys) { old, _ in old }
            let end = segment.size
            let index = chunk.index
            let bytes = UInt64(chunk.bytes.count)
            let appends = UInt64(chunk.members.count { if case .appended = $0.1 { true } else { false } })
            let leaves = chunk.bytes.withUnsafeBytes { raw in
                index.map { _, offset in
                    let at = Int(offset - base)
                    let length = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
                    let start = at + RecordCodec.frameHeaderSize
                    return MerkleTree.leafHash(UnsafeRawBufferPointer(rebasing: raw[start..<(start + length)]))
                }
            }
            publish(leaves) { head in
                head.statistics.appends += appends
                head.statistics.records += UInt64(index.count)
                head.statistics.bytes += bytes
                head.statistics.syncs += 1
                head.lastSequence = newHead.0
                head.chainHash = newHead.1
                head.lastTimestamp = newHead.2
                let last = head.segments.count - 1
                head.segments[last].end = end
                for (sequence, offset) in index { head.segments[last].index.note(sequence: sequence, offset: offset) }
            }
            for (pending, result) in chunk.members { pending.continuation.resume(returning: result) }
            return true
        }
    }

    /// A segment that no longer takes appends, and what the writer knows of it.
    struct SealRequest: Sendable {
        var segment: String
        var firstSequence: UInt64
        var chainBefore: ChainHash
        var lastSequence: UInt64
        var chainAfter: ChainHash
    }
}
