import NewsCore

/// The words the extractor reads facts by, in English and Arabic (Arabic in normalised spelling).
///
/// English words are matched case-insensitively at word starts; Arabic words anywhere inside a
/// word, since Arabic attaches particles and pronouns (وقعت، بالتوقيع، اتفاقيتين).
enum Lexicon {
    static let agreementNouns: WordList =
        [
            "agreement", "deal", "accord", "memorandum", "memoranda", "mou", "contract", "pact", "treaty", "treaties",
            "acquisition",
            "grant", "loan", "deposit", "protocol", "credit line", "line of credit", "lines of credit",
            // Money given outright ("an unconditional donation of $45 million to Senegal", "تبرع").
            "donation", "تبرع",
            "financial assistance", "aid package",
            "assistance package", "order for", "orders for",
            // "got a £500,000 order with a Chinese distributor", "orders worth $2 billion" ("1044 orders
            // with a month to go" is a count, so not the plural with "with").
            "order with", "order worth", "orders worth",
            "compact", "debt swap", "debt conversion", "مبادله الديون",
            // Trade and partnership agreements by their initials ("signed a CEPA", "the FTA"):
            // "cepa", "ceca", "fta" and India's "dtaa" are no other English word.
            "cepa", "ceca", "fta", "dtaa",
            "مبادله ديون",
            "تحويل الديون", "تحويل ديون", "عن ديونها", "عن ديونه", "concession", "credit facility", "loan facility",
            "joint venture", "مشروع مشترك", "مشروعا مشتركا", "documents", "وثايق", "currency swap", "swap line",
            "مبادله العملات", "مبادله عملات", "letter of intent", "letters of intent", "letter of exchange",
            "letters of exchange", "exchange of letters", "exchange of notes", "خطاب نوايا", "خطابات نوايا",
            "اعلان نوايا", "مذكره تعاون",
            "مذكرات تعاون",
            "اتفاق", "صفقه", "صفقات", "مذكره تفاهم", "مذكرات تفاهم", "عقدا", "عقدين", "عقدان", "عقود", "معاهده",
            "استحواذ",
            "منحه", "هبه", "قرض", "وديعه",
            "خط ايتمان", "تسهيلات ايتمانيه", "حزمه مساعدات", "مساعدات ماليه", "طلبيه", "بروتوكول", "قروض", "مذكرات",
            "مذكرتا تفاهم", "مذكرتي تفاهم", "مذكرتا تعاون", "مذكرتي تعاون", "صفقتين", "صفقتان",
        ] + investmentPackages
    /// Negotiations that take a deal as their object ("launched talks on a free trade agreement",
    /// "مفاوضات بشأن اتفاقية"): the deal is not made yet.
    static let negotiationWords: WordList = [
        "talks on a", "talks on an", "talks on the", "talks toward*", "talks for a", "negotiations on a",
        "negotiations on an", "negotiations on the", "negotiations for a", "negotiations toward*", "negotiating a",
        "negotiating an", "negotiating the", "to negotiate", "مفاوضات بشان", "مفاوضات حول", "مفاوضات لابرام",
        "التفاوض علي", "التفاوض بشان", "للتفاوض", "بدء مفاوضات", "بدء المفاوضات", "start negotiations",
        "begin negotiations", "launch negotiations", "start talks", "begin talks",
    ]
    /// Talks on concluding a deal, whose word of concluding is no status: "restarting talks on
    /// finalising a free trade agreement", "مفاوضات لاستكمال اتفاقية".
    static let negotiatedConclusions: WordList = [
        "talks on finalising", "talks on finalizing", "talks on concluding", "talks to finalise", "talks to finalize",
        "talks to conclude", "negotiations on finalising", "negotiations on finalizing", "negotiations on concluding",
        "negotiations to finalise", "negotiations to finalize", "negotiations to conclude", "مفاوضات لاستكمال",
        "مفاوضات لابرام", "مفاوضات لوضع اللمسات",
    ]
    /// A package named again ("the package", "الحزمة").
    static let packageWords: WordList = ["package", "packages", "حزمه", "الحزمه", "رزمه", "الرزمه"]
    /// A deal denied: "No agreement was signed", "did not sign", "لم يتم توقيع أي اتفاقية".
    static let deniedDeals: WordList = [
        "no agreement", "no agreements", "no deal", "no deals", "did not sign", "didn t sign", "not signed",
        "without signing", "failed to sign", "failed to reach", "لم يتم توقيع", "لم توقع", "لم يوقع", "دون توقيع",
        "بدون توقيع", "لم يتم التوصل", "لم يتوصل",
        // A deal said to be needless: "It won't need an agreement to be signed". (An apostrophe
        // is a space in the text these are looked up in.)
        "won t need an agreement", "will not need an agreement", "doesn t need an agreement",
        "does not need an agreement", "without an agreement", "without a deal", "لا يحتاج الي اتفاق",
        "لا تحتاج الي اتفاق", "دون اتفاق", "بدون اتفاق",
    ]
    /// A deal only hoped for or sought ("London hopes to sign a free trade deal", "تسعى إلى توقيع
    /// اتفاقية"): not made, whatever word of signing it holds.
    static let hopedDeals: WordList = [
        "hopes to sign", "hope to sign", "hoping to sign", "wants to sign", "want to sign", "aims to sign",
        "aim to sign", "seeks to sign", "seek to sign", "seeking to sign", "would like to sign", "hopes to conclude",
        "seeks to conclude", "يامل في توقيع", "تامل في توقيع", "يامل توقيع", "تامل توقيع", "يسعي الي توقيع",
        "تسعي الي توقيع", "يسعي لتوقيع", "تسعي لتوقيع", "يطمح الي توقيع", "تطمح الي توقيع",
    ]
    /// Efforts toward deals ("efforts are on to sign various investment and trade related
    /// economic deals", "جهود لتوقيع اتفاقيات"): not made yet. The deal may stand a few words on,
    /// over an "and" of its qualifiers.
    static let soughtDeals: WordList = [
        "efforts to sign", "efforts are on to sign", "effort to sign", "working to sign", "work to sign",
        "جهود لتوقيع", "جهود توقيع", "جهودا لتوقيع", "العمل علي توقيع",
    ]
    /// Measures one country takes against another ("a package of economic measures against the
    /// country", "عقوبات على"): no deal between them.
    static let hostileMeasures: WordList = [
        "measures against", "sanctions against", "sanctions on", "retaliatory", "punitive", "عقوبات علي",
        "عقوبات ضد", "اجراءات ضد", "اجراءات عقابيه",
    ]
    /// A package of investments one side announces for another: a commitment made as a deal, not
    /// a figure of investment.
    static let investmentPackages: WordList = [
        "investment package", "investment packages", "حزمه استثمارات", "حزمه استثماريه",
        // "حزمة من المشاريع الاقتصادية والاستثمارات والودائع": a package of projects or of money.
        "حزمه من المشاريع", "حزمه مشاريع", "حزمه من الاستثمارات", "حزمه من الودايع", "package of investments",
        "package of projects",
        // And a package of financing ("a €420 million financing package for Senegal", "حزمة تمويل").
        "financing package", "funding package", "حزمه تمويل", "حزمه تمويليه",
    ]
    /// Words after the Arabic verb عقد ("held") or the noun for a decade: no contract.
    static let heldWords = [
        "خلال", "في", "امس", "اليوم", "حاليا", "اجتماع", "جلس", "لقاء", "موتمر", "قم", "محادثات", "مباحثات", "ندو",
        "منتد", "مشاورات",
        "الزعيمان", "الجانبان", "الطرفان", "الريسان", "الوزيران", "الوفدان", "وفد", "الماضي", "الحالي", "المقبل",
        "القادم", "الاخير",
    ]
    /// Words before the Arabic verb عقد that open its clause.
    static let heldOpeners: Set<String> = ["التي", "الذي", "حيث", "وقد", "قد", "كما", "ثم", "بعدما", "عندما", "وحيث"]
    /// Arabic duals of agreement nouns: two deals.
    static let dualAgreements: WordList = [
        "مذكرتا", "مذكرتي", "اتفاقيتين", "اتفاقيتان", "اتفاقين", "اتفاقان", "عقدين", "عقدان", "صفقتين", "صفقتان",
    ]
    /// Words that speak of a package already told ("these agreements", "هذه الاتفاقيات").
    static let packageReferences: WordList = [
        "these agreements", "the agreements", "these deals", "the deals", "those agreements", "the documents",
        "هذه الاتفاقيات", "الاتفاقيات", "هذه الاتفاقات", "الاتفاقات", "هذه الصفقات", "الصفقات", "هذه العقود", "العقود",
    ]
    /// Words after which a sentence enumerates the deals of a package.
    static let inclusionWords: WordList = [
        "include", "includes", "included", "including", "among them", "such as", "تشمل", "وتشمل", "شملت", "تضمنت",
        "تتضمن", "من ابرز", "ابرزها", "من بين", "بينها", "ومنها", "من ضمنها", "ranging from", "تمتد من", "تتراوح بين",
        // "وبين حزمة الاتفاقات كان …" (and among the package of agreements was …).
        "وبين حزمه", "وبين الاتفاق", "وبين هذه الاتفاق", "among the agreements", "among the deals",
        // "ثلاث اتفاقيات، منها اتفاقية بمبلغ …" (of which an agreement of …): "منها" before a deal's noun.
        "منها اتفاقيه", "منها اتفاق", "منها مذكره", "منها عقد",
        // "بقيمة 4 مليارات دولار، عبارة عن 2 مليار وديعة، ومليار منحة": what a package consists of.
        "عباره عن", "consisting of",
    ]

