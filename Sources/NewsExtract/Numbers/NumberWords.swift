import Foundation
import NewsCore

/// One word of a number written in words, in English or Arabic, and the scale words.
///
/// Arabic keys are in `ArabicText` normal form (ة→ه, ى→ي, hamza folded: "مئة" is "ميه",
/// "مائة" is "مايه"). "مليونا"/"مليارا" is a dual in construct ("مليونا دولار": two million) on its
/// own and an accusative singular after a number ("خمسين مليارا": fifty billion).
enum NumberWord: Equatable {
    /// 1...9; Arabic 10 alone is `.ten`.
    case unit(Int)
    /// Arabic عشر/عشرة: 10 alone, or the "-teen" after a unit ("ثلاثة عشر").
    case ten
    /// Arabic احد/احدى/اثنا/اثني: only before عشر (11, 12).
    case teenPrefix(Int)
    /// English 10...19.
    case teen(Int)
    /// 20, 30, ... 90.
    case tens(Int)
    /// English "hundred", Arabic مئة: times 100 after a unit, else 100.
    case hundred
    /// Arabic 200...900 in one word ("مئتان", "ثلاثمائة").
    case hundreds(Int)
    case scale(Decimal, ScaleForm)
    /// Arabic "المليار" in "مليار ونصف المليار".
    case definiteScale(Decimal)
    /// English "a", "an": one, before a hundred or a scale.
    case article
    /// "half", "نصف".
    case half
    /// Arabic "ربع" before a scale ("ربع مليار").
    case quarter
    /// English "dozen".
    case dozen

    enum ScaleForm: Equatable {
        case singular, plural, dual
        /// Arabic "مليونا": dual alone, singular after a number.
        case accusativeOrDual
        /// "bn", "mn", "tn": only after a numeral.
        case abbreviation
        /// "m", "b", "k": only touching a numeral, and only in amounts ("$500m").
        case letter
    }

    static let thousand: Decimal = 1_000
    static let million: Decimal = 1_000_000
    static let billion: Decimal = 1_000_000_000
    static let trillion: Decimal = 1_000_000_000_000

    /// The English number word with this (lowercased) key.
    static func english(_ key: String) -> NumberWord? { englishWords[key] }

    /// The Arabic number word with this (normalised) stem.
    static func arabic(_ stem: String) -> NumberWord? { arabicWords[stem] }

    /// Whether the word is a scale word in either language ("billion", "مليارات", "bn").
    static func isScale(_ key: String) -> Bool {
        switch englishWords[key] ?? arabicWords[key] {
        case .scale, .definiteScale: true
        default: false
        }
    }

    private static let englishWords = WordTable<NumberWord>(
        {
            var words: [String: NumberWord] = [
                "a": .article, "an": .article, "half": .half, "dozen": .dozen, "hundred": .hundred,
            ]
            for (n, w) in ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"].enumerated() {
                words[w] = .unit(n + 1)
            }
            for (n, w) in [
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                "nineteen",
            ].enumerated() {
                words[w] = .teen(n + 10)
            }
            for (n, w) in ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].enumerated() {
                words[w] = .tens((n + 2) * 10)
            }
            let scales: [(String, Decimal, ScaleForm)] = [
                ("thousand", thousand, .singular), ("million", million, .singular), ("billion", billion, .singular),
                ("trillion", trillion, .singular), ("lakh", 100_000, .singular), ("lakhs", 100_000, .singular),
                ("lac", 100_000, .singular), ("lacs", 100_000, .singular), ("crore", 10_000_000, .singular),
                ("crores", 10_000_000, .singular), ("bn", billion, .abbreviation), ("bln", billion, .abbreviation),
                ("mn", million, .abbreviation), ("mln", million, .abbreviation), ("tn", trillion, .abbreviation),
                ("trn", trillion, .abbreviation), ("m", million, .letter), ("b", billion, .letter),
                ("k", thousand, .letter),
            ]
            for (w, factor, form) in scales { words[w] = .scale(factor, form) }
            return words
        }())

    private static let arabicWords = WordTable<NumberWord>(
        {
            var words: [String: NumberWord] = [:]
            func add(_ arabic: [String], _ word: NumberWord) {
                for w in arabic { words[ArabicText.normalize(w)] = word }
            }
            add(["واحد", "واحدة"], .unit(1))
            add(["اثنان", "اثنين", "اثنتان", "اثنتين"], .unit(2))
            add(["ثلاث", "ثلاثة"], .unit(3))
            add(["أربع", "أربعة"], .unit(4))
            add(["خمس", "خمسة"], .unit(5))
            add(["ست", "ستة"], .unit(6))
            add(["سبع", "سبعة"], .unit(7))
            add(["ثمان", "ثماني", "ثمانى", "ثمانية"], .unit(8))
            add(["تسع", "تسعة"], .unit(9))
            add(["عشر", "عشرة"], .ten)
            add(["أحد", "إحدى"], .teenPrefix(1))
            add(["اثنا", "اثني", "اثنتا", "اثنتي"], .teenPrefix(2))
            let tens = [
                ("عشرون", "عشرين"), ("ثلاثون", "ثلاثين"), ("أربعون", "أربعين"), ("خمسون", "خمسين"),
                ("ستون", "ستين"), ("سبعون", "سبعين"), ("ثمانون", "ثمانين"), ("تسعون", "تسعين"),
            ]
            for (n, (nominative, oblique)) in tens.enumerated() { add([nominative, oblique], .tens((n + 2) * 10)) }
            add(["مئة", "مائة", "مية", "ميه"], .hundred)
            add(["مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مائتا", "مئتي", "مائتي"], .hundreds(200))
            // Spelled with the hamza on the alif, as some papers do ("ومأتي الف": and 200,000).
            add(["مأتان", "مأتين", "مأتا", "مأتي"], .hundreds(200))
            let hundredUnits = [
                (3, ["ثلاث"]), (4, ["أربع"]), (5, ["خمس"]), (6, ["ست"]), (7, ["سبع"]), (8, ["ثمان", "ثماني"]),
                (9, ["تسع"]),
            ]
            for (n, stems) in hundredUnits {
                for stem in stems { add([stem + "مئة", stem + "مائة"], .hundreds(n * 100)) }
            }
            let scales:
                [(
                    Decimal, singular: [String], plural: [String], dual: [String], accusative: [String],
                    definite: [String]
                )] = [
                    (thousand, ["ألف"], ["آلاف", "ألوف"], ["ألفان", "ألفين", "ألفي"], ["ألفا"], ["الألف"]),
                    (million, ["مليون"], ["ملايين"], ["مليونان", "مليونين", "مليوني"], ["مليونا"], ["المليون"]),
                    (
                        billion, ["مليار", "بليون"], ["مليارات", "ملايير", "بلايين", "بليونات"],
                        ["ملياران", "مليارين", "ملياري", "بليونان", "بليوني"],
                        ["مليارا", "بليونا"], ["المليار", "البليون"]
                    ),
                    (
                        trillion, ["تريليون", "ترليون"], ["تريليونات", "ترليونات"],
                        ["تريليونان", "تريليوني", "تريليونين"],
                        ["تريليونا"], ["التريليون"]
                    ),
                ]
            for s in scales {
                add(s.singular, .scale(s.0, .singular))
                add(s.plural, .scale(s.0, .plural))
                add(s.dual, .scale(s.0, .dual))
                add(s.accusative, .scale(s.0, .accusativeOrDual))
                add(s.definite, .definiteScale(s.0))
            }
            add(["نصف"], .half)
            add(["ربع"], .quarter)
            return words
        }())
}
