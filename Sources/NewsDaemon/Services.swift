import Foundation
import Logging
import NewsIPC
import NewsLog
import NewsSystemd
import ServiceLifecycle
import Synchronization
import UnixSignals

/// Keeps the ledger open while newsd runs; closes it (last snapshot, log) when all else has stopped.
struct LedgerService: Service {
    let ledger: Ledger

    func run() async throws {
        try? await gracefulShutdown()
        await ledger.close()
    }
}

/// Runs the Varlink server; on shutdown stops accepting and lets calls in flight finish.
struct VarlinkServerService: Service {
    let server: VarlinkServer
    let onListening: @Sendable () -> Void

    func run() async throws {
        try await withGracefulShutdownHandler {
            try await server.run(onListening: onListening)
        } onGracefulShutdown: {
            server.stop()
        }
    }
}

/// After a start that took segments of the log from their seals instead of reading them,
/// reads the whole log once, in the background, as an open without seals would have.
///
/// Damage it finds is logged as critical and shown in systemd's STATUS line, and the seal of
/// the damaged segment is removed: the next start reads that segment in full and refuses to
/// open a damaged log, naming the segment, offset and seq, as it always did. Until then newsd
/// goes on answering from what it restored (a read of a damaged record answers
/// `io.newsd.Query.Damaged`). A seal that lies about an intact segment is removed the same way.
struct SealCheckService: Service {
    let log: EventLog
    let delay: Duration
    let alarm: LogAlarm
    let logger: Logger

    func run() async throws {
        if log.trustedSeals > 0 {
            await check()
        } else {
            logger.info("the start read every record of the log; no background check is needed")
        }
        // Stay until the group stops this service: one that returns while the group is stopping
        // another makes the whole stop fail (ServiceLifecycle's serviceFinishedUnexpectedly).
        try? await gracefulShutdown()
    }

    private func check() async {
        await cancelWhenGracefulShutdown {
            do {
                try await Task.sleep(for: delay)
                let directory = log.directory
                let check = Task.detached(priority: .background) {
                    try LogVerifier.verify(directory: directory, isCancelled: { Task.isCancelled })
                }
                let report = try await withTaskCancellationHandler {
                    try await check.value
                } onCancel: {
                    check.cancel()
                }
                act(on: report)
            } catch is CancellationError {
            } catch {
                logger.error("the background check of the log failed", metadata: ["error": "\(error)"])
            }
        }
    }

    private func act(on report: VerifyReport) {
        let damaged: (segment: String, what: String)
        switch report.finding {
        case nil, .tornTail?:
            // A torn tail is an append being written as the check read the last segment.
            logger.info(
                "the background check of the log found it intact",
                metadata: ["event.seq": "\(report.records)", "log.segments": "\(report.segments)"])
            return
        case .corrupt(let location, let reason)?:
            damaged = (location.segment, "\(location): \(reason)")
        case .seal(let segment, let reason)?:
            damaged = (segment, "the seal of \(segment) does not match it: \(reason)")
        }
        alarm.raise("LOG DAMAGED: \(damaged.what)")
        // The seal goes before the finding is told: whoever reads the message (an operator, a
        // test) may act on it at once, and must find the segment already unsealed.
        do {
            try log.unseal(segment: damaged.segment)
        } catch {
            logger.critical(
                "the background check found the log damaged where the start took it from a seal, and could not remove that seal; remove it by hand before the next start",
                metadata: [
                    "log.finding": "\(damaged.what)", "log.segment": "\(damaged.segment)", "error": "\(error)",
                ])
            return
        }
        logger.critical(
            "the background check found the log damaged where the start took it from a seal; the seal is removed, so the next start reads that segment in full",
            metadata: ["log.finding": "\(damaged.what)"])
    }
}

/// Damage found in the log while running, for the STATUS line.
final class LogAlarm: Sendable {
    private let message = Mutex<String?>(nil)
    func raise(_ text: String) { message.withLock { $0 = text } }
    var current: String? { message.withLock { $0 } }
}

/// Tells systemd how newsd is: STATUS lines, WATCHDOG=1 after a real health check, STOPPING=1.
struct SystemdService: Service {
    let ledger: Ledger
    let server: VarlinkServer
    let notifier: SystemdNotifier
    let alarm: LogAlarm
    let logger: Logger

    func run() async throws {
        let watchdog = SystemdNotifier.watchdogInterval()
        let tick: Duration = watchdog.map { min($0 / 3, .seconds(5)) } ?? .seconds(5)
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                if watchdog != nil {
                    do {
                        try await healthCheck(timeout: tick)
                        notifier.notify(.watchdog)
                    } catch {
                        // No WATCHDOG=1: systemd will restart us if this goes on.
                        logger.error("health check failed", metadata: ["error": "\(error)"])
                    }
                }
                if notifier.isEnabled { notifier.notify(.status(await statusLine())) }
                try? await Task.sleep(for: tick)
            }
        }
        notifier.notify(.stopping, .status("stopping"))
    }

    /// The writer queue, the ledger actor and the server's event loop each answer in time.
    func healthCheck(timeout: Duration) async throws {
        try await withTimeout(timeout) {
            try await ledger.log.checkHealth()
            _ = await ledger.current.lastSequence
            try await server.ping()
        }
    }

    func statusLine() async -> String {
        let p = await ledger.current
        let n = p.counts
        return (alarm.current.map { $0 + "; " } ?? "")
            + "seq \(p.lastSequence), \(n.articles) articles, \(n.agreements) agreements, \(n.trade) trade figures, \(n.investments) investment pairs, \(server.connectionCount) clients"
    }
}

/// On SIGHUP: RELOADING=1, read the configuration file again, apply what can change, READY=1.
struct ReloadService: Service {
    let configuration: DaemonConfiguration
    let ledger: Ledger
    let service: NewsVarlinkService
    let notifier: SystemdNotifier
    let logger: Logger

    func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        await cancelWhenGracefulShutdown {
            for await _ in signals {
                notifier.notify(.reloading, .status("reloading the configuration"))
                await reload()
                notifier.notify(.ready, .status("reloaded"))
            }
        }
    }

    func reload() async {
        guard let file = configuration.configurationFile else {
            logger.info("reload: no configuration file to read")
            return
        }
        var fresh = configuration
        do {
            try fresh.apply(file: file)
            let gid = try NewsDaemon.groupID(fresh.writerGroup)
            service.setWriterGroup(gid)
            await ledger.update(
                .init(maximumArticleBytes: fresh.maximumArticleBytes, snapshotEvery: fresh.snapshotEvery))
            if fresh.stateDirectory != configuration.stateDirectory || fresh.socketPath != configuration.socketPath {
                logger.warning("reload: state_dir and socket change only on restart")
            }
            logger.info("reloaded the configuration", metadata: ["config.file": "\(file)"])
        } catch {
            logger.error("reload failed; the running configuration stays", metadata: ["error": "\(error)"])
        }
    }
}

/// Runs `body`, or throws `TimedOut` after `timeout`.
func withTimeout(_ timeout: Duration, _ body: @escaping @Sendable () async throws -> Void) async throws {
    try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: timeout)
            throw TimedOut(after: timeout)
        }
        try await group.next()
        group.cancelAll()
    }
}

struct TimedOut: Error, CustomStringConvertible {
    var after: Duration
    var description: String { "no answer within \(after)" }
}
