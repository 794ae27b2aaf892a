import NewsCore

/// The lexicon's words for figures: trade volumes, investors and investment, targets and
/// forecasts, periods, shares and the words that tell an agreement's head.
extension Lexicon {
    /// Figures that are not facts of these kinds: budgets, output, prices, pay, losses.
    static let nonFactWords: WordList = [
        "budget", "gdp", "gross domestic", "price*", "salar*", "wage*", "deficit", "debt", "revenue*", "reserves",
        "ميزانيه", "موازنه", "الناتج المحلي", "سعر", "اسعار", "رواتب", "عجز", "الدين", "ايرادات", "احتياطي",
    ]
    /// Total trade between two countries (not exports or imports alone).
    static let tradeVolumeWords: WordList =
        [
            "trade", "turnover", "trade volume", "two way trade", "bilateral trade", "trade exchange",
            "commercial exchange", "commercial exchanges", "exchanges between", "non oil exchanges",
            "changed hands between",
            // "Iran and China exchanged $8.5 billion worth of products": goods exchanged both ways.
            "exchanged goods", "exchanged products", "worth of goods", "worth of products",
            "التبادل التجاري", "حجم التجاره", "التجاره", "تجاره", "المبادلات التجاريه", "التبادلات التجاريه",
            "حجم التبادل", "التبادل بين",
            "المبادلات بين", "قيمه المبادلات", "حجم المبادلات",
            // "الصين تأتي بعد إيطاليا بـ 2.95 مليار يورو من المبادلات": the amount of the exchanges.
            "من المبادلات",
            "التعاملات التجاريه", "المعاملات التجاريه", "trade operations", "trading operations",
        ] + bothWaysWords + indefiniteTradeVolumeWords + rankedPartnerWords
    /// Partners ranked by their trade ("China topped Egypt's trading partners with $14 billion",
    /// "تصدرت الصين قائمة الشركاء التجاريين لمصر بقيمة …"): the amount is the pair's trade.
    static let rankedPartnerWords: WordList = [
        "trading partner", "trading partners", "الشركاء التجاريين", "الشركاء التجاريون", "الشريك التجاري",
        "شريك تجاري", "شركاء تجاريين",
    ]
    /// Both ways of trade between two sides, which is two-way trade (one country's "exports and
    /// imports" are its trade with the world).
    static let bothWaysWords: WordList = [
        "exports and imports between", "imports and exports between", "الصادرات والواردات بين",
        "الواردات والصادرات بين",
        "صادرات وواردات بين", "واردات وصادرات بين",
    ]
    /// Trade named without the article: "بتبادل تجاري وصل إلى …", "تجارة بينية", "حجم مبادلات",
    /// and a country's trade in the construct state ("حجم تجارة مصر مع الصين").
    static let indefiniteTradeVolumeWords: WordList = [
        "تبادل تجاري", "حجم تبادل", "مبادلات تجاريه", "تبادلات تجاريه", "التجاره البينيه", "تجاره بينيه", "حجم مبادلات",
        "حجم تجاره",
        // The object of a verb, with the alif of its case ending: "شهد العام الماضي تبادلاً تجارياً …".
        "تبادلا تجاري",
    ]
    /// Words that turn a sentence to another subject ("…, while …", "فيما").
    static let otherSubjectWords: WordList = [
        "while", "whereas", "compared", "against", "فيما", "بينما", "في حين", "مقارنه", "مقابل",
    ]
    /// Investors named as a group, and the name the ledger gives them.
    static let investorGroups: [(words: WordList, name: String)] = [
        (
            ["arab countries", "arab states", "arab investors", "arab investment", "الدول العربيه", "العربيه"],
            "Arab countries"
        ),
        (
            ["gulf states", "gulf countries", "gulf investors", "gulf investment", "دول الخليج", "الخليجيه"],
            "Gulf states"
        ),
        (foreignInvestmentWords, "foreign investors"),
    ]
    /// Arabic words after which "ب" sets a country beside another, not the place money goes
    /// ("مقارنة بالسعودية", "متبوعا بالمملكة المتحدة"), normalised.
    static let besideWords: Set<String> = ["مقارنه", "قياسا", "اسوه", "متبوعا", "متبوعه", "مرورا", "يليها", "تليها"]
    /// Words that place one partner after another in a ranking ("followed by", "ثم", "تأتي بعد").
    static let rankingTurnWords: WordList = [
        "followed by", "comes after", "came after", "then", "تاتي بعد", "ياتي بعد", "جاءت بعد", "جاء بعد", "تلتها",
        "يليها", "تليها", "ثم", "وبعدها",
    ]
    /// Words that rank what they name by an amount (`Drafts.ranksWithinTheRecipient`).
    static let rankingWords: WordList = [
        "highest", "top destination", "followed by", "the largest share", "الاعلي", "تلتها", "يليها", "تليها",
    ]
    /// Words that name investors, not where investment goes.
    static let investorWords: WordList = [
        "investor", "source of", "sources of", "fdi sources", "investment sources", "top sources", "largest sources",
        "biggest sources", "source countries", "مستثمر", "مصدر",
    ]
    /// Investment from abroad, whoever the investors are.
    static let foreignInvestmentWords: WordList = [
        "foreign direct investment", "foreign investment", "foreign investors", "fdi", "registered foreign capital",
        // "Foreign companies continued to invest in Serbia and … invested EUR 3.7 billion".
        "foreign companies", "foreign firms",
        "foreign capital inflow*", "capital importation", "الاجنبيه المباشره",
        "الاستثمارات الاجنبيه", "المستثمرين الاجانب",
        // Without the article, as a verb's object: "استقطبت مصر استثمارات أجنبية مباشرة بقيمة …".
        "اجنبيه مباشره", "اجنبيا مباشرا", "استثمارات اجنبيه", "استثمار اجنبي", "استثمارا اجنبيا",
        "مستثمرين اجانب",
        "المستثمرون الاجانب",
        // A group's investment, no single investor's: "Arab investment in Egypt reached …".
        "arab investment", "arab investments", "gulf investment", "gulf investments", "الاستثمارات العربيه",
        "الاستثمار العربي", "استثمارات عربيه", "الاستثمارات الخليجيه", "استثمارات خليجيه",
    ]
    /// (Arabic words are found anywhere in a word, so "دول" takes its end: "دولار" is no country.)
    static let countriesWords: WordList = ["countries", "nations", "دوله", "دول ", "بلدا"]
    /// Lenders that are no country.
    static let organizations: WordList = [
        "imf", "international monetary fund", "world bank", "صندوق النقد", "البنك الدولي",
    ]
    /// Intentions: what someone plans, not what was done.
    static let intentWords: WordList = ["plan*", "intend*", "intention", "عزم", "تعتزم", "يعتزم", "تخطط", "يخطط"]
    /// A figure aimed at, not reached: targets, goals and forecasts.
    static let targetWords: WordList = [
        "aim*", "target*", "goal", "should lift", "should reach", "should rise", "expected to", "expects to",
        "expect to", "seek*", "forecast*", "projected", "strive for", "strives for", "striving for", "strive to",
        "could reach", "could rise", "could grow", "could increase", "could exceed", "may grow", "will allow",
        "would allow", "will enable", "would enable", "can reach", "can go up", "can rise", "can grow", "may reach",
        "guess", "to raise",
        "to double", "to boost", "to increase", "hope to", "hopes to", "hoping to",
        // "the need for India and the UAE to push bilateral trade beyond $200 billion".
        "to push", "need to", "needs to",
        "to achieve", "لتحقيق", "الي تحقيق",
        // The verbal noun of reaching is an aim ("يطمحان للوصول إلى"); the verb (وصل) is a figure reached.
        "الوصول الي", "للوصول",
        "يهدف", "هدف", "تستهدف", "يستهدف", "مستهدف", "لمضاعفه", "الي رفع", "لرفع", "لزياده",
        // توقع (expected), يتوقع, المتوقع; يأمل, نأمل, تأمل (hopes); and the hope as a noun, with
        // raising as the verbal noun after "في" ("أعرب عن أمله في رفع قيمة الاستثمارات إلى …"),
        // each with the word before it (a bare "امله" is inside "العاملة").
        "توقع", "يامل", "نامل", "تامل", "عن امله", "عن املها", "عن املهم", "عن الامل", " في رفع",
        // Aspiring ("تطمح تونس إلى أن يصل حجم المبادلات إلى مليار دولار").
        "تطمح", "يطمح", "نطمح", "aspire*",
        // Seeking to reach ("تسعى لبلوغ 10 مليارات دولار"), and a forecast judged likely ("رجّح أن
        // يتخطى 6 مليارات").
        "لبلوغ", "الي بلوغ", "عازمه علي", "عازم علي", "عازمون علي", "تسعي الي", "يسعي الي", "نسعي الي", "يسعيان الي",
        "رجح", "يرجح", "ترجح",
    ]
    /// Target words that an expected deal does not explain away (`expectedDeals` holds "expected
    /// to" and the signing verb أن توقع, whose letters are those of توقع, expected).
    static let targetsBesideExpectation = WordList(targetWords.words.filter { $0 != "expected to" && $0 != "توقع" })
    /// Raising after a past verb of helping it along ("أسهم في رفع"), normalised.
    static let contributedRaising = WordList(contributedVerbs.filter(ArabicText.containsArabic).map { $0 + " في رفع" })
    /// Target words that such raising does not explain away: all but " في رفع".
    static let targetsBesideContribution = WordList(targetWords.words.filter { $0 != " في رفع" })
    /// A deal expected to be made: "expected to sign", not a figure forecast.
    static let expectedDeals: WordList =
        [
            "expected to sign", "expected to ink", "expected to announce", "expected to seal", "expected to finali*",
            "expected to be signed",
            // "أن توقع", "أن يوقع": to sign, whose letters hold توقع (expect); so do "توقعان" (the two
            // sign) and "ستوقع" (will sign).
            "ان توقع", "ان يوقع", "ان يتم توقيع", "توقعان", "ستوقع",
        ] + signingPresent
    /// "الإمارات توقع مع إثيوبيا اتفاقيات", "مصر توقع اتفاقية": the present of signing, whose
    /// letters are those of توقع (expected), told by what follows it: "with" or the document.
    static let signingPresent: WordList = ["توقع مع", "توقع اتفاق", "توقع مذكر", "توقع عقد"]
    /// The names of a country's trade with all others: "total trade", "foreign trade", "global trade".
    static let allTradeNames = [
        "total trade", "foreign trade", "overall trade", "global trade", "world trade", "external trade",
        "التجاره الخارجيه", "اجمالي التجاره", "التجاره العالميه",
    ]
    /// `allTradeNames` as a list to look up.
    static let allTradeWordList = WordList(allTradeNames)
    /// Trade of one country with all others, or of the world: those names and the possessives
    /// that may name it ("its trade", "تجارتها").
    static let ownTradeWords = WordList(allTradeNames + ["its trade", "their trade", "تجارتها", "تجارته"])
    /// Trade of one country with the world, named so ("its foreign trade", "trade between Vietnam
    /// and its partners"): no bilateral figure whatever country the article pairs it with. (Not
    /// the possessives, which may point at a partner.)
    static let worldTradeWords = WordList(
        allTradeNames + [
            "its partners", "its trading partners", "its trade partners", "the rest of the world", "with the world",
            "شركائها التجاريين", "شركائه التجاريين", "دول العالم", "مع العالم",
        ])
    /// Words that open the parts of the amount before them ("$20 billion, of which …").
    static let breakdownWords: WordList = ["of which", " منها", " ومنها", "من بينها"]
    /// Agreeing on a principle, not on a deal: "agreement on the need for", "اتفاق على أهمية".
    static let principleWords: WordList = [
        "on the importance of", "on the need", "on the necessity",
        "علي اهميه", "علي ضروره", "علي اولويه",
    ]
    /// A trade figure told in the future is a forecast ("will reach $7 billion", "سيصل إلى").
    static let forecastWords: WordList = [
        "will reach", "will exceed", "will rise", "will grow", "will hit", "will top", "will surpass", "would reach",
        "set to reach",
        "سيصل", "ستصل", "سيبلغ", "ستبلغ", "سيرتفع", "سترتفع", "سيتجاوز", "ستتجاوز",
        // The present after أن is still to come ("أن يتخطى 6 مليارات دولار خلال 2023").
        "ان يتخطي", "ان تتخطي", "ان يتجاوز", "ان تتجاوز", "ان يصل", "ان تصل", "ان يبلغ", "ان تبلغ",
    ]
    /// Gerunds of raising that a preposition makes an aim ("on increasing trade to").
    static let aimedGerunds: Set<String> = ["increasing", "boosting", "lifting", "doubling", "expanding", "growing"]
    /// Verbs of raising in their plain form, whose "to" introduces an aim.
    static let raisingVerbs: Set<String> = [
        "lift", "raise", "boost", "increase", "double", "bring", "take", "push", "expand", "bringing", "brings",
        "raising",
        "رفع", "لرفع", "برفع", "زياده", "لزياده", "بزياده", "مضاعفه", "لمضاعفه", "يرفع", "ترفع", "نرفع",
        // Of two ("the two countries raise trade to …"), and after و.
        "يرفعان", "ترفعان", "ويرفع", "وترفع", "ويرفعان", "وترفعان", "سيرفع", "سترفع",
        // Taking up ("الارتقاء بالتجارة البينية إلى 10 مليارات دولار").
        "الارتقاء", "بالارتقاء", "للارتقاء",
    ]
    /// Verbs that say a change took place ("شهدت زيادة", "saw an increase"), normalised.
    static let witnessingVerbs: Set<String> = ["شهدت", "شهد", "سجلت", "سجل", "عرفت", "عرف", "saw", "witnessed"]
    /// Past verbs of having helped bring a change about ("helped lift", "أسهم في رفع"), normalised:
    /// the raise they tell was made, no aim.
    static let contributedVerbs: Set<String> = ["helped", "اسهم", "ساهم", "اسهمت", "ساهمت"]
    /// Verbs that state where a figure stands ("which reached", "الذي بلغ"), normalised, with spaces.
    static let statingVerbs = [
        " reached ", " stood at ", " totalled ", " totaled ", " amounted to ", " amounting to ", " came to ",
        " بلغ ", " بلغت ", " وصل ", " وصلت ", " سجل ", " سجلت ", " ناهز ", " ناهزت ",
    ]
    /// Words that may stand in brackets before an amount told again in another currency
    /// ("(some 430 billion rupees)", "(أي ما يعادل …)"), lowercased and normalised.
    static let conversionWords: Set<String> = [
        "about", "around", "approximately", "roughly", "some", "nearly", "almost", "or", "equivalent", "to", "equal",
        "worth",
        "نحو", "حوالي", "قرابه", "اي", "ما", "يعادل", "يوازي", "بما", "مايعادل",
    ]
    /// The words (with `conversionWords`) and links (`restatingLinks`, as runs of folded words)
    /// that tell an amount again (`Drafts.restates`): "that's about", "which is", "or some", "أي
    /// ما يعادل".
    static let restatingWords: Set<String> = conversionWords.union(["that", "s", "thats", "which", "is"])
    static let restatingLinks = [
        " that s ", " that is ", " thats ", " which is ", " or ", " اي ", " يعادل ", " يوازي ", " مايعادل ",
    ]
    /// The single words of `statingVerbs` that "to" can follow ("amounted to", "وصل إلى").
    static let statingVerbWords: Set<String> = [
        "reached", "amounted", "amounting", "totalling", "totaling", "came", "بلغ", "بلغت", "وصل", "وصلت", "ناهز",
        "ناهزت",
    ]
    /// Periods in words, lowercased and normalised, as the text says them.
    static let relativePeriods = [
        "last year", "this year", "the previous year", "a year earlier", "the year before", "so far this year",
        "the first half", "the second half", "the first quarter", "the second quarter", "the third quarter",
        "the fourth quarter",
        "the first nine months", "the first eight months", "the first seven months", "the first six months",
        "the first five months",
        "the first four months", "the first three months", "the first two months", "the past year", "last month",
        "العام الماضي", "العام الحالي", "العام الجاري", "السنه الماضيه", "العام السابق", "النصف الاول", "النصف الثاني",
        "الربع الاول", "الربع الثاني", "الربع الثالث", "الربع الرابع", "الاشهر التسعه الاولي", "الاشهر الثمانيه الاولي",
        "الاشهر السبعه الاولي", "الاشهر السته الاولي", "الاشهر الخمسه الاولي", "الاشهر الاربعه الاولي",
        "الاشهر الثلاثه الاولي",
        "الشهر الماضي",
    ]
    /// Words that distribute deals over the countries named ("with each of", "كل من", "respectively").
    static let eachWords: WordList = ["each of", "respectively", "كل من", "تباعا", "كل منها"]
    /// A deadline after an amount makes it a target ("$50 billion by 2030").
    static let deadlineWords: WordList = [
        "by 20*", "within", "over the next", "in the next", "in the coming", "بحلول", "خلال السنوات", "في غضون",
    ]
    /// The deadline word that past years may follow (`Drafts.overPastYears`).
    static let overTheYears: WordList = ["خلال السنوات"]
    static let otherDeadlines = WordList(deadlineWords.words.filter { !overTheYears.words.contains($0) })
    /// Years gone by: "الماضية", "الأخيرة", "السابقة", "المنصرمة".
    static let pastWords: WordList = ["الماضيه", "الاخيره", "السابقه", "المنصرمه"]
    /// Regions and groups without a country code: a figure of one of them is no country's.
    /// The markets a country's exports go to, ranked (`Drafts.speaksOfTotalTrade`).
    static let exportMarkets: WordList = [
        "biggest market", "largest market", "top market", "main market", "biggest export market",
        "largest export market", "export markets", "biggest markets", "largest markets", "اكبر سوق", "اهم الاسواق",
        "اسواق التصدير", "الاسواق المستورده", "اكبر الاسواق",
    ]
    /// Trade named both ways, which a ranking of markets does not rule out.
    static let twoWayTradeWords: WordList = [
        "trade volume", "volume of trade", "two way trade", "bilateral trade", "trade exchange", "trade between",
        "trading partner", "trade partner", "حجم التبادل", "التبادل التجاري", "حجم التجاره", "الشريك التجاري",
    ]
    /// Groups of countries named by what they share ("Gulf states", "دول الخليج"): no party of a
    /// figure. (European countries are the EU's, as the country finder reads them.)
    static let countryGroups: WordList = [
        "arab countries", "african countries", "asian countries", "gulf countries", "gulf states", "other countries",
        "belt and road countries", "دول الخليج", "الدول الخليجيه", "الدول الافريقيه", "دول افريقيه", "الدول الاسيويه",
        "دول اخري", "الدول الاخري",
    ]
    static let regionWords: WordList = [
        "africa", "asia", "europe", "latin america", "middle east", "arab countries", "mena", "asean", "the continent",
        "eurasian",
        // Asia at a word's start only: inside words it is "سياسيا" (politically) and "قياسيا" (a record).
        "افريقيا", " اسيا", " واسيا", " باسيا", " لاسيا", "اوروبا", "امريكا اللاتينيه", "الشرق الاوسط", "الدول العربيه",
        "القاره", "الاوراسي",
        // The members of a bloc or a trade area ("the member states", "دول منطقة التجارة الحرة").
        "member states", "member countries", "member nations", "countries of the", "الدول الاعضاء", "دول منطقه",
        "دول اتفاقيه", "دول الاتفاقيه",
        // Blocs without a code of their own: the Gulf Cooperation Council, the African Union, ASEAN.
        "gcc", "gulf cooperation council", "gulf states", "african union", "مجلس التعاون", "دول الخليج",
        "الاتحاد الافريقي", "رابطه دول جنوب شرق اسيا",
    ]
    /// An agreement named only as the bloc its members make up ("exports to the countries of the
    /// agreement", "دول اتفاقية التجارة الحرة"): no deal of the sentence.
    static let blocAgreements: WordList = [
        "countries of the agreement", "members of the agreement", "parties to the agreement", "دول اتفاقيه",
        "دول الاتفاقيه", "اعضاء الاتفاقيه",
    ]
    /// Flows one way: what a country imports or exports.
    static let oneWayFlowWords: WordList = [
        "import", "imported", "importing", "importer", "export*", "الواردات", "الصادرات", "واردات", "صادرات",
    ]
    /// What makes an amount that names no country other than the whole figure of the country
    /// the article's figures go to: exports, an average of years, a part of its provinces.
    static let notTheCountrysFigure: WordList =
        oneWayFlowWords + ["imports", "importers", "average", "province*", "localities", "متوسط", "المحافظات"]
    /// A trade balance, which is not a trade volume.
    static let balanceWords: WordList = [
        "surplus", "deficit", "balance", "imbalance", "trade gap", "فايض", "عجز", "الميزان",
    ]
    static let strongTradeVolumeWords: WordList =
        [
            "trade volume", "volume of trade", "turnover", "two way trade", "bilateral trade", "trade exchange",
            "trade between",
            // "the commercial exchange between the two countries": trade, as Spanish and
            // Portuguese news put it in English.
            "commercial exchange", "commercial exchanges",
            // "goods worth €173 billion changed hands between Germany and the US".
            "changed hands between",
            "التبادل التجاري", "حجم التجاره", "المبادلات التجاريه", "التبادلات التجاريه", "التجاره الثناييه",
            "التجاره بين",
            // "حجم التبادل": exchange with no adjective is trade where its volume is told.
            "حجم التبادل", "التبادل بين",
            // "قيمة المبادلات بين تونس والجزائر": exchanges between two countries, or their value, are trade.
            "المبادلات بين", "قيمه المبادلات", "حجم المبادلات",
            // "الصين تأتي بعد إيطاليا بـ 2.95 مليار يورو من المبادلات": the amount of the exchanges.
            "من المبادلات",
        ] + bothWaysWords + indefiniteTradeVolumeWords
    /// Money that moves between countries but is not investment.
    static let nonInvestmentFlows: WordList = ["remittance*", "aid", "تحويلات", "المساعدات"]
    /// The words of trade that `Drafts.namesTrade` looks for after an amount, as folded.
    static let tradeAfterAmount: Set<String> = ["trade", "التبادل", "التجاره"]
    /// The same, to tell at once that a sentence has none.
    static let tradeAfterAmountWords = WordList(tradeAfterAmount.sorted())
    /// Trade named in a quarrel between countries, as folded.
    static let tradeQuarrels: WordList = [
        "trade row", "trade war", "trade dispute", "trade tension*", "trade spat", "trade conflict", "trade friction*",
        "الحرب التجاريه", "النزاع التجاري", "التوترات التجاريه",
    ]
    /// The statistics' name for investment from abroad, as folded.
    static let directInvestmentWords: WordList = [
        "fdi", "foreign direct investment", "الاستثمار الاجنبي المباشر", "الاستثمارات الاجنبيه المباشره",
    ]
    /// Money told by where it came from, as part of a total ("$295 million of the investment
    /// made came from China"): a statistic of its sources, not a promise.
    static let sourceWords: WordList = [
        "came from", "come from", "coming from", "originated from", "originating from", "جاءت من", "جاء من",
        "مصدرها",
    ]
    /// A stock of investment spoken of as a figure, not as a deal.
    static let stockWords: WordList = ["investments in", "investment in", "fdi", "استثمارات", "الاستثمارات"]
    /// Arabic وقع at a word's start only: inside a word it is "expected" (متوقعة) or "site" (موقع).
    static let signingWords: WordList =
        [
            "sign", "signs", "signed", "signing", "signature*", "signatory", "signatories", "inked", "penned",
            "concluded",
            "sealed", "formalized", "formalised", " وقع", " ووقع", "توقيع", "الموقعه", "ابرم", "ابرام",
            // The present and future of two or more signing ("تشيلي وبيرو توقعان اتفاقية"), and of one with ي.
            "توقعان", "يوقعان", "ستوقعان", "سيوقعان", "يوقع", "ستوقع", "يوقعون",
        ] + signingPresent
    /// The head nouns of English agreement phrases (for "a …"/"the …").
    static let englishAgreementHeads: Set<String> = [
        "agreement", "agreements", "deal", "deals", "accord", "memorandum", "memoranda", "memorandums", "mou", "mous",
        "contract",
        "contracts", "pact", "treaty",
        "order", "orders", "grant", "grants", "donation", "loan", "loans", "protocol", "protocols", "deposit",
        "venture",
        "ventures", "documents", "swap", "partnership",
        "programme", "program", "declaration", "declarations", "initiative", "refinery", "plant",
    ]
    /// Arabic agreement nouns without the article, as a word starts (after و ف ب ل).
    /// (Not bare عقد, which is also the verb "held": عقد قمما.)
    static let arabicAgreementStems = [
        "اتفاقيه", "اتفاقيات", "اتفاق", "صفقه", "صفقات", "صفقتين", "صفقتان", "مذكره", "مذكرات", "مذكرتا", "مذكرتي",
        "عقدا", "عقدين", "عقدان", "عقود",
        "منحه", "قرض", "وديعه", "طلبيه",
    ]
    /// The agreement stems and the other documents a signing names, as a word starts: an
    /// executive programme, a protocol, a charter, a joint declaration, a document ("وقعا البرنامج
    /// التنفيذي …، وإعلانا مشتركا …" are two). Only where a sentence already speaks of signing
    /// them; alone, "برنامج" or "إعلان" is no deal.
    static let arabicSignedDocumentStems =
        arabicAgreementStems + ["برنامج", "البرنامج", "بروتوكول", "البروتوكول", "ميثاق", "الميثاق", "اعلانا", "وثيقه"]
    /// Whether every stem is plain (`PlainText.isPlain`), as the byte test of `Drafts.speaksOfNewAgreement` needs.
    static let plainAgreementStems = arabicAgreementStems.allSatisfy(PlainText.isPlain)
    /// What a share is of (`Drafts.shareOf`), most particular first, and its English name.
    static let shareBases: [(words: WordList, name: String)] = [
        (
            directInvestmentWords, "foreign direct investment"
        ),
        (["invest*", "استثمار"], "investment"),
        (["import", "imported", "importing", "importer", "الواردات", "واردات"], "imports"),
        (["export*", "الصادرات", "صادرات"], "exports"),
        (["trade", "commerce", "تجاره", "التبادل التجاري", "مبادلات"], "trade"),
        (["market", "سوق"], "the market"),
    ]
    /// Words that make a share's base the whole of it: "of all FDI", "من إجمالي".
    static let totalOfWords: WordList = ["all", "total", "overall", "combined", "اجمالي", "مجمل", "مجموع"]
    /// Words that give the whole an amount is part of: "out of a total of", "من إجمالي".
    static let outOfWholeWords: WordList = [
        "out of", "of the total", "of a total", "من اجمالي", "من اصل", "من مجموع",
        // "مليار و250 مليون دولار ضمن منحة تقدر بخمسة مليارات": within a larger whole.
        "ضمن",
    ]
    /// Words that tell a number of things without counting them.
    static let severalWords: WordList = [
        "several", "a number of", "a series of", "a raft of", "عدد من", "عددا من", "جمله من", "سلسله من", "حزمه من",
        "مجموعه من",
    ]
    /// A deal told as the largest of a package told before it ("The biggest deal is …", "أكبر هذه
    /// الصفقات"): one of its parts, not the package, whatever its amount.
    static let largestPartWords: WordList = [
        "the biggest deal", "the largest deal", "the biggest agreement", "the largest agreement",
        "the biggest contract", "the largest contract", "the biggest of", "the largest of", "the biggest single",
        "the largest single", "اكبر هذه الصفقات", "اكبر الصفقات", "اكبر هذه الاتفاقيات", "اكبر الاتفاقيات", "اكبرها",
    ]
    /// A region named as the one money goes to ("a $55 billion package for Africa", "تمويلات لأفريقيا").
    static let regionRecipients: WordList = [
        "for africa", "to africa", "for african countries", "to african countries", "for the continent",
        "for latin america", "to latin america", "for asia", "for the region", "لافريقيا", "للدول الافريقيه",
        "للقاره الافريقيه", "لدول القاره",
        // Regional blocs without a country code of their own ("pledged to ECOWAS").
        "to ecowas", "for ecowas", "to the economic community of west african states",
        "to economic community of west african states", "to the african union", "for the african union",
        "to sadc", "to asean", "for asean", "لمجموعه ايكواس", "للاتحاد الافريقي",
    ]
    static let pluralAgreements: WordList = [
        "agreements", "deals", "contracts", "memoranda", "mous", "اتفاقيات", "اتفاقات", "صفقات", "عقود",
    ]
}
