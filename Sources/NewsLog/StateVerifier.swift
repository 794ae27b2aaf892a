import Logging
import SystemPackage

/// A whole check of a state directory: every CRC and chain link of the log, its Merkle root, and
/// every snapshot's integrity and binding to the log. Read-only; takes no lock.
public struct StateVerification: Codable, Sendable {
    public var intact: Bool
    public var records: UInt64
    public var segments: Int
    public var chain_hash: String
    public var tree_size: Int
    public var root: String
    public var snapshots: [String]
    public var finding: String?

    public static func run(stateDirectory: String) throws -> StateVerification {
        let logDirectory = FilePath(stateDirectory + "/log")
        let report = try LogVerifier.verify(directory: logDirectory)
        var outcome = StateVerification(
            intact: report.isIntact, records: report.records, segments: report.segments, chain_hash: report.chainHash.hex,
            tree_size: 0, root: "", snapshots: [], finding: report.finding.map(describe))
        if case .corrupt? = report.finding { return outcome }
        let reader = try LogReader.open(directory: logDirectory)
        let tree = try reader.merkleTree()
        outcome.tree_size = tree.size
        outcome.root = tree.root().hex
        let store = SnapshotStore(directory: FilePath(stateDirectory + "/snapshots"), logger: Logger(label: "verify", factory: { _ in SwiftLogNoOpLogHandler() }))
        for seq in try store.sequences() {
            let expected = try reader.chainHash(after: seq)
            let ok = try store.latest { n in n == seq ? expected : nil }?.sequence == seq
            if !ok { outcome.intact = false }
            outcome.snapshots.append("seq \(seq): " + (ok ? "intact and bound to the log" : "DAMAGED or not of this log"))
        }
        return outcome
    }

    static func describe(_ finding: VerifyReport.Finding) -> String {
        switch finding {
        case .tornTail(let l, let reason): "torn tail at \(l): \(reason) (newsd cuts it when it next starts, keeping a copy)"
        case .corrupt(let l, let reason): "first bad record: \(l): \(reason)"
        }
    }
}
