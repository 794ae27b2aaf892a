import Foundation

// The snapshot encoding of the projections: a compact binary form, written and read field by
// field, in place of the sorted-key JSON the snapshots first used (at a million events that
// JSON took minutes and gigabytes to write, and restoring it was slower than a replay). A change
// to the projections' stored fields changes this form: bump the version byte after the magic, and
// newsd will replay past snapshots of the old version instead of misreading them.
//
// Layout: the magic "NWSPROJ" and a version byte, the last sequence number and timestamp, the
// byte lengths of the articles' and the facts' sections, those two sections, the views, and the
// count of unresolved events (`Projections.binaryBytes`).
// Unsigned integers are LEB128 varints, signed ones zigzag varints; a string is its UTF-8
// length and bytes; an optional is a 0/1 byte and the value; an array its count and its
// elements; a dictionary its count and its pairs in ascending key order (so equal states give
// equal bytes however they were built); an enum its raw value; a date its day number (days since
// 1970-01-01); a Decimal its 20 bytes as Foundation lays them out. Indexes that queries use are
// rebuilt when read, never stored. The fact table's rows are written without their facts, whose
// encodings (the same form, which the table also keeps in memory) follow the last row as one
// counted run of bytes, in row order.

/// Appends the binary form.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []
    /// The place of each article in the snapshot's list of articles, by id, while the facts'
    /// rows are written: a row names its article by that place (`FactTable.Row.write`).
    var articlePlaces: [String: Int] = [:]

    /// How many bytes this writer has appended.
    var appended: Int { bytes.count - startCount }
    private var startCount = 0

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    /// A writer that appends to `bytes` (pass the caller's only reference, and take them back
    /// with `takeBytes()`, so that they are not copied).
    init(appendingTo bytes: [UInt8]) {
        self.bytes = bytes
        startCount = bytes.count
    }

    /// The bytes, leaving the writer empty.
    mutating func takeBytes() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

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
    /// How many rows the fact table has, once known.
    var rowCount: Int?

    init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset == bytes.count }

    /// How many bytes have been read.
    var position: Int { offset }

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
        guard n <= UInt64(bytes.count - offset) else {
            throw fail("a count of \(n) with \(bytes.count - offset) bytes left")
        }
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
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[offset..<offset + n]), as: UTF8.self)
        }
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

    /// Steps over a string, checking only that its bytes are there (a string's bytes decode
    /// whatever they are: `String(decoding:)` mends what is not UTF-8).
    mutating func skipString() throws { offset += try count() }

    /// Steps over a Decimal's bytes.
    mutating func skipDecimal() throws {
        guard MemoryLayout<Decimal>.size <= bytes.count - offset else { throw fail("cut short") }
        offset += MemoryLayout<Decimal>.size
    }

    /// Steps over an optional value, as `optional` would read it.
    mutating func skipOptional(_ skip: (inout BinaryReader) throws -> Void) throws {
        if try bool() { try skip(&self) }
    }

    /// Steps over an array, as `array` would read it.
    mutating func skipArray(_ skip: (inout BinaryReader) throws -> Void) throws {
        for _ in 0..<(try count()) { try skip(&self) }
    }

    /// Steps over `n` bytes.
    mutating func skipBytes(_ n: Int) throws {
        guard n <= bytes.count - offset else { throw fail("cut short") }
        offset += n
    }

    /// The next `n` bytes as they are.
    mutating func raw(_ n: Int) throws -> [UInt8] {
        guard n <= bytes.count - offset else { throw fail("cut short") }
        defer { offset += n }
        return Array(bytes[offset..<offset + n])
    }

    /// A row of the fact table: below `rowCount` once the table is read (the views keep arrays
    /// by row, so a damaged row number must not size one).
    mutating func row() throws -> Int32 {
        let value = try uint()
        guard value <= UInt64(Int32.max), rowCount.map({ value < UInt64($0) }) ?? true else {
            throw SnapshotDecodingError(description: "the snapshot's projections name fact row \(value)")
        }
        return Int32(value)
    }

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

    /// An enum's case, written as its raw value: matched on its bytes without making a string of
    /// them (a fact holds three or four such names, and a restore checks every fact once).
    mutating func enumCase<T: RawRepresentable & CaseIterable>(_: T.Type) throws -> T where T.RawValue == String {
        let n = try count()
        let found = bytes.withUnsafeBufferPointer { all -> T? in
            let field = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: all[offset..<offset + n]))
            for value in T.allCases {
                var name = value.rawValue
                if name.withUTF8({ $0.count == n && (n == 0 || memcmp($0.baseAddress!, field.baseAddress!, n) == 0) }) {
                    return value
                }
            }
            return nil
        }
        guard let found else {
            throw fail("\"\(String(decoding: bytes[offset..<offset + n], as: UTF8.self))\" is no \(T.self)")
        }
        offset += n
        return found
    }
}

/// A type with a binary form in snapshots.
protocol BinaryCodable {
    func write(to writer: inout BinaryWriter)
    init(from reader: inout BinaryReader) throws
}
