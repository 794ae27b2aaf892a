import Foundation
import NewsCore

/// One fact told several times is one draft: merging, and the drafts as facts with stable ids.
extension Drafts {
    /// A party as merging compares it: a company by the first word of its name, since one
    /// telling may name it shorter ("إعمار", then "إعمار العقارية"; "Emaar", then "Emaar Properties").
    static func partyKey(_ party: Party) -> Party {
        guard case .company(let name) = party, let first = name.split(separator: " ").first else { return party }
        return .company(String(first))
    }

    /// The one fact that two tellings report, or nil when they report different facts.
    func merged(_ a: Fact, _ b: Fact) -> Fact? {
        func agree(_ x: Money?, _ y: Money?) -> Bool {
            guard let x, let y else { return true }
            return x.agrees(with: y) || converts(x, y) || converts(y, x) || shownAlike(x, y)
        }
        // Of two amounts that agree, the dollars when one of them is the other's conversion.
        func either(_ x: Money?, _ y: Money?) -> Money? {
            guard let x else { return y }
            if let y, x.currency != .usd, y.currency == .usd, converts(x, y) { return y }
            return x
        }
        switch (a, b) {
        case (.agreement(var x), .agreement(let y)):
            let px = Set(x.parties.map(Self.partyKey))
            let py = Set(y.parties.map(Self.partyKey))
            // A deal told without its kind ("a $35 billion agreement") and with it is one deal.
            // The same amount between the same parties is one deal, whatever each telling calls it.
            let sameAmount = x.value != nil && y.value != nil && px == py
            let sameKind = x.kind == y.kind || x.kind == .other || y.kind == .other || sameAmount
            guard sameKind, px.isSubset(of: py) || py.isSubset(of: px), agree(x.value, y.value) else { return nil }
            if x.kind == .other { x.kind = y.kind }
            // The fuller list of parties, unless it is crowded with countries only mentioned around the deal.
            if px.count < py.count && py.count <= 3 { x.parties = y.parties }
            x.value = either(x.value, y.value)
            x.status = max(x.status, y.status)
            x.sectors = Array(Set(x.sectors + y.sectors)).sorted()
            x.brokeredBy = x.brokeredBy ?? y.brokeredBy
            return .agreement(x)
        case (.trade(var x), .trade(let y)):
            // A period in words ("last year"), or none, may be the year another telling of the
            // same amount names; "2020-21" and "2020" name one fiscal year. Figures without an
            // amount (a change, a share) merge only when neither names a year or both the same.
            func noYear(_ p: String?) -> Bool { p.map { !$0.contains(where: \.isNumber) } ?? true }
            func overlap(_ a: String?, _ b: String?) -> Bool {
                guard let a, let b else { return false }
                return a.hasPrefix(b) || b.hasPrefix(a)
            }
            // A change told with no amount and no period at all ("turnover was up 4%") is the
            // change of the figure it follows.
            let bareChange = { (a: TradeFigure, b: TradeFigure) in
                a.value != nil && a.change == nil && b.value == nil && b.period == nil && b.change != nil
            }
            // "… last fiscal against $18.43 billion in the previous year": the year before another
            // period is not that period.
            let before = { (p: String?) in
                p.map { p in Lexicon.previousPeriodWords.contains { p.contains($0) } } ?? false
            }
            let samePeriod =
                x.period == y.period || bareChange(x, y) || bareChange(y, x)
                || (x.value != nil && y.value != nil
                    ? (noYear(x.period) || noYear(y.period) || overlap(x.period, y.period))
                        && before(x.period) == before(y.period)
                    : noYear(x.period) && noYear(y.period)
                        // ("up 6.8% in July-August. For August alone … $20.8 billion": two periods.)
                        && (x.period == nil || y.period == nil || overlap(x.period, y.period)))
            guard Set(x.parties) == Set(y.parties), x.commodity == y.commodity, samePeriod, x.direction == y.direction,
                agree(x.value, y.value)
            else { return nil }
            if noYear(x.period) && !noYear(y.period) { x.period = y.period }
            x.value = either(x.value, y.value)
            x.share = x.share ?? y.share
            x.change = x.change ?? y.change
            return .trade(x)
        case (.investment(var x), .investment(let y)):
            // The same amount of the same pair told as a stock once and as a flow once is one figure.
            // A ranking without an amount ("China is Nepal's biggest source of FDI") ranks the
            // pair's figure, whichever kind it is.
            let rankOnly = { (f: InvestmentFigure) in f.value == nil && f.rank != nil && f.share == nil }
            let sameKind =
                x.cumulative == y.cumulative || (x.value != nil && y.value != nil) || rankOnly(x) || rankOnly(y)
            // A group's total told under two names ("Arab countries", then "several countries"
            // for the total before a list of them) is one figure, under the more telling name.
            let groups = x.investor.country == nil && y.investor.country == nil && x.value != nil && y.value != nil
            guard x.investor == y.investor || groups, x.recipient == y.recipient, sameKind, agree(x.value, y.value)
            else { return nil }
            if x.investor == Self.severalCountries { x.investor = y.investor }
            x.cumulative = x.cumulative || y.cumulative
            x.value = either(x.value, y.value)
            x.share = x.share ?? y.share
            x.rank = x.rank ?? y.rank
            x.companyCount = x.companyCount ?? y.companyCount
            return .investment(x)
        default:
            return nil
        }
    }

