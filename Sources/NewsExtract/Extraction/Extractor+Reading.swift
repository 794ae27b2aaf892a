import Foundation
import NewsCore

extension Extractor {
    /// Whether the sentence opens with a country that receives an amount ("Mali received $12
    /// million for roads", "وحصلت مالي على 45 مليون ريال"), spoken of as neither investment nor trade.
    static func receivesAnAmount(_ r: Reading) -> Bool {
        guard !r.amounts.isEmpty, let first = r.countries.first,
            !r.topicWords.hasAny(Lexicon.investmentWords), !r.topicWords.hasAny(Lexicon.tradeWords)
        else { return false }
        // The country first, its verb right after it; or, in Arabic, the verb first.
        let opening = CharacterWords.folded(r.scalars[...], 0..<first.start).split(separator: " ")
        if opening.isEmpty || opening == ["and"] {
            return Lexicon.receivingVerbs.contains(r.followingWord(first))
        }
        return opening.count == 1 && Lexicon.receivingVerbs.contains(ArabicText.normalized(String(opening[0])))
    }

    /// One sentence, read.
    struct Reading {
        var sentence: Sentence
        var words: SearchableText
        /// `words` without the names of offices, bodies and events (`withoutOffices`): what the
        /// sentence speaks of ("the Investment Minister said exports …" speaks of exports).
        var topicWords: SearchableText
        var countries: [CountryMention]
        var amounts: [AmountMention]
        var percents: [PercentMention]
        var counts: [CountMention]
        var changes: [ChangeMention]
        /// What the words nearest before each amount say it is (parallel to `amounts`).
        var amountTopics: [AmountClause.Topic] = []
        /// The starts of the mentions that stand for a well-known company (`CompanyCatalog`), not a country.
        var companyStarts: Set<Int> = []
        /// Where the sentence stands: headline, lead, paragraph, heading or list item.
        var role: Document.Role = .paragraph
        /// The line (paragraph, heading or list item) the sentence stands in (`Document.Part.block`).
        var block = 0
        /// The index of the reading that introduces this list item's list.
        var listIntro: Int?
        /// Whether list items follow that this sentence introduces.
        var introducesList = false
        /// Whether this list item is only a heading (`Extractor.markHeadings`): of the group of items
        /// after it ("Government to Government", then "MoU on …"), or of the section after its list.
        var isAHeading = false
        /// The pair of the trade figure the sentence before gave, when this sentence goes on with
        /// that figure without naming trade or a country ("In 2022 it grew 6% to $8.6 billion").
        var tradePair: [CountryCode]?
        /// Whether the sentence ranks one more trade partner of the country whose partners the
        /// article ranks, right after a trade figure of that country ("Turkey closes the top
        /// three with $56.5 billion"): its amount is their trade.
        var ranksATradePartner = false
        /// Whether the sentence goes on with the deals of the sentence before it ("They include the
        /// purchase of …", "ومن بينها …"): what it lists with an amount are deals.
        var continuesDeals = false
        /// The noun of the loans or grants a sentence goes on with when it only tells a country
        /// receiving an amount (`Extractor.receivesAnAmount`): "loans", "قروض".
        var lendingNoun: String?
        /// The status of the deals of the sentence before, for a sentence that only adds one more
        /// to them ("ووقع الجانبان مذكرة تفاهم للنقل. ومذكرة تفاهم للسياحة.").
        var statusBefore: Agreement.Status?
        /// The two countries the sentence before names, in the same paragraph, when it names two
        /// and no other: those "the two governments" of this one means ("Xi met Argentina's
        /// president. The two governments signed deals …").
        var pairBefore: [CountryCode]?
        /// The sentence's runs of letters and the topic each names (`AmountClause.topic(ofWord:)`),
        /// worked out once for a sentence with amounts, for `topic(of:)`.
        var letterRuns: LetterRuns?
        var runTopics: [AmountClause.Topic?] = []
        /// The sentence's scalars, taken once for the rules that index it by scalar offsets.
        let scalars: [Unicode.Scalar]

