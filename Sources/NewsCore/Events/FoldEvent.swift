import Foundation

/// What the projections read of an event. The article's text, the evidence's sentences and
/// offsets, confidence, extractor version, notes and reasons stay in the log: the projections
/// keep sequence numbers and counts, and read the rest from the log when a query asks for it.
public enum FoldEvent: Hashable, Sendable {
    case articleIngested(article: ArticleID, language: Language, url: String?, source: String?, published: String?)
    case factExtracted(id: FactID, article: ArticleID, fact: Fact, evidenceCount: Int, supersedes: [FactID])
    /// `evidenceArticle` is the article of its first piece of evidence, if any.
    case factAsserted(id: FactID, fact: Fact, evidenceArticle: ArticleID?, evidenceCount: Int)
    case factCorrected(id: FactID, fact: Fact)
    case factRetracted(id: FactID)
    case articleRetracted(article: ArticleID)

    public init(_ event: Event) {
        switch event {
        case .articleIngested(let e):
            self = .articleIngested(
                article: e.article, language: e.language, url: e.url, source: e.source, published: e.published)
        case .factExtracted(let e):
            self = .factExtracted(
                id: e.id, article: e.article, fact: e.fact, evidenceCount: e.evidence.count, supersedes: e.supersedes)
        case .factAsserted(let e):
            self = .factAsserted(
                id: e.id, fact: e.fact, evidenceArticle: e.evidence.first?.article, evidenceCount: e.evidence.count)
        case .factCorrected(let e): self = .factCorrected(id: e.id, fact: e.fact)
        case .factRetracted(let e): self = .factRetracted(id: e.id)
        case .articleRetracted(let e): self = .articleRetracted(article: e.article)
        }
    }
}

extension EventCodec {
    /// What the projections read of an event (`FoldEvent`), from its payload in place.
    ///
    /// Equal to `FoldEvent(decode(type:schemaVersion:payload:))`, and it throws where that
    /// throws, with the same error. A payload in the form `encode` writes is read in one pass
    /// over its bytes, without protobuf messages: the fields the projections keep become values,
    /// and the others are only checked (UTF-8, and the confidence a decimal). Anything else (an
    /// unknown or repeated field, a wire type out of place, a value that does not convert) goes
    /// to `decode`, which decides. `type` is the record's event type, as UTF-8.
    public static func foldEvent(type: UnsafeRawBufferPointer, schemaVersion: UInt16, payload: UnsafeRawBufferPointer)
        throws(EventDecodingError) -> FoldEvent
    {
        if let event = fastFoldEvent(type: type, schemaVersion: schemaVersion, payload: payload) { return event }
        guard let name = String(validating: type, as: UTF8.self) else {
            throw EventDecodingError("an event type that is not UTF-8")
        }
        return FoldEvent(try decode(type: name, schemaVersion: schemaVersion, payload: Array(payload)))
    }

    /// The one pass alone: nil for a payload that `decode` must judge.
    static func fastFoldEvent(type: UnsafeRawBufferPointer, schemaVersion: UInt16, payload: UnsafeRawBufferPointer)
        -> FoldEvent?
    {
        guard schemaVersion >= 1 && schemaVersion <= Event.schemaVersion, let kind = Event.Kind(utf8: type) else {
            return nil
        }
        var wire = Wire(payload)
        return try? kind.read(&wire)
    }
}

extension Event.Kind {
    /// The types' names as UTF-8, in `allCases` order.
    private static let names: [[UInt8]] = allCases.map { Array($0.rawValue.utf8) }

    /// The type a record names by these UTF-8 bytes.
    fileprivate init?(utf8 type: UnsafeRawBufferPointer) {
        guard let i = Self.names.firstIndex(where: { $0.elementsEqual(type) }) else { return nil }
        self = Self.allCases[i]
    }

