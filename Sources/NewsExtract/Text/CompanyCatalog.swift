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

    /// Each name once, with its country, longest first (so "Saudi Aramco" wins over "Aramco").
    static let entries: [(name: String, country: CountryCode, arabic: Bool)] = table.flatMap { row in
        row.names.map { ($0, CountryCode(row.country)!, ArabicText.containsArabic($0)) }
    }.sorted { $0.name.count > $1.name.count }

    /// The countries of the catalogue's companies named in a sentence, as mentions at their place.
    static func mentions(in text: String) -> [CountryMention] {
        let scalars = Array(text.unicodeScalars)
        // Arabic names are searched in the normalised text; `origin` maps its offsets back.
        var normal: [Unicode.Scalar] = []
        var origin: [Int] = []
        if ArabicText.containsArabic(text) {
            for (i, scalar) in scalars.enumerated() {
                for folded in ArabicText.normalize(String(scalar)).unicodeScalars {
                    normal.append(folded)
                    origin.append(i)
                }
            }
        }
        var found: [CountryMention] = []
        for entry in entries {
            let needle = Array(entry.name.unicodeScalars)
            let haystack = entry.arabic ? normal : scalars
            guard needle.count <= haystack.count, let first = needle.first else { continue }
            var i = 0
            while i + needle.count <= haystack.count {
                if haystack[i] == first, Array(haystack[i..<(i + needle.count)]) == needle, isBoundary(haystack, i, i + needle.count, arabic: entry.arabic) {
                    let start = entry.arabic ? origin[i] : i
                    let end = entry.arabic ? origin[i + needle.count - 1] + 1 : i + needle.count
                    if !found.contains(where: { $0.start < end && start < $0.end }) {
                        found.append(CountryMention(country: entry.country, role: .demonym, start: start, end: end))
                    }
                    break
                }
                i += 1
            }
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
