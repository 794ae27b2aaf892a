import Foundation
import NewsCore

/// Investments: in a sentence, with the investor and the recipient told apart.
extension Drafts {
    /// The place of "the Nth largest investor": 1 for "largest" alone, N for an ordinal before it
    /// ("the fourth-largest investor", "رابع أكبر مستثمر"; not "the second-largest economy").
    static func rank(_ r: Extractor.Reading) -> Int {
        for (n, phrases) in Lexicon.rankedInvestors.enumerated() where r.words.hasAny(phrases) { return n + 2 }
        return 1
    }

    /// An investment figure: an investment word with an amount, a share or a rank.
    mutating func readInvestment(_ r: Extractor.Reading, _ evidence: Evidence) {
        guard Self.speaksOfInvestment(r) else { return }
        if Self.approvesAtHome(r) { return }
        // "وبموجب الاتفاقية يضخ كل طرف مليار دولار في المنصة", "each side will put in $1 billion":
        // what each party puts into a joint vehicle is its share of the deal, no flow between them.
        if r.words.hasAny(Self.eachSideWords) { return }
        // "Japan has sunk some $26 billion into projects abroad": one country's investment
        // everywhere has no recipient of the pair.
        if r.words.hasAny(Self.everywhereWords), r.distinctCountries.count == 1 { return }
        // "investments between China and the Belt and Road countries exceeded $70 billion": one
        // country's with a group of countries.
        if r.words.hasAny(Lexicon.countryGroups), r.distinctCountries.count == 1 { return }
        let largest = r.words.hasAny(Lexicon.largestWords)
        let value = Self.amount(r)
        // A rank alone is an investor's rank: "the largest investor", not "the second-largest
        // economy" in a sentence that speaks of investment.
        guard value != nil || !r.percents.isEmpty || r.words.hasAny(Lexicon.largestInvestorWords) else { return }
        // "a rise of 60% is possible": a share or growth foreseen is no figure.
        if value == nil, r.words.hasAny(Lexicon.targetWords) || r.words.hasAny(Lexicon.possibilityWords) { return }
        // "hopes to raise investment to $4 billion": an aim, not a figure.
        if let value, let at = r.amounts.firstIndex(where: { $0.money == value }), Self.isTarget(r, amount: at) {
            return
        }
        // "Trade and investment between India and the UAE is likely to exceed $75 billion": one
        // figure of both together is neither's.
        if let first = r.amounts.first, Self.joinsTradeAndInvestment(r, before: first.span.start) { return }
        let share = Self.share(r)
        // "$40 billion has flowed in from more than 60 countries": many investors, none of them
        // alone, into the one country the sentence or the article reports on.
        if Self.comesFromManyCountries(r), r.distinctCountries.count <= 1,
            let recipient = r.distinctCountries.first ?? reportingCountry ?? mainPair.first
        {
            let figure = InvestmentFigure(
                investor: .organization("many countries"), recipient: .country(recipient), value: Self.amount(r),
                cumulative: r.words.hasAny(Lexicon.cumulativeWords), share: share, period: Self.period(r.sentence.text))
            add(&investments, Draft(fact: .investment(figure), evidence: [evidence], basis: .partiesFromArticle))
            return
        }
        if let group = Self.investorGroup(r), let recipient = Self.recipient(r) {
            let figure = InvestmentFigure(
                investor: .organization(group), recipient: .country(recipient), value: Self.amount(r),
                cumulative: r.words.hasAny(Lexicon.cumulativeWords), share: share, period: Self.period(r.sentence.text))
            add(&investments, Draft(fact: .investment(figure), evidence: [evidence], basis: .partiesFromArticle))
            return
        }
        if r.distinctCountries.count < 2 && r.words.hasAny(Lexicon.regionWords) { return }
        // "two-way investment stood at $3 billion": investment both ways has no investor.
        if r.words.hasAny(Lexicon.twoWayInvestmentWords) { return }
        // A figure that names no country at all would take both parties, and their direction, on a
        // guess; foreign investment as a whole goes to the country whose office reports it ("total
        // approved foreign investments amounted to P3.59 trillion", after "the Philippine
        // Statistics Authority").
        // (Or to the one the article's figures so far all went to: "In 2020, FDI came in at $589.8
        // million", after "FDI in Georgia stood at $1.24 billion in 2021".)
        // (Not what its firms export, an average of years, nor its provinces' part.)
        // (Nor does one that names only the reporting country, in its office's name: "Mexico's
        // Ministry of Economy …: foreign direct investment inflows totaled $34.265 billion".)
        if namesNoCountryButTheReportingOffice(r) {
            guard let (group, home) = foreignTotalsHome(r), value != nil else { return }
            let figure = InvestmentFigure(
                investor: .organization(group), recipient: .country(home), value: value,
                cumulative: r.words.hasAny(Lexicon.cumulativeWords), share: share, period: Self.period(r.sentence.text))
            add(&investments, Draft(fact: .investment(figure), evidence: [evidence], basis: .partiesFromArticle))
            return
        }
        // A plan to invest that names no counterpart is an intention, not a figure ("عزم المملكة ضخ استثمارات").
        if r.distinctCountries.count < 2 && r.words.hasAny(Lexicon.intentWords) { return }
        // "The Netherlands, the US, Luxembourg and Spain are the leading investors in Brazil, with
        // the largest share of the $756 billion foreigners hold there": one total beside a list of
        // three investors or more is none of theirs alone.
        // (Not when the investment's own nationality names its investor: "قيمة الاستثمارات
        // الإماراتية في المغرب تقترب من 30 مليار دولار، … خلف الولايات المتحدة ومصر والهند" ranks
        // the UAE's total among others.)
        if r.amounts.count == 1, let recipient = Self.recipient(r),
            Set(r.countries.filter { $0.country != recipient }.map(\.country)).count >= 3,
            Self.investorByNationality(r).map({ $0 == recipient }) ?? true
        {
            let figure = InvestmentFigure(
                investor: .organization("foreign investors"), recipient: .country(recipient), value: Self.amount(r),
                cumulative: r.words.hasAny(Lexicon.cumulativeWords), share: share, period: Self.period(r.sentence.text))
            add(&investments, Draft(fact: .investment(figure), evidence: [evidence], basis: Basis.parties(r)))
            return
        }
        guard let (investor, recipient) = Self.investorAndRecipient(r, mainPair: mainPair, homes: figuresHomes)
        else { return }
        let figure = InvestmentFigure(
            investor: .country(investor), recipient: .country(recipient), value: Self.amount(r),
            cumulative: r.words.hasAny(Lexicon.cumulativeWords) || Self.fundFinancesProjects(r), share: share,
            rank: largest ? Self.rank(r) : nil,
            period: Self.period(r.sentence.text))
        add(
            &investments,
            Draft(
                fact: .investment(figure), evidence: [evidence], basis: Basis.parties(r),
                headlineOnly: r.role == .headline))
    }

