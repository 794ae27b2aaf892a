import Foundation
import NewsCore
import NewsExtract

/// Helpers shared by the number-reading tests.
enum NumbersTestSupport {
    /// A decimal from its digits ("1.1", "33.33"); NaN if it does not parse (the test then fails).
    static func dec(_ text: String) -> Decimal { Decimal(exactly: text) ?? .nan }

    /// The text a span covers, in Unicode scalars of `text`.
    static func slice(_ text: String, _ span: TextSpan) -> String {
        let scalars = Array(text.unicodeScalars)
        guard span.start >= 0, span.start <= span.end, span.end <= scalars.count else {
            return "<out of bounds \(span)>"
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        return String(view)
    }

    static func money(_ amount: String, _ code: String, _ qualifier: Money.Qualifier = .exact) -> Money {
        Money(dec(amount), Currency(code) ?? .usd, qualifier)
    }

    static func range(_ low: String, _ high: String, _ code: String) -> Money {
        Money.range(dec(low), dec(high), Currency(code) ?? .usd)
    }
}
