import Foundation

// The snapshot form of the projections and of the facts they hold; the codec and the layout are
// in BinaryCodec.swift, the views (agreements, trade, investment) in Projections+BinaryViews.swift.

extension Projections {
    static let binaryMagic = Array("NWSPROJ".utf8) + [7]

    /// The snapshot encoding (its layout: the top of BinaryCodec.swift).
    func binaryBytes() -> [UInt8] {
        var w = BinaryWriter(capacity: 1 << 20)
        w.append(raw: Self.binaryMagic)
        w.write(lastSequence)
        w.write(lastTimestamp)
        // The articles in ascending order of id (each holds its id), then the facts' rows, each
        // naming its article by its place in that list: one copy of each id, and no lookup by
        // id to restore them.
        let ordered = articles.keys.sorted()
        w.write(UInt64(ordered.count))
        for (place, id) in ordered.enumerated() {
            articles[id]!.write(to: &w)
            w.articlePlaces[id] = place
        }
        w.write(facts.rows)
        w.articlePlaces = [:]
        let encoded = facts.compactEncodings()
        w.write(UInt64(encoded.count))
        w.append(raw: encoded)
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
        articles = try Self.readArticles(&r)
        // (Each row's fact starts where the last one's ends: set as the rows are read, not in a
        // copy of them.)
        var start = 0
        let rows = try r.array { r in
            var row = try r.read(FactTable.Row.self)
            row.factStart = start
            start += Int(row.factLength)
            return row
        }
        let encoded = try r.raw(try r.count())
        r.articleIDs = []
        r.rowCount = rows.count
        // The facts' bytes are checked (each fact stepped over by `Fact.skip`) and their ids
        // indexed on one core while the views are read on the other: at a million events each
        // is about a quarter of a restore, and neither needs the other until both are done.
        nonisolated(unsafe) var table: Result<FactTable, any Error>?
        nonisolated(unsafe) var views: Result<(AgreementsProjection, TradeProjection, InvestmentProjection), any Error>?
        nonisolated(unsafe) var reader = r
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                table = Result { try FactTable(rows: rows, encoded: encoded) }
            } else {
                views = Result {
                    (
                        try AgreementsProjection(from: &reader), try TradeProjection(from: &reader),
                        try InvestmentProjection(from: &reader)
                    )
                }
            }
        }
        r = reader
        facts = try table!.get()
        (agreementView, tradeView, investmentView) = try views!.get()
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
    /// The articles, in ascending order of id, each under its own id's string (one copy of it);
    /// their ids stay in `r.articleIDs` for the facts' rows.
    fileprivate static func readArticles(_ r: inout BinaryReader) throws -> [String: ArticleInfo] {
        let n = try r.count()
        var out: [String: ArticleInfo] = Dictionary(minimumCapacity: n)
        r.articleIDs = []
        r.articleIDs.reserveCapacity(n)
        for _ in 0..<n {
            let info = try r.read(ArticleInfo.self)
            guard r.articleIDs.last.map({ $0.rawValue < info.article.rawValue }) ?? true else {
                throw SnapshotDecodingError(description: "the snapshot's articles are out of order at \(info.article)")
            }
            r.articleIDs.append(info.article)
            out[info.article.rawValue] = info
        }
        return out
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

extension FactTable.Row: BinaryCodable {
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

    init(from r: inout BinaryReader) throws {
        id = try r.read(FactID.self)
        kind = try r.enumCase(Fact.Kind.self)
        state = try r.enumCase(FactRecord.State.self)
        article = try Self.article(&r)
        firstSequence = try r.uint()
        firstAction = try r.enumCase(FactRecord.Step.Action.self)
        reported = try r.read(CivilDate.self)
        origin = try r.uint()
        let evidence = try r.int()
        guard let count = Int32(exactly: evidence), count >= 0 else {
            throw SnapshotDecodingError(description: "the snapshot's fact \(id) has \(evidence) pieces of evidence")
        }
        evidenceCount = count
        laterSteps = try r.array { try $0.read(StoredFact.StepRef.self) }
        let length = try r.uint()
        guard let factLength = UInt32(exactly: length) else {
            throw SnapshotDecodingError(description: "the snapshot's fact \(id) takes \(length) bytes")
        }
        self.factLength = factLength
        factStart = 0
    }
}

extension FactTable.Row {
    /// A row's article, as `write(to:)` gives it.
    fileprivate static func article(_ r: inout BinaryReader) throws -> ArticleID? {
        switch try r.uint() {
        case 0: return nil
        case 1:
            let place = try r.uint()
            guard place < UInt64(r.articleIDs.count) else {
                throw SnapshotDecodingError(description: "a fact's row names article \(place) of \(r.articleIDs.count)")
            }
            return r.articleIDs[Int(place)]
        case 2: return try r.read(ArticleID.self)
        case let tag: throw SnapshotDecodingError(description: "a fact's row has article tag \(tag)")
        }
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
