import NewsCore

/// A country named in a sentence, and how: by name, demonym or capital.
public struct CountryMention: Sendable, Hashable {
    public var country: CountryCode
    public var role: CountryCatalog.Role
    /// Unicode scalar offsets into the sentence.
    public var start: Int
    public var end: Int
}

/// Finds countries in a sentence by their names, demonyms and capitals, in both languages.
///
/// English names must start with a capital letter ("US" is the country, "us" is not). Arabic
/// words may carry the attached conjunctions and prepositions و ف ب ل ك and the article ال,
/// and demonyms may be plural (الأمريكيين). Longer names win over shorter ones.
public struct CountryFinder: Sendable {
    let catalog: CountryCatalog

    /// Whether a name of three letters or fewer is written otherwise than the table spells it:
    /// abbreviations count in capitals (US, UK, UAE), never as words (Us, Uae), and in mixed case
    /// only as the table spells them ("RoK", "BiH"). (A leader's short name is a name: "Xi".)
    static func shortNameNotAsWritten(_ phrase: String, _ m: CountryCatalog.Match) -> Bool {
        phrase.count <= 3 && phrase.uppercased() != phrase && m.role != .leader
            && !m.country.englishNames.contains(phrase)
    }

    /// Words that are country names but mostly mean something else in news text: "financial"
    /// (مالي), "cable" (كابل, Kabul), "desert" (صحراوي, Sahrawi), "the springs" (العيون,
    /// Laayoune), القدس (in Arabic news the city and its cause, not Israel's government, which it
    /// calls تل أبيب), and capitals that are people's names or papers' (Morgan Stanley, Douglas,
    /// Hamilton, Victoria, the Daily Mail's ديلي for Dili).
    static let ambiguous: Set<String> = [
        "مالي", "ماليه", "جورجيا", "Chad", "Georgia", "Male", "Nice", "Split",
        "كابل", "صحراوي", "صحراويه", "العيون", "القدس", "ديلي", "ستانلي", "دوغلاس", "هاميلتون", "فيكتوريا",
        "Stanley", "Douglas", "Hamilton", "Victoria", "Kingston", "Jersey", "كينغستون", "جيرزي", "جيرسي",
    ]

    /// The `ambiguous` names as a text may write them: normalised, and with ة for a final ه.
    /// (By their bytes: a word's bytes hash faster than its characters.)
    static let ambiguousAsWritten = Set(
        ambiguous.union(
            ambiguous.filter { $0.hasSuffix("ه") && ArabicText.containsArabic($0) }.map { $0.dropLast() + "ة" }
        )
        .map(UTF8Key.init))

    /// The second word of a newspaper's name ("the Washington Post", "صحيفة واشنطن بوست"): the
    /// city or country before it is the paper's, not a party's.
    static let newspaperWords: Set<String> = [
        "Post", "Times", "Tribune", "Herald", "Gazette", "Journal", "بوست", "تايمز", "تريبيون", "هيرالد",
    ]

    /// The word after a name that makes it a river's, a delta's, a basin's or a state's of
    /// another country ("the Niger Delta", "Niger State", "the Congo Basin", "the Jordan River").
    static let placeWords: Set<String> = ["Delta", "River", "Basin", "State"]

    /// Whether the name that ends before word `next` is part of another proper name: a
    /// newspaper's ("Washington Post"), a place's in "New" ("New Mexico"; a country whose name
    /// starts with New is matched whole before), or a river's, delta's or state's ("Niger
    /// Delta", "River Niger").
    static func insideAnotherName(_ words: [Word], from i: Int, to next: Int) -> Bool {
        if next < words.count {
            let after = withoutTrailingMarks(words[next]).text
            if newspaperWords.contains(after) || placeWords.contains(after) { return true }
        }
        return i > 0 && (words[i - 1].text == "New" || words[i - 1].text == "River")
    }

