// newsbench: newsd's benchmarks, each reported as a ratio against a baseline measured in the
// same run (absolute times drift on shared machines). Run through Scripts/bench.sh.
//
//   newsbench [--quick] [--events N] [--only replay,restart,queries,ingest,extraction] [--clients 1,16,64] [--ingest-events N] [--keep] [--ledger STATE]
//   (Options.swift; newsbench --help)
//
// It asserts no timing: it prints one table and a last line of ratios. The workloads and their
// baselines are those of issue 8; the README has the latest figures and how to read them.

import Crypto
import Foundation
import Logging
import NewsCore
import NewsExtract
import NewsIPC
import NewsLog
import SystemPackage

let options = BenchOptions.parseOrExit()
let quick = options.quick
let events = options.events ?? (quick ? 50_000 : 1_000_000)
let only = options.only.map(Set.init)
func selected(_ name: String) -> Bool { only?.contains(name) ?? true }
let logger = Logger(label: "bench", factory: { _ in SwiftLogNoOpLogHandler() })
let binDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
let newsd = binDirectory + "/newsd"

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

struct Row {
    var workload: String
    var newsd: String
    var baseline: String
    var ratio: String
    var target: String
}
var rows: [Row] = []
var summary: [String] = []
func f(_ format: String, _ values: any CVarArg...) -> String { String(format: format, arguments: values) }

let root = NSTemporaryDirectory() + "newsbench-\(getpid())"
try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
// --keep leaves the ledger and newsd's log behind, for a profiler or a second look.
let keep = options.keep
defer { if keep { print("newsbench: kept \(root)") } else { try? FileManager.default.removeItem(atPath: root) } }
let state = options.ledger ?? root + "/state"
let socket = root + "/" + StateDirectory.socketName
let daemonLog = root + "/newsd.log"

func fail(_ message: String) -> Never {
    DaemonProcess.killAll()
    FileHandle.standardError.write(Data("newsbench: \(message)\n".utf8))
    if let text = try? String(contentsOfFile: daemonLog, encoding: .utf8) {
        FileHandle.standardError.write(Data(text.suffix(4_000).utf8))
    }
    try? FileManager.default.removeItem(atPath: root)
    exit(1)
}

// The ledger the replay, restart, query and memory workloads share.
var ledgerEvents = 0
var ledgerBytes: Int64 = 0
if options.ledger != nil {
    let log = try EventLog.open(directory: StateDirectory(state).log, logger: logger)
    ledgerEvents = Int(log.lastSequence)
    log.close()
    for path in try Fixture.segments(state: state) {
        ledgerBytes += Int64(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0)
    }
} else if selected("replay") || selected("restart") || selected("queries") {
    FileHandle.standardError.write(Data("newsbench: writing a ledger of \(events) events\n".utf8))
    (ledgerEvents, ledgerBytes) = try await Fixture.make(state: state, events: events, logger: logger)
}
let mb = Double(ledgerBytes) / 1e6

