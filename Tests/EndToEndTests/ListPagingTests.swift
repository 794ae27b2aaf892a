import Foundation
import NewsIPC
import NewsTestSupport
import Testing

/// newsctl's lists page through newsd's answers: every entry once, lean unless asked in full.
@Suite struct ListPagingTests {
    @Test func newsctlPagesThroughLeanAnswersAndAsksForEvidence() async throws {
        let daemon = try await Daemon()
        defer { daemon.remove() }
        let years = 2000..<2023
        for year in years {
            let out = try await daemon.ctl([
                "record", "trade", "--pair", "US,KZ", "--period", "\(year)", "--value", "\(year - 1990)bn",
            ])
            #expect(out.status == 0, "\(out.stderr)")
        }
        // Pages of 4: all 23 figures, each once, in key order, as of one point.
        var out = try await daemon.ctl(["trade", "--page-size", "4", "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let reply = try json(out)
        let trade = try #require(reply["trade"] as? [[String: Any]])
        #expect(trade.compactMap { $0["period"] as? String } == years.map(String.init))
        #expect(reply["total"] as? Int == 23 && reply["next"] == nil && reply["as_of"] as? Int == 23)
        // Lean: a count, no reports; in full, the reports too.
        #expect(trade[0]["reports"] == nil && trade[0]["report_count"] as? Int == 1)
        out = try await daemon.ctl(["trade", "--page-size", "5", "--evidence", "--json"])
        let full = try #require(try json(out)["trade"] as? [[String: Any]])
        #expect(full.count == 23 && (full[3]["reports"] as? [[String: Any]])?.count == 1)

        // The table, the limit and its footer.
        out = try await daemon.ctl(["trade", "--page-size", "3", "--limit", "10"])
        #expect(out.status == 0 && out.stdout.contains("10 of 23 trade figures as of seq 23"), "\(out.stdout)")
        #expect(out.stdout.contains("2009") && !out.stdout.contains("2010"), "\(out.stdout)")
        out = try await daemon.ctl(["trade", "--page-size", "0"])
        #expect(out.status != 0 && out.stderr.contains("--page-size"), "\(out.stderr)")

        // Articles page the same way, in the order ingested.
        for n in 1...3 {
            out = try await daemon.ctl(["ingest", "-"], stdin: "Item \(n): the weather in the capital stayed mild.")
            #expect(out.status == 0, "\(out.stderr)")
        }
        out = try await daemon.ctl(["articles", "--page-size", "2", "--json"])
        let articles = try #require(try json(out)["articles"] as? [[String: Any]])
        #expect(articles.compactMap { $0["sequence"] as? Int } == [24, 25, 26], "\(out.stdout)")
        out = try await daemon.ctl(["articles", "--limit", "1"])
        #expect(out.stdout.contains("1 of 3 articles as of seq 26"), "\(out.stdout)")

        // newsd's own pages: a cursor goes on where the page before stopped, and is refused by another list.
        let raw = try await offPool { [socket = daemon.socket] in
            let client = try VarlinkClient(path: socket)
            func call(_ method: String, _ parameters: String) throws -> [UInt8] {
                try client.sendRaw(
                    Array(#"{"method":"io.newsd.Query.\#(method)","parameters":\#(parameters)}"#.utf8) + [0])
                return try client.receiveRaw()
            }
            let first = try call("Trade", #"{"limit":20}"#)
            let object = try JSONSerialization.jsonObject(with: Data(first)) as? [String: Any]
            let next = ((object?["parameters"] as? [String: Any])?["next"] as? String) ?? ""
            return [
                first, try call("Trade", #"{"after":"\#(next)"}"#), try call("Agreements", #"{"after":"\#(next)"}"#),
                try call("Agreements", #"{"limit":10001}"#), try call("Trade", #"{"after":"not a cursor"}"#),
            ]
        }
        let answers = try raw.map { try JSONSerialization.jsonObject(with: Data($0)) as? [String: Any] ?? [:] }
        func parameters(_ i: Int) -> [String: Any] { answers[i]["parameters"] as? [String: Any] ?? [:] }
        #expect((parameters(0)["trade"] as? [Any])?.count == 20 && parameters(0)["total"] as? Int == 23)
        #expect(
            (parameters(1)["trade"] as? [[String: Any]])?.compactMap { $0["period"] as? String } == [
                "2020", "2021", "2022",
            ])
        #expect(parameters(1)["next"] == nil)
        for (i, parameter) in [(2, "after"), (3, "limit"), (4, "after")] {
            #expect(answers[i]["error"] as? String == "io.newsd.Query.InvalidQuery", "\(answers[i])")
            #expect(parameters(i)["parameter"] as? String == parameter, "\(answers[i])")
        }
    }
}
