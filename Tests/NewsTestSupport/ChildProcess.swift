import Foundation

/// A running child (by default `newslog-child`) whose stdout goes to a file opened for appending.
public final class ChildProcess {
    let process = Process()
    public let output: String

    public init(executable: String = Built.newslogChild, arguments: [String], output: String) throws {
        self.output = output
        let fd = open(output, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = handle
        try process.run()
    }

    public var pid: Int32 { process.processIdentifier }

    public var isRunning: Bool { process.isRunning }

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
            let running = process.isRunning
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
        let process = self.process
        let output = self.output
        let line = await offPool { () -> Substring? in
            let deadline = ContinuousClock.now + timeout
            var line: Substring?
            while line == nil && process.isRunning && ContinuousClock.now < deadline {
                line = Self.lines(of: output).first { $0.hasPrefix(prefix) }
                if line == nil { usleep(2_000) }
            }
            if line != nil {
                let (seconds, attoseconds) = delay.components
                usleep(UInt32(seconds * 1_000_000 + attoseconds / 1_000_000_000_000))
            }
            if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
            return line
        }
        try await kill()
        return line
    }

    /// SIGKILL, and wait (suspending) for the exit.
    public func kill() async throws {
        if process.isRunning { Foundation.kill(pid, SIGKILL) }
        try await waitUntil("the child exits after SIGKILL") { !process.isRunning }
    }

    /// SIGKILL, without waiting: deinit may run on the cooperative pool, and Foundation's Process
    /// reaps the child on a thread of its own.
    deinit {
        if process.isRunning { Foundation.kill(pid, SIGKILL) }
    }
}