        /// `scalars`: the sentence's, when the caller has them at hand; else taken from its text.
        init(
            sentence: Sentence, words: SearchableText, countries: [CountryMention], amounts: [AmountMention],
            percents: [PercentMention],
            counts: [CountMention], changes: [ChangeMention], companyStarts: Set<Int> = [],
            role: Document.Role = .paragraph, block: Int = 0,
            listIntro: Int? = nil, scalars: [Unicode.Scalar]? = nil
        ) {
            self.sentence = sentence
            self.words = words
            self.topicWords = Self.withoutOffices(
                Self.withoutNamedTopics(sentence.text) ?? Self.withoutQuotedEvents(sentence.text) ?? words)
            self.countries = countries
            self.amounts = amounts
            self.percents = percents
            self.counts = counts
            self.changes = changes
            self.companyStarts = companyStarts
            self.role = role
            self.block = block
            self.listIntro = listIntro
            self.scalars = scalars ?? Array(sentence.text.unicodeScalars)
        }

        /// The sentence's words without the capitalised words of investment or trade that stand in
        /// a name ("the Ministry of Investment, Trade, and Industry plans …", `AmountClause.inName`),
        /// or nil where it has none: a body's name does not make the sentence speak of trade.
        static func withoutNamedTopics(_ text: String) -> SearchableText? {
            guard Self.namesATopicCapitalised(text) else { return nil }
            let (runs, scalars) = AmountClause.letterRanges(text)
            var blanked = scalars
            var found = false
            let words = runs.map { String(scalars: scalars[$0]) }
            // The capitalised words around `k`, over "of", "and", "for" and "the" (and the commas
            // between them): the name it stands in.
            func name(around k: Int) -> ArraySlice<String> {
                var a = k
                while a > 0,
                    AmountClause.isCapitalised(scalars[runs[a - 1].lowerBound]) || nameJoins.contains(words[a - 1])
                {
                    a -= 1
                }
                var b = k
                while b + 1 < runs.count,
                    AmountClause.isCapitalised(scalars[runs[b + 1].lowerBound]) || nameJoins.contains(words[b + 1])
                {
                    b += 1
                }
                return words[a...b]
            }
            for (k, run) in runs.enumerated() {
                let word = words[k]
                // ("Foreign Direct Investment from Germany": capitalised, but no body's name.)
                guard word == "Trade" || word == "Commerce" || word.hasPrefix("Invest"),
                    AmountClause.inName(k, runs, scalars, from: 0),
                    name(around: k).contains(where: Self.bodyNouns.contains)
                else { continue }
                for i in run { blanked[i] = " " }
                found = true
            }
            return found ? SearchableText(String(scalars: blanked[...])) : nil
        }

        /// The sentence's words without an event's name in quotation marks ("أمام «مؤتمر التعاون
        /// والتبادل بين مصر والصين»", "at the \"Africa Trade and Investment Forum\""), or nil where
        /// it names none: a conference's name does not make the sentence speak of trade.
        static func withoutQuotedEvents(_ text: String) -> SearchableText? {
            // (By bytes first: '"' is 22, “ is E2 80 9C, « is C2 AB. Most sentences have none.)
            var bytes = text
            let marked = bytes.withUTF8 { b in
                b.indices.contains { i in
                    b[i] == 0x22 || (b[i] == 0xE2 && i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x9C)
                        || (b[i] == 0xC2 && i + 1 < b.count && b[i + 1] == 0xAB)
                }
            }
            guard marked else { return nil }
            let scalars = Array(text.unicodeScalars)
            var blanked = scalars
            var found = false
            for span in ScalarText.quotedSpans(scalars).spans where span.count < 90 {
                // The event's noun opens the name ("مؤتمر …"), closes it ("… Trade Forum") or comes
                // right before it ("the forum \"…\"").
                let inside = String(scalars: scalars[span]).split(separator: " ")
                let before = String(scalars: scalars[max(0, span.lowerBound - 17)..<(span.lowerBound - 1)])
                    .split(separator: " ").suffix(1)
                if (inside.prefix(1) + inside.suffix(1) + before).contains(where: {
                    eventNouns.contains(
                        ArabicText.normalized(ScalarText.trimming(String($0), in: ScalarText.Sets.spaceAndCommas))
                            .lowercased())
                }) {
                    for k in (span.lowerBound - 1)...span.upperBound { blanked[k] = " " }
                    found = true
                }
            }
            return found ? SearchableText(String(scalars: blanked[...])) : nil
        }

        /// Nouns of events and bodies whose quoted names may hold words of trade (normalised).
        static let eventNouns = Set(
            ["مؤتمر", "منتدى", "ملتقى", "معرض", "قمة", "forum", "conference", "summit", "expo", "exhibition"].map {
                ArabicText.normalized($0)
            })

