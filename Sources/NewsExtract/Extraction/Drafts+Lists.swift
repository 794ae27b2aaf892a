import Foundation
import NewsCore

/// Figures given as an enumeration of countries, each with its amount.
extension Drafts {
    /// "Saudi Arabia led with $4 billion, Kuwait followed at $900 million, …":
    /// one investment per country, the recipient and the topic taken from the sentence or, when
    /// the sentence names no topic, from the sentence before it. `continuing`: the sentence
    /// before was such a list, and `previous` is its topic; then one country and amount suffice
    /// ("Singapore ranked third with $2.9 billion"). Returns the topic, or nil when the sentence
    /// is no such list.
    mutating func readInvestmentList(
        _ r: Extractor.Reading, previous: Extractor.Reading, continuing: Bool, _ evidence: Evidence
    ) -> Extractor.Reading? {
        let least = continuing ? 1 : 2
        if continuing, r.amounts.isEmpty, readSharesRanked(r, topic: previous, evidence) { return previous }
        guard r.amounts.count >= least, r.distinctCountries.count >= least else { return nil }
        // "$253 million (Ksh38.3 billion)": one amount told again in brackets is no list.
        if r.amounts.count == 2, !continuing, Self.retoldInBrackets(r, r.amounts[0], r.amounts[1]) { return nil }
        // Every clause naming the same two countries is no list but figures of a pair, one way
        // and the other ("Egyptian investments in Sudan …, while Sudanese investments in Egypt …").
        if r.distinctCountries.count == 2 {
            var from = 0
            let both = r.amounts.allSatisfy { a in
                defer { from = a.span.end }
                return Set(r.countries.filter { $0.start >= from && $0.end <= a.span.start }.map(\.country)).count == 2
            }
            if both { return nil }
            // The same told in clauses set apart by "while", each naming both wherever it names them
            // ("X invests $3 billion a year in Y, while Y's investments in X total $41 billion").
            if let split = Self.lastClauseBreak(r, in: 0..<r.scalars.count) {
                let halves = [0..<split, split..<r.scalars.count]
                if halves.allSatisfy({ h in
                    Set(r.countries.filter { h.contains($0.start) }.map(\.country)).count == 2
                        && r.amounts.contains { h.contains($0.span.start) }
                }) {
                    return nil
                }
            }
        }
        let topic: Extractor.Reading
        if Self.speaksOfInvestment(r) {
            topic = r
        } else if !(r.words.hasAny(Lexicon.tradeWords) || r.words.hasAny(Lexicon.nonInvestmentFlows))
            && previous.topicWords.hasAny(Lexicon.investmentWords)
            && !previous.words.hasAny(Lexicon.nonInvestmentFlows)
        {
            topic = previous
        } else {
            return nil
        }
        if let ranked = readRecipientRanking(r, topic: topic, evidence) { return ranked ? topic : nil }
        if let ranked = readWhereItsInvestmentWent(r, topic: topic, continuing: continuing, evidence) {
            return ranked ? topic : nil
        }
        // The recipient the topic names, else the country whose office reports the figures, else
        // the one of the article's pair that the list does not rank.
        guard let recipient = listRecipient(r, topic: topic) else { return nil }
        var pairs: [(CountryCode, Money)] = []
        var groupTotal: Money?
        var from = 0
        // Whether the amount before went to the investor before it as one set against it.
        var lastCompared = false
        for (i, amount) in r.amounts.enumerated() {
            // The country named last before the amount, after the previous amount. "With $17.2
            // billion, Japan led, followed by Spain ($3 billion)": the first amount's
            // country may come after it, when the next amount has a country of its own there.
            let next = i + 1 < r.amounts.count ? r.amounts[i + 1].span.start : r.scalars.count
            let ahead = r.countries.filter { $0.start >= amount.span.end && $0.end <= next && $0.country != recipient }
            // "$50.6 million of Chinese investments": the nationality right after the amount.
            let qualifying = Self.nationalityAfter(amountEnd: amount.span.end, in: r, upTo: next).flatMap {
                $0.country == recipient ? nil : $0
            }
            // "France came second with 3.77 billion dirhams, against 5.48 billion in 2017": an
            // amount set against the one before, with no country between, is the same investor's.
            // So is one joined to such an amount by "and" ("…, against 3.46 billion in 2017 and
            // 98 million in 2016").
            let compared = {
                guard let last = pairs.last, from < amount.span.start, i > 0, r.amounts[i - 1].span.end == from
                else { return nil as CountryMention? }
                // ("…، مقابل 6 مليارات دولار استثمارات صينية في الدولة": a nationality right after
                // the amount, in its clause, names an investor of its own.)
                if r.countries.contains(where: { m in
                    m.role == .demonym && m.start >= amount.span.end && m.start - amount.span.end <= 24
                        && !r.scalars[amount.span.end..<m.start].contains(where: { ",،;؛".unicodeScalars.contains($0) })
                }) {
                    return nil
                }
                let gap = SearchableText(String(scalars: r.scalars[from..<amount.span.start]))
                // (The year of the amount before may stand between: "سنة 2017، و98 مليون".)
                let joined =
                    lastCompared
                    && gap.text.split(separator: " ").allSatisfy {
                        ["and", "in", "و", "سنه", "عام", "في"].contains($0) || $0.allSatisfy(\.isNumber)
                    }
                guard gap.hasAny(Lexicon.comparisonWords) || joined else { return nil }
                return r.countries.last { $0.country == last.0 }
            }
            let investor =
                qualifying
                ?? r.countries.last { $0.start >= from && $0.end <= amount.span.start && $0.country != recipient }
                ?? (i == 0 && Set(ahead.map(\.country)).count >= 2 ? ahead.first : nil)
                ?? compared()
            lastCompared =
                investor != nil && !r.countries.contains { $0.start >= from && $0.end <= amount.span.start }
                && i > 0 && qualifying == nil
            // "Spain and Germany (MAD 1.5 billion each)": every country named before the amount
            // since the one before has it.
            var fellows: [CountryCode] = []
            if let investor, qualifying == nil,
                Self.saysEach(Self.wordsAfter(r.scalars, amount.span.end, within: 12, count: 2))
            {
                for m in r.countries
                where m.start >= from && m.end <= amount.span.start && m.country != recipient
                    && m.country != investor.country && !fellows.contains(m.country)
                {
                    fellows.append(m.country)
                }
            }
            from = qualifying?.end ?? amount.span.end
            guard let investor else {
                // The total before the list ("$90bn … from 60 countries: …", "attracted $36.6
                // billion of foreign direct investment, led by Singapore with …") is the group's.
                if pairs.isEmpty, topic.sentence == r.sentence,
                    r.words.hasAny(Lexicon.countriesWords) || r.words.hasAny(Lexicon.foreignInvestmentWords)
                {
                    groupTotal = amount.money
                }
                continue
            }
            // "6.83 مليون دينار (نحو مليونين و400 ألف دولار)": the dollars it is told again in.
            let converted = i + 1 < r.amounts.count && Self.isConverted(amount, to: r.amounts[i + 1], in: r.scalars)
            for fellow in fellows { pairs.append((fellow, converted ? r.amounts[i + 1].money : amount.money)) }
            pairs.append((investor.country, converted ? r.amounts[i + 1].money : amount.money))
        }
        // "منها 11.5 مليار من هولندا و8.2 مليار من الولايات المتحدة", "$2 billion from Japan and
        // $1 billion from Korea": each amount names its investor right after it, after "from".
        let after = r.amounts.enumerated().map { i, a in
            let next = i + 1 < r.amounts.count ? r.amounts[i + 1].span.start : r.scalars.count
            return r.countries.first { m in
                // ("… $6 billion came from Saudi Arabia": a verb may stand before "from"; so may
                // the investors, "P545 billion approved from investors in Singapore".)
                m.country != recipient && m.start >= a.span.end && m.start < next
                    && (m.start - a.span.end <= 12
                        || (m.start - a.span.end <= 40
                            && r.precedingWords(m, count: 3).contains(where: { $0.hasPrefix("investor") })))
                    && (r.precedingWords(m, count: 1).contains(where: Lexicon.fromWords.contains)
                        || Self.fromInvestorsIn(r, m))
            }
        }
        // "Foreign investment … reached $25 billion, including $6 billion from Saudi Arabia": a
        // group's total and one part of it.
        let groupWhole =
            after.count >= 2 && after[0] == nil && after.dropFirst().contains { $0 != nil }
            && (r.words.hasAny(Lexicon.countriesWords) || r.words.hasAny(Lexicon.foreignInvestmentWords))
        if after.compactMap({ $0 }).count >= 2 || groupWhole {
            pairs = zip(after, r.amounts).compactMap { m, a in m.map { ($0.country, a.money) } }
            if after[0] == nil, topic.sentence == r.sentence,
                r.words.hasAny(Lexicon.countriesWords) || r.words.hasAny(Lexicon.foreignInvestmentWords)
            {
                groupTotal = r.amounts[0].money
            }
        }
        // "Peru and Chile came third and fourth, with $90 million and $70 million": as many
        // countries before the first amount as there are amounts, in order, where the sentence
        // says so ("respectively", places in a ranking).
        if r.amounts.count >= 2, groupTotal == nil, case let order = r.distinctCountries.filter({ $0 != recipient }),
            order.count == r.amounts.count,
            r.words.hasAny(Lexicon.respectiveWords) || r.words.hasAny(Lexicon.rankWords),
            let first = r.amounts.first,
            r.countries.allSatisfy({ $0.end <= first.span.start || $0.country == recipient })
        {
            pairs = Array(zip(order, r.amounts.map(\.money)))
        }
        // A total and the one country that leads it ("…, with Singapore the largest investor at
        // $6.5 billion") are a list too.
        guard pairs.count >= (groupTotal == nil ? least : 1) else { return nil }
        if let groupTotal {
            // Foreign investment told as such is foreign investors'; a count of countries, theirs.
            let group =
                r.words.hasAny(Lexicon.countriesWords) ? Self.severalCountries : Party.organization("foreign investors")
            let figure = InvestmentFigure(
                investor: group, recipient: .country(recipient), value: groupTotal,
                cumulative: r.words.hasAny(Lexicon.cumulativeWords), period: Self.period(r.sentence.text))
            add(
                &investments,
                Draft(fact: .investment(figure), evidence: [evidence], basis: [.partiesFromArticle, .enumerated]))
        }
        // A line of a list is one item of it; a sentence enumerates.
        let listed: Basis = r.role == .listItem ? .listItem : .enumerated
        for (investor, money) in pairs {
            let figure = InvestmentFigure(
                investor: .country(investor), recipient: .country(recipient), value: money,
                cumulative: r.words.hasAny(Lexicon.cumulativeWords),
                period: Self.period(r.sentence.text) ?? Self.period(topic.sentence.text))
            add(&investments, Draft(fact: .investment(figure), evidence: [evidence], basis: [.namedParties, listed]))
        }
        return topic
    }
}

