/// An ISO 4217 currency code, e.g. `USD`, `EUR`, `AED`, `SAR`, `KZT`.
public struct Currency: Hashable, Sendable, CheckedCode {
    public let code: String

    /// Accepts three ASCII letters, in any case; nil otherwise.
    public init?(_ code: String) {
        let upper = code.uppercased()
        guard upper.utf8.count == 3, upper.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") })
        else { return nil }
        self.code = upper
    }

    public static let usd = Currency(uncheckedCode: "USD")
    public static let eur = Currency(uncheckedCode: "EUR")

    init(uncheckedCode: String) { code = uncheckedCode }

    static let codeName = "a currency code"
}
