import Foundation
import NewsIPC
import NewsLog
import NewsTestSupport
import Testing

/// A start that takes full segments of the log from their seals does not read them; newsd
/// then reads the whole log once in the background. Damage there is logged as critical and its
/// seal removed, so the next start reads the segment and refuses the log, naming the place.
@Suite struct SealedStartTests {
    static let countries = ["Kazakhstan", "China", "Egypt", "Japan", "Morocco", "France", "Brazil", "India"]

    /// An article of about two kilobytes, in our own words, with an agreement and a trade figure.
    static func article(_ n: Int) -> String {
        let a = countries[n % countries.count]
        let b = countries[(n + 3) % countries.count]
        let filler = String(
            repeating: "Officials from both sides described the talks as practical and focused on logistics. ",
            count: 18)
        return """
            \(a) and \(b) sign deal number \(n)

            \(a) and \(b) signed an agreement worth $\(n + 1).5 billion on port equipment on Tuesday, \
            the ministries said. Trade between \(a) and \(b) reached $\(n + 10) billion in 2024.
            \(filler)
            """
    }

    @Test func damageUnderASealIsFoundInTheBackgroundAndRefusedAtTheNextStart() async throws {
        let directory = try makeTemporaryDirectory("newsd-sealed")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let config = directory + "/newsd.conf"
        try "segment_bytes = 8192\nseal_check_delay_seconds = 0\n".write(
            toFile: config, atomically: true, encoding: .utf8)
        let logDirectory = directory + "/state/log"

        // A first run writes articles over several 8 kB segments; the writer seals each full one,
        // and the last at its stop.
        let first = try await Daemon(directory: directory, arguments: ["--config", config])
        let socket = first.socket
        try await offPool {
            let client = try VarlinkClient(path: socket)
            for n in 0..<24 {
                let _: NewsAPI.IngestReply = try client.call(
                    "io.newsd.Ingest.Ingest", NewsAPI.IngestCall(text: Self.article(n)))
            }
        }
        #expect(await first.stop() == 0, "\(first.log)")
        let names = try FileManager.default.contentsOfDirectory(atPath: logDirectory).sorted()
        let segments = names.filter { $0.hasSuffix(".log") }
        #expect(segments.count >= 4, "\(names)")
        #expect(names.filter { $0.hasSuffix(".seal") } == segments.map { $0.dropLast(4) + ".seal" })

        // A start on intact seals: the background check reads everything and finds it intact.
        let second = try await Daemon(directory: directory, arguments: ["--config", config])
        try await waitUntil("the background check ends", timeout: .seconds(60)) {
            second.log.contains("the background check of the log found it intact")
        }
        #expect(!second.log.contains("found the log damaged"))
        #expect(await second.stop() == 0)

        // A byte of the first segment's first record changes: its seal still fits (size,
        // header, last record), so the start does not read it.
        let segment = logDirectory + "/" + segments[0]
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: segment)))
        let length = bytes[24..<28].reversed().reduce(0) { $0 << 8 | Int($1) }
        #expect(24 + 8 + length < bytes.count - 100, "the first segment holds more than one record")
        bytes[24 + 8 + length - 1] ^= 0x20
        try Data(bytes).write(to: URL(fileURLWithPath: segment))

        let third = try await Daemon(directory: directory, arguments: ["--config", config])
        try await waitUntil("the background check finds the damage", timeout: .seconds(60)) {
            third.log.contains("found the log damaged")
        }
        #expect(third.log.contains(segments[0]) && third.log.contains("offset 24"), "\(third.log)")
        #expect(!FileManager.default.fileExists(atPath: logDirectory + "/" + segments[0].dropLast(4) + ".seal"))
        // It still answers from what it restored.
        let status = try await third.ctl(["status"])
        #expect(status.status == 0, "\(status.stderr)")
        #expect(await third.stop() == 0)

        // The next start reads the segment and refuses, naming the segment, offset and seq.
        await #expect(throws: DaemonFailed.self) {
            _ = try await Daemon(directory: directory, arguments: ["--config", config])
        }
        let refused = (try? String(contentsOfFile: directory + "/newsd.log", encoding: .utf8)) ?? ""
        #expect(refused.contains("\(segments[0]), offset 24, seq 1"), "\(refused.suffix(2000))")
    }
}