    /// The event from a whole payload; throws `NotCanonical` for anything `decode` should judge.
    fileprivate func read(_ w: inout Wire) throws(NotCanonical) -> FoldEvent {
        switch self {
        case .articleIngested:
            var article: String?
            var language: String?
            var url: String?
            var source: String?
            var published: String?
            while let (field, type) = try w.field() {
                switch field {
                case 1: try once(&article, w.string(type))
                case 2: try w.checkString(type)  // the text, which stays in the log
                case 3: try once(&language, w.string(type))
                case 4: try once(&url, w.string(type))
                case 5: try once(&source, w.string(type))
                case 6: try once(&published, w.string(type))
                default: throw NotCanonical()
                }
            }
            return .articleIngested(
                article: ArticleID(article ?? ""), language: Language(language ?? ""), url: url, source: source,
                published: published)

        case .factExtracted:
            var id: String?
            var article: String?
            var fact: Fact?
            var confidence: String?
            var evidence = 0
            var supersedes: [FactID] = []
            while let (field, type) = try w.field() {
                switch field {
                case 1: try once(&id, w.string(type))
                case 2: try once(&article, w.string(type))
                case 3: try once(&fact, w.message(type, Fact.folded(from:)))
                case 4:
                    _ = try w.message(type, Wire.evidenceArticle)
                    evidence += 1
                case 5: try once(&confidence, w.string(type))
                case 6: try w.checkString(type)
                case 7: supersedes.append(FactID(try w.string(type)))
                default: throw NotCanonical()
                }
            }
            guard Decimal(exactly: confidence ?? "") != nil else { throw NotCanonical() }
            return .factExtracted(
                id: FactID(id ?? ""), article: ArticleID(article ?? ""), fact: try present(fact),
                evidenceCount: evidence, supersedes: supersedes)

        case .factAsserted:
            var id: String?
            var fact: Fact?
            var first: String?
            var evidence = 0
            while let (field, type) = try w.field() {
                switch field {
                case 1: try once(&id, w.string(type))
                case 2: try once(&fact, w.message(type, Fact.folded(from:)))
                case 3:
                    let article = try w.message(type, Wire.evidenceArticle)
                    if evidence == 0 { first = article }
                    evidence += 1
                case 4: try w.checkString(type)
                default: throw NotCanonical()
                }
            }
            return .factAsserted(
                id: FactID(id ?? ""), fact: try present(fact), evidenceArticle: first.map { ArticleID($0) },
                evidenceCount: evidence)

        case .factCorrected:
            var id: String?
            var fact: Fact?
            while let (field, type) = try w.field() {
                switch field {
                case 1: try once(&id, w.string(type))
                case 2: try once(&fact, w.message(type, Fact.folded(from:)))
                case 3: try w.checkString(type)
                default: throw NotCanonical()
                }
            }
            return .factCorrected(id: FactID(id ?? ""), fact: try present(fact))

        case .factRetracted, .articleRetracted:
            var id: String?
            while let (field, type) = try w.field() {
                switch field {
                case 1: try once(&id, w.string(type))
                case 2: try w.checkString(type)
                default: throw NotCanonical()
                }
            }
            return self == .factRetracted
                ? .factRetracted(id: FactID(id ?? "")) : .articleRetracted(article: ArticleID(id ?? ""))
        }
    }
}

/// A payload, or a value in it, that the fast path leaves to `EventCodec.decode`.
private struct NotCanonical: Error {}

/// Reads protobuf's wire format over bytes in place, as far as the fold needs: fields by number
/// and wire type, varints, and length-delimited strings and messages.
private struct Wire {
    static let varint: UInt8 = 0
    static let delimited: UInt8 = 2

