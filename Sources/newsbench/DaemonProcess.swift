import Foundation
import Synchronization

/// A newsd started by the benchmark, as systemd would: with a NOTIFY_SOCKET of ours, so that
/// the time to READY=1 is measured the way a service manager sees it.
final class DaemonProcess {
    let pid: pid_t
    let socket: String
    /// Seconds from spawning to READY=1.
    let secondsToReady: Double

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Every newsd started and not yet stopped, so that a failing benchmark leaves none behind.
    static let running = Mutex<Set<pid_t>>([])

    /// SIGKILLs and reaps every newsd still running.
    static func killAll() {
        for pid in running.withLock({ $0 }) {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        running.withLock { $0.removeAll() }
    }

    init(binary: String, state: String, socket: String, log: String, timeout: Double = 1_800) throws {
        self.socket = socket
        let notify = state + ".notify"
        unlink(notify)
        let fd = Glibc.socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        defer {
            close(fd)
            unlink(notify)
        }
        try Self.bind(fd, to: notify)

        var arguments = [binary, "--state-dir", state, "--socket", socket]
        if getuid() != 0 { arguments += ["--writer-group", "\(getgid())"] }
        var environment = ProcessInfo.processInfo.environment
        for key in [
            "LISTEN_FDS", "LISTEN_PID", "LISTEN_FDNAMES", "WATCHDOG_USEC", "WATCHDOG_PID", "JOURNAL_STREAM",
            "NEWSD_SOCKET",
        ] { environment[key] = nil }
        environment["NOTIFY_SOCKET"] = notify

        let start = DispatchTime.now().uptimeNanoseconds
        pid = try Self.spawn(arguments, environment: environment, output: log)
        let spawned = pid
        Self.running.withLock { _ = $0.insert(spawned) }
        var ready = false
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !ready {
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if elapsed > timeout {
                Self.killAll()
                throw Failure(description: "newsd did not report READY within \(Int(timeout)) s (see \(log))")
            }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, 200) > 0 {
                let n = recv(fd, &buffer, buffer.count, 0)
                if n > 0, String(decoding: buffer[0..<n], as: UTF8.self).split(separator: "\n").contains("READY=1") {
                    ready = true
                }
            }
            var status: Int32 = 0
            if !ready, waitpid(pid, &status, WNOHANG) == pid {
                Self.running.withLock { _ = $0.remove(spawned) }
                throw Failure(description: "newsd exited before READY (status \(status); see \(log))")
            }
        }
        secondsToReady = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Resident and peak resident memory, in bytes, from /proc.
    func memory() -> (resident: Int, peak: Int) {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return (0, 0) }
        func field(_ name: String) -> Int {
            guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return 0 }
            return (Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0)
                * 1024
        }
        return (field("VmRSS"), field("VmHWM"))
    }

    /// SIGTERM, then waits; returns the exit status.
    @discardableResult
    func stop(timeout: Double = 600) -> Int32 {
        kill(pid, SIGTERM)
        let start = DispatchTime.now().uptimeNanoseconds
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 > timeout {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                break
            }
            usleep(20_000)
        }
        let stopped = pid
        Self.running.withLock { _ = $0.remove(stopped) }
        return status
    }

    static func bind(_ fd: Int32, to path: String) throws {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            throw Failure(description: "socket path too long: \(path)")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard rc == 0 else { throw Failure(description: "bind \(path): \(String(cString: strerror(errno)))") }
    }

    /// posix_spawn, not Foundation's Process (whose reaper mistakes a program that execs for one that exited).
    static func spawn(_ command: [String], environment: [String: String], output: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in argv + envp { free(p) }
        }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
        guard rc == 0 else { throw Failure(description: "posix_spawn \(command[0]): \(String(cString: strerror(rc)))") }
        return pid
    }
}
