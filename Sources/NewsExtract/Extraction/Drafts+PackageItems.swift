import NewsCore

/// One deal of a package told before, named in a sentence of its own ("ومن بين هذه الاتفاقيات
/// تشغيل خط بحري", "The agreements also include a grid link").
extension Drafts {
    /// How such a sentence opens, in folded text, each with the space after it: the words that
    /// include, and then `packageReferences` (or a pronoun) for the package.
    static let packageItemOpeners = WordList(
        [
            "من ابرز", "ومن ابرز", "من بين", "ومن بين", "من اهم", "ومن اهم", "كما تضمنت", "وتضمنت", "تضمنت", "كما شملت",
            "وشملت", "كما تشمل", "وتشمل",
            "among", "the most important of", "the main", "they include", "they also include", "these include",
            "these also include",
            "the agreements include", "the agreements also include", "the deals include", "the deals also include",
        ].map { $0 + " " } + otherItemOpeners.map { $0 + " " })
    /// `otherItemOpeners` as a word list, for a sentence's opening.
    static let otherItemWords = WordList(otherItemOpeners.map { $0 + " " })
    /// Openers that tell the rest of a package's items ("Others were …", "Other signed documents
    /// included …"): the items start right after them.
    static let otherItemOpeners = [
        "others were", "others included", "others include", "the others were", "other signed documents included",
        "other documents signed included", "other documents included", "other documents signed were",
        "other agreements included", "other agreements signed included", "other deals included",
    ]
    /// Words that open a list of fields, not a deal ("مجالات الطاقة والنقل", "sectors such as").
    static let fieldNouns = ["مجالات", "قطاعات", "sectors", "fields", "areas"]
    static let fieldWords = WordList(fieldNouns.map { $0 + " " })

    /// "من أبرز هذه الاتفاقيات ربط الشبكتين الكهربائيتين …": a sentence that opens by including
    /// one item in a package of deals told before (with no deal noun of its own, which
    /// `readAgreement` reads) is one more deal of that package's parties and status, titled by
    /// what it names. A list of fields ("وشملت الاتفاقيات مجالات الطاقة والنقل") is none.
    mutating func readPackageItem(_ r: Extractor.Reading, _ evidence: Evidence) -> Bool {
        // A line that introduces a list ("The agreements include:") names no item: its list does.
        guard r.role != .headline, !r.introducesList, Lexicon.opens(r.words, withOneOf: Self.packageItemOpeners)
        else { return false }
        guard let package = agreements.last(where: \.package), case .agreement = package.fact else { return false }
        // The item: what follows the package's name (or the opener, for "they include").
        let text = r.sentence.text
        let folded = FoldedText(text, lowercased: true)
        let plain = String(scalars: folded.scalars)
        var start: String.Index?
        for reference in Lexicon.packageReferences.words + Self.moreReferences + Self.otherItemOpeners + [
            "they include", "they also include", "these include", "these also include",
        ] {
            if let found = plain.range(of: reference + " "), found.lowerBound.utf16Offset(in: plain) < 48 {
                start = max(start ?? found.upperBound, found.upperBound)
            }
        }
        guard let start else { return false }
        let offset = plain.unicodeScalars.distance(from: plain.unicodeScalars.startIndex, to: start)
        guard offset < folded.origin.count else { return false }
        var item = String(scalars: r.scalars[folded.origin[offset]...])
        // "Among the MoUs signed were …": the item after the words that link it to the package.
        let arabic = ArabicText.containsArabic(item)
        // Whether the item follows its verb right away ("… signed were", "Others were"), as a list
        // of the package's items does ("Among the deals agreed, the value of which …, were loans for
        // …" is read by `readAgreement`).
        var linked = Lexicon.opens(r.words, withOneOf: Self.otherItemWords)
        if !arabic {
            var words = item.split(separator: " ", omittingEmptySubsequences: true)
            while let first = words.first, Self.linkingWords.contains(first.lowercased()) {
                if first.lowercased() != "signed" && first.lowercased() != "also" { linked = true }
                words.removeFirst()
            }
            item = words.joined(separator: " ")
        }
        // ‘وتضمنت الاتفاقيات "التعاون في مجالي الرياضة والشباب" و"بروتوكول تعاون …"’: items quoted
        // one by one, three or more, are a deal each, whatever each names.
        let quoted = Self.quotedSegments(item)
        if quoted.count >= 3 {
            for text in quoted {
                appendPart(of: package, title: text, value: nil, kindFrom: SearchableText(text), evidence)
            }
            return true
        }
        // "Among the MoUs signed were a plan to promote solar power, cooperation in space, and
        // training of customs officers": one item per piece of an English list.
        if !arabic, linked, r.amounts.isEmpty, case let listed = Self.englishListPieces(item), listed.count >= 2 {
            for text in listed {
                appendPart(
                    of: package, title: Self.listedItemTitle(text), value: nil, kindFrom: SearchableText(text),
                    evidence)
            }
            return true
        }
        let words = SearchableText(item)
        // A deal noun of its own: `readAgreement` reads the item. Fields: no item.
        // ("مشاريع متنوعة امتدت إلى قطاعات …": fields the deals span, a little further on.)
        if words.hasAny(Lexicon.agreementNouns) || Lexicon.opens(words, withOneOf: Self.fieldWords)
            || (!words.hasAny(Lexicon.dealNouns) && Self.namesFields(item))
        {
            return false
        }
        // "وشملت الاتفاقيات إنشاء محطة …، تطوير ميناء …، بناء صوامع …": one item per piece.
        let pieces = Self.listedPieces(r.scalars, from: folded.origin[offset])
        guard pieces.count > 1 else {
            appendPart(
                of: package, title: Self.itemTitle(item), value: r.amounts.first?.money, kindFrom: words, evidence)
            return true
        }
        for piece in pieces {
            // Without the quotation marks around the list ("«إنشاء …، تطوير …»").
            var text = String(
                String.UnicodeScalarView(r.scalars[piece].filter { !Self.quotationMarks.contains($0) }))
            // "، وتطوير ميناء …": the item without the "و" that joins it.
            if case let trimmed = ScalarText.trimming(text, in: ScalarText.Sets.spaceAndCommas), trimmed.hasPrefix("و"),
                Lexicon.projectWorks.words.contains(where: { trimmed.dropFirst().hasPrefix($0) })
                    || trimmed.dropFirst().hasPrefix("استثمار")
            {
                text = String(trimmed.dropFirst())
            }
            // A piece's amount: its first, or the dollars it is given in right after.
            appendPart(
                of: package, title: Self.itemTitle(text), value: Self.amount(Self.piece(r, r.scalars, piece)),
                kindFrom: SearchableText(text), evidence)
        }
        return true
    }

