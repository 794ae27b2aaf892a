import Foundation
import NewsCore

// Query answers written as JSON directly, byte for byte what Foundation's JSONEncoder gives with
// sorted keys and unescaped slashes (a test holds the two to that). JSONEncoder's Codable
// containers were 70% of the time of a large agreements query; this writer has none.

/// A JSON text being written.
public struct JSONOut {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = value
        s.withUTF8 { utf8 in
            var start = 0
            for (i, b) in utf8.enumerated() where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                switch b {
                case UInt8(ascii: "\""): raw("\\\"")
                case UInt8(ascii: "\\"): raw("\\\\")
                case 0x08: raw("\\b")
                case 0x0C: raw("\\f")
                case 0x0A: raw("\\n")
                case 0x0D: raw("\\r")
                case 0x09: raw("\\t")
                default:
                    raw("\\u00")
                    let hex = Hex.digits
                    bytes.append(hex[Int(b >> 4)])
                    bytes.append(hex[Int(b & 0xF)])
                }
                start = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    public mutating func number(_ value: UInt64) { bytes.append(contentsOf: String(value).utf8) }
    public mutating func number(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }
    public mutating func number(_ value: Decimal) { bytes.append(contentsOf: value.description.utf8) }

    /// `"key":` — keys are written by the callers in sorted order.
    public mutating func key(_ name: StaticString, first: Bool = false) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        raw(name)
        raw("\":")
    }

    public mutating func array<T>(_ values: [T], _ write: (inout JSONOut, T) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (i, v) in values.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            write(&self, v)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    public mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }
}

/// A value that writes itself as the JSON JSONEncoder would give it (sorted keys, nil members left out).
public protocol JSONWritable {
    func write(to out: inout JSONOut)
}

extension JSONOut {
    public mutating func value(_ v: some JSONWritable) { v.write(to: &self) }
    public mutating func values(_ vs: [some JSONWritable]) { array(vs) { $1.write(to: &$0) } }
    public mutating func strings(_ vs: [String]) { array(vs) { $0.string($1) } }
}

extension FactID: JSONWritable {
    public func write(to out: inout JSONOut) { out.string(rawValue) }
}

extension ArticleID: JSONWritable {
    public func write(to out: inout JSONOut) { out.string(rawValue) }
}

extension Party: JSONWritable {
    public func write(to out: inout JSONOut) { out.string(description) }
}

extension Money: JSONWritable {
    public func write(to out: inout JSONOut) {
        out.raw("{")
        out.key("amount", first: true)
        out.string(amount.description)
        out.key("currency")
        out.string(currency.code)
        out.key("qualifier")
        out.string(qualifier.rawValue)
        if let upper {
            out.key("upper")
            out.string(upper.description)
        }
        out.raw("}")
    }
}

extension Share: JSONWritable {
    public func write(to out: inout JSONOut) {
        out.raw("{")
        var first = true
        if let of {
            out.key("of", first: true)
            out.string(of)
            first = false
        }
        out.key("percent", first: first)
        out.number(percent)
        out.key("qualifier")
        out.string(qualifier.rawValue)
        out.raw("}")
    }
}

extension Change: JSONWritable {
    public func write(to out: inout JSONOut) {
        out.raw("{")
        var first = true
        if let factor {
            out.key("factor", first: true)
            out.number(factor)
            first = false
        }
        if let percent {
            out.key("percent", first: first)
            out.number(percent)
            first = false
        }
        out.key("text", first: first)
        out.string(text)
        out.raw("}")
    }
}

extension Evidence: JSONWritable {
    public func write(to out: inout JSONOut) {
        out.raw("{")
        out.key("article", first: true)
        out.value(article)
        out.key("end")
        out.number(end)
        out.key("sentence")
        out.string(sentence)
        out.key("start")
        out.number(start)
        out.raw("}")
    }
}

extension AgreementEntry.Step: JSONWritable {
    public func write(to out: inout JSONOut) {
        out.raw("{")
        out.key("date", first: true)
        out.string(date)
        out.key("fact")
        out.value(fact)
        out.key("sequence")
        out.number(sequence)
        out.key("status")
        out.string(status.rawValue)
        out.raw("}")
    }
}

extension AgreementEntry: JSONWritable {
    public func write(to out: inout JSONOut) {
        out.raw("{")
        var first = true
        if let brokeredBy {
            out.key("brokered_by", first: true)
            out.value(brokeredBy)
            first = false
        }
        if let date {
            out.key("date", first: first)
            out.string(date)
            first = false
        }
        out.key("evidence", first: first)
        out.values(evidence)
        out.key("facts")
        out.values(facts)
        out.key("id")
        out.string(id)
        out.key("kind")
        out.string(kind.rawValue)
        out.key("parties")
        out.values(parties)
        out.key("sectors")
        out.strings(sectors)
        out.key("status")
        out.string(status.rawValue)
        out.key("timeline")
        out.values(timeline)
        out.key("title")
        out.string(title)
        if let value {
            out.key("value")
            out.value(value)
        }
        out.raw("}")
    }
}

extension TradeReport: JSONWritable {
    public func write(to out: inout JSONOut) {
        out.raw("{")
        var first = true
        if let article {
            out.key("article", first: true)
            out.value(article)
            first = false
        }
        if let change {
            out.key("change", first: first)
            out.value(change)
            first = false
        }
        out.key("fact", first: first)
        out.value(fact)
        out.key("reported")
        out.string(reported)
        out.key("sequence")
        out.number(sequence)
        if let share {
            out.key("share")
            out.value(share)
        }
        if let source {
            out.key("source")
            out.string(source)
        }
        if let value {
            out.key("value")
            out.value(value)
        }
        out.raw("}")
    }
}

extension TradeEntry: JSONWritable {
    public func write(to out: inout JSONOut) {
        out.raw("{")
        var first = true
        if let commodity {
            out.key("commodity", first: true)
            out.string(commodity)
            first = false
        }
        out.key("direction", first: first)
        out.string(direction.rawValue)
        out.key("key")
        out.string(key)
        if let latest {
            out.key("latest")
            out.value(latest)
        }
        out.key("parties")
        out.values(parties)
        if let period {
            out.key("period")
            out.string(period)
        }
        out.key("reports")
        out.values(reports)
        if let spread {
            out.key("spread")
            out.value(spread)
        }
        out.raw("}")
    }
}

extension InvestmentRollup: JSONWritable {
    public func write(to out: inout JSONOut) {
        out.raw("{")
        out.key("deal_totals", first: true)
        out.values(dealTotals)
        out.key("entries")
        out.number(entries)
        out.key("party")
        out.value(party)
        out.key("stock_totals")
        out.values(stockTotals)
        out.raw("}")
    }
}
