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

    @Test func goodArticlesPassTheCheck() {
        #expect(ArticleCheck.problem("Kazakhstan and China signed a deal; 北京 is quoted once.", limit: 1 << 20) == nil)
        #expect(ArticleCheck.problem("وقعت مصر والإمارات اتفاقا.", limit: 1 << 20) == nil)
        #expect(ArticleCheck.problem(String(repeating: "a", count: 101), limit: 100) == .tooLarge(bytes: 101, limit: 100))
    }
}
