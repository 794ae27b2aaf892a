/// The rest of the well-known companies, funds and state bodies (CompanyTable.swift).
extension CompanyCatalog {
    static let tableSecondPart: [(country: String, names: [String])] = [
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
