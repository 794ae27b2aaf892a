import Foundation
import NewsCore

/// Reads agreements, trade figures and investment figures, with their evidence, from an article.
///
/// Pure: text in, facts out. Rules, not a model: each sentence is read for country mentions,
/// amounts, shares, counts and changes, and for the words that make it an agreement, a trade
/// figure or an investment figure; mentions of one fact in several sentences are merged.
public struct Extractor: Sendable {
    /// Goes into every FactExtracted event; a new version supersedes the facts of an older one.
    public static let version = "newsd-extract/27"

    let finder: CountryFinder

    public init(catalog: CountryCatalog = .shared) {
        finder = CountryFinder(catalog: catalog)
    }

    /// `published` is the date an agreement takes when its sentence gives none.
    public func extract(_ text: String, article: ArticleID, published: CivilDate? = nil) -> Extraction {
        let document = Document(text)
        // The currency in force: that of the last amount read in the same block, or in the
        // line that introduces a list; a list item or an enumeration without a sign inherits it.
        var readings: [Reading] = []
        var inForce: (block: Int, currency: Currency)?
        // The currencies of the article's amounts so far (two at most: one is all that matters).
        var articleCurrencies = Set<Currency>()
        // About a distinct word for every dozen bytes: room for them at once.
        var preparedWords = CountryFinder.PreparedWords(capacity: text.utf8.count / 12)
        var wordTopics: [UTF8Key: AmountClause.Topic?] = [:]
        wordTopics.reserveCapacity(text.utf8.count / 24)
        var numberWords = NumberLexer.Words(capacity: text.utf8.count / 12)
        // The countries of every sentence first: the article's pair decides what a bare
        // "dirham" or "دينار" is when the numbers are read.
        var found = document.parts.map {
            Self.countries(in: $0.sentence.text, scalars: $0.scalars, finder: finder, cache: &preparedWords)
        }
        Self.addRepeatedAmbiguousNames(to: &found, in: document.parts)
        Self.dropDatelines(from: &found, in: document.parts)
        Self.addTheStates(to: &found, in: document.parts)
        Self.addOurCountry(to: &found, in: document.parts)
        Self.addThePeople(to: &found, in: document.parts)
        let local = Self.mainPair(zip(document.parts, found).map { ($0.role, $1.all) }).map(\.rawValue)
        // Every country the article names, in the order it first does: their short currency signs.
        var articleCountries: [String] = []
        for m in found.lazy.flatMap(\.all) where !articleCountries.contains(m.country.rawValue) {
            articleCountries.append(m.country.rawValue)
        }
        var lastPair: (block: Int, pair: [CountryCode])?
        for (part, countries) in zip(document.parts, found) {
            let sentence = part.sentence
            // The currency of the list's line, or of the sentence before a line without amounts
            // ("… reached $30 billion. By country:").
            let introCurrency = part.listIntro.flatMap { intro in
                readings[intro].amounts.last?.money.currency
                    ?? (intro > 0 ? readings[intro - 1].amounts.last?.money.currency : nil)
            }
            var inherited = introCurrency ?? (inForce?.block == part.block ? inForce?.currency : nil)
            // An article whose amounts so far are all in one currency: a bare scaled number of
            // trade or investment is in it too ("بلغ حجم التبادل التجاري … 2.8 مليار").
            if inherited == nil, articleCurrencies.count == 1, part.words.hasAny(Lexicon.figureWords) {
                inherited = articleCurrencies.first
            }
            let numbers = NumberReader.all(
                scalars: part.scalars, inheriting: inherited, local: local, named: articleCountries, words: &numberWords
            )
            if let last = numbers.amounts.last { inForce = (part.block, last.money.currency) }
            for amount in numbers.amounts where articleCurrencies.count < 2 {
                articleCurrencies.insert(amount.money.currency)
            }
            if part.role == .listItem, let introCurrency { inForce = (part.block, introCurrency) }
            var mentions = countries.all
            let pointed = Anaphora.mentions(
                in: sentence.text, words: part.words, named: mentions, before: readings[...])
            if !pointed.isEmpty { mentions = (mentions + pointed).sorted { $0.start < $1.start } }
            var reading = Reading(
                sentence: sentence, words: part.words, countries: mentions,
                amounts: numbers.amounts, percents: numbers.percents, counts: numbers.counts, changes: numbers.changes,
                companyStarts: countries.companyStarts, role: part.role, block: part.block, listIntro: part.listIntro,
                scalars: part.scalars)
            // "Macau (China)": a country in brackets right after another one says where that
            // one belongs; it is no party of its own.
            if reading.countries.count >= 2 {
                let named = reading.countries
                reading.countries.removeAll { m in
                    named.contains { $0.end < m.start && Self.bracketed(m, after: $0, in: part.scalars) }
                }
            }
            // "its fourth partner in trade, behind Brazil and Mexico": the countries a ranking
            // places ahead are no parties of the sentence's figures.
            if reading.words.hasAny(Lexicon.partnerRankWords) {
                reading.countries = reading.countries.filter { !reading.isRankedAhead($0) }
            }
            // "$25 billion, less than half India's": what the figure is compared with is no party.
            if reading.words.hasAny(Lexicon.thanWords) {
                reading.countries = reading.countries.filter { !reading.isComparedWith($0) }
            }
            // An amount a figure rose or fell by is no figure of its own; nor is an amount given
            // again in another currency than dollars ("150 مليار يوان بما يعادل 17 مليار فرنك").
            if reading.amounts.count >= 2 {
                let dropped = Set(
                    reading.amounts.indices.filter {
                        Self.isChange(reading, amount: $0) || Self.isEquivalent(reading, amount: $0)
                    })
                if !dropped.isEmpty {
                    reading.amounts = reading.amounts.indices.filter { !dropped.contains($0) }.map {
                        reading.amounts[$0]
                    }
                }
            }
            if !numbers.amounts.isEmpty {
                let letters = LetterRuns(sentence.text, scalars: part.scalars)
                reading.letterRuns = letters
                reading.runTopics = (letters.runs ?? []).map { run in
                    let word = String(scalars: letters.scalars[run])
                    if let known = wordTopics[UTF8Key(word)] { return known }
                    let topic = AmountClause.topic(ofWord: word)
                    wordTopics[UTF8Key(word)] = topic
                    return topic
                }
                reading.amountTopics = Self.topics(reading)
            }
            if let last = lastPair, last.block == part.block { reading.pairBefore = last.pair }
            let named = reading.distinctCountries
            if !named.isEmpty || lastPair?.block != part.block {
                lastPair = named.count == 2 ? (part.block, named) : nil
            }
            readings.append(reading)
        }
        Self.markHeadings(&readings)
        for i in readings.indices { if let intro = readings[i].listIntro { readings[intro].introducesList = true } }
        var pair = Self.mainPair(readings)
        // "حزمة استثمارات سعودية في سوريا": the way the headline or the lead says the money goes
        // orders the pair, investor first, for the sentences that name neither side.
        if pair.count == 2, let way = Self.statedDirection(readings), Set([way.investor, way.recipient]) == Set(pair) {
            pair = [way.investor, way.recipient]
        }
        var drafts = Drafts(mainPair: pair)
        drafts.leadStart = readings.first { $0.role == .lead }?.sentence.start
        for r in readings {
            for m in r.countries where drafts.firstNamed[m.country] == nil {
                drafts.firstNamed[m.country] = r.sentence.start
            }
        }
        drafts.headlineCountries = Set(readings.first { $0.role == .headline }?.countries.map(\.country) ?? [])
        drafts.conversions = readings.flatMap(Drafts.conversions)
        drafts.bracketed = readings.flatMap(Drafts.bracketedAmounts)
        drafts.tradeHome = Self.tradeHome(readings)
        drafts.reportingCountry = Self.reportingCountry(readings)
        drafts.leadRecipient = Self.leadRecipient(readings)
        // The topic of the enumeration of investors that the sentence before gave, if it gave one:
        // "… followed by China with $2.1 billion" goes on with it.
        var listTopic: Reading?
        var rankingOnly = false
        // The sentence before each, over a heading between them ("إنشاء محطة طاقة رياح" above
        // "وتضمنت الاتفاقيات …" goes on with the sentence above the heading).
        let before = readings.indices.map { i in
            readings[..<i].lastIndex { $0.role != .heading } ?? (i > 0 ? i - 1 : nil)
        }
        for i in readings.indices.dropFirst()
        where Lexicon.opens(readings[i].words, withOneOf: Lexicon.inclusionOpeners) {
            readings[i].continuesDeals = readings[before[i]!].words.hasAny(Lexicon.agreementNouns)
        }
        // "Morocco received two loans of …. Mali received $12 million for roads": a country that
        // receives an amount right after a sentence of loans or grants receives one more of them.
        for i in readings.indices.dropFirst() where Self.receivesAnAmount(readings[i]) {
            let b = before[i]!
            if let noun = Lexicon.lendingNouns.first(where: readings[b].words.has) ?? readings[b].lendingNoun {
                readings[i].continuesDeals = true
                readings[i].lendingNoun = noun
            }
        }
        for i in readings.indices.dropFirst()
        where Self.opensWithAnotherDeal(readings[i]) && readings[before[i]!].words.hasAny(Lexicon.agreementNouns) {
            readings[i].statusBefore = Drafts.status(readings[before[i]!].words)
        }
        // The pair of the trade figure the sentence before gave.
        var lastTradePair: [CountryCode]?
        for (i, whole) in readings.enumerated() {
            // (Once for each country an amount is shared out to: `readingsForEachOne`; the
            // sentence itself, as it is, otherwise.)
            let shared = Self.readingsForEachOne(whole)
            for k in 0..<(shared?.count ?? 1) {
                var reading = shared?[k] ?? whole
                if let pair = lastTradePair, Self.continuesAFigure(reading) { reading.tradePair = pair }
                if let home = drafts.tradeHome, i > 0, Self.ranksAPartner(reading, of: home),
                    let last = drafts.trade.last, last.fact.parties.contains(.country(home)),
                    let told = last.evidence.last?.start, told >= readings[max(0, i - 2)].sentence.start
                {
                    reading.ranksATradePartner = true
                }
                let evidence = Evidence(
                    article: article, sentence: reading.sentence.text, start: reading.sentence.start,
                    end: reading.sentence.end)
                lastTradePair = nil
                defer {
                    if let last = drafts.trade.last, last.evidence.contains(where: { $0.start == evidence.start }),
                        case .trade(let t) = last.fact
                    {
                        lastTradePair = t.parties.compactMap(\.country)
                    } else if reading.amounts.isEmpty, reading.distinctCountries.count == 2,
                        reading.words.hasAny(Lexicon.strongTradeVolumeWords)
                    {
                        // "Uzbekistan's trade turnover with Kazakhstan declined. The overall trade fell
                        // by 5.4%, from $4.6 billion to $4.4 billion": the pair the sentence before
                        // spoke of, without a figure.
                        lastTradePair = reading.distinctCountries
                    }
                }
                // After a sentence that names the largest investor alone, only a sentence that ranks
                // another country goes on with it.
                let continuing = rankingOnly && !Self.ranksAnother(reading, than: listTopic) ? nil : listTopic
                listTopic = nil
                rankingOnly = false
                if drafts.readAccession(reading, evidence) { continue }
                if i > 0, drafts.readLargestPart(reading, evidence) { continue }
                if i > 0, drafts.readShareOfTheFigureBefore(reading, before: readings[..<i], evidence) { continue }
                if i > 0, drafts.readAmountOfTheDealBefore(reading, before: readings[..<i], evidence) { continue }
                if i > 0, drafts.readRemainderOfTheDealBefore(reading, previous: readings[i - 1], evidence) { continue }
                if i > 0, drafts.readPartsOfTheDealBefore(reading, before: readings[..<i], evidence) { continue }
                if i > 0, drafts.readPartsByCountry(reading, before: readings[..<i], evidence) { continue }
                if i > 0, drafts.readSinglingParts(reading, evidence) { continue }
                // (Before a list's reading: "- جرى توقيع مذكرتين …، إحداهما …، والأخرى …" is two items.)
                if drafts.readOneAndTheOther(reading, evidence) { continue }
                if drafts.readTwoFields(reading, evidence) { continue }
                if let intro = reading.listIntro,
                    drafts.readListedAgreement(
                        reading, intro: readings[intro], before: intro > 0 ? readings[intro - 1] : nil, evidence)
                {
                    continue
                }
                if drafts.readApprovedProjects(reading, evidence) { continue }
                if drafts.readCountedParts(reading, evidence) { continue }
                if drafts.readSubjectsByVerb(reading, evidence) { continue }
                if drafts.readPackageItem(reading, evidence) { continue }
                if drafts.readCompanyItem(reading, evidence) { continue }
                if drafts.readSubjectList(reading, evidence) { continue }
                if drafts.readAgreement(reading, evidence) {
                    drafts.readAnother(reading, evidence)
                    let figures = Drafts.figureClauses(reading)
                    // "Kuwaiti investments in Egypt reached $15 billion, while the two countries signed
                    // an MoU": the figure is read from its own clause.
                    for range in figures {
                        let clause = reading.clause(range)
                        guard clause.amountTopics.contains(where: { $0 == .trade || $0 == .investment }) else {
                            continue
                        }
                        var clauses: [AmountClause]?
                        if drafts.readTradeClauses(clause, evidence, clauses: &clauses)
                            || drafts.readTrade(clause, evidence)
                        {
                            continue
                        }
                        if !drafts.readInvestmentClauses(clause, evidence, clauses: &clauses) {
                            drafts.readInvestment(clause, evidence)
                        }
                    }
                    // "Bilateral trade reached $7.5 billion, helped by the trade agreement signed in
                    // 2020": the sentence gives a trade figure beside the agreement.
                    if figures.isEmpty && reading.amountTopics.contains(.trade) {
                        _ = drafts.readTrade(reading, evidence)
                    }
                    continue
                }
                if drafts.readDescribedPart(reading, evidence) { continue }
                // The sentence's amount clauses, built once for the rules that read them.
                var clauses: [AmountClause]?
                if drafts.readTradeClauses(reading, evidence, clauses: &clauses) || drafts.readTrade(reading, evidence)
                {
                    continue
                }
                // "Lagos State remained the top destination with $771 million, followed by Abuja …",
                // "The manufacturing sector recorded the highest inflow": a ranking of places, banks
                // or sectors of the country the article's investment goes to names no investor.
                if drafts.ranksWithinTheRecipient(reading) { continue }
                if Drafts.approvesAtHome(reading) { continue }
                // "وتوزعت هذه الاستثمارات على الصناعات البلاستيكية بقيمة 41 مليون دينار، والدوائية …":
                // a figure told before, spread over sectors; its parts are no figures of their own.
                // (Told with its figure first, "exceeds £40 billion, spread across landmarks", it is one.)
                if reading.words.hasAny(Lexicon.distributionWords), let first = reading.amounts.first,
                    reading.topicWords.hasAny(Lexicon.investmentWords),
                    SearchableText(String(scalars: reading.scalars[..<first.span.start])).hasAny(
                        Lexicon.distributionWords)
                {
                    continue
                }
                // With no country named, what a work costs ("The total investment of the project
                // amounts to $21 billion") and the figure told before broken down within its
                // recipient ("By sector, manufacturing drew in $3 billion of FDI pledges") are no
                // investment from one country in another.
                if reading.distinctCountries.isEmpty,
                    reading.words.hasAny(Lexicon.projectCostWords) || Lexicon.opensABreakdown(reading.sentence.text)
                {
                    continue
                }
                // A list item goes on with the investments its list's line introduces ("Investment in
                // Egypt by country of origin:" then "- Saudi Arabia: $6.1 billion").
                // A short introducing line ("By country:") goes on with the sentence before it.
                let listed =
                    continuing
                    ?? reading.listIntro.flatMap { intro in
                        [intro, intro - 1].first { $0 >= 0 && Self.introducesInvestments(readings[$0]) }.map {
                            readings[$0]
                        }
                    }
                // "Foreign investors registered $15.3 billion in Vietnam. Singapore led with $4.1
                // billion": one country that heads or holds a place in a ranking goes on with the
                // investment the sentence before gave.
                let ranked =
                    listed == nil && i > 0 && reading.distinctCountries.count == 1
                    && (reading.words.hasAny(Lexicon.leadingWords) || reading.words.hasAny(Lexicon.rankWords))
                // The first sentence is its own topic, having none before it.
                if let topic = drafts.readInvestmentList(
                    reading, previous: listed ?? readings[max(i - 1, 0)], continuing: listed != nil || ranked, evidence)
                {
                    listTopic = topic
                    continue
                }
                // "Chile was the largest investor, with $2 billion": the ranking goes on in the
                // sentences after ("Brazil ranked second with $500 million").
                let ranksInvestors =
                    !reading.amounts.isEmpty && reading.words.hasAny(Lexicon.largestWords)
                    && reading.topicWords.hasAny(Lexicon.investmentWords)
                if ranksInvestors { (listTopic, rankingOnly) = (reading, true) }
                if drafts.readInvestmentClauses(reading, evidence, clauses: &clauses) { continue }
                drafts.readInvestment(reading, evidence)
            }
        }
        drafts.readOrdinalItems(readings, article: article)
        drafts.attachCompanyCounts(readings, article: article)
        let language = Language.detect(text)
        var facts = drafts.facts(article: article)
        if let published {
            for i in facts.indices {
                guard case .agreement(var a) = facts[i].fact, a.date == nil else { continue }
                a.date = published
                facts[i].fact = .agreement(a)
            }
        }
        return Extraction(language: language, facts: facts, extractorVersion: Self.version)
    }

