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

    /// Decodes the record bytes of one frame (the CRC already checked); throws a reason if they don't parse.
    static func decode(body: UnsafeRawBufferPointer) throws(RecordDamage) -> LogRecord {
        guard body.count >= fixedBodySize else {
            throw RecordDamage("record of \(body.count) bytes is shorter than its fixed fields")
        }
        let flags = body[50]
        guard flags & ~continuesFlag == 0 else { throw RecordDamage("unknown flag bits \(flags)") }
        guard body[53] == 0 else { throw RecordDamage("reserved byte is \(body[53]), not 0") }
        let typeCount = Int(body[51])
        let keyCount = Int(body[52])
        let actorCount = Int(UInt16(littleEndian: body.loadUnaligned(fromByteOffset: 54, as: UInt16.self)))
        guard typeCount > 0 else { throw RecordDamage("empty event type") }
        let payloadStart = fixedBodySize + typeCount + actorCount + keyCount
        guard payloadStart <= body.count else { throw RecordDamage("field lengths run past the record's end") }
        var o = fixedBodySize
        func text(_ n: Int) throws(RecordDamage) -> String {
            let slice = UnsafeRawBufferPointer(rebasing: body[o..<(o + n)])
            o += n
            guard let s = String(validating: slice, as: UTF8.self) else {
                throw RecordDamage("a text field is not UTF-8")
            }
            return s
        }
        let type = try text(typeCount)
        let actor = try text(actorCount)
        let key = keyCount > 0 ? try text(keyCount) : nil
        return LogRecord(
            sequence: UInt64(littleEndian: body.loadUnaligned(fromByteOffset: 0, as: UInt64.self)),
            timestamp: Int64(littleEndian: body.loadUnaligned(fromByteOffset: 8, as: Int64.self)),
            previousChainHash: ChainHash(uncheckedBytes: Array(UnsafeRawBufferPointer(rebasing: body[16..<48]))),
            schemaVersion: UInt16(littleEndian: body.loadUnaligned(fromByteOffset: 48, as: UInt16.self)),
            continues: flags & continuesFlag != 0,
            eventType: type,
            actor: actor,
            idempotencyKey: key,
            payload: Array(UnsafeRawBufferPointer(rebasing: body[payloadStart...]))
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

/// Why one record's bytes are not a valid record.
struct RecordDamage: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