extension Drafts {
    /// "Egypt ranked first for foreign direct investment with $5.1 billion, Tunisia second with
    /// $2.4 billion": a ranking of where foreign investment went, whoever invested it. Each
    /// country is a recipient, the investors foreign ones. Nil when the list is no such ranking;
    /// else whether it gave a figure.
    mutating func readRecipientRanking(_ r: Extractor.Reading, topic: Extractor.Reading, _ evidence: Evidence) -> Bool?
    {
        // Not when the topic or the article names where the money went: a country after "in",
        // one that attracts it, or one of the article's pair that the list does not rank; nor when
        // the list ranks investors ("the largest investors", "أكبر المستثمرين").
        guard Self.recipient(topic) == nil, topic.words.hasAny(Lexicon.foreignInvestmentWords),
            !topic.words.hasAny(Lexicon.investorWords),
            !mainPair.contains(where: { c in !r.countries.contains { $0.country == c } }),
            !r.countries.contains(where: { $0.role == .demonym }),
            !topic.countries.contains(where: { $0.role == .demonym })
        else { return nil }
        var from = 0
        var found = false
        for amount in r.amounts {
            defer { from = amount.span.end }
            guard let recipient = r.countries.last(where: { $0.start >= from && $0.end <= amount.span.start }) else {
                continue
            }
            let figure = InvestmentFigure(
                investor: .organization("foreign investors"), recipient: .country(recipient.country),
                value: amount.money,
                cumulative: r.words.hasAny(Lexicon.cumulativeWords),
                period: Self.period(r.sentence.text) ?? Self.period(topic.sentence.text))
            add(
                &investments,
                Draft(fact: .investment(figure), evidence: [evidence], basis: [.namedParties, .enumerated]))
            found = true
        }
        return found
    }
}

