import Foundation

// The snapshot encoding of the projections: a compact binary form, written and read field by
// field, in place of the sorted-key JSON the snapshots first used (at a million events that
// JSON took minutes and gigabytes to write, and restoring it was slower than a replay). A change
// to the projections' stored fields changes this form: bump the version byte after the magic, and
// newsd will replay past snapshots of the old version instead of misreading them.
//
// Layout: the magic "NWSPROJ" and a version byte, then the fields of `Projections` in order.
// Unsigned integers are LEB128 varints, signed ones zigzag varints; a string is its UTF-8
// length and bytes; an optional is a 0/1 byte and the value; an array its count and its
// elements; a dictionary its count and its pairs in ascending key order (so equal states give
// equal bytes however they were built); an enum its raw value; a Decimal its 20 bytes as
// Foundation lays them out. Indexes that queries use are rebuilt when read, never stored.

/// Appends the binary form.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    mutating func write(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))) }
    mutating func write(_ value: Int64) { write(Int(value)) }
    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func write(_ value: String) {
        var s = value
        s.withUTF8 { utf8 in
            write(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(_ value: Decimal) {
        withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
    }

    mutating func write<T: BinaryCodable>(_ value: T) { value.write(to: &self) }

    mutating func write<T: BinaryCodable>(_ value: T?) {
        write(value != nil)
        if let value { value.write(to: &self) }
    }

    mutating func write(_ value: String?) {
        write(value != nil)
        if let value { write(value) }
    }

    mutating func write(_ value: Decimal?) {
        write(value != nil)
        if let value { write(value) }
    }

    mutating func write(_ value: Int?) {
        write(value != nil)
        if let value { write(value) }
    }

    mutating func write<T: BinaryCodable>(_ values: [T]) {
        write(UInt64(values.count))
        for v in values { v.write(to: &self) }
    }

    mutating func write(_ values: [String]) {
        write(UInt64(values.count))
        for v in values { write(v) }
    }

    /// A dictionary: its count, then its pairs in ascending key order, each value by `writeValue`.
    mutating func write<V>(_ values: [String: V], _ writeValue: (inout BinaryWriter, V) -> Void) {
        write(UInt64(values.count))
        for key in values.keys.sorted() {
            write(key)
            writeValue(&self, values[key]!)
        }
    }

    mutating func write<T: BinaryCodable>(_ values: [String: T]) { write(values) { $1.write(to: &$0) } }

    mutating func write<T: RawRepresentable>(case value: T) where T.RawValue == String { write(value.rawValue) }

    mutating func append(raw: [UInt8]) { bytes.append(contentsOf: raw) }
}

/// A snapshot that cannot be read: cut short, or holding something no writer wrote.
public struct SnapshotDecodingError: Error, CustomStringConvertible {
    public var description: String
}

/// Reads the binary form.
struct BinaryReader {
    private let bytes: [UInt8]
    private var offset: Int

    init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset == bytes.count }

    private func fail(_ what: String) -> SnapshotDecodingError {
        SnapshotDecodingError(description: "the snapshot's projections are damaged at byte \(offset): \(what)")
    }

    mutating func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw fail("cut short") }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func uint() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw fail("a number too long") }
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
        }
    }

    mutating func int() throws -> Int {
        let raw = try uint()
        return Int(Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
    }

    mutating func int64() throws -> Int64 { Int64(try int()) }

    mutating func count() throws -> Int {
        let n = try uint()
        guard n <= UInt64(bytes.count - offset) else { throw fail("a count of \(n) with \(bytes.count - offset) bytes left") }
        return Int(n)
    }

    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        case let b: throw fail("\(b) is no boolean")
        }
    }

    mutating func string() throws -> String {
        let n = try count()
        defer { offset += n }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[offset..<offset + n]), as: UTF8.self) }
    }

    mutating func decimal() throws -> Decimal {
        let size = MemoryLayout<Decimal>.size
        guard offset + size <= bytes.count else { throw fail("cut short") }
        var value = Decimal()
        withUnsafeMutableBytes(of: &value) { raw in
            bytes.withUnsafeBytes { raw.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<offset + size])) }
        }
        offset += size
        return value
    }

    mutating func read<T: BinaryCodable>(_: T.Type = T.self) throws -> T { try T(from: &self) }

    mutating func optional<T>(_ read: (inout BinaryReader) throws -> T) throws -> T? {
        try bool() ? read(&self) : nil
    }

    mutating func array<T>(_ read: (inout BinaryReader) throws -> T) throws -> [T] {
        let n = try count()
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try read(&self)) }
        return out
    }

    mutating func dictionary<T>(_ read: (inout BinaryReader) throws -> T) throws -> [String: T] {
        let n = try count()
        var out: [String: T] = Dictionary(minimumCapacity: n)
        for _ in 0..<n {
            let key = try string()
            out[key] = try read(&self)
        }
        return out
    }

    mutating func enumCase<T: RawRepresentable>(_: T.Type) throws -> T where T.RawValue == String {
        let raw = try string()
        guard let value = T(rawValue: raw) else { throw fail("\"\(raw)\" is no \(T.self)") }
        return value
    }
}

