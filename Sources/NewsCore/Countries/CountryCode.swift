/// An ISO 3166-1 alpha-2 country code, e.g. `KZ`.
public struct CountryCode: Hashable, Sendable, CheckedCode {
    public let rawValue: String

    /// Accepts a code in the catalogue, in any case; nil for anything else.
    public init?(_ code: String) {
        let upper = code.uppercased()
        guard CountryCatalog.shared.country(code: upper) != nil else { return nil }
        rawValue = upper
    }

    init(unchecked: String) { rawValue = unchecked }

    var code: String { rawValue }
    static let codeName = "an ISO 3166-1 alpha-2 code"
}

/// A country of the catalogue, with the names news uses for it.
public struct Country: Sendable, Hashable {
    public let code: CountryCode
    /// The standard English short name first, then variants.
    public let englishNames: [String]
    /// The standard Arabic short name first, then variants.
    public let arabicNames: [String]
    public let englishDemonyms: [String]
    /// Bare nisba forms, masculine and feminine, without the article.
    public let arabicDemonyms: [String]
    public let englishCapitals: [String]
    public let arabicCapitals: [String]

    public var englishName: String { englishNames[0] }
    public var arabicName: String { arabicNames[0] }
}
