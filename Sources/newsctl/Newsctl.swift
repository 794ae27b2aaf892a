import ArgumentParser
import Foundation
import NewsIPC
import NewsLog

/// newsctl: the command-line client of newsd.
@main
struct Newsctl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsctl",
        abstract: "Talks to newsd: ingest articles, record and correct facts, query the ledger, read the log.",
        discussion: """
            The socket is --socket, else $NEWSD_SOCKET, else /run/newsd/io.newsd when it exists, else
            newsd's default for this user ($XDG_STATE_HOME/newsd/io.newsd or ~/.local/state/newsd/io.newsd).

            Exit codes: 0 ok, 1 failure, 2 usage or invalid input, 3 not found, 4 permission denied,
            69 newsd unreachable.
            """,
        version: "0.1.0",
        subcommands: [
            Status.self, Ingest.self, Record.self, Correct.self, Retract.self,
            Agreements.self, Trade.self, Investments.self, Totals.self, FactCommand.self, Articles.self,
            LogCommand.self, Extract.self, Reextract.self, Audit.self, Replay.self,
        ])

    /// Runs the command; usage errors exit with 2, as documented, rather than the parser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// Options every command that talks to newsd takes.
struct ConnectionOptions: ParsableArguments {
    @Option(help: "The path of newsd's Varlink socket.")
    var socket: String?

    @Flag(help: "Print one JSON document instead of a table.")
    var json = false

    /// The socket path to use, by the rules in `newsctl --help`.
    var socketPath: String {
        if let socket { return socket }
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["NEWSD_SOCKET"], !path.isEmpty { return path }
        let system = "/run/newsd/" + StateDirectory.socketName
        if FileManager.default.fileExists(atPath: system) { return system }
        return StateDirectory.user(environment: environment).socket
    }

    func connect() throws -> VarlinkClient {
        do { return try VarlinkClient(path: socketPath) } catch { throw Failure(error) }
    }

    /// Calls a method, turning every failure into the right exit code and message.
    func call<P: Encodable, R: Decodable>(_ method: NewsMethod, _ parameters: P, returning: R.Type = R.self) throws -> R
    {
        let client = try connect()
        do { return try client.call(method, parameters, returning: R.self) } catch { throw Failure(error) }
    }
}

/// A failure with the exit code documented for it.
struct Failure: Error, CustomStringConvertible {
    var message: String
    var code: Int32

    init(_ message: String, code: Int32) {
        self.message = message
        self.code = code
    }

    init(_ error: any Error) {
        switch error {
        case let f as Failure:
            self = f
        case let e as VarlinkError:
            self.init(Self.describe(e), code: NewsErrorName.exitCode(of: e.name))
        case let e as VarlinkClient.Failure:
            if case .unreachable = e {
                self.init("\(e)\nIs newsd running? Give its socket with --socket or NEWSD_SOCKET.", code: 69)
            } else {
                self.init("\(e)", code: 1)
            }
        default:
            self.init("\(error)", code: 1)
        }
    }

    static func describe(_ e: VarlinkError) -> String {
        let p = e.parameters
        switch NewsErrorName.named(e.name)?.name ?? "" {
        case "NotFound": return "not found: \(p["what"]?.description ?? "") \(p["id"]?.description ?? "")"
        case "PermissionDenied":
            return "permission denied: uid \(p["uid"]?.description ?? "?") may not write (root or the writer group may)"
        case "InvalidQuery", "OutOfRange":
            return "invalid \(p["parameter"]?.description ?? "parameter"): \(p["reason"]?.description ?? "")"
        case "InvalidFact": return "invalid fact: \(p["reason"]?.description ?? "")"
        case "InvalidParameter": return "invalid parameter: \(p["parameter"]?.description ?? "")"
        case "ArticleTooLarge":
            return
                "the article is \(p["size"]?.description ?? "?") bytes, over newsd's limit of \(p["limit"]?.description ?? "?")"
        case "DiskFull": return "newsd's disk is full; nothing was written: \(p["reason"]?.description ?? "")"
        default: return e.description
        }
    }

    var description: String { message }
}

extension ParsableCommand {
    /// Runs `body`, printing a failure to stderr and exiting with its code.
    func guarded(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as Failure {
            FileHandle.standardError.write(Data("newsctl: \(error.message)\n".utf8))
            throw ExitCode(error.code)
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch {
            let failure = Failure(error)
            FileHandle.standardError.write(Data("newsctl: \(failure.message)\n".utf8))
            throw ExitCode(failure.code)
        }
    }
}

/// Prints a value as pretty JSON with sorted keys.
func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}

/// `--as-of DATE|SEQ`: a YYYY-MM-DD date or a sequence number.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "Answer as of a sequence number or the end of a YYYY-MM-DD day (UTC).")
    var asOf: String?

    var sequence: UInt64? { asOf.flatMap { UInt64($0) } }
    var date: String? { asOf.flatMap { UInt64($0) == nil ? $0 : nil } }
}
