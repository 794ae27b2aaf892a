import Foundation

// The snapshot form of the projections and of the facts they hold; the codec and the layout are
// in BinaryCodec.swift, the views (agreements, trade, investment) in Projections+BinaryViews.swift.

extension Projections {
    static let binaryMagic = Array("NWSPROJ".utf8) + [8]

    /// The snapshot encoding (its layout: the top of BinaryCodec.swift).
    func binaryBytes() -> [UInt8] {
        // The lengths of two sections, then the sections, so that a restore can read them and
        // what follows them side by side: the articles in ascending order of id (each holds its
        // id); the facts' rows, each naming its article by its place in that list (one copy of
        // each id, and no lookup by id to restore them), then the facts' bytes. Then the views,
        // and the unresolved events.
        let ordered = articles.keys.sorted()
        var places: [String: Int] = Dictionary(minimumCapacity: ordered.count)
        var articleSection = BinaryWriter(capacity: 1 << 16)
        articleSection.write(UInt64(ordered.count))
        for (place, id) in ordered.enumerated() {
            articles[id]!.write(to: &articleSection)
            places[id] = place
        }
        var factSection = BinaryWriter(capacity: 1 << 20)
        factSection.articlePlaces = places
        factSection.write(UInt64(facts.rows.count))
        for row in facts.rows { row.write(to: &factSection) }
        let encoded = facts.compactEncodings()
        factSection.write(UInt64(encoded.count))
        factSection.append(raw: encoded)
        var w = BinaryWriter(capacity: articleSection.bytes.count + factSection.bytes.count + (1 << 20))
        w.append(raw: Self.binaryMagic)
        w.write(lastSequence)
        w.write(lastTimestamp)
        w.write(UInt64(articleSection.bytes.count))
        w.write(UInt64(factSection.bytes.count))
        w.append(raw: articleSection.bytes)
        w.append(raw: factSection.bytes)
        agreementView.write(to: &w)
        tradeView.write(to: &w)
        investmentView.write(to: &w)
        w.write(unresolvedEvents)
        return w.bytes
    }

    init(binaryBytes bytes: [UInt8]) throws {
        guard bytes.starts(with: Self.binaryMagic) else {
            throw SnapshotDecodingError(description: "the snapshot's projections are in no form this newsd reads")
        }
        var r = BinaryReader(bytes, offset: Self.binaryMagic.count)
        self.init()
        lastSequence = try r.uint()
        lastTimestamp = try r.int64()
        let (articleLength, factLength) = (try r.count(), try r.count())
        let articleStart = r.position
        try r.skipBytes(articleLength)
        let factStart = r.position
        try r.skipBytes(factLength)
        nonisolated(unsafe) var articleReader = BinaryReader(bytes, offset: articleStart)
        nonisolated(unsafe) var factReader = BinaryReader(bytes, offset: factStart)
        var peek = factReader
        r.rowCount = try peek.count()
        // The sections are read on two cores: the facts' rows, the check of their bytes
        // (`Fact.skip`) and their ids' index on one; the articles, then the views, on the
        // other. At a million events each side is about half of a restore; a row's article
        // is set from its place once both are done.
        nonisolated(unsafe) var factPart: Result<(FactTable, [Int32]), any Error>?
        nonisolated(unsafe) var otherPart:
            Result<
                ([String: ArticleInfo], [ArticleID], AgreementsProjection, TradeProjection, InvestmentProjection),
                any Error
            >?
        nonisolated(unsafe) var viewReader = r
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                factPart = Result {
                    let read = try Self.readFacts(&factReader)
                    guard factReader.position == factStart + factLength else {
                        throw SnapshotDecodingError(description: "the snapshot's facts do not fill their section")
                    }
                    return read
                }
            } else {
                otherPart = Result {
                    let (articles, ids) = try Self.readArticles(&articleReader)
                    guard articleReader.position == articleStart + articleLength else {
                        throw SnapshotDecodingError(description: "the snapshot's articles do not fill their section")
                    }
                    return (
                        articles, ids, try AgreementsProjection(from: &viewReader),
                        try TradeProjection(from: &viewReader),
                        try InvestmentProjection(from: &viewReader)
                    )
                }
            }
        }
        r = viewReader
        var table: FactTable
        let (places, ids): ([Int32], [ArticleID])
        (table, places) = try factPart!.get()
        (articles, ids, agreementView, tradeView, investmentView) = try otherPart!.get()
        // (Let go of the results' copies first, or the rows would be copied to be changed.)
        (factPart, otherPart) = (nil, nil)
        try table.setArticles(places, from: ids)
        facts = table
        unresolvedEvents = try r.uint()
        guard agreementView.rows(in: facts), tradeView.groups.rows(in: facts, are: .trade),
            investmentView.groups.rows(in: facts, are: .investment)
        else { throw SnapshotDecodingError(description: "the snapshot's views name facts the table does not hold") }
        guard r.isAtEnd else {
            throw SnapshotDecodingError(description: "the snapshot's projections have bytes after their end")
        }
    }
}

