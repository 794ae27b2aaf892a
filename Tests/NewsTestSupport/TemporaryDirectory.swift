import Foundation
import SystemPackage

/// Makes a fresh directory `/tmp/<label>-XXXXXX` and returns its path; the caller removes it.
public func makeTemporaryDirectory(_ label: String) throws -> String {
    var template = Array("/tmp/\(label)-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { throw Errno(rawValue: errno) }
    return String(cString: made)
}

/// A fresh directory under /tmp, removed with everything in it when the value goes away.
public struct TemporaryDirectory: ~Copyable {
    public let path: FilePath

    public init(_ label: String = "newslog") throws {
        path = FilePath(try makeTemporaryDirectory(label))
    }

    public var string: String { path.string }

    public var url: URL { URL(fileURLWithPath: path.string) }

    public func sub(_ name: String) -> FilePath { path.appending(name) }

    deinit { try? FileManager.default.removeItem(atPath: path.string) }
}

/// A path for a Unix socket under /tmp, unique to this process and short enough for `sun_path`
/// (108 bytes on Linux), whatever directory the test runs in. Nothing is created.
public func shortSocketPath(_ label: String) -> String {
    let path = "/tmp/newsd-\(label.prefix(24))-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sock"
    precondition(path.utf8.count < 104, "socket path too long: \(path)")
    return path
}

/// Whether the tests run as root (some mount, change users or need setpriv).
public var isRoot: Bool { geteuid() == 0 }
