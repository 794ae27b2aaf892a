import Testing

@testable import NewsCore
@testable import NewsExtract

/// The shortcuts of the third speed round against what they stand for.
@Suite struct ScalarPathTests {
    /// `ScalarText.isAlphanumeric` answers as `ScalarTraits.isAlphanumeric` for every scalar of
    /// the Basic Multilingual Plane.
    @Test func alphanumericIsTheTable() {
        let differing = (0..<0x1_0000).compactMap(Unicode.Scalar.init).filter {
            ScalarText.isAlphanumeric($0) != ScalarTraits.isAlphanumeric($0)
        }
        #expect(differing.isEmpty, "\(differing.prefix(20).map(\.value))")
    }

    /// `Document.ToldSentences` finds a sentence told before as `Set<String>` does: by canonical
    /// equivalence, in plain sentences and after the first that is not plain.
    @Test func toldSentencesAreASetOfStrings() {
        let sentences = [
            "Egypt and China signed a deal.", "وقعت مصر والصين اتفاقية.", "Egypt and China signed a deal.",
            "caf\u{E9} deal", "cafe\u{301} deal",
            "وقعت مصر والصين اتفاقية.", "Kelvin \u{212A}", "Kelvin K", "Egypt and China signed a deal.",
            // A plain sentence, then one in other bytes equivalent to it; and two not plain.
            "Kelvin 2 K", "Kelvin 2 \u{212A}", "Ohm \u{03A9}", "Ohm \u{2126}", "Ohm \u{2126}",
        ]
        var told = Document.ToldSentences()
        var reference = Set<String>()
        for s in sentences { #expect(told.insert(s) == reference.insert(s).inserted, "\(s)") }
    }

    /// The scalars the extractor hands the readers are those of each sentence's text.
    @Test func partsCarryTheirSentencesScalars() throws {
        for text in try CharacterWordsTests.texts().prefix(200) {
            for part in Document(text).parts { #expect(part.scalars == Array(part.sentence.text.unicodeScalars)) }
        }
    }

    /// The twenty-seventh session's shortcuts (scalar by scalar where each scalar is a
    /// character, bytes where both sides are plain) against what they stand for, over the
    /// corpus's sentences, texts with marks and random strings.
    @Test func theWordsAroundAMentionAreTheCharacterSplits() throws {
        for text in try CharacterWordsTests.texts() {
            #expect(Extractor.lastWordAtSpaces(text) == (text.split(separator: " ").last ?? ""), "\(text)")
            #expect(
                Extractor.firstLetterWord(text) == text.split(whereSeparator: { !$0.isLetter }).first, "\(text)")
        }
    }

    @Test func aClauseAndAPeriodAreTheCharacterReadings() throws {
        for text in try CharacterWordsTests.texts() {
            let scalars = Array(text.unicodeScalars)
            for start in [0, 3, scalars.count / 2] where start <= scalars.count {
                let window = scalars[start..<min(scalars.count, start + 60)]
                let reference = String(String(String.UnicodeScalarView(window)).prefix { !",;.،؛".contains($0) })
                #expect(Drafts.clauseAfter(scalars, start) == reference, "\(text) from \(start)")
            }
            #expect(
                Drafts.period(text) == Drafts.period(Array(ArabicText.normalized(text))), "\(text)")
        }
        for text in ["in 2021-22", "2020/2021 season", "1999–2000", "٢٠٢٤", "2023\u{0301} figures", "FY2024"] {
            #expect(Drafts.period(text) == Drafts.period(Array(ArabicText.normalized(text))), "\(text)")
        }
    }

    @Test func aWordListsQuickTestLeavesNoWordOut() throws {
        let lists = [Lexicon.agreementNouns, Lexicon.investmentWords, Lexicon.tradeVolumeWords, Lexicon.dealVerbs]
        for text in try CharacterWordsTests.texts().prefix(3_000) {
            let words = SearchableText(text)
            for list in lists {
                #expect(words.hasAny(list) == list.entries.contains(where: words.has), "\(text)")
            }
        }
    }

    @Test func anArabicHeadByBytesIsTheHeadByCharacters() throws {
        for text in try CharacterWordsTests.texts().prefix(1_000) {
            for word in text.split(separator: " ") {
                let normal = Substring(ArabicText.normalized(String(word)))
                let plain = PlainText.isPlain(String(normal))
                for h in Titles.arabicHeadFirsts.indices {
                    #expect(
                        Titles.startsWithHead(normal, head: h, plain: plain)
                            == Titles.startsWithHead(normal, Titles.arabicHeadFirsts[h]), "\(normal)")
                }
            }
        }
    }

    @Test func clauseBreaksOpenWithASpaceAndAreFoundWhereTheyStand() {
        #expect(Drafts.clauseBreaks.allSatisfy { $0.first == " " })
        let scalars = Array(
            "Kuwait invested $2 billion, while Qatar signed an MoU, noting that more will come".unicodeScalars)
        let found = scalars.indices.filter { Drafts.clauseBreak(scalars, at: $0) != nil }
        #expect(found.count == 2, "\(found)")
        #expect(ScalarText.offsets(of: "an", in: Array("an an ban".unicodeScalars)) == [0, 3, 7])
        #expect(ScalarText.offsets(of: "aa", in: Array("aaaa".unicodeScalars)) == [0, 2])
    }
}
