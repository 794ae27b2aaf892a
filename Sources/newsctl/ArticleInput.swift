import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads an article named on the command line: a file, `-` for standard input, or anything else
/// that can be opened and read, such as a pipe from `<(…)` or a FIFO.
///
/// It reads at most `limit + 1` bytes, so `/dev/zero` or an endless pipe ends with an error
/// instead of filling memory, and a failure says why (no such file, a directory, no permission).
enum ArticleInput {
    /// The most `newsctl ingest` reads of one article; newsd applies its own, smaller limit.
    static let ingestLimit = 256 << 20

    static func read(_ path: String, limit: Int) throws -> Data {
        let fd: Int32
        if path == "-" {
            fd = STDIN_FILENO
        } else {
            fd = open(path, O_RDONLY | O_CLOEXEC)
            if fd < 0 { throw Failure("cannot read \(path): \(String(cString: strerror(errno)))", code: 1) }
        }
        defer { if fd != STDIN_FILENO { close(fd) } }
        var info = stat()
        if fstat(fd, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { throw Failure("cannot read \(path): it is a directory", code: 1) }
            // A file says its size: one over the limit is refused unread.
            if (info.st_mode & S_IFMT) == S_IFREG && Int(info.st_size) > limit {
                throw Failure("\(path): the article is \(info.st_size) bytes, over the limit of \(limit)", code: 2)
            }
        }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while data.count <= limit {
            let want = min(chunk.count, limit + 1 - data.count)
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, want) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure("cannot read \(path): \(String(cString: strerror(errno)))", code: 1)
            }
            if n == 0 { return data }
            data.append(contentsOf: chunk[0..<n])
        }
        throw Failure("\(path): the article is over the limit of \(limit) bytes", code: 2)
    }
}
