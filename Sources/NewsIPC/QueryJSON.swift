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
    public mutating func number(_ value: Decimal) { bytes.append(contentsOf: value.plainText.utf8) }

    /// Whether the object being written has no member yet.
    private var opened = false

    /// `{`: members follow, each written by `key` and its value, then `close`.
    public mutating func open() {
        bytes.append(UInt8(ascii: "{"))
        opened = true
    }

    public mutating func close() {
        bytes.append(UInt8(ascii: "}"))
        opened = false
    }

    /// `"key":`, after a comma unless it is the object's first member. Callers write keys in sorted order.
    public mutating func key(_ name: StaticString) {
        if !opened { bytes.append(UInt8(ascii: ",")) }
        opened = false
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

    /// A member, left out when the value is nil, as JSONEncoder leaves out nil members.
    public mutating func field(_ name: StaticString, _ value: (some JSONWritable)?) {
        guard let value else { return }
        key(name)
        value.write(to: &self)
    }
}

extension String: JSONWritable {
    public func write(to out: inout JSONOut) { out.string(self) }
}

extension Int: JSONWritable {
    public func write(to out: inout JSONOut) { out.number(self) }
}

extension UInt64: JSONWritable {
    public func write(to out: inout JSONOut) { out.number(self) }
}

extension Decimal: JSONWritable {
    public func write(to out: inout JSONOut) { out.number(self) }
}

extension Array: JSONWritable where Element: JSONWritable {
    public func write(to out: inout JSONOut) { out.array(self) { $1.write(to: &$0) } }
}

extension FactID: JSONWritable {
    public func write(to out: inout JSONOut) { out.string(rawValue) }
}

extension ArticleID: JSONWritable {
    public func write(to out: inout JSONOut) { out.string(rawValue) }
}

extension CivilDate: JSONWritable {
    public func write(to out: inout JSONOut) { out.string(description) }
}

extension Party: JSONWritable {
    public func write(to out: inout JSONOut) { out.string(description) }
}

extension Money: JSONWritable {
    public func write(to out: inout JSONOut) {
        out.open()
        out.field("amount", amount.plainText)
        out.field("currency", currency.code)
        out.field("qualifier", qualifier.rawValue)
        out.field("upper", upper?.plainText)
        out.close()
    }
}

extension Share: JSONWritable {
    public func write(to out: inout JSONOut) {
        out.open()
        out.field("of", of)
        out.field("percent", percent)
        out.field("qualifier", qualifier.rawValue)
        out.close()
    }
}

extension Change: JSONWritable {
    public func write(to out: inout JSONOut) {
        out.open()
        out.field("factor", factor)
        out.field("percent", percent)
        out.field("text", text)
        out.close()
    }
}

extension Evidence: JSONWritable {
    public func write(to out: inout JSONOut) {
        out.open()
        out.field("article", article)
        out.field("end", end)
        out.field("sentence", sentence)
        out.field("start", start)
        out.close()
    }
}

extension AgreementEntry.Step: JSONWritable {
    public func write(to out: inout JSONOut) {
        out.open()
        out.field("date", date)
        out.field("fact", fact)
        out.field("sequence", sequence)
        out.field("status", status.rawValue)
        out.close()
    }
}

extension TradeReport: JSONWritable {
    public func write(to out: inout JSONOut) {
        out.open()
        out.field("article", article)
        out.field("change", change)
        out.field("fact", fact)
        out.field("reported", reported)
        out.field("sequence", sequence)
        out.field("share", share)
        out.field("source", source)
        out.field("value", value)
        out.close()
    }
}

extension InvestmentRollup: JSONWritable {
    public func write(to out: inout JSONOut) {
        out.open()
        out.field("deal_totals", dealTotals)
        out.field("entries", entries)
        out.field("party", party)
        out.field("stock_totals", stockTotals)
        out.close()
    }
}