    /// The topic of each amount: the topic word nearest before it, after the amount before it.
    static func topics(_ r: Reading) -> [AmountClause.Topic] {
        var topics: [AmountClause.Topic] = []
        for (i, a) in r.amounts.enumerated() {
            let from = i == 0 ? 0 : min(r.amounts[i - 1].span.end, a.span.start)
            var topic = r.amountTopic(a.span, leadFrom: from)
            // "exports reached $4.2 billion, against $3.8 billion in 2022": an amount compared
            // with the one before it is of its kind.
            // So is the same amount in another currency ("24.3 مليون دينار أي 64.5 مليون دولار"),
            // and the level a change starts from ("trade to $5 billion from the current $800 million").
            if topic == .unknown, i > 0 {
                let gap = String(scalars: r.scalars[r.amounts[i - 1].span.end..<a.span.start])
                let gapWords = SearchableText(gap)
                if Reading.compares(gap) || Reading.startsFrom(gapWords)
                    || (r.amounts[i - 1].money.currency != a.money.currency
                        && Reading.convertsTheAmountBefore(gapWords))
                {
                    topic = topics[i - 1]
                }
            }
            topics.append(topic)
        }
        return topics
    }

    /// The investor and the recipient of the first investment the headline or the lead speaks
    /// of with both sides stated: by a nationality or "from", and by "in".
    static func statedDirection(_ readings: [Reading]) -> (investor: CountryCode, recipient: CountryCode)? {
        for r in readings where r.role == .headline || r.role == .lead {
            guard r.words.hasAny(Lexicon.investmentWords), let investor = Drafts.investorByFrom(r),
                let recipient = Drafts.recipient(r), investor != recipient
            else { continue }
            return (investor, recipient)
        }
        return nil
    }

