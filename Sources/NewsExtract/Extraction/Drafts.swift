import Foundation
import NewsCore

/// Facts being assembled from an article's sentences, before they get ids.
struct Drafts {
    let mainPair: [CountryCode]

    struct Draft {
        var fact: Fact
        var evidence: [Evidence]
        /// How it was read (for the confidence, and shown beside the fact).
        var basis: Basis
        /// Told as a deal of its own (a list item, one of several in a sentence, "an MoU"): a
        /// mention with an amount does not merge into it while it has none.
        var distinct = false
        /// Read from the headline, and not yet told again in the body.
        var headlineOnly = false
        /// Whether the body has told the deal again with an amount: nil while it has not told it
        /// at all (`amountFromHeadline`).
        var bodyToldAmount: Bool?
        /// Its amount told only in the headline so far, though the body may have told the deal
        /// again without one ("توقع اتفاقية قرض … بـ 3.8 ملايين دينار" over "وقع الصندوق اتفاقية قرض").
        var amountFromHeadline: Bool { bodyToldAmount.map { !$0 } ?? headlineOnly }
        /// Read from a headline that tells several deals ("sign agreements worth $5 billion",
        /// "توقعان اتفاقيات"): one item of a list in the body is not that headline's deal.
        var headlineTellsSeveral = false
        /// The lead's one deal without an amount: the first later telling of a deal of the same
        /// countries with an amount is that deal.
        var summary = false
        /// A package of deals counted or named in the plural, without its amount yet.
        var package = false
        /// How many deals the package's sentence counts ("five agreements"), when it counts them.
        var counted: Int?
        /// A package without a count whose deals the sentence after it tells, each an entry of
        /// its own (`readSubjectsByVerb`): they are the facts, not it.
        var toldInParts = false
        /// A package in the plural that neither counts its deals nor gives their amount.
        var isUncountedPackage: Bool { package && counted == nil && fact.value == nil }
        /// For one of a package's deals told after it (`appendPart`): where the package's first
        /// telling starts.
        var partOf: Int?
        /// Told as one more deal ("also", "another", "كذلك"): the same amount of another kind is another deal.
        var additional = false
        /// One deal with its amount, in a sentence that names no deals in the plural and no total
        /// ("Adani Ports signed a $3 billion agreement to …"): one of a package counted before,
        /// not the package's amount.
        var single = false
        /// An amount that is no deal's told without one (joint projects counted or priced): a
        /// fact of its own unless a deal of its amount was told already, when it merges as any does.
        var fillsNoValuelessDeal = false
        /// The one amount of a sentence that gives it "under the agreement" or "according to the
        /// agreement" ("بموجب الاتفاقية"): the amount of the last deal told of its countries.
        var underToldDeal = false

        /// The countries among the fact's parties.
        var countries: Set<CountryCode> { Set(fact.parties.compactMap(\.country)) }

        /// Takes another telling of the same fact: its evidence and basis, and `fact` as the two make
        /// it. The headline's deal is then told in the body.
        mutating func absorb(_ other: Draft, as fact: Fact) {
            self.fact = fact
            evidence += other.evidence
            basis.formUnion(other.basis)
            // (The first telling after the headline's, and any after tellings without an amount.)
            if headlineOnly || bodyToldAmount == false { bodyToldAmount = other.fact.value != nil }
            headlineOnly = false
        }
    }

    /// Where the lead's first sentence starts (scalar offset in the article), if there is a lead.
    var leadStart: Int?
    /// The countries the headline names: of the article's pair, the one a deal is most likely with.
    var headlineCountries: Set<CountryCode> = []
    /// `Extractor.tradeHome`: the country whose trade partners the article ranks.
    var tradeHome: CountryCode?
    /// `Extractor.reportingCountry`: the country whose own office reports the figures.
    var reportingCountry: CountryCode?
    /// `Extractor.leadRecipient`: the country the lead says investment goes to.
    var leadRecipient: CountryCode?
    /// The article's amounts told with their dollars ("40 billion yen ($270 million)"): each
    /// local amount and its dollar amount. A telling in one of them is the same fact as a
    /// telling in the other ("yen" in the headline, the dollars in the body).
    var conversions: [(local: Money, usd: Money)] = []
    /// The article's amounts shown in brackets in another currency (`bracketedAmounts`).
    var bracketed: [(told: Money, shown: Money)] = []
    var agreements: [Draft] = []
    var trade: [Draft] = []
    var investments: [Draft] = []

    /// Where the article first names each country (the offset of the sentence's start).
    var firstNamed: [CountryCode: Int] = [:]

    init(mainPair: [CountryCode]) { self.mainPair = mainPair }

    /// `mainPair` once the article has named both of it by the sentence (at it or before), else empty.
    func pairNamed(by r: Extractor.Reading) -> [CountryCode] {
        mainPair.allSatisfy { (firstNamed[$0] ?? .max) <= r.sentence.start } ? mainPair : []
    }

    // MARK: - Agreements

