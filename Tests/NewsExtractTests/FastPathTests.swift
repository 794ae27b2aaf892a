import Foundation
import Testing

@testable import NewsCore
@testable import NewsExtract

/// The fast paths of country lookup and keyword search against the Foundation-based code they
/// replaced (kept here as the reference), over the corpus and over many random strings.
@Suite struct FastPathTests {
    // MARK: - The reference: the code before the fast paths

    /// `CountryCatalog.key` as it was, with one change since: a precomposed Latin letter beyond
    /// Latin-1 is its ASCII letter when it decomposes to one ("Việt" is "viet").
    static func referenceKey(_ name: String) -> String {
        let folded = String(
            String.UnicodeScalarView(
                name.unicodeScalars.map { s -> Unicode.Scalar in
                    guard (0x0100...0x024F).contains(s.value) || (0x1E00...0x1EFF).contains(s.value) else { return s }
                    let base = String(s).decomposedStringWithCanonicalMapping.unicodeScalars.first!
                    return base.isASCII ? base : s
                }))
        let normalized = ArabicText.normalize(folded).lowercased().replacingOccurrences(of: ".", with: "")
        return normalized.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    /// The catalogue's names by reference key, built as `CountryCatalog.init` built them.
    static let referenceNames: [String: (CountryCode, CountryCatalog.Role)] = {
        var names: [String: (CountryCode, CountryCatalog.Role)] = [:]
        for c in CountryCatalog.shared.countries {
            let roles: [(CountryCatalog.Role, [[String]])] = [
                (.name, [c.englishNames, c.arabicNames]), (.demonym, [c.englishDemonyms, c.arabicDemonyms]),
                (.capital, [c.englishCapitals, c.arabicCapitals]),
            ]
            for (role, columns) in roles {
                for column in columns { for name in column { names[referenceKey(name)] = (c.code, role) } }
            }
        }
        // The leaders' names, as the catalogue adds them after the countries' own.
        for line in CountryCatalog.leaderTable.split(separator: "\n") {
            let fields = line.split(separator: "|").map {
                $0.split(separator: ";").map { String($0).trimmingCharacters(in: .whitespaces) }
            }
            let code = CountryCode(fields[0][0])!
            for name in fields[1] + fields[2] { names[referenceKey(name)] = (code, .leader) }
        }
        return names
    }()

    static func referenceMatch(_ name: String) -> CountryCatalog.Match? {
        referenceNames[referenceKey(name)].map {
            CountryCatalog.Match(country: CountryCatalog.shared.country(code: $0.0.rawValue)!, role: $0.1)
        }
    }

    /// `CountryFinder.mentions(in:)` as it was: every phrase of up to 7 words looked up whole.
    static func referenceMentions(_ text: String) -> [CountryMention] {
        let words = CountryFinder.words(text)
        var found: [CountryMention] = []
        var i = 0
        while i < words.count {
            var matched = false
            for n in stride(from: min(7, words.count - i), through: 1, by: -1) {
                let slice = Array(words[i..<(i + n)])
                // A capital is not read in a word that put the article before it ("ألباريس").
                // Nor a demonym that is a man's name, nor a name inside another ("New Mexico").
                if let match = referenceLookup(slice),
                    !(n == 1 && match.role == .capital
                        && CountryFinder.capitalWithArticle(slice[0].text, match.country)),
                    !(n == 1 && match.role == .demonym && CountryFinder.namesAPerson(words, at: i, in: text)),
                    !CountryFinder.insideAnotherName(words, from: i, to: i + n)
                {
                    found.append(
                        CountryMention(
                            country: match.country.code, role: match.role, start: slice.first!.start,
                            end: slice.last!.end))
                    i += n
                    matched = true
                    break
                }
            }
            if !matched { i += 1 }
        }
        return found
    }

    static func referenceLookup(_ words: [CountryFinder.Word]) -> CountryCatalog.Match? {
        let first = words[0].text
        let rest = words.dropFirst().map(\.text)
        if ArabicText.containsArabic(first) {
            for candidate in CountryFinder.arabicForms(first) {
                let phrase = ([candidate] + rest).joined(separator: " ")
                if CountryFinder.ambiguous.contains(ArabicText.normalize(phrase)) { continue }
                if let m = referenceMatch(phrase) { return m }
            }
            return nil
        }
        guard let initial = first.unicodeScalars.first, initial.properties.isUppercase else { return nil }
        let phrase = words.map(\.text).joined(separator: " ")
        if CountryFinder.ambiguous.contains(phrase) { return nil }
        if phrase.count <= 3 && phrase.uppercased() != phrase { return nil }
        return referenceMatch(phrase)
    }

    // MARK: - Inputs

    /// Scalars that make the cases: ASCII, dots and spaces, Latin-1 and other Latin letters,
    /// Arabic letters in all hamza forms, diacritics, tatweel, combining marks, digits, NBSP.
    static let alphabet: [Unicode.Scalar] = {
        var s: [Unicode.Scalar] = []
        for v in Array(0x41...0x5A) + Array(0x61...0x7A) + [
            0x20, 0x20, 0x20, 0x2E, 0x2E, 0x27, 0x2D, 0x30, 0x35, 0x25, 0x2A,
        ] { s.append(Unicode.Scalar(v)!) }
        for v in [
            0xA0, 0xC9, 0xE9, 0xFC, 0xDF, 0xD7, 0x0130, 0x0131, 0x0103, 0x0219, 0x212A, 0x2019, 0x0301, 0x0307, 0x03A3,
            0x200F, 0x0D, 0x0A,
        ] {
            s.append(Unicode.Scalar(v)!)
        }
        for v in Array(0x0621...0x064A) + Array(0x064B...0x0655) + [
            0x0640, 0x0670, 0x0671, 0x0660, 0x0669, 0x066B, 0x066C, 0x06CC, 0x06A9, 0x06F5,
        ] {
            s.append(Unicode.Scalar(v)!)
        }
        return s
    }()

    /// Words that make country names and keywords likely: names, particles, keywords.
    static let pieces: [String] = {
        var p = [
            "و", "ف", "ب", "ل", "ك", "ال", "لل", "وال", "بال", "ي", "ين", "يون", "يات", "يتين", ".", "'s", "’s", "U.S.",
            "U.K", "UAE", "us",
            "Us", "the", "The", "of", "Republic", "Democratic", "United", "Arab", "Emirates", "Congo", "Jordan", "Chad",
            "Georgia",
            "Turkey", "Niger", "مالي", "جورجيا", "اتفاقيه", "وقعت", "signed", "agreements", "trade", "imports",
            "exports", "investment",
            "مذكره تفاهم", "التبادل التجاري", "deal", "deals", "dealss", "es", "s", "e", "ـ", "\u{0654}", "\u{0301}",
            "\u{00A0}",
        ]
        for c in CountryCatalog.shared.countries.prefix(260) {
            p +=
                [c.englishName, c.arabicName] + c.englishDemonyms.prefix(1) + c.arabicDemonyms.prefix(1)
                + c.arabicCapitals.prefix(1)
        }
        for (_, words) in Lexicon.statuses { p += words }
        return p + Lexicon.agreementNouns + Lexicon.tradeWords + Lexicon.investmentWords
    }()

    struct Random {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
    }

    /// Random strings: scalars of `alphabet`, pieces, or both, with spaces and case changes.
    static func randomStrings(_ count: Int, seed: UInt64) -> [String] {
        var random = Random(state: seed)
        return (0..<count).map { _ in
            var out = ""
            for _ in 0..<(1 + random.next(12)) {
                switch random.next(4) {
                case 0:
                    var view = String.UnicodeScalarView()
                    for _ in 0..<(1 + random.next(4)) { view.append(alphabet[random.next(alphabet.count)]) }
                    out += String(view)
                case 1: out += " "
                case 2: out += pieces[random.next(pieces.count)].uppercased()
                default: out += pieces[random.next(pieces.count)]
                }
                if random.next(3) == 0 { out += " " }
            }
            return out
        }
    }

    static func corpusSentences() throws -> [String] {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("corpus").path
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }.sorted()
        return try files.flatMap {
            SentenceSplitter.split(try String(contentsOfFile: corpus + "/" + $0, encoding: .utf8)).map(\.text)
        }
    }

