import Foundation
import NewsCore

/// Short titles for agreements, as an analyst would write them in a table: the noun phrase
/// that names the deal ("free trade agreement", "memorandum of understanding on carbon
/// capture", "صفقة لشراء معدات"), never the whole sentence.
enum Titles {
    /// English head nouns, longest first; an entry may span words.
    static let englishHeads = [
        "memorandum of understanding", "memoranda of understanding", "memorandums of understanding",
        "letters of intent", "letter of intent", "credit facility", "loan facility", "credit lines", "lines of credit",
        "credit line", "line of credit", "joint venture", "ventures", "venture",
        "agreements", "agreement", "deals", "deal", "memoranda", "memorandums", "memorandum", "mous", "mou",
        "contracts", "contract", "pact", "treaty", "accord",
        "grants", "grant", "donations", "donation", "loans", "loan", "orders", "order", "partnership", "purchase",
        "acquisition", "stake",
        "documents", "plan", "programme", "program",
        "declaration", "statement", "swap", "concession", "deposits", "deposit", "investment", "protocol", "package",
        "framework", "roadmap", "charter", "tenders", "tender",
        // A project named by its cost, when no word of a deal is there.
        "project", "plant", "factory", "refinery", "railway", "pipeline",
    ]
    /// The words of each of `englishHeads`.
    static let englishHeadWords = englishHeads.map { $0.split(separator: " ").map(String.init) }
    /// Words that end the phrase after the head.
    static let englishStops: Set<String> = [
        "that", "which", "who", "worth", "valued", "estimated", "costing", "signed", "was", "were", "is", "are", "has",
        "have", "will", "would", "at", "in",
        "during", "after", "before", "and", "as", "said", "says", "under", "while", "when", "amid", "among", "them",
        "including",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    ]
    /// Modifiers before the head that say nothing of the deal.
    static let englishSkips: Set<String> = [
        "a", "an", "the", "this", "these", "that", "those", "its", "their", "new", "major", "further", "another",
        "other", "landmark",
        "historic", "first", "several", "signed", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten",
    ]
    /// Verbs that may stand right before a head ("Acme Metals inked agreements with …"): the
    /// modifiers of the head stop there, as they do at a function word (`dangling`).
    static let englishVerbsBefore: Set<String> = [
        "inked", "penned", "sealed", "struck", "reached", "announced", "concluded", "clinched", "finalised",
        "finalized", "agreed",
        "approved", "ratified", "renewed", "extended", "unveiled", "launched", "won", "secured", "awarded", "granted",
        "received",
        "signs", "inks", "seals", "strikes", "announces", "wins", "secures", "sign", "ink", "seal", "agree", "agrees",
    ]
    /// Whether a word is capitals each with its dot ("U.S.", "U.K."), no sentence's end.
    static func isInitialism(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 4, scalars.count % 2 == 0 else { return false }
        return stride(from: 0, to: scalars.count, by: 2).allSatisfy {
            scalars[$0].isASCII && ScalarTraits.isUppercase(scalars[$0]) && scalars[$0 + 1] == "."
        }
    }

