import Foundation
import NewsCore

/// What a sentence's words say about the deals in it: sums of parts, a country per amount,
/// contracts, intentions, priced projects, grants, joint projects and funds.
extension Drafts {
    /// The index of the amount that the others add up to, first or last, when there are three
    /// or more in one currency: "$3 billion …, of which $1 billion … and $2 billion …".
    static func wholeOfParts(_ deals: [Money]) -> Int? {
        guard deals.count >= 3, let total = sum(deals) else { return nil }
        return [0, deals.count - 1].first { w in
            Money(total.amount - deals[w].amount, total.currency).agrees(with: deals[w])
        }
    }

    /// The sum of exact amounts in one currency; nil when they are in several or one is a range.
    static func sum(_ amounts: [Money]) -> Money? {
        guard let first = amounts.first, amounts.allSatisfy({ $0.currency == first.currency && $0.upper == nil }) else {
            return nil
        }
        return Money(amounts.reduce(Decimal(0)) { $0 + $1.amount }, first.currency)
    }

    /// Whether a sentence names four countries or more: two pairs at least, whose deals may stand
    /// in coordinated clauses ("A signed a loan with B, and C signed one with D"). With three,
    /// one country is usually shared by the deals, and all three stand as the parties of each.
    static func namesTwoPairs(_ r: Extractor.Reading) -> Bool { r.distinctCountries.count >= 4 }

    /// One country per deal amount, each named right after its amount ("for Zambia", "in
    /// Botswana", "من الرياض") and each a different one; nil unless every amount has one.
    static func countryPerAmount(_ r: Extractor.Reading, _ deals: [Money]) -> [CountryCode]? {
        var result: [CountryCode] = []
        for money in deals {
            guard let at = r.amounts.lastIndex(where: { $0.money.agrees(with: money) }) else { return nil }
            let end = r.amounts[at].span.end
            let limit = at + 1 < r.amounts.count ? r.amounts[at + 1].span.start : Int.max
            guard let next = r.countries.first(where: { $0.start >= end }), next.start - end <= 24, next.end <= limit,
                r.precedingWords(next, count: 1).contains(where: {
                    Lexicon.inWords.contains($0) || Lexicon.fromWords.contains($0) || $0 == "for"
                }),
                !result.contains(next.country)
            else { return nil }
            result.append(next.country)
        }
        return result
    }

    /// "وقعت عقد توريد", "بموجب العقد": عقد as a contract, not as the verb "held" ("عقد
    /// الزعيمان جلسة", "التي عقد خلالها", "عُقد في جدة") nor as a decade ("العقد الماضي").
    static func namesAnArabicContract(_ r: Extractor.Reading) -> Bool {
        guard r.words.has("عقد") else { return false }
        let words = r.words.text.split(separator: " ")
        for (i, w) in words.enumerated() {
            var stem = w
            if stem.hasPrefix("و") || stem.hasPrefix("ف") { stem = stem.dropFirst() }
            if stem.hasPrefix("ب") || stem.hasPrefix("ل") { stem = stem.dropFirst() }
            if stem.hasPrefix("ال") { stem = stem.dropFirst(2) }
            guard stem == "عقد" else { continue }
            let next = i + 1 < words.count ? words[i + 1] : ""
            if Lexicon.heldWords.contains(where: { next.hasPrefix($0) }) { continue }
            if i > 0, Lexicon.heldOpeners.contains(String(words[i - 1])) { continue }
            // The bare verb opens its sentence or clause: "عقد الوزير …", "وعقد الجانبان …".
            if w.count <= 4, !w.hasPrefix("ال"), i == 0 || words[i - 1].hasSuffix("،") { continue }
            return true
        }
        return false
    }