    /// Whether the article converts `local` to `usd` somewhere ("40 billion yen ($270 million)").
    func converts(_ local: Money, _ usd: Money) -> Bool {
        local.currency != .usd && usd.currency == .usd
            && conversions.contains { $0.local.agrees(with: local) && $0.usd.agrees(with: usd) }
    }

    /// Whether two amounts in different currencies are each shown in brackets as the same figure
    /// of a third ("US$7.7 billion (RM33.9 billion)", "29 billion riyals (RM33.9 billion)"): one
    /// amount told twice.
    func shownAlike(_ x: Money, _ y: Money) -> Bool {
        guard x.currency != y.currency else { return false }
        return bracketed.contains { p in
            p.told.agrees(with: x)
                && bracketed.contains { q in
                    q.told.agrees(with: y) && q.shown.currency == p.shown.currency && q.shown.agrees(with: p.shown)
                }
        }
    }

    /// A sentence's amounts each told again in another currency in brackets (`retoldInBrackets`):
    /// "US$7.7 billion (RM33.9 billion)", "9.3 billion pounds ($13.26 billion)".
    static func bracketedAmounts(_ r: Extractor.Reading) -> [(told: Money, shown: Money)] {
        zip(r.amounts, r.amounts.dropFirst()).compactMap { a, b in retoldInBrackets(r, a, b) ? (a.money, b.money) : nil
        }
    }

    /// An amount and what the article converts it to or from ("9.3 billion pounds ($13.26 billion)").
    func aliases(of m: Money) -> [Money] {
        [m] + conversions.filter { $0.usd.agrees(with: m) }.map(\.local)
            + conversions.filter { $0.local.agrees(with: m) }.map(\.usd)
    }

    /// A sentence's amounts told with their dollars right after them: "40 billion yen ($270
    /// million)", "SAR 3 billion (about $800 million)", "مليارا يورو أي ما يعادل 2.2 مليار دولار".
    static func conversions(_ r: Extractor.Reading) -> [(local: Money, usd: Money)] {
        zip(r.amounts, r.amounts.dropFirst()).compactMap { a, b in
            guard isConverted(a, to: b, in: r.scalars),
                !SearchableText(String(scalars: r.scalars[a.span.end..<b.span.start])).hasAny(Lexicon.comparisonWords)
            else { return nil }
            return (a.money, b.money)
        }
    }

