import Crypto
import Dispatch
import Logging
import NewsCore
import SystemPackage

#if canImport(Glibc)
    import Glibc
#endif

/// A snapshot of the projections at a sequence number, bound to the log by the chain hash there.
public struct Snapshot: Sendable, Hashable {
    public var sequence: UInt64
    /// The chain hash after record `sequence`: the snapshot is only good for a log that has it.
    public var chainHash: ChainHash
    /// SHA-256 of `state`.
    public var digest: SHA256Hash
    /// The projections' canonical bytes.
    public var state: [UInt8]

    public init(sequence: UInt64, chainHash: ChainHash, state: [UInt8]) {
        self.init(sequence: sequence, chainHash: chainHash, state: state, digest: SHA256Hash.of(state))
    }

    /// A snapshot whose state's digest is already known.
    init(sequence: UInt64, chainHash: ChainHash, state: [UInt8], digest: SHA256Hash) {
        self.sequence = sequence
        self.chainHash = chainHash
        self.state = state
        self.digest = digest
    }
}

/// Snapshot files in a directory: written atomically, checked on load, the newest few kept.
///
/// File layout (little-endian): magic `NEWSSNAP` (8), format version 1 (2), reserved 0 (2),
/// sequence (8), chain hash (32), SHA-256 of the state (32), state length (8), state, and a
/// CRC-32C of every byte before it (4). A snapshot that fails any check, or whose chain hash
/// is not the log's at its sequence number, is skipped: the caller replays from the log.
public struct SnapshotStore: Sendable {
    public let directory: FilePath
    /// How many snapshots to keep; older ones are removed after a new one is written.
    public var keep: Int = 2
    private let logger: Logger

    static let magic: [UInt8] = Array("NEWSSNAP".utf8)

    public init(directory: FilePath, logger: Logger) {
        self.directory = directory
        self.logger = logger
    }

    static func fileName(_ sequence: UInt64) -> String {
        "snapshot-" + SegmentHeader.fileName(firstSequence: sequence).dropFirst(8).dropLast(4) + ".snap"
    }

    /// The bytes of a snapshot file.
    static func encode(_ s: Snapshot) -> [UInt8] {
        var out = magic
        RecordCodec.putLE(&out, UInt16(1))
        RecordCodec.putLE(&out, UInt16(0))
        RecordCodec.putLE(&out, s.sequence)
        out += s.chainHash.bytes + s.digest.bytes
        RecordCodec.putLE(&out, UInt64(s.state.count))
        out += s.state
        RecordCodec.putLE(&out, out.withUnsafeBytes { CRC32C.checksum($0) })
        return out
    }

    /// The bytes before the state: magic, version, reserved, sequence, chain hash, digest, length.
    static let headerSize = 8 + 2 + 2 + 8 + 32 + 32 + 8

