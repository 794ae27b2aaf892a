import NewsCore

/// A counted package told by its fields: a deal per field.
extension Drafts {
    /// "وقع البلدان أربع اتفاقيات للتعاون في مجالات الضرائب ومشاريع تنموية والتعاون العلمي والتقني
    /// والبنية التحتية", "signed three agreements in the fields of health, energy and education":
    /// the fields of a package without an amount, when there are as many as the deals it counts.
    /// Uncounted, "agreements on investment promotion, taxation, tourism as well as forests"
    /// lists three fields or more by their names alone. Nil otherwise.
    /// `included`: the sentence's `includedItems`, read once by the caller.
    static func countedFields(_ r: Extractor.Reading, included: [String]?) -> [String]? {
        guard r.amounts.isEmpty else { return nil }
        if let included, countedAgreements(r) == nil { return included }
        // (The Arabic links are common words: only beside a count of deals, or Arabic deals in
        // the plural.)
        guard
            r.words.hasAny(fieldListWords)
                || (r.words.hasAny(arabicFieldLinkWords)
                    && ((!r.counts.isEmpty && countedAgreements(r) != nil)
                        || r.words.hasAny(Self.arabicPluralDealWords)))
                || r.words.hasAny(Self.arabicSharingVerbs)
        else { return nil }
        // ("signed three of the agreements, the first of which was in the fields of …": the
        // fields are the first deal's; the ordinals tell the deals.)
        if !ordinalMentions(r).isEmpty { return nil }
        let count = countedAgreements(r)
        if let count, !(2...8).contains(count) { return nil }
        // "exchanged MoUs in the fields of youth and sports, documents and archives, and between
        // Invest India and Invest Qatar": uncounted, three fields or more set apart by commas.
        if count == nil, !ArabicText.containsArabic(r.sentence.text),
            let (_, subjects) = subjects(r.sentence.text, openers: [" in the fields of ", " in the areas of "]),
            subjects.count >= 3
        {
            return subjects
        }
        let words = r.sentence.text.split(whereSeparator: \.isWhitespace).map(String.init)
        let folded = words.map { ArabicText.normalized($0).lowercased() }
        func next(_ i: Int) -> String { i + 1 < folded.count ? folded[i + 1] : "" }
        // "signed four memoranda in the health, culture, space and food security fields": counted,
        // the fields named before their noun, as many as the deals.
        if let count, let fields = Self.fieldsBeforeTheirNoun(words, folded), fields.count == count {
            return fields
        }
        // "accords are related to": the link after the deal noun, and where the fields start
        // after it. ("Agreements covering air transport, …" may be one deal: dev 103's gold.)
        func linked(_ i: Int) -> Int? {
            var k = i + 1
            if k < folded.count, ["are", "were", "which", "that"].contains(folded[k]) { k += 1 }
            if k + 1 < folded.count, ["related", "relating"].contains(folded[k]), folded[k + 1] == "to" {
                return k + 2
            }
            return nil
        }
        // "in the fields of", "في مجالات" (counted); "agreements on", "accords related to" (counted
        // or not).
        var linkedStart: Int?
        guard
            let at = folded.indices.first(where: { i in
                if count != nil && fieldListNouns.contains(where: { folded[i].hasSuffix($0) })
                    && (ArabicText.containsArabic(folded[i]) || ["of", "such"].contains(next(i)))
                {
                    return true
                }
                // "loans for road construction, hospital renovation and the airport": money lent
                // or given for each purpose.
                if pluralMoneyNouns.contains(folded[i]) && next(i) == "for" && i + 2 < words.count
                    && !notFields.contains(folded[i + 2]) && words[i + 2].first?.isLowercase == true
                {
                    return true
                }
                // "وتوزعت هذه المذكرات على قطاعات أ، وب، وج": the deals told before, shared out
                // over fields.
                if Self.arabicSharingVerbs.words.contains(folded[i]),
                    i + 4 < folded.count, folded[i + 1] == "هذه",
                    ["المذكرات", "الاتفاقيات", "الاتفاقات"].contains(folded[i + 2]), folded[i + 3] == "علي",
                    fieldListNouns.contains(folded[i + 4])
                {
                    linkedStart = i + 5
                    return true
                }
                // "خمس مذكرات تفاهم، تتعلق بالصحة والتعليم …": a link after the noun (uncounted,
                // three fields or more, "وقع البلدان اتفاقيات تتعلق بـأ، وب، وج").
                if let link = arabicLinkedStart(folded, after: i) {
                    linkedStart = link
                    return true
                }
                guard pluralDealNouns.contains(folded[i]) else { return false }
                // ("three agreements covering culture, customs and visas": counted, and as many
                // fields as deals; uncounted, "covering" may tell one deal.)
                if next(i) == "on" || (count != nil && next(i) == "covering"), i + 2 < words.count,
                    !notFields.contains(folded[i + 2])
                        && words[i + 2].first?.isLowercase == true
                {
                    return true
                }
                linkedStart = linked(i)
                return linkedStart != nil
            })
        else { return nil }
        var start = linkedStart ?? at + 1
        if linkedStart == nil, start < folded.count, ["of", "such", "on", "for", "covering"].contains(folded[start]) {
            start += 1
        }
        if start < folded.count, folded[start] == "as" { start += 1 }
        guard start < words.count else { return nil }
        let listed = Array(words[start...])
        let fields =
            ArabicText.containsArabic(folded[at])
            ? arabicFields(linkedStart != nil ? withoutLinkingBa(listed) : listed) : englishFields(listed)
        if let count { return fields.count == count ? fields : nil }
        return fields.count >= 3 ? fields : nil
    }

