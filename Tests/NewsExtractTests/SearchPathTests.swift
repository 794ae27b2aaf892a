import Foundation
import Testing

@testable import NewsCore
@testable import NewsExtract

/// The paths of the third speed step against the Foundation and `String` code they stand in for.
@Suite struct SearchPathTests {
    /// Texts as the rules search them (normalised, lowercased), with the signs the plain search
    /// takes and some it must leave to Foundation.
    static func texts() throws -> [String] {
        let signs = [
            "، الربع الاول؛ last year – “this year” • £5 €3 ₹2 « » · ° ¢ §", "e\u{0301} é last yéar",
            "ا\u{0654}لعام الماضي",
            "the first half\u{0301}", "\u{00A0}reached ", " reached\u{200D} ", "last year\r\nlast year",
            "the\u{00AD}first half", "",
        ]
        return try (SpeedPathTests.texts() + signs).map { ArabicText.normalize($0).lowercased() }
    }

    @Test func plainSearchIsFoundations() throws {
        let texts = try Self.texts()
        let needles =
            Lexicon.relativePeriods + Lexicon.statingVerbs + [
                "e", "é", "ا", "ال", "–", "“", "€3", "£", "s ", " ", "\u{0301}", "first", "\u{00AD}", "year\r", "",
            ]
        var random = FastPathTests.Random(state: 5)
        var differences: [String] = []
        func offsets(_ r: Range<String.Index>?, in text: String) -> [Int]? {
            r.map {
                [
                    text.utf8.distance(from: text.startIndex, to: $0.lowerBound),
                    text.utf8.distance(from: text.startIndex, to: $0.upperBound),
                ]
            }
        }
        for text in texts {
            // The lexicon's phrases, and pieces of the text itself.
            var own: [String] = []
            let scalars = Array(text.unicodeScalars)
            for _ in 0..<3 where !scalars.isEmpty {
                let from = random.next(scalars.count)
                own.append(String(scalars: scalars[from..<min(scalars.count, from + 1 + random.next(12))]))
            }
            for needle in needles + own {
                for backwards in [false, true] {
                    let fast = PlainSearch.range(of: needle, in: text, backwards: backwards)
                    let prepared = PlainSearch.Text(text).range(of: needle, backwards: backwards)
                    let reference = text.range(of: needle, options: backwards ? .backwards : [])
                    if offsets(fast, in: text) != offsets(reference, in: text)
                        || offsets(prepared, in: text) != offsets(reference, in: text)
                    {
                        differences.append("\(text) / \(needle) / \(backwards)")
                    }
                }
            }
            // Substrings: the rest of the text after its first word.
            if let space = text.firstIndex(of: " ") {
                let rest = text[text.index(after: space)...]
                for needle in needles.prefix(10) + own
                where PlainSearch.range(of: needle, in: rest) != rest.range(of: needle) {
                    differences.append("\(rest) / \(needle) / substring")
                }
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(20))")
    }
}

extension SearchPathTests {
    @Test func scalarTrimmingIsFoundations() throws {
        let texts =
            try SpeedPathTests.texts() + [
                " ،,x، ", "•– item –•", "\"«quoted»\"", "(a)", "\u{1F30E}, x ,\u{1F30E}", ",\u{0301}a", "a,\u{0301}",
                "؛.", "",
                "\u{10100}word\u{10100}", "“hi”", "... ",
            ]
        let sets = [
            ScalarText.Sets.listItemEnds, ScalarText.Sets.spaceAndCommas, ScalarText.Sets.itemEnds,
            ScalarText.Sets.englishTitleEnds,
            ScalarText.Sets.arabicWordEnds, ScalarText.Sets.arabicTitleEnds, ScalarText.Sets.punctuation,
        ]
        var differences: [String] = []
        for text in texts {
            let words = text.split(separator: " ").map(String.init)
            for piece in [text] + words {
                for (k, set) in sets.enumerated()
                where ScalarText.trimming(piece, in: set) != piece.trimmingCharacters(in: set) {
                    differences.append("\(piece) / \(k)")
                }
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(20))")
    }

    /// `QualifierWords.before` as it was: every phrase of the table tried at every token.
    static func referenceQualifier(_ tokens: [NumberToken], at i: Int) -> (
        qualifier: Money.Qualifier, start: Int, first: Int
    )? {
        var best: (qualifier: Money.Qualifier, start: Int, first: Int, width: Int)?
        for (words, qualifier) in QualifierWords.preceding {
            let first = i - words.count
            guard first >= 0, words.count > (best?.width ?? 0) else { continue }
            var prefix = 0
            var matches = true
            for (n, word) in words.enumerated() {
                let t = tokens[first + n]
                guard t.isWord else {
                    matches = false
                    break
                }
                if n == 0 {
                    guard let stem = t.stem(clitics: ["وب", "فب", "و", "ف", "ب", "ل"], { $0 == word }) else {
                        matches = false
                        break
                    }
                    prefix = stem.prefix
                } else if t.key != word {
                    matches = false
                    break
                }
            }
            if matches { best = (qualifier, tokens[first].range.lowerBound + prefix, first, words.count) }
        }
        return best.map { ($0.qualifier, $0.start, $0.first) }
    }

    /// The number words and qualifiers read from tables built once, against reading them anew.
    @Test func tokenWordsAreTheWordsReadAnew() throws {
        var texts = try SpeedPathTests.texts()
        for (phrases, _) in QualifierWords.preceding {
            let phrase = phrases.joined(separator: " ")
            texts += [
                "\(phrase) 5", "و\(phrase) خمسة", "ب\(phrase) ثلاثه", "وب\(phrase) 3 مليارات",
                "\(phrase.uppercased()) 7", "x \(phrase) \(phrase) 1",
            ]
        }
        texts += ["وبخمسة وعشرين مليارا", "لست", "بست مليارات", "وثلاث", "ومليار", "twenty-five", "a hundred"]
        var differences: [String] = []
        for text in texts {
            let tokens = NumberSentence(text).tokens
            for (i, t) in tokens.enumerated() {
                for (first, joined) in [(true, false), (false, false), (false, true)] {
                    let fast = t.numberWords?.reading(first: first, joinedAlready: joined) ?? nil
                    let reference = NumberPhrase.numberWord(t, first: first, joinedAlready: joined)
                    if fast?.0 != reference?.0 || fast?.1 != reference?.1 {
                        differences.append("\(text) \(i) \(first) \(joined)")
                    }
                }
            }
            for i in 0...tokens.count {
                let fast = QualifierWords.before(tokens, at: i)
                let reference = Self.referenceQualifier(tokens, at: i)
                if fast?.qualifier != reference?.qualifier || fast?.start != reference?.start
                    || fast?.first != reference?.first
                {
                    differences.append("\(text) before \(i)")
                }
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(20))")
    }
}

extension SearchPathTests {
    /// Every stem `forEachStem` offers, with the stems the lexer worked out and without them.
    @Test func lexedStemsAreStemsWorkedOut() throws {
        let lists = [
            ["وب", "ول", "و", "ب", "ل", "ف"], ["و"], [], ["وب", "فب", "و", "ف", "ب", "ل"],
            ["و", "ف", "ل", "ب", "وب", "ك"], ["ال", "وال", "x"],
        ]
        var differences: [String] = []
        for text in try SpeedPathTests.texts() + ["وبالمليار ولخمسة فبنحو كالعادة و ب وو", "وَبخمسة ولِلاستثمار"] {
            for t in NumberSentence(text).tokens where t.isArabic {
                var bare = t
                bare.cliticStems = nil
                for clitics in lists {
                    var lexed: [String] = []
                    var worked: [String] = []
                    t.forEachStem(clitics: clitics) {
                        lexed.append("\($0) \($1)")
                        return false
                    }
                    bare.forEachStem(clitics: clitics) {
                        worked.append("\($0) \($1)")
                        return false
                    }
                    if lexed != worked { differences.append("\(t.key) \(clitics)") }
                }
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(20))")
    }

    /// `CompanyCatalog.mentions(in:)` as it was: every entry tried where its first scalar is.
    static let byFirst: [Unicode.Scalar: [Int]] = {
        var byFirst: [Unicode.Scalar: [Int]] = [:]
        for (k, e) in CompanyCatalog.entries.enumerated() { byFirst[e.name[0], default: []].append(k) }
        return byFirst
    }()

    static func referenceCompanies(_ text: String) -> [CountryMention] {
        let entries = CompanyCatalog.entries
        let scalars = Array(text.unicodeScalars)
        let folded = ArabicText.containsArabic(text) ? FoldedText(text) : nil
        let normal = folded?.scalars ?? []
        let origin = folded?.origin ?? []
        var first = [(start: Int, end: Int)?](repeating: nil, count: entries.count)
        func scan(_ haystack: [Unicode.Scalar], arabic: Bool) {
            for i in haystack.indices {
                for k in byFirst[haystack[i]] ?? [] where entries[k].arabic == arabic && first[k] == nil {
                    let needle = entries[k].name
                    guard i + needle.count <= haystack.count, haystack[i..<(i + needle.count)].elementsEqual(needle),
                        CompanyCatalog.isBoundary(haystack, i, i + needle.count, arabic: arabic)
                    else { continue }
                    first[k] = arabic ? (origin[i], origin[i + needle.count - 1] + 1) : (i, i + needle.count)
                }
            }
        }
        scan(scalars, arabic: false)
        if !normal.isEmpty { scan(normal, arabic: true) }
        var found: [CountryMention] = []
        for k in entries.indices {
            guard let (start, end) = first[k], !found.contains(where: { $0.start < end && start < $0.end }) else {
                continue
            }
            found.append(CountryMention(country: entries[k].country, role: .demonym, start: start, end: end))
        }
        return found.sorted { $0.start < $1.start }
    }

    @Test func companyIndexFindsWhatTryingEveryEntryFinds() throws {
        var texts = try FastPathTests.corpusSentences()
        // Every name alone, after a clitic, inside a word, and cut short, a few names to a text.
        let names = CompanyCatalog.entries.map { String(scalars: $0.name) }
        for k in stride(from: 0, to: names.count, by: 4) {
            let some = names[k..<min(names.count, k + 4)]
            texts.append(
                some.map { "With \($0) and وال\($0)، و\($0) x\($0)y \($0.dropLast()) \($0)" }.joined(separator: " "))
        }
        var differences: [String] = []
        for text in texts where CompanyCatalog.mentions(in: text) != Self.referenceCompanies(text) {
            differences.append(text)
        }
        #expect(differences.isEmpty, "\(differences.prefix(20))")
    }
}

extension SearchPathTests {
    /// The ASCII paths of the country finder's words against the general ones.
    @Test func asciiWordsAreWordsReadByCharacters() throws {
        var words = try WordPathTests.words()
        words += [
            "U.S.", "U.S", "UAE's", "Emirates'", "States'.", "a.b.", "x's's", "'", "''", ".", "..", "s", "'s", "A.",
            "e\u{0301}.", "Co.,", "\r\n", "a\r\n", "مصرية", "مستوى", "ءا", "ال", "ـا", "الإمارات", "ا\u{0654}",
        ]
        var differences: [String] = []
        for word in words {
            if CountryFinder.plainKey(word) != CountryCatalog.plainKey(word) { differences.append("key \(word)") }
            let w = CountryFinder.Word(text: word, start: 3, end: 3 + word.unicodeScalars.count)
            let fast = CountryFinder.withoutTrailingMarks(w)
            let slow = CountryFinder.characterWithoutTrailingMarks(w)
            if fast.text != slow.text || fast.end != slow.end || fast.text.utf8.count != slow.text.utf8.count {
                differences.append("marks \(word)")
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(20))")
    }
}

extension SearchPathTests {
    @Test func titleHeadsAreCharacterPrefixes() throws {
        var words = try WordPathTests.words().map { ArabicText.normalize($0) }
        for head in Titles.arabicHeadFirsts {
            words += [
                head, head + "ا", head + "ات", head + "اتي", "ال" + head, String(head.dropLast()), head + "\u{064B}",
            ]
        }
        var differences: [String] = []
        for word in words {
            for first in Titles.arabicHeadFirsts + ["e", "é"] {
                let s = Substring(word)
                let reference = s == first || (s.hasPrefix(first) && s.count <= first.count + 2)
                if Titles.startsWithHead(s, first) != reference { differences.append("\(word) \(first)") }
                let inner = Substring(word).dropFirst()
                if Titles.startsWithHead(inner, first)
                    != (inner == first || (inner.hasPrefix(first) && inner.count <= first.count + 2))
                {
                    differences.append("dropFirst \(word) \(first)")
                }
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(20))")
    }
}

extension SearchPathTests {
    @Test func countsAndHamzaTestsAreStrings() throws {
        let texts = try SpeedPathTests.texts() + ["a\r\nb", "e\u{0301}", "🇦🇪🇮🇳", "ا\u{064B}ب", "“x” – y", ""]
        var differences = texts.filter { ScalarText.characterCount($0) != $0.count }
        for word in try WordPathTests.words() {
            let folded = FoldedWord(word)
            let reference = ArabicText.normalize(word).lowercased()
            for other in ["فائض", "أكثر", "ئ", "آ", "إلى", "ؤ", "فايض"]
            where folded.contains(other) != reference.contains(other) {
                differences.append("\(word) contains \(other)")
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(20))")
    }
}

extension SearchPathTests {
    @Test func normalizedIsNormalize() throws {
        let texts =
            try SpeedPathTests.texts() + WordPathTests.words() + [
                "\u{7F}\t\r\n", "١٢٣٫٥٬ ۱۲ أإآٱ ى ة ؤ ئ ـ ً", "e\u{0301}",
            ]
        let differences = texts.filter { t in
            let fast = ArabicText.normalized(t)
            let reference = ArabicText.normalize(t)
            return fast != reference || !fast.utf8.elementsEqual(reference.utf8)
        }
        #expect(differences.isEmpty, "\(differences.prefix(20))")
    }
}

extension SearchPathTests {
    /// The quick test before the regular expressions of an agreement opening never refuses a match.
    @Test func andOpeningsAreNeededForTheExpressions() throws {
        let texts =
            try SpeedPathTests.texts() + [
                "x AND THE deal", "x and An mou", "x and another one", "x and a loan", "x and the\u{0301} y",
                "x and\u{00A0}the y", "x and a", "x And Another ",
            ]
        var differences: [String] = []
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            for i in scalars.indices where scalars[i] == " " {
                let ahead = String(scalars: scalars[i..<min(scalars.count, i + 48)]).lowercased()
                for pattern in [#"^ and (an?|another|the) "#, #"^ and an? "#]
                where ahead.range(of: pattern, options: .regularExpression) != nil
                    && !Drafts.opensWithAnd(scalars, at: i)
                {
                    differences.append("\(text) @\(i)")
                }
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(20))")
    }
}

extension SearchPathTests {
    /// The numbers a sentence reads once for all its readers, against reading them at each token.
    @Test func sentencePhrasesAreReadings() throws {
        let texts =
            try SpeedPathTests.texts() + [
                "$500m and $3bn-$5bn", "مليار و500m دولار", "five 500m", "1.1bn 2k 3b", "twenty-five million",
                "m b k 5 m",
            ]
        var differences: [String] = []
        for text in texts {
            let sentence = NumberSentence(text)
            for i in 0...sentence.tokens.count {
                for letters in [false, true] {
                    let fast = sentence.phrase(at: i, letterScales: letters)
                    let reference = NumberPhrase.read(sentence.tokens, at: i, letterScales: letters)
                    if fast?.value != reference?.value || fast?.tokens != reference?.tokens
                        || fast?.range != reference?.range
                        || fast?.hasScale != reference?.hasScale || fast?.trailingScale != reference?.trailingScale
                        || fast?.isBareNumeral != reference?.isBareNumeral
                    {
                        differences.append("\(text) @\(i) \(letters)")
                    }
                }
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(20))")
    }
}
