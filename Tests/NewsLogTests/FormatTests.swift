import Crypto
import Foundation
import NewsLog
import NewsTestSupport
import SystemPackage
import Testing

/// FORMAT.md is enough to read the log: a reader written from it alone, in Python, agrees
/// with ours on every record and on the head of the chain, and makes every seal again to the byte.
@Suite struct FormatTests {
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func anIndependentReaderAgrees() async throws {
        let dir = try TemporaryDirectory()
        let log = try EventLog.open(
            directory: dir.path, configuration: configuration(segmentSize: 2048), logger: quietLogger)
        try await appendMany(log, count: 40, size: 70)
        _ = try await log.append(
            AppendRequest(
                entries: [
                    LogEntry(
                        eventType: "ArticleIngested", schemaVersion: 3, actor: "uid:1000",
                        payload: Array("نص عربي".utf8)), entry(99),
                ],
                idempotencyKey: "sha256:0f"))
        log.close()
        // Records after the last segment's seal, as a writer that crashed after its close's seal
        // leaves them: a copy taken while it runs.
        let again = try EventLog.open(
            directory: dir.path, configuration: configuration(segmentSize: 1 << 20), logger: quietLogger)
        try await appendMany(again, from: 40, count: 2, size: 30)
        let crashed = try TemporaryDirectory()
        try copyDirectory(dir.path, to: crashed.path)
        again.close()

        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("format/read_log.py").path
        let outcome = try await run("/usr/bin/python3", [script, crashed.path.string], timeout: 600)
        try #require(outcome.status == 0, "\(outcome.stdout)\(outcome.stderr)")
        let data = Data(outcome.stdout.utf8)

        struct Dump: Decodable {
            enum CodingKeys: String, CodingKey {
                case lastSeq = "last_seq"
                case head, records
                case sealsChecked = "seals_checked"
            }

            struct Record: Decodable {
                enum CodingKeys: String, CodingKey {
                    case seq, timestamp, schema, type, actor, key, continues
                    case payloadSHA256 = "payload_sha256"
                }

                var seq: UInt64, timestamp: Int64, schema: UInt16, type: String, actor: String, key: String?
                var continues: Bool
                var payloadSHA256: String
            }
            var lastSeq: UInt64
            var head: String
            var records: [Record]
            var sealsChecked: Int
        }
        let dump = try JSONDecoder().decode(Dump.self, from: data)
        let reader = try LogReader.open(directory: crashed.path)
        #expect(dump.lastSeq == reader.lastSequence)
        #expect(dump.head == reader.chainHash.hex)
        let segments = try segmentFiles(crashed.path).count
        #expect(segments > 3 && dump.sealsChecked == segments, "\(dump.sealsChecked) seals of \(segments) segments")
        let ours = try reader.records(from: 1)
        #expect(ours.count == dump.records.count)
        for (mine, theirs) in zip(ours, dump.records) {
            #expect(
                mine.sequence == theirs.seq && mine.timestamp == theirs.timestamp && mine.schemaVersion == theirs.schema
            )
            #expect(mine.eventType == theirs.type && mine.actor == theirs.actor && mine.idempotencyKey == theirs.key)
            #expect(mine.continues == theirs.continues)
            #expect(ChainHash(bytes: Array(SHA256.hash(data: mine.payload)))?.hex == theirs.payloadSHA256)
        }
    }
}