    /// "with Qatar announcing $15 billion of investments there": an amount of investment that a
    /// verb of announcing has for its object is a deal announced, not a figure. The verb stands
    /// right before the amount (or "a"/"new" between), and investment right after it.
    static func announcesAnInvestment(_ r: Extractor.Reading) -> Bool {
        // "أعلنت شركة هواوي الصينية عن استثمار 300 مليون دولار في السعودية": announcing "عن" the
        // investing of an amount, right before it.
        if r.words.hasAny(Lexicon.arabicAnnouncingVerbs), r.words.hasAny(Lexicon.announcedInvestingWords),
            r.amounts.contains(where: { a in
                let before = ArabicText.normalized(String(scalars: r.scalars[max(0, a.span.start - 16)..<a.span.start]))
                return Lexicon.announcedInvestingWords.words.contains { before.hasSuffix($0 + " ") }
            })
        {
            return true
        }
        guard r.words.hasAny(Lexicon.announcingVerbs) else { return false }
        return r.amounts.contains { a in
            let before = Array(
                CharacterWords.words(String(scalars: r.scalars[max(0, a.span.start - 40)..<a.span.start]).lowercased())
                    .suffix(4))
            // "announced an investment of $1.3 billion in Reliance Retail": the investment before it.
            if before.count == 4, Lexicon.announcingVerbs.words.contains(before[0]),
                before[1] == "an", before[2] == "investment", before[3] == "of"
            {
                return true
            }
            guard before.suffix(2).contains(where: Lexicon.announcingVerbs.words.contains) else { return false }
            let after = Array(
                CharacterWords.words(
                    String(scalars: r.scalars[a.span.end..<min(r.scalars.count, a.span.end + 30)]).lowercased()
                ).prefix(3))
            // ("announced a $300 million investment in Saudi Arabia": the investment right after it.)
            return after.first?.hasPrefix("investment") == true
                || (after.first.map(["of", "in"].contains) == true
                    && after.dropFirst().contains { $0.hasPrefix("investment") })
        }
    }

    /// An Arabic verb of intending with its subject before the investing: "تعتزم شركة مصدر
    /// الإماراتية استثمار …" (the English "intends to invest" is one phrase of `commitmentVerbs`).
    static func intendsToInvest(_ words: SearchableText) -> Bool {
        guard words.hasAny(Lexicon.arabicIntentionVerbs) else { return false }
        let all = words.text.split(separator: " ")
        for (i, w) in all.enumerated() {
            // The verb, or it after و.
            let verb = w.hasPrefix("و") ? w.dropFirst() : w
            guard Lexicon.arabicIntentionVerbs.contains(where: { verb == $0 }) else { continue }
            // Investing, or pumping money in ("ترغب السعودية في ضخ …").
            if all[(i + 1)..<min(all.count, i + 6)].contains(where: Lexicon.investingNouns.contains) {
                return true
            }
        }
        return false
    }

    /// "projects including a smelter (USD 2.2 billion), a desalination plant (USD 1.4 billion),
    /// …": projects listed after an inclusion word, two or more each with its cost in brackets,
    /// are deals, one per item (`dealItems`).
    static func listsPricedProjects(_ r: Extractor.Reading) -> Bool {
        guard r.amounts.count >= 2, r.words.hasAny(Lexicon.projectListNouns) else { return false }
        let start = inclusionStart(r)
        guard start > 0 else { return false }
        return r.amounts.filter { $0.span.start >= start && isBracketed($0, in: r.scalars) }.count >= 2
    }

    /// The title of a list item that names no deal noun but gives its cost in brackets: the
    /// words before the bracket ("a copper smelter (USD 2.2 billion)": "copper smelter"), up to eight.
    static func pricedItemTitle(_ text: String, _ words: SearchableText) -> String? {
        guard !words.hasAny(Lexicon.agreementNouns), let open = text.firstIndex(of: "(") else { return nil }
        var name = text[..<open].split(separator: " ").map(String.init)
        while let first = name.first, ["and", "the", "a", "an", "و"].contains(first.lowercased()) { name.removeFirst() }
        guard !name.isEmpty else { return nil }
        return name.prefix(8).joined(separator: " ")
    }

