/// More of the catalogue: the Arabic spellings news uses for companies the table names in English
/// (Vinci as فينسي, Total as طوطال in the Maghreb), and more companies that sign deals abroad.
/// Words that are also common words or names stay out (مصدر "source" for Masdar, طاقة "energy"
/// for TAQA, اتصالات, نخيل, بوش "Bush" for Bosch, بحري "maritime", الديار "the homes" for Qatari
/// Diar, أسياد "masters" for Asyad, مازن and يارا, names of men and women, for Masen and Yara, ساب,
/// which is SABB's Arabic name, for Saab).
extension CompanyCatalog {
    static let tableThirdPart: [(country: String, names: [String])] = [
        (
            "US",
            ["OpenAI", "Qualcomm", "كوالكوم", "Caterpillar", "كاتربيلر", "Excelerate", "اوكسيدنتال", "جنرال اليكتريك"]
        ),
        (
            "FR",
            [
                "فينسي", "بويغ", "بويج", "MBDA", "ام بي دي ايه", "Nexter", "نيكستر", "KNDS", "Sanofi", "سانوفي",
                "Lafarge",
                "لافارج", "شنايدر الكتريك", "بي ان بي باريبا", "Technip", "تكنيب", "ايراميت", "Société Générale",
                "Societe Generale", "سوسيتيه جنرال", "طوطال", "توتال انرجيز", "Egis", "Systra", "Colas",
            ]
        ),
        ("GB", ["AstraZeneca", "استرازينيكا", "باركليز", "انجلو امريكان", "انجلو اميركان", "BT Group", "Babcock"]),
        (
            "DE",
            [
                "سيمنز", "فولكس فاجن", "تيسنكروب", "Linde", "لينده", "Hochtief", "هوختيف", "Bayer", "Porsche", "بورشه",
                "اي اون", "Continental AG", "Airbus Defence",
            ]
        ),
        ("IT", ["اينل", "انسالدو", "Pirelli", "بيريلي", "Iveco", "Ferrari"]),
        (
            "CN",
            [
                "Xiaomi", "شاومي", "شيري", "LONGi", "لونجي",
                "JinkoSolar", "Trina Solar", "China Mobile", "تشاينا موبايل", "China Telecom", "سينوهايدرو", "سيتيك",
                "China Gezhouba", "Gezhouba", "China Energy Engineering", "Hisense", "Haier", "هاير", "Lenovo",
                "لينوفو",
            ]
        ),
        (
            "JP",
            [
                "Panasonic", "باناسونيك", "Sony", "سوني", "Toshiba", "توشيبا", "IHI", "Kajima", "Obayashi", "Taisei",
                "NTT", "Kansai Electric", "سوجيتز", "كاواساكي", "Suzuki", "سوزوكي", "Mazda", "مازدا", "Isuzu", "ايسوزو",
            ]
        ),
        (
            "KR",
            [
                "Daewoo", "دايو", "دايوو", "GS E&C", "Lotte", "لوتي", "Hyundai Rotem", "HD Hyundai", "SK On",
                "Samsung C&T", "Korea Zinc", "Hanwha Ocean", "KT Corporation", "Naver", "CJ CheilJedang",
            ]
        ),
        (
            "IN",
            [
                "Wipro", "ويبرو", "HCL", "Tech Mahindra", "JSW", "Jindal", "جيندال", "Bajaj", "Sun Pharma",
                "Bharat Electronics",
                "Bharat Dynamics", "HAL", "انفوسيس", "ان تي بي سي",
            ]
        ),
        ("RU", ["روستيك", "ايروفلوت", "نوريلسك نيكل", "سوخوي", "في تي بي", "روسال", "ترانسنفت", "زاروبيجنفت"]),
        ("BR", ["فالي", "بنك التنميه البرازيلي", "اليتروبراس", "Odebrecht", "اوديبريشت"]),
        (
            "SA",
            [
                "Bahri", "القديه", "Savvy Games", "Saudi Electricity Company", "Jadwa",
            ]
        ),
        (
            "AE",
            [
                "EGA", "Meraas", "ايه دي كيو", "e&", "Dubai World",
                "دبي العالميه", "ايغل هيلز", "Tabreed", "Abu Dhabi Developmental Holding",
            ]
        ),
        ("QA", ["Qatar Free Zones", "Al Mana", "Power International Holding"]),
        (
            "TR",
            [
                "توساش", "هافيلسان", "يابي مركزي", "رونيسانس", "Sabanci", "Sabancı", "صبانجي", "Koç Holding",
                "كوتش القابضه",
                "Turkcell", "تركسل", "Arçelik", "Arcelik", "ارجيليك", "Yilport", "Albayrak", "Tosyali", "توسيالي",
            ]
        ),
        ("EG", ["Orascom Construction", "Wadi Degla", "ماونتن فيو"]),
        ("ES", ["ناتورجي", "اكسيونا", "انترا", "نافانتيا", "سيبسا", "Sener", "Elecnor", "OHLA"]),
        ("NL", ["بوسكاليس", "فان اورد", "دامن"]),
        ("CH", ["ABB Group", "ميركوريا", "شتادلر"]),
        ("SE", ["فاتنفال", "اريكسون للاتصالات"]),
        ("FI", ["نوكيا", "فارتسيلا"]),
        ("DK", ["فيستاس", "اورستد", "توبسو"]),
        ("NO", ["ستات كرافت", "نورسك هيدرو"]),
        ("SG", ["GIC Private", "سيمبكورب", "اولام"]),
        ("AU", ["فورتسكيو", "وودسايد"]),
        ("CA", ["بروكفيلد", "باريك"]),
        ("ZA", ["دينيل"]),
        ("NG", ["نيجيريا للغاز الطبيعي المسال", "NLNG", "Nigeria LNG"]),
        ("AO", ["سونانجول"]),
        ("KZ", ["كازاتوم بروم", "كازاتومبروم"]),
        ("AZ", ["صندوق النفط الحكومي الاذربيجاني"]),
        ("DZ", ["كوسيدار"]),
        ("MA", ["مرسى المغرب", "Marsa Maroc", "طنجه المتوسط"]),
        ("OM", ["اوكيو للطاقه"]),
        ("IR", ["مابنا", "ايريسل"]),
    ]
}
