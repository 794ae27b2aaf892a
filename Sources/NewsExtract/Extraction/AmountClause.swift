import Foundation
import NewsCore

/// A sentence that gives several amounts, cut into one clause per amount.
struct AmountClause {
    var money: Money
    var span: TextSpan
    /// The countries named in the clause, in order, each once.
    var countries: [CountryCode]
    /// The year nearest the amount: after it first ("$7.5 billion in 2021"), else before it.
    var period: String?
    /// What the words nearest before the amount say it is.
    var topic: Topic
    /// The country mentions of the clause.
    var mentions: [CountryMention]
    /// A whole wider than any pair is named in the clause: a region without a code ("لقارة
    /// افريقيا"), or a country's trade with the world ("its total trade", "التجارة الخارجية").
    var region: Bool

    enum Topic { case trade, investment, oneWay, notOurs, deal, unknown }

    /// The topic word nearest before the amount decides: "trade reached $12 billion, with
    /// Japan exporting $7 billion" makes the first a trade figure and the second one-way.
    /// `names`: whether a capitalised word may be part of a name (`inName`); not in a headline,
    /// whose words are all capitalised.
    static func topic(of lead: String, names: Bool = true) -> Topic {
        let words = CharacterWords.words(lead)
        // The words' scalar ranges, for `inName`, worked out when a word asks.
        var ranges: ([Range<Int>], [Unicode.Scalar])?
        for k in words.indices.reversed() {
            guard let topic = topic(ofWord: words[k]) else { continue }
            // "The U.S. Trade and Development Agency awarded a $1.1 million grant", "the
            // Export-Import Bank of China will lend $2 billion": a word of a body's name says
            // nothing of the amount.
            if names, topic == .trade || topic == .investment || topic == .oneWay,
                let initial = words[k].unicodeScalars.first,
                isCapitalised(initial)
            {
                if ranges == nil { ranges = letterRanges(lead) }
                if let (runs, scalars) = ranges, runs.count == words.count, inName(k, runs, scalars, from: 0) {
                    continue
                }
            }
            if topic == .oneWay {
                let word = { (j: Int) in j >= 0 ? words[j] : nil }
                if bothWays(words[k], after: word(k - 1), beforeThat: word(k - 2)) { return .trade }
                return financed(after: word(k - 1), beforeThat: word(k - 2)) ? .deal : .oneWay
            }
            if topic == .trade, k > 0, isBalance(words[k - 1]) { return .oneWay }
            // "topped those to trade partners such as Japan ($6.25 billion)": a partner in trade
            // names a relation, not what the amount measures.
            if topic == .trade, namesARelation(before: k + 1 < words.count ? words[k + 1] : nil) { continue }
            if topic == .trade, namesAField(after: k > 0 ? words[k - 1] : nil, beforeThat: k > 1 ? words[k - 2] : nil) {
                continue
            }
            if topic == .trade, k > 0, adjectiveOfADeal(words[k], afterWordOf: Self.topic(ofWord: words[k - 1])) {
                return .deal
            }
            return topic
        }
        return .unknown
    }

    /// Whether the word after "trade" makes it a relation ("trade partners"), not a volume.
    static func namesARelation(before next: String?) -> Bool {
        next.map { partnerWords.contains($0.lowercased()) } ?? false
    }
    static let partnerWords: Set<String> = ["partner", "partners", "ally", "allies"]

    /// The scalar ranges of a text's runs of letters (`Character.isLetter`), and its scalars.
    static func letterRanges(_ text: String) -> ([Range<Int>], [Unicode.Scalar]) {
        var runs: [Range<Int>] = []
        var offset = 0
        var start: Int?
        for c in text {
            if c.isLetter {
                if start == nil { start = offset }
            } else if let from = start {
                runs.append(from..<offset)
                start = nil
            }
            offset += c.unicodeScalars.count
        }
        if let from = start { runs.append(from..<offset) }
        return (runs, Array(text.unicodeScalars))
    }

