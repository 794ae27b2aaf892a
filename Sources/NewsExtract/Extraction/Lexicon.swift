import NewsCore

/// The words the extractor reads facts by, in English and Arabic (Arabic in normalised spelling).
///
/// English words are matched case-insensitively at word starts; Arabic words anywhere inside a
/// word, since Arabic attaches particles and pronouns (وقعت، بالتوقيع، اتفاقيتين).
enum Lexicon {
    static let agreementNouns = [
        "agreement", "deal", "accord", "memorandum", "memoranda", "mou", "contract", "pact", "treaty", "treaties", "acquisition",
        "grant", "loan", "credit line", "order for", "joint venture",
        "اتفاق", "صفقه", "صفقات", "مذكره تفاهم", "مذكرات تفاهم", "عقد", "عقود", "معاهده", "استحواذ", "منحه", "قرض", "وديعه",
        "خط ائتمان", "طلبيه",
    ]
    /// Words that speak of a package already told ("these agreements", "هذه الاتفاقيات").
    static let packageReferences = [
        "these agreements", "the agreements", "these deals", "the deals", "those agreements", "the documents",
        "هذه الاتفاقيات", "الاتفاقيات", "هذه الاتفاقات", "الاتفاقات", "هذه الصفقات", "الصفقات", "هذه العقود", "العقود",
    ]
    /// Words after which a sentence enumerates the deals of a package.
    static let inclusionWords = ["include", "includes", "included", "including", "among them", "such as", "تشمل", "وتشمل", "من ابرزها", "ومن ابرز", "من بينها"]

    /// Status words, most advanced last: a sentence takes the last that it contains.
    static let statuses: [(Agreement.Status, [String])] = [
        (.announced, ["announce*", "unveil*", "extended", "renewed", "أعلن", "اعلن", "كشف", "جدد", "مدد"]),
        (.pledged, ["pledge*", "commit*", "vow*", "agreed to", "will join", "to join", "تعهد", "التزام", "التزم", "وافق", "الانضمام"]),
        (.signed, [
            "sign*", "inked", "finaliz*", "finalis*", "conclude*", "struck", "clinch*", "sealed", "came into force", "entered into force",
            "took effect", "وقع", "توقيع", "ابرم", "اللمسات الاخيره", "حيز التنفيذ",
        ]),
        (.completed, ["completed", "closed the deal", "اكتمل", "اتم", "انجز"]),
        (.cancelled, ["cancel*", "scrap*", "called off", "الغي", "الغت", "الغاء"]),
    ]

    static let tradeWords = [
        "trade", "traded", "commerce", "export*", "import*", "turnover",
        "التجاره", "التبادل التجاري", "تجاري", "الصادرات", "الواردات", "صادرات", "واردات",
    ]
    static let supplyWords = ["supplies", "supply", "supplied", "provides", "accounts for", "covers", "makes up", "تزود", "يزود", "تورد", "يورد", "توفر", "تغطي"]
    static let investmentWords = [
        "invest*", "fdi",
        "استثمار", "المستثمره", "مستثمر", "استثمر",
    ]
    static let cumulativeWords = [
        "cumulative", "total", "to date", "since", "stock", "overall", "largest investor", "biggest investor",
        "تراكمي", "اجمالي", "مجموع", "منذ", "حتي الان", "الاكبر", "اكبر مستثمر",
    ]
    static let largestWords = ["largest", "biggest", "top investor", "الاكبر", "اكبر"]
    static let companyWords = ["compan*", "firm*", "شركه", "شركات", "الشركات"]
    static let bilateralWords = [
        "bilateral", "the two", "both countries", "both sides", "both governments",
        "الثنائي", "البلدين", "البلدان", "الجانبين", "الجانبان", "الطرفين", "الطرفان",
    ]
    static let inWords = ["in", "into", "to", "في", "الي", "داخل"]
    static let fromWords = ["from", "من"]
    /// Verbs whose subject receives the investment.
    static let attractWords = ["attract*", "received", "receives", "drew", "lured", "استقطب", "جذب", "تلقت", "تلقي", "استقبلت"]

    static let commodities: [(String, [String])] = [
        ("uranium", ["uranium", "اليورانيوم", "يورانيوم"]), ("oil", ["oil", "crude", "النفط", "نفط"]),
        ("gas", ["natural gas", "lng", "الغاز"]), ("wheat", ["wheat", "القمح"]), ("tungsten", ["tungsten", "التنغستن"]),
        ("gold", ["gold", "الذهب"]), ("copper", ["copper", "النحاس"]), ("lithium", ["lithium", "الليثيوم"]),
        ("aircraft", ["aircraft", "planes", "طائرات"]),
    ]

    /// Named accords and what joining one means: the counterpart and the broker.
    static let accords: [(names: [String], counterpart: String, broker: String?)] = [
        (["abraham accords", "اتفاقيات ابراهيم", "اتفاقيات ابراهام", "اتفاقات ابراهيم", "اتفاقات ابراهام"], "IL", "US"),
    ]
    static let joinWords = ["join*", "accession", "انضم", "الانضمام", "انضمام"]

