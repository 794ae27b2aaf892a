/// The language an article is written in, as an ISO 639-1 code: `ar` or `en`, the two newsd
/// reads. A log may hold another code (from a newer newsd); it is kept as it is.
///
/// Telling the language from a text is the extractor's business (`Language.detect` in NewsExtract).
public struct Language: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ code: String) { rawValue = code }
    public init(stringLiteral code: String) { rawValue = code }

    public static let arabic = Language("ar")
    public static let english = Language("en")

    public var description: String { rawValue }

    /// A bare string in JSON, as the code always was.
    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}