    /// Whether the one word at `i` is a man's name rather than a country's adjective: followed
    /// by بن or آل ("تركي بن محمد", "تركي آل الشيخ"), or without the article after a title
    /// ("الأمير تركي"; "الأمير القطري" is the Qatari emir).
    ///
    /// So is one without the article right before a comma and an office, after a word that is
    /// no person's noun: "قال نافديب سوري، سفير الهند" names the ambassador, not Syria ("قال
    /// مسؤول سوري، …" is a Syrian official).
    static func namesAPerson(_ words: [Word], at i: Int, in text: String) -> Bool {
        if i + 1 < words.count, ["بن", "بنت", "آل"].contains(words[i + 1].text) { return true }
        guard i > 0, !words[i].text.hasPrefix("ال") else { return false }
        if ["الأمير", "الامير", "الشيخ", "الملك"].contains(words[i - 1].text) { return true }
        guard i + 1 < words.count, appositionOffices.contains(words[i + 1].text),
            !personNouns.contains(words[i - 1].text)
        else { return false }
        let scalars = text.unicodeScalars
        guard words[i + 1].start <= scalars.count else { return false }
        let gap = scalars[
            scalars.index(
                scalars.startIndex, offsetBy: words[i].end)..<scalars.index(
                    scalars.startIndex, offsetBy: words[i + 1].start)]
        return gap.contains("،") || gap.contains(",")
    }

    /// Offices a name is followed by in apposition ("…، سفير الهند").
    static let appositionOffices: Set<String> = [
        "سفير", "سفيرة", "وزير", "وزيرة", "رئيس", "رئيسة", "مدير", "مديرة", "نائب", "المتحدث", "الأمين", "محافظ",
        "مستشار", "عضو",
    ]
    /// Nouns of people that a country's adjective qualifies ("مسؤول سوري", "مصدر مصري").
    static let personNouns: Set<String> = [
        "مسؤول", "مصدر", "دبلوماسي", "خبير", "رجل", "مواطن", "وفد", "مستثمر", "رجال", "مسؤولون", "مصادر",
        "دبلوماسيون", "خبراء", "مواطنون", "مستثمرون",
    ]

    public init(catalog: CountryCatalog = .shared) { self.catalog = catalog }

    struct Word {
        var text: String
        var start: Int
        var end: Int
    }

    static func words(_ text: String) -> [Word] { words(scalars: Array(text.unicodeScalars)) }

    /// `words(_:)` of a text given by its scalars.
    static func words(scalars: [Unicode.Scalar]) -> [Word] {
        var words: [Word] = []
        var start: Int?
        for i in 0...scalars.count {
            let inWord =
                i < scalars.count
                && {
                    let s = scalars[i]
                    return ScalarText.isAlphanumeric(s) || s == "." || s == "'" || s == "’" || s == "-"
                        || (0x064B...0x0652).contains(s.value) || s.value == 0x0640
                }()
            if inWord {
                if start == nil { start = i }
            } else if let from = start {
                words.append(Word(text: String(scalars: scalars[from..<i]), start: from, end: i))
                start = nil
            }
        }
        for i in words.indices {
            // Only a word ending in one of these scalars can end in one of these characters.
            guard let last = words[i].text.unicodeScalars.last, last == "s" || last == "'" || last == "’" || last == "."
            else { continue }
            words[i] = withoutTrailingMarks(words[i])
        }
        return words
    }

    /// A word without trailing sentence punctuation and English possessives.
    static func withoutTrailingMarks(_ w: Word) -> Word {
        asciiWithoutTrailingMarks(w) ?? scalarWithoutTrailingMarks(w) ?? characterWithoutTrailingMarks(w)
    }

    /// `withoutTrailingMarks(_:)` character by character, for any word.
    static func characterWithoutTrailingMarks(_ w: Word) -> Word {
        // Trailing sentence punctuation and English possessives are not part of a name.
        var t = w.text
        var end = w.end
        for suffix in ["'s", "’s"] where t.hasSuffix(suffix) {
            t.removeLast(2)
            end -= 2
        }
        // The possessive of a plural name: "the United Arab Emirates' fund".
        while (t.hasSuffix("'") || t.hasSuffix("’")) && t.count > 1 {
            t.removeLast()
            end -= 1
        }
        while t.hasSuffix(".") && !t.dropLast().contains(".") && t.count > 1 {
            t.removeLast()
            end -= 1
        }
        return Word(text: t, start: w.start, end: end)
    }

