/// An ISO 4217 currency code, e.g. `USD`, `EUR`, `AED`, `SAR`, `KZT`.
public struct Currency: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public let code: String

    /// Accepts three ASCII letters, in any case; nil otherwise.
    public init?(_ code: String) {
        let upper = code.uppercased()
        guard upper.utf8.count == 3, upper.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { return nil }
        self.code = upper
    }

    public static let usd = Currency(uncheckedCode: "USD")
    public static let eur = Currency(uncheckedCode: "EUR")

    init(uncheckedCode: String) { code = uncheckedCode }

    public var description: String { code }
    public static func < (a: Currency, b: Currency) -> Bool { a.code < b.code }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Currency(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a currency code: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(code)
    }
}