    /// Each of a deal's parties, as the subject of what it puts in, folded.
    static let eachSideWords: WordList = [
        "each side", "each party", "each partner", "كل طرف", "كل جانب", "كل من الطرفين", "كل من الجانبين",
    ]

    /// Where one country's investment goes when it goes everywhere, folded.
    static let everywhereWords: WordList = [
        "abroad", "overseas", "worldwide", "around the world", "في الخارج", "خارج البلاد", "حول العالم",
    ]

    /// "Malaysia approved a total of MYR264.6bn investments in 2022": what a country approves at
    /// home, domestic and foreign together, is no investment between countries. (The sentence
    /// opens on the country, names no other, and does not say the investment is foreign.)
    static func approvesAtHome(_ r: Extractor.Reading) -> Bool {
        guard r.distinctCountries.count == 1, let only = r.countries.first, only.start < 4,
            wordsAfter(r.scalars, only.end, within: 24, count: 1).contains(where: { approvingVerbs.contains($0) })
        else { return false }
        return !r.words.hasAny(Lexicon.foreignInvestmentWords)
    }

    /// Verbs of a country approving investment at home.
    static let approvingVerbs: Set<String> = ["approved", "approves"]

    /// "وافقت الوكالة الجزائرية لترقية الاستثمار على 42 مشروعًا صينيًا بقيمة 4.5 مليار دولار",
    /// "the Board of Investment approved 40 Japanese projects worth $2 billion": projects that a
    /// state's investment office approves or registers, with their amount, are investment from
    /// their nationality (or from foreign investors) into the office's country, no deal.
    mutating func readApprovedProjects(_ r: Extractor.Reading, _ evidence: Evidence) -> Bool {
        // (Once the article has named the office, "the agency", "الوكالة" is it.)
        guard
            r.words.hasAny(Lexicon.investmentOffices)
                || (reportingCountry != nil && r.words.hasAny(Lexicon.agencyNouns)),
            r.words.hasAny(Lexicon.projectApprovalWords),
            r.words.hasAny(Lexicon.projectNouns) || r.words.has("مشاريع"), !r.words.hasAny(Lexicon.signingWords),
            let value = Self.amount(r), let home = reportingCountry
        else { return false }
        let investor = r.countries.first { $0.country != home }?.country
        let figure = InvestmentFigure(
            investor: investor.map { .country($0) } ?? .organization("foreign investors"), recipient: .country(home),
            value: value, cumulative: r.words.hasAny(Lexicon.cumulativeWords) || r.words.hasAny(["since", "منذ"]),
            period: Self.period(r.sentence.text))
        add(
            &investments,
            Draft(
                fact: .investment(figure), evidence: [evidence],
                basis: investor == nil ? .partiesFromArticle : Basis.parties(r)))
        return true
    }

