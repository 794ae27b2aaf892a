import Foundation
import SwiftProtobuf

/// Encodes events as protobuf payloads (Schema/events.proto) and decodes them back.
public enum EventCodec {
    /// The payload bytes of an event, for a log record of type `event.typeName` and version `Event.schemaVersion`.
    public static func encode(_ event: Event) -> [UInt8] {
        let message: any SwiftProtobuf.Message =
            switch event {
            case .articleIngested(let e): e.proto
            case .factExtracted(let e): e.proto
            case .factAsserted(let e): e.proto
            case .factCorrected(let e): e.proto
            case .factRetracted(let e): e.proto
            case .articleRetracted(let e): e.proto
            }
        // Every message holds only set fields and no maps, so its bytes are deterministic.
        return try! message.serializedBytes()
    }

    /// Decodes a payload of the given event type and schema version.
    public static func decode(type: String, schemaVersion: UInt16, payload: [UInt8]) throws(EventDecodingError) -> Event
    {
        guard schemaVersion >= 1 else { throw EventDecodingError("\(type) has schema version 0, which no newsd wrote") }
        guard schemaVersion <= Event.schemaVersion else {
            throw EventDecodingError(
                "\(type) has schema version \(schemaVersion), newer than this build's \(Event.schemaVersion): upgrade newsd"
            )
        }
        do {
            switch type {
            case "ArticleIngested": return .articleIngested(try ArticleIngested(try parse(payload)))
            case "FactExtracted": return .factExtracted(try FactExtracted(try parse(payload)))
            case "FactAsserted": return .factAsserted(try FactAsserted(try parse(payload)))
            case "FactCorrected": return .factCorrected(try FactCorrected(try parse(payload)))
            case "FactRetracted": return .factRetracted(FactRetracted(try parse(payload) as Newsd_V1_FactRetracted))
            case "ArticleRetracted":
                return .articleRetracted(ArticleRetracted(try parse(payload) as Newsd_V1_ArticleRetracted))
            default: throw EventDecodingError("unknown event type \(type)")
            }
        } catch let e as EventDecodingError {
            throw e
        } catch {
            throw EventDecodingError("\(type): \(error)")
        }
    }

    private static func parse<M: SwiftProtobuf.Message>(_ payload: [UInt8]) throws -> M {
        try M(serializedBytes: payload)
    }
}

/// A payload that is not a valid event.
public struct EventDecodingError: Error, Sendable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

// MARK: - Domain to protobuf

extension Money {
    var proto: Newsd_V1_Money {
        var m = Newsd_V1_Money()
        m.amount = amount.plainText
        m.currency = currency.code
        m.qualifier = qualifier.rawValue
        if let upper { m.upper = upper.plainText }
        return m
    }

    init(_ m: Newsd_V1_Money) throws {
        guard let currency = Currency(m.currency) else { throw EventDecodingError("bad currency \(m.currency)") }
        self.init(try decimal(m.amount), currency, try enumValue(m.qualifier))
        if m.hasUpper { upper = try decimal(m.upper) }
    }
}

extension Share {
    var proto: Newsd_V1_Share {
        var m = Newsd_V1_Share()
        m.percent = percent.description
        m.qualifier = qualifier.rawValue
        if let of { m.of = of }
        return m
    }

    init(_ m: Newsd_V1_Share) throws {
        self.init(percent: try decimal(m.percent), qualifier: try enumValue(m.qualifier), of: m.hasOf ? m.of : nil)
    }
}

extension Change {
    var proto: Newsd_V1_Change {
        var m = Newsd_V1_Change()
        m.text = text
        if let factor { m.factor = factor.description }
        if let percent { m.percent = percent.description }
        return m
    }

    init(_ m: Newsd_V1_Change) throws {
        self.init(
            text: m.text, factor: m.hasFactor ? try decimal(m.factor) : nil,
            percent: m.hasPercent ? try decimal(m.percent) : nil)
    }
}

extension Fact {
    var proto: Newsd_V1_Fact {
        var m = Newsd_V1_Fact()
        switch self {
        case .agreement(let a):
            var p = Newsd_V1_Agreement()
            p.parties = a.parties.map(\.description)
            p.kind = a.kind.rawValue
            p.title = a.title
            if let value = a.value { p.value = value.proto }
            p.status = a.status.rawValue
            p.sectors = a.sectors
            if let date = a.date { p.date = date.description }
            if let broker = a.brokeredBy { p.brokeredBy = broker.description }
            m.agreement = p
        case .trade(let t):
            var p = Newsd_V1_TradeFigure()
            p.parties = t.parties.map(\.description)
            if let value = t.value { p.value = value.proto }
            if let period = t.period { p.period = period }
            p.direction = t.direction.rawValue
            if let commodity = t.commodity { p.commodity = commodity }
            if let share = t.share { p.share = share.proto }
            if let change = t.change { p.change = change.proto }
            m.trade = p
        case .investment(let i):
            var p = Newsd_V1_InvestmentFigure()
            p.investor = i.investor.description
            p.recipient = i.recipient.description
            if let value = i.value { p.value = value.proto }
            p.cumulative = i.cumulative
            if let share = i.share { p.share = share.proto }
            if let count = i.companyCount {
                var c = Newsd_V1_Count()
                c.value = Int64(count.value)
                c.qualifier = count.qualifier.rawValue
                p.companyCount = c
            }
            if let rank = i.rank { p.rank = Int64(rank) }
            if let period = i.period { p.period = period }
            m.investment = p
        }
        return m
    }