/// A type with a binary form in snapshots.
protocol BinaryCodable {
    func write(to writer: inout BinaryWriter)
    init(from reader: inout BinaryReader) throws
}

extension Projections {
    static let binaryMagic = Array("NWSPROJ".utf8) + [1]

    /// The snapshot encoding (see the top of this file).
    func binaryBytes() -> [UInt8] {
        var w = BinaryWriter(capacity: 1 << 20)
        w.append(raw: Self.binaryMagic)
        w.write(lastSequence)
        w.write(lastTimestamp)
        w.write(facts)
        w.write(articles)
        agreementView.write(to: &w)
        tradeView.write(to: &w)
        investmentView.write(to: &w)
        w.write(unresolvedEvents)
        return w.bytes
    }

    init(binaryBytes bytes: [UInt8]) throws {
        guard bytes.starts(with: Self.binaryMagic) else { throw SnapshotDecodingError(description: "the snapshot's projections are in no form this newsd reads") }
        var r = BinaryReader(bytes, offset: Self.binaryMagic.count)
        self.init()
        lastSequence = try r.uint()
        lastTimestamp = try r.int64()
        facts = try r.dictionary { try $0.read(FactRecord.self) }
        articles = try r.dictionary { try $0.read(ArticleInfo.self) }
        agreementView = try AgreementsProjection(from: &r)
        tradeView = try TradeProjection(from: &r)
        investmentView = try InvestmentProjection(from: &r)
        unresolvedEvents = try r.uint()
        guard r.isAtEnd else { throw SnapshotDecodingError(description: "the snapshot's projections have bytes after their end") }
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

extension Party: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        switch self {
        case .country(let code): w.write(UInt64(0)); w.write(code.rawValue)
        case .company(let name): w.write(UInt64(1)); w.write(name)
        case .organization(let name): w.write(UInt64(2)); w.write(name)
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
        guard let currency = Currency(code) else { throw SnapshotDecodingError(description: "the snapshot's projections hold the currency \"\(code)\"") }
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
        self.init(percent: try r.decimal(), qualifier: try r.enumCase(Money.Qualifier.self), of: try r.optional { try $0.string() })
    }
}

extension Change: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(text)
        w.write(factor)
        w.write(percent)
    }

    init(from r: inout BinaryReader) throws {
        self.init(text: try r.string(), factor: try r.optional { try $0.decimal() }, percent: try r.optional { try $0.decimal() })
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
            value: try r.optional { try $0.read(Money.self) }, status: try r.enumCase(Status.self), sectors: try r.array { try $0.string() },
            date: try r.optional { try $0.string() }, brokeredBy: try r.optional { try $0.read(Party.self) })
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
            parties: try r.array { try $0.read(Party.self) }, value: try r.optional { try $0.read(Money.self) }, period: try r.optional { try $0.string() },
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
            investor: try r.read(), recipient: try r.read(), value: try r.optional { try $0.read(Money.self) }, cumulative: try r.bool(),
            share: try r.optional { try $0.read(Share.self) }, companyCount: try r.optional { try $0.read(Count.self) },
            rank: try r.optional { try $0.int() }, period: try r.optional { try $0.string() })
    }
}

extension Fact: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        switch self {
        case .agreement(let a): w.write(UInt64(0)); a.write(to: &w)
        case .trade(let t): w.write(UInt64(1)); t.write(to: &w)
        case .investment(let i): w.write(UInt64(2)); i.write(to: &w)
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

extension Evidence: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(article)
        w.write(sentence)
        w.write(start)
        w.write(end)
    }

    init(from r: inout BinaryReader) throws {
        self.init(article: try r.read(), sentence: try r.string(), start: try r.int(), end: try r.int())
    }
}

