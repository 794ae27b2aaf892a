import NewsCore

/// Deals of a package told one at a time by words that single each out, in no order.
extension Drafts {
    /// "The EU and Jordan signed six financing agreements worth €110 million. One provides €30
    /// million for the police, another €25 million for the borders and a third €8 million for
    /// solar power", "إذ تنص إحداها على 30 مليون يورو …، وتخصص أخرى 25 مليون يورو …، فيما توفر
    /// ثالثة 8 ملايين يورو …", "تتيح إحدى الاتفاقات 25 مليون يورو …", "كما تتضمن الرزمة 13.5 مليون
    /// يورو …": after a package of deals, a sentence in which every amount follows a word that
    /// singles out one deal of several (one, another, a third; إحداها، أخرى، ثالثة), or the
    /// package with a verb of including, tells one more deal of the package per amount, titled
    /// by what the amount is for. (A sentence whose amounts add up to the package is read by
    /// `readPartsOfTheDealBefore`, before this.)
    ///
    /// Each amount is in the package's currency and below its amount, when it has one, and the
    /// sentence names no country outside the package.
    mutating func readSinglingParts(_ r: Extractor.Reading, _ evidence: Evidence) -> Bool {
        // (A singling word or the package's name first, found by bytes: most sentences stop here.)
        guard r.role != .headline, !r.amounts.isEmpty,
            r.words.hasAny(Self.singlingWordList) || r.words.hasAny(Lexicon.packageWords),
            !r.words.hasAny(Lexicon.tradeVolumeWords)
        else {
            return false
        }
        // (An amount told again in brackets, "€25 million ($27 million)", is the one before it.)
        let kept = r.amounts.indices.filter { $0 == 0 || !Self.retoldInBrackets(r, r.amounts[$0 - 1], r.amounts[$0]) }
        // Every amount singled out, and what each is for (read before the package is looked for).
        var from = 0
        var parts: [(money: Money, purpose: Range<Int>)] = []
        for (n, i) in kept.enumerated() {
            let amount = r.amounts[i]
            let before = CharacterWords.folded(r.scalars[from..<amount.span.start], digits: false, hyphens: false)
            guard Self.singlesOutADeal(before.suffix(Self.singlingReach), whole: before) else { return false }
            // What it is for: from the amount (or its retelling in brackets) to the next amount.
            var start = amount.span.end
            if i + 1 < r.amounts.count, Self.retoldInBrackets(r, amount, r.amounts[i + 1]) {
                let end = r.amounts[i + 1].span.end
                start = end < r.scalars.count && r.scalars[end] == ")" ? end + 1 : end
            }
            let end = n + 1 < kept.count ? r.amounts[kept[n + 1]].span.start : r.scalars.count
            parts.append((amount.money, min(start, end)..<end))
            from = min(start, end)
        }
        // The package: told before, with no amount or a larger one in the same currency; of
        // several, the largest ("One of the agreements provides €30 million" is no package of
        // the €5 million the package includes after it), else the last.
        let candidates = agreements.indices.filter { i in
            let d = agreements[i]
            guard d.partOf == nil, d.evidence.contains(where: { $0.end <= r.sentence.start }), Self.isAPackage(d)
            else { return false }
            guard let whole = d.fact.value else { return true }
            return parts.allSatisfy { $0.money.currency == whole.currency && $0.money.amount < whole.amount }
        }
        let valued = candidates.compactMap { i in agreements[i].fact.value.map { (i, $0.amount) } }
        guard let at = valued.max(by: { $0.1 < $1.1 })?.0 ?? candidates.last else { return false }
        let package = agreements[at]
        guard Set(r.distinctCountries).isSubset(of: package.countries) else { return false }
        guard case .agreement(let deal) = package.fact else { return false }
        let arabic = ArabicText.containsArabic(deal.title)
        for part in parts {
            var words = Self.itemTitle(String(scalars: r.scalars[part.purpose])).split(separator: " ")
            while let last = words.last, Self.clauseJoiners.contains(ArabicText.normalized(String(last)).lowercased()) {
                words.removeLast()
            }
            let purpose = words.joined(separator: " ")
            appendPart(
                of: package,
                title: (arabic ? "جزء من " : "part of ") + deal.title + (purpose.isEmpty ? "" : ": " + purpose),
                value: part.money, kindFrom: nil, evidence)
        }
        return true
    }

    /// Whether a deal is a package: counted or named in the plural without an amount
    /// (`Draft.package`), or told in the plural or as a package ("a package of financing
    /// agreements worth €110 million") in one of its sentences.
    static func isAPackage(_ d: Draft) -> Bool {
        guard case .agreement = d.fact else { return false }
        return d.package
            || d.evidence.contains { told in
                let words = SearchableText(told.sentence)
                return words.hasAny(Lexicon.pluralAgreements) || words.hasAny(Lexicon.packageWords)
            }
    }

    /// How many words before an amount may single out its deal ("وتخصص أخرى 25 مليون",
    /// "another sets aside €25 million", "one of the agreements provides €30 million").
    static let singlingReach = 6

    /// Words that join the next clause, left off the end of a part's title.
    static let clauseJoiners: Set<String> = ["و", "and", "while", "whereas", "فيما", "بينما", "في", "حين"]

    /// Whether the folded words before an amount single out one deal: `near`, the last few, hold
    /// one of `singlingWords` (after a و or ف); or the clause (`whole`) names the package with a
    /// verb of including ("the package also includes", "كما تتضمن الرزمة").
    static func singlesOutADeal(_ near: ArraySlice<String>, whole: [String]) -> Bool {
        let singles = near.contains { w in
            if singlingWords.contains(w) { return true }
            guard w.hasPrefix("و") || w.hasPrefix("ف") else { return false }
            return singlingWords.contains(String(w.dropFirst()))
        }
        if singles { return true }
        let text = SearchableText(whole.joined(separator: " "))
        return text.hasAny(Lexicon.packageWords) && text.hasAny(Lexicon.inclusionWords)
    }

    /// Words that single out one deal of several, folded: "one", "another", "a third";
    /// "إحداها", "إحدى", "أخرى", "ثالثة" (indefinite, unlike the ordinals that
    /// `readOrdinalItems` reads in order).
    static let singlingWords: Set<String> = [
        "one", "another", "second", "third", "fourth", "fifth", "احداها", "احدي", "احدهما", "اخري", "ثانيه",
        "ثالثه", "رابعه", "خامسه", "سادسه",
    ]
    /// `singlingWords` as a byte search finds them (an Arabic one anywhere, after و or ف too).
    static let singlingWordList = WordList(singlingWords.sorted())
}
