import NewsCore
import NewsExtract
import Testing

/// Deals told by their order after the package that counts them ("The first covers …, the
/// second …", "الأولى … والثانية …"). Every text here is written for these tests.
@Suite struct OrdinalDealTests: ReadsArticles {
    @Test func memorandaToldByTheirOrderAreEachAnEntry() throws {
        let e = extract(
            """
            Kuwait and Jordan

            Kuwait and Jordan signed three memoranda of understanding on Monday. The first covers energy, the second transport and the third health.
            """)
        let found = agreements(e)
        #expect(found.count == 3, "the package listed in full is its three items: \(found.map(\.title))")
        #expect(
            found.allSatisfy { Set($0.parties) == [code("KW"), code("JO")] && $0.value == nil && $0.status == .signed })
        #expect(found.contains { $0.title.hasSuffix("transport") }, "\(found.map(\.title))")
    }

    @Test func arabicOrdinalsInBothGendersTellTheDeals() throws {
        let e = extract(
            """
            خبر

            وقعت تونس والمغرب أمس ثلاث اتفاقيات.
            وتتعلق الاتفاقية الأولى بالنقل البحري، فيما تخص الثانية الصيد، أما الثالثة فتتعلق بتوريد الفوسفات بقيمة 40 مليون دولار.
            """)
        let found = agreements(e)
        #expect(found.count == 3, "\(found.map(\.title))")
        #expect(found.allSatisfy { Set($0.parties) == [code("TN"), code("MA")] })
        #expect(found.filter { $0.value?.amount == 40_000_000 }.count == 1, "\(found.map(\.value))")
    }

    /// The package's own sentence may tell the first deal: "signed three agreements, the first
    /// with …. The second …, and the third …".
    @Test func thePackagesSentenceMayTellTheFirst() throws {
        let found = agreements(
            extract(
                """
                Oman and Saudi Arabia

                OQ Group and Saudi companies signed three agreements on Monday, the first with ACWA Power in renewable energy. The second, on oil storage, was signed with Saudi Aramco, and the third, on a petrochemical complex, with SABIC.
                """))
        #expect(found.count == 3, "\(found.map(\.title))")
        #expect(
            found.allSatisfy { Set($0.parties).isSuperset(of: [code("OM"), code("SA")]) }, "\(found.map(\.parties))")
        #expect(found.contains { $0.title.contains("oil storage") }, "\(found.map(\.title))")
    }

    @Test func aSentenceOnThePackageMayStandBeforeTheFirstOrdinal() throws {
        let e = extract(
            """
            خبر

            وقعت تونس والمغرب أمس ثلاث مذكرات تفاهم.
            وتغطي المذكرات الثلاث مجالات النقل والصيد والثقافة.
            وتتعلق المذكرة الأولى بالنقل البحري.
            وتخص المذكرة الثانية الصيد البحري.
            أما المذكرة الثالثة فتتعلق بالتبادل الثقافي.
            """)
        let found = agreements(e)
        #expect(found.count == 3, "\(found.map(\.title))")
        #expect(found.allSatisfy { Set($0.parties) == [code("TN"), code("MA")] && $0.status == .signed })
    }

    @Test func eachItemKeepsItsOwnAmount() throws {
        let e = extract(
            """
            Kuwait and Jordan

            Kuwait and Jordan signed two agreements on Monday. The first agreement, worth $200 million, will fund a power line. The second is a $50 million grant for schools.
            """)
        let found = agreements(e)
        #expect(found.count == 2, "\(found.map(\.title))")
        #expect(Set(found.compactMap(\.value?.amount)) == [200_000_000, 50_000_000])
    }

    @Test func ordinalsOfPeriodsTellNoDealsAndAPartialListTellsItsFirst() throws {
        let periods = extract(
            """
            Kuwait and Jordan

            Kuwait and Jordan signed two agreements on Monday. Trade between them rose in the first quarter and fell in the second quarter.
            """)
        #expect(agreements(periods).count == 1, "\(agreements(periods).map(\.title))")
        let partial = extract(
            """
            Kuwait and Jordan

            Kuwait and Jordan signed four agreements on Monday. The first covers energy and the second transport.
            """)
        // Two ordinals of four deals are no full list: since version 24 they are two deals beside
        // the package, which stays (until then, the package alone; batch 12's gold, read in the
        // forty-first session, counts the first deals told in order as entries of their own).
        #expect(
            agreements(partial).count == 3,
            "two ordinals of four deals are two deals and the package: \(agreements(partial).map(\.title))")
    }

    @Test func aDualPackageToldByItsOrderWithASentenceBetween() throws {
        // A dual counts two deals; a sentence on what the first is for stands between the two.
        let e = extract(
            """
            الأردن والهند

            شهدت عمّان أمس توقيع اتفاقيتين بين مؤسسات أردنية ونظيرات هندية.
            الاتفاقية الأولى بين شركة أردنية للأسمدة ومجموعة هندية للكيماويات.
            وتهدف هذه الشراكة إلى زيادة الإنتاج.
            أما الاتفاقية الثانية فقد جرى توقيعها مع مصرف أردني وبنك هندي للتصدير.
            """)
        let found = agreements(e)
        #expect(found.count == 2, "\(found.map(\.title))")
        #expect(
            !found.contains { $0.title.contains("فقد") }, "the words of its signing are no title: \(found.map(\.title))"
        )
    }

    /// "مذكرتي تعاون" (two memoranda of cooperation) counts a package of two, told by their order.
    @Test func twoMemorandaOfCooperationToldByTheirOrder() {
        let found = agreements(
            extract(
                """
                الجزائر وإيطاليا

                وشملت المراسم توقيع شركة سوناطراك الجزائرية ومجموعة إيني الإيطالية على مذكرتي تعاون.
                تتعلق الأولى بتعزيز قدرات نقل الغاز، والثانية بالحد من انبعاث الغازات.
                """))
        #expect(found.count == 2, "\(found.map(\.title))")
        #expect(
            found.allSatisfy {
                Set($0.parties.compactMap(\.country).map(\.rawValue)) == ["DZ", "IT"]
                    && $0.title.hasPrefix("مذكرتي تعاون")
            },
            "\(found.map { ($0.parties, $0.title) })")
    }
}
