#if canImport(Glibc)
    import Glibc
#endif

/// Who is at the other end of a Unix socket, as the kernel says (SO_PEERCRED).
public struct PeerCredentials: Sendable, Hashable, CustomStringConvertible {
    public var pid: Int32
    public var uid: UInt32
    public var gid: UInt32

    public init(pid: Int32, uid: UInt32, gid: UInt32) {
        self.pid = pid
        self.uid = uid
        self.gid = gid
    }

    /// The actor recorded on events this peer causes.
    public var actor: String { "uid:\(uid)" }

    public var description: String { "pid \(pid), uid \(uid), gid \(gid)" }

    /// Whether the peer is root or belongs to `group` (its primary group, or a supplementary one in the user database).
    public func isMember(of group: UInt32?) -> Bool {
        if uid == 0 { return true }
        guard let group else { return false }
        if gid == group { return true }
        guard let pw = getpwuid(uid_t(uid)), let name = pw.pointee.pw_name else { return false }
        var count: Int32 = 64
        var groups = [gid_t](repeating: 0, count: Int(count))
        if getgrouplist(name, pw.pointee.pw_gid, &groups, &count) < 0 {
            groups = [gid_t](repeating: 0, count: Int(count))
            guard getgrouplist(name, pw.pointee.pw_gid, &groups, &count) >= 0 else { return false }
        }
        return groups.prefix(Int(count)).contains(gid_t(group))
    }
}

/// The kernel's `struct ucred`, which Glibc's module does not export: three 32-bit fields.
struct KernelPeerCredentials: Sendable {
    var pid: Int32
    var uid: UInt32
    var gid: UInt32
}