extension Drafts {
    /// "Egyptian investments were concentrated in eight countries, Sudan first with $1.8 billion,
    /// followed by Ethiopia with $980 million": a ranking of where one country's investment went.
    /// The country whose investment the topic names (`investorByNationality`) invests; each
    /// country ranked before an amount receives it. Only where the topic names no recipient
    /// country ("in Egypt") and the investor itself is ranked nowhere. Nil when the list is no
    /// such ranking; else whether it gave a figure.
    mutating func readWhereItsInvestmentWent(
        _ r: Extractor.Reading, topic: Extractor.Reading, continuing: Bool, _ evidence: Evidence
    ) -> Bool? {
        // (Not a ranking of investors: "Chinese, Sudanese and Turkish investors came third, …".)
        guard let investor = Self.investorByNationality(topic), Self.recipient(topic) == nil,
            !r.words.hasAny(Lexicon.investorWords), !topic.words.hasAny(Lexicon.investorWords)
        else { return nil }
        var from = 0
        var figures: [InvestmentFigure] = []
        for amount in r.amounts {
            defer { from = amount.span.end }
            let before = r.countries.filter { $0.start >= from && $0.end <= amount.span.start }
            // The investor ranked itself ("… Egypt with $2 billion"): a list of investors.
            if let last = before.last, last.country == investor, last.role != .demonym { return nil }
            // (A country named, not a nationality: "Sudanese investors", "المستثمرون السودانيون"
            // invest. An Arabic name may read as its adjective without the article: "بوروندي".)
            guard let recipient = before.last(where: { $0.country != investor }),
                recipient.role != .demonym || Self.isArabicNameWithoutArticle(recipient, in: r.scalars)
            else { continue }
            let share = r.percents.first { $0.span.start > amount.span.end && $0.span.start - amount.span.end <= 40 }
            figures.append(
                InvestmentFigure(
                    investor: .country(investor), recipient: .country(recipient.country), value: amount.money,
                    cumulative: r.words.hasAny(Lexicon.cumulativeWords) || topic.words.hasAny(Lexicon.cumulativeWords),
                    share: share.map { Share(percent: $0.percent, qualifier: $0.qualifier, of: nil) },
                    period: Self.period(r.sentence.text) ?? Self.period(topic.sentence.text)))
        }
        // Two ranked at least, or one more after the sentence before ranked some.
        guard figures.count >= (continuing ? 1 : 2) else { return nil }
        for figure in figures {
            add(
                &investments,
                Draft(fact: .investment(figure), evidence: [evidence], basis: [.namedParties, .enumerated]))
        }
        return true
    }

    /// Whether a mention read as a nationality is written in Arabic without the article, as a
    /// country's name that ends like its adjective is ("بوروندي", not "البوروندي").
    static func isArabicNameWithoutArticle(_ m: CountryMention, in scalars: [Unicode.Scalar]) -> Bool {
        guard m.start < m.end, m.end <= scalars.count else { return false }
        let text = String(scalars: scalars[m.start..<m.end])
        return ArabicText.containsArabic(text) && !text.hasPrefix("ال")
    }

    /// The investor of a total that a list of countries then shares out.
    static let severalCountries = Party.organization("several countries")

