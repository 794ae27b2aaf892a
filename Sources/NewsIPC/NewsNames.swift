/// Every name newsd's Varlink interfaces declare, spelled once: the interfaces, their methods and
/// their errors, each error with the exit code newsctl gives it.
///
/// The daemon dispatches by these, newsctl calls by them and maps errors to exit codes by them,
/// and a test checks that the interface definitions in `NewsInterfaces` declare exactly these
/// methods and errors, no more and no fewer.
public enum NewsInterface: String, Sendable, CaseIterable {
    case query = "io.newsd.Query"
    case ingest = "io.newsd.Ingest"
    case log = "io.newsd.Log"
    /// Declares the errors the socket server raises itself (too many connections, a message too
    /// large or malformed, an internal failure); it has no methods. Its name keeps the errors'
    /// names as clients have always seen them, e.g. `io.newsd.TooManyConnections`.
    case server = "io.newsd"
}

/// A method of one of newsd's interfaces.
public struct NewsMethod: Sendable, Hashable, CustomStringConvertible {
    public let interface: NewsInterface
    public let name: String

    init(_ interface: NewsInterface, _ name: String) {
        self.interface = interface
        self.name = name
    }

    /// The fully qualified name a call carries, e.g. `io.newsd.Query.Agreements`.
    public var qualified: String { interface.rawValue + "." + name }
    public var description: String { qualified }

    public static let status = NewsMethod(.query, "Status")
    public static let agreements = NewsMethod(.query, "Agreements")
    public static let trade = NewsMethod(.query, "Trade")
    public static let investments = NewsMethod(.query, "Investments")
    public static let totals = NewsMethod(.query, "Totals")
    public static let fact = NewsMethod(.query, "Fact")
    public static let articles = NewsMethod(.query, "Articles")

    public static let ingest = NewsMethod(.ingest, "Ingest")
    public static let record = NewsMethod(.ingest, "Record")
    public static let correct = NewsMethod(.ingest, "Correct")
    public static let retract = NewsMethod(.ingest, "Retract")
    public static let retractArticle = NewsMethod(.ingest, "RetractArticle")
    public static let reextract = NewsMethod(.ingest, "Reextract")

    public static let head = NewsMethod(.log, "Head")
    public static let root = NewsMethod(.log, "Root")
    public static let prove = NewsMethod(.log, "Prove")
    public static let consistency = NewsMethod(.log, "Consistency")
    public static let checkpoint = NewsMethod(.log, "Checkpoint")
    public static let verify = NewsMethod(.log, "Verify")
    public static let events = NewsMethod(.log, "Events")

    public static let all: [NewsMethod] = [
        status, agreements, trade, investments, totals, fact, articles,
        ingest, record, correct, retract, retractArticle, reextract,
        head, root, prove, consistency, checkpoint, verify, events,
    ]

    /// The method a call names, if it is one of these.
    public static func named(_ interface: String, _ name: String) -> NewsMethod? {
        all.first { $0.interface.rawValue == interface && $0.name == name }
    }
}

/// An error a Varlink interface declares, with the exit code newsctl gives it.
///
/// newsctl's exit codes: 2 for a request newsd cannot take as given (an invalid query, fact or
/// parameter, an article over the limit), 3 for something that is not there, 4 for a caller who
/// may not write, 1 for everything else.
public struct NewsErrorName: Sendable, Hashable, CustomStringConvertible {
    /// The interface that declares it: one of newsd's, or `org.varlink.service`.
    public let interface: String
    public let name: String
    public let exitCode: Int32

    init(_ interface: NewsInterface, _ name: String, exitCode: Int32) {
        self.init(interface.rawValue, name, exitCode: exitCode)
    }

    init(_ interface: String, _ name: String, exitCode: Int32) {
        self.interface = interface
        self.name = name
        self.exitCode = exitCode
    }

    /// The fully qualified name an error reply carries, e.g. `io.newsd.Ingest.PermissionDenied`.
    public var qualified: String { interface + "." + name }
    public var description: String { qualified }

    /// An error reply of this name.
    public func callAsFunction(_ parameters: [String: VarlinkValue] = [:]) -> VarlinkError {
        VarlinkError(qualified, parameters)
    }

