import Foundation
import Testing

@testable import NewsCore
@testable import NewsExtract

/// The word-level paths of the second speed step (byte-keyed word tables, folded words, letter
/// runs, trimming) against the `String` and Foundation code they stand in for.
@Suite struct WordPathTests {
    static func words() throws -> [String] {
        let texts = try SpeedPathTests.texts()
        var words = texts.flatMap { $0.split(whereSeparator: { !$0.isLetter }).map(String.init) }
        words += [
            "ا\u{0654}لف", "مليون\u{064B}", "e\u{0301}", "é", "ثلاثه", "ثلاث", "invest", "استثمارات", "تجاري", "Trade",
            "",
        ]
        return words
    }

    @Test func foldedWordTestsAreStringTests() throws {
        let words = try Self.words()
        let others =
            FastPathTests.pieces + [
                "invest", "fdi", "استثمار", "صادر", "تجار", "مول", "e", "é", "ا\u{0654}", "مليون", "",
            ]
        // Each word once, and one expectation over all the differences (an expectation per
        // comparison costs more than the comparison in a debug build).
        var differences: [String] = []
        // Every other distinct word of the corpus (sorted, so the same ones each run), and all the hard ones.
        let sample = Set(words).sorted().enumerated().filter {
            $0.offset % 2 == 0 || !$0.element.allSatisfy(\.isASCII) && $0.element.count < 3
        }.map(\.element)
        for word in sample + words.suffix(11) {
            let folded = FoldedWord(word)
            let reference = ArabicText.normalize(word).lowercased()
            for other in others {
                if (folded == other) != (reference == other) { differences.append("\(word) == \(other)") }
                if folded.hasPrefix(other) != reference.hasPrefix(other) {
                    differences.append("\(word) hasPrefix \(other)")
                }
                if folded.contains(other) != reference.contains(other) {
                    differences.append("\(word) contains \(other)")
                }
            }
            if others.contains(folded) != others.contains(reference) { differences.append("\(word) in others") }
        }
        #expect(differences.isEmpty, "\(differences.prefix(20))")
    }

    @Test func wordTablesAreDictionaries() throws {
        var table: [String: Int] = [:]
        for (i, w) in (FastPathTests.pieces + ["ا\u{0654}لف", "Chis\u{0326}ina\u{0306}u", "e\u{0301}"]).enumerated() {
            table[w] = i
        }
        let fast = WordTable(table)
        let set = WordSet(table.keys)
        var differences: [String] = []
        for word in Set(try Self.words() + FastPathTests.pieces + ["ألف", "Chișinău", "é", "e"]) {
            if fast[word] != table[word] || set.contains(word) != (table[word] != nil) { differences.append(word) }
        }
        #expect(differences.isEmpty, "\(differences.prefix(20))")
    }

    @Test func trimmingAndSearchAreFoundations() throws {
        let texts =
            try SpeedPathTests.texts() + [
                " \u{3000}x\u{2003}", "\u{200B} a\u{A0}", " \u{0301}abc\t", "   ", "-\u{0301}", "U.S", "a.\u{0301}",
            ]
        for text in texts {
            #expect(ScalarText.trimmingWhitespace(text) == text.trimmingCharacters(in: .whitespaces), "\(text)")
            for needle: Unicode.Scalar in ["-", "."] {
                #expect(ScalarText.contains(text, plainScalar: needle) == text.contains(String(needle)), "\(text)")
            }
            let scalars = Array(text.unicodeScalars)
            #expect(String(scalars: scalars) == text)
        }
    }

    /// `Extractor.Reading.topic(of:)` from the sentence's letter runs is `AmountClause.topic(of:)`
    /// of the stretch cut out, for every stretch of some sentences and random stretches of all.
    @Test func topicsFromLetterRunsAreTopicsOfTheStretch() throws {
        var random = FastPathTests.Random(state: 7)
        // Every third sentence of the corpus: the reference cuts and folds each stretch anew.
        var sentences = try SpeedPathTests.texts().enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
        sentences += [
            "exports of $5bn, investment 3bn", "بلغت الاستثمارات ٥ مليارات والصادرات", "e\u{0301}xports 5",
            "trade\u{0301} 5",
            // Words of a name ("Trade" of an agency, "Investment" of a fund), with and without initials.
            // (Under 40 scalars each: every stretch of them is compared.)
            "U.S. Trade and Development Agency $5bn", "Ministry of Trade gave $3bn", "x. Trade Minister $4bn",
            "- Investment Fund: $2bn", "A. Trade Board 5bn, trade 6bn", "the Export-Import Bank lent $2bn",
            "Exports to Mali 5bn",
        ]
        var differences: [String] = []
        for text in sentences {
            let letters = LetterRuns(text)
            var reading = Extractor.Reading(
                sentence: Sentence(text: text, start: 0, end: 0), words: SearchableText(text), countries: [],
                amounts: [], percents: [],
                counts: [], changes: [])
            reading.letterRuns = letters
            reading.runTopics = (letters.runs ?? []).map {
                AmountClause.topic(ofWord: String(scalars: letters.scalars[$0]))
            }
            let n = letters.scalars.count
            var stretches: [Range<Int>] = (0..<10).map { _ in
                let a = random.next(n + 1)
                return a..<(a + random.next(n - a + 1))
            }
            if n < 40 { stretches += (0...n).flatMap { a in (a...n).map { a..<$0 } } }
            for stretch in stretches
            where reading.topic(of: stretch) != AmountClause.topic(of: String(scalars: letters.scalars[stretch])) {
                differences.append("\(stretch) of \(text)")
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(20))")
    }
}