    /// "signed several memoranda in energy, among them agreements on crude oil, the supply of
    /// gas, a joint oil company and a refinery", "عدة مذكرات تعاون، بينها اتفاقات تخص النفط الخام
    /// وتوريد الغاز وتأسيس شركة نفط مشتركة": uncounted deals, then a word of inclusion and a list
    /// of three items or more (after a deal's noun and its link, if they are repeated); or deals
    /// to build three works or more ("signed deals to build a new port, a rail network and a gas
    /// pipeline"), each titled as a deal to build its work. Nil otherwise. (Counted, the package
    /// and its parts are read elsewhere; items that are deals of their own, by `dealItems`.)
    static func includedItems(_ r: Extractor.Reading) -> [String]? {
        guard r.words.hasAny(Lexicon.pluralAgreements) || r.words.has("مذكرات") else { return nil }
        let inclusion = r.words.hasAny(Lexicon.inclusionWords)
        guard inclusion || r.words.hasAny(buildingWords) else { return nil }
        let words = r.sentence.text.split(whereSeparator: \.isWhitespace).map(String.init)
        let folded = words.map {
            ArabicText.normalized(ScalarText.trimming($0, in: ScalarText.Sets.spaceAndCommas)).lowercased()
        }
        guard let noun = folded.firstIndex(where: includingDealNouns.contains) else { return nil }
        var start: Int
        var building = false
        // "signed deals to build a new port, a rail network and a gas pipeline", "عقودا لبناء …":
        // the works each deal is for, right after the deals' noun.
        if let built = folded.indices.first(where: { k in
            includingDealNouns.contains(folded[k])
                && (folded.dropFirst(k + 1).prefix(2) == ["to", "build"]
                    || folded.dropFirst(k + 1).prefix(2) == ["to", "construct"]
                    || ["لبناء", "لانشاء", "لتشييد"].contains(folded.dropFirst(k + 1).first ?? ""))
        }) {
            start = built + (folded[built + 1] == "to" ? 3 : 2)
            building = true
        } else {
            // The word of inclusion close after the deals' noun, with no other plural noun between
            // ("مذكرات تفاهم مع شركات طاقة، منها «كيبكو»" lists companies; "قطاعات …، ومنها" sectors).
            guard inclusion, let at = folded.indices.first(where: { $0 > noun && includingWords.contains(folded[$0]) }),
                let last = folded[..<at].lastIndex(where: includingDealNouns.contains), at - last <= 7,
                !folded[(last + 1)..<at].contains(where: otherPluralNouns.contains)
            else { return nil }
            start = at + 1
            // "among them", "من بين" (not "agreements between A, B and C").
            if folded[at] == "among" {
                guard start < folded.count, ["them", "which", "these"].contains(folded[start]) else { return nil }
                start += 1
            }
            if folded[at] == "بين" {
                guard at > 0, folded[at - 1] == "من" else { return nil }
            }
        }
        if start < folded.count, includingDealNouns.contains(folded[start]) { start += 1 }
        if start < folded.count, itemLinks.contains(folded[start]) { start += 1 }
        if start < folded.count, fieldListNouns.contains(folded[start]) { start += 1 }
        guard start < words.count else { return nil }
        let items =
            ArabicText.containsArabic(words[start])
            ? arabicFields(Array(words[start...])) : englishFields(Array(words[start...]))
        // (Items that are deals of their own, "a deal on labor, a food safety agreement", are
        // read as items by `dealItems`.)
        guard items.count >= 3,
            items.allSatisfy({
                $0.split(separator: " ").count <= 8 && !SearchableText($0).hasAny(Lexicon.agreementNouns)
            })
        else { return nil }
        guard building else { return items }
        return items.map { (ArabicText.containsArabic($0) ? "عقد لبناء " : "deal to build ") + $0 }
    }

