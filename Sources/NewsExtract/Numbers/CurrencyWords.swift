import NewsCore

/// Currencies as news writes them: symbols, ISO codes, names, and names made exact by a country.
///
/// A name has a default currency ("dollar" USD, "riyal" SAR, "جنيه" EGP, "pound" GBP) unless it
/// is shared too evenly to guess ("dinar", "franc", "manat", "ليرة": only with a country). A
/// country adjective next to the name decides ("Canadian dollars" CAD, "ريال قطري" QAR,
/// "جنيه إسترليني" GBP); a country with no currency of that name in the table gives no
/// currency, not the default. "¥" is read as JPY (Chinese yuan is written "yuan", "CNY",
/// "RMB" or "CN¥" in the news we read).
enum CurrencyWords {
    /// A currency name and what it stands for.
    struct Name {
        var currency: String?
        /// ISO 3166-1 alpha-2 → ISO 4217, for "US dollars", "ريال عماني".
        var byCountry: [String: String]
        /// Whether the article's countries decide a bare name; "dollars" alone are US dollars.
        var localized = true

        /// The currency a bare name stands for in an article about `countries` (most written
        /// about first): the one of theirs that has a currency of this name ("dirhams" in a
        /// Morocco–Spain article are MAD); with two, the default, or the first's for a name
        /// without one (dinars in a Jordan–Iraq article are the first's). With none of theirs,
        /// the first of the other countries the article names (`named`, in the order it names
        /// them) that has one ("dirhams" of French and US investment "in Morocco", where the UAE
        /// comes later); else the default.
        func local(_ countries: [String], named: [String] = []) -> String? {
            guard localized else { return currency }
            let theirs = countries.compactMap { byCountry[$0] }
            if theirs.count == 1 || (theirs.count > 1 && currency == nil) { return theirs[0] }
            if theirs.isEmpty, let first = named.lazy.compactMap({ byCountry[$0] }).first { return first }
            return currency
        }
    }

    /// A currency written before the amount ("$", "US$", "USD", "Rs."), and the token after it.
    ///
    /// `local`: the codes of the article's countries, which tell short local signs ("R75
    /// billion" in a South African article is rand; "Rs" in a Pakistani one is rupees of Pakistan).
    static func prefix(_ tokens: [NumberToken], at i: Int, local: [String] = []) -> (currency: Currency, next: Int)? {
        guard tokens.indices.contains(i) else { return nil }
        let t = tokens[i]
        // "Japanese Yen (JPY) 232 billion": the code in brackets before the number.
        if t.isSymbol("("), i + 3 < tokens.count, tokens[i + 2].isSymbol(")"), tokens[i + 1].isWord,
            tokens[i + 1].isUppercase,
            let code = isoCodes[tokens[i + 1].key.uppercased()], tokens[i + 3].isNumber
        {
            return Currency(code).map { ($0, i + 3) }
        }
        if t.kind == .symbol {
            // "$" after a number belongs to that number ("500$"), not to the next.
            guard let code = symbols[t.text], !(i > 0 && tokens.touch(i - 1, i) && tokens[i - 1].isNumber) else {
                return nil
            }
            // ("Z$5 billion": letters that name no known dollar make no dollars of it.)
            if t.text == "$", i > 0, tokens.touch(i - 1, i), tokens[i - 1].isWord, !tokens[i - 1].isArabic,
                dollarPrefixes[tokens[i - 1].key] == nil
            {
                return nil
            }
            return Currency(code).map { ($0, i + 1) }
        }
        guard t.isWord, !t.isArabic else { return nil }
        if tokens.touch(i, i + 1), tokens[i + 1].kind == .symbol, symbols[tokens[i + 1].text] != nil {
            let code: String? =
                switch tokens[i + 1].text {
                case "$": dollarPrefixes[t.key]
                case "¥": t.key == "cn" ? "CNY" : nil
                default: nil
                }
            return code.flatMap(Currency.init).map { ($0, i + 2) }
        }
        if t.isUppercase, let code = isoCodes[t.key.uppercased()] {
            // "SR.45 million": a dot between the sign and the number it touches.
            let dotted = tokens.touch(i, i + 1) && tokens[i + 1].isSymbol(".") && tokens.touch(i + 1, i + 2)
            return Currency(code).map { ($0, dotted ? i + 2 : i + 1) }
        }
        if let signs = localSigns[t.key], tokens.touch(i, i + 1) || t.key.count > 1,
            let code = signs.first(where: { local.contains($0.country) })?.currency
        {
            let next = tokens.touch(i, i + 1) && tokens[i + 1].isSymbol(".") ? i + 2 : i + 1
            return Currency(code).map { ($0, next) }
        }
        if let code = abbreviations[t.key] {
            let next = tokens.touch(i, i + 1) && tokens[i + 1].isSymbol(".") ? i + 2 : i + 1
            return Currency(code).map { ($0, next) }
        }
        return nil
    }