    /// Every country mention in the text, in order, longest names first where they overlap.
    public func mentions(in text: String) -> [CountryMention] {
        var cache = PreparedWords()
        return mentions(in: text, words: Self.words(text), cache: &cache)
    }

    /// `mentions(in:)` for the text's `words(_:)`, with the words of the article prepared so far.
    func mentions(in text: String, words: [Word], cache: inout PreparedWords) -> [CountryMention] {
        let prepared = words.map { cache.prepared($0, by: self) }
        // How many plain words (`PreparedWord.key`) run from each word on.
        var plainRun = [Int](repeating: 0, count: words.count + 1)
        for i in words.indices.reversed() where prepared[i].key != nil { plainRun[i] = plainRun[i + 1] + 1 }
        var found: [CountryMention] = []
        var i = 0
        while i < words.count {
            var matched = false
            for n in stride(from: min(7, words.count - i), through: 1, by: -1) {
                // A plain phrase whose first word starts no catalogue key matches nothing.
                if plainRun[i] >= n && !prepared[i].mayStart { continue }
                let match = plainRun[i] >= n ? lookup(prepared, i..<(i + n)) : lookup(Array(words[i..<(i + n)]))
                if let match, !(n == 1 && Self.isCurrencyPrefix(words[i].text, text, after: words[i].end)),
                    !(n == 1 && match.role == .capital && Self.capitalWithArticle(words[i].text, match.country)),
                    !(n == 1 && match.role == .demonym && Self.namesAPerson(words, at: i, in: text)),
                    !Self.insideAnotherName(words, from: i, to: i + n)
                {
                    found.append(
                        CountryMention(
                            country: match.country.code, role: match.role, start: words[i].start,
                            end: words[i + n - 1].end))
                    i += n
                    matched = true
                    break
                }
            }
            if !matched { i += 1 }
        }
        return found
    }

    /// `mentions(in:)`, and two Arabic country names run together without a space, as web text
    /// often has them ("الصينونيجيريا" for الصين ونيجيريا): both, when a word no mention covers
    /// splits at a و into two country names.
    public func mentionsWithJoinedNames(in text: String) -> [CountryMention] {
        var cache = PreparedWords()
        return mentionsWithJoinedNames(in: text, cache: &cache)
    }

    /// `mentionsWithJoinedNames(in:)` with the words of the article prepared so far.
    /// `scalars`: the text's, when the caller has them at hand.
    func mentionsWithJoinedNames(in text: String, scalars: [Unicode.Scalar]? = nil, cache: inout PreparedWords)
        -> [CountryMention]
    {
        let scalars = scalars ?? Array(text.unicodeScalars)
        let words = Self.words(scalars: scalars)
        let found = mentions(in: text, words: words, cache: &cache)
        var joined: [CountryMention] = []
        for word in words where !found.contains(where: { $0.start < word.end && word.start < $0.end }) {
            joined += ScalarText.contains(word.text, plainScalar: "-") ? hyphenatedNames(word) : joinedNames(word)
            if let listed = listedAmbiguousName(word, among: found, scalars) { joined.append(listed) }
        }
        return joined.isEmpty ? found : (found + joined).sorted { $0.start < $1.start }
    }