    /// Whether a word starts with a Latin capital.
    static func isCapitalised(_ initial: Unicode.Scalar) -> Bool {
        initial.isASCII && ScalarTraits.isUppercase(initial)
    }

    /// Whether the word `k` (of `words`, scalar ranges of `scalars` from `start` on) is a
    /// capitalised English word within a name: a capitalised word stands next to it ("U.S. Trade
    /// and Development Agency", "Trade Minister"), or "of" and a capitalised word before it
    /// ("Ministry of Trade"). Its neighbour before is none where it starts a sentence or a line.
    /// (A headline's words are all capitalised: its caller leaves it out.)
    static func inName(_ k: Int, _ words: [Range<Int>], _ scalars: [Unicode.Scalar], from start: Int) -> Bool {
        func capitalised(_ j: Int) -> Bool { words.indices.contains(j) && isCapitalised(scalars[words[j].lowerBound]) }
        func isOf(_ j: Int) -> Bool {
            words.indices.contains(j) && words[j].count == 2 && scalars[words[j].lowerBound] == "o"
                && scalars[words[j].lowerBound + 1] == "f"
        }
        // Whether the word `j` is the first of its sentence or line: nothing but spaces, dashes
        // and bullets before it since a full stop, a colon, a line's end or the stretch's start.
        // The dot of an initial ("U.S.") ends no sentence.
        func startsASentence(_ j: Int) -> Bool {
            var i = words[j].lowerBound - 1
            while i >= start {
                let c = scalars[i]
                if c == ".", i - 1 >= start, ScalarTraits.isUppercase(scalars[i - 1]),
                    i - 1 == start || scalars[i - 2] == "." || scalars[i - 2] == " "
                {
                    return false
                }
                if c == "." || c == "\n" || c == ":" { return true }
                if !(c == " " || c == "-" || c == "•" || c == "*") { return false }
                i -= 1
            }
            return true
        }
        guard capitalised(k) else { return false }
        return capitalised(k + 1) || (capitalised(k - 1) && !startsASentence(k - 1))
            || (isOf(k - 1) && capitalised(k - 2))
    }

    /// Whether an Arabic word of trade is the adjective of the deal noun before it ("صفقات
    /// تجارية بقيمة …", "اتفاقية تجارية"): the amount is then the deal's, not trade's.
    static func adjectiveOfADeal(_ word: String, afterWordOf previous: Topic?) -> Bool {
        previous == .deal && ArabicText.containsArabic(word)
    }

    /// Whether a word of trade names the field of deals or cooperation, by the words before it:
    /// "في مجال التجارة", "in the fields of trade": what deals are about, not a trade figure.
    static func namesAField(after previous: String?, beforeThat earlier: String?) -> Bool {
        guard let previous else { return false }
        let w = ArabicText.normalized(previous).lowercased()
        if fieldWords.contains(w) { return true }
        return w == "of" && earlier.map { fieldWords.contains($0.lowercased()) } == true
    }

    /// The nouns of a field (`namesAField`), normalised.
    static let fieldWords: Set<String> = [
        "مجال", "مجالات", "مجالي", "field", "fields", "area", "areas", "sector", "sectors",
    ]

    /// Whether a word names a balance, which an Arabic adjective of trade follows ("فائض تجاري",
    /// "العجز التجاري", "الميزان التجاري"): a balance, not a trade figure.
    static func isBalance(_ word: String) -> Bool {
        let w = ArabicText.normalized(word)
        return w.contains("فايض") || ["عجز", "العجز", "ميزان", "الميزان"].contains(w)
    }

    /// Whether a one-way noun follows the other way's, joined by "and": "exports and imports",
    /// "الواردات والصادرات" name both ways of trade, which is two-way trade.
    static func bothWays(_ word: String, after previous: String?, beforeThat earlier: String?) -> Bool {
        guard let previous, let this = way(word) else { return false }
        if let other = way(previous) { return other != this && word.hasPrefix("و") }
        guard previous.lowercased() == "and", let earlier, let other = way(earlier) else { return false }
        return other != this
    }

