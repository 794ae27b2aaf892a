import Foundation
import NewsLog
import SystemPackage

func configuration(segmentSize: Int = 64 << 20) -> EventLog.Configuration {
    var c = EventLog.Configuration()
    c.segmentSize = segmentSize
    return c
}

/// An entry whose payload says which entry it is, so reads can be checked.
func entry(_ n: Int, size: Int = 40, type: String = "Test") -> LogEntry {
    let text = Array("entry \(n) ".utf8)
    return LogEntry(
        eventType: type, schemaVersion: 1, actor: "uid:\(n % 7)", payload: (0..<size).map { text[$0 % text.count] })
}

/// Appends `count` single-entry records (keys `k<n>`), returning the receipts.
@discardableResult
func appendMany(_ log: EventLog, from start: Int = 0, count: Int, size: Int = 40) async throws -> [AppendReceipt] {
    var receipts: [AppendReceipt] = []
    for n in start..<(start + count) {
        guard case .appended(let r) = try await log.append(entry(n, size: size), idempotencyKey: "k\(n)") else {
            throw LogError(.invalidRecord, "k\(n) was a duplicate")
        }
        receipts.append(r)
    }
    return receipts
}

/// The names of the segment files in a log directory, in order.
func segmentFiles(_ directory: FilePath) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory.string)
        .filter { $0.hasPrefix("segment-") && $0.hasSuffix(".log") }.sorted()
}

/// Copies every regular file of `from` into a new directory `to`.
func copyDirectory(_ from: FilePath, to: FilePath) throws {
    try FileManager.default.createDirectory(atPath: to.string, withIntermediateDirectories: true)
    for name in try FileManager.default.contentsOfDirectory(atPath: from.string) {
        try FileManager.default.copyItem(atPath: from.appending(name).string, toPath: to.appending(name).string)
    }
}

/// The seal file's name for a segment's (FORMAT.md).
func sealName(_ segment: String) -> String { String(segment.dropLast(4)) + ".seal" }

func readFile(_ path: FilePath) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path.string)))
}

func writeFile(_ path: FilePath, _ bytes: [UInt8]) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path.string))
}

/// Every file's name and bytes, to show that something changed nothing.
func snapshot(_ directory: FilePath) throws -> [String: [UInt8]] {
    var out: [String: [UInt8]] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: directory.string) where name != "LOCK" {
        out[name] = try readFile(directory.appending(name))
    }
    return out
}