    /// Short signs written before the amount that are a currency only in an article of its
    /// country; a sign of one letter must touch the number ("R75 billion", not "R 75"). The first
    /// entry whose country is the article's decides: India comes first, so that "Rs" in an article
    /// of India and Pakistan stays the Indian rupee, which the sign tells no worse than the other.
    private static let localSigns = WordTable<[(country: String, currency: String)]>([
        "r": [("ZA", "ZAR")], "n": [("NG", "NGN")], "tk": [("BD", "BDT")], "p": [("PH", "PHP")],
        // (Also the shilling's "/-" after the amount: "418bn/-".)
        "sh": [("KE", "KES"), ("TZ", "TZS"), ("UG", "UGX"), ("SO", "SOS")],
        "rs": [("IN", "INR"), ("PK", "PKR"), ("LK", "LKR"), ("NP", "NPR")],
        // The Turkish lira as Turkish papers write it ("$540 million (TL 7.43 billion)").
        "tl": [("TR", "TRY")],
    ])

    /// A currency written after the amount ("dollars", "US dollars", "دولار أمريكي", "من
    /// الدولارات", "USD", "€"): the currency and the index after its last token.
    static func suffix(_ tokens: [NumberToken], at j: Int, local: [String] = [], named: [String] = []) -> (
        currency: Currency?, next: Int
    )? {
        guard tokens.indices.contains(j) else { return nil }
        let t = tokens[j]
        // "trade rose to 418bn/-": East African papers write the shilling as "/-" after the
        // amount; it is the shilling of the article's country.
        if t.isSymbol("/"), tokens.touch(j - 1, j), tokens.indices.contains(j + 1), tokens[j + 1].isSymbol("-"),
            tokens.touch(j, j + 1), let code = localSigns["sh"]?.first(where: { local.contains($0.country) })?.currency
        {
            return (Currency(code), j + 2)
        }
        if t.kind == .symbol, !t.isSymbol("-") {
            // A symbol followed by a number is that number's prefix ("in 2020 $5 billion").
            guard let code = symbols[t.text], !(tokens.indices.contains(j + 1) && tokens[j + 1].isNumber) else {
                return nil
            }
            return (Currency(code), j + 1)
        }
        // "a billion-dollar deal"
        if t.isSymbol("-"), tokens.touch(j - 1, j), tokens.touch(j, j + 1), !tokens[j + 1].isArabic {
            if let name = english[tokens[j + 1].key] {
                return (name.local(local, named: named).flatMap(Currency.init), j + 2)
            }
            // "an 80-million-U.S. dollar credit": the name with its country.
            return tokens[j + 1].isWord ? englishSuffix(tokens, at: j + 1, local: local, named: named) : nil
        }
        guard t.isWord else { return nil }
        if t.isUppercase, let code = isoCodes[t.key.uppercased()] { return (Currency(code), j + 1) }
        return t.isArabic
            ? arabicSuffix(tokens, at: j, local: local, named: named)
            : englishSuffix(tokens, at: j, local: local, named: named)
    }

    /// Whether a word is a currency name in either language ("dollars", "الدولارات").
    static func isName(_ key: String) -> Bool { english[key] != nil || arabic[key] != nil }

