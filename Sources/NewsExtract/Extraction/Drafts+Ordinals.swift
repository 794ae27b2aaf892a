import NewsCore

/// Deals told by their order in the sentences after the package that counts them.
extension Drafts {
    /// The ordinals that tell deals one by one, first to sixth: English with its article
    /// ("the first", "the second"), Arabic in both genders, normalised (الأولى، الثاني).
    static let ordinals: [(english: String, arabic: [String])] = [
        ("first", ["الاولي", "الاول"]), ("second", ["الثانيه", "الثاني"]), ("third", ["الثالثه", "الثالث"]),
        ("fourth", ["الرابعه", "الرابع"]), ("fifth", ["الخامسه", "الخامس"]), ("sixth", ["السادسه", "السادس"]),
    ]
    /// Words before an Arabic ordinal that make it a period or a rank, not a deal ("الربع الأول",
    /// "كانون الثاني", "المرتبة الثالثة"), and after an English one ("the first quarter").
    static let ordinalPeriodWords: Set<String> = [
        "الربع", "النصف", "الشهر", "العام", "الاسبوع", "اليوم", "المرتبه", "المركز", "كانون", "تشرين", "جمادي", "ربيع",
        "الجيل", "الدرجه",
        "quarter", "half", "month", "year", "week", "day", "time", "phase", "stage", "largest", "biggest", "round",
    ]

    /// One ordinal in a sentence: which (0 for the first) and where (scalar offsets).
    struct OrdinalMention {
        var rank: Int
        var start: Int
        var end: Int
    }

    /// "Kuwait and Jordan signed three MoUs. The first covers energy, the second transport and
    /// the third health", "… ثلاث مذكرات تفاهم. وتتعلق الأولى بالطاقة، والثانية بالنقل":
    /// a package counted without an amount, whose deals the next sentences tell by their order,
    /// first to last and all of them, is those deals. Each is an entry of its own, with the
    /// amount its part of the sentence gives; the package and what was read from those
    /// sentences give way to them.
    mutating func readOrdinalItems(_ readings: [Extractor.Reading], article: ArticleID) {
        var p = 0
        while p < agreements.count {
            defer { p += 1 }
            let package = agreements[p]
            // A package told as several without a count ("العديد من مذكرات التفاهم") is as many
            // deals as the ordinals after it tell, first to last, two at least.
            guard package.package, package.fact.value == nil,
                package.counted.map({ (2...Self.ordinals.count).contains($0) }) ?? true,
                case .agreement(let deal) = package.fact, let start = package.evidence.first?.start,
                let k = readings.firstIndex(where: { $0.sentence.start == start })
            else { continue }
            // The ordinals of the sentences after the package; one sentence that says more of
            // the package or of an item ("وتشمل المذكرات الأربع …", "وتهدف هذه الشراكة إلى …")
            // may stand before the first or between two.
            var told: [(reading: Int, mention: OrdinalMention)] = []
            var gap = false
            let limit = package.counted ?? Self.ordinals.count
            // (The package's own sentence may tell the first: "signed three agreements, the first
            // with ACWA Power. The second …".)
            for j in k..<min(readings.count, k + 7) where told.count < limit {
                let found = Self.ordinalMentions(readings[j])
                if found.isEmpty {
                    if j == k { continue }
                    if gap { break }
                    gap = true
                    continue
                }
                gap = false
                told += found.map { (j, $0) }
            }
            // All the package's deals in order; or, counted, the first two or more of them in order
            // ("ست اتفاقيات … ويتعلق الاتفاق الأول … أما الاتفاق الثاني … أما المذكرة الثالثة"): the
            // package, told only in part, stays an entry beside them.
            let inPart =
                package.counted.map { told.count >= 2 && told.count < $0 } == true
                && told.map(\.mention.rank) == Array(0..<told.count)
            guard inPart || told.map(\.mention.rank) == Array(0..<(package.counted ?? max(2, told.count))) else {
                continue
            }
            let sentences = Set(told.map { readings[$0.reading].sentence.start })
            var items: [Draft] = []
            for (n, t) in told.enumerated() {
                let r = readings[t.reading]
                let end =
                    n + 1 < told.count && told[n + 1].reading == t.reading ? told[n + 1].mention.start : r.scalars.count
                let text = Self.ordinalItemText(String(scalars: r.scalars[t.mention.start..<end]))
                let amount = r.amounts.first { $0.span.start >= t.mention.start && $0.span.end <= end }?.money
                let words = SearchableText(text)
                let kind = words.hasAny(Lexicon.agreementNouns) ? Self.kind(words) : deal.kind
                var item = deal
                item.kind = kind
                item.value = amount
                // Its title: its own deal noun's phrase, or the package's with what the item is about.
                let own = words.hasAny(Lexicon.agreementNouns) || words.hasAny(Lexicon.dealNouns)
                item.title = own ? Titles.title(text, kind: kind) : Self.ordinalItemTitle(package: deal.title, text)
                let evidence = Evidence(
                    article: article, sentence: r.sentence.text, start: r.sentence.start, end: r.sentence.end)
                // Its sentence is its evidence; the package's, which gave its parties, is no second telling.
                var draft = Draft(fact: .agreement(item), evidence: [evidence], basis: package.basis)
                draft.distinct = true
                items.append(draft)
            }
            // What was read from those sentences is these items, and so is the package.
            // (So are the package's deals read by their subjects before the ordinals: "وتغطي المذكرات
            // الثلاث مجالات …" then "وتتعلق المذكرة الأولى …".)
            let fromThem = { (d: Draft) in
                d.evidence.allSatisfy { sentences.contains($0.start) } || (!inPart && d.partOf == start)
            }
            let kept = agreements[..<p].filter { !fromThem($0) } + (inPart ? [package] : [])
            agreements = kept + items + agreements[(p + 1)...].filter { !fromThem($0) }
            p = kept.count + items.count - 1
        }
    }

