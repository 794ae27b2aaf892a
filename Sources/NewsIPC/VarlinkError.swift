/// A Varlink error reply: a fully qualified error name and its parameters.
///
/// `org.varlink.service` errors are the protocol's own; newsd's are named in its interfaces,
/// e.g. `io.newsd.Ingest.PermissionDenied`.
public struct VarlinkError: Error, Sendable, Hashable, CustomStringConvertible {
    public var name: String
    /// The error's parameters as a JSON object, already encoded.
    public var parameters: [String: VarlinkValue]

    public init(_ name: String, _ parameters: [String: VarlinkValue] = [:]) {
        self.name = name
        self.parameters = parameters
    }

    public var description: String {
        let details = parameters.keys.sorted().map { "\($0): \(parameters[$0]!)" }.joined(separator: ", ")
        return details.isEmpty ? name : "\(name) (\(details))"
    }

    public static func interfaceNotFound(_ interface: String) -> VarlinkError {
        VarlinkError("org.varlink.service.InterfaceNotFound", ["interface": .string(interface)])
    }

    public static func methodNotFound(_ method: String) -> VarlinkError {
        VarlinkError("org.varlink.service.MethodNotFound", ["method": .string(method)])
    }

    public static func invalidParameter(_ parameter: String) -> VarlinkError {
        VarlinkError("org.varlink.service.InvalidParameter", ["parameter": .string(parameter)])
    }

    public static func expectedMore() -> VarlinkError { VarlinkError("org.varlink.service.ExpectedMore") }

    public static func permissionDenied() -> VarlinkError { VarlinkError("org.varlink.service.PermissionDenied") }
}

/// A JSON value for error parameters and other small, untyped parts of the protocol.
public enum VarlinkValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case string(String)
    case integer(Int64)
    case bool(Bool)
    case null

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let i = try? c.decode(Int64.self) {
            self = .integer(i)
        } else {
            self = .string(try c.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .string(let s): try c.encode(s)
        case .integer(let i): try c.encode(i)
        case .bool(let b): try c.encode(b)
        case .null: try c.encodeNil()
        }
    }

    public var description: String {
        switch self {
        case .string(let s): s
        case .integer(let i): String(i)
        case .bool(let b): String(b)
        case .null: "null"
        }
    }
}
