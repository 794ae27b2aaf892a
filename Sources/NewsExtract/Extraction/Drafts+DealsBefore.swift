import Foundation
import NewsCore

/// Agreements told over several sentences: a later sentence gives the amount, the parts or the
/// remainder of the deal told before it; and deals in the items of a list, with their parties.
extension Drafts {
    /// "… signed an agreement on building a cement plant. The project is estimated at $1 billion":
    /// a sentence that opens by pointing back at the deal told before it, and gives one amount of
    /// a deal, gives that deal its amount when it had none. The deal is the last one told, in one
    /// of the `before` sentences (nearest last, at most `Self.pointingBackReach` of them) with no
    /// amount of money in the sentences since: "… signed a contract to develop a plot. The firm
    /// has nearly finished its first plot. This expansion is a new $100 million investment."
    mutating func readAmountOfTheDealBefore(
        _ r: Extractor.Reading, before: ArraySlice<Extractor.Reading>, _ evidence: Evidence
    ) -> Bool {
        guard Lexicon.opens(r.words, withOneOf: Lexicon.pointingBackOpeners), !r.words.hasAny(Lexicon.agreementNouns)
        else { return false }
        let deals = Self.dealAmounts(r)
        guard deals.count == 1 else { return false }
        // The nearest sentence that told a deal, with none since that gives an amount.
        var found: Int?
        for previous in before.suffix(Self.pointingBackReach).reversed() {
            let start = previous.sentence.start
            found = agreements.lastIndex { d in d.fact.value == nil && d.evidence.contains { $0.start == start } }
            if found != nil || !previous.amounts.isEmpty
                || agreements.contains(where: { d in d.evidence.contains { $0.start == start } })
            {
                break
            }
        }
        guard let i = found, case .agreement(var deal) = agreements[i].fact else { return false }
        deal.value = deals[0]
        agreements[i].absorb(Draft(fact: .agreement(deal), evidence: [evidence], basis: []), as: .agreement(deal))
        return true
    }

    /// Whether `next` is `amount` told again in another currency in brackets right after it:
    /// "2 billion rials (some 430 billion rupees)", "(ما يعادل 1.2 مليار يورو)".
    static func retoldInBrackets(_ r: Extractor.Reading, _ amount: AmountMention, _ next: AmountMention) -> Bool {
        guard next.money.currency != amount.money.currency, next.span.start >= amount.span.end,
            next.span.start - amount.span.end <= 30
        else { return false }
        let between = String(scalars: r.scalars[amount.span.end..<next.span.start])
        guard between.drop(while: \.isWhitespace).first == "(" else { return false }
        let words = CharacterWords.folded(r.scalars[amount.span.end..<next.span.start], digits: false, hyphens: false)
        return words.allSatisfy(Lexicon.conversionWords.contains)
    }

    /// "The funding includes $190 million for the army and $40 million for the police", after a
    /// $230 million deal: amounts in one currency that add up to the amount of a deal told in the
    /// sentences just before are its parts, each an entry of its own between the same parties,
    /// titled by what it is for.
    mutating func readPartsOfTheDealBefore(
        _ r: Extractor.Reading, before: ArraySlice<Extractor.Reading>, _ evidence: Evidence
    ) -> Bool {
        // (An amount told again in brackets, "$75 million (Dh275 million)", is not another part.)
        let kept = r.amounts.indices.filter { $0 == 0 || !Self.retoldInBrackets(r, r.amounts[$0 - 1], r.amounts[$0]) }
        let amounts = kept.map { r.amounts[$0] }
        // Where what a part is for starts: after its amount, or after the brackets that tell it again.
        let purposeStarts = kept.map { i -> Int in
            guard i + 1 < r.amounts.count, Self.retoldInBrackets(r, r.amounts[i], r.amounts[i + 1]) else {
                return r.amounts[i].span.end
            }
            let end = r.amounts[i + 1].span.end
            return end < r.scalars.count && r.scalars[end] == ")" ? end + 1 : end
        }
        // ("will allocate $75 million for …, $65 million for … and another $65 million for …".)
        // Three amounts or more that add up to the deal say so by their sum alone ("500 مليون
        // دولار … لتمويل الميزانية، بينما سيتم تمويل التجارة الخارجية بمبلغ 230 مليون دولار،
        // وستذهب 100 مليون دولار لتمويل مشروعات", after aid of $830 million).
        guard amounts.count >= 2,
            amounts.count >= 3 || r.words.hasAny(Lexicon.inclusionWords) || r.words.hasAny(Lexicon.partsWords)
                || r.words.hasAny(Lexicon.allocationWords),
            !r.words.hasAny(Lexicon.agreementNouns),
            let sum = Self.sum(amounts.map(\.money))
        else { return false }
        guard let whole = dealBefore(summingTo: sum, before), case .agreement(let deal) = whole.fact else {
            return false
        }
        for (n, a) in amounts.enumerated() {
            let end = n + 1 < amounts.count ? amounts[n + 1].span.start : r.scalars.count
            var words = Self.itemTitle(String(scalars: r.scalars[min(purposeStarts[n], end)..<end])).split(
                separator: " ")
            while let last = words.last, ["و", "and", "while", "فيما"].contains(last.lowercased()) {
                words.removeLast()
            }
            let purpose = words.joined(separator: " ")
            let part = Agreement(
                parties: deal.parties, kind: deal.kind,
                title: (ArabicText.containsArabic(deal.title) ? "جزء من " : "part of ") + deal.title
                    + (purpose.isEmpty ? "" : ": " + purpose),
                value: a.money, status: deal.status, sectors: deal.sectors)
            var draft = Draft(
                fact: .agreement(part), evidence: [evidence],
                basis: whole.basis.union([.partiesFromArticle, .enumerated]))
            draft.distinct = true
            agreements.append(draft)
        }
        return true
    }