    /// The package named as what an item is among, beside `Lexicon.packageReferences` ("Among
    /// the MoUs signed were …").
    static let moreReferences = [
        "the mous", "these mous", "the memoranda", "these memoranda", "the memorandums", "these memorandums",
        "the accords", "the documents signed", "the signed documents",
    ]
    /// Words between a package's reference and its item ("… signed were", "… also include").
    static let linkingWords: Set<String> = [
        "signed", "were", "was", "are", "is", "also", "include", "includes", "included", "exchanged",
    ]

    /// An English list of items without an amount, set apart by commas and a last "and" ("a plan
    /// to promote solar power, cooperation in the peaceful use of space, and training of customs
    /// officers"): each item's text. A piece that opens a clause about the one before it
    /// (", which is to …") is left out, as no part of the item's name. Empty when the text is no
    /// such list, or any piece is longer than 16 words. (Without amounts: the caller's sentence
    /// has none.)
    static func englishListPieces(_ text: String) -> [String] {
        let body = ScalarText.trimming(text, in: ScalarText.Sets.itemEnds)
        var pieces: [String] = []
        for (n, part) in body.components(separatedBy: ", ").enumerated() {
            var piece = part
            let lower = piece.lowercased()
            // (What the clause says of the item is no part of its name.)
            if n > 0, ["which ", "who ", "that ", "aimed ", "to "].contains(where: lower.hasPrefix), !pieces.isEmpty {
                continue
            }
            if lower.hasPrefix("and ") { piece = String(piece.dropFirst(4)) }
            pieces.append(piece)
        }
        // ("a protocol on surveying, mapping, and geo-information": a word alone goes with the piece before.)
        pieces = pieces.reduce(into: []) { joined, piece in
            if let last = joined.last, !piece.contains(" ") {
                joined[joined.count - 1] = last + ", " + piece
            } else {
                joined.append(piece)
            }
        }
        // "the MoU on media exchange and the MoU between the broadcasters": two deals each named
        // by its noun, without a comma.
        if pieces.count == 1, let and = body.range(of: " and the "),
            let noun = body[and.upperBound...].split(separator: " ").first,
            ["memorandum", "agreement", "mou", "protocol", "letter", "contract", "treaty"].contains(noun.lowercased()),
            SearchableText(String(body[..<and.lowerBound])).hasAny(Lexicon.agreementNouns)
        {
            return [String(body[..<and.lowerBound]), "the " + body[and.upperBound...]]
        }
        // The last piece's " and ": "… media exchange and film co-production" is two, unless the
        // list was one piece before it.
        if pieces.count >= 2, let last = pieces.last, let and = last.range(of: " and "),
            !pieces.contains(where: { $0.hasPrefix("and ") }), !body.contains(", and ")
        {
            pieces[pieces.count - 1] = String(last[..<and.lowerBound])
            pieces.append(String(last[and.upperBound...]))
        }
        guard pieces.count >= 2, pieces.allSatisfy({ (1...16).contains($0.split(separator: " ").count) }) else {
            return []
        }
        return pieces
    }

    /// An English list item as a title: without its article, twelve words at most ("a plan to
    /// promote solar power" is "plan to promote solar power").
    static func listedItemTitle(_ text: String) -> String {
        var words = text.split(separator: " ")
        if let first = words.first, ["a", "an", "the"].contains(first.lowercased()), words.count > 1 {
            words.removeFirst()
        }
        return words.prefix(12).joined(separator: " ")
    }

    /// The texts set in quotation marks, in order ("…" “…” «…»), each of two words to fifteen; none
    /// when a mark is left open.
    static func quotedSegments(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let (spans, leftOpen) = ScalarText.quotedSpans(scalars)
        let segments = spans.map {
            ScalarText.trimming(String(scalars: scalars[$0]), in: ScalarText.Sets.spaceAndCommas)
        }
        guard !leftOpen,
            segments.allSatisfy({ (2...15).contains($0.split(separator: " ").count) })
        else { return [] }
        return segments
    }

    /// One more deal of `package`: its parties and status, with a title and an amount of its own,
    /// and its kind from `words` where they name one.
    mutating func appendPart(
        of package: Draft, title: String, value: Money?, kindFrom words: SearchableText?, _ evidence: Evidence
    ) {
        guard case .agreement(var agreement) = package.fact else { return }
        agreement.title = title
        agreement.value = value
        if let words, case let kind = Self.kind(words), kind != .other { agreement.kind = kind }
        var draft = Draft(fact: .agreement(agreement), evidence: [evidence], basis: package.basis.union(.enumerated))
        draft.distinct = true
        draft.partOf = package.evidence.first?.start
        agreements.append(draft)
    }

    /// "The credit lines are intended to repair a road; to build 1,200 houses, and lastly to fund
    /// a water project", after "three credit lines" were told: a sentence that opens on a package
    /// counted before and sets apart as many pieces as it counts (by semicolons, the last by
    /// ", and") tells its deals, one per piece, each with the package's parties and status and
    /// its own amount, if any. A count that the pieces do not match is no such list.
    mutating func readCountedParts(_ r: Extractor.Reading, _ evidence: Evidence) -> Bool {
        guard r.role != .headline, r.scalars.contains(where: { $0 == ";" || $0 == "؛" }), Self.opensOnAPackage(r.words)
        else { return false }
        guard let package = agreements.last(where: { ($0.counted ?? 0) >= 2 }), let count = package.counted else {
            return false
        }
        var pieces: [Range<Int>] = []
        var from = 0
        for (i, c) in r.scalars.enumerated() where c == ";" || c == "؛" {
            pieces.append(from..<i)
            from = i + 1
        }
        pieces.append(from..<r.scalars.count)
        // The last piece split at its last ", and" when that makes the count.
        if pieces.count == count - 1, let last = pieces.last,
            let and = [", and ", "، و"].compactMap({
                ScalarText.lastRange(of: $0, in: Array(r.scalars[..<last.upperBound]), from: last.lowerBound)
            }).max()
        {
            pieces[pieces.count - 1] = last.lowerBound..<and
            pieces.append((and + 1)..<last.upperBound)
        }
        guard pieces.count == count,
            pieces.allSatisfy({ String(scalars: r.scalars[$0]).split(separator: " ").count >= 2 })
        else { return false }
        for piece in pieces {
            var text = ScalarText.trimming(String(scalars: r.scalars[piece]), in: ScalarText.Sets.itemEnds)
            // The first piece without the package it opens on: "The credit lines are intended to
            // repair …" is "to repair …".
            if piece.lowerBound == 0, let to = text.range(of: " to ") {
                text = String(text[to.lowerBound...].dropFirst())
            }
            appendPart(
                of: package, title: Titles.phrase(text) ?? Self.itemTitle(text),
                value: Self.amount(Self.piece(r, r.scalars, piece)), kindFrom: nil, evidence)
        }
        return true
    }