    /// How a sentence opens that adds one more deal to those told before it, word by word in
    /// normalised spelling: "إضافة إلى مذكرة تفاهم …" (`Extractor.opensWithAnotherDeal`).
    static let additionOpeners: [[String]] = [
        ["اضافه", "الي"], ["بالاضافه", "الي"], ["علاوه", "علي"], ["الي", "جانب"],
        // "وهناك اتفاقيتان تتعلقان بالكهرباء": more deals, there being some.
        ["وهناك"], ["هناك"],
    ]
    /// How a sentence opens that names one deal among a counted package ("Among the 10
    /// agreements signed was …"), each with the space after it (`Drafts.amongLink`).
    static let amongOpeners = WordList(["among", "وضمن", "ضمن", "ومن ضمن", "من ضمن"].map { $0 + " " })
    /// The words that then name the deal, in folded text: "was an agreement …", "، كان هناك اتفاق …".
    static let packageLinks = [" was ", " were ", " كان هناك ", " كانت هناك ", " كان ", " كانت "]
    /// Words beside `inclusionWords` that give a whole's parts ("of which", "يشمل … منها").
    static let partsWords: WordList = ["of which", "يشمل", "ويشمل", " منها "]
    /// Words that set an amount beside the one before it, as a comparison of the same figure.
    static let comparisonWords: WordList = [
        "against", "compared with", "compared to", "up from", "down from", "versus", "مقابل", "مقارنه",
    ]
    /// Words that give an amount again in another currency ("150 مليار يوان بما يعادل 17 مليار فرنك",
    /// "80 مليون أورو أي ما يناهز 268 مليون دينار", "equivalent to").
    static let equivalenceWords: WordList = [
        "يعادل", "اي ما يناهز", "اي قرابه", "اي نحو", "equivalent to", "equivalent of", "equal to",
    ]
    /// The word before an amount that a figure rose or fell by ("by", "بمقدار", "بزيادة"), normalised.
    static let changeByWords: Set<String> = ["by", "بمقدار", "بزياده"]
    /// Nouns of a change right before an amount: "an increase of", "زيادة قدرها".
    static let changeOfWords: WordList = [
        "an increase of", "a rise of", "a decrease of", "a drop of", "a decline of", "a jump of", "growth of",
        "زياده قدرها", "بزياده قدرها", "ارتفاع قدره", "بارتفاع قدره",
        "تراجع قدره", "انخفاض قدره",
    ]
    /// Verbs of a figure reaching an amount.
    static let reachingVerbs: WordList = [
        "added", "reached", "stood at", "amounted to", "totalled", "totaled", "came to", "بلغ", "وصل", "سجل", "ناهز",
    ]
    /// Words of the figures that a bare scaled number may be, in the article's one currency.
    static let figureWords = tradeVolumeWords + investmentWords
    /// Verbs of a figure rising or falling, before such an amount.
    static let riseAndFallVerbs: WordList = [
        "rose", "increased", "grew", "jumped", "climbed", "surged", "fell", "declined", "dropped", "decreased", "ارتفع",
        "زاد", "زادت",
        "انخفض", "تراجع", "قفز", "نما", "نمت", "تقلص",
    ]
    /// Words of lending for what follows them ("بتمويل الصادرات", "export financing" is read by its order).
    static let financingWords: Set<String> = [
        "تمويل", "بتمويل", "لتمويل", "وتمويل", "financing", "finance", "finances",
    ]
    /// How a sentence opens that points back at the one deal told before it ("The project is …"),
    /// each with the space after it.
    static let pointingBackOpeners = WordList(
        [
            "the project", "the plant", "the deal", "the facility", "the scheme", "this project", "المشروع",
            // A demonstrative for the deal told: "This expansion adds $100 million", "ويعد هذا المشروع …".
            "this expansion", "the expansion", "this investment", "this deal", "ويعد هذا", "يعد هذا", "وتعد هذه",
            "تعد هذه", "هذا التوسع", "هذا المشروع", "هذه الصفقه",
            // The work the deal builds, by name: "The pipeline will cost …".
            "the pipeline", "the railway", "the port", "the refinery", "the factory", "the complex",
            // An order told before, by its price: "At list prices, the latest order is worth …".
            "the order", "the latest order", "the new order", "this order", "the purchase", "at list prices",
            "at list price",
        ].map { $0 + " " } + workCosts)
    /// A sentence that opens with the cost or value of the work a deal builds: "The cost of the
    /// plant is put at …", "وتبلغ تكلفة المحطة …", "وتقدر كلفة الميناء بـ…".
    static let workCosts: [String] = {
        let works = ["المشروع", "المحطه", "المصنع", "الميناء", "المصفاه", "المطار", "الخط"]
        let verbs = ["وتبلغ", "وتقدر", "تبلغ", "تقدر", "وتصل", "وبلغت", "وقدرت"]
        let arabic = verbs.flatMap { v in ["قيمه", "تكلفه", "كلفه"].flatMap { n in works.map { "\(v) \(n) \($0)" } } }
        let english = ["project", "plant", "pipeline", "railway", "port", "refinery", "factory", "complex"].flatMap {
            ["the cost of the \($0)", "the value of the \($0)"]
        }
        return (arabic + english).map { $0 + " " }
    }()
    /// How a sentence opens that gives the rest of the deal before it ("The remaining ¥7
    /// billion is for …"), each with the space after it.
    static let remainderOpeners = WordList(
        [
            "the remaining", "the rest", "the balance", "the remainder", "والمبلغ المتبقي", "المبلغ المتبقي", "والباقي",
            "ويخصص الباقي",
        ].map { $0 + " " })
    /// How a sentence opens that lists what the sentence before told of ("They include …"), each
    /// with the space after it.
    static let inclusionOpeners = WordList(
        [
            "they include", "they included", "these include", "these included", "those include", "the deals include",
            "the agreements include", "among them", "among these", "ومن بينها", "ومن بينهم", "ومنها", "وتشمل", "وشملت",
            "وتضمنت", "وتتضمن",
        ].map { $0 + " " })
    /// Whether `words` (a sentence's `SearchableText`) opens with one of `openers`
    /// (`pointingBackOpeners`, `inclusionOpeners`).
    ///
    /// A plain opener in a plain text is compared byte by byte: plain text has no combining
    /// marks, so its characters are its scalars, and plain scalars equal only themselves.
    static func opens(_ words: SearchableText, withOneOf openers: WordList) -> Bool {
        let text = words.text.drop { $0 == " " }
        guard let bytes = words.plainUTF8 else { return openers.contains { text.hasPrefix($0) } }
        let start = bytes.firstIndex { $0 != UInt8(ascii: " ") } ?? bytes.endIndex
        return openers.entries.contains { opener in
            opener.plainness == .plain ? bytes[start...].starts(with: opener.utf8) : text.hasPrefix(opener.text)
        }
    }