    /// Joining a named accord: the joiner, the accord's counterpart, its broker.
    mutating func readAccession(_ r: Extractor.Reading, _ evidence: Evidence) -> Bool {
        guard let accord = Lexicon.accords.first(where: { r.words.hasAny($0.names) }), r.words.hasAny(Lexicon.joinWords)
        else { return false }
        let counterpart = CountryCode(accord.counterpart)!
        let broker = accord.broker.flatMap(CountryCode.init)
        guard
            let joiner = r.distinctCountries.first(where: { $0 != counterpart && $0 != broker })
                ?? mainPair.first(where: { $0 != counterpart && $0 != broker })
        else { return false }
        let status = Self.status(r.words) ?? .pledged
        let name = CountryCatalog.shared.country(code: joiner.rawValue)?.englishName ?? joiner.rawValue
        let agreement = Agreement(
            parties: [.country(joiner), .country(counterpart)], kind: .accordAccession,
            title: "\(name) joins the \(Self.accordTitle(accord.names[0]))",
            status: status == .signed ? .pledged : status, brokeredBy: broker.map { .country($0) })
        add(&agreements, Draft(fact: .agreement(agreement), evidence: [evidence], basis: [.accord, .namedParties]))
        return true
    }

    /// The sentence's amount: the first one, or, where the article converts it to dollars right
    /// after ("SAR 110 billion (about $29.3 billion)", "أي ما يعادل"), the dollar amount.
    static func amount(_ r: Extractor.Reading) -> Money? {
        // Where the amounts differ in topic, a trade figure's amount is the one trade words introduce.
        // ("Exports stood at $300 million and imports at $500 million, for a total trade volume of
        // $800 million": the one-way amounts before it are no trade figure; the total is.)
        let tradeAt = r.amountTopics.firstIndex(of: .trade)
        if let tradeAt, r.amountTopics.first == .deal || r.amountTopics.first == .oneWay {
            return r.amounts[tradeAt].money
        }
        guard let first = r.amounts.first else { return nil }
        if let usd = r.amounts.dropFirst().first(where: { $0.money.currency == .usd }),
            Self.isConverted(first, to: usd, in: r.scalars)
        {
            return usd.money
        }
        return first.money
    }

    /// Whether `usd` is `local` told again in dollars right after it: another currency first, then
    /// dollars within 40 scalars ("SAR 110 billion (about $29.3 billion)").
    /// With the sentence's `scalars`, dollars further on count too (up to 120 scalars) where the
    /// words right before them only restate (`restates`: "a 1.5 billion yuan swap agreement with
    /// its Serbian counterpart that's about $228 million", ", which is about", ", or some").
    static func isConverted(_ local: AmountMention, to usd: AmountMention, in scalars: [Unicode.Scalar]? = nil)
        -> Bool
    {
        guard local.money.currency != .usd, usd.money.currency == .usd, usd.span.start >= local.span.end else {
            return false
        }
        let gap = usd.span.start - local.span.end
        if gap <= 40 { return true }
        guard let scalars, gap <= 120 else { return false }
        return restates(scalars, local.span.end..<usd.span.start)
    }

    /// Whether the last words of `gap` only restate an amount: a link ("that's", "which is",
    /// "or", "أي", "يعادل") and words of measure ("about", "some"). After a comma or bracket the
    /// gap's words are all of those (", which is about"); without one, its last words, as many as
    /// are ("… with its Serbian counterpart that's about").
    static func restates(_ scalars: [Unicode.Scalar], _ gap: Range<Int>) -> Bool {
        let cut = scalars[gap].lastIndex { $0 == "," || $0 == "،" || $0 == "(" }
        let words = CharacterWords.folded(
            scalars[(cut.map { $0 + 1 } ?? gap.lowerBound)..<gap.upperBound], digits: false, hyphens: false)
        let tail =
            cut != nil ? words[...] : words.reversed().prefix(while: Lexicon.restatingWords.contains).reversed()[...]
        guard !tail.isEmpty, tail.allSatisfy(Lexicon.restatingWords.contains) else { return false }
        let text = " " + tail.joined(separator: " ") + " "
        return Lexicon.restatingLinks.contains { text.contains($0) }
    }

    static func status(_ words: SearchableText) -> Agreement.Status? {
        if let stated = Lexicon.statuses.last(where: { words.hasAny($0.1) })?.0 { return stated }
        // "دخلت شركة «بلكسكو» في اتفاق شراكة مع …": entering into a deal, the subject between the
        // verb and the deal, is a deal made.
        return words.hasAny(enteringVerbs) && words.hasAny(enteredDeals) ? .announced : nil
    }

    /// The verb of entering ("دخل", "دخلت", "ودخلت"), as a word of its own, and what it enters into.
    static let enteringVerbs: WordList = [" دخل ", " دخلت ", " ودخل ", " ودخلت ", " دخلتا "]
    static let enteredDeals: WordList = ["في اتفاق", "في اتفاقيه", "في صفقه", "في شراكه"]

    /// "Apart from the growing trade between the two countries, Turkey is the leading foreign
    /// investor in Ethiopia, with over $3 billion": trade named only in an opening clause set
    /// aside from what the sentence goes on to say (English).
    static func tradeSetAside(_ r: Extractor.Reading) -> Bool {
        let text = r.sentence.text
        guard ["Apart from ", "Besides ", "In addition to ", "Aside from ", "Beyond "].contains(where: text.hasPrefix),
            let comma = text.firstIndex(of: ",")
        else { return false }
        return !SearchableText(String(text[comma...])).hasAny(Lexicon.strongTradeVolumeWords)
    }

