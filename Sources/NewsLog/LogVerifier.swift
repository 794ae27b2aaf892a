import SystemPackage

/// What a full check of a log found.
public struct VerifyReport: Sendable {
    /// A problem found, with the first bad record's place.
    public enum Finding: Sendable, Hashable {
        /// The last segment ends in an append that never became durable; the writer cuts it at its next open.
        case tornTail(LogLocation, reason: String)
        /// Damage a crash cannot explain. Records from here on are not trusted.
        case corrupt(LogLocation, reason: String)
        /// The records are intact, but the seal beside a segment is not what they make. An open
        /// reads the segment in full when the seal does not fit it; a seal that fits but differs
        /// would give the daemon wrong keys, index or Merkle hashes for it. Remove the seal: the
        /// next open reads the segment and seals it again.
        case seal(segment: String, reason: String)
    }

    /// Records whose CRC, sequence number and chain link were checked and found good.
    public var records: UInt64
    public var segments: Int
    /// Bytes of the segments read.
    public var bytes: Int64
    /// The chain hash after the last good record.
    public var chainHash: ChainHash
    /// The first problem, or nil when the log is intact.
    public var finding: Finding?

    /// True when every record checked out and nothing follows the last one.
    public var isIntact: Bool { finding == nil }
}

/// Checks a whole log: every frame, CRC-32C, sequence number and chain link, and that each
/// segment's seal is the one its records make.
public enum LogVerifier {
    /// Verifies the log in `directory`, read-only and without the writer lock. `isCancelled` is
    /// asked before each segment; once it says yes, this throws `CancellationError`.
    public static func verify(
        directory: FilePath, maxRecordSize: Int = EventLog.Configuration().maxRecordSize,
        isCancelled: @escaping () -> Bool = { false }
    ) throws -> VerifyReport {
        var scanner = LogScanner(directory: directory, maxRecordSize: maxRecordSize)
        scanner.hashesLeaves = true
        scanner.isCancelled = isCancelled
        let outcome = try scanner.scanLog()
        var report = VerifyReport(
            records: outcome.lastSequence, segments: outcome.segments.count,
            bytes: outcome.segments.reduce(0) { $0 + $1.fileSize }, chainHash: outcome.head, finding: nil)
        switch outcome.problem {
        case nil:
            report.finding = try sealFinding(outcome, scanner: scanner)
        case .corrupt(let location, let reason):
            report.finding = .corrupt(location, reason: reason)
        case .tornTail(let i, let offset, let reason):
            let segment = outcome.segments[i]
            report.finding = .tornTail(
                LogLocation(segment: segment.name, offset: offset, sequence: outcome.lastSequence + 1), reason: reason)
        case .tornSegment(let i, let reason):
            report.finding = .tornTail(
                LogLocation(segment: outcome.segments[i].name, offset: 0, sequence: outcome.lastSequence + 1),
                reason: reason)
        }
        return report
    }

    /// The first segment whose seal is not the one its records make (for the last segment,
    /// the records of the first part its seal covers).
    private static func sealFinding(_ outcome: ScanOutcome, scanner: LogScanner) throws -> VerifyReport.Finding? {
        let directory = scanner.directory
        for (i, segment) in outcome.segments.enumerated() {
            let stored: SegmentSeal?
            do {
                stored = try SegmentSeal.read(directory: directory, segment: segment.name)
            } catch let damage as RecordDamage {
                return .seal(segment: segment.name, reason: damage.reason)
            } catch let e as Errno {
                throw LogError.io("cannot read the seal of \(segment.name)", e)
            }
            guard let stored else { continue }
            var made = segment.seal
            if i == outcome.segments.count - 1 {
                // Read again as far as the seal goes: a writer may have appended, and sealed, since.
                made = try? scanner.seal(
                    segment: segment.name, firstSequence: segment.firstSequence, chainBefore: segment.chainBefore,
                    through: stored.size)
                if made.map({ $0.size < stored.size }) ?? true {
                    return .seal(
                        segment: segment.name, reason: "the seal covers bytes that are not whole records of the segment"
                    )
                }
            }
            if stored != made {
                return .seal(segment: segment.name, reason: "the seal is not the one the segment's records make")
            }
        }
        return nil
    }
}
