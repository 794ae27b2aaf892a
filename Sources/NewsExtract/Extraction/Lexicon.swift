import NewsCore

/// The words the extractor reads facts by, in English and Arabic (Arabic in normalised spelling).
///
/// English words are matched case-insensitively at word starts; Arabic words anywhere inside a
/// word, since Arabic attaches particles and pronouns (وقعت، بالتوقيع، اتفاقيتين).
enum Lexicon {
    static let agreementNouns: WordList = [
        "agreement", "deal", "accord", "memorandum", "memoranda", "mou", "contract", "pact", "treaty", "treaties",
        "acquisition",
        "grant", "loan", "deposit", "protocol", "credit line", "line of credit", "lines of credit",
        "financial assistance", "aid package",
        "assistance package", "order for", "orders for", "compact", "debt swap", "debt conversion", "مبادله الديون",
        "مبادله ديون",
        "تحويل الديون", "تحويل ديون", "عن ديونها", "عن ديونه", "concession", "credit facility", "loan facility",
        "joint venture", "documents", "وثايق", "currency swap", "swap line",
        "مبادله العملات", "مبادله عملات", "letter of intent", "letters of intent", "خطاب نوايا", "خطابات نوايا",
        "اعلان نوايا", "مذكره تعاون",
        "مذكرات تعاون",
        "اتفاق", "صفقه", "صفقات", "مذكره تفاهم", "مذكرات تفاهم", "عقدا", "عقدين", "عقدان", "عقود", "معاهده", "استحواذ",
        "منحه", "هبه", "قرض", "وديعه",
        "خط ايتمان", "تسهيلات ايتمانيه", "حزمه مساعدات", "مساعدات ماليه", "طلبيه", "بروتوكول", "قروض", "مذكرات",
        "مذكرتا تفاهم", "مذكرتي تفاهم", "صفقتين", "صفقتان",
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
    ]