    /// "The MoU for better sea and air links to the island provides for …", "Another agreement
    /// was on the import of mangoes": after a package counted ("inked five agreements"), a
    /// sentence whose subject is one deal, named by what it is about and not said to be signed
    /// (which `readAgreement` reads), is one more deal of the package while the package has
    /// fewer deals told than it counts. "The agreement" alone names no deal of its own.
    mutating func readDescribedPart(_ r: Extractor.Reading, _ evidence: Evidence) -> Bool {
        // (A deal's noun first, found by bytes: most sentences are done before any string work.)
        guard r.role != .headline, r.amounts.isEmpty, r.words.hasAny(Lexicon.agreementNouns),
            let at = agreements.lastIndex(where: { ($0.counted ?? 0) >= 2 }), let count = agreements[at].counted
        else { return false }
        let package = agreements[at]
        let told = agreements[(at + 1)...].filter { $0.distinct && $0.countries == package.countries }.count
        guard told < count else { return false }
        var words = r.words.text.split(separator: " ").prefix(5).map(String.init)
        // "Under another MoU, India's Wipro will team up with Safaricom on data centres": the deal
        // named by what its clause after the comma says.
        if words.count == 5, words[0] == "under", words[1] == "another", Self.describedDealHeads.contains(words[2]),
            let comma = r.sentence.text.firstIndex(of: ","),
            r.sentence.text[..<comma].split(separator: " ").count == 3
        {
            var rest = Self.itemTitle(String(r.sentence.text[r.sentence.text.index(after: comma)...]))
                .split(separator: " ")
            while let last = rest.last, ["on", "in", "to", "for", "with", "and", "of"].contains(last.lowercased()) {
                rest.removeLast()
            }
            guard rest.count >= 3 else { return false }
            let head = r.sentence.text[..<comma].split(separator: " ")[2]
            appendPart(
                of: package, title: head + ": " + rest.joined(separator: " "), value: nil,
                kindFrom: SearchableText(String(head)), evidence)
            return true
        }
        words = Array(words.prefix(4))
        guard words.count == 4, ["the", "another"].contains(words[0]), Self.describedDealHeads.contains(words[1]) else {
            return false
        }
        // What the deal is about: "on", "for", "in the field of" after its noun; after "another",
        // also "was on", "is for".
        let about = words[0] == "another" && ["was", "is"].contains(words[2]) ? words[3] : words[2]
        guard Self.aboutWords.contains(about) else { return false }
        // The title: from the noun to the verb that says what the deal does.
        let text = r.sentence.text
        guard let head = text.range(of: words[1], options: [.caseInsensitive]) else { return false }
        var title: [Substring] = []
        for w in text[head.lowerBound...].split(separator: " ") {
            let n = w.lowercased().trimmingCharacters(in: .punctuationCharacters)
            if title.count >= 2 && Self.describingVerbs.contains(n) { break }
            if !(title.count == 1 && ["was", "is"].contains(n)) { title.append(w) }
            if w.hasSuffix(",") || w.hasSuffix(".") || title.count >= 12 { break }
        }
        appendPart(
            of: package, title: ScalarText.trimming(title.joined(separator: " "), in: ScalarText.Sets.itemEnds),
            value: nil, kindFrom: SearchableText(title.joined(separator: " ")), evidence)
        return true
    }

    /// Singular deal nouns a sentence may open on to describe one deal of a package.
    static let describedDealHeads: Set<String> = [
        "mou", "memorandum", "agreement", "protocol", "contract", "accord", "treaty", "programme", "program",
    ]
    /// Words that say what a deal is about, right after its noun.
    /// ("The MoU between India's L&T and Kenya Power, which covers …": by its parties.)
    static let aboutWords: Set<String> = ["on", "for", "in", "to", "concerning", "regarding", "between"]
    /// Verbs that say what a described deal does, where its name ends.
    static let describingVerbs: Set<String> = [
        "provides", "aims", "seeks", "envisages", "covers", "will", "would", "allows", "enables", "includes",
        "establishes", "sets", "calls", "is", "was", "has", "involves",
    ]

    /// Whether a sentence opens on a package told before: "The credit lines …", "These loans …",
    /// "القروض …" (a deal's noun in the plural, with the article or a demonstrative, in its first
    /// three words).
    static func opensOnAPackage(_ words: SearchableText) -> Bool {
        let first = words.text.split(separator: " ").prefix(4).map(String.init)
        guard let lead = first.first else { return false }
        if ["the", "these", "those", "both", "all"].contains(lead) {
            return first.dropFirst().prefix(3).contains { w in
                w.hasSuffix("s") && Lexicon.englishAgreementHeads.contains(w)
                    || ["lines", "facilities", "memoranda"].contains(w)
            }
        }
        let word = lead.hasPrefix("و") ? String(lead.dropFirst()) : lead
        return Lexicon.packageReferences.contains(word) || ["القروض", "المنح", "المذكرات"].contains(word)
    }

    /// The pieces (scalar ranges) of a list of works after a package's name, set apart by
    /// Arabic commas: each piece from the second on names a project or a work ("تطوير ميناء …")
    /// or a deal, else it belongs to the piece before it, as does one that gives the piece
    /// before it again ("، أي ما يعادل …"). One piece when the list has none.
    static func listedPieces(_ scalars: [Unicode.Scalar], from start: Int) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var from = start
        func close(_ end: Int) {
            let piece = from..<end
            let words = SearchableText(String(scalars: scalars[piece]))
            let names =
                words.hasAny(Lexicon.projectNouns) || words.hasAny(Lexicon.projectWorks)
                || words.hasAny(Lexicon.dealNouns) || words.hasAny(Lexicon.agreementNouns)
                || words.hasAny(Self.anInvestment)
            if pieces.isEmpty || names {
                pieces.append(piece)
            } else {
                pieces[pieces.count - 1] = pieces[pieces.count - 1].lowerBound..<end
            }
            from = end
        }
        for i in start..<scalars.count where scalars[i] == "،" {
            let further = ArabicText.normalized(String(scalars: scalars[(i + 1)..<min(scalars.count, i + 16)]))
            if !restatementOpeners.contains(where: further.hasPrefix) { close(i + 1) }
        }
        close(scalars.count)
        return pieces
    }

    /// The item's name, up to what the sentence says of it ("، مما يعزز", ", which will …").
    static func itemTitle(_ item: String) -> String {
        var words: [Substring] = []
        for w in item.split(separator: " ") {
            let n = ArabicText.normalized(String(w)).lowercased()
            if ["مما", "الذي", "التي", "والذي", "والتي", "بما", "which", "that", "to", "in", "for"].contains(n)
                && words.count >= 2
            {
                break
            }
            words.append(w)
            if w.hasSuffix("،") || w.hasSuffix(",") || w.hasSuffix(".") || words.count >= 8 { break }
        }
        return ScalarText.trimming(words.joined(separator: " "), in: ScalarText.Sets.itemEnds)
    }
}

