import Foundation
import NewsCore

/// The words of a change: verbs and nouns of rising and falling, and of multiplying.
enum ChangeWords {
    enum Direction { case up, down }

    /// One half, built from integers: no floating-point literal stands for an amount.
    static let half = Decimal(5) / 10

    /// English words that multiply: "doubled" 2, "tripled" 3, "halved" 0.5.
    static let englishFactors = WordTable<Decimal>([
        "doubled": 2, "doubling": 2, "doubles": 2, "tripled": 3, "tripling": 3, "triples": 3, "trebled": 3,
        "trebling": 3,
        "quadrupled": 4, "quadrupling": 4, "halved": half, "halving": half,
    ])

    /// English "-fold" words: "twofold", "threefold".
    static let englishFolds = WordTable<Decimal>([
        "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7, "eightfold": 8,
        "ninefold": 9, "tenfold": 10,
    ])

    /// Words that may stand right before a factor verb and belong to the change ("nearly doubled").
    static let englishFactorQualifiers: [[String]] = [
        ["more", "than"], ["nearly"], ["almost"], ["roughly"], ["approximately"], ["about"], ["close", "to"],
        ["well", "over"], ["just", "over"], ["around"], ["some"], ["effectively"], ["virtually"],
    ]

    static let englishVerbs = WordTable<Direction>(
        {
            var table: [String: Direction] = [:]
            for w in [
                "rise", "rises", "rose", "risen", "rising", "increase", "increases", "increased", "increasing", "grow",
                "grows",
                "grew", "grown", "growing", "jump", "jumps", "jumped", "jumping", "climb", "climbs", "climbed",
                "climbing",
                "surge", "surges", "surged", "surging", "gain", "gains", "gained", "soar", "soars", "soared", "expand",
                "expands", "expanded", "up", "advanced", "rebounded", "widened", "leapt", "leaped", "rocketed",
                "skyrocketed", "swelled",
            ] {
                table[w] = .up
            }
            for w in [
                "fall", "falls", "fell", "fallen", "falling", "decline", "declines", "declined", "declining", "drop",
                "drops",
                "dropped", "dropping", "decrease", "decreases", "decreased", "decreasing", "slip", "slips", "slipped",
                "shrink",
                "shrinks", "shrank", "shrunk", "contract", "contracted", "contracting", "plunge", "plunged", "slump",
                "slumped",
                "tumble", "tumbled", "sink", "sank", "down", "narrowed", "eased", "dipped", "lost", "plunges",
                "plunging", "plummet", "plummets", "plummeted", "nosedive", "nosedives", "nosedived", "slid", "slides",
                "tumbles",
            ] {
                table[w] = .down
            }
            return table
        }())

    /// Words after which "up"/"down" is a change ("exports were up 10%").
    static let beforeUpDown: WordSet = [
        "is", "are", "was", "were", "be", "been", "being", "ended", "closed", "finished", "remained", "stood",
        "trading", "traded",
        "and", "or", "but", "went", "go", "goes", "gone", "edged", "ticked", "moved", "shot", "crept",
    ]

    static let englishNouns = WordTable<Direction>([
        "increase": .up, "rise": .up, "growth": .up, "jump": .up, "gain": .up, "surge": .up, "expansion": .up,
        "hike": .up,
        "decrease": .down, "decline": .down, "drop": .down, "fall": .down, "reduction": .down, "contraction": .down,
        "cut": .down, "slump": .down, "loss": .down,
    ])

    /// Arabic verbs and nouns of rising and falling, in normal form.
    static let arabic = WordTable<Direction>(
        {
            var table: [String: Direction] = [:]
            let up = [
                "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "ارتفاع", "ارتفاعا", "زاد", "زادت", "يزيد", "تزيد", "زيادة", "نما",
                "نمت",
                "ينمو", "تنمو", "نمو", "نموا", "قفز", "قفزت", "يقفز", "تقفز", "قفزة", "صعد", "صعدت", "يصعد", "تصعد",
                "وصل",
                "وصلت", "ارتفعا", "ارتفعتا", "تزايد", "تزايدت", "ازداد", "ازدادت",
            ]
            let down = [
                "انخفض", "انخفضت", "ينخفض", "تنخفض", "انخفاض", "انخفاضا", "تراجع", "تراجعت", "يتراجع", "تتراجع",
                "تراجعا",
                "هبط", "هبطت", "يهبط", "تهبط", "هبوط", "تقلص", "تقلصت", "يتقلص", "تتقلص", "انكمش", "انكمشت", "ينكمش",
                "انكماش",
                "نقص", "نقصت", "تدنى", "تدنت", "انحدر", "انحدرت",
            ]
            for w in up { table[ArabicText.normalize(w)] = .up }
            for w in down { table[ArabicText.normalize(w)] = .down }
            return table
        }())

    /// Arabic "doubled": تضاعف and its persons and tenses.
    static let arabicDoubled = WordSet(
        ["تضاعف", "تضاعفت", "يتضاعف", "تتضاعف", "سيتضاعف", "ستتضاعف", "تضاعفا", "تضاعفتا"]
            .map(ArabicText.normalize))

    /// "الضعف" (twice as much), "النصف" (half as much) after "إلى" or "بمقدار".
    static let arabicMultiples = WordTable<Decimal>([
        ArabicText.normalize("الضعف"): 2, ArabicText.normalize("النصف"): half,
    ])

    /// "مرات", "أضعاف" after a number: "ثلاث مرات", "ثلاثة أضعاف".
    static let arabicTimes = WordSet(["مرات", "مرة", "أضعاف"].map(ArabicText.normalize))

    /// Words that open the piece holding the percentage or multiple ("بنسبة 10%", "إلى الضعف").
    static let arabicLinks = WordSet(
        ["بنسبة", "بمقدار", "بواقع", "بمعدل", "ب", "إلى", "بحوالي", "بنحو"].map(ArabicText.normalize))

    /// Words that end the search for a verb's percentage: "ارتفع إلى 10%" is a level, not a change.
    static let arabicBlockers = WordSet(
        ["إلى", "من", "حتى", "على", "عن", "ليصل", "ليبلغ", "لتصل", "لتبلغ", "عند", "مقابل"]
            .map(ArabicText.normalize))

    static let almost = ArabicText.normalize("تقريبا")
    static let byAmount = ArabicText.normalize("بمقدار")
    static let folds = ArabicText.normalize("أضعاف")

    /// Qualifiers between "إلى" and the multiple: "إلى أكثر من الضعف", "إلى نحو الضعف".
    static let multipleQualifiers: [[String]] = [
        ["أكثر", "من"], ["نحو"], ["حوالي"], ["قرابة"], ["ما", "يقارب"], ["ما", "يزيد", "على"],
    ]
    .map { $0.map(ArabicText.normalize) }
}