    /// After an Arabic deal noun in the plural at `i` ("مذكرات تفاهم، تتعلق ب…", "اتفاقيات تخص …"),
    /// where the fields start: after the link that follows it (and its "تفاهم" or "تعاون"); nil
    /// when no link does.
    static func arabicLinkedStart(_ folded: [String], after i: Int) -> Int? {
        func bare(_ k: Int) -> String { ScalarText.trimming(folded[k], in: ScalarText.Sets.spaceAndCommas) }
        // (With the article too: "مجموعة أخرى من الاتفاقيات تتعلق بـ…".)
        guard ["مذكرات", "اتفاقيات", "اتفاقات", "المذكرات", "الاتفاقيات", "الاتفاقات"].contains(bare(i)) else {
            return nil
        }
        var k = i + 1
        if k < folded.count, ["تفاهم", "للتفاهم", "تعاون", "للتعاون"].contains(bare(k)) { k += 1 }
        guard k + 1 < folded.count, arabicFieldLinks.contains(bare(k)) else { return nil }
        // ("تشمل مجالات التعليم والثقافة": the fields after their noun.)
        if k + 2 < folded.count, fieldListNouns.contains(bare(k + 1)) { return k + 2 }
        // ("تتعلق بالتعاون في مجالات البيئة والصحة": after cooperation in the fields.)
        if k + 4 < folded.count, ["بالتعاون", "بتعزيز"].contains(bare(k + 1)), bare(k + 2) == "في",
            fieldListNouns.contains(bare(k + 3))
        {
            return k + 4
        }
        return k + 1
    }
    /// The fields after a link whose ب is joined to the first ("تتعلق بالصحة والتعليم"), without it.
    static func withoutLinkingBa(_ listed: [String]) -> [String] {
        guard let first = listed.first, ArabicText.normalized(first).hasPrefix("بال") else { return listed }
        return [String(first.dropFirst())] + listed.dropFirst()
    }
    /// Arabic verbs that share deals told before out over fields ("وتوزعت هذه المذكرات على
    /// قطاعات …"), normalised.
    static let arabicSharingVerbs = WordList(["توزعت", "وتوزعت", "تتوزع", "وتتوزع"])
    /// Arabic deals in the plural, as `arabicLinkedStart` reads them before a link.
    static let arabicPluralDealWords = WordList([
        "مذكرات", "اتفاقيات", "اتفاقات", "المذكرات", "الاتفاقيات", "الاتفاقات",
    ])
    /// The links (normalised) between an Arabic deal noun and the fields it is about.
    static let arabicFieldLinks: Set<String> = ["تتعلق", "تخص", "حول", "بشان", "تشمل", "تغطي", "تتناول"]

    /// Words of building that may follow deals in the plural (`includedItems`).
    static let buildingWords: WordList = ["to build", "to construct", "لبناء", "لانشاء", "لتشييد"]
    /// Plural nouns other than deals' that a list of inclusion may follow, normalised.
    static let otherPluralNouns: Set<String> = [
        "companies", "firms", "sectors", "countries", "شركات", "قطاعات", "دول", "الشركات", "القطاعات", "الدول",
    ]