/// Deals named in the plural by what each is about.
extension Drafts {
    /// "They also signed memorandums of understanding on renewable energy, digital
    /// transformation, intellectual property, and agricultural research", after "signed six
    /// agreements": a list of what deals are about, while a package counted before has room for
    /// them (the deals it has told and these at most its count), is one deal per subject, with
    /// the package's parties and status. Without such a package ("signed agreements covering air
    /// transport, mining and visa waivers") the list is one deal, which `readAgreement` reads.
    mutating func readSubjectList(_ r: Extractor.Reading, _ evidence: Evidence) -> Bool {
        // (A deal's noun first, found by bytes: most sentences are done before any string work.)
        guard r.role != .headline, r.amounts.isEmpty, r.words.hasAny(Lexicon.agreementNouns),
            let at = agreements.lastIndex(where: { ($0.counted ?? 0) >= 2 }), let count = agreements[at].counted
        else { return false }
        let package = agreements[at]
        guard Set(r.distinctCountries).isSubset(of: package.countries),
            let (noun, subjects) = Self.subjects(r.sentence.text)
        else { return false }
        guard dealsOfItsPair(after: at) + subjects.count <= count else { return false }
        for subject in subjects {
            appendPart(
                of: package, title: "\(noun) on \(subject)", value: nil, kindFrom: SearchableText(noun), evidence)
        }
        return true
    }

    /// "The agreements cover A, B and C", "These cover A, B and C", "وتشمل الاتفاقيات A وB وC",
    /// "وتتعلق بـA وB وC", after a package counted before: a sentence that tells what the deals
    /// are about by a verb, after the package's noun or a word that points back to it, is one
    /// deal per subject when the subjects are as many as the deals the package has left, and the
    /// package was told in the sentence right before (or a few before, where the sentence names
    /// the deals and no deal was told between). A deal told beside the subjects ("…,
    /// together with a memorandum on …", "…، فضلا عن مذكرة تفاهم …") is one more. After a package
    /// in the plural without a count or an amount ("signed agreements to …", "حزمة من
    /// الاتفاقات"), the deals told so are all of it: they stand in its place.
    mutating func readSubjectsByVerb(_ r: Extractor.Reading, _ evidence: Evidence) -> Bool {
        // (A counted package, or one in the plural without a count or an amount, first, then its
        // opener found by bytes: most sentences are done before any string work.)
        guard r.role != .headline, r.amounts.isEmpty,
            let at = agreements.lastIndex(where: { ($0.counted ?? 0) >= 2 || $0.isUncountedPackage }),
            r.words.hasAny(Self.subjectVerbWords) || Lexicon.opens(r.words, withOneOf: Self.subjectPointers)
        else { return false }
        let package = agreements[at]
        // (Right after the package's sentence: "They span …" after another sentence may point to
        // what that one told, "The industrial projects …".)
        // (A sentence that names the deals, "The agreements cover …", may come a few sentences
        // later, where no other deal was told between.)
        let told = package.evidence.filter { $0.end <= r.sentence.start }.map { r.sentence.start - $0.end }
        guard let gap = told.min(), gap <= 700, Set(r.distinctCountries).isSubset(of: package.countries),
            let packageWords = package.evidence.first.map({ SearchableText($0.sentence) }),
            let (noun, subjects, besides, named) = Self.subjectsByVerb(
                r.sentence.text, mou: Self.kind(packageWords) == .mou, counted: package.counted != nil),
            gap <= 3 || (named && at == agreements.count - 1)
        else { return false }
        // A counted package's deals are as many as it counts; one without a count is all of those
        // told here, where none of its pair was told since.
        if let count = package.counted {
            guard dealsOfItsPair(after: at) + subjects.count + besides.count == count else { return false }
        } else {
            guard dealsOfItsPair(after: at) == 0 else { return false }
            agreements[at].toldInParts = true
        }
        let arabic = ArabicText.containsArabic(noun)
        for subject in subjects {
            appendPart(
                of: package, title: arabic ? "\(noun) في مجال \(subject)" : "\(noun) on \(subject)", value: nil,
                kindFrom: SearchableText(noun), evidence)
        }
        for deal in besides {
            appendPart(of: package, title: deal, value: nil, kindFrom: SearchableText(deal), evidence)
        }
        return true
    }

    /// The deals of the package at `at`'s pair read after it: those of its count already told.
    func dealsOfItsPair(after at: Int) -> Int {
        agreements[(at + 1)...].filter { $0.countries == agreements[at].countries }.count
    }

    /// The openers of a sentence that tells a package's subjects without its noun.
    static let subjectPointers = WordList(
        ["these ", "they ", "those "] + arabicSubjectVerbs.sorted().map { $0 + " " })
    /// English verbs that tell what deals counted before are about, with the spaces around them.
    static let subjectVerbs = [
        " cover ", " covered ", " concern ", " concerned ", " relate to ", " related to ", " deal with ",
        " dealt with ", " focus on ", " focused on ", " span ", " spanned ", " are in ", " were in ",
        " include ", " included ",
    ]
    /// `subjectVerbs` without their spaces, to tell at once that a sentence has none.
    static let subjectVerbWords = WordList(subjectVerbs.map { String($0.dropFirst().dropLast()) })
    /// Arabic counts (normalised) that follow a definite noun ("الاتفاقيات الثلاث").
    static let definiteCounts: Set<String> = [
        "الاثنتين", "الاثنين", "الثلاث", "الثلاثه", "الاربع", "الاربعه", "الخمس", "الخمسه", "الست", "السته", "السبع",
        "السبعه", "الثماني", "الثمانيه", "التسع", "التسعه", "العشر", "العشره",
    ]
    /// Arabic verbs (normalised) that open a sentence telling what deals counted before are about.
    static let arabicSubjectVerbs: Set<String> = [
        "وتشمل", "تشمل", "وشملت", "شملت", "وتتعلق", "تتعلق", "وتغطي", "تغطي", "وتتناول", "تتناول", "وتخص", "تخص",
        // ("وتوزعت هذه المذكرات على قطاعات …": shared out over fields.)
        "وتوزعت", "توزعت", "وتتوزع", "تتوزع",
    ]

