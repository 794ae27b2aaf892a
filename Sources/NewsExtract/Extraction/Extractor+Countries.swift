import NewsCore

extension Extractor {
    /// The countries a sentence names, and those of the well-known companies it names bare
    /// (a company given with its nationality is read by the finder already).
    static func countries(
        in text: String, scalars: [Unicode.Scalar], finder: CountryFinder, cache: inout CountryFinder.PreparedWords
    ) -> (all: [CountryMention], companyStarts: Set<Int>) {
        var named = finder.mentionsWithJoinedNames(in: text, scalars: scalars, cache: &cache)
        // A country names a currency only beside an amount ("300 million Saudi riyals"), which
        // has digits; the demonyms and America are read everywhere.
        if named.contains(where: { $0.role == .demonym || $0.country.rawValue == "US" })
            || scalars.contains(where: isDigit)
        {
            named.removeAll { Self.namesNoParty($0, in: scalars) }
        }
        // A byte search finds عمان wherever Foundation's would (its letters have no other
        // spelling), and `withOman` changes nothing in a sentence without the word.
        // "عُمان", with the damma that sets it apart from عمّان (Amman), is Oman wherever it stands.
        if (!named.isEmpty && PlainSearch.containsAnyBytes(of: ["عمان"], in: text))
            || PlainSearch.containsAnyBytes(of: [Self.omanWithDamma], in: text)
        {
            named = Self.withOman(named, in: scalars)
        }
        if named.contains(where: { placeCountries.contains($0.country) }) { named = withoutPlaces(named, in: scalars) }
        let companies = CompanyCatalog.mentions(in: text, scalars: scalars).filter { c in
            !named.contains { $0.start < c.end && c.start < $0.end }
        }
        guard !companies.isEmpty else { return (named, []) }
        return ((named + companies).sorted { $0.start < $1.start }, Set(companies.map(\.start)))
    }

    /// Places whose names hold a country's name or demonym, and that are no party: seas, a
    /// gulf, an ocean, a peninsula, a river, a state of another country.
    static let placeNames = [
        "Persian Gulf", "Indian Ocean", "South China Sea", "East China Sea", "Gulf of Mexico", "New Mexico",
        "Sea of Japan", "Korean Peninsula",
        "Irish Sea", "Jordan River", "Gulf of Oman", "الخليج الفارسي", "المحيط الهندي", "بحر الصين", "خليج المكسيك",
        "بحر اليابان", "شبه الجزيرة الكورية",
    ]
    static let placeScalars = placeNames.map { Array($0.unicodeScalars) }
    /// The countries the finder reads in those names: only a sentence with one of them may hold a place.
    static let placeCountries = Set(placeNames.flatMap { CountryFinder().mentions(in: $0).map(\.country) })

    /// The mentions without those inside a place's name (`placeNames`).
    static func withoutPlaces(_ named: [CountryMention], in scalars: [Unicode.Scalar]) -> [CountryMention] {
        var places: [Range<Int>] = []
        for place in placeScalars where place.count <= scalars.count {
            for i in 0...(scalars.count - place.count)
            where scalars[i] == place[0] && scalars[i..<(i + place.count)].elementsEqual(place) {
                places.append(i..<(i + place.count))
            }
        }
        return named.filter { m in !places.contains { $0.lowerBound <= m.start && m.end <= $0.upperBound } }
    }