    /// Adds a draft, or merges it into one that reports the same fact.
    func add(_ list: inout [Draft], _ draft: Draft) {
        // Read once, not for every draft it is compared with.
        let largestPart = !list.isEmpty && Self.toldAsTheLargestPart(draft)
        if draft.fillsNoValuelessDeal, let value = draft.fact.value,
            !list.contains(where: { $0.fact.value?.agrees(with: value) ?? false })
        {
            list.append(draft)
            return
        }
        for i in list.indices {
            if list[i].summary, !draft.additional, list[i].fact.value == nil, draft.fact.value != nil,
                list[i].countries == draft.countries,
                let fact = merged(list[i].fact, draft.fact)
            {
                list[i].absorb(draft, as: fact)
                list[i].summary = false
                return
            }
            // "signed 30 agreements", then "the 30 agreements are worth $2.1 billion": a package
            // counted twice alike is one, the second telling giving its amount.
            if list[i].package, list[i].fact.value == nil, let counted = list[i].counted, counted >= 2,
                draft.counted == counted, draft.fact.value != nil,
                let fact = merged(list[i].fact, draft.fact)
            {
                list[i].absorb(draft, as: fact)
                return
            }
            // "signed an economic cooperation agreement", then "According to the agreement, China
            // will provide a grant of $14 million": the amount of the last deal of its countries.
            if draft.underToldDeal, list[i].fact.value == nil, list[i].countries == draft.countries,
                list.lastIndex(where: { $0.countries == draft.countries }) == i,
                let fact = merged(list[i].fact, draft.fact)
            {
                list[i].absorb(draft, as: fact)
                return
            }
            if list[i].distinct && list[i].fact.value == nil && draft.fact.value != nil { continue }
            // "In a separate deal, Lion Air firmed up an order … valued at $3 billion": a deal told
            // as separate gives no amount to one told before it.
            if list[i].fact.value == nil, draft.fact.value != nil, Self.toldAsSeparate(draft) { continue }
            // "signed a MoU on scientific cooperation", then "Overall, the two signed six cooperation
            // agreements": a package counted without an amount is no one deal told before it.
            if draft.package, (draft.counted ?? 0) >= 2, draft.fact.value == nil, !list[i].package,
                list[i].fact.value == nil, !list[i].headlineOnly
            {
                continue
            }
            // "signed eight agreements", then "Adani Ports signed a $3 billion agreement to …": one
            // of the package's deals, not its amount.
            if list[i].package, list[i].fact.value == nil, (list[i].counted ?? 0) >= 2, draft.single,
                draft.fact.value != nil
            {
                continue
            }
            // "financing agreements with Peru, Chile and Bolivia", then "the $300 million loan to
            // Peru": a deal with fewer of the countries of a package of several is one of its
            // deals, not the package's amount.
            if list[i].package, list[i].fact.value == nil, draft.fact.value != nil, list[i].countries.count >= 3,
                draft.countries.count < list[i].countries.count
            {
                continue
            }
            if draft.distinct && draft.fact.value == nil && list[i].fact.value != nil { continue }
            // "deals worth $20 billion", then "The biggest deal is a $20 billion joint venture": the
            // package's largest part is a deal of its own, however near the amounts.
            if largestPart, Self.toldInThePlural(list[i]) { continue }
            // "China pledges $21B" over "pledged $21.7 billion": the headline rounds the body's amount.
            if let told = list[i].fact.value, let exact = draft.fact.value {
                // "deals worth $6 billion" before "6 billion euros ($6.9 billion)": a
                // telling gives the local number of a converted amount with a dollar sign.
                // (Not a dollar amount the article gives as a conversion of its own: "PEN 3.7 billion
                // ($1 billion)" for one deal beside "PEN 1 billion ($270 million)" for another.)
                let relabelled =
                    told.currency == .usd
                    && conversions.contains { $0.local.amount == told.amount && $0.usd.agrees(with: exact) }
                    && !conversions.contains { $0.usd.agrees(with: told) }
                if (list[i].amountFromHeadline && Self.rounds(told, to: exact)) || relabelled,
                    let fact = merged(Self.valued(list[i].fact, exact), draft.fact)
                {
                    list[i].absorb(draft, as: fact)
                    return
                }
                // A bound rounds the exact amount it stands beside, told after it ("contracts of more
                // than $50 billion" after "$50.7 billion") or before it ("five deals worth over $3
                // billion", then "the deals, valued at $3.2 billion"): the deal keeps the exact one.
                // The headline's or lead's "more than" may round further down than a tenth ("closing
                // over US $100 million in business deals", then "deals valued at approximately US
                // $114 million").
                let summarised =
                    leadStart.map { lead in
                        list[i].evidence.allSatisfy { $0.start <= lead }
                            && draft.evidence.allSatisfy { $0.start > lead }
                    } ?? false
                // (A headline's investment "topped $60 billion" rounds the body's "$68.4 billion"
                // the same way.)
                let agreementOrHeadlineInvestment: Bool
                switch list[i].fact {
                case .agreement: agreementOrHeadlineInvestment = true
                case .investment: agreementOrHeadlineInvestment = list[i].headlineOnly
                default: agreementOrHeadlineInvestment = false
                }
                if agreementOrHeadlineInvestment,
                    let kept = Self.exactBesideBound(told, exact, summarised: summarised || list[i].headlineOnly),
                    let fact = merged(Self.valued(list[i].fact, kept), Self.valued(draft.fact, kept))
                {
                    list[i].absorb(draft, as: fact)
                    return
                }
                // So does a bound that rounds the local amount a package was converted from ("deals
                // worth 9.3 billion pounds ($13.26 billion)", then "valued at more than 9 billion
                // pounds"): the package keeps its dollars.
                if case .agreement = list[i].fact, draft.fact.value?.currency != told.currency,
                    aliases(of: told).contains(where: { Self.exactBesideBound($0, exact) != nil }),
                    let fact = merged(list[i].fact, Self.valued(draft.fact, told))
                {
                    list[i].absorb(draft, as: fact)
                    return
                }
            }
            // "Saudi Arabia will also provide a $3 billion facility" beside its $3 billion deposit:
            // a deal told as another, of another kind, is another deal even at the same amount.
            if draft.additional, case .agreement(let a) = list[i].fact, case .agreement(let b) = draft.fact,
                a.kind != b.kind, a.kind != .other, b.kind != .other
            {
                continue
            }
            if let fact = merged(list[i].fact, draft.fact) {
                list[i].absorb(draft, as: fact)
                return
            }
        }
        list.append(draft)
    }