    /// Arabic words that tell agreements named with the article as more of them ("أخرى", "عدد من").
    static let arabicMoreWords: Set<String> = ["اخري", "جديده", "عده", "عدد", "العديد", "مجموعه", "سلسله", "حزمه"]
    /// The Arabic verbs among `inclusionWords`, which come before the package they enumerate.
    static let arabicInclusionVerbs: Set<String> = ["تشمل", "وتشمل", "شملت", "تضمنت", "تتضمن", "تمتد من", "تتراوح بين"]

    /// Status words, most advanced last: a sentence takes the last that it contains.
    static let statuses: [(Agreement.Status, WordList)] = [
        (
            .announced,
            [
                "announce*", "unveil*", "extended", "renewed", "approv*", "ratif*", "reached", "agreed", "launch*",
                "awarded", "won", "secured",
                "granted", "provided", "received", "exchanged", "welcomed", "made an agreement", "made a deal",
                // The ceremony of handing over documents signed ("witnessed the exchange of 12 MoUs").
                "witnessed the exchange", "exchange of mous", "exchange of memoranda", "exchange of agreements",
                "exchange of documents",
                "اعلن", "كشف", "صادق", "مصادقه", "اقرار", "منحت", "قدمت", "حصلت علي", "فازت", "اطلق", "تبادل", "اتفق",
                // A deal reached or entered into ("تم التوصل إلى اتفاقية", "تم الاتفاق على", "entered
                // into a partnership agreement"; "دخلت … في اتفاق" is `Drafts.status`'s).
                "توصل", "التوصل", "تم الاتفاق", "جري الاتفاق", "حصل علي", "entered into",
            ]
        ),
        (
            .pledged,
            [
                "pledge*", "commit", "commits", "committed", "committing", "commitment", "commitments", "vow*",
                "agreed to", "will join", "to join", "intends to", "intention to",
                "is set to", "are set to",
                "تعهد", "التزام", "التزم", "وافق", "الانضمام", "اعتزام", "تعتزم", "يعتزم", "تنوي", "ينوي",
            ]
        ),
        (
            .signed,
            [
                // The forms of signing, not "sign*", which also says "significant" and "signal".
                "sign", "signs", "signed", "signing", "signature*", "signatory", "signatories", "ink", "inks", "inked",
                "penned", "finaliz*", "finalis*", "conclude*", "struck", "clinch*", "sealed", "came into force",
                "put its name to", "put their names to", "put his name to", "put her name to",
                "entered into force",
                "took effect", " وقع", " ووقع", "توقيع", "الموقعه", "ابرم", "ابرام", "اللمسات الاخيره", "حيز التنفيذ",
                // The present and future of signing, as "sign" and "will sign" are: "مصر والصين
                // توقعان اتفاقية" (not توقع alone, which also says "expected").
                "توقعان", "يوقعان", "يوقعون", "ستوقعان", "سيوقعان", "ستوقع", "سيوقع", "يوقع",
            ] + signingPresent
        ),
        (.completed, ["completed", "closed the deal", "اكتمل", "اتم", "انجز"]),
        // (ألغى as a word of its own: "قطع الغيار" are spare parts.)
        (.cancelled, ["cancel*", "scrap*", "called off", " الغي ", " والغي ", "الغيت", "الغت", "الغاء"]),
    ]