        /// Whether the text holds "Trade", "Invest" or "Commerce", found by its bytes (most
        /// sentences hold none, and Foundation's search is slow on every one of them).
        static func namesATopicCapitalised(_ text: String) -> Bool {
            let words = capitalisedTopics
            var text = text
            return text.withUTF8 { bytes in
                guard bytes.count >= 5 else { return false }
                for i in 0..<(bytes.count - 4)
                where bytes[i] == UInt8(ascii: "T") || bytes[i] == UInt8(ascii: "I")
                    || bytes[i] == UInt8(ascii: "C")
                {
                    for word in words where word[0] == bytes[i] && i + word.count <= bytes.count {
                        if bytes[i..<(i + word.count)].elementsEqual(word) { return true }
                    }
                }
                return false
            }
        }

        /// The bytes `namesATopicCapitalised` looks for, and the small words a name runs over.
        static let capitalisedTopics: [[UInt8]] = [Array("Trade".utf8), Array("Invest".utf8), Array("Commerce".utf8)]
        static let nameJoins: Set<String> = ["of", "and", "for", "the"]

        /// The nouns of a body's name (`withoutNamedTopics`).
        static let bodyNouns: Set<String> = [
            "Ministry", "Minister", "Department", "Agency", "Authority", "Board", "Council", "Commission", "Office",
            "Bank", "Chamber", "Centre", "Center", "Organization", "Organisation", "Forum", "Corporation", "Company",
            "Association", "Bureau", "Committee", "Zone", "Secretary",
        ]

        /// The words without the names of offices, bodies and events (`Lexicon.officeNames`); the
        /// words themselves where they name none.
        static func withoutOffices(_ words: SearchableText) -> SearchableText {
            let arabicBody = words.has("للتجاره")
            guard arabicBody || words.hasAny(Lexicon.officeNames) else { return words }
            var text = words.text
            // Each name is looked for by its bytes (`has`); only the names found are cut out, the
            // longest first ("وزير الاستثمار والصناعة والتجارة" before "وزير الاستثمار").
            for name in officeNamesLongestFirst where words.has(name) {
                text = text.replacingOccurrences(of: name.text, with: " ")
            }
            // "المعهد الإسباني للتجارة الخارجية", "الهيئة العامة للتجارة": a body named for trade,
            // its noun a word or two before ("للتجارة" and "الخارجية" after it are its name).
            if arabicBody {
                var pieces = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
                for i in pieces.indices where pieces[i] == "للتجاره" {
                    guard pieces[max(0, i - 2)..<i].contains(where: arabicBodyNouns.contains) else { continue }
                    pieces[i] = ""
                    if i + 1 < pieces.count, pieces[i + 1].hasPrefix("الخارجيه") { pieces[i + 1] = "" }
                }
                text = pieces.joined(separator: " ")
            }
            return SearchableText(text)
        }

        /// The nouns of an Arabic body's name that a field it is for follows, normalised.
        static let arabicBodyNouns: Set<String> = [
            "المعهد", "الهييه", "الوكاله", "المركز", "المجلس", "الغرفه", "المكتب", "الاتحاد", "الجمعيه",
        ]

        static let officeNamesLongestFirst = Lexicon.officeNames.entries.sorted { $0.utf8.count > $1.utf8.count }

        /// Whether the words between two amounts are few and compare them ("against", "مقابل نحو"),
        /// or nothing but a bracket stands between them: the second is the first converted
        /// ("3 مليارات يورو (3.3 مليار دولار)").
        static func compares(_ between: String) -> Bool {
            if between.unicodeScalars.allSatisfy({ $0 == "(" || $0 == "[" || ScalarTraits.isWhitespace($0) }) {
                return true
            }
            let words = SearchableText(between)
            return words.hasAny(Lexicon.comparisonWords) && words.text.split(separator: " ").count <= 6
        }

        /// Whether the words between two amounts say the second is where the first moved from: a
        /// few words that open with "from" or "من" ("to $5 billion from the current $800 million",
        /// "إلى 30 مليار دولار من 20 مليارا").
        static func startsFrom(_ between: SearchableText) -> Bool {
            let words = between.text.split { !$0.isLetter }
            return words.count <= 5 && (words.first == "from" || words.first == "من")
        }

        /// Whether the words between two amounts in different currencies give the first again in
        /// the other: "أي", "or", "i.e.", "equivalent to" and the like, a few words at most.
        static func convertsTheAmountBefore(_ between: SearchableText) -> Bool {
            if between.hasAny(Lexicon.equivalenceWords) { return true }
            let plain = between.text.split { !$0.isLetter }
            return plain.count <= 2 && plain.first.map { ["اي", "او", "or", "ie", "i"].contains($0) } == true
        }

