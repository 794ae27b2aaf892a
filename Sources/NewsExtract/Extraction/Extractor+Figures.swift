import NewsCore

/// Amounts read against the sentences around them: what a figure rose by, and a sentence that
/// goes on with the figure of the sentence before it; the article's home of trade figures; a
/// sentence that only adds one more deal.
extension Extractor {
    /// Whether a sentence goes on with the figure of the sentence before: it gives amounts with a
    /// verb of rising, falling or reaching, names no country before its first amount, no topic
    /// but trade for that amount and no deal ("In 2022, it grew by 6% to $8.6 billion, while in
    /// 2023 it rose by 2% to $8.8 billion"; "A year earlier, trade stood at $7 billion").
    static func continuesAFigure(_ r: Reading) -> Bool {
        !r.amounts.isEmpty && r.countriesOnlyAfterTheFirstAmount
            && (r.amountTopics.first == .unknown || r.amountTopics.first == .trade)
            && !(r.words.hasAny(Lexicon.agreementNouns) || r.topicWords.hasAny(Lexicon.investmentWords)
                || r.words.hasAny(Lexicon.nonFactWords))
            && (r.words.hasAny(Lexicon.riseAndFallVerbs) || r.words.hasAny(Lexicon.reachingVerbs))
    }

    /// Whether a sentence ranks one country among `home`'s partners with an amount, and speaks
    /// of nothing else: "Brazil rose to ninth place with $11.3 billion", "Turkey closes the top
    /// three with $56.5 billion".
    static func ranksAPartner(_ r: Reading, of home: CountryCode) -> Bool {
        guard r.amounts.count == 1, r.distinctCountries.filter({ $0 != home }).count == 1,
            r.words.hasAny(Lexicon.rankWords) || r.words.hasAny(Lexicon.topRankWords)
        else { return false }
        return !r.words.hasAny(Lexicon.agreementNouns) && !r.topicWords.hasAny(Lexicon.investmentWords)
            && !r.words.hasAny(Lexicon.nonFactWords)
    }

    /// The country the article's first sentences (the headline and the lead's first two) say
    /// investment goes to, with or without an amount: "France regained its place as the first
    /// source of foreign direct investment in Morocco".
    static func leadRecipient(_ readings: [Reading]) -> CountryCode? {
        for r in readings.prefix(3) where Drafts.speaksOfInvestment(r) {
            if let c = Drafts.recipient(r) { return c }
        }
        return nil
    }

    /// Whether a line introduces a list of investments: it speaks of investment, not of trade or of
    /// other flows ("Foreign investment in Egypt by country of origin:").
    static func introducesInvestments(_ r: Reading) -> Bool {
        r.topicWords.hasAny(Lexicon.investmentWords) && !r.words.hasAny(Lexicon.tradeWords)
            && !r.words.hasAny(Lexicon.nonInvestmentFlows)
    }

    /// Whether amount `i` tells by how much a figure rose or fell, and a later amount the figure:
    /// "grew by $1.5 billion to $9 billion", "ارتفع … بمقدار 1.5 مليار دولار ليصل إلى 9 مليارات دولار".
    static func isChange(_ r: Reading, amount i: Int) -> Bool {
        let start = r.amounts[i].span.start
        // "…, an increase of $600 million on the year", "بزيادة قدرها": the amount is a change.
        if i > 0, SearchableText(String(scalars: r.scalars[max(0, start - 24)..<start])).hasAny(Lexicon.changeOfWords) {
            return true
        }
        guard i + 1 < r.amounts.count else { return false }
        guard let last = CharacterWords.words(r.scalars[max(0, start - 16)..<start]).last else { return false }
        let word = ArabicText.normalized(last).lowercased()
        // "FDI declined $500 million in the quarter, recording $2.27 billion": the amount right
        // after the verb, with the figure after it, is what the figure changed by.
        if Lexicon.riseAndFallVerbs.contains(word), r.amounts[i + 1].money.currency == r.amounts[i].money.currency {
            return true
        }
        guard Lexicon.changeByWords.contains(word) else { return false }
        return SearchableText(String(scalars: r.scalars[0..<start])).hasAny(Lexicon.riseAndFallVerbs)
    }
}

extension Extractor {
    /// Whether an amount gives the one before it again, in another currency than dollars, after
    /// a word of equivalence ("بما يعادل", "equivalent to"), or in its own currency in brackets
    /// right after it ("Rs 26,246 crore (Rs 262.46 billion)"). (Dollars stay: they are the value.)
    static func isEquivalent(_ r: Reading, amount i: Int) -> Bool {
        guard i > 0 else { return false }
        let a = r.amounts[i - 1]
        let b = r.amounts[i]
        // "Rs 26,246 crore (Rs 262.46 billion)": the same amount written again in brackets.
        if b.money.currency == a.money.currency, b.money.agrees(with: a.money), b.span.start >= a.span.end,
            b.span.start - a.span.end <= 4,
            String(scalars: r.scalars[a.span.end..<b.span.start]).filter({ !$0.isWhitespace }) == "("
        {
            return true
        }
        guard b.money.currency != .usd, b.money.currency != a.money.currency, b.span.start >= a.span.end,
            b.span.start - a.span.end <= 30
        else { return false }
        return SearchableText(String(scalars: r.scalars[a.span.end..<b.span.start])).hasAny(Lexicon.equivalenceWords)
    }
}