    /// "Niger, Chad and Mali", "السنغال ومالي والنيجر": a country's name that mostly means
    /// something else (`ambiguous`: Chad, مالي) is the country where a list joins it to a
    /// country named right before or after it: by a comma or "and", or by the و of the list.
    func listedAmbiguousName(_ word: Word, among found: [CountryMention], _ scalars: [Unicode.Scalar])
        -> CountryMention?
    {
        var text = word.text
        var start = word.start
        // Only a word right beside a country's name may be one of a list: no more work for the others.
        guard
            found.contains(where: { m in
                m.role == .name
                    && ((m.end <= word.start && word.start - m.end <= 6)
                        || (m.start >= word.end && m.start - word.end <= 6))
            })
        else { return nil }
        // Nor may a word that is no ambiguous name as written (with or without a first و).
        guard
            Self.ambiguousAsWritten.contains(UTF8Key(text))
                || Self.ambiguousAsWritten.contains(UTF8Key(String(text.unicodeScalars.dropFirst())))
        else { return nil }
        let arabic = ArabicText.containsArabic(text)
        let waw =
            arabic && text.hasPrefix("و") && Self.ambiguous.contains(ArabicText.normalized(String(text.dropFirst())))
        if waw {
            text.removeFirst()
            start += 1
        }
        guard Self.ambiguous.contains(arabic ? ArabicText.normalized(text) : text),
            let match = catalog.match(text), match.role == .name
        else { return nil }
        let names = found.filter { $0.role == .name }
        let gap = { (a: Int, b: Int) in ScalarText.trimmingWhitespace(String(scalars: scalars[a..<b])) }
        let listGaps: Set<String> = [",", "،", "and", ", and"]
        let joinedBefore = names.contains { m in
            m.end <= start && (listGaps.contains(gap(m.end, start)) || (waw && gap(m.end, start).isEmpty))
        }
        let joinedAfter = names.contains { m in
            m.start >= word.end
                && (listGaps.contains(gap(word.end, m.start))
                    || (arabic && gap(word.end, m.start).isEmpty && scalars[m.start] == "و"))
        }
        guard joinedBefore || joinedAfter else { return nil }
        return CountryMention(country: match.country.code, role: match.role, start: start, end: word.end)
    }

    /// "Mexico-U.S. trade", "Israel-Egypt": each part of a hyphenated word that names a country;
    /// "US-based": the one country.
    func hyphenatedNames(_ word: Word) -> [CountryMention] {
        var found: [CountryMention] = []
        var start = word.start
        for (n, part) in word.text.split(separator: "-", omittingEmptySubsequences: false).enumerated() {
            let w = Word(text: String(part), start: start, end: start + part.unicodeScalars.count)
            start = w.end + 1
            // "Sino-Japanese", "Indo-US": a combining form first stands for its country.
            if n == 0, let code = Self.combiningForms[String(part)] {
                found.append(CountryMention(country: code, role: .demonym, start: w.start, end: w.end))
                continue
            }
            guard !part.isEmpty, let m = lookup([w]) else { continue }
            found.append(CountryMention(country: m.country.code, role: m.role, start: w.start, end: w.end))
        }
        // "US-based Excelerate", "a Dubai-based firm": where a company is based is its country.
        if found.count == 1, let last = word.text.split(separator: "-").last,
            Self.basedWords.contains(last.lowercased())
        {
            return found
        }
        return found.count >= 2 ? found : []
    }

    /// The combining forms of a country's name, first in a hyphenated word that names another
    /// country after them ("Sino-African" names no second country, so no pair).
    static let combiningForms: [String: CountryCode] = [
        "Sino": CountryCode("CN")!, "Indo": CountryCode("IN")!, "Franco": CountryCode("FR")!,
        "Russo": CountryCode("RU")!,
    ]

    /// The second part of "US-based", "Qatar-owned": a company's country.
    static let basedWords: Set<String> = ["based", "headquartered", "owned", "registered", "listed"]

    func joinedNames(_ word: Word) -> [CountryMention] {
        guard ScalarText.characterCount(word.text) >= 6, ArabicText.containsArabic(word.text) else { return [] }
        let scalars = Array(word.text.unicodeScalars)
        for k in 2..<(scalars.count - 2) where scalars[k] == "و" {
            let left = Word(text: String(scalars: scalars[..<k]), start: word.start, end: word.start + k)
            let right = Word(text: String(scalars: scalars[k...]), start: word.start + k, end: word.end)
            guard let a = lookup([left]), let b = lookup([right]), a.role == .name, b.role == .name else { continue }
            return [
                CountryMention(country: a.country.code, role: a.role, start: left.start, end: left.end),
                CountryMention(country: b.country.code, role: b.role, start: right.start, end: right.end),
            ]
        }
        return []
    }

    /// Whether an Arabic word is a capital the article ال was put before, which a city's
    /// name never takes unless it is its own ("ألباريس" is a man's name, Albares, not
    /// باريس; "الرياض" and "للرياض" are the capital).
    static func capitalWithArticle(_ word: String, _ country: Country) -> Bool {
        guard ArabicText.containsArabic(word) else { return false }
        var w = ArabicText.normalized(word)
        if w.hasPrefix("و") || w.hasPrefix("ف") { w.removeFirst() }
        if w.hasPrefix("لل") {
            w = "ال" + w.dropFirst(2)
        } else if w.hasPrefix("ب") || w.hasPrefix("ل") || w.hasPrefix("ك") {
            w.removeFirst()
        }
        guard w.hasPrefix("ال") else { return false }
        return !country.arabicCapitals.contains { ArabicText.normalized($0) == w }
    }