    /// Which way of trade a noun names: exports (true), imports (false), or neither (nil).
    static func way(_ word: String) -> Bool? {
        let w = word.lowercased()
        if w == "exports" || w == "export" || w.contains("صادرات") { return true }
        if w == "imports" || w == "import" || w.contains("واردات") { return false }
        return nil
    }

    /// Whether a one-way word is what money is lent for, by the words before it: "بتمويل
    /// الصادرات", "financing of exports". The flow financed is a deal, not a flow.
    static func financed(after previous: String?, beforeThat earlier: String?) -> Bool {
        guard let previous else { return false }
        if Lexicon.financingWords.contains(ArabicText.normalized(previous).lowercased()) { return true }
        return previous.lowercased() == "of" && earlier?.lowercased() == "financing"
    }

    /// The topic one word of the lead names, if any (`Extractor.Reading.topic` reads each word once).
    ///
    /// The word lists are sets: `FoldedWord ==` is `String`'s equality (bytes for plain strings,
    /// which are what `String` compares equal only when their bytes are). A plain word of ASCII
    /// holds none of the Arabic stems: `FoldedWord.contains` compares plain words by their bytes,
    /// and finds a stem with a hamza sign in no plain word.
    static func topic(ofWord word: String) -> Topic? {
        do {
            let w = FoldedWord(word)
            if w.isPlain && TopicWords.arePlain { return plainTopic(w.text) }
            let arabic = !(w.isPlain && w.text.utf8.allSatisfy { $0 < 0x80 })
            if TopicWords.notOurs.contains(w.text) { return .notOurs }
            if w.hasPrefix("invest") || (arabic && w.contains("استثمار")) || w.hasPrefix("fdi") || w == "مول"
                || w == "financed"
            {
                return .investment
            }
            if w.hasPrefix("export") || (w.hasPrefix("import") && !w.hasPrefix("importan"))
                || TopicWords.oneWay.contains(w.text)
                || (arabic
                    && (w.contains("صادرات") || w.contains("واردات") || w.contains("فايض") || w.contains("ستورد")))
            {
                return .oneWay
            }
            if TopicWords.trade.contains(w.text) || (arabic && (w.contains("تجار") || w.contains("تبادل"))) {
                return .trade
            }
            if TopicWords.deal.contains(w.text)
                || (arabic && TopicWords.arabicDealStems.contains(where: { w.contains($0) }))
            {
                return .deal
            }
        }
        return nil
    }

    /// `topic(ofWord:)` of a plain folded word, the lists' words plain too: the same tests on
    /// bytes (`FoldedWord` compares plain strings by their bytes; a stem with a hamza sign, not
    /// plain, is in no plain word).
    static func plainTopic(_ text: String) -> Topic? {
        let key = UTF8Key(text)
        var text = text
        return text.withUTF8 { w -> Topic? in
            let ascii = !w.contains { $0 >= 0x80 }
            func has(_ stem: [UInt8]) -> Bool {
                !ascii && stem.withUnsafeBufferPointer { PlainSearch.first($0, in: w) != nil }
            }
            typealias T = TopicWords
            if T.notOursKeys.contains(key) { return .notOurs }
            if w.starts(with: T.invest) || has(T.istithmar) || w.starts(with: T.fdi) || key == T.mawwala
                || key == T.financed
            {
                return .investment
            }
            // ("important" and "importance" are no imports.)
            if w.starts(with: T.export) || (w.starts(with: T.import) && !w.starts(with: T.importan))
                || T.oneWayKeys.contains(key) || has(T.sadir)
                || has(T.warid) || has(T.fayid)
                || has(T.staward)
            {
                return .oneWay
            }
            if T.tradeKeys.contains(key) || has(T.tijar) || has(T.tabadul) { return .trade }
            if T.dealKeys.contains(key) || T.arabicDealStemBytes.contains(where: has) { return .deal }
            return nil
        }
    }