extension FactRecord.Step: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(case: action)
        w.write(sequence)
        w.write(timestamp)
        w.write(actor)
        w.write(reason)
        w.write(fact)
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            action: try r.enumCase(Action.self), sequence: try r.uint(), timestamp: try r.int64(), actor: try r.string(),
            reason: try r.optional { try $0.string() }, fact: try r.optional { try $0.read(Fact.self) })
    }
}

extension FactRecord: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(id)
        fact.write(to: &w)
        w.write(case: state)
        w.write(article)
        w.write(evidence)
        w.write(confidence)
        w.write(extractorVersion)
        w.write(firstSequence)
        w.write(reported)
        w.write(history)
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            id: try r.read(), fact: try r.read(), state: try r.enumCase(State.self), article: try r.optional { try $0.read(ArticleID.self) },
            evidence: try r.array { try $0.read(Evidence.self) }, confidence: try r.optional { try $0.decimal() },
            extractorVersion: try r.optional { try $0.string() }, firstSequence: try r.uint(), reported: try r.string(),
            history: try r.array { try $0.read(Step.self) })
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
            article: try r.read(), language: Language(try r.string()), url: try r.optional { try $0.string() }, source: try r.optional { try $0.string() },
            published: try r.optional { try $0.string() }, sequence: try r.uint(), retracted: try r.bool(),
            facts: try r.array { try $0.read(FactID.self) })
    }
}

// MARK: - The views

extension AgreementEntry.Step: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(case: status)
        w.write(date)
        w.write(fact)
        w.write(sequence)
    }

    init(from r: inout BinaryReader) throws {
        self.init(status: try r.enumCase(Agreement.Status.self), date: try r.string(), fact: try r.read(), sequence: try r.uint())
    }
}

extension AgreementEntry: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(id)
        w.write(parties)
        w.write(case: kind)
        w.write(title)
        w.write(value)
        w.write(case: status)
        w.write(brokeredBy)
        w.write(sectors)
        w.write(date)
        w.write(timeline)
        w.write(evidence)
        w.write(facts)
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            id: try r.string(), parties: try r.array { try $0.read(Party.self) }, kind: try r.enumCase(Agreement.Kind.self), title: try r.string(),
            value: try r.optional { try $0.read(Money.self) }, status: try r.enumCase(Agreement.Status.self),
            brokeredBy: try r.optional { try $0.read(Party.self) }, sectors: try r.array { try $0.string() }, date: try r.optional { try $0.string() },
            timeline: try r.array { try $0.read(Step.self) }, evidence: try r.array { try $0.read(Evidence.self) }, facts: try r.array { try $0.read(FactID.self) })
    }
}

extension AgreementsProjection.Member: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(fact)
        agreement.write(to: &w)
        w.write(reported)
        w.write(sequence)
        w.write(evidence)
    }

    init(from r: inout BinaryReader) throws {
        self.init(fact: try r.read(), agreement: try r.read(), reported: try r.string(), sequence: try r.uint(), evidence: try r.array { try $0.read(Evidence.self) })
    }
}

extension AgreementsProjection: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(entries)
        w.write(members) { $0.write($1) }
        w.write(groupOf) { $0.write($1) }
        w.write(candidates) { $0.write($1) }
        w.write(keyOf) { $0.write($1) }
    }

    init(from r: inout BinaryReader) throws {
        self.init()
        entries = try r.dictionary { try $0.read(AgreementEntry.self) }
        members = try r.dictionary { try $0.array { try $0.read(Member.self) } }
        groupOf = try r.dictionary { try $0.string() }
        candidates = try r.dictionary { try $0.array { try $0.string() } }
        keyOf = try r.dictionary { try $0.string() }
        // The folds trust that every agreement has members and an entry, and every member's fact its group.
        guard Set(entries.keys) == Set(members.keys), members.values.allSatisfy({ !$0.isEmpty }),
              members.allSatisfy({ group, list in list.allSatisfy { groupOf[$0.fact.rawValue] == group } }),
              groupOf.count == members.values.reduce(0, { $0 + $1.count })
        else { throw SnapshotDecodingError(description: "the snapshot's agreements do not match their members") }
        rebuildIndex()
    }
}

extension ReportOrder: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(reported)
        w.write(sequence)
    }

    init(from r: inout BinaryReader) throws { self.init(reported: try r.string(), sequence: try r.uint()) }
}

