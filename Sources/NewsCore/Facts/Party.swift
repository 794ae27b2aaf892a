/// A party to a fact: a country by its ISO code, or a named company or organisation.
public enum Party: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    case country(CountryCode)
    case company(String)
    case organization(String)

    public var country: CountryCode? {
        if case .country(let code) = self { code } else { nil }
    }

    /// `KZ`, `company:Cove Kaz Capital`, `org:OPEC`: the form used in queries and JSON.
    public var description: String {
        switch self {
        case .country(let code): code.rawValue
        case .company(let name): "company:\(name)"
        case .organization(let name): "org:\(name)"
        }
    }

    /// Parses the `description` form; a bare name is looked up as a country.
    public init(parsing text: String) throws(UnknownCountry) {
        if text.hasPrefix("company:") {
            self = .company(String(text.dropFirst(8)))
        } else if text.hasPrefix("org:") {
            self = .organization(String(text.dropFirst(4)))
        } else {
            self = .country(try CountryCatalog.shared.lookup(text).code)
        }
    }

    public static func < (a: Party, b: Party) -> Bool { a.description < b.description }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { try self.init(parsing: text) } catch {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