    /// The title of an item told as a work with its cost, without a deal's noun: the words after
    /// the amount up to who does it ("a $4 billion upgrade of the capital's airport by Qatar's
    /// UCC": "upgrade of the capital's airport"). Nil when the item names a deal or no amount.
    static func costedItemTitle(_ r: Extractor.Reading, _ item: DealItem, _ words: SearchableText) -> String? {
        guard !words.hasAny(Lexicon.agreementNouns),
            let amount = r.amounts.first(where: { item.range.contains($0.span.start) })
        else { return nil }
        var title: [String] = []
        for word in String(scalars: r.scalars[amount.span.end..<item.range.upperBound]).split(separator: " ") {
            if ["by", "with", "from", "to", "in", "and", "بواسطة", "مع", "من", "في"].contains(word.lowercased()) {
                break
            }
            let ends = word.last.map { ",.;،؛:".contains($0) } ?? false
            let bare = ends ? String(word.dropLast()) : String(word)
            if !bare.isEmpty { title.append(bare) }
            if ends || title.count == 8 { break }
        }
        return title.isEmpty ? nil : title.joined(separator: " ")
    }

    /// Whether an amount stands right after an opening bracket: "(USD 3.9 billion)".
    static func isBracketed(_ a: AmountMention, in scalars: [Unicode.Scalar]) -> Bool {
        var i = min(a.span.start, scalars.count) - 1
        while i >= 0 && scalars[i] == " " { i -= 1 }
        return i >= 0 && scalars[i] == "("
    }

    /// Whether an amount is the cost of a project named right after it ("a $50 million solar
    /// plant", "a $2 billion rail project"): a deal, whatever else the sentence says.
    /// ("Iraq launched the $17 billion project last year to link its port to the border with
    /// Türkiye": a project one country launched, with no other named before its cost, is that
    /// country's own.)
    static func namesAProjectByItsCost(_ r: Extractor.Reading) -> Bool {
        guard !r.amounts.isEmpty, r.words.hasAny(Lexicon.projectNouns) else { return false }
        if let first = r.countries.first, first.start < 4, let a = r.amounts.first,
            !r.countries.contains(where: { $0.country != first.country && $0.start < a.span.start }),
            wordsAfter(r.scalars, first.end, within: 24, count: 1).contains(where: { launchVerbs.contains($0) })
        {
            return false
        }
        return r.amounts.contains { a in
            wordsAfter(r.scalars, a.span.end, within: 40).contains { Lexicon.projectHeads.contains($0) }
        }
    }

    /// Verbs of a country starting a work of its own.
    static let launchVerbs: Set<String> = ["launched", "unveiled", "began", "started", "inaugurated"]

    /// "أعلن السفير الألماني تخصيص حكومة بلاده 110 ملايين دولار لدعم التنمية في اليمن", "the
    /// US approved providing $230 million for Lebanon's security forces": money one country gives
    /// (a verb of giving or setting aside before the amount, and a giver named before it) for
    /// another's benefit (what it is for, and a second country soon after the amount) is a grant
    /// between them. Returns what it is for, from the word that says so to the recipient: "to
    /// support clinics in Ghana", "لدعم مشاريع المياه في السودان"; nil when it is no grant.
    static func grantPurpose(_ r: Extractor.Reading) -> String? {
        guard let a = r.amounts.first, r.words.hasAny(Lexicon.givingWords),
            SearchableText(String(scalars: r.scalars[..<a.span.start])).hasAny(Lexicon.givingWords)
        else { return nil }
        // The recipient is named soon after the amount, with no region before it ("to support
        // Arab countries to fight …, Daily News Egypt reported" gives nothing to Egypt).
        guard let recipient = r.countries.first(where: { $0.start >= a.span.end }), recipient.start - a.span.end <= 80,
            r.countries.contains(where: { $0.end <= a.span.start && $0.country != recipient.country })
        else { return nil }
        let between = String(scalars: r.scalars[a.span.end..<recipient.end])
        let purpose = SearchableText(between)
        guard purpose.hasAny(Lexicon.forTheBenefitWords), !purpose.hasAny(Lexicon.regionWords),
            !purpose.hasAny(Lexicon.groupOfCountriesWords)
        else { return nil }
        let words = between.split(separator: " ")
        guard
            let from = words.firstIndex(where: {
                Self.benefitOpeners.contains(ArabicText.normalized(String($0)).lowercased())
            })
        else { return nil }
        return words[from...].prefix(8).joined(separator: " ")
    }

