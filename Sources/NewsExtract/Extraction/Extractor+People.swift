import NewsCore

/// People an article introduces with their country stand for it wherever the article names them
/// again, as the leaders of the catalogue do: "his Angolan counterpart, Joao Lourenco … Erdogan
/// received Lourenco in July, when the two leaders signed agreements", "Kenya's trade minister
/// Moses Kuria", "الرئيس الأنغولي جواو لورينسو … ووقع لورينسو".
extension Extractor {
    /// Adds to each sentence a mention of the country of every person it names by a surname that
    /// the article introduced with a country (`introducedPeople`), where no mention covers it.
    static func addThePeople(
        to found: inout [(all: [CountryMention], companyStarts: Set<Int>)], in parts: [Document.Part]
    ) {
        var people: [String: CountryCode] = [:]
        var conflicting = Set<String>()
        // A sentence without an office's word introduces nobody: most are skipped by a byte search.
        for (i, part) in parts.enumerated()
        where found[i].all.contains(where: { mayIntroduce($0, in: part.scalars) })
            && PlainSearch.containsAnyBytes(of: Self.officeStems, in: part.sentence.text)
        {
            for (name, country) in introducedPeople(in: part.scalars, mentions: found[i].all) {
                if let known = people[name], known != country { conflicting.insert(name) }
                people[name] = country
            }
        }
        for name in conflicting { people[name] = nil }
        guard !people.isEmpty else { return }
        let names = Array(people.keys)
        for (i, part) in parts.enumerated() where PlainSearch.containsAnyBytes(of: names, in: part.sentence.text) {
            var added = false
            for w in CountryFinder.words(scalars: part.scalars) {
                guard let country = people[w.text] ?? personBehindParticles(w.text, in: people),
                    !found[i].all.contains(where: { $0.start < w.end && w.start < $0.end })
                else { continue }
                found[i].all.append(CountryMention(country: country, role: .leader, start: w.start, end: w.end))
                added = true
            }
            if added { found[i].all.sort { $0.start < $1.start } }
        }
    }

    /// What every office word holds, English and Arabic (`officeWords`, `arabicTitles`).
    static let officeStems = [
        "resident", "inister", "rince", "King", "Emir", "Sheikh", "Sultan", "hancellor", "Premier", "mbassador",
        "ecretary", "nvoy", "ounterpart", "leader", "overnor", "رئيس", "الرئيس", "وزير", "الوزير", "نظير", "العاهل",
        "الملك", "الأمير", "ولي", "سفير", "السفير", "المبعوث", "المستشار", "نائب",
    ]

    /// Whether a mention may come before a person's titles: a demonym ("Angolan", "الأنغولي"), a
    /// country with "'s", or an abbreviation ("U.S. President").
    static func mayIntroduce(_ m: CountryMention, in scalars: [Unicode.Scalar]) -> Bool {
        if m.role == .demonym { return true }
        guard m.role == .name, m.end < scalars.count else { return false }
        if scalars[m.end] == "'" || scalars[m.end] == "’" { return true }
        return scalars[m.start..<m.end].allSatisfy { $0 == "." || ScalarTraits.isUppercase($0) }
    }

    /// The country of a surname in `people` that an Arabic word holds after the و ف ب ل ك
    /// attached before it ("ولورينسو", "وبلورينسو"), if any.
    static func personBehindParticles(_ word: String, in people: [String: CountryCode]) -> CountryCode? {
        var rest = Substring(word)
        for _ in 0..<2 {
            guard let first = rest.unicodeScalars.first, "وفبلك".unicodeScalars.contains(first), rest.count > 4 else {
                return nil
            }
            rest = rest.dropFirst()
            if let country = people[String(rest)] { return country }
        }
        return nil
    }