    /// How a sentence opens that adds one more deal to those told before it, word by word in
    /// normalised spelling: "إضافة إلى مذكرة تفاهم …" (`Extractor.opensWithAnotherDeal`).
    static let additionOpeners: [[String]] = [
        ["اضافه", "الي"], ["بالاضافه", "الي"], ["علاوه", "علي"], ["الي", "جانب"],
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
            "وتبلغ قيمه المشروع", "وتقدر قيمه المشروع",
            // A demonstrative for the deal told: "This expansion adds $100 million", "ويعد هذا المشروع …".
            "this expansion", "the expansion", "this investment", "this deal", "ويعد هذا", "يعد هذا", "وتعد هذه",
            "تعد هذه", "هذا التوسع", "هذا المشروع", "هذه الصفقه",
        ].map { $0 + " " })
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
    static let arabicMoreWords: Set<String> = ["اخري", "جديده", "عده", "عدد", "مجموعه", "سلسله", "حزمه"]
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
                "اعلن", "كشف", "صادق", "مصادقه", "اقرار", "منحت", "قدمت", "حصلت علي", "فازت", "اطلق", "تبادل", "اتفق",
            ]
        ),
        (
            .pledged,
            [
                "pledge*", "commit*", "vow*", "agreed to", "will join", "to join", "intends to", "intention to",
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
                "entered into force",
                "took effect", " وقع", " ووقع", "توقيع", "الموقعه", "ابرم", "اللمسات الاخيره", "حيز التنفيذ",
            ]
        ),
        (.completed, ["completed", "closed the deal", "اكتمل", "اتم", "انجز"]),
        (.cancelled, ["cancel*", "scrap*", "called off", "الغي", "الغت", "الغاء"]),
    ]

    static let tradeWords: WordList = [
        "trade", "traded", "commerce", "export*", "import*", "turnover",
        "التجاره", "تجاره", "التبادل التجاري", "تجاري", "الصادرات", "الواردات", "صادرات", "واردات",
    ]
    static let supplyWords: WordList = [
        "supplies", "supply", "supplied", "provides", "accounts for", "covers", "makes up", "تزود", "يزود", "تورد",
        "يورد", "توفر", "تغطي",
    ]
    static let investmentWords: WordList = [
        "invest*", "fdi", "registered capital", "disbursed capital", "pledged capital",
        "استثمار", "المستثمره", "مستثمر", "استثمر",
        // The present tense drops the alif: "تستثمر الكويت … في مصر".
        "يستثمر", "تستثمر",
    ]
    /// Verbs of giving money or setting it aside (`Drafts.grantPurpose`).
    static let givingWords: WordList = [
        "provide", "provides", "provided", "providing", "allocated", "allocates", "earmarked", "granted", "grants",
        "donated", "donates",
        "تقديم", "تقدم", "قدمت", "قدم", "يقدم", "تخصيص", "خصصت", "خصص", "تمنح", "منحت", "يمنح", "منح",
    ]
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
        "منظمه التجاره العالميه",
    ]
    /// Investment both ways between two countries, which names no investor and no recipient.
    static let twoWayInvestmentWords: WordList = [
        "two way investment", "mutual investment", "الاستثمارات المتبادله", "الاستثمار المتبادل", "الاستثمارات البينيه",
        "الاستثمار البيني",
    ]
    static let cumulativeWords: WordList = [
        "cumulative", "total", "to date", "since", "stock", "overall", "largest investor", "biggest investor",
        "تراكمي", "المتراكمه", "متراكمه", "اجمالي", "مجموع", "منذ", "حتي الان", "الاكبر", "اكبر مستثمر",
        // What companies already working in a country hold ("Chinese firms operating in Algeria").
        "operating in", "العامله في",
    ]
    static let largestWords: WordList = ["largest", "biggest", "top investor", "الاكبر", "اكبر"]
    /// An investor's rank: "the largest investor", "أكبر مستثمر", "المستثمر الأكبر".
    static let largestInvestorWords: WordList = [
        "largest investor", "biggest investor", "top investor", "largest foreign investor", "biggest foreign investor",
        "largest source", "biggest source",
        "largest investors", "biggest investors", "اكبر مستثمر", "المستثمر الاكبر", "اكبر المستثمرين",
        "اكبر الدول المستثمره", "المستثمرين الاكبر",
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
    /// Arabic nouns of investment, which a nationality follows ("الاستثمارات الألمانية").
    static let arabicInvestmentNouns: Set<String> = [
        "الاستثمارات", "استثمارات", "والاستثمارات", "للاستثمارات", "بالاستثمارات",
    ]
    /// A place in a ranking ("ranked second", "in third position", "في المرتبة الثالثة"). Arabic
    /// ordinals alone are no ranking: "كانون الثاني" is January.
    static let rankWords: WordList = [
        "ranked", "ranks", "second", "third", "fourth", "fifth", "place", "position", "المرتبه", "المركز",
    ]
    /// Amounts that go with the countries named before them, in order.
    static let respectiveWords: WordList = ["respectively", "علي التوالي"]
    /// Trade partners ("X's second-biggest partner", "شركاء مصر التجاريين").
    static let partnerWords: WordList = ["partner", "partners", "شريك", "شركاء"]
    /// A ranking among partners ("fourth partner in trade, behind Brazil", "الشريك الرابع بعد البرازيل").
    static let partnerRankWords: WordList = ["partner*", "ranked", "ranks", "شريك", "شركاء", "المرتبه", "المركز"]
    /// What comes before the countries a ranking places ahead ("behind Brazil and Mexico", "after the US").
    static let rankedAfterWords: Set<String> = ["after", "behind", "بعد", "خلف"]
    /// Verbs whose subject receives the investment.
    static let attractWords: WordList = [
        "attract*", "received", "receives", "drew", "lured", "استقطب", "جذب", "تلقت", "تلقي", "استقبلت",
        // "Peru is home to 300 Chilean companies with investments of …", "تستضيف بيرو …".
        "is home to", "تستضيف", "يستضيف",
    ]

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
        "free trade", "trade agreement", "trade deal", "economic partnership", "cepa",
        "تجاره حره", "اتفاقيه تجاريه", "الشراكه الاقتصاديه",
    ]
    static let purchaseWords: WordList = ["purchase*", "to buy", "order for", "orders for", "شراء"]
    static let investmentDealWords: WordList = [
        "stake*", "rights to", "develop*", "investment*", "acquir*", "acquisition*", "joint venture",
        "حصه", "حقوق", "تطوير", "استثمار", "الاستحواذ", "مشروع مشترك",
    ]
    /// Verbs that make a deal without naming it an agreement ("is to purchase 100 aircraft").
    /// Verbs that commit to a project.
    /// Verbs of winning work: "won 30 projects worth $97 billion", "فازت بمشروع".
    static let winningWords: WordList = ["won", "awarded", "secured", "فازت", "فاز", "ترسيه"]
    /// Verbs of approving a project with its cost ("the fund approved a $400 million hospital
    /// project", "أقر الصندوق مشروع مستشفى بكلفة تقديرية …"); Arabic أقر as a word, not
    /// inside "أقرب". (A budget approved, "أقر مشروع الميزانية", is a draft, no project.)
    static let approvingWords: WordList = ["approved", " اقر ", " اقرت ", " واقر ", " واقرت "]
    /// Projects that a signature with an amount makes deals of.
    static let projectNouns: WordList = [
        "refinery", "plant", "factory", "project", "port", "airport", "railway", "pipeline", "complex", "facility",
        "مصفاه", "مصنع", "مشروع", "محطه", "ميناء", "مطار", "خط انابيب",
    ]
    /// English nouns of a project that its cost stands right before ("a $50 million solar plant").
    static let projectHeads: Set<String> = [
        "project", "plant", "factory", "refinery", "port", "airport", "railway", "pipeline", "complex", "facility",
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
    static let dealVerbs: WordList = [
        "to purchase", "to buy", "will buy", "will purchase", "is acquiring", "to acquire", "will acquire",
        "agreed to buy", "ordered", "awarded", "placed an order", "placed orders", "placed a firm order",
        "شراء حصه", "تستحوذ", "يستحوذ",
    ]
    /// The Arabic verbs of acquiring (`dealVerbs`), which also say holding: "تستحوذ الشركات … على
    /// استثمارات" (hold investments), "يستحوذ على نسبة" (accounts for a share) are no deal.
    static let arabicAcquiringVerbs: WordList = ["تستحوذ", "يستحوذ"]
    /// (And a part of a whole: "تستحوذ على 30% من إجمالي الصادرات", "… من حجم التجارة".)
    static let heldObjects: WordList = ["علي استثمارات", "علي نسبه", "علي النصيب", "من اجمالي", "من حجم"]
    /// Verbs of buying and the stakes bought: with both, a purchase of a stake is a deal.
    static let buyingVerbs: WordList = [
        "bought", "purchased", "acquired", "buys", "acquires", "اشترت", "اشتري", "استحوذت", "استحوذ",
    ]
    static let stakeWords: WordList = ["stake*", "shares", "حصه", "حصص", "اسهم"]
    /// A fund set up: "أنشأت … صندوقاً", "a new fund".
    static let fundSetUpWords: WordList = ["صندوقا", "a fund", "a new fund"]
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
    static let agreeingVerbs: WordList = ["agreed on", "agreed to", "اتفق", "اتفاق علي", "وافق"]
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
    /// Words of carrying out deals already in force.
    /// (Arabic تنفيذ as the noun of carrying out, with what follows it: "تنفيذ الاتفاقيات",
    /// "تنفيذها"; not the adjective "executive", "البرنامج التنفيذي", a document of its own.)
    static let implementationWords: WordList = [
        "implement*", "activat*", "follow up on", "تفعيل", "تنفيذ ", "تنفيذها", "تنفيذه ", "متابعه",
    ]
    /// Verbs of an investment promised by a company or a fund, which makes it a deal.
    static let commitmentVerbs: WordList = [
        "will invest", "would invest", "is investing", "to invest", "plans to invest", "pledged to invest",
        "committed to invest", "will pay",
        "will spend", "would spend", "to spend", "will place", "would place",
        "will finance", "to finance", "will lend", "would lend", "to lend",
        "ستستثمر", "سيستثمر", "تعتزم استثمار", "يعتزم استثمار", "ستضخ", "سيضخ", "ستقرض", "سيقرض",
        // An intention to invest announced: "أعلنت قطر اعتزامها استثمار …", "intends to invest".
        "intends to invest", "intend to invest", "intention to invest", "اعتزامها استثمار", "اعتزامه استثمار",
        "عزمها استثمار", "عزمه استثمار",
        "نيتها استثمار", "نيته استثمار", "تنوي استثمار", "ينوي استثمار",
        // Money one country will provide another ("تعتزم تقديم مبلغ … لمصر"): a loan or a grant.
        "will provide", "would provide", "intends to provide", "تعتزم تقديم", "يعتزم تقديم", "ستقدم", "سيقدم",
    ]
    /// Money set aside; for investment, a promise of it ("allocated $10 billion for investment in …",
    /// "تخصيص مبلغ للاستثمار في …").
    static let allocationWords: WordList = [
        "allocated", "allocate", "allocating", "earmarked", "earmark", "تخصيص", "خصصت", "خصص",
    ]
    /// Arabic verbs of intending, normalised, that may stand apart from the investing they intend.
    static let arabicIntentionVerbs: WordList = ["تعتزم", "يعتزم", "تنوي", "ينوي", "تخطط", "يخطط"]
    /// Words of a promise; with an investment word, a promise of investment.
    static let pledgeWords: WordList = ["pledge*", "commit*", "vow*", "promised", "تعهد", "التزم"]

    /// Nouns of deals that a clause may name instead of an agreement word.
    static let dealNouns: WordList = [
        "grant", "loan", "credit line", "financing", "plan", "program", "programme", "declaration", "statement",
        "framework", "roadmap",
        "charter", "منحه", "قرض", "خطه", "برنامج", "اعلان", "بتمويل", "ميثاق", "خارطه طريق", "خريطه طريق",
    ]
    /// Words that introduce a list of signed documents.
    static let documentWords: WordList = ["documents", "signed", "وثايق", "وثيقه", " وقع", " ووقع", "توقيع"]
}
