import Foundation
import NewsTestSupport
import Testing

/// A client no one here wrote: the Python `varlink` package (Scripts/setup.sh installs it).
@Suite struct ForeignClientTests {
    static func hasPythonVarlink() async -> Bool {
        (try? await run("/usr/bin/env", ["python3", "-c", "import varlink"]).status) == 0
    }

    @Test(.enabled("needs python3 with the varlink package") { await hasPythonVarlink() })
    func thePythonVarlinkPackageWorksAgainstNewsd() async throws {
        let daemon = try await Daemon()
        defer { daemon.remove() }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("clients/varlink_client.py").path
        let out = try await run("/usr/bin/env", ["python3", script, daemon.socket])
        try #require(out.status == 0, "\(out.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let info = try #require(summary["info"] as? [String: Any])
        #expect(info["product"] as? String == "newsd")
        let served = ["org.varlink.service", "io.newsd.Query", "io.newsd.Ingest", "io.newsd.Log", "io.newsd"]
        #expect(info["interfaces"] as? [String] == served)
        let descriptions = try #require(summary["descriptions"] as? [String: String])
        // The package's parser reads every description, the server's own errors' too.
        #expect(summary["parsed"] as? [String: String] == Dictionary(uniqueKeysWithValues: served.map { ($0, $0) }))
        #expect(descriptions["io.newsd"]?.contains("error TooManyConnections (limit: int)") == true)
        #expect(descriptions["io.newsd.Query"]?.contains("method Agreements(") == true)
        #expect(descriptions["io.newsd.Log"]?.contains("method Events(") == true)
        let recorded = try #require(summary["recorded"] as? [String: Any])
        #expect(recorded["duplicate"] as? Bool == false)
        let trade = try #require((summary["trade"] as? [String: Any])?["trade"] as? [[String: Any]])
        #expect(trade.count == 1)
        #expect(
            ((trade.first?["latest"] as? [String: Any])?["value"] as? [String: Any])?["amount"] as? String
                == "5000000000")
        #expect(summary["missing"] as? String == "io.newsd.Query.NotFound")
        // The fact was recorded by the python client's uid.
        #expect(try await daemon.ctl(["log", "tail", "-n", "1"]).stdout.contains("uid:\(getuid())"))
    }
}
