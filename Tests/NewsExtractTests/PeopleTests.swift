import NewsCore
import NewsExtract
import Testing

/// People an article introduces with their country stand for it where the article names them
/// again by their surname. Every text here is written for these tests.
@Suite struct PeopleTests: ReadsArticles {
    /// An article about Turkey and Nigeria that tells of an earlier deal with Angola's president,
    /// named by his surname alone.
    static let english = """
        Erdogan heads to Nigeria

        Turkish President Recep Tayyip Erdogan leaves for Nigeria on Sunday to meet President Bola Tinubu.
        His Angolan counterpart, Joao Lourenco, hosted him last year.
        Erdogan received Lourenco in Ankara in July, when the two leaders signed agreements on air transport and mining.
        Trade between Turkey and Nigeria reached $2 billion last year.

        """
    static let arabic = """
        أردوغان يزور نيجيريا

        يبدأ الرئيس التركي رجب طيب أردوغان يوم الأحد زيارة إلى نيجيريا للقاء الرئيس بولا تينوبو.
        وكان الرئيس الأنغولي جواو لورينسو قد زار أنقرة العام الماضي.
        ووقع أردوغان ولورينسو في يوليو اتفاقيات في مجالي النقل الجوي والتعدين.

        """

    @Test func aSurnameStandsForTheCountryItWasIntroducedWith() throws {
        for text in [Self.english, Self.arabic] {
            let found = agreements(extract(text))
            #expect(found.count == 1, "\(found)")
            let parties = Set(found.first?.parties ?? [])
            #expect(parties == [code("TR"), code("AO")], "\(found)")
        }
    }

    @Test func aCommaListOfOfficesOrAVerbIsNoName() throws {
        // "Minister of Transport, Communications …": the offices, no name; "يرغب" is a verb, and
        // a name of one word after a comma is not read.
        let text = """
            Oman and Iran

            Omani Minister of Transport, Communications and Information Technology Saeed al-Maawali met Iran's envoy.
            قال الرئيس الصيني، يرغب الجانبان في التعاون.
            Communications and يرغب signed a $100 million agreement with Egypt and Kenya.

            """
        let found = agreements(extract(text))
        #expect(found.count == 1, "\(found)")
        let parties = Set(found.first?.parties ?? [])
        #expect(parties == [code("EG"), code("KE")], "\(found)")
    }

    @Test func aSurnameOfTwoCountriesStandsForNeither() throws {
        let text = """
            Visits

            Kenyan President William Smith arrived on Monday.
            Ghanaian Trade Minister John Smith came too.
            Smith signed a $100 million agreement with Egypt and Ethiopia.

            """
        let found = agreements(extract(text))
        #expect(found.count == 1, "\(found)")
        #expect(Set(found.first?.parties ?? []) == [code("EG"), code("ET")], "\(found)")
    }

    @Test func aLeadersShortNameAndAFamilyNameThatComesFirstStandForTheirCountry() throws {
        // "Xi", two letters, is the leader's name, not an abbreviation written small.
        let xi = agreements(
            extract("Later, Xi and Kenyan President William Ruto signed a $300 million loan agreement.\n"))
        #expect(xi.map { Set($0.parties) } == [[code("CN"), code("KE")]], "\(xi.map(\.parties))")
        // A minister the article introduces, then calls by the family name, which comes first.
        let gao = agreements(
            extract(
                """
                Kenya and Japan talks

                Kenya and Japan held talks in Nairobi. Japan welcomed Kenya's plans.

                Chinese Commerce Minister Gao Hucheng also arrived in Nairobi. Gao and Kenyan President William Ruto signed a $300 million loan agreement.
                """))
        #expect(gao.map { Set($0.parties) } == [[code("CN"), code("KE")]], "\(gao.map(\.parties))")
    }

    /// A middle initial does not cut a name short: "Mohammed S. Al Sudani" is then "Sudani".
    @Test func aMiddleInitialIsPartOfTheName() {
        let found = agreements(
            extract(
                """
                Jordan and Egypt hold talks on ports

                Iraqi Prime Minister Ali K. Al Jaberi arrived in Cairo on Sunday.
                Al Jaberi and Egyptian officials signed a memorandum of understanding on port logistics.
                """))
        #expect(found.count == 1 && Set(found[0].parties) == [code("IQ"), code("EG")], "\(found)")
    }
}
