import Foundation

/// A running child (by default `newslog-child`) whose stdout goes to a file opened for appending.
///
/// Started with posix_spawn and reaped here with `waitpid` (``Reaper``), not with Foundation's
/// Process: under load its reaper can miss a child's exit, and a wait for the exit of a child
/// it missed never ends.
public final class ChildProcess: @unchecked Sendable {
    private let child: Reaper
    public let output: String

    public init(executable: String = Built.newslogChild, arguments: [String], output: String) throws {
        self.output = output
        let pid = try posixSpawn([executable] + arguments, environment: ProcessInfo.processInfo.environment) {
            actions in
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        }
        child = Reaper(pid)
    }

    public var pid: Int32 { child.pid }

    public var isRunning: Bool { child.reap() == .running }

    /// The complete lines written so far.
    public func lines() -> [Substring] { Self.lines(of: output) }

    private static func lines(of output: String) -> [Substring] {
        guard let data = FileManager.default.contents(atPath: output) else { return [] }
        let text = String(decoding: data, as: UTF8.self)
        guard let lastNewline = text.lastIndex(of: "\n") else { return [] }
        return text[..<lastNewline].split(separator: "\n")
    }

    /// Waits (suspending) until a line starts with `prefix`; nil after `timeout` or if the child exits first.
    public func waitForLine(startingWith prefix: String, timeout: Duration = .seconds(180)) async throws -> Substring? {
        var found: Substring?
        let seen = try await eventually(timeout: timeout, poll: .milliseconds(5)) {
            let running = isRunning
            found = lines().first { $0.hasPrefix(prefix) }
            return found != nil || !running
        }
        return seen ? found : nil
    }

    /// Waits for a line starting with `prefix`, then `delay` more, then SIGKILLs the child and
    /// waits for its exit; returns the line, or nil if the child exited or `timeout` passed first.
    ///
    /// The wait for the line and the delay run on a thread of their own: how long the child
    /// lives past the line must not depend on how busy the cooperative pool is.
    public func kill(afterLine prefix: String, delay: Duration, timeout: Duration = .seconds(180)) async throws
        -> Substring?
    {
        let child = self.child
        let output = self.output
        let line = await offPool { () -> Substring? in
            let deadline = ContinuousClock.now + timeout
            var line: Substring?
            while line == nil && child.reap() == .running && ContinuousClock.now < deadline {
                line = Self.lines(of: output).first { $0.hasPrefix(prefix) }
                if line == nil { usleep(2_000) }
            }
            if line != nil {
                let (seconds, attoseconds) = delay.components
                usleep(UInt32(seconds * 1_000_000 + attoseconds / 1_000_000_000_000))
            }
            child.signal(SIGKILL)
            return line
        }
        try await kill()
        return line
    }

    /// SIGKILL, and wait (suspending) for the exit.
    public func kill() async throws {
        child.signal(SIGKILL)
        try await waitUntil("the child exits after SIGKILL") { !isRunning }
    }

    /// SIGKILL, without waiting, since deinit may run on the cooperative pool: a child that a
    /// test left running (it failed early) ends, and stays a zombie until the test process ends.
    deinit {
        child.signal(SIGKILL)
        _ = child.reap()
    }
}