    /// The first words of `Lexicon.forTheBenefitWords`, where a grant's purpose starts.
    static let benefitOpeners = Set(Lexicon.forTheBenefitWords.map { String($0.split(separator: " ")[0]) })

    /// "Uzbekistan carries out 30 projects worth $2 billion jointly with Turkey", "بلغت
    /// المشروعات المشتركة بين البلدين 25 مشروعاً": projects the two countries run together,
    /// counted or given their amount, are an investment deal between them.
    static func namesJointProjects(_ r: Extractor.Reading) -> Bool {
        guard r.words.hasAny(Lexicon.jointProjectWords), r.words.hasAny(Lexicon.projectNouns) else { return false }
        return !r.amounts.isEmpty || r.counts.contains { c in SearchableText(c.noun).hasAny(Lexicon.projectNouns) }
    }

    /// The first three words, normalised and lowercased, within `within` scalars after `end`
    /// (an amount's end): what the amount is of, or for.
    static func wordsAfter(_ scalars: [Unicode.Scalar], _ end: Int, within: Int, count: Int = 3) -> [String] {
        let rest = ArabicText.normalized(
            String(scalars: scalars[min(end, scalars.count)..<min(scalars.count, end + within)])
        ).lowercased()
        return Array(CharacterWords.words(rest).prefix(count))
    }

    /// The region words of one word ("africa", "افريقيا"), taken once.
    static let oneWordRegions = Lexicon.regionWords.filter { !$0.contains(" ") }

    /// Whether the words right after an amount give it to a region: "for Africa", "لأفريقيا".
    static func forARegion(_ scalars: [Unicode.Scalar], after end: Int) -> Bool {
        let words = wordsAfter(scalars, end, within: 30)
        guard let first = words.first else { return false }
        let regions = Self.oneWordRegions
        if ["for", "in", "to", "across", "في", "الي"].contains(first) {
            return words.dropFirst().contains { w in regions.contains { w == $0 || w == "ال" + $0 } }
        }
        return ["ل", "لل"].contains { p in regions.contains { first == p + $0 || first == p + "ا" + $0 } }
    }

    /// "a $275 million annual increase over the previous memorandum": an amount that the noun
    /// of a change follows (an adjective of time between) is what a deal grew or shrank by.
    static func namesAChange(_ scalars: [Unicode.Scalar], after end: Int) -> Bool {
        let words = wordsAfter(scalars, end, within: 24, count: 2)
        let noun =
            words.first.map { ["annual", "yearly"].contains($0) } == true ? words.dropFirst().first : words.first
        return noun.map(Lexicon.changeNouns.contains) == true
    }

    /// Whether the words right after an amount make it a volume of trade: "$150 billion of
    /// bilateral trade", "$5 billion in two-way trade", "10 مليارات دولار من التبادل التجاري".
    static func namesTrade(_ scalars: [Unicode.Scalar], after end: Int) -> Bool {
        let words = wordsAfter(scalars, end, within: 32, count: 3)
        guard let first = words.first, ["of", "in", "من"].contains(first) else { return false }
        let rest = words.dropFirst().prefix { !["of", "in"].contains($0) }
        return rest.contains(where: Lexicon.tradeAfterAmount.contains)
    }

    /// Whether the words right after an amount make it a rate: "per year", "a year",
    /// "annually", "each year", "سنويا".
    static func perPeriod(_ scalars: [Unicode.Scalar], after end: Int) -> Bool {
        let words = wordsAfter(scalars, end, within: 24, count: 2)
        guard let first = words.first else { return false }
        if ["annually", "yearly", "سنويا"].contains(first) { return true }
        return ["per", "a", "each", "every"].contains(first)
            && words.dropFirst().first.map(["year", "annum"].contains) == true
    }

