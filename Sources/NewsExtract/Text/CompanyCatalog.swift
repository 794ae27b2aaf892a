import NewsCore

/// Well-known companies, funds and state bodies of economic diplomacy, with their countries,
/// in English and Arabic, so that a deal "with Boeing" or "مع أدنوك" has its parties.
///
/// The article's own words come first: a company given with its nationality ("شركة توتال
/// الفرنسية", "U.S. firm X") is read by the country finder. The catalogue only fills in
/// companies the article names bare. Arabic names are in normalised spelling (as
/// `ArabicText.normalize` leaves them); English names match whole words, case-sensitively.
enum CompanyCatalog {
    static let table: [(country: String, names: [String])] = [
        ("US", ["Boeing", "بوينغ", "بوينج", "ExxonMobil", "Exxon Mobil", "اكسون موبيل", "Chevron", "شيفرون", "General Electric", "GE Vernova",
                "جنرال الكتريك", "Lockheed Martin", "لوكهيد مارتن", "Raytheon", "رايثيون", "Honeywell", "Microsoft",
                "مايكروسوفت", "Google", "غوغل", "Amazon", "امازون", "Nvidia", "انفيديا", "Apple Inc", "Occidental", "Halliburton",
                "Cisco", "Oracle", "Pfizer", "فايزر", "Ford Motor", "General Motors", "جنرال موتورز", "Tesla", "تسلا"]),
        ("FR", ["Airbus", "ايرباص", "TotalEnergies", "توتال", "Dassault", "داسو", "Thales", "تاليس", "EDF", "Engie", "انجي",
                "Alstom", "الستوم", "Vinci", "Orano", "Naval Group", "Safran", "سافران"]),
        ("GB", ["BP", "Shell", "Rolls-Royce", "رولز رويس", "BAE Systems", "Vodafone", "فودافون", "HSBC", "Standard Chartered"]),
        ("DE", ["Siemens", "سيمنس", "سيمينز", "Volkswagen", "فولكسفاغن", "BASF", "Bosch", "Daimler", "Mercedes-Benz", "مرسيدس",
                "Thyssenkrupp", "RWE", "Uniper"]),
        ("IT", ["Eni", "ايني", "Leonardo", "ليوناردو", "Fincantieri", "Enel", "Saipem", "سايبم"]),
        ("CN", ["Huawei", "هواوي", "Sinopec", "سينوبك", "CNPC", "PetroChina", "CNOOC", "State Grid", "China Railway", "COSCO", "كوسكو",
                "BYD", "Alibaba", "علي بابا", "Tencent", "ZTE"]),
        ("JP", ["Toyota", "تويوتا", "Mitsubishi", "ميتسوبيشي", "INPEX", "انبكس", "Marubeni", "Mitsui", "ميتسوي", "Sumitomo", "سوميتومو",
                "JERA", "Itochu", "SoftBank", "سوفت بنك", "Hitachi", "هيتاشي", "Nissan", "نيسان", "Honda", "هوندا", "JOGMEC"]),
        ("KR", ["Samsung", "سامسونغ", "سامسونج", "Hyundai", "هيونداي", "LG", "SK Innovation", "KOGAS", "كوغاس", "KEPCO", "كيبكو",
                "KNOC", "Hanwha", "هانوا", "Kia", "كيا", "POSCO", "بوسكو", "Doosan"]),
        ("IN", ["Tata", "تاتا", "Reliance", "ريلاينس", "Adani", "اداني", "Infosys", "ONGC", "Larsen & Toubro", "Mahindra"]),
        ("RU", ["Gazprom", "غازبروم", "Rosatom", "روساتوم", "Rosneft", "روسنفت", "Lukoil", "لوك اويل", "Novatek"]),
        ("BR", ["Embraer", "امبراير", "Petrobras", "بتروبراس", "Vale"]),
        ("SA", ["Saudi Aramco", "Aramco", "ارامكو", "SABIC", "سابك", "Public Investment Fund", "صندوق الاستثمارات العامه", "Ma'aden", "ACWA Power", "اكوا باور", "NEOM", "نيوم", "STC"]),
        ("AE", ["ADNOC", "ادنوك", "Mubadala", "ADQ", "DP World", "موانئ دبي العالميه", "AD Ports", "موانئ ابوظبي", "Emaar", "Masdar", "Etihad", "الاتحاد للطيران", "Emirates Airline", "طيران الامارات", "ADFD", "صندوق ابوظبي للتنميه",
                "International Holding Company", "Abu Dhabi Investment Authority", "جهاز ابوظبي للاستثمار", "ENEC"]),
        ("QA", ["QatarEnergy", "Qatar Energy", "قطر للطاقه", "Qatar Petroleum", "قطر للبترول", "Qatar Investment Authority", "QIA",
                "جهاز قطر للاستثمار", "Qatar Airways", "القطريه للطيران", "الخطوط الجويه القطريه"]),
        ("KW", ["Kuwait Investment Authority", "الهيئه العامه للاستثمار", "KPC", "مؤسسه البترول الكويتيه"]),
        ("TR", ["Baykar", "بيرقدار", "بايكار", "Turkish Airlines", "الخطوط الجويه التركيه", "Aselsan", "اسيلسان", "TPAO"]),
        ("EG", ["Orascom", "اوراسكوم", "Elsewedy", "السويدي"]),
        ("IL", ["NewMed", "Delek", "ديليك", "Israel Aerospace", "Elbit", "البيت سيستمز"]),
        ("VN", ["VietJet", "فيت جيت", "Vietnam Airlines", "Bamboo Airways", "PetroVietnam"]),
        ("ID", ["Pertamina", "بيرتامينا", "Garuda Indonesia", "Danantara"]),
        ("MY", ["Petronas", "بتروناس"]),
        ("NL", ["Philips"]), ("CH", ["Glencore", "Nestle", "ABB"]), ("ES", ["Repsol", "Iberdrola", "Talgo"]),
        ("SE", ["Ericsson", "Volvo", "Saab"]), ("FI", ["Nokia"]), ("DK", ["Maersk", "ميرسك"]), ("NO", ["Equinor"]),
        ("KZ", ["KazMunayGas", "Kazatomprom", "Samruk-Kazyna"]),
    ]