    static let tradeWords: WordList = [
        "trade", "traded", "commerce", "export*", "import", "imported", "importing", "importer", "turnover",
        "التجاره", "تجاره", "التبادل التجاري", "تجاري", "الصادرات", "الواردات", "صادرات", "واردات",
    ]
    static let supplyWords: WordList = [
        "supplies", "supply", "supplied", "provides", "accounts for", "covers", "makes up", "تزود", "يزود", "تورد",
        "يورد", "توفر", "تغطي",
    ]
    static let investmentWords: WordList = [
        "invest*", "fdi", "registered capital", "disbursed capital", "pledged capital", "registered foreign capital",
        "foreign capital inflow*", "capital importation",
        // "countries pouring capital into Vietnam": capital put into a country.
        "pouring capital", "poured capital", "pumping capital", "pumped capital", "injected capital",
        "استثمار", "المستثمره", "مستثمر", "استثمر",
        // The present tense drops the alif: "تستثمر الكويت … في مصر".
        "يستثمر", "تستثمر",
    ]
    /// Words of a period before another ("the previous year", "العام السابق").
    static let previousPeriodWords = ["previous", "prior", "preceding", "year before", "السابق", "الذي سبقه"]
    /// Trade and investment told as one (`Drafts.joinsTradeAndInvestment`), folded.
    static let tradeAndInvestment: WordList = [
        "trade and investment", "trade and investments", "investment and trade", "investments and trade",
        "التجاره والاستثمار", "التجاره والاستثمارات", "الاستثمار والتجاره", "الاستثمارات والتجاره",
    ]
    /// Companies founded, several of them (`Drafts.foundsCompanies`, with `capitalWords`).
    static let companiesFoundedWords: WordList = [
        "تاسيس شركات", "انشاء شركات", "تاسيس الشركات", "new companies", "companies set up", "companies established",
    ]
    /// Verbs of giving money or setting it aside (`Drafts.grantPurpose`).
    static let givingWords: WordList = [
        "provide", "provides", "provided", "providing", "allocated", "allocates", "earmarked", "granted", "grants",
        "donated", "donates",
        "تقديم", "تقدم", "قدمت", "قدم", "يقدم", "تخصيص", "خصصت", "خصص", "تمنح", "منحت", "يمنح", "منح",
    ]
    /// Verbs of granting money, at a word's start (`Drafts.readAgreement`).
    static let grantingVerbs: WordList =
        [" منحت", " ومنحت", " تمنح", " ستمنح", " يمنح", " سيمنح", "granted"] + lendingVerbs
    /// Lending, as a headline tells it ("Kuwait lends Jordan $100m", "أقرضت الكويت الأردن"): a loan.
    static let lendingVerbs: WordList = ["lends", "lent", "loaned", " اقرضت", " تقرض", " يقرض"]
    /// What money given is for, after its amount: another's support or benefit.
    static let forTheBenefitWords: WordList = [
        "to support", "in support of", "to help", "to assist", "for the benefit of", "لدعم", "دعما", "لمساعده", "لصالح",
        "لقوات", "لتمويل",
        "to fund",
    ]
    /// Verbs of what money pays for, after "to"/"for" right after an amount (`Drafts.fundsAPurpose`).
    static let purposeVerbs: Set<String> = [
        "increase", "increasing", "boost", "boosting", "promote", "promoting", "support", "supporting", "develop",
        "developing", "fund", "funding",
        "finance", "financing", "help", "improve", "improving", "strengthen", "strengthening", "expand", "create",
        "build", "building",
    ]
    /// The same in Arabic, a preposition and a verbal noun in one word, normalised.
    static let arabicPurposeWords: Set<String> = [
        "لزياده", "لتعزيز", "لدعم", "لتمويل", "لتطوير", "لتحسين", "لانشاء", "لبناء", "لمساعده", "لتنميه",
    ]
    /// Countries spoken of as a group ("African countries", "الدول العربية"): no one recipient.
    static let groupOfCountriesWords: WordList = [
        "countries", "nations", "neighbours", "neighbors", "partners", "جيرانها", "جيرانه", "دول الجوار", " دول ",
        " الدول ", " لدول ", " للدول ", " بلدان ", " البلدان ",
    ]
    /// Projects that two countries run together (`Drafts.namesJointProjects`).
    static let jointProjectWords: WordList = [
        "jointly with", "joint projects", "المشروعات المشتركه", "المشاريع المشتركه", "مشروعات مشتركه", "مشاريع مشتركه",
        // Projects two countries have chosen together ("have selected 18 priority projects").
        "priority projects", "مشاريع ذات اولويه", "المشاريع ذات الاولويه", "مشروعات ذات اولويه",
        "مشروعا مشتركا",
        // "المشروعات الزراعية المشتركة بين البلدين" (an adjective between the noun and مشتركة).
        "المشتركه بين",
    ]
    /// Offices, bodies and events named for investment or trade, lowercased and normalised: their
    /// names do not make a sentence speak of investment or of trade (`Extractor.Reading.topicWords`
    /// leaves them out). A fund or an authority that invests is no such name.
    static let officeNames: WordList = [
        "minister of investment", "ministry of investment", "minister for investment", "investment minister",
        "investment ministry",
        "trade and investment minister", "minister of trade and investment", "ministry of trade and investment",
        "uk trade and investment",
        "investment promotion agency", "investment promotion", "board of investment", "investment bank",
        "investment forum", "investment conference",
        "investment summit", "وزير الاستثمار", "وزيره الاستثمار", "وزاره الاستثمار",
        "وزير التجاره والاستثمار", "وزاره التجاره والاستثمار", "بنك الاستثمار", "للاستثمار في البنيه التحتيه",
        "منتدي الاستثمار",
        "ملتقي الاستثمار", "موتمر الاستثمار",
        // Named for trade.
        "minister of trade", "ministry of trade", "minister for trade", "trade minister", "trade ministry",
        "department of trade",
        "chamber of commerce", "world trade organization", "وزير التجاره", "وزيره التجاره", "وزاره التجاره",
        "غرفه التجاره",
        // Portfolios that name trade after others ("وزير الاستثمار والصناعة والتجارة").
        "وزير الصناعه والتجاره", "وزاره الصناعه والتجاره", "وزير الاقتصاد والتجاره", "وزاره الاقتصاد والتجاره",
        "وزير الاستثمار والتجاره", "وزاره الاستثمار والتجاره", "وزير الاستثمار والصناعه والتجاره",
        "وزاره الاستثمار والصناعه والتجاره",
        "منظمه التجاره العالميه",
    ]
    /// Investment both ways between two countries, which names no investor and no recipient.
    static let twoWayInvestmentWords: WordList = [
        "two way investment", "mutual investment", "الاستثمارات المتبادله", "الاستثمار المتبادل", "الاستثمارات البينيه",
        "الاستثمار البيني",
    ]
    static let cumulativeWords: WordList = [
        "cumulative", "total", "to date", "since", "stock", "overall", "largest investor", "biggest investor",
        "have reached", "has reached",
        "تراكمي", "المتراكمه", "متراكمه", "اجمالي", "مجموع", "منذ", "حتي الان", "الاكبر", "اكبر مستثمر",
        // What companies already working in a country hold ("Chinese firms operating in Algeria").
        "operating in", "العامله في",
    ]
    static let largestWords: WordList = ["largest", "biggest", "top investor", "الاكبر", "اكبر"]
    /// A branch of the economy, as a ranking names it ("the manufacturing industry", "قطاع الصناعة").
    static let industryNouns: WordList = ["industry", "sector", "قطاع", "القطاع"]
    /// A country that heads a ranking: "Singapore led with $4.1 billion", "تصدرت سنغافورة القائمة".
    static let leadingWords: WordList = [
        "led with", "led the", "topped", "came first", "ranked first", "in first place", "تصدرت", "تصدر",
        "في الصداره", "في المقدمه", "المرتبه الاولي", "المركز الاول",
        // "Chile was the biggest source with $2 billion", "أكبر مصدر للاستثمارات".
        "biggest source", "largest source", "top source", "main source", "leading source", "اكبر مصدر",
    ]
    /// An investor ranked second, third, … tenth: "the fourth-largest investor", "رابع أكبر مستثمر".
    static let rankedInvestors: [WordList] = [
        ["second", "2nd", "ثاني"], ["third", "3rd", "ثالث"], ["fourth", "4th", "رابع"], ["fifth", "5th", "خامس"],
        ["sixth", "6th", "سادس"], ["seventh", "7th", "سابع"], ["eighth", "8th", "ثامن"], ["ninth", "9th", "تاسع"],
        ["tenth", "10th", "عاشر"],
    ].map { ordinal in
        WordList(
            ordinal.flatMap { o in
                ["\(o) largest investor", "\(o) biggest investor", "\(o) largest foreign investor", "\(o) اكبر مستثمر"]
            })
    }
    /// An investor's rank: "the largest investor", "أكبر مستثمر", "المستثمر الأكبر".
    static let largestInvestorWords: WordList = [
        "largest investor", "biggest investor", "top investor", "largest foreign investor", "biggest foreign investor",
        "largest source", "biggest source",
        "largest investors", "biggest investors", "اكبر مستثمر", "المستثمر الاكبر", "اكبر المستثمرين",
        "اكبر الدول المستثمره", "المستثمرين الاكبر",
    ]
    /// The first word of a state's office that reports figures, after its country ("Philippine
    /// Statistics Authority", "Kenya's National Bureau of Statistics", "Thai Board of Investment").
    static let reportingOfficeWords: WordList = [
        "statistics", "statistical", "census", "customs", "bureau", "board", "authority", "agency", "ministry",
        "national", "central",
    ]
    /// Arabic nouns of a state's office that its country's adjective follows ("الوكالة الجزائرية
    /// لترقية الاستثمار", "البنك المركزي المصري", "الهيئة السعودية للاستثمار"), normalised.
    static let arabicOfficeNouns: Set<String> = [
        "الوكاله", "الهييه", "المكتب", "الديوان", "الجهاز", "المركزي", "المصلحه", "المديريه", "الاداره",
    ]
    /// A state's office that approves or registers investment projects ("the Investment Promotion
    /// Agency", "Board of Investment", "الوكالة الجزائرية لترقية الاستثمار").
    static let investmentOffices: WordList = [
        "investment promotion", "board of investment", "investment board", "ترقيه الاستثمار", "تنميه الاستثمار",
        "تطوير الاستثمار", "هييه الاستثمار", "العامه للاستثمار", "السعوديه للاستثمار",
    ]
    /// Such an office named again by its noun.
    static let agencyNouns: WordList = ["the agency", "the board", "الوكاله", "الهييه"]
    /// What such an office does to projects: approves, registers, licenses them.
    static let projectApprovalWords: WordList = [
        "approved", "registered", "licensed", "وافقت", "وافق", "اقرت", "سجلت", "رخصت", "اعتمدت",
    ]
    /// Words that open a clause of background, whose countries are no deal's parties.
    static let backgroundOpeners: WordList = ["amid", "in the wake of", "وسط", "في ظل"]
    /// Words of a line that announces the list after it ("as follows:", "كالتالي:").
    static let listAnnouncers: WordList = ["as follows", "the following", "كالتالي", "كما يلي", "النحو التالي"]
    /// Words that share an amount out into parts: "the funding is split into two tracks",
    /// "يتوزع التمويل على مسارين".
    static let splitWords: WordList = [
        "split into", "split between", "divided into", "divided between", "broken down", "breaks down", "يتوزع",
        "تتوزع", "ينقسم", "تنقسم", "موزعه علي", "مقسمه علي",
    ]
    /// Money lent or given: loans, grants, credit lines.
    static let lendingNouns: WordList = [
        "loan", "loans", "grant", "grants", "donation", "donations", "credit line", "قرض", "قروض", "منحه", "منح",
        "تبرع",
    ]
    /// Words of companies present in a country, where their count stands for investment
    /// ("operate", "العاملة"), not at a forum ("attended").
    static let companyPresenceWords: WordList = [
        "operate", "operating", "operates", "working", "work", "invest*", "registered", "established", "present",
        "based", "active", "العامله", "تعمل", "يعمل", "المستثمره", "تستثمر", "المسجله", "مسجله", "تنشط", "ينشط",
        "ناشطه",
    ]
    /// What says an amount is given under a deal told before ("under the agreement", "بموجب الاتفاقية").
    static let underTheDealWords: WordList = [
        "under the agreement", "under the deal", "under the accord", "under the contract", "under the memorandum",
        "according to the agreement", "according to the deal", "according to the memorandum",
        "بموجب الاتفاقيه", "بموجب الاتفاق", "بموجب العقد", "بموجب المذكره", "وفقا للاتفاقيه", "وفق الاتفاقيه",
        "بمقتضي الاتفاقيه",
    ]
    /// People who come from a country, as the word before "from" ("officials from Nepal").
    static let visitorNouns: Set<String> = [
        "officials", "official", "delegation", "delegations", "delegates", "ministers", "minister", "representatives",
        "experts", "visitors", "guests", "leaders", "diplomats", "journalists", "participants",
    ]
    /// What brings a sum to a total after deals add to it ("bringing the total to", "لتصبح القيمة الإجمالية").
    static let bringingTotalWords: WordList = [
        "bringing the total", "bringing its total", "bring the total", "taking the total", "raising the total",
        "لتصبح", "ليصبح", "لترتفع القيمه الاجماليه", "ليرتفع الاجمالي", "ليرتفع اجمالي",
    ]
    /// A deal called the largest of its kind or in a history: a deal told before, described.
    static let superlativeDeals: WordList = [
        "largest deal of its kind", "biggest deal of its kind", "largest deal in the history",
        "biggest deal in the history", "اكبر صفقه من نوعها", "اكبر صفقه في تاريخ", "اكبر اتفاقيه من نوعها",
        "اكبر اتفاقيه في تاريخ",
    ]
    /// A development fund, by name ("the Kuwait Fund", "الصندوق السعودي للتنمية").
    static let fundWords: WordList = ["fund", "صندوق", "الصندوق", "للصندوق"]
    /// Financing by a fund, as its verb or noun ("financed", "موّل", "أسهم في تمويل").
    static let fundFinancingWords: WordList = [
        "financed", "funded", "has financed", "financing of", "تمويل", "مول ", "مولت", "ومول ",
    ]
    /// Words of support that the country supported follows within a few words ("دعما للاقتصاد
    /// التركي", "in support of Egypt's economy"), as `Reading.precedingWords` folds them.
    static let supportWords: WordList = ["دعما", "لدعم", "support", "supporting"]
    /// What a work costs, as folded ("the total investment of the project", "تكلفة المشروع").
    static let projectCostWords: WordList = [
        "investment of the project", "project's total investment", "project's investment", "cost of the project",
        "project cost", "project's cost", "the project will cost", "the project costs", "تكلفه المشروع",
        "كلفه المشروع", "التكلفه الاجماليه للمشروع", "الاستثمارات الاجماليه للمشروع", "اجمالي استثمارات المشروع",
    ]
    /// How a sentence opens that breaks a figure down within its country, as written (lowercased).
    static let breakdownOpeners = [
        "by sector", "by industry", "by region", "by province", "by state", "by type", "in terms of sector",
        "حسب القطاع", "وحسب القطاع", "على صعيد القطاعات", "وعلى صعيد القطاعات",
    ]
    /// Whether a sentence opens with one of `breakdownOpeners` (its first words lowercased once).
    static func opensABreakdown(_ text: String) -> Bool {
        // (Only a sentence that starts with one of their first letters is lowercased.)
        guard let first = text.unicodeScalars.first, "bBiIحوع".unicodeScalars.contains(first) else { return false }
        let opening = text.prefix(24).lowercased()
        return breakdownOpeners.contains { opening.hasPrefix($0) }
    }
    /// A figure spread over sectors or fields ("distributed among", "توزعت على").
    static let distributionWords: WordList = [
        "distributed among", "distributed across", "spread across", "spread over", "broken down",
        "توزعت", "وتوزعت", "تتوزع", "وتتوزع", "موزعه علي", "موزعه بين",
    ]
    /// Verbs of a country that receives money, right after it or, in Arabic, before it
    /// (`Extractor.receivesAnAmount`), as folded.
    static let receivingVerbs: Set<String> = [
        "received", "receives", "receive", "got", "gets", "obtained", "secured", "تلقت", "تلقى", "حصلت", "حصل",
        "وتلقت", "وتلقى", "وحصلت", "وحصل", "نالت", "ونالت",
    ]
    /// What may come to be: "is possible", "potential", "ممكن".
    static let possibilityWords: WordList = [
        "possible", "potential", "could", "might", "ممكن", "يمكن", "محتمل", "المحتمل",
    ]
    static let companyWords: WordList = [
        "compan*", "firm*", "enterprise*", "شركه", "شركات", "الشركات", "موسسه", "موسسات", "الموسسات",
    ]
    static let bilateralWords: WordList = [
        "bilateral", "the two", "both countries", "both sides", "both governments", "our countries",
        "our two countries", "our nations",
        "two way", "mutual trade", "our trade", "our turnover", "تبادلنا", "تجارتنا",
        "الثنايي", "البلدين", "البلدان", "الجانبين", "الجانبان", "الطرفين", "الطرفان", "بلدينا", "التجاره المتبادله",
        "بالاتجاهين", "في الاتجاهين",
    ]
    static let inWords = ["in", "into", "to", "في", "الي", "داخل"]
    static let fromWords = ["from", "من"]
    /// A country's economy or market, which money goes "into" (`Reading.isAfterIn`).
    static let economyNouns: Set<String> = ["economy", "economies", "market", "اقتصاد", "سوق"]
    /// Arabic nouns of investment, which a nationality follows ("الاستثمارات الألمانية").
    static let arabicInvestmentNouns: Set<String> = [
        "الاستثمارات", "استثمارات", "والاستثمارات", "للاستثمارات", "بالاستثمارات",
    ]
    /// A place in a ranking ("ranked second", "in third position", "في المرتبة الثالثة"). Arabic
    /// ordinals alone are no ranking: "كانون الثاني" is January.
    static let rankWords: WordList = [
        "ranked", "ranks", "second", "third", "fourth", "fifth", "place", "position", "المرتبه", "المركز",
    ]
    /// More words of a place in a ranking ("closes the top three", "dropped four positions").
    static let topRankWords: WordList = [
        "top three", "top five", "top ten", "positions", "sixth", "seventh", "eighth", "ninth", "tenth",
    ]
    /// Words of a country that comes next in a ranking ("Canada followed with 8.4 percent").
    static let followingWords: WordList = ["followed", "تلتها", "تليها", "يليها", "تلاها", "يليه"]
    /// Amounts that go with the countries named before them, in order.
    static let respectiveWords: WordList = ["respectively", "علي التوالي"]
    /// Trade partners ("X's second-biggest partner", "شركاء مصر التجاريين").
    static let partnerWords: WordList = ["partner", "partners", "شريك", "شركاء"]
    /// A ranking among partners ("fourth partner in trade, behind Brazil", "الشريك الرابع بعد البرازيل").
    static let partnerRankWords: WordList = ["partner*", "ranked", "ranks", "شريك", "شركاء", "المرتبه", "المركز"]
    /// What comes before the countries a ranking places ahead ("behind Brazil and Mexico", "after the US").
    static let rankedAfterWords: Set<String> = ["after", "behind", "بعد", "خلف"]
    /// A comparison, whose other term is no party of the figure ("less than half India's").
    static let thanWords: WordList = ["than"]
    /// Words between "than" and the country it compares with ("than half India's", "than that of India").
    static let comparedMeasureWords: Set<String> = ["half", "twice", "double", "triple", "that", "those", "of"]
    /// Verbs whose subject receives the investment.
    static let attractWords: WordList = [
        "attract*", "received", "receives", "drew", "drawn", "draws", "lured", "استقطب", "جذب", "تلقت", "تلقي",
        "استقبلت",
        // "Peru is home to 300 Chilean companies with investments of …", "تستضيف بيرو …".
        "is home to", "تستضيف", "يستضيف",
    ]
}