    /// "two loan agreements worth $140 million for the Bahamas and Mauritius", then "The agreement
    /// with the Bahamas … $70 million, and the other with Mauritius … $70 million": amounts that add
    /// up to a deal of several countries told just before, each in a clause that names one of its
    /// countries, are its deals, one per country, between that country and the others of the deal.
    mutating func readPartsByCountry(
        _ r: Extractor.Reading, before: ArraySlice<Extractor.Reading>, _ evidence: Evidence
    ) -> Bool {
        guard r.amounts.count >= 2, let sum = Self.sum(r.amounts.map(\.money)) else { return false }
        guard let whole = dealBefore(summingTo: sum, before), case .agreement(let deal) = whole.fact,
            whole.countries.count >= 3
        else { return false }
        var parts: [(country: CountryCode, money: Money, title: String)] = []
        var from = 0
        for a in r.amounts {
            let own = Set(r.countries.filter { $0.start >= from && $0.end <= a.span.start }.map(\.country))
                .intersection(whole.countries)
            guard own.count == 1, let country = own.first, !parts.contains(where: { $0.country == country }) else {
                return false
            }
            parts.append(
                (country, a.money, Titles.title(String(scalars: r.scalars[from..<a.span.start]), kind: deal.kind)))
            from = a.span.end
        }
        let others = deal.parties.filter { p in !parts.contains { .country($0.country) == p } }
        guard !others.isEmpty else { return false }
        for part in parts {
            let agreement = Agreement(
                parties: others + [.country(part.country)], kind: deal.kind, title: part.title, value: part.money,
                status: deal.status, sectors: deal.sectors)
            var draft = Draft(
                fact: .agreement(agreement), evidence: [evidence],
                basis: whole.basis.union([.partiesFromArticle, .enumerated]))
            draft.distinct = true
            agreements.append(draft)
        }
        return true
    }

    /// The last deal told in the sentences just before (`pointingBackReach`) whose amount agrees
    /// with `sum`: the whole that a sentence's amounts are the parts of.
    func dealBefore(summingTo sum: Money, _ before: ArraySlice<Extractor.Reading>) -> Draft? {
        let recent = Set(before.suffix(Self.pointingBackReach).map(\.sentence.start))
        return agreements.last { d in
            d.evidence.contains { recent.contains($0.start) } && (d.fact.value.map { $0.agrees(with: sum) } ?? false)
        }
    }

    /// How many sentences back a sentence that points back at a deal may reach for it.
    static let pointingBackReach = 3

