import Foundation
import NewsCore
import NewsExtract
import Testing

/// Deals that are not made: said to be needless, only hoped for, or measures one side takes
/// against the other. Every text here is written for these tests.
@Suite struct DealsNotMadeTests: ReadsArticles {
    @Test func talksOnFinalisingADealMakeNoDeal() throws {
        for text in [
            "Germany and India\n\nThe leaders did not mention restarting talks on finalising a free trade agreement between India and the European Union.\n",
            "Chile and Peru\n\nThe two sides resumed negotiations to conclude an investment treaty.\n",
        ] {
            #expect(agreements(extract(text)).isEmpty, "\(text): \(agreements(extract(text)))")
        }
        // Finalising a deal is its status, outside talks.
        let made = agreements(extract("Chile and Peru\n\nChile and Peru finalised an investment treaty on Monday.\n"))
        #expect(made.count == 1 && made.first?.status == .signed, "\(made)")
    }

    @Test func theLevelATargetStartsFromIsNoDealsAmount() throws {
        // "to $5 billion from the current $800 million": trade's levels, no amount of the agreements.
        let found = agreements(
            extract(
                "Turkey and Pakistan\n\nAgreements signed between Turkey and Pakistan include cooperation on health and a commitment to increase bilateral trade to $5 billion from the current of $800 million.\n"
            ))
        #expect(found.count == 1 && found.first?.value == nil, "\(found)")
    }

    @Test(arguments: [
        "Kenya and Ghana met on Monday. \"It won't need an agreement to be signed,\" the Kenyan minister said of the Ghana credit.\n",
        "Kenya and Ghana met on Monday, but they didn't sign a deal.\n",
        "Britain and China met. London hopes to sign a free trade deal with Beijing next year.\n",
        "Russia and Turkey fell out. Moscow ordered a package of economic measures against Turkey.\n",
        "فرضت روسيا عقوبات على تركيا تشمل حزمة إجراءات اقتصادية.\n",
        "Nigeria could benefit from a $55 billion package for Africa, which mostly consists of grants, a Chinese official said.\n",
        "China pledged $60 billion in financing for Africa, Chinese President Xi Jinping told Kenyan leaders.\n",
        // العقود are decades here, not contracts.
        "مصر واليابان\n\nوقدمت اليابان لمصر تمويلات تنموية بقيمة 7.2 مليار دولار على مدى العقود السبعة الماضية.\n",
        "السعودية وكوريا\n\nوبلغت قيمة المشاريع المشتركة بين البلدين خلال العقود الخمسة الماضية نحو مليار دولار.\n",
    ])
    func noDealIsRead(_ text: String) {
        #expect(agreements(extract(text)).isEmpty, "\(agreements(extract(text)).map(\.title))")
    }

    @Test func contractsSignedAreStillContracts() throws {
        let found = agreements(extract("السعودية وكوريا\n\nووقعت الشركات السعودية والكورية عقودا بقيمة مليار دولار.\n"))
        #expect(found.count == 1, "\(found.map(\.title))")
    }

    @Test func aDealSignedBesideAHopeIsStillRead() throws {
        // The hope is for another deal: the signed one, with its amount, stands.
        let found = agreements(
            extract("Britain and China signed a $2 billion energy deal, and London hopes to sign a trade deal next.\n"))
        #expect(found.contains { $0.value == Money(2_000_000_000, .usd) }, "\(found.map(\.title))")
    }

    @Test func whatOneCountryWillSpendAtHomeIsNoDeal() throws {
        let text = """
            Germany lends Peru $50 million for water

            Germany's development bank signed loans worth $50 million with Peru for water projects.
            The Peruvian government plans to spend $3 billion on improving water supply over the next decade.

            """
        let found = agreements(extract(text))
        #expect(found.map { $0.value?.amount } == [50_000_000], "\(found.map { ($0.parties, $0.value) })")
    }
    /// "Efforts are on to sign various investment and trade related economic deals with Peru",
    /// "Chile is working to sign several trade deals", "تجري جهود لتوقيع اتفاقيات": deals sought
    /// are not made, though their head stands a few words on, over an "and".
    @Test func dealsSoughtAreNotMade() throws {
        for line in [
            "Efforts are on to sign various investment and trade related economic deals with Peru, he said.",
            "Chile is working to sign several trade deals with Peru.",
            "وتجري جهود لتوقيع اتفاقيات اقتصادية مع بيرو.",
        ] {
            let found = agreements(
                extract("Chile and Peru\n\nThe presidents of Chile and Peru met in Lima.\n\(line)\n"))
            #expect(found.isEmpty, "\(line): \(found.map(\.title))")
        }
        let made = agreements(
            extract(
                "Chile and Peru\n\nThe presidents of Chile and Peru met in Lima.\nChile and Peru signed three trade deals.\n"
            ))
        #expect(made.count == 1, "\(made.map(\.title))")
    }
}