extension Extractor {
    /// The country whose trade partners the article ranks, the home of its trade figures: "X's
    /// second-biggest partner in trade", "الشريك التجاري الأول لمصر". A figure that names only a
    /// partner ("trade with Peru fell to €3 billion") is of that partner and the home.
    /// The one named so most often, or nil.
    static func tradeHome(_ readings: [Reading]) -> CountryCode? {
        var counts: [CountryCode: Int] = [:]
        for r in readings where r.words.hasAny(Lexicon.partnerWords) {
            for m in r.countries
            where r.isPossessive(m) || ArabicText.normalized(String(scalars: r.scalars[m.start..<m.end])).hasPrefix("ل")
            {
                let homeOfPartners: Bool
                if r.isPossessive(m) {
                    let after = r.scalars[m.end..<min(r.scalars.count, m.end + 60)]
                    let phrase = after.prefix { !",.;:".unicodeScalars.contains($0) }
                    homeOfPartners = SearchableText(String(scalars: phrase)).hasAny(Lexicon.partnerWords)
                } else {
                    homeOfPartners = r.precedingWords(m, count: 4).contains {
                        $0.hasPrefix("شريك") || $0.hasPrefix("الشريك") || $0.hasPrefix("شركاء")
                            || $0.hasPrefix("الشركاء")
                    }
                }
                if homeOfPartners { counts[m.country, default: 0] += 1 }
            }
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }?.key
    }

    /// The country whose own office reports the article's figures: "the Philippine Statistics
    /// Authority", "Kenya's National Bureau of Statistics", "the Thai Board of Investment",
    /// "الوكالة الجزائرية لترقية الاستثمار". Its
    /// investment figures that name a source only go to it ("P755 billion came from investors from
    /// the Netherlands", in an article whose main pair is of two sources). Nil when the article
    /// credits offices of two countries.
    static func reportingCountry(_ readings: [Reading]) -> CountryCode? {
        var found: CountryCode?
        for r in readings {
            // "الوكالة الجزائرية لترقية الاستثمار": the adjective after the office's noun.
            for m in r.countries
            where m.role == .demonym && m.start < r.scalars.count && r.scalars[m.start].value >= 0x0600 {
                guard let before = r.precedingWords(m, count: 1).first, Lexicon.arabicOfficeNouns.contains(before)
                else { continue }
                if let found, found != m.country { return nil }
                found = m.country
            }
            // "the Central Bank of Chile", "the National Bureau of Statistics of China": the office
            // before "of" and the country.
            for m in r.countries where m.role == .name && Self.officeBefore(m, in: r) {
                if let found, found != m.country { return nil }
                found = m.country
            }
            guard r.words.hasAny(Lexicon.reportingOfficeWords) else { continue }
            for m in r.countries where m.role != .capital && m.end < r.scalars.count {
                var k = m.end
                // "Kenya's National Bureau …"
                if r.isPossessive(m) { k += 2 }
                // The two words after it, capitalised: "Statistics Authority", "Investment
                // Promotion" (not "Investment Authority", which is a fund that invests).
                let words = String(scalars: r.scalars[k..<min(r.scalars.count, k + 40)]).split(separator: " ").prefix(2)
                guard let first = words.first, first.first?.isUppercase == true else { continue }
                let office =
                    Lexicon.reportingOfficeWords.words.contains(first.lowercased())
                    || (first == "Investment" && words.count == 2
                        && ["Promotion", "Board", "Agency", "Commission"].contains(words.last!))
                guard office else { continue }
                if let found, found != m.country { return nil }
                found = m.country
            }
        }
        return found
    }

    /// Whether a state's reporting office, capitalised, stands right before "of" and the country:
    /// "Central Bank of Chile", "State Bank of Pakistan", "Bureau of Statistics of Peru" (not a
    /// lender such as "Export-Import Bank of China").
    static func officeBefore(_ m: CountryMention, in r: Reading) -> Bool {
        guard m.start > 4, r.scalars[m.start - 1] == " " else { return false }
        let words = r.scalars[max(0, m.start - 40)..<(m.start - 1)].split(separator: " ").suffix(3).map {
            String(scalars: $0)
        }
        guard words.count == 3, words[2] == "of", let office = words[1].first, office.isUppercase else { return false }
        if words[1] == "Bank" { return ["Central", "State", "Reserve"].contains(words[0]) }
        return ["Statistics", "Bureau", "Customs", "Authority", "Agency", "Board"].contains(words[1])
    }

    /// After a sentence that names the largest investor alone (`topic`), whether this one ranks
    /// another country ("Brazil ranked second with $500 million"), and so goes on with it.
    static func ranksAnother(_ r: Reading, than topic: Reading?) -> Bool {
        (r.words.hasAny(Lexicon.rankWords) || r.words.hasAny(Lexicon.followingWords))
            && r.countries.contains { c in !(topic?.countries.contains { $0.country == c.country } ?? true) }
    }

    /// Whether a sentence opens with "و" and a deal's noun, with no verb before it: one more of the
    /// deals the sentence before told ("ومذكرة تفاهم للتعاون الرياضي").
    /// So does one that opens with "in addition to" and a deal's noun ("إضافة إلى مذكرة للتعاون في …").
    static func opensWithAnotherDeal(_ r: Reading) -> Bool {
        // Only و and the first letters of the openers (اضافة، بالاضافة، علاوة، الى، with or
        // without a hamza) can start such a sentence: most sentences are done at one scalar.
        guard let opening = r.scalars.first, "وابعإأآ".unicodeScalars.contains(opening) else { return false }
        let words = r.scalars.prefix(48).split(whereSeparator: ScalarTraits.isWhitespace).prefix(4).map {
            ArabicText.normalized(String(scalars: $0))
        }
        guard let first = words.first else { return false }
        func isDeal(_ word: String) -> Bool { Lexicon.arabicAgreementStems.contains { word.hasPrefix($0) } }
        if first.hasPrefix("و") && isDeal(String(first.dropFirst())) { return true }
        for opener in Lexicon.additionOpeners where words.starts(with: opener) {
            return words.count > opener.count && isDeal(words[opener.count])
        }
        return false
    }
}