    // MARK: - Tests

    @Test func keysAreTheReferenceKeys() throws {
        let names = Self.randomStrings(20_000, seed: 1) + Self.pieces + (try Self.corpusSentences())
        var plain = 0
        for name in names {
            let reference = Self.referenceKey(name)
            #expect(CountryCatalog.key(name) == reference, "\(Array(name.unicodeScalars.map(\.value)))")
            if let fast = CountryCatalog.plainKey(name) {
                plain += 1
                #expect(Array(fast.utf8) == Array(reference.utf8), "\(Array(name.unicodeScalars.map(\.value)))")
            }
        }
        #expect(plain > names.count / 4)
    }

    @Test func matchesAreTheReferenceMatches() throws {
        let catalog = CountryCatalog.shared
        var names = Self.randomStrings(20_000, seed: 2) + Self.pieces + (try Self.corpusSentences())
        for c in catalog.countries {
            names +=
                c.englishNames + c.arabicNames + c.englishDemonyms + c.arabicDemonyms + c.englishCapitals
                + c.arabicCapitals
            names += c.englishNames.map { $0.uppercased() } + c.englishCapitals.map { $0.lowercased() + "." }
        }
        names += ["Chișinău", "Chis\u{0326}ina\u{0306}u", "chisinau", "ا\u{0654}لمانيا", "ألمانيا", "U.A.E.", "u a e"]
        for name in names {
            let m = catalog.match(name)
            let r = Self.referenceMatch(name)
            #expect(m?.country.code == r?.country.code && m?.role == r?.role, "\(name)")
        }
    }

