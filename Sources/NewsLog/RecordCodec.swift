/// Encodes records into frames and decodes them back; the layout is in FORMAT.md.
enum RecordCodec {
    /// Length and CRC-32C, before the record bytes.
    static let frameHeaderSize = 8
    /// The record bytes before the variable-length fields.
    static let fixedBodySize = 56
    /// Flag bit: more records of the same append follow.
    static let continuesFlag: UInt8 = 0x01

    /// The size of the frame that `entry` will take, or nil if a field is too long to encode.
    static func frameSize(of entry: LogEntry, key: String?) -> Int? {
        let type = entry.eventType.utf8.count
        let actor = entry.actor.utf8.count
        let keyCount = key?.utf8.count ?? 0
        guard (1...255).contains(type), actor <= 0xFFFF, keyCount <= 255 else { return nil }
        return frameHeaderSize + fixedBodySize + type + actor + keyCount + entry.payload.count
    }

    /// Appends the frame of one record to `buffer` and returns the chain hash after it.
    static func appendFrame(
        to buffer: inout [UInt8], sequence: UInt64, timestamp: Int64, previous: ChainHash,
        entry: LogEntry, key: String?, continues: Bool
    ) -> ChainHash {
        let frameStart = buffer.count
        buffer.append(contentsOf: [UInt8](repeating: 0, count: frameHeaderSize))
        let bodyStart = buffer.count
        putLE(&buffer, sequence)
        putLE(&buffer, UInt64(bitPattern: timestamp))
        buffer.append(contentsOf: previous.bytes)
        putLE(&buffer, entry.schemaVersion)
        buffer.append(continues ? continuesFlag : 0)
        buffer.append(UInt8(entry.eventType.utf8.count))
        buffer.append(UInt8(key?.utf8.count ?? 0))
        buffer.append(0)
        putLE(&buffer, UInt16(entry.actor.utf8.count))
        buffer.append(contentsOf: entry.eventType.utf8)
        buffer.append(contentsOf: entry.actor.utf8)
        if let key { buffer.append(contentsOf: key.utf8) }
        buffer.append(contentsOf: entry.payload)
        let bodyCount = buffer.count - bodyStart
        return buffer.withUnsafeMutableBytes { raw in
            let body = UnsafeRawBufferPointer(rebasing: raw[bodyStart...])
            raw.storeBytes(of: UInt32(bodyCount).littleEndian, toByteOffset: frameStart, as: UInt32.self)
            raw.storeBytes(of: CRC32C.checksum(body).littleEndian, toByteOffset: frameStart + 4, as: UInt32.self)
            return ChainHash.next(after: previous, record: body)
        }
    }

    /// The fields of one frame's record bytes (the CRC already checked) where they lie; throws a
    /// reason if they don't parse.
    static func view(body: UnsafeRawBufferPointer) throws(RecordDamage) -> RecordView {
        guard body.count >= fixedBodySize else {
            throw RecordDamage("record of \(body.count) bytes is shorter than its fixed fields")
        }
        let flags = body[50]
        guard flags & ~continuesFlag == 0 else { throw RecordDamage("unknown flag bits \(flags)") }
        guard body[53] == 0 else { throw RecordDamage("reserved byte is \(body[53]), not 0") }
        let view = RecordView(
            body: body, typeCount: Int(body[51]), keyCount: Int(body[52]),
            actorCount: Int(UInt16(littleEndian: body.loadUnaligned(fromByteOffset: 54, as: UInt16.self))))
        guard view.typeCount > 0 else { throw RecordDamage("empty event type") }
        guard view.payloadStart <= body.count else { throw RecordDamage("field lengths run past the record's end") }
        guard isUTF8(view.type), isUTF8(view.actor), isUTF8(view.key) else {
            throw RecordDamage("a text field is not UTF-8")
        }
        return view
    }

    /// Whether bytes are UTF-8, checked without making a string of them.
    private static func isUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        (try? UTF8Span(validating: bytes.bindMemory(to: UInt8.self).span)) != nil
    }

    /// Decodes the record bytes of one frame (the CRC already checked); throws a reason if they don't parse.
    static func decode(body: UnsafeRawBufferPointer) throws(RecordDamage) -> LogRecord { decode(try view(body: body)) }

    /// The record of checked fields.
    static func decode(_ view: RecordView) -> LogRecord {
        let body = view.body
        return LogRecord(
            sequence: view.sequence,
            timestamp: view.timestamp,
            previousChainHash: ChainHash(uncheckedBytes: Array(UnsafeRawBufferPointer(rebasing: body[16..<48]))),
            schemaVersion: view.schemaVersion,
            continues: body[50] & continuesFlag != 0,
            eventType: String(decoding: view.type, as: UTF8.self),
            actor: String(decoding: view.actor, as: UTF8.self),
            idempotencyKey: view.keyCount > 0 ? String(decoding: view.key, as: UTF8.self) : nil,
            payload: Array(view.payload)
        )
    }

    /// The sequence number of a record, read without decoding the rest.
    static func sequence(ofBody body: UnsafeRawBufferPointer) -> UInt64 {
        UInt64(littleEndian: body.loadUnaligned(fromByteOffset: 0, as: UInt64.self))
    }

    static func putLE<T: FixedWidthInteger>(_ buffer: inout [UInt8], _ value: T) {
        withUnsafeBytes(of: value.littleEndian) { buffer.append(contentsOf: $0) }
    }
}

/// A record's fields in its bytes, checked by `RecordCodec.view`: the fixed fields, then the
/// event type, actor and idempotency key (UTF-8), then the payload.
struct RecordView {
    let body: UnsafeRawBufferPointer
    let typeCount: Int
    let keyCount: Int
    let actorCount: Int

    var sequence: UInt64 { RecordCodec.sequence(ofBody: body) }
    var timestamp: Int64 { Int64(littleEndian: body.loadUnaligned(fromByteOffset: 8, as: Int64.self)) }
    var schemaVersion: UInt16 { UInt16(littleEndian: body.loadUnaligned(fromByteOffset: 48, as: UInt16.self)) }
    var type: UnsafeRawBufferPointer { field(RecordCodec.fixedBodySize, typeCount) }
    var actor: UnsafeRawBufferPointer { field(RecordCodec.fixedBodySize + typeCount, actorCount) }
    var key: UnsafeRawBufferPointer { field(RecordCodec.fixedBodySize + typeCount + actorCount, keyCount) }
    var payloadStart: Int { RecordCodec.fixedBodySize + typeCount + actorCount + keyCount }
    var payload: UnsafeRawBufferPointer { field(payloadStart, body.count - payloadStart) }

    private func field(_ start: Int, _ count: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: body[start..<(start + count)])
    }
}

/// Why one record's bytes are not a valid record.
struct RecordDamage: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
