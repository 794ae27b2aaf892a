import Foundation
import NewsCore
import NewsExtract
import Testing

/// Several deals in one sentence, each in a clause of its own subject, and one deal of a package
/// named in a sentence of its own. Every text here is written for these tests.
@Suite struct SentenceStructureTests: ReadsArticles {
    @Test func eachClauseGivesItsOwnDealItsOwnParties() throws {
        let e = extract(
            """
            دعم خليجي للأردن

            حصل الأردن على مساندة عاجلة، إذ أودعت الكويت 3 مليارات دولار لدى المصرف المركزي الأردني، كما خصص صندوق قطري 2 مليار دولار لمشاريع في الأردن، في حين اشترت شركة إماراتية حصصاً بنحو 500 مليون دولار في شركات أردنية، بينما أنشأت سلطنة عمان صندوقاً بقيمة 2 مليار دولار يستهدف مشاريع في الأردن ولبنان.
            """)
        let found = agreements(e)
        let byValue = { (v: Decimal) in found.filter { $0.value?.amount == v }.map { Set($0.parties) } }
        #expect(byValue(3_000_000_000) == [[code("KW"), code("JO")]], "\(found.map { ($0.parties, $0.value) })")
        #expect(
            byValue(500_000_000) == [[code("AE"), code("JO")]],
            "buying stakes is a deal: \(found.map { ($0.parties, $0.value) })")
        // Equal amounts in clauses of their own are two deals.
        #expect(
            Set(byValue(2_000_000_000)) == [[code("QA"), code("JO")], [code("OM"), code("JO"), code("LB")]],
            "\(found.map { ($0.parties, $0.value) })")
    }

    @Test func oneDealOfAPackageToldInASentenceOfItsOwn() throws {
        let e = extract(
            """
            الأردن وتونس

            شهدت زيارة رئيس الوزراء التونسي إلى عمّان توقيع ثماني اتفاقيات تعاون بين الأردن وتونس في مجالات متعددة.
            ومن بين هذه الاتفاقيات تشغيل خط بحري مباشر بين ميناءي العقبة وصفاقس، مما يختصر زمن الشحن.
            وشملت الاتفاقيات مجالات التعليم والصحة والزراعة.
            """)
        let found = agreements(e)
        #expect(found.count == 2, "the package and the one item it names; fields are no item: \(found.map(\.title))")
        #expect(found.contains { $0.title.hasPrefix("تشغيل خط بحري") }, "\(found.map(\.title))")
        #expect(found.allSatisfy { Set($0.parties) == [code("JO"), code("TN")] })
    }

    @Test func anEnglishPackageItemToldAfterIt() throws {
        let e = extract(
            """
            Chile and Peru

            Chile and Peru signed nine agreements on Monday. The agreements also include a power line across the Atacama desert, which will carry solar energy.
            """)
        let found = agreements(e)
        #expect(found.count == 2, "\(found.map(\.title))")
        #expect(found.contains { $0.title.contains("power line") }, "\(found.map(\.title))")
    }
}

extension SentenceStructureTests {
    @Test func aFigureReportedAfterAParticipleIsReadFromItsOwnClause() throws {
        let e = extract(
            """
            تونس وليبيا

            وأوضح الوزير أن التعاون بين البلدين توسع بعد إبرام عدة اتفاقيات، لافتاً إلى أن الاستثمارات الليبية في تونس تفوق 3 مليارات دولار.
            """)
        #expect(
            investments(e).contains {
                $0.investor == code("LY") && $0.recipient == code("TN") && $0.value?.amount == 3_000_000_000
            }, "\(investments(e))")
        #expect(
            !agreements(e).contains { $0.value != nil },
            "the investment figure is no deal's value: \(agreements(e).map(\.value))")
    }

    @Test func anIntentionToInvestAnnouncedIsAPledgedDeal() throws {
        let e = extract("خبر\n\nوأعلنت الكويت اعتزامها استثمار 4 مليارات دولار في المغرب خلال السنوات المقبلة.\n")
        let found = agreements(e)
        #expect(
            found.count == 1 && found.first?.status == .pledged && found.first?.value?.amount == 4_000_000_000,
            "\(found)")
        #expect(found.first.map { Set($0.parties) } == [code("KW"), code("MA")])
    }

    @Test func anIntentionWithItsSubjectBeforeTheInvestingIsAPledgedDeal() throws {
        // Verb first: "تعتزم" and "استثمار" stand apart, the company between them.
        let found = agreements(
            extract("خبر\n\nتعتزم شركة تشيلية كبرى استثمار 3 مليارات دولار في مناجم النحاس في بيرو.\n"))
        #expect(
            found.count == 1 && found.first?.status == .pledged && found.first?.value?.amount == 3_000_000_000,
            "\(found)")
        #expect(found.first.map { Set($0.parties) } == [code("CL"), code("PE")])
    }

    @Test func exchangesWithoutTheArticleAreTrade() throws {
        let e = extract("خبر\n\nتعد تونس الشريك التجاري الأول لليبيا بحجم مبادلات يقدر بـ 1.4 مليار دولار سنة 2022.\n")
        #expect(
            trade(e).contains { Set($0.parties) == [code("TN"), code("LY")] && $0.value?.amount == 1_400_000_000 },
            "\(trade(e))")
    }
}

extension SentenceStructureTests {
    @Test func aProjectApprovedWithItsCostIsADeal() throws {
        let e = extract(
            """
            الكويت والأردن

            وأقر الصندوق الكويتي الأردني مشروع إنشاء مستشفى جامعي في إربد تقدر كلفته بـ250 مليون دولار.
            """)
        #expect(
            agreements(e).contains { Set($0.parties) == [code("KW"), code("JO")] && $0.value?.amount == 250_000_000 },
            "\(agreements(e))")
        // "أقرب" (nearest) is no approval.
        let nearest = extract("الكويت والأردن\n\nويقع المشروع أقرب إلى الحدود الأردنية، بكلفة 250 مليون دولار.\n")
        #expect(agreements(nearest).isEmpty, "\(agreements(nearest))")
    }
}