    /// The deal noun (singular), the subjects and the deals told beside them, of "The agreements
    /// (signed) cover A, B and C[, together with a memorandum on D]", "These cover A, B and C"
    /// (the noun then the package's: a memorandum when `mou`), or "وتشمل الاتفاقيات (الموقعة)
    /// [مجالات متنوعة، من بينها] A وB وC[، فضلا عن مذكرة تفاهم …]" (Arabic, the noun the
    /// package's, "مجالات عدة، هي: …" too); two subjects or more, each a short phrase and none a
    /// deal of its own (`counted`: for a package that counts its deals). Nil otherwise.
    static func subjectsByVerb(_ sentence: String, mou: Bool, counted: Bool = true) -> (
        noun: String, subjects: [String], besides: [String], named: Bool
    )? {
        var mou = mou
        var words = sentence.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let first = words.first else { return nil }
        let arabic = ArabicText.containsArabic(first)
        // What the sentence tells beside the subjects, after the words that add it: a deal of its
        // own where it names one.
        var besides: [String] = []
        let searched = words.map {
            ScalarText.trimming(ArabicText.normalized($0).lowercased(), in: ScalarText.Sets.itemEnds)
        }
        if let (cut, length) = searched.indices.lazy.compactMap({ i in
            Self.besideWords.first { searched[i...].starts(with: $0) }.map { (i, $0.count) }
        }).first {
            let text = ScalarText.trimming(
                words[(cut + length)...].joined(separator: " "), in: ScalarText.Sets.itemEnds)
            if SearchableText(text).hasAny(Lexicon.agreementNouns) {
                besides.append(Titles.phrase(text) ?? text)
                words = Array(words[..<cut])
                if let last = words.last {
                    words[words.count - 1] = ScalarText.trimming(last, in: ScalarText.Sets.itemEnds)
                }
            } else if arabic, cut + length < words.count {
                // ("…، والطاقة المتجددة، إضافة إلى مشروع الميناء، والمناطق الحرة": in Arabic, words
                // that add no deal join the list as و does.)
                words[cut + length] = "و" + words[cut + length]
                words.removeSubrange(cut..<(cut + length))
            }
        }
        let subjects: [String]
        // Whether the deals' noun is written, not pointed to ("These cover …").
        var named = false
        if arabic {
            guard arabicSubjectVerbs.contains(ArabicText.normalized(first)) else { return nil }
            var start = 1
            let folded = words.map { ScalarText.trimming(ArabicText.normalized($0), in: ScalarText.Sets.itemEnds) }
            if start < folded.count, folded[start] == "هذه" { start += 1 }
            if start < folded.count,
                ["الاتفاقيات", "الاتفاقات", "المذكرات", "مذكرات", "الوثائق"].contains(folded[start])
            {
                // (The memoranda named here are memoranda, whatever the package's noun.)
                if folded[start].hasSuffix("مذكرات") { mou = true }
                start += 1
                named = true
                if start < folded.count, ["التفاهم", "تفاهم"].contains(folded[start]) { start += 1 }
                // ("وتشمل الاتفاقيات الثلاث …": the count after the noun.)
                if start < folded.count, Self.definiteCounts.contains(folded[start]) { start += 1 }
                // ("وتغطي الاتفاقات الموقعة …".)
                if start < folded.count, Self.arabicSignedAdjectives.contains(folded[start]) { start += 1 }
            }
            // ("توزعت هذه المذكرات على قطاعات …".)
            if start < folded.count, folded[start] == "علي" { start += 1 }
            if start < folded.count, ["مجالات", "قطاعات"].contains(folded[start]) {
                start += 1
                // ("مجالات متنوعة، من بينها …": the fields after the words that say they are some.)
                if start < folded.count, Self.arabicVariousWords.contains(folded[start]) { start += 1 }
                if start + 1 < folded.count, folded[start] == "من", folded[start + 1] == "بينها" {
                    start += 2
                } else if start < folded.count,
                    ["منها", "ومنها", "بينها", "هي", "وهي", "هي:", "وهي:"].contains(folded[start])
                {
                    start += 1
                }
            }
            guard start < words.count else { return nil }
            subjects = arabicFields(withoutLinkingBa(Array(words[start...])))
        } else {
            let lower = first.lowercased()
            let text: String
            if ["these", "they", "those"].contains(lower) {
                text = (mou ? "memoranda " : "agreements ") + words.dropFirst().joined(separator: " ")
            } else {
                text = words.joined(separator: " ")
                named = true
            }
            guard
                let (_, found) = Self.subjects(
                    text, openers: subjectVerbs, passing: Self.signedParticiples, bareAnd: true)
            else { return nil }
            subjects = found
        }
        // (Longer where a count holds them to as many as the deals: "الخطة الخمسية للتعاون الثنائي
        // للأعوام من 2024 إلى 2028".)
        guard subjects.count >= 2,
            subjects.allSatisfy({
                $0.split(separator: " ").count <= (counted ? 10 : 8)
                    && !SearchableText($0).hasAny(Lexicon.agreementNouns)
            })
        else { return nil }
        let noun = arabic ? (mou ? "مذكرة تفاهم" : "اتفاقية") : (mou ? "memorandum of understanding" : "agreement")
        return (noun, subjects, besides, named)
    }

    /// Words that add a deal beside a list of subjects, each as its words (lowercased, Arabic
    /// normalised, without the commas around them).
    static let besideWords: [[String]] = [
        ["together", "with"], ["along", "with"], ["in", "addition", "to"],
        ["فضلا", "عن"], ["الي", "جانب"], ["بالاضافه", "الي"], ["اضافه", "الي"], ["علاوه", "علي"],
    ]
    /// English words of signing between a package's noun and the verb that tells its subjects.
    static let signedParticiples = [" signed", " concluded", " inked", " reached"]
    /// Arabic adjectives of signing after a package's noun, normalised.
    static let arabicSignedAdjectives: Set<String> = ["الموقعه", "المبرمه"]
    /// Arabic words that say the fields listed are of several kinds, normalised.
    static let arabicVariousWords: Set<String> = ["متنوعه", "عده", "مختلفه", "عديده", "متعدده"]

    /// English plural deal nouns that a list of subjects follows, longest first.
    static let subjectListNouns = [
        "memorandums of understanding", "memoranda of understanding", "letters of exchange", "letters of intent",
        "memorandums", "memoranda", "agreements", "mous", "accords", "pacts", "treaties", "protocols",
    ]
    /// Words that open what a deal is about, with the spaces around them.
    static let subjectOpeners = [
        " on ", " covering ", " concerning ", " regarding ", " in the fields of ", " in the areas of ",
        " in areas such as ", " in fields such as ",
        // "Letters of Exchange were also signed for reconstructing schools, …".
        " were signed for ", " were also signed for ", " were signed on ", " were also signed on ",
    ]

