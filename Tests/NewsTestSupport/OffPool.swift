import Foundation

/// Runs blocking work on a thread of its own and suspends until it is done.
///
/// Swift's cooperative pool has one thread per core, and every test of the run shares it: a
/// test that blocks a pool thread (waiting on a process, a pipe, a socket or a sleep) takes it
/// from every other test. Blocking waits belong here instead. `body` must not use Swift
/// Testing's `#expect`: it runs outside the test's task, so it returns what it saw instead.
public func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}

/// ``offPool(_:)`` for work that cannot fail.
public func offPool<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        Thread { continuation.resume(returning: body()) }.start()
    }
}

/// A condition that did not come true in time.
public struct TimedOut: Error, CustomStringConvertible {
    public var waited: Duration
    public var what: String
    public var description: String { "\(what.isEmpty ? "a condition" : what) did not come true in \(waited)" }
}

/// Waits, suspending between checks, until `condition` is true; throws ``TimedOut`` after `timeout`.
///
/// The timeout only catches hangs: make it generous, so that a slow machine cannot fail a test.
public func waitUntil(
    _ what: String = "",
    timeout: Duration = .seconds(120),
    poll: Duration = .milliseconds(10),
    _ condition: () async throws -> Bool
) async throws {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while try await !condition() {
        guard clock.now < deadline else { throw TimedOut(waited: timeout, what: what) }
        try await Task.sleep(for: poll)
    }
}

/// Whether `condition` came true within `timeout` (see ``waitUntil(_:timeout:poll:_:)``).
public func eventually(
    timeout: Duration = .seconds(120),
    poll: Duration = .milliseconds(10),
    _ condition: () async throws -> Bool
) async throws -> Bool {
    do {
        try await waitUntil(timeout: timeout, poll: poll, condition)
        return true
    } catch is TimedOut {
        return false
    }
}
