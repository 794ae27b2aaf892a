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
///
/// The command is started with posix_spawn and reaped here with `waitpid`, not with Foundation's
/// Process: under load its reaper can miss a child's exit, and `waitUntilExit` then waits until
/// some other child ends (a `swift test` run on two busy cores once stood still for ten minutes
/// beside a `newsctl` that had long exited).
@discardableResult
public func runBlocking(
    _ executable: String, _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
    timeout: Double = 60
) throws -> Outcome {
    // Each pipe's ends are close-on-exec; the child gets its own ends as 0, 1 and 2.
    func pipeFDs() throws -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return (fds[0], fds[1])
    }
    let input = try pipeFDs()
    let out = try pipeFDs()
    let err = try pipeFDs()
    let pid: pid_t
    do {
        pid = try posixSpawn(
            [executable] + arguments, environment: ProcessInfo.processInfo.environment.merging(environment) { $1 },
            defaultSignals: true
        ) { actions in
            posix_spawn_file_actions_adddup2(&actions, input.read, 0)
            posix_spawn_file_actions_adddup2(&actions, out.write, 1)
            posix_spawn_file_actions_adddup2(&actions, err.write, 2)
        }
    } catch {
        for fd in [input.read, input.write, out.read, out.write, err.read, err.write] { close(fd) }
        throw error
    }
    // The child's ends are its own now.
    for fd in [input.read, out.write, err.write] { close(fd) }
    // Standard input is written on a thread of its own, and standard error read on another, so
    // that no pipe can fill while the caller reads standard output.
    let inputWritten = DispatchSemaphore(value: 0)
    let bytes = Data((stdin ?? "").utf8)
    Thread {
        let handle = FileHandle(fileDescriptor: input.write, closeOnDealloc: true)
        try? handle.write(contentsOf: bytes)
        try? handle.close()
        inputWritten.signal()
    }.start()
    let stderrData = Collected()
    let stderrRead = DispatchSemaphore(value: 0)
    Thread {
        stderrData.set(FileHandle(fileDescriptor: err.read, closeOnDealloc: true).readDataToEndOfFile())
        stderrRead.signal()
    }.start()
    // The timeout: SIGTERM, then SIGKILL a second later, to a child not reaped yet.
    let child = Reaper(pid)
    let deadline = DispatchTime.now() + timeout
    DispatchQueue.global().asyncAfter(deadline: deadline) { child.signal(SIGTERM) }
    DispatchQueue.global().asyncAfter(deadline: deadline + 1) { child.signal(SIGKILL) }
    let stdoutData = FileHandle(fileDescriptor: out.read, closeOnDealloc: true).readDataToEndOfFile()
    stderrRead.wait()
    inputWritten.wait()
    var exit = child.reap()
    while exit == .running {
        usleep(2_000)
        exit = child.reap()
    }
    let status: Int32
    switch exit {
    case .exited(let code): status = code
    case .signaled(let signal): status = signal
    case .running, .unknown: status = -1
    }
    return Outcome(
        status: status,
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