    init(_ m: Newsd_V1_Fact) throws {
        switch m.kind {
        case .agreement(let p)?:
            self = .agreement(
                Agreement(
                    parties: try p.parties.map(party), kind: try enumValue(p.kind), title: p.title,
                    value: p.hasValue ? try Money(p.value) : nil, status: try enumValue(p.status), sectors: p.sectors,
                    date: p.hasDate ? try date(p.date) : nil,
                    brokeredBy: p.hasBrokeredBy ? try party(p.brokeredBy) : nil))
        case .trade(let p)?:
            self = .trade(
                TradeFigure(
                    parties: try p.parties.map(party), value: p.hasValue ? try Money(p.value) : nil,
                    period: p.hasPeriod ? p.period : nil, direction: try enumValue(p.direction),
                    commodity: p.hasCommodity ? p.commodity : nil, share: p.hasShare ? try Share(p.share) : nil,
                    change: p.hasChange ? try Change(p.change) : nil))
        case .investment(let p)?:
            self = .investment(
                InvestmentFigure(
                    investor: try party(p.investor), recipient: try party(p.recipient),
                    value: p.hasValue ? try Money(p.value) : nil, cumulative: p.cumulative,
                    share: p.hasShare ? try Share(p.share) : nil,
                    companyCount: p.hasCompanyCount
                        ? InvestmentFigure.Count(Int(p.companyCount.value), try enumValue(p.companyCount.qualifier))
                        : nil,
                    rank: p.hasRank ? Int(p.rank) : nil, period: p.hasPeriod ? p.period : nil))
        case nil:
            throw EventDecodingError("a fact of no kind")
        }
    }
}

extension Evidence {
    var proto: Newsd_V1_Evidence {
        var m = Newsd_V1_Evidence()
        m.article = article.rawValue
        m.sentence = sentence
        m.start = Int64(start)
        m.end = Int64(end)
        return m
    }

    init(_ m: Newsd_V1_Evidence) {
        self.init(article: ArticleID(m.article), sentence: m.sentence, start: Int(m.start), end: Int(m.end))
    }
}

extension ArticleIngested {
    var proto: Newsd_V1_ArticleIngested {
        var m = Newsd_V1_ArticleIngested()
        m.article = article.rawValue
        m.text = text
        m.language = language.rawValue
        if let url { m.url = url }
        if let source { m.source = source }
        if let published { m.published = published }
        return m
    }

    init(_ m: Newsd_V1_ArticleIngested) throws {
        self.init(
            article: ArticleID(m.article), text: m.text, language: Language(m.language), url: m.hasURL ? m.url : nil,
            source: m.hasSource ? m.source : nil, published: m.hasPublished ? m.published : nil)
    }
}

extension FactExtracted {
    var proto: Newsd_V1_FactExtracted {
        var m = Newsd_V1_FactExtracted()
        m.factID = id.rawValue
        m.article = article.rawValue
        m.fact = fact.proto
        m.evidence = evidence.map(\.proto)
        m.confidence = confidence.description
        m.extractorVersion = extractorVersion
        m.supersedes = supersedes.map(\.rawValue)
        return m
    }

    init(_ m: Newsd_V1_FactExtracted) throws {
        self.init(
            id: FactID(m.factID), article: ArticleID(m.article), fact: try Fact(m.fact),
            evidence: m.evidence.map(Evidence.init),
            confidence: try decimal(m.confidence), extractorVersion: m.extractorVersion,
            supersedes: m.supersedes.map { FactID($0) })
    }
}

extension FactAsserted {
    var proto: Newsd_V1_FactAsserted {
        var m = Newsd_V1_FactAsserted()
        m.factID = id.rawValue
        m.fact = fact.proto
        m.evidence = evidence.map(\.proto)
        if let note { m.note = note }
        return m
    }

    init(_ m: Newsd_V1_FactAsserted) throws {
        self.init(
            id: FactID(m.factID), fact: try Fact(m.fact), evidence: m.evidence.map(Evidence.init),
            note: m.hasNote ? m.note : nil)
    }
}

extension FactCorrected {
    var proto: Newsd_V1_FactCorrected {
        var m = Newsd_V1_FactCorrected()
        m.factID = id.rawValue
        m.fact = fact.proto
        m.reason = reason
        return m
    }

    init(_ m: Newsd_V1_FactCorrected) throws {
        self.init(id: FactID(m.factID), fact: try Fact(m.fact), reason: m.reason)
    }
}

extension FactRetracted {
    var proto: Newsd_V1_FactRetracted {
        var m = Newsd_V1_FactRetracted()
        m.factID = id.rawValue
        m.reason = reason
        return m
    }

    init(_ m: Newsd_V1_FactRetracted) { self.init(id: FactID(m.factID), reason: m.reason) }
}

extension ArticleRetracted {
    var proto: Newsd_V1_ArticleRetracted {
        var m = Newsd_V1_ArticleRetracted()
        m.article = article.rawValue
        m.reason = reason
        return m
    }

    init(_ m: Newsd_V1_ArticleRetracted) { self.init(article: ArticleID(m.article), reason: m.reason) }
}

private func decimal(_ text: String) throws -> Decimal {
    guard let value = Decimal(exactly: text) else { throw EventDecodingError("not a decimal number: \"\(text)\"") }
    return value
}

private func enumValue<T: RawRepresentable<String>>(_ text: String) throws -> T {
    guard let value = T(rawValue: text) else { throw EventDecodingError("unknown \(T.self) \"\(text)\"") }
    return value
}

private func party(_ text: String) throws -> Party {
    do { return try Party(parsing: text) } catch { throw EventDecodingError(error.description) }
}

private func date(_ text: String) throws -> CivilDate {
    guard let date = CivilDate(text) else { throw EventDecodingError("\"\(text)\" is not a YYYY-MM-DD date") }
    return date
}