    /// The words of `topic(ofWord:)`. Exports and imports by their plurals (صادرات، واردات): the
    /// bare stems are also in "sources" (مصادر), "issued" (الصادرة) and "resources" (موارد).
    enum TopicWords {
        static let invest = Array("invest".utf8), fdi = Array("fdi".utf8), export = Array("export".utf8),
            `import` = Array("import".utf8), importan = Array("importan".utf8)
        static let istithmar = Array("استثمار".utf8), sadir = Array("صادرات".utf8), warid = Array("واردات".utf8),
            tijar = Array("تجار".utf8)
        /// The verb of importing (استورد، يستورد، استوردته), whose stem is not وارد; not its noun, whose adjective
        /// names both sides of trade ("بشقيها التصديري والاستيرادي").
        static let staward = Array("ستورد".utf8)
        static let tabadul = Array("تبادل".utf8), fayid = Array("فايض".utf8),
            arabicDealStemBytes = arabicDealStems.map { Array($0.utf8) }
        static let mawwala = UTF8Key("مول"), financed = UTF8Key("financed")
        static let notOursKeys = Set(notOurs.map(UTF8Key.init))
        static let oneWayKeys = Set(oneWay.map(UTF8Key.init))
        static let tradeKeys = Set(trade.map(UTF8Key.init))
        static let dealKeys = Set(deal.map(UTF8Key.init))
        /// Whether the words, prefixes and stems that `plainTopic` compares by bytes are plain;
        static let arePlain =
            (notOurs.union(oneWay).union(trade).union(deal).sorted() + arabicDealStems
            + [
                "invest", "استثمار", "fdi", "مول", "financed", "export", "import", "صادرات", "واردات", "فايض", "تجار",
                "تبادل", "ستورد",
            ]).allSatisfy(PlainText.isPlain)

        static let notOurs: Set<String> = [
            "budget", "gdp", "price", "prices", "debt", "revenue", "revenues", "ميزانيه", "موازنه", "الناتج", "سعر",
            "الدين",
            // Indebtedness and debts ("مديونية ضخمة تصل إلى خمسين مليار دولار").
            "مديونيه", "المديونيه", "ديون", "الديون", "debts",
            // A central bank's reserves ("الاحتياطي النقدي الأجنبي البالغ 15 مليار دولار").
            // (Not the English word: a swap "gave the reserves US$11 billion" is the swap's amount.)
            "احتياطي", "الاحتياطي", "احتياطيات", "الاحتياطيات",
        ]
        /// With the Arabic verb of exporting ("ما صدّره الأردن"), whose stem is not صادر.
        static let oneWay: Set<String> = [
            "surplus", "deficit", "عجز", "exporting", "importing", "shipped", "supplying", "supplied", "صدره", "صدرته",
            "صدرت", "يصدر", "تصدر", "صدرها", "تصدرها", "يصدرها", "تصدره", "يصدره", "تصدير", "التصدير",
        ]
        static let trade: Set<String> = ["trade", "traded", "turnover"]
        static let deal: Set<String> = [
            "agreement", "agreements", "deal", "deals", "contract", "contracts", "memorandum", "mou", "package",
            "grant", "loan", "order", "swap", "deposit",
            // "debt forgiveness totaling $35 million": debt forgiven is a deal, not a debt.
            "forgiveness",
        ]
        /// (Deposits too: "وديعة مالية قدرها مليار دولار" after "بدر الدين", a name, not a debt.)
        static let arabicDealStems = ["اتفاق", "صفق", "عقد", "عقود", "مذكر", "منح", "قرض", "طلبي", "وديع", "ودايع"]
    }
}
