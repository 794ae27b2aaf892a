import Foundation
import Testing

/// The built executables, beside the test bundle.
enum Built {
    static var directory: URL {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: me).deletingLastPathComponent()
        while !FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent("newsd").path) && dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir
    }
    static var newsd: String { directory.appendingPathComponent("newsd").path }
    static var newsctl: String { directory.appendingPathComponent("newsctl").path }
}

/// What a finished command printed and how it ended.
struct Outcome {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs a command to its end (at most `timeout` seconds) and collects its output.
@discardableResult
func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil, timeout: Double = 60) throws -> Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
    let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
    let stderrData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    timer.cancel()
    return Outcome(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self), stderr: String(decoding: stderrData, as: UTF8.self))
}

/// A newsd started for one test in a temporary state directory, stopped (SIGTERM) when done.
///
/// Started with posix_spawn rather than Foundation's Process, whose reaper takes a program that
/// execs another (as systemd-socket-activate does) for one that exited, and then blocks on it.
final class Daemon {
    let directory: String
    let socket: String
    let logFile: String
    private(set) var pid: Int32 = 0
    private(set) var stopped = false
    private var exitStatus: Int32 = -1

    /// Starts newsd; `prefix` runs it through another program (e.g. systemd-socket-activate).
    init(directory: String? = nil, arguments: [String] = [], environment: [String: String] = [:], prefix: [String] = [], waitForSocket: Bool = true) throws {
        if let directory {
            self.directory = directory
        } else {
            var template = Array("/tmp/newsd-e2e-XXXXXX".utf8CString)
            guard let made = mkdtemp(&template) else { throw POSIXError(.EIO) }
            self.directory = String(cString: made)
            chmod(self.directory, 0o755)
        }
        socket = self.directory + "/io.newsd"
        logFile = self.directory + "/newsd.log"
        let command = prefix + [Built.newsd, "--state-dir", self.directory + "/state", "--socket", socket] + arguments
        var env = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        for key in ["NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "LISTEN_FDS", "LISTEN_PID", "LISTEN_FDNAMES", "NEWSD_SOCKET", "JOURNAL_STREAM"]
        where environment[key] == nil { env[key] = nil }
        pid = try spawn(command, environment: env, output: logFile)
        if waitForSocket { try self.waitForSocket() }
    }

    /// Whether the process has not exited (reaping it if it has).
    var isRunning: Bool {
        if stopped && exitStatus != -1 { return false }
        var status: Int32 = 0
        let rc = waitpid(pid, &status, WNOHANG)
        if rc == pid {
            exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -(status & 0x7F)
            stopped = true
            return false
        }
        return rc == 0
    }

    func waitForSocket(timeout: Double = 60) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if FileManager.default.fileExists(atPath: socket), (try? ctl(["status"]).status) == 0 { return }
            if !isRunning { throw DaemonFailed(log: log) }
            usleep(20_000)
        }
        throw DaemonFailed(log: log)
    }

    var log: String { (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? "" }

    /// Runs newsctl against this daemon.
    @discardableResult
    func ctl(_ arguments: [String], stdin: String? = nil, user: (uid: Int, gid: Int)? = nil) throws -> Outcome {
        if let user {
            return try run("/usr/bin/setpriv", ["--reuid=\(user.uid)", "--regid=\(user.gid)", "--clear-groups", Built.newsctl] + arguments,
                           environment: ["NEWSD_SOCKET": socket, "HOME": "/tmp"], stdin: stdin)
        }
        return try run(Built.newsctl, arguments, environment: ["NEWSD_SOCKET": socket], stdin: stdin)
    }

    /// Sends a signal (SIGTERM by default) and waits for the exit; returns the exit status (-1 if it had to be killed).
    @discardableResult
    func stop(signal: Int32 = SIGTERM, timeout: Double = 30) -> Int32 {
        guard isRunning else { return exitStatus }
        kill(pid, signal)
        let deadline = Date().addingTimeInterval(timeout)
        while isRunning && Date() < deadline { usleep(10_000) }
        if isRunning {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            stopped = true
            exitStatus = -1
        }
        return exitStatus
    }

    /// Stops the daemon and removes its directory.
    func remove() {
        stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    deinit { if isRunning { _ = stop(signal: SIGKILL) } }
}

struct DaemonFailed: Error, CustomStringConvertible {
    var log: String
    var description: String { "newsd did not come up:\n\(log)" }
}

/// Decodes newsctl's --json output.
func json(_ outcome: Outcome) throws -> [String: Any] {
    guard let object = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any] else {
        throw POSIXError(.EINVAL)
    }
    return object
}

var isRoot: Bool { geteuid() == 0 }

/// Starts a program with posix_spawn, its stdout and stderr appended to `output`, stdin from /dev/null.
func spawn(_ command: [String], environment: [String: String], output: String) throws -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_APPEND, 0o644)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let argv = command.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
    guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EIO) }
    return pid
}
