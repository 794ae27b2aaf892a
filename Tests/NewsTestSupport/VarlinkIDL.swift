import Foundation

/// A Varlink interface definition, parsed by the grammar of the Varlink specification, for tests
/// that hold what newsd answers to what it declares. It is independent of the server's code: the
/// server only lists names, and this reads every type.
public struct VarlinkIDL: Sendable {
    public indirect enum Kind: Sendable, Equatable, CustomStringConvertible {
        case bool, int, float, string, object
        case named(String)
        case array(Kind)
        case map(Kind)
        case optional(Kind)
        case structure([Field])
        case enumeration([String])

        public var description: String {
            switch self {
            case .bool: "bool"
            case .int: "int"
            case .float: "float"
            case .string: "string"
            case .object: "object"
            case .named(let name): name
            case .array(let element): "[]\(element)"
            case .map(let element): "[string]\(element)"
            case .optional(let inner): "?\(inner)"
            case .structure(let fields): "(\(fields.map { "\($0.name): \($0.kind)" }.joined(separator: ", ")))"
            case .enumeration(let names): "(\(names.joined(separator: ", ")))"
            }
        }
    }

    public struct Field: Sendable, Equatable {
        public var name: String
        public var kind: Kind
    }

    public struct Method: Sendable {
        public var input: [Field]
        public var output: [Field]
    }

    public struct SyntaxError: Error, CustomStringConvertible {
        public var description: String
    }

    public private(set) var name = ""
    public private(set) var types: [String: Kind] = [:]
    public private(set) var methods: [String: Method] = [:]
    public private(set) var errors: [String: [Field]] = [:]

    /// Parses a definition; a syntax error, a member declared twice or a type used but never
    /// declared throws.
    public init(parsing text: String) throws {
        var p = Parser(tokens: try Self.tokens(text))
        try p.expect("interface")
        name = try p.identifier()
        var members = Set<String>()
        while let keyword = p.next() {
            let member = try p.identifier()
            guard members.insert(member).inserted else {
                throw SyntaxError(description: "\(name): \(member) is declared twice")
            }
            switch keyword {
            case "type": types[member] = try p.typeDefinition()
            case "method":
                let input = try p.fields()
                try p.expect("->")
                methods[member] = Method(input: input, output: try p.fields())
            case "error": errors[member] = try p.fields()
            default: throw SyntaxError(description: "\(name): unexpected \(keyword)")
            }
        }
        let used =
            types.values.flatMap(Self.names)
            + methods.values.flatMap { ($0.input + $0.output).flatMap { Self.names($0.kind) } }
            + errors.values.flatMap { $0.flatMap { Self.names($0.kind) } }
        if let unknown = used.first(where: { types[$0] == nil }) {
            throw SyntaxError(description: "\(name): the type \(unknown) is used but not declared")
        }
    }

    /// The names of declared types a type refers to.
    static func names(_ kind: Kind) -> [String] {
        switch kind {
        case .named(let name): [name]
        case .array(let inner), .map(let inner), .optional(let inner): names(inner)
        case .structure(let fields): fields.flatMap { names($0.kind) }
        default: []
        }
    }

    /// Every way `value` (a JSON object's members) departs from `fields`, each as "path: problem".
    public func problems(in value: JSONValue, fields: [Field], at path: String) -> [String] {
        problems(value, .structure(fields), path)
    }

    private func problems(_ value: JSONValue, _ kind: Kind, _ path: String) -> [String] {
        switch (kind, value) {
        case (.optional, .null): return []
        case (.optional(let inner), _): return problems(value, inner, path)
        case (_, .null): return ["\(path): null where \(kind) is required"]
        case (.bool, .bool), (.int, .int), (.float, .int), (.float, .float), (.string, .string), (.object, .object):
            return []
        case (.named(let name), _):
            guard let declared = types[name] else { return ["\(path): \(name) is not declared"] }
            return problems(value, declared, path)
        case (.array(let element), .array(let items)):
            return items.enumerated().flatMap { problems($1, element, "\(path)[\($0)]") }
        case (.map(let element), .object(let members)):
            return members.flatMap { problems($1, element, "\(path)[\($0)]") }
        case (.enumeration(let names), .string(let s)):
            return names.contains(s) ? [] : ["\(path): \(s) is not one of \(names)"]
        case (.structure(let fields), .object(let members)):
            let declared = Set(fields.map(\.name))
            let extra = members.keys.filter { !declared.contains($0) }.sorted().map { "\(path).\($0): not declared" }
            return extra
                + fields.flatMap { field in
                    problems(members[field.name] ?? .null, field.kind, "\(path).\(field.name)")
                }
        default:
            return ["\(path): \(value.typeName) where \(kind) is required"]
        }
    }