    /// Words after a head that make it part of a body's name ("investment authority", "loan committee").
    static let bodyWords: Set<String> = [
        "authority", "fund", "funds", "bank", "minister", "ministry", "promotion", "board", "forum", "conference",
        "summit", "corporation", "corp", "company", "agency", "office", "council", "commission", "committee",
    ]
    /// Words that link a head to its amount ("loans of SR.135 million", "deals worth $2 billion").
    static let amountLinks: Set<String> = ["of", "worth", "totaling", "totalling", "valued", "amounting"]
    /// Documents named for what they are "of": "declaration of partnership", "memorandum of agreement".
    static let documentsOf: Set<String> = [
        "declaration", "memorandum", "memorandums", "memoranda", "letter", "letters", "protocol", "charter",
        "statement", "exchange",
        "programme", "program", "deed", "instrument", "articles",
    ]
    /// Arabic heads (normalised spelling, as word starts after و ف ب ل and ال).
    static let arabicHeads = [
        "مذكره تفاهم", "مذكرات تفاهم", "مذكره تعاون", "مذكرات تعاون", "مذكرتي تعاون", "مذكرتا تعاون", "مذكرتي تفاهم",
        "مذكرتا تفاهم", "خطاب نوايا", "اعلان نوايا", "تسهيلات ايتمانيه",
        "اتفاقيه", "اتفاقيات", "اتفاقات", "اتفاق", "صفقه", "صفقات", "عقدا", "عقود", "عقد", "طلبيه", "منحه", "تبرع",
        "قرض", "قروض", "وديعه", "حصه", "شراكه", "برنامج", "بروتوكول", "حزمه", "خطه", "رفع الحظر", "ميثاق", "خارطه طريق",
        "خريطه طريق", "مناقصه", "مناقصات", "مشروع مشترك",
    ]
    /// What a contract is for, right after عقد ("عقد توريد", "عقد إنشاء"), normalised: no verb "held".
    static let contractObjects: Set<String> = [
        "توريد", "شراء", "انشاء", "بيع", "تشغيل", "امتياز", "بناء", "تطوير", "صيانه", "توزيع", "استيراد", "تصدير",
        "تنفيذ", "اداره", "تمويل", "نقل", "استكشاف", "تزويد",
    ]
    /// Words that end an Arabic phrase: amounts, parties and the verbs around them.
    static let arabicStops: Set<String> = [
        "بقيمه", "قيمتها", "قيمته", "تبلغ", "بلغت", "يبلغ", "تصل", "يصل", "تقدر", "خلال", "امس", "اليوم", "التي",
        "الذي", "وقعت", "وقع", "تم",
        "بحضور", "حيث", "كما", "بعد", "قبل", "البالغ", "البالغه", "بمبلغ", "بتكلفه", "باجمالي", "قدرها", "قدره",
        "الموقعه", "يتوقع", "ويتوقع", "تهدف", "يهدف",
        // A particle standing alone before the amount ("اتفاقيات بـ 5 مليارات").
        "ب", "بـ", "ل", "لـ",
    ]

    /// The title of an agreement told in `text`, or a plain name of its kind in the text's language.
    static func title(_ text: String, kind: Agreement.Kind) -> String {
        phrase(text) ?? fallback(kind, arabic: ArabicText.containsArabic(text))
    }

    /// The noun phrase that names a deal in `text`, in its language; nil when it names none.
    static func phrase(_ text: String) -> String? {
        let phrase = ArabicText.containsArabic(text) ? arabicPhrase(text) : englishPhrase(text)
        return phrase?.isEmpty == false ? phrase : nil
    }

    /// A title whose bracket the cut left open gets its closing one: "Comprehensive Economic
    /// Partnership Agreement (CEPA", trimmed of its ")", is "… (CEPA)".
    static func closingBrackets(_ phrase: String) -> String {
        let open = phrase.filter { $0 == "(" }.count - phrase.filter { $0 == ")" }.count
        return open > 0 && phrase.last != "(" ? phrase + String(repeating: ")", count: open) : phrase
    }

    /// Whether a word starts with a capital letter.
    static func capitalised(_ word: String) -> Bool { word.first?.isUppercase == true }