    /// Whether a sentence ranks what is no investor: it ranks amounts ("highest", "top",
    /// "followed by") and names no country but the one the article's investment figures so far
    /// all go to (its states, banks and sectors). Trade is read before this is asked.
    /// ("With $8.5 billion, the manufacturing industry was the largest magnet for FDI": a sector
    /// told as the largest, too.)
    func ranksWithinTheRecipient(_ r: Extractor.Reading) -> Bool {
        guard !r.amounts.isEmpty,
            r.words.hasAny(Lexicon.rankingWords)
                || (r.words.hasAny(Lexicon.largestWords) && r.words.hasAny(Lexicon.industryNouns))
        else { return false }
        guard let recipient = soleRecipient else { return false }
        return Set(r.distinctCountries).isSubset(of: [recipient])
    }

    /// The one country that all the article's investment figures so far go to, if there are any.
    var soleRecipient: CountryCode? {
        let recipients = Set(
            investments.compactMap { d -> CountryCode? in
                guard case .investment(let i) = d.fact else { return nil }
                return i.recipient.country
            })
        return recipients.count == 1 ? recipients.first : nil
    }

    /// Where a figure that names no country at all goes: to the country whose office reports the
    /// article's figures; else to the one the figures before it all went to ("FDI in Georgia
    /// stood at $1.24 billion in 2021 …. In 2020, FDI came in at $589.8 million"). A figure that
    /// names only its investor goes to the first of `figuresHomes` that is not the investor.
    var figuresHome: CountryCode? { reportingCountry ?? soleRecipient }

    /// Whether a sentence names no country, or only the one whose office reports the article's
    /// figures, in that office's name ("Mexico's Ministry of Economy", "the State Bank of Pakistan").
    func namesNoCountryButTheReportingOffice(_ r: Extractor.Reading) -> Bool {
        if r.countries.isEmpty { return true }
        guard let office = reportingCountry, r.distinctCountries == [office] else { return false }
        return r.words.hasAny(Lexicon.reportingOfficeWords)
            || r.countries.contains { Extractor.officeBefore($0, in: r) }
    }

    /// The group a sentence names as investor ("foreign investors", "Arab countries") and where
    /// its investment goes when the sentence names no country, or only the one whose office reports
    /// the figures, in that office's name: the article's figures' home (`figuresHome`). Nil
    /// otherwise, or when the sentence names the group but speaks of what is not the country's
    /// own figure (its firms' exports, an average of years) and no office reports it.
    func foreignTotalsHome(_ r: Extractor.Reading) -> (group: String, home: CountryCode)? {
        guard namesNoCountryButTheReportingOffice(r), let home = figuresHome,
            let group = Lexicon.investorGroups.first(where: { r.words.hasAny($0.words) })?.name,
            reportingCountry != nil || !r.words.hasAny(Lexicon.notTheCountrysFigure)
        else { return nil }
        return (group, home)
    }

    /// Where a figure that names only its investor may go, in order, the first that is not the
    /// investor: the country the figures before it all went to, the one whose office reports
    /// them, the one the lead says investment goes to (`leadRecipient`: "France was the first
    /// source of FDI in Morocco", then "French direct investment reached 2.03 billion dirhams").
    var figuresHomes: [CountryCode] { [soleRecipient, reportingCountry, leadRecipient].compactMap { $0 } }

    /// Whether a sentence speaks of investment other than in the name of an office or a body
    /// ("the Minister of Investment said exports …", "وزير الاستثمار", "UK Trade and Investment").
    static func speaksOfInvestment(_ r: Extractor.Reading) -> Bool {
        r.topicWords.hasAny(Lexicon.investmentWords) || fundFinancesProjects(r) || foundsCompanies(r)
    }

