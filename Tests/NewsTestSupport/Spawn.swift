import Foundation

/// Starts a program with posix_spawn, its stdout and stderr appended to `output`, stdin from /dev/null.
///
/// posix_spawn rather than Foundation's Process, whose reaper takes a program that execs another
/// (as systemd-socket-activate does) for one that exited, and then blocks on it.
public func spawn(_ command: [String], environment: [String: String], output: String) throws -> Int32 {
    try posixSpawn(command, environment: environment) { actions in
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
    }
}

/// posix_spawn of `command` (its first element a path) with the file actions `setUp` adds. No
/// other descriptor of this process reaches the child, whatever another thread opened meanwhile
/// (glibc's closefrom action, looked up since Swift's Glibc module leaves it out). With
/// `defaultSignals`, the child starts with no signal blocked and every signal at its default,
/// whatever the spawning thread (a dispatch worker) blocks.
func posixSpawn(
    _ command: [String], environment: [String: String], defaultSignals: Bool = false,
    _ setUp: (inout posix_spawn_file_actions_t) -> Void
) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    setUp(&actions)
    if let closeFrom = addCloseFrom { _ = closeFrom(&actions, 3) }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    if defaultSignals {
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    }
    let argv = command.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for p in argv + envp { free(p) } }
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, command[0], &actions, &attributes, argv, envp)
    guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EIO) }
    return pid
}

/// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), if it has it.
private let addCloseFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else {
        return nil
    }
    return unsafeBitCast(
        symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
}()

/// How a child ended, if it has: reaps it without waiting.
public enum ChildExit: Equatable, Sendable {
    /// Still running.
    case running
    /// Exited with this status.
    case exited(Int32)
    /// Killed by this signal.
    case signaled(Int32)
    /// Not a child of this process (any more): someone else reaped it.
    case unknown

    /// `waitpid(pid, WNOHANG)`.
    public static func reap(_ pid: pid_t) -> ChildExit {
        var status: Int32 = 0
        let rc = waitpid(pid, &status, WNOHANG)
        if rc == 0 { return .running }
        if rc != pid { return errno == EINTR ? .running : .unknown }
        // WIFEXITED / WEXITSTATUS are macros Swift does not import.
        return status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .signaled(status & 0x7F)
    }
}

/// Waits (suspending, not blocking) for `pid` to end and returns how; SIGKILLs it and returns
/// nil if it runs longer than `timeout`.
public func waitForExit(_ pid: pid_t, timeout: Duration) async throws -> ChildExit? {
    var exit = ChildExit.running
    do {
        try await waitUntil("pid \(pid) exits", timeout: timeout, poll: .milliseconds(10)) {
            exit = ChildExit.reap(pid)
            return exit != .running
        }
    } catch is TimedOut {
        kill(pid, SIGKILL)
        try await waitUntil("pid \(pid) exits after SIGKILL") { ChildExit.reap(pid) != .running }
        return nil
    }
    return exit
}

/// A child that is signalled only while it is not reaped: the lock keeps a late signal (a
/// timeout's, a test's SIGKILL) from reaching another process given the same pid since. Once
/// reaped, it keeps how the child ended.
final class Reaper: @unchecked Sendable {
    private let lock = NSLock()
    let pid: pid_t
    private var ended: ChildExit?
    init(_ pid: pid_t) { self.pid = pid }
    func signal(_ signal: Int32) { lock.withLock { if ended == nil { _ = kill(pid, signal) } } }
    /// How the child ended, or `.running`: `waitpid` without waiting, the first time it has ended.
    func reap() -> ChildExit {
        lock.withLock {
            if let ended { return ended }
            let exit = ChildExit.reap(pid)
            if exit != .running { ended = exit }
            return exit
        }
    }
}
