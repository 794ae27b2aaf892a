import Foundation
import NewsCore

/// Whether a sentence tells of an agreement as new or as one told already.
extension Drafts {
    /// The nouns of a document's full name, each with the space after it.
    static let fullNameHeads = [
        "Memorandum ", "Agreement ", "Accord ", "Treaty ", "Contract ", "Protocol ", "Convention ", "Framework ",
    ]

    /// Deals with the article, as folded, that a document's noun before them is of ("اتفاقية القرض").
    static let definiteDealObjects: Set<String> = ["القرض", "المنحه", "الهبه", "الصفقه", "الوديعه"]
    /// Ordinal adjectives, as folded, that single out one document of several ("المذكرة الأولى").
    static let ordinalAdjectives: Set<String> = [
        "الاول", "الثاني", "الثالث", "الرابع", "الخامس", "الاولي", "الثانيه", "الثالثه", "الرابعه", "الخامسه",
    ]
    /// A memorandum singled out by its order, as folded ("مذكرة التفاهم الثانية", "المذكرة الأولى").
    static let orderedMemoranda = WordList(
        ordinalAdjectives.sorted().flatMap { ["مذكره التفاهم " + $0, "المذكره " + $0] })
    /// Adjectives after such a deal that single out one of several ("القرض الأول", "المنحة الجديدة").
    static let singlingAdjectives = ordinalAdjectives.union(["الجديد", "الجديده", "الاخر", "الاخري"])

    /// Words before an English agreement noun that point back at one told already.
    static let knownDeterminers: Set<String> = [
        "the", "this", "these", "that", "those", "its", "their", "such", "said",
    ]

    /// Adjectives that tie a document to a deal told already ("a corresponding loan agreement").
    static let referringAdjectives: Set<String> = ["relevant", "corresponding", "respective"]

    /// The UTF-8 of what the plain path of `speaksOfNewAgreement` looks for: the particles
    /// (و or ف, then ب or ل), مذكر, the article and the stems of deals.
    static let particleBytes = [["و", "ف"], ["ب", "ل"]].map { $0.map { Array($0.utf8) } }
    static let memorandumBytes = Array("مذكر".utf8)
    static let articleBytes = Array("ال".utf8)
    static let agreementStemBytes = Lexicon.arabicAgreementStems.map { Array($0.utf8) }