extension Projections {
    /// The articles, in ascending order of id, each under its own id's string (one copy of it),
    /// and their ids in that order, for the facts' rows.
    fileprivate static func readArticles(_ r: inout BinaryReader) throws -> ([String: ArticleInfo], [ArticleID]) {
        let n = try r.count()
        var out: [String: ArticleInfo] = Dictionary(minimumCapacity: n)
        var ids: [ArticleID] = []
        ids.reserveCapacity(n)
        for _ in 0..<n {
            let info = try r.read(ArticleInfo.self)
            guard ids.last.map({ $0.rawValue < info.article.rawValue }) ?? true else {
                throw SnapshotDecodingError(description: "the snapshot's articles are out of order at \(info.article)")
            }
            ids.append(info.article)
            out[info.article.rawValue] = info
        }
        return (out, ids)
    }

    /// The fact table as its section holds it, and each row's article's place (−1 for none, or
    /// for an article named by its id), which `FactTable.setArticles` resolves.
    fileprivate static func readFacts(_ r: inout BinaryReader) throws -> (FactTable, [Int32]) {
        let n = try r.count()
        var rows: [FactTable.Row] = []
        var places: [Int32] = []
        rows.reserveCapacity(n)
        places.reserveCapacity(n)
        // (Each row's fact starts where the last one's ends: set as the rows are read, not in a
        // copy of them.)
        var start = 0
        for _ in 0..<n {
            var (row, place) = try FactTable.Row.read(from: &r)
            row.factStart = start
            start += Int(row.factLength)
            rows.append(row)
            places.append(place)
        }
        let encoded = try r.raw(try r.count())
        return (try FactTable(rows: rows, encoded: encoded), places)
    }
}

// MARK: - The facts

extension ArticleID: BinaryCodable {
    func write(to w: inout BinaryWriter) { w.write(rawValue) }
    init(from r: inout BinaryReader) throws { self.init(try r.string()) }
}

extension FactID: BinaryCodable {
    func write(to w: inout BinaryWriter) { w.write(rawValue) }
    init(from r: inout BinaryReader) throws { self.init(try r.string()) }
}

/// A date as its day number (days since 1970-01-01), between the first and last days a
/// `YYYY-MM-DD` date can name. (Parsing dates from text took an eighth of a restore.)
extension CivilDate: BinaryCodable {
    static let binaryRange = CivilDate(stringLiteral: "0000-01-01").days...CivilDate(stringLiteral: "9999-12-31").days

    func write(to w: inout BinaryWriter) { w.write(days) }
    init(from r: inout BinaryReader) throws {
        let days = try r.int()
        guard Self.binaryRange.contains(days) else {
            throw SnapshotDecodingError(description: "the snapshot's projections hold day \(days), which is no date")
        }
        self.init(days: days)
    }
}

extension Party: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        switch self {
        case .country(let code):
            w.write(UInt64(0))
            w.write(code.rawValue)
        case .company(let name):
            w.write(UInt64(1))
            w.write(name)
        case .organization(let name):
            w.write(UInt64(2))
            w.write(name)
        }
    }

    init(from r: inout BinaryReader) throws {
        switch try r.uint() {
        case 0: self = .country(CountryCode(unchecked: try r.string()))
        case 1: self = .company(try r.string())
        case 2: self = .organization(try r.string())
        case let tag: throw SnapshotDecodingError(description: "the snapshot's projections hold a party of kind \(tag)")
        }
    }
}

extension Money: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(amount)
        w.write(currency.code)
        w.write(case: qualifier)
        w.write(upper)
    }

    init(from r: inout BinaryReader) throws {
        let amount = try r.decimal()
        let code = try r.string()
        guard let currency = Currency(code) else {
            throw SnapshotDecodingError(description: "the snapshot's projections hold the currency \"\(code)\"")
        }
        self.init(amount, currency, try r.enumCase(Qualifier.self))
        upper = try r.optional { try $0.decimal() }
    }
}

extension Share: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(percent)
        w.write(case: qualifier)
        w.write(of)
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            percent: try r.decimal(), qualifier: try r.enumCase(Money.Qualifier.self),
            of: try r.optional { try $0.string() })
    }
}