    /// Whether the words right after an amount give it to each of the countries before it:
    /// "each", "لكل منهما" (to each of the two), "لكل منها", "كل منهم".
    static func saysEach(_ words: [String]) -> Bool {
        if words.contains("each") { return true }
        guard words.count == 2, ["لكل", "كل"].contains(words[0]) else { return false }
        return eachOfThem.contains(words[1])
    }
    /// The words after "لكل" or "كل" that share an amount out: "منهما" (each of the two), "منها", "واحد" ….
    static let eachOfThem: Set<String> = ["منهما", "منها", "منهم", "واحد", "واحده"]

    /// Whether the words between two amounts set the second beside the first as an earlier or
    /// other figure ("up from", "an increase from", "against", "مقارنة بـ") rather than convert it.
    /// (Wider than `Extractor.Reading.compares`, which asks whether an amount is of the kind of
    /// the one before it.)
    static func setsBeside(_ gap: String) -> Bool {
        let words = SearchableText(gap)
        return words.hasAny(Lexicon.comparisonWords) || words.has("from") || words.has("من")
    }

    /// The sentence's amounts (a converted amount once, as its dollars), each with its clause:
    /// the text from the end of the amount before it to the start of the next.
    static func amountClauses(_ r: Extractor.Reading) -> [AmountClause] {
        guard !r.amounts.isEmpty else { return [] }
        let scalars = r.scalars
        var kept: [AmountMention] = []
        for a in r.amounts {
            // (Not an amount compared with the one before: "$81 billion in 2021, up from 221.6
            // billion riyals in 2020", "a 37% increase from …".)
            if let last = kept.last, a.span.start - last.span.end <= 40, last.money.currency != a.money.currency,
                !Self.setsBeside(String(scalars: scalars[last.span.end..<a.span.start]))
            {
                // One amount and its conversion ("AED 15 billion ($4.1 billion)"): keep the dollars.
                if a.money.currency == .usd { kept[kept.count - 1] = a }
                continue
            }
            kept.append(a)
        }
        var clauses: [AmountClause] = []
        for (i, a) in kept.enumerated() {
            let from = i == 0 ? 0 : kept[i - 1].span.end
            let to = i + 1 < kept.count ? kept[i + 1].span.start : scalars.count
            // "…, while the Kingdom's budget for next year is 1.25 trillion riyals": no fact of ours.
            let lead = String(scalars: scalars[max(from, a.span.start - 60)..<a.span.start])
            if SearchableText(lead).hasAny(Lexicon.nonFactWords) { continue }
            var seen = Set<CountryCode>()
            let mentions = r.countries.filter { $0.start >= from && $0.end <= a.span.start }
            let countries = mentions.filter { seen.insert($0.country).inserted }.map(\.country)
            let after = String(scalars: scalars[a.span.end..<max(a.span.end, to)])
            let before = String(scalars: scalars[from..<a.span.start])
            var topic = r.amountTopic(a.span, leadFrom: from)
            // "exports reached $4.2 billion, against $3.8 billion in 2022": of the kind of the one before.
            if topic == .unknown, i > 0, let last = clauses.last, last.span == kept[i - 1].span,
                Extractor.Reading.compares(String(scalars: scalars[last.span.end..<a.span.start]))
            {
                topic = last.topic
            }
            let beforeWords = SearchableText(before)
            // "In 2023 trade reached $4.2 billion, and in the first half of 2024 …": a period after
            // a break past the amount is the next clause's, when this one names its own before it.
            let own = after.prefix { $0 != "," && $0 != "،" && $0 != ";" }
            let ownEnd = own.range(of: " and ")?.lowerBound ?? own.endIndex
            let ownAfter = String(own[..<ownEnd])
            let period =
                period(ownAfter) ?? relativePeriod(ownAfter) ?? lastYear(before) ?? relativePeriod(before)
                ?? period(after) ?? relativePeriod(after)
            clauses.append(
                AmountClause(
                    money: a.money, span: a.span, countries: countries,
                    period: period,
                    topic: topic, mentions: mentions,
                    region: beforeWords.hasAny(Lexicon.regionWords) || beforeWords.hasAny(Lexicon.worldTradeWords)))
        }
        return clauses
    }

    /// The one country named before a colon that stands before the sentence's first amount, and
    /// where the colon is: the home of the partners a list after it gives figures for. Nil when
    /// there is no such colon, or none or several countries before it.
    static func homeBeforeAColon(_ r: Extractor.Reading) -> (CountryCode, Int)? {
        guard let first = r.amounts.first?.span.start,
            let colon = r.scalars[..<first].firstIndex(where: { $0 == ":" })
        else { return nil }
        let before = distinct(r.countries.filter { $0.end <= colon })
        return before.count == 1 ? (before[0], colon) : nil
    }

    /// `amountClauses(_:)` of a sentence, built on first use and kept in `cache` for the rules
    /// after (the trade and the investment clauses read the same sentence).
    static func amountClauses(_ r: Extractor.Reading, cache: inout [AmountClause]?) -> [AmountClause] {
        if let cache { return cache }
        let clauses = amountClauses(r)
        cache = clauses
        return clauses
    }

    /// The last year named in a text.
    static func lastYear(_ text: String) -> String? {
        var last: String?
        var rest = Substring(text)
        while let found = period(String(rest)) {
            last = found
            guard let range = PlainSearch.range(of: found, in: rest) else { break }
            rest = rest[range.upperBound...]
        }
        return last
    }