    /// Whether a draft's first telling names it as the largest of a package (`Lexicon.largestPartWords`).
    static func toldAsTheLargestPart(_ d: Draft) -> Bool {
        guard case .agreement = d.fact, let told = d.evidence.first else { return false }
        return SearchableText(told.sentence).hasAny(Lexicon.largestPartWords)
    }

    /// Whether a draft's first telling says it is a deal apart from those told before ("in a
    /// separate deal", "في صفقة منفصلة").
    static func toldAsSeparate(_ d: Draft) -> Bool {
        guard case .agreement = d.fact, let told = d.evidence.first else { return false }
        return SearchableText(told.sentence).hasAny(Lexicon.separateDealWords)
    }

    /// Whether a draft's first telling names deals in the plural: a package.
    static func toldInThePlural(_ d: Draft) -> Bool {
        guard case .agreement = d.fact, let told = d.evidence.first else { return false }
        return SearchableText(told.sentence).hasAny(Lexicon.pluralAgreements)
    }

    /// The fact with another amount.
    static func valued(_ fact: Fact, _ value: Money) -> Fact {
        switch fact {
        case .agreement(var a):
            a.value = value
            return .agreement(a)
        case .trade(var t):
            t.value = value
            return .trade(t)
        case .investment(var i):
            i.value = value
            return .investment(i)
        }
    }

    /// Of two amounts of one deal, the exact one when the other is a bound ("more than", "about")
    /// that rounds it; nil otherwise.
    /// With `summarised` (`a` told in the headline or lead, `b` in the body), `a` told as "more
    /// than" rounds `b` when `b` is above it by up to a half.
    static func exactBesideBound(_ a: Money, _ b: Money, summarised: Bool = false) -> Money? {
        let bounds: [Money.Qualifier] = [.moreThan, .about]
        if bounds.contains(b.qualifier), rounds(b, to: a) { return a }
        if bounds.contains(a.qualifier), rounds(a, to: b) { return b }
        if summarised, a.qualifier == .moreThan, b.qualifier == .exact || b.qualifier == .about,
            a.currency == b.currency, b.amount > a.amount, b.amount * 2 <= a.amount * 3,
            digits(a.amount) < digits(b.amount)
        {
            return b
        }
        return nil
    }

    /// How many digits an amount is written with, without its trailing zeros (114000000 has three).
    static func digits(_ d: Decimal) -> Int { "\(d)".filter(\.isNumber).reversed().drop(while: { $0 == "0" }).count }

    /// Whether `told` is `exact` rounded, as headlines round: within a tenth of it, in the same
    /// currency, and with fewer significant digits ("$21B" for "$21.7 billion").
    static func rounds(_ told: Money, to exact: Money) -> Bool {
        guard told.currency == exact.currency, told.amount != exact.amount,
            abs(told.amount - exact.amount) * 10 < exact.amount
        else { return false }
        return digits(told.amount) < digits(exact.amount)
    }

