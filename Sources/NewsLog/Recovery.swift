import Logging
import SystemPackage

#if canImport(Glibc)
    import Glibc
#endif

/// Recovery at open: scan the log, cut a torn tail (keeping a copy), refuse anything else,
/// then seal every segment before the last that was read in full.
///
/// A segment before the last whose seal fits is not read (see `SegmentSeal`): only the last
/// segment, and any segment without a sound seal, is read record by record.
struct Recovery {
    var directory: FilePath
    var maxRecordSize: Int
    var logger: Logger

    func run() throws -> (
        head: EventLog.Head, keys: [String: UInt64], tree: CompactMerkleTree, tailChainBefore: ChainHash,
        trustedSeals: Int
    ) {
        func scan(trustingSeals: Bool) throws -> (ScanOutcome, [String: UInt64], CompactMerkleTree) {
            var keys: [String: UInt64] = [:]
            var tree = CompactMerkleTree()
            var scanner = LogScanner(directory: directory, maxRecordSize: maxRecordSize)
            scanner.hashesLeaves = true
            scanner.trustsSeals = trustingSeals
            let outcome = try scanner.scanLog(
                visit: { record in
                    if let key = record.idempotencyKey { keys[key] = record.sequence }
                    tree.append(leafHash: record.leafHash!)
                },
                visitSeal: { seal in
                    for key in seal.keys { keys[key.key] = key.sequence }
                    tree.append(sealed: seal)
                })
            for (segment, reason) in outcome.rejectedSeals {
                logger.warning(
                    "a segment's seal does not fit; reading the segment in full",
                    metadata: ["log.segment": "\(segment)", "log.reason": "\(reason)"])
            }
            return (outcome, keys, tree)
        }
        var (outcome, keys, tree) = try scan(trustingSeals: true)
        // Nothing is repaired on trust: before a torn tail is cut, every record is read, so that
        // damage under a seal refuses the open with the directory unchanged.
        if let problem = outcome.problem, !problem.isCorruption, outcome.segments.contains(where: \.sealTrusted) {
            logger.notice("the log needs a repair; reading every record first")
            (outcome, keys, tree) = try scan(trustingSeals: false)
        }
        switch outcome.problem {
        case nil:
            break
        case .corrupt(let location, let reason):
            throw Self.corruption(directory: directory, location: location, reason: reason)
        case .tornTail(let i, let offset, let reason):
            let segment = outcome.segments[i]
            try cutTail(of: segment.name, at: offset, size: segment.fileSize, reason: reason)
        case .tornSegment(let i, let reason):
            try setAside(outcome.segments[i].name, reason: reason)
            outcome.segments.removeLast()
        }
        if outcome.segments.isEmpty {
            let created = try SegmentWriter.create(directory: directory, firstSequence: outcome.lastSequence + 1)
            outcome.segments.append(
                ScannedSegment(
                    name: created.name, firstSequence: outcome.lastSequence + 1,
                    validEnd: created.size, fileSize: created.size, index: SegmentIndex(), chainBefore: outcome.head))
        }
        try seal(outcome.segments)
        return (
            EventLog.Head(outcome), keys, tree, outcome.segments[outcome.segments.count - 1].chainBefore,
            outcome.segments.count { $0.sealTrusted }
        )
    }

    /// Writes the seal of each segment before the last that was read in full, and removes
    /// temporary files that a crash while writing a seal left, and a seal of the last segment
    /// that was not trusted. (A trusted seal of the last segment covers its first part; the log
    /// seals the whole of it at its close.)
    private func seal(_ segments: [ScannedSegment]) throws {
        var written = 0
        for segment in segments.dropLast() where !segment.sealTrusted {
            guard let seal = segment.seal,
                (try? SegmentSeal.read(directory: directory, segment: segment.name)) != seal
            else { continue }
            try seal.write(directory: directory, segment: segment.name)
            written += 1
        }
        var stale = ((try? FileOps.list(directory)) ?? []).filter {
            $0.hasPrefix("segment-") && $0.hasSuffix(".seal.tmp")
        }
        // A seal of the last segment that did not fit it (say, one that covers bytes a torn tail
        // took) must not outlive the open that read past it; the close seals the segment again.
        if let last = segments.last, !last.sealTrusted { stale.append(SegmentSeal.fileName(forSegment: last.name)) }
        for name in stale { _ = directory.appending(name).withPlatformString { unlink($0) } }
        if written > 0 {
            logger.info("sealed segments that were read in full", metadata: ["log.sealed": "\(written)"])
        }
    }

