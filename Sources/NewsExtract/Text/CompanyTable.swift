/// Well-known companies, funds and state bodies of economic diplomacy, by country (ISO 3166-1 alpha-2).
extension CompanyCatalog {
    /// The table, in order: its first part here, the rest in CompanyTable+More.swift.
    static let table = tableFirstPart + tableSecondPart + tableThirdPart

    static let tableFirstPart: [(country: String, names: [String])] = [
        (
            "US",
            [
                "Boeing", "بوينغ", "بوينج", "ExxonMobil", "Exxon Mobil", "اكسون موبيل", "Chevron", "شيفرون",
                "General Electric", "GE Vernova",
                "جنرال الكتريك", "Lockheed Martin", "لوكهيد مارتن", "Raytheon", "رايثيون", "Honeywell", "Microsoft",
                "مايكروسوفت", "Google", "غوغل",
                "Amazon", "امازون", "Nvidia", "انفيديا", "Apple Inc", "Occidental", "Halliburton", "Cisco", "Oracle",
                "Pfizer", "فايزر",
                "Ford Motor", "General Motors", "جنرال موتورز", "Tesla", "تسلا", "ConocoPhillips", "Northrop Grumman",
                "General Dynamics",
                "L3Harris", "Pratt & Whitney", "General Atomics", "Intel", "Baker Hughes", "KBR", "Bechtel",
                "Westinghouse", "NuScale", "Cheniere",
                "Cargill", "JPMorgan", "Goldman Sachs", "BlackRock", "Blackstone",
                "Export-Import Bank of the United States", "US Exim", "Exxon",
                "U.S. International Development Finance Corporation", "Millennium Challenge Corporation", "USAID",
                "United States Agency for International Development", "U.S. Agency for International Development",
                "اكسون",
                "كونوكو فيليبس", "شيفرون فيليبس", "Chevron Phillips", "نورثروب غرومان",
                "جنرال دايناميكس", "انتل", "بيكر هيوز", "بكتل", "ويستنغهاوس", "كارغيل", "جي بي مورغان", "غولدمان ساكس",
                "بلاك روك", "بلاكستون",
                "هانيويل", "هاليبرتون", "اوراكل", "جوجل", "سيسكو", "بنك التصدير والاستيراد الامريكي",
                "بنك التصدير والاستيراد الاميركي",
                // Power, LNG and engineering firms in many a foreign deal.
                "AES Corp", "AES Corporation", "Sempra", "Venture Global", "Air Products", "Fluor",
                "AECOM", "اير برودكتس", "فينتشر غلوبال",
            ]
        ),
        (
            "FR",
            [
                "Airbus", "ايرباص", "TotalEnergies", "توتال", "Dassault", "داسو", "Thales", "تاليس", "EDF", "Engie",
                "انجي", "Alstom", "الستوم",
                "Vinci", "Orano", "Naval Group", "Safran", "سافران", "CMA CGM", "Bouygues", "Veolia",
                "Schneider Electric", "Renault", "BNP Paribas",
                "Technip Energies", "Eramet", "Air France", "Bpifrance", "Agence Française de Développement",
                "Framatome", "كهرباء فرنسا", "اورانو",
                "نافال غروب", "سي ام ايه سي جي ام", "فيوليا", "رينو", "الوكاله الفرنسيه للتنميه", "اير فرانس", "فينشي",
            ]
        ),
        (
            "GB",
            [
                "BP", "Shell", "Rolls-Royce", "رولز رويس", "BAE Systems", "Vodafone", "فودافون", "HSBC",
                "Standard Chartered", "Barclays",
                "Rio Tinto", "Anglo American", "Petrofac", "Harbour Energy", "UK Export Finance", "UKEF",
                "British International Investment",
                "British Airways", "شركه شل", "شل العالميه", "رويال داتش شل", "بي ايه اي سيستمز", "اتش اس بي سي",
                "ستاندرد تشارترد", "ريو تينتو",
                "بتروفاك", "وكاله تمويل الصادرات البريطانيه", "الخطوط الجويه البريطانيه",
            ]
        ),
        (
            "DE",
            [
                "Siemens", "سيمنس", "سيمينز", "Volkswagen", "فولكسفاغن", "BASF", "Bosch", "Daimler", "Mercedes-Benz",
                "مرسيدس", "Thyssenkrupp",
                "RWE", "Uniper", "BMW", "Rheinmetall", "Hensoldt", "Krauss-Maffei Wegmann", "Diehl Defence",
                "Lufthansa", "DHL", "Deutsche Bank",
                "E.ON", "Wintershall Dea", "Heidelberg Materials", "Fraport", "Hapag-Lloyd", "Deutsche Bahn", "KfW",
                "GIZ", "باسف", "دايملر",
                "تيسن كروب", "بي ام دبليو", "راينميتال", "لوفتهانزا", "دويتشه بنك", "بنك التنميه الالماني",
                "بنك الاعمار الالماني",
                "الوكاله الالمانيه للتعاون الدولي", "فولكس فاغن",
            ]
        ),
        (
            "IT",
            [
                "Eni", "ايني", "Leonardo", "ليوناردو", "Fincantieri", "Enel", "Saipem", "سايبم", "Webuild",
                "Salini Impregilo", "Snam",
                "Ansaldo Energia", "Maire Tecnimont", "Cassa Depositi e Prestiti", "SACE", "Simest", "انيل",
                "فينكانتيري", "ويبيلد",
                "ماير تكنيمونت",
            ]
        ),
        (
            "CN",
            [
                "Huawei", "هواوي", "Sinopec", "سينوبك", "CNPC", "PetroChina", "CNOOC", "State Grid", "China Railway",
                "COSCO", "كوسكو", "BYD",
                "Alibaba", "علي بابا", "Tencent", "ZTE", "China National Petroleum", "China National Offshore Oil",
                "China Three Gorges",
                "Three Gorges", "China Energy", "Energy China", "PowerChina", "Power Construction Corporation of China",
                "Sinohydro",
                "China State Construction", "CSCEC", "China Communications Construction", "CCCC", "China Harbour",
                "China Road and Bridge", "CRBC",
                "CRCC", "China Civil Engineering", "CCECC", "China Machinery Engineering", "CMEC", "China Merchants",
                "China Development Bank",
                "Export-Import Bank of China", "China Exim", "China Eximbank", "Sinosure",
                "China Investment Corporation", "Silk Road Fund", "ICBC",
                "Bank of China", "Industrial and Commercial Bank of China", "CITIC", "Sinochem", "COFCO",
                "China Minmetals", "Zijin", "CMOC", "CATL",
                "Geely", "Chery", "Great Wall Motor", "SAIC Motor", "AVIC", "COMAC", "Norinco", "CRRC",
                "Shanghai Electric", "Harbin Electric",
                "CHN Energy", "SPIC", "China General Nuclear", "CNNC", "Jiangxi Copper", "Tsingshan", "Ganfeng Lithium",
                "بتروتشاينا",
                "موسسه البترول الوطنيه الصينيه", "الشركه الوطنيه الصينيه للبترول",
                "الشركه الوطنيه الصينيه للنفط البحري", "ستيت غريد", "بي واي دي",
                "تينسنت", "زد تي اي", "باور تشاينا", "الشركه الصينيه للهندسه الانشاييه", "تشاينا هاربر",
                "الشركه الصينيه للطرق والجسور",
                "بنك التنميه الصيني", "بنك التصدير والاستيراد الصيني", "بنك الصين", "صندوق طريق الحرير", "سينوشور",
                "كاتل", "جيلي",
                "الشركه الوطنيه الصينيه للطاقه النوويه", "كوفكو", "نورينكو",
            ]
        ),
        (
            "JP",
            [
                "Toyota", "تويوتا", "Mitsubishi", "ميتسوبيشي", "INPEX", "انبكس", "Marubeni", "Mitsui", "ميتسوي",
                "Sumitomo", "سوميتومو", "JERA",
                "Itochu", "SoftBank", "سوفت بنك", "Hitachi", "هيتاشي", "Nissan", "نيسان موتور", "Honda", "هوندا",
                "JOGMEC", "MUFG", "SMBC", "Mizuho",
                "JBIC", "Japan Bank for International Cooperation", "JICA", "Japan International Cooperation Agency",
                "NEXI", "Nippon Steel",
                "Kawasaki Heavy Industries", "Chiyoda", "JGC", "Sojitz", "TEPCO", "ENEOS", "Idemitsu",
                "بنك اليابان للتعاون الدولي", "جايكا",
                "الوكاله اليابانيه للتعاون الدولي", "ماروبيني", "ايتوتشو", "جيرا", "نيبون ستيل", "تشيودا",
            ]
        ),
        (
            "KR",
            [
                "Samsung", "سامسونغ", "سامسونج", "Hyundai", "هيونداي", "LG", "SK Innovation", "KOGAS", "كوغاس", "KEPCO",
                "كيبكو", "KNOC", "Hanwha",
                "هانوا", "Kia", "كيا", "POSCO", "بوسكو", "Doosan", "Korea Electric Power", "Korea Gas Corporation",
                "Korea National Oil",
                "Korea Hydro & Nuclear Power", "KHNP", "Korea Eximbank", "Export-Import Bank of Korea", "K-Sure",
                "Korea Aerospace Industries",
                "KAI", "LIG Nex1", "Korean Air", "Korea Development Bank", "KOICA", "SK Hynix", "ال جي",
                "الشركه الكوريه للطاقه الكهرباييه",
                "كوريا للطاقه الكهرباييه", "الموسسه الوطنيه الكوريه للنفط", "بنك التصدير والاستيراد الكوري",
                "الخطوط الجويه الكوريه", "دوسان",
                "الصناعات الجويه الكوريه",
            ]
        ),
        (
            "IN",
            [
                "Tata", "تاتا", "Reliance", "ريلاينس", "Adani", "اداني", "Infosys", "ONGC", "Larsen & Toubro",
                "Mahindra", "Indian Oil Corporation",
                "IndianOil", "Bharat Petroleum", "BPCL", "Hindustan Petroleum", "GAIL", "NTPC",
                "Power Grid Corporation of India", "BHEL",
                "Hindustan Aeronautics", "Vedanta", "Coal India", "Bharti Airtel", "Air India",
                "Export-Import Bank of India", "India Exim Bank",
                "Oil India", "او ان جي سي", "لارسن اند توبرو", "موسسه النفط الهنديه", "انديان اويل", "طيران الهند",
                "اير انديا", "ماهيندرا",
            ]
        ),
        (
            "RU",
            [
                "Gazprom", "غازبروم", "Rosatom", "روساتوم", "Rosneft", "روسنفت", "Lukoil", "لوك اويل", "Novatek",
                "Transneft", "Rostec",
                "Rosoboronexport", "United Aircraft Corporation", "Sukhoi", "Sberbank", "VTB", "VEB.RF",
                "Russian Direct Investment Fund", "RDIF",
                "Russian Railways", "Aeroflot", "Rusal", "Nornickel", "Norilsk Nickel", "Zarubezhneft",
                "Atomstroyexport", "PhosAgro", "روستيخ",
                "روسوبورون اكسبورت", "صندوق الاستثمار المباشر الروسي", "سبيربنك", "نوفاتك", "السكك الحديديه الروسيه",
                "لوكويل", "جازبروم",
            ]
        ),
        (
            "BR",
            [
                "Embraer", "امبراير", "Petrobras", "بتروبراس", "Vale", "JBS", "BRF", "Eletrobras", "Braskem", "BNDES",
                "Suzano",
            ]
        ),
        (
            "SA",
            [
                "Saudi Aramco", "Aramco", "ارامكو", "SABIC", "سابك", "Public Investment Fund",
                "صندوق الاستثمارات العامه", "Ma'aden", "ACWA Power",
                "اكوا باور", "NEOM", "نيوم", "STC", "Saudi Arabian Oil", "Saudi Electricity", "PIF",
                "Saudi Fund for Development",
                "Saudi Arabian Mining", "Maaden", "Ma’aden", "Saudia", "Saudi Arabian Airlines", "flynas", "Riyadh Air",
                "Saudi Telecom", "stc",
                "Mobily", "Saudi National Bank", "Al Rajhi", "Riyad Bank", "Saudi EXIM",
                "Saudi Industrial Development Fund", "Red Sea Global",
                "ROSHN", "Diriyah Company", "Qiddiya", "Saudi Arabian Military Industries", "Almarai", "SALIC",
                "Hassana", "Abdul Latif Jameel",
                "Kingdom Holding", "Humain", "Manara Minerals", "Saudi Binladin Group", "شركه الزيت العربيه السعوديه",
                "الشركه السعوديه للصناعات الاساسيه", "شركه معادن", "شركه التعدين العربيه السعوديه",
                "الاتصالات السعوديه", "اس تي سي",
                "الشركه السعوديه للكهرباء", "السعوديه للكهرباء", "الصندوق السعودي للتنميه", "الخطوط السعوديه",
                "الخطوط الجويه العربيه السعوديه",
                "طيران ناس", "طيران الرياض", "موبايلي", "البنك الاهلي السعودي", "الراجحي",
                "بنك التصدير والاستيراد السعودي",
                "صندوق التنميه الصناعيه السعودي", "البحر الاحمر الدوليه", "روشن", "الشركه السعوديه للصناعات العسكريه",
                "المراعي",
                "الشركه السعوديه للاستثمار الزراعي والانتاج الحيواني", "المملكه القابضه", "هيوماين", "مناره للمعادن",
                "مجموعه بن لادن السعوديه",
                "عبد اللطيف جميل", "شركه الدرعيه",
            ]
        ),
        (
            "AE",
            [
                "ADNOC", "ادنوك", "Mubadala", "ADQ", "DP World", "مواني دبي العالميه", "AD Ports", "مواني ابوظبي",
                "Emaar", "Masdar", "Etihad",
                "الاتحاد للطيران", "Emirates Airline", "طيران الامارات", "ADFD", "صندوق ابوظبي للتنميه",
                "International Holding Company",
                "Abu Dhabi Investment Authority", "جهاز ابوظبي للاستثمار", "ENEC", "Abu Dhabi National Oil Company",
                "XRG", "ADIA",
                "Abu Dhabi Fund for Development", "Abu Dhabi Ports", "Emirates Group", "Emirates NBD",
                "First Abu Dhabi Bank",
                "Abu Dhabi Commercial Bank", "Dubai Islamic Bank", "Mashreq Bank", "Emirates Development Bank",
                "Etisalat", "EDGE Group",
                "Emirates Global Aluminium", "TAQA", "Abu Dhabi National Energy Company", "EWEC", "DEWA",
                "Dubai Holding",
                "Investment Corporation of Dubai", "Aldar", "Modon", "Nakheel", "Damac", "Majid Al Futtaim",
                "Al Futtaim", "Lulu Group", "Al Dahra",
                "Alpha Dhabi", "Lunate", "MGX", "G42", "Yahsat", "Emirates Steel", "ENOC", "Dana Gas",
                "Crescent Petroleum", "Fertiglobe",
                "flydubai", "Air Arabia", "dnata", "Emirates Investment Authority", "Eagle Hills", "IHC",
                "شركه بترول ابوظبي الوطنيه",
                "شركه بترول ابو ظبي الوطنيه", "مبادله للاستثمار", "شركه مبادله", "صندوق ابو ظبي للتنميه",
                "جهاز ابو ظبي للاستثمار", "مواني ابو ظبي",
                "مجموعه مواني ابوظبي", "مواني دبي", "اعمار العقاريه", "شركه اعمار", "ابوظبي لطاقه المستقبل",
                "بنك الامارات دبي الوطني",
                "بنك ابوظبي الاول", "بنك ابو ظبي الاول", "بنك ابوظبي التجاري", "بنك دبي الاسلامي", "الاتحاد للقطارات",
                "اي اند", "اتصالات الامارات",
                "مجموعه ايدج", "ايدج", "الامارات العالميه للالمنيوم", "طاقه ابوظبي", "هييه كهرباء ومياه دبي",
                "دبي القابضه", "الدار العقاريه",
                "مدن القابضه", "داماك", "ماجد الفطيم", "مجموعه لولو", "الظاهره الزراعيه", "لونات", "جي 42", "اينوك",
                "دانه غاز", "نفط الهلال",
                "فلاي دبي", "العربيه للطيران", "الشركه العالميه القابضه", "موسسه الامارات للطاقه النوويه",
                "شركه ابوظبي التنمويه القابضه",
            ]
        ),
        (
            "QA",
            [
                "QatarEnergy", "Qatar Energy", "قطر للطاقه", "Qatar Petroleum", "قطر للبترول",
                "Qatar Investment Authority", "QIA",
                "جهاز قطر للاستثمار", "Qatar Airways", "القطريه للطيران", "الخطوط الجويه القطريه", "Qatargas", "RasGas",
                "Qatar National Bank",
                "QNB", "Ooredoo", "Qatari Diar", "Qatar Fund for Development", "QFFD", "Hassad Food", "Nakilat",
                "Milaha", "Industries Qatar",
                "Kahramaa", "Qatar Holding", "Mwani Qatar", "Nebras Power", "Masraf Al Rayan", "UCC Holding", "قطر غاز",
                "بنك قطر الوطني", "اوريدو",
                "الديار القطريه", "صندوق قطر للتنميه", "حصاد الغذاييه", "صناعات قطر", "كهرماء", "قطر القابضه",
                "مواني قطر", "نبراس للطاقه",
                "الخطوط القطريه",
            ]
        ),
        (
            "KW",
            [
                "Kuwait Investment Authority", "الهييه العامه للاستثمار", "KPC", "موسسه البترول الكويتيه",
                "Kuwait Petroleum Corporation",
                "Kuwait Oil Company", "Kuwait National Petroleum Company", "KNPC", "Kuwait Petroleum International",
                "KUFPEC", "Kuwait Fund",
                "Kuwaiti Fund", "National Bank of Kuwait", "NBK", "Kuwait Finance House", "Zain", "Agility", "Alshaya",
                "Kuwait Airways", "KIPCO",
                "شركه نفط الكويت", "البترول الوطنيه الكويتيه", "الصندوق الكويتي", "بنك الكويت الوطني",
                "بيت التمويل الكويتي", "مجموعه زين",
                "اجيليتي", "الخطوط الجويه الكويتيه", "مجموعه الشايع", "شركه صناعه الكيماويات البتروليه",
            ]
        ),
        (
            "TR",
            [
                "Baykar", "بيرقدار", "بايكار", "Turkish Airlines", "الخطوط الجويه التركيه", "Aselsan", "اسيلسان",
                "TPAO", "Roketsan",
                "Turkish Aerospace", "TUSAŞ", "Havelsan", "BOTAŞ", "BOTAS", "Turkish Petroleum", "Tüpraş", "Limak",
                "Kalyon", "Rönesans",
                "Cengiz Holding", "Yapi Merkezi", "Koc Holding", "Ziraat Bank", "Türk Eximbank", "Türkiye Wealth Fund",
                "Turkey Wealth Fund",
                "Karpowership", "الخطوط التركيه", "شركه البترول التركيه", "روكتسان", "صناعات الطيران والفضاء التركيه",
                "بوتاش", "ليماك", "كاليون",
                "صندوق الثروه السيادي التركي", "اسلسان",
            ]
        ),
    ]
}