    static func englishPhrase(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { String($0) }
        let bare = words.map { ScalarText.trimming($0.lowercased(), in: ScalarText.Sets.punctuation) }
        // Where each word stands, in order: a head is looked for only where its first word is.
        var places: [String: [Int]] = [:]
        for (i, w) in bare.enumerated() { places[w, default: []].append(i) }
        for parts in englishHeadWords {
            guard
                let at = places[parts[0]]?.first(where: { i in
                    i + parts.count <= bare.count && (1..<parts.count).allSatisfy { bare[i + $0] == parts[$0] }
                        // "Oman's investment authority", "the Investment Fund": a body's name, no deal.
                        && !(i + parts.count < bare.count && bodyWords.contains(bare[i + parts.count]))
                })
            else { continue }
            // Modifiers before the head: capitalised names, adjectives, hyphenated words without figures.
            var from = at
            // (Up to three; up to six where they are all capitalised, a project's proper name:
            // "Pasig-Marikina River Channel Improvement Project".)
            while from > 0 && (at - from < 3 as Int || (at - from < 6 && Self.capitalised(words[from - 1]))) {
                let w = bare[from - 1]
                // A count right before the head is part of the name ("14 agreements"), an amount is not.
                if from == at, Int(w.replacingOccurrences(of: ",", with: "")) != nil {
                    from -= 1
                    break
                }
                // "declaration of strategic partnership", "memorandums of agreement": a document
                // "of" the head is its name.
                if w == "of", from >= 2, documentsOf.contains(bare[from - 2]), !words[from - 2].hasSuffix(",") {
                    from -= 2
                    continue
                }
                guard !w.isEmpty, !englishSkips.contains(w), !englishStops.contains(w), !englishVerbsBefore.contains(w),
                    !dangling.contains(w),
                    !w.contains(where: \.isNumber),
                    !w.contains("billion"), !w.contains("million"), !w.hasPrefix("$"), !words[from - 1].hasSuffix(","),
                    !words[from - 1].hasSuffix("."),
                    // The end of an amount's bracket ("(500 million euros) loan") is no modifier.
                    !words[from - 1].hasSuffix(")")
                else { break }
                from -= 1
            }
            // A complement after it: "of understanding on X", "for Boeing to supply 20 aircraft".
            var to = at + parts.count
            // What the deal is for, told after its amount ("a deal worth $3 billion for deferred
            // oil payments"): where it starts, when the amount cut the phrase short.
            var purpose: Int?
            if !words[to - 1].hasSuffix(",") && !words[to - 1].hasSuffix(".") {
                while to < words.count && to - at < parts.count + 7 {
                    let w = bare[to]
                    // An amount after the head is no part of its name ("… of 500 million euros ($545"),
                    // nor is one the head is "of" or "worth" ("two loans of SR.135 million").
                    if Self.amountLinks.contains(w), to + 1 < words.count, words[to + 1].contains(where: \.isNumber) {
                        purpose = Self.purposeAfterAmount(words, bare, from: to + 1)
                        break
                    }
                    if englishStops.contains(w) && !(["on", "of", "for", "to", "with"].contains(w)) { break }
                    if words[to].hasPrefix("$") || words[to].hasPrefix("($") || words[to].hasPrefix("US$") {
                        purpose = Self.purposeAfterAmount(words, bare, from: to)
                        break
                    }
                    to += 1
                    // "U.S. firm Boeing": an initialism's dot before a word in lower case ends no phrase.
                    let goesOn =
                        isInitialism(words[to - 1]) && to < words.count
                        && words[to].unicodeScalars.first.map { $0.properties.isLowercase } == true
                    if words[to - 1].hasSuffix(",") || words[to - 1].hasSuffix(";")
                        || (words[to - 1].hasSuffix(".") && !goesOn)
                    {
                        break
                    }
                }
            }
            var phrase = closingBrackets(
                ScalarText.trimming(trimmed(words[from..<to]), in: ScalarText.Sets.englishTitleEnds))
            if let purpose {
                phrase +=
                    " "
                    + ScalarText.trimming(
                        purposePhrase(words, bare, from: purpose), in: ScalarText.Sets.englishTitleEnds)
            }
            return phrase.count > 90 ? String(phrase.prefix(89)) + "…" : phrase
        }
        return nil
    }

    /// Where "for …" starts right after an English amount that starts at `from` ("$3 billion for
    /// deferred oil payments", "$1.2 billion (€1.1 billion) for a metro line"); nil when no
    /// purpose follows it.
    static func purposeAfterAmount(_ words: [String], _ bare: [String], from: Int) -> Int? {
        var i = from
        // The amount: its figure, scale, currency and a bracketed equivalent, four words at most.
        while i < words.count && i - from < 4 && bare[i] != "for" {
            if words[i].hasSuffix(",") || words[i].hasSuffix(".") || words[i].hasSuffix(";") { return nil }
            i += 1
        }
        guard i > from, i + 1 < words.count, bare[i] == "for", !englishStops.contains(bare[i + 1]) else { return nil }
        return i
    }

    /// The purpose from its "for" to a stop, a clause's end or six words on.
    static func purposePhrase(_ words: [String], _ bare: [String], from: Int) -> String {
        var to = from + 1
        while to < words.count && to - from < 6 && !englishStops.contains(bare[to]) {
            to += 1
            if words[to - 1].hasSuffix(",") || words[to - 1].hasSuffix(".") || words[to - 1].hasSuffix(";") { break }
        }
        return trimmed(words[from..<to])
    }

