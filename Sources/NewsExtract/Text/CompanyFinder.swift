import NewsCore

/// Finds companies named in a sentence, to stand as parties beside countries.
///
/// English: a run of capitalised words ending in a corporate word ("AD Ports Group", "Rongsheng
/// Petrochemical", "Uzbekistan Airways"); a capitalised name after a role word ("planemaker
/// Boeing", "miner Eramet"); a country adjective fused with a name ("Saudi Aramco"). Arabic: the
/// words after شركة or مجموعة, up to the first word that is not part of a name. Names that are
/// countries, demonyms or capitals are never companies.
public struct CompanyFinder: Sendable {
    let catalog: CountryCatalog

    public init(catalog: CountryCatalog = .shared) { self.catalog = catalog }

    static let corporateWords: Set<String> = [
        "Group", "Company", "Co", "Corp", "Corporation", "Inc", "Ltd", "Limited", "Holding", "Holdings", "Airways",
        "Airlines",
        "Petrochemical", "Petrochemicals", "Petroleum", "Energy", "Capital", "Bank", "Ports", "Motors", "Industries",
        "Resources", "Mining", "Minerals", "Partners", "Investments", "Technologies", "Steel", "Aerospace", "Telecom",
    ]
    static let roleWords: Set<String> = [
        "company", "firm", "group", "giant", "carrier", "airline", "planemaker", "carmaker", "automaker", "miner",
        "producer",
        "developer", "manufacturer", "refiner", "lender", "operator", "fund", "conglomerate", "maker",
    ]
    /// Capitalised words that start sentences or name things other than companies.
    static let notNames: Set<String> = [
        "The", "A", "An", "In", "On", "At", "For", "And", "But", "Under", "After", "Before", "During", "President",
        "Prime",
        "Minister", "Ministry", "King", "Crown", "Prince", "Sheikh", "Mr", "Ms", "Dr", "Officials", "Analysts",
        "Separately",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    /// Nouns that make a demonym a place's name, not a company's: "Persian Gulf", "Indian Ocean".
    static let placeNouns: Set<String> = [
        "Gulf", "Ocean", "Sea", "Peninsula", "River", "Channel", "Basin", "Desert", "Plateau", "Highlands",
    ]
    static let arabicIntroducers = ["شركه", "مجموعه"]
    static let arabicStops: Set<String> = [
        "في", "من", "الي", "علي", "عن", "مع", "التي", "الذي", "و", "ان", "قد", "بقيمه", "لتطوير", "لانشاء", "اخري",
        "جديده", "كبيره",
    ]

    /// Company names in order of appearance, each once.
    public func companies(in text: String) -> [String] {
        let words = CountryFinder.words(text).map(\.text)
        var found: [String] = []
        func add(_ name: String) {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, catalog.match(trimmed) == nil, !found.contains(trimmed) else { return }
            found.append(trimmed)
        }
        var i = 0
        while i < words.count {
            let w = words[i]
            if ArabicText.containsArabic(w) {
                let normal = ArabicText.normalized(w)
                if Self.arabicIntroducers.contains(normal)
                    || Self.arabicIntroducers.contains(String(normal.dropFirst()))
                {
                    var name: [String] = []
                    var j = i + 1
                    while j < words.count && name.count < 3 {
                        let n = ArabicText.normalized(words[j])
                        if Self.arabicStops.contains(n) || catalog.match(n) != nil
                            || CountryFinder.arabicForms(n).contains(where: { catalog.match($0) != nil })
                            || n.hasPrefix("ال") && name.isEmpty
                        {
                            break
                        }
                        name.append(words[j])
                        j += 1
                    }
                    if !name.isEmpty { add(name.joined(separator: " ")) }
                    i = j
                    continue
                }
                i += 1
                continue
            }
            if Self.isName(w) {
                // A run of capitalised words (and "&"-less connectors are not allowed).
                var j = i
                while j < words.count && Self.isName(words[j]) { j += 1 }
                let run = Array(words[i..<j])
                if let last = run.last, Self.corporateWords.contains(last), run.count >= 2 {
                    // Drop leading words that are not part of a name ("The", a demonym alone is kept: "Saudi Aramco").
                    add(run.drop { Self.notNames.contains($0) }.joined(separator: " "))
                } else if run.count == 2, catalog.match(run[0])?.role == .demonym, catalog.match(run[1]) == nil,
                    !Self.notNames.contains(run[1]),
                    !Self.corporateWords.contains(run[1]), !Self.placeNouns.contains(run[1])
                {
                    add(run.joined(separator: " "))
                } else if i > 0, Self.roleWords.contains(words[i - 1].lowercased()), !Self.notNames.contains(run[0]) {
                    add(run.joined(separator: " "))
                }
                i = j
                continue
            }
            i += 1
        }
        return found
    }

    static func isName(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, ScalarTraits.isUppercase(first) else { return false }
        return word.unicodeScalars.allSatisfy { ScalarTraits.isAlphabetic($0) || $0 == "-" || $0 == "." }
    }
}