    /// Whether the words before `start` speak of investment only as one with trade ("trade and
    /// investment", "التجارة والاستثمار"): an amount after them is of both together.
    static func joinsTradeAndInvestment(_ r: Extractor.Reading, before start: Int) -> Bool {
        guard r.words.hasAny(Lexicon.tradeAndInvestment) else { return false }
        var lead = SearchableText(String(scalars: r.scalars[..<min(start, r.scalars.count)])).text
        guard Lexicon.tradeAndInvestment.words.contains(where: { lead.contains($0) }) else { return false }
        for phrase in Lexicon.tradeAndInvestment.words { lead = lead.replacingOccurrences(of: phrase, with: " ") }
        return !SearchableText(lead).hasAny(Lexicon.investmentWords)
    }

    /// "تم تأسيس شركات سعودية جديدة في مصر برأسمال 4 مليارات دولار", "new companies set up with a
    /// capital of …": the capital of companies founded in a country is investment there.
    static func foundsCompanies(_ r: Extractor.Reading) -> Bool {
        !r.amounts.isEmpty && r.words.hasAny(Lexicon.companiesFoundedWords) && r.words.hasAny(Lexicon.capitalWords)
    }

    /// "موّل صندوق أبوظبي للتنمية 82 مشروعاً في المغرب بقيمة 2.45 مليار دولار", "the fund has
    /// financed 18 projects in Tunisia worth $320 million": a fund's projects counted with their
    /// amount are its country's investment in the one they are in, all told.
    static func fundFinancesProjects(_ r: Extractor.Reading) -> Bool {
        guard !r.amounts.isEmpty, r.words.hasAny(Lexicon.fundWords), r.words.hasAny(Lexicon.fundFinancingWords)
        else { return false }
        return r.counts.contains { $0.value >= 2 && SearchableText($0.noun).hasAny(Lexicon.projectNouns) }
    }

    /// Investors named as a group, when the sentence names a recipient and no other country:
    /// "Arab countries' investments in Egypt", "Vietnam drew $12.5 billion of foreign direct
    /// investment". The gold gives these `investor: null`; the ledger keeps the group's name.
    /// Whether the money comes "from" a number of countries ("from more than 120 countries",
    /// "من أكثر من 120 دولة").
    static func comesFromManyCountries(_ r: Extractor.Reading) -> Bool {
        guard r.words.has("countries") || r.words.has("nations") || r.words.has("دوله") || r.words.has("بلدا")
        else { return false }
        let words = CharacterWords.folded(r.scalars[...], digits: true, hyphens: false)
        return words.indices.contains { i in
            guard ["from", "من"].contains(words[i]) else { return false }
            var k = i + 1
            for bound in [["more", "than"], ["اكثر", "من"], ["over"], ["about"], ["some"], ["نحو"]]
            where k + bound.count <= words.count && Array(words[k..<(k + bound.count)]) == bound {
                k += bound.count
                break
            }
            return k + 1 < words.count && words[k].allSatisfy(\.isNumber)
                && ["countries", "nations", "دوله", "بلدا", "بلد"].contains(words[k + 1])
        }
    }

    static func investorGroup(_ r: Extractor.Reading) -> String? {
        guard let recipient = recipient(r), !r.countries.contains(where: { $0.country != recipient }) else {
            return nil
        }
        return Lexicon.investorGroups.first { r.words.hasAny($0.words) }?.name
    }

    /// The investor is the country named otherwise than after "in"; the recipient the one after it.
    /// A figure whose sentence names an investor only goes to `home`, the country whose office
    /// reports the article's figures, if there is one; else to the other of the main pair.
    static func investorAndRecipient(_ r: Extractor.Reading, mainPair: [CountryCode], homes: [CountryCode] = []) -> (
        CountryCode, CountryCode
    )? {
        // "from Y" names the investor; "in X", "into X", "in the Egyptian energy sector" the recipient;
        // "X attracted / received / drew …" makes the subject the recipient.
        let investorByFrom = Self.investorByFrom(r)
        let recipient = Self.recipient(r)
        let investor =
            investorByFrom
            ?? r.countries.first(where: { $0.country != recipient && $0.role == .demonym })?.country
            ?? r.countries.first(where: { $0.country != recipient })?.country
        switch (investor, recipient) {
        case (let i?, let c?): return (i, c)
        case (let i?, nil):
            if let home = homes.first(where: { $0 != i }) { return (i, home) }
            return mainPair.first(where: { $0 != i }).map { (i, $0) }
        case (nil, let c?): return mainPair.first(where: { $0 != c }).map { ($0, c) }
        default: return mainPair.count == 2 ? (mainPair[0], mainPair[1]) : nil
        }
    }

