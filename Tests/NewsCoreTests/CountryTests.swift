import Testing

@testable import NewsCore

@Suite struct CountryTests {
    let catalog = CountryCatalog.shared

    @Test func everyAssignedCodeIsThereOnce() {
        // The 249 assigned codes, and EU (exceptionally reserved) for the European Union.
        #expect(catalog.countries.count == 250)
        #expect(Set(catalog.countries.map(\.code)).count == 250)
        #expect(catalog.match("الاتحاد الأوروبي")?.country.code.rawValue == "EU")
        for code in ["US", "KZ", "IL", "AE", "SA", "CN", "RU", "GB", "EG", "AQ", "ZW", "PS", "TW"] {
            #expect(catalog.country(code: code) != nil, "\(code)")
        }
        #expect(CountryCode("XK") == nil)
        #expect(CountryCode("us")?.rawValue == "US")
    }

    @Test func noNameStandsForTwoCountries() {
        var owner: [String: String] = [:]
        var clashes: [String] = []
        for country in catalog.countries {
            let names =
                country.englishNames + country.arabicNames + country.englishDemonyms + country.arabicDemonyms
                + country.englishCapitals + country.arabicCapitals
            for name in Set(names.map(CountryCatalog.key)) {
                if let other = owner[name], other != country.code.rawValue {
                    clashes.append("\(name): \(other), \(country.code)")
                }
                owner[name] = country.code.rawValue
            }
        }
        #expect(clashes.isEmpty, "\(clashes)")
    }

    @Test(arguments: [
        ("Kazakhstan", "KZ", CountryCatalog.Role.name), ("كازاخستان", "KZ", .name), ("قازاقستان", "KZ", .name),
        ("U.S.", "US", .name), ("United States of America", "US", .name),
        ("الولايات المتحدة الأمريكية", "US", .name), ("الولايات المتحدة الاميركية", "US", .name),
        ("أميركا", "US", .name),
        ("American", "US", .demonym), ("أمريكية", "US", .demonym), ("Washington", "US", .capital),
        ("واشنطن", "US", .capital),
        ("Astana", "KZ", .capital), ("أستانا", "KZ", .capital), ("Kazakh", "KZ", .demonym),
        ("إسرائيل", "IL", .name), ("اسرائيل", "IL", .name), ("Israeli", "IL", .demonym),
        ("السعودية", "SA", .name), ("KSA", "SA", .name), ("Riyadh", "SA", .capital),
        ("الإمارات", "AE", .name), ("UAE", "AE", .name), ("Emirati", "AE", .demonym),
        ("Burma", "MM", .name), ("Ivory Coast", "CI", .name), ("Türkiye", "TR", .name), ("Turkey", "TR", .name),
        ("DRC", "CD", .name), ("Britain", "GB", .name), ("بريطانيا", "GB", .name),
    ])
    func looksUpNamesDemonymsAndCapitals(text: String, code: String, role: CountryCatalog.Role) throws {
        let match = try #require(catalog.match(text), "\(text)")
        #expect(match.country.code.rawValue == code, "\(text)")
        #expect(match.role == role, "\(text)")
        #expect(try catalog.lookup(text).code.rawValue == code)
    }

    @Test func spellingVariantsAndSpacesDoNotMatter() throws {
        #expect(try catalog.lookup("  united   states ").code.rawValue == "US")
        #expect(try catalog.lookup("كازاخـستان").code.rawValue == "KZ", "tatweel")
        #expect(try catalog.lookup("إِسْرَائِيل").code.rawValue == "IL", "diacritics")
        #expect(try catalog.lookup("kz").code.rawValue == "KZ", "a code in any case")
    }

    @Test func anUnknownCountryIsAClearError() {
        do {
            _ = try catalog.lookup("Atlantis")
            Issue.record("found Atlantis")
        } catch {
            #expect(error.text == "Atlantis")
            #expect(error.description.contains("unknown country \"Atlantis\""))
        }
        #expect(throws: UnknownCountry.self) { try Party(parsing: "Wakanda") }
        #expect(throws: UnknownCountry.self) { try catalog.lookup("Congo") }  // ambiguous: left out on purpose
    }

    @Test func partiesParseCountriesAndNamedCompanies() throws {
        #expect(try Party(parsing: "Kazakhstan") == .country(CountryCode("KZ")!))
        #expect(try Party(parsing: "company:Cove Kaz Capital") == .company("Cove Kaz Capital"))
        #expect(try Party(parsing: "org:OPEC").description == "org:OPEC")
    }

    @Test func arabicNormalisation() {
        #expect(ArabicText.normalize("١٢٣٫٥") == "123.5")
        #expect(ArabicText.normalize("۱۲") == "12")
        #expect(ArabicText.normalize("١٬٠٠٠") == "1,000")
        #expect(ArabicText.normalize("مليارات") == "مليارات")
        #expect(ArabicText.normalize("أإآٱ") == "اااا")
        #expect(ArabicText.normalize("مصطفى") == "مصطفي")
        #expect(ArabicText.normalize("اتفاقية") == "اتفاقيه")
        #expect(ArabicText.normalize("مُؤَسَّسَة") == "موسسه")
    }
}