    /// "Most of the ¥60 billion loan goes to the tramway. The remaining ¥7 billion is for a
    /// harbour wall": the rest of a deal told in the sentence before, in its currency,
    /// is a part of its own, between the same parties.
    mutating func readRemainderOfTheDealBefore(
        _ r: Extractor.Reading, previous: Extractor.Reading, _ evidence: Evidence
    ) -> Bool {
        if r.amounts.isEmpty, readRemainderWithoutAmount(r, previous: previous, evidence) { return true }
        guard Lexicon.opens(r.words, withOneOf: Lexicon.remainderOpeners), !r.words.hasAny(Lexicon.agreementNouns),
            r.amounts.count == 1,
            let before = agreements.last(where: { d in d.evidence.contains { $0.start == previous.sentence.start } }),
            case .agreement(let deal) = before.fact, let told = deal.value, told.currency == r.amounts[0].money.currency
        else { return false }
        // Its title: what the part is for ("a harbour wall").
        let rest = String(scalars: r.scalars[r.amounts[0].span.end...])
        let purpose = [" for the ", " on the ", " for ", " on ", " لـ", " ل", " في "].lazy.compactMap {
            rest.range(of: $0)
        }.first.map { range in
            String(
                rest[range.upperBound...].prefix { !",.;،؛".contains($0) }.split(separator: " ").prefix(10).joined(
                    separator: " "))
        }
        let part = Agreement(
            parties: deal.parties, kind: deal.kind,
            title: purpose.map { "part of \(deal.title): \($0)" } ?? Titles.title(r.sentence.text, kind: deal.kind),
            value: r.amounts[0].money, status: deal.status, sectors: Self.sectors(r.words))
        agreements.append(
            Draft(fact: .agreement(part), evidence: [evidence], basis: before.basis.union(.partiesFromArticle)))
        return true
    }

    /// "Of the total, 50 billion yen will go to a recovery programme. The rest will finance a
    /// project improving transport in Binh Duong and another one building irrigation in Lam
    /// Dong": the rest of a deal with an amount, told in the sentences just before, named as what
    /// it finances, one project or two ("… and another …"), without an amount (English).
    mutating func readRemainderWithoutAmount(
        _ r: Extractor.Reading, previous: Extractor.Reading, _ evidence: Evidence
    ) -> Bool {
        guard Lexicon.opens(r.words, withOneOf: Lexicon.remainderOpeners), !r.words.hasAny(Lexicon.agreementNouns),
            let at = agreements.lastIndex(where: { d in
                d.fact.value != nil && d.evidence.contains { $0.start == previous.sentence.start }
            })
        else { return false }
        // The whole: the deal the part before was a part of, if it was one.
        let package = agreements[at].partOf.flatMap { start in agreements.first { $0.evidence.first?.start == start } }
        guard case .agreement(let deal) = (package ?? agreements[at]).fact else { return false }
        let text = r.sentence.text
        guard
            let verb = [" will finance ", " will fund ", " will go to ", " goes to ", " is for ", " will be used for "]
                .lazy.compactMap({ text.range(of: $0) }).first
        else { return false }
        let rest = ScalarText.trimming(String(text[verb.upperBound...]), in: ScalarText.Sets.itemEnds)
        let pieces = rest.components(separatedBy: " and another ").map { piece in
            piece.hasPrefix("one ") ? "project " + piece.dropFirst(4) : piece
        }
        guard pieces.count <= 3, pieces.allSatisfy({ (2...16).contains($0.split(separator: " ").count) }) else {
            return false
        }
        for piece in pieces {
            var words = piece.split(separator: " ")
            if let first = words.first, ["a", "an", "the"].contains(first.lowercased()) { words.removeFirst() }
            let part = Agreement(
                parties: deal.parties, kind: deal.kind, title: "part of \(deal.title): " + words.joined(separator: " "),
                value: nil, status: deal.status, sectors: Self.sectors(SearchableText(piece)))
            var draft = Draft(
                fact: .agreement(part), evidence: [evidence], basis: agreements[at].basis.union(.partiesFromArticle))
            draft.distinct = true
            agreements.append(draft)
        }
        return true
    }

    /// How the title of a section of a page opens, in folded text.
    static let sectionTitles = WordList(
        ["outline of", "overview of", "summary of", "details of", "background", "نبذه عن", "ملخص"].map { $0 + " " })

