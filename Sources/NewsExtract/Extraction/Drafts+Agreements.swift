import Foundation
import NewsCore

/// Agreements: in sentences, in clauses of a sentence, and in the items of a list.
extension Drafts {
    /// An agreement: an agreement word, a deal verb or a company's commitment, with parties, and
    /// a status word unless it gives an amount.
    ///
    /// A sentence may hold several deals: one per enumerated item (`dealItems`), one per amount
    /// of a deal, or one per clause set apart by semicolons. A deal with no amount founds an
    /// agreement of its own when it is spoken of as new ("an MoU", "signed agreements",
    /// "اتفاقية"); spoken of as known ("the agreement", "الاتفاقية") it only adds its evidence to
    /// the agreement already read.
    mutating func readAgreement(_ r: Extractor.Reading, _ evidence: Evidence) -> Bool {
        if Self.paysItsOwnShare(r) { return false }
        if Self.totalsPastLending(r) { return false }
        // "Each side will invest $1 billion in the platform", after the $2 billion platform: each
        // party's share of a deal told before is no deal of its own.
        if !r.amounts.isEmpty, r.words.hasAny(Self.eachSideWords),
            agreements.contains(where: { $0.fact.value != nil && $0.countries.isSuperset(of: r.distinctCountries) })
        {
            return true
        }
        // "signed an Energy Transition Partnership": a partnership signed is a deal; one
        // only spoken of is a relationship.
        // The sentence's deal amounts, read once, when a rule first needs them.
        var dealsRead: [(money: Money, start: Int)]?
        // "Jordan will receive $1.275 billion per year under the deal": the yearly share of a
        // deal told before with its amount is no deal of its own.
        func ratesADealBefore(_ start: Int) -> Bool {
            guard let a = r.amounts.first(where: { $0.span.start == start }),
                Self.perPeriod(r.scalars, after: a.span.end)
            else { return false }
            return !Self.speaksOfNewAgreement(r.sentence.text)
                && agreements.contains { $0.fact.value != nil && $0.countries.isSuperset(of: r.distinctCountries) }
        }
        func dealMentions() -> [(money: Money, start: Int)] {
            if let dealsRead { return dealsRead }
            let read = Self.dealAmountMentions(r).filter { !ratesADealBefore($0.start) }
            dealsRead = read
            return read
        }
        func dealAmounts() -> [Money] { dealMentions().map(\.money) }
        // (A company founded with its capital is one too.)
        let companySetUp = Self.namesACompanySetUp(r)
        let fund = Self.namesAFund(r) || companySetUp
        // A programme, a plan or a declaration signed is a deal too; so is a project signed off
        // with its amount ("will sign for a $3 billion cement plant").
        let signed = r.words.hasAny(Lexicon.signingWords)
        // "agreed a $900 million financing package": the deal agreed on is made, its status announced.
        let agreedDeal = r.words.hasAny(Lexicon.agreedDeal) && r.words.hasAny(Lexicon.dealNouns)
        // A memorandum signed ("جرى توقيع مذكرة مع …") is an MoU even without "تفاهم"; "مذكرة التفاهم",
        // definite, points back at one told before.
        // ("مذكرة التفاهم الثالثة": one singled out by its order is a deal of its own.)
        let memorandum =
            r.words.has("مذكره") && (!r.words.has("مذكره ال") || r.words.hasAny(Self.orderedMemoranda))
        // A project approved with its cost ("أقر الصندوق مشروع …"); a budget approved is a draft.
        let approved = r.words.hasAny(Lexicon.approvingWords) && !r.words.hasAny(Lexicon.nonFactWords)
        let jointProjects = Self.namesJointProjects(r)
        let pricedProjects = Self.listsPricedProjects(r)
        // "حصلت مصر على 6 منح جديدة", "received three loans": loans or grants counted are deals
        // (منح alone may be the verb "granted").
        let countedLoans =
            r.words.hasAny(Lexicon.lendingNouns)
            && r.counts.contains { SearchableText($0.noun).hasAny(Lexicon.lendingNouns) }
        let hasNoun =
            r.words.hasAny(Lexicon.agreementNouns) || countedLoans
            || (signed && (r.words.has("partnership") || r.words.hasAny(Lexicon.dealNouns) || memorandum))
            || agreedDeal
            || fund
            || (r.continuesDeals && !r.amounts.isEmpty)
            || Self.namesAnArabicContract(r)
            || ((signed || r.words.hasAny(Lexicon.winningWords) || approved) && !r.amounts.isEmpty
                && r.words.hasAny(Lexicon.projectNouns))
            || (r.words.hasAny(Lexicon.winningWords) && r.words.hasAny(Lexicon.tenderNouns))
            || Self.namesAProjectByItsCost(r) || jointProjects || pricedProjects
        // "will invest $2 billion", "pledged $5 billion in new investment": a promise of
        // investment is a deal, pledged, whoever makes it.
        // "committed $19 billion" promises money too, when the amount is a deal's (not a target's).
        let announcedInvestment = Self.announcesAnInvestment(r)
        // "FDI pledges from Japan slipped 38.5 percent to $540 million": pledges counted in a
        // country's investment statistics, or pledged money that rises and falls from a period
        // before, are figures, not a promise made in a deal.
        // So is money told by the source it came from.
        // So is investment that "continued" ("Foreign companies continued to invest in Serbia and
        // … invested EUR 3.7 billion"): money that went on flowing, not one promised.
        let statistic =
            !hasNoun
            && (r.words.hasAny(Lexicon.directInvestmentWords) || r.changes.contains { $0.percent != nil }
                || r.words.hasAny(Lexicon.sourceWords) || r.words.hasAny(Self.continuedInvesting))
        let promise =
            !statistic
            && (r.words.hasAny(Lexicon.commitmentVerbs)
                || (r.words.hasAny(Lexicon.pledgeWords)
                    && (r.topicWords.hasAny(Lexicon.investmentWords) || !dealAmounts().isEmpty))
                || (r.words.hasAny(Lexicon.allocationWords) && r.topicWords.hasAny(Lexicon.investmentWords))
                || Self.intendsToInvest(r.words)
                || announcedInvestment
                || Self.plansACostedWork(r))
        // ("expects to invest upwards of $20 billion": an amount aimed at is no promise.)
        // ("The Moroccan government plans to spend $12 billion on improving water supply": what
        // one country will spend, with no other country named, is its own budget.)
        let commitment =
            promise && !dealAmounts().isEmpty
            && !(r.distinctCountries.count < 2 && r.words.hasAny(Lexicon.spendingWords))
        // "agreed to boost cooperation", "اتفق الجانبان على مواصلة العمل": agreeing names a deal
        // only with an amount or with what deals are about ("اتفقا على مشاريع استثمارية").
        // So does agreeing to build a work ("agreed to build a gas pipeline", "اتفقا على إنشاء ميناء").
        let agreeing =
            r.words.hasAny(Lexicon.agreeingVerbs)
            && (r.words.hasAny(Lexicon.agreedObjects) || !dealAmounts().isEmpty
                || (r.words.hasAny(Lexicon.agreedWorks) && r.words.hasAny(Lexicon.projectNouns)))
        let holding = r.words.hasAny(Lexicon.arabicAcquiringVerbs) && r.words.hasAny(Lexicon.heldObjects)
        // Money given for another country's benefit: what it is for, read once for the verb and the title.
        let grantPurpose = Self.grantPurpose(r)
        // "bought a 12% stake in …", "اشترت … 12% في شركة … مقابل": a stake bought with its price.
        // ("استحوذا على 60% من إجمالي الاستثمارات": holding a share of a whole buys nothing.)
        let stakeBought =
            !r.amounts.isEmpty && r.words.hasAny(Lexicon.buyingVerbs) && !holding
            && (r.words.hasAny(Lexicon.stakeWords)
                || (!r.percents.isEmpty && (r.words.hasAny(Lexicon.companyWords) || r.words.has("الشركه"))))
        // "took a 49% stake in Rwanda's new airport", "استحوذت … على حصة 49% في …": a share of a
        // company or a work taken is a deal, with its price or without.
        let stakeTaken =
            !holding && (r.words.hasAny(Lexicon.stakeTakingVerbs) || r.words.hasAny(Lexicon.buyingVerbs))
            && r.words.hasAny(Lexicon.stakeWords) && !r.percents.isEmpty
        // "purchased 24 Rafale jets from France for €5.2 billion", "اشترت مصر 24 طائرة … بقيمة":
        // things counted and bought for an amount are a purchase. An amount bought without a
        // count ("bought $20 billion of soybeans"), or a quantity measured ("12 million tonnes"),
        // is a flow of trade.
        // (Without an amount, "اشترت الكويت 28 طائرة مقاتلة من إيطاليا", "bought 24 jets from
        // France": a few things bought, by one country from another, is a purchase all the same;
        // what a country sells, or millions of things, is trade.)
        let buying = r.words.hasAny(Lexicon.buyingVerbs) && !holding
        let boughtWithoutPrice =
            buying && r.amounts.isEmpty && r.words.hasAny(Lexicon.purchasingVerbs) && r.distinctCountries.count == 2
        let goodsCounted =
            buying
            ? r.counts.first { c in
                !SearchableText(c.noun).hasAny(Lexicon.measureUnits)
                    && (!r.amounts.isEmpty || (boughtWithoutPrice && c.value < 1000))
            } : nil
        let goodsBought = goodsCounted != nil
        // "ADNOC acquired Germany's Covestro for $15 billion", "استحوذت أدنوك على شركة كوفسترو
        // الألمانية مقابل 15 مليار دولار": a company acquired, for its price or named a company,
        // by one country's company from another's, is an investment deal.
        // (What firms acquired all together is a statistic: "Chinese firms acquired assets worth
        // $5 billion in Germany".)
        let companyAcquired =
            !holding && r.words.hasAny(Lexicon.acquiringWords) && !r.words.hasAny(Lexicon.companiesTogether)
            && (!r.amounts.isEmpty || r.words.hasAny(Lexicon.companyWords)) && r.distinctCountries.count >= 2
        // "شركة منارة السعودية استثمرت في شركة فالي البرازيلية بمبلغ 2.6 مليار دولار", "QIA invested
        // $1 billion in India's Adani Green Energy": money one country's side put into a company of
        // another, named as a company, is an investment deal, as the company's acquisition is.
        // (Money put into a country, a sector or a project stays a figure; so does what firms
        // invested all together.)
        let companyInvestedIn =
            !r.amounts.isEmpty && r.distinctCountries.count >= 2 && r.words.hasAny(Lexicon.investedVerbs)
            && !r.words.hasAny(Lexicon.companiesTogether) && Self.investedInACompany(r)
        // "Qatar will supply Germany with 2 million tonnes of LNG a year", "ستزود قطر باكستان
        // بالغاز الطبيعي المسال": goods one country will supply another are a supply deal.
        let supplyDeal =
            r.words.hasAny(Lexicon.supplyingVerbs) && (Self.commodity(in: r.words) != nil || !r.counts.isEmpty)
            && r.distinctCountries.count == 2
        // "Masdar will develop a 1 GW solar plant in Uzbekistan", "ستبني أرامكو مصفاة في باكستان": a
        // work one country's side will build in another is a deal pledged without its cost too.
        // (With an amount the rules of costed works read it, and keep a figure beside it apart.)
        // (In an article that has told a deal already, a sentence that names the work and one
        // side's company but not both countries goes on with the article's pair: "CAMCE agreed to
        // build an international airport outside the capital", after "Chad signed memoranda with
        // Chinese firms"; "وستبني شركة هواوي مركزا للبيانات بقيمة 100 مليون دولار".)
        let workNamed = r.words.hasAny(Lexicon.workPledgingVerbs) && r.words.hasAny(Lexicon.projectNouns)
        let named = workNamed ? r.distinctCountries : []
        let goesOnWithThePair =
            workNamed && !agreements.isEmpty && mainPair.count == 2 && named.count < 2
            && named.allSatisfy(mainPair.contains)
        let workPledged = workNamed && ((r.amounts.isEmpty && named.count == 2) || goesOnWithThePair)
        // "الكويت منحت المغرب مليار و250 مليون دولار", "granted Morocco $1.25 billion": money
        // granted by one country to another is a grant.
        let granted = !r.amounts.isEmpty && r.distinctCountries.count >= 2 && r.words.hasAny(Lexicon.grantingVerbs)
        let dealVerb =
            (r.words.hasAny(Lexicon.dealVerbs) && !holding) || agreeing || commitment || grantPurpose != nil
            || stakeBought || stakeTaken || goodsBought || agreedDeal || granted || companyAcquired || supplyDeal
            || workPledged || companyInvestedIn
        guard hasNoun || dealVerb else { return false }
        // "the two sides' agreement on the importance of …": a principle agreed, no deal, unless
        // something is signed or costs money.
        if r.words.hasAny(Lexicon.principleWords) && !signed && r.amounts.isEmpty { return false }
        // The agreement of a bloc, named for its members, is no deal; signing one is.
        if r.words.hasAny(Lexicon.blocAgreements) && !signed { return false }
        // A target is no deal's value ("the pact should lift bilateral trade above $10 billion"):
        // `dealAmounts` leaves out the amounts that targets and trade words introduce.
        let deals = dealAmounts()
        let amount = deals.first
        // A deal with its amount is a deal even when the sentence does not say what became of it
        // ("A $2 billion contract with …"); without an amount it needs a status word.
        let stated = Self.status(r.words) ?? r.statusBefore ?? statusOfThePackageSingledOut(r)
        // "launched talks on a free trade agreement": a deal under negotiation, not made, unless
        // it is signed or concluded or given an amount.
        if stated != .signed, stated != .completed, r.amounts.isEmpty, Self.negotiatesADeal(r.words) { return false }
        // ("talks on finalising a free trade agreement": "finalising" is the talks' aim, no status.)
        if r.amounts.isEmpty, Self.namesADealAfter(Lexicon.negotiatedConclusions, in: r.words) { return false }
        // "No agreement was signed", "لم يتم توقيع أي اتفاقية": a deal denied.
        if r.amounts.isEmpty && r.words.hasAny(Lexicon.deniedDeals) { return false }
        // "London hopes to sign a free trade deal": a deal hoped for is not made, though "sign" is said.
        // (Nor one sought: "efforts are on to sign various investment and trade related economic deals".)
        if r.amounts.isEmpty,
            Self.namesADealAfter(Lexicon.hopedDeals, in: r.words)
                || Self.namesADealAfter(Lexicon.soughtDeals, in: r.words, reach: 7, overAnd: true)
        {
            return false
        }
        // "a $55 billion package for Africa": money for a region is no deal between countries.
        if !r.amounts.isEmpty, r.words.hasAny(Lexicon.regionRecipients), r.distinctCountries.count <= 2 { return false }
        // "ordered a package of economic measures against the country": sanctions are no deal.
        if r.amounts.isEmpty && r.words.hasAny(Lexicon.hostileMeasures) { return false }
        // "They include a contract between …": a deal named as one of those told before.
        // The fields a package without an amount is told by ("four agreements in the fields of …").
        let includedItems = r.amounts.isEmpty ? Self.includedItems(r) : nil
        let fields = Self.countedFields(r, included: includedItems)
        // ("These included agreements on investment, taxation and tourism": the deals of a package.)
        // ("The other accords are related to aviation, health and construction": fields alone.)
        let included =
            hasNoun
            && (fields != nil
                || (r.words.hasAny(Lexicon.inclusionWords) && Self.speaksOfNewAgreement(r.sentence.text)))
        guard
            let status = stated ?? (commitment ? (announcedInvestment ? Agreement.Status.announced : .pledged) : nil)
                ?? (dealVerb || amount != nil || included || jointProjects || Self.datedDeal(r.words)
                    ? .announced : nil)
        else { return false }
        let statusBasis: Basis = stated != nil ? .statusWord : []
        let kind =
            (commitment && !hasNoun) || fund || jointProjects || pricedProjects
                || ((stakeBought || stakeTaken || companyAcquired || workPledged || companyInvestedIn) && !hasNoun)
            ? .investmentDeal
            : goodsBought && !hasNoun ? .purchase : supplyDeal && !hasNoun ? .tradeAgreement : Self.kind(r.words)
        // A trade figure that mentions the agreement behind it is a trade figure: trade words
        // before an amount keep it out of the deals, and a deal verb alone does not make one.
        // A trade word in passing ("its trade minister said") does not.
        if amount != nil && !hasNoun
            && (r.words.hasAny(Lexicon.strongTradeVolumeWords) || r.amountTopics.contains(.trade))
        {
            return false
        }
        // An investment figure of a country ("investments in X reached $N") is not a deal. Without
        // an amount there is no figure: "اتفاقية لتشجيع وحماية الاستثمارات" names a deal.
        // A sentence that lists the deals told before it ("وشملت الاتفاقيات اتفاقية … باستثمارات
        // تبلغ …") gives their amounts, not a figure.
        // ("Key deals include a $60 billion expansion, a $30 billion investment in …": deals listed
        // by what they include, one of them an investment.)
        if r.words.hasAny(Lexicon.stockWords) && !dealVerb && !fund && !r.words.hasAny(Lexicon.signingWords)
            && !r.continuesDeals && (!r.amounts.isEmpty || !hasNoun) && !r.words.hasAny(Lexicon.investmentPackages)
            && !Self.listsDealsByWhatTheyInclude(r)
        {
            return false
        }
        // "Tokyo would commit $30 billion … in the continent": one country's money for a region.
        if r.distinctCountries.count < 2 && r.words.hasAny(Lexicon.regionWords) && deals.count > 0 { return false }
        // A loan of the IMF or the World Bank is no deal between two countries.
        if r.distinctCountries.count < 2 && r.words.hasAny(Lexicon.organizations) { return false }
        guard let parties = agreementParties(r) else { return false }
        // (Amounts of their own, one to each country, are read by clause below.)
        if deals.count < 2, readOnePerCountry(r, kind: kind, status: status, statusBasis: statusBasis, evidence) {
            return true
        }
        // The sentence's title, worked out once for its deals.
        var titleRead: String?
        func sentenceTitle() -> String {
            if let titleRead { return titleRead }
            // Joint projects are titled by their count: "30 projects", "25 مشروعاً".
            // ("18 priority projects": the project noun a word or two after the count's.)
            func projectsCounted(_ c: CountMention) -> String? {
                if SearchableText(c.noun).hasAny(Lexicon.projectNouns) {
                    return String(scalars: r.scalars[c.span.start..<c.span.end])
                }
                let after = Self.wordsAfter(r.scalars, c.span.end, within: 24, count: 2)
                guard let k = after.firstIndex(where: { SearchableText($0).hasAny(Lexicon.projectNouns) }) else {
                    return nil
                }
                return ([String(scalars: r.scalars[c.span.start..<c.span.end])] + after[...k]).joined(separator: " ")
            }
            let projects =
                jointProjects && !r.words.hasAny(Lexicon.agreementNouns)
                ? r.counts.lazy.compactMap(projectsCounted).first : nil
            // A grant with no deal noun is titled by what it is for: "grant to support …", "منحة لدعم …".
            let grant =
                projects == nil && !r.words.hasAny(Lexicon.agreementNouns)
                ? grantPurpose.map { (ArabicText.containsArabic($0) ? "منحة " : "grant ") + $0 } : nil
            let goods = r.words.hasAny(Lexicon.agreementNouns) ? nil : goodsCounted.flatMap { Self.goodsTitle(r, $0) }
            let title =
                projects ?? grant ?? goods ?? Self.depositTitle(r.words)
                ?? (companySetUp ? Self.companySetUpTitle(r) : nil)
                ?? Self.phraseOrLendingTitle(r, Self.withoutSeparateOpening(r.sentence.text))
                ?? (granted && r.words.hasAny(Lexicon.lendingVerbs)
                    ? (ArabicText.containsArabic(r.sentence.text) ? "قرض" : "loan") : nil)
                ?? Titles.fallback(kind, arabic: ArabicText.containsArabic(r.sentence.text))
            titleRead = title
            return title
        }
        // The companies the sentence names, read once a deal of it takes them as parties.
        var companiesRead: [Party]?
        func companies() -> [Party] {
            if let companiesRead { return companiesRead }
            let read = CompanyFinder().companies(in: r.sentence.text).prefix(2).map { Party.company($0) }
            companiesRead = read
            return read
        }
        // "The agreements include a $3 billion investment …, a deal to link the grids, and an MoU
        // on customs": one agreement per item, each with its own amount, if any.
        // (Not of uncounted deals listed by what they include, which are fields: `includedItems`.)
        // (Nor of deals shared out over fields, "وتوزعت هذه المذكرات على قطاعات …", the deals' second
        // telling in the sentence.)
        let listedByInclusion = fields != nil && (includedItems != nil || r.words.hasAny(Self.arabicSharingVerbs))
        var items = listedByInclusion ? [] : Self.dealItems(r)
        // "signed 12 agreements, including one to set up a $3 billion company": a counted
        // package and the one deal it names are two entries.
        if items.isEmpty, !listedByInclusion, r.role != .headline, let one = Self.includedDeal(r) { items = [one] }
        if (items.count >= 2 || (items.count == 1 && Self.inclusionStart(r) > 0)) && r.role != .headline {
            // "signed six agreements, including …": the counted package is an entry of its own.
            // (Or the counterparts named after the package: "signed agreements worth $3 billion
            // with A, B and C".)
            let included = Self.inclusionStart(r)
            let head = included > 0 ? included : Self.namedCounterpartsStart(r) ?? 0
            // Where the list starts, and the country each item names of its own: items of one
            // country each are deals of that country with the one named before the list, or
            // else with the article's ("among them a $4 billion airport upgrade by Qatar's UCC
            // and a $2 billion metro with Emirati firm NIC", in an article on Syria).
            // (A list of counterparts starts where its first item does.)
            let listStart = items.first?.counterpart != nil ? items.first?.range.lowerBound : head > 0 ? head : nil
            let owned = items.map { item in Self.distinct(r.countries.filter { item.range.contains($0.start) }) }
            let oneEach =
                owned.count >= 2 && owned.allSatisfy { $0.count == 1 } && Set(owned.map { $0[0] }).count == owned.count
            let home = oneEach ? homeBesides(Set(owned.map { $0[0] })) : nil
            let value = r.amounts.first { $0.span.end <= head }?.money
            // "signed three agreements with Senegal, Mali and Niger": a package without an amount
            // that the deals with its counterparts add up to is those deals, no entry of its own.
            let toldInFull =
                value == nil && items.allSatisfy { $0.counterpart != nil }
                && Self.countedAgreements(r) == items.count
            // ("ضمن أكبر صفقة من نوعها …، كما تشمل الصفقة …": the deal told before, described.)
            let described =
                value == nil && head > 0 && r.words.hasAny(Lexicon.superlativeDeals)
                && SearchableText(String(scalars: r.scalars[..<head])).hasAny(Lexicon.superlativeDeals)
                && referBack(parties, evidence)
            if head > 0, !toldInFull, !described,
                Self.countsAPackage(r, before: head) || r.amounts.contains(where: { $0.span.end <= head })
            {
                // The package of items of one country each is the article's with all of theirs.
                let package = Agreement(
                    parties: home.map { h in ([h] + owned.map { $0[0] }).prefix(4).map(Party.country) } ?? parties,
                    kind: kind, title: Self.packageTitle(r, before: head, kind: kind),
                    value: value, status: status, sectors: Self.sectors(r.words))
                // Its count, for the deals told of it further on ("They also signed MoUs on …").
                var draft = Draft(fact: .agreement(package), evidence: [evidence], basis: Basis.parties(r))
                draft.counted = Self.countedAgreements(r)
                appendAgreement(draft, distinct: value == nil)
            }
            for item in items {
                let words = SearchableText(item.text)
                let own = Self.kind(words)
                let itemKind = words.hasAny(Lexicon.agreementNouns) || own != .other ? own : kind
                let agreement = Agreement(
                    parties: (Self.itemParties(r, item)
                        ?? listStart.flatMap { Self.counterpartParties(r, item, listStart: $0, home: home) } ?? parties)
                        // A counterpart's deal names it, unless it is a country.
                        + (item.counterpart.flatMap { CountryCatalog.shared.match($0) == nil ? [.company($0)] : nil }
                            ?? []),
                    kind: itemKind,
                    title: item.name ?? Self.pricedItemTitle(item.text, words) ?? Self.costedItemTitle(r, item, words)
                        ?? Titles.title(item.text, kind: itemKind),
                    value: item.amount, status: status, sectors: Self.sectors(words))
                let draft = Draft(
                    fact: .agreement(agreement), evidence: [evidence],
                    basis: Basis.parties(r).union([.enumerated]).union(statusBasis))
                appendAgreement(draft, distinct: true)
            }
            return true
        }
        if deals.isEmpty {
            // A line that introduces a list of agreements ("announced the following agreements:")
            // is no agreement of its own unless it counts them: its items are.
            if r.introducesList && Self.countedAgreements(r) == nil { return true }
            let clauses = Self.agreementClauses(r)
            // (Deals listed by their fields are new: "these included agreements on taxation, …";
            // so are packages counted side by side: "7 trade contracts and 24 investment agreements".)
            let packages = fields == nil ? Self.countedPackages(r) : nil
            let singled = fields == nil && packages == nil && clauses <= 1 && singlesOutADocument(r, parties)
            // ("OQ signed three of the agreements, the first of which …", after "signed 13
            // memoranda worth $10 billion": a counted part of the package, told by the order of its
            // deals, is those deals (`readOrdinalItems`), not the package told again.)
            let toldInOrder = (Self.countedAgreements(r) ?? 0) >= 2 && !Self.ordinalMentions(r).isEmpty
            let fresh =
                r.role != .headline
                && (Self.speaksOfNewAgreement(r.sentence.text) || clauses > 1 || fields != nil || packages != nil
                    || singled || toldInOrder)
            guard fresh || !referBack(parties, evidence) else { return true }
            // A deal of the sentence's parties and status without an amount, one of several it tells.
            func appendValueless(
                _ title: String, kind: Agreement.Kind, sectors: [String], enumerated: Bool = true,
                package: Bool = false, counted: Int? = nil
            ) {
                var draft = Draft(
                    fact: .agreement(
                        Agreement(
                            parties: parties + companies(), kind: kind, title: title, value: nil, status: status,
                            sectors: sectors)),
                    evidence: [evidence],
                    basis: Basis.parties(r).union(enumerated ? [.enumerated] : []).union(statusBasis))
                draft.package = package
                draft.counted = counted
                appendAgreement(draft, distinct: true)
            }
            // "Drawing attention to the 14 documents signed, he singled out the preferential trade
            // agreement among them": the counted package and the one document, an entry each.
            if singled, let count = r.counts.first(where: { Self.countsAgreements(r, $0) }), count.value >= 2 {
                let title = Self.countTitle(r, count)
                appendValueless(
                    title, kind: Self.kind(SearchableText(title)), sectors: Self.sectors(r.words), enumerated: false,
                    package: true, counted: count.value)
            }
            // "stressed the importance of implementing the agreements signed between the two
            // countries": the deals in force, no new one.
            if !fresh && r.words.hasAny(Lexicon.implementationWords) { return true }
            if r.role == .headline { return true }
            // "four agreements in the fields of taxes, …": a deal per field.
            if let fields {
                let arabic = ArabicText.containsArabic(r.sentence.text)
                // ("loans for road construction, …": a loan for each.)
                // ("خمس مذكرات تفاهم في مجالات …": a memorandum for each; not where agreements are
                // named too, "مذكرات تعاون، بينها اتفاقات تخص …".)
                let head =
                    arabic
                    ? (r.words.has("مذكرات") && !r.words.has("اتفاق") ? "مذكرة تفاهم في مجال " : "اتفاقية في مجال ")
                    : r.words.has("loans for")
                        ? "loan for "
                        : r.words.has("grants for")
                            ? "grant for "
                            : r.words.has("mous") || r.words.has("memorand") ? "MoU on " : "agreement on "
                for field in fields {
                    let words = SearchableText(field)
                    // ("… between Invest India and Invest Qatar": a deal told by its sides; "deal
                    // to build a new port", "عقد لبناء ميناء": titled already.)
                    let title =
                        field.hasPrefix("deal to build ") || field.hasPrefix("عقد لبناء ")
                        ? field
                        : field.hasPrefix("between ")
                            ? head.replacingOccurrences(of: " on ", with: " ") + field
                                // ("التعاون في مجال استقدام العمال": a field that is cooperation
                                // in one is the deal's purpose, "اتفاقية للتعاون في مجال …".)
                            : arabic && field.hasPrefix("التعاون ")
                                ? head.replacingOccurrences(of: " في مجال ", with: " ل") + field.dropFirst()
                                : head + field
                    appendValueless(
                        title, kind: head == "MoU on " || head.hasPrefix("مذكرة") ? .mou : Self.kind(words),
                        sectors: Self.sectors(words))
                }
                return true
            }
            if let packages {
                for title in packages {
                    let words = SearchableText(title)
                    appendValueless(title, kind: Self.kind(words), sectors: Self.sectors(words), package: true)
                }
                return true
            }
            // Several clauses, each its deal: each titled by its own noun phrase.
            let clauseTexts = clauses > 1 ? Self.agreementClauseTexts(r) : []
            let superlative = r.words.hasAny(Lexicon.superlativeDeals)
            for n in 0..<max(1, clauses) {
                // "…، ضمن أكبر صفقة من نوعها في تاريخ مصر، …": a clause that only calls a deal
                // told before the largest of its kind names no other.
                let clauseWords =
                    !superlative
                    ? nil
                    : clauseTexts.indices.contains(n) ? SearchableText(clauseTexts[n]) : clauses <= 1 ? r.words : nil
                if clauseWords?.hasAny(Lexicon.superlativeDeals) == true, referBack(parties, evidence) {
                    continue
                }
                let title = clauseTexts.indices.contains(n) ? Titles.phrase(clauseTexts[n]) : nil
                let agreement = Agreement(
                    parties: parties + companies(), kind: kind, title: title ?? sentenceTitle(), value: nil,
                    status: status, sectors: Self.sectors(r.words))
                let basis = Basis.parties(r).union(clauses > 1 ? .enumerated : []).union(statusBasis)
                // The lead's one deal without an amount is often the deal the body gives the amount of.
                let summary =
                    r.role == .lead && r.sentence.start == leadStart && clauses <= 1 && r.counts.isEmpty
                    && !Self.speaksOfSeveral(r)
                var draft = Draft(fact: .agreement(agreement), evidence: [evidence], basis: basis, summary: summary)
                draft.package =
                    clauses <= 1
                    && (Self.speaksOfSeveral(r) || Self.countedAgreements(r) != nil
                        || r.words.hasAny(Lexicon.dualAgreements))
                if draft.package { draft.counted = Self.countedOrDual(r) }
                appendAgreement(draft, distinct: n > 0 || fresh)
            }
            return true
        }
        // "The total value of the memoranda reached 24 billion riyals": the amount of the
        // package counted before, which had none.
        // ("the current value of the signed agreements is €230 million, and when all are realised it
        // will jump to €660 million": the value of "the (signed) agreements" points back by its
        // article, and any amount after it is only what the value will become.)
        let total = r.words.hasAny(Lexicon.totalWords)
        let pointsBack =
            !total && !deals.isEmpty && r.words.hasAny(Lexicon.packageValueWords)
            && r.amounts.indices.dropFirst().allSatisfy { n in
                let gap = r.scalars[r.amounts[n - 1].span.end..<max(r.amounts[n - 1].span.end, r.amounts[n].span.start)]
                return Self.isTarget(r, amount: n, forecasts: true)
                    || SearchableText(String(scalars: gap)).hasAny(Lexicon.projectionWords)
            }
        if (total && deals.count == 1 && !Self.speaksOfNewAgreement(r.sentence.text)) || pointsBack,
            let i = agreements.lastIndex(where: {
                $0.package && $0.fact.value == nil && $0.countries.isSuperset(of: r.distinctCountries)
            }),
            case .agreement(var package) = agreements[i].fact
        {
            package.value = deals[0]
            agreements[i].absorb(
                Draft(fact: .agreement(package), evidence: [evidence], basis: Basis.parties(r)), as: .agreement(package)
            )
            return true
        }
        // "$3 billion for Egypt, of which $1 billion from Saudi Arabia and $2 billion from the UAE":
        // one amount is the sum of the others, which are its parts.
        let whole = Self.wholeOfParts(deals)
        // "$19 billion for Zambia and $12 billion in Botswana", "ثلاثة مليارات من أبوظبي وخمسة
        // مليارات من الرياض": each amount is a deal with the country named right after it; the
        // parts of a whole, each with its own country, and the whole with all of theirs.
        let parts = whole.map { w in deals.indices.filter { $0 != w } } ?? Array(deals.indices)
        let own = deals.count >= 2 ? Self.countryPerAmount(r, parts.map { deals[$0] }) : nil
        // "…, كما أنشأت القابضة صندوقاً …، في حين اشترت …": each deal with its own clause's countries.
        // (Donors each with an amount of their own: each deal the donor's with the countries it
        // gives to, `donorsPerAmount`.)
        let byClause =
            deals.count >= 2 && own == nil
            ? donorsPerAmount(r, starts: dealMentions().map(\.start))
                ?? partiesPerClause(r, starts: dealMentions().map(\.start)) : nil
        for (n, money) in deals.enumerated() {
            var dealParties = parties
            if let own, n == whole {
                dealParties = parties + own.map(Party.country).filter { !parties.contains($0) }
            } else if let own, let k = parts.firstIndex(of: n) {
                let others = parties.filter { p in !own.contains { Party.country($0) == p } }
                let counterpart = others.isEmpty ? focus(besides: own[k]).map { [Party.country($0)] } ?? [] : others
                dealParties = counterpart + [.country(own[k])]
            } else if let byClause, n < byClause.count, !byClause[n].isEmpty {
                dealParties = byClause[n]
            }
            // Several deals each with its amount are titled each by its own clause ("a $1.2 billion
            // supply deal and a $300 million shipping contract").
            let title =
                deals.count >= 2
                ? Self.clauseTitle(r, of: dealMentions().map(\.start), at: n)
                    ?? Self.depositTitle(Self.clauseWords(r, of: dealMentions().map(\.start), at: n)) ?? sentenceTitle()
                : sentenceTitle()
            let agreement = Agreement(
                parties: dealParties + companies(), kind: kind, title: title, value: money,
                status: status, sectors: Self.sectors(r.words))
            let basis = Basis.parties(r).union(deals.count > 1 ? .enumerated : []).union(statusBasis)
            var draft = Draft(
                fact: .agreement(agreement), evidence: [evidence], basis: basis,
                headlineOnly: r.role == .headline && deals.count == 1)
            draft.additional = r.words.hasAny(Lexicon.additionWords)
            draft.single =
                deals.count == 1 && r.role != .headline && !Self.speaksOfSeveral(r)
                && !r.words.hasAny(Lexicon.totalWords) && r.words.hasAny(Lexicon.agreementNouns)
            draft.headlineTellsSeveral = draft.headlineOnly && Self.speaksOfSeveral(r)
            // "وصل عدد الاتفاقيات إلى 30 اتفاقية تبلغ قيمتها …": the count of a package told with its amount.
            if deals.count == 1 { draft.counted = Self.countedAgreements(r, exact: true) }
            // Joint projects are not the amount of a deal told without one; told again with
            // their amount, they merge as any deal does.
            draft.fillsNoValuelessDeal = jointProjects
            // (What the deal gives may be spoken of as new: "Under the agreement, China will
            // provide a grant of $14 million".)
            draft.underToldDeal = deals.count == 1 && r.words.hasAny(Lexicon.underTheDealWords)
            if n > 0, deals[..<n].contains(where: { $0.agrees(with: money) }) {
                agreements.append(draft)
            } else {
                add(&agreements, draft)
            }
        }
        return true
    }