    /// Titles of office that come between a country and a person's name ("Angolan President",
    /// "Kenya's trade minister", "his Angolan counterpart"); at least one of `officeWords` must.
    static let titleWords: Set<String> = [
        "President", "president", "Prime", "prime", "Minister", "minister", "Foreign", "foreign", "Vice", "vice",
        "Deputy", "deputy", "Crown", "Prince", "King", "Emir", "Sheikh", "Sultan", "Chancellor", "Premier",
        "Ambassador", "ambassador", "Secretary", "secretary", "Envoy", "envoy", "counterpart", "Counterpart",
        "leader", "Trade", "trade", "Finance", "finance", "Economy", "economy", "Energy", "energy", "Investment",
        "investment", "Industry", "industry", "Commerce", "commerce", "Defence", "defence", "Defense", "defense",
        "Affairs", "affairs", "Economic", "economic", "Oil", "oil", "Transport", "transport", "of", "and", "State",
        "state", "General", "Special", "special", "Presidential", "Governor", "governor",
    ]
    static let officeWords: Set<String> = [
        "President", "president", "Minister", "minister", "Prince", "King", "Emir", "Sheikh", "Sultan", "Chancellor",
        "Premier", "Ambassador", "ambassador", "Secretary", "secretary", "Envoy", "envoy", "counterpart",
        "Counterpart", "leader", "Governor", "governor",
    ]
    /// Countries whose people's names put the family name first ("Xi Jinping", "Moon Jae-in").
    static let familyNameFirst: Set<CountryCode> = Set(
        ["CN", "TW", "HK", "MO", "KR", "KP"].compactMap(CountryCode.init))
    /// Words inside a name that start with a small letter ("Mohammed bin Salman", "Luiz Inacio
    /// Lula da Silva").
    static let nameLinks: Set<String> = [
        "bin", "bint", "ibn", "al", "el", "da", "de", "dos", "van", "von", "der", "la", "Bin", "Bint", "Ibn", "Al",
    ]
    /// Words of address before a name ("His Highness Shaikh Khalifa …", "Dr. …").
    static let honorifics: Set<String> = [
        "His", "Her", "Highness", "Excellency", "Royal", "Shaikh", "Sheikh", "Sheikha", "Dr", "Mr", "Mrs", "Ms",
        "Prince",
        "Princess", "HH", "HE", "H.E", "H.H",
    ]
    /// Capitalised words that end a name rather than belong to it.
    static let notNames: Set<String> = [
        "On", "In", "At", "The", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "And", "But", "Jr", "Sr",
    ]
    /// Arabic titles of office before a country's adjective ("الرئيس الأنغولي", "وزير التجارة الهندي").
    static let arabicTitles: Set<String> = [
        "الرئيس", "رئيس", "رئيسة", "الوزير", "وزير", "وزيرة", "نظيره", "نظيرته", "نظيرها", "العاهل", "الملك",
        "الأمير", "ولي", "السفير", "سفير", "المبعوث", "المستشار", "المستشارة", "نائب",
    ]
    /// Words that end an Arabic name: particles, prepositions and times.
    static let arabicNameEnds: Set<String> = [
        "إن", "أن", "بأن", "وأن", "في", "على", "من", "مع", "عن", "إلى", "خلال", "يوم", "لدى", "الذي", "التي",
        "اليوم", "أمس", "قبل", "بعد", "عند", "حيث", "كما", "بين", "منذ",
    ]
    /// Arabic words that may follow a title and an adjective and are no name.
    static let arabicNotNames: Set<String> = [
        "بلاده", "بلادها", "حرص", "ضرورة", "أهمية", "استعداد", "رغبة", "عزم", "دعم", "توقيع", "نظيره", "نظيرته",
        "اتفاقية", "اتفاق", "مذكرة", "عقد", "زيارة", "وفدا", "وفد", "رسالة", "بيان",
    ]