    let bytes: UnsafeRawBufferPointer
    var at = 0
    var end: Int

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        end = bytes.count
    }

    /// The next field's number and wire type, or nil at the end of the message.
    mutating func field() throws(NotCanonical) -> (Int, UInt8)? {
        guard at < end else { return nil }
        let key = try varint()
        guard key >> 3 > 0, key >> 3 < 1 << 29 else { throw NotCanonical() }
        return (Int(key >> 3), UInt8(key & 7))
    }

    mutating func varint() throws(NotCanonical) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while at < end {
            let byte = bytes[at]
            at += 1
            // A tenth byte may only carry the top bit; protobuf reads no longer varints.
            guard shift < 63 || byte <= 1 else { throw NotCanonical() }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        throw NotCanonical()
    }

    /// The bytes of a length-delimited field.
    mutating func delimited(_ type: UInt8) throws(NotCanonical) -> Range<Int> {
        guard type == Self.delimited else { throw NotCanonical() }
        let length = try varint()
        guard length <= UInt64(end - at) else { throw NotCanonical() }
        let range = at..<(at + Int(length))
        at = range.upperBound
        return range
    }

    mutating func string(_ type: UInt8) throws(NotCanonical) -> String {
        let range = try delimited(type)
        guard let text = String(validating: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self) else {
            throw NotCanonical()
        }
        return text
    }

    /// Steps over a string after checking that it is UTF-8, as `decode` would, without making it.
    mutating func checkString(_ type: UInt8) throws(NotCanonical) {
        let range = try delimited(type)
        let span = UnsafeRawBufferPointer(rebasing: bytes[range]).bindMemory(to: UInt8.self).span
        do { _ = try UTF8Span(validating: span) } catch { throw NotCanonical() }
    }

    mutating func int64(_ type: UInt8) throws(NotCanonical) -> Int64 {
        guard type == Self.varint else { throw NotCanonical() }
        return Int64(bitPattern: try varint())
    }

    /// Reads an embedded message with `read`, which sees only its bytes.
    mutating func message<T>(_ type: UInt8, _ read: (inout Wire) throws(NotCanonical) -> T) throws(NotCanonical)
        -> T
    {
        let range = try delimited(type)
        let outer = end
        end = range.upperBound
        at = range.lowerBound
        let value = try read(&self)
        guard at == end else { throw NotCanonical() }
        end = outer
        return value
    }

    /// A piece of evidence, checked; its article.
    static func evidenceArticle(_ w: inout Wire) throws(NotCanonical) -> String {
        var article: String?
        var sentence = false
        var start = false
        var end = false
        while let (field, type) = try w.field() {
            switch field {
            case 1: try once(&article, w.string(type))
            case 2:
                guard !sentence else { throw NotCanonical() }
                sentence = true
                try w.checkString(type)
            case 3:
                guard !start else { throw NotCanonical() }
                start = true
                _ = try w.int64(type)
            case 4:
                guard !end else { throw NotCanonical() }
                end = true
                _ = try w.int64(type)
            default: throw NotCanonical()
            }
        }
        return article ?? ""
    }
}

extension Fact {
    /// A fact from its message, converted as `Fact(_: Newsd_V1_Fact)` converts it.
    fileprivate static func folded(from w: inout Wire) throws(NotCanonical) -> Fact {
        var fact: Fact?
        while let (field, type) = try w.field() {
            switch field {
            case 1: try once(&fact, .agreement(w.message(type, Agreement.folded(from:))))
            case 2: try once(&fact, .trade(w.message(type, TradeFigure.folded(from:))))
            case 3: try once(&fact, .investment(w.message(type, InvestmentFigure.folded(from:))))
            default: throw NotCanonical()
            }
        }
        // A fact of no kind is an error `decode` names.
        guard let fact else { throw NotCanonical() }
        return fact
    }
}

extension Agreement {
    fileprivate static func folded(from w: inout Wire) throws(NotCanonical) -> Agreement {
        var parties: [Party] = []
        var sectors: [String] = []
        var kind: String?
        var title: String?
        var value: Money?
        var status: String?
        var date: String?
        var broker: String?
        while let (field, type) = try w.field() {
            switch field {
            case 1: parties.append(try party(w.string(type)))
            case 2: try once(&kind, w.string(type))
            case 3: try once(&title, w.string(type))
            case 4: try once(&value, w.message(type, Money.folded(from:)))
            case 5: try once(&status, w.string(type))
            case 6: sectors.append(try w.string(type))
            case 7: try once(&date, w.string(type))
            case 8: try once(&broker, w.string(type))
            default: throw NotCanonical()
            }
        }
        return Agreement(
            parties: parties, kind: try known(kind), title: title ?? "", value: value, status: try known(status),
            sectors: sectors, date: try date.map(civilDate), brokeredBy: try broker.map(party))
    }
}

extension TradeFigure {
    fileprivate static func folded(from w: inout Wire) throws(NotCanonical) -> TradeFigure {
        var parties: [Party] = []
        var value: Money?
        var period: String?
        var direction: String?
        var commodity: String?
        var share: Share?
        var change: Change?
        while let (field, type) = try w.field() {
            switch field {
            case 1: parties.append(try party(w.string(type)))
            case 2: try once(&value, w.message(type, Money.folded(from:)))
            case 3: try once(&period, w.string(type))
            case 4: try once(&direction, w.string(type))
            case 5: try once(&commodity, w.string(type))
            case 6: try once(&share, w.message(type, Share.folded(from:)))
            case 7: try once(&change, w.message(type, Change.folded(from:)))
            default: throw NotCanonical()
            }
        }
        return TradeFigure(
            parties: parties, value: value, period: period, direction: try known(direction), commodity: commodity,
            share: share, change: change)
    }
}

