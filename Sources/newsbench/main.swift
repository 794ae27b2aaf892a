// newsbench: newsd's benchmarks, each reported as a ratio against a baseline measured in the
// same run (absolute times drift on shared machines). Run through Scripts/bench.sh.
//
// Workloads so far: cold replay (recovery + projection rebuild) against reading and SHA-256
// hashing the same segment files; extraction throughput on one core over the corpus.

import Crypto
import Foundation
import Logging
import NewsCore
import NewsExtract
import NewsLog
import SystemPackage

let quick = CommandLine.arguments.contains("--quick")
let events = quick ? 50_000 : 1_000_000
let logger = Logger(label: "bench", factory: { _ in SwiftLogNoOpLogHandler() })

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// A realistic mix: articles, extracted facts (agreements, trade, investments), corrections, retractions.
func makeLog(_ directory: String, count: Int) async throws -> Int64 {
    let log = try EventLog.open(directory: FilePath(directory), logger: logger)
    let parties = ["US", "KZ", "AE", "SA", "CN", "IN", "EG", "TR"].map { Party.country(CountryCode($0)!) }
    var n = 0
    var facts: [FactID] = []
    while n < count {
        var batch: [LogEntry] = []
        for _ in 0..<200 where n < count {
            let article = ArticleID("sha256:\(n / 10)")
            let a = parties[n % parties.count], b = parties[(n / 3 + 1) % parties.count] == a ? parties[(n + 1) % parties.count] : parties[(n / 3 + 1) % parties.count]
            let event: Event
            switch n % 10 {
            case 0: event = .articleIngested(ArticleIngested(article: article, text: "Article \(n) about trade and investment between two countries.", language: "en", source: "wire", published: "2025-11-0\(n % 9 + 1)"))
            case 1, 2, 3:
                event = .factExtracted(FactExtracted(id: FactID("f-\(n)"), article: article, fact: .agreement(Agreement(parties: [a, b], kind: .investmentDeal, title: "deal \(n % 500)", value: Money(Decimal(n % 500 + 1) * 1_000_000, .usd), status: .signed)), evidence: [Evidence(article: article, sentence: "A sentence of evidence.", start: 0, end: 23)], confidence: Decimal(string: "0.8")!, extractorVersion: "bench"))
            case 4, 5, 6:
                event = .factExtracted(FactExtracted(id: FactID("f-\(n)"), article: article, fact: .trade(TradeFigure(parties: [a, b], value: Money(Decimal(n % 1000) * 1_000_000, .usd), period: "20\(10 + n % 15)")), evidence: [], confidence: 1, extractorVersion: "bench"))
            case 7, 8:
                event = .factExtracted(FactExtracted(id: FactID("f-\(n)"), article: article, fact: .investment(InvestmentFigure(investor: a, recipient: b, value: Money(Decimal(n % 300) * 1_000_000, .usd), cumulative: n % 2 == 0)), evidence: [], confidence: 1, extractorVersion: "bench"))
            default:
                event = facts.isEmpty ? .factRetracted(FactRetracted(id: FactID("none"), reason: "x"))
                    : .factCorrected(FactCorrected(id: facts[n % facts.count], fact: .trade(TradeFigure(parties: [a, b], value: Money(7, .usd))), reason: "revised"))
            }
            if case .factExtracted(let e) = event, n % 97 == 0 { facts.append(e.id) }
            batch.append(LogEntry(event, actor: "uid:0"))
            n += 1
        }
        _ = try await log.append(AppendRequest(entries: batch))
    }
    log.close()
    let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("segment-") }
    return try names.reduce(0) { $0 + Int64(try FileManager.default.attributesOfItem(atPath: directory + "/" + $1)[.size] as! UInt64) }
}

var rows: [(String, String, String, String)] = []
var summary: [String] = []

// 1. Cold replay against read-and-hash.
let directory = NSTemporaryDirectory() + "newsbench-\(getpid())"
defer { try? FileManager.default.removeItem(atPath: directory) }
let bytes = try await makeLog(directory, count: events)
let baseline = try seconds {
    for name in try FileManager.default.contentsOfDirectory(atPath: directory).filter({ $0.hasPrefix("segment-") }).sorted() {
        let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name))
        _ = SHA256.hash(data: data)
    }
}
var projections = Projections()
let replay = try seconds {
    let log = try EventLog.open(directory: FilePath(directory), logger: logger)
    try log.reader().forEachRecord(from: 1) { projections.apply(try $0.envelope()) }
    log.close()
}
let mb = Double(bytes) / 1e6
rows.append(("cold replay (\(events) events, \(Int(mb)) MB)", String(format: "%.0f events/s, %.0f MB/s", Double(events) / replay, mb / replay),
             String(format: "read+SHA-256: %.0f MB/s", mb / baseline), String(format: "%.2f× slower", replay / baseline)))
summary.append(String(format: "replay=%.0fev/s replay/readhash=%.2f", Double(events) / replay, replay / baseline))

// 2. Snapshot restore against the cold replay.
let state = projections.canonicalBytes()
let restore = try seconds { _ = try Projections(canonicalBytes: state) }
rows.append(("restore from a snapshot", String(format: "%.2f s (%d MB of state)", restore, state.count / 1_000_000), String(format: "cold replay: %.2f s", replay), String(format: "%.0f%% of the replay", 100 * restore / replay)))
summary.append(String(format: "restore/replay=%.2f", restore / replay))

// 3. Extraction on one core over the corpus.
let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Tests/corpus").path
let texts = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }.map { try String(contentsOfFile: corpus + "/" + $0, encoding: .utf8) }
let rounds = quick ? 50 : 500
let extractor = Extractor()
var found = 0
let extraction = seconds {
    for r in 0..<rounds { for (i, t) in texts.enumerated() { found += extractor.extract(t, article: ArticleID("sha256:\(r)-\(i)")).facts.count } }
}
let articles = Double(rounds * texts.count)
rows.append(("extraction (\(Int(articles)) articles, 1 core)", String(format: "%.0f articles/s", articles / extraction), "target 1,000/s", String(format: "%.2f× the target", articles / extraction / 1000)))
summary.append(String(format: "extract=%.0fart/s", articles / extraction))

let widths = [44, 34, 28, 22]
func line(_ cells: [String]) -> String { zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: " ") }
print(line(["WORKLOAD", "NEWSD", "BASELINE (same run)", "RATIO"]))
for r in rows { print(line([r.0, r.1, r.2, r.3])) }
print("newsbench \(quick ? "quick" : "full"): " + summary.joined(separator: " "))