    struct Entry {
        var name: [Unicode.Scalar]
        var country: CountryCode
        var arabic: Bool
    }

    /// Each name once, with its country, longest first (so "Saudi Aramco" wins over "Aramco").
    static let entries: [Entry] = table.flatMap { row in
        row.names.map { Entry(name: Array($0.unicodeScalars), country: CountryCode(row.country)!, arabic: ArabicText.containsArabic($0)) }
    }.sorted { String(String.UnicodeScalarView($0.name)).count > String(String.UnicodeScalarView($1.name)).count }

    /// The indexes of `entries` by their first scalar, for the English and the Arabic names.
    static let byFirst: (english: FirstScalarIndex, arabic: FirstScalarIndex) = {
        var english: [Unicode.Scalar: [Int]] = [:]
        var arabic: [Unicode.Scalar: [Int]] = [:]
        for (i, e) in entries.enumerated() {
            if e.arabic { arabic[e.name[0], default: []].append(i) } else { english[e.name[0], default: []].append(i) }
        }
        return (FirstScalarIndex(english), FirstScalarIndex(arabic))
    }()

    /// Lists of entries by the first scalar of their names: an array for the scalars up to the
    /// Arabic block, where nearly all are (looked up for every scalar of every sentence), a
    /// dictionary beyond.
    struct FirstScalarIndex {
        static let arrayEnd: UInt32 = 0x0700
        private var low: [[Int]?]
        private var high: [Unicode.Scalar: [Int]] = [:]

        init(_ lists: [Unicode.Scalar: [Int]]) {
            low = Array(repeating: nil, count: Int(Self.arrayEnd))
            for (scalar, list) in lists {
                if scalar.value < Self.arrayEnd { low[Int(scalar.value)] = list } else { high[scalar] = list }
            }
        }

        subscript(scalar: Unicode.Scalar) -> [Int]? {
            scalar.value < Self.arrayEnd ? low[Int(scalar.value)] : high.isEmpty ? nil : high[scalar]
        }
    }

    /// The countries of the catalogue's companies named in a sentence, as mentions at their place.
    ///
    /// Each name counts at its first place in the sentence; longer names go first, and a name
    /// inside one already found is not read again.
    static func mentions(in text: String) -> [CountryMention] {
        let scalars = Array(text.unicodeScalars)
        // Arabic names are searched in the normalised text, and reported at their place in the original.
        let folded = ArabicText.containsArabic(text) ? FoldedText(text) : nil
        let normal = folded?.scalars ?? []
        let origin = folded?.origin ?? []
        // The first place of each name, found in one pass over each text.
        var first = [(start: Int, end: Int)?](repeating: nil, count: entries.count)
        func scan(_ haystack: [Unicode.Scalar], _ index: FirstScalarIndex, arabic: Bool) {
            for i in haystack.indices {
                guard let candidates = index[haystack[i]] else { continue }
                for k in candidates where first[k] == nil {
                    let needle = entries[k].name
                    guard i + needle.count <= haystack.count, haystack[i..<(i + needle.count)].elementsEqual(needle),
                        isBoundary(haystack, i, i + needle.count, arabic: arabic)
                    else { continue }
                    first[k] = arabic ? (origin[i], origin[i + needle.count - 1] + 1) : (i, i + needle.count)
                }
            }
        }
        scan(scalars, byFirst.english, arabic: false)
        if !normal.isEmpty { scan(normal, byFirst.arabic, arabic: true) }
        var found: [CountryMention] = []
        for k in entries.indices {
            guard let (start, end) = first[k], !found.contains(where: { $0.start < end && start < $0.end }) else { continue }
            found.append(CountryMention(country: entries[k].country, role: .demonym, start: start, end: end))
        }
        return found
    }

    /// A whole word: English names stand apart; Arabic ones may carry و ب ل ف and ال before them.
    static func isBoundary(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, arabic: Bool) -> Bool {
        func letter(_ k: Int) -> Bool { k >= 0 && k < s.count && (s[k].properties.isAlphabetic || s[k].properties.numericType != nil) }
        if letter(end) { return false }
        guard letter(start - 1) else { return true }
        guard arabic else { return false }
        var k = start - 1
        var prefix = ""
        while letter(k) { prefix = String(s[k]) + prefix; k -= 1 }
        return ["و", "ب", "ل", "ف", "ال", "وال", "بال", "لل", "وب", "ول"].contains(prefix)
    }
}
