/// Why the ledger refused or failed a request, in terms a client can act on.
public struct LedgerError: Error, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case notFound, invalidFact, invalidQuery, articleTooLarge, diskFull, unavailable, permissionDenied
    }

    public var code: Code
    public var message: String
    /// Named details, e.g. what was not found and its id.
    public var details: [String: String]

    public init(_ code: Code, _ message: String, _ details: [String: String] = [:]) {
        self.code = code
        self.message = message
        self.details = details
    }

    public var description: String { message }

    static func notFound(_ what: String, _ id: String) -> LedgerError {
        LedgerError(.notFound, "no \(what) \(id)", ["what": what, "id": id])
    }

    static func invalidQuery(_ parameter: String, _ reason: String) -> LedgerError {
        LedgerError(.invalidQuery, "\(parameter): \(reason)", ["parameter": parameter, "reason": reason])
    }
}