    public static func notFound(_ interface: NewsInterface) -> NewsErrorName {
        NewsErrorName(interface, "NotFound", exitCode: 3)
    }
    public static let invalidQuery = NewsErrorName(.query, "InvalidQuery", exitCode: 2)
    public static let permissionDenied = NewsErrorName(.ingest, "PermissionDenied", exitCode: 4)
    public static let invalidFact = NewsErrorName(.ingest, "InvalidFact", exitCode: 2)
    public static let articleTooLarge = NewsErrorName(.ingest, "ArticleTooLarge", exitCode: 2)
    public static let diskFull = NewsErrorName(.ingest, "DiskFull", exitCode: 1)
    public static let unavailable = NewsErrorName(.ingest, "Unavailable", exitCode: 1)
    /// The log cannot give back what was asked: a record in it was damaged after newsd checked it.
    public static func damaged(_ interface: NewsInterface) -> NewsErrorName {
        NewsErrorName(interface, "Damaged", exitCode: 1)
    }
    public static let outOfRange = NewsErrorName(.log, "OutOfRange", exitCode: 2)

    /// The server's own errors, declared in the interface `io.newsd` (see `VarlinkServerErrors`).
    public static let server = VarlinkServerErrors(interface: NewsInterface.server.rawValue)
    public static let tooManyConnections = NewsErrorName(.server, VarlinkServerErrors.tooManyConnections, exitCode: 1)
    public static let messageTooLarge = NewsErrorName(.server, VarlinkServerErrors.messageTooLarge, exitCode: 1)
    public static let malformedMessage = NewsErrorName(.server, VarlinkServerErrors.malformedMessage, exitCode: 1)
    public static let internalError = NewsErrorName(.server, VarlinkServerErrors.internalError, exitCode: 1)

    /// The protocol's own errors (`org.varlink.service`), which newsctl may also be answered with.
    static let service = VarlinkInterface.service.name
    public static let interfaceNotFound = NewsErrorName(service, "InterfaceNotFound", exitCode: 3)
    public static let methodNotFound = NewsErrorName(service, "MethodNotFound", exitCode: 3)
    public static let methodNotImplemented = NewsErrorName(service, "MethodNotImplemented", exitCode: 1)
    public static let invalidParameter = NewsErrorName(service, "InvalidParameter", exitCode: 2)
    public static let servicePermissionDenied = NewsErrorName(service, "PermissionDenied", exitCode: 4)
    public static let expectedMore = NewsErrorName(service, "ExpectedMore", exitCode: 1)

    public static let all: [NewsErrorName] = [
        notFound(.query), invalidQuery, damaged(.query),
        permissionDenied, invalidFact, articleTooLarge, notFound(.ingest), diskFull, unavailable,
        damaged(.log), outOfRange, notFound(.log),
        tooManyConnections, messageTooLarge, malformedMessage, internalError,
        interfaceNotFound, methodNotFound, methodNotImplemented, invalidParameter, servicePermissionDenied,
        expectedMore,
    ]

    private static let byName: [String: NewsErrorName] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.qualified, $0) })

    /// The error a reply names, if it is one of these.
    public static func named(_ qualified: String) -> NewsErrorName? { byName[qualified] }

    /// The exit code for an error reply: the table's, or 1 for a name it does not hold.
    public static func exitCode(of qualified: String) -> Int32 { byName[qualified]?.exitCode ?? 1 }
}

extension VarlinkClient {
    /// Calls one of newsd's methods; see `call(_:_:returning:)`.
    public func call<P: Encodable, R: Decodable>(_ method: NewsMethod, _ parameters: P, returning: R.Type = R.self)
        throws -> R
    {
        try call(method.qualified, parameters, returning: R.self)
    }

    /// Calls one of newsd's methods with `more`; see `stream(_:_:returning:_:)`.
    public func stream<P: Encodable, R: Decodable>(
        _ method: NewsMethod, _ parameters: P, returning: R.Type = R.self, _ body: (R) throws -> Bool
    ) throws {
        try stream(method.qualified, parameters, returning: R.self, body)
    }
}
