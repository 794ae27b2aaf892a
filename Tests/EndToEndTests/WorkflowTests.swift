import Foundation
import NewsTestSupport
import Testing

/// newsd and newsctl as a user runs them: start, ingest, record, correct, query, in tables and JSON.
@Suite(.serialized) struct WorkflowTests {
    // A headline (no closing period) whose deal has no amount is no fact of its own: the body
    // tells it, and here the body gives only the trade figure.
    static let english = """
        Kazakhstan and the United States sign agreements worth billions at Washington summit
        Trade between the two countries has roughly doubled over the past decade.
        """
    static let arabic = "كازاخستان والولايات المتحدة توقعان اتفاقيات بمليارات الدولارات في واشنطن"

    @Test func aUserSession() async throws {
        let daemon = try await Daemon()
        defer { daemon.remove() }

        // Ingest from a file and from stdin; the same text again is a duplicate.
        let file = daemon.directory + "/article-en.txt"
        try Self.english.write(toFile: file, atomically: true, encoding: .utf8)
        var out = try await daemon.ctl(["ingest", file, "--published", "2025-11-07", "--source", "test-wire"])
        #expect(out.status == 0, "\(out.stderr)")
        // The article (seq 1) and the trade figure read in it (seq 2): "roughly doubled" between the two countries.
        #expect(out.stdout.contains("seq 1, en, 1 facts"), "\(out.stdout)")
        let extracted = try json(try await daemon.ctl(["trade", "--evidence", "--json"]))["trade"] as? [[String: Any]]
        #expect(
            ((extracted?.first?["reports"] as? [[String: Any]])?.first?["change"] as? [String: Any])?["text"] as? String
                == "roughly doubled")
        out = try await daemon.ctl(["ingest", "-", "--json"], stdin: Self.arabic)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("\"language\" : \"ar\""), "\(out.stdout)")
        out = try await daemon.ctl(["ingest", file])
        #expect(out.stdout.contains("duplicate of seq 1"), "\(out.stdout)")

        // Record one fact of each kind.
        out = try await daemon.ctl([
            "record", "agreement", "--party", "US", "--party", "Kazakhstan", "--kind", "investment-deal",
            "--title", "Tungsten deposits", "--value", "1.1bn", "--status", "signed", "--client-id", "tungsten",
            "--json",
        ])
        #expect(out.status == 0, "\(out.stderr)")
        let fact = try #require(try json(out)["fact"] as? String)
        out = try await daemon.ctl([
            "record", "agreement", "--party", "US", "--party", "KZ", "--kind", "investment-deal",
            "--title", "Tungsten deposits", "--value", "1.1bn", "--status", "signed", "--client-id", "tungsten",
        ])
        #expect(out.stdout.contains("already recorded"), "a retried record is a duplicate")
        #expect(
            try await daemon.ctl(["record", "trade", "--pair", "US,KZ", "--value", "5e9", "--change", "nearly doubled"])
                .status == 0)
        #expect(
            try await daemon.ctl([
                "record", "investment", "--investor", "US", "--recipient", "KZ", "--value", "100bn",
                "--qualifier", "more-than", "--cumulative", "--companies", ">600", "--rank", "1",
            ]).status == 0)

        // Tables for people.
        out = try await daemon.ctl(["agreements", "--party", "KZ"])
        #expect(out.stdout.contains("Tungsten deposits") && out.stdout.contains("$1.1 bn"), "\(out.stdout)")
        out = try await daemon.ctl(["trade", "--pair", "KZ,US"])
        #expect(out.stdout.contains("$5 bn") && out.stdout.contains("nearly doubled"), "\(out.stdout)")
        out = try await daemon.ctl(["investments", "--investor", "US"])
        #expect(out.stdout.contains("more than $100 bn") && out.stdout.contains(">600"), "\(out.stdout)")
        #expect(try await daemon.ctl(["totals", "--by", "recipient"]).stdout.contains("KZ"))

        // Correct, then see the new value, the history, and the old value as of before.
        out = try await daemon.ctl(["correct", fact, "--value", "1.2bn", "--reason", "the ministry's figure"])
        #expect(out.status == 0, "\(out.stderr)")
        let agreements = try json(try await daemon.ctl(["agreements", "--json"]))["agreements"] as? [[String: Any]]
        let value = (agreements?.first?["value"] as? [String: Any])?["amount"] as? String
        #expect(value == "1200000000")
        out = try await daemon.ctl(["fact", fact])
        #expect(
            out.stdout.contains("corrected by uid:") && out.stdout.contains("the ministry's figure"), "\(out.stdout)")
        out = try await daemon.ctl(["agreements", "--as-of", "4", "--json"])
        #expect(out.stdout.contains("\"amount\" : \"1100000000\""), "\(out.stdout)")

        // Retract, and the log shows everything in order.
        #expect(try await daemon.ctl(["retract", fact, "--reason", "duplicate entry"]).status == 0)
        let remaining = try json(try await daemon.ctl(["agreements", "--json"]))["agreements"] as? [Any]
        #expect(remaining == nil || remaining?.isEmpty == true)
        out = try await daemon.ctl(["log", "export"])
        let lines = out.stdout.split(separator: "\n")
        #expect(lines.count == 8, "\(out.stdout)")
        #expect(lines.first?.contains("\"seq\":1") == true && lines.last?.contains("FactRetracted") == true)
        #expect(try await daemon.ctl(["log", "tail", "-n", "2"]).stdout.split(separator: "\n").count == 2)
        #expect(try await daemon.ctl(["status", "--json"]).stdout.contains("\"sequence\" : 8"))

        // The state survives a restart.
        #expect(await daemon.stop() == 0, "\(daemon.log)")
        let again = try await Daemon(directory: daemon.directory)
        defer { again.stopInBackground() }
        #expect(try await again.ctl(["status", "--json"]).stdout.contains("\"sequence\" : 8"))
        #expect(try await again.ctl(["articles"]).stdout.contains("test-wire"))
    }

    @Test func exitCodesAreTheDocumentedOnes() async throws {
        let daemon = try await Daemon()
        defer { daemon.remove() }
        #expect(try await daemon.ctl(["fact", "f-none"]).status == 3)
        #expect(try await daemon.ctl(["agreements", "--kind", "treaty"]).status == 2)
        #expect(try await daemon.ctl(["record", "agreement", "--party", "Atlantis", "--title", "x"]).status == 2)
        #expect(try await daemon.ctl(["agreements", "--as-of", "2025-13-01"]).status == 2)
        #expect(try await daemon.ctl(["bogus-command"]).status == 2)
        #expect(try await daemon.ctl(["ingest"]).status == 2)
        #expect(try await daemon.ctl(["ingest", "-", "--published", "yesterday"]).status == 2)
        let unreachable = try await run(Built.newsctl, ["status", "--socket", daemon.directory + "/nothing"])
        #expect(unreachable.status == 69)
        #expect(unreachable.stderr.contains("cannot reach newsd"))
    }

    @Test(.enabled(if: isRoot, "needs setpriv to act as another user"))
    func onlyRootAndTheWriterGroupMayWrite() async throws {
        let config = "/tmp/newsd-e2e-config-\(getpid()).conf"
        try "socket_mode = 0666\nwriter_group = 4242\n".write(toFile: config, atomically: true, encoding: .utf8)
        defer { unlink(config) }
        let daemon = try await Daemon(arguments: ["--config", config])
        defer { daemon.remove() }
        let nobody = (uid: 65534, gid: 65534)
        var out = try await daemon.ctl(["status"], user: nobody)
        #expect(out.status == 0, "a reader may query: \(out.stderr)")
        out = try await daemon.ctl(["ingest", "-"], stdin: "An article from nobody.", user: nobody)
        #expect(out.status == 4, "\(out.stderr)")
        #expect(out.stderr.contains("permission denied: uid 65534"))
        // A member of the writer group may write, and is recorded as the actor.
        out = try await run(
            "/usr/bin/setpriv",
            [
                "--reuid=65534", "--regid=4242", "--clear-groups", Built.newsctl, "record", "trade", "--pair", "US,KZ",
                "--value", "1bn",
            ],
            environment: ["NEWSD_SOCKET": daemon.socket])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(try await daemon.ctl(["log", "tail", "-n", "1"]).stdout.contains("uid:65534"))
        #expect(try await daemon.ctl(["status", "--json"]).stdout.contains("\"sequence\" : 1"))

        // SIGHUP applies a new writer group: now nobody's own group may write.
        try "socket_mode = 0666\nwriter_group = 65534\n".write(toFile: config, atomically: true, encoding: .utf8)
        kill(daemon.pid, SIGHUP)
        let allowed = try await eventually(poll: .milliseconds(50)) {
            try await daemon.ctl(
                ["record", "trade", "--pair", "US,KZ", "--value", "2bn", "--client-id", "after-reload"], user: nobody
            ).status == 0
        }
        #expect(allowed, "the reloaded writer group applies: \(daemon.log)")
        #expect(daemon.log.contains("reloaded the configuration"))
    }

    @Test func shellCompletionsAreGenerated() async throws {
        for shell in ["bash", "zsh", "fish"] {
            let out = try await run(Built.newsctl, ["--generate-completion-script", shell])
            #expect(out.status == 0 && out.stdout.contains("agreements") && out.stdout.contains("ingest"), "\(shell)")
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-socket-activate")))
    func socketActivation() async throws {
        let daemon = try await Daemon(
            prefix: [
                "/usr/bin/systemd-socket-activate", "--listen=" + "/tmp/newsd-sa-\(getpid()).sock", "--fdname=varlink",
            ],
            waitForSocket: false)
        let socket = "/tmp/newsd-sa-\(getpid()).sock"
        defer {
            daemon.remove()
            unlink(socket)
        }
        // The first call starts newsd on the handed-over socket.
        var out = Outcome(status: -1, stdout: "", stderr: "")
        _ = try await eventually(poll: .milliseconds(50)) {
            out = try await run(
                Built.newsctl, ["record", "trade", "--pair", "US,KZ", "--value", "2bn"],
                environment: ["NEWSD_SOCKET": socket])
            return out.status == 0
        }
        #expect(out.status == 0, "\(out.stderr)\n\(daemon.log)")
        out = try await run(Built.newsctl, ["trade", "--json"], environment: ["NEWSD_SOCKET": socket])
        #expect(out.stdout.contains("2000000000"))
        #expect(daemon.log.contains("serving a socket handed over by systemd"), "\(daemon.log)")
        #expect(!FileManager.default.fileExists(atPath: daemon.socket), "newsd bound no socket of its own")
    }
}
