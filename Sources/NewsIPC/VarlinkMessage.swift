import Foundation
import NewsCore

/// One call as it arrived: its method and flags, and the raw JSON to read its parameters from.
public struct VarlinkRequest: Sendable {
    public let method: String
    /// The client wants a stream of replies (`"more": true`).
    public let more: Bool
    /// The client wants no reply (`"oneway": true`).
    public let oneway: Bool
    /// The whole message, without its NUL terminator.
    public let message: [UInt8]

    private struct Envelope: Decodable {
        var method: String
        var more: Bool?
        var oneway: Bool?
        var upgrade: Bool?
    }

    /// Parses a message; a message that is not a call object throws `MalformedMessage`.
    public init(message: [UInt8]) throws(MalformedMessage) {
        let envelope: Envelope
        do {
            envelope = try JSONDecoder().decode(Envelope.self, from: Data(message))
        } catch {
            throw MalformedMessage(reason: "not a Varlink call: \(Self.describe(error))")
        }
        guard envelope.upgrade != true else { throw MalformedMessage(reason: "upgrade is not supported") }
        method = envelope.method
        more = envelope.more ?? false
        oneway = envelope.oneway ?? false
        self.message = message
    }

    /// The interface part of the method name (`io.newsd.Query` of `io.newsd.Query.Agreements`).
    public var interface: String {
        guard let dot = method.lastIndex(of: ".") else { return "" }
        return String(method[..<dot])
    }

    /// The method's own name (`Agreements`).
    public var methodName: String {
        guard let dot = method.lastIndex(of: ".") else { return method }
        return String(method[method.index(after: dot)...])
    }

    private struct Parameters<P: Decodable>: Decodable {
        var parameters: P?
    }

    /// The call's parameters as `P`; a missing or wrong parameter throws `InvalidParameter` naming it.
    public func parameters<P: Decodable>(_ type: P.Type = P.self) throws(VarlinkError) -> P {
        do {
            if let p = try JSONDecoder.newsd().decode(Parameters<P>.self, from: Data(message)).parameters { return p }
            return try JSONDecoder.newsd().decode(P.self, from: Data("{}".utf8))
        } catch let error as DecodingError {
            throw .invalidParameter(Self.parameterName(error))
        } catch {
            throw .invalidParameter("parameters")
        }
    }

    /// The name of the parameter a decoding error is about.
    static func parameterName(_ error: DecodingError) -> String {
        let path: [any CodingKey]
        switch error {
        case .keyNotFound(let key, let context): path = context.codingPath + [key]
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = context.codingPath
        @unknown default: path = []
        }
        // An array's elements are named "Index N" with the number in intValue: the array names them.
        let names = path.filter { $0.intValue == nil }.map(\.stringValue).filter { $0 != "parameters" }
        return names.isEmpty ? "parameters" : names.joined(separator: ".")
    }

    static func describe(_ error: any Error) -> String {
        if let e = error as? DecodingError {
            switch e {
            case .keyNotFound(let key, _): return "missing \"\(key.stringValue)\""
            case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): return c.debugDescription
            @unknown default: return "\(e)"
            }
        }
        return "\(error)"
    }
}

/// A message that is not JSON or not a Varlink call.
public struct MalformedMessage: Error, Sendable {
    public var reason: String
}

/// Encodes replies: `{"parameters":{…}}`, with `"continues":true` inside a stream, or `{"error":…}`.
public enum VarlinkReply {
    private struct Reply<P: Encodable>: Encodable {
        var parameters: P
        var continues: Bool?
    }

    private struct ErrorReply: Encodable {
        var error: String
        var parameters: [String: VarlinkValue]
    }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    /// The bytes of a reply, NUL included.
    public static func encode<P: Encodable>(_ parameters: P, continues: Bool = false) throws -> [UInt8] {
        Array(try encoder.encode(Reply(parameters: parameters, continues: continues ? true : nil))) + [0]
    }

    /// The bytes of a reply whose parameters write their own JSON (the large query answers),
    /// without JSONEncoder; the bytes are the ones JSONEncoder would give. The compiler picks this
    /// overload wherever the parameters' type is known to be `JSONWritable`.
    public static func encode<P: Encodable & JSONWritable>(_ parameters: P, continues: Bool = false) -> [UInt8] {
        var out = JSONOut()
        out.raw(continues ? "{\"continues\":true,\"parameters\":" : "{\"parameters\":")
        parameters.write(to: &out)
        out.raw("}\0")
        return out.bytes
    }

    /// The bytes of an error reply, NUL included.
    public static func encode(_ error: VarlinkError) -> [UInt8] {
        Array(try! encoder.encode(ErrorReply(error: error.name, parameters: error.parameters))) + [0]
    }
}

/// An empty parameter object, for methods that take or return nothing.
public struct Empty: Codable, Sendable, Hashable {
    public init() {}
}