    /// The deal noun (singular) and the subjects of "agreements on A, B, C and D": two or more,
    /// set apart by commas, the last by "and" or "as well as" (a list without a comma is one
    /// subject, "trade and investment"; one of adjectives is one too, "on trade, economic and
    /// technical cooperation"). Nil when the sentence has no such list.
    ///
    /// `passing`: words that may stand between the noun and the opener ("The agreements signed
    /// covered …"). `bareAnd`: two subjects joined by "and" alone are two ("covered air services
    /// and the protection of investments"), as after a verb that tells deals counted in the plural.
    static func subjects(
        _ sentence: String, openers: [String] = subjectOpeners, passing: [String] = [], bareAnd: Bool = false
    ) -> (noun: String, subjects: [String])? {
        // (A space before the sentence: its noun may open it, "Letters of Exchange were also signed for …".)
        let sentence = " " + sentence
        let text = sentence.lowercased()
        let searched = PlainSearch.Text(text)
        guard
            let (noun, nounEnd) = subjectListNouns.lazy.compactMap({ n in
                searched.range(of: " " + n).map { (n, $0.upperBound) }
            }).first
        else { return nil }
        var rest = text[nounEnd...]
        // "memorandums of understanding (MoUs) on …": the abbreviation in brackets passed over.
        if rest.hasPrefix(" ("), let close = rest.firstIndex(of: ")") { rest = rest[rest.index(after: close)...] }
        if let word = passing.first(where: { rest.hasPrefix($0 + " ") }) { rest = rest.dropFirst(word.count) }
        guard let opener = openers.first(where: { rest.hasPrefix($0) }) else { return nil }
        rest = rest.dropFirst(opener.count)
        // The subjects as written ("Invest India"), where lowercasing kept every byte's place.
        if text.utf8.count == sentence.utf8.count {
            let offset = text.utf8.distance(from: text.startIndex, to: rest.startIndex)
            rest = sentence[sentence.utf8.index(sentence.startIndex, offsetBy: offset)...]
        }
        var list = ScalarText.trimming(String(rest.prefix { $0 != "." && $0 != ";" }), in: ScalarText.Sets.itemEnds)
        // (", alongside an endorsement of …": what comes beside the list is no subject of it.)
        if let beside = [", alongside ", ", while ", ", which "].lazy.compactMap({ list.range(of: $0) }).first {
            list = String(list[..<beside.lowerBound])
        }
        var pieces = list.components(separatedBy: ", ")
        if pieces.count == 1 {
            guard bareAnd, let and = list.range(of: " and ") else { return nil }
            pieces = [String(list[..<and.lowerBound]), String(list[and.upperBound...])]
        } else if let last = pieces.last {
            let joined = [" as well as ", " and "].lazy.compactMap { last.range(of: $0) }.first
            if last.hasPrefix("and ") {
                pieces[pieces.count - 1] = String(last.dropFirst(4))
            } else if let joined {
                pieces[pieces.count - 1] = String(last[..<joined.lowerBound])
                pieces.append(String(last[joined.upperBound...]))
            }
        }
        // ("signed on renewable energy, on digital transformation and on …": the opener's word
        // said again before each.)
        let repeated = opener.hasSuffix(" on ") ? "on " : opener.hasSuffix(" for ") ? "for " : nil
        let subjects = pieces.map { piece in
            let trimmed = ScalarText.trimming(piece, in: ScalarText.Sets.itemEnds)
            guard let repeated, trimmed.lowercased().hasPrefix(repeated) else { return trimmed }
            return String(trimmed.dropFirst(repeated.count))
        }
        // Each a short phrase; none an adjective alone ("economic").
        guard
            subjects.allSatisfy({ s in
                let words = s.split(separator: " ")
                // ("between the Confederation of Indian Industry and the Qatari Businessmen
                // Association": a deal told by its two sides, longer.)
                return !words.isEmpty && words.count <= (s.hasPrefix("between ") ? 14 : 8)
                    && !(words.count == 1 && (s.hasSuffix("ic") || s.hasSuffix("al")))
            })
        else { return nil }
        let singular = [
            "memorandums of understanding": "memorandum of understanding",
            "memoranda of understanding": "memorandum of understanding", "memorandums": "memorandum",
            "memoranda": "memorandum", "agreements": "agreement", "mous": "MoU", "accords": "accord", "pacts": "pact",
            "treaties": "treaty", "protocols": "protocol", "letters of exchange": "letter of exchange",
            "letters of intent": "letter of intent",
        ][noun, default: noun]
        return (singular, subjects)
    }
}

/// Two deals told as "one … and the other …".
extension Drafts {
    /// "جرى توقيع مذكرتين للتفاهم، إحداهما حول العمل المناخي، والأخرى حول التعليم", "signed two
    /// MoUs, one on climate action and the other on education": two deals counted and then told
    /// one and the other are those two deals, each titled by the deal's noun and what it is about.
    mutating func readOneAndTheOther(_ r: Extractor.Reading, _ evidence: Evidence) -> Bool {
        guard r.role != .headline, r.amounts.isEmpty,
            r.words.hasAny(Lexicon.dualAgreements) || r.words.hasAny(Self.twoDeals)
        else { return false }
        let text = ArabicText.normalized(r.sentence.text)
        // (Cut from the text as written, for the titles.)
        guard let (_, afterOne) = Self.aroundFolded(Self.oneWords, in: r.sentence.text),
            let (one, other) = Self.aroundFolded(Self.theOtherWords, in: afterOne),
            let parties = agreementParties(r)
        else { return false }
        let first = ScalarText.trimming(one, in: ScalarText.Sets.itemEnds)
        let second = ScalarText.trimming(other, in: ScalarText.Sets.itemEnds)
        guard !first.isEmpty, !second.isEmpty else { return false }
        let arabic = ArabicText.containsArabic(text)
        // ("مذكرتين للتفاهم": memoranda, whatever joins their two words.)
        let kind = text.contains("مذكرت") ? .mou : Self.kind(r.words)
        let noun = arabic ? (kind == .mou ? "مذكرة تفاهم" : "اتفاقية") : (kind == .mou ? "memorandum" : "agreement")
        appendCountedDeals(
            r, titles: [first, second].map { Self.itemTitle(noun + " " + $0) }, about: [first, second], kind: kind,
            parties: parties, evidence)
        return true
    }

    /// The deals a sentence counts and tells one by one, each titled and about what it is: of
    /// the sentence's parties and status (announced when it says none), kept apart.
    mutating func appendCountedDeals(
        _ r: Extractor.Reading, titles: [String], about: [String], kind: Agreement.Kind, parties: [Party],
        _ evidence: Evidence
    ) {
        let status = Self.status(r.words) ?? .announced
        for (title, subject) in zip(titles, about) {
            let agreement = Agreement(
                parties: parties, kind: kind, title: title, value: nil, status: status,
                sectors: Self.sectors(SearchableText(subject)))
            appendAgreement(
                Draft(fact: .agreement(agreement), evidence: [evidence], basis: Basis.parties(r).union(.enumerated)),
                distinct: true)
        }
    }

    /// Two deals counted in English (Arabic counts them by its dual, `Lexicon.dualAgreements`).
    static let twoDeals: WordList = [
        "two agreements", "two memoranda", "two mous", "two deals", "two of the agreements", "two of the memoranda",
        "two of the mous", "two of the deals",
    ]
    /// Where the first of the two is told, with the space after it (folded, lowercased): "one",
    /// "the first", "احداهما", "الاولى".
    static let oneWords = [
        "احداهما ", "احدهما ", ", one ", ": one ", " one on ", " one for ", ", the first ", "الاولي ", "الاول ",
    ]
    /// Where the other is told, with the space after it: "the other", "the second", "والثانية".
    static let theOtherWords = [
        "والاخري ", "والاخر ", "and the other ", "the other ", "and the second ", "والثانيه ", "والثاني ",
        // ("two of the MoUs: one with Bamburi Works …, and one with Kenya Rail …")
        ", and one ",
    ]
}