    /// The title of the `n`th of several deals told each with its amount (`starts`: where the
    /// amounts stand): the noun phrase of its clause, which runs from the last break before its
    /// amount (", ", " and a ", "، كما") to the next break before the next amount. Nil when the
    /// clause names no deal.
    static func clauseTitle(_ r: Extractor.Reading, of starts: [Int], at n: Int) -> String? {
        guard starts.indices.contains(n) else { return nil }
        let scalars = r.scalars
        // The last break in scalars[from..<to], as the offset after it.
        func lastBreak(_ from: Int, _ to: Int) -> Int? {
            guard from < to else { return nil }
            for i in stride(from: to - 1, through: from, by: -1) {
                let c = scalars[i]
                if c == "," || c == "،" || c == ";" || c == "؛" { return i + 1 }
                if c == " ",
                    ScalarText.startsInAnyCase(scalars, at: i, withOneOf: [" and a ", " and an ", " and the "])
                {
                    return i + 1
                }
            }
            return nil
        }
        let start = n == 0 ? 0 : lastBreak(starts[n - 1], starts[n]) ?? starts[n - 1]
        let end = n + 1 < starts.count ? lastBreak(starts[n], starts[n + 1]) ?? starts[n + 1] : scalars.count
        guard start < end, end <= scalars.count else { return nil }
        return phraseOrLendingTitle(r, String(scalars: scalars[start..<end]))
    }