    /// Deals in the plural that a list of what they include follows, normalised.
    static let includingDealNouns: Set<String> = [
        "agreements", "deals", "memoranda", "memorandums", "mous", "contracts", "اتفاقيات", "اتفاقات", "مذكرات",
        "عقود", "عقودا", "صفقات",
    ]
    /// The words of inclusion that open such a list ("من بين" as its second word), normalised.
    static let includingWords: Set<String> = ["including", "among", "بينها", "منها", "ومنها", "ابرزها", "بين"]
    /// The links between a repeated deal noun and its items ("agreements on", "اتفاقات تخص").
    static let itemLinks: Set<String> = ["on", "for", "in", "تخص", "حول", "بشان", "في", "تتعلق", "تشمل"]

    /// What follows "on" that is no field: "on behalf of", "on the sidelines", "on its part".
    static let notFields: Set<String> = ["behalf", "the", "a", "an", "its", "their", "this", "that", "which", "what"]
    /// What a list of fields needs in a sentence, to tell at once that it has none.
    static let fieldListWords = WordList(
        fieldListNouns + pluralDealNouns.sorted().map { $0 + " on" } + pluralDealNouns.sorted().map { $0 + " covering" }
            + pluralMoneyNouns.sorted().map { $0 + " for" } + ["related to", "relating to"])
    /// `arabicFieldLinks`, to tell at once that a sentence has none.
    static let arabicFieldLinkWords = WordList(arabicFieldLinks.sorted())
    /// Money lent or given in the plural, that a list of what it is "for" follows.
    static let pluralMoneyNouns: Set<String> = ["loans", "grants"]
    /// English deal nouns in the plural that a list of what the deals are "on" follows.
    static let pluralDealNouns: Set<String> = ["agreements", "memorandums", "memoranda", "mous", "deals", "accords"]

    /// Words with و that open a clause rather than add a field, normalised.
    static let clauseOpenersAfterWa: Set<String> = [
        "وذلك", "وقد", "وكان", "وكانت", "وفي", "واكد", "وقال", "وان", "وهو", "وهي", "وهذا", "وتم", "وياتي", "وتاتي",
        "والتي", "والذي", "وسط", "ومن", "وعلي", "واضاف", "واشار", "واوضح",
    ]

    /// The nouns a list of fields follows ("في مجالات", "in the fields of", "sectors such as").
    static let fieldListNouns = ["مجالات", "قطاعات", "fields", "areas", "sectors"]

    /// Fields joined by و, up to the first comma or full stop; an adjective alone after و goes with
    /// the field before it ("التعاون العلمي والتقني").
    static func arabicFields(_ words: [String]) -> [String] {
        var pieces: [[String]] = []
        // The words with a comma before a و that goes on with the list ("تنظيم الأدوية، والحجر
        // النباتي، والخدمات البيطرية"; not "…، وذلك أثناء زيارة", a clause after the list).
        let commaThenWa = Set(
            words.indices.filter { n in
                let word = words[n]
                return (word.last == "،" || word.last == ",") && n + 1 < words.count
                    && ArabicText.normalized(words[n + 1]).hasPrefix("و")
                    && !Self.clauseOpenersAfterWa.contains(ArabicText.normalized(words[n + 1]))
            })
        // The list ends at the first comma or stop that no و follows.
        let last =
            words.indices.first { n in
                !commaThenWa.contains(n) && (words[n].last.map { ",،.؛;".contains($0) } ?? false)
            } ?? words.count - 1
        // ("بالتشجيع والحماية المتبادلين للاستثمارات، وتجنب الازدواج الضريبي، والتعاون الجمركي":
        // where commas before و set the items apart, twice or more, a و without one joins words
        // of the same item.)
        let byCommas = commaThenWa.filter { $0 <= last }.count
        for n in words.indices where n <= last {
            let bare = ScalarText.trimming(words[n], in: ScalarText.Sets.spaceAndCommas).filter { $0 != "." }
            if pieces.isEmpty {
                pieces.append([bare])
            } else if ArabicText.normalized(bare).hasPrefix("و") && bare.count > 2
                && (byCommas < 2 || commaThenWa.contains(n - 1))
            {
                pieces.append([String(bare.dropFirst())])
            } else {
                pieces[pieces.count - 1].append(bare)
            }
        }
        func adjectival(_ word: String) -> Bool {
            let normal = ArabicText.normalized(word)
            return normal.hasPrefix("ال") && (normal.hasSuffix("ي") || normal.hasSuffix("يه"))
        }
        var fields: [[String]] = []
        for piece in pieces {
            // ("المناطق الحرة والاقتصادية": an adjective alone after a noun and its definite
            // adjective describes that noun too.)
            if piece.count == 1, adjectival(piece[0]), let previous = fields.last, let last = previous.last,
                adjectival(last) || (previous.count == 2 && ArabicText.normalized(last).hasPrefix("ال"))
            {
                fields[fields.count - 1].append("و" + piece[0])
            } else {
                fields.append(piece)
            }
        }
        return fields.map { $0.joined(separator: " ") }.filter { !$0.isEmpty }
    }