// 1. Cold replay in process, against reading and SHA-256 hashing the same segment files.
var replaySeconds = 0.0
if selected("replay") {
    let readHash = try seconds {
        for path in try Fixture.segments(state: state) {
            _ = SHA256.hash(data: try Data(contentsOf: URL(fileURLWithPath: path)))
        }
    }
    var projections = Projections()
    replaySeconds = try seconds {
        let log = try EventLog.open(directory: StateDirectory(state).log, logger: logger)
        defer { log.close() }
        projections.reserveCapacity(events: Int(log.lastSequence))
        try log.reader().forEachFoldEvent(from: 1) { projections.apply($2, sequence: $0, timestamp: $1) }
    }
    guard projections.lastSequence == UInt64(ledgerEvents) else {
        fail("the replay stopped at \(projections.lastSequence) of \(ledgerEvents)")
    }
    rows.append(
        Row(
            workload: "cold replay (\(ledgerEvents) events, \(Int(mb)) MB)",
            newsd: f("%.0f events/s, %.0f MB/s", Double(ledgerEvents) / replaySeconds, mb / replaySeconds),
            baseline: f("read+SHA-256 %.0f MB/s", mb / readHash),
            ratio: f("%.1f× the baseline's time", replaySeconds / readHash),
            target: "≥ 1M events/s, ≤ 3×"))
    summary.append(
        f("replay=%.0fev/s replay/readhash=%.1f", Double(ledgerEvents) / replaySeconds, replaySeconds / readHash))

    // The log's open at a start: seals let it skip the records of full segments, and of the last
    // segment as far as its seal (written at the close) goes; a full check reads every record.
    var opened: EventLog? = nil
    let sealedOpen = try seconds { opened = try EventLog.open(directory: StateDirectory(state).log, logger: logger) }
    let trusted = opened?.trustedSeals ?? 0
    opened?.close()
    let fullCheck = try seconds { _ = try LogVerifier.verify(directory: StateDirectory(state).log) }
    rows.append(
        Row(
            workload: "open the log at a start (\(trusted) seals)",
            newsd: f("%.1f ms", sealedOpen * 1e3),
            baseline: f("full check of every record %.2f s", fullCheck),
            ratio: f("%.4f× the full check's time", sealedOpen / fullCheck), target: "(part of restart)"))
    summary.append(f("open_ms=%.1f fullcheck_s=%.2f", sealedOpen * 1e3, fullCheck))

    // The Merkle tree: the root and a proof from the tree the log keeps as it appends, against
    // the full tree built by reading the log, as every answer was made before.
    let log = try EventLog.open(directory: StateDirectory(state).log, logger: logger)
    let fullTree = try seconds { _ = try LogProofs.head(log.reader()) }
    var rounds = 0
    let compact = try seconds {
        for i in 0..<200 {
            _ = LogProofs.head(log)
            _ = try LogProofs.inclusion(log, seq: UInt64(1 + (i * 7919) % ledgerEvents), treeSize: nil)
            rounds += 1
        }
    }
    log.close()
    rows.append(
        Row(
            workload: "Merkle root + inclusion proof, in process",
            newsd: f("%.0f µs", compact / Double(rounds) * 1e6),
            baseline: f("full tree from the log %.2f s", fullTree),
            ratio: f("%.5f× the full tree's time", compact / Double(rounds) / fullTree),
            target: "O(log n)"))
    summary.append(f("merkle_us=%.0f", compact / Double(rounds) * 1e6))

    let snapshot = projections.canonicalBytes()
    let restore = try seconds { _ = try Projections(canonicalBytes: snapshot) }
    rows.append(
        Row(
            workload: "restore a snapshot, in process",
            newsd: f("%.2f s (%.0f MB)", restore, Double(snapshot.count) / 1e6),
            baseline: f("cold replay %.2f s", replaySeconds),
            ratio: f("%.0f%% of the replay", 100 * restore / replaySeconds), target: "≤ 10%"))
    summary.append(f("restore/replay=%.2f", restore / replaySeconds))
}

