import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A blocking Varlink client over a Unix socket, for command-line tools and tests.
///
/// One call at a time; replies are read up to their NUL. Not for use from many threads at once.
public final class VarlinkClient {
    public let path: String
    private let fd: Int32
    private var buffer: [UInt8] = []

    /// Why a call could not be made or answered.
    public enum Failure: Error, CustomStringConvertible {
        /// No daemon listens at the path (or the path is not a socket).
        case unreachable(path: String, reason: String)
        /// The connection broke or the reply could not be read.
        case broken(String)

        public var description: String {
            switch self {
            case .unreachable(let path, let reason): "cannot reach newsd at \(path): \(reason)"
            case .broken(let reason): "the connection to newsd broke: \(reason)"
            }
        }
    }

    /// Connects to the socket at `path`.
    public init(path: String) throws(Failure) {
        self.path = path
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            throw .unreachable(path: path, reason: "the path is longer than a socket path may be")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in bytes.enumerated() { raw[i] = b }
        }
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw .unreachable(path: path, reason: String(cString: strerror(errno))) }
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        if rc != 0 {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw .unreachable(path: path, reason: reason)
        }
    }

    deinit { close(fd) }

    private struct Call<P: Encodable>: Encodable {
        var method: String
        var parameters: P
        var more: Bool?
        var oneway: Bool?
    }

    /// Sends raw bytes (for tests of broken clients).
    public func sendRaw(_ bytes: [UInt8]) throws(Failure) {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .broken(String(cString: strerror(errno)))
            }
            sent += n
        }
    }

    /// Sends a call without waiting for a reply.
    public func send<P: Encodable>(_ method: String, _ parameters: P, more: Bool = false) throws(Failure) {
        let encoder = JSONEncoder()
        let data: Data
        do { data = try encoder.encode(Call(method: method, parameters: parameters, more: more ? true : nil)) } catch {
            throw .broken("cannot encode the call: \(error)")
        }
        try sendRaw(Array(data) + [0])
    }

    /// Reads the next message, without its NUL.
    public func receiveRaw() throws(Failure) -> [UInt8] {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let message = Array(buffer[..<end])
                buffer.removeSubrange(...end)
                return message
            }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .broken(String(cString: strerror(errno)))
            }
            if n == 0 { throw .broken("newsd closed the connection") }
            buffer += chunk[..<n]
        }
    }

    /// One decoded reply: its parameters or its error, and whether more follow.
    public struct Reply<R: Decodable> {
        public var parameters: R?
        public var error: VarlinkError?
        public var continues: Bool
    }

    private struct RawReply<R: Decodable>: Decodable {
        var parameters: R?
        var error: String?
        var continues: Bool?
    }

    private struct ErrorParameters: Decodable {
        var parameters: [String: VarlinkValue]?
    }

    /// Reads and decodes the next reply.
    public func receive<R: Decodable>(_ type: R.Type = R.self) throws(Failure) -> Reply<R> {
        let message = try receiveRaw()
        let decoder = JSONDecoder()
        do {
            let head = try decoder.decode(RawReply<Empty>.self, from: Data(message))
            if let name = head.error {
                let parameters = (try? decoder.decode(ErrorParameters.self, from: Data(message)).parameters) ?? nil
                return Reply(parameters: nil, error: VarlinkError(name, parameters ?? [:]), continues: false)
            }
            let reply = try JSONDecoder.newsd().decode(RawReply<R>.self, from: Data(message))
            return Reply(parameters: reply.parameters, error: nil, continues: reply.continues ?? false)
        } catch {
            throw .broken("an unreadable reply: \(error)")
        }
    }

    /// Calls a method and returns its reply; a Varlink error reply is thrown as `VarlinkError`.
    public func call<P: Encodable, R: Decodable>(_ method: String, _ parameters: P, returning: R.Type = R.self) throws
        -> R
    {
        try send(method, parameters)
        let reply = try receive(R.self)
        if let error = reply.error { throw error }
        guard let parameters = reply.parameters else { throw Failure.broken("a reply without parameters") }
        return parameters
    }

    /// Calls a method with `more` and hands each reply to `body` until the last one (or `body` returns false).
    public func stream<P: Encodable, R: Decodable>(
        _ method: String, _ parameters: P, returning: R.Type = R.self, _ body: (R) throws -> Bool
    ) throws {
        try send(method, parameters, more: true)
        while true {
            let reply = try receive(R.self)
            if let error = reply.error { throw error }
            guard let parameters = reply.parameters else { throw Failure.broken("a reply without parameters") }
            guard try body(parameters), reply.continues else { return }
        }
    }
}
