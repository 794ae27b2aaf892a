import Foundation
import NewsCore

/// Several deals in one sentence: clauses, enumerations after "including", items joined by
/// "and a …"/"و…", a counted package and the deal it names, and one deal per country named.
extension Drafts {
    /// How many deals a sentence lists in clauses set apart by semicolons.
    static func agreementClauses(_ r: Extractor.Reading) -> Int {
        let clauses = agreementClauseTexts(r)
        return clauses.isEmpty ? 1 : clauses.count
    }

    /// The clauses of a sentence that each name a deal, when it has more than one clause: set
    /// apart by semicolons, or turned to another subject ("…, while Kepco signed a deal to …",
    /// "…، في حين وقعت …"). A clause names a deal by a deal's noun, or by agreeing to build a
    /// work ("agreed with Hyundai to set up a car plant"). Empty for a sentence of one clause.
    static func agreementClauseTexts(_ r: Extractor.Reading) -> [String] {
        var clauses = r.sentence.text.split(whereSeparator: { $0 == ";" || $0 == "؛" }).map(String.init)
        if r.words.hasAny(Lexicon.subjectTurnWords) {
            clauses = clauses.flatMap { clause in
                var parts = [clause]
                for turn in subjectTurns.map({ " \($0) " }) {
                    parts = parts.flatMap { $0.components(separatedBy: turn) }
                }
                return parts
            }
        }
        guard clauses.count > 1 else { return [] }
        return clauses.filter { clause in
            let words = SearchableText(clause)
            return words.hasAny(Lexicon.agreementNouns) || words.hasAny(Lexicon.dealNouns)
                || (words.hasAny(Lexicon.agreeingVerbs) && words.hasAny(Lexicon.agreedWorks)
                    && words.hasAny(Lexicon.projectNouns))
        }
    }

    /// One deal of a sentence that names several.
    struct DealItem {
        var text: String
        var amount: Money?
        /// Where the item stands in the sentence (scalar offsets).
        var range: Range<Int>
        /// The counterpart's name, for a deal with one of a list of counterparts.
        var counterpart: String? = nil
        /// The item's name where its mark gives it: the words before what the brackets say of it.
        var name: String? = nil
    }

