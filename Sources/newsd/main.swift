import ArgumentParser
import Foundation
import Logging
import NewsDaemon
import NewsSystemd

/// newsd: the daemon. Parses its configuration, sets up logging, and runs `NewsDaemon`.
@main
struct Newsd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsd",
        abstract: "Turns news about economic diplomacy into an auditable ledger, served over Varlink.",
        discussion: """
            Under systemd the state lives in $STATE_DIRECTORY and the socket is handed over by
            newsd.socket (or made in $RUNTIME_DIRECTORY). Elsewhere the defaults are
            $XDG_STATE_HOME/newsd (or ~/.local/state/newsd) with the socket io.newsd inside it.
            SIGHUP reloads the configuration file; SIGTERM stops after the calls in flight.
            """,
        version: NewsDaemon.version)

    @Option(name: .customLong("state-dir"), help: "Where the log and snapshots live.")
    var stateDirectory: String?

    @Option(help: "Where to make the Varlink socket (unless systemd hands one over).")
    var socket: String?

    @Option(name: .customLong("config"), help: "A configuration file of key = value lines.")
    var configurationFile: String?

    @Option(name: .customLong("writer-group"), help: "A group whose members may write (root always may).")
    var writerGroup: String?

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel: String?

    func run() async throws {
        var configuration = DaemonConfiguration.defaults()
        if let environmentSocket = ProcessInfo.processInfo.environment["NEWSD_SOCKET"] {
            configuration.socketPath = environmentSocket
        }
        if let configurationFile { try configuration.apply(file: configurationFile) }
        if let stateDirectory {
            configuration.stateDirectory = stateDirectory
            if socket == nil && ProcessInfo.processInfo.environment["RUNTIME_DIRECTORY"] == nil
                && ProcessInfo.processInfo.environment["NEWSD_SOCKET"] == nil
            {
                configuration.socketPath = configuration.state.socket
            }
        }
        if let socket { configuration.socketPath = socket }
        if let writerGroup { configuration.writerGroup = writerGroup }
        if let logLevel {
            guard let level = Logger.Level(rawValue: logLevel) else {
                throw ValidationError("--log-level: unknown level \(logLevel)")
            }
            configuration.logLevel = level
        }
        let level = configuration.logLevel
        let journal = JournalLogHandler.isConnectedToJournal
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler =
                journal ? JournalLogHandler(label: label) : StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "newsd")
        do {
            try await NewsDaemon.run(configuration: configuration, logger: logger)
        } catch {
            logger.critical("newsd cannot run", metadata: ["error": "\(error)"])
            throw ExitCode(1)
        }
    }
}