    /// A digit, Latin or Arabic-Indic (٠–٩, ۰–۹).
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(s.value) || (0x660...0x669).contains(s.value) || (0x6F0...0x6F9).contains(s.value)
    }

    /// Oman's name with the damma on its ع ("عُمان"): no spelling of Amman (عمّان).
    static let omanWithDamma = "ع\u{064F}مان"

    /// The Gulf states besides Oman.
    static let omansNeighbours = Set(["SA", "AE", "KW", "QA", "BH"].compactMap(CountryCode.init))

    /// Bare عمان is Oman or Amman, and the catalogue reads neither. Joined by و to a country
    /// named next to it ("الهند وعمان", "عمان والهند"), it is Oman; so is "عُمان", with the damma
    /// on its ع, anywhere. With a shadda on its م ("عمّان") it is Amman.
    static func withOman(_ named: [CountryMention], in scalars: [Unicode.Scalar]) -> [CountryMention] {
        var found = named
        // A sentence that names two or more of Oman's Gulf neighbours and not Jordan ranks or lists
        // Gulf states ("ثم البحرين 160.4 مليون دولار، ثم عمان"): عمان there is Oman.
        let neighbours = Set(named.map(\.country)).intersection(Self.omansNeighbours)
        let gulf = neighbours.count >= 2 && !named.contains { $0.country.rawValue == "JO" }
        var i = 0
        while i < scalars.count {
            defer { i += 1 }
            guard i == 0 || !ScalarTraits.isAlphabetic(scalars[i - 1]) else { continue }
            var end = i
            while end < scalars.count && ScalarTraits.isAlphabetic(scalars[end]) { end += 1 }
            let written = String(scalars: scalars[i..<end])
            // The word without its short vowels (the damma of "عُمان"); a shadda ("عمّان") stays.
            let word = String(
                scalars: scalars[i..<end].filter { !(0x064B...0x0650).contains($0.value) && $0.value != 0x0652 })
            let start = word.hasPrefix("و") ? i + 1 : i
            guard word == "عمان" || word == "وعمان", !named.contains(where: { $0.start <= start && start < $0.end })
            else {
                i = max(i, end - 1)
                continue
            }
            // A country right before, with this word's و, or right after as "و…".
            let before = word.hasPrefix("و") && named.contains { m in i - m.end >= 0 && i - m.end <= 1 }
            let after = named.contains { m in
                m.start - end >= 1 && m.start - end <= 2 && end + 1 < scalars.count && scalars[end + 1] == "و"
            }
            if before || after || written.contains(Self.omanWithDamma) || gulf {
                found.append(CountryMention(country: CountryCode("OM")!, role: .name, start: start, end: end))
            }
            i = max(i, end - 1)
        }
        return found.sorted { $0.start < $1.start }
    }

    /// Mentions that name no party: a country or a demonym that names a currency ("7.5 مليار
    /// دولار أمريكي", "40 million Canadian dollars", "مليار ريال سعودي", "UAE dirhams") and
    /// America as part of a region's name ("Latin America", "أمريكا اللاتينية").
    static func namesNoParty(_ m: CountryMention, in scalars: [Unicode.Scalar]) -> Bool {
        let end = min(m.end, scalars.count)
        let start = min(m.start, scalars.count)
        let after = CharacterWords.folded(scalars[...], end..<min(scalars.count, end + 12))
        let before = CharacterWords.folded(scalars[...], max(0, start - 10)..<start)
        let previous = Self.lastWordAtSpaces(before)
        // "225 million US dollars": the currency's country.
        if m.country.rawValue == "US" && after.hasPrefix(" dollar") { return true }
        // ("Latin American states": the region's adjective too.)
        if m.country.rawValue == "US" && (m.role == .name || m.role == .demonym) {
            let regional =
                ["latin", "south", "north", "central"].contains(previous)
                || ["اللاتيني", "الجنوبي", "الشمالي", "الوسطي"].contains { after.hasPrefix(" " + $0) }
            if regional { return true }
        }
        // "300 million Saudi riyals", "3 billion UAE dirhams": the currency's country.
        if let next = Self.firstLetterWord(after), CurrencyWords.isName(String(next)) {
            return true
        }
        guard m.role == .demonym else { return false }
        if after.hasPrefix(" dollar") { return true }
        // "300 مليون ريال سعودي", "مليار درهم إماراتي": the adjective of the currency before it.
        if CurrencyWords.isName(String(previous)) { return true }
        // "شركة المصري", "مجموعة اللبناني": a masculine demonym right after a feminine noun agrees
        // with no noun; it is a family name (the nationality would be "المصرية").
        let word = ArabicText.normalized(String(scalars: scalars[start..<end]))
        if word.hasSuffix("ي"), ["شركه", "مجموعه"].contains(where: { previous.hasSuffix($0) }) { return true }
        return previous.hasPrefix("دولار") || previous.hasPrefix("الدولار")
    }

    /// `text.split(separator: " ").last ?? ""`, scalar by scalar for a text of simple scalars
    /// (`CharacterWords.isSimple`), where every space is a character of its own.
    static func lastWordAtSpaces(_ text: String) -> Substring {
        let u = text.unicodeScalars
        guard u.allSatisfy({ CharacterWords.isSimple($0.value) }) else { return text.split(separator: " ").last ?? "" }
        var end = u.endIndex
        while end > u.startIndex && u[u.index(before: end)] == " " { end = u.index(before: end) }
        var start = end
        while start > u.startIndex && u[u.index(before: start)] != " " { start = u.index(before: start) }
        return text[start..<end]
    }

    /// `text.split(whereSeparator: { !$0.isLetter }).first`, by `CharacterWords.ranges` where
    /// the text's characters are known from its scalars.
    static func firstLetterWord(_ text: String) -> Substring? {
        let scalars = Array(text.unicodeScalars)
        guard let words = CharacterWords.ranges(scalars[...], digits: false, hyphens: false) else {
            return text.split(whereSeparator: { !$0.isLetter }).first
        }
        guard let first = words.first else { return nil }
        let u = text.unicodeScalars
        return text[
            u.index(u.startIndex, offsetBy: first.lowerBound)..<u.index(u.startIndex, offsetBy: first.upperBound)]
    }

    /// Whether `m` stands in brackets right after `before`: "Macau (China)".
    static func bracketed(_ m: CountryMention, after before: CountryMention, in scalars: [Unicode.Scalar]) -> Bool {
        guard m.start - before.end <= 3, m.end < scalars.count, scalars[m.end] == ")" else { return false }
        let between = scalars[before.end..<m.start]
        return between.contains("(") && between.allSatisfy { $0 == "(" || $0 == " " }
    }

    /// The Arab League's members.
    static let arabStates = Set(
        [
            "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD",
            "SY", "TN", "AE", "YE",
        ].compactMap(CountryCode.init))

    /// States that Arabic news calls by a bare common noun, normalised: "المملكة" (the Kingdom)
    /// for an Arab kingdom, "السلطنة" (the Sultanate) for Oman. ("المملكة العربية السعودية",
    /// "المملكة المتحدة" are names the finder reads already.)
    static let bareStateNouns: [(states: Set<CountryCode>, noun: String)] = [
        (Set(["SA", "MA", "JO", "BH"].compactMap(CountryCode.init)), "المملكه"),
        ([CountryCode("OM")!], "السلطنه"),
    ]

    /// A noun with the article and its forms with و ب ل ف attached: "المملكه", "والمملكه",
    /// "بالمملكه", "وبالمملكه", "فالمملكه", "للمملكه", "وللمملكه".
    static func attachedForms(_ noun: String) -> Set<String> {
        let bare = noun.dropFirst()  // "لمملكه": what ل attaches to, its alef dropped
        return Set(["", "و", "ب", "وب", "ف"].map { $0 + noun } + ["ل", "ول"].map { $0 + bare })
    }

    /// "Georgia received $1.56 billion of FDI … Georgia's largest investors": a country's name that
    /// may mean something else (`repeatableAmbiguous`) is the country in an article that names it
    /// twice or more, standing alone (not "Chad Smith"), and never as the American state.
    static func addRepeatedAmbiguousNames(
        to found: inout [(all: [CountryMention], companyStarts: Set<Int>)], in parts: [Document.Part]
    ) {
        let names = Array(repeatableAmbiguous.keys)
        let holding = parts.indices.filter { PlainSearch.containsAnyBytes(of: names, in: parts[$0].sentence.text) }
        guard !holding.isEmpty else { return }
        if parts.contains(where: { p in PlainSearch.containsAnyBytes(of: americanStateWords, in: p.sentence.text) }) {
            return
        }
        var places: [(part: Int, word: CountryFinder.Word, country: CountryCode)] = []
        for i in holding {
            let words = CountryFinder.words(scalars: parts[i].scalars)
            for (k, w) in words.enumerated() {
                let withoutWaw = w.text.hasPrefix("و") ? String(w.text.dropFirst()) : w.text
                guard let country = repeatableAmbiguous[withoutWaw] else { continue }
                // "Chad Smith": a first name before a surname.
                if k + 1 < words.count, words[k + 1].start == w.end + 1,
                    words[k + 1].text.unicodeScalars.first?.properties.isUppercase == true
                {
                    continue
                }
                let start = withoutWaw == w.text ? w.start : w.start + 1
                places.append((i, CountryFinder.Word(text: w.text, start: start, end: w.end), country))
            }
        }
        for country in Set(places.map { $0.country }) where places.filter({ $0.country == country }).count >= 2 {
            for place in places where place.country == country {
                guard !found[place.part].all.contains(where: { $0.start < place.word.end && place.word.start < $0.end })
                else { continue }
                found[place.part].all.append(
                    CountryMention(country: country, role: .name, start: place.word.start, end: place.word.end))
                found[place.part].all.sort { $0.start < $1.start }
            }
        }
    }

    /// Names of countries that mostly mean something else, read as the country when repeated
    /// (`addRepeatedAmbiguousNames`); an Arabic one may carry و before it.
    static let repeatableAmbiguous: [String: CountryCode] = [
        "Georgia": CountryCode("GE")!, "جورجيا": CountryCode("GE")!, "Chad": CountryCode("TD")!,
    ]

    /// Words that make Georgia the American state.
    static let americanStateWords = [
        "Atlanta", "state of Georgia", "Georgia state", "U.S. state", "US state", "ولاية جورجيا", "أتلانتا",
    ]

    /// "التوقيع على اتفاقيتين بين بلادنا والوكالة الفرنسية": a government's own release calls its
    /// country "ours". It is the country the article names that the sentence does not: the one
    /// named most often, then first. An article that names no other country leaves it unread.
    static func addOurCountry(
        to found: inout [(all: [CountryMention], companyStarts: Set<Int>)], in parts: [Document.Part]
    ) {
        let forms = Set(
            ["بلادنا", "بلدنا"].flatMap { noun in ["", "و", "ب", "وب", "ف", "ل", "ول"].map { $0 + noun } })
        var counts: [CountryCode: Int] = [:]
        var first: [CountryCode: Int] = [:]
        for (i, f) in found.enumerated() {
            for m in f.all {
                counts[m.country, default: 0] += 1
                if first[m.country] == nil { first[m.country] = i }
            }
        }
        for (i, part) in parts.enumerated()
        where PlainSearch.containsAnyBytes(of: ["لادنا", "لدنا"], in: part.sentence.text) {
            let named = Set(found[i].all.map(\.country))
            guard
                let ours = counts.keys.filter({ !named.contains($0) }).min(by: {
                    (counts[$0]!, -first[$0]!) > (counts[$1]!, -first[$1]!)
                })
            else { continue }
            for w in CountryFinder.words(scalars: part.scalars) where forms.contains(ArabicText.normalized(w.text)) {
                guard !found[i].all.contains(where: { $0.start < w.end && w.start < $0.end }) else { continue }
                found[i].all.append(CountryMention(country: ours, role: .name, start: w.start, end: w.end))
            }
            found[i].all.sort { $0.start < $1.start }
        }
    }

    /// "CAIRO, March 3 (Agency) -", "Moscow, 12 May:", "الرياض -": the city a dispatch was filed
    /// from, at the opening of a paragraph, is where the reporter was, no party of its facts.
    static func dropDatelines(
        from found: inout [(all: [CountryMention], companyStarts: Set<Int>)], in parts: [Document.Part]
    ) {
        for i in parts.indices where i == 0 || parts[i - 1].block != parts[i].block {
            let part = parts[i]
            guard part.role == .lead || part.role == .paragraph, let first = found[i].all.first,
                first.role == .capital,
                part.scalars[..<first.start].allSatisfy({ ScalarTraits.isWhitespace($0) }),
                opensADateline(part.scalars, after: first.end)
            else { continue }
            found[i].all.removeFirst()
        }
    }

    /// Whether what follows a city's name is the rest of a dateline: a date after a comma, an
    /// agency in brackets, then a dash between spaces or a colon.
    static func opensADateline(_ scalars: [Unicode.Scalar], after end: Int) -> Bool {
        let stops: Set<Unicode.Scalar> = ["\n", "(", ")", ":", "-", "–", "—"]
        var i = end
        func skipSpaces() { while i < scalars.count && scalars[i] == " " { i += 1 } }
        if i < scalars.count && (scalars[i] == "," || scalars[i] == "،") {
            i += 1
            let limit = min(scalars.count, i + 30)
            while i < limit && !stops.contains(scalars[i]) { i += 1 }
        }
        skipSpaces()
        if i < scalars.count && scalars[i] == "(" {
            let limit = min(scalars.count, i + 30)
            i += 1
            while i < limit && scalars[i] != ")" && scalars[i] != "\n" { i += 1 }
            guard i < limit && scalars[i] == ")" else { return false }
            i += 1
        }
        let spaced = i > end && (scalars[i - 1] == " " || scalars[i - 1] == ")")
        skipSpaces()
        guard i + 1 < scalars.count, scalars[i + 1] == " " else { return false }
        // A dash joined to the name is a hyphen ("Cairo-Riyadh talks").
        return scalars[i] == ":" || (spaced && ["-", "–", "—"].contains(scalars[i]))
    }

    /// "صادرات المملكة إلى …" in an article that names one Arab kingdom: the Kingdom is that one,
    /// wherever the article names it; in one that names none and only Arab states, Saudi Arabia. "السلطنة" in an
    /// article that names Oman is Oman. With several of a noun's states named (or none, but for
    /// the Kingdom), the noun stays unread.
    static func addTheStates(
        to found: inout [(all: [CountryMention], companyStarts: Set<Int>)], in parts: [Document.Part]
    ) {
        let named = Set(found.flatMap { $0.all.map(\.country) })
        for (states, noun) in bareStateNouns {
            let ofKind = named.intersection(states)
            // An article that names no kingdom and no country outside the Arab states, as Saudi
            // papers write of their own country ("بين المملكة وسلطنة عُمان"), means Saudi Arabia, the
            // kingdom Arabic news names so most. (In an article of Chile and Peru it stays unread.)
            let state =
                ofKind.count == 1
                ? ofKind.first
                : ofKind.isEmpty && noun == "المملكه" && !named.isEmpty && named.isSubset(of: arabStates)
                    ? CountryCode("SA") : nil
            guard let state else { continue }
            let forms = attachedForms(noun)
            // Every form holds the noun without its alef and final ه ("لمملك"): sentences without it are skipped.
            let stem = String(noun.dropFirst().dropLast())
            for (i, part) in parts.enumerated() where PlainSearch.containsAnyBytes(of: [stem], in: part.sentence.text) {
                for w in CountryFinder.words(scalars: part.scalars) where forms.contains(ArabicText.normalized(w.text))
                {
                    guard !found[i].all.contains(where: { $0.start < w.end && w.start < $0.end }) else { continue }
                    found[i].all.append(CountryMention(country: state, role: .name, start: w.start, end: w.end))
                }
                found[i].all.sort { $0.start < $1.start }
            }
        }
    }
}
