import Foundation

/// The canonical JSON form of an event, for export: one object per event, keys sorted, no
/// whitespace, amounts as decimal strings, text as UTF-8.
///
///     {"actor":"uid:0","data":{…},"schema_version":1,"seq":1,"time":"2025-11-07T09:00:00.000000Z","timestamp":1762506000000000,"type":"ArticleIngested"}
///
/// `data` holds the event's fields, their keys in snake_case as on the wire; `time` is `timestamp` written out
/// in UTC, for people. Decoding reads it back (it ignores `time`).
extension EventEnvelope: Codable {
    private enum CodingKeys: String, CodingKey {
        case sequence = "seq"
        case timestamp, time, actor, type
        case schemaVersion = "schema_version"
        case data
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sequence, forKey: .sequence)
        try c.encode(timestamp, forKey: .timestamp)
        try c.encode(CivilDate.timestamp(ofMicros: timestamp), forKey: .time)
        try c.encode(actor, forKey: .actor)
        try c.encode(event.typeName, forKey: .type)
        try c.encode(Event.schemaVersion, forKey: .schemaVersion)
        switch event {
        case .articleIngested(let e): try c.encode(e, forKey: .data)
        case .factExtracted(let e): try c.encode(e, forKey: .data)
        case .factAsserted(let e): try c.encode(e, forKey: .data)
        case .factCorrected(let e): try c.encode(e, forKey: .data)
        case .factRetracted(let e): try c.encode(e, forKey: .data)
        case .articleRetracted(let e): try c.encode(e, forKey: .data)
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sequence = try c.decode(UInt64.self, forKey: .sequence)
        timestamp = try c.decode(Int64.self, forKey: .timestamp)
        actor = try c.decode(String.self, forKey: .actor)
        let type = try c.decode(String.self, forKey: .type)
        event =
            switch type {
            case "ArticleIngested": .articleIngested(try c.decode(ArticleIngested.self, forKey: .data))
            case "FactExtracted": .factExtracted(try c.decode(FactExtracted.self, forKey: .data))
            case "FactAsserted": .factAsserted(try c.decode(FactAsserted.self, forKey: .data))
            case "FactCorrected": .factCorrected(try c.decode(FactCorrected.self, forKey: .data))
            case "FactRetracted": .factRetracted(try c.decode(FactRetracted.self, forKey: .data))
            case "ArticleRetracted": .articleRetracted(try c.decode(ArticleRetracted.self, forKey: .data))
            default:
                throw DecodingError.dataCorruptedError(
                    forKey: .type, in: c, debugDescription: "unknown event type \(type)")
            }
    }

    /// The canonical JSON bytes of this event (no trailing newline).
    public func canonicalJSON() -> [UInt8] {
        Array(try! CanonicalJSON.encoder.encode(self))
    }

    /// Reads an event back from its canonical JSON.
    public init(canonicalJSON bytes: [UInt8]) throws {
        self = try JSONDecoder.newsd().decode(EventEnvelope.self, from: Data(bytes))
    }
}

/// The encoder behind every canonical form: sorted keys, no whitespace, slashes unescaped.
enum CanonicalJSON {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

extension JSONDecoder {
    /// A decoder for newsd's JSON, whose keys are snake_case. It also reads the camelCase keys that
    /// releases before the typed interfaces wrote (`brokeredBy`, `companyCount`, `extractorVersion`,
    /// `dealTotals`): a capital letter in a key becomes `_` and its lower case before the key is matched.
    public static func newsd() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .custom { path in
            let key = path[path.count - 1]
            guard key.intValue == nil, key.stringValue.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else {
                return key
            }
            var snake = ""
            for c in key.stringValue {
                if c.isASCII && c.isUppercase {
                    snake.append("_")
                    snake.append(contentsOf: c.lowercased())
                } else {
                    snake.append(c)
                }
            }
            return SnakeKey(stringValue: snake)
        }
        return decoder
    }
}

private struct SnakeKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