extension Change: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(text)
        w.write(factor)
        w.write(percent)
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            text: try r.string(), factor: try r.optional { try $0.decimal() },
            percent: try r.optional { try $0.decimal() })
    }
}

extension InvestmentFigure.Count: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(value)
        w.write(case: qualifier)
    }

    init(from r: inout BinaryReader) throws { self.init(try r.int(), try r.enumCase(Money.Qualifier.self)) }
}

extension Agreement: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(parties)
        w.write(case: kind)
        w.write(title)
        w.write(value)
        w.write(case: status)
        w.write(sectors)
        w.write(date)
        w.write(brokeredBy)
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            parties: try r.array { try $0.read(Party.self) }, kind: try r.enumCase(Kind.self), title: try r.string(),
            value: try r.optional { try $0.read(Money.self) }, status: try r.enumCase(Status.self),
            sectors: try r.array { try $0.string() },
            date: try r.optional { try $0.read(CivilDate.self) }, brokeredBy: try r.optional { try $0.read(Party.self) }
        )
    }
}

extension TradeFigure: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(parties)
        w.write(value)
        w.write(period)
        w.write(case: direction)
        w.write(commodity)
        w.write(share)
        w.write(change)
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            parties: try r.array { try $0.read(Party.self) }, value: try r.optional { try $0.read(Money.self) },
            period: try r.optional { try $0.string() },
            direction: try r.enumCase(Direction.self), commodity: try r.optional { try $0.string() },
            share: try r.optional { try $0.read(Share.self) }, change: try r.optional { try $0.read(Change.self) })
    }
}

extension InvestmentFigure: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(investor)
        w.write(recipient)
        w.write(value)
        w.write(cumulative)
        w.write(share)
        w.write(companyCount)
        w.write(rank)
        w.write(period)
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            investor: try r.read(), recipient: try r.read(), value: try r.optional { try $0.read(Money.self) },
            cumulative: try r.bool(),
            share: try r.optional { try $0.read(Share.self) }, companyCount: try r.optional { try $0.read(Count.self) },
            rank: try r.optional { try $0.int() }, period: try r.optional { try $0.string() })
    }
}

extension Fact: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        switch self {
        case .agreement(let a):
            w.write(UInt64(0))
            a.write(to: &w)
        case .trade(let t):
            w.write(UInt64(1))
            t.write(to: &w)
        case .investment(let i):
            w.write(UInt64(2))
            i.write(to: &w)
        }
    }

    init(from r: inout BinaryReader) throws {
        switch try r.uint() {
        case 0: self = .agreement(try r.read())
        case 1: self = .trade(try r.read())
        case 2: self = .investment(try r.read())
        case let tag: throw SnapshotDecodingError(description: "the snapshot's projections hold a fact of kind \(tag)")
        }
    }
}

extension StoredFact.StepRef: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(case: action)
        w.write(sequence)
    }

    init(from r: inout BinaryReader) throws {
        self.init(action: try r.enumCase(FactRecord.Step.Action.self), sequence: try r.uint())
    }
}

// MARK: - Checking a fact's bytes without building it

// A restore checks each fact's encoding once (the fact table decodes it again whenever it is
// read, and must never find it damaged then). These step over the bytes exactly as the
// decoders above read them, throwing where they throw, without making the strings and arrays;
// FactSkipTests holds them to the decoders on random and damaged encodings.

extension Party {
    static func skip(_ r: inout BinaryReader) throws {
        switch try r.uint() {
        case 0, 1, 2: try r.skipString()
        case let tag: throw SnapshotDecodingError(description: "the snapshot's projections hold a party of kind \(tag)")
        }
    }
}

extension CivilDate {
    static func skip(_ r: inout BinaryReader) throws { _ = try r.read(CivilDate.self) }
}

extension Money {
    static func skip(_ r: inout BinaryReader) throws {
        try r.skipDecimal()
        let code = try r.string()
        guard Currency(code) != nil else {
            throw SnapshotDecodingError(description: "the snapshot's projections hold the currency \"\(code)\"")
        }
        _ = try r.enumCase(Qualifier.self)
        try r.skipOptional { try $0.skipDecimal() }
    }
}

extension Share {
    static func skip(_ r: inout BinaryReader) throws {
        try r.skipDecimal()
        _ = try r.enumCase(Money.Qualifier.self)
        try r.skipOptional { try $0.skipString() }
    }
}

extension Change {
    static func skip(_ r: inout BinaryReader) throws {
        try r.skipString()
        try r.skipOptional { try $0.skipDecimal() }
        try r.skipOptional { try $0.skipDecimal() }
    }
}

