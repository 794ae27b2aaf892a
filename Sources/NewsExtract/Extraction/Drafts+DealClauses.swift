import Foundation
import NewsCore

/// Several deals in one sentence, each in a clause of its own subject: each deal's parties are
/// the countries its own clause names.
extension Drafts {
    /// Words that turn a sentence to a clause of another subject ("…, while Qatar …", "… في حين …").
    static let subjectTurns = ["while", "whereas", "conversely", "فيما", "بينما", "في حين", "في المقابل", "بالمقابل"]
    /// What opens a clause with a subject of its own for its deal ("…, كما أنشأت …" too), as the
    /// folded text has it, and the semicolons that set clauses apart.
    static let clauseOpeners = (subjectTurns + ["كما"]).map { " \($0) " } + [";", "؛"]
    /// What joins two clauses of their own subjects ("…, and Kuwait signed …", "…، ووقعت الكويت …"),
    /// and also items of a list: told apart only where a sentence names two pairs (`partiesPerClause`).
    static let coordinators = [", and ", "، و"]

    /// Where each clause of the sentence starts (scalar offsets of the original), 0 first;
    /// with `coordinated`, at `coordinators` too.
    static func clauseStarts(_ r: Extractor.Reading, coordinated: Bool = false) -> [Int] {
        let folded = FoldedText(r.sentence.text, lowercased: true)
        let text = String(scalars: folded.scalars)
        var starts: Set<Int> = [0]
        let openers = coordinated ? clauseOpeners + coordinators : clauseOpeners
        // In strictly plain text the openers (strictly plain too) are found where their scalars
        // stand (`PlainSearch`): no Foundation search.
        if text.utf8.withContiguousStorageIfAvailable(PlainSearch.isStrictlyPlain) == true {
            for opener in openers {
                for offset in ScalarText.offsets(of: opener, in: folded.scalars) {
                    starts.insert(offset < folded.origin.count ? folded.origin[offset] : r.scalars.count)
                }
            }
            return starts.sorted()
        }
        for opener in openers {
            var from = text.startIndex
            while let found = text.range(of: opener, range: from..<text.endIndex) {
                let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found.lowerBound)
                starts.insert(offset < folded.origin.count ? folded.origin[offset] : r.scalars.count)
                from = found.upperBound
            }
        }
        return starts.sorted()
    }

    /// "Turkey pledged $5 billion in loans to Iraq, while Saudi Arabia pledged $1.5 billion and
    /// the UAE $500 million", "ومن أبرز المتبرعين للعراق تركيا التي خصصت 5 مليارات دولار، في حين
    /// خصصت السعودية 1.5 مليار دولار": donors each giving an amount of their own, each named
    /// nearest before its amount, after the amount before it; an amount with no country of its
    /// own is the donor's before it ("…، يضاف لذلك استثمارات القطاع الخاص بخمسة مليارات"). A
    /// donor gives to the other countries named from it to the next donor ("تعهدت السعودية بتقديم
    /// 500 مليون دولار لمصر، وتعهدت الكويت بتقديم 300 مليون دولار للأردن"), else to those named
    /// before the first donor ("donors to Iraq"), else to the first the sentence names that gives
    /// nothing, else to the article's counterpart of the donor. Nil unless the sentence allots,
    /// pledges or grants money and names two donors or more.
    func donorsPerAmount(_ r: Extractor.Reading, starts: [Int]) -> [[Party]]? {
        guard starts.count >= 2, r.words.hasAny(Lexicon.donorVerbs) else { return nil }
        var donors: [CountryMention] = []
        var from = 0
        for start in starts {
            if let named = r.countries.last(where: { $0.start >= from && $0.end <= start }) {
                guard !donors.contains(where: { $0.country == named.country }) else { return nil }
                donors.append(named)
            } else {
                guard let last = donors.last else { return nil }
                donors.append(last)
            }
            from = r.amounts.first { $0.span.start == start }?.span.end ?? start
        }
        let givers = Set(donors.map(\.country))
        guard givers.count >= 2 else { return nil }
        func receivers(_ range: Range<Int>) -> [CountryCode] {
            Self.distinct(r.countries.filter { range.contains($0.start) && !givers.contains($0.country) })
        }
        let beforeAll = receivers(0..<donors[0].start)
        let firstAnywhere = Array(receivers(0..<r.scalars.count).prefix(1))
        return donors.map { donor in
            let next = donors.first { $0.start > donor.start }?.start ?? r.scalars.count
            let to =
                [receivers(donor.start..<next), beforeAll, firstAnywhere].first { !$0.isEmpty }
                ?? focus(besides: donor.country).map { [$0] } ?? []
            return to.isEmpty ? [] : ([donor.country] + to.prefix(2)).map(Party.country)
        }
    }

    /// "…، إذ أودعت دولة ثلاثة مليارات لدى مصرف بلد آخر، كما … في حين اشترت شركة من بلد ثالث
    /// حصصاً بنصف مليار في شركات البلد": the parties of each deal amount (by where it starts), from
    /// the countries its own clause names, with the article's counterpart when the clause names one
    /// country only. Nil unless the amounts stand in at least two clauses and some clause names a
    /// country.
    /// In a sentence that names two pairs (`namesTwoPairs`), coordinated clauses are set apart too.
    /// So are coordinated clauses that each give one country of their own an amount of their
    /// own, the verb said once ("Yemen received $100 million for power plants, and Turkey $37
    /// million for a hospital").
    func partiesPerClause(_ r: Extractor.Reading, starts amountStarts: [Int]) -> [[Party]]? {
        var clauses = Self.clauseStarts(r, coordinated: Self.namesTwoPairs(r))
        if !Self.namesTwoPairs(r) {
            let coordinated = Self.clauseStarts(r, coordinated: true)
            if Self.eachClauseGivesOneCountry(r, coordinated, amountStarts) { clauses = coordinated }
        }
        guard clauses.count >= 2 else { return nil }
        let clauseOf = { (at: Int) in clauses.lastIndex { $0 <= at } ?? 0 }
        let used = amountStarts.map(clauseOf)
        guard Set(used).count >= 2 else { return nil }
        var result: [[Party]] = []
        var named = false
        for c in used {
            var countries = Self.countries(r, inClause: c, of: clauses)
            if countries.count == 1, let other = focus(besides: countries[0]) { countries.append(other) }
            if countries.count >= 2 { named = true }
            result.append(countries.count >= 2 ? countries.prefix(3).map { .country($0) } : [])
        }
        return named ? result : nil
    }

    /// Whether the amounts stand in different clauses, each of which names exactly one country,
    /// a different one for each.
    static func eachClauseGivesOneCountry(_ r: Extractor.Reading, _ clauses: [Int], _ amountStarts: [Int]) -> Bool {
        guard clauses.count >= 2, amountStarts.count >= 2 else { return false }
        var seen: [Int] = []
        var countries: [CountryCode] = []
        for at in amountStarts {
            let c = clauses.lastIndex { $0 <= at } ?? 0
            guard !seen.contains(c) else { return false }
            seen.append(c)
            let named = Self.countries(r, inClause: c, of: clauses)
            guard named.count == 1, !countries.contains(named[0]) else { return false }
            countries.append(named[0])
        }
        return true
    }

    /// The countries clause `c` (of those starting at `clauses`) names, in order, each once.
    static func countries(_ r: Extractor.Reading, inClause c: Int, of clauses: [Int]) -> [CountryCode] {
        let to = c + 1 < clauses.count ? clauses[c + 1] : r.scalars.count
        var countries: [CountryCode] = []
        for m in r.countries where m.start >= clauses[c] && m.end <= to && !countries.contains(m.country) {
            countries.append(m.country)
        }
        return countries
    }
}
