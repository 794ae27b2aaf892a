/// Well-known companies, funds and state bodies of economic diplomacy, by country (ISO 3166-1 alpha-2).
extension CompanyCatalog {
    static let table: [(country: String, names: [String])] = [
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
                "U.S. International Development Finance Corporation", "Millennium Challenge Corporation", "اكسون",
                "كونوكو فيليبس", "نورثروب غرومان",
                "جنرال دايناميكس", "انتل", "بيكر هيوز", "بكتل", "ويستنغهاوس", "كارغيل", "جي بي مورغان", "غولدمان ساكس",
                "بلاك روك", "بلاكستون",
                "هانيويل", "هاليبرتون", "اوراكل", "جوجل", "سيسكو", "بنك التصدير والاستيراد الامريكي",
                "بنك التصدير والاستيراد الاميركي",
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
        (
            "EG",
            [
                "Orascom", "اوراسكوم", "Elsewedy", "السويدي اليكتريك", "السويدي الكتريك", "شركه السويدي",
                "Arab Contractors", "Egyptian General Petroleum Corporation", "EGPC",
                "Egyptian Natural Gas Holding Company", "EGAS", "Egyptian Electricity Holding Company", "EgyptAir",
                "Hassan Allam",
                "Talaat Moustafa Group", "Sovereign Fund of Egypt", "National Bank of Egypt", "Banque Misr", "Petrojet",
                "ENPPI",
                "Arab Organization for Industrialization", "Suez Canal Economic Zone", "SCZone", "Suez Canal Authority",
                "General Authority for Investment and Free Zones", "GAFI", "المنطقه الاقتصاديه لقناه السويس",
                "هييه قناه السويس",
                "الهييه العامه للاستثمار والمناطق الحره", "المقاولون العرب", "المقاولين العرب",
                "الهييه المصريه العامه للبترول",
                "هييه البترول المصريه", "ايجاس", "الشركه المصريه القابضه للغازات الطبيعيه",
                "الشركه القابضه لكهرباء مصر", "مصر للطيران", "حسن علام",
                "مجموعه طلعت مصطفي", "صندوق مصر السيادي", "البنك الاهلي المصري", "بنك مصر", "بتروجت", "انبي",
                "الهييه العربيه للتصنيع",
            ]
        ),
        (
            "IL",
            [
                "NewMed", "Delek", "ديليك", "Israel Aerospace", "Elbit", "البيت سيستمز",
                "Rafael Advanced Defense Systems",
                "Israel Electric Corporation", "Mekorot", "ICL Group", "El Al", "نيوميد", "الصناعات الجويه الاسراييليه",
                "شركه الكهرباء الاسراييليه",
            ]
        ),
        (
            "VN",
            [
                "VietJet", "فيت جيت", "Vietnam Airlines", "Bamboo Airways", "PetroVietnam", "Vietjet", "EVN", "PVN",
                "Vietnam Electricity",
                "Petrolimex", "Viettel", "Vingroup", "VinFast", "الخطوط الجويه الفيتناميه", "بتروفيتنام", "فينفاست",
            ]
        ),
        (
            "ID",
            [
                "Pertamina", "بيرتامينا", "Garuda Indonesia", "Danantara", "PLN", "Perusahaan Listrik Negara",
                "MIND ID", "Inalum", "Antam",
                "Indonesia Investment Authority", "Pindad", "برتامينا", "غارودا اندونيسيا", "دانانتارا",
            ]
        ),
        (
            "MY",
            [
                "Petronas", "بتروناس", "Khazanah", "Tenaga Nasional", "AirAsia", "Sime Darby", "خزانه ناسيونال",
                "الخطوط الجويه الماليزيه",
            ]
        ),
        ("NL", ["Philips", "Stellantis", "Boskalis", "Van Oord", "Damen Shipyards", "فيليبس", "ستيلانتس"]),
        (
            "CH",
            [
                "Glencore", "Nestle", "ABB", "Nestlé", "MSC", "Mediterranean Shipping Company", "Mercuria",
                "Stadler Rail", "غلينكور", "نستله",
            ]
        ),
        (
            "ES",
            [
                "Repsol", "Iberdrola", "Talgo", "Naturgy", "Acciona", "Técnicas Reunidas", "Tecnicas Reunidas", "Indra",
                "Navantia", "Cepsa",
                "CESCE", "ريبسول", "ايبردرولا", "تالغو",
            ]
        ),
        ("SE", ["Ericsson", "Volvo", "Saab", "Vattenfall", "Northvolt", "اريكسون", "فولفو"]),
        ("FI", ["Nokia", "Wärtsilä", "Wartsila"]),
        ("DK", ["Maersk", "ميرسك", "A.P. Moller-Maersk", "Ørsted", "Orsted", "Vestas", "Topsoe", "EIFO"]),
        (
            "NO",
            [
                "Equinor", "Statoil", "Norsk Hydro", "Yara International", "Statkraft", "Norfund", "NBIM",
                "Norges Bank Investment Management",
                "اكوينور",
            ]
        ),
        (
            "KZ",
            [
                "KazMunayGas", "Kazatomprom", "Samruk-Kazyna", "KazTransGas", "QazaqGaz", "KazTransOil",
                "Kazakhstan Temir Zholy", "Air Astana",
                "Samruk Kazyna", "كازموناي غاز", "سامروك كازينا",
            ]
        ),
        (
            "OM",
            [
                "OQ Group", "Oman Investment Authority", "OIA", "Petroleum Development Oman", "PDO", "Oman LNG",
                "Energy Development Oman",
                "Oman Air", "Asyad", "Omantel", "Hydrom", "اوكيو", "جهاز الاستثمار العماني", "تنميه نفط عمان",
                "العمانيه للغاز الطبيعي المسال",
                "الطيران العماني", "مجموعه اسياد", "عمانتل", "هيدروم",
            ]
        ),
        (
            "BH",
            [
                "Mumtalakat", "Alba", "Aluminium Bahrain", "Bapco", "Gulf Air", "Batelco", "GPIC", "Nogaholding",
                "Investcorp", "ممتلكات البحرين",
                "البا", "المنيوم البحرين", "بابكو", "طيران الخليج", "بتلكو", "انفستكورب",
            ]
        ),
        (
            "IQ",
            [
                "SOMO", "State Organization for Marketing of Oil", "Iraqi National Oil Company", "Basra Oil Company",
                "Basrah Oil Company",
                "Iraqi Airways", "Trade Bank of Iraq", "سومو", "شركه تسويق النفط العراقيه", "شركه نفط البصره",
                "شركه النفط الوطنيه العراقيه",
                "الخطوط الجويه العراقيه", "المصرف العراقي للتجاره",
            ]
        ),
        (
            "JO",
            [
                "Arab Potash", "Jordan Phosphate Mines", "Royal Jordanian", "البوتاس العربيه", "الفوسفات الاردنيه",
                "الملكيه الاردنيه",
            ]
        ),
        ("UZ", ["Uzbekneftegaz", "Uzbekistan Airways", "Navoi Mining", "اوزبكنفتغاز"]),
        (
            "AZ",
            [
                "SOCAR", "State Oil Company of Azerbaijan", "Azerbaijan Airlines", "State Oil Fund of Azerbaijan",
                "SOFAZ", "سوكار",
                "شركه النفط الحكوميه الاذربيجانيه",
            ]
        ),
        ("TM", ["Turkmengaz", "Türkmengaz", "Turkmenistan Airlines", "تركمان غاز"]),
        (
            "DZ",
            [
                "Sonatrach", "Sonelgaz", "Air Algérie", "Air Algerie", "Sonarem", "Cosider", "سوناطراك", "سونطراك",
                "سونلغاز", "سونلجاز",
                "الخطوط الجويه الجزايريه", "نفطال",
            ]
        ),
        (
            "MA",
            [
                "OCP", "Masen", "ONEE", "Royal Air Maroc", "Maroc Telecom", "Tanger Med", "Mohammed VI Investment Fund",
                "ONHYM", "Al Mada",
                "المكتب الشريف للفوسفاط", "المكتب الشريف للفوسفات", "الوكاله المغربيه للطاقه المستدامه",
                "الخطوط الملكيه المغربيه", "اتصالات المغرب",
                "المكتب الوطني للكهرباء والماء الصالح للشرب", "صندوق محمد السادس للاستثمار",
            ]
        ),
        (
            "TN",
            [
                "ETAP", "STEG", "Tunisair", "Groupe Chimique Tunisien", "الموسسه التونسيه للانشطه البتروليه",
                "الشركه التونسيه للكهرباء والغاز",
                "الخطوط التونسيه",
            ]
        ),
        (
            "LY",
            [
                "Libyan Investment Authority", "Libyan Airlines", "Afriqiyah Airways", "Arabian Gulf Oil Company",
                "الموسسه الوطنيه للنفط",
                "الموسسه الليبيه للاستثمار", "الخطوط الجويه الليبيه",
            ]
        ),
        ("LB", ["Middle East Airlines", "Électricité du Liban", "طيران الشرق الاوسط", "موسسه كهرباء لبنان"]),
        (
            "IR",
            [
                "NIOC", "National Iranian Oil Company", "National Iranian Gas Company",
                "National Iranian Tanker Company", "IRISL", "Iran Air",
                "Mahan Air", "MAPNA", "الشركه الوطنيه الايرانيه للنفط", "شركه النفط الوطنيه الايرانيه",
                "الشركه الوطنيه الايرانيه للغاز",
                "ايران اير",
            ]
        ),
        (
            "PK",
            [
                "PSO", "Pakistan State Oil", "OGDCL", "Pakistan International Airlines", "PIA",
                "Sui Northern Gas Pipelines", "Fauji Foundation",
                "الخطوط الجويه الباكستانيه",
            ]
        ),
        ("BD", ["Petrobangla", "Biman Bangladesh", "بتروبنغلا"]),
        ("SG", ["Temasek", "GIC", "Singapore Airlines", "Sembcorp", "Keppel", "PSA International", "Olam", "تيماسيك"]),
        ("TH", ["PTT", "PTTEP", "EGAT"]),
        ("PH", ["Philippine National Oil Company", "PNOC", "ICTSI"]),
        (
            "TW",
            [
                "TSMC", "Taiwan Semiconductor Manufacturing", "Foxconn", "Hon Hai", "China Airlines", "CPC Corporation",
                "Taipower", "فوكسكون",
            ]
        ),
        ("HK", ["CK Hutchison", "Hutchison Ports", "هاتشيسون"]),
        ("AU", ["BHP", "Fortescue", "Woodside", "Qantas", "Export Finance Australia", "بي اتش بي"]),
        (
            "CA",
            [
                "Brookfield", "Barrick", "Bombardier", "First Quantum", "Ivanhoe Mines", "Export Development Canada",
                "CPP Investments", "CDPQ",
                "بومباردييه",
            ]
        ),
        ("MX", ["Pemex", "Petróleos Mexicanos", "Cemex", "بيميكس"]),
        ("VE", ["PDVSA", "Petróleos de Venezuela", "Petroleos de Venezuela", "شركه النفط الوطنيه الفنزويليه"]),
        ("AR", ["YPF"]),
        ("CL", ["Codelco", "ENAP"]),
        ("CO", ["Ecopetrol"]),
        ("PE", ["Petroperu"]),
        ("BO", ["YPFB"]),
        (
            "ZA",
            [
                "Transnet", "Eskom", "Sasol", "MTN", "Denel", "Public Investment Corporation",
                "Development Bank of Southern Africa",
                "South African Airways", "PetroSA", "ترانسنت", "اسكوم", "ساسول",
            ]
        ),
        (
            "NG",
            [
                "NNPC", "Nigerian National Petroleum Company", "Nigerian National Petroleum Corporation", "Dangote",
                "BUA Group", "Seplat",
                "Nigerian Sovereign Investment Authority", "شركه النفط الوطنيه النيجيريه", "دانغوتي",
            ]
        ),
        ("AO", ["Sonangol", "TAAG", "سونانغول"]),
        (
            "ET",
            [
                "Ethiopian Airlines", "Ethio Telecom", "Ethiopian Electric Power", "الخطوط الجويه الاثيوبيه",
                "الاثيوبيه للطيران",
            ]
        ),
        ("KE", ["Kenya Airways", "KenGen", "Kenya Power", "Safaricom"]),
        ("SD", ["Sudapet", "سودانير"]),
        ("MR", ["SNIM", "الشركه الوطنيه للصناعه والمناجم"]),
        ("TZ", ["TANESCO", "Air Tanzania"]),
        ("UG", ["Uganda National Oil Company", "UNOC"]),
        ("ZM", ["ZCCM", "ZESCO"]),
        ("MZ", ["Empresa Nacional de Hidrocarbonetos"]),
        ("GH", ["GNPC", "COCOBOD"]),
        ("SN", ["Petrosen"]),
        ("CD", ["Gécamines"]),
        ("CI", ["Petroci"]),
        ("RW", ["RwandAir"]),
        ("AT", ["OMV", "Verbund", "voestalpine"]),
        ("BE", ["Fluxys", "John Cockerill"]),
        ("LU", ["ArcelorMittal", "ارسيلور ميتال"]),
        ("IE", ["AerCap"]),
        ("PT", ["Galp", "Energias de Portugal"]),
        ("GR", ["Public Power Corporation", "Helleniq Energy", "Motor Oil Hellas"]),
        ("PL", ["Orlen", "KGHM", "Polska Grupa Zbrojeniowa"]),
        ("CZ", ["ČEZ", "CEZ"]),
        ("HU", ["MOL Group"]),
        ("RO", ["Romgaz"]),
        ("BG", ["Bulgargaz"]),
        ("RS", ["Srbijagas"]),
        ("UA", ["Naftogaz", "Ukrenergo", "Energoatom", "Antonov", "Ukroboronprom", "نفتوغاز"]),
        ("BY", ["Belaruskali"]),
        ("MN", ["Erdenes Mongol"]),
        ("LK", ["Ceylon Petroleum Corporation"]),
        ("BN", ["Brunei Investment Agency"]),
        ("PS", ["Paltel", "Palestine Investment Fund", "PADICO", "Bank of Palestine", "صندوق الاستثمار الفلسطيني"]),
        ("NZ", ["Fonterra"]),
    ]
}
