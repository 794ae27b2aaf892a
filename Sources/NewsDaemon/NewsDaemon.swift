import Foundation
import Logging
import NewsIPC
import NewsSystemd
import ServiceLifecycle

/// newsd: recovery, the services, and the order they start and stop in.
public enum NewsDaemon {
    public static let version = "0.1.0"

    /// Recovers the log, rebuilds the projections, serves until SIGTERM or SIGINT, and stops cleanly.
    public static func run(configuration: DaemonConfiguration, logger: Logger) async throws {
        let notifier = SystemdNotifier()
        notifier.notify(.status("recovering the log"))
        try FileManager.default.createDirectory(atPath: configuration.stateDirectory, withIntermediateDirectories: true)
        let writerGroup = try groupID(configuration.writerGroup)

        let ledger = try Ledger.open(configuration: configuration, logger: logger) { done, total in
            notifier.notify(.extendTimeout(microseconds: 30_000_000), .status("replaying the log: \(done) of \(total) events"))
        }

        let endpoint: VarlinkServerConfiguration.Endpoint
        let inherited = ListenedSockets.take()
        if let socket = inherited.first(where: { $0.name == "varlink" || $0.name == "newsd.socket" }) ?? inherited.first {
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
        let service = NewsVarlinkService(ledger: ledger, stateDirectory: configuration.stateDirectory, version: version, writerGroup: writerGroup) { servers.connectionCount }
        let server = VarlinkServer(configuration: serverConfiguration, service: service, logger: logger, threads: 2)
        servers.set(server)
        let systemd = SystemdService(ledger: ledger, server: server, notifier: notifier, logger: logger)

        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [
                    .init(service: LedgerService(ledger: ledger), serviceName: "ledger"),
                    .init(service: VarlinkServerService(server: server) {
                        Task { notifier.notify(.ready, .status(await systemd.statusLine())) }
                    }, serviceName: "varlink"),
                    .init(service: systemd, serviceName: "systemd"),
                    .init(service: ReloadService(configuration: configuration, ledger: ledger, service: service, notifier: notifier, logger: logger), serviceName: "reload"),
                ],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
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
            throw ConfigurationError(message: "the socket path \(path) is \(path.utf8.count) bytes; a Unix socket path must be under 108")
        }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        // A socket someone answers on belongs to a running newsd: do not take it over.
        if FileManager.default.fileExists(atPath: path), (try? VarlinkClient(path: path)) != nil {
            throw ConfigurationError(message: "another process is listening on \(path); stop it or give --socket another path")
        }
    }
}

/// The server, once made, for those made before it.
final class ServerReference: Sendable {
    private let server = Mutex<VarlinkServer?>(nil)
    func set(_ s: VarlinkServer) { server.withLock { $0 = s } }
    var connectionCount: Int { server.withLock { $0?.connectionCount ?? 0 } }
}

import Synchronization