extension FactGroups: BinaryCodable where Member: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(members) { $0.write($1) }
        w.write(slots) { w, slot in
            w.write(slot.group)
            w.write(slot.index)
        }
    }

    init(from r: inout BinaryReader) throws {
        self.init()
        members = try r.dictionary { try $0.array { try $0.read(Member.self) } }
        slots = try r.dictionary { Slot(group: try $0.string(), index: try $0.int()) }
        // Every slot must point at its own member, and every member have its slot: a removal trusts them.
        for (fact, slot) in slots {
            guard let list = members[slot.group], slot.index >= 0, slot.index < list.count, list[slot.index].fact.rawValue == fact else {
                throw SnapshotDecodingError(description: "the snapshot's projections place fact \(fact) where it is not")
            }
        }
        guard slots.count == members.values.reduce(0, { $0 + $1.count }) else {
            throw SnapshotDecodingError(description: "the snapshot's projections have members without a place")
        }
    }
}

extension TradeReport: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(fact)
        w.write(value)
        w.write(share)
        w.write(change)
        w.write(article)
        w.write(source)
        w.write(reported)
        w.write(sequence)
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            fact: try r.read(), value: try r.optional { try $0.read(Money.self) }, share: try r.optional { try $0.read(Share.self) },
            change: try r.optional { try $0.read(Change.self) }, article: try r.optional { try $0.read(ArticleID.self) },
            source: try r.optional { try $0.string() }, reported: try r.string(), sequence: try r.uint())
    }
}

extension TradeProjection.Head: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(parties)
        w.write(case: direction)
        w.write(period)
        w.write(commodity)
        w.write(latest)
        newest.write(to: &w)
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            parties: try r.array { try $0.read(Party.self) }, direction: try r.enumCase(TradeFigure.Direction.self), period: try r.optional { try $0.string() },
            commodity: try r.optional { try $0.string() }, latest: try r.optional { try $0.read(TradeReport.self) }, newest: try r.read())
    }
}

extension TradeProjection: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(heads)
        groups.write(to: &w)
    }

    init(from r: inout BinaryReader) throws {
        self.init()
        heads = try r.dictionary { try $0.read(Head.self) }
        groups = try r.read()
        guard Set(heads.keys) == Set(groups.members.keys) else { throw SnapshotDecodingError(description: "the snapshot's trade figures do not match their reports") }
        rebuildIndex()
    }
}

extension InvestmentReport: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(fact)
        w.write(value)
        w.write(reported)
        w.write(sequence)
    }

    init(from r: inout BinaryReader) throws {
        self.init(fact: try r.read(), value: try r.optional { try $0.read(Money.self) }, reported: try r.string(), sequence: try r.uint())
    }
}

extension InvestmentProjection.Member: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        report.write(to: &w)
        w.write(cumulative)
        w.write(companyCount)
        w.write(share)
        w.write(rank)
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            report: try r.read(), cumulative: try r.bool(), companyCount: try r.optional { try $0.read(InvestmentFigure.Count.self) },
            share: try r.optional { try $0.read(Share.self) }, rank: try r.optional { try $0.int() })
    }
}

extension MoneySum.Running: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(amount)
        w.write(upper)
        w.write(qualifiers) { $0.write($1) }
    }

    init(from r: inout BinaryReader) throws {
        self.init(amount: try r.decimal(), upper: try r.decimal(), qualifiers: try r.dictionary { try $0.int() })
    }
}

extension InvestmentProjection.Head: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(investor)
        w.write(recipient)
        w.write(latestStock)
        w.write(deals)
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            investor: try r.read(), recipient: try r.read(), latestStock: try r.optional { try $0.read(InvestmentProjection.Member.self) },
            deals: try r.dictionary { try $0.read(MoneySum.Running.self) })
    }
}

extension InvestmentProjection.Rollup: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(party)
        w.write(stocks)
        w.write(deals)
        w.write(entries)
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            party: try r.read(), stocks: try r.dictionary { try $0.read(MoneySum.Running.self) },
            deals: try r.dictionary { try $0.read(MoneySum.Running.self) }, entries: try r.int())
    }
}

extension InvestmentProjection: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(heads)
        groups.write(to: &w)
        w.write(byInvestor)
        w.write(byRecipient)
    }

    init(from r: inout BinaryReader) throws {
        self.init()
        heads = try r.dictionary { try $0.read(Head.self) }
        groups = try r.read()
        guard Set(heads.keys) == Set(groups.members.keys) else { throw SnapshotDecodingError(description: "the snapshot's investments do not match their reports") }
        byInvestor = try r.dictionary { try $0.read(Rollup.self) }
        byRecipient = try r.dictionary { try $0.read(Rollup.self) }
    }
}
