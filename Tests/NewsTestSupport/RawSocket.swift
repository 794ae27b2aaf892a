import Foundation

/// Connects a plain stream socket to the Unix socket at `path`, for tests that need the bytes
/// themselves; a receive waits at most `receiveTimeout` seconds. The caller closes it.
public func connectUnixSocket(_ path: String, receiveTimeout: Int = 30) throws -> Int32 {
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    guard withUnixAddress(path, { connect(fd, $0, $1) }) == 0 else {
        let code = POSIXErrorCode(rawValue: errno) ?? .ECONNREFUSED
        close(fd)
        throw POSIXError(code)
    }
    var timeout = timeval(tv_sec: receiveTimeout, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    return fd
}

/// Calls `body` (connect, bind) with the address of the Unix socket at `path`, which must fit in
/// a socket address (under 108 bytes; `shortSocketPath` makes such paths), and returns its result.
public func withUnixAddress(_ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> Int32) -> Int32 {
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
        precondition(path.utf8.count < raw.count, "the socket path \(path) is too long for a socket address")
        for (i, b) in path.utf8.enumerated() { raw[i] = b }
    }
    return withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
    }
}

/// Blocks until the peer closes `fd` (true), or until it sends a byte or the receive times out
/// (false). Call it off the cooperative pool.
public func waitForPeerToClose(_ fd: Int32) -> Bool {
    var byte: UInt8 = 0
    while true {
        let n = recv(fd, &byte, 1, 0)
        if n == 0 { return true }
        if n < 0 && errno == EINTR { continue }
        // A reset is a close too; a byte or the timeout is not.
        return n < 0 && errno == ECONNRESET
    }
}
