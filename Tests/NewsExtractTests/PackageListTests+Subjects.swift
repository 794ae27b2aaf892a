import Foundation
import NewsCore
import Testing

@testable import NewsExtract

/// What a counted package's deals are about, told by a verb in the next sentence or after a link
/// in the same one. Every text here is written for these tests.
extension PackageListTests {
    /// "signed three agreements. The agreements cover A, B and C": a deal per subject, as many
    /// as counted; a list of another length is no such telling.
    @Test func subjectsToldByAVerbInTheNextSentence() throws {
        let found = agreements(
            extract(
                """
                Chile and Ghana sign accords

                Chile and Ghana signed three agreements in Accra on Tuesday. The agreements cover port logistics, cocoa research and the training of nurses.
                """))
        #expect(found.count == 3, "\(found.map(\.title))")
        #expect(found.map(\.title).contains("agreement on cocoa research"), "\(found.map(\.title))")
        #expect(found.allSatisfy { $0.status == .signed && $0.value == nil })
        let uneven = agreements(
            extract(
                """
                Chile and Ghana sign accords

                Chile and Ghana signed four agreements in Accra on Tuesday. The agreements cover port logistics, cocoa research and the training of nurses.
                """))
        #expect(uneven.count == 1, "\(uneven.map(\.title))")
    }

    /// "These cover A, B, C and D" right after "signed 4 memoranda of understanding": memoranda,
    /// one per subject. After a sentence on something else, "They span …" points to that instead.
    @Test func subjectsToldAfterAWordPointingBack() throws {
        let found = agreements(
            extract(
                """
                Peru and Jordan sign memoranda

                Peru and Jordan signed 4 memoranda of understanding on Friday. These cover mining, water, tourism and archaeology.
                """))
        #expect(found.count == 4, "\(found.map(\.title))")
        #expect(found.allSatisfy { $0.kind == .mou }, "\(found.map(\.kind))")
        #expect(found.map(\.title).contains("memorandum of understanding on archaeology"), "\(found.map(\.title))")
        let elsewhere = agreements(
            extract(
                """
                Peru and Jordan sign memoranda

                Peru and Jordan signed 4 memoranda of understanding on Friday. The projects behind them would hire local engineers. They span mining, water, tourism and archaeology.
                """))
        #expect(elsewhere.count == 1, "\(elsewhere.map(\.title))")
    }

    /// "وتشمل الاتفاقيات أ وب وج" after "وقع البلدان ثلاث اتفاقيات": a deal per field joined by و.
    @Test func arabicSubjectsOpenedByAVerbInTheNextSentence() throws {
        let found = agreements(
            extract(
                """
                تونس والأردن يوقعان اتفاقيات

                وقعت تونس والأردن ثلاث اتفاقيات يوم الأحد. وتشمل الاتفاقيات النقل البحري والصناعات الغذائية والتكوين المهني.
                """))
        #expect(found.count == 3, "\(found.map(\.title))")
        #expect(found.map(\.title).contains("اتفاقية في مجال الصناعات الغذائية"), "\(found.map(\.title))")
    }

    /// "خمس مذكرات تفاهم، تتعلق بالصحة والتعليم …": fields after a link in the same sentence,
    /// as many as counted, each a memorandum on its field (without the link's ب).
    @Test func arabicFieldsAfterALinkInTheSameSentence() throws {
        let found = agreements(
            extract(
                """
                تونس والأردن يوقعان مذكرات

                وقع الجانبان التونسي والأردني على أربع مذكرات تفاهم، تتعلق بالصحة والزراعة والطاقة والسياحة.
                """))
        #expect(found.count == 4, "\(found.map(\.title))")
        #expect(found.allSatisfy { $0.kind == .mou }, "\(found.map(\.kind))")
        #expect(found.map(\.title).contains("مذكرة تفاهم في مجال الصحة"), "\(found.map(\.title))")
        // (Fields after their noun, "تشمل مجالات …", are the fields, not "مجالات الصحة".)
        let named = agreements(
            extract(
                """
                تونس والأردن يوقعان اتفاقيات

                وقعت تونس والأردن 3 اتفاقيات تشمل مجالات الصحة والزراعة والطاقة.
                """))
        #expect(named.map(\.title).contains("اتفاقية في مجال الصحة"), "\(named.map(\.title))")
    }
}

extension PackageListTests {
    /// "Five agreements were signed. They included a treaty on …, and an accord on …. MoUs were
    /// also signed on A, on B and on C": the package's deals, all told right after it however
    /// each was read, leave no entry for the package; each MoU is titled once by its "on".
    @Test func aPackageWhoseDealsAreAllToldRightAfterItIsNoEntry() throws {
        let text = """
            Chile and Ghana deepen ties

            Five agreements were signed by the two sides. They included a treaty on extradition, and an accord on the protection of classified information. Memorandums of understanding (MoUs) were also signed on port logistics, on cocoa research and on teacher training.
            """
        let found = agreements(extract(text))
        #expect(found.count == 5, "\(found.map(\.title))")
        #expect(found.map(\.title).contains("memorandum of understanding on cocoa research"), "\(found.map(\.title))")
        // (Told in part, the package stays beside its deals.)
        let inPart = agreements(extract(text.replacingOccurrences(of: "Five agreements", with: "Seven agreements")))
        #expect(inPart.count == 6, "\(inPart.map(\.title))")
    }