    /// Parses a snapshot file read in its three parts (the header, the state and the CRC); throws a
    /// `RecordDamage` with the reason it is not a good one.
    static func decode(header: [UInt8], state: [UInt8], trailer: [UInt8]) throws -> Snapshot {
        guard header.count == headerSize, trailer.count == 4, Array(header[0..<8]) == magic else {
            throw RecordDamage("not a snapshot file")
        }
        return try header.withUnsafeBytes { raw throws -> Snapshot in
            let version = UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self))
            let length = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 84, as: UInt64.self))
            // The CRC (of every byte before it) and the state's SHA-256 are each a pass over a
            // hundred megabytes at a million events: one on each of two cores.
            let headerCRC = CRC32C.checksum(raw)
            nonisolated(unsafe) var crc: UInt32 = 0
            nonisolated(unsafe) var digest = SHA256Hash.of([UInt8]())
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                if part == 0 {
                    crc = state.withUnsafeBytes { CRC32C.update(headerCRC, $0) }
                } else {
                    digest = state.withUnsafeBytes { SHA256Hash.of(buffer: $0) }
                }
            }
            let stored = UInt32(littleEndian: trailer.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) })
            guard crc == stored else { throw RecordDamage("the CRC-32C does not match") }
            guard version == 1 else { throw RecordDamage("format version \(version) is not 1") }
            guard length == UInt64(state.count) else { throw RecordDamage("the state length does not match the file") }
            guard digest.bytes == Array(header[52..<84]) else {
                throw RecordDamage("the state's SHA-256 does not match its digest")
            }
            return Snapshot(
                sequence: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 12, as: UInt64.self)),
                chainHash: ChainHash(uncheckedBytes: Array(header[20..<52])), state: state, digest: digest)
        }
    }

    /// Writes a snapshot durably (temporary file, sync, rename, directory sync), then prunes old ones.
    public func write(_ snapshot: Snapshot) throws {
        let name = Self.fileName(snapshot.sequence)
        do {
            try FileOps.makeDirectories(directory)
            try FileOps.writeDurably(Self.encode(snapshot), to: directory, name: name)
        } catch let e as Errno {
            throw LogError.io("cannot write snapshot \(name)", e)
        }
        for old in try sequences().dropLast(keep) {
            _ = directory.appending(Self.fileName(old)).withPlatformString { unlink($0) }
        }
        logger.info(
            "wrote a snapshot",
            metadata: ["event.seq": "\(snapshot.sequence)", "snapshot.bytes": "\(snapshot.state.count)"])
    }

    /// The sequence numbers of the snapshot files present, oldest first.
    public func sequences() throws -> [UInt64] {
        let names: [String]
        do { names = try FileOps.list(directory) } catch let e as Errno where e == .noSuchFileOrDirectory {
            return []
        } catch let e as Errno {
            throw LogError.io("cannot list snapshots in \(directory)", e)
        }
        return names.compactMap { name -> UInt64? in
            guard name.hasPrefix("snapshot-"), name.hasSuffix(".snap") else { return nil }
            return UInt64(name.dropFirst(9).dropLast(5))
        }.sorted()
    }

    /// The newest snapshot that is intact and whose chain hash the log has at its sequence number.
    ///
    /// `chainHash(n)` gives the log's chain hash after record n, or nil if the log does not reach n.
    public func latest(matching chainHash: (UInt64) throws -> ChainHash?) throws -> Snapshot? {
        for sequence in try sequences().reversed() {
            let name = Self.fileName(sequence)
            let snapshot: Snapshot
            do {
                let fd = try FileDescriptor.open(directory.appending(name), .readOnly, options: [.closeOnExec])
                defer { try? fd.close() }
                // (In three reads, so that the state is read into an array of its own, not copied out.)
                let size = Int(try FileOps.size(fd))
                guard size >= Self.headerSize + 4 else { throw RecordDamage("not a snapshot file") }
                let stateSize = size - Self.headerSize - 4
                snapshot = try Self.decode(
                    header: FileOps.read(fd, at: 0, count: Self.headerSize),
                    state: FileOps.read(fd, at: Int64(Self.headerSize), count: stateSize),
                    trailer: FileOps.read(fd, at: Int64(size - 4), count: 4))
            } catch let damage as RecordDamage {
                logger.warning(
                    "skipped a damaged snapshot",
                    metadata: ["snapshot.file": "\(name)", "snapshot.reason": "\(damage.reason)"])
                continue
            } catch {
                logger.warning(
                    "skipped an unreadable snapshot", metadata: ["snapshot.file": "\(name)", "error": "\(error)"])
                continue
            }
            guard snapshot.sequence == sequence else {
                logger.warning(
                    "skipped a snapshot whose name and contents disagree", metadata: ["snapshot.file": "\(name)"])
                continue
            }
            guard let expected = try chainHash(sequence), expected == snapshot.chainHash else {
                logger.warning(
                    "skipped a snapshot that is not of this log",
                    metadata: ["snapshot.file": "\(name)", "event.seq": "\(sequence)"])
                continue
            }
            return snapshot
        }
        return nil
    }
}

extension LogReader {
    /// The chain hash after record `sequence` (`ChainHash.zero` for 0), or nil past the end.
    public func chainHash(after sequence: UInt64) throws -> ChainHash? {
        if sequence == 0 { return .zero }
        if sequence == lastSequence { return chainHash }
        if sequence > lastSequence { return nil }
        return try record(at: sequence + 1).previousChainHash
    }
}