    /// The investor the sentence states: the nationality of its investment ("Spanish investment in
    /// Morocco", "الاستثمارات الإسبانية في المغرب"), else the country named after "from"/"من"
    /// ("figures from Peru's central bank" name none, and "data from the Moroccan council put
    /// Spanish investment in Morocco at …" name Spain).
    static func investorByFrom(_ r: Extractor.Reading) -> CountryCode? {
        if let subject = investorOfTheAmountsClause(r) { return subject }
        if let named = investorByNationality(r) { return named }
        return r.countries.first(where: {
            (Self.afterFrom(r, $0) || fromInvestorsIn(r, $0)) && !r.isPossessive($0)
        })?.country
    }

    /// "Chinese investments fell by half, while Germany, our biggest investor, invested only EUR
    /// 117.6 million": the country that opens the clause of the sentence's one amount, after
    /// "while" or "whereas", and invests in it before the amount (English).
    static func investorOfTheAmountsClause(_ r: Extractor.Reading) -> CountryCode? {
        // (The turn's words first, found by bytes: most sentences have none, and build no text.)
        guard r.amounts.count == 1, let amount = r.amounts.first, r.words.hasAny(Self.clauseTurns) else { return nil }
        let text = String(scalars: r.scalars[..<amount.span.start])
        guard let turn = [", while ", ", whereas "].lazy.compactMap({ text.range(of: $0, options: .backwards) }).first
        else { return nil }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: turn.upperBound)
        guard let subject = r.countries.first(where: { $0.start >= start && $0.start <= start + 4 }),
            subject.role == .name
        else { return nil }
        let clause = String(scalars: r.scalars[subject.end..<amount.span.start]).lowercased()
        return [" invested ", " has invested ", " had invested ", " invests "].contains(where: clause.contains)
            ? subject.country : nil
    }

    /// The words that turn to the clause of `investorOfTheAmountsClause`.
    static let clauseTurns: WordList = ["while", "whereas"]

    /// Whether "from"/"من" stands right before the mention, and not after people who come from
    /// there ("officials from Nepal said …": no money of Nepal's).
    static func afterFrom(_ r: Extractor.Reading, _ m: CountryMention) -> Bool {
        let before = r.precedingWords(m, count: 2)
        guard let first = before.first, Lexicon.fromWords.contains(first) else { return false }
        return before.count < 2 || !Lexicon.visitorNouns.contains(before[1])
    }

    /// "P545 billion approved from investors in Singapore": the country where investors are
    /// that the money comes from is the investor, not a recipient.
    static func fromInvestorsIn(_ r: Extractor.Reading, _ m: CountryMention) -> Bool {
        let before = r.precedingWords(m, count: 3)
        return before.count == 3 && before[0] == "in" && ["investors", "companies", "firms"].contains(before[1])
            && Lexicon.fromWords.contains(before[2])
    }

    /// The country of a nationality that qualifies an investment word: before it in English
    /// ("Spanish investment", "Chinese investors"), after it in Arabic ("الاستثمارات الإسبانية";
    /// the plural only, since "هيئة الاستثمار الكينية" names a body).
    static func investorByNationality(_ r: Extractor.Reading) -> CountryCode? {
        let scalars = r.scalars
        return r.countries.first { m in
            guard m.role != .capital, m.end <= scalars.count else { return false }
            // The word after it, as written. Lowercase: "the Kenyan Investment Authority" is a
            // body, not an investment.
            if m.role == .demonym, qualifiesAnInvestment(m, in: scalars) { return true }
            // "receiving Vietnam's investment": the country whose investment it is.
            if m.role == .name, ownsAnInvestment(m, in: scalars) { return true }
            // "الاستثمارات السعودية", "استثمارات قطر": right after the noun, the adjective or the
            // name alike (السعودية is both) is whose the investment is.
            return r.precedingWords(m, count: 1).contains(where: Lexicon.arabicInvestmentNouns.contains)
        }?.country
    }

    /// Whether a country's name owns the investment right after it ("Vietnam's investment",
    /// "China’s investments"; not "India's investment inflows").
    static func ownsAnInvestment(_ m: CountryMention, in scalars: [Unicode.Scalar]) -> Bool {
        guard m.end + 2 < scalars.count, scalars[m.end] == "'" || scalars[m.end] == "’", scalars[m.end + 1] == "s"
        else { return false }
        let words = CharacterWords.words(String(scalars: scalars[(m.end + 2)..<min(scalars.count, m.end + 40)]))
        // ("India's investment inflows" come into India.)
        guard let first = words.first, first.hasPrefix("invest") else { return false }
        return !(words.dropFirst().first?.hasPrefix("inflow") ?? false)
    }

    /// Whether the word right after a mention is an investment word in small letters ("Chinese
    /// investment", "Chinese FDI"; "the Kenyan Investment Authority" is a body).
    static func qualifiesAnInvestment(_ m: CountryMention, in scalars: [Unicode.Scalar]) -> Bool {
        let next = scalars[m.end...].drop(while: ScalarTraits.isWhitespace).prefix(while: ScalarTraits.isAlphanumeric)
        let after = String(scalars: next)
        return after.hasPrefix("invest") || after == "FDI"
    }

    /// The recipient of an investment the sentence speaks of, if it names one.
    static func recipient(_ r: Extractor.Reading) -> CountryCode? {
        let investorByFrom = investorByFrom(r)
        // "met CEOs of companies in South Korea, … among the biggest investors in Vietnam": the
        // country right after "investors in", "investment in", "استثمارات في" comes before any
        // other after "in".
        if let c = r.countries.first(where: { m in
            // ("approved from investors in Korea": the investors' home, `fromInvestorsIn`.)
            guard m.country != investorByFrom, m.role != .capital, !fromInvestorsIn(r, m) else { return false }
            let before = r.precedingWords(m, count: 2)
            return before.count == 2 && Lexicon.inWords.contains(before[0])
                && (before[1].hasPrefix("invest") || before[1].contains("استثمار"))
        })?.country {
            return c
        }
        // "in Beijing" says where something was said or held; a capital is no recipient.
        if let c = r.countries.first(where: {
            $0.country != investorByFrom && $0.role != .capital && r.isAfterIn($0) && !fromInvestorsIn(r, $0)
        })?.country {
            return c
        }
        if let c = r.countries.first(where: { m in
            guard m.country != investorByFrom, m.role == .demonym else { return false }
            let before = r.precedingWords(m, count: 4)
            guard let at = before.firstIndex(where: Lexicon.inWords.contains) else { return false }
            // "Peru is home to 300 Chilean companies": where the companies are, not where they invest.
            return !(before[at] == "to" && at + 1 < before.count && before[at + 1] == "home")
        })?.country {
            return c
        }
        if let c = r.countries.first(where: { $0.country != investorByFrom && ownsInvestor(r, $0) })?.country {
            return c
        }
        // "دعماً للاقتصاد التركي", "in support of the Turkish economy": the country supported.
        if r.words.hasAny(Lexicon.supportWords),
            let c = r.countries.first(where: { m in
                m.country != investorByFrom
                    && r.precedingWords(m, count: 3).contains { Lexicon.supportWords.contains($0) }
            })?.country
        {
            return c
        }
        guard r.words.hasAny(Lexicon.attractWords) else { return nil }
        return r.countries.first(where: { $0.country != investorByFrom && $0.role != .demonym })?.country
    }

    /// "India's top investor", "Egypt’s fourth-largest source of FDI": the country whose
    /// investor the sentence ranks is the recipient.
    static func ownsInvestor(_ r: Extractor.Reading, _ m: CountryMention) -> Bool {
        let scalars = r.sentence.text.unicodeScalars
        guard m.end + 2 <= scalars.count else { return false }
        let after = scalars.index(scalars.startIndex, offsetBy: m.end)
        guard scalars[after] == "'" || scalars[after] == "’", scalars[scalars.index(after: after)] == "s" else {
            return false
        }
        let next = String(String.UnicodeScalarView(scalars[scalars.index(after: after)...].prefix(60))).lowercased()
        let words = CharacterWords.words(next, hyphens: true).dropFirst().prefix(4)
        return words.contains { $0.hasPrefix("investor") } || next.contains("source of fdi")
            || next.contains("source of foreign")
    }

    /// Exporting, as a verb or its noun (`attachCompanyCounts`).
    static let exportingWords: WordList = Lexicon.oneWayFlowWords + ["تصدير", "بتصدير", "لتصدير", "يصدر", "تصدر"]

    /// "600 US companies in Kazakhstan" gives the company count of the US→KZ investment figures.
    ///
    /// It goes with a figure of the pair told in the same paragraph, or with any of the pair's
    /// figures when its sentence speaks of investment ("1,400 Turkish companies … as investment
    /// should grow to $10 billion"). Otherwise, or where the article gives no investment figure of
    /// that pair, the count is one of its own ("more than 4,700 Chinese companies operate in
    /// Kazakhstan": an investment without an amount), as long as the sentence names the investor
    /// (its demonym) and a recipient, and no figure of the pair already holds the same count (a
    /// count told twice). The counts that go with figures are all attached before any is made a
    /// figure of its own, so that a count told again beside its figure further on is not counted
    /// twice.
    mutating func attachCompanyCounts(_ readings: [Extractor.Reading], article: ArticleID) {
        // The line of each sentence, by the sentence's start.
        let blocks = Dictionary(readings.map { ($0.sentence.start, $0.block) }, uniquingKeysWith: { a, _ in a })
        // Every count of companies, with its pair and whether its sentence speaks of investment.
        struct Counted {
            var r: Extractor.Reading
            var count: CountMention
            var investor: CountryCode
            var recipient: CountryCode
            var invests: Bool
        }
        var counts: [Counted] = []
        for r in readings where !r.counts.isEmpty {
            let companies = r.counts.filter { SearchableText($0.noun).hasAny(Lexicon.companyWords) }
            guard !companies.isEmpty else { continue }
            // "وستتمكن 37 شركة فرنسية من تصدير اللحوم", "37 French firms may export meat again": firms
            // counted for what they sell abroad hold no investment.
            let invests = r.topicWords.hasAny(Lexicon.investmentWords)
            if !invests, r.words.hasAny(Self.exportingWords) { continue }
            guard let (investor, recipient) = Self.investorAndRecipient(r, mainPair: mainPair, homes: figuresHomes)
            else { continue }
            counts += companies.map {
                Counted(r: r, count: $0, investor: investor, recipient: recipient, invests: invests)
            }
        }
        // The pair's figures a count goes with: in its paragraph, or any where it speaks of investment.
        func goesWith(_ c: Counted) -> [Int] {
            investments.indices.filter { i in
                guard case .investment(let figure) = investments[i].fact, figure.investor == .country(c.investor),
                    figure.recipient == .country(c.recipient)
                else { return false }
                return c.invests || investments[i].evidence.contains(where: { blocks[$0.start] == c.r.block })
            }
        }
        // Those that go with figures, first; then the others, each a figure of its own unless a
        // figure made of another count in its paragraph is there by then (a second count of the
        // same sentence or paragraph is no second figure).
        for c in counts {
            for i in goesWith(c) {
                guard case .investment(var figure) = investments[i].fact, figure.companyCount == nil else { continue }
                figure.companyCount = .init(c.count.value, c.count.qualifier)
                investments[i].fact = .investment(figure)
            }
        }
        for c in counts where goesWith(c).isEmpty {
            let (r, count, investor, recipient) = (c.r, c.count, c.investor, c.recipient)
            // (Told again beside a figure of the pair: that figure's.)
            let counted = investments.contains {
                guard case .investment(let figure) = $0.fact else { return false }
                return figure.investor == .country(investor) && figure.recipient == .country(recipient)
                    && figure.companyCount?.value == count.value
            }
            guard !counted, count.value >= 10 else { continue }
            // The companies' nationality stands with the count: "4,700 Chinese companies", "800 شركة ألمانية".
            // Or the sentence counts them: "بلغ عدد الشركات الصينية العاملة في الإمارات 6000 شركة".
            let numbered =
                r.words.hasAny(["number of", "عدد"])
                && r.countries.contains { $0.country == investor && $0.role == .demonym }
            // "650 companies with South Korean capital", "شركة برأس مال صيني": companies of the
            // investor's capital, which stand in the country the article is about when the
            // sentence names no other ("… enterprises with Chinese capital are registered in the country").
            let ofItsCapital = Self.ofTheCapitalOf(investor, r)
            guard
                numbered || ofItsCapital
                    || r.countries.contains(where: {
                        $0.country == investor && $0.role == .demonym && $0.start >= count.span.start
                            && $0.start <= count.span.end + 2
                    }),
                // Companies that only attend a forum or import from the country are no investment.
                Self.recipient(r) == recipient
                    || (r.countries.contains(where: { $0.country == recipient })
                        && r.words.hasAny(Lexicon.companyPresenceWords))
                    || (ofItsCapital && r.distinctCountries == [investor] && mainPair.contains(recipient))
                    // "The number of Jordanian companies registered with the ministry reached 465",
                    // in an article on Jordan and Oman: present in the other country of the pair.
                    || (numbered && r.distinctCountries == [investor] && mainPair.contains(recipient)
                        && r.words.hasAny(Lexicon.companyPresenceWords))
            else { continue }
            let figure = InvestmentFigure(
                investor: .country(investor), recipient: .country(recipient), value: nil, cumulative: true,
                companyCount: .init(count.value, count.qualifier))
            let evidence = Evidence(
                article: article, sentence: r.sentence.text, start: r.sentence.start, end: r.sentence.end)
            investments.append(Draft(fact: .investment(figure), evidence: [evidence], basis: Basis.parties(r)))
        }
    }
}

