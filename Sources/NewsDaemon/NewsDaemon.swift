import Foundation
import Logging
import NewsIPC
import NewsSystemd
import ServiceLifecycle
import Synchronization

/// newsd: recovery, the services, and the order they start and stop in.
public enum NewsDaemon {
    public static let version = "0.1.0"

    /// Recovers the log, rebuilds the projections, serves until SIGTERM or SIGINT, and stops cleanly.
    ///
    /// SIGTERM and SIGINT are handled from the first instruction: during recovery and replay they
    /// end the start-up (the log closed unchanged, exit status 0); once the services run, they
    /// shut them down gracefully.
    public static func run(configuration: DaemonConfiguration, logger: Logger) async throws {
        let stop = StopSignals(logger: logger)
        defer { stop.cancel() }
        let notifier = SystemdNotifier()
        raiseOpenFileLimit(logger: logger)
        notifier.notify(.status("recovering the log"))
        try FileManager.default.createDirectory(atPath: configuration.stateDirectory, withIntermediateDirectories: true)
        let writerGroup = try groupID(configuration.writerGroup)

        let ledger: Ledger
        do {
            ledger = try Ledger.open(
                configuration: configuration, logger: logger, shouldStop: { stop.isRequested },
                progress: { done, total in
                    notifier.notify(
                        .extendTimeout(microseconds: 30_000_000),
                        .status("replaying the log: \(done) of \(total) events"))
                })
        } catch let stopped as ReplayStopped {
            notifier.notify(.stopping, .status("stopped during the replay"))
            logger.notice(
                "stopped during the replay; the log is unchanged",
                metadata: ["event.seq": "\(stopped.sequence)", "log.total": "\(stopped.total)"])
            return
        }
        if stop.isRequested {
            notifier.notify(.stopping, .status("stopped after the replay"))
            await ledger.close()
            logger.notice("stopped before serving")
            return
        }

        let endpoint: VarlinkServerConfiguration.Endpoint
        let inherited = ListenedSockets.take()
        if let socket = inherited.first(where: { $0.name == "varlink" || $0.name == "newsd.socket" }) ?? inherited.first
        {
            endpoint = .inherited(fd: socket.fd)
            logger.info("serving a socket handed over by systemd", metadata: ["socket.name": "\(socket.name)"])
        } else {
            try prepareSocketPath(configuration.socketPath)
            endpoint = .path(configuration.socketPath)
        }
        var serverConfiguration = VarlinkServerConfiguration(endpoint: endpoint)
        serverConfiguration.maximumConnections = configuration.maximumConnections
        serverConfiguration.idleTimeout = .seconds(Int64(configuration.idleTimeoutSeconds))
        serverConfiguration.maximumMessageSize = configuration.maximumArticleBytes * 6 + (64 << 10)
        serverConfiguration.socketGroup = writerGroup
        serverConfiguration.socketMode = mode_t(configuration.socketMode)

        let servers = ServerReference()
        let service = NewsVarlinkService(
            ledger: ledger, stateDirectory: configuration.stateDirectory, version: version, writerGroup: writerGroup
        ) { servers.connectionCount }
        let server = VarlinkServer(configuration: serverConfiguration, service: service, logger: logger, threads: 2)
        servers.set(server)
        let alarm = LogAlarm()
        let systemd = SystemdService(ledger: ledger, server: server, notifier: notifier, alarm: alarm, logger: logger)

        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [
                    // Stopped in the reverse order: the server first, then snapshots, then the ledger.
                    .init(service: LedgerService(ledger: ledger), serviceName: "ledger"),
                    .init(service: ledger.snapshots, serviceName: "snapshots"),
                    .init(
                        service: VarlinkServerService(server: server) {
                            Task { notifier.notify(.ready, .status(await systemd.statusLine())) }
                        }, serviceName: "varlink"),
                    .init(service: systemd, serviceName: "systemd"),
                    .init(
                        service: SealCheckService(
                            log: ledger.log, delay: .seconds(Int64(configuration.sealCheckDelaySeconds)), alarm: alarm,
                            logger: logger), serviceName: "seal-check"),
                    .init(
                        service: ReloadService(
                            configuration: configuration, ledger: ledger, service: service, notifier: notifier,
                            logger: logger), serviceName: "reload"),
                ],
                logger: logger))
        stop.attach(group)
        try await group.run()
        logger.info("stopped")
    }

    /// The gid of a group name (or number); nil for none; an unknown group is an error.
    static func groupID(_ name: String?) throws -> UInt32? {
        guard let name else { return nil }
        if let gid = UInt32(name) { return gid }
        guard let group = getgrnam(name) else { throw ConfigurationError(message: "unknown writer group \"\(name)\"") }
        return group.pointee.gr_gid
    }

    /// Makes the socket's directory and checks the path fits in a socket address.
    static func prepareSocketPath(_ path: String) throws {
        guard path.utf8.count < 108 else {
            throw ConfigurationError(
                message: "the socket path \(path) is \(path.utf8.count) bytes; a Unix socket path must be under 108")
        }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        // A socket someone answers on belongs to a running newsd: do not take it over.
        if FileManager.default.fileExists(atPath: path), (try? VarlinkClient(path: path)) != nil {
            throw ConfigurationError(
                message: "another process is listening on \(path); stop it or give --socket another path")
        }
    }
}