    /// The noun phrase of `text` (`Titles.phrase`); where that is none, or a bare "loans", what
    /// the loans are for (`lendingTitle`).
    static func phraseOrLendingTitle(_ r: Extractor.Reading, _ text: String) -> String? {
        let phrase = Titles.phrase(text)
        guard phrase.map({ !$0.contains(" ") && Lexicon.lendingNouns.contains($0.lowercased()) }) ?? true else {
            return phrase
        }
        return lendingTitle(r, text, noun: phrase) ?? phrase
    }

    /// "Burkina Faso $34 million for rural development", after a sentence of loans: a loan or
    /// grant titled by what it is for ("loan for rural development"); in Arabic by its noun.
    /// Nil unless `text`, or the sentence the reading goes on from, names loans or grants.
    /// The noun is the clause's own, as `noun` gives it ("loans"), else one of the loans told before.
    static func lendingTitle(_ r: Extractor.Reading, _ text: String, noun own: String? = nil) -> String? {
        let words = SearchableText(text)
        guard let noun = own ?? r.lendingNoun ?? Lexicon.lendingNouns.first(where: words.has) else { return nil }
        let arabic = ArabicText.containsArabic(noun)
        let singular = arabic || own != nil ? noun : String(noun.hasSuffix("s") ? noun.dropLast() : noun[...])
        // (Arabic by the noun alone, and only for loans told before: the sentence's own are in its phrase.)
        guard !arabic else {
            return r.lendingNoun == nil ? nil : singular == "منح" ? "منحة" : singular == "قروض" ? "قرض" : singular
        }
        guard let found = text.range(of: " for ") else { return nil }
        let after = text[found.upperBound...].prefix { !",;.([:".contains($0) }.split(separator: " ")
        // The purpose ends where a place or another loan starts ("for a dam and the other for …").
        var purpose: [Substring] = []
        for (i, w) in after.enumerated() {
            let next = i + 1 < after.count ? after[i + 1].lowercased() : ""
            if purpose.count == 6 || ["in", "at"].contains(w.lowercased()) || w.contains(where: \.isNumber)
                || (w.lowercased() == "and"
                    && (["the", "one", "another"].contains(next) || next.contains(where: \.isNumber)))
            {
                break
            }
            purpose.append(w)
        }
        guard let first = purpose.first, first.first?.isLetter == true else { return nil }
        return singular + " for " + purpose.joined(separator: " ")
    }