extension Drafts {
    /// The words before the investor's nationality that make companies its capital's, nearest
    /// first: "برأس مال صيني", "ذات رأس مال", "برؤوس أموال" (English says "with" before it and
    /// "capital" after it).
    static let capitalLinks: [[String]] = [
        "برأس مال", "برأسمال", "ذات رأس مال", "ذات رأسمال", "برؤوس أموال", "ذات رؤوس أموال",
    ].map { link in
        link.split(separator: " ").reversed().map {
            CharacterWords.folded(Array($0.unicodeScalars)[...], 0..<$0.unicodeScalars.count)
        }
    }
    /// The capital words that follow the nationality in English ("with Chinese capital").
    static let capitalWords: Set<String> = ["capital", "capitals", "investment", "investments", "participation"]

    /// Whether the sentence tells companies as the investor's by their capital: "650 companies
    /// with South Korean capital", "the number of enterprises with Chinese capital", "شركة برأس
    /// مال صيني".
    static func ofTheCapitalOf(_ investor: CountryCode, _ r: Extractor.Reading) -> Bool {
        r.countries.contains { m in
            guard m.country == investor, m.role == .demonym else { return false }
            let before = r.precedingWords(m, count: 3)
            if before.first == "with" { return capitalWords.contains(r.followingWord(m)) }
            return capitalLinks.contains { before.starts(with: $0) }
        }
    }
}

