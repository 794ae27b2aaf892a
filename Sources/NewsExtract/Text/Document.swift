import NewsCore

/// An article as a reader sees it: a headline, a lead, paragraphs, headings and list items.
///
/// Facts in a list item or a short heading seldom name their parties or their currency: they
/// inherit them from the article (its headline and lead) or from the line that introduces the
/// list ("Nine more documents were signed, among them:"). The document keeps, for every
/// sentence, what kind of block it stands in and which sentence introduces its list.
struct Document {
    enum Role: Sendable, Hashable {
        /// The first line of the article, when it reads as a title: no closing period, not a long sentence.
        case headline
        /// The first paragraph after the headline.
        case lead
        case paragraph
        /// A short line without a closing period that is not the headline.
        case heading
        /// A line that starts with a bullet, a dash or a number ("– Memorandum on …", "1) …").
        case listItem
    }

    struct Part {
        var sentence: Sentence
        var role: Role
        /// The index (in `parts`) of the sentence that introduces this list item's list.
        var listIntro: Int?
        /// The index of the block (line) the sentence is in.
        var block: Int
        /// The sentence prepared for word lookups.
        var words: SearchableText
        /// The sentence's scalars, taken from the article's once for every reader of them.
        var scalars: [Unicode.Scalar]
    }