    static func kind(_ words: SearchableText) -> Agreement.Kind {
        if words.hasAny(Lexicon.mouWords) { return .mou }
        if words.hasAny(Lexicon.tradeAgreementWords) { return .tradeAgreement }
        if words.hasAny(Lexicon.pluralAgreements) && words.hasAny(Lexicon.companyWords) { return .commercialAgreements }
        if words.hasAny(Lexicon.investmentDealWords) { return .investmentDeal }
        if words.hasAny(Lexicon.purchaseWords) { return .purchase }
        return .other
    }

    static func sectors(_ words: SearchableText) -> [String] {
        let words = withoutNegatedGoods(words)
        return Lexicon.commodities.filter { words.hasAny($0.1) }.map(\.0)
    }

    /// The first of `Lexicon.commodities` the words name, not counting goods named to be left
    /// out: "non-oil trade", "التجارة غير النفطية" are of no commodity.
    static func commodity(in words: SearchableText) -> String? {
        let words = withoutNegatedGoods(words)
        return Lexicon.commodities.first { words.hasAny($0.1) }?.0
    }

    /// The words without those after "non" or "غير" ("non oil", "غير النفطيه"), where there are any.
    static func withoutNegatedGoods(_ words: SearchableText) -> SearchableText {
        guard PlainSearch.containsAnyBytes(of: [" non ", "غير "], in: words.text) else { return words }
        var kept: [Substring] = []
        var negated = false
        for w in words.text.split(separator: " ") {
            if negated {
                negated = false
                continue
            }
            if w == "non" || w == "غير" || w == "وغير" {
                negated = true
                continue
            }
            kept.append(w)
        }
        return SearchableText(kept.joined(separator: " "))
    }