    /// A list item under a line that introduces agreements ("15 documents were signed, among them:"),
    /// or under a short line ("They include:", "وهي:") after a sentence that tells them
    /// (`before`, the sentence before the line).
    mutating func readListedAgreement(
        _ r: Extractor.Reading, intro: Extractor.Reading, before: Extractor.Reading?, _ evidence: Evidence
    ) -> Bool {
        func tellsDeals(_ s: Extractor.Reading) -> Bool {
            s.words.hasAny(Lexicon.agreementNouns) || s.words.hasAny(Lexicon.documentWords)
        }
        let shortLine = intro.sentence.text.split(separator: " ").count <= 4
        // "وتتوزع الحزمة على النحو التالي:", "The package breaks down as follows:": a line that
        // speaks of the package told before it lists that package's parts.
        let ofThePackage = intro.words.hasAny(Lexicon.packageWords)
        // "The titles of the projects are as follows:" after a sentence of the agreement: a line
        // that announces a list goes on with the deals told before it.
        let announcesAList = intro.words.hasAny(Lexicon.listAnnouncers)
        // "The funding is split into two tracks:", "يتوزع التمويل على مسارين:" a few sentences
        // after a deal with an amount: the items are its parts.
        let shared =
            intro.words.hasAny(Lexicon.splitWords) && intro.amounts.isEmpty
            ? agreements.last(where: { d in
                d.fact.value != nil
                    && d.evidence.contains { $0.end <= intro.sentence.start && intro.sentence.start - $0.end <= 600 }
            }) : nil
        // "The three programmes are:" under a paragraph of no deal's: a short line that counts
        // what a deal told before it named ("signed cooperation programmes worth €27.5 million")
        // introduces those deals.
        var namer: Draft?
        for count in shortLine ? intro.counts : [] where namer == nil && count.value >= 2 && !count.noun.isEmpty {
            namer = agreements.last { d in
                d.evidence.contains {
                    $0.end <= intro.sentence.start && SearchableText($0.sentence).has(count.noun.lowercased())
                }
            }
        }
        let countsToldDeals = namer != nil
        let teller =
            tellsDeals(intro) || shared != nil || countsToldDeals
            ? intro : shortLine || ofThePackage || announcesAList ? before.flatMap { tellsDeals($0) ? $0 : nil } : nil
        guard r.role == .listItem, let teller else { return false }
        // (A part of an amount shared out has an amount of its own, less than the whole; a line
        // without one after the parts is none of them.)
        if let shared, !tellsDeals(intro) {
            guard let whole = shared.fact.value, let part = Self.amount(r), part.currency == whole.currency,
                part.amount < whole.amount
            else { return false }
        }
        // A bare bullet, or a number alone, names nothing; nor does a heading among the items.
        if r.isAHeading { return true }
        if r.sentence.text.unicodeScalars.filter({ ScalarTraits.isAlphabetic($0) }).count < 3 { return true }
        // Nor does a section's title set as an item ("- Outline of the Projects").
        if r.amounts.isEmpty, Lexicon.opens(r.words, withOneOf: Self.sectionTitles) { return true }
        // A list of figures under an agreement line is still a list of figures.
        // An item that commits to a project ("X will build a battery plant, an investment of
        // $1.1 billion") is a deal of the list all the same.
        let project =
            r.words.hasAny(Lexicon.commitmentVerbs) || r.words.hasAny(Lexicon.projectVerbs)
            || r.words.hasAny(Lexicon.dealVerbs)
        // An item without a figure ("MoU on electrical interconnection and trade") is a deal, whatever it is about.
        let figure = !r.amounts.isEmpty || !r.percents.isEmpty
        // (Not under a line that counts the deals told: "technical cooperation (€3.5 million), to
        // encourage investment" is one of "the three programmes".)
        if figure && !countsToldDeals
            && (r.words.hasAny(Lexicon.tradeVolumeWords)
                || (r.topicWords.hasAny(Lexicon.investmentWords) && !r.words.hasAny(Lexicon.agreementNouns) && !project))
        {
            return false
        }
        // "- Delegations from India and Morocco held talks on cooperation in road transport": an
        // item that tells talks held, naming no deal, is no deal.
        if !r.words.hasAny(Lexicon.agreementNouns), !r.words.hasAny(Lexicon.dealNouns), r.words.hasAny(Self.talkWords) {
            return false
        }
        // "وتعكس هذه الاتفاقيات عمق الشراكة" after the items: a line on the deals told, no item.
        if r.words.hasAny(Self.demonstrativePackages) { return false }
        // The status of the counted package the list tells (told in its intro or the sentence
        // before), when neither the item nor its intro says one. (`agreementsBesidePackages`
        // leaves out a package its list gives in full.)
        let told = [intro.sentence.start, before?.sentence.start]
        let package = agreements.last(where: { d in
            (d.counted ?? 0) >= 2 && d.package && d.evidence.contains { told.contains($0.start) }
        })
        let status =
            Self.status(r.words) ?? Self.status(teller.words)
            ?? (package ?? shared ?? namer).flatMap { if case .agreement(let a) = $0.fact { a.status } else { nil } }
            ?? .announced
        var parties = r.distinctCountries.map { Party.country($0) }
        if parties.count < 2 {
            parties += mainPair.map { Party.country($0) }.filter { !parties.contains($0) }.prefix(2 - parties.count)
        }
        guard parties.count >= 2 else { return false }
        // A deal of the item: its kind and sectors from the words that name it.
        func appendItem(_ title: String, _ value: Money?, _ words: SearchableText) {
            let agreement = Agreement(
                parties: parties, kind: Self.kind(words), title: title, value: value, status: status,
                sectors: Self.sectors(words))
            appendAgreement(
                Draft(fact: .agreement(agreement), evidence: [evidence], basis: Basis.parties(r).union(.listItem)),
                distinct: true)
        }
        // "— $1.5 billion concessional loan and $200 million grant from the fund to …": an item
        // that gives each of two deals its amount, a loan or a grant named right after each,
        // is two deals.
        if let parts = Self.lendingParts(r) {
            for (money, title) in parts { appendItem(title, money, SearchableText(title)) }
            return true
        }
        appendItem(Self.listItemTitle(r), Self.amount(r), r.words)
        return true
    }

