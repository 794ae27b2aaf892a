/// An interface as served: its name, and its description in the Varlink interface language.
public struct VarlinkInterface: Sendable, Hashable {
    public let name: String
    /// The interface definition, as `GetInterfaceDescription` returns it.
    public let description: String
    /// The method names the definition declares.
    public let methods: Set<String>
    /// The error names the definition declares.
    public let errors: Set<String>

    /// Reads the name, methods and errors from a definition (`interface NAME`, `method NAME(...)`
    /// and `error NAME (...)` lines).
    public init(description: String) {
        var name = ""
        var methods = Set<String>()
        var errors = Set<String>()
        for line in description.split(separator: "\n") {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "(" })
            if words.count >= 2 && words[0] == "interface" { name = String(words[1]) }
            if words.count >= 2 && words[0] == "method" { methods.insert(String(words[1])) }
            if words.count >= 2 && words[0] == "error" { errors.insert(String(words[1])) }
        }
        self.name = name
        self.description = description
        self.methods = methods
        self.errors = errors
    }
}

/// What `org.varlink.service.GetInfo` says about the server.
public struct VarlinkInfo: Sendable, Hashable, Codable {
    public var vendor: String
    public var product: String
    public var version: String
    public var url: String

    public init(vendor: String, product: String, version: String, url: String) {
        self.vendor = vendor
        self.product = product
        self.version = version
        self.url = url
    }
}

extension VarlinkInterface {
    /// The protocol's own interface, which every Varlink server serves.
    public static let service = VarlinkInterface(
        description: """
            # The Varlink service interface.
            interface org.varlink.service

            # Information about the service.
            method GetInfo() -> (
              vendor: string,
              product: string,
              version: string,
              url: string,
              interfaces: []string
            )

            # The description of an interface served.
            method GetInterfaceDescription(interface: string) -> (description: string)

            error InterfaceNotFound (interface: string)
            error MethodNotFound (method: string)
            error MethodNotImplemented (method: string)
            error InvalidParameter (parameter: string)
            error PermissionDenied ()
            error ExpectedMore ()
            """)
}
