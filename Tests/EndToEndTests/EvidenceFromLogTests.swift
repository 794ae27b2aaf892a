import Foundation
import NewsIPC
import NewsTestSupport
import Testing

/// newsd keeps no evidence or history in memory: a full answer reads them from the log. These
/// tests show the sentences coming back from the log, through newsd and offline, and what a
/// client is told when the record that holds them was damaged while newsd ran.
@Suite struct EvidenceFromLogTests {
    static let article = """
        Peru and Vietnam signed a $2 billion agreement on Monday to build a fertiliser plant near Callao.
        Both trade ministers said the plant should open in 2028.
        """
    static let sentence = "Peru and Vietnam signed a $2 billion agreement"

    @Test func fullAnswersReadTheEvidenceAndHistoryBackFromTheLog() async throws {
        let daemon = try await Daemon()
        defer { daemon.remove() }
        var out = try await daemon.ctl(["ingest", "-", "--published", "2025-06-02"], stdin: Self.article)
        #expect(out.status == 0, "\(out.stderr)")

        // Lean: a count and no sentence; in full, the sentence, read from the log.
        let lean = try #require(
            try json(try await daemon.ctl(["agreements", "--json"]))["agreements"] as? [[String: Any]])
        let deal = try #require(lean.first, "no agreement was read")
        let id = try #require((deal["facts"] as? [String])?.first ?? deal["id"] as? String)
        #expect(deal["evidence"] == nil && (deal["evidence_count"] as? Int ?? 0) >= 1, "\(deal)")
        out = try await daemon.ctl(["agreements", "--evidence", "--json"])
        #expect(out.status == 0 && out.stdout.contains(Self.sentence), "\(out.stdout)\(out.stderr)")

        // The fact's history and evidence, after a correction that adds a step.
        out = try await daemon.ctl(["correct", id, "--value", "2.1bn", "--reason", "the ministry's figure"])
        #expect(out.status == 0, "\(out.stderr)")
        let fact = try #require(try json(try await daemon.ctl(["fact", id, "--json"]))["fact"] as? [String: Any])
        let history = try #require(fact["history"] as? [[String: Any]])
        #expect(history.compactMap { $0["action"] as? String } == ["extracted", "corrected"], "\(history)")
        #expect(history.last?["reason"] as? String == "the ministry's figure")
        let evidence = try #require(fact["evidence"] as? [[String: Any]])
        #expect(evidence.contains { ($0["sentence"] as? String)?.contains(Self.sentence) == true }, "\(evidence)")
        #expect(fact["extractor_version"] is String && fact["confidence"] != nil, "\(fact)")

        // Offline, the trace reads the same log.
        out = try await daemon.ctl(["audit", "trace", id, "--state-dir", daemon.directory + "/state"])
        #expect(out.status == 0 && out.stdout.contains(Self.sentence), "\(out.stdout)\(out.stderr)")
        #expect(out.stdout.contains("corrected by uid:"), "\(out.stdout)")
    }

    @Test func aRecordDamagedWhileNewsdRunsIsAnErrorAndTheLeanAnswersGoOn() async throws {
        let daemon = try await Daemon()
        defer { daemon.remove() }
        let out = try await daemon.ctl(["ingest", "-"], stdin: Self.article)
        #expect(out.status == 0, "\(out.stderr)")
        let lean = try #require(
            try json(try await daemon.ctl(["agreements", "--json"]))["agreements"] as? [[String: Any]])
        let id = try #require((lean.first?["facts"] as? [String])?.first ?? lean.first?["id"] as? String)

        // The sentence is in the article's record and again in each fact's; damage the last copy,
        // which is a fact's evidence (the article's record comes first).
        let log = daemon.directory + "/state/log"
        let segment = try #require(
            try FileManager.default.contentsOfDirectory(atPath: log).filter { $0.hasPrefix("segment-") }.sorted().last)
        let path = log + "/" + segment
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let needle = Array(Self.sentence.utf8)
        let at = try #require(
            (0...(bytes.count - needle.count)).last { bytes[$0..<($0 + needle.count)].elementsEqual(needle) })
        bytes[at + 7] ^= 0x20
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seek(toOffset: UInt64(at + 7))
        try handle.write(contentsOf: [bytes[at + 7]])
        try handle.close()

        // The full answers say the log is damaged; nothing is made up.
        let raw = try await offPool { [socket = daemon.socket] in
            let client = try VarlinkClient(path: socket)
            func call(_ method: String, _ parameters: String) throws -> [UInt8] {
                try client.sendRaw(
                    Array(#"{"method":"io.newsd.Query.\#(method)","parameters":\#(parameters)}"#.utf8) + [0])
                return try client.receiveRaw()
            }
            return [
                try call("Agreements", #"{"evidence":true}"#), try call("Fact", #"{"id":"\#(id)"}"#),
                try call("Agreements", "{}"),
            ]
        }.map { try JSONSerialization.jsonObject(with: Data($0)) as? [String: Any] ?? [:] }
        for answer in raw.prefix(2) {
            #expect(answer["error"] as? String == "io.newsd.Query.Damaged", "\(answer)")
            let reason = (answer["parameters"] as? [String: Any])?["reason"] as? String ?? ""
            #expect(reason.contains("CRC"), "\(reason)")
        }
        #expect(((raw[2]["parameters"] as? [String: Any])?["agreements"] as? [Any])?.count == lean.count, "\(raw[2])")
        let ctl = try await daemon.ctl(["fact", id])
        #expect(ctl.status == 1 && ctl.stderr.contains("Damaged"), "\(ctl.stdout)\(ctl.stderr)")
        #expect(daemon.isRunning, "newsd stopped on a damaged record:\n\(daemon.log)")
    }
}