    private static func englishSuffix(_ tokens: [NumberToken], at j: Int, local: [String], named: [String]) -> (
        currency: Currency?, next: Int
    )? {
        if let name = english[tokens[j].key] {
            // "pounds sterling"
            if tokens.word(j + 1) == "sterling" { return (Currency("GBP"), j + 2) }
            return (name.local(local, named: named).flatMap(Currency.init), j + 1)
        }
        // "US dollars", "Hong Kong dollars", "Saudi riyals"
        for width in [2, 1] {
            guard tokens.indices.contains(j + width), let name = english[tokens[j + width].key],
                (j..<(j + width)).allSatisfy({ tokens[$0].isWord && !tokens[$0].isArabic })
            else { continue }
            let adjective = tokens[j..<(j + width)].map(\.text).joined(separator: " ")
            guard let country = CountryCatalog.shared.match(adjective)?.country.code.rawValue else { continue }
            return (name.byCountry[country].flatMap(Currency.init), j + width + 1)
        }
        return nil
    }

    private static func arabicSuffix(_ tokens: [NumberToken], at j: Int, local: [String], named: [String]) -> (
        currency: Currency?, next: Int
    )? {
        var k = j
        // "ملياران من الدولارات"
        if tokens.word(k) == "من", let next = tokens.word(k + 1), next.hasPrefix("ال"), arabic[next] != nil { k += 1 }
        guard let name = arabic[tokens[k].key] else { return joinedArabic(tokens[k].key).map { ($0, k + 1) } }
        guard let adjective = tokens.word(k + 1), tokens[k + 1].isArabic else {
            return (name.local(local, named: named).flatMap(Currency.init), k + 1)
        }
        if sterling.contains(adjective) { return (Currency("GBP"), k + 2) }
        // "دولار هونغ كونغ", "دولار أمريكي"
        for width in [2, 1] where tokens.indices.contains(k + width) {
            let words = (1...width).compactMap { tokens.word(k + $0) }
            guard words.count == width, let match = CountryCatalog.shared.match(words.joined(separator: " ")) else {
                continue
            }
            return (name.byCountry[match.country.code.rawValue].flatMap(Currency.init), k + width + 1)
        }
        return (name.local(local, named: named).flatMap(Currency.init), k + 1)
    }

    /// "دولارأمريكي": a name and its country's adjective run together, as pages copied
    /// without their spaces write them.
    private static func joinedArabic(_ key: String) -> Currency? {
        for head in ["دولار", "يورو", "جنيه", "ريال", "دينار", "درهم"]
        where key.hasPrefix(head) && key.count > head.count + 3 {
            guard let name = arabic[head], let match = CountryCatalog.shared.match(String(key.dropFirst(head.count)))
            else { continue }
            return name.byCountry[match.country.code.rawValue].flatMap(Currency.init)
        }
        return nil
    }

    private static let symbols = WordTable<String>([
        "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₸": "KZT", "₽": "RUB",
        "₺": "TRY", "₩": "KRW", "₪": "ILS", "₦": "NGN", "₱": "PHP",
    ])

    /// Letters touching "$": "US$", "A$", "HK$", and the Brazilian real's "R$" and the Mexican
    /// peso's "MX$". Other letters touching it make an unknown currency, no dollars.
    private static let dollarPrefixes = WordTable<String>([
        "us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "hk": "HKD", "s": "SGD", "sg": "SGD",
        "nz": "NZD", "nt": "TWD", "r": "BRL", "mx": "MXN",
    ])

    /// Abbreviations written before the amount, in any case.
    private static let abbreviations = WordTable<String>([
        "rs": "INR", "dh": "AED", "dhs": "AED", "ksh": "KES", "kshs": "KES", "rp": "IDR",
        // "a Rand 1.3 billion plant": the rand's name before the amount.
        "rand": "ZAR",
    ])

    /// Whether `text` is a currency's ISO 4217 code, in capitals ("TND").
    static func isCode(_ text: String) -> Bool { isoCodes[text] != nil }