    /// Several trade figures in one sentence, one per amount: "trade between Chile and Peru
    /// reached $5 billion, and Chile and Bolivia traded $1 billion".
    mutating func readTradeClauses(_ r: Extractor.Reading, _ evidence: Evidence, clauses cache: inout [AmountClause]?)
        -> Bool
    {
        // Each clause has an amount of its own: fewer than two amounts make fewer than two clauses.
        guard r.amounts.count >= 2, Self.speaksOfTotalTrade(r) || r.tradePair != nil else { return false }
        // "التبادل التجاري بين مصر ودول الجنوب الأفريقي (أنجولا وموزمبيق وزامبيا) … 381.9 مليون
        // دولار … مقارنة بـ 358.6 مليون": a group's figures, as `readTrade` has them.
        if r.distinctCountries.count > 2, Self.listsMembersInBrackets(r) { return true }
        let all = Self.amountClauses(r, cache: &cache)
        guard all.count >= 2 else { return false }
        // Investment amounts beside a trade word in passing ("the department for … internal trade"):
        // no trade figures unless an amount is trade's or trade between countries is named outright.
        if all.contains(where: { $0.topic == .investment }), !all.contains(where: { $0.topic == .trade }),
            !r.words.hasAny(Lexicon.strongTradeVolumeWords)
        {
            return false
        }
        // Each amount is what its clause says it is: trade, or an investment, or neither; a target is none.
        let targets = Set(
            r.amounts.indices.filter { Self.isTarget(r, amount: $0, forecasts: true) }.map { r.amounts[$0].span.start })
        let parts = Self.partsOfATotal(r, all)
        // "Germany was Chile's biggest importer with $3.3 billion, followed by Spain with $1.5
        // billion": a clause of no words of its own goes on with what the clause before it is.
        var topics = all.map(\.topic)
        for n in topics.indices.dropFirst() where topics[n] == .unknown { topics[n] = topics[n - 1] }
        let clauses = all.indices.filter {
            (topics[$0] == .trade || topics[$0] == .unknown) && !(all[$0].region && all[$0].countries.count < 2)
                && !targets.contains(all[$0].span.start)
                && !parts.contains(all[$0].span.start)
        }.map { all[$0] }
        // "Brazil, Mexico and Chile were its largest partners, with $6 billion, $4 billion and $3
        // billion of trade respectively": the partners named before the amounts, in order, each
        // with the home whose partners they are.
        if clauses.count == all.count, let (home, partners) = respectivePartners(r, before: all, home: tradeHome) {
            for (partner, clause) in zip(partners, clauses) {
                let figure = TradeFigure(
                    parties: [.country(home), .country(partner)], value: clause.money,
                    period: clause.period ?? Self.period(r.sentence.text))
                add(&trade, Draft(fact: .trade(figure), evidence: [evidence], basis: [.namedParties, .enumerated]))
            }
            return true
        }
        var investments: [InvestmentFigure] = []
        // Where the sentence turns to another subject (`clauseStarts`), read once an investment needs it.
        lazy var turnStarts = Self.clauseStarts(r)
        for (n, clause) in all.enumerated() where clause.topic == .investment {
            // "…, and investment both ways stood at $3 billion": no investor, no figure.
            let lead = n > 0 ? min(all[n - 1].span.end, clause.span.start) : 0
            if SearchableText(String(scalars: r.scalars[lead..<clause.span.start])).hasAny(
                Lexicon.twoWayInvestmentWords)
            {
                continue
            }
            var part = r
            part.countries = clause.mentions
            // "…، بينما عدد الشركات السعودية المستثمرة في تركيا … باستثمارات تقارب ملياري دولار":
            // after a turn to another subject, the countries of the amount's own side of it.
            if let turn = turnStarts.last(where: { $0 > 0 && $0 <= clause.span.start }) {
                let own = clause.mentions.filter { $0.start >= turn }
                if !own.isEmpty { part.countries = own }
            }
            guard
                let (investor, recipient) = Self.investorAndRecipient(part, mainPair: mainPair, homes: figuresHomes)
            else { continue }
            investments.append(
                InvestmentFigure(
                    investor: .country(investor), recipient: .country(recipient), value: clause.money,
                    cumulative: false, period: clause.period))
        }
        var pair: [CountryCode] = []
        var figures: [TradeFigure] = []
        // "India's trade with the Gulf in 2023: UAE $85 billion; Saudi Arabia $53 billion": the one
        // country named before a colon is the home of every partner listed after it.
        let listHome = Self.homeBeforeAColon(r)
        for clause in clauses {
            var countries = clause.countries
            if let (home, colon) = listHome, clause.span.start > colon {
                let own = Self.distinct(clause.mentions.filter { $0.start > colon && $0.country != home })
                if own.count == 1 { countries = [home, own[0]] }
            }
            // "China is Egypt's largest trading partner, followed by the US with $9 billion": in a
            // ranking of the home's partners, the amount is the partner's named nearest before it.
            if countries.count > 2, let home = tradeHome, countries.contains(home),
                let nearest = clause.mentions.last, nearest.country != home
            {
                countries = [nearest.country, home]
            }
            // "the most active trade was with Kazakhstan, Uzbekistan ($9.9 billion) and Armenia
            // ($7.3 billion)": a list of the home's partners that leaves the home unnamed gives
            // each amount to the partner nearest before it.
            // (In "China comes after Italy with €2.95 billion", the partner that comes after.)
            if countries.count >= 2, let home = tradeHome, !r.distinctCountries.contains(home),
                r.distinctCountries.count >= 3,
                let nearest = clause.mentions.last(where: { m in
                    !r.precedingWords(m, count: 1).contains { Lexicon.rankedAfterWords.contains($0) }
                })
            {
                countries = [home, nearest.country]
            }
            // "… with the offices in Germany, Saudi Arabia and Spain, that trade between Egypt and
            // Germany reached €5.5 billion": of many countries, the pair named together last.
            if countries.count > 2, let first = clause.mentions.first,
                let named = r.namedPairs.last(where: { first.start < $0.end && $0.end <= clause.span.start })
            {
                countries = [named.0, named.1]
            }
            if countries.count == 1 {
                // The partner is the one of the previous pair (or of the article) that this clause
                // does not name; first the country whose partners the article ranks ("China topped
                // Egypt's trading partners with $14 billion, followed by the US with $9 billion").
                // (A sentence of the ranking that opens with a partner of its own: "Germany comes
                // after these with €2.37 billion of exchanges".)
                let ranked = pair.isEmpty && r.words.hasAny(Lexicon.rankingTurnWords)
                let home = tradeHome.flatMap { (pair.contains($0) || ranked) && $0 != countries[0] ? $0 : nil }
                let partner =
                    home ?? pair.first { $0 != countries[0] && mainPair.contains($0) } ?? pair.first {
                        $0 != countries[0]
                    }
                    ?? mainPair.first { $0 != countries[0] }
                countries += partner.map { [$0] } ?? []
            } else if countries.isEmpty {
                countries = pair.isEmpty ? r.distinctCountries : pair
            }
            if countries.count < 2, pair.isEmpty, r.words.hasAny(Lexicon.bilateralWords) { countries = mainPair }
            // "In 2023 trade reached $4.2 billion, and in the first half of 2024 it amounted to $2.1
            // billion": figures in dollars of a sentence that names no country are the article's
            // pair's, as `readTrade` has a single one (not one side's own trade, nor a bloc's, nor
            // beside a target or a forecast, whose amounts are no pair's figures).
            if countries.isEmpty, pair.isEmpty, r.tradePair == nil, r.countries.isEmpty,
                clause.money.currency == .usd || r.topicWords.hasAny(Lexicon.strongTradeVolumeWords),
                !r.words.hasAny(Lexicon.ownTradeWords), !r.words.hasAny(Lexicon.regionWords),
                !r.words.hasAny(Lexicon.countryGroups), !r.words.hasAny(Lexicon.targetWords),
                !r.words.hasAny(Lexicon.forecastWords), case let named = pairNamed(by: r), named.count == 2
            {
                countries = named
            }
            if countries.isEmpty, let continued = r.tradePair { countries = continued }
            guard countries.count >= 2 else { continue }
            pair = Array(countries.prefix(2))
            figures.append(
                TradeFigure(
                    parties: pair.map { .country($0) }, value: clause.money,
                    period: clause.period ?? Self.period(r.sentence.text)))
        }
        // "China's trade with Africa reached $220 billion, while Chinese investment in Nigeria
        // reached $36.62 million": the region's figure is no fact, the investment is; so is a
        // country's part of the region's trade.
        let regional = all.contains { $0.topic == .trade && $0.region && $0.countries.count < 2 }
        // "Exports to Peru rose to $4.2 billion, while trade between Chile and Bolivia came to $1.1
        // billion": one trade figure, its clause's, beside one-way amounts.
        // ("Kenya's exports rose to $7.2 billion, while its trade with Egypt reached $600 million":
        // the clause names the partner, the article the other side.)
        let besideOneWay =
            figures.count == 1 && clauses.count == 1 && clauses[0].topic == .trade && !clauses[0].countries.isEmpty
            && all.contains { $0.topic == .oneWay }
        guard
            (figures.count + investments.count >= 2 && !figures.isEmpty)
                || (regional && !(investments.isEmpty && figures.isEmpty)) || besideOneWay
        else { return false }
        for figure in figures {
            add(&trade, Draft(fact: .trade(figure), evidence: [evidence], basis: Basis.parties(r).union(.enumerated)))
        }
        for figure in investments {
            add(
                &self.investments,
                Draft(fact: .investment(figure), evidence: [evidence], basis: Basis.parties(r).union(.enumerated)))
        }
        return true
    }