    /// Talks held, as a list item may tell them.
    static let talkWords: WordList = [
        "held talks", "hold talks", "holds talks", "discussed", "met with", "عقد محادثات", "اجري محادثات",
        "عقدا محادثات", "اجريا محادثات", "بحث الجانبان", "ناقش الجانبان", "بحث الطرفان", "ناقش الطرفان",
    ]

    /// A package pointed back at ("these agreements", "هذه الاتفاقيات").
    static let demonstrativePackages: WordList = [
        "these agreements", "these deals", "these memoranda", "these mous", "these documents", "هذه الاتفاقيات",
        "هذه الاتفاقات", "هذه المذكرات", "هذه الصفقات", "هذه العقود", "هذه الوثايق",
    ]

    /// A list item is often its own title ("Memorandum of cooperation in construction"); a long one gets the noun phrase.
    static func listItemTitle(_ r: Extractor.Reading) -> String {
        // An item that opens with its amount ("180 مليون يورو في شكل منح لدعم …", "€90 million to
        // upgrade the port") is named by what follows it, and a conversion in brackets after it.
        if let first = r.amounts.first,
            r.scalars[..<first.span.start].allSatisfy({ !ScalarTraits.isAlphanumeric($0) }),
            // ("123 مليون دولار: للتعاون الفني …": a colon after the amount.)
            case var rest = r.scalars[first.span.end...].drop(while: { ScalarTraits.isWhitespace($0) || $0 == ":" }),
            !rest.isEmpty
        {
            if rest.first == "(", let close = rest.firstIndex(of: ")") {
                rest = rest[(close + 1)...].drop(while: { ScalarTraits.isWhitespace($0) })
            }
            var named = ScalarText.trimming(String(scalars: rest), in: ScalarText.Sets.listItemEnds)
            // (A long one up to its first comma: "للتعاون الفني … في قطاعات حيوية، من بينها …".)
            if named.count > 90, let comma = named.firstIndex(where: { $0 == "," || $0 == "،" }),
                named[..<comma].split(separator: " ").count >= 2
            {
                named = String(named[..<comma])
            }
            if named.split(separator: " ").count >= 2 {
                return named.count <= 90 ? named : Titles.title(named, kind: kind(r.words))
            }
        }
        let text = withoutItemNumber(ScalarText.trimming(r.sentence.text, in: ScalarText.Sets.listItemEnds))
        // "بناء مستشفى جامعي في نواكشوط: مشروع صحي حديث …", "Port upgrade: a new quay …": an item
        // that labels itself before a colon is named by its label, of two to ten words.
        if let colon = text.firstIndex(where: { $0 == ":" }), case let label = text[..<colon],
            (2...10).contains(label.split(separator: " ").count), text[colon...].count > 2
        {
            return ScalarText.trimming(String(label), in: ScalarText.Sets.listItemEnds)
        }
        // "a civil society support programme (€4 million), which will …": an item that names
        // itself before its amount in brackets is named by those words, of two to ten.
        if let first = r.amounts.first,
            let open = r.scalars[..<first.span.start].lastIndex(of: "("),
            r.scalars[(open + 1)..<first.span.start].allSatisfy(ScalarTraits.isWhitespace)
        {
            var label = withoutItemNumber(
                ScalarText.trimming(String(scalars: r.scalars[..<open]), in: ScalarText.Sets.listItemEnds)
            ).split(separator: " ")
            if let article = label.first, ["a", "an", "the"].contains(article.lowercased()) { label.removeFirst() }
            if (2...10).contains(label.count) { return label.joined(separator: " ") }
        }
        // An item that is a sentence (an amount, a verb's clause after a comma: "The purchase of 24
        // engines by Air India, valued at $1.1 billion") is named by its noun phrase, as a sentence is.
        let isName = text.count <= 90 && r.amounts.isEmpty && !text.contains(",") && !text.contains("،")
        if isName { return text }
        if let phrase = Titles.phrase(text) { return phrase }
        // No deal noun to name it by: the words before its first comma ("A $400 million
        // engineering centre in Bangalore, announced by …"), if they are more than one.
        if let comma = text.firstIndex(where: { $0 == "," || $0 == "،" }),
            text[..<comma].split(separator: " ").count >= 2
        {
            return String(text[..<comma])
        }
        // "إنشاء مصفاة نفط في ميناء جوادر بتكلفة 10 مليارات دولار": the words before its amount,
        // without the words that give the cost.
        if let first = r.amounts.first, let head = costlessHead(r, before: first.span.start) { return head }
        return text.count <= 90 ? text : Titles.title(text, kind: kind(r.words))
    }

