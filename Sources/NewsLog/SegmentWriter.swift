import SystemPackage

#if canImport(Glibc)
    import Glibc
#endif

/// The open tail segment: where appends go. Used only from the log's writer queue.
final class SegmentWriter {
    let directory: FilePath
    private(set) var name: String
    private(set) var firstSequence: UInt64
    private(set) var fd: FileDescriptor
    /// Bytes in the file that belong to durable records (and the header).
    private(set) var size: Int64

    /// Opens an existing segment for appending after its last durable record.
    init(directory: FilePath, name: String, firstSequence: UInt64, size: Int64) throws {
        self.directory = directory
        self.name = name
        self.firstSequence = firstSequence
        self.size = size
        do {
            fd = try FileDescriptor.open(directory.appending(name), .writeOnly, options: [.closeOnExec])
        } catch let e as Errno {
            throw LogError.io("cannot open segment \(name) for appending", e)
        }
    }

    /// Creates a new, empty segment whose first record will be `firstSequence`, durably.
    static func create(directory: FilePath, firstSequence: UInt64) throws -> (name: String, size: Int64) {
        let name = SegmentHeader.fileName(firstSequence: firstSequence)
        let path = directory.appending(name)
        do {
            let fd = try FileDescriptor.open(
                path, .writeOnly, options: [.create, .exclusiveCreate, .closeOnExec],
                permissions: [.ownerReadWrite, .groupRead])
            do {
                _ = try fd.writeAll(toAbsoluteOffset: 0, SegmentHeader(firstSequence: firstSequence).encoded())
                try FileOps.dataSync(fd)
                try fd.close()
            } catch {
                try? fd.close()
                _ = unlinkIgnoringErrors(path)
                throw error
            }
            try FileOps.syncDirectory(directory)
        } catch let e as Errno {
            throw LogError.io("cannot create segment \(name)", e)
        }
        return (name, Int64(SegmentHeader.size))
    }

    /// Closes this segment and continues in a new one that starts at `firstSequence`.
    func rotate(to firstSequence: UInt64) throws {
        let created = try Self.create(directory: directory, firstSequence: firstSequence)
        let newFD: FileDescriptor
        do {
            newFD = try FileDescriptor.open(directory.appending(created.name), .writeOnly, options: [.closeOnExec])
        } catch let e as Errno {
            throw LogError.io("cannot open segment \(created.name) for appending", e)
        }
        try? fd.close()
        fd = newFD
        name = created.name
        self.firstSequence = firstSequence
        size = created.size
    }

    /// Writes `bytes` after the durable end. On failure the file is cut back to it.
    ///
    /// Throws a `.failed` error if even that is impossible: the writer must then stop.
    func write(_ bytes: [UInt8]) throws(WriteFailure) {
        do {
            _ = try fd.writeAll(toAbsoluteOffset: size, bytes)
        } catch {
            let errno = error as? Errno ?? .ioError
            do {
                try fd.resize(to: size)
            } catch {
                throw .unrecoverable(
                    LogError(
                        .failed, "a write to \(name) failed and the partial write could not be cut off", cause: errno))
            }
            throw .recoverable(LogError.io("cannot write to segment \(name)", errno))
        }
    }

    /// Makes everything written so far durable, and moves the durable end past it.
    func sync(through newSize: Int64) throws(WriteFailure) {
        do {
            try FileOps.dataSync(fd)
        } catch {
            // After a failed sync the kernel may have dropped the unwritten pages: nothing
            // about this file can be trusted until recovery reads it again.
            throw .unrecoverable(
                LogError(
                    .failed, "fdatasync of \(name) failed; what is on disk is unknown", hint: "Restart to run recovery",
                    cause: error as? Errno ?? .ioError))
        }
        size = newSize
    }

    func close() {
        try? fd.close()
    }

    private static func unlinkIgnoringErrors(_ path: FilePath) -> Bool {
        path.withPlatformString { unlink($0) } == 0
    }
}

/// A failed write: recoverable (nothing was appended) or not (the writer must stop).
enum WriteFailure: Error {
    case recoverable(LogError)
    case unrecoverable(LogError)

    var error: LogError {
        switch self {
        case .recoverable(let e), .unrecoverable(let e): e
        }
    }
}