    /// The home and its partners of a sentence that gives each partner its amount in order
    /// ("respectively", "على التوالي"): as many countries as amounts, all named before the first
    /// amount, besides the home. The home is the one whose partners the article ranks, else the
    /// one of the article's pair the sentence does not list. Nil when the sentence is no such list.
    func respectivePartners(_ r: Extractor.Reading, before clauses: [AmountClause], home: CountryCode?)
        -> (CountryCode, [CountryCode])?
    {
        guard clauses.count >= 2, r.words.hasAny(Lexicon.respectiveWords), let first = clauses.first,
            r.countries.allSatisfy({ $0.end <= first.span.start })
        else { return nil }
        let named = r.distinctCountries
        let unlisted = mainPair.filter { !named.contains($0) }
        guard let home = home ?? (unlisted.count == 1 ? unlisted[0] : nil) else { return nil }
        let partners = named.filter { $0 != home }
        return partners.count == clauses.count ? (home, partners) : nil
    }

    /// The starts of the amounts that break down the amount before them: "$9bn: $6bn in goods and
    /// $2bn in services", "9 مليارات دولار، منها 6 مليارات للسلع".
    /// A breakdown opens with a colon or "of which" right after the whole, and goes on while its
    /// parts, in the whole's currency, add up to no more than the whole. The parts of a region's
    /// figure are countries' figures, and stay.
    static func partsOfATotal(_ r: Extractor.Reading, _ clauses: [AmountClause]) -> Set<Int> {
        var parts: Set<Int> = []
        var whole: Money?
        var sum = Decimal(0)
        for (before, clause) in zip(clauses, clauses.dropFirst()) {
            let lead = String(scalars: r.scalars[before.span.end..<max(before.span.end, clause.span.start)])
            let opens = lead.drop { $0 == " " }.hasPrefix(":") || SearchableText(lead).hasAny(Lexicon.breakdownWords)
            // A part of a region's trade is a country's own figure ("…, Kenya's share of it $8 billion").
            if opens && !before.region {
                whole = before.money
                sum = 0
            }
            guard let total = whole, clause.money.currency == total.currency,
                sum + clause.money.amount <= total.amount * 102 / 100
            else {
                whole = nil
                continue
            }
            sum += clause.money.amount
            parts.insert(clause.span.start)
        }
        return parts
    }

