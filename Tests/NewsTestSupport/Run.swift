import Foundation

/// What a finished command printed and how it ended.
public struct Outcome: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }
}

/// Runs a command to its end (terminated after `timeout` seconds) and collects its output.
///
/// The waiting happens on a thread of its own (``offPool(_:)``), never on the cooperative pool.
@discardableResult
public func run(
    _ executable: String, _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
    timeout: Double = 60
) async throws -> Outcome {
    try await offPool {
        try runBlocking(executable, arguments, environment: environment, stdin: stdin, timeout: timeout)
    }
}

/// ``run(_:_:environment:stdin:timeout:)`` for code that already runs on a thread of its own
/// (inside ``offPool(_:)``): it blocks the calling thread until the command ends.
@discardableResult
public func runBlocking(
    _ executable: String, _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
    timeout: Double = 60
) throws -> Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { try input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
    // Standard error is read on a second thread, so that neither pipe can fill while the other is read.
    let stderrData = Collected()
    let stderrRead = DispatchSemaphore(value: 0)
    let errHandle = err.fileHandleForReading
    Thread {
        stderrData.set(errHandle.readDataToEndOfFile())
        stderrRead.signal()
    }.start()
    let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
    stderrRead.wait()
    process.waitUntilExit()
    timer.cancel()
    return Outcome(
        status: process.terminationStatus,
        stdout: String(decoding: stdoutData, as: UTF8.self),
        stderr: String(decoding: stderrData.get(), as: UTF8.self))
}

/// Bytes handed from one thread to another (the semaphore orders the two).
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ value: Data) { lock.withLock { data = value } }
    func get() -> Data { lock.withLock { data } }
}

/// Decodes newsctl's --json output.
public func json(_ outcome: Outcome) throws -> [String: Any] {
    guard let object = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any] else {
        throw POSIXError(.EINVAL)
    }
    return object
}