extension Fact {
    /// Steps over a fact's encoding; returns its kind.
    static func skip(_ r: inout BinaryReader) throws -> Kind {
        switch try r.uint() {
        case 0:
            try r.skipArray(Party.skip)
            _ = try r.enumCase(Agreement.Kind.self)
            try r.skipString()
            try r.skipOptional(Money.skip)
            _ = try r.enumCase(Agreement.Status.self)
            try r.skipArray { try $0.skipString() }
            try r.skipOptional(CivilDate.skip)
            try r.skipOptional(Party.skip)
            return .agreement
        case 1:
            try r.skipArray(Party.skip)
            try r.skipOptional(Money.skip)
            try r.skipOptional { try $0.skipString() }
            _ = try r.enumCase(TradeFigure.Direction.self)
            try r.skipOptional { try $0.skipString() }
            try r.skipOptional(Share.skip)
            try r.skipOptional(Change.skip)
            return .trade
        case 2:
            try Party.skip(&r)
            try Party.skip(&r)
            try r.skipOptional(Money.skip)
            _ = try r.bool()
            try r.skipOptional(Share.skip)
            try r.skipOptional { r in
                _ = try r.int()
                _ = try r.enumCase(Money.Qualifier.self)
            }
            try r.skipOptional { _ = try $0.int() }
            try r.skipOptional { try $0.skipString() }
            return .investment
        case let tag: throw SnapshotDecodingError(description: "the snapshot's projections hold a fact of kind \(tag)")
        }
    }
}

extension FactTable.Row {
    /// Its fields but `factStart`: a snapshot's facts lie one after another, in row order.
    func write(to w: inout BinaryWriter) {
        w.write(id)
        w.write(case: kind)
        w.write(case: state)
        // Its article: 0 for none, 1 and its place among the snapshot's articles, or 2 and its id
        // (a fact whose article the projections do not know, from a damaged or hand-made log).
        if let article {
            if let place = w.articlePlaces[article.rawValue] {
                w.write(UInt64(1))
                w.write(UInt64(place))
            } else {
                w.write(UInt64(2))
                w.write(article)
            }
        } else {
            w.write(UInt64(0))
        }
        w.write(firstSequence)
        w.write(case: firstAction)
        w.write(reported)
        w.write(origin)
        w.write(Int(evidenceCount))
        w.write(laterSteps)
        w.write(UInt64(factLength))
    }

    /// A row as `write(to:)` gives it, and its article's place among the snapshot's articles
    /// (−1 if it names none, or names it by id); the article is set from its place later.
    static func read(from r: inout BinaryReader) throws -> (FactTable.Row, Int32) {
        let id = try r.read(FactID.self)
        let kind = try r.enumCase(Fact.Kind.self)
        let state = try r.enumCase(FactRecord.State.self)
        var (article, place): (ArticleID?, Int32) = (nil, -1)
        switch try r.uint() {
        case 0: break
        case 1:
            let value = try r.uint()
            guard let p = Int32(exactly: value) else {
                throw SnapshotDecodingError(description: "a fact's row names article \(value)")
            }
            place = p
        case 2: article = try r.read(ArticleID.self)
        case let tag: throw SnapshotDecodingError(description: "a fact's row has article tag \(tag)")
        }
        let firstSequence = try r.uint()
        let firstAction = try r.enumCase(FactRecord.Step.Action.self)
        let reported = try r.read(CivilDate.self)
        let origin = try r.uint()
        let evidence = try r.int()
        guard let evidenceCount = Int32(exactly: evidence), evidenceCount >= 0 else {
            throw SnapshotDecodingError(description: "the snapshot's fact \(id) has \(evidence) pieces of evidence")
        }
        let laterSteps = try r.array { try $0.read(StoredFact.StepRef.self) }
        let length = try r.uint()
        guard let factLength = UInt32(exactly: length) else {
            throw SnapshotDecodingError(description: "the snapshot's fact \(id) takes \(length) bytes")
        }
        let row = FactTable.Row(
            id: id, article: article, firstSequence: firstSequence, origin: origin, factStart: 0,
            laterSteps: laterSteps, reported: reported, evidenceCount: evidenceCount, factLength: factLength,
            state: state, kind: kind, firstAction: firstAction)
        return (row, place)
    }
}

extension ArticleInfo: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(article)
        w.write(language.rawValue)
        w.write(url)
        w.write(source)
        w.write(published)
        w.write(sequence)
        w.write(retracted)
        w.write(facts)
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            article: try r.read(), language: Language(try r.string()), url: try r.optional { try $0.string() },
            source: try r.optional { try $0.string() },
            published: try r.optional { try $0.read(CivilDate.self) }, sequence: try r.uint(), retracted: try r.bool(),
            facts: try r.array { try $0.read(FactID.self) })
    }
}