/// The largest of a package's deals, told after it.
extension Drafts {
    /// "Saudi Arabia and Egypt signed deals worth $5 billion. The largest is a $3 billion power
    /// link", "وأكبرها مشروع للربط الكهربائي بقيمة 3 مليارات دولار": a sentence that opens on the
    /// largest of the deals told before, with one amount below the package's, is that deal, one
    /// of the package's, titled by what follows its amount (the package keeps its own amount).
    /// So is a share of the deal told before ("Of that, $4 billion will go to a new city").
    mutating func readLargestPart(_ r: Extractor.Reading, _ evidence: Evidence) -> Bool {
        let share = Lexicon.opens(r.words, withOneOf: Self.shareOpeners)
        // One amount, or one and its retelling in brackets ("20 billion yen ($140 million)"), of
        // which the one in the whole's currency is compared.
        let retold = r.amounts.count == 2 && Self.retoldInBrackets(r, r.amounts[0], r.amounts[1])
        guard r.role != .headline, r.amounts.count == 1 || retold,
            share || Lexicon.opens(r.words, withOneOf: Self.largestOpeners),
            let at = agreements.lastIndex(where: { (share || Self.toldInThePlural($0)) && $0.fact.value != nil }),
            let whole = agreements[at].fact.value,
            let amount = r.amounts.first(where: { $0.money.currency == whole.currency }),
            amount.money.amount < whole.amount,
            Set(r.distinctCountries).isSubset(of: agreements[at].countries)
        else { return false }
        // What it is: after its amount ("a $3 billion power link"), or, where nothing follows the
        // amount, before it without the opening word and the words that link it to its amount
        // ("وأكبرها مشروع للربط الكهربائي بقيمة …").
        // (After the brackets, when the amount is told again in them.)
        var after = String(scalars: r.scalars[(retold ? r.amounts[1].span.end : amount.span.end)...])
        if after.hasPrefix(")") { after.removeFirst() }
        // ("… $4 billion will go to a new city": what it goes to, after the verb's preposition.)
        let lead = after.split(separator: " ").prefix(5)
        if let verb = lead.first, ["will", "goes", "go", "is", "are"].contains(verb.lowercased()),
            let to = lead.firstIndex(where: { ["to", "for", "on", "into"].contains($0.lowercased()) })
        {
            let rest = after.split(separator: " ")[(to + 1)...]
            after = " " + rest.drop { ["a", "an", "the"].contains($0.lowercased()) }.joined(separator: " ")
        }
        var about = after
        if ScalarText.trimming(after, in: ScalarText.Sets.itemEnds).isEmpty {
            let before = String(scalars: r.scalars[..<amount.span.start]).split(separator: " ").dropFirst()
            about = before.filter { !Self.valueLinks.contains(ArabicText.normalized(String($0))) }.joined(
                separator: " ")
        }
        let title = Titles.phrase(about) ?? Self.itemTitle(about)
        guard !title.isEmpty else { return false }
        appendPart(of: agreements[at], title: title, value: amount.money, kindFrom: SearchableText(about), evidence)
        return true
    }

    /// How a sentence on a share of the deal told before opens ("Of that, $4 billion will go to
    /// a new city"), folded.
    static let shareOpeners = WordList(["of that", "of this", "of the total", "of this amount"].map { $0 + " " })
    /// Words that link a deal to its amount, normalised ("بقيمة", "worth").
    static let valueLinks: Set<String> = ["بقيمه", "بكلفه", "بتكلفه", "قيمتها", "worth", "valued", "at"]
    /// How a sentence on the largest of the deals opens, folded.
    static let largestOpeners = WordList(
        [
            "the largest is", "the biggest is", "the largest of them is", "the biggest of them is",
            "the largest one is", "the biggest one is", "اكبرها", "واكبرها",
        ].map { $0 + " " })
}

/// A deal with a company, told after a package as one of its deals.
extension Drafts {
    /// "Chinese firms signed six memorandums of understanding with Chad", then "Additionally, an
    /// MoU with the defence company CATIC will bolster Chad's military", "Two MoUs with the
    /// engineering firm CMEC aim to …": a deal named as new with a company, that says nothing of
    /// what became of it, after a package of deals signed (counted, with room for it; or not
    /// counted), is one of the package's deals ("two" of them are two), with its parties and status.
    mutating func readCompanyItem(_ r: Extractor.Reading, _ evidence: Evidence) -> Bool {
        guard r.role != .headline, r.amounts.isEmpty, r.words.hasAny(Self.dealWithWords),
            r.words.hasAny(Lexicon.companyWords) || !r.companyStarts.isEmpty, Self.status(r.words) == nil,
            let at = agreements.lastIndex(where: { ($0.counted ?? 0) >= 2 || $0.package }),
            case .agreement(let whole) = agreements[at].fact, whole.status == .signed, whole.value == nil
        else { return false }
        let package = agreements[at]
        // (Only the package's countries, or none: a company named by its nationality is one of them.)
        guard Set(r.distinctCountries).isSubset(of: package.countries) else { return false }
        let n = r.words.hasAny(Self.twoDealsWith) ? 2 : 1
        if let count = package.counted {
            let told = agreements[(at + 1)...].filter { $0.countries == package.countries }.count
            guard told + n <= count else { return false }
        }
        guard let (_, rest) = Self.aroundFolded(Self.dealWithOpeners, in: r.sentence.text) else { return false }
        // The company as the sentence names it: in English, to its last capitalised word near the start.
        var company = rest
        let arabic = ArabicText.containsArabic(rest)
        if !arabic {
            let words = rest.split(separator: " ").prefix(7)
            if let last = words.lastIndex(where: { $0.first?.isUppercase == true }) {
                company = words[...last].joined(separator: " ")
            }
        } else {
            // In Arabic, to the first word that leads on to what the deal is for (إلى، في، بهدف …).
            let words = rest.split(separator: " ").prefix(5)
            let end = words.firstIndex { Self.arabicPurposeWords.contains(ArabicText.normalized(String($0))) }
            company = words[..<(end ?? words.endIndex)].joined(separator: " ")
        }
        let title = Self.itemTitle(Self.dealNounWritten(r.sentence.text) + (arabic ? " مع " : " with ") + company)
        for _ in 0..<n { appendPart(of: package, title: title, value: nil, kindFrom: r.words, evidence) }
        return true
    }

    /// A deal's noun and "with", as the sentence's words hold them.
    /// (Told as new: "an MoU with", not "the MoU with", which tells one again.)
    static let dealWithWords: WordList = [
        "an mou with", "a memorandum with", "an agreement with", "a contract with", "a deal with",
        "a memorandum of understanding with", "another mou with", "another agreement with", "another contract with",
        "two mous with", "two agreements with", "two contracts with", "مذكره تفاهم مع", "اتفاقيه مع", "عقد مع",
        "مذكرتي تفاهم مع",
    ]
    /// The same, folded, with the spaces around them: where the company's part starts.
    static let dealWithOpeners = [
        " mou with ", " mous with ", " memorandum with ", " agreement with ", " contract with ", " deal with ",
        " understanding with ", " تفاهم مع ", " اتفاقيه مع ", " عقد مع ",
    ]
    /// Words that lead from a company's name on to what its deal is for, normalised.
    static let arabicPurposeWords: Set<String> = [
        "الي", "في", "علي", "من", "بهدف", "لتحسين", "التي", "الذي", "بشان", "حول",
    ]
    /// Two deals with a company.
    static let twoDealsWith: WordList = [
        "two mous with", "two agreements with", "two contracts with", "مذكرتي تفاهم مع",
    ]