    static func arabicPhrase(_ text: String) -> String? {
        let words =
            CharacterWords.splitAtSpaces(text)
            ?? text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { String($0) }
        let normal = words.map { ScalarText.trimming(ArabicText.normalized($0), in: ScalarText.Sets.arabicWordEnds) }
        // A plain word (and the plain particles) is a character a scalar, equivalent to no
        // other: its prefixes are its bytes' (`CharacterWords.hasPrefix`).
        let plain = normal.map(PlainText.isPlain)
        func stem(_ i: Int) -> Substring {
            var s = Substring(normal[i])
            if CharacterWords.hasPrefix(s, "و", plain: plain[i]) || CharacterWords.hasPrefix(s, "ف", plain: plain[i]) {
                s = s.dropFirst()
            }
            if CharacterWords.hasPrefix(s, "ب", plain: plain[i]) || CharacterWords.hasPrefix(s, "ل", plain: plain[i]) {
                s = s.dropFirst()
            }
            if CharacterWords.hasPrefix(s, "ال", plain: plain[i]) { s = s.dropFirst(2) }
            return s
        }
        let stems = normal.indices.map(stem)
        func definite(_ i: Int) -> Bool {
            CharacterWords.hasPrefix(Substring(normal[i]), "ال", plain: plain[i])
                || CharacterWords.hasPrefix(normal[i].dropFirst(), "ال", plain: plain[i])
        }
        // Heads that start with ب or ل themselves ("برنامج", "بروتوكول") keep that letter.
        let light = normal.indices.map { i in
            let w = Substring(normal[i])
            return CharacterWords.hasPrefix(w, "و", plain: plain[i])
                || CharacterWords.hasPrefix(w, "ف", plain: plain[i]) ? w.dropFirst() : w
        }
        // A head without the article names a deal anew ("صفقة"); "الصفقات" speaks of those told.
        let order = normal.indices.filter { !stems[$0].isEmpty && !definite($0) } + normal.indices.filter(definite)
        for i in order {
            guard
                let h = arabicHeadFirsts.indices.first(where: { h in
                    let first = arabicHeadFirsts[h]
                    // The word as it stands ("وديعة" starts with its own و), without its particles, or
                    // after ك ("كوديعة", as a deposit).
                    let word = Substring(normal[i])
                    guard
                        startsWithHead(stems[i], head: h, plain: plain[i])
                            || (light[i] != stems[i] && startsWithHead(light[i], head: h, plain: plain[i]))
                            || startsWithHead(word, head: h, plain: plain[i])
                            || (CharacterWords.hasPrefix(word, "ك", plain: plain[i])
                                && startsWithHead(word.dropFirst(), head: h, plain: plain[i]))
                    else { return false }
                    // The other words of a head follow, bare or with the article ("خطاب نوايا", "رفع
                    // الحظر", "خارطة الطريق"): alone, its first word is a speech, a raise or a map. A
                    // memorandum is a deal alone.
                    let rest = arabicHeadWords[h].dropFirst()
                    return rest.isEmpty || standaloneFirsts.contains(first)
                        || (i + rest.count < normal.count
                            && zip(rest, normal[(i + 1)...]).allSatisfy { $0 == Substring($1) || "ال" + $0 == $1 })
                })
            else { continue }
            // عقد as the verb "held" ("عقد الزعيمان جلسة") heads no title.
            if stems[i] == "عقد", i + 1 < normal.count,
                Lexicon.heldWords.contains(where: { normal[i + 1].hasPrefix($0) })
            {
                continue
            }
            // ("جلسة مباحثات عقدها ولي العهد": عقد with the pronoun of what was held is the verb.)
            if ["عقدها", "عقدهما"].contains(stems[i]) { continue }
            // "وعقد أردوغان خلال زيارته لقاء …": و then عقد opening the text is the verb, unless
            // what follows names what the contract is for ("وعقد توريد الغاز", "وعقد لبناء …").
            if i == 0, ["وعقد", "فعقد"].contains(normal[i]), i + 1 < normal.count,
                !normal[i + 1].hasPrefix("ل"), !normal[i + 1].hasPrefix("ب"),
                !contractObjects.contains(normal[i + 1])
            {
                continue
            }
            let headWords = arabicHeadWords[h].count
            // (A memorandum is a deal alone: its head may stand without its other words, last in
            // the text, "توقيع المذكرات،".)
            var to = min(i + headWords, words.count)
            // A head that ends its clause ("اتفاقية، ويتوقع أن …") is the title alone.
            let ended = [",", "،", ".", "؛", ";", ":"].contains { words[min(to, words.count) - 1].hasSuffix($0) }
            while !ended && to < words.count && to - i < headWords + 5 {
                let n = normal[to]
                if arabicStops.contains(n) { break }
                // A number ends the title, unless it counts the goods bought ("عقد لشراء 12 طائرة").
                if n.contains(where: \.isNumber),
                    !(to > i && buyingNouns.contains(normal[to - 1]) && to + 1 < normal.count
                        && !countEnds.contains(where: { normal[to + 1].hasPrefix($0) }))
                {
                    break
                }
                to += 1
                if words[to - 1].hasSuffix("،") || words[to - 1].hasSuffix(",") || words[to - 1].hasSuffix(".") {
                    break
                }
            }
            // "عقدا بقيمة 8 مليارات يورو لإنشاء القطار": a head whose amount follows it right away
            // is named by what it is for, after the amount.
            var kept = Array(words[i..<to])
            if !ended, to == i + headWords, let purpose = purposeAfterAmount(normal, from: to) {
                var end = purpose + 1
                while end < words.count && end - purpose < 5 {
                    if arabicStops.contains(normal[end]) || normal[end].contains(where: \.isNumber) { break }
                    end += 1
                    if [",", "،", ".", "؛", ";"].contains(where: { words[end - 1].hasSuffix($0) }) { break }
                }
                kept += words[purpose..<end]
            }
            var phrase = ScalarText.trimming(trimmed(kept[...]), in: ScalarText.Sets.arabicTitleEnds)
            // The conjunction on the first word belongs to the sentence, not the title, and so
            // does a preposition on it ("مرورا برفع الحظر").
            let firstWord = String(phrase.prefix(while: { $0 != " " }))
            if phrase.hasPrefix("و") && !ArabicText.normalized(firstWord).hasPrefix("وديعه") {
                phrase.removeFirst()
            }
            if phrase.hasPrefix("ب") || phrase.hasPrefix("ل"), !startsWithHead(light[i], arabicHeadFirsts[h]) {
                phrase.removeFirst()
            }
            if phrase.hasPrefix("ك"), !startsWithHead(light[i], arabicHeadFirsts[h]) { phrase.removeFirst() }
            // A head in the accusative, as the verb's object ("منحت الكويت السودان قرضا"), is named in
            // its plain form: "قرض", "عقد لتوريد …".
            let head = String(phrase.prefix(while: { $0 != " " }))
            if headWords == 1, head.hasSuffix("ا"),
                arabicHeadFirsts.contains(ArabicText.normalized(String(head.dropLast())))
            {
                phrase.remove(at: phrase.index(before: phrase.index(phrase.startIndex, offsetBy: head.count)))
            }
            // A count right before the head is part of the name ("12 اتفاقية ومذكرة تفاهم"), as in English.
            if i > 0, !words[i - 1].isEmpty, words[i - 1].allSatisfy(\.isNumber) {
                phrase = words[i - 1] + " " + phrase
            }
            return phrase.count > 90 ? String(phrase.prefix(89)) + "…" : phrase
        }
        return nil
    }

