import Foundation
import NewsCore
import NewsLog
import NewsTestSupport
import SystemPackage
import Testing

/// `newsctl audit` proofs, checked by a verifier written from RFC 9162 alone (Tests/audit/verify_proofs.py).
@Suite struct MerkleProofTests {
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func proofsOfATenThousandEventLogVerifyAndAlteredOnesDoNot() async throws {
        let directory = try makeTemporaryDirectory("newsd-merkle")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var configuration = EventLog.Configuration()
        configuration.segmentSize = 256 << 10
        let state = directory + "/state"
        let log = try EventLog.open(
            directory: FilePath(state + "/log"), configuration: configuration,
            logger: quietLogger)
        let us = Party.country(CountryCode("US")!)
        let kz = Party.country(CountryCode("KZ")!)
        for batch in 0..<100 {
            let entries = (0..<100).map { i in
                LogEntry(
                    .factAsserted(
                        FactAsserted(
                            id: FactID("m-\(batch)-\(i)"),
                            fact: .trade(
                                TradeFigure(parties: [us, kz], value: Money(Decimal(batch * 100 + i + 1), .usd))))),
                    actor: "uid:0")
            }
            _ = try await log.append(AppendRequest(entries: entries))
        }
        #expect(log.lastSequence == 10_000)
        log.close()

        let root = try await run(Built.newsctl, ["audit", "root", "--state-dir", state, "--json"])
        #expect(root.stdout.contains("\"tree_size\":10000"), "\(root.stdout) \(root.stderr)")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("audit/verify_proofs.py").path
        let seed = UInt32.random(in: 0...UInt32.max)
        // Offline, from the full tree that newsctl builds by reading the log.
        var out = try await run("/usr/bin/python3", [script, Built.newsctl, state, "25", "\(seed)"], timeout: 300)
        #expect(out.status == 0, "\(out.stdout)\n\(out.stderr)")
        #expect(out.stdout.contains(" passed, 0 failed"), "\(out.stdout)")
        print("merkle proofs offline: \(out.stdout.split(separator: "\n").last ?? "")")

        // Online, from the compact tree newsd built at open, then grew as it appended.
        let daemon = try await Daemon(directory: directory)
        defer { daemon.remove() }
        #expect(try await daemon.ctl(["audit", "root", "--json"]).stdout == root.stdout)
        for n in 1...5 {
            #expect(try await daemon.ctl(["record", "trade", "--pair", "US,KZ", "--value", "\(n)bn"]).status == 0)
        }
        out = try await run(
            "/usr/bin/python3", [script, Built.newsctl, "socket:" + daemon.socket, "25", "\(seed)"], timeout: 300)
        #expect(out.status == 0, "\(out.stdout)\n\(out.stderr)")
        #expect(out.stdout.contains(" passed, 0 failed"), "\(out.stdout)")
        print("merkle proofs online: \(out.stdout.split(separator: "\n").last ?? "")")
        // Byte for byte what the full tree gives, for the grown log too.
        for arguments in [["root"], ["prove", "10003", "--tree-size", "10004"], ["consistency", "--from", "9999"]] {
            let online = try await daemon.ctl(["audit"] + arguments + ["--json"])
            let offline = try await run(Built.newsctl, ["audit"] + arguments + ["--state-dir", state, "--json"])
            #expect(online.status == 0 && online.stdout == offline.stdout, "\(arguments): \(online.stderr)")
        }
    }

    @Test func smallTreesMatchTheRFCsDefinition() {
        // MTH of 0, 1, 2 and 3 leaves, by the RFC's recursion, computed by hand here.
        var tree = MerkleTree()
        #expect(tree.root().hex == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        for b: UInt8 in [1, 2, 3] { [b].withUnsafeBytes { tree.append(leaf: $0) } }
        let l = tree.leaves
        #expect(tree.root(size: 1) == l[0])
        #expect(tree.root(size: 2) == MerkleTree.nodeHash(l[0], l[1]))
        #expect(tree.root(size: 3) == MerkleTree.nodeHash(MerkleTree.nodeHash(l[0], l[1]), l[2]))
        #expect(tree.inclusionProof(index: 2, size: 3) == [MerkleTree.nodeHash(l[0], l[1])])
        #expect(tree.consistencyProof(from: 2, to: 3) == [l[2]])
    }
}