        /// The topic of an amount: a one-way word right after it (`oneWayAfter`), else the English
        /// noun it stands before (`nounTopicAfter`), else the topic word nearest before it, from
        /// `from` on. The noun after decides over the words before ("trade reached $34.4 billion,
        /// with a $19.5 billion U.S. surplus"), except that a deal's amount stays a deal's when its
        /// noun is investment or trade ("key deals include a $30 billion investment in …").
        func amountTopic(_ span: TextSpan, leadFrom from: Int) -> AmountClause.Topic {
            if oneWayAfter(span) { return .oneWay }
            let lead = topic(of: from..<span.start)
            guard let after = nounTopicAfter(span) else { return lead }
            if lead == .deal && (after == .investment || after == .trade) { return lead }
            return after
        }

        /// "The UAE's $35 billion investment in the U.S.", "a $19.5 billion U.S. surplus", "a $2
        /// billion arms contract": the topic of the noun an English amount stands before, the last
        /// topic word of the few words right after it, which a small word, a mark other than a
        /// space, a figure or the sentence's end closes. Nil when they name none.
        func nounTopicAfter(_ span: TextSpan) -> AmountClause.Topic? {
            var i = span.end
            var found: AmountClause.Topic?
            var count = 0
            while count < 5 {
                while i < scalars.count && scalars[i] == " " { i += 1 }
                guard i < scalars.count, scalars[i].isASCII, ScalarTraits.isAlphabetic(scalars[i]) else { break }
                let start = i
                // A word's letters and hyphens, and the dots of initials ("U.S.").
                while i < scalars.count,
                    ScalarTraits.isAlphabetic(scalars[i]) || scalars[i] == "-"
                        || (scalars[i] == "." && ScalarTraits.isUppercase(scalars[i - 1])
                            && (i - 1 == start || scalars[i - 2] == "."))
                {
                    i += 1
                }
                let word = String(scalars: scalars[start..<i]).lowercased()
                if Self.nounPhraseStops.contains(word) { break }
                if let topic = AmountClause.topic(ofWord: word) { found = topic }
                count += 1
                if i < scalars.count && scalars[i] != " " { break }
            }
            return found
        }

        /// The small words that end the noun phrase an amount stands before.
        static let nounPhraseStops: Set<String> = [
            "a", "an", "the", "this", "that", "these", "which", "who", "in", "of", "for", "to", "from", "with", "by",
            "on", "at", "as", "under", "over", "into", "since", "during", "after", "before", "until", "per", "and",
            "or", "but", "while", "whereas", "is", "are", "was", "were", "will", "would", "has", "have", "had", "be",
            "been", "last", "next", "each", "respectively", "compared", "against", "versus", "vs", "than", "up",
            "down", "more", "less", "annually", "year", "years", "worth", "also",
        ]

        /// "400 مليون دولار منها صادرات", "$4 billion in exports": a one-way word right
        /// after the amount names it, before any topic word before it. So does a balance ("30
        /// مليار دولار في الميزان التجاري", "$2 billion surplus"): no volume either.
        func oneWayAfter(_ span: TextSpan) -> Bool {
            guard span.end < scalars.count else { return false }
            // ("$24.67 billion worth of exports": "worth" may come before "of".)
            var words = Array(CharacterWords.words(scalars[span.end..<min(scalars.count, span.end + 32)]).prefix(4))
            if words.first == "worth" { words.removeFirst() }
            let at = words.first == "in" || words.first == "of" || words.first == "في" ? 1 : 0
            guard at < words.count else { return false }
            if Lexicon.balanceWords.words.contains(ArabicText.normalized(words[at]).lowercased()) { return true }
            guard AmountClause.topic(ofWord: words[at]) == .oneWay else { return false }
            // "a $300 million export credit deal": the deal the one-way words name.
            return !(at + 1 < words.count && AmountClause.topic(ofWord: words[at + 1]) == .deal)
        }