    static func tokens(_ text: String) throws -> [String] {
        var tokens: [String] = []
        var word = ""
        func flush() {
            if !word.isEmpty { tokens.append(word) }
            word = ""
        }
        var inComment = false
        var previous: Character = " "
        for c in text {
            defer { previous = c }
            if inComment {
                if c == "\n" { inComment = false }
                continue
            }
            switch c {
            case "#":
                flush()
                inComment = true
            case " ", "\t", "\n", "\r": flush()
            case "(", ")", ",", ":", "?", "[", "]":
                flush()
                tokens.append(String(c))
            case "-": flush()
            case ">":
                guard previous == "-" else { throw SyntaxError(description: "a lone >") }
                tokens.append("->")
            default:
                guard c.isLetter || c.isNumber || c == "_" || c == "." else {
                    throw SyntaxError(description: "unexpected character \(c)")
                }
                word.append(c)
            }
        }
        flush()
        return tokens
    }

    private struct Parser {
        var tokens: [String]
        var at = 0

        mutating func next() -> String? {
            guard at < tokens.count else { return nil }
            defer { at += 1 }
            return tokens[at]
        }

        func peek(_ offset: Int = 0) -> String? { at + offset < tokens.count ? tokens[at + offset] : nil }

        mutating func expect(_ token: String) throws {
            let got = next()
            guard got == token else { throw SyntaxError(description: "expected \(token), found \(got ?? "the end")") }
        }

        mutating func identifier() throws -> String {
            guard let word = next(), let first = word.first, first.isLetter else {
                throw SyntaxError(description: "expected a name near token \(at)")
            }
            return word
        }

        /// `(name: type, …)` or `(name, …)` (an enum).
        mutating func typeDefinition() throws -> Kind {
            if peek(1) != ")" && peek(2) != ":" {
                try expect("(")
                var names = [try identifier()]
                while peek() == "," {
                    at += 1
                    names.append(try identifier())
                }
                try expect(")")
                return .enumeration(names)
            }
            return .structure(try fields())
        }

        mutating func fields() throws -> [Field] {
            try expect("(")
            var fields: [Field] = []
            if peek() == ")" {
                at += 1
                return fields
            }
            while true {
                let name = try identifier()
                try expect(":")
                fields.append(Field(name: name, kind: try kind()))
                let separator = next()
                if separator == ")" { return fields }
                guard separator == "," else { throw SyntaxError(description: "expected , or ) after \(name)") }
            }
        }

        mutating func kind() throws -> Kind {
            switch peek() {
            case "?":
                at += 1
                return .optional(try kind())
            case "[":
                at += 1
                if peek() == "]" {
                    at += 1
                    return .array(try kind())
                }
                try expect("string")
                try expect("]")
                return .map(try kind())
            case "(": return try typeDefinition()
            default:
                let word = try identifier()
                switch word {
                case "bool": return .bool
                case "int": return .int
                case "float": return .float
                case "string": return .string
                case "object": return .object
                default: return .named(word)
                }
            }
        }
    }
}

/// A JSON value as it came, numbers kept apart as integers and fractions, true and false as bools.
public enum JSONValue: Sendable, Equatable, Decodable {
    case null
    case bool(Bool)
    case int(Int64)
    case float(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let i = try? c.decode(Int64.self) {
            self = .int(i)
        } else if let d = try? c.decode(Double.self) {
            self = .float(d)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try c.decode([String: JSONValue].self))
        }
    }

    public init(parsing bytes: [UInt8]) throws { self = try JSONDecoder().decode(JSONValue.self, from: Data(bytes)) }

    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "bool"
        case .int: "int"
        case .float: "float"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