    /// The surnames that a sentence introduces with a country: in English a demonym or a country
    /// with "'s", titles of office, then a capitalised name ("Kenyan President William Ruto",
    /// "Kenya's trade minister Moses Kuria", "his Angolan counterpart, Joao Lourenco"); in
    /// Arabic a title, the country's adjective with its article, then a name of two to four words
    /// that ends the clause or comes before a particle ("الرئيس الأنغولي جواو لورينسو إن").
    static func introducedPeople(in scalars: [Unicode.Scalar], mentions: [CountryMention]) -> [(String, CountryCode)] {
        let words = CountryFinder.words(scalars: scalars)
        var found: [(String, CountryCode)] = []
        /// Whether only spaces (or, with `comma`, one comma) stand between words `a` and `a + 1`.
        func joined(_ a: Int, comma: Bool = false) -> Bool {
            guard a + 1 < words.count else { return false }
            let gap = scalars[words[a].end..<words[a + 1].start].filter { $0 != " " }
            return gap.isEmpty || (comma && gap.count == 1 && (gap[0] == "," || gap[0] == "،"))
        }
        for m in mentions where mayIntroduce(m, in: scalars) {
            guard let at = words.firstIndex(where: { $0.end >= m.end && $0.start < m.end }) else { continue }
            let arabic = ArabicText.containsArabic(words[at].text)
            if arabic {
                guard m.role == .demonym, words[at].text.hasPrefix("ال"), at > 0, joined(at),
                    (max(0, at - 2)..<at).contains(where: { arabicTitles.contains(words[$0].text) })
                else { continue }
                var name: [String] = []
                var k = at + 1
                while k < words.count && name.count < 4 {
                    let w = words[k].text
                    if arabicNameEnds.contains(w) || arabicNotNames.contains(w) || arabicTitles.contains(w) { break }
                    if w.hasPrefix("ال") || w.hasPrefix("بال") || w.hasPrefix("لل") || w.hasPrefix("وال") { break }
                    if mentions.contains(where: { $0.start < words[k].end && words[k].start < $0.end }) { break }
                    name.append(w)
                    if !joined(k) { break }
                    k += 1
                }
                // Where the name ends is not written: the surname is the word after the first
                // name ("شوكت ميرضائيف يرغب في …"), or after بن ("محمد بن سلمان").
                let surname = name.dropFirst().first { !["بن", "بنت", "آل", "عبد", "أبو", "ابو", "أبي"].contains($0) }
                guard let surname, surname.count >= 3, !name.contains(where: { $0.count > 12 }) else { continue }
                found.append((surname, m.country))
                continue
            }
            var k = at
            var office = false
            var titles = 0
            while joined(k) && titleWords.contains(words[k + 1].text) {
                k += 1
                titles += 1
                if officeWords.contains(words[k].text) { office = true }
            }
            // A comma only after "counterpart": "his Angolan counterpart, Joao Lourenco"
            // ("Minister of Transport, Communications and …" lists offices).
            guard office, titles > 0, joined(k, comma: words[k].text.lowercased() == "counterpart") else { continue }
            while joined(k) && honorifics.contains(words[k + 1].text) { k += 1 }
            var name: [String] = []
            while k + 1 < words.count && name.count < 5 {
                let w = words[k + 1].text
                let capital = w.unicodeScalars.first?.properties.isUppercase == true
                // "al-Sisi", "el-Erian": a name with its article.
                let withArticle = (w.hasPrefix("al-") || w.hasPrefix("el-")) && w.count > 4
                guard (capital && !notNames.contains(w)) || nameLinks.contains(w) || withArticle else { break }
                if mentions.contains(where: { $0.start < words[k + 1].end && words[k + 1].start < $0.end }) { break }
                name.append(w)
                k += 1
                // "Mohammed S. Al Sudani": a middle initial's full stop does not end the name.
                let initial =
                    capital && w.count == 1 && k + 1 < words.count
                    && scalars[words[k].end..<words[k + 1].start].filter({ $0 != " " }) == ["."]
                if !joined(k) && !initial { break }
            }
            while let last = name.last, nameLinks.contains(last) { name.removeLast() }
            guard let last = name.last, last.count >= 3,
                last.unicodeScalars.allSatisfy({ ScalarTraits.isAlphabetic($0) || $0 == "-" })
            else { continue }
            found.append((last, m.country))
            if last.hasPrefix("al-") || last.hasPrefix("el-") { found.append((String(last.dropFirst(3)), m.country)) }
            // "Chinese President Xi Jinping", then "Xi met …": where the family name comes first,
            // the article calls the person by the first word of the name, however short.
            if familyNameFirst.contains(m.country), name.count >= 2, let family = name.first, family.count >= 2,
                family.unicodeScalars.allSatisfy(ScalarTraits.isAlphabetic)
            {
                found.append((family, m.country))
            }
        }
        return found
    }
}