        func topic(of range: Range<Int>) -> AmountClause.Topic {
            guard let letterRuns, let runs = letterRuns.runs else {
                return AmountClause.topic(of: String(scalars: scalars[range]), names: role != .headline)
            }
            for k in runs.indices.reversed() where runs[k].lowerBound < range.upperBound {
                guard runs[k].upperBound > range.lowerBound else { break }
                let cut = runs[k].clamped(to: range)
                if let topic = cut == runs[k]
                    ? runTopics[k] : AmountClause.topic(ofWord: String(scalars: letterRuns.scalars[cut]))
                {
                    // "The U.S. Trade and Development Agency awarded a $1.1 million grant", "the
                    // Export-Import Bank of China will lend $2 billion": a word of a body's name
                    // says nothing of the amount.
                    if topic == .trade || topic == .investment || topic == .oneWay, role != .headline,
                        AmountClause.isCapitalised(letterRuns.scalars[cut.lowerBound])
                    {
                        // The runs of the stretch, cut to it, as `AmountClause.topic(of:)` sees them.
                        let first = runs.firstIndex { $0.upperBound > range.lowerBound } ?? k
                        let stretch = runs[first...].prefix { $0.lowerBound < range.upperBound }.map {
                            $0.clamped(to: range)
                        }
                        if AmountClause.inName(k - first, stretch, letterRuns.scalars, from: range.lowerBound) {
                            continue
                        }
                    }
                    if topic == .oneWay {
                        let word = { (j: Int) in j >= 0 ? String(scalars: letterRuns.scalars[runs[j]]) : nil }
                        if AmountClause.bothWays(
                            String(scalars: letterRuns.scalars[cut]), after: word(k - 1), beforeThat: word(k - 2))
                        {
                            return .trade
                        }
                        return AmountClause.financed(after: word(k - 1), beforeThat: word(k - 2)) ? .deal : .oneWay
                    }
                    if topic == .trade, k > 0, AmountClause.isBalance(String(scalars: letterRuns.scalars[runs[k - 1]]))
                    {
                        return .oneWay
                    }
                    // ("trade partners such as Japan ($6.25 billion)": a relation, as `AmountClause.topic(of:)`.)
                    if topic == .trade, k + 1 < runs.count, runs[k + 1].upperBound <= range.upperBound,
                        AmountClause.namesARelation(before: String(scalars: letterRuns.scalars[runs[k + 1]]))
                    {
                        continue
                    }
                    // ("609 اتفاقيات في مجال التجارة بقيمة …": the field of deals, no trade figure.)
                    if topic == .trade {
                        let word = { (j: Int) in j >= 0 ? String(scalars: letterRuns.scalars[runs[j]]) : nil }
                        if AmountClause.namesAField(after: word(k - 1), beforeThat: word(k - 2)) { continue }
                    }
                    // The adjective of a deal noun after it ("صفقات تجارية بقيمة …", "اتفاقية
                    // تجارية"): the amount is the deals', not trade's.
                    if topic == .trade, k > 0, runs[k - 1].upperBound > range.lowerBound {
                        let before = runs[k - 1].clamped(to: range)
                        let beforeTopic =
                            before == runs[k - 1]
                            ? runTopics[k - 1] : AmountClause.topic(ofWord: String(scalars: letterRuns.scalars[before]))
                        if AmountClause.adjectiveOfADeal(
                            String(scalars: letterRuns.scalars[cut]), afterWordOf: beforeTopic)
                        {
                            return .deal
                        }
                    }
                    return topic
                }
            }
            return .unknown
        }

        /// Pairs of countries named together, with only a joining word between them ("Israel
        /// and the UAE", "Mexico-U.S.", "الإمارات وتركيا"), in order.
        var namedPairs: [(CountryCode, CountryCode, end: Int)] {
            var pairs: [(CountryCode, CountryCode, end: Int)] = []
            for (a, b) in zip(countries, countries.dropFirst())
            where a.country != b.country && a.end <= b.start && b.start <= scalars.count {
                let gap = ScalarText.trimmingWhitespace(String(scalars: scalars[a.end..<b.start])).lowercased()
                let joinedByWaw = gap.isEmpty && scalars.indices.contains(b.start) && scalars[b.start] == "و"
                if joinedByWaw || ["and", "and the", "-", "–", "&", "/", "و", "والـ"].contains(gap) {
                    pairs.append((a.country, b.country, b.end))
                }
            }
            return pairs
        }

        /// The distinct countries, in order of first mention.
        var distinctCountries: [CountryCode] {
            var seen = Set<CountryCode>()
            return countries.map(\.country).filter { seen.insert($0).inserted }
        }

        /// Whether every country the sentence names comes after its first amount ("That grew 9% to
        /// $6 billion, with Chilean exports to Peru …"): the amount's subject is a figure told before.
        var countriesOnlyAfterTheFirstAmount: Bool {
            guard let first = amounts.first else { return countries.isEmpty }
            return countries.allSatisfy { $0.start >= first.span.end }
        }