/// A share told of the figure before, in a sentence of its own.
extension Drafts {
    /// How such a sentence opens: the figure before, pointed at ("This flow", "هذه الاستثمارات").
    static let figureBeforeOpeners = WordList(
        [
            "this flow", "this investment", "this amount", "this figure", "this sum", "this inflow", "these flows",
            "these investments", "that flow", "that investment", "that amount", "وتمثل هذه", "ويمثل هذا",
            "تمثل هذه", "يمثل هذا", "هذا التدفق", "هذه التدفقات", "هذا الاستثمار", "هذه الاستثمارات", "هذا المبلغ",
            "وهذا التدفق", "وهذه الاستثمارات", "وهذا الاستثمار",
        ].map { $0 + " " })

    /// "This flow reflects a 61.4% share of the total net flow of FDI": a sentence without an
    /// amount that opens on the investment figure told in the sentence before and gives a share
    /// is that figure's share, no figure of its own.
    /// Whether the sentence opens with one of `figureBeforeOpeners`, or with a short clause
    /// that reports it ("The office said that this flow …", "وأوضح المكتب أن هذا التدفق …").
    static func opensOnTheFigureBefore(_ words: SearchableText) -> Bool {
        if Lexicon.opens(words, withOneOf: figureBeforeOpeners) { return true }
        let text = words.text
        for conjunction in [" that ", " ان "] {
            guard let found = text.range(of: conjunction),
                text[..<found.lowerBound].split(separator: " ").count <= 5
            else { continue }
            if Lexicon.opens(SearchableText(String(text[found.upperBound...])), withOneOf: figureBeforeOpeners) {
                return true
            }
        }
        return false
    }

    mutating func readShareOfTheFigureBefore(
        _ r: Extractor.Reading, before: ArraySlice<Extractor.Reading>, _ evidence: Evidence
    ) -> Bool {
        // The sentence before, or the one before that over a sentence without amounts ("This
        // large investment reflects the confidence …").
        guard let previous = before.last else { return false }
        var starts = [previous.sentence.start]
        if previous.amounts.isEmpty, before.count >= 2 { starts.append(before[before.endIndex - 2].sentence.start) }
        guard r.amounts.isEmpty, !r.percents.isEmpty, Self.opensOnTheFigureBefore(r.words),
            // (The sentence's first figure: "…, with 6.8 billion dirhams, compared with 3.8 billion in 2022".)
            let i = starts.compactMap({ start in investments.firstIndex { $0.evidence.last?.start == start } }).first,
            case .investment(var figure) = investments[i].fact, figure.share == nil, let share = Self.share(r)
        else { return false }
        figure.share = share
        investments[i].fact = .investment(figure)
        investments[i].evidence.append(evidence)
        return true
    }
}
