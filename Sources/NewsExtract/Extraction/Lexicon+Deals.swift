import NewsCore

/// The lexicon's words for deals: commodities and accords, kinds of agreement, projects, deal
/// verbs and stakes, totals and ordinals, agreeing, pledging and committing.
extension Lexicon {
    static let commodities: [(String, WordList)] = [
        ("uranium", ["uranium", "اليورانيوم", "يورانيوم"]), ("oil", ["oil", "crude", "النفط", "نفط"]),
        ("gas", ["natural gas", "lng", "الغاز"]), ("wheat", ["wheat", "القمح"]),
        ("tungsten", ["tungsten", "التنغستن"]),
        ("gold", ["gold", "الذهب"]), ("copper", ["copper", "النحاس"]), ("lithium", ["lithium", "الليثيوم"]),
        ("aircraft", ["aircraft", "planes", "طايرات"]),
    ]

    /// Named accords and what joining one means: the counterpart and the broker.
    static let accords: [(names: [String], counterpart: String, broker: String?)] = [
        (["abraham accords", "اتفاقيات ابراهيم", "اتفاقيات ابراهام", "اتفاقات ابراهيم", "اتفاقات ابراهام"], "IL", "US")
    ]
    static let joinWords: WordList = ["join*", "accession", "انضم", "الانضمام", "انضمام"]