    /// The words of a list item before its amount at `start`, without its number, its bullet and
    /// the words that introduce the cost ("بتكلفة", "worth", "valued at"); nil unless two words remain.
    static func costlessHead(_ r: Extractor.Reading, before start: Int) -> String? {
        guard start > 0, start <= r.scalars.count else { return nil }
        let text = withoutItemNumber(
            ScalarText.trimming(String(scalars: r.scalars[..<start]), in: ScalarText.Sets.listItemEnds))
        var words = text.split(separator: " ")
        while let last = words.last, costWords.contains(ArabicText.normalized(String(last)).lowercased()) {
            words.removeLast()
        }
        guard words.count >= 2, !words.contains(where: { $0.hasSuffix(",") || $0.hasSuffix("،") }) else { return nil }
        return ScalarText.trimming(words.joined(separator: " "), in: ScalarText.Sets.listItemEnds)
    }

    /// A list item's text without its number ("1- ", "(2) ", "3. ", "٤) "), unless the number is all it has.
    static func withoutItemNumber(_ text: String) -> String {
        // One or two digits, not the start of a longer number ("180 مليون يورو" has no item number 18).
        // (Most items open with no digit, bracketed or not: no expression to run.)
        let opening = text.unicodeScalars.prefix(2)
        guard
            let first = opening.first.map({ $0 == "(" ? opening.dropFirst().first : $0 }) ?? nil,
            ("0"..."9").contains(first) || ("٠"..."٩").contains(first)
        else { return text }
        guard
            let number = text.range(
                of: #"^\(?[0-9٠-٩]{1,2}(?![0-9٠-٩]|[.,٫][0-9٠-٩])\s?[\).\-–]?\s*"#, options: .regularExpression),
            number.upperBound < text.endIndex
        else { return text }
        // Without a sign after it, a number followed by a scale or a currency is the item's amount
        // ("90 مليون يورو لتعزيز …"), not its number.
        if !text[number].contains(where: { ").-–".contains($0) }),
            let next = text[number.upperBound...].split(separator: " ").first?.lowercased(),
            amountWords.contains(where: { next.hasPrefix($0) })
        {
            return text
        }
        return String(text[number.upperBound...])
    }

    /// Words that follow a number of an amount: scales and currencies.
    static let amountWords = [
        "مليون", "مليار", "ملايين", "الف", "ألف", "آلاف", "دولار", "يورو", "million", "billion", "trillion", "bn",
        "thousand", "percent", "%",
    ]

    /// Words that introduce a cost, normalised: what a title leaves out before its amount.
    static let costWords: Set<String> = [
        "بتكلفه", "بكلفه", "بقيمه", "قيمتها", "قيمته", "تبلغ", "بمبلغ", "باستثمارات", "بنحو", "بحوالي", "نحو", "حوالي",
        "تقدر", "اجماليه", "worth", "valued", "at", "of", "cost", "costing", "a", "for", "with", "about", "some",
        "around", "nearly", "approximately", "totalling", "totaling",
    ]

    /// Who an agreement is between: the countries named, completed from the article's main pair.
    func agreementParties(_ r: Extractor.Reading) -> [Party]? {
        var parties = r.distinctCountries.map { Party.country($0) }
        // "… at the donors' conference in Madrid", "في مدريد": beside two countries or more, a
        // capital named only as the place where something happened is no party.
        if parties.count >= 3 {
            let places = Set(
                r.countries.filter { m in
                    m.role == .capital && r.precedingWords(m, count: 1).contains { ["in", "at", "في"].contains($0) }
                }.map(\.country))
            let placesOnly = places.filter { c in !r.countries.contains { $0.country == c && $0.role != .capital } }
            if !placesOnly.isEmpty, parties.count - placesOnly.count >= 2 {
                parties.removeAll { $0.country.map(placesOnly.contains) == true }
            }
        }
        // "An agreement for the road, which will connect with Kyrgyz roads into Kazakhstan and
        // Tajikistan", "the railway linking Mombasa … to Uganda, Rwanda and Burundi": the countries
        // a route leads to, named only after its verb of linking, are places, no parties.
        if parties.count >= 3, let at = Self.linkingWordStart(r) {
            let route = Set(r.countries.filter { $0.start > at }.map(\.country)).subtracting(
                r.countries.filter { $0.start < at }.map(\.country))
            // (None left, the article's pair or the sentence's focus makes the parties, below.)
            if !route.isEmpty { parties.removeAll { $0.country.map(route.contains) == true } }
        }
        // "… signed in 2022 for 180 tanks amid an armament push after Russia's invasion of
        // Ukraine": the countries of the background a clause opens on are no parties.
        if parties.count >= 2, let cut = Self.backgroundStart(r) {
            var before: [CountryCode] = []
            for m in r.countries where m.start < cut && !before.contains(m.country) { before.append(m.country) }
            if !before.isEmpty { parties = before.map { Party.country($0) } }
        }
        // Many countries, and two of them named together with one of the article's pair: the
        // others are context ("… signed agreements during Erdogan's tour of Saudi Arabia and Qatar").
        // (Not those a deal is "between", nor those of a "four-way" deal: all are its parties.)
        if parties.count > 3, let pair = r.namedPairs.first, pair.0 == r.countries.first?.country,
            mainPair.contains(pair.0) || mainPair.contains(pair.1),
            !r.words.hasAny(Lexicon.manySidedWords)
        {
            if let between = Self.countriesBetween(r), between.count >= 3 {
                parties = between.prefix(4).map(Party.country)
            } else {
                parties = [.country(pair.0), .country(pair.1)]
            }
        }
        // "Six loans worth SR348 million covered projects in Morocco, Mali, Burkina Faso, Algeria
        // and Tunisia": loans or grants to three countries or more that the sentence names only
        // where the money goes (the first after "in", "to", "for") come from the article's
        // lender, the one of its pair the sentence leaves unnamed.
        if parties.count >= 3, r.words.hasAny(Lexicon.lendingNouns), let first = r.countries.first,
            r.isAfterIn(first) || r.precedingWords(first, count: 1).contains(where: { ["to", "for"].contains($0) }),
            let lender = mainPair.first(where: { c in !parties.contains(.country(c)) })
        {
            parties.insert(.country(lender), at: 0)
        }
        // "Lebanon received two loans, one for a dam and the other for a highway into Syria": a
        // country that receives loans is their party, with the one they come "from"; the others
        // are where the works lead.
        if parties.count >= 2, r.lendingNoun != nil || r.words.hasAny(Lexicon.lendingNouns),
            Extractor.receivesAnAmount(r), let receiver = r.countries.first
        {
            let lenders = r.countries.filter { Self.afterFrom(r, $0) }
            parties = Self.distinct([receiver] + lenders).map(Party.country)
        }
        if parties.count < 2 {
            if parties.count == 1, let only = parties[0].country {
                // ("حضر الجانبان توقيع …" beside the Chinese president, in an article that names
                // Kuwait once: the two sides are the only two countries the article names.)
                let other =
                    focus(besides: only)
                    ?? (r.words.hasAny(Lexicon.bilateralWords) && firstNamed.count == 2
                        ? firstNamed.keys.first { $0 != only } : nil)
                parties += other.map { [Party.country($0)] } ?? []
            } else if parties.isEmpty {
                let pair =
                    r.words.hasAny(Lexicon.bilateralWords) ? r.pairBefore ?? mainPair : mainPair
                parties = pair.map { .country($0) }
            }
        }
        // A deal of one country alone is no deal between countries.
        return parties.count < 2 ? nil : parties
    }

    /// Where the first verb of a route linking places starts in the sentence (a scalar offset):
    /// "connect", "link" and their forms ("connects", "linking", "linked"; not "connection"),
    /// "يربط", "تربط".
    static func linkingWordStart(_ r: Extractor.Reading) -> Int? {
        let s = r.scalars
        return s.indices.first { i in
            guard i == 0 || !ScalarTraits.isAlphabetic(s[i - 1]),
                let stem = linkingStems.first(where: { ScalarText.startsInAnyCase(s, at: i, withOneOf: [$0]) })
            else { return false }
            var end = i + stem.unicodeScalars.count
            while end < s.count && ScalarTraits.isAlphabetic(s[end]) { end += 1 }
            let ending = String(scalars: s[(i + stem.unicodeScalars.count)..<end]).lowercased()
            return ["", "s", "ing", "ed"].contains(ending)
        }
    }
    static let linkingStems = ["connect", "link", "يربط", "تربط", "سيربط", "ستربط"]

    /// Where " between " or " بين " stands in the sentence (the offsets of its leading space), in
    /// order; none unless the sentence's words have it.
    static func betweenStarts(_ r: Extractor.Reading) -> [Int] {
        guard r.words.has("between") || r.words.has("بين") else { return [] }
        return (0..<r.scalars.count).filter { i in
            r.scalars[i] == " "
                && (ScalarText.startsInAnyCase(r.scalars, at: i, withOneOf: [" between "])
                    || ScalarText.starts(r.scalars, at: i, with: " بين "))
        }
    }

    /// The countries named one after another right after "between"/"بين" ("an agreement between
    /// Türkiye, Iraq, Qatar and the United Arab Emirates"), in order; nil when none are.
    static func countriesBetween(_ r: Extractor.Reading) -> [CountryCode]? {
        guard let at = betweenStarts(r).first else { return nil }
        var found: [CountryCode] = []
        var end = at + 8
        for m in r.countries where m.start >= at {
            // Only a comma, "and", "the" or "و" between one country and the next.
            guard m.start - end <= 12 else { break }
            if !found.contains(m.country) { found.append(m.country) }
            end = m.end
        }
        return found.isEmpty ? nil : found
    }

    /// Where a clause of background opens ("amid", "in the wake of", "وسط", "في ظل"), as a
    /// scalar offset, if the sentence has one.
    static func backgroundStart(_ r: Extractor.Reading) -> Int? {
        guard r.words.hasAny(Lexicon.backgroundOpeners) else { return nil }
        // Found in the scalars themselves (ASCII capitals folded), so that the offset is the mentions' own.
        let openers = Lexicon.backgroundOpeners.words.map { Array(" \($0) ".unicodeScalars) }
        let scalars = r.scalars
        func folded(_ s: Unicode.Scalar) -> Unicode.Scalar {
            ("A"..."Z").contains(s) ? Unicode.Scalar(s.value + 0x20)! : s
        }
        return scalars.indices.first { i in
            openers.contains { o in
                i + o.count <= scalars.count && o.indices.allSatisfy { folded(scalars[i + $0]) == o[$0] }
            }
        }
    }

    /// The article's country that a deal of `other` is with, when the sentence names only
    /// `other`: of the main pair, the one the headline names first, else the first of the pair.
    func focus(besides other: CountryCode) -> CountryCode? {
        let candidates = mainPair.filter { $0 != other }
        return candidates.first { headlineCountries.contains($0) } ?? candidates.first
    }

    /// "Saudi Arabia signed a loan with Egypt, and Kuwait signed one with Jordan": in a sentence
    /// that names two pairs (`namesTwoPairs`), an item that names two of its countries has those
    /// for its parties.
    static func itemParties(_ r: Extractor.Reading, _ item: DealItem) -> [Party]? {
        guard namesTwoPairs(r) else { return nil }
        var own: [CountryCode] = []
        for m in r.countries where item.range.contains(m.start) && !own.contains(m.country) { own.append(m.country) }
        return own.count >= 2 ? own.prefix(3).map(Party.country) : nil
    }
}

extension Drafts {
    /// The loans and grants of a list item that names one after each of its amounts ("$1.5
    /// billion concessional loan and $200 million grant from the fund"): each amount with the
    /// words up to the next amount; nil unless every amount is followed by a lending noun
    /// within three words.
    static func lendingParts(_ r: Extractor.Reading) -> [(Money, String)]? {
        guard r.amounts.count >= 2, r.words.hasAny(Lexicon.lendingNouns) else { return nil }
        var parts: [(Money, String)] = []
        for (k, a) in r.amounts.enumerated() {
            let end = k + 1 < r.amounts.count ? r.amounts[k + 1].span.start : r.scalars.count
            guard a.span.end <= end else { return nil }
            var words = String(scalars: r.scalars[a.span.end..<end]).split(separator: " ")
            // The joining word before the next amount is no part of this one's name.
            if let last = words.last, ["and", "و", "with", "plus"].contains(String(last)) { words.removeLast() }
            guard SearchableText(words.prefix(3).joined(separator: " ")).hasAny(Lexicon.lendingNouns) else {
                return nil
            }
            let title = ScalarText.trimming(words.joined(separator: " "), in: ScalarText.Sets.listItemEnds)
            parts.append((a.money, title.count <= 90 ? title : Titles.title(title, kind: kind(r.words))))
        }
        return parts
    }
}
