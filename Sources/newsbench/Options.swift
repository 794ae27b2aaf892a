import ArgumentParser

/// newsbench's command line.
struct BenchOptions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsbench",
        abstract: "newsd's benchmarks, each a ratio against a baseline measured in the same run.",
        discussion: "Run through Scripts/bench.sh, which builds newsd beside it. It asserts no timing.")

    static let workloads = ["replay", "restart", "queries", "ingest", "extraction"]

    @Flag(help: "A small ledger and short rounds: every workload runs, quickly, so that none rots.")
    var quick = false

    @Option(
        help:
            "Events in the ledger the replay, restart and query workloads use (default 1,000,000; 50,000 with --quick)."
    )
    var events: Int?

    @Option(
        help: "Run only these workloads, comma-separated: \(workloads.joined(separator: ", ")).", transform: Self.list)
    var only: [String]?

    @Option(
        help: "Client counts for the durable-ingest workload, comma-separated (default 1,16,64).",
        transform: Self.counts)
    var clients: [Int] = [1, 16, 64]

    @Option(
        name: .customLong("ingest-events"),
        help: "Events per ingest run (default 150 per client, at least 1,200; 20 per client with --quick).")
    var ingestEvents: Int?

    @Flag(help: "Keep the ledger and newsd's log in the temporary directory, for a profiler or a second look.")
    var keep = false

    @Option(
        help:
            "Replay this state directory's log (one --keep left) instead of writing a ledger; only with --only replay.")
    var ledger: String?

    mutating func validate() throws {
        if ledger != nil && only != ["replay"] {
            throw ValidationError("--ledger reuses a ledger for the replay alone: give it with --only replay")
        }
        if let events, events < 1 { throw ValidationError("--events must be at least 1") }
        if let ingestEvents, ingestEvents < 1 { throw ValidationError("--ingest-events must be at least 1") }
        if let unknown = only?.first(where: { !Self.workloads.contains($0) }) {
            throw ValidationError(
                "--only: no workload \"\(unknown)\"; the workloads are \(Self.workloads.joined(separator: ", "))")
        }
    }

    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    static func counts(_ text: String) throws -> [Int] {
        try list(text).map { part in
            guard let n = Int(part), n > 0 else { throw ValidationError("\"\(part)\" is not a client count") }
            return n
        }
    }
}