    private(set) var parts: [Part] = []

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        let sentences = SentenceSplitter.split(scalars: scalars)
        var lineStart = 0
        var lines: [(start: Int, end: Int)] = []
        for (i, s) in scalars.enumerated() where s == "\n" || s == "\u{2029}" {
            lines.append((lineStart, i))
            lineStart = i + 1
        }
        lines.append((lineStart, scalars.count))
        var line = 0
        var leadLine: Int?
        var lastIntro: Int?
        // What the line of the sentence looks like, worked out once for all its sentences.
        var looks:
            (
                line: Int, listItem: Bool, longSentence: Bool, heading: Bool, short: Bool, period: Bool, item: Bool,
                document: Bool
            )?
        // After a line that ends in a colon, short lines of one sentence each are a list even
        // without bullets ("وتضمنت الاتفاقيات ما يلي:" then one agreement a line).
        var colonList: Int?
        /// Whether the items of `colonList` so far carry bullets.
        var bulletedList = false
        /// The line whose item was read last, when it was one of a bulleted line.
        var itemLine: Int?
        // "- Road Project (up to 30 billion yen)", then "This project is to build …", then "- Port
        // Project …": a bulleted item after a few sentences that describe the item before it goes
        // on with that item's list (its line introducing), and the count of those sentences.
        var described: (intro: Int, sentences: Int)?
        // Pages repeat their title, and sometimes a paragraph: a sentence told again word for
        // word is read once.
        var told = ToldSentences()
        for sentence in sentences {
            while line < lines.count - 1 && lines[line].end <= sentence.start { line += 1 }
            if sentence.end - sentence.start >= 20, !told.insert(sentence.text) { continue }
            let newLine = looks?.line != line
            if newLine {
                let lineText = String(scalars: scalars[lines[line].start..<lines[line].end])
                // The line trimmed, its length and its end worked out once (`isHeading` and
                // `endsLikeASentence` of the line, which trim it again).
                let trimmed = ScalarText.trimmingWhitespace(lineText)
                let lineLength = ScalarText.characterCount(lineText)
                let trimmedLength = ScalarText.characterCount(trimmed)
                let ends = Self.endsLikeASentence(trimmed: trimmed)
                looks = (
                    line, Self.isListItem(lineText), ends && lineLength > 200,
                    !trimmed.isEmpty && trimmedLength <= 90 && !ends,
                    trimmedLength <= 160 && sentence.end >= lines[line].end - (lineLength - trimmedLength),
                    trimmed.hasSuffix("."),
                    // A block of one line and one sentence, without closing punctuation: an item, however
                    // long (not a line of wrapped prose, which goes on in the next line).
                    !ends && trimmedLength <= 250 && sentence.end >= lines[line].end - (lineLength - trimmedLength)
                        && (line + 1 == lines.count || lines[line + 1].start == lines[line + 1].end
                            || ScalarText.trimmingWhitespace(
                                String(scalars: scalars[lines[line + 1].start..<lines[line + 1].end])
                            ).isEmpty),
                    // A line of one sentence that opens with a document's name (asked only in a
                    // list after a colon, where it matters).
                    colonList != nil && sentence.end >= lines[line].end - (lineLength - trimmedLength)
                        && Self.opensWithADocument(trimmed)
                )
            }
            // A blank line ends a list without bullets, unless the next line is one more item
            // without closing punctuation (web pages often set items apart by blank lines).
            if newLine, let last = parts.last, line > last.block + 1, !looks!.item { colonList = nil }
            // (A line that opens with a document's name is one item however long: `opensWithADocument`.)
            let short = looks!.short || looks!.item || (colonList != nil && looks!.document)
            // A credit line ends a list: "(Source: …)" after the items is no item.
            if colonList != nil, newLine, !looks!.listItem,
                Self.isCredit(String(scalars: scalars[lines[line].start..<lines[line].end]))
            {
                colonList = nil
            }
            // A list whose items carry bullets ends at the first sentence without one ("The deals
            // would support 54,000 jobs." after the bullets is no item; a short line without a
            // full stop still is one).
            if newLine, looks!.listItem, colonList != nil { bulletedList = true }
            if let intro = colonList, newLine, short, !looks!.listItem, !(bulletedList && looks!.period) {
                lastIntro = intro
            } else if newLine && !looks!.listItem {
                colonList = nil
                bulletedList = false
            }
            // "Memorandum on a dialogue in the energy sector," then "Memorandum on smart cities,":
            // a line that ends in a comma or a semicolon goes on with a list, whatever the line
            // before it; so does a short line right after such a one, the list's last.
            // A line that opens in a small letter after one that ends in a comma or a semicolon is
            // that sentence going on, broken across lines ("… such as renewable energy;" then
            // "agribusiness, green credit lines and health."): neither line is an item.
            let goesOn =
                newLine && sentence.text.unicodeScalars.first.map { ("a"..."z").contains($0) } == true
                && parts.last.map { $0.block + 2 >= line && Self.endsInAComma($0.sentence.text) } == true
            if goesOn, let last = parts.indices.last, parts[last].role == .listItem,
                !Self.isListItem(
                    String(scalars: scalars[lines[parts[last].block].start..<lines[parts[last].block].end]))
            {
                parts[last].role = .paragraph
                parts[last].listIntro = nil
            }
            // ("Other deals secured out of the visit include;" introduces the list after it.)
            let commaItem =
                newLine && short && !goesOn
                && {
                    let text = String(scalars: scalars[lines[line].start..<lines[line].end])
                    return Self.endsInAComma(text)
                        && !(Self.endsInASemicolon(text) && Self.introducesAList(text, words: SearchableText(text)))
                }()
            let lastOfCommaList =
                newLine && short && !goesOn
                && parts.last.map { $0.role == .listItem && $0.block + 2 >= line } == true
                && Self.endsInAComma(parts.last!.sentence.text)
            // "• The sale of 30 aircraft to SpiceJet. The White House says this will support
            // 12,000 jobs.": a bulleted line's item is its first sentence; the sentences after it
            // in the line say more of it and are no items of their own, nor end the list.
            let words = Self.withoutDecades(SearchableText(sentence.text))
            if looks!.listItem && !newLine && itemLine == line {
                parts.append(
                    Part(
                        sentence: sentence, role: .paragraph, listIntro: nil, block: line, words: words,
                        scalars: Array(scalars[sentence.start..<sentence.end])))
                continue
            }
            let role: Role
            if looks!.listItem || (colonList != nil && newLine && short) || commaItem || lastOfCommaList {
                role = .listItem
            } else if parts.isEmpty && !looks!.longSentence && !looks!.period {
                role = .headline
            } else if parts.count == 1, parts[0].role == .headline, line <= parts[0].block + 2, newLine,
                !parts[0].sentence.text.contains(" "), !looks!.longSentence, !looks!.period
            {
                // A page's section name or menu ("Navigation", "اخباراقتصاد") above the title: one
                // word is no headline, the title under it is.
                parts[0].role = .heading
                role = .headline
            } else if parts.last?.block != line && looks!.heading {
                role = .heading
            } else if leadLine == nil || leadLine == line {
                leadLine = line
                role = .lead
            } else {
                role = .paragraph
            }
            var intro: Int?
            if role == .listItem {
                // A list right under a line that does not announce it ("The agreements signed
                // were") is still that line's list.
                intro =
                    lastIntro
                    ?? (looks!.listItem ? described?.intro : nil)
                    ?? parts.indices.last.flatMap { last in
                        // (A list of lines that end in commas may stand a blank line below its sentence.)
                        parts[last].role != .listItem && parts[last].role != .headline
                            && (parts[last].block + 1 == line || (commaItem && parts[last].block + 2 == line))
                            ? last : nil
                    }
                lastIntro = intro
                described = nil
            } else {
                if let last = parts.last, last.role == .listItem, let intro = last.listIntro {
                    described = (intro, 1)
                } else if let d = described {
                    described = d.sentences < 3 ? (d.intro, d.sentences + 1) : nil
                }
                // The splitter leaves no white space at either end, so trimming seldom takes anything.
                let trimmed = ScalarText.trimmingWhitespace(sentence.text)
                let trimmedWords = trimmed.utf8.count == sentence.text.utf8.count ? words : SearchableText(trimmed)
                // ("نشر في: آخر تحديث:", "Published: Updated:": a page's date labels, each with its
                // colon, introduce no list.)
                let introduces = Self.introducesAList(trimmed, words: trimmedWords)
                // (A semicolon ends a line as a colon does where the line says it introduces a
                // list: "Other deals secured out of the visit include;".)
                let colon =
                    ((trimmed.hasSuffix(":") || trimmed.hasSuffix("："))
                        && trimmed.unicodeScalars.lazy.filter({ $0 == ":" || $0 == "：" }).count == 1)
                    || (Self.endsInASemicolon(trimmed) && introduces)
                lastIntro = colon || introduces ? parts.count : nil
                // A colon at the end of its line opens a list that may go without bullets.
                colonList = colon && sentence.end >= lines[line].end - 1 ? parts.count : nil
                bulletedList = false
            }
            // (A bullet or a number split off as a sentence of its own, "1.", is no item read yet.)
            if role == .listItem, sentence.text.unicodeScalars.lazy.filter({ ScalarTraits.isAlphabetic($0) }).count >= 3
            {
                itemLine = line
            }
            parts.append(
                Part(
                    sentence: sentence, role: role, listIntro: intro, block: line, words: words,
                    scalars: Array(scalars[sentence.start..<sentence.end])))
        }
    }

    /// The sentences of an article told so far, compared as strings are (by canonical equivalence).
    ///
    /// Strictly plain strings (`PlainSearch`) are equal exactly when their bytes are, and their
    /// bytes hash faster than a string of other than ASCII does: while every sentence is plain,
    /// they are kept by their bytes; from the first that is not, as strings.
    struct ToldSentences {
        private var bytes = Set<UTF8Key>()
        /// Every sentence told, and whether it is strictly plain.
        private var told: [(text: String, plain: Bool)] = []

        /// Adds a sentence; false when it was told before, in these bytes or in others that
        /// are canonically equivalent.
        ///
        /// Two strictly plain sentences (`PlainSearch.isStrictlyPlain`: scalars without
        /// decompositions or marks) are equivalent only in the same bytes, so a sentence in
        /// new bytes is compared as a string with those told before where one of the two is
        /// not strictly plain. (A set of strings would hash every sentence in its normal form,
        /// the slow way; a comparison stops at the first character that differs.)
        mutating func insert(_ text: String) -> Bool {
            guard bytes.insert(UTF8Key(text)).inserted else { return false }
            let plain = text.utf8.withContiguousStorageIfAvailable(PlainSearch.isStrictlyPlain) == true
            if told.contains(where: { !(plain && $0.plain) && $0.text == text }) { return false }
            told.append((text, plain))
            return true
        }
    }

    /// Whether a line credits the article's source or its photo: all of it in brackets, or
    /// opening with "Source:" or "المصدر:" ("(Source: the wire)", "[Photo: …]").
    static func isCredit(_ line: String) -> Bool {
        let t = ScalarText.trimmingWhitespace(line)
        if let first = t.unicodeScalars.first, let last = t.unicodeScalars.last,
            (first == "(" && last == ")") || (first == "[" && last == "]")
        {
            return true
        }
        let opening = ArabicText.normalized(String(t.lowercased().prefix(9)))
        // (Some papers set a space before the colon: "Source : the wire".) A picture's credit
        // ("Image: PTI", "Photo: Reuters", "الصورة: …") is the page's, no item of a list either.
        return ["source", "المصدر", "image", "photo", "picture", "credit", "الصوره", "صوره"].contains { label in
            let rest = opening.dropFirst(label.count)
            return opening.hasPrefix(label) && (rest.hasPrefix(":") || rest.hasPrefix(" :"))
        }
    }

    /// Whether a line opens with the name of a document that is signed ("MoU on …", "Joint
    /// Declaration of Intent for …", "Memorandum of Understanding on …", "اتفاقية …", "ومذكرة
    /// تفاهم …"): after a line that ends in a colon, such a line is one more item of its list,
    /// however long it runs.
    static func opensWithADocument(_ trimmed: String) -> Bool {
        let words = trimmed.lowercased().split(separator: " ", maxSplits: 3).prefix(3).map {
            ArabicText.normalized(String($0))
        }
        guard let first = words.first else { return false }
        let bare = first.hasPrefix("و") && first.count > 3 ? String(first.dropFirst()) : first
        // ("Memeorandamdum of Understanding on …": a misspelt memorandum is still one.)
        if documentOpeners.contains(bare) || words.dropFirst().prefix(2) == ["of", "understanding"] { return true }
        let two = ([bare] + words.dropFirst().prefix(1)).joined(separator: " ")
        return ["joint declaration", "joint statement", "letter of", "framework agreement", "exchange of"].contains {
            two.hasPrefix($0)
        }
    }

    /// The single words that open a document's name (`opensWithADocument`), lowercased and
    /// normalised as `ArabicText.normalized` leaves them.
    static let documentOpeners: Set<String> = [
        "mou", "mou:", "memorandum", "memorandums", "memoranda", "agreement", "agreements", "protocol", "contract",
        "treaty", "accord", "convention", "charter", "declaration",
        "اتفاقيه", "اتفاقيات", "اتفاق", "مذكره", "مذكرات", "بروتوكول", "عقد", "ميثاق", "برنامج",
    ]

    /// The words with "العقود" and "العقد" taken out where they are decades, not contracts ("على
    /// مدى العقود السبعة الماضية", "منذ عقود", "خلال العقد الماضي"): a time, which no rule reads as a deal.
    static func withoutDecades(_ words: SearchableText) -> SearchableText {
        // (A byte search rules most sentences out at once.)
        guard PlainSearch.containsAnyBytes(of: ["عقد", "عقود"], in: words.text) else { return words }
        var all = words.text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        for k in all.indices where PlainSearch.containsAnyBytes(of: ["عقد", "عقود"], in: all[k]) {
            var w = Substring(all[k])
            for particle in ["و", "ل", "ب"] where w.hasPrefix(particle) && w.count > 4 { w = w.dropFirst() }
            if w.hasPrefix("ال") { w = w.dropFirst(2) }
            guard decadeWords.contains(String(w)) else { continue }
            let next = all[(k + 1)..<min(all.count, k + 4)].map { $0 }
            let before = k > 0 ? all[k - 1] : ""
            let decade =
                next.contains(where: decadeFollowers.contains)
                || (next.first == "من" && next.dropFirst().first == "الزمن") || ["منذ", "مدي", "لعده"].contains(before)
                || all[k].hasPrefix("لعقود")
            if decade {
                all[k] = "زمن"
                changed = true
            }
        }
        return changed ? SearchableText(all.joined(separator: " ")) : words
    }

    /// "عقد" and its plurals and dual, without و, ل, ب and ال.
    static let decadeWords: Set<String> = ["عقود", "عقد", "عقدين", "عقدان"]
    /// Words after a decade within three words ("العقود الخمسة الماضية"), normalised.
    static let decadeFollowers: Set<String> = [
        "الماضيه", "الماضي", "الاخيره", "الاخير", "المقبله", "المقبل", "المنصرمه", "المنصرم", "مضت", "الفايته",
    ]

    /// Whether a line, trimmed, ends in a semicolon.
    static func endsInASemicolon(_ line: String) -> Bool {
        ScalarText.trimmingWhitespace(line).unicodeScalars.last.map(isSemicolon) ?? false
    }

    /// Whether a line, trimmed, ends in a comma or a semicolon: an item of an enumeration.
    static func endsInAComma(_ line: String) -> Bool {
        guard let last = ScalarText.trimmingWhitespace(line).unicodeScalars.last else { return false }
        return last == "," || last == "،" || isSemicolon(last)
    }

    static func isSemicolon(_ s: Unicode.Scalar) -> Bool { s == ";" || s == "؛" }

    /// Bullet and dash markers, and "1." / "1)" numbering.
    static func isListItem(_ line: String) -> Bool {
        let t = line.drop { $0 == " " || $0 == "\t" }
        guard let first = t.first else { return false }
        // (A check mark may carry an emoji's variation selector, "✔️": one character, its first scalar the mark.)
        if let mark = first.unicodeScalars.first, "–—-•·▪◦●*►➢✓✔✅☑➤◆■".unicodeScalars.contains(mark) {
            let rest = t.dropFirst()
            // "*A MoU between …": a star right before a capital is a bullet, unless another star
            // closes an emphasis ("*not*").
            if first == "*", let next = rest.first, next.isUppercase || ArabicText.containsArabic(String(next)) {
                return !rest.contains("*")
            }
            return rest.first == " " || rest.first == "\t" || (first != "-" && first != "*")
        }
        // "1. ", "2) ", "3- ", "(4) ", and the same in Arabic-Indic digits ("١- ").
        let opened = t.first == "(" ? t.dropFirst() : t
        let digits = opened.prefix { ($0.isASCII && $0.isNumber) || ("٠"..."٩").contains($0) }
        if !digits.isEmpty && digits.count <= 2 {
            let after = opened.dropFirst(digits.count)
            if t.first == "(" { return after.first == ")" && after.dropFirst().first == " " }
            return (after.first == "." || after.first == ")" || after.first == "-" || after.first == "–")
                && after.dropFirst().first == " "
        }
        return false
    }

    static func isHeading(_ line: String) -> Bool {
        let t = ScalarText.trimmingWhitespace(line)
        return !t.isEmpty && t.count <= 90 && !endsLikeASentence(trimmed: t)
    }

    static func endsLikeASentence(_ line: String) -> Bool {
        endsLikeASentence(trimmed: ScalarText.trimmingWhitespace(line))
    }

    /// `endsLikeASentence(_:)` of a line trimmed of white space already.
    static func endsLikeASentence(trimmed t: String) -> Bool {
        guard let last = t.last else { return false }
        // (A middle dot ends a sentence too, as `SentenceSplitter` has it: "… للجزائر·".)
        return ".!?؟:;\"”»)·".contains(last)
    }

    /// A sentence that promises a list without ending in a colon ("among them", "التالية").
    /// `words` is the sentence's `SearchableText`.
    static func introducesAList(_ sentence: String, words: SearchableText) -> Bool {
        return words.hasAny([
            "as follows", "the following", "including", "include", "includes", "among them", "التاليه", "وهي", "ابرزها",
            "ومنها", "تشمل", "شملت",
            "تضمنت", "من ابرز",
        ])
            && sentence.count < 220
    }
}
