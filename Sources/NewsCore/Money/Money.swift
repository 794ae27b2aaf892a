import Foundation

/// An exact amount of money as reported: a decimal value, its currency, and how it was qualified.
///
/// "more than 100 billion dollars" is `Money(100_000_000_000, .usd, .moreThan)`; "$3 to $5
/// billion" is a range with `amount` 3e9 and `upper` 5e9. Amounts are `Decimal`, never
/// floating point, and are encoded as decimal strings.
public struct Money: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How the source qualified the amount.
    public enum Qualifier: String, Sendable, Codable, CaseIterable {
        case exact
        case about
        case moreThan = "more-than"
        case upTo = "up-to"
        case lessThan = "less-than"
        /// `amount` is the low end and `upper` the high end.
        case range
    }

    public var amount: Decimal
    public var currency: Currency
    public var qualifier: Qualifier
    /// The high end of a range; nil unless `qualifier` is `.range`.
    public var upper: Decimal?

    public init(_ amount: Decimal, _ currency: Currency, _ qualifier: Qualifier = .exact) {
        self.amount = amount
        self.currency = currency
        self.qualifier = qualifier
        upper = nil
    }

    /// A range from `low` to `high`.
    public static func range(_ low: Decimal, _ high: Decimal, _ currency: Currency) -> Money {
        var m = Money(low, currency, .range)
        m.upper = high
        return m
    }

    /// The amount in US dollars when it is stated in dollars; nil otherwise (no guessed rates).
    public var usd: Decimal? { currency == .usd ? amount : nil }

    /// The amount as a Double, to within its last bit: enough to tell amounts apart that are
    /// not near the edge of a comparison.
    public var approximateAmount: Double { NSDecimalNumber(decimal: amount).doubleValue }

    /// Whether two reports plausibly give the same amount: same currency and within 1%.
    public func agrees(with other: Money) -> Bool {
        guard currency == other.currency else { return false }
        if amount == other.amount { return true }
        // |a − b| ≤ max(|a|, |b|) / 100, without a division (Decimal division is slow, and replays do this often).
        return abs(amount - other.amount) * 100 <= max(abs(amount), abs(other.amount))
    }

    public var description: String {
        let prefix: String =
            switch qualifier {
            case .exact, .range: ""
            case .about: "about "
            case .moreThan: "more than "
            case .upTo: "up to "
            case .lessThan: "less than "
            }
        if let upper { return "\(prefix)\(amount)–\(upper) \(currency)" }
        return "\(prefix)\(amount) \(currency)"
    }

    private enum CodingKeys: String, CodingKey { case amount, currency, qualifier, upper }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        amount = try Self.decimal(c.decode(String.self, forKey: .amount), c, .amount)
        currency = try c.decode(Currency.self, forKey: .currency)
        qualifier = try c.decode(Qualifier.self, forKey: .qualifier)
        upper = try c.decodeIfPresent(String.self, forKey: .upper).map { try Self.decimal($0, c, .upper) }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(amount.plainText, forKey: .amount)
        try c.encode(currency, forKey: .currency)
        try c.encode(qualifier, forKey: .qualifier)
        try c.encodeIfPresent(upper?.plainText, forKey: .upper)
    }

    private static func decimal(_ text: String, _ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws
        -> Decimal
    {
        guard let value = Decimal(exactly: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: c, debugDescription: "not a decimal number: \(text)")
        }
        return value
    }
}

extension Decimal {
    /// Parses a plain decimal numeral ("1100000000", "-2.5", "0.001"); nil for anything else.
    ///
    /// Numerals of up to 19 digits (every amount and confidence newsd writes) are read here
    /// directly; longer ones go through Foundation's parser, which is exact but far slower and
    /// was a third of the time of a replay.
    public init?(exactly text: String) {
        var digits = 0
        var dots = 0
        var fraction = 0
        var mantissa: UInt64 = 0
        var negative = false
        for (i, c) in text.utf8.enumerated() {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                if dots == 1 { fraction += 1 }
                if digits <= 19 { mantissa = mantissa &* 10 &+ UInt64(c - UInt8(ascii: "0")) }
            case UInt8(ascii: "-") where i == 0: negative = true
            case UInt8(ascii: "."): dots += 1
            default: return nil
            }
        }
        guard digits > 0, dots <= 1 else { return nil }
        if digits <= 19 {
            self = Decimal(
                sign: negative && mantissa != 0 ? .minus : .plus, exponent: -fraction, significand: Decimal(mantissa))
            return
        }
        guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        self = value
    }
}
