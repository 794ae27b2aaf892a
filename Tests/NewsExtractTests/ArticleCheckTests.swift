import NewsExtract
import Testing

/// What the extractor refuses before it reads: empty, binary, unknown-script and oversized texts.
@Suite struct ArticleCheckTests {
    @Test(arguments: [
        ("", ArticleCheck.Problem.empty),
        ("  \n\t ", .empty),
        ("12345 — 678", .noLetters),
        ("abc\u{0}def", .binary(offset: 3)),
        ("中国和美国签署了一项价值十亿美元的协议，双方将加强合作。", .unknownLanguage(script: "Chinese")),
    ])
    func badArticlesAreRefusedWithAReason(_ text: String, _ problem: ArticleCheck.Problem) {
        #expect(ArticleCheck.problem(text, limit: 1 << 20) == problem)
    }

    /// Texts in Latin letters in another language, of our own writing: refused, and the language
    /// named when its commonest words show it.
    @Test(arguments: [
        (
            "La France et le Maroc ont signé mardi plusieurs accords de coopération dans les domaines de l'énergie et des transports, "
                + "selon le ministère. Les échanges entre les deux pays ont atteint un niveau record l'an dernier, et les entreprises "
                + "françaises restent les premiers investisseurs étrangers au Maroc.", "French"
        ),
        (
            "España y México firmaron el martes varios acuerdos de cooperación en energía y transporte, según el ministerio. El "
                + "comercio entre los dos países alcanzó una cifra récord el año pasado, y las empresas españolas siguen siendo los "
                + "primeros inversores extranjeros en el país.", "Spanish"
        ),
        (
            "Deutschland und Ägypten haben am Dienstag mehrere Abkommen über die Zusammenarbeit in den Bereichen Energie und Verkehr "
                + "unterzeichnet, teilte das Ministerium mit. Der Handel zwischen den beiden Ländern erreichte im vergangenen Jahr einen "
                + "Rekordwert, und deutsche Unternehmen gehören zu den größten Investoren im Land.", "German"
        ),
    ])
    func otherLanguagesInLatinLettersAreRefused(_ text: String, _ language: String) {
        #expect(ArticleCheck.problem(text, limit: 1 << 20) == .notEnglish(guess: language))
        #expect(ArticleCheck.problem(text, limit: 1 << 20)?.description.contains("it reads as \(language)") == true)
    }

    @Test func aLanguageWithoutAKnownWordListIsRefusedUnnamed() {
        // Swahili: none of the listed languages' common words make up a tenth of it.
        let text = """
            Kenya na Tanzania zimetia saini mikataba mitatu ya ushirikiano katika sekta za nishati na usafiri, kwa mujibu wa wizara. \
            Biashara kati ya nchi hizo mbili ilifikia kiwango cha juu mwaka jana, na makampuni ya Kenya yanaendelea kuwekeza zaidi \
            nchini Tanzania kuliko wawekezaji wengine wa kigeni.
            """
        #expect(ArticleCheck.problem(text, limit: 1 << 20) == .notEnglish(guess: nil))
    }

    @Test func englishWithFewCommonWordsStillPasses() {
        // A fact sheet of names and figures: few common words, but more than a tenth.
        let sheet = """
            Agreements signed in Riyadh:
            - Marubeni and ACWA Power: power purchase agreement, Rabigh 2, 1.2 GW.
            - JERA and Saudi Aramco: LNG supply memorandum, 2026-2030.
            - Toyota Tsusho and Ma'aden: green hydrogen pilot, Yanbu.
            - Mitsubishi Heavy Industries and SEC: turbine service contract, Qurayyah plant.
            - Sumitomo and NEOM: desalination feasibility study, 500,000 cubic metres a day.
            - JBIC and the Public Investment Fund: $2 billion co-financing line.
            """
        #expect(ArticleCheck.problem(sheet, limit: 1 << 20) == nil)
        // A headline alone is too short to judge, whatever its words.
        #expect(ArticleCheck.problem("Marubeni, ACWA Power sign Rabigh PPA", limit: 1 << 20) == nil)
    }

    @Test func goodArticlesPassTheCheck() {
        #expect(ArticleCheck.problem("Kazakhstan and China signed a deal; 北京 is quoted once.", limit: 1 << 20) == nil)
        #expect(ArticleCheck.problem("وقعت مصر والإمارات اتفاقا.", limit: 1 << 20) == nil)
        #expect(
            ArticleCheck.problem(String(repeating: "a", count: 101), limit: 100) == .tooLarge(bytes: 101, limit: 100))
    }
}