    /// The two countries the article is most about: most mentioned, then first mentioned.
    static func mainPair(_ readings: [Reading]) -> [CountryCode] {
        mainPair(readings.map { ($0.role, $0.countries) })
    }

    /// `mainPair` of sentences given by their role and their country mentions.
    static func mainPair(_ sentences: [(role: Document.Role, countries: [CountryMention])]) -> [CountryCode] {
        var count: [CountryCode: Int] = [:]
        var first: [CountryCode: Int] = [:]
        var order = 0
        for r in sentences {
            // The headline and the lead say what the article is about: they weigh more.
            let weight = r.role == .headline ? 3 : r.role == .lead ? 2 : 1
            for m in r.countries {
                count[m.country, default: 0] += weight
                if first[m.country] == nil { first[m.country] = order }
                order += 1
            }
        }
        let ranked = count.keys.sorted { (count[$0]!, -first[$0]!) > (count[$1]!, -first[$1]!) }.prefix(2)
        // A country named once in passing, in the body ("the forum will meet in Senegal" in an
        // article on China and Africa), is no partner of the article.
        return ranked.filter { count[$0]! >= 2 }
    }

    /// Marks the list items that are only headings (`Reading.isAHeading`): at most six words
    /// without closing punctuation, no amount and no deal named. Right above an item of the same
    /// list that names a deal, one heads a group of items ("Government to Government", then "MoU
    /// on …"). After an item that names one, and above a line that names none, one is the title
    /// of the section after the list, which no blank line set apart: it ends the list, and the
    /// lines after it are paragraphs again.
    static func markHeadings(_ readings: inout [Reading]) {
        func namesADeal(_ r: Reading) -> Bool {
            !r.amounts.isEmpty || r.words.hasAny(Lexicon.agreementNouns)
                || Document.opensWithADocument(ScalarText.trimmingWhitespace(r.sentence.text))
        }
        for i in readings.indices {
            let item = readings[i]
            guard item.role == .listItem, let intro = item.listIntro, !namesADeal(item),
                !item.words.hasAny(Lexicon.dealVerbs), !Document.endsLikeASentence(item.sentence.text),
                item.sentence.text.split(separator: " ").count <= 6
            else { continue }
            func ofTheList(_ j: Int) -> Bool {
                readings.indices.contains(j) && readings[j].role == .listItem && readings[j].listIntro == intro
            }
            if ofTheList(i + 1) && namesADeal(readings[i + 1]) {
                readings[i].isAHeading = true
            } else if ofTheList(i - 1) && namesADeal(readings[i - 1]) {
                readings[i].isAHeading = true
                var j = i + 1
                while ofTheList(j) {
                    readings[j].role = .paragraph
                    readings[j].listIntro = nil
                    j += 1
                }
            }
        }
    }
}
