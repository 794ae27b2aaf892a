/// A value written as a code that is checked when read: a country code, a currency code. In JSON
/// it is a bare string, and decoding refuses a string that is not such a code.
protocol CheckedCode: Codable, CustomStringConvertible, Comparable {
    /// The value of a code; nil when it is not one.
    init?(_ code: String)
    /// The code, as written.
    var code: String { get }
    /// What the code is, for the error ("an ISO 3166-1 alpha-2 code").
    static var codeName: String { get }
}

extension CheckedCode {
    public var description: String { code }
    public static func < (a: Self, b: Self) -> Bool { a.code < b.code }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not \(Self.codeName): \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(code)
    }
}