    /// "signed several agreements. The agreements signed covered A and B, together with a
    /// memorandum on C": a package without a count or an amount, told in full by the next
    /// sentence, is those deals, the one beside the subjects included; the package is no entry
    /// of its own. One subject alone tells no deals.
    @Test func anUncountedPackageToldByAVerbInTheNextSentence() throws {
        let found = agreements(
            extract(
                """
                Chile and Ghana deepen ties

                Chile and Ghana signed several agreements in Accra on Tuesday to deepen trade between them. The agreements signed covered port logistics and cocoa research, together with a memorandum of understanding on the training of nurses.
                """))
        #expect(found.count == 3, "\(found.map(\.title))")
        #expect(found.map(\.title).contains("agreement on cocoa research"), "\(found.map(\.title))")
        #expect(found.filter { $0.kind == .mou }.count == 1, "\(found.map(\.kind))")
        #expect(found.allSatisfy { $0.status == .signed && $0.value == nil })
        let listed = agreements(
            extract(
                """
                Chile and Ghana deepen ties

                Chile and Ghana signed a number of agreements in Accra on Tuesday. The agreements cover port logistics, cocoa research and the training of nurses.
                """))
        #expect(listed.count == 3, "\(listed.map(\.title))")
        let one = agreements(
            extract(
                """
                Chile and Ghana deepen ties

                Chile and Ghana signed several agreements in Accra on Tuesday. The agreements cover the years up to 2030.
                """))
        #expect(one.count == 1, "\(one.map(\.title))")
    }

    /// "وقعت … حزمة من الاتفاقيات. وتغطي الاتفاقيات الموقعة مجالات متنوعة، من بينها أ وب، فضلا
    /// عن مذكرة تفاهم …": the same in Arabic, past the words that say the fields are some of
    /// several kinds.
    @Test func anArabicUncountedPackageToldByAVerbInTheNextSentence() throws {
        let found = agreements(
            extract(
                """
                تشيلي وغانا توقعان حزمة من الاتفاقيات

                وقعت تشيلي وغانا اليوم حزمة من الاتفاقيات لتعزيز التعاون بين البلدين. وتغطي الاتفاقيات الموقعة مجالات متنوعة، من بينها الموانئ والزراعة، فضلا عن مذكرة تفاهم للتدريب المهني.
                """))
        #expect(found.count == 3, "\(found.map(\.title))")
        #expect(found.map(\.title).contains("اتفاقية في مجال الزراعة"), "\(found.map(\.title))")
        #expect(found.filter { $0.kind == .mou }.count == 1, "\(found.map(\.kind))")
    }

    /// "حضر الجانبان مراسم توقيع 3 اتفاقيات" beside one country, in an article that names one
    /// other only once: the two sides are those two. The next sentence's "مجالات عدة، هي: أ، وب،
    /// إضافة إلى ج" gives the three deals ("إضافة إلى" joins the list as و does where it adds no
    /// deal). With a third country in the article, the other side is not guessed.
    @Test func theTwoSidesAreTheArticlesOnlyTwoCountries() throws {
        let text = """
            الرئيس البرازيلي وولي العهد يشهدان توقيع اتفاقيات

            في ختام جلسة مباحثات رسمية عقدها ولي العهد مع الرئيس البرازيلي، حضر الجانبان مراسم توقيع 3 اتفاقيات مشتركة. وتغطي الاتفاقيات الموقعة مجالات عدة، هي: الزراعة المستدامة، والنقل البحري، إضافة إلى تطوير الموانئ.
            ووجه ولي العهد إلى الرئيس دعوة رسمية لزيارة قطر.
            """
        let found = agreements(extract(text))
        #expect(found.count == 3, "\(found.map(\.title))")
        #expect(found.allSatisfy { Set($0.parties.compactMap(\.country)) == [CountryCode("BR")!, CountryCode("QA")!] })
        #expect(found.map(\.title).contains("اتفاقية في مجال تطوير الموانئ"), "\(found.map(\.title))")
        // (Without the fields, the package alone, titled by its count, not by the verb "عقدها".)
        let alone = agreements(
            extract(
                text.replacingOccurrences(
                    of:
                        " وتغطي الاتفاقيات الموقعة مجالات عدة، هي: الزراعة المستدامة، والنقل البحري، إضافة إلى تطوير الموانئ.",
                    with: "")))
        #expect(alone.count == 1 && !alone[0].title.contains("عقدها"), "\(alone.map(\.title))")
        let third = agreements(extract(text.replacingOccurrences(of: "لزيارة قطر.", with: "لزيارة قطر والبحرين.")))
        #expect(third.isEmpty, "\(third.map(\.parties))")
    }