    static let mouWords = ["memorandum", "mou", "مذكره تفاهم", "مذكرات تفاهم"]
    static let tradeAgreementWords = [
        "free trade", "trade agreement", "trade deal", "economic partnership", "cepa",
        "تجاره حره", "اتفاقيه تجاريه", "الشراكه الاقتصاديه",
    ]
    static let purchaseWords = ["purchase*", "to buy", "order for", "شراء"]
    static let investmentDealWords = [
        "stake*", "rights to", "develop*", "investment*", "acquir*", "acquisition*", "joint venture",
        "حصه", "حقوق", "تطوير", "استثمار", "الاستحواذ", "مشروع مشترك",
    ]
    /// Verbs that make a deal without naming it an agreement ("is to purchase 100 aircraft").
    static let dealVerbs = [
        "to purchase", "to buy", "will buy", "will purchase", "is acquiring", "to acquire", "will acquire", "agreed to buy", "ordered", "awarded",
        "agreed on", "agreed to",
        "شراء حصه", "تستحوذ", "يستحوذ", "اتفق", "اتفاق علي",
    ]
    /// Verbs of an investment promised by a company or a fund, which makes it a deal.
    static let commitmentVerbs = [
        "will invest", "would invest", "is investing", "to invest", "plans to invest", "pledged to invest", "committed to invest", "will pay",
        "will spend", "would spend", "to spend",
        "will finance", "to finance",
        "ستستثمر", "سيستثمر", "تعتزم استثمار", "يعتزم استثمار", "ستضخ", "سيضخ",
    ]
    /// Nouns of deals that a clause may name instead of an agreement word.
    static let dealNouns = ["grant", "loan", "credit line", "financing", "plan", "program", "programme", "declaration", "statement", "منحه", "قرض", "خطه", "برنامج", "اعلان"]
    /// Words that introduce a list of signed documents.
    static let documentWords = ["documents", "signed", "وثائق", "وثيقه", "وقع", "توقيع"]
    /// Figures that are not facts of these kinds: budgets, output, prices, pay, losses.
    static let nonFactWords = [
        "budget", "gdp", "gross domestic", "price*", "salar*", "wage*", "deficit", "debt", "revenue*", "reserves",
        "ميزانيه", "موازنه", "الناتج المحلي", "سعر", "اسعار", "رواتب", "عجز", "الدين", "ايرادات", "احتياطي",
    ]
    /// Total trade between two countries (not exports or imports alone).
    static let tradeVolumeWords = [
        "trade", "turnover", "trade volume", "two-way trade", "bilateral trade", "trade exchange",
        "التبادل التجاري", "حجم التجاره", "التجاره", "المبادلات التجاريه", "التبادلات التجاريه",
    ]
    /// Words that turn a sentence to another subject ("…, while …", "فيما").
    static let otherSubjectWords = ["while", "whereas", "compared", "against", "فيما", "بينما", "في حين", "مقارنه", "مقابل"]
    /// Investors named as a group, and the name the ledger gives them.
    static let investorGroups: [(words: [String], name: String)] = [
        (["arab countries", "arab states", "arab investors", "الدول العربيه", "العربيه"], "Arab countries"),
        (["gulf states", "gulf countries", "gulf investors", "دول الخليج", "الخليجيه"], "Gulf states"),
        (["foreign direct investment", "foreign investment", "foreign investors", "fdi", "الاجنبيه المباشره", "الاستثمارات الاجنبيه", "المستثمرين الاجانب"], "foreign investors"),
    ]
    static let countriesWords = ["countries", "nations", "دوله", "دول", "بلدا"]
    /// Lenders that are no country.
    static let organizations = ["imf", "international monetary fund", "world bank", "صندوق النقد", "البنك الدولي"]
    /// Intentions: what someone plans, not what was done.
    static let intentWords = ["plan*", "intend*", "intention", "عزم", "تعتزم", "يعتزم", "تخطط", "يخطط"]
    /// A figure aimed at, not reached: targets, goals and forecasts.
    static let targetWords = [
        "aim*", "target*", "goal", "should lift", "should reach", "should rise", "expected to", "seek*", "forecast*", "projected",
        "could reach", "could rise", "to raise", "to double", "to boost", "to increase", "by 2025", "by 2026", "by 2027", "by 2028",
        "by 2030", "by 2035",
        "يهدف", "هدف", "تستهدف", "يستهدف", "مستهدف", "لمضاعفه", "الي رفع", "لرفع", "لزياده", "بحلول عام", "بحلول",
    ]
    /// Regions and groups without a country code: a figure of one of them is no country's.
    static let regionWords = [
        "africa", "asia", "europe", "latin america", "middle east", "arab countries", "mena", "asean",
        "افريقيا", "اسيا", "اوروبا", "امريكا اللاتينيه", "الشرق الاوسط", "الدول العربيه",
    ]
    /// A trade balance, which is not a trade volume.
    static let balanceWords = ["surplus", "deficit", "balance", "فائض", "عجز", "الميزان"]
    static let strongTradeVolumeWords = [
        "trade volume", "volume of trade", "turnover", "two-way trade", "bilateral trade", "trade exchange", "trade between",
        "التبادل التجاري", "حجم التجاره", "المبادلات التجاريه", "التبادلات التجاريه", "التجاره الثنائيه", "التجاره بين",
    ]
    /// Money that moves between countries but is not investment.
    static let nonInvestmentFlows = ["remittance*", "aid", "تحويلات", "المساعدات"]
    /// A stock of investment spoken of as a figure, not as a deal.
    static let stockWords = ["investments in", "investment in", "fdi", "استثمارات", "الاستثمارات"]
    static let signingWords = ["sign*", "inked", "وقع", "توقيع"]
    /// The head nouns of English agreement phrases (for "a …"/"the …").
    static let englishAgreementHeads: Set<String> = [
        "agreement", "agreements", "deal", "deals", "accord", "memorandum", "memoranda", "mou", "mous", "contract", "contracts", "pact", "treaty",
        "order", "orders", "grant", "grants", "loan", "loans", "venture", "ventures",
    ]
    /// Arabic agreement nouns without the article, as a word starts (after و ف ب ل).
    /// (Not bare عقد, which is also the verb "held": عقد قمما.)
    static let arabicAgreementStems = ["اتفاقيه", "اتفاقيات", "اتفاق", "صفقه", "صفقات", "مذكره", "مذكرات", "عقدا", "عقدين", "عقود", "منحه", "قرض", "وديعه", "طلبيه"]
    static let pluralAgreements = ["agreements", "deals", "contracts", "اتفاقيات", "اتفاقات", "صفقات", "عقود"]
}

