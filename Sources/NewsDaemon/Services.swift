import Foundation
import Logging
import NewsIPC
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

/// Tells systemd how newsd is: STATUS lines, WATCHDOG=1 after a real health check, STOPPING=1.
struct SystemdService: Service {
    let ledger: Ledger
    let server: VarlinkServer
    let notifier: SystemdNotifier
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
        return
            "seq \(p.lastSequence), \(n.articles) articles, \(n.agreements) agreements, \(n.trade) trade figures, \(n.investments) investment pairs, \(server.connectionCount) clients"
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
