import Foundation
import NewsTestSupport
import Testing

/// Articles that cannot be read are refused with their reason, offline and by newsd, and newsd
/// writes nothing for them.
@Suite struct BadArticleTests {
    static let cases: [(name: String, bytes: [UInt8], reason: String)] = [
        ("empty", [], "empty"),
        ("binary", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x41, 0x42], "not text"),
        ("chinese", Array("中国和美国签署了一项价值十亿美元的协议，双方将加强合作。".utf8), "neither Arabic nor English"),
        ("figures", Array("12345 — 678".utf8), "no words"),
        (
            "french",
            Array(
                ("Le Maroc et la France ont signé mardi à Rabat trois accords de coopération dans les domaines de l'eau et de "
                    + "l'énergie, a indiqué le ministère, qui évoque des échanges commerciaux en hausse pour la troisième année.")
                    .utf8),
            "it reads as French"
        ),
    ]

    @Test func extractRefusesThemAndSaysWhy() async throws {
        let dir = try TemporaryDirectory("newsd-bad-articles")
        for c in Self.cases {
            let file = dir.sub(c.name + ".txt").string
            #expect(FileManager.default.createFile(atPath: file, contents: Data(c.bytes)))
            let out = try await run(Built.newsctl, ["extract", file, "--json"])
            #expect(out.status == 2, "\(c.name): \(out.status) \(out.stderr)")
            #expect(out.stderr.contains(c.reason), "\(c.name): \(out.stderr)")
            #expect(out.stdout.isEmpty, "\(c.name): no half answer on stdout")
        }
        let big = dir.sub("big.txt").string
        try String(repeating: "Trade between Egypt and Jordan grew. ", count: 40).write(
            toFile: big, atomically: true, encoding: .utf8)
        let out = try await run(Built.newsctl, ["extract", big, "--max-bytes", "1000"])
        // A file's size is read before the file: it is said, and nothing is read.
        #expect(out.status == 2 && out.stderr.contains("is 1480 bytes, over the limit of 1000"), "\(out.stderr)")
        let badDate = try await run(Built.newsctl, ["extract", big, "--published", "2025-02-30"])
        #expect(badDate.status == 2 && badDate.stderr.contains("YYYY-MM-DD"), "\(badDate.stderr)")
    }

    /// An article can come from a pipe (`<(…)`), and an input that cannot be read, or never ends,
    /// is refused with the reason rather than read into memory without bound.
    @Test func extractReadsPipesAndSaysWhyAFileCannotBeRead() async throws {
        let dir = try TemporaryDirectory("newsd-article-input")
        let file = dir.sub("deal.txt").string
        try "Egypt and Jordan signed an agreement on power lines worth $12 million on Monday.".write(
            toFile: file, atomically: true, encoding: .utf8)
        let piped = try await run("/bin/bash", ["-c", "exec \"$0\" extract --json <(cat \"$1\")", Built.newsctl, file])
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.contains("12000000"), "\(piped.stdout)")
        let missing = try await run(Built.newsctl, ["extract", dir.sub("nowhere.txt").string])
        #expect(missing.status == 1 && missing.stderr.contains("No such file or directory"), "\(missing.stderr)")
        let directory = try await run(Built.newsctl, ["extract", dir.string])
        #expect(directory.status == 1 && directory.stderr.contains("is a directory"), "\(directory.stderr)")
        let endless = try await run(Built.newsctl, ["extract", "/dev/zero", "--max-bytes", "100000"])
        #expect(endless.status == 2 && endless.stderr.contains("over the limit of 100000"), "\(endless.stderr)")
    }

    @Test func newsdRefusesThemAndWritesNothing() async throws {
        let daemon = try await Daemon()
        defer { daemon.remove() }
        for c in Self.cases {
            let out = try await daemon.ctl(["ingest", "-"], stdin: String(decoding: c.bytes, as: UTF8.self))
            #expect(out.status == 2, "\(c.name): \(out.status) \(out.stderr)")
            #expect(out.stderr.contains(c.reason), "\(c.name): \(out.stderr)")
        }
        let status = try json(try await daemon.ctl(["status", "--json"]))
        #expect((status["sequence"] as? Int ?? -1) == 0, "nothing was appended: \(status)")
    }
}