    /// "… in the health, culture, space and food security fields": the fields listed between
    /// "in the" and a plural field noun after a deal's noun (English), two or more; nil otherwise.
    static func fieldsBeforeTheirNoun(_ words: [String], _ folded: [String]) -> [String]? {
        let nouns: Set<String> = ["fields", "areas", "sectors", "domains"]
        guard
            let at = folded.indices.first(where: {
                $0 >= 3 && nouns.contains(ScalarText.trimming(folded[$0], in: ScalarText.Sets.itemEnds))
            }),
            let open = folded[..<at].lastIndex(of: "in"), open + 1 < at, folded[open + 1] == "the", at - open <= 14,
            folded[..<open].contains(where: { pluralDealNouns.contains($0) || $0.hasPrefix("(mou") }),
            // (The list's words alone: no clause between.)
            !folded[(open + 2)..<at].contains(where: { ["of", "to", "with", "which", "that"].contains($0) })
        else { return nil }
        let fields = englishFields(Array(words[(open + 2)..<at]))
        return fields.count >= 2 ? fields : nil
    }

    /// Fields set apart by commas and a last "and", up to the full stop or the comma after the
    /// last; an adjective alone before "and" goes with the field after it ("scientific and
    /// technical cooperation").
    /// Words that end a list of English fields: verbs of the sentence and relative pronouns.
    static let listEndingWords: Set<String> = [
        "were", "was", "is", "are", "has", "have", "had", "will", "would", "who", "which", "that", "held", "said",
    ]

    static func englishFields(_ listed: [String]) -> [String] {
        // "…, tourism as well as forests": "as well as" ends a list as "and" does.
        var words: [String] = []
        var k = 0
        while k < listed.count {
            if k + 2 < listed.count, listed[k].lowercased() == "as", listed[k + 1].lowercased() == "well",
                listed[k + 2].lowercased() == "as"
            {
                words.append("and")
                k += 3
            } else {
                words.append(listed[k])
                k += 1
            }
        }
        var fields: [[String]] = [[]]
        var last = false
        var joinNext = false
        for (n, word) in words.enumerated() {
            let bare = ScalarText.trimming(word, in: ScalarText.Sets.spaceAndCommas).filter { $0 != "." }
            let ends = word.hasSuffix(".") || word.hasSuffix(";")
            if bare.lowercased() == "and" {
                let current = fields[fields.count - 1]
                // "the Belt and Road Initiative": "and" inside a name joins its capitalised words.
                if let before = current.last?.first, before.isUppercase,
                    let after = words.dropFirst(n + 1).first?.first,
                    after.isUppercase
                {
                    fields[fields.count - 1].append("and")
                    joinNext = true
                    continue
                }
                if current.count == 1, ["ic", "al", "ive"].contains(where: { current[0].lowercased().hasSuffix($0) }) {
                    fields[fields.count - 1].append("and")
                    joinNext = true
                } else {
                    if last { break }
                    last = true
                    fields.append([])
                }
                continue
            }
            // "agreements on economic cooperation were inked after …, who …": a verb or a
            // relative pronoun ends the list; what follows is no field.
            if Self.listEndingWords.contains(bare.lowercased()) { break }
            fields[fields.count - 1].append(bare)
            joinNext = false
            if ends || (word.hasSuffix(",") && last) { break }
            if word.hasSuffix(","), !joinNext { fields.append([]) }
        }
        // ("MoUs on water resources and on port training": the repeated "on" is no part of a field.)
        return fields.map { words in (words.first == "on" ? words.dropFirst() : words[...]).joined(separator: " ") }
            .filter { !$0.isEmpty }
    }
}
