import Foundation
import NewsCore
import NewsExtract
import NewsTestSupport
import Testing

private typealias S = NumbersTestSupport

@Suite("NumberReader: any input")
struct NumbersRobustnessTests {
    /// Pieces that make the readers work hard: numbers, scales, currencies, qualifiers, joiners, marks.
    static let pieces: [String] = [
        "1", "2", "0", "9", "12", "1.1", "2,500", "1,5", "٫", "٬", "١", "٢٣", "۱۲", "５", ".", ",", "-", "–", "−", "+",
        "%", "٪",
        "$", "€", "£", "¥", "US", "USD", "Rs", "Rs.", "bn", "m", "k", "billion", "million", "crore", "lakh", "a", "an",
        "and",
        "half", "quarter", "third", "thirds", "of", "to", "between", "from", "more than", "up to", "about", "percent",
        "per cent",
        "doubled", "nearly", "rose", "fell", "by", "fold", "twofold", "dollars", "euros", "riyals", "Qatari", "Kuwaiti",
        "dinars",
        "مليار", "مليارات", "ملياري", "مليونا", "ألف", "آلاف", "نصف", "ربع", "ثلث", "ثلاثة", "أرباع", "خمسة", "وعشرون",
        "عشر",
        "أحد", "اثنا", "مئة", "مائتان", "ثلاثمائة", "و", "ب", "بـ", "بين", "إلى", "من", "دولار", "الدولارات", "ريال",
        "قطري",
        "دينار", "جنيه", "إسترليني", "أكثر", "نحو", "تقريباً", "ما", "يزيد", "على", "لا", "يقل", "عن", "بالمئة", "في",
        "المائة",
        "تضاعف", "ارتفع", "بنسبة", "الضعف", "أضعاف", "مرات", "شركة", "companies", "US", "U.S.", "G", "COVID", "عام",
        "2020",
        "November", "نوفمبر", "ً", "ٌ", "ِ", "ّ", "ـ", "\u{200B}", "\u{200F}", "\u{00A0}", "\u{0301}", "é", "😀", "👍🏽",
        "\n",
        "(", ")", "«", "»", "،", "؛", "'", "’", "\"", ":", "/", "#", "x",
    ]

    static func randomText(_ rng: inout SeededGenerator) -> String {
        let count = Int.random(in: 0...40, using: &rng)
        var text = ""
        for _ in 0..<count {
            let piece = pieces.randomElement(using: &rng) ?? ""
            text += piece
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: break
            case 1: text += "  "
            default: text += " "
            }
        }
        return text
    }

    static func randomScalars(_ rng: inout SeededGenerator) -> String {
        var view = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...30, using: &rng) {
            let ranges: [ClosedRange<UInt32>] = [
                0x20...0x7E, 0x0600...0x06FF, 0x0660...0x0669, 0x2000...0x206F, 0xFB50...0xFEFF, 0x1F300...0x1F64F,
            ]
            let range = ranges.randomElement(using: &rng) ?? 0x20...0x7E
            if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &rng)) { view.append(scalar) }
        }
        return String(view)
    }

    static func checkSpans(_ spans: [TextSpan], in text: String) {
        let count = text.unicodeScalars.count
        for span in spans {
            #expect(
                span.start >= 0 && span.start < span.end && span.end <= count,
                "span \(span) of \(count) in \(text.debugDescription)")
        }
        #expect(
            zip(spans, spans.dropFirst()).allSatisfy { $0.start <= $1.start },
            "out of order in \(text.debugDescription)")
    }

    @Test func randomTextNeverCrashesAndSpansStayInBounds() {
        var rng = SeededGenerator(state: 20_251_107)
        for n in 0..<3000 {
            let text = n % 3 == 2 ? Self.randomScalars(&rng) : Self.randomText(&rng)
            Self.checkSpans(NumberReader.amounts(in: text).map(\.span), in: text)
            Self.checkSpans(NumberReader.percentages(in: text).map(\.span), in: text)
            Self.checkSpans(NumberReader.counts(in: text).map(\.span), in: text)
            Self.checkSpans(NumberReader.changes(in: text).map(\.span), in: text)
            for amount in NumberReader.amounts(in: text) {
                #expect(amount.money.qualifier != .range || (amount.money.upper ?? 0) > amount.money.amount)
            }
        }
    }

    @Test(arguments: [
        "", " ", "٫", "$", "%", "-", "و", "ـ", "ً", "1", "$1", "1bn", "مليار", "half", "ونصف", "between", "بين 3 و",
        "3 to", "$3-",
    ])
    func tinyInputs(_ text: String) {
        Self.checkSpans(NumberReader.amounts(in: text).map(\.span), in: text)
        Self.checkSpans(NumberReader.percentages(in: text).map(\.span), in: text)
        Self.checkSpans(NumberReader.counts(in: text).map(\.span), in: text)
        Self.checkSpans(NumberReader.changes(in: text).map(\.span), in: text)
    }

    @Test func hugeNumeralsAndLongChainsOfScalesAreHandled() {
        let digits = String(repeating: "9", count: 400)
        #expect(NumberReader.amounts(in: "$\(digits) billion").isEmpty)
        #expect(NumberReader.counts(in: "\(digits) companies").isEmpty)
        let chain = "$5 thousand million billion trillion crore lakh"
        Self.checkSpans(NumberReader.amounts(in: chain).map(\.span), in: chain)
    }

    @Test func vowelMarksAnywhereInArabicChangeNothingButTheSpans() {
        var rng = SeededGenerator(state: 7)
        let marks: [Character] = [
            "\u{064E}", "\u{064F}", "\u{0650}", "\u{0651}", "\u{0652}", "\u{064B}", "\u{064C}", "\u{064D}", "\u{0640}",
        ]
        let sentences = [
            "استثمارات تزيد على 100 مليار دولار",
            "بلغت خمسة وعشرون مليار دولار تقريبا",
            "تكلفة بين 3 و5 مليارات دولار",
            "منحة قدرها ملياران من الدولارات",
        ]
        for sentence in sentences {
            let expected = NumberReader.amounts(in: sentence).map(\.money)
            for _ in 0..<20 {
                var marked = ""
                for character in sentence {
                    marked.append(character)
                    if character.unicodeScalars.allSatisfy({ (0x0621...0x064A).contains($0.value) }),
                        Bool.random(using: &rng),
                        let mark = marks.randomElement(using: &rng)
                    {
                        marked.unicodeScalars.append(contentsOf: mark.unicodeScalars)
                    }
                }
                let found = NumberReader.amounts(in: marked)
                #expect(found.map(\.money) == expected, "\(marked)")
                #expect(
                    found.map { ArabicText.normalize(S.slice(marked, $0.span)) }
                        == NumberReader.amounts(in: sentence).map { ArabicText.normalize(S.slice(sentence, $0.span)) })
            }
        }
    }

    @Test func aLongArticleIsReadInOnePass() {
        let paragraph =
            "وقعت 12 اتفاقية بقيمة 1.1 مليار دولار، وارتفعت الصادرات بنسبة 10% إلى نحو 80% من السوق. "
            + "More than 600 companies invested $5bn, and trade nearly doubled. "
        let text = String(repeating: paragraph, count: 400)
        #expect(NumberReader.amounts(in: text).count == 800)
        #expect(NumberReader.counts(in: text).count == 800)
        #expect(NumberReader.changes(in: text).count == 800)
        #expect(NumberReader.percentages(in: text).count == 800)
    }
}