extension SentenceStructureTests {
    @Test func aDemonstrativeGivesTheDealBeforeItsAmount() throws {
        let e = extract(
            """
            خبر

            وقعت مصر عقدا مع شركة صينية لتوسعة منطقة صناعية في السخنة.
            ويعد هذا المشروع إضافة بقيمة 100 مليون دولار إلى أعمال الشركة.
            """)
        #expect(agreements(e).count == 1 && agreements(e).first?.value?.amount == 100_000_000, "\(agreements(e))")
        #expect(investments(e).isEmpty, "the amount is the deal's, no figure of its own: \(investments(e))")
    }

    @Test func aDemonstrativeReachesPastSentencesWithoutMoney() throws {
        // A sentence on the site's size stands between the contract and the words that price it.
        let e = extract(
            """
            Deal for a port zone

            Oman signed a contract with a Chinese developer on Monday to build a second logistics park at Duqm.
            The developer has nearly filled the first park, which covers 4 square kilometres.
            This expansion is a new investment of $250 million, the ministry said.
            """)
        #expect(agreements(e).count == 1 && agreements(e).first?.value?.amount == 250_000_000, "\(agreements(e))")
        #expect(investments(e).isEmpty, "the amount is the deal's: \(investments(e))")
        // A sentence with money of its own between them breaks the thread.
        let broken = extract(
            """
            Deal for a port zone

            Oman signed a contract with a Chinese developer on Monday to build a second logistics park at Duqm.
            The port handled cargo worth $3 billion last year.
            This expansion is a new investment of $250 million, the ministry said.
            """)
        #expect(!agreements(broken).contains { $0.value?.amount == 250_000_000 }, "\(agreements(broken))")
    }
}

extension SentenceStructureTests {
    @Test func aCountryNamedOnceInPassingIsNoPartnerOfTheArticle() throws {
        let e = extract(
            """
            Japan-Africa trade rose by 12 per cent to $24 billion this year, a Japanese minister said.
            Japanese companies won contracts worth $8 billion across Africa this year.
            Bilateral trade stood at $21 billion in 2022.
            The next Japan-Africa summit will take place in Kenya in August.
            """)
        #expect(trade(e).isEmpty, "Africa is no country, and Kenya only hosts a summit: \(trade(e))")
        #expect(agreements(e).isEmpty, "\(agreements(e))")
    }
}

extension SentenceStructureTests {
    @Test func aDealNamedAmongACountedPackageIsAnEntryBesideThePackage() throws {
        let english = extract(
            """
            Chile and Korea

            Among the eight agreements Chile and Korea signed on Tuesday was a contract for a lithium refinery.
            """)
        #expect(agreements(english).count == 2, "the package and the deal it names: \(agreements(english))")
        let arabic = extract(
            """
            تونس وتركيا

            ومن ضمن 6 اتفاقيات وقعتها تونس وتركيا، كانت هناك اتفاقية لإنشاء مصنع للأسمدة.
            """)
        #expect(agreements(arabic).count == 2, "\(agreements(arabic))")
    }
}

extension SentenceStructureTests {
    @Test func aFragmentThatAddsADealHasTheStatusOfTheDealsBefore() throws {
        // The second "sentence" has no verb: it adds one more deal to those just signed.
        let e = extract(
            """
            ليبيا ومالطا

            ووقع البلدان ثلاث اتفاقيات للتعاون في النقل البحري. إضافة إلى مذكرة تفاهم للتعاون الصحي مع شركة ليبية.
            """)
        #expect(agreements(e).count == 2 && agreements(e).allSatisfy { $0.status == .signed }, "\(agreements(e))")
    }
}

extension SentenceStructureTests {
    @Test func amountsThatAddUpToTheDealBeforeAreItsParts() throws {
        let e = extract(
            """
            Japan and Kenya

            Japan signed a $300 million loan agreement with Kenya on Friday.
            The funding includes $220 million for the port of Mombasa and $80 million for a power line.
            """)
        let values = agreements(e).compactMap(\.value?.amount).sorted()
        #expect(values == [80_000_000, 220_000_000, 300_000_000], "\(agreements(e))")
        #expect(
            agreements(e).contains { $0.title.hasPrefix("part of") && $0.title.contains("Mombasa") },
            "\(agreements(e).map(\.title))")
        // Amounts that do not add up to it are no parts of it.
        let other = extract(
            """
            Japan and Kenya

            Japan signed a $300 million loan agreement with Kenya on Friday.
            The funding includes $100 million for the port of Mombasa and $80 million for a power line.
            """)
        #expect(!agreements(other).contains { $0.title.hasPrefix("part of") }, "\(agreements(other).map(\.title))")
    }

    @Test func theTwoGovernmentsAreThePairTheSentenceBeforeNames() throws {
        // The article is more about Brazil and Chile; the paragraph's pair is Chile and Peru.
        let found = agreements(
            extract(
                """
                Brazil and Chile talks

                Brazil and Chile held talks in Brasilia. Brazil welcomed Chile's plans.

                Later, the Chilean minister met Peru's president in Lima. The two governments signed deals worth $800 million.
                """))
        #expect(
            found.contains { Set($0.parties) == [code("CL"), code("PE")] && $0.value == Money(800_000_000, .usd) },
            "\(found.map { ($0.parties, $0.value) })")
    }
}
