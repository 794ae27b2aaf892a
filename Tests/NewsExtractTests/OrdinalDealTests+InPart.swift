import NewsCore
import Testing

@testable import NewsExtract

/// A counted package whose first deals the sentences after it tell by their order, and an
/// article that opens on its first paragraph, sentences ending in middle dots. Every text here
/// is written for these tests.
extension OrdinalDealTests {
    /// "ست اتفاقيات … ويتعلق الاتفاق الأول … أما الاتفاق الثاني … أما المذكرة الثالثة …": the first
    /// three of six, in order, are entries of their own beside the package.
    @Test func theFirstDealsOfACountedPackageToldInOrder() throws {
        let found = agreements(
            extract(
                """
                الجزائر وروسيا

                وقعت الجزائر وروسيا أمس ست اتفاقيات تخص العديد من المجالات. ويتعلق الاتفاق الأول بمذكرة تفاهم تخص التعاون في مجال التقييس بين المعهد الجزائري والوكالة الروسية. أما الاتفاق الثاني فيتعلق بمذكرة تفاهم حول التعاون بين المعهد الدبلوماسي الجزائري والأكاديمية الدبلوماسية الروسية. أما المذكرة الثالثة فتخص التعاون بين المجلس الوطني الجزائري والغرفة المدنية الروسية.
                """))
        #expect(found.count == 4, "\(found.map(\.title))")
        #expect(found.filter { $0.kind == .mou }.count >= 2, "\(found.map { ($0.title, $0.kind) })")
        // Out of order, they are not told by it.
        let skipped = agreements(
            extract(
                """
                الجزائر وروسيا

                وقعت الجزائر وروسيا أمس ست اتفاقيات تخص العديد من المجالات. أما الاتفاق الثاني فيتعلق بمذكرة تفاهم حول التعاون بين المعهد الدبلوماسي الجزائري والأكاديمية الدبلوماسية الروسية. أما المذكرة الثالثة فتخص التعاون بين المجلس الوطني الجزائري والغرفة المدنية الروسية.
                """))
        #expect(skipped.count < 4, "\(skipped.map(\.title))")
    }

    /// An article whose text opens on a paragraph of sentences ending in middle dots has no
    /// headline: its deals are read as the body's.
    @Test func aFirstParagraphOfMiddleDotSentencesIsNoHeadline() throws {
        let found = agreements(
            extract(
                "وقعت الجزائر وروسيا أمس ست اتفاقيات تخص العديد من المجالات بمناسبة الزيارة الرسمية للرئيس الروسي إلى الجزائر· ويتعلق الاتفاق الأول بمذكرة تفاهم تخص التعاون في مجال التقييس بين المعهد الجزائري والوكالة الروسية· أما الاتفاق الثاني فيتعلق بمذكرة تفاهم حول التعاون بين المعهد الدبلوماسي الجزائري والأكاديمية الدبلوماسية الروسية·\n"
            ))
        #expect(found.count == 3, "\(found.map(\.title))")
    }
}