    /// Where the enumeration after "include"/"including"/"تشمل" starts (scalar offset), or 0.
    static func inclusionStart(_ r: Extractor.Reading) -> Int {
        if let among = amongLink(r) { return among }
        if let parts = partsAfterAColon(r) { return parts }
        guard r.words.hasAny(Lexicon.inclusionWords) else { return 0 }
        // Search the normalised text, and report the place in the original.
        let folded = FoldedText(r.sentence.text, lowercased: true)
        let text = String(scalars: folded.scalars)
        let searched = PlainSearch.Text(text)
        return Lexicon.inclusionWords.compactMap { word -> Int? in
            guard let range = searched.range(of: word) else { return nil }
            var upper = range.upperBound
            if Lexicon.arabicInclusionVerbs.contains(word) {
                // A verb comes before its subject: "وشملت الاتفاقيات اتفاقية …" lists deals after
                // the package's name; "شملت الجولة السعودية وقطر" lists no deals, nor does a verb
                // whose sentence names no deal before it.
                let rest = text[upper...].drop(while: { $0 == " " })
                let subject = rest.prefix(while: { $0 != " " && $0 != "،" && $0 != "," })
                if Lexicon.packageReferences.contains(String(subject))
                    || Lexicon.arabicAgreementStems.contains(where: { subject.hasPrefix("ال" + $0) })
                {
                    upper = subject.endIndex
                } else if case let before = SearchableText(String(text[..<range.lowerBound])),
                    !before.hasAny(Lexicon.agreementNouns) && !before.hasAny(Lexicon.pluralAgreements)
                {
                    return nil
                }
            }
            let end = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: upper)
            return end < folded.origin.count ? folded.origin[end] : r.scalars.count
        }.min() ?? 0
    }

    /// "Kuwait will provide Egypt with $4 billion: a $2 billion deposit and a $1 billion grant": a
    /// colon right after an amount opens the list of its parts, when two amounts or more follow;
    /// where the list starts (scalar offset), or nil.
    static func partsAfterAColon(_ r: Extractor.Reading) -> Int? {
        guard r.amounts.count >= 3 else { return nil }
        for (i, a) in r.amounts.enumerated() where r.amounts.count - i - 1 >= 2 {
            var k = a.span.end
            while k < r.scalars.count && r.scalars[k] == " " { k += 1 }
            if k < r.scalars.count, r.scalars[k] == ":" { return k + 1 }
        }
        return nil
    }

    /// "Among the 10 agreements signed was an agreement on …", "وضمن 10 اتفاقات وقعتها …، كان
    /// هناك اتفاق لـ…": a sentence that opens with "among" a counted package names one of its
    /// deals after "was"/"كان"; where that deal starts (scalar offset), or nil.
    static func amongLink(_ r: Extractor.Reading) -> Int? {
        guard Lexicon.opens(r.words, withOneOf: Lexicon.amongOpeners), let count = r.counts.first else { return nil }
        let folded = FoldedText(r.sentence.text, lowercased: true)
        let text = String(scalars: folded.scalars)
        let searched = PlainSearch.Text(text)
        guard
            let link = Lexicon.packageLinks.compactMap({ searched.range(of: $0) }).min(by: {
                $0.lowerBound < $1.lowerBound
            })
        else { return nil }
        let end = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: link.upperBound)
        guard end < folded.origin.count, folded.origin[end] > count.span.end else { return nil }
        return folded.origin[end]
    }

    /// The deals a sentence enumerates: after "include"/"تشمل" (the words before it name the
    /// package, told already), or in clauses joined by "; ", ", and", "، و" (a bare "and" joins
    /// the parts of one name: "agreements and memoranda", "عقودا واتفاقيات"). An item counts when
    /// it names a deal (an agreement or deal noun, a deal verb); fewer than two items is no list.
    static func dealItems(_ r: Extractor.Reading) -> [DealItem] {
        // Items told in quotation marks ("including \"a loan of …\" and \"a contract …\""): the
        // marks as spaces, at the same offsets.
        let scalars = r.scalars.map { Self.quotationMarks.contains($0) ? " " : $0 }
        // "signed MoUs with: Bank A, Bank B and Bank C": one deal with each counterpart named.
        // "inked agreements with CNMC, West China Cement Ltd and China XD Group Corp for three
        // projects": the same, up to the end of the names.
        let several = Self.speaksOfSeveral(r)
        let named =
            several
            ? namedCounterparts(scalars) ?? quotedCounterparts(r.scalars) ?? arabicCompanyCounterparts(r.scalars) : nil
        let counterparts = named?.lowerBound ?? (several ? counterpartListStart(scalars) : nil)
        let start = counterparts ?? inclusionStart(r)
        let listEnd = named?.upperBound ?? scalars.count
        // "وشملت الاتفاقيات إنشاء …، تطوير …، بناء …": a list after an Arabic verb whose subject is
        // the package sets its items apart by every comma.
        let verbList = counterparts == nil && start > 0 && Self.followsPackageSubject(scalars, start)
        // "… as follows: (i) a road loan …; (ii) a water loan …; and (iii) a port grant …": items
        // marked in the sentence are its deals, one from each mark to the next.
        let marks = counterparts == nil ? Self.itemMarks(scalars, from: start) : []
        // Whether what is listed is what one deal includes, not deals of a package.
        let oneDeal = counterparts == nil && start > 0 && Self.includedInOneDeal(scalars, before: start)
        // Cut points: "; ", ", and ", ", " before an article, "، و", " و" before an Arabic deal noun.
        var cuts: [Int] = marks.isEmpty ? [start] : marks
        var i = marks.isEmpty ? start : listEnd
        while i < listEnd {
            let c = scalars[i]
            if c == ";" || c == "؛" {
                cuts.append(i + 1)
            } else if start > 0, c == " ",
                ScalarText.startsInAnyCase(
                    scalars, at: i, withOneOf: [" and a ", " and an ", " and  a ", " and  an ", " and another "])
            {
                // In a list after "including", " and a …" opens the next item too.
                cuts.append(i)
            } else if named != nil, c == " ", i + 2 < listEnd, scalars[i + 1] == "و", scalars[i + 2] == " " {
                // «A» و«B»: the "و" between quoted names (their marks now spaces) opens the next.
                cuts.append(i)
            } else if c == " ", opensAnotherAgreement(scalars, at: i, since: cuts.last!) {
                cuts.append(i)
            } else if c == " ", Self.addsADocument(scalars, at: i) {
                // "… هذا بالإضافة إلى اتفاقية قرض بمبلغ …", "… in addition to a loan agreement …"
                cuts.append(i)
            } else if c == "," || c == "،" {
                let rest = String(scalars: scalars[(i + 1)..<min(scalars.count, i + 8)]).lowercased()
                let further = ArabicText.normalized(String(scalars: scalars[(i + 1)..<min(scalars.count, i + 16)]))
                    .lowercased()
                // Counterparts are set apart by every comma.
                // In a list after "including", an item's cost in brackets ends it: "X (USD 2 billion), Y".
                let closesAPrice = start > 0 && i > 0 && scalars[i - 1] == ")"
                // ", the US$1.2 billion coal plant of …": after "include", a deal told by its
                // amount right after "the" is one more item.
                let pricedNext =
                    start > 0 && rest.hasPrefix(" the ")
                    && r.amounts.contains { $0.span.start > i && $0.span.start - i <= 8 }
                if counterparts != nil || closesAPrice || pricedNext
                    || (verbList && c == "،" && !Self.restatementOpeners.contains(where: further.hasPrefix))
                    || rest.hasPrefix(" and ") || rest.hasPrefix(" a ")
                    || rest.hasPrefix(" an ") || rest.hasPrefix(" و") || rest.hasPrefix("و")
                    || rest.hasPrefix(" while ") || rest.hasPrefix(" فيما") || rest.hasPrefix(" بينما")
                    || (start > 0 && further.hasPrefix(" مرورا"))
                    || [" as well as ", " in addition to ", " plus ", " اضافه الي", " بالاضافه الي", " علاوه علي"]
                        .contains(where: further.hasPrefix)
                {
                    cuts.append(i + 1)
                }
            }
            i += 1
        }
        // "…, Japan Post Bank and Nomura Securities": the last counterpart after " and ".
        if counterparts != nil, let last = cuts.last,
            let and = ScalarText.lastRange(of: " and ", in: Array(scalars[..<listEnd]), from: last)
        {
            cuts.append(and + 1)
        }
        cuts.append(listEnd)
        var items: [DealItem] = []
        for (a, b) in zip(cuts, cuts.dropFirst()) where b > a {
            let inPiece = piece(r, scalars, a..<b)
            let piece = inPiece.sentence.text
            let words = inPiece.words
            // Its amount: the first in the piece, or the dollars it is converted to right after.
            let amount = amount(inPiece)
            // A piece that names a deal anew is an item; one that only gives an amount ("، وقيمتها
            // 112 مليار شيقل") or speaks of the deals already told ("ويتوقع … مع سريان هذه الاتفاقيات")
            // belongs to the item before it.
            let opening = ArabicText.normalized(ScalarText.trimming(piece, in: ScalarText.Sets.spaceAndCommas))
            let afterWaw = opening.dropFirst().drop { $0 == " " }
            let arabicHead = opening.hasPrefix("و") && Titles.arabicHeads.contains { afterWaw.hasPrefix($0) }
            // "تمتد من صفقة …، مرورا برفع الحظر …، ووصولا إلى خطة …": each step of the range is an item.
            let step =
                start > 0 && (counterparts != nil || ["مرورا", "ووصولا", "وصولا"].contains { opening.hasPrefix($0) })
            // "اتفاقية للنقل البحري، وأخرى للصيد": another of the deal before.
            // (In a sentence that counts its deals, "30 اتفاقية …، وأخرى في النقل" are more of the counted.)
            // ("and another on customs": one more, counted or not.)
            // (Or the other of two it names: "اتفاقيتان …، وهما اتفاقية لإنشاء … وأخرى لتجديد …".)
            let another =
                !items.isEmpty
                && (opening.hasPrefix("and another")
                    || (opening.hasPrefix("واخري") && (countedAgreements(r) == nil || Self.namesItsCounted(scalars))))
            // "…، بحسب البيان": the source of the list ends it.
            if counterparts != nil, Lexicon.attributionWords.contains(where: { opening.lowercased().hasPrefix($0) }) {
                break
            }
            // In a list of the deals ("وشملت … اتفاقية إنشاء …، ومشروع قناة …، ومحطة معالجة"), a
            // project or a work named is a deal; a field alone ("والصحة") is not.
            // So is an investment named as one ("واستثماراً سعودياً في الطرق", "and an investment in toll roads").
            // What one deal includes ("الاتفاقية تشمل … تمويل مشروع …، ومشروع …") are its parts,
            // no deals of their own.
            let project =
                start > 0 && !oneDeal
                && (words.hasAny(Lexicon.projectNouns) || words.hasAny(Lexicon.projectWorks)
                    || words.hasAny(Self.anInvestment))
            // An item given with its cost in brackets names a deal ("the upgrade of a port (USD 600 million)").
            let priced = start > 0 && inPiece.amounts.contains { isBracketed($0, in: inPiece.scalars) }
            // So does one told as "a $2 billion metro": its cost right after the article.
            let costFirst =
                start > 0
                && inPiece.amounts.contains { a in
                    let before = String(scalars: inPiece.scalars[..<a.span.start]).lowercased()
                        .split(separator: " ").filter { $0 != "and" }
                    return before == ["a"] || before == ["an"]
                }
            let names =
                !marks.isEmpty || arabicHead || step || another || project || priced || costFirst
                || (words.hasAny(Lexicon.agreementNouns)
                    && (speaksOfNewAgreement(piece) || !words.hasAny(Lexicon.packageReferences)))
                || words.hasAny(Lexicon.dealNouns) || words.hasAny(Lexicon.dealVerbs)
                || words.hasAny(Lexicon.commitmentVerbs)
            // "تضمنت هذه الاتفاقيات مشاريع متنوعة امتدت إلى قطاعات …": fields the deals span, named
            // with no deal of their own, are no item.
            let fields =
                start > 0 && !words.hasAny(Lexicon.agreementNouns) && !words.hasAny(Lexicon.dealNouns)
                && Self.namesFields(piece)
            // "…, a statement from the prime minister's office said": the sentence's source, no item.
            // (A piece set apart by a comma that names no deal of its own.)
            let source =
                b == listEnd && a > 0 && scalars[a - 1] == "," && inPiece.amounts.isEmpty
                && !words.hasAny(Lexicon.agreementNouns) && Self.tellsTheSource(piece)
            if (names || (items.isEmpty && a == start && start > 0)) && !fields && !source {
                var text = ScalarText.trimming(piece, in: ScalarText.Sets.itemEnds)
                // "and another on customs" after "a treaty on …" is "treaty on customs".
                if another, text.lowercased().hasPrefix("and another "), let head = Self.headNoun(of: items[0].text) {
                    text = head + text.dropFirst("and another".count)
                }
                // "وأخرى لتجديد الشبكة" after "اتفاقية لإنشاء محطات" is "اتفاقية لتجديد الشبكة".
                // (The noun is the last document the first item names: "… وهما اتفاقية لإنشاء …".)
                if another, let first = text.split(separator: " ").first,
                    ["واخري", "والاخري"].contains(ArabicText.normalized(String(first))),
                    let head = items[0].text.split(separator: " ").last(where: { word in
                        let w = ArabicText.normalized(String(word))
                        return Lexicon.arabicSignedDocumentStems.contains {
                            w.hasPrefix($0) || w.dropFirst().hasPrefix($0)
                        }
                    })
                {
                    let noun = ArabicText.normalized(String(head)).hasPrefix("و") ? head.dropFirst() : head[...]
                    text = String(noun) + text.dropFirst(first.count)
                }
                // Without its mark: "(ii) Improvement of …" is titled "Improvement of …".
                if !marks.isEmpty, text.hasPrefix("("), let close = text.firstIndex(of: ")") {
                    text = ScalarText.trimming(String(text[text.index(after: close)...]), in: ScalarText.Sets.itemEnds)
                }
                var counterpart: String?
                if let counterparts {
                    // The item is the deal with this counterpart: "مذكرات مع البنك الزراعي الصيني";
                    // after names, the deal's noun and "with" ("agreements with West China Cement").
                    let before = String(scalars: scalars[..<(counterparts - 1)]).split(separator: " ")
                    let noun =
                        named == nil
                        ? nil
                        : before.last { w in
                            Lexicon.englishAgreementHeads.contains(w.lowercased())
                                || Lexicon.arabicAgreementStems.contains {
                                    ArabicText.normalized(String(w)).hasPrefix($0)
                                }
                        }
                    let head =
                        noun.map { ArabicText.containsArabic(String($0)) ? "\($0) مع" : "\($0) with" }
                        ?? before.suffix(3).joined(separator: " ")
                    let name = ScalarText.trimming(
                        text.hasPrefix("و")
                            ? String(text.dropFirst()) : text.hasPrefix("and ") ? String(text.dropFirst(4)) : text,
                        in: ScalarText.Sets.itemEnds)
                    text = head + " " + name
                    counterpart = name
                }
                // A marked item's name is what comes before its brackets ("Rehabilitation of Kigoma
                // Port (Grant Aid of …)").
                let name =
                    marks.isEmpty
                    ? nil
                    : text.firstIndex(of: "(").map {
                        ScalarText.trimming(String(text[..<$0]), in: ScalarText.Sets.itemEnds)
                    }
                items.append(
                    DealItem(
                        text: text, amount: amount, range: a..<b, counterpart: counterpart,
                        name: name?.isEmpty == false ? name : nil))
            } else if let last = items.indices.last {
                // The piece belongs to the item before it.
                items[last].range = items[last].range.lowerBound..<b
                if let amount, items[last].amount == nil { items[last].amount = amount }
            }
        }
        return items.count >= 2 ? items : []
    }

    /// Whether the deal named last before `start`, where a list of what is included begins, is
    /// one deal, not several: "the agreement includes …", "مذكرة تفاهم ثانية …، وتشمل …",
    /// "فإن الاتفاقية تشمل …", against "the agreements include …", "وشملت الاتفاقيات …". A
    /// package, a programme or a partnership is several deals.
    static func includedInOneDeal(_ scalars: [Unicode.Scalar], before start: Int) -> Bool {
        let before = String(scalars: scalars[max(0, start - 160)..<start])
        let words = before.lowercased().split { !$0.isLetter }.map { word -> String in
            let w = ArabicText.normalized(String(word))
            let bare = w.hasPrefix("و") && w.count > 4 ? String(w.dropFirst()) : w
            return bare.hasPrefix("ال") && bare.count > 4 ? String(bare.dropFirst(2)) : bare
        }
        guard let last = words.last(where: { singleDeals.contains($0) || severalDeals.contains($0) }) else {
            return false
        }
        return singleDeals.contains(last)
    }

    /// The names of one deal (lowercased, normalised, without ال), and of several, for `includedInOneDeal`.
    static let singleDeals: Set<String> = [
        "agreement", "deal", "accord", "memorandum", "mou", "contract", "pact", "treaty", "protocol", "loan", "grant",
        "اتفاقيه", "اتفاق", "مذكره", "عقد", "صفقه", "منحه", "قرض",
    ]
    static let severalDeals: Set<String> = [
        "agreements", "deals", "accords", "memoranda", "memorandums", "mous", "contracts", "pacts", "treaties",
        "protocols", "loans", "grants", "package", "packages", "documents",
        "اتفاقيات", "اتفاقات", "مذكرات", "عقود", "صفقات", "منح", "قروض", "حزمه", "وثايق", "اتفاقيتين", "اتفاقيتان",
        "مذكرتين", "مذكرتا", "عقدين", "عقدان",
    ]

    /// An investment named as one deal (the Arabic indefinite accusative, "an investment").
    static let anInvestment: WordList = ["an investment", "استثمارا"]

    /// Whether a sentence's last piece only says who told it: a few words ending in a verb of
    /// saying ("a statement from the office said", "the ministry reported").
    static func tellsTheSource(_ piece: String) -> Bool {
        let words = piece.lowercased().split { !$0.isLetter && $0 != "'" }
        guard let last = words.last, words.count <= 10 else { return false }
        return ["said", "says", "reported", "reports", "stated", "added", "announced"].contains(last)
    }

    /// The first English deal noun of an item, in the singular ("pact" in "a pact on terrorism").
    static func headNoun(of item: String) -> String? {
        item.lowercased().split(separator: " ").lazy.map(String.init).first {
            Lexicon.englishAgreementHeads.contains($0) && !$0.hasSuffix("s")
        }
    }

    /// The marks of items in a sentence, from `start` on: "(i)", "(ii)", "(iii)" …, "(1)", "(2)" …
    /// or "(a)", "(b)" …, in order from the first, where each stands (scalar offset). Empty
    /// unless there are two or more. ("two (2) loans and one (1) grant" marks no items: its
    /// "(1)" comes after its "(2)".)
    static func itemMarks(_ scalars: [Unicode.Scalar], from start: Int) -> [Int] {
        guard scalars.count > start + 6, scalars[start...].contains("(") else { return [] }
        let styles: [[String]] = [
            ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"],
            (1...20).map(String.init), ["a", "b", "c", "d", "e", "f", "g", "h"],
        ]
        var found: [(at: Int, mark: String)] = []
        var i = start
        while i < scalars.count {
            if scalars[i] == "(", let close = scalars[(i + 1)..<min(scalars.count, i + 6)].firstIndex(of: ")") {
                found.append((i, String(scalars: scalars[(i + 1)..<close]).lowercased()))
            }
            i += 1
        }
        for style in styles {
            // From each first mark, the marks in order after it; the longest run, and of runs as
            // long the last ("one (1) grant as follows: (1) …; (2) …").
            var best: [Int] = []
            for (n, first) in found.enumerated() where first.mark == style[0] {
                var marks = [first.at]
                for (at, mark) in found[(n + 1)...] where marks.count < style.count && mark == style[marks.count] {
                    marks.append(at)
                }
                if marks.count >= best.count { best = marks }
            }
            if best.count >= 2 { return best }
        }
        return []
    }

    /// A piece of a sentence read on its own: its words and its amounts, at offsets from its start.
    static func piece(_ r: Extractor.Reading, _ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Extractor.Reading {
        let text = String(scalars: scalars[range])
        return Extractor.Reading(
            sentence: Sentence(text: text, start: 0, end: 0), words: SearchableText(text), countries: [],
            amounts: r.amounts.filter { $0.span.start >= range.lowerBound && $0.span.end <= range.upperBound }.map {
                m in
                AmountMention(
                    money: m.money,
                    span: TextSpan(start: m.span.start - range.lowerBound, end: m.span.end - range.lowerBound))
            }, percents: [], counts: [], changes: [], scalars: Array(scalars[range]))
    }

    /// Whether the word right before `start` names the package whose deals follow
    /// ("الاتفاقيات", "هذه الاتفاقيات", "الاتفاقات").
    static func followsPackageSubject(_ scalars: [Unicode.Scalar], _ start: Int) -> Bool {
        let before = ArabicText.normalized(String(scalars: scalars[..<start]))
        guard let last = before.split(whereSeparator: { $0 == " " || $0 == "،" || $0 == "," }).last else {
            return false
        }
        let word = String(last)
        return Lexicon.packageReferences.contains(word)
            || Lexicon.arabicAgreementStems.contains(where: { word.hasPrefix("ال" + $0) })
    }

    /// How a piece opens that gives the item before it again, in another currency or by its
    /// value ("، أي ما يعادل …", "، بقيمة …"), normalised with the space before it.
    static let restatementOpeners = [" اي ", " ما يعادل", " بما يعادل", " يعادل", " توازي", " تعادل", " بقيمه"]

    /// Quotation marks around the items of a list.
    static let quotationMarks: Set<Unicode.Scalar> = ["\"", "“", "”", "«", "»", "„"]

    /// The parties of the deal of one item of a list: the countries named before the list, and
    /// the item's own when it names one ("signed agreements with Scatec, Masdar and ACWA Power":
    /// Masdar's deal is Egypt's and the UAE's); with nothing named before the list, `home`. Nil
    /// when the item names no country or several, or there is no other side.
    static func counterpartParties(_ r: Extractor.Reading, _ item: DealItem, listStart: Int, home: CountryCode?)
        -> [Party]?
    {
        let own = distinct(r.countries.filter { item.range.contains($0.start) })
        guard own.count == 1 else { return nil }
        var before = distinct(r.countries.filter { $0.end <= listStart && $0.country != own[0] })
        if before.isEmpty, let home, home != own[0] { before = [home] }
        guard !before.isEmpty else { return nil }
        return (before.prefix(2) + own).map(Party.country)
    }

    /// The countries of mentions, each once, in order.
    static func distinct(_ mentions: [CountryMention]) -> [CountryCode] {
        var found: [CountryCode] = []
        for m in mentions where !found.contains(m.country) { found.append(m.country) }
        return found
    }

    /// The article's country other than all of `others`: of its main pair, the headline's first;
    /// else the headline's one country. Nil when there is none.
    func homeBesides(_ others: Set<CountryCode>) -> CountryCode? {
        let candidates = mainPair.filter { !others.contains($0) }
        if let country = candidates.first(where: { headlineCountries.contains($0) }) ?? candidates.first {
            return country
        }
        let headline = headlineCountries.subtracting(others)
        return headline.count == 1 ? headline.first : nil
    }

    /// Where the counterparts named after a package start (`namedCounterparts`), in a sentence
    /// that speaks of several deals.
    static func namedCounterpartsStart(_ r: Extractor.Reading) -> Int? {
        speaksOfSeveral(r)
            ? namedCounterparts(r.scalars.map { quotationMarks.contains($0) ? " " : $0 })?.lowerBound : nil
    }

    /// Where a list of three or more counterparts named after "with" stands (scalar offsets):
    /// names of capitalised words set apart by ", " and " and ", up to the first word of small
    /// letters or other punctuation ("with CNMC Developing Investment Co Ltd, West China Cement
    /// Ltd and China XD Group Corp for three projects"). Nil without such a list.
    /// ("agreements between Aramco and Korean firms, among them KNOC, Hyundai Heavy Industries
    /// and Hyundai Motor": the names may follow "among them" or "including" as well.)
    static func namedCounterparts(_ scalars: [Unicode.Scalar]) -> Range<Int>? {
        guard let start = afterLastAnchor(counterpartAnchors, in: scalars) else { return nil }
        var names = 0
        var inName = false
        var end = start
        var i = start
        while i < scalars.count {
            // A word: its first scalar decides.
            var j = i
            while j < scalars.count
                && (ScalarTraits.isAlphabetic(scalars[j]) || ScalarText.isAlphanumeric(scalars[j])
                    || scalars[j] == "-" || scalars[j] == "." || scalars[j] == "&" || scalars[j] == "'")
            {
                j += 1
            }
            guard j > i else { break }
            let word = String(scalars: scalars[i..<j])
            if word == "and" && inName {
                inName = false
            } else if ScalarTraits.isUppercase(scalars[i]) || scalars[i].properties.numericType != nil {
                if !inName { names += 1 }
                inName = true
                end = j
            } else {
                break
            }
            // What follows: a space goes on; ", " ends a name; anything else ends the list.
            if j < scalars.count && scalars[j] == "," && j + 1 < scalars.count && scalars[j + 1] == " " && inName {
                inName = false
                i = j + 2
            } else if j < scalars.count && scalars[j] == " " {
                i = j + 1
            } else {
                break
            }
        }
        return names >= 3 ? start..<end : nil
    }

    /// Where a list of three or more companies stands after "من بينها" or "منها" (scalar
    /// offsets), each a "شركة …" set apart by "،": "اتفاقات بين أرامكو وشركات كورية من بينها
    /// الشركة الكورية الوطنية للنفط، وشركة هيونداي للصناعات الثقيلة، وشركة هيونداي لصناعة
    /// السيارات". Nil without such a list.
    static func arabicCompanyCounterparts(_ scalars: [Unicode.Scalar]) -> Range<Int>? {
        guard let start = afterLastAnchor([" من بينها ", " منها "], in: scalars) else { return nil }
        let end = scalars[start...].firstIndex { $0 == "." || $0 == "؛" || $0 == ";" } ?? scalars.count
        let items = String(scalars: scalars[start..<end]).split(whereSeparator: { $0 == "،" || $0 == "," })
        let companies = items.filter { item in
            var word = ArabicText.normalized(String(item.split(separator: " ").first ?? ""))
            if word.hasPrefix("و") { word.removeFirst() }
            return word == "شركه" || word == "الشركه"
        }
        return items.count >= 3 && companies.count == items.count ? start..<end : nil
    }

    /// The words a list of counterparts' names follows.
    static let counterpartAnchors = [" with ", " among them ", " including "]

    /// Where the text after the last of `anchors` in the sentence starts (scalar offset), if any
    /// stands in it.
    static func afterLastAnchor(_ anchors: [String], in scalars: [Unicode.Scalar]) -> Int? {
        anchors.compactMap { a in
            ScalarText.lastRange(of: a, in: scalars, from: 0).map { $0 + a.unicodeScalars.count }
        }.max()
    }

    /// Where a list of three or more names in quotation marks stands after "مع" (scalar offsets),
    /// the names set apart by "و" or commas alone: "مذكرات تفاهم مع شركات طاقة كورية، منها «كيبكو»
    /// و«إس-أويل» و«بوسكو»". Nil without such a list.
    static func quotedCounterparts(_ scalars: [Unicode.Scalar]) -> Range<Int>? {
        guard scalars.contains("«"), let with = ScalarText.lastRange(of: " مع ", in: scalars, from: 0) else {
            return nil
        }
        var run: [Range<Int>] = []
        var i = with + 4
        while i < scalars.count {
            guard scalars[i] == "«" else {
                i += 1
                continue
            }
            guard let close = scalars[(i + 1)..<min(scalars.count, i + 40)].firstIndex(of: "»") else { break }
            if let last = run.last {
                let between = scalars[last.upperBound..<i].filter { $0 != " " }
                if !(between.isEmpty || between == ["و"] || between == ["،"] || between == [","]) {
                    if run.count >= 3 { break }
                    run = []
                }
            }
            run.append(i..<(close + 1))
            i = close + 1
        }
        return run.count >= 3 ? run[0].lowerBound..<run[run.count - 1].upperBound : nil
    }

    /// Where a list of counterparts starts: after "with:" or "مع:" (scalar offset), if the
    /// sentence has one.
    static func counterpartListStart(_ scalars: [Unicode.Scalar]) -> Int? {
        for i in scalars.indices.dropFirst(2) where scalars[i] == ":" {
            var k = i
            while k > 0 && scalars[k - 1] == " " { k -= 1 }
            var w = k
            while w > 0 && ScalarTraits.isAlphabetic(scalars[w - 1]) { w -= 1 }
            let word = String(scalars: scalars[w..<k]).lowercased()
            if word == "with" || word == "مع" { return i + 1 }
        }
        return nil
    }

    /// How many deals a sentence counts: by a number, or by an Arabic dual ("اتفاقيتين").
    static func countedOrDual(_ r: Extractor.Reading) -> Int? {
        countedAgreements(r, exact: true) ?? (r.words.hasAny(Lexicon.dualAgreements) ? 2 : nil)
    }

    /// "Five tripartite MoUs were signed between Morocco and Nigeria on one side and each of
    /// Gambia, Guinea-Bissau, Guinea, Sierra Leone and Ghana on the other": as many deals as the
    /// count says, one with each of the countries named last. The countries before them are
    /// parties to every deal.
    mutating func readOnePerCountry(
        _ r: Extractor.Reading, kind: Agreement.Kind, status: Agreement.Status, statusBasis: Basis, _ evidence: Evidence
    ) -> Bool {
        let countries = r.distinctCountries
        guard let count = Self.countedOrDual(r), count >= 2 else { return false }
        let fixed = countries.count - count
        guard fixed == 1 || (fixed == 2 && r.words.hasAny(Lexicon.eachWords)) else { return false }
        // One title for the deals, without the counterparts the sentence names after it: "cooperation
        // agreements with Senegal" is no title of the deal with Mali.
        var title = Titles.title(r.sentence.text, kind: kind)
        for link in [" with ", " between ", " مع ", " بين "] {
            if let cut = title.range(of: link), cut.lowerBound > title.startIndex {
                title = String(title[..<cut.lowerBound])
            }
        }
        for other in countries.dropFirst(fixed) {
            let parties = countries.prefix(fixed).map { Party.country($0) } + [.country(other)]
            let agreement = Agreement(
                parties: parties, kind: kind, title: title, value: nil,
                status: status, sectors: Self.sectors(r.words))
            appendAgreement(
                Draft(
                    fact: .agreement(agreement), evidence: [evidence],
                    basis: Basis.parties(r).union([.enumerated]).union(statusBasis)), distinct: true)
        }
        return true
    }

    /// How many agreements the sentence counts ("12 MoUs", "12 مذكرة تفاهم"), if it counts them.
    /// (English puts what a deal is about before its noun: "four housing agreements", "12
    /// cooperation deals" count agreements too.)
    static func countedAgreements(_ r: Extractor.Reading, exact: Bool = false) -> Int? {
        r.counts.first(where: { countsAgreements(r, $0, exact: exact) })?.value
    }

    /// Whether a count counts agreements (`countedAgreements`).
    static func countsAgreements(_ r: Extractor.Reading, _ c: CountMention, exact: Bool = false) -> Bool {
        let noun = SearchableText(c.noun)
        return (!exact || c.qualifier == .exact)
            && (noun.hasAny(Lexicon.agreementNouns)
                // "three credit lines" (the count's noun the first word).
                || (["credit", "line", "lines", "خط", "خطوط"].contains(c.noun.lowercased())
                    && SearchableText(
                        c.noun + " "
                            + (wordsAfter(r.scalars, c.span.end, within: 24, count: 2).joined(separator: " "))
                    ).hasAny(Lexicon.creditLines))
                || Lexicon.arabicAgreementStems.contains { ArabicText.normalized(c.noun).hasPrefix($0) }
                || (c.noun.unicodeScalars.first?.isASCII == true
                    && wordsAfter(r.scalars, c.span.end, within: 24, count: 1).first.map {
                        Lexicon.englishAgreementHeads.contains($0)
                    } == true))
    }

    /// "7 trade contracts and 24 joint investment agreements": the packages a sentence counts,
    /// two or more, each by its count and noun; nil for one count or none.
    static func countedPackages(_ r: Extractor.Reading) -> [String]? {
        let counted = r.counts.filter { countsAgreements(r, $0) }
        guard counted.count >= 2, r.amounts.isEmpty else { return nil }
        let titles = counted.map { countTitle(r, $0) }
        return Set(titles).count == titles.count ? titles : nil
    }

    /// A count and its words up to the deal's head ("7 trade contracts", "14 documents").
    static func countTitle(_ r: Extractor.Reading, _ c: CountMention) -> String {
        let words = String(scalars: r.scalars[c.span.start..<min(r.scalars.count, c.span.end + 40)])
            .split(separator: " ")
        var title: [Substring] = []
        for w in words.prefix(5) {
            let bare = ScalarText.trimming(String(w), in: ScalarText.Sets.punctuation)
            title.append(Substring(bare))
            let folded = ArabicText.normalized(bare).lowercased()
            if Lexicon.englishAgreementHeads.contains(folded)
                || Lexicon.arabicAgreementStems.contains(where: { folded.hasPrefix($0) || folded.hasPrefix("ل" + $0) })
            {
                break
            }
        }
        return title.joined(separator: " ")
    }

    /// Whether the sentence speaks of deals in the plural ("agreements", "اتفاقيات").
    static func speaksOfSeveral(_ r: Extractor.Reading) -> Bool {
        r.words.hasAny(Lexicon.pluralAgreements) || r.words.hasAny(["اتفاقيات", "اتفاقات", "مذكرات", "عقود", "صفقات"])
    }

    /// Whether the words before `head` count a package of deals ("signed 12 agreements") or
    /// tell it as several ("عدد من الاتفاقيات", "several agreements").
    static func countsAPackage(_ r: Extractor.Reading, before head: Int) -> Bool {
        if r.counts.contains(where: { $0.span.end <= head }) { return true }
        let before = SearchableText(String(scalars: r.scalars[..<min(head, r.scalars.count)]))
        return before.hasAny(Lexicon.severalWords) && before.hasAny(Lexicon.pluralAgreements)
    }

    /// The one deal named after "including"/"among them" in a sentence that counts its package
    /// (`countsAPackage`) before it, or nil.
    static func includedDeal(_ r: Extractor.Reading) -> DealItem? {
        let head = inclusionStart(r)
        guard head > 0, countsAPackage(r, before: head) else { return nil }
        let scalars = r.scalars
        let piece = String(scalars: scalars[head...])
        let words = SearchableText(piece)
        var inside = r.amounts.filter { $0.span.start >= head }
        // An amount and its dollars right after it ("800 million euros ($873 million)") are one, in dollars.
        if inside.count == 2, isConverted(inside[0], to: inside[1]) { inside = [inside[1]] }
        // A work told with its cost is one of the package's deals too ("signed twelve
        // agreements, among them a $4 billion upgrade of the airport").
        // So is "one" of them told ("15 agreements, including one between Eni and Sonatrach on gas").
        let opening = ArabicText.normalized(ScalarText.trimming(piece, in: ScalarText.Sets.spaceAndCommas)).lowercased()
        let one = ["one ", "احداها ", "واحده "].contains { opening.hasPrefix($0) }
        guard words.hasAny(Lexicon.agreementNouns) || words.hasAny(Lexicon.dealNouns) || inside.count == 1 || one else {
            return nil
        }
        guard inside.count <= 1 else { return nil }
        var text = ScalarText.trimming(piece, in: ScalarText.Sets.itemEnds)
        // "one between Eni and Sonatrach on gas": the package's noun in place of "one".
        if one, text.lowercased().hasPrefix("one ") { text = "agreement " + text.dropFirst(4) }
        return DealItem(text: text, amount: inside.first?.money, range: head..<scalars.count)
    }

    /// Whether the " and …" at `at` opens a second agreement of its own: "an MoU on minerals and an
    /// agreement on qualifications", "مذكرة تفاهم للتعاون في الطاقة واتفاقية للنقل". The piece since
    /// the last cut must already name an agreement with words of its own after the noun, so that
    /// "agreements and memoranda" and "اتفاقيات ومذكرات تفاهم" stay one name.
    static func opensAnotherAgreement(_ scalars: [Unicode.Scalar], at i: Int, since start: Int) -> Bool {
        // Both openings below have " and a "/" and the "… or " و" first: without it, no text to build.
        let bare = ScalarText.startsInAnyCase(scalars, at: i, withOneOf: bareAndOpenings)
        guard bare || opensWithAnd(scalars, at: i) || (i + 1 < scalars.count && scalars[i + 1] == "و") else {
            return false
        }
        let end = min(scalars.count, i + 48)
        let next: String
        // The second document's noun, where it is read.
        var second: String?
        if bare {
            // " and memorandum of understanding for …": an MoU often goes without an article.
            next = "en"
        } else if let opening = andOpenings.first(where: { ScalarText.startsInAnyCase(scalars, at: i, withOneOf: [$0]) }
        ) {
            // One of `andOpenings` in any case: what lowercases to one of them.
            // The noun must come within three words: "and a $2 billion loan", "and an agreement".
            let rest = String(scalars: scalars[(i + opening.utf8.count)..<end]).lowercased()
            let words = rest.split(separator: " ").prefix(4).map { $0.trimmingCharacters(in: .punctuationCharacters) }
            guard let head = words.first(where: { Lexicon.englishAgreementHeads.contains($0) }) else { return false }
            second = head
            next = "en"
        } else {
            // The first letter of the word after " و" (past marks and spaces, normalised) must
            // start a document or a verb below: most و join no such words, and need no text.
            var k = i + 2
            while k < end && (scalars[k] == " " || ArabicText.map(scalars[k]) == nil) { k += 1 }
            guard k < end, let initial = ArabicText.map(scalars[k]), arabicOpeningInitials.contains(initial.value)
            else {
                return false
            }
            let ahead = String(scalars: scalars[i..<end])
            guard ahead.hasPrefix(" و") else { return false }
            // The document right after و, or within three words after a verb of signing or
            // agreeing ("… واتفقا على اتفاقية لتبادل العملات", "… ووقعا عقدا لـ…").
            let words = ArabicText.normalized(String(ahead.dropFirst(2))).split(separator: " ").prefix(4)
            guard let word = words.first else { return false }
            let document = { (w: Substring) in Lexicon.arabicSignedDocumentStems.contains(where: { w.hasPrefix($0) }) }
            // "وهما اتفاقية لإنشاء محطات … وأخرى لتجديد الشبكة": the other of the two named.
            let other = (word == "اخري" || word == "والاخري") && Self.namesItsCounted(scalars)
            guard
                other || document(word)
                    || (Self.arabicJoinedVerbs.contains(String(word)) && words.dropFirst().contains(where: document))
            else { return false }
            second = document(word) ? String(word.dropFirst()) : nil
            next = "ar"
        }
        // The earlier noun, and at least two words after it.
        let earlier = CharacterWords.folded(scalars[start..<i], digits: true, hyphens: false)
        guard
            let noun = earlier.lastIndex(where: { w in
                next == "en"
                    ? Lexicon.englishAgreementHeads.contains(w)
                    : Lexicon.arabicSignedDocumentStems.contains { w.hasPrefix($0) || w.dropFirst().hasPrefix($0) }
            })
        else { return false }
        // "an MoU to provide financial support and a long-term loan", "مذكرة … لتقديم الدعم المالي
        // وقرض": what the deal is to provide, not a second deal.
        if earlier[(noun + 1)...].contains(where: Self.provideVerbs.contains) { return false }
        // "12 اتفاقية ومذكرة تفاهم": a count before the first noun counts both, one package.
        if noun > 0, noun == earlier.count - 1, earlier[noun - 1].allSatisfy(\.isNumber) { return false }
        // "a loan agreement and a memorandum of understanding", "اتفاقية قرض ومذكرة تفاهم": two
        // documents of different kinds, each one alone, are two deals however short their names.
        if let second, Self.singleDocument(earlier[noun]), Self.singleDocument(second),
            documentKind(earlier[noun]) != documentKind(second)
        {
            return true
        }
        return earlier.count - noun - 1 >= 2
    }

    /// Whether the words after the space at `i` add one more document with no comma before them:
    /// "هذا بالإضافة إلى اتفاقية قرض …", "بالإضافة إلى مذكرة …", "in addition to a loan agreement …".
    static func addsADocument(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        // (Most spaces are not before a link: its first letters, as written, are looked at first.)
        guard i + 1 < scalars.count, "هبإاعi".unicodeScalars.contains(scalars[i + 1]),
            Self.additionOpenings.contains(where: { opening in
                i + opening.count < scalars.count && scalars[(i + 1)...(i + opening.count)].elementsEqual(opening)
            })
        else { return false }
        let ahead = ArabicText.normalized(String(scalars: scalars[(i + 1)..<min(scalars.count, i + 60)])).lowercased()
        guard let link = Self.additionLinks.first(where: { ahead.hasPrefix($0) }) else { return false }
        let words = ahead.dropFirst(link.count).split(separator: " ").prefix(3)
        return words.contains { w in
            Lexicon.arabicSignedDocumentStems.contains { w.hasPrefix($0) }
                || Lexicon.englishAgreementHeads.contains(String(w))
        }
    }

    /// How the links of `addsADocument` open, as written.
    static let additionOpenings: [[Unicode.Scalar]] = ["هذا ب", "بالإض", "بالاض", "إضافة", "اضافة", "علاوة", "in add"]
        .map {
            Array($0.unicodeScalars)
        }

    /// The links that add a document (`addsADocument`), normalised and lowercased, each with its space.
    static let additionLinks = [
        "هذا بالاضافه الي ", "بالاضافه الي ", "اضافه الي ", "علاوه علي ", "in addition to ",
    ]

    /// Whether an Arabic sentence names the deals it counts, one by one ("وهما", "وهي", "إحداهما").
    static func namesItsCounted(_ scalars: [Unicode.Scalar]) -> Bool {
        SearchableText(String(scalars: scalars[...])).hasAny(countedNamings)
    }

    /// The words that name a sentence's counted deals one by one (`namesItsCounted`).
    static let countedNamings: WordList = [" وهما ", " وهي ", " احداهما ", " هما "]

    /// Whether a document's noun, folded, names one document: not a plural ("agreements",
    /// "اتفاقيات") nor a dual ("اتفاقيتين").
    static func singleDocument(_ noun: String) -> Bool {
        ArabicText.containsArabic(noun)
            ? !["ات", "تين", "تان", "تي", "تا", "ين", "ان"].contains(where: noun.hasSuffix)
            : noun == "mou" || (!noun.hasSuffix("s") && noun != "memoranda")
    }

    /// A document's kind, for telling two documents apart: its noun without a particle before it.
    static func documentKind(_ noun: String) -> String {
        var stem = Substring(noun)
        for particle in ["و", "ب", "ل"] where stem.hasPrefix(particle) && stem.count > 3 { stem = stem.dropFirst() }
        if ["mou", "memorandum"].contains(String(stem)) || stem.hasPrefix("مذكر") { return "memorandum" }
        if stem.hasPrefix("اتفاق") { return "agreement" }
        return String(stem)
    }

    /// Whether the first six words of a piece name fields in the plural (`fieldNouns`: "قطاعات",
    /// "مجالات", "sectors").
    static func namesFields(_ piece: String) -> Bool {
        ArabicText.normalized(piece).lowercased().split(separator: " ").prefix(6).contains { w in
            fieldNouns.contains { w.hasSuffix($0) }
        }
    }

    /// Verbs of providing that a deal's purpose opens on, folded ("to provide", "لتقديم").
    static let provideVerbs: Set<String> = ["provide", "offer", "extend", "لتقديم", "لتوفير", "لمنح"]

    /// Whether " and a ", " and an ", " and another " or " and the " in any case start at `i`, as
    /// they must for the text from `i` to lowercase to one of them (no other scalar lowercases to
    /// these letters).
    static func opensWithAnd(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        ScalarText.startsInAnyCase(scalars, at: i, withOneOf: andOpenings)
    }

    /// The last four open a second deal by its own verb: "signed an MoU on chips and agreed to a
    /// $75 billion currency swap line".
    static let andOpenings = [
        " and a ", " and an ", " and another ", " and the ", " and signed a ", " and signed an ", " and agreed to a ",
        " and agreed on a ",
    ]
    /// Verbs of signing and agreeing that may follow و and come before a second deal's noun.
    static let arabicJoinedVerbs: Set<String> = [
        "اتفقا", "اتفقتا", "اتفق", "اتفقت", "وقعا", "وقعتا", "وقع", "وقعت", "ابرما", "ابرمتا", "ابرم", "ابرمت",
    ]
    /// The first letters of `Lexicon.arabicSignedDocumentStems` and `arabicJoinedVerbs`.
    static let arabicOpeningInitials = Set(
        (Lexicon.arabicSignedDocumentStems + Array(arabicJoinedVerbs)).compactMap { $0.unicodeScalars.first?.value })
    /// " and " before a memorandum without an article.
    static let bareAndOpenings = [" and memorandum ", " and memoranda ", " and mou ", " and mous "]
}
