/// A socket that systemd opened and handed to this process (socket activation).
public struct ListenedSocket: Sendable, Hashable {
    /// The file descriptor, from `SD_LISTEN_FDS_START` (3) on; the process owns it.
    public let fd: Int32
    /// The name from `FileDescriptorName=` in the socket unit; `unknown` when systemd gave none.
    public let name: String

    /// Creates a descriptor–name pair.
    public init(fd: Int32, name: String) {
        self.fd = fd
        self.name = name
    }
}
