import Foundation
import NewsCore
import NewsTestSupport
import Testing

@testable import NewsExtract

/// The whole extractor on 10,000 articles made of random pieces of news in both languages:
/// headlines, bullets and paragraphs of country names, deal and trade words, numbers, scales,
/// currencies and stray marks. It must not crash, and what it reports must stand in the text:
/// every piece of evidence is the text at its offsets, and every amount is one its evidence gives.
@Suite struct ExtractorFuzzTests {
    static let pieces: [String] = [
        "Egypt", "China", "the UAE", "Saudi Arabia", "Kenya", "India", "US", "Paris", "Rabat", "the White House",
        "Chinese", "Emirati",
        "مصر", "الصين", "الإمارات", "السعودية", "والأردن", "لمصر", "الكرملين", "الرياض", "الأمريكية", "المصري",
        "signed", "agreement", "agreements", "deal", "MoU", "loan", "grant", "deposit", "contract", "will invest",
        "invested", "investment",
        "trade", "exports", "imports", "reached", "rose", "to", "of which", "including", "and", "while", "worth",
        "valued at", "between",
        "وقعت", "اتفاقية", "اتفاقيات", "مذكرة تفاهم", "صفقة", "قرض", "منحة", "وديعة", "استثمارات", "التبادل التجاري",
        "حجم تجارة",
        "بلغ", "بقيمة", "منها", "بينها", "و", "في", "من", "إلى", "على", "مع", "بين",
        "$", "$3", "1.5", "2,500", "40", "12", "٣", "billion", "million", "bn", "m", "dollars", "euros", "riyals",
        "yen",
        "مليار", "مليارات", "ملياري", "ملياران", "مليون", "دولار", "يورو", "ريال", "ثلاثة", "نصف", "%", "percent",
        "2023", "عام",
        ",", ".", "،", ".", ":", ";", "(", ")", "-", "—", "\n", "\n\n", "\n- ", "\n• ", "1.", "ً", "ـ", "\u{200F}", "é",
        "😀",
    ]

    static func article(_ rng: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...60, using: &rng) {
            let piece = pieces.randomElement(using: &rng) ?? ""
            text += Bool.random(using: &rng) ? " " + piece : piece
        }
        return text
    }

    @Test func anyArticleGivesFactsThatStandInItsText() {
        var rng = SeededGenerator(state: 20_261_203)
        let extractor = Extractor()
        var withFacts = 0
        var withAmounts = 0
        for n in 0..<10_000 {
            let text = Self.article(&rng)
            let e = extractor.extract(text, article: ArticleID("sha256:fuzz\(n)"))
            let scalars = Array(text.unicodeScalars)
            if !e.facts.isEmpty { withFacts += 1 }
            for fact in e.facts {
                #expect(!fact.evidence.isEmpty, "no evidence in \(text.debugDescription)")
                for ev in fact.evidence {
                    let inside = ev.start >= 0 && ev.start < ev.end && ev.end <= scalars.count
                    #expect(inside, "evidence \(ev.start)..<\(ev.end) of \(scalars.count) in \(text.debugDescription)")
                    if inside {
                        #expect(
                            String(String.UnicodeScalarView(scalars[ev.start..<ev.end])) == ev.sentence,
                            "\(text.debugDescription)")
                    }
                }
                guard let value = fact.fact.value else { continue }
                withAmounts += 1
                // The amount is one that an evidence sentence gives, in the fact's currency or
                // none (a list item goes on in the currency in force).
                let given = fact.evidence.contains { ev in
                    NumberReader.all(in: ev.sentence, inheriting: value.currency).amounts.contains {
                        $0.money.amount == value.amount
                    }
                }
                #expect(
                    given, "\(value) is in no evidence of \(text.debugDescription): \(fact.evidence.map(\.sentence))")
            }
        }
        print("extractor fuzz: 10,000 articles, facts in \(withFacts), \(withAmounts) facts with amounts")
        // The pieces make facts often enough for the checks to bite.
        #expect(withFacts >= 1_000 && withAmounts >= 300, "facts in \(withFacts) articles, \(withAmounts) with amounts")
    }
}