    static let mouWords: WordList = [
        "memorandum", "memoranda", "mou", "letter of intent", "letters of intent", "خطاب نوايا", "اعلان نوايا", "مذكره",
        "مذكرات تفاهم", "مذكرتا تفاهم", "مذكرتي تفاهم",
    ]
    static let tradeAgreementWords: WordList = [
        "free trade", "trade agreement", "trade deal", "economic partnership", "cepa", "ceca", "fta",
        "تجاره حره", "اتفاقيه تجاريه", "الشراكه الاقتصاديه",
    ]
    static let purchaseWords: WordList = ["purchase*", "to buy", "order for", "orders for", "شراء"]
    static let investmentDealWords: WordList = [
        "stake*", "rights to", "develop*", "investment*", "acquir*", "acquisition*", "takeover*", "joint venture",
        "حصه", "حقوق", "تطوير", "استثمار", "استحواذ", "استحوذ", "مشروع مشترك",
    ]
    /// Verbs that make a deal without naming it an agreement ("is to purchase 100 aircraft").
    /// Verbs that commit to a project.
    /// Verbs of winning work: "won 30 projects worth $97 billion", "فازت بمشروع".
    static let winningWords: WordList = ["won", "awarded", "secured", "فازت", "فاز", "ترسيه"]
    /// Tenders, which are deals once won ("فازت شركة هواوي بمناقصة قيمتها 160 مليون دولار", "won a
    /// $160 million tender").
    /// (And orders won: "Boeing won an order from Vietnam Airlines for 50 jets".)
    static let tenderNouns: WordList = [
        "tender", "tenders", "مناقصه", "مناقصات", "an order", "order from", "orders from", "طلبيه", "طلبيات",
    ]
    /// A company's capital at its founding ("with a capital of", "برأسمال").
    static let capitalWords: WordList = [
        "capital of", "capitalised at", "capitalized at", "راسمال", "براسمال", "براس مال",
    ]
    /// Founding a company: "set up", "establish", "أسس", "تأسيس", "إنشاء".
    static let foundingWords: WordList = [
        "set up", "sets up", "setting up", "establish", "established", "establishing", "create", "created",
        "launch", "launched", "form", "formed", "اسس", "اسست", "اسسا", "تاسيس", "انشاء", "انشات", "انشا", "سيوسسان",
        "سيتم تاسيس",
    ]
    /// Verbs of approving a project with its cost ("the fund approved a $400 million hospital
    /// project", "أقر الصندوق مشروع مستشفى بكلفة تقديرية …"); Arabic أقر as a word, not
    /// inside "أقرب". (A budget approved, "أقر مشروع الميزانية", is a draft, no project.)
    static let approvingWords: WordList = ["approved", " اقر ", " اقرت ", " واقر ", " واقرت "]
    /// Projects that a signature with an amount makes deals of.
    static let projectNouns: WordList = [
        "refinery", "plant", "factory", "project", "port", "airport", "railway", "pipeline", "complex", "facility",
        "مصفاه", "مصنع", "مشروع", "محطه", "ميناء", "مطار", "خط انابيب",
        // Public works that aid and loans pay for ("a $50 million hospital", "بناء مستشفى").
        "hospital", "school", "university", "bridge", "highway", "motorway", "stadium", "metro line",
        "مستشفي", "مدرسه", "جامعه", "جسر", "طريق سريع", "ملعب", "مترو",
        // Centres built for a purpose ("a data centre", "مركزا للبيانات"), not a centre as a place.
        "data centre", "data center", "shopping centre", "shopping center", "للبيانات", "مركز بيانات",
        // Zones and parks set up together ("agreed to set up a joint industrial zone").
        "industrial zone", "economic zone", "free zone", "industrial park", "industrial city", "منطقه صناعيه",
        "منطقه اقتصاديه", "منطقه حره", "مدينه صناعيه",
    ]
    /// English nouns of a project that its cost stands right before ("a $50 million solar plant").
    static let projectHeads: Set<String> = [
        "project", "plant", "factory", "refinery", "port", "airport", "railway", "pipeline", "complex", "facility",
        "hospital", "school", "university", "bridge", "highway", "motorway", "stadium",
    ]
    /// Projects in the plural, as a list's line names them.
    static let projectListNouns: WordList = ["projects", "مشاريع", "مشروعات", "المشاريع", "المشروعات"]
    /// Works a project does: "إنشاء", "construction of".
    static let projectWorks: WordList = [
        "construction of", "supply of", "purchase of", "انشاء", "اقامه", "بناء", "تطوير", "توريد", "شراء", "تاهيل",
    ]
    static let projectVerbs: WordList = [
        "will build", "to build", "will set up", "to set up", "will establish", "to establish", "ستبني", "ستنشي",
        "ستقيم", "لانشاء", "لاقامه",
    ]
    static let dealVerbs: WordList =
        [
            "to purchase", "to buy", "will buy", "will purchase", "is acquiring", "to acquire", "will acquire",
            "agreed to buy", "ordered", "awarded", "placed an order", "placed orders", "placed a firm order",
            "شراء حصه", "تستحوذ", "يستحوذ",
        ] + depositedWords
    /// Money deposited in a central bank, done ("أودعت السعودية 3 مليارات دولار في البنك المركزي",
    /// "deposited $3 billion"), at a word's start.
    static let depositedWords: WordList = [" اودعت", " واودعت", " اودع", " واودع", "deposited"]
    /// Money to be deposited ("ستودع", "will deposit"), at a word's start: "مستودع" is a warehouse.
    static let toDepositWords: WordList = ["will deposit", " ستودع", " وستودع", " سيودع", " وسيودع"]
    /// The Arabic verbs of acquiring (`dealVerbs`, `buyingVerbs`), which also say holding:
    /// "تستحوذ الشركات … على استثمارات" (hold investments), "يستحوذ على نسبة", "استحوذ قطاع
    /// الاتصالات على النصيب الأكبر" (accounts for a share) are no deal and buy nothing.
    static let arabicAcquiringVerbs: WordList = ["تستحوذ", "يستحوذ", "استحوذ"]
    /// (And a part of a whole: "تستحوذ على 30% من إجمالي الصادرات", "… من حجم التجارة".)
    static let heldObjects: WordList = [
        "علي استثمارات", "علي نسبه", "علي النصيب", "من اجمالي", "من حجم", "من استثمارات", "من الاستثمارات",
        // A fraction of a whole told before ("استحوذت المملكة على خمس هذه الاستثمارات").
        "علي خمس", "علي ربع", "علي ثلث", "علي نصف", "علي ثلثي",
    ]
    /// Verbs of buying and the stakes bought: with both, a purchase of a stake is a deal.
    static let buyingVerbs: WordList = [
        "bought", "purchased", "acquired", "buys", "acquires", "اشترت", "اشتري", "استحوذت", "استحوذ",
        // A sale is the other side's purchase ("Boeing will sell four aircraft to Kenya Airways").
        "sold", "sells", "will sell", "to sell", " باعت", " ستبيع", " تبيع", " سيبيع", " يبيع",
    ]
    /// Verbs of buying by the buyer, without a sale (`buyingVerbs` has both).
    static let purchasingVerbs: WordList = [
        "bought", "purchased", "buys", "will buy", "to buy", "اشترت", "اشتري", "ستشتري", "تشتري",
    ]
    /// Acquiring a company, with the Arabic verb's every form and its noun ("استحوذت", "استحواذها").
    static let acquiringWords: WordList = [
        "acquired", "acquires", "to acquire", "will acquire", "acquisition of", "takeover of", "buyout of", "استحوذ",
        "استحواذ",
    ]
    /// Verbs of supplying to come, folded ("ستورد" at a word's start: "مستورد" is an importer).
    static let supplyingVerbs: WordList = [
        "will supply", "would supply", "agreed to supply", "is to supply", "ستزود", "سيزود", " ستورد", " وستورد",
        " سيورد", " وسيورد",
    ]
    /// Verbs of a work to come, built or developed by one side in the other's country, folded
    /// (at a word's start in Arabic).
    static let workPledgingVerbs: WordList = [
        "will build", "will develop", "will construct", "agreed to build", "agreed to develop", "plans to build",
        "plans to develop", " ستبني", " سيبني", " وستبني", " وسيبني", " ستطور", " سيطور", " ستنشي", " سينشي", " ستقيم",
        " سيقيم",
    ]
    /// Investing told as done, folded (not the noun استثمار, nor "will invest": a promise the
    /// rules of commitments read).
    static let investedVerbs: WordList = ["invested", "استثمرت", "واستثمرت", "استثمر", "واستثمر"]
    /// The same as words.
    static let investedVerbForms = Set(investedVerbs.words)
    /// A company's nouns, folded, that name what money was put into: "in شركة …", "in the
    /// company …" ("شركتي": two companies).
    static let targetCompanyNouns = ["شركه", "شركتي", "company", "firm", "group", "الشركه"]
    /// Firms all together, folded: what they acquired is a statistic, no deal.
    static let companiesTogether: WordList = ["firms", "companies", "شركات"]
    static let stakeWords: WordList = ["stake*", "shares", "حصه", "حصص", "اسهم"]
    /// Verbs that take a stake (with `stakeWords` and a percentage): "took a 49% stake in …".
    /// Investing for a share takes one too ("invested $1.5 billion in Jio Platforms for 2.32
    /// percent of the shares"), and so does taking over a share ("will take over 60 percent of
    /// shares in Telkom Kenya").
    static let stakeTakingVerbs: WordList = [
        "took a", "takes a", "take a", "taken a", "taking a", "invested", "take over", "takes over", "took over",
    ]
    /// Units that measure a quantity of goods rather than count things bought.
    static let measureUnits: WordList = [
        "tonne*", "ton", "tons", "barrel*", "bushel*", "cubic", "kilogram*", "litre*", "liter*", "megawatt*",
        "طن", "اطنان", "برميل", "براميل", "كيلوغرام", "لتر", "ميغاوات",
    ]
    /// A fund set up: "أنشأت … صندوقاً", "a new fund".
    static let fundSetUpWords: WordList = ["صندوقا", "a fund", "a new fund"]
    /// The value of a package told before, by its noun with the article ("the value of the
    /// signed agreements", "قيمة الاتفاقيات الموقعة").
    static let packageValueWords: WordList = [
        "value of the agreements", "value of the signed agreements", "value of these agreements",
        "value of the deals", "value of the signed deals", "قيمه الاتفاقيات", "قيمه الاتفاقات", "قيمه هذه الاتفاقيات",
        "قيمه الصفقات",
    ]
    /// Words of what a value will become ("when all of them are realised, … will jump to").
    static let projectionWords: WordList = [
        "will jump", "will rise", "will reach", "will grow", "when all", "ستصل", "سترتفع",
    ]
    /// Words of a package's total: "total value", "combined value", "القيمة الإجمالية".
    static let totalWords: WordList = [
        "total value", "combined value", "total worth", "in total", "a total of", "القيمه الاجماليه", "اجمالي قيمه",
        "القيمه الكليه",
    ]
    /// Words that give a statement's source: "according to", "بحسب".
    static let attributionWords = [
        "according", "said", "the ministry said", "بحسب", "حسب", "وفق", "كما", "قال", "اضاف", "اوضح", "ذكر",
    ]
    /// Ordinals that tell deals one by one: "the first … the second", "الأولى … والثانية".
    static let firstWords: WordList = ["the first", "الاولي", "الاول"]
    static let secondWords: WordList = ["the second", "الثانيه", "الثاني"]
    /// Words that tell a deal as one more: "also", "another", "كذلك".
    static let additionWords: WordList = ["also", "another", "additional", "كذلك", "ايضا", "اضافي"]
    /// Verbs of agreeing, which name a deal only with an amount.
    static let agreeingVerbs: WordList = ["agreed on", "agreed to", "agreed with", "اتفق", "اتفاق علي", "وافق"]
    /// The words that turn a sentence to a clause of another subject (`Drafts.subjectTurns`).
    static let subjectTurnWords = WordList(Drafts.subjectTurns)
    /// "agreed" with the deal as its object ("agreed a financing package", "agreed an MoU"): the
    /// deal named after it is made, as one signed is.
    static let agreedDeal: WordList = ["agreed a", "agreed an", "agreed a new", "agreed on a", "agreed on an"]
    /// Agreeing to sell abroad: the sale is the deal ("agreed to sell 90,000 tonnes … worth $1
    /// billion", "وافق على توريد … بقيمة").
    static let agreedSales: WordList = [
        "agreed to export", "agreed to supply", "agreed to sell", "علي تصدير", "علي توريد", "علي بيع", "علي تزويد",
    ]
    /// Words that give a deal's value right before its amount.
    static let valueWords: WordList = [
        "worth", "valued at", "value of", "بقيمه", "قيمتها", "قيمته", "تقدر", "تبلغ قيمتها",
    ]
    /// What agreeing on makes a deal of: projects, purchases, sales, supplies.
    static let agreedObjects: WordList = [
        "project*", "purchase*", "sale of", "supply of", "مشاريع", "مشروع", "شراء", "بيع", "توريد",
    ]
    /// Building a work, as what two sides agree on: with a project noun, the deal agreed.
    static let agreedWorks: WordList = [
        "to build", "to construct", "to set up", "to develop", "علي انشاء", "علي اقامه", "علي بناء", "علي تطوير",
    ]
    /// Words of carrying out deals already in force.
    /// (Arabic تنفيذ as the noun of carrying out, with what follows it: "تنفيذ الاتفاقيات",
    /// "تنفيذها"; not the adjective "executive", "البرنامج التنفيذي", a document of its own.)
    static let implementationWords: WordList = [
        "implement*", "activat*", "follow up on", "تفعيل", "تنفيذ ", "تنفيذها", "تنفيذه ", "متابعه",
    ]
    /// Verbs of an investment promised by a company or a fund, which makes it a deal.
    static let commitmentVerbs: WordList =
        [
            "will invest", "would invest", "is investing", "to invest", "plans to invest", "pledged to invest",
            "committed to invest", "will pay",
            "will spend", "would spend", "to spend", "will place", "would place",
            "will finance", "to finance", "will lend", "would lend", "to lend",
            "ستستثمر", "سيستثمر", "تعتزم استثمار", "يعتزم استثمار", "ستضخ", "سيضخ", "ستقرض", "سيقرض",
            // Financing to come ("ستمول الصين مشروع القطار … بقيمة"), at a word's start.
            " ستمول", " وستمول", " سيمول", " وسيمول",
            // An intention to invest announced: "أعلنت قطر اعتزامها استثمار …", "intends to invest".
            "intends to invest", "intend to invest", "intention to invest", "اعتزامها استثمار", "اعتزامه استثمار",
            "عزمها استثمار", "عزمه استثمار",
            "نيتها استثمار", "نيته استثمار", "تنوي استثمار", "ينوي استثمار",
            // A plan to invest announced ("أعلنت الشركة عن خطة لضخ 500 مليون يورو في مصنع"), as
            // "plans to invest".
            "خطه لاستثمار", "خطه لضخ", "خطط لاستثمار", "خطط لضخ", "خططا لاستثمار", "خططا لضخ", "plan to invest",
            // Money one country will provide another ("تعتزم تقديم مبلغ … لمصر"): a loan or a grant.
            "will provide", "would provide", "intends to provide", "تعتزم تقديم", "يعتزم تقديم", "ستقدم", "سيقدم",
            // Money to be pumped in, announced ("أعلن جهاز قطر للاستثمار عن ضخ 10 مليارات …").
            " عن ضخ",
            // Money a side wants to put in.
            "wants to invest", "want to invest", "wishes to invest",
        ] + toDepositWords
    /// Words that tell an amount as what a work costs, right before it ("with an investment of",
    /// "at a cost of", "باستثمارات", "بتكلفة"), normalised and lowercased. (Narrower than
    /// `Drafts.costWords`, the words a list item's title leaves out before its amount.)
    static let workCostWords: Set<String> = [
        "investment", "investments", "cost", "costing", "worth", "valued", "باستثمارات", "باستثمار", "بتكلفه",
        "بكلفه", "بقيمه", "وبتكلفه", "وباستثمارات",
    ]
    /// `workCostWords` as a list to look up: a sentence without one tells no cost.
    static let workCostWordList = WordList(workCostWords.sorted())
    /// Arabic verbs of intending and planning, and the future of undertaking ("ستقوم ب…"), before
    /// their subject (`plansACostedWork`).
    static let arabicPlanningVerbs: Set<String> = [
        "تعتزم", "يعتزم", "تنوي", "ينوي", "تخطط", "يخطط", "ستقوم", "سيقوم", "تستعد", "يستعد",
    ]
    /// The Arabic verbal nouns of building and setting up, with their prepositions.
    static let arabicBuildingNouns: Set<String> = [
        "انشاء", "بناء", "اقامه", "تشييد", "لانشاء", "لبناء", "لاقامه", "لتشييد", "بانشاء", "ببناء", "باقامه",
        "بتشييد",
    ]
    /// A work a side intends or plans to build ("plans to build a battery plant in Morocco with
    /// an investment of $2 billion", "تعتزم شركة صينية إنشاء مصنع … باستثمارات"): with a project's
    /// noun and an amount, a promise of investment. (Not a bare "to build": "needs $5 billion to
    /// build ports" promises nothing.)
    static let buildingIntentions: WordList = [
        "plans to build", "will build", "would build", "intends to build", "is set to build", "plans to set up",
        "will set up", "plans to construct", "will construct", "plans to establish", "will establish",
        "تعتزم انشاء", "تعتزم بناء", "يعتزم انشاء", "يعتزم بناء", "تخطط لانشاء", "تخطط لبناء", "يخطط لانشاء",
        "يخطط لبناء", "ستقوم ببناء", "ستقوم بانشاء", "سيقوم ببناء", "سيقوم بانشاء", " ستنشي", " سينشي", " ستبني",
        " سيبني",
        // A project announced with its cost ("أعلن عن مشروع لخط مترو … باستثمار 2 مليار دولار").
        "اعلن عن مشروع", "اعلنت عن مشروع", "announced a project", "unveiled a project",
    ]
    /// Money set aside; for investment, a promise of it ("allocated $10 billion for investment in …",
    /// "تخصيص مبلغ للاستثمار في …").
    /// Spending, which one country alone does at home (`Drafts.readAgreement`).
    /// (An English word also finds its plural in "s": "spend" finds "spends" and "will spend".)
    static let spendingWords: WordList = ["spend", "spending"]
    /// What a donor does with the money it gives: allots, pledges or grants it ("while Saudi
    /// Arabia pledged $1.5 billion", "في حين خصصت السعودية 1.5 مليار دولار"). The verbs only:
    /// "investment pledges" in a clause of their own are a statistic.
    static let donorVerbs: WordList =
        allocationWords + grantingVerbs + ["pledged", "تعهدت"]
    static let allocationWords: WordList = [
        "allocated", "allocate", "allocating", "earmarked", "earmark", "تخصيص", "خصصت", "خصص",
    ]
    /// Arabic verbs of intending, normalised, that may stand apart from the investing they intend.
    /// (Wanting and preparing count: "ترغب السعودية في ضخ 10 مليارات دولار للاستثمار في البرازيل",
    /// "تستعد مجموعة … لضخ استثمارات".)
    static let arabicIntentionVerbs: WordList = [
        "تعتزم", "يعتزم", "تنوي", "ينوي", "تخطط", "يخطط", "ترغب", "يرغب", "تستعد", "يستعد",
        // Two or more intending ("الحكومتان … تعتزمان استثمار …").
        "تعتزمان", "يعتزمان", "يعتزمون", "تنويان", "ينويان", "تخططان", "يخططان", "تستعدان", "يستعدان",
        // A plan under which money is invested ("خطة تقوم بموجبها المملكة باستثمار 10 مليارات دولار").
        "خطه",
        // The noun of intending, its owner after it ("أعلن الأمير عزم بلاده ضخ 10 مليارات يورو").
        "عزم", "اعتزام",
    ]
    /// Lines of credit, counted as deals are ("three credit lines", "خطوط ائتمان").
    static let creditLines: WordList = [
        "credit line", "credit lines", "lines of credit", "خط ائتمان", "خطوط ائتمان", "خطوط الائتمان",
    ]
    /// English nouns of a change, right after the amount it is of (`Drafts.namesAChange`).
    static let changeNouns: Set<String> = [
        "increase", "rise", "jump", "hike", "decrease", "drop", "decline", "fall", "cut", "reduction",
    ]
    /// English verbs of announcing, as written before their object (`Drafts.announcesAnInvestment`).
    static let announcingVerbs: WordList = [
        "announced", "announcing", "announces", "announce", "unveiled", "unveiling",
    ]
    /// Arabic verbs of announcing, at a word's start ("أعلنت", "وأعلنت", "تعلن").
    static let arabicAnnouncingVerbs: WordList = [" اعلنت", " واعلنت", " اعلن", " واعلن", " تعلن", " يعلن"]
    /// What is announced "عن" right before an amount: investing it, pumping it in.
    static let announcedInvestingWords: WordList = ["عن استثمار", "عن ضخ", "عن استثمارات"]
    /// The Arabic verbal nouns of investing and pumping money in, after a verb of intending
    /// (`Drafts.intendsToInvest`).
    /// (Launching projects worth an amount is promising them: "يعتزم … إطلاق مشروعات … بقيمة 46 مليار دولار".)
    static let investingNouns: Set<Substring> = ["استثمار", "باستثمار", "لاستثمار", "ضخ", "لضخ", "اطلاق"]
    /// Words of a promise; with an investment word, a promise of investment.
    /// (Not "commit*": a "State Committee on Investment" pledges nothing.)
    static let pledgeWords: WordList = [
        "pledge*", "commit", "commits", "committed", "committing", "commitment", "commitments", "vow*", "promised",
        "تعهد", "التزم",
        // The noun ("أكد البيت الأبيض التزام السعودية باستثمار 600 مليار دولار").
        "التزام", "تعهدات",
    ]

    /// Words of a deal among three or four sides ("four-way", "trilateral", "رباعية").
    static let manySidedWords: WordList = [
        "three way", "four way", "trilateral", "quadrilateral", "ثلاثيه", "رباعيه", "الثلاثيه", "الرباعيه",
    ]

    /// Nouns of deals that a clause may name instead of an agreement word. (A statement is a
    /// deal only when both sides make it: "in a statement he signed" is a press release.)
    static let dealNouns: WordList = [
        "grant", "loan", "credit line", "financing", "plan", "program", "programme", "declaration", "joint statement",
        "statement of intent",
        "framework", "roadmap",
        "charter", "منحه", "قرض", "خطه", "برنامج", "اعلان", "بتمويل", "ميثاق", "خارطه طريق", "خريطه طريق",
    ]
    /// A deal told as apart from those before it.
    static let separateDealWords: WordList = [
        "separate deal", "separate agreement", "separate contract", "separate order", "separately", "صفقه منفصله",
        "اتفاقيه منفصله", "عقد منفصل",
    ]
    /// Words that introduce a list of signed documents.
    static let documentWords: WordList = [
        "documents", "signed", "inked", "signature*", "وثايق", "وثيقه", " وقع", " ووقع", "توقيع",
    ]
}