    /// Evidence for an agreement already read that shares a party; false when there is none.
    mutating func referBack(_ parties: [Party], _ evidence: Evidence) -> Bool {
        guard
            let i = agreements.lastIndex(where: { draft in
                guard case .agreement(let a) = draft.fact else { return false }
                return !Set(a.parties).isDisjoint(with: parties)
            })
        else { return false }
        agreements[i].evidence.append(evidence)
        return true
    }

    /// The title of a package told before its list: its noun phrase, or where that is a bare
    /// noun, what it counts ("twelve new projects were formalized, among them …").
    static func packageTitle(_ r: Extractor.Reading, before head: Int, kind: Agreement.Kind) -> String {
        let title = Titles.title(String(scalars: r.scalars.prefix(head)), kind: kind)
        guard !title.contains(" "), let count = r.counts.first(where: { $0.span.end <= head }) else { return title }
        return String(scalars: r.scalars[count.span.start..<count.span.end])
    }

    /// Adds an agreement; `distinct` keeps it apart from earlier ones of the same parties unless
    /// it has the same amount, and keeps later mentions with another amount from merging into it.
    mutating func appendAgreement(_ draft: Draft, distinct: Bool) {
        var draft = draft
        draft.distinct = distinct
        // "Egypt, China sign $1.2 bln deal" over "The government signed a deal with China State
        // Construction …": the body's first telling of the headline's deal is that deal.
        // An item of a list is one of several deals: not the deal of a headline that tells several.
        let item = draft.basis.contains(.enumerated)
        if distinct, draft.fact.value == nil, case .agreement(let a) = draft.fact,
            let i = agreements.firstIndex(where: {
                $0.headlineOnly && !($0.headlineTellsSeveral && item)
                    && $0.countries == Set(a.parties.compactMap(\.country))
            }),
            let fact = merged(agreements[i].fact, draft.fact)
        {
            agreements[i].absorb(draft, as: fact)
            return
        }
        // "the Bilateral Investment Agreement" told again by its name, or by the abbreviation the
        // article gave it ("a Bilateral Investment Treaty (BIT)", then "sign the BIT"): one deal.
        if distinct, draft.fact.value == nil, let i = agreements.firstIndex(where: { Self.sameDocument($0, draft) }) {
            agreements[i].absorb(draft, as: merged(agreements[i].fact, draft.fact) ?? agreements[i].fact)
            return
        }
        // "شهدت زيارته توقيع 13 اتفاقية تعاون", then "الزيارة التي شهدت أيضا توقيع 13 اتفاقية": a
        // package counted alike twice, without an amount either time, between the same countries, is
        // one (told in two sentences: two deals of one sentence share its count).
        if distinct, draft.fact.value == nil, draft.package, let counted = draft.counted, counted >= 2,
            let i = agreements.firstIndex(where: {
                $0.package && $0.fact.value == nil && $0.counted == counted && $0.countries == draft.countries
                    && !$0.evidence.contains { told in draft.evidence.contains { $0.start == told.start } }
            })
        {
            agreements[i].absorb(draft, as: merged(agreements[i].fact, draft.fact) ?? agreements[i].fact)
            return
        }
        // Items of one sentence's list with equal amounts ("a $1 billion grant and a $1 billion
        // loan") are two deals, not one told twice.
        if distinct, let value = draft.fact.value, let told = draft.evidence.first,
            agreements.contains(where: { d in
                d.distinct && d.evidence.count == 1 && d.evidence[0].start == told.start
                    && d.fact.value.map { $0.agrees(with: value) } == true
            })
        {
            agreements.append(draft)
            return
        }
        if distinct && draft.fact.value == nil { agreements.append(draft) } else { add(&agreements, draft) }
    }

