import Foundation

/// Every ISO 3166-1 country, looked up by code, by name, demonym or capital, in English or Arabic.
///
/// Lookups ignore case and dots in English ("U.S." is "us") and Arabic spelling variants
/// (hamza forms of alef, alef maqsura, ta marbuta, diacritics, tatweel): see `ArabicText`.
public struct CountryCatalog: Sendable {
    /// What a looked-up name turned out to be.
    public enum Role: String, Sendable, Hashable {
        case name, demonym, capital
    }

    /// A name that matched, and how.
    public struct Match: Sendable, Hashable {
        public var country: Country
        public var role: Role
    }

    /// The catalogue built from the table.
    public static let shared = CountryCatalog(table: table)

    public let countries: [Country]
    private let byCode: [String: Int]
    private let byName: [String: (Int, Role)]

    init(table: String) {
        var countries: [Country] = []
        var byCode: [String: Int] = [:]
        var byName: [String: (Int, Role)] = [:]
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.split(separator: ";").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            }
            guard fields.count == 7, let code = fields[0].first, !fields[1].isEmpty, !fields[2].isEmpty else {
                preconditionFailure("bad country table line: \(line)")
            }
            let index = countries.count
            countries.append(Country(
                code: CountryCode(unchecked: code), englishNames: fields[1], arabicNames: fields[2],
                englishDemonyms: fields[3], arabicDemonyms: fields[4], englishCapitals: fields[5], arabicCapitals: fields[6]))
            byCode[code] = index
            for (role, columns) in [(Role.name, [1, 2]), (.demonym, [3, 4]), (.capital, [5, 6])] {
                for column in columns {
                    for name in fields[column] { byName[Self.key(name)] = (index, role) }
                }
            }
        }
        self.countries = countries
        self.byCode = byCode
        self.byName = byName
    }

    /// The country with this alpha-2 code (any case).
    public func country(code: String) -> Country? {
        byCode[code.uppercased()].map { countries[$0] }
    }

    /// The country a name, demonym or capital stands for, or nil.
    public func match(_ name: String) -> Match? {
        byName[Self.key(name)].map { Match(country: countries[$0.0], role: $0.1) }
    }

    /// The country a code, name, demonym or capital stands for; throws `UnknownCountry` otherwise.
    public func lookup(_ text: String) throws(UnknownCountry) -> Country {
        let trimmed = text.trimmingSpaces
        if trimmed.utf8.count == 2, let country = country(code: trimmed) { return country }
        if let match = match(trimmed) { return match.country }
        throw UnknownCountry(text: text)
    }

    /// The lookup key of a name: English lowercased without dots, Arabic normalised; spaces collapsed.
    static func key(_ name: String) -> String {
        let normalized = ArabicText.normalize(name).lowercased().replacingOccurrences(of: ".", with: "")
        return normalized.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).joined(separator: " ")
    }
}

/// A name that is no country, demonym or capital the catalogue knows.
public struct UnknownCountry: Error, Sendable, CustomStringConvertible {
    public var text: String
    public var description: String {
        "unknown country \"\(text)\": give an ISO 3166-1 alpha-2 code (e.g. KZ) or a country's English or Arabic name"
    }
}

extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
