import Synchronization
import SystemPackage

#if canImport(Glibc)
    import Glibc
#endif

/// The one-writer-per-directory lock: an exclusive `flock` on `LOCK`, which holds the owner's pid.
///
/// The kernel drops the lock when its holder exits, however it exits, so a crash leaves no
/// stale lock behind. The pid in the file is only for the error message.
final class DirectoryLock: Sendable {
    static let fileName = "LOCK"
    /// The locked file; nil once released.
    private let fd: Mutex<FileDescriptor?>

    /// The lock files this process holds now.
    private static let held = Mutex(Set<String>())
    private let path: String

    private init(fd: FileDescriptor, path: String) {
        self.fd = Mutex(fd)
        self.path = path
    }

    static func acquire(_ directory: FilePath) throws -> DirectoryLock {
        let path = directory.appending(fileName)
        let fd: FileDescriptor
        do {
            fd = try FileDescriptor.open(
                path, .readWrite, options: [.create, .closeOnExec], permissions: [.ownerReadWrite, .groupRead])
        } catch let e as Errno {
            throw LogError.io("cannot open the lock file \(path)", e)
        }
        do {
            let heldHere = held.withLock { $0.contains(path.string) }
            guard try heldHere ? FileOps.tryLock(fd) : lock(fd) else {
                let holder = (try? FileOps.read(fd, at: 0, count: 32)).map { String(decoding: $0, as: UTF8.self) }
                try? fd.close()
                let pid = holder?.split(whereSeparator: \.isWhitespace).first.map { " (pid \($0))" } ?? ""
                throw LogError(
                    .locked, "the log in \(directory) is already open for writing by another process\(pid)",
                    hint:
                        "Stop that process, or give this one another state directory; read-only tools such as verify need no lock"
                )
            }
            try fd.resize(to: 0)
            _ = try fd.writeAll(toAbsoluteOffset: 0, Array("\(getpid())\n".utf8))
        } catch let e as Errno {
            try? fd.close()
            throw LogError.io("cannot lock \(path)", e)
        }
        held.withLock { _ = $0.insert(path.string) }
        return DirectoryLock(fd: fd, path: path.string)
    }

    /// Takes the lock; false if another process holds it.
    ///
    /// A lock this process released (and holds no more) may still be held for a moment by a child it is starting:
    /// between fork and exec the child shares the open file (close-on-exec closes it only at the
    /// exec). When the file names this process as the last holder, the lock is tried again for
    /// up to two seconds before it counts as taken.
    private static func lock(_ fd: FileDescriptor) throws -> Bool {
        if try FileOps.tryLock(fd) { return true }
        let holder = (try? FileOps.read(fd, at: 0, count: 32)).map { String(decoding: $0, as: UTF8.self) }
        guard holder?.split(whereSeparator: \.isWhitespace).first == "\(getpid())"[...] else { return false }
        for _ in 0..<200 {
            usleep(10_000)
            if try FileOps.tryLock(fd) { return true }
        }
        return false
    }

    /// Releases the lock; a second call does nothing.
    func release() {
        let fd = self.fd.withLock { fd in
            defer { fd = nil }
            return fd
        }
        guard let fd else { return }
        try? fd.close()
        Self.held.withLock { _ = $0.remove(path) }
    }
}