    /// An ordinal's part of its sentence without the words that lead to the next one: "the
    /// second transport and" is "the second transport", "الأولى بالطاقة، فيما تتناول" is
    /// "الأولى بالطاقة".
    static func ordinalItemText(_ piece: String) -> String {
        var words = piece.split(separator: " ").map(String.init)
        if let cut = words.indices.dropFirst().first(where: {
            ["فيما", "بينما", "اما", "while", "whereas"].contains(ArabicText.normalized(words[$0]).lowercased())
        }) {
            words = Array(words[..<cut])
        }
        while let last = words.last, ["and", "و", "as", "while"].contains(last.lowercased()) { words.removeLast() }
        return ScalarText.trimming(words.joined(separator: " "), in: ScalarText.Sets.itemEnds)
    }

    /// Words after an Arabic ordinal that tell of the item's signing, not what it is about.
    static let ordinalSigningWords: Set<String> = [
        "فقد", "قد", "تم", "فتم", "جري", "توقيعها", "توقيعه", "جمعت", "جمع", "وقعت", "وقع", "ابرمت",
    ]

    /// "memoranda of understanding: transport", "مذكرات تفاهم: بالطاقة": the package's title with
    /// what follows the ordinal (and a verb of covering right after it).
    static func ordinalItemTitle(package: String, _ text: String) -> String {
        var words = text.split(separator: " ").map(String.init)
        if words.first?.lowercased() == "the" || words.first?.lowercased() == "a" { words.removeFirst() }
        if !words.isEmpty { words.removeFirst() }
        // "أما الاتفاقية الثانية فقد جرى توقيعها مع …": the words of its signing are no title.
        while let first = words.first.map({
            ScalarText.trimming(ArabicText.normalized($0), in: ScalarText.Sets.itemEnds)
        }),
            first.isEmpty || Self.ordinalSigningWords.contains(first)
        {
            words.removeFirst()
        }
        if let verb = words.first.map({ ArabicText.normalized($0).lowercased() }),
            ["covers", "concerns", "deals", "is", "was"].contains(verb)
                || ["تتعلق", "تتناول", "تشمل", "تخص", "يتعلق", "يتناول", "يشمل", "يخص"].contains(where: {
                    verb == $0 || verb == "ف" + $0 || verb == "و" + $0
                })
        {
            words.removeFirst()
        }
        // Up to its amount: "… بقيمة 40 مليون", "worth $200 million".
        let stops: Set<String> = ["worth", "valued", "of"]
        if let cut = words.firstIndex(where: { w in
            let n = ArabicText.normalized(w).lowercased()
            return stops.contains(n) || Titles.arabicStops.contains(n) || n.contains(where: \.isNumber)
                || n.hasPrefix("$")
        }) {
            words = Array(words[..<cut])
        }
        // Up to its clause's end: "في قطاع الماء، تبادلها …" is about water.
        if let comma = words.firstIndex(where: { $0.hasSuffix("،") || $0.hasSuffix(",") }) {
            words = Array(words[...comma])
        }
        let about = ScalarText.trimming(words.prefix(8).joined(separator: " "), in: ScalarText.Sets.itemEnds)
        return about.isEmpty ? package : package + ": " + about
    }

    /// The ordinals of deals in a sentence, in order.
    static func ordinalMentions(_ r: Extractor.Reading) -> [OrdinalMention] {
        guard let runs = CharacterWords.ranges(r.scalars[...], digits: false, hyphens: false) else { return [] }
        let words = runs.map { CharacterWords.folded(r.scalars[...], $0) }
        var found: [OrdinalMention] = []
        for (i, w) in words.enumerated() {
            var rank: Int?
            // "the first", "a second" (not "a third of", a fraction).
            if i > 0, words[i - 1] == "the" || (words[i - 1] == "a" && i + 1 < words.count && words[i + 1] != "of"),
                let n = ordinals.firstIndex(where: { $0.english == w })
            {
                if i + 1 < words.count, ordinalPeriodWords.contains(words[i + 1]) { continue }
                rank = n
            } else {
                var stem = Substring(w)
                if stem.hasPrefix("و") || stem.hasPrefix("ف") { stem = stem.dropFirst() }
                if let n = ordinals.firstIndex(where: { $0.arabic.contains(String(stem)) }) {
                    if i > 0, ordinalPeriodWords.contains(words[i - 1]) { continue }
                    rank = n
                }
            }
            guard let rank else { continue }
            let start =
                i > 0 && (words[i - 1] == "the" || words[i - 1] == "a") ? runs[i - 1].lowerBound : runs[i].lowerBound
            found.append(OrdinalMention(rank: rank, start: start, end: runs[i].upperBound))
        }
        return found
    }
}