    /// Whether a name is the country part of a dollar's sign ("US$ 35 billion", "US $38 billion",
    /// "HK$", "NZ$"). Another name before an amount is the country it names ("Qatar $14 billion",
    /// "UAE $85 billion" in a list of partners).
    static func isCurrencyPrefix(_ name: String, _ text: String, after end: Int) -> Bool {
        guard dollarPrefixes.contains(name) else { return false }
        var scalars = text.unicodeScalars.dropFirst(end).prefix(2).makeIterator()
        guard let next = scalars.next() else { return false }
        return next == "$" || (next == " " && scalars.next() == "$")
    }

    /// The countries' parts of dollar signs.
    static let dollarPrefixes: Set<String> = ["US", "U.S.", "U.S", "HK", "NZ", "NT", "A", "C", "S", "Z", "R"]

    /// A word with its lookup keys worked out once for all the phrases it is in.
    struct PreparedWord {
        var word: Word
        /// The word's lookup key (`CountryCatalog.key`) when the word is plain once normalised
        /// (`CountryCatalog.plainKey`), nil otherwise; then so are `own` and `firsts`.
        var key: String?
        var own: KeyWords
        var isArabic: Bool
        var initialIsUppercase: Bool
        /// How the word may start a phrase: its Arabic forms (`arabicForms`), or the word itself.
        var firsts: [(text: String, key: KeyWords)]

        /// Whether a phrase of plain words that starts with this one may match (`lookup(_:_:)`):
        /// an English word needs a capital, and one of its first keys must be empty (the next
        /// word's key then leads) or start a catalogue key (`longest` above 0; `match` asks
        /// for at least one word).
        /// Set by `prepare` for a word with a key.
        var mayStart = false
    }

    /// The words of an article prepared so far (`prepare(_:)`), by their UTF-8: an article
    /// repeats its words, and preparing one is the same work wherever it stands.
    struct PreparedWords {
        private var byText: [UTF8Key: PreparedWord] = [:]

        init(capacity: Int = 0) { byText.reserveCapacity(capacity) }

        mutating func prepared(_ word: Word, by finder: CountryFinder) -> PreparedWord {
            let key = UTF8Key(word.text)
            if var known = byText[key] {
                known.word = word
                return known
            }
            let prepared = finder.prepare(word)
            byText[key] = prepared
            return prepared
        }
    }

    /// A lookup key, how many words it has, and the most words a catalogue key starting with its
    /// first word has.
    struct KeyWords {
        var key = ""
        var count = 0
        var longest = 0
    }

    /// The key's words; `longest` -1 unless `longest` is asked for.
    func keyWords(_ key: String, longest: Bool = true) -> KeyWords {
        guard !key.isEmpty else { return KeyWords() }
        // The key of one word has no space (the usual case): no need to split it.
        if !key.utf8.contains(0x20) {
            return KeyWords(key: key, count: 1, longest: longest ? catalog.longestKey(startingWith: key) : -1)
        }
        let words = key.split(separator: " ", omittingEmptySubsequences: false)
        return KeyWords(
            key: key, count: words.count, longest: longest ? catalog.longestKey(startingWith: String(words[0])) : -1)
    }

