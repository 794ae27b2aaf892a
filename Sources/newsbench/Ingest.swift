import CSQLite
import Foundation
import NewsCore
import NewsIPC
import Synchronization

/// Runs `body(client)` on `clients` threads at once; returns the seconds from the first start to the last finish.
func concurrently(_ clients: Int, _ body: @escaping @Sendable (Int) throws -> Void) throws -> Double {
    let failures = Mutex<[String]>([])
    let group = DispatchGroup()
    let gate = DispatchSemaphore(value: 0)
    for client in 0..<clients {
        group.enter()
        let thread = Thread {
            gate.wait()
            do { try body(client) } catch { failures.withLock { $0.append("client \(client): \(error)") } }
            group.leave()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<clients { gate.signal() }
    group.wait()
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    if let first = failures.withLock({ $0.first }) { throw DaemonProcess.Failure(description: first) }
    return elapsed
}

/// The fact every ingest benchmark records, the same bytes for newsd and for SQLite.
func ingestPayload(_ i: Int) -> NewsAPI.RecordCall {
    let parties = [Party.country(CountryCode("KZ")!), .country(CountryCode("US")!)]
    return NewsAPI.RecordCall(
        fact: .trade(TradeFigure(parties: parties, value: Money(Decimal(1_000 + i) * 1_000_000, .usd), period: "2024")),
        note: "benchmark \(i)")
}

/// Durable ingest through the socket: `clients` connections, each recording its share of `events` facts,
/// each call answered only once its event is on disk. Returns events per second.
func newsdIngest(socket: String, clients: Int, events: Int) throws -> Double {
    let perClient = events / clients
    let seconds = try concurrently(clients) { client in
        let connection = try VarlinkClient(path: socket)
        for i in 0..<perClient {
            let reply = try connection.call(
                .record, ingestPayload(client * perClient + i), returning: NewsAPI.RecordReply.self)
            guard reply.sequence > 0 else { throw DaemonProcess.Failure(description: "no sequence number in a reply") }
        }
    }
    return Double(perClient * clients) / seconds
}

/// The baseline: SQLite in WAL mode with synchronous=FULL, one transaction per event, one
/// connection per client, the same payload (the call's JSON) and the same concurrency.
func sqliteIngest(path: String, clients: Int, events: Int) throws -> Double {
    for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
    let setup = try SQLite(path: path)
    try setup.execute("PRAGMA journal_mode=WAL")
    try setup.execute("CREATE TABLE events (seq INTEGER PRIMARY KEY, payload BLOB NOT NULL)")
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let perClient = events / clients
    let payloads = try (0..<(perClient * clients)).map { try Array(encoder.encode(ingestPayload($0))) }
    let seconds = try concurrently(clients) { client in
        let db = try SQLite(path: path)
        try db.execute("PRAGMA synchronous=FULL")
        for i in 0..<perClient { try db.insert(payloads[client * perClient + i]) }
    }
    return Double(perClient * clients) / seconds
}

/// Just enough of SQLite's C API for the baseline.
final class SQLite {
    private var db: OpaquePointer?
    private var insertStatement: OpaquePointer?

    init(path: String) throws {
        guard
            sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
                == SQLITE_OK
        else {
            throw DaemonProcess.Failure(description: "sqlite3_open \(path): \(String(cString: sqlite3_errmsg(db)))")
        }
        sqlite3_busy_timeout(db, 600_000)
    }

    deinit {
        sqlite3_finalize(insertStatement)
        sqlite3_close(db)
    }

    func execute(_ sql: String) throws {
        guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else {
            throw DaemonProcess.Failure(description: "\(sql): \(String(cString: sqlite3_errmsg(db)))")
        }
    }

    /// One INSERT in autocommit mode: its own transaction, durable when it returns.
    func insert(_ payload: [UInt8]) throws {
        if insertStatement == nil {
            guard
                sqlite3_prepare_v2(db, "INSERT INTO events (payload) VALUES (?)", -1, &insertStatement, nil)
                    == SQLITE_OK
            else {
                throw DaemonProcess.Failure(description: "prepare: \(String(cString: sqlite3_errmsg(db)))")
            }
        }
        sqlite3_reset(insertStatement)
        // Bound without a copy (SQLITE_STATIC), so stepped while the bytes are still borrowed.
        let done = payload.withUnsafeBytes {
            sqlite3_bind_blob(insertStatement, 1, $0.baseAddress, Int32($0.count), nil) == SQLITE_OK
                && sqlite3_step(insertStatement) == SQLITE_DONE
        }
        guard done else {
            throw DaemonProcess.Failure(description: "insert: \(String(cString: sqlite3_errmsg(db)))")
        }
    }
}