/// A sentence prepared for word lookups: lowercased, Arabic normalised, spaces around words.
struct SearchableText {
    let text: String
    /// The text's UTF-8 when every scalar of it is plain (`CountryCatalog.isPlain`), nil otherwise.
    ///
    /// Plain scalars are characters of their own that no other sequence is canonically
    /// equivalent to, so Foundation's search for a plain word (which compares characters) finds
    /// it exactly where its bytes are.
    private let plainUTF8: [UInt8]?

    init(_ raw: String) {
        let folded = ArabicText.normalize(raw).lowercased()
        text = " " + String(String.UnicodeScalarView(folded.unicodeScalars.map { s in
            s.properties.isAlphabetic || s.properties.numericType != nil || s == "%" ? s : " "
        })) + " "
        plainUTF8 = CountryCatalog.isPlain(text) ? Array(text.utf8) : nil
    }

    /// Whether a word or phrase is there: Arabic anywhere (particles and pronouns attach to
    /// it); English as a whole word or its plural, or, for an entry ending in `*`, as a word start.
    func has(_ word: String) -> Bool {
        if let plainUTF8, CountryCatalog.isPlain(word) { return Self.has(word, in: plainUTF8) }
        return foundationHas(word)
    }

    /// `has(_:)` by Foundation's string search, for any text and word.
    func foundationHas(_ word: String) -> Bool {
        if ArabicText.containsArabic(word) { return text.contains(word) }
        if word.hasSuffix("*") { return text.contains(" " + word.dropLast()) }
        return text.contains(" " + word + " ") || text.contains(" " + word + "s ") || text.contains(" " + word + "es ")
    }

    /// `has(_:)` for a plain word in a plain text, byte by byte.
    static func has(_ word: String, in text: [UInt8]) -> Bool {
        var word = word
        return word.withUTF8 { w in
            text.withUnsafeBufferPointer { t in
                let space = UInt8(ascii: " ")
                if w.contains(where: { $0 >= 0xD8 && $0 <= 0xDB }) {
                    // Arabic (its letters are D8 xx to DB xx in UTF-8): anywhere.
                    return find(w[...], in: t) { _, _ in true }
                }
                if w.last == UInt8(ascii: "*") {
                    return find(w[..<(w.count - 1)], in: t) { start, _ in start > 0 && t[start - 1] == space }
                }
                return find(w[...], in: t) { start, end in
                    guard start > 0 && t[start - 1] == space else { return false }
                    // Followed by " ", "s " or "es ".
                    var k = end
                    if k < t.count && t[k] == UInt8(ascii: "e") { k += 1 }
                    if k < t.count && t[k] == UInt8(ascii: "s") { k += 1 }
                    let suffix = k - end
                    guard k < t.count && t[k] == space else { return false }
                    return suffix == 0 || suffix == 2 || (suffix == 1 && t[end] == UInt8(ascii: "s"))
                }
            }
        }
    }

    /// Whether `needle` occurs in `haystack` at a place (start, end) that `accept`s.
    @inline(__always)
    static func find(
        _ needle: Slice<UnsafeBufferPointer<UInt8>>, in haystack: UnsafeBufferPointer<UInt8>, accept: (Int, Int) -> Bool
    ) -> Bool {
        let n = needle.count
        guard haystack.count >= n else { return false }
        let base = needle.startIndex
        var i = 0
        while i <= haystack.count - n {
            var k = 0
            while k < n && haystack[i + k] == needle[base + k] { k += 1 }
            if k == n && accept(i, i + n) { return true }
            i += 1
        }
        return false
    }

    func hasAny(_ words: [String]) -> Bool { words.contains(where: has) }
}