    /// ISO 4217 codes read when written in capitals (lowercase "try" or "all" are words).
    private static let isoCodes: [String: String] = {
        let codes = """
            USD EUR GBP JPY CNY INR AED SAR QAR OMR KWD BHD JOD EGP MAD DZD TND LYD IQD SYP LBP YER SDG TRY IRR ILS \
            KZT UZS KGS TJS TMT AZN AMD GEL RUB UAH BYN CHF SEK NOK DKK PLN CZK HUF RON BGN CAD AUD NZD HKD SGD \
            MYR IDR THB VND PHP KRW TWD PKR BDT LKR NPR ZAR NGN KES ETB GHS BRL MXN ARS CLP COP PEN \
            TZS UGX ZMW MWK MMK AFN XOF XAF SOS UYU ISK
            """
        var table = Dictionary(uniqueKeysWithValues: codes.split(separator: " ").map { (String($0), String($0)) })
        table["RMB"] = "CNY"
        table["SR"] = "SAR"
        // The ringgit's own sign, as Malaysian papers write it ("RM33.9 billion").
        table["RM"] = "MYR"
        return table
    }()

    private static let dollar = Name(
        currency: "USD",
        byCountry: ["US": "USD", "AU": "AUD", "CA": "CAD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "TW": "TWD"],
        localized: false)
    private static let euro = Name(currency: "EUR", byCountry: [:])
    private static let pound = Name(
        currency: "GBP", byCountry: ["GB": "GBP", "EG": "EGP", "SD": "SDG", "LB": "LBP", "SY": "SYP"])
    private static let dirham = Name(currency: "AED", byCountry: ["AE": "AED", "MA": "MAD"])
    private static let riyal = Name(
        currency: "SAR", byCountry: ["SA": "SAR", "QA": "QAR", "OM": "OMR", "YE": "YER", "IR": "IRR"])
    private static let dinar = Name(
        currency: nil,
        byCountry: [
            "KW": "KWD", "BH": "BHD", "JO": "JOD", "IQ": "IQD", "LY": "LYD", "DZ": "DZD", "TN": "TND", "RS": "RSD",
        ])
    private static let rupee = Name(
        currency: "INR", byCountry: ["IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR", "ID": "IDR"])
    private static let rouble = Name(currency: "RUB", byCountry: ["RU": "RUB", "BY": "BYN"])
    private static let lira = Name(currency: nil, byCountry: ["TR": "TRY", "LB": "LBP", "SY": "SYP"])
    private static let franc = Name(currency: nil, byCountry: ["CH": "CHF"])
    private static let manat = Name(currency: nil, byCountry: ["AZ": "AZN", "TM": "TMT"])
    private static let som = Name(currency: nil, byCountry: ["KG": "KGS", "UZ": "UZS"])
    private static let shilling = Name(currency: nil, byCountry: ["KE": "KES", "TZ": "TZS", "UG": "UGX", "SO": "SOS"])
    private static let peso = Name(
        currency: nil, byCountry: ["MX": "MXN", "AR": "ARS", "CO": "COP", "CL": "CLP", "PH": "PHP", "UY": "UYU"])
    private static let kwacha = Name(currency: nil, byCountry: ["ZM": "ZMW", "MW": "MWK"])
    private static let krone = Name(currency: nil, byCountry: ["NO": "NOK", "DK": "DKK"])
    private static func only(_ code: String, _ country: String) -> Name {
        Name(currency: code, byCountry: [country: code])
    }

    private static let english = WordTable<Name>(
        {
            var table: [String: Name] = [:]
            func add(_ words: [String], _ name: Name) { for w in words { table[w] = name } }
            add(["dollar", "dollars"], dollar)
            add(["euro", "euros"], euro)
            add(["pound", "pounds"], pound)
            add(["sterling"], only("GBP", "GB"))
            add(["dirham", "dirhams"], dirham)
            add(["riyal", "riyals", "rial", "rials"], riyal)
            add(["dinar", "dinars"], dinar)
            add(["tenge"], only("KZT", "KZ"))
            add(["yuan", "renminbi"], only("CNY", "CN"))
            add(["yen"], only("JPY", "JP"))
            add(["rupee", "rupees"], rupee)
            add(["rouble", "roubles", "ruble", "rubles"], rouble)
            add(["lira", "liras", "lire"], lira)
            add(["franc", "francs"], franc)
            add(["won"], only("KRW", "KR"))
            add(["ringgit"], only("MYR", "MY"))
            add(["rand"], only("ZAR", "ZA"))
            add(["naira"], only("NGN", "NG"))
            add(["manat", "manats"], manat)
            add(["som", "soms"], som)
            add(["soum", "soums", "sum"], only("UZS", "UZ"))
            add(["somoni"], only("TJS", "TJ"))
            add(["shekel", "shekels"], only("ILS", "IL"))
            add(["dram", "drams"], only("AMD", "AM"))
            add(["lari"], only("GEL", "GE"))
            add(["hryvnia", "hryvnias"], only("UAH", "UA"))
            add(["zloty", "zlotys"], only("PLN", "PL"))
            add(["reais"], only("BRL", "BR"))
            // Shared names count only with a country of theirs in the article ("a 40 billion
            // shilling loan" in an article on Kenya); names of one currency count anywhere.
            add(["shilling", "shillings"], shilling)
            add(["peso", "pesos"], peso)
            add(["kwacha", "kwachas"], kwacha)
            add(["krone", "kroner"], krone)
            add(["krona", "kronor"], only("SEK", "SE"))
            add(["birr"], only("ETB", "ET"))
            add(["cedi", "cedis"], only("GHS", "GH"))
            add(["rupiah"], only("IDR", "ID"))
            add(["baht"], only("THB", "TH"))
            add(["dong"], only("VND", "VN"))
            add(["taka"], only("BDT", "BD"))
            add(["forint", "forints"], only("HUF", "HU"))
            add(["koruna", "korunas"], only("CZK", "CZ"))
            add(["leu", "lei"], only("RON", "RO"))
            add(["lev", "leva"], only("BGN", "BG"))
            add(["kyat", "kyats"], only("MMK", "MM"))
            add(["soles"], only("PEN", "PE"))
            return table
        }())

    private static let arabic = WordTable<Name>(
        {
            var table: [String: Name] = [:]
            func add(_ words: [String], _ name: Name) { for w in words { table[ArabicText.normalize(w)] = name } }
            add(["دولار", "دولارات", "الدولار", "الدولارات"], dollar)
            // "أورو", as the Maghreb writes the euro.
            add(["يورو", "اليورو", "يوروهات", "أورو", "الأورو"], euro)
            add(["جنيه", "جنيهات", "الجنيه", "الجنيهات"], Name(currency: "EGP", byCountry: pound.byCountry))
            add(["إسترليني", "استرليني"], only("GBP", "GB"))
            add(["درهم", "دراهم", "الدرهم", "الدراهم"], dirham)
            add(["ريال", "ريالات", "الريال", "الريالات"], riyal)
            add(["دينار", "دنانير", "الدينار", "الدنانير"], dinar)
            add(["تنغي", "تينغي", "تنغ", "تنجي", "تينجي", "تنغه"], only("KZT", "KZ"))
            add(["يوان", "اليوان"], only("CNY", "CN"))
            add(["ين", "الين"], only("JPY", "JP"))
            add(["روبية", "روبيات", "الروبية"], rupee)
            add(["روبل", "روبلات", "الروبل"], rouble)
            add(["ليرة", "ليرات", "الليرة", "الليرات"], lira)
            add(["فرنك", "فرنكات"], franc)
            add(["شيكل", "شيكلات", "شيقل"], only("ILS", "IL"))
            add(["منات"], manat)
            add(["سوم"], som)
            add(["شلن", "شلنات", "الشلن"], shilling)
            // The birr only in an article that names Ethiopia: "بئر" (a well) normalises to it.
            add(["بير", "البير"], Name(currency: nil, byCountry: ["ET": "ETB"]))
            add(["بيزو", "البيزو"], peso)
            add(["كواشا"], kwacha)
            add(["راند", "الراند"], only("ZAR", "ZA"))
            add(["نايرا", "النايرا"], only("NGN", "NG"))
            add(["وون", "الوون"], only("KRW", "KR"))
            add(["رينغيت", "رينجت"], only("MYR", "MY"))
            add(["دونغ"], only("VND", "VN"))
            add(["تاكا"], only("BDT", "BD"))
            add(["زلوتي"], only("PLN", "PL"))
            add(["هريفنيا"], only("UAH", "UA"))
            return table
        }())

    private static let sterling: WordSet = ["استرليني", "استرلينيه", "الاسترليني"]
}