    /// "singled out the preferential trade agreement among these documents", after "14 documents
    /// signed": one document of a counted package named by what it is (two words or more before
    /// a singular head, in English), no other entry titled so yet, with "among" or a signing word.
    func singlesOutADocument(_ r: Extractor.Reading, _ parties: [Party]) -> Bool {
        let countries = Set(parties.compactMap(\.country))
        guard
            (Self.countedAgreements(r) ?? 0) >= 2
                || agreements.contains(where: { $0.package && ($0.counted ?? 0) >= 2 && $0.countries == countries }),
            let title = Self.singledTitle(r)
        else { return false }
        return !agreements.contains {
            if case .agreement(let a) = $0.fact { a.title.lowercased() == title.lowercased() } else { false }
        }
    }

    /// The title of a document a sentence singles out (`singlesOutADocument`), if it names one so.
    static func singledTitle(_ r: Extractor.Reading) -> String? {
        guard r.role != .headline, r.words.hasAny(Lexicon.signingWords) || r.words.has("among"),
            !ArabicText.containsArabic(r.sentence.text),
            let title = Titles.phrase(r.sentence.text)
        else { return nil }
        let words = title.lowercased().split(separator: " ")
        guard words.count >= 3, let head = words.last, singularHeads.contains(String(head)) else { return nil }
        return title
    }