    /// "وقع البلدان اتفاقيات تتعلق بأ، وب، وج": uncounted Arabic deals with a link and three
    /// fields or more are a deal each. Commas before و set the items apart, so a و without one
    /// stays inside its item ("الصادرات والواردات"); a field of cooperation titles the deal "for"
    /// it ("اتفاقية للتعاون …"). Two fields alone may be one deal's.
    @Test func arabicDealsLinkedToFieldsSetApartByCommas() throws {
        let found = agreements(
            extract(
                """
                بيرو والأردن توقعان اتفاقيات

                وقعت بيرو والأردن اتفاقيات تتعلق بالصادرات والواردات الزراعية، وتنظيم النقل البري، والتعاون في مجال الصحة العامة.
                """))
        #expect(found.count == 3, "\(found.map(\.title))")
        #expect(found.map(\.title).contains("اتفاقية في مجال الصادرات والواردات الزراعية"), "\(found.map(\.title))")
        #expect(found.map(\.title).contains("اتفاقية للتعاون في مجال الصحة العامة"), "\(found.map(\.title))")
        let two = agreements(
            extract(
                """
                بيرو والأردن توقعان اتفاقيات

                وقعت بيرو والأردن اتفاقيات تتعلق بالصادرات، وتنظيم النقل البري.
                """))
        #expect(two.count == 1, "\(two.map(\.title))")
    }

    /// "The agreements on economic cooperation were inked soon after the president held talks
    /// with his counterpart, Ali Hassan, who is in Seoul": a verb ends the list after "agreements
    /// on"; the clauses after it are no fields, and no deals.
    @Test func aVerbEndsTheFieldsAfterAgreementsOn() throws {
        let found = agreements(
            extract(
                """
                Korea and Kenya sign deals

                South Korea on Thursday signed agreements to extend $500 million in loans to Kenya.

                The agreements on economic cooperation were inked soon after President Moon held talks with his Kenyan counterpart, William Ruto, who is in Seoul on a visit.
                """))
        #expect(!found.contains { $0.title.contains("Ruto") || $0.title.contains("Seoul") }, "\(found.map(\.title))")
        #expect(found.count == 1, "\(found.map(\.title))")
        // ("two MoUs on water resources and on port training": the second "on" is no part of its field.)
        let repeated = agreements(
            extract("Ghana and India\n\nGhana and India signed two MoUs on water resources and on port training.\n"))
        #expect(
            repeated.map(\.title) == ["MoU on water resources", "MoU on port training"], "\(repeated.map(\.title))")
    }

    /// "كما جرى التوقيع على مجموعة أخرى من الاتفاقيات تتعلق بالتعاون في مجالات أ وب وج": the
    /// deals named with the article, linked to cooperation in three fields, are a deal each.
    @Test func arabicDealsWithTheArticleLinkedToCooperationInFields() throws {
        let found = agreements(
            extract(
                """
                الأردن وتونس يوقعان اتفاقيات

                وقع الأردن وتونس اليوم في عمان اتفاقية لحماية الاستثمار بقيمة 20 مليون دولار.

                كما جرى التوقيع على مجموعة أخرى من الاتفاقيات تتعلق بالتعاون في مجالات الزراعة والتعليم والنقل البحري.
                """))
        #expect(found.count == 4, "\(found.map(\.title))")
        #expect(
            found.map(\.title).filter { $0.hasPrefix("اتفاقية في مجال") } == [
                "اتفاقية في مجال الزراعة", "اتفاقية في مجال التعليم", "اتفاقية في مجال النقل البحري",
            ], "\(found.map(\.title))")
    }

    /// "وقعت … عددا من مذكرات التفاهم، وتوزعت هذه المذكرات على قطاعات أ، وب وج، ود": memoranda
    /// shared out over fields are a memorandum per field, in the same sentence as the package or
    /// the next; the package is no entry of its own.
    @Test func arabicMemorandaSharedOutOverFields() throws {
        for joint in ["، وتوزعت", ". وتوزعت"] {
            let found = agreements(
                extract(
                    """
                    عمان وتنزانيا

                    وقعت سلطنة عمان وتنزانيا عددا من مذكرات التفاهم في مسقط\(joint) هذه المذكرات على قطاعات الطاقة، والسياحة والموارد الطبيعية، والتعليم العالي والتدريب، والمتاحف الوطنية.
                    """))
            #expect(found.count == 4, "\(found.map(\.title))")
            #expect(found.allSatisfy { $0.kind == .mou && $0.status == .signed }, "\(found.map(\.kind))")
            #expect(
                found.map(\.title).contains("مذكرة تفاهم في مجال السياحة والموارد الطبيعية"), "\(found.map(\.title))")
        }
    }
}