// 2–4, 6. newsd itself on the ledger: cold start to READY, memory, restart with its own
// snapshot, and query round trips against a ping on the same connection.
if selected("restart") || selected("queries") {
    guard FileManager.default.isExecutableFile(atPath: newsd) else {
        fail("no newsd beside newsbench at \(newsd); build it first (Scripts/bench.sh does)")
    }
    let cold = try DaemonProcess(binary: newsd, state: state, socket: socket, log: daemonLog)
    let coldMemory = cold.memory()
    guard cold.stop() == 0 else { fail("newsd did not stop cleanly after the cold start") }
    let snapshots = (try? FileManager.default.contentsOfDirectory(atPath: StateDirectory(state).snapshots.string)) ?? []
    guard !snapshots.isEmpty else { fail("newsd left no snapshot at its stop") }
    let warm = try DaemonProcess(binary: newsd, state: state, socket: socket, log: daemonLog)
    let warmMemory = warm.memory()
    defer { warm.stop() }

    rows.append(
        Row(
            workload: "newsd start to READY, \(ledgerEvents) events",
            newsd: f("%.2f s with a snapshot", warm.secondsToReady),
            baseline: f("%.2f s cold (replay)", cold.secondsToReady),
            ratio: f("%.0f%% of the cold start", 100 * warm.secondsToReady / cold.secondsToReady), target: "≤ 10%"))
    summary.append(f("restart/cold=%.2f", warm.secondsToReady / cold.secondsToReady))
    rows.append(
        Row(
            workload: "newsd memory at \(ledgerEvents) events",
            newsd: f(
                "%.0f MB peak, %.0f B/event", Double(coldMemory.peak) / 1e6,
                Double(coldMemory.resident) / Double(ledgerEvents)),
            baseline: f("log %.0f MB on disk", mb),
            ratio: f("after a snapshot: %.0f B/event", Double(warmMemory.resident) / Double(ledgerEvents)),
            target: "≤ 500 B/event"))
    summary.append(f("rss_bytes_per_event=%.0f", Double(coldMemory.resident) / Double(ledgerEvents)))

    if selected("queries") {
        let connection = try VarlinkClient(path: socket)
        struct Query {
            var name: String
            var method: String
            var parameters: String
            /// Its name in the summary line; the method's by default.
            var tag: String? = nil
        }
        let ping = Query(name: "ping", method: "org.varlink.service.GetInfo", parameters: "{}")
        let queries = [
            Query(
                name: "agreements: KZ–CN, ≥ $1bn, a lean page", method: NewsMethod.agreements.qualified,
                parameters: #"{"parties":["KZ","CN"],"value":{"currency":"USD","min":"1000000000"}}"#),
            Query(
                name: "the same, in full (evidence: true)", method: NewsMethod.agreements.qualified,
                parameters:
                    #"{"parties":["KZ","CN"],"value":{"currency":"USD","min":"1000000000"},"evidence":true,"limit":10000}"#,
                tag: "AgreementsFull"),
            Query(
                name: "investment totals by recipient", method: NewsMethod.totals.qualified,
                parameters: #"{"by":"recipient"}"#),
            Query(
                name: "trade: KZ–CN, 2024", method: NewsMethod.trade.qualified,
                parameters: #"{"parties":["KZ","CN"],"period":"2024"}"#),
            Query(name: "audit root", method: NewsMethod.root.qualified, parameters: "{}"),
            Query(
                name: "audit prove, a record mid-log", method: NewsMethod.prove.qualified,
                parameters: #"{"seq":\#(ledgerEvents / 2 + 7)}"#),
            Query(
                name: "audit consistency, a third to all", method: NewsMethod.consistency.qualified,
                parameters: #"{"first":\#(ledgerEvents / 3 + 5)}"#),
        ]
        func roundTrip(_ q: Query) throws -> (Double, Int) {
            let message = Array(#"{"method":"\#(q.method)","parameters":\#(q.parameters)}"#.utf8) + [0]
            let start = DispatchTime.now().uptimeNanoseconds
            try connection.sendRaw(message)
            let reply = try connection.receiveRaw()
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            if reply.starts(with: Array(#"{"error""#.utf8)) {
                fail("\(q.method) failed: \(String(decoding: reply.prefix(300), as: UTF8.self))")
            }
            return (elapsed, reply.count)
        }
        let rounds = quick ? 60 : 300
        var times = [String: [Double]]()
        var sizes = [String: Int]()
        for _ in 0..<5 { for q in [ping] + queries { _ = try roundTrip(q) } }  // warm up
        for _ in 0..<rounds {
            for q in [ping] + queries {
                let (ms, size) = try roundTrip(q)
                times[q.name, default: []].append(ms)
                sizes[q.name] = size
            }
        }
        func percentile(_ values: [Double], _ p: Double) -> Double {
            let sorted = values.sorted()
            return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
        }
        let pingP50 = percentile(times["ping"]!, 0.5)
        let pingP99 = percentile(times["ping"]!, 0.99)
        rows.append(
            Row(
                workload: "query: ping (GetInfo)", newsd: f("p50 %.3f ms, p99 %.3f ms", pingP50, pingP99), baseline: "",
                ratio: "", target: ""))
        for q in queries {
            let p50 = percentile(times[q.name]!, 0.5)
            let p99 = percentile(times[q.name]!, 0.99)
            rows.append(
                Row(
                    workload: "query: \(q.name) (\(sizes[q.name]! / 1000) kB)",
                    newsd: f("p50 %.3f ms, p99 %.3f ms", p50, p99),
                    baseline: f("ping p99 %.3f ms", pingP99), ratio: f("p99 %.1f× the ping", p99 / pingP99),
                    target: "p99 ≤ 3×"))
            summary.append(
                "q_" + (q.tag ?? String(q.method.split(separator: ".").last!)) + f("_p99/ping=%.1f", p99 / pingP99))
        }
    }
}

// 1. Durable ingest through the socket, against SQLite with the same concurrency.
if selected("ingest") {
    guard FileManager.default.isExecutableFile(atPath: newsd) else {
        fail("no newsd beside newsbench at \(newsd); build it first (Scripts/bench.sh does)")
    }
    let fresh = root + "/ingest-state"
    let daemon = try DaemonProcess(binary: newsd, state: fresh, socket: root + "/ingest.newsd", log: daemonLog)
    defer { daemon.stop() }
    let levels = options.clients
    for clients in levels {
        let count = options.ingestEvents ?? (quick ? 20 : 150) * max(clients, 8)
        let ours = try newsdIngest(socket: daemon.socket, clients: clients, events: count)
        let theirs = try sqliteIngest(path: root + "/baseline.sqlite", clients: clients, events: count)
        rows.append(
            Row(
                workload: "durable ingest, \(clients) client\(clients == 1 ? "" : "s") (\(count) events)",
                newsd: f("%.0f events/s", ours),
                baseline: f("SQLite WAL+FULL %.0f events/s", theirs), ratio: f("%.2f× SQLite", ours / theirs),
                target: clients == 64 ? "≥ 10×" : clients == 1 ? "≥ 1×" : ""))
        summary.append(f("ingest%d/sqlite=%.2f", clients, ours / theirs))
    }
}

// 5. Extraction on one core over the corpus, against a minimal pass over the same texts.
if selected("extraction") {
    let corpus = ExtractionCorpus.load()
    let extractor = Extractor()
    let ids = corpus.texts.indices.map { ArticleID("sha256:bench-\($0)") }
    guard corpus.texts.indices.reduce(0, { $0 + extractor.extract(corpus.texts[$1], article: ids[$1]).facts.count }) > 0
    else {
        fail("the extractor found nothing in \(corpus.name)")
    }
    // Rounds of both passes, interleaved so that load from elsewhere weighs on both alike,
    // until the extraction has run long enough to time.
    var extracting = 0.0
    var splitting = 0.0
    var rounds = 0
    var sink = 0
    while rounds < 2 || extracting < (quick ? 0.5 : 4) {
        splitting += seconds { for t in corpus.texts { sink &+= ExtractionCorpus.minimalPass(t) } }
        extracting += seconds {
            for (t, id) in zip(corpus.texts, ids) { sink &+= extractor.extract(t, article: id).facts.count }
        }
        rounds += 1
    }
    let articles = Double(rounds * corpus.texts.count)
    let megabytes = Double(rounds * corpus.bytes) / 1e6
    rows.append(
        Row(
            workload: "extraction, \(corpus.name) (\(corpus.texts.count) × \(rounds))",
            newsd: f("%.0f articles/s, %.2f MB/s", articles / extracting, megabytes / extracting),
            baseline: f("lowercase+words %.1f MB/s", megabytes / splitting),
            ratio: f("%.1f× the baseline's time", extracting / splitting),
            target: f("≥ 1,000/s (%.2f×)", articles / extracting / 1000)))
    summary.append(f("extract=%.0fart/s", articles / extracting))
    summary.append(f("extract/words=%.1f", extracting / splitting))
    if sink == 42 { print("") }  // keeps both passes from being optimised away
}

let widths = [46, 34, 30, 28, 20]
func line(_ cells: [String]) -> String {
    zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: " ")
}
print(line(["WORKLOAD", "NEWSD", "BASELINE (same run)", "RATIO", "TARGET"]))
for r in rows { print(line([r.workload, r.newsd, r.baseline, r.ratio, r.target])) }
print("newsbench \(quick ? "quick" : "full") (\(events) events): " + summary.joined(separator: " "))