    /// The status of the counted package a sentence singles a document out of, told before it.
    func statusOfThePackageSingledOut(_ r: Extractor.Reading) -> Agreement.Status? {
        guard r.words.has("among"), Self.singledTitle(r) != nil,
            let package = agreements.last(where: { $0.package && ($0.counted ?? 0) >= 2 }),
            case .agreement(let a) = package.fact
        else { return nil }
        return a.status
    }

    /// The singular heads of a document singled out of a package.
    static let singularHeads: Set<String> = ["agreement", "accord", "treaty", "protocol", "memorandum", "convention"]

    /// Investing told as going on ("continued to invest").
    static let continuedInvesting: WordList = [
        "continued to invest", "continue to invest", "continues to invest", "continuing to invest",
    ]

    /// Whether `later` tells again the document `told` names: the same countries, neither with
    /// an amount, and the same proper name (its words capitalised, "Bilateral Investment
    /// Agreement"), or `told`'s abbreviation in brackets ("(BIT)") standing in `later`'s sentence.
    static func sameDocument(_ told: Draft, _ later: Draft) -> Bool {
        guard case .agreement(let a) = told.fact, case .agreement(let b) = later.fact, a.value == nil,
            told.countries == later.countries, let sentence = later.evidence.first?.sentence
        else { return false }
        // Two items of a list are two documents, though their titles open alike ("Agreement between
        // the Kazakh and Russian Governments on …", line after line).
        if told.basis.contains(.listItem) && later.basis.contains(.listItem) { return false }
        if a.title == b.title, isProperName(a.title) { return true }
        guard let open = a.title.lastIndex(of: "("), a.title.hasSuffix(")") else { return false }
        let abbreviation = a.title[a.title.index(after: open)..<a.title.index(before: a.title.endIndex)]
        guard (2...6).contains(abbreviation.count), abbreviation.allSatisfy({ $0.isUppercase && $0.isASCII }) else {
            return false
        }
        return sentence.split(whereSeparator: { !$0.isLetter }).contains { $0 == abbreviation }
    }

    /// Whether an English title is a document's proper name: two words or more, each capitalised
    /// but the small words between ("Treaty of Friendship and Good Neighbourliness").
    /// "Key deals include a $60 billion oil and gas expansion, a $30 billion investment in …",
    /// "وتشمل الصفقات …": the first amount is a deal's, and deals in the plural and a word of
    /// inclusion come before it. (What one deal includes, "الصفقة تتضمن 24 مليار دولار نقدا …",
    /// may be its money's parts.)
    static func listsDealsByWhatTheyInclude(_ r: Extractor.Reading) -> Bool {
        guard let first = r.amounts.first, r.amountTopics.first == .deal else { return false }
        let before = SearchableText(String(scalars: r.scalars[..<first.span.start]))
        return before.hasAny(Lexicon.inclusionWords) && before.hasAny(Lexicon.pluralAgreements)
    }

    static func isProperName(_ title: String) -> Bool {
        let words = title.split(separator: " ")
        return words.count >= 2
            && words.allSatisfy { w in
                ["of", "on", "and", "for", "the", "between", "in"].contains(w) || w.first?.isUppercase == true
            }
    }

    /// Whether amount `i` is the value of a sale the sentence says was agreed ("وافق المنتج على
    /// توريد النحاس … بقيمة مليار دولار"): an agreeing verb, then the sale,
    /// then a value word right before the amount.
    static func agreedSale(_ r: Extractor.Reading, amount i: Int) -> Bool {
        let span = r.amounts[i].span
        guard r.words.hasAny(Lexicon.agreeingVerbs), r.words.hasAny(Lexicon.agreedSales) else { return false }
        // The amount's own words may hold the value word ("بقيمة تقدر بين …" is read as one span).
        return SearchableText(String(scalars: r.scalars[max(0, span.start - 24)..<min(span.end, span.start + 16)]))
            .hasAny(Lexicon.valueWords)
    }

    /// The amounts of the deals in a sentence: each amount once, a converted amount as its dollars.
    /// An amount after the first that another subject introduces ("…, while completed projects
    /// reached $1.58 billion") counts only when the words since the amount before it name a deal.
    static func dealAmounts(_ r: Extractor.Reading) -> [Money] { dealAmountMentions(r).map(\.money) }

    /// `dealAmounts`, each with where its amount starts in the sentence.
    /// Whether a deal is the object of negotiations: a deal's noun within four words after a
    /// negotiation phrase (`Lexicon.negotiationWords`), before any "and" ("talks on a free trade
    /// agreement"; not "talks on the economy and announced an agreement").
    static func negotiatesADeal(_ words: SearchableText) -> Bool {
        namesADealAfter(Lexicon.negotiationWords, in: words)
    }

    /// Whether a deal's noun stands within four words after one of the phrases, before any "and".
    static func namesADealAfter(_ phrases: WordList, in words: SearchableText, reach: Int = 4, overAnd: Bool = false)
        -> Bool
    {
        guard words.hasAny(phrases) else { return false }
        let text = words.text
        for phrase in phrases.words {
            let bare = phrase.hasSuffix("*") ? String(phrase.dropLast()) : phrase
            guard let found = text.range(of: " " + bare) else { continue }
            // The rest of the word the phrase ends in, then up to four words.
            let rest = text[found.upperBound...].drop { $0 != " " }
            let next = rest.split(separator: " ").prefix(reach).prefix { overAnd || ($0 != "and" && $0 != "و") }
            let names = next.contains { w in
                Lexicon.englishAgreementHeads.contains(String(w))
                    || Lexicon.arabicAgreementStems.contains { w.hasPrefix($0) || w.hasPrefix("ال" + $0) }
            }
            if names { return true }
        }
        return false
    }

    /// Whether the sentence tells of a work a side intends or plans to build, with the amount it
    /// costs ("plans to build a battery plant in Morocco with an investment of $2 billion",
    /// "تعتزم شركة صينية إنشاء مصنع … باستثمارات 2 مليار دولار", "ستقوم شركة صينية ببناء مصنع …
    /// بتكلفة"): a promise of investment. The amount must be told as the work's cost or
    /// investment, right before it; "Chinese investment in Morocco reached $2 billion" beside a
    /// plan is a figure.
    static func plansACostedWork(_ r: Extractor.Reading) -> Bool {
        guard !r.amounts.isEmpty, r.words.hasAny(Lexicon.projectNouns), r.words.hasAny(Lexicon.workCostWordList) else {
            return false
        }
        let costed = r.amounts.contains { a in
            let before = CharacterWords.words(
                ArabicText.normalized(String(scalars: r.scalars[max(0, a.span.start - 40)..<a.span.start])).lowercased()
            ).suffix(3)
            return before.contains { Lexicon.workCostWords.contains($0) }
        }
        guard costed else { return false }
        if r.words.hasAny(Lexicon.buildingIntentions) { return true }
        // "The Exim Bank of India was financing power projects in Nigeria at a cost of $100
        // million": a lender of one country financing works in another.
        // (A fund's projects counted with their amount are its country's investment, all told:
        // `fundFinancesProjects`.)
        if r.words.hasAny(Self.financingWorks), r.distinctCountries.count == 2, !Self.fundFinancesProjects(r) {
            return true
        }
        // Arabic puts the subject between the verb of intending and the building: within five words.
        let all = r.words.text.split(separator: " ")
        for (i, w) in all.enumerated()
        where Lexicon.arabicPlanningVerbs.contains(String(w.hasPrefix("و") ? w.dropFirst() : w)) {
            if all[(i + 1)..<min(all.count, i + 6)].contains(where: { Lexicon.arabicBuildingNouns.contains(String($0)) }
            ) {
                return true
            }
        }
        return false
    }

