import NewsCore

/// Countries a sentence names by pointing back: "investment from there into Peru", "comes from this
/// nation", "the Gulf country has agreed to invest". The country is the one mentioned last, in
/// the sentences just before, that the sentence does not name itself.
///
/// Only phrases that point at one country and never at the speaker's own are read: "this
/// country" in a quote is often the speaker's, and "the country" often the recipient named
/// before ("plans to build ports in the country"), so neither is.
enum Anaphora {
    /// Each phrase, and how many of its scalars come before the place the country stands in
    /// ("from there" keeps "from" before it, as `investorByFrom` reads it).
    ///
    /// A phrase that names a kind of state ("the emirate", "the kingdom") points only at a country
    /// of that kind, and may do so in a sentence that names two others.
    static let phrases: [(text: String, lead: Int, kind: Set<CountryCode>?)] = [
        ("from there", 5, nil), ("this nation", 0, nil), ("the gulf country", 0, gulf), ("the gulf state", 0, gulf),
        ("the gulf nation", 0, gulf),
        ("the kingdom", 0, kingdoms), ("the emirate", 0, emirates), ("the sultanate", 0, sultanates),
        ("the latter", 0, nil),
    ]
    static let gulf = codes(["SA", "AE", "QA", "KW", "BH", "OM"])
    static let kingdoms = codes(["SA", "MA", "JO", "BH", "GB", "ES", "NL", "BE", "SE", "NO", "DK", "TH", "KH"])
    static let emirates = codes(["QA", "AE", "KW"])
    static let sultanates = codes(["OM", "BN"])
    static func codes(_ c: [String]) -> Set<CountryCode> { Set(c.compactMap(CountryCode.init)) }
    /// Words one of the phrases needs: a sentence without any of them is not searched.
    static let keys = ["there", "nation", "gulf", "kingdom", "emirate", "sultanate", "latter"]
    /// How many sentences back the country may be.
    static let reach = 3

    /// The mentions the phrases of `sentence` stand for, given the mentions it has and the
    /// readings before it; none when it names two countries already.
    static func mentions(
        in sentence: String, words: SearchableText, named: [CountryMention],
        before readings: ArraySlice<Extractor.Reading>
    ) -> [CountryMention] {
        guard words.hasAny(keys) else { return [] }
        let own = Set(named.map(\.country))
        let earlier = readings.suffix(reach).reversed().lazy.flatMap { $0.countries.reversed() }
        /// The country mentioned last before that the sentence does not name, of the phrase's kind.
        func antecedent(_ kind: Set<CountryCode>?) -> CountryCode? {
            if let kind {
                guard own.isDisjoint(with: kind) else { return nil }
                return earlier.first(where: { kind.contains($0.country) && $0.role != .capital })?.country
            }
            guard own.count < 2 else { return nil }
            return earlier.first(where: { !own.contains($0.country) && $0.role != .capital })?.country
        }
        let scalars = Array(sentence.unicodeScalars)
        var found: [CountryMention] = []
        var i = 0
        while i < scalars.count {
            defer { i += 1 }
            guard i == 0 || !ScalarTraits.isAlphabetic(scalars[i - 1]) else { continue }
            guard
                let phrase = phrases.first(where: { ScalarText.startsInAnyCase(scalars, at: i, withOneOf: [$0.text]) })
            else { continue }
            let end = i + phrase.text.unicodeScalars.count
            guard end == scalars.count || !ScalarTraits.isAlphabetic(scalars[end]) else { continue }
            guard let country = antecedent(phrase.kind) else { continue }
            found.append(CountryMention(country: country, role: .name, start: i + phrase.lead, end: end))
            i = end - 1
        }
        return found
    }
}
