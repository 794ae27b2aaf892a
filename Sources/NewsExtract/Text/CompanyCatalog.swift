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
            return Entry(
                name: Array((arabic ? ArabicText.normalize(name) : name).unicodeScalars),
                country: CountryCode(row.country)!, arabic: arabic)
        }
    }.map { (String(scalars: $0.name).count, $0) }.sorted { $0.0 > $1.0 }.map(\.1)

    /// The names of `entries` one after another, and where each is: read without an array per name.
    static let names: (scalars: [Unicode.Scalar], ranges: [Range<Int>]) = {
        var scalars: [Unicode.Scalar] = []
        var ranges: [Range<Int>] = []
        for e in entries {
            ranges.append(scalars.count..<(scalars.count + e.name.count))
            scalars += e.name
        }
        return (scalars, ranges)
    }()

    /// The indexes of `entries` by the first two scalars of their names, English and Arabic.
    static let byFirst: (english: NameIndex, arabic: NameIndex) = {
        var english: [Int] = []
        var arabic: [Int] = []
        for (k, e) in entries.enumerated() {
            if e.arabic { arabic.append(k) } else { english.append(k) }
        }
        return (NameIndex(english), NameIndex(arabic))
    }()

    /// The names starting with a scalar, looked up for every scalar of every sentence: a list per
    /// first scalar (in one array, by ranges up to the Arabic block, by a dictionary beyond),
    /// sorted by the second and third scalars, so that only the names that go on as the text
    /// does are tried (many Arabic names start with ال).
    struct NameIndex {
        struct Candidate {
            /// The second and third scalars of the name, each 0 where the name is shorter.
            var next: UInt64
            var k: Int
            /// Where the name is in `names.scalars`.
            var name: Range<Int>
        }

        static let arrayEnd: UInt32 = 0x0700
        private var lists: [Candidate] = []
        private var low: [Range<Int>]
        private var high: [UInt32: Range<Int>] = [:]

        init(_ ks: [Int]) {
            var byFirst: [UInt32: [Candidate]] = [:]
            for k in ks {
                let name = names.ranges[k]
                let scalar = { (n: Int) -> UInt64 in
                    name.count > n ? UInt64(names.scalars[name.lowerBound + n].value) : 0
                }
                byFirst[names.scalars[name.lowerBound].value, default: []].append(
                    Candidate(next: scalar(1) << 32 | scalar(2), k: k, name: name))
            }
            low = Array(repeating: 0..<0, count: Int(Self.arrayEnd))
            for (first, list) in byFirst {
                let range = lists.count..<(lists.count + list.count)
                lists += list.sorted { ($0.next, $0.k) < ($1.next, $1.k) }
                if first < Self.arrayEnd { low[Int(first)] = range } else { high[first] = range }
            }
        }

        /// Calls `body` with each name that starts with the text's scalars `s[i]`, `s[i + 1]`
        /// and `s[i + 2]` (as far as the name and the text go).
        @inline(__always)
        func forEach(_ s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, _ body: (Candidate) -> Void) {
            let first = s[i].value
            let range = first < Self.arrayEnd ? low[Int(first)] : high.isEmpty ? 0..<0 : high[first] ?? 0..<0
            guard !range.isEmpty else { return }
            visit(range, 0, body)
            guard i + 1 < s.count else { return }
            let second = UInt64(s[i + 1].value) << 32
            visit(range, second, body)
            guard i + 2 < s.count else { return }
            visit(range, second | UInt64(s[i + 2].value), body)
        }

        /// Calls `body` with the candidates in `range` whose `next` is `next`.
        @inline(__always)
        private func visit(_ range: Range<Int>, _ next: UInt64, _ body: (Candidate) -> Void) {
            var lo = range.lowerBound
            var hi = range.upperBound
            while lo < hi {
                let mid = (lo + hi) / 2
                if lists[mid].next < next { lo = mid + 1 } else { hi = mid }
            }
            while lo < range.upperBound && lists[lo].next == next {
                body(lists[lo])
                lo += 1
            }
        }
    }

    /// The countries of the catalogue's companies named in a sentence, as mentions at their place.
    ///
    /// Each name counts at its first place in the sentence; longer names go first, and a name
    /// inside one already found is not read again.
    static func mentions(in text: String) -> [CountryMention] {
        mentions(in: text, scalars: Array(text.unicodeScalars))
    }

    /// `mentions(in:)` of a text and its scalars.
    static func mentions(in text: String, scalars: [Unicode.Scalar]) -> [CountryMention] {
        // Arabic names are searched in the normalised text, and reported at their place in the original.
        let folded = ArabicText.containsArabic(text) ? FoldedText(text) : nil
        let normal = folded?.scalars ?? []
        let origin = folded?.origin ?? []
        // The first place of each name, found in one pass over each text. Which entries are found (a bit each), and where: gone through in the order of `entries`.
        var isFound = [UInt64](repeating: 0, count: (entries.count + 63) / 64)
        var hits: [(k: Int, start: Int, end: Int)] = []
        func scan(_ haystack: [Unicode.Scalar], _ index: NameIndex, arabic: Bool) {
            haystack.withUnsafeBufferPointer { h in
                names.scalars.withUnsafeBufferPointer { all in
                    // The letters and digits right before `i`: a name starts a word (English)
                    // or follows only و ب ل ف ال and their pairs (Arabic, `isBoundary`), so
                    // elsewhere no name is tried.
                    var run = 0
                    for i in h.indices {
                        defer { run = ScalarText.isAlphanumeric(h[i]) ? run + 1 : 0 }
                        guard run == 0 || (arabic && run <= 3 && isClitic(h[(i - run)..<i])) else { continue }
                        index.forEach(h, at: i) { c in
                            let k = c.k
                            guard isFound[k >> 6] & (1 << UInt64(k & 63)) == 0 else { return }
                            let count = c.name.count
                            // The first three scalars are the index's; then the rest.
                            guard i + count <= h.count else { return }
                            var n = 3
                            while n < count && h[i + n] == all[c.name.lowerBound + n] { n += 1 }
                            guard n >= count, isBoundary(haystack, i, i + count, arabic: arabic) else { return }
                            isFound[k >> 6] |= 1 << UInt64(k & 63)
                            hits.append(arabic ? (k, origin[i], origin[i + count - 1] + 1) : (k, i, i + count))
                        }
                    }
                }
            }
        }
        scan(scalars, byFirst.english, arabic: false)
        if !normal.isEmpty { scan(normal, byFirst.arabic, arabic: true) }
        guard !hits.isEmpty else { return [] }
        var found: [CountryMention] = []
        for (k, start, end) in hits.sorted(by: { $0.k < $1.k }) {
            guard !found.contains(where: { $0.start < end && start < $0.end }) else { continue }
            found.append(CountryMention(country: entries[k].country, role: .demonym, start: start, end: end))
        }
        return found.count > 1 ? found.sorted { $0.start < $1.start } : found
    }

    /// Whether the letters before a place are what `isBoundary` lets an Arabic name follow
    /// within its word: و ب ل ف, ال, وال, بال, لل, وب or ول, compared by value.
    @inline(__always)
    static func isClitic(_ letters: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> Bool {
        let waw: UInt32 = 0x0648
        let ba: UInt32 = 0x0628
        let lam: UInt32 = 0x0644
        let fa: UInt32 = 0x0641
        let alef: UInt32 = 0x0627
        let i = letters.startIndex
        let a = letters[i].value
        switch letters.count {
        case 1: return a == waw || a == ba || a == lam || a == fa
        case 2:
            let b = letters[i + 1].value
            return (a == alef && b == lam) || (a == lam && b == lam) || (a == waw && (b == ba || b == lam))
        case 3: return (a == waw || a == ba) && letters[i + 1].value == alef && letters[i + 2].value == lam
        default: return false
        }
    }

    /// A whole word: English names stand apart; Arabic ones may carry و ب ل ف and ال before them.
    static func isBoundary(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, arabic: Bool) -> Bool {
        func letter(_ k: Int) -> Bool { k >= 0 && k < s.count && ScalarText.isAlphanumeric(s[k]) }
        if letter(end) { return false }
        guard letter(start - 1) else { return true }
        guard arabic else { return false }
        var k = start - 1
        var prefix = ""
        while letter(k) {
            prefix = String(s[k]) + prefix
            k -= 1
        }
        return ["و", "ب", "ل", "ف", "ال", "وال", "بال", "لل", "وب", "ول"].contains(prefix)
    }
}