    /// Whether amount `i` is the value of a deal named before its aim: a value word right before
    /// the amount ("worth", "valued at", "بقيمة"), and a deal's noun before the first word of aim
    /// ("وقعتا اتفاقا لزيادة إمدادات الغاز إلى إيطاليا بقيمة 4 مليارات دولار", "a deal to boost
    /// gas supplies worth $4 billion"). A figure aimed at is told with "to"/"إلى" instead.
    static func valuesTheDealBeforeItsAim(_ r: Extractor.Reading, amount i: Int) -> Bool {
        let start = r.amounts[i].span.start
        let lead = " " + CharacterWords.folded(r.scalars[...], 0..<start)
        let words = Array(CharacterWords.words(lead).suffix(2))
        guard words.last.map(["worth", "بقيمه"].contains) == true || words == ["valued", "at"] else { return false }
        func first(_ list: WordList) -> String.Index? {
            list.words.compactMap { w -> String.Index? in
                let bare = w.hasSuffix("*") ? String(w.dropLast()) : w
                return lead.range(of: ArabicText.containsArabic(bare) ? bare : " " + bare)?.lowerBound
            }.min()
        }
        guard let noun = first(Lexicon.agreementNouns) else { return false }
        return first(Lexicon.targetWords).map { noun < $0 } ?? true
    }

    /// Whether the words before an amount (within its clause) say it is the total that deals
    /// bring something to (`Lexicon.bringingTotalWords`).
    static func bringsATotal(_ scalars: [Unicode.Scalar], before start: Int) -> Bool {
        var from = max(0, start - 48)
        if let cut = (from..<start).last(where: { ",،;؛".unicodeScalars.contains(scalars[$0]) }) { from = cut + 1 }
        return SearchableText(String(scalars: scalars[from..<start])).hasAny(Lexicon.bringingTotalWords)
    }

    /// The sentence without an opening that tells its deal apart from those before ("In a
    /// separate deal, Lion Air firmed up an order for …" is titled by the order, not "separate deal").
    static func withoutSeparateOpening(_ text: String) -> String {
        guard let comma = text.firstIndex(where: { $0 == "," || $0 == "،" }),
            text[..<comma].split(separator: " ").count <= 5,
            SearchableText(String(text[..<comma])).hasAny(Lexicon.separateDealWords)
        else { return text }
        return String(text[text.index(after: comma)...].drop(while: \.isWhitespace))
    }

    /// "its total aid in the form of yen loans now stands at USD 22 billion", "سبق للصندوق أن قدم
    /// للسنغال 22 قرضا ومنحة يبلغ إجمالي مبالغها 929 مليون ريال": the total of what was lent or
    /// given over the years is no deal of its own.
    static func totalsPastLending(_ r: Extractor.Reading) -> Bool {
        guard !r.amounts.isEmpty, r.words.hasAny(Self.pastTotalWords) else { return false }
        return r.words.hasAny(Lexicon.lendingNouns) || r.words.has("aid") || r.words.has("assistance")
    }

    /// Words that tell a total of the past, up to now.
    static let pastTotalWords: WordList = [
        "now stands at", "has so far", "have so far", "to date", "since its inception", "since its establishment",
        "سبق ان", "سبق لل", "منذ انشايه", "منذ تاسيسه",
    ]

    /// Whether "part of a", "part of the" or "جزء من" stands right before an amount.
    static func isPartOfAWhole(_ scalars: [Unicode.Scalar], before start: Int) -> Bool {
        let lead = String(scalars: scalars[max(0, start - 14)..<start]).lowercased()
        return ["part of a ", "part of an ", "part of the ", "جزء من ", "جزءا من ", "جزءاً من "].contains(
            where: lead.hasSuffix)
    }

    static func dealAmountMentions(_ r: Extractor.Reading) -> [(money: Money, start: Int)] {
        var result: [Money] = []
        // Where each amount of `result` starts.
        var starts: [Int] = []
        var skip = Set<Int>()
        let scalars = r.scalars
        let figures = figureClauses(r)
        let ordinals = r.words.hasAny(Lexicon.firstWords) && r.words.hasAny(Lexicon.secondWords)
        // (The words of a total brought to are looked for near an amount only where the sentence has them.)
        let totals = r.words.hasAny(Lexicon.bringingTotalWords)
        // (Trade after an amount is looked for only where the sentence names trade.)
        let tradeNamed = r.words.hasAny(Lexicon.tradeAfterAmountWords)
        // Where the sentence's clauses start (`clauseStarts`), read once an equal amount needs them.
        var clausesRead: [Int]?
        func clauseStarts() -> [Int] {
            if let clausesRead { return clausesRead }
            let read = Self.clauseStarts(r)
            clausesRead = read
            return read
        }
        for (i, a) in r.amounts.enumerated() where !skip.contains(i) {
            // An amount of a clause that names no deal ("…, while the two sides signed an MoU").
            if figures.contains(where: { $0.contains(a.span.start) }) { continue }
            // A trade volume, a one-way flow or a budget in the same sentence is no deal's value.
            // A sale abroad agreed with its value ("agreed to sell … worth $1 billion") is a deal.
            if i < r.amountTopics.count, [.trade, .oneWay, .notOurs].contains(r.amountTopics[i]),
                !(r.amountTopics[i] == .oneWay && agreedSale(r, amount: i))
            {
                continue
            }
            // A deal over years is still a deal ("will invest $10 billion within five years"); an aim is not.
            if isTarget(r, amount: i, deadlines: false) && !valuesTheDealBeforeItsAim(r, amount: i) { continue }
            // "$30 billion for Africa": a region's money is no deal between countries.
            if forARegion(scalars, after: a.span.end) { continue }
            // "worth £4.8 billion a year to the UK economy": a gain expected, not the deal's value.
            if gainToAnEconomy(scalars, after: a.span.end) { continue }
            // "a $275 million increase over the previous memorandum": a change, not a deal's value.
            if namesAChange(scalars, after: a.span.end) { continue }
            // "The deals will allow $150 billion of bilateral trade": trade, not the deals' value.
            if tradeNamed, namesTrade(scalars, after: a.span.end) { continue }
            // "…، لتصبح القيمة الإجمالية للمنحة 33 مليون يورو", "bringing the total to $5 billion":
            // the sum that deals told make, no deal of its own.
            if totals, bringsATotal(scalars, before: a.span.start) { continue }
            // "The joint venture is part of a $1.3 billion power complex": the work the deal is
            // part of is no value of the deal's. (A whole that is a deal itself, "part of a $1.2
            // billion credit agreed earlier", is one.)
            if isPartOfAWhole(scalars, before: a.span.start) {
                let after = SearchableText(String(scalars: scalars[a.span.end..<min(scalars.count, a.span.end + 48)]))
                if !after.hasAny(Lexicon.agreementNouns), !after.hasAny(Lexicon.dealNouns), !after.has("credit") {
                    continue
                }
            }
            // "300 مليون دولار من إجمالي كلفة الجسر البالغة 900 مليون": the whole a deal's amount is
            // part of is no deal of its own.
            if i > 0, case let previous = r.amounts[i - 1], previous.money.currency == a.money.currency,
                previous.money.amount < a.money.amount,
                SearchableText(String(scalars: scalars[min(previous.span.end, a.span.start)..<a.span.start])).hasAny(
                    Lexicon.outOfWholeWords)
            {
                continue
            }
            if i > 0, !result.isEmpty {
                let lead = SearchableText(
                    String(
                        String.UnicodeScalarView(scalars[min(r.amounts[i - 1].span.end, a.span.start)..<a.span.start])))
                // Buying stakes is a deal too ("في حين اشترت … حصصاً بنصف مليار"), and so is
                // setting up a fund ("بينما أنشأت … صندوقاً بقيمة").
                // So is money another donor allots, pledges or grants ("في حين خصصت السعودية 1.5
                // مليار دولار", "while Saudi Arabia pledged $1.5 billion").
                let stakes =
                    (lead.hasAny(Lexicon.buyingVerbs) && lead.hasAny(Lexicon.stakeWords))
                    || lead.hasAny(Lexicon.fundSetUpWords) || lead.hasAny(Lexicon.donorVerbs)
                if lead.hasAny(Lexicon.otherSubjectWords)
                    && !(lead.hasAny(Lexicon.agreementNouns) || lead.hasAny(Lexicon.dealNouns)
                        || lead.hasAny(Lexicon.dealVerbs) || lead.hasAny(Lexicon.commitmentVerbs) || stakes)
                {
                    continue
                }
            }
            var money = a.money
            if i + 1 < r.amounts.count, Self.isConverted(a, to: r.amounts[i + 1], in: r.scalars) {
                money = r.amounts[i + 1].money
                skip.insert(i + 1)
            } else if a.money.currency == .usd, i + 1 < r.amounts.count, r.amounts[i + 1].money.currency != .usd,
                r.amounts[i + 1].span.start - a.span.end <= 6
            {
                skip.insert(i + 1)
            } else if i + 1 < r.amounts.count, Self.retoldInBrackets(r, a, r.amounts[i + 1]) {
                skip.insert(i + 1)
            }
            // "two loans, the first of $200 million … the second of $200 million too": told by
            // their order, equal amounts are two deals; so are equal amounts of items set apart by
            // semicolons ("Project A (JPY 16 billion); Project B (JPY 16 billion)") or in clauses
            // of their own ("…، كما أنشأت صندوقاً بقيمة 10 مليارات").
            let equal = result.indices.last { result[$0].agrees(with: money) }
            if equal == nil || ordinals || clauseStarts().contains(where: { $0 > starts[equal!] && $0 < a.span.start })
            {
                result.append(money)
                starts.append(a.span.start)
            }
        }
        return Array(zip(result, starts)).map { (money: $0.0, start: $0.1) }
    }

