import NewsCore
import Testing

@testable import NewsExtract

@Suite struct SentenceTests {
    @Test func splitsEnglishWithoutBreakingNumbersOrAbbreviations() {
        let text =
            "The U.S. signed a $1.1 billion deal. Mr. Smith said trade rose 2.5% in 2024! Was it enough?\nA new paragraph"
        let sentences = SentenceSplitter.split(text).map(\.text)
        #expect(
            sentences == [
                "The U.S. signed a $1.1 billion deal.", "Mr. Smith said trade rose 2.5% in 2024!", "Was it enough?",
                "A new paragraph",
            ])
    }

    /// "وقعت تونس مذكرة تفاهم مع شركة صينية. باستثمارات تقدر بنحو …": a period before an Arabic
    /// amount's or purpose's opening ends no sentence; before a verb, or at a line's end, it does.
    @Test func aPeriodBeforeAnArabicContinuationEndsNoSentence() {
        let text =
            "وقعت تونس مذكرة تفاهم مع شركة صينية. لإنشاء مصنع للبطاريات. باستثمارات تقدر بنحو مليار دولار. وقال الوزير إن المصنع سيوفر وظائف.\nبقيمة جديدة"
        let sentences = SentenceSplitter.split(text).map(\.text)
        #expect(
            sentences == [
                "وقعت تونس مذكرة تفاهم مع شركة صينية. لإنشاء مصنع للبطاريات. باستثمارات تقدر بنحو مليار دولار.",
                "وقال الوزير إن المصنع سيوفر وظائف.", "بقيمة جديدة",
            ])
    }

    @Test func aHardLineBreakInsideASentenceDoesNotEndIt() {
        let text =
            "Fact Sheet\nToday the President, Mr. Alan B.\nCarter signed an accord worth at\nleast $2 billion with Peru.\nA new line starts here"
        #expect(
            SentenceSplitter.split(text).map(\.text) == [
                "Fact Sheet",
                "Today the President, Mr. Alan B.\nCarter signed an accord worth at\nleast $2 billion with Peru.",
                "A new line starts here",
            ])
    }

    @Test func splitsArabicAndKeepsOffsets() {
        let text = "وقعت الإمارات اتفاقية بقيمة ١٫١ مليار دولار. هل يكفي ذلك؟ نعم"
        let sentences = SentenceSplitter.split(text)
        #expect(sentences.map(\.text) == ["وقعت الإمارات اتفاقية بقيمة ١٫١ مليار دولار.", "هل يكفي ذلك؟", "نعم"])
        let scalars = Array(text.unicodeScalars)
        for s in sentences {
            #expect(String(String.UnicodeScalarView(scalars[s.start..<s.end])) == s.text)
        }
    }
}

@Suite struct CountryFinderTests {
    let finder = CountryFinder()

    func codes(_ text: String) -> [String] { finder.mentions(in: text).map(\.country.rawValue) }

    @Test func englishNamesDemonymsCapitalsAndAbbreviations() {
        #expect(codes("The United States and Kazakhstan's president met in Washington.") == ["US", "KZ", "US"])
        #expect(codes("An American firm will work with Kazakh and Emirati partners.") == ["US", "KZ", "AE"])
        #expect(codes("Let us talk about the U.S. and the UAE.") == ["US", "AE"])
        #expect(codes("Saudi Arabia and the People's Republic of China") == ["SA", "CN"])
    }

    @Test func arabicWithAttachedParticlesAndPlurals() {
        #expect(codes("وقعت الولايات المتحدة وكازاخستان اتفاقية في واشنطن") == ["US", "KZ", "US"])
        #expect(codes("بين كازاخستان والشركات الأمريكية") == ["KZ", "US"])
        #expect(codes("الرئيس الأمريكي ورئيس الوزراء الإسرائيلي") == ["US", "IL"])
        #expect(codes("احتياجات أمريكا من اليورانيوم للولايات المتحدة") == ["US", "US"])
        #expect(codes("المستثمرين الإماراتيين في مصر") == ["AE", "EG"])
        #expect(codes("الاستثمار المالي والمعادن") == [], "مالي here means financial")
    }

    @Test func wordsThatMeanSomethingElseAreNoCountry() {
        #expect(codes("مشروع الطريق الصحراوي في الأردن") == ["JO"], "a desert road, not Western Sahara")
        #expect(codes("لمد كابل كهربائي بين مصر واليونان") == ["EG", "GR"], "a cable, not Kabul")
        #expect(codes("بحسب صحيفة ديلي ميل البريطانية") == ["GB"], "the Daily Mail, not Dili")
        #expect(codes("قدمت السعودية منحة لدعم القدس") == ["SA"], "the city, not Israel's government")
        #expect(codes("Morgan Stanley and Douglas Elliman said Egypt") == ["EG"])
        #expect(codes("مورغان ستانلي") == [])
        #expect(codes("The Falklands capital, Port Stanley") == ["FK", "FK"], "the full name still counts")
        #expect(codes("Kingston, Ontario and New Jersey-based Honeywell") == [])
    }

