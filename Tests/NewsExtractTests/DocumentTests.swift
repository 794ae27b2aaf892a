import Foundation
import NewsCore
import Testing

@testable import NewsExtract

/// The extractor reading whole articles: lists, enumerations, inherited currency and parties,
/// direction of investment, titles and dates. Every text here is written for these tests.
@Suite struct DocumentTests: ReadsArticles {
    @Test func listItemsUnderAnAgreementLineAreAgreementsOfTheArticlesPair() throws {
        let e = extract(
            """
            Fact Sheet: United States and Indonesia Announce Commercial Deals

            During the visit, U.S. and Indonesian companies announced the following agreements:

            • The purchase of $2.4 billion of rail cars from a locomotive maker.
            • A memorandum of understanding on carbon capture.
            • A cooperation programme for technical training.
            """)
        let found = agreements(e)
        #expect(found.count == 3, "the introducing line is no agreement of its own: \(found.map(\.title))")
        #expect(found.allSatisfy { Set($0.parties.filter { $0.country != nil }) == [code("US"), code("ID")] })
        #expect(found.filter { $0.value == nil }.count == 2)
        #expect(found.contains { $0.value == Money(2_400_000_000, .usd) && $0.kind == .purchase })
        #expect(found.allSatisfy { $0.title.count <= 90 && !$0.title.hasPrefix("•") })
    }