    /// The title of things bought: "purchase of 24 Rafale jets", "شراء 24 طائرة رافال", from
    /// the count of the things up to where the seller or the price begins.
    static func goodsTitle(_ r: Extractor.Reading, _ count: CountMention) -> String? {
        let rest = String(scalars: r.scalars[count.span.start...])
        let arabic = ArabicText.containsArabic(rest)
        let stops: Set<String> =
            arabic
            ? ["من", "بقيمة", "بقيمه", "مقابل", "بمبلغ", "في", "إلى", "الى"]
            : ["from", "for", "worth", "at", "in", "to", "valued"]
        var words: [Substring] = []
        for word in rest.split(separator: " ").prefix(6) {
            let bare = word.trimmingCharacters(in: .punctuationCharacters)
            if stops.contains(bare.lowercased()) || bare.isEmpty { break }
            words.append(Substring(bare))
            if word.last.map({ $0.isPunctuation }) == true { break }
        }
        guard words.count >= 2 else { return nil }
        return (arabic ? "شراء " : "purchase of ") + words.joined(separator: " ")
    }

    /// The title of money deposited in a central bank, when the words tell one and name no
    /// agreement: "وديعة لدى البنك المركزي", "deposit in the central bank", or the deposit alone.
    static func depositTitle(_ words: SearchableText) -> String? {
        guard words.hasAny(Lexicon.depositedWords) || words.hasAny(Lexicon.toDepositWords),
            !words.hasAny(Lexicon.agreementNouns)
        else { return nil }
        let centralBank = words.hasAny(["central bank", "البنك المركزي", "المصرف المركزي"])
        if ArabicText.containsArabic(words.text) { return centralBank ? "وديعة لدى البنك المركزي" : "وديعة" }
        return centralBank ? "deposit in the central bank" : "deposit"
    }

    /// The words of the clause of the `n`th of several deals told each with its amount
    /// (`starts`): from the start of the clause its amount stands in to the next one's.
    static func clauseWords(_ r: Extractor.Reading, of starts: [Int], at n: Int) -> SearchableText {
        let clauses = clauseStarts(r)
        guard starts.indices.contains(n) else { return SearchableText("") }
        let from = clauses.last { $0 <= starts[n] } ?? 0
        let to = clauses.first { $0 > starts[n] } ?? r.scalars.count
        return SearchableText(String(scalars: r.scalars[from..<min(to, r.scalars.count)]))
    }
}

extension Drafts {
    /// "Jamaica will contribute US$57 million to the project": one country's own share of a
    /// project that another finances is no deal between them. (Only one country is named, and
    /// nothing is signed.)
    static func paysItsOwnShare(_ r: Extractor.Reading) -> Bool {
        !r.amounts.isEmpty && r.words.hasAny(contributingWords) && r.words.hasAny(sharedWorks)
            && r.distinctCountries.count == 1 && !r.words.hasAny(Lexicon.signingWords)
    }

    /// Verbs of paying a share, folded.
    static let contributingWords: WordList = [
        "contribute", "contributes", "contributed", "contributing", "تساهم", "ستساهم", "يساهم", "سيساهم", "ساهمت",
    ]
    /// What the share goes to: the project or its cost told already (definite), folded.
    static let sharedWorks: WordList = [
        "to the project", "towards the project", "toward the project", "to the cost", "towards the cost",
        "في المشروع", "في تمويل المشروع", "في تكلفه المشروع",
    ]
}

extension Drafts {
    /// A side's financing of works, folded ("was also financing", "financed", "يمول").
    static let financingWorks: WordList = [
        "financing", "will finance", "to finance", "financed", "finances",
        "يمول", "تمول", "سيمول", "ستمول", "مول", "مولت",
    ]
}

extension Drafts {
    /// Whether what the sentence's investing verb put money into is a company: a company the
    /// catalogue knows (within 40 scalars), or a company's noun (within four words), after the
    /// "in" (في) that follows the verb.
    static func investedInACompany(_ r: Extractor.Reading) -> Bool {
        let words = r.words.text.split(separator: " ")
        guard let verb = words.firstIndex(where: { Lexicon.investedVerbForms.contains(String($0)) }),
            // ("استثمرت شركة منارة السعودية 2.6 مليار دولار في شركة …": the subject and the amount between.)
            let into = words[(verb + 1)...].firstIndex(where: { $0 == "in" || $0 == "في" }), into - verb <= 12
        else { return false }
        let target = words[(into + 1)..<min(words.count, into + 5)].map(String.init)
        if target.contains(where: { w in Lexicon.targetCompanyNouns.contains { w == $0 || w.hasPrefix($0) } }) {
            return true
        }
        // A catalogue company after the verb's "in": the text after the verb, then after its "in"
        // (each a tail of the sentence, so its length gives where it starts).
        guard !r.companyStarts.isEmpty,
            let (_, afterVerb) = aroundFolded([" " + words[verb] + " "], in: " " + String(scalars: r.scalars)),
            let (_, rest) = aroundFolded([" " + words[into] + " "], in: afterVerb)
        else { return false }
        let restStart = r.scalars.count - rest.unicodeScalars.count
        return r.companyStarts.contains { $0 >= restStart && $0 - restStart <= 40 }
    }
}

extension Drafts {
    /// "After a 2014 agreement, the two nations began …", "under the 2019 defence pact", "اتفاقية
    /// عام 2010": a deal told by the year it was made is a deal, though nothing says what became
    /// of it (a year among the three words before the deal's noun, after an article, "under",
    /// "after" or "since"; in Arabic, "عام" and the year right after the noun).
    static func datedDeal(_ words: SearchableText) -> Bool {
        // (A year's first two digits, by bytes, before any word is split off.)
        guard PlainSearch.containsAnyBytes(of: [" 19", " 20"], in: words.text), words.hasAny(Self.datedDealNouns)
        else { return false }
        let w = words.text.split(separator: " ")
        func isYear(_ s: Substring) -> Bool {
            s.count == 4 && s.allSatisfy(\.isASCII) && (s.hasPrefix("19") || s.hasPrefix("20"))
                && s.allSatisfy(\.isNumber)
        }
        for (i, word) in w.enumerated() where Self.datedDealNouns.words.contains(String(word)) {
            // (Not "agreement talks", "the deal negotiations".)
            if i + 1 < w.count, ["talks", "negotiations", "negotiation", "talk"].contains(w[i + 1]) { continue }
            // ("a 2014 agreement", "the 2019 defence pact", "its 2010 free trade agreement"; not "in
            // 2019 the trade agreement", where the year is when something else happened.)
            if let y = w[max(0, i - 3)..<i].firstIndex(where: isYear), y > 0,
                ["a", "an", "the", "its", "their", "under", "after", "since"].contains(w[y - 1])
            {
                return true
            }
            // ("اتفاقية عام 2010", "اتفاق 2014")
            if i + 2 < w.count, w[i + 1] == "عام" || w[i + 1] == "لعام", isYear(w[i + 2]) { return true }
        }
        return false
    }

    /// The singular deal nouns a year may date.
    static let datedDealNouns: WordList = [
        "agreement", "accord", "pact", "treaty", "deal", "memorandum", "mou", "اتفاقيه", "اتفاق", "معاهده",
    ]
}