    /// Where what a deal is for begins after its amount ("بقيمة 8 مليارات يورو لإنشاء …"): the
    /// first word with ل (not a lira) within the six after a value word at `from`; nil if the
    /// words there give no value or a clause ends first.
    static func purposeAfterAmount(_ normal: [String], from: Int) -> Int? {
        guard from < normal.count, valueWords.contains(normal[from]) else { return nil }
        var j = from + 1
        while j < normal.count && j <= from + 6 {
            let w = normal[j]
            if w.hasPrefix("ل") && w.count >= 4 && !w.hasPrefix("لير") && !notPurposes.contains(w) { return j }
            if arabicStops.contains(w) && !valueWords.contains(w) { return nil }
            j += 1
        }
        return nil
    }

    /// Verbal nouns of buying and supplying, after which a title keeps the count of goods.
    static let buyingNouns: Set<String> = ["شراء", "لشراء", "اقتناء", "لاقتناء", "توريد", "لتوريد", "بيع", "لبيع"]
    /// Words after a number that make it an amount or a measure, not a count of goods.
    static let countEnds = [
        "مليار", "مليون", "ملايين", "الف", "الاف", "دولار", "يورو", "ريال", "درهم", "جنيه", "طن", "برميل", "%",
    ]

    /// Words with ل that say for how long or for whom, not what for ("لمدة عام", "لصالح البنك").
    static let notPurposes: Set<String> = ["لمده", "لفتره", "لصالح", "لدي", "لكل", "لاجل", "لعام", "لسنه"]