    /// Several amounts of one investor in one recipient ("reached $8.2 billion in 2022, against
    /// $3.1 billion the year before"): one figure per amount.
    /// The country whose nationality qualifies an investment word right after an amount: "$50.6
    /// million of Chinese investments", "$2 billion in Saudi investment".
    static func nationalityAfter(amountEnd end: Int, in r: Extractor.Reading, upTo next: Int) -> CountryMention? {
        guard let m = r.countries.first(where: { $0.start >= end && $0.start < next }), m.role == .demonym else {
            return nil
        }
        let gap = ScalarText.trimmingWhitespace(String(scalars: r.scalars[end..<m.start])).lowercased()
        guard gap == "of" || gap == "in" else { return nil }
        return qualifiesAnInvestment(m, in: r.scalars) ? m : nil
    }

    mutating func readInvestmentClauses(
        _ r: Extractor.Reading, _ evidence: Evidence, clauses cache: inout [AmountClause]?
    ) -> Bool {
        guard r.amounts.count >= 2, Self.speaksOfInvestment(r), r.distinctCountries.count <= 2 else { return false }
        let clauses = Self.amountClauses(r, cache: &cache)
        guard clauses.count >= 2 else { return false }
        // "Japan's investment in Africa totalled $1.2 billion, down from $1.5 billion": a region's figures are none of ours.
        if r.distinctCountries.count < 2 && r.words.hasAny(Lexicon.regionWords) && Self.recipient(r) == nil {
            return true
        }
        let parties: (Party, Party)
        if let group = Self.investorGroup(r), let recipient = Self.recipient(r) {
            parties = (.organization(group), .country(recipient))
        } else if let (group, home) = foreignTotalsHome(r) {
            // "Total FDI came to $1.9bn, up from $1.63bn, citing the State Bank of Pakistan": as
            // a single amount would (`readInvestment`), foreign investment as a whole goes where
            // the article's figures go, when the sentence names no other country.
            parties = (.organization(group), .country(home))
        } else if let (investor, recipient) = Self.investorAndRecipient(r, mainPair: mainPair, homes: figuresHomes) {
            parties = (.country(investor), .country(recipient))
        } else {
            return false
        }
        var from = 0
        for (n, clause) in clauses.enumerated() {
            // "Egyptian investments in Sudan reached $10.8 billion, while Sudanese investments in
            // Egypt reached $127 million": a clause that names both countries has its own direction.
            // The clause opens at "while" when one stands after the amount before it. It ends at
            // its amount, or where the next clause opens when the recipient comes after the amount
            // ("China invested $85 million in Serbia, while Serbia invested $34 million in China").
            var own = parties
            let opens = from > 0 ? Self.lastClauseBreak(r, in: from..<clause.span.start) ?? from : from
            let next = n + 1 < clauses.count ? clauses[n + 1].span.start : r.scalars.count
            var part = r.clause(opens..<clause.span.end)
            if part.distinctCountries.count < 2 {
                let whole = r.clause(opens..<(Self.firstClauseBreak(r, in: clause.span.end..<next) ?? next))
                if let recipient = Self.recipient(whole), !part.distinctCountries.contains(recipient) { part = whole }
            }
            from = clause.span.end
            // "…, and investment both ways stood at $3 billion": no investor, no figure.
            if part.words.hasAny(Lexicon.twoWayInvestmentWords) { continue }
            // "exports to China equal $480 million, while imports reach $5 billion, besides
            // investments in the Chinese market": an amount told of exports, imports or trade
            // is no investment, whatever the sentence says of investment elsewhere.
            if clause.topic == .oneWay || clause.topic == .trade { continue }
            // "…, Gulf states at third with $3.6 billion": a clause of its own that names
            // a group of countries and no country is that group's figure, none of ours.
            let ownClause = r.clause(opens..<clause.span.end)
            if n > 0, ownClause.distinctCountries.isEmpty, ownClause.words.hasAny(Lexicon.countryGroups) { continue }
            // "$295 million of the total mining investment ($2.3 billion) came from China": the
            // total in brackets is all the investment, of every source; the part is the figure.
            if n > 0, Self.isTheWholeInBrackets(r, clause, after: clauses[n - 1]) { continue }
            if part.distinctCountries.count == 2, case .country = parties.0,
                let (investor, recipient) = Self.investorAndRecipient(part, mainPair: mainPair, homes: figuresHomes)
            {
                own = (.country(investor), .country(recipient))
            } else if n > 0, case .country(let investor) = parties.0, case .country(let recipient) = parties.1 {
                // "…، مقابل 6 مليارات دولار استثمارات صينية في الدولة": investments the other way,
                // named by the recipient's adjective right after the amount.
                let after = r.clause(clause.span.end..<next)
                if after.topicWords.hasAny(Lexicon.investmentWords),
                    after.countries.contains(where: { $0.country == recipient && $0.role == .demonym }),
                    !after.countries.contains(where: { $0.country == investor })
                {
                    own = (.country(recipient), .country(investor))
                }
            }
            let figure = InvestmentFigure(
                investor: own.0, recipient: own.1, value: clause.money,
                cumulative: r.words.hasAny(Lexicon.cumulativeWords),
                period: clause.period)
            add(
                &investments,
                Draft(fact: .investment(figure), evidence: [evidence], basis: Basis.parties(r).union(.enumerated)))
        }
        return true
    }