extension InvestmentFigure {
    fileprivate static func folded(from w: inout Wire) throws(NotCanonical) -> InvestmentFigure {
        var investor: String?
        var recipient: String?
        var value: Money?
        var cumulative: Bool?
        var share: Share?
        var count: InvestmentFigure.Count?
        var rank: Int64?
        var period: String?
        while let (field, type) = try w.field() {
            switch field {
            case 1: try once(&investor, w.string(type))
            case 2: try once(&recipient, w.string(type))
            case 3: try once(&value, w.message(type, Money.folded(from:)))
            case 4: try once(&cumulative, w.int64(type) != 0)
            case 5: try once(&share, w.message(type, Share.folded(from:)))
            case 6: try once(&count, w.message(type, Self.count))
            case 7: try once(&rank, w.int64(type))
            case 8: try once(&period, w.string(type))
            default: throw NotCanonical()
            }
        }
        return InvestmentFigure(
            investor: try party(investor ?? ""), recipient: try party(recipient ?? ""), value: value,
            cumulative: cumulative ?? false, share: share, companyCount: count, rank: rank.map { Int($0) },
            period: period)
    }

    private static func count(_ w: inout Wire) throws(NotCanonical) -> Count {
        var value: Int64?
        var qualifier: String?
        while let (field, type) = try w.field() {
            switch field {
            case 1: try once(&value, w.int64(type))
            case 2: try once(&qualifier, w.string(type))
            default: throw NotCanonical()
            }
        }
        return Count(Int(value ?? 0), try known(qualifier))
    }
}

extension Money {
    fileprivate static func folded(from w: inout Wire) throws(NotCanonical) -> Money {
        var amount: String?
        var currency: String?
        var qualifier: String?
        var upper: String?
        while let (field, type) = try w.field() {
            switch field {
            case 1: try once(&amount, w.string(type))
            case 2: try once(&currency, w.string(type))
            case 3: try once(&qualifier, w.string(type))
            case 4: try once(&upper, w.string(type))
            default: throw NotCanonical()
            }
        }
        guard let code = Currency(currency ?? "") else { throw NotCanonical() }
        var money = Money(try decimal(amount ?? ""), code, try known(qualifier))
        if let upper { money.upper = try decimal(upper) }
        return money
    }
}

extension Share {
    fileprivate static func folded(from w: inout Wire) throws(NotCanonical) -> Share {
        var percent: String?
        var qualifier: String?
        var of: String?
        while let (field, type) = try w.field() {
            switch field {
            case 1: try once(&percent, w.string(type))
            case 2: try once(&qualifier, w.string(type))
            case 3: try once(&of, w.string(type))
            default: throw NotCanonical()
            }
        }
        return Share(percent: try decimal(percent ?? ""), qualifier: try known(qualifier), of: of)
    }
}

extension Change {
    fileprivate static func folded(from w: inout Wire) throws(NotCanonical) -> Change {
        var text: String?
        var factor: String?
        var percent: String?
        while let (field, type) = try w.field() {
            switch field {
            case 1: try once(&text, w.string(type))
            case 2: try once(&factor, w.string(type))
            case 3: try once(&percent, w.string(type))
            default: throw NotCanonical()
            }
        }
        return Change(text: text ?? "", factor: try factor.map(decimal), percent: try percent.map(decimal))
    }
}

/// Sets a field that may appear once: protobuf takes the last of repeated scalars and merges
/// repeated messages, which `decode` does, not this.
private func once<T>(_ slot: inout T?, _ value: T) throws(NotCanonical) {
    guard slot == nil else { throw NotCanonical() }
    slot = value
}

/// A message field that must be there: without it, `decode` names the error.
private func present<T>(_ value: T?) throws(NotCanonical) -> T {
    guard let value else { throw NotCanonical() }
    return value
}

private func decimal(_ text: String) throws(NotCanonical) -> Decimal {
    guard let value = Decimal(exactly: text) else { throw NotCanonical() }
    return value
}

/// An enum's case from its raw value; a field left out is the empty string, as in protobuf.
private func known<T: RawRepresentable<String>>(_ text: String?) throws(NotCanonical) -> T {
    guard let value = T(rawValue: text ?? "") else { throw NotCanonical() }
    return value
}

private func party(_ text: String) throws(NotCanonical) -> Party {
    do { return try Party(parsing: text) } catch { throw NotCanonical() }
}

private func civilDate(_ text: String) throws(NotCanonical) -> CivilDate {
    guard let date = CivilDate(text) else { throw NotCanonical() }
    return date
}