    static func accordTitle(_ name: String) -> String {
        ArabicText.containsArabic(name)
            ? name
            : name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    // MARK: - Trade

    /// The amount after a target's that "from" (or "against", "compared with") introduces, itself
    /// no target: the level the target starts from ("to $30 billion from $20 billion currently");
    /// nil if there is none.
    static func startingLevel(_ r: Extractor.Reading, after target: Int) -> Int? {
        guard target + 1 < r.amounts.count else { return nil }
        for j in (target + 1)..<r.amounts.count {
            let words = wordsBefore(r, amount: j)
            // ("expected to exceed $88 billion, against $73 billion in the previous year": the
            // level it is compared with is one reached.)
            guard let last = words.last,
                ["from", "من", "against", "مقابل"].contains(last)
                    || (words.count >= 2 && words[words.count - 2] == "compared" && ["with", "to"].contains(last))
            else { continue }
            if !isTarget(r, amount: j, forecasts: true) { return j }
        }
        return nil
    }

    /// The words (normalised, lowercased) between amount `at` and the one before it, or the
    /// sentence's start.
    static func wordsBefore(_ r: Extractor.Reading, amount at: Int) -> [String] {
        let from = at > 0 ? r.amounts[at - 1].span.end : 0
        return CharacterWords.words(
            ArabicText.normalized(String(scalars: r.scalars[from..<r.amounts[at].span.start])).lowercased())
    }

    /// Whether the words right before amount `at` say it is where an aim starts ("to double
    /// trade tenfold, starting from $2.93 billion recorded in 2020", "انطلاقا من 2.93 مليار دولار"):
    /// a level reached, though the aim's words come before it.
    static func namesAStartingLevel(_ r: Extractor.Reading, amount at: Int) -> Bool {
        let words = wordsBefore(r, amount: at)
        return words.count >= 2
            && [["انطلاقا", "من"], ["starting", "from"], ["base", "of"]].contains(Array(words.suffix(2)))
    }

    /// Whether a bloc or a region comes right after "between"/"بين" before scalar offset `end`
    /// ("between the GCC states and Morocco", "بين دول مجلس التعاون الخليجي والمغرب").
    static func betweenABloc(_ r: Extractor.Reading, before end: Int) -> Bool {
        guard r.words.hasAny(Lexicon.regionWords) else { return false }
        return betweenStarts(r).contains { at in
            at < end
                && SearchableText(String(scalars: r.scalars[(at + 1)..<min(end, at + 41)])).hasAny(Lexicon.regionWords)
        }
    }

    /// A trade figure (a trade word with an amount, a share or a change) or a supply share.
    mutating func readTrade(_ r: Extractor.Reading, _ evidence: Evidence) -> Bool {
        // The goods a figure is of are named before its number ("oil trade reached …", "Saudi oil
        // makes up 16% of …"); goods named after it say what drove it ("…, driven by LNG shipments").
        // (A supply share names its goods anywhere: "تزود كازاخستان ربع احتياجات أمريكا من اليورانيوم".)
        let named = Self.commodity(in: r.words)
        let supply = r.words.hasAny(Lexicon.supplyWords) && named != nil && !r.percents.isEmpty
        let commodity = supply || named == nil ? named : Self.commodity(before: r)
        let total =
            Self.speaksOfTotalTrade(r) || ((r.tradePair != nil || r.ranksATradePartner) && Self.amount(r) != nil)
        guard supply || (total && (Self.amount(r) != nil || !r.percents.isEmpty || !r.changes.isEmpty)) else {
            return false
        }
        // "FDI nosedived 37 percent as the trade row between Washington and Beijing weighed on
        // investors": trade named in a quarrel gives no change of its volume.
        if r.words.hasAny(Lexicon.tradeQuarrels), !r.words.hasAny(Lexicon.strongTradeVolumeWords), Self.amount(r) == nil
        {
            return false
        }
        // Targets and forecasts are no trade figures; the level a target starts from is ("aim to
        // raise trade to $30 billion from $20 billion", "إلى 30 مليار دولار من 20 مليارا حاليا").
        var value = Self.amount(r)
        if !supply, let at = r.amounts.firstIndex(where: { $0.money == value }),
            Self.isTarget(r, amount: at, forecasts: true)
        {
            guard let from = Self.startingLevel(r, after: at) ?? (Self.namesAStartingLevel(r, amount: at) ? at : nil)
            else { return false }
            value = r.amounts[from].money
        }
        // "Vietnam's trade with Korea was 12% of its total trade of $700 billion": the amount the
        // world's trade is given right before is no figure of the pair.
        if !supply, let at = r.amounts.firstIndex(where: { $0.money == value }),
            Self.namesTheWorldsTrade(r, before: at)
        {
            return false
        }
        // "$40 million to lift commerce": money for a purpose, not trade's volume.
        if !supply, let at = r.amounts.firstIndex(where: { $0.money == value }),
            Self.fundsAPurpose(r.scalars, after: r.amounts[at].span.end)
        {
            return false
        }
        // "With exports to Brazil up 4% to €3.2 billion, Brazil stayed Spain's biggest trade
        // partner": the amount is what a one-way word introduces.
        if !supply, let at = r.amounts.firstIndex(where: { $0.money == value }), at < r.amountTopics.count,
            [.oneWay, .notOurs].contains(r.amountTopics[at])
        {
            return false
        }
        // "FDI … increased to $3.35 billion", in a sentence that names a trade body in passing:
        // an amount that investment words introduce is no trade figure unless trade between
        // countries is named outright.
        if !supply, r.amountTopics.contains(.investment), !r.amountTopics.contains(.trade),
            !r.topicWords.hasAny(Lexicon.strongTradeVolumeWords) || Self.tradeSetAside(r)
        {
            return false
        }
        // "…, or 41% of all it imports": a share or a change of one country's
        // imports or exports is no figure of the trade between two, unless that trade is named.
        // (A supply share, "Saudi oil makes up 16% of China's crude imports", is read as the
        // seed's convention has it.)
        if !supply, value == nil, r.words.hasAny(Lexicon.oneWayFlowWords),
            !r.words.hasAny(Lexicon.strongTradeVolumeWords)
        {
            return false
        }
        // "accumulated a negative balance of US$4.65 billion", "سجل فائضا بقيمة …": the amount a
        // balance word stands right before is the balance, no volume.
        if !supply, let at = r.amounts.firstIndex(where: { $0.money == value }), Self.balanceBefore(r, amount: at) {
            return false
        }
        var parties = r.distinctCountries
        // The article's pair stands for countries the sentence leaves unnamed only once the
        // article has named both: a figure before that is not theirs ("In FY22 the annual trade
        // stood at $676 billion", with Russia first named further down).
        let mainPair = pairNamed(by: r)
        // "Trade between the two countries was $5 billion, a tenth of Chile's trade with
        // the EU": the two countries are the article's pair, whatever the sentence names after.
        if mainPair.count == 2, let at = r.amounts.first?.span.start, Self.speaksOfThePair(r, before: at),
            !r.countries.contains(where: { $0.start < at })
        {
            parties = mainPair
        }
        // Many countries: the pair named together nearest before the amount ("half the size of Kenya-Uganda trade in 2020 ($900 million)").
        // "trade between Tunisia and the union's states (Morocco, Algeria, Libya)": a group's
        // figure, whatever pair the members in brackets make.
        if parties.count > 2, Self.listsMembersInBrackets(r) { return false }
        if parties.count > 2, let at = r.amounts.first?.span.start,
            let pair = r.namedPairs.last(where: { $0.end <= at })
        {
            parties = [pair.0, pair.1]
        }
        // A country's trade with a region ("Turkish trade with Africa") is no bilateral figure.
        if parties.count < 2 && r.words.hasAny(Lexicon.regionWords) { return false }
        // Nor is trade "between the GCC states and Morocco", whatever the sentence names after
        // its amount ("…, two-thirds of it Saudi Arabia's").
        if let at = r.amounts.first?.span.start, Self.betweenABloc(r, before: at),
            Set(r.countries.filter { $0.start < at }.map(\.country)).count < 2
        {
            return false
        }
        // Nor is its trade with the world ("trade between Vietnam and its partners", "its
        // foreign trade"), whatever country the article pairs it with.
        if parties.count == 1 && r.words.hasAny(Lexicon.worldTradeWords) { return false }
        if parties.count < 2 {
            let bilateral = r.words.hasAny(Lexicon.bilateralWords)
            if parties.isEmpty && bilateral {
                parties = mainPair
            }
            // "Non-oil trade rose to $500 million in the first half": a trade figure in dollars that
            // names no country, in an article about two, is theirs, unless it is the world's or one
            // side's. (One country's statistics give its own currency: "916 billion riyals".)
            // Trade named as an exchange between sides ("التبادل التجاري", "two-way trade") is the
            // pair's in any currency.
            else if parties.isEmpty, value?.currency == .usd || r.topicWords.hasAny(Lexicon.strongTradeVolumeWords),
                mainPair.count == 2,
                !r.words.hasAny(Lexicon.ownTradeWords)
            {
                parties = mainPair
            } else if parties.count == 1, let home = tradeHome, home != parties[0],
                r.words.hasAny(Lexicon.rankingTurnWords)
            {
                // "Canada comes after these countries, with $1.3 billion of bilateral trade": a
                // partner of the home whose partners the article ranks.
                parties.insert(home, at: 0)
            } else if parties.count == 1 && (bilateral || mainPair.contains(parties[0])) {
                parties += mainPair.filter { $0 != parties[0] }.prefix(1)
            } else if parties.count == 1, let home = tradeHome, home != parties[0] {
                parties.insert(home, at: 0)
            }
        }
        if let continued = r.tradePair, parties.isEmpty || r.countriesOnlyAfterTheFirstAmount { parties = continued }
        guard parties.count >= 2 else { return false }
        let share = Self.share(r)
        // "…, and has increased a further 17% in the first nine months of this year": a change
        // told in a clause of its own, of a period of its own, is a figure of its own.
        let later = value == nil ? nil : Self.laterChange(r)
        let change = r.changes.first { c in later.map { c.span.start < $0.clause } ?? true }.map {
            Change(text: $0.text, factor: $0.factor, percent: $0.percent)
        }
        let told = later.map { String(scalars: r.scalars[..<$0.clause]) } ?? r.sentence.text
        let figure = TradeFigure(
            parties: Array(parties.prefix(2)).map { .country($0) }, value: value,
            period: Self.period(told) ?? Self.relativePeriod(told),
            direction: supply ? .exports : .total, commodity: commodity, share: share, change: change)
        // ("Iran plans to boost trade with China by about 1000% over the next ten years": a change
        // or a share aimed at is no figure told.)
        guard
            figure.value != nil
                || ((figure.share != nil || (figure.change != nil && r.words.hasAny(Lexicon.tradeWords)))
                    && !r.words.hasAny(Lexicon.targetWords))
        else { return false }
        add(
            &trade,
            Draft(
                fact: .trade(figure), evidence: [evidence], basis: Basis.parties(r).union(supply ? .supply : []),
                headlineOnly: r.role == .headline))
        if let later, later.period != figure.period {
            let then = TradeFigure(
                parties: figure.parties, value: nil, period: later.period, direction: figure.direction,
                commodity: commodity,
                change: Change(text: later.change.text, factor: later.change.factor, percent: later.change.percent))
            trade.append(Draft(fact: .trade(then), evidence: [evidence], basis: Basis.parties(r)))
        }
        return true
    }

    /// The change a sentence tells after its amount in a clause of its own ("…, and has
    /// increased a further 17% in the first nine months", "…، وارتفع بنسبة 17% خلال …"), with
    /// where that clause starts and the period it names; nil when there is none, or the clause
    /// has an amount of its own or names no period.
    static func laterChange(_ r: Extractor.Reading) -> (change: ChangeMention, clause: Int, period: String)? {
        guard !r.changes.isEmpty, let amount = r.amounts.first else { return nil }
        guard
            let clause = (amount.span.end..<r.scalars.count).first(where: { i in
                (r.scalars[i] == "," && ScalarText.startsInAnyCase(r.scalars, at: i, withOneOf: [", and "]))
                    || (r.scalars[i] == "،" && ScalarText.starts(r.scalars, at: i, with: "، و"))
            }),
            !r.amounts.contains(where: { $0.span.start > clause }),
            let change = r.changes.first(where: { $0.span.start > clause })
        else { return nil }
        let text = String(scalars: r.scalars[clause...])
        // ("…, and rose 10% compared with the same period last year": the base of a comparison
        // is no period of its own.)
        let words = SearchableText(text)
        guard !words.hasAny(Lexicon.comparisonWords), !words.hasAny(["than", "year on year", "عن الفتره", "عن نفس"]),
            let period = Self.period(text) ?? Self.relativePeriod(text)
        else { return nil }
        return (change, clause, period)
    }

    /// The goods named before a sentence's first number (amount or percentage), or anywhere in a
    /// sentence without one.
    static func commodity(before r: Extractor.Reading) -> String? {
        let first = [r.amounts.first?.span.start, r.percents.first?.span.start].compactMap { $0 }.min()
        let lead =
            first.map { $0 < r.scalars.count ? SearchableText(String(scalars: r.scalars[..<$0])) : r.words } ?? r.words
        return Self.commodity(in: lead)
    }

    /// Whether the words right before amount `at` (up to six, after the amount before it) name a
    /// country's trade with the world ("its total trade of", "إجمالي التجارة الخارجية لفيتنام
    /// البالغة"), not with a partner ("total trade with Korea reached").
    static func namesTheWorldsTrade(_ r: Extractor.Reading, before at: Int) -> Bool {
        let from = at > 0 ? r.amounts[at - 1].span.end : 0
        let lead = r.scalars[from..<r.amounts[at].span.start]
        let words = lead.split { !ScalarTraits.isAlphanumeric($0) }.suffix(6).map { String(scalars: $0).lowercased() }
        guard !words.contains(where: ["with", "between", "مع", "بين"].contains) else { return false }
        // "Exports to Kenya stood at $300 million and imports at $500 million, for a total trade
        // volume of $800 million": after one-way amounts of the pair, a total that no country owns
        // ("its", "Germany's") is theirs.
        if at > 0, r.amountTopics.count == r.amounts.count, r.amountTopics[..<at].allSatisfy({ $0 == .oneWay }),
            !words.contains(where: { ["its", "their", "s"].contains($0) })
        {
            return false
        }
        return SearchableText(words.joined(separator: " ")).hasAny(Lexicon.allTradeWordList)
    }

    /// Whether two or more of the sentence's countries stand inside one pair of brackets: the
    /// members of a group named before them.
    static func listsMembersInBrackets(_ r: Extractor.Reading) -> Bool {
        guard let open = r.scalars.firstIndex(of: "("), let close = r.scalars[open...].firstIndex(of: ")") else {
            return false
        }
        return r.countries.filter { $0.start > open && $0.end <= close }.count >= 2
    }

    /// Whether the words right after an amount say what it pays for: "to increase trade",
    /// "for developing the port", "لتعزيز التجارة".
    static func fundsAPurpose(_ scalars: [Unicode.Scalar], after end: Int) -> Bool {
        let words = wordsAfter(scalars, end, within: 40)
        guard let first = words.first else { return false }
        if Lexicon.arabicPurposeWords.contains(first) { return true }
        return ["to", "for"].contains(first) && words.count > 1 && Lexicon.purposeVerbs.contains(words[1])
    }

    /// Whether an amount is aimed at rather than reached: a target word between the amount
    /// before it and this one ("aim to raise bilateral trade to $50 billion"), or a deadline
    /// right after it ("$50 billion by 2030"). With `forecasts`, a figure told in the future
    /// ("will reach") is one too: trade has no forecasts, an investment may (`expected`).
    static func isTarget(_ r: Extractor.Reading, amount i: Int, deadlines: Bool = true, forecasts: Bool = false) -> Bool
    {
        let scalars = r.scalars
        let a = r.amounts[i]
        let from = i == 0 ? 0 : min(r.amounts[i - 1].span.end, a.span.start)
        var leadText = String(scalars: scalars[from..<a.span.start])
        // "The deal aims to raise trade, which reached $4.6 billion last year, …": a verb that
        // states the figure stands between the aim and the amount.
        let folded = ArabicText.normalized(leadText).lowercased()
        let searched = PlainSearch.Text(folded)
        if let stated = Lexicon.statingVerbs.compactMap({ searched.range(of: $0, backwards: true)?.upperBound }).max() {
            leadText = String(folded[stated...])
        }
        let lead = SearchableText(leadText)
        let after = SearchableText(String(scalars: scalars[a.span.end..<min(scalars.count, a.span.end + 25)]))
        // "expected to sign a $3 billion cement plant deal": a deal expected, not a figure forecast.
        let target =
            lead.hasAny(Lexicon.targetWords)
            && !(lead.hasAny(Lexicon.expectedDeals) && !lead.hasAny(Lexicon.targetsBesideExpectation))
            // ("أسهم في رفع حجم المبادلات من … إلى …": raising that a past verb says was helped
            // along is made, no hope.)
            && !(lead.hasAny(Lexicon.contributedRaising) && !lead.hasAny(Lexicon.targetsBesideContribution))
        if forecasts && lead.hasAny(Lexicon.forecastWords) { return true }
        // "short of a $40 billion target", "a £30 billion ($40 billion) trade and investment
        // goal": the noun after the amount says so, within its clause.
        let named = SearchableText(clauseAfter(scalars, a.span.end)).text.split(separator: " ").prefix(6).contains {
            ["target", "targets", "goal", "goals", "هدف", "كهدف"].contains(String($0))
        }
        return target || named
            || (deadlines && after.hasAny(Lexicon.deadlineWords) && !overPastYears(scalars, a.span.end))
            || raisedTo(scalars, before: a.span.start)
    }

    /// "50 مليار دولار خلال السنوات الخمس الماضية": "over the years" right after an amount, when
    /// the years are past ones, is the period the amount was reached in, not a deadline. (Only
    /// when that is the deadline word there: "بحلول 2030" stays one.)
    static func overPastYears(_ scalars: [Unicode.Scalar], _ end: Int) -> Bool {
        let after = SearchableText(String(scalars: scalars[end..<min(scalars.count, end + 50)]))
        return after.hasAny(Lexicon.overTheYears) && after.hasAny(Lexicon.pastWords)
            && !after.hasAny(Lexicon.otherDeadlines)
    }

    /// The text of up to 60 scalars from `start` on, up to its first comma, semicolon or full
    /// stop (Latin or Arabic) that is a character of its own.
    static func clauseAfter(_ scalars: [Unicode.Scalar], _ start: Int) -> String {
        let window = scalars[min(start, scalars.count)..<min(scalars.count, start + 60)]
        // Simple scalars are each a character (`CharacterWords`): the cut is where the scalar is.
        guard window.allSatisfy({ CharacterWords.isSimple($0.value) }) else {
            return String(String(scalars: window).prefix { !",;.،؛".contains($0) })
        }
        let end = window.firstIndex { [",", ";", ".", "،", "؛"].contains($0) } ?? window.endIndex
        return String(scalars: window[..<end])
    }

    /// "help lift bilateral trade, which reached $4.6 billion last year, to $15 billion": an
    /// amount that "to"/"إلى" introduces after a verb of raising in its plain form (not "lifted",
    /// "rose") is where the figure should go, not where it is.
    /// A "to" right after a verb that states the figure is that verb's: in "a step to increase
    /// trade, which reached (وصل إلى) $2.2 billion", $2.2 billion is where trade is.
    static func raisedTo(_ scalars: [Unicode.Scalar], before start: Int) -> Bool {
        let lead = scalars[..<start]
        func raised(_ words: [String]) -> Bool {
            // The last word first: the others matter only after "to".
            guard let last = words.last, ["to", "الي"].contains(last) else { return false }
            let rest = words.dropLast()
            if let verb = rest.last, Lexicon.statingVerbWords.contains(verb) { return false }
            // ("شهدت زيادة …، ارتفع … ليصل إلى": an increase witnessed is a change made, no aim.)
            // ("a roadmap on increasing trade to $10 billion": the gerund after a preposition is
            // an aim; "with trade increasing by 40% to $5.5 billion" is the figure reached.)
            return rest.indices.contains { i in
                (Lexicon.raisingVerbs.contains(rest[i])
                    && !(i > rest.startIndex && Lexicon.witnessingVerbs.contains(rest[i - 1]))
                    // ("الذي أسهم في رفع حجم المبادلات من … إلى …", "which helped lift trade to …".)
                    && !(i > rest.startIndex && Lexicon.contributedVerbs.contains(rest[i - 1]))
                    && !(i - 1 > rest.startIndex && rest[i - 1] == "في"
                        && Lexicon.contributedVerbs.contains(rest[i - 2])))
                    || (i > rest.startIndex && Lexicon.aimedGerunds.contains(rest[i])
                        && ["on", "for", "of", "toward", "towards", "at"].contains(rest[i - 1]))
            }
        }
        if let words = CharacterWords.ranges(lead, digits: false, hyphens: false) {
            guard let last = words.last, ["to", "الي"].contains(CharacterWords.folded(lead, last)) else { return false }
            return raised(words.map { CharacterWords.folded(lead, $0) })
        }
        let text = String(scalars: lead)
        return raised(
            text.split(whereSeparator: { !$0.isLetter }).map { ArabicText.normalized(String($0)).lowercased() })
    }

    /// Whether a balance word ("balance", "surplus", "deficit", "فائض", "عجز") is among the
    /// three words right before amount `at` (after the amount before it): "a negative balance of
    /// US$4.65 billion", "a surplus worth $2 billion".
    static func balanceBefore(_ r: Extractor.Reading, amount at: Int) -> Bool {
        let from = at > 0 ? r.amounts[at - 1].span.end : 0
        let lead = r.scalars[from..<r.amounts[at].span.start]
        let words = lead.split { !ScalarTraits.isAlphanumeric($0) }.suffix(3).map {
            ArabicText.normalized(String(scalars: $0)).lowercased()
        }
        // (An Arabic word carries its particles and case ending: "بفائض", "فائضا".)
        return words.contains { w in
            Lexicon.balanceWords.words.contains {
                w == $0 || (ArabicText.containsArabic($0) && PlainSearch.range(of: $0, in: w) != nil)
            }
        }
    }

    /// Whether "the two countries" ("البلدين", "both countries") comes before `at`.
    static func speaksOfThePair(_ r: Extractor.Reading, before at: Int) -> Bool {
        let lead = SearchableText(String(String.UnicodeScalarView(r.sentence.text.unicodeScalars.prefix(at))))
        return lead.hasAny(["the two countries", "both countries", "the two nations", "البلدين", "البلدان", "الجانبين"])
    }

    /// Whether a sentence speaks of two-way trade, not of exports, imports or a balance alone.
    static func speaksOfTotalTrade(_ r: Extractor.Reading) -> Bool {
        // "The Minister for Trade said sales to …": an office's name is no trade figure's.
        let words = r.topicWords
        guard words.hasAny(Lexicon.tradeVolumeWords) else { return false }
        // "The US remained the biggest market of the sector with turnover of $3.4 billion": the
        // markets of a country's exports, ranked, are one-way, unless trade both ways is named.
        if words.hasAny(Lexicon.exportMarkets), !words.hasAny(Lexicon.twoWayTradeWords) { return false }
        if words.hasAny(Lexicon.balanceWords) { return words.hasAny(Lexicon.strongTradeVolumeWords) }
        return true
    }

    /// A year the figure is for: a four-digit year from 1990 to 2099 in the sentence, or a
    /// fiscal year written as a range ("2020-21", "2021/2022"), as written.
    static func period(_ text: String) -> String? {
        let normal = ArabicText.normalized(text)
        // Simple scalars are each a character of their own (`CharacterWords`): read as such.
        let scalars = Array(normal.unicodeScalars)
        if scalars.allSatisfy({ CharacterWords.isSimple($0.value) }) { return period(scalars) }
        return period(Array(normal))
    }

    /// `period(_:)` of the characters of the normalised text.
    static func period<C: PeriodCharacter>(_ digits: [C]) -> String? {
        var i = 0
        while i < digits.count {
            guard digits[i].isASCII && digits[i].isNumber else {
                i += 1
                continue
            }
            var j = i
            while j < digits.count && digits[j].isASCII && digits[j].isNumber { j += 1 }
            if j - i == 4, let y = Int(C.string(digits[i..<j])), (1990...2099).contains(y) {
                // "2020-21", "2020/2021": the year after, in two digits or four.
                if j + 1 < digits.count, digits[j] == "-" || digits[j] == "/" || digits[j] == "–" {
                    var k = j + 1
                    while k < digits.count && digits[k].isASCII && digits[k].isNumber { k += 1 }
                    let next = C.string(digits[(j + 1)..<k])
                    if (next.count == 2 && Int(next) == (y + 1) % 100) || (next.count == 4 && Int(next) == y + 1) {
                        return C.string(digits[i..<k])
                    }
                }
                return C.string(digits[i..<j])
            }
            i = j
        }
        return nil
    }

    /// The period a text gives in words ("last year", "the first half", "العام الماضي"), as a
    /// reader would say it: the first of them in the text.
    static func relativePeriod(_ text: String) -> String? {
        let folded = PlainSearch.Text(ArabicText.normalized(text).lowercased())
        return Lexicon.relativePeriods.compactMap { phrase in folded.range(of: phrase).map { (phrase, $0.lowerBound) } }
            .min { $0.1 < $1.1 }?.0
    }

    /// The share the sentence gives: its first percentage that is no change's ("rose by 6.8%" is
    /// a change, not a share of anything).
    static func share(_ r: Extractor.Reading) -> Share? {
        let p = r.percents.first { p in
            !r.changes.contains { $0.span.start <= p.span.start && p.span.end <= $0.span.end }
        }
        return p.map { Share(percent: $0.percent, qualifier: $0.qualifier, of: Self.shareOf(r, $0)) }
    }

    /// What a share is of, in English whatever the article's language, as a table shows it
    /// after "of": read from the words after the percentage, up to a comma or the end ("of
    /// Egypt's total trade", "من إجمالي الاستثمارات الأجنبية المباشرة" → "Egypt's total trade",
    /// "total foreign direct investment"). English words that name no known total are given as
    /// they are, without their "of"; Arabic ones are left out (the evidence has them).
    static func shareOf(_ r: Extractor.Reading, _ p: PercentMention) -> String? {
        let scalars = r.scalars
        guard p.span.end < scalars.count else { return nil }
        var end = scalars.count
        if let stop = scalars[p.span.end...].firstIndex(where: { ",،.;؛".unicodeScalars.contains($0) }) { end = stop }
        let rest = String(scalars: scalars[p.span.end..<end])
        let phrase = rest.split(separator: " ").prefix(10).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        // A base follows "of" or "من"; "more than last year", "higher than in June" is none.
        let opener = ["of ", "من "].first { phrase.lowercased().hasPrefix($0) }
        guard let opener else { return nil }
        let words = SearchableText(phrase)
        let whose = r.countries.first { $0.start >= p.span.end && $0.end <= end }.flatMap {
            CountryCatalog.shared.country(code: $0.country.rawValue)?.englishName
        }
        if let measure = Lexicon.shareBases.first(where: { words.hasAny($0.words) })?.name {
            let total = words.hasAny(Lexicon.totalOfWords) ? "total " : ""
            return (whose.map { $0.hasSuffix("s") ? "\($0)' " : "\($0)'s " } ?? "") + total + measure
        }
        if ArabicText.containsArabic(phrase) { return nil }
        var english = phrase.dropFirst(opener.count)
        if english.lowercased().hasPrefix("the ") { english = english.dropFirst(4) }
        // A word or more of letters: "of U" (a sentence cut at "U.S.") tells nothing.
        return english.filter(\.isLetter).count >= 3 ? String(english) : nil
    }
}

/// What `Drafts.period` reads: a character, or a scalar that is a character of its own.
protocol PeriodCharacter: Equatable, ExpressibleByUnicodeScalarLiteral {
    var isASCII: Bool { get }
    /// An ASCII digit is a number; `period` asks only of those.
    var isNumber: Bool { get }
    static func string(_ run: ArraySlice<Self>) -> String
}

extension Character: PeriodCharacter {
    static func string(_ run: ArraySlice<Character>) -> String { String(run) }
}

extension Unicode.Scalar: PeriodCharacter {
    var isNumber: Bool { properties.numericType != nil }
    static func string(_ run: ArraySlice<Unicode.Scalar>) -> String { String(scalars: run) }
}
