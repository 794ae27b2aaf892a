import Foundation
import Synchronization

/// A newsd started for one test in a temporary state directory.
///
/// Every wait suspends (``offPool(_:)``, ``waitUntil(_:timeout:poll:_:)``) rather than blocking
/// the cooperative pool. End a test with `await stop()` where the exit status matters; `defer {
/// daemon.remove() }` stops it gracefully (SIGTERM) on a thread of its own and removes its directory.
public final class Daemon {
    public let directory: String
    public let socket: String
    public let logFile: String
    public private(set) var pid: Int32 = 0
    private var state = State.running

    private enum State {
        case running
        case exited(Int32)
        /// ``remove()`` or ``stopInBackground()`` took it over.
        case handedOff
    }

    /// Starts newsd; `prefix` runs it through another program (e.g. systemd-socket-activate).
    public init(
        directory: String? = nil, arguments: [String] = [], environment: [String: String] = [:], prefix: [String] = [],
        waitForSocket: Bool = true
    ) async throws {
        if let directory {
            self.directory = directory
        } else {
            self.directory = try makeTemporaryDirectory("newsd-e2e")
            chmod(self.directory, 0o755)
        }
        socket = self.directory + "/io.newsd"
        logFile = self.directory + "/newsd.log"
        let command = prefix + [Built.newsd, "--state-dir", self.directory + "/state", "--socket", socket] + arguments
        var env = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        for key in [
            "NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "LISTEN_FDS", "LISTEN_PID", "LISTEN_FDNAMES",
            "NEWSD_SOCKET", "JOURNAL_STREAM",
        ]
        where environment[key] == nil { env[key] = nil }
        pid = try spawn(command, environment: env, output: logFile)
        if waitForSocket { try await self.waitForSocket() }
    }

    /// Whether the process has not exited (reaping it if it has).
    public var isRunning: Bool {
        guard case .running = state else { return false }
        switch ChildExit.reap(pid) {
        case .running: return true
        case .exited(let status): state = .exited(status)
        case .signaled(let signal): state = .exited(-signal)
        case .unknown: state = .exited(-1)
        }
        return false
    }

    /// The exit status: negative for a signal, -1 when killed after a timeout or not yet known.
    public var exitStatus: Int32 {
        if case .exited(let status) = state { status } else { -1 }
    }

    /// Waits until newsd answers `newsctl status`; throws ``DaemonFailed`` if it exits or never answers.
    public func waitForSocket(timeout: Duration = .seconds(180)) async throws {
        do {
            try await waitUntil("newsd answers", timeout: timeout, poll: .milliseconds(20)) {
                if FileManager.default.fileExists(atPath: socket), (try? await ctl(["status"]).status) == 0 {
                    return true
                }
                if !isRunning { throw DaemonFailed(log: log) }
                return false
            }
        } catch is TimedOut {
            throw DaemonFailed(log: log)
        }
    }

    /// Everything newsd wrote to stdout and stderr so far.
    public var log: String { (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? "" }

    /// Runs newsctl against this daemon, as `user` if given (through setpriv).
    @discardableResult
    public func ctl(_ arguments: [String], stdin: String? = nil, user: (uid: Int, gid: Int)? = nil) async throws
        -> Outcome
    {
        if let user {
            return try await run(
                "/usr/bin/setpriv",
                ["--reuid=\(user.uid)", "--regid=\(user.gid)", "--clear-groups", Built.newsctl] + arguments,
                environment: ["NEWSD_SOCKET": socket, "HOME": "/tmp"], stdin: stdin)
        }
        return try await run(Built.newsctl, arguments, environment: ["NEWSD_SOCKET": socket], stdin: stdin)
    }

    /// Sends a signal (SIGTERM by default) and waits for the exit; returns the exit status
    /// (negative: killed by that signal; -1 if it had to be killed after `timeout`).
    @discardableResult
    public func stop(signal: Int32 = SIGTERM, timeout: Duration = .seconds(60)) async -> Int32 {
        guard isRunning else { return exitStatus }
        kill(pid, signal)
        let exited = (try? await eventually(timeout: timeout) { !isRunning }) ?? false
        if !exited && isRunning {
            kill(pid, SIGKILL)
            while isRunning { try? await Task.sleep(for: .milliseconds(10)) }
            state = .exited(-1)
        }
        return exitStatus
    }

    /// Stops newsd (SIGTERM, SIGKILL after 60 s) on a thread of its own, then removes its
    /// directory. For `defer`, which cannot wait.
    public func remove() { handOff(removing: directory) }

    /// Stops newsd like ``remove()`` but keeps its directory (another daemon may use it).
    public func stopInBackground() { handOff(removing: nil) }

    /// Hand-offs whose thread has not finished: at the test process's exit (`atexit`), whatever is
    /// left is killed and removed there, so that a slow daemon stopping as `swift test` ends leaves
    /// neither a process nor its directory behind.
    private static let pending = Mutex<[Int: (pid: Int32, running: Bool, path: String?)]>([:])
    private static let sweepAtExit: Void = { atexit { Daemon.sweep() } }()
    private static let nextHandOff = Atomic<Int>(0)

    /// Kills what is left of the pending hand-offs and removes their directories (at exit).
    static func sweep() {
        let left = pending.withLock { pending in
            let left = Array(pending.values)
            pending.removeAll()
            return left
        }
        for handOff in left {
            if handOff.running, ChildExit.reap(handOff.pid) == .running {
                kill(handOff.pid, SIGKILL)
                var status: Int32 = 0
                waitpid(handOff.pid, &status, 0)
            }
            if let path = handOff.path { try? FileManager.default.removeItem(atPath: path) }
        }
    }

    private func handOff(removing path: String?) {
        let pid = self.pid
        let running = isRunning
        state = .handedOff
        // The signal now: the test process may end before the thread runs, and newsd must not outlive it.
        if running { kill(pid, SIGTERM) }
        _ = Self.sweepAtExit
        let key = Self.nextHandOff.wrappingAdd(1, ordering: .relaxed).oldValue
        Self.pending.withLock { $0[key] = (pid, running, path) }
        Thread.detachNewThread {
            // (Whichever finishes the hand-off, this thread or the sweep at exit, takes it over.)
            defer { Self.pending.withLock { _ = $0.removeValue(forKey: key) } }
            if running {
                let deadline = Date().addingTimeInterval(60)
                while ChildExit.reap(pid) == .running {
                    if Date() > deadline {
                        kill(pid, SIGKILL)
                        var status: Int32 = 0
                        waitpid(pid, &status, 0)
                        break
                    }
                    usleep(10_000)
                }
            }
            // Another daemon on the same directory may still be writing into it as it stops: try again.
            for _ in 0..<100 {
                guard let path, FileManager.default.fileExists(atPath: path) else { break }
                try? FileManager.default.removeItem(atPath: path)
                usleep(50_000)
            }
        }
    }

    deinit {
        // A test that ended without stopping it (it threw): SIGKILL, and reap it on a thread of its
        // own (deinit may run on the cooperative pool, and waitpid blocks).
        if isRunning {
            let pid = self.pid
            kill(pid, SIGKILL)
            Thread.detachNewThread {
                var status: Int32 = 0
                waitpid(pid, &status, 0)
            }
        }
    }
}

/// newsd exited or never answered while a test waited for it.
public struct DaemonFailed: Error, CustomStringConvertible {
    public var log: String
    public var description: String { "newsd did not come up:\n\(log)" }
}