    /// The error for damage recovery must not repair, with the way out.
    static func corruption(directory: FilePath, location: LogLocation, reason: String) -> LogError {
        LogError(
            .corrupt, "the log is damaged: \(reason)", location: location,
            hint: """
                Nothing was changed. Restore \(directory) from a backup; or, to keep seq 1 to \(location.sequence - 1) \
                and lose the rest, copy the directory, then `truncate -s \(location.offset) \(directory.appending(location.segment))` \
                and move every later segment out of the directory
                """)
    }

    /// Copies the bytes from `offset` to the end beside the segment, then cuts them off, durably.
    private func cutTail(of name: String, at offset: Int64, size: Int64, reason: String) throws {
        let path = directory.appending(name)
        let copyName = freeName(name + ".cut-at-\(offset)")
        do {
            let fd = try FileDescriptor.open(path, .readWrite, options: [.closeOnExec])
            defer { try? fd.close() }
            let cut = try FileOps.read(fd, at: offset, count: Int(size - offset))
            let copy = try FileDescriptor.open(
                directory.appending(copyName), .writeOnly, options: [.create, .exclusiveCreate, .closeOnExec],
                permissions: [.ownerReadWrite, .groupRead])
            defer { try? copy.close() }
            _ = try copy.writeAll(cut)
            try FileOps.fullSync(copy)
            try FileOps.syncDirectory(directory)
            try fd.resize(to: offset)
            try FileOps.fullSync(fd)
        } catch let e as Errno {
            throw LogError.io("cannot cut the torn tail of \(name) at offset \(offset)", e)
        }
        logger.warning(
            "cut a torn tail: an append that never became durable",
            metadata: [
                "log.segment": "\(name)", "log.offset": "\(offset)", "log.cut_bytes": "\(size - offset)",
                "log.copy": "\(copyName)", "log.reason": "\(reason)",
            ])
    }

    /// Renames a last segment whose header never became durable out of the log, durably.
    private func setAside(_ name: String, reason: String) throws {
        let aside = freeName(name + ".torn")
        let rc = directory.appending(name).withPlatformString { from in
            directory.appending(aside).withPlatformString { to in rename(from, to) }
        }
        do {
            if rc != 0 { throw Errno(rawValue: errno) }
            try FileOps.syncDirectory(directory)
        } catch let e as Errno {
            throw LogError.io("cannot set aside the torn segment \(name)", e)
        }
        logger.warning(
            "set aside a segment whose header never became durable",
            metadata: [
                "log.segment": "\(name)", "log.copy": "\(aside)", "log.reason": "\(reason)",
            ])
    }

    /// `name`, or `name-2`, `name-3`, … whichever does not exist yet.
    private func freeName(_ name: String) -> String {
        var candidate = name
        var n = 2
        while access(directory.appending(candidate).string, F_OK) == 0 {
            candidate = "\(name)-\(n)"
            n += 1
        }
        return candidate
    }
}

extension ScanProblem {
    var isCorruption: Bool { if case .corrupt = self { true } else { false } }
}

extension EventLog.Head {
    /// The durable end of a scanned log: its complete appends, up to any damage.
    init(_ outcome: ScanOutcome) {
        self.init(
            lastSequence: outcome.lastSequence, chainHash: outcome.head, lastTimestamp: outcome.lastTimestamp,
            segments: outcome.segments.map {
                EventLog.SegmentEntry(
                    name: $0.name, firstSequence: $0.firstSequence, end: $0.validEnd, index: $0.index)
            })
    }
}
