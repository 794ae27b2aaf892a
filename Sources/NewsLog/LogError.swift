import SystemPackage

/// Where in the log a problem sits: the segment file, the byte offset of the record's frame
/// in it, and the sequence number that record has or should have had.
public struct LogLocation: Sendable, Hashable, CustomStringConvertible {
    /// The segment's file name, relative to the log directory.
    public var segment: String
    /// Byte offset of the record frame (or of the header) inside the segment.
    public var offset: Int64
    /// The sequence number the record at `offset` carries, or the one expected there.
    public var sequence: UInt64

    public init(segment: String, offset: Int64, sequence: UInt64) {
        self.segment = segment
        self.offset = offset
        self.sequence = sequence
    }

    public var description: String { "segment \(segment), offset \(offset), seq \(sequence)" }
}

/// An error of the log: a stable code, a message a person can act on, and the cause.
public struct LogError: Error, Sendable, CustomStringConvertible {
    /// A stable, machine-readable kind of error.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Sendable {
            case locked, corrupt, diskFull, io, recordTooLarge, invalidRecord
            case wrongExpectedSequence, closed, failed, notFound
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// Another process holds the state directory's writer lock.
        public static let locked = Code(.locked)
        /// The log is damaged somewhere other than a torn tail; nothing was changed.
        public static let corrupt = Code(.corrupt)
        /// The disk is full; nothing was appended and the log is intact.
        public static let diskFull = Code(.diskFull)
        /// Another I/O error from the operating system.
        public static let io = Code(.io)
        /// A record is larger than the configured limit.
        public static let recordTooLarge = Code(.recordTooLarge)
        /// An append request that cannot be encoded (empty, a field too long, ...).
        public static let invalidRecord = Code(.invalidRecord)
        /// The log's last sequence number is not the one the caller expected.
        public static let wrongExpectedSequence = Code(.wrongExpectedSequence)
        /// The log was closed.
        public static let closed = Code(.closed)
        /// A sync failed, so what is on disk is unknown: the log refuses appends until reopened.
        public static let failed = Code(.failed)
        /// A sequence number that is not in the log.
        public static let notFound = Code(.notFound)

        public var description: String { base.rawValue }
    }

    public var code: Code
    public var message: String
    /// Where the damage is, for `.corrupt`.
    public var location: LogLocation?
    /// What a person can do about it.
    public var hint: String?
    /// The underlying error, usually an `Errno`.
    public var cause: (any Error & Sendable)?

    public init(
        _ code: Code, _ message: String, location: LogLocation? = nil, hint: String? = nil,
        cause: (any Error & Sendable)? = nil
    ) {
        self.code = code
        self.message = message
        self.location = location
        self.hint = hint
        self.cause = cause
    }

    public var description: String {
        var text = message
        if let location { text += " (\(location))" }
        if let cause { text += ": \(cause)" }
        if let hint { text += ". \(hint)" }
        return text
    }

    /// Maps an operating-system error during `what` to a log error, naming ENOSPC as `.diskFull`.
    static func io(_ what: String, _ errno: Errno) -> LogError {
        if errno == .noSpace || errno == .diskQuotaExceeded {
            return LogError(
                .diskFull, "\(what): the disk is full",
                hint: "Free some space; the log is intact and appends resume by themselves", cause: errno)
        }
        return LogError(.io, what, cause: errno)
    }
}
