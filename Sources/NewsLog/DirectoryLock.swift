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

    private init(fd: FileDescriptor) { self.fd = Mutex(fd) }

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
            guard try FileOps.tryLock(fd) else {
                let holder = (try? FileOps.read(fd, at: 0, count: 32)).map { String(decoding: $0, as: UTF8.self) }
                try? fd.close()
                let pid = holder?.split(whereSeparator: \.isWhitespace).first.map { " (pid \($0))" } ?? ""
                throw LogError(
                    .locked, "the log in \(directory) is already open for writing by another process\(pid)",
                    hint: "Stop that process, or give this one another state directory; read-only tools such as verify need no lock")
            }
            try fd.resize(to: 0)
            _ = try fd.writeAll(toAbsoluteOffset: 0, Array("\(getpid())\n".utf8))
        } catch let e as Errno {
            try? fd.close()
            throw LogError.io("cannot lock \(path)", e)
        }
        return DirectoryLock(fd: fd)
    }

    /// Releases the lock; a second call does nothing.
    func release() {
        let fd = self.fd.withLock { fd in
            defer { fd = nil }
            return fd
        }
        try? fd?.close()
    }
}