    func prepare(_ word: Word) -> PreparedWord {
        let isArabic = ArabicText.containsArabic(word.text)
        let initialIsUppercase = word.text.unicodeScalars.first.map(ScalarTraits.isUppercase) ?? false
        var prepared = PreparedWord(
            word: word, key: nil, own: KeyWords(), isArabic: isArabic, initialIsUppercase: initialIsUppercase,
            firsts: [])
        guard let key = Self.plainKey(word.text) else { return prepared }
        // A word that starts no phrase needs its catalogue length only after a first word
        // without a key (`match`): worked out there. An Arabic word starts phrases by its
        // forms (`firsts`), not by its own key.
        let own = !isArabic && initialIsUppercase ? keyWords(key) : keyWords(key, longest: false)
        var firsts: [(text: String, key: KeyWords)] = []
        if isArabic {
            // Forms of normal Arabic letters are their own keys, of one word each; a form that
            // starts no catalogue key never matches (`match`), and is left out.
            let normal = Self.forEachNormalArabicForm(word.text) { form in
                let longest = catalog.longestKey(startingWithPlainUTF8: form)
                guard longest > 0 else { return }
                let text = String(decoding: form, as: UTF8.self)
                firsts.append((text, KeyWords(key: text, count: 1, longest: longest)))
            }
            if !normal {
                for form in Self.arabicForms(word.text) {
                    guard let formKey = Self.plainKey(form) else { return prepared }
                    firsts.append((form, keyWords(formKey)))
                }
            }
        } else if initialIsUppercase {
            firsts = [(word.text, own)]
        }
        prepared.key = key
        prepared.own = own
        prepared.firsts = firsts
        if isArabic || initialIsUppercase {
            prepared.mayStart =
                isArabic
                ? firsts.contains { $0.key.count == 0 || $0.key.longest > 0 } : own.count == 0 || own.longest > 0
        }
        return prepared
    }

    /// `lookup(_:)` for a phrase of plain words, without building a phrase that cannot match.
    ///
    /// The key of a phrase is the keys of its words, the empty ones left out, joined by spaces:
    /// normalising, lowercasing and removing dots go scalar by scalar in plain text.
    private func lookup(_ words: [PreparedWord], _ range: Range<Int>) -> CountryCatalog.Match? {
        let first = words[range.lowerBound]
        let rest = (range.lowerBound + 1)..<range.upperBound
        if first.isArabic {
            for candidate in first.firsts {
                guard let m = match(candidate.key, words, rest) else { continue }
                let phrase = ([candidate.text] + words[rest].map(\.word.text)).joined(separator: " ")
                if Self.ambiguous.contains(ArabicText.normalized(phrase)) { continue }
                return m
            }
            return nil
        }
        guard first.initialIsUppercase, let m = match(first.own, words, rest) else { return nil }
        let phrase = words[range].map(\.word.text).joined(separator: " ")
        if Self.ambiguous.contains(phrase) { return nil }
        if Self.shortNameNotAsWritten(phrase, m) { return nil }
        return m
    }

    /// The catalogue's match for a first key followed by the keys of `rest`, or nil.
    private func match(_ first: KeyWords, _ words: [PreparedWord], _ rest: Range<Int>) -> CountryCatalog.Match? {
        var count = first.count
        var longest = first.longest
        for j in rest where words[j].own.count > 0 {
            if count == 0 {
                let own = words[j].own
                longest = own.longest >= 0 ? own.longest : keyWords(own.key).longest
            }
            count += words[j].own.count
        }
        guard count == 0 || count <= longest else { return nil }
        var key = first.key
        for j in rest where words[j].own.count > 0 {
            if !key.isEmpty { key += " " }
            key += words[j].own.key
        }
        return catalog.match(key: key)
    }

    private func lookup(_ words: [Word]) -> CountryCatalog.Match? {
        let first = words[0].text
        let rest = words.dropFirst().map(\.text)
        if ArabicText.containsArabic(first) {
            for candidate in Self.arabicForms(first) {
                let phrase = ([candidate] + rest).joined(separator: " ")
                if Self.ambiguous.contains(ArabicText.normalized(phrase)) { continue }
                if let m = catalog.match(phrase) { return m }
            }
            return nil
        }
        guard let initial = first.unicodeScalars.first, ScalarTraits.isUppercase(initial) else { return nil }
        let phrase = words.map(\.text).joined(separator: " ")
        if Self.ambiguous.contains(phrase) { return nil }
        // Abbreviations count only in capitals (US, UK, UAE), never as words (Us, Uae). Four
        // letters are names ("Iran", "Oman", "Doha"), which count capitalised.
        guard let m = catalog.match(phrase) else { return nil }
        if Self.shortNameNotAsWritten(phrase, m) { return nil }
        return m
    }
}