    /// The deal's noun as the sentence writes it ("MoU", "مذكرة تفاهم"), for a title.
    static func dealNounWritten(_ sentence: String) -> String {
        let lower = sentence.lowercased()
        for (folded, noun) in [
            ("mou", "MoU"), ("memorand", "memorandum"), ("agreement", "agreement"), ("contract", "contract"),
            ("deal", "deal"),
        ] where lower.contains(folded) {
            return noun
        }
        let arabic = ArabicText.normalized(sentence)
        return arabic.contains("مذكره") ? "مذكرة تفاهم" : arabic.contains("عقد") ? "عقد" : "اتفاقية"
    }
}

/// Two deals counted in the Arabic dual, in two fields named in the dual too.
extension Drafts {
    /// "وقع الجانبان اتفاقيتين في مجالي الدفاع والسياحة", "مذكرتي تفاهم في مجالي الطاقة والتعليم":
    /// two deals counted by the dual, and the two fields (مجالي, قطاعي) they are in, joined by
    /// و, are a deal in each field. Only where the sentence tells nothing after the two fields.
    mutating func readTwoFields(_ r: Extractor.Reading, _ evidence: Evidence) -> Bool {
        guard r.role != .headline, r.amounts.isEmpty, r.words.hasAny(Lexicon.dualAgreements),
            r.words.hasAny(Self.twoFieldWords),
            let (_, rest) = Self.aroundFolded(Self.twoFieldPhrases, in: r.sentence.text)
        else { return false }
        let list = ScalarText.trimming(String(rest.prefix { !".،,;؛".contains($0) }), in: ScalarText.Sets.itemEnds)
        // Nothing but the two fields after them ("…، إضافة إلى مذكرة تفاهم …" is read as before).
        let after = ScalarText.trimming(String(rest.dropFirst(list.count)), in: ScalarText.Sets.itemEnds)
        guard after.isEmpty else { return false }
        let words = list.split(separator: " ")
        guard let joined = words.indices.dropFirst().first(where: { words[$0].hasPrefix("و") && words[$0].count > 2 }),
            let parties = agreementParties(r)
        else { return false }
        let first = words[..<joined].joined(separator: " ")
        let second = ([String(words[joined].dropFirst())] + words[(joined + 1)...].map(String.init)).joined(
            separator: " ")
        let text = ArabicText.normalized(r.sentence.text)
        let kind = text.contains("مذكرت") ? .mou : Self.kind(r.words)
        let noun = kind == .mou ? "مذكرة تفاهم" : "اتفاقية"
        appendCountedDeals(
            r, titles: [first, second].map { noun + " في مجال " + $0 }, about: [first, second], kind: kind,
            parties: parties, evidence)
        return true
    }

    /// The two fields or sectors, in the dual.
    static let twoFieldWords: WordList = ["مجالي", "قطاعي"]
    /// The same, folded, with the spaces around them.
    static let twoFieldPhrases = twoFieldWords.map { " \($0) " }
}

/// A second deal told as "another".
extension Drafts {
    /// "signed an agreement to avoid double taxation and another to protect investments",
    /// "اتفاقية لتجنب الازدواج الضريبي وأخرى لحماية الاستثمارات": "another" after the one deal
    /// without an amount that a sentence tells is a second deal of the same noun, parties and
    /// status, about what follows the word. The first keeps what stands before it as its title.
    mutating func readAnother(_ r: Extractor.Reading, _ evidence: Evidence) {
        guard r.amounts.isEmpty, r.words.hasAny(Self.anotherWords),
            let last = agreements.indices.last,
            agreements[last].evidence.contains(where: { $0.start == evidence.start }),
            // (Not where the sentence's deals were read one by one already: "اتفاقيتان … وهما
            // اتفاقية لإنشاء محطات … وأخرى لتجديد …".)
            agreements.count(where: { $0.evidence.contains { $0.start == evidence.start } }) == 1,
            case .agreement(var first) = agreements[last].fact,
            first.value == nil
        else { return }
        guard let (_, rest) = Self.aroundFolded(Self.anotherPhrases, in: r.sentence.text) else { return }
        let about = Self.itemTitle(rest)
        let head = first.title.split(separator: " ").first.map { ArabicText.normalized(String($0)).lowercased() }
        guard !about.isEmpty, let head, Self.anotherNouns.contains(head) else { return }
        // The first deal's title without "and another …" ("اتفاقية لتجنب الازدواج الضريبي وأخرى لحماية").
        if let (kept, _) = Self.aroundFolded(Self.anotherPhrases, in: first.title) {
            first.title = ScalarText.trimming(kept, in: ScalarText.Sets.itemEnds)
            agreements[last].fact = .agreement(first)
        }
        let noun = String(first.title.split(separator: " ").first ?? "")
        let second = Agreement(
            parties: first.parties, kind: first.kind, title: noun + " " + about, value: nil, status: first.status,
            sectors: Self.sectors(SearchableText(about)))
        appendAgreement(
            Draft(fact: .agreement(second), evidence: [evidence], basis: agreements[last].basis.union(.enumerated)),
            distinct: true)
        agreements[last].distinct = true
    }

    /// The text before and after the first of `phrases` (folded: normalised and lowercased) that
    /// the folded text holds, cut from the text as written; nil when it holds none.
    static func aroundFolded(_ phrases: [String], in text: String) -> (before: String, after: String)? {
        let folded = FoldedText(text, lowercased: true)
        let f = String(scalars: folded.scalars)
        guard let found = phrases.lazy.compactMap({ f.range(of: $0) }).first else { return nil }
        let u = f.unicodeScalars
        let scalars = Array(text.unicodeScalars)
        // Where the phrase starts and ends, as offsets of the text as written.
        func written(_ i: String.Index) -> Int {
            let k = u.distance(from: u.startIndex, to: i)
            return k < folded.origin.count ? folded.origin[k] : scalars.count
        }
        return (
            String(scalars: scalars[..<written(found.lowerBound)]),
            String(scalars: scalars[written(found.upperBound)...])
        )
    }

    /// "another" after a deal, as the sentence's words hold it.
    static let anotherWords: WordList = ["and another", "واخري"]
    /// The same, in the folded text, with the spaces around it.
    static let anotherPhrases = anotherWords.map { " \($0) " }
    /// The deals' nouns (folded) whose "another" is a deal too.
    static let anotherNouns: Set<String> = [
        "agreement", "accord", "memorandum", "mou", "deal", "contract", "protocol", "treaty", "اتفاقيه",
        "مذكره", "اتفاق", "عقد", "بروتوكول", "معاهده", "صفقه",
    ]
}
