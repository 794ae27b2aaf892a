import Foundation
import NewsCore
import NewsExtract
import Testing

/// Fact sheets that set an item's label on a line of its own ("Agreement 2:", "الاتفاقية
/// الثانية :") and the item on the next, under bullets of any kind ("✔️"). Every text here is written for these tests.
@Suite struct LabelLineTests: ReadsArticles {
    @Test func aLabelOnItsOwnLineIsOneItemWithTheLineAfterIt() throws {
        let arabic = agreements(
            extract(
                """
                وقعت تونس وفرنسا ثلاث اتفاقيات تمويل.

                وتم التوقيع على:

                ✔️ الاتفاقية الأولى: قرض بمبلغ 80 مليون يورو لدعم المؤسسات الصغرى.

                ✔️ الاتفاقية الثانية :
                قرض بمبلغ 50 مليون يورو لتمويل برنامج التطهير.

                ✔️ الاتفاقية الثالثة:
                هبة بقيمة 6 ملايين يورو لدعم مشاريع التعليم.
                """))
        let english = agreements(
            extract(
                """
                Tunisia and France signed three financing agreements.

                The following were signed:

                - Agreement 1: a loan of 80 million euros for small firms.

                - Agreement 2:
                A loan of 50 million euros for the sanitation programme.

                - Agreement 3:
                A grant of 6 million euros for schools.
                """))
        for found in [arabic, english] {
            let items = found.filter { $0.value != nil }
            #expect(items.count == 3, "\(found.map(\.title))")
            // The package, told in full by its items, is no entry of its own; nor is a bare label.
            #expect(found.count == 3, "\(found.map(\.title))")
            #expect(items.allSatisfy { $0.status == .signed }, "\(items.map(\.status))")
            #expect(found.allSatisfy { !$0.title.hasSuffix(":") }, "\(found.map(\.title))")
        }
    }

    @Test func aColonLineThatIntroducesAListStaysApartFromItsItems() throws {
        // Not a label: a sentence that ends in a colon, then items without bullets.
        let found = agreements(
            extract(
                """
                Kenya and Ghana signed the following agreements on Monday:
                A loan of $50 million for roads.
                A grant of $6 million for schools.
                """))
        #expect(found.filter { $0.value != nil }.count == 2, "\(found.map(\.title))")
    }

    @Test func linesThatEndInCommasAreAnEnumerationsItems() throws {
        let found = agreements(
            extract(
                """
                Kenya, Ghana sign accords

                After the talks, the two presidents oversaw the signing of documents.

                Agreement on health care cooperation,

                Memorandum on a dialogue in the energy sector,

                Memorandum on smart cities.
                """))
        #expect(found.count == 3, "\(found.map(\.title))")
        #expect(found.allSatisfy { Set($0.parties) == [code("KE"), code("GH")] }, "\(found.map(\.parties))")
    }

    @Test func aBulletedItemIsItsFirstSentenceAndALineWithoutABulletEndsTheList() throws {
        let found = agreements(
            extract(
                """
                Chile and Peru sign deals

                Chile and Peru signed deals on Monday. Some of the deals included:
                  • The sale by Codelco of copper cathodes to Peru. The ministry says this will help support over 2,000 jobs.
                  • A deal on fishing quotas in the Pacific.
                The deals for new export business with Peru would help to support around 5,000 jobs in Chile.
                """))
        // The package and its two items: neither the item's second sentence nor the line after
        // the bullets is a deal of its own.
        #expect(found.count == 3, "\(found.map(\.title))")
        #expect(
            !found.contains { $0.title.contains("ministry") || $0.title.contains("export business") },
            "\(found.map(\.title))")
        #expect(found.contains { $0.title.contains("fishing") }, "\(found.map(\.title))")
    }
}
