import SystemPackage

/// What a full check of a log found.
public struct VerifyReport: Sendable {
    /// A problem found, with the first bad record's place.
    public enum Finding: Sendable, Hashable {
        /// The last segment ends in an append that never became durable; the writer cuts it at its next open.
        case tornTail(LogLocation, reason: String)
        /// Damage a crash cannot explain. Records from here on are not trusted.
        case corrupt(LogLocation, reason: String)
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

/// Checks a whole log: every frame, CRC-32C, sequence number and chain link.
public enum LogVerifier {
    /// Verifies the log in `directory`, read-only and without the writer lock.
    public static func verify(directory: FilePath, maxRecordSize: Int = EventLog.Configuration().maxRecordSize) throws
        -> VerifyReport
    {
        let outcome = try LogScanner(directory: directory, maxRecordSize: maxRecordSize).scanLog()
        var report = VerifyReport(
            records: outcome.lastSequence, segments: outcome.segments.count,
            bytes: outcome.segments.reduce(0) { $0 + $1.fileSize }, chainHash: outcome.head, finding: nil)
        switch outcome.problem {
        case nil:
            break
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
}