    @Test func longLinesThatOpenWithADocumentGoOnWithAListAndItsHeadingsAreNoDeals() throws {
        // A page without bullets or blank lines: a colon line, group headings, items far longer
        // than a short line, and a section heading after them.
        let text = """
            Kenya and Norway sign five memoranda during state visit
            Quick links:
            Image: Reuters
            Kenya and Norway signed five memoranda of understanding in Nairobi on Tuesday, covering the government and private firms alike.
            The documents signed include:
            Between the governments
            MoU on the joint management of fisheries in the western Indian Ocean between the Kenyan Ministry of Mining, Blue Economy and Maritime Affairs and the Norwegian Directorate of Fisheries.
            Memorandum of Understanding on cooperation in the oversight of petroleum revenues between the National Treasury of Kenya and the Norwegian Ministry of Finance, Oslo.
            Between companies
            Joint Declaration of Intent on offshore wind measurement along the coast between the Kenya Electricity Generating Company and a Norwegian engineering firm based in Bergen.
            MoU on training of ship crews for the merchant fleet between the Kenya Maritime Authority and a shipping school of Norway.
            Agreement on the supply of solar pumps for farms in the north between a firm in Nairobi and a firm in Oslo, both family owned.
            Friends at sea
            The two leaders then visited the port of Mombasa together.
            """
        let found = agreements(extract(text))
        let titles = found.map(\.title)
        #expect(found.count == 5, "five items, the counted package given by them: \(titles)")
        #expect(
            !titles.contains { ["Image", "Between", "Friends", "Quick"].contains(where: $0.hasPrefix) }, "\(titles)")
        #expect(found.allSatisfy { Set($0.parties.compactMap(\.country?.rawValue)) == ["KE", "NO"] }, "\(found)")
        #expect(found.allSatisfy { $0.status == .signed }, "\(found.map(\.status))")
        // A long line that opens with no document's name ends the list as before.
        #expect(Document.opensWithADocument("Memorandum of Understanding on fisheries"))
        #expect(Document.opensWithADocument("ومذكرة تفاهم في مجال الصيد"))
        #expect(!Document.opensWithADocument("The memorandum covers fisheries"))
        #expect(
            Document.isCredit("Photo: AFP") && Document.isCredit("الصورة: رويترز")
                && !Document.isCredit("Photos of the visit"))
    }

    @Test func aSentenceBrokenAfterASemicolonIsNoList() throws {
        // The line after the semicolon opens in a small letter: one sentence of fields, no items.
        let found = agreements(
            extract(
                """
                Chile and Peru sign twelve agreements

                Chile and Peru signed twelve agreements on Monday in Lima.
                According to the minister, the agreements will allow progress in areas such as mining, the car industry;
                agribusiness, green credit lines, health and ports.
                """))
        #expect(found.count == 1, "\(found.map(\.title))")
    }

    @Test func aFirstLineThatEndsInAPeriodIsTheLeadNotAHeadline() throws {
        // A headline without an amount only names what the body tells; a first line that is a
        // sentence is the body, and its agreement counts.
        let lead = agreements(extract("Kenya and Ghana signed an agreement on fisheries on Monday.\n"))
        #expect(lead.count == 1)
        #expect(lead.first.map { Set($0.parties) } == [code("KE"), code("GH")])
        let headline = agreements(extract("Kenya and Ghana sign fisheries agreement\n\nThe ministers met in Accra.\n"))
        #expect(headline.isEmpty, "a headline alone, without an amount, is no entry: \(headline.map(\.title))")
    }

    @Test func twoAgreementsJoinedByAndAreTwoEntries() throws {
        let english = agreements(
            extract(
                """
                Ministers meet

                Egypt and Jordan signed an agreement on electricity interconnection and a memorandum of understanding on health, the ministry said.
                """))
        #expect(english.count == 2, "\(english.map(\.title))")
        #expect(english.contains { $0.kind == .mou })
        let arabic = agreements(
            extract(
                """
                خبر

                وقعت مصر والأردن مذكرة تفاهم للتعاون في مجال الصحة واتفاقية للربط الكهربائي بين البلدين.
                """))
        #expect(arabic.count == 2, "\(arabic.map(\.title))")
        // "agreements and memoranda" names one package, not two deals.
        let package = agreements(
            extract(
                """
                خبر

                وقعت مصر والأردن اتفاقيات ومذكرات تفاهم في مجالات عدة.
                """))
        #expect(package.count == 1, "\(package.map(\.title))")
    }

    @Test func aFigureAndADealJoinedByWhileAreReadApart() throws {
        for text in [
            "Report\n\nKuwaiti investments in Egypt reached $15 billion, while the two countries signed an MoU on renewable energy.\n",
            "خبر\n\nبلغت الاستثمارات الكويتية في مصر 15 مليار دولار، فيما وقع البلدان مذكرة تفاهم للتعاون في مجال الطاقة المتجددة.\n",
        ] {
            let e = extract(text)
            let deals = agreements(e)
            #expect(
                deals.count == 1 && deals.first?.value == nil,
                "the MoU takes no amount of the other clause: \(deals.map(\.title))")
            let stocks = investments(e)
            #expect(stocks.count == 1)
            #expect(stocks.first?.investor == code("KW") && stocks.first?.recipient == code("EG"))
            #expect(stocks.first?.value == Money(15_000_000_000, .usd))
        }
    }

    @Test func aDealToldWithAndWithoutItsKindIsOneDeal() throws {
        let found = agreements(
            extract(
                """
                مصر والإمارات توقعان اتفاقية بقيمة 35 مليار دولار

                وقعت مصر والإمارات اتفاقية لتطوير مدينة ساحلية باستثمارات تبلغ 35 مليار دولار.
                """))
        #expect(found.count == 1, "\(found.map(\.title))")
        #expect(found.first?.kind == .investmentDeal)
    }

    @Test func theBodysFirstTellingOfTheHeadlinesDealIsThatDeal() throws {
        let found = agreements(
            extract(
                """
                Egypt, China sign $1.2 bln deal

                The Egyptian government signed a deal with China State Construction Engineering Corp to build the business district, the cabinet said.
                """))
        #expect(found.count == 1, "\(found.map(\.title))")
        #expect(found.first?.value == Money(1_200_000_000, .usd))
        // A second deal of the body is one of its own.
        let two = agreements(
            extract(
                """
                Egypt, China sign $1.2 bln deal

                The Egyptian government signed a deal with China State Construction Engineering Corp to build the business district.

                Egypt and China also signed an MoU on training.
                """))
        #expect(two.count == 2, "\(two.map(\.title))")
    }

    @Test func aDepositIsADeal() throws {
        let found = agreements(
            extract(
                "Deposit\n\nPakistan received a $1 billion deposit from Saudi Arabia on Tuesday, the central bank said.\n"
            ))
        #expect(found.count == 1)
        #expect(found.first.map { Set($0.parties) } == [code("PK"), code("SA")])
    }

    @Test func aCountedPackageAndTheOneDealItNamesAreTwoEntries() throws {
        let found = agreements(
            extract(
                """
                Visit

                Saudi Arabia and Jordan on Sunday signed 12 agreements and memoranda of understanding, including an agreement to establish a joint investment company with capital of $3 billion.
                """))
        #expect(found.count == 2, "\(found.map(\.title))")
        #expect(Set(found.map(\.value)) == [nil, Money(3_000_000_000, .usd)])
    }

    @Test func aProjectInAListOfDealsIsADeal() throws {
        let found = agreements(
            extract(
                """
                Indonesia and South Korea sign business deals

                The deals include:
                - Pertamina and SK Innovation: MoU on green hydrogen development.
                - Hyundai Motor will build a battery plant in West Java, an investment of $1.1 billion.
                """))
        #expect(found.count == 2, "\(found.map(\.title))")
        #expect(
            found.contains {
                $0.value == Money(1_100_000_000, .usd)
                    && Set($0.parties.compactMap(\.country)) == [CountryCode("KR")!, CountryCode("ID")!]
            })
    }

    @Test func periodsAsTheTextStatesThem() throws {
        let two = trade(
            extract(
                "Trade\n\nTrade between Egypt and China, which stood at $2 billion in 2010, reached $9.5 billion last year, officials said.\n"
            ))
        #expect(Set(two.map(\.period)) == ["2010", "last year"], "\(two.map(\.period))")
        let fiscal = trade(extract("Trade\n\nTrade between India and the UAE stood at $43.3 billion in 2020-21.\n"))
        #expect(fiscal.map(\.period) == ["2020-21"])
        let arabic = trade(
            extract("خبر\n\nبلغ حجم التبادل التجاري بين مصر والسعودية 5 مليارات دولار خلال النصف الأول من العام.\n"))
        #expect(arabic.map(\.period) == ["النصف الاول"])
        // One figure told with its year and again without it is one figure; a change without an
        // amount in another year stays apart.
        let told = trade(
            extract(
                """
                Trade

                Trade between Kenya and Uganda reached $1.2 billion in 2023.

                Kenyan officials said bilateral trade of $1.2 billion with Uganda showed the partnership's strength.

                Trade between Kenya and Uganda rose 10 percent in 2022.
                """))
        #expect(told.count == 2, "\(told)")
        #expect(told.contains { $0.value == Money(1_200_000_000, .usd) && $0.period == "2023" })
    }

    @Test func asManyDealsAsTheCountSaysOneWithEachCountry() throws {
        let three = agreements(
            extract("News\n\nEgypt signed three memoranda of understanding with Ghana, Kenya and Uganda on Monday.\n"))
        #expect(three.count == 3, "\(three.map(\.parties))")
        #expect(
            Set(three.map { Set($0.parties) }) == [
                [code("EG"), code("GH")], [code("EG"), code("KE")], [code("EG"), code("UG")],
            ])
        let each = agreements(extract("خبر\n\nوُقّعت أمس مذكرتا تفاهم تجمع مصر والسودان مع كل من إريتريا وليبيا.\n"))
        #expect(
            Set(each.map { Set($0.parties) }) == [
                [code("EG"), code("SD"), code("ER")], [code("EG"), code("SD"), code("LY")],
            ], "\(each.map(\.parties))")
        // A count that is not the number of the countries is one package.
        let package = agreements(extract("News\n\nEgypt and Ghana signed five agreements in Accra.\n"))
        #expect(package.count == 1)
    }

    @Test func swapsSignedPartnershipsAndDealsNamedAsOneOfThose() throws {
        let swap = agreements(
            extract(
                "News\n\nBrazil and China signed a currency swap worth $11 billion in 2013, the central bank said.\n"))
        #expect(swap.map(\.value) == [Money(11_000_000_000, .usd)], "\(swap)")
        let partnership = agreements(
            extract("News\n\nCanada and Kenya signed an Energy Transition Partnership on Tuesday.\n"))
        #expect(partnership.count == 1)
        let spoken = agreements(extract("News\n\nCanada and Kenya enjoy a strategic partnership, the minister said.\n"))
        #expect(spoken.isEmpty, "a partnership only spoken of is no deal: \(spoken)")
        let included = agreements(
            extract(
                """
                News

                Saudi Arabia and South Korea signed 51 deals on Sunday.

                They include a contract under which KNOC and Aramco will store crude oil together in Ulsan.
                """))
        #expect(included.count == 2, "\(included.map(\.title))")
    }

    @Test func numberedItemsAndDealsAddedOnAreDealsOfTheirOwn() throws {
        let numbered = agreements(
            extract(
                """
                Saudi Arabia and Jordan sign agreements

                The agreements signed were
                (1) an agreement to set up a joint investment company with capital of $3 billion
                (2) a memorandum of understanding on renewable energy
                ٣- اتفاقية تعاون في مجال النقل البحري
                """))
        #expect(numbered.count == 3, "\(numbered.map(\.title))")
        #expect(
            numbered.allSatisfy { !$0.title.hasPrefix("(") && !$0.title.hasPrefix("٣") }, "\(numbered.map(\.title))")
        let added = agreements(
            extract(
                """
                خبر

                ووقعت قطر وفرنسا عقدا لشراء 12 طائرة بقيمة 1.1 مليار يورو، وعقدا آخر لتوريد عربات بقيمة 300 مليون يورو، إضافة إلى اتفاقية لتشغيل مترو الدوحة.
                """))
        #expect(added.count == 3, "\(added.map(\.title))")
    }

    @Test func aDealsAmountToldAgainAsNewInvestmentIsTheDeal() throws {
        let e = extract(
            """
            News

            Britain and Qatar signed an investment pact that commits Qatar to invest up to $10 billion in British industry.

            An official said the fresh Qatari investment of up to $10 billion unveiled on Tuesday showed trust in British firms.

            Qatar's investment in Britain stands at $40 billion in total.
            """)
        #expect(agreements(e).map(\.value) == [Money(10_000_000_000, .usd, .upTo)], "\(agreements(e))")
        #expect(investments(e).map(\.value) == [Money(40_000_000_000, .usd)], "the stock stays: \(investments(e))")
    }

    @Test func aDealOfOneCountryAloneIsNoDeal() throws {
        let found = agreements(extract("خبر\n\nوأبرمت هيئة محلية اتفاقية مع موانئ دبي العالمية لتطوير ميناء.\n"))
        #expect(found.isEmpty, "\(found.map(\.parties))")
    }

    @Test func fourLetterNamesAreCountries() throws {
        // "Iran", "Oman", "Doha" were taken for lower-case abbreviations and never read.
        let finder = CountryFinder()
        for (name, country) in [
            ("Iran", "IR"), ("Iraq", "IQ"), ("Oman", "OM"), ("Peru", "PE"), ("Cuba", "CU"), ("Doha", "QA"),
            ("Baku", "AZ"),
        ] {
            #expect(
                finder.mentions(in: "Talks between \(name) and Ghana went well.").map(\.country.rawValue) == [
                    country, "GH",
                ], "\(name)")
        }
        #expect(finder.mentions(in: "Us and Uae are not countries in lower case.").isEmpty)
        #expect(
            trade(extract("News\n\nTrade between Iran and Oman reached $1.3 billion last year.\n")).map(\.value) == [
                Money(1_300_000_000, .usd)
            ])
    }

    @Test func theLeadsDealWithoutAnAmountIsTheDealTheBodyPrices() throws {
        let one = agreements(
            extract(
                """
                وافق الأردن على اتفاق مع العراق بشأن النفط الخام، حسبما ذكر وزير الطاقة.

                ووقّع الأردن مع العراق اتفاقية لنقل النفط عبر الأنابيب قيمتها 35 مليار دولار.

                كما وقع الجانبان اتفاقا للتعاون في مجال المياه.
                """))
        #expect(one.count == 2, "\(one.map(\.title))")
        #expect(one.contains { $0.value == Money(35_000_000_000, .usd) })
        #expect(one.contains { $0.value == nil }, "the later deal without an amount stays")
    }

    @Test func aDocumentNamedInFullIsNewEvenAfterThe() throws {
        let found = agreements(
            extract(
                """
                Japan, India agree on loans

                Japan and India signed a yen loan agreement on Tuesday.

                The two leaders also welcomed the Memorandum of Cooperation in the field of healthcare.
                """))
        #expect(found.count == 2, "\(found.map(\.title))")
        #expect(found.contains { $0.kind == .mou })
    }

    @Test func shortLinesAfterAColonAreAListWithoutBullets() throws {
        let found = agreements(
            extract(
                """
                خبر

                وقعت مصر والأردن أمس حزمة من الاتفاقيات، وتضمنت الاتفاقيات الموقعة ما يلي:
                اتفاقية لتجنب الازدواج الضريبي.
                مذكرة تفاهم في مجال الطاقة المتجددة.
                برنامج تنفيذي للتعاون الثقافي.

                وقال الوزير إن العلاقات بين البلدين قوية.
                """))
        #expect(found.count == 3, "\(found.map(\.title))")
        #expect(found.allSatisfy { Set($0.parties) == [code("EG"), code("JO")] && $0.status == .signed })
    }

    @Test func itemsSetApartByBlankLinesAfterAColonAreStillAList() throws {
        // Web pages often put a blank line between the items of a list; an item may be long, and
        // it has no closing period. Wrapped prose after the list is no item.
        let e = extract(
            """
            Chile and Vietnam sign documents during state visit

            SANTIAGO: Chile and Vietnam signed several documents on Tuesday.

            The documents signed during the visit are listed below:

            Memorandum of Understanding on Cooperation in Mining between the Ministry of Mines of Chile and the Ministry of Industry and Trade of Vietnam on Exploration

            Agreement on Mutual Administrative Assistance in Customs Matters

            Protocol on Fisheries and Aquaculture Research

            The president said the visit had opened
            a new chapter in relations between the two countries.
            """)
        let found = agreements(e)
        // The documents told in the lead and the three items; the memorandum, whose name holds a
        // ministry "of Industry and Trade", is a deal like the others (an item without a figure).
        #expect(found.count == 4, "\(found.map(\.title))")
        #expect(found.allSatisfy { Set($0.parties) == [code("CL"), code("VN")] })
        #expect(found.contains { $0.title.hasPrefix("Protocol on Fisheries") })
        #expect(found.contains { $0.title.hasPrefix("Memorandum of Understanding on Cooperation") })
        #expect(!e.facts.contains { $0.evidence.contains { $0.sentence.contains("opened") } })
    }
}