    /// The investments that are a deal's own amount told again ("the fresh investment of up to
    /// $10 billion" after a pact under which one country invests up to $10 billion in the other):
    /// the investment deal is the fact; a stock or total stays a figure of its own.
    var investmentsBesideDeals: [Draft] {
        investments.filter { draft in
            guard case .investment(let i) = draft.fact, !i.cumulative, let value = i.value,
                let investor = i.investor.country,
                let recipient = i.recipient.country
            else { return true }
            return !agreements.contains { deal in
                guard case .agreement(let a) = deal.fact, a.kind == .investmentDeal, let amount = a.value else {
                    return false
                }
                return amount.agrees(with: value) && Set(a.parties.compactMap(\.country)) == [investor, recipient]
            }
        }
    }

    /// The agreements, without a package counted in a sentence ("signed five agreements") whose
    /// deals a list after it gives one by one, as many as it counts, or the sentences after it
    /// tell as its parts ("Among the MoUs signed were A, B and C", "Others were D and E";
    /// `appendPart`): those items are the deals. So is one without a count whose deals the next
    /// sentence tells (`toldInParts`). A package given only in part ("among them") stays an
    /// entry of its own.
    var agreementsBesidePackages: [Draft] {
        let parts = Dictionary(grouping: agreements.compactMap(\.partOf), by: { $0 }).mapValues(\.count)
        return agreements.filter { draft in
            guard !draft.toldInParts else { return false }
            guard draft.package, draft.fact.value == nil, let counted = draft.counted, counted >= 2,
                let start = draft.evidence.first?.start
            else { return true }
            let items = agreements.filter { $0.basis.contains(.listItem) && ($0.evidence.first?.start ?? 0) > start }
            return items.count != counted && parts[start] != counted && toldAfter(draft, start) != counted
        }
    }

    /// "Six agreements were signed. They included a pact on …, and an agreement on …. MoUs were
    /// also signed on A, on B, on C and on D": the deals of the package's pair told right after
    /// it, up to the next package, within the sentences that follow (`nearby` scalars of the
    /// package's end), however each was read; nil when another pair's deal comes between.
    func toldAfter(_ package: Draft, _ start: Int, nearby: Int = 700) -> Int? {
        guard let end = package.evidence.first?.end else { return nil }
        let after = agreements.filter { d in
            d.evidence.first.map { $0.start > start && $0.start <= end + nearby } ?? false
        }.sorted { $0.evidence[0].start < $1.evidence[0].start }
        var told = 0
        for d in after {
            if d.package { break }
            guard d.countries == package.countries else { return nil }
            told += 1
        }
        return told
    }

    /// Whether a trade or investment draft states a figure. "US$1=RM4.07", a headline's "$7.4"
    /// without its "billion": an amount under a thousand is a rate or a slip. A ranking with no
    /// figure ("China is one of Ghana's largest foreign investors") ranks the pair's figure when
    /// the article gives one (`merged`); alone, with no amount, share or count of companies, it
    /// states nothing.
    static func statesAFigure(_ fact: Fact) -> Bool {
        if let value = fact.value { return value.amount >= 1000 }
        if case .investment(let i) = fact { return i.share != nil || i.companyCount != nil }
        return true
    }

    /// The drafts as facts with stable ids and a confidence.
    func facts(article: ArticleID) -> [ExtractedFact] {
        var used = Set<FactID>()
        let figures = (trade + investmentsBesideDeals).filter { Self.statesAFigure($0.fact) }
        let all = agreementsBesidePackages + figures
        return all.map { draft in
            let parties = draft.fact.parties.map(\.description).sorted().joined(separator: ",")
            let value = draft.fact.value.map(\.description) ?? "-"
            var id = FactID.derived(from: [
                "extract", Extractor.version, article.rawValue, draft.fact.kind.rawValue, parties, value,
            ])
            var n = 2
            while used.contains(id) {
                id = FactID.derived(from: [
                    "extract", Extractor.version, article.rawValue, draft.fact.kind.rawValue, parties, value, "\(n)",
                ])
                n += 1
            }
            used.insert(id)
            return ExtractedFact(
                id: id, fact: draft.fact, evidence: draft.evidence, confidence: Confidence.of(draft, facts: all.count),
                basis: draft.basis)
        }
    }
}
