import Foundation
import NewsTestSupport
import Testing

/// `newsctl extract --json` scored with ../shared/eval/score.py: on the seed, on our own short
/// corpus, and on both splits of the shared corpus of real articles (`dev/` to work on, `test/`
/// only to score). Every floor is the score measured when it was set: raise it as the extractor
/// improves. A floor is lowered only where a note says why, in the issue and beside it.
///
/// These tests need ../shared beside the repository. Without it they fail and say so: they
/// never pass by skipping.
@Suite struct ExtractionScoreTests {
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }
    static var shared: URL { repository.deletingLastPathComponent().appendingPathComponent("shared") }

    /// The F1 of each kind, each language and overall, as the scorer printed them.
    struct Scores {
        var byKind: [String: Double] = [:]
        var byLanguage: [String: Double] = [:]
        var overall = 0.0
        var table = ""
    }

    /// Runs the scorer over `directory` (gold and articles side by side).
    static func score(_ directory: URL) async throws -> Scores {
        let scorer = shared.appendingPathComponent("eval/score.py")
        try #require(
            FileManager.default.fileExists(atPath: scorer.path)
                && FileManager.default.fileExists(atPath: directory.path),
            "the shared corpus and scorer are missing: expected \(scorer.path) and \(directory.path) (a checkout of ../shared beside the repository)"
        )
        let out = try await run(
            "/usr/bin/env",
            [
                "python3", scorer.path, "--gold", directory.path, "--articles", directory.path,
                "--cmd", "\(Built.newsctl) extract --json {file}", "-v",
            ], timeout: 900)
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n").map(String.init)
        let last = lines.last ?? ""
        #expect(last.hasPrefix("errors=0"), "\(out.stdout)")
        var scores = Scores(table: out.stdout)
        for part in last.split(separator: " ") {
            let kv = part.split(separator: "=")
            guard kv.count == 2, let v = Double(kv[1]) else { continue }
            if kv[0] == "overall" { scores.overall = v } else { scores.byKind[String(kv[0])] = v }
        }
        // Per language: the hits, predictions and gold facts of its three kinds added up.
        var counts: [String: (hit: Int, pred: Int, gold: Int)] = [:]
        for line in lines {
            let f = line.split(separator: " ", omittingEmptySubsequences: true)
            guard f.count == 8, ["agreements", "trade", "investments"].contains(f[1]), f[0] != "all",
                let gold = Int(f[2]), let pred = Int(f[3]), let hit = Int(f[4])
            else { continue }
            let c = counts[String(f[0]), default: (0, 0, 0)]
            counts[String(f[0])] = (c.hit + hit, c.pred + pred, c.gold + gold)
        }
        for (language, c) in counts {
            let p = c.pred == 0 ? 1.0 : Double(c.hit) / Double(c.pred)
            let r = c.gold == 0 ? 1.0 : Double(c.hit) / Double(c.gold)
            scores.byLanguage[language] = p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
        print("extraction score for \(directory.path):\n\(out.stdout)")
        return scores
    }

    @Test func theSeedScoresOneForEveryKind() async throws {
        let s = try await Self.score(Self.shared.appendingPathComponent("seed"))
        #expect(
            s.byKind["agreements"] == 1.0 && s.byKind["trade"] == 1.0 && s.byKind["investments"] == 1.0, "\(s.table)")
    }

    @Test func ourShortCorpusScoresAtLeastItsFloor() async throws {
        let s = try await Self.score(Self.repository.appendingPathComponent("Tests/corpus"))
        // (0.83 until version 10, which reads SOCAR's "تعتزم ضخ ما يصل إلى خمسة مليارات دولار" in 008
        // as a deal pledged, as the shared corpus's convention has "intends" to invest; this
        // corpus's gold, written before, counts it an investment only.)
        #expect(s.overall >= 0.82, "\(s.table)")
    }

    /// The floors of one split of the shared corpus: overall, per kind, per language.
    struct Floors: Sendable, CustomTestStringConvertible {
        var split: String
        var overall: Double
        var kinds: [String: Double]
        var languages: [String: Double]
        var testDescription: String { split }
    }

    static let floors = [
        // (Dev's investments rose from 0.95 to 0.97 in the fortieth session: a count of companies
        // in a paragraph of its own is a figure of its own, as the gold keeps it.)
        Floors(
            split: "dev", overall: 0.92, kinds: ["agreements": 0.88, "trade": 0.98, "investments": 0.96],
            languages: ["en": 0.92, "ar": 0.89]),
        // Test's English floor went from 0.76 to 0.75 in the tenth session: a trade figure in
        // dollars that names no country is now the article's pair's. That rule added two right
        // facts on a set of real articles never read and one wrong one on test (0.764 -> 0.757);
        // test scores rules, it does not choose them. Arabic rose from 0.636 to 0.646, and in the
        // twentieth session to 0.706 (agreements 0.743, overall 0.737) with deposits and purchases;
        // in the twenty-fourth to 0.743 (agreements 0.766, overall 0.751) with version 10's rules
        // from real articles, its errors not read; in the thirtieth to 0.771 (agreements 0.785,
        // overall 0.762) with version 16's, from sets 17 to 19 (a middle dot that ends a sentence).
        Floors(
            split: "test", overall: 0.76, kinds: ["agreements": 0.78, "trade": 0.83, "investments": 0.61],
            languages: ["en": 0.75, "ar": 0.77]),
    ]

    @Test(arguments: floors)
    func theSharedCorpusScoresAtLeastItsFloors(_ floors: Floors) async throws {
        let s = try await Self.score(Self.shared.appendingPathComponent("corpus").appendingPathComponent(floors.split))
        #expect(s.overall >= floors.overall, "\(floors.split) overall \(s.overall)\n\(s.table)")
        for (kind, floor) in floors.kinds {
            #expect((s.byKind[kind] ?? 0) >= floor, "\(floors.split) \(kind) \(s.byKind[kind] ?? 0) < \(floor)")
        }
        for (language, floor) in floors.languages {
            #expect(
                (s.byLanguage[language] ?? 0) >= floor,
                "\(floors.split) \(language) \(s.byLanguage[language] ?? 0) < \(floor)")
        }
    }

    /// Confidence that means something: on the test split (never used to fit it), the facts at
    /// 0.8 or above are right at least 80% of the time, and there are at least 28 of them (35 of
    /// 81 today, 31 of them right; ten before version 19's refit): a confidence that never
    /// reaches 0.8 would pass the share vacuously.
    @Test func factsAtHighConfidenceAreRightAsOftenAsTheySay() async throws {
        let script = Self.repository.appendingPathComponent("Scripts/reliability.py")
        let corpus = Self.shared.appendingPathComponent("corpus/test")
        try #require(
            FileManager.default.fileExists(atPath: corpus.path), "the shared corpus is missing: expected \(corpus.path)"
        )
        let out = try await run(
            "/usr/bin/env",
            [
                "python3", script.path, "--corpus", corpus.path, "--newsctl", Built.newsctl, "--min", "0.8", "--facts",
                "28",
            ], timeout: 900)
        print("reliability on the test split:\n\(out.stdout)")
        #expect(out.status == 0, "\(out.stdout)\n\(out.stderr)")
    }
}