    @Test func mentionsAreTheReferenceMentions() throws {
        let finder = CountryFinder()
        let texts =
            try Self.corpusSentences() + Self.randomStrings(3_000, seed: 3) + [
                "وقعت الإمارات والسعودية اتفاقية بالإمارات لقطر والكويتيين وللمملكة العربية السعودية",
                "The United Arab Emirates and the Democratic Republic of the Congo; Jordan, Chad, Georgia, US, Us, us, U.S., UK.",
                "Chișinău and Chis\u{0326}ina\u{0306}u, ا\u{0654}لمانيا, السعودية\u{0301}, Japan\u{0301}, Republic of\u{00A0}Korea",
            ]
        for text in texts {
            #expect(finder.mentions(in: text) == Self.referenceMentions(text), "\(text)")
        }
    }

    @Test func keywordSearchIsFoundationSearch() throws {
        let texts = try Self.corpusSentences() + Self.randomStrings(800, seed: 4)
        var needles = Self.pieces + Self.randomStrings(200, seed: 5).map { $0.lowercased() } + ["*", "", "e*", "a"]
        needles +=
            Lexicon.agreementNouns + Lexicon.supplyWords + Lexicon.cumulativeWords + Lexicon.bilateralWords
            + Lexicon.companyWords
        needles +=
            Lexicon.mouWords + Lexicon.tradeAgreementWords + Lexicon.purchaseWords + Lexicon.investmentDealWords
            + Lexicon.pluralAgreements
        needles += Lexicon.commodities.flatMap(\.1) + Lexicon.accords.flatMap(\.names) + Lexicon.joinWords
        for text in texts {
            let searchable = SearchableText(text)
            for needle in needles {
                #expect(searchable.has(needle) == searchable.foundationHas(needle), "\(needle) in \(searchable.text)")
            }
        }
    }
}