    /// Whether a sentence speaks of an agreement as new: "a"/"an", a number, a bare plural
    /// ("signed agreements"), or in Arabic a noun without the article (اتفاقية, not الاتفاقية).
    static func speaksOfNewAgreement(_ text: String) -> Bool {
        // A document by its full name ("welcomed the Memorandum of Cooperation in healthcare").
        // (The expression matches only where one of its nouns and a space stand in the text.)
        if PlainSearch.containsAnyBytes(of: fullNameHeads, in: text),
            text.range(
                of:
                    #"\b(Memorandum|Agreement|Accord|Treaty|Contract|Protocol|Convention|Framework) (of|on|for|in|between|to)\b"#,
                options: .regularExpression) != nil
        {
            return true
        }
        let words = CharacterWords.folded(text, digits: true, hyphens: true)
        for (i, w) in words.enumerated() {
            if ArabicText.containsArabic(w) {
                // "اتفاقية القرض", "عقد الصفقة": a document named by the deal it is of, definite,
                // points back at that deal.
                // (Both need the next word definite: its bytes are looked at first.)
                if i + 1 < words.count, words[i + 1].utf8.starts(with: Self.articleBytes) {
                    // ("اتفاقية القرض الأول الموقع عام 2018": one singled out by its order is another.)
                    if Self.definiteDealObjects.contains(words[i + 1]),
                        !(i + 2 < words.count && Self.singlingAdjectives.contains(words[i + 2]))
                    {
                        continue
                    }
                    // "المذكرة الأولى", "مذكرة التفاهم الثانية": a document singled out by its order
                    // among several is one of its own, though definite.
                    if words[(i + 1)..<min(words.count, i + 3)].contains(where: Self.ordinalAdjectives.contains),
                        Lexicon.arabicAgreementStems.contains(where: { stem in
                            [w, String(w.dropFirst(2)), String(w.dropFirst(3))].contains { $0.hasPrefix(stem) }
                        })
                    {
                        return true
                    }
                }
                // A plain word (and the plain stems) is a character a scalar, equivalent to no
                // other: its prefixes are those of its bytes.
                // The tests below, on the bytes (an Arabic letter is two).
                if Lexicon.plainAgreementStems && PlainText.isPlain(w),
                    let found = w.utf8.withContiguousStorageIfAvailable({ bytes -> Bool? in
                        var stem = bytes[...]
                        for particles in Self.particleBytes where particles.contains(where: { stem.starts(with: $0) }) {
                            stem = stem.dropFirst(2)
                        }
                        if stem.starts(with: Self.memorandumBytes), i + 1 < words.count, words[i + 1].hasPrefix("ال") {
                            return nil
                        }
                        if Self.agreementStemBytes.contains(where: { stem.starts(with: $0) }) { return true }
                        if stem.starts(with: Self.articleBytes),
                            Self.agreementStemBytes.contains(where: { stem.dropFirst(4).starts(with: $0) }),
                            words[max(0, i - 3)..<i].contains(where: { Lexicon.arabicMoreWords.contains($0) })
                        {
                            return true
                        }
                        return nil
                    })
                {
                    if found == true { return true }
                    continue
                }
                var stem = Substring(w)
                if stem.hasPrefix("و") || stem.hasPrefix("ف") { stem = stem.dropFirst() }
                if stem.hasPrefix("ب") || stem.hasPrefix("ل") { stem = stem.dropFirst() }
                // "مذكرات التفاهم" is known, "مذكرات تفاهم" new: the article on the second word decides.
                if stem.hasPrefix("مذكر"), i + 1 < words.count, words[i + 1].hasPrefix("ال") { continue }
                if Lexicon.arabicAgreementStems.contains(where: { stem.hasPrefix($0) }) { return true }
                // "مجموعة أخرى من الاتفاقيات", "عدد من الاتفاقيات": the known form, told as more.
                if stem.hasPrefix("ال"),
                    Lexicon.arabicAgreementStems.contains(where: { stem.dropFirst(2).hasPrefix($0) }),
                    words[max(0, i - 3)..<i].contains(where: { Lexicon.arabicMoreWords.contains($0) })
                {
                    return true
                }
                continue
            }
            // ("another Letter of Intent": a letter is a deal's head when it is one of intent or of
            // exchange.)
            let letterOfIntent =
                (w == "letter" || w == "letters") && i + 2 < words.count && words[i + 1] == "of"
                && (words[i + 2] == "intent" || words[i + 2] == "exchange")
            guard Lexicon.englishAgreementHeads.contains(w) || letterOfIntent else { continue }
            // The nearest determiner within four words before the noun decides.
            for j in stride(from: i - 1, through: max(0, i - 4), by: -1) {
                let d = words[j]
                // "these five agreements", "the two deals": a number after a determiner counts
                // deals told already.
                let counted = ["two", "three", "four", "five"].contains(d) || Int(d) != nil
                if counted, j > 0, Self.knownDeterminers.contains(words[j - 1]) { break }
                // "with the signing of this new agreement": a deal pointed at, though new.
                if d == "new", j > 0, ["this", "that"].contains(words[j - 1]) { break }
                // "The second document signed by the two sides was …", "signed the fourth
                // document on …": one singled out by its order among several is one of its own,
                // as "المذكرة الثانية" is.
                if SentenceSplitter.itemOrdinals.contains(d), d != "first", j > 0, words[j - 1] == "the" {
                    return true
                }
                if [
                    "a", "an", "another", "new", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                    "ten", "eleven", "twelve", "dozen", "dozens", "several", "multiple", "separate", "further",
                ].contains(d) {
                    return true
                }
                if Int(d) != nil { return true }
                // "signed a relevant loan agreement": the document that goes with a deal told
                // already.
                if Self.knownDeterminers.contains(d) || Self.referringAdjectives.contains(d) { break }
                if j == i - 1 && ["signed", "inked", "sign", "reached", "concluded", "struck"].contains(d)
                    && w.hasSuffix("s")
                {
                    return true
                }
            }
        }
        return false
    }
}