    /// Whether the words right after an amount give it to an economy as a gain: "worth £4.8
    /// billion a year to the UK economy", "تضيف 3 مليارات دولار إلى الناتج المحلي" — what a deal is
    /// expected to bring, not what it is worth.
    static func gainToAnEconomy(_ scalars: [Unicode.Scalar], after end: Int) -> Bool {
        let words = wordsAfter(scalars, end, within: 40, count: 7)
        for (i, w) in words.enumerated() {
            // "to the economy", "to the UK economy", "to its GDP"; not "to support the economy".
            if ["economy", "economies", "gdp"].contains(w),
                (i >= 2 && words[i - 2] == "to" && ["the", "its", "their"].contains(words[i - 1]))
                    || (i >= 3 && words[i - 3] == "to" && words[i - 2] == "the")
            {
                return true
            }
            // (Not "دعما للاقتصاد التركي": support for an economy.)
            if ["للاقتصاد", "للناتج"].contains(w), i == 0 || !["دعما", "ودعما", "دعم"].contains(words[i - 1]) {
                return true
            }
            if ["الاقتصاد", "الناتج"].contains(w), i > 0, words[i - 1] == "الي" { return true }
        }
        return false
    }

    /// "set up a $2 billion fund for projects in …", "إنشاء صندوق استثماري مشترك بقيمة 5
    /// مليارات دولار": a fund given its amount is a deal. A fund's name without one ("the Public
    /// Investment Fund said") is not.
    /// "set up a joint investment company with a capital of $3 billion", "أسس الجانبان شركة مشتركة
    /// برأسمال 3 مليارات دولار": a company founded with its capital is a deal, a joint venture.
    static func namesACompanySetUp(_ r: Extractor.Reading) -> Bool {
        !r.amounts.isEmpty && r.words.hasAny(Lexicon.capitalWords) && r.words.hasAny(Lexicon.foundingWords)
            && r.words.hasAny(["company", "venture", "شركه", "شركة"])
    }

    /// The title of a company founded with its capital: its noun phrase, "joint investment
    /// company", "شركة استثمارية مشتركة", "الشركة السعودية الأردنية للاستثمار", in a sentence
    /// that founds one (`namesACompanySetUp`). Nil without a company's noun.
    static func companySetUpTitle(_ r: Extractor.Reading) -> String? {
        let words = r.sentence.text.split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }
        let normal = words.map { ArabicText.normalized($0) }
        if let at = normal.firstIndex(where: { $0 == "شركه" || $0 == "الشركه" }) {
            let phrase = words[at...].prefix { !["براسمال", "برأسمال", "براس", "برأس", "بقيمه", "بقيمة"].contains($0) }
            return phrase.prefix(5).joined(separator: " ")
        }
        guard let at = words.firstIndex(where: { $0 == "company" || $0 == "venture" }) else { return nil }
        let before = words[..<at].reversed().prefix { !["a", "an", "the", "of"].contains($0.lowercased()) }.prefix(3)
        return (before.reversed() + [words[at]]).joined(separator: " ")
    }

    static func namesAFund(_ r: Extractor.Reading) -> Bool {
        guard !r.amounts.isEmpty, r.words.hasAny(["fund", "صندوق", "صندوقا"]) else { return false }
        let scalars = r.scalars
        func words(_ range: Range<Int>) -> [String] {
            CharacterWords.folded(scalars[range], digits: false, hyphens: false)
        }
        return r.amounts.contains { a in
            // English: "fund" within three words after the amount; Arabic: صندوق within six words before it.
            let after = words(a.span.end..<min(scalars.count, a.span.end + 40)).prefix(3)
            let before = words(max(0, a.span.start - 60)..<a.span.start).suffix(6)
            return after.contains("fund") || before.contains { $0 == "صندوق" || $0 == "صندوقا" }
        }
    }
}
