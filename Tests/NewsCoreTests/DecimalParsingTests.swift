import Foundation
import NewsCore
import NewsTestSupport
import Testing

/// `Decimal(exactly:)` reads short numerals itself; it must agree with Foundation's parser,
/// which it replaced on that path, in value and in how the value prints.
@Suite struct DecimalParsingTests {
    static func foundation(_ text: String) -> Decimal? {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    @Test func agreesWithFoundationOnRandomNumerals() {
        var rng = SeededGenerator(state: 2026)
        var checked = 0
        for _ in 0..<20_000 {
            var text = Int.random(in: 0..<5, using: &rng) == 0 ? "-" : ""
            let whole = Int.random(in: 0...21, using: &rng)
            let fraction = Int.random(in: 0..<3, using: &rng) == 0 ? Int.random(in: 0...8, using: &rng) : 0
            for _ in 0..<whole { text += String(Int.random(in: 0...9, using: &rng)) }
            if fraction > 0 || Int.random(in: 0..<20, using: &rng) == 0 { text += "." }
            for _ in 0..<fraction { text += String(Int.random(in: 0...9, using: &rng)) }
            guard whole + fraction > 0 else { continue }
            let ours = Decimal(exactly: text)
            let theirs = Self.foundation(text)
            #expect(ours == theirs, "\(text)")
            #expect(
                ours?.description == theirs?.description,
                "\(text): \(String(describing: ours)) vs \(String(describing: theirs))")
            checked += 1
        }
        #expect(checked > 15_000)
    }

    @Test(arguments: [
        "1100000000", "0.85", "-2.5", "0", "-0", "0.000", "007", "9999999999999999999", "10000000000000000000", "1.",
        ".5", "123456789012345678901234",
    ])
    func agreesWithFoundationOnEdges(text: String) {
        #expect(Decimal(exactly: text) == Self.foundation(text))
        #expect(Decimal(exactly: text)?.description == Self.foundation(text)?.description)
    }

    @Test(arguments: ["", "-", ".", "1.2.3", "1e9", "+1", " 1", "1,000", "--1", "١٢"])
    func refusesWhatIsNoPlainNumeral(text: String) {
        #expect(Decimal(exactly: text) == nil)
    }
}
