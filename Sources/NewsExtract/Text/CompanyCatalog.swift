import NewsCore

/// Well-known companies, funds and state bodies of economic diplomacy, with their countries,
/// in English and Arabic, so that a deal "with Boeing" or "مع أدنوك" has its parties.
///
/// The article's own words come first: a company given with its nationality ("شركة توتال
/// الفرنسية", "U.S. firm X") is read by the country finder. The catalogue only fills in
/// companies the article names bare. Arabic names are in normalised spelling (as
/// `ArabicText.normalize` leaves them; the table's are normalised as they load); English names
/// match whole words, case-sensitively. The names are in `CompanyTable.swift`.
enum CompanyCatalog {
    struct Entry {
        var name: [Unicode.Scalar]
        var country: CountryCode
        var arabic: Bool
    }

    /// Each name once, with its country, longest first (so "Saudi Aramco" wins over "Aramco").
    static let entries: [Entry] = table.flatMap { row in
        row.names.map { name in
            // Arabic names are matched in the normalised text, so they are kept normalised too.
            let arabic = ArabicText.containsArabic(name)
            return Entry(name: Array((arabic ? ArabicText.normalize(name) : name).unicodeScalars), country: CountryCode(row.country)!, arabic: arabic)
        }
    }.sorted { String(String.UnicodeScalarView($0.name)).count > String(String.UnicodeScalarView($1.name)).count }

    /// The indexes of `entries` by their first scalar, for the English and the Arabic names.
    static let byFirst: (english: FirstScalarIndex, arabic: FirstScalarIndex) = {
        var english: [Unicode.Scalar: [Int]] = [:]
        var arabic: [Unicode.Scalar: [Int]] = [:]
        for (i, e) in entries.enumerated() {
            if e.arabic { arabic[e.name[0], default: []].append(i) } else { english[e.name[0], default: []].append(i) }
        }
        return (FirstScalarIndex(english), FirstScalarIndex(arabic))
    }()

    /// Lists of entries by the first scalar of their names: an array for the scalars up to the
    /// Arabic block, where nearly all are (looked up for every scalar of every sentence), a
    /// dictionary beyond.
    struct FirstScalarIndex {
        static let arrayEnd: UInt32 = 0x0700
        private var low: [[Int]?]
        private var high: [Unicode.Scalar: [Int]] = [:]

        init(_ lists: [Unicode.Scalar: [Int]]) {
            low = Array(repeating: nil, count: Int(Self.arrayEnd))
            for (scalar, list) in lists {
                if scalar.value < Self.arrayEnd { low[Int(scalar.value)] = list } else { high[scalar] = list }
            }
        }

        subscript(scalar: Unicode.Scalar) -> [Int]? {
            scalar.value < Self.arrayEnd ? low[Int(scalar.value)] : high.isEmpty ? nil : high[scalar]
        }
    }

    /// The countries of the catalogue's companies named in a sentence, as mentions at their place.
    ///
    /// Each name counts at its first place in the sentence; longer names go first, and a name
    /// inside one already found is not read again.
    static func mentions(in text: String) -> [CountryMention] {
        let scalars = Array(text.unicodeScalars)
        // Arabic names are searched in the normalised text, and reported at their place in the original.
        let folded = ArabicText.containsArabic(text) ? FoldedText(text) : nil
        let normal = folded?.scalars ?? []
        let origin = folded?.origin ?? []
        // The first place of each name, found in one pass over each text.
        var first = [(start: Int, end: Int)?](repeating: nil, count: entries.count)
        func scan(_ haystack: [Unicode.Scalar], _ index: FirstScalarIndex, arabic: Bool) {
            for i in haystack.indices {
                guard let candidates = index[haystack[i]] else { continue }
                for k in candidates where first[k] == nil {
                    let needle = entries[k].name
                    guard i + needle.count <= haystack.count, haystack[i..<(i + needle.count)].elementsEqual(needle),
                        isBoundary(haystack, i, i + needle.count, arabic: arabic)
                    else { continue }
                    first[k] = arabic ? (origin[i], origin[i + needle.count - 1] + 1) : (i, i + needle.count)
                }
            }
        }
        scan(scalars, byFirst.english, arabic: false)
        if !normal.isEmpty { scan(normal, byFirst.arabic, arabic: true) }
        var found: [CountryMention] = []
        for k in entries.indices {
            guard let (start, end) = first[k], !found.contains(where: { $0.start < end && start < $0.end }) else { continue }
            found.append(CountryMention(country: entries[k].country, role: .demonym, start: start, end: end))
        }
        return found
    }

    /// A whole word: English names stand apart; Arabic ones may carry و ب ل ف and ال before them.
    static func isBoundary(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, arabic: Bool) -> Bool {
        func letter(_ k: Int) -> Bool { k >= 0 && k < s.count && (s[k].properties.isAlphabetic || s[k].properties.numericType != nil) }
        if letter(end) { return false }
        guard letter(start - 1) else { return true }
        guard arabic else { return false }
        var k = start - 1
        var prefix = ""
        while letter(k) { prefix = String(s[k]) + prefix; k -= 1 }
        return ["و", "ب", "ل", "ف", "ال", "وال", "بال", "لل", "وب", "ول"].contains(prefix)
    }
}