    /// Words that give a deal's value right after its head.
    static let valueWords: Set<String> = ["بقيمه", "بمبلغ", "بتكلفه", "قدرها", "قدره", "باجمالي"]

    /// The words of each of `arabicHeads`, and the first of them.
    static let arabicHeadWords = arabicHeads.map { $0.split(separator: " ") }
    static let arabicHeadFirsts = arabicHeadWords.map { String($0[0]) }
    /// First words of heads that name a deal alone: "مذكرة مع …" is a memorandum.
    static let standaloneFirsts: Set<String> = ["مذكره", "مذكرات", "تسهيلات"]

    /// The UTF-8 of each of `arabicHeadFirsts`, and whether it is plain (`PlainText.isPlain`).
    static let arabicHeadFirstsUTF8 = arabicHeadFirsts.map { Array($0.utf8) }
    static let arabicHeadFirstsArePlain = arabicHeadFirsts.map(PlainText.isPlain)

    /// `startsWithHead(_:_:)` for the first word of the head at `h`, a stem whose plainness
    /// (`PlainText.isPlain`) is known: plain with plain, by bytes without reading either again.
    static func startsWithHead(_ s: Substring, head h: Int, plain: Bool) -> Bool {
        guard plain && arabicHeadFirstsArePlain[h] else { return startsWithHead(s, arabicHeadFirsts[h]) }
        return arabicHeadFirstsUTF8[h].withUnsafeBufferPointer { f in
            s.utf8.withContiguousStorageIfAvailable { w in
                guard w.count >= f.count, memcmp(w.baseAddress!, f.baseAddress!, f.count) == 0 else { return false }
                return w[f.count...].lazy.filter { $0 & 0xC0 != 0x80 }.count <= 2
            } ?? startsWithHead(s, arabicHeadFirsts[h])
        }
    }

    /// Whether a stem is the first word of a head, or it with up to two letters more. For plain
    /// words (`CountryCatalog.isPlain`), whose characters are their scalars, compared by bytes.
    static func startsWithHead(_ s: Substring, _ first: String) -> Bool {
        var first = first
        let plain: Bool? =
            s.utf8.withContiguousStorageIfAvailable { w in
                first.withUTF8 { f in
                    guard PlainText.isPlain(w) && PlainText.isPlain(f) else { return nil }
                    guard w.count >= f.count, memcmp(w.baseAddress!, f.baseAddress!, f.count) == 0 else { return false }
                    // Characters beyond the head's: the scalars that start in the bytes after it.
                    return w[f.count...].lazy.filter { $0 & 0xC0 != 0x80 }.count <= 2
                }
            } ?? nil
        return plain ?? (s == first || (s.hasPrefix(first) && s.count <= first.count + 2))
    }

    /// The phrase without a dangling preposition at its end ("… مصنع للبتروكيماويات في").
    static func trimmed(_ words: ArraySlice<String>) -> String {
        var words = words
        while words.count > 1, let last = words.last, dangling.contains(ArabicText.normalized(last).lowercased()) {
            words.removeLast()
        }
        return words.joined(separator: " ")
    }

    /// Words a title does not end on (prepositions, articles, "worth"), lowercased and normalised.
    static let dangling: Set<String> = [
        "في", "من", "مع", "على", "علي", "الى", "الي", "بين", "عن", "حول", "بشان", "بخصوص", "خاصه", "نحو", "ضمن", "لدي",
        "عبر", "بهدف",
        "بغرض", "لمده", "لفتره", "و", "of", "to", "for", "on", "with", "between", "by", "from", "and", "plus",
        "amounting", "totalling",
        "totaling",
        "worth", "valued", "at", "the", "a", "an", "its", "their", "this", "into", "via", "including", "over",
    ]

    static func fallback(_ kind: Agreement.Kind, arabic: Bool) -> String {
        switch kind {
        case .accordAccession: arabic ? "انضمام إلى اتفاق" : "accession to an accord"
        case .investmentDeal: arabic ? "صفقة استثمار" : "investment deal"
        case .tradeAgreement: arabic ? "اتفاق تجاري" : "trade agreement"
        case .mou: arabic ? "مذكرة تفاهم" : "memorandum of understanding"
        case .purchase: arabic ? "صفقة شراء" : "purchase"
        case .commercialAgreements: arabic ? "اتفاقيات تجارية" : "commercial agreements"
        case .other: arabic ? "اتفاق" : "agreement"
        }
    }
}
