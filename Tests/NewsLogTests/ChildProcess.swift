import Foundation

/// A running `newslog-child` whose stdout goes to a file opened for appending.
final class ChildProcess {
    let process = Process()
    let output: String

    init(arguments: [String], output: String) throws {
        self.output = output
        let fd = open(output, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(.init(rawValue: errno)!) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        process.executableURL = URL(fileURLWithPath: childExecutable())
        process.arguments = arguments
        process.standardOutput = handle
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }

    /// The complete lines written so far.
    func lines() -> [Substring] {
        guard let data = FileManager.default.contents(atPath: output) else { return [] }
        let text = String(decoding: data, as: UTF8.self)
        guard let lastNewline = text.lastIndex(of: "\n") else { return [] }
        return text[..<lastNewline].split(separator: "\n")
    }

    /// Waits until a line starts with `prefix`; nil after `timeout` seconds or if the child exits.
    func waitForLine(startingWith prefix: String, timeout: Double = 60) -> Substring? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let line = lines().first(where: { $0.hasPrefix(prefix) }) { return line }
            if !process.isRunning { return lines().first(where: { $0.hasPrefix(prefix) }) }
            usleep(2000)
        }
        return nil
    }

    /// SIGKILL, and wait for the exit.
    func kill() {
        if process.isRunning { Foundation.kill(pid, SIGKILL) }
        process.waitUntilExit()
    }

    deinit { kill() }
}