/// The server, once made, for those made before it.
final class ServerReference: Sendable {
    private let server = Mutex<VarlinkServer?>(nil)
    func set(_ s: VarlinkServer) { server.withLock { $0 = s } }
    var connectionCount: Int { server.withLock { $0?.connectionCount ?? 0 } }
}

/// newsd was asked to stop while it replayed the log; nothing was served and nothing changed.
public struct ReplayStopped: Error, CustomStringConvertible {
    /// The last record replayed, and the log's last.
    public var sequence: UInt64
    public var total: UInt64
    init(at sequence: UInt64, of total: UInt64) {
        self.sequence = sequence
        self.total = total
    }
    public var description: String { "stopped during the replay at seq \(sequence) of \(total)" }
}

/// SIGTERM and SIGINT for the daemon's whole life: a flag the start-up polls, then the service group's graceful shutdown.
///
/// The handlers run on a dispatch queue, not in the cooperative pool, so a replay that keeps a
/// pool thread busy still sees the request at once.
final class StopSignals: Sendable {
    private struct State {
        var requested = false
        var group: ServiceGroup?
        var sources: [any DispatchSourceSignal] = []
    }
    private let state = Mutex(State())
    private let logger: Logger

    init(logger: Logger) {
        self.logger = logger
        let queue = DispatchQueue(label: "newsd.signals")
        state.withLock { state in
            for number in [SIGTERM, SIGINT] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler { [weak self] in self?.request(number) }
                source.resume()
                state.sources.append(source)
            }
        }
    }

    var isRequested: Bool { state.withLock { $0.requested } }

    /// From now on a stop request shuts `group` down gracefully (at once, if one came already).
    func attach(_ group: ServiceGroup) {
        let already = state.withLock { state -> Bool in
            state.group = group
            return state.requested
        }
        if already { Task { await group.triggerGracefulShutdown() } }
    }

    private func request(_ number: Int32) {
        let group = state.withLock { state -> ServiceGroup? in
            state.requested = true
            return state.group
        }
        logger.info("asked to stop", metadata: ["signal": "\(number == SIGTERM ? "SIGTERM" : "SIGINT")"])
        if let group { Task { await group.triggerGracefulShutdown() } }
    }

    func cancel() {
        state.withLock { state in
            for source in state.sources { source.cancel() }
        }
    }
}

/// Raises the soft limit on open files to the hard limit: every client connection is a descriptor.
func raiseOpenFileLimit(logger: Logger) {
    var limit = rlimit()
    guard getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return }
    guard limit.rlim_cur < limit.rlim_max else { return }
    let before = limit.rlim_cur
    limit.rlim_cur = limit.rlim_max
    if setrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0 {
        logger.debug(
            "raised the open-file limit", metadata: ["limit.before": "\(before)", "limit.now": "\(limit.rlim_max)"])
    } else {
        logger.warning(
            "cannot raise the open-file limit",
            metadata: ["limit.soft": "\(before)", "limit.hard": "\(limit.rlim_max)"])
    }
}
