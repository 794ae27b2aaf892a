import CSystemd

#if canImport(Glibc)
    import Glibc
#endif

/// Socket activation: the sockets systemd passed to this process (`sd_listen_fds_with_names(3)`).
public enum ListenedSockets {
    /// Takes the sockets passed with `LISTEN_FDS`, `LISTEN_PID` and `LISTEN_FDNAMES`, in order.
    ///
    /// Returns an empty list when the process was not socket-activated, when the variables are
    /// meant for another process (`LISTEN_PID` is not ours), or when they are malformed.
    /// Each returned descriptor has `FD_CLOEXEC` set, so child processes do not inherit it.
    ///
    /// - Parameter unsetEnvironment: removes the `LISTEN_*` variables (in every case, also when
    ///   nothing is returned), so that child processes and a second call do not take the sockets
    ///   again. Call this once, early, before other threads read the environment.
    public static func take(unsetEnvironment: Bool = true) -> [ListenedSocket] {
        var names: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
        let count = sd_listen_fds_with_names(unsetEnvironment ? 1 : 0, &names)
        defer { freeStrv(names) }
        guard count > 0 else { return [] }

        return (0..<Int(count)).map { index in
            let fd = SD_LISTEN_FDS_START + Int32(index)
            let flags = fcntl(fd, F_GETFD)
            if flags >= 0 {
                _ = fcntl(fd, F_SETFD, flags | FD_CLOEXEC)
            }
            let name = names?[index].map { String(cString: $0) } ?? "unknown"
            return ListenedSocket(fd: fd, name: name)
        }
    }

    /// Frees a NULL-terminated string array allocated by libsystemd: each string, then the array.
    private static func freeStrv(_ strv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) {
        guard let strv else { return }
        var index = 0
        while let string = strv[index] {
            free(string)
            index += 1
        }
        free(strv)
    }
}