        /// Up to `count` words before a mention, nearest first, normalised and lowercased ("the" skipped).
        func precedingWords(_ mention: CountryMention, count: Int) -> [String] {
            var words: [String] = []
            var k = mention.start
            while words.count < count && k > 0 {
                while k > 0 && !ScalarTraits.isAlphanumeric(scalars[k - 1]) {
                    // Punctuation ends the phrase: "…, Egypt" is not "in" anything.
                    if ",.;:،؛".unicodeScalars.contains(scalars[k - 1]) { return words }
                    k -= 1
                }
                var w = k
                while w > 0 && ScalarTraits.isAlphanumeric(scalars[w - 1]) { w -= 1 }
                guard w < k else { break }
                let word = CharacterWords.folded(scalars[...], w..<k)
                if word != "the" { words.append(word) }
                k = w
            }
            return words
        }

        /// The word right after a mention, folded ("" when none follows it in the sentence).
        func followingWord(_ mention: CountryMention) -> String {
            var k = mention.end
            while k < scalars.count && ScalarTraits.isWhitespace(scalars[k]) { k += 1 }
            var w = k
            while w < scalars.count && ScalarTraits.isAlphanumeric(scalars[w]) { w += 1 }
            return CharacterWords.folded(scalars[...], k..<w)
        }

        /// Whether the mention follows "after"/"behind"/"بعد", or "and"/"و" after such a mention
        /// ("behind Brazil and Mexico"): a country a ranking places ahead.
        func isRankedAhead(_ mention: CountryMention) -> Bool {
            let before = precedingWords(mention, count: 1)
            if before.contains(where: Lexicon.rankedAfterWords.contains) { return true }
            // "…بعد البرازيل والمكسيك": the attached "و" joins the country to the one before it.
            let joined =
                before == ["and"]
                || (before.isEmpty
                    && ArabicText.normalized(String(scalars: scalars[mention.start..<mention.end])).hasPrefix("و"))
            guard joined, let previous = countries.last(where: { $0.end <= mention.start }),
                mention.start - previous.end <= 6
            else { return false }
            return isRankedAhead(previous)
        }

        /// Whether the mention is what a figure is compared with: "than" right before it, or
        /// before words of measure ("less than half India's", "more than that of Peru").
        func isComparedWith(_ mention: CountryMention) -> Bool {
            for word in precedingWords(mention, count: 3) {
                if word == "than" { return true }
                guard Lexicon.comparedMeasureWords.contains(word) else { return false }
            }
            return false
        }

        /// Whether the mention is an English possessive ("Peru's central bank"): a
        /// preposition before it governs the noun after it, not the country.
        func isPossessive(_ mention: CountryMention) -> Bool {
            mention.end + 1 < scalars.count && (scalars[mention.end] == "'" || scalars[mention.end] == "’")
                && scalars[mention.end + 1] == "s"
        }

        /// Whether the mention is preceded by "in"/"في" (a recipient or a location).
        func isAfterIn(_ mention: CountryMention) -> Bool {
            // "attracted into the economy of Uzbekistan", "في اقتصاد المغرب": in a country's economy.
            let before = precedingWords(mention, count: 3)
            let economy = before.first == "of" ? 1 : 0
            if before.count > economy + 1, Lexicon.economyNouns.contains(before[economy]),
                Lexicon.inWords.contains(before[economy + 1])
            {
                return true
            }
            var k = mention.start
            while k > 0 && ScalarTraits.isWhitespace(scalars[k - 1]) { k -= 1 }
            var w = k
            while w > 0 && !ScalarTraits.isWhitespace(scalars[w - 1]) { w -= 1 }
            let previous = CharacterWords.folded(scalars[...], w..<k)
            if Lexicon.inWords.contains(previous) { return true }
            // Arabic attaches في rarely, but ب and ل often carry "in"/"to" (بكازاخستان، لكازاخستان).
            let word = ArabicText.normalized(String(scalars: scalars[mention.start..<min(mention.end, scalars.count)]))
            // (With the article too, "بالمغرب"; but not after a word of comparing or following:
            // "مقارنة بالسعودية", "متبوعا بالمملكة المتحدة", "متبوعة بلوكسمبورغ".)
            return word.hasPrefix("ب") && mention.role == .name && !Lexicon.besideWords.contains(previous)
        }
    }
}