    /// Whether an amount stands in brackets after "of the total …" that follows the amount
    /// before it: "$295 million of the total investment ($2.3 billion)", "300 مليون دولار من
    /// إجمالي الاستثمارات (2.3 مليار دولار)".
    static func isTheWholeInBrackets(_ r: Extractor.Reading, _ clause: AmountClause, after part: AmountClause) -> Bool {
        let gap = r.scalars[part.span.end..<max(part.span.end, clause.span.start)]
        guard gap.reversed().first(where: { $0 != " " }) == "(" else { return false }
        return SearchableText(String(scalars: gap)).hasAny(ofTheTotalWords)
    }

    /// Words of a part taken out of a whole ("of the total", "من إجمالي").
    static let ofTheTotalWords: WordList = ["of the total", "of total", "من اجمالي", "من مجموع"]

    /// "Canada followed with 8.4 percent, Japan with 7.0 percent and Argentina with 4.1 percent",
    /// in a ranking of investors told in the sentences before: each country with the share right
    /// after it is an investment of that share, its amount not given. Every share must have its
    /// country; a total without one ("These five countries accounted for 80.4 percent") is none.
    mutating func readSharesRanked(_ r: Extractor.Reading, topic: Extractor.Reading, _ evidence: Evidence) -> Bool {
        guard !r.percents.isEmpty, r.changes.isEmpty, Self.speaksOfInvestment(topic) || Self.speaksOfInvestment(r)
        else { return false }
        guard let recipient = listRecipient(r, topic: topic) else { return false }
        var from = 0
        var shares: [(CountryCode, PercentMention)] = []
        for p in r.percents {
            guard
                let country = r.countries.last(where: {
                    $0.start >= from && $0.end <= p.span.start && $0.country != recipient
                })
            else { return false }
            shares.append((country.country, p))
            from = p.span.end
        }
        let cumulative = topic.words.hasAny(Lexicon.cumulativeWords)
        let period = Self.period(r.sentence.text) ?? Self.period(topic.sentence.text)
        for (investor, p) in shares {
            let figure = InvestmentFigure(
                investor: .country(investor), recipient: .country(recipient), value: nil, cumulative: cumulative,
                share: Share(percent: p.percent, qualifier: p.qualifier, of: Self.shareOf(r, p)), period: period)
            add(
                &investments,
                Draft(fact: .investment(figure), evidence: [evidence], basis: [.namedParties, .enumerated]))
        }
        return true
    }

    /// Where the investments a list ranks go: the recipient its topic names, else the one the
    /// article's figures so far went to, the country whose office reports them or the one its
    /// lead names (`figuresHomes`), else the country of the list's own currency, else the one of
    /// the article's pair; never a country the list itself ranks.
    func listRecipient(_ r: Extractor.Reading, topic: Extractor.Reading) -> CountryCode? {
        // (A country named only after the last amount ranks nowhere: "…, the Minister of State
        // for Overseas Indian Affairs said".)
        let lastAmount = r.amounts.last?.span.start ?? r.scalars.count
        let unranked = { (c: CountryCode) in !r.countries.contains { $0.country == c && $0.start < lastAmount } }
        return Self.recipient(topic) ?? figuresHomes.first(where: unranked)
            ?? Self.currencyHome(r).flatMap({ unranked($0) ? $0 : nil }) ?? mainPair.first(where: unranked)
    }

    /// "Top FDI sources were China (MYR55.4bn), the USA (MYR29.2bn) …": the country whose own
    /// currency every amount of a sentence is in (its ISO code's first two letters: MYR,
    /// Malaysia), where a list of investors names no recipient; nil for dollars, euros, and
    /// currencies of no one country.
    static func currencyHome(_ r: Extractor.Reading) -> CountryCode? {
        guard let currency = r.amounts.first?.money.currency, r.amounts.allSatisfy({ $0.money.currency == currency }),
            currency != .usd, currency != .eur, !currency.code.hasPrefix("X")
        else { return nil }
        let code = String(currency.code.prefix(2))
        guard CountryCatalog.shared.country(code: code) != nil else { return nil }
        return CountryCode(code)
    }
}