    /// "قال رافيش سوري، سفير الهند": a surname that is a country's adjective, in apposition to
    /// an office, is no country; "قال مسؤول سوري، …" is a Syrian official.
    @Test func aSurnameBeforeAnOfficeIsNoCountry() {
        #expect(codes("قال رافيش سوري، سفير الهند بالقاهرة، إن التجارة نمت.") == ["IN", "EG"])
        #expect(codes("قال مسؤول سوري، رئيس الوفد، إن التجارة نمت.") == ["SY"])
        #expect(codes("التقى الوزير سفيراً سورياً في القاهرة.").contains("SY"))
    }

    @Test func namesInsideOtherNamesAreNoCountry() {
        #expect(codes("plants in New Mexico and New Jersey for India") == ["IN"])
        #expect(codes("New Zealand and New Delhi") == ["NZ", "IN"], "names that start with New match whole")
        #expect(codes("Egypt told the Washington Post and The Jerusalem Post.") == ["EG"])
        #expect(codes("ذكرت صحيفة واشنطن بوست أن مصر") == ["EG"])
        #expect(codes("Washington and Cairo signed") == ["US", "EG"])
    }

    @Test func riversDeltasAndStatesNamedForACountryAreNoCountry() {
        #expect(codes("Shell sold assets in the Niger Delta and Niger State to Nigeria's NNPC.") == ["NG"])
        #expect(codes("a bridge over the River Niger and the Congo River") == [])
        #expect(codes("Niger and Mali signed") == ["NE", "ML"])
    }

    @Test func aNameThatMostlyMeansSomethingElseIsTheCountryInAListOfCountries() {
        func listed(_ text: String) -> [String] { finder.mentionsWithJoinedNames(in: text).map(\.country.rawValue) }
        #expect(listed("deals with Niger, Chad and Mali") == ["NE", "TD", "ML"])
        #expect(listed("deals with Chad and Niger") == ["TD", "NE"])
        #expect(listed("وقع المغرب اتفاقيات مع السنغال ومالي والنيجر") == ["MA", "SN", "ML", "NE"])
        // Not beside a country in a list: the word's other sense.
        #expect(listed("Chad Smith met officials from Kenya") == ["KE"])
        #expect(listed("قدمت السعودية دعم مالي لمصر") == ["SA", "EG"])
        #expect(listed("التعاون المالي والسعودي مع مصر") == ["SA", "EG"])
    }

    @Test func onlyADollarSignsAbbreviationIsNoCountryBeforeAnAmount() {
        #expect(codes("worth US$ 35 billion and US $2 billion, with HK$ 3 billion") == [])
        #expect(codes("Qatar $14 billion; UAE $85 billion; Saudi Arabia $53 billion") == ["QA", "AE", "SA"])
    }

    @Test func aSaudiPrinceCalledTurkiIsNoTurk() {
        #expect(codes("وقع الأمير تركي بن محمد اتفاقية مع الأردن") == ["JO"])
        #expect(codes("قال تركي آل الشيخ إن السعودية") == ["SA"])
        #expect(codes("التقى الأمير تركي بالرئيس") == [])
        #expect(codes("التقى الأمير القطري بالرئيس التركي") == ["QA", "TR"], "adjectives with the article")
        #expect(codes("شركة تركية ومستثمر تركي") == ["TR", "TR"])
    }

    @Test func spansPointAtTheNames() {
        let text = "وتبيع كازاخستان نحو ثلث إنتاجها إلى أمريكا"
        let scalars = Array(text.unicodeScalars)
        let spans = finder.mentions(in: text).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        #expect(spans == ["كازاخستان", "أمريكا"])
    }
}

@Suite struct CompanyFinderTests {
    let finder = CompanyFinder()

    @Test func englishCompanyNames() {
        #expect(finder.companies(in: "AD Ports Group signed a 30-year concession.") == ["AD Ports Group"])
        #expect(
            finder.companies(in: "Saudi Aramco bought a stake in Rongsheng Petrochemical, a refiner.") == [
                "Saudi Aramco", "Rongsheng Petrochemical",
            ])
        #expect(
            finder.companies(in: "The deal lets US planemaker Boeing sell 22 jets to Uzbekistan Airways.") == [
                "Boeing", "Uzbekistan Airways",
            ])
    }

    @Test func countriesPeopleAndSentenceStartsAreNotCompanies() {
        #expect(finder.companies(in: "The United States and Kazakhstan signed a deal in Washington.") == [])
        #expect(finder.companies(in: "President Tokayev met Prime Minister Modi in May.") == [])
        #expect(finder.companies(in: "Saudi Arabia and the Saudi government agreed.") == [])
    }

    @Test func arabicNamesAfterShirka() {
        #expect(finder.companies(in: "وقعت شركة سفيند الألمانية اتفاقا مع كازاخستان") == ["سفيند"])
        #expect(
            finder.companies(in: "ستحصل شركة أمريكية على امتياز المنجم") == [],
            "an unnamed American company is no named party")
    }
}
