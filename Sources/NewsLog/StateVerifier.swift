import Logging
import NewsCore
import SystemPackage

/// A whole check of a state directory: every CRC and chain link of the log, its Merkle root,
/// every snapshot's integrity and binding to the log, and the latest signed checkpoint.
/// Read-only; takes no lock.
public enum StateVerifier {
    /// Checks the directory; `publicKey` (hex) pins the checkpoint key an auditor trusts.
    public static func check(stateDirectory: String, publicKey: String? = nil) throws -> StateCheck {
        let state = StateDirectory(stateDirectory)
        let logDirectory = state.log
        let report = try LogVerifier.verify(directory: logDirectory)
        var outcome = StateCheck(
            intact: report.isIntact, records: report.records, segments: report.segments,
            chainHash: report.chainHash.digest,
            tree: nil, snapshots: [], checkpoint: nil, finding: report.finding.map(describe))
        if case .corrupt? = report.finding { return outcome }
        let reader = try LogReader.open(directory: logDirectory)
        let tree = try reader.merkleTree()
        outcome.tree = TreeHead(size: tree.size, root: tree.root())
        let store = SnapshotStore(
            directory: state.snapshots,
            logger: Logger(label: "verify", factory: { _ in SwiftLogNoOpLogHandler() }))
        for seq in try store.sequences() {
            let expected = try reader.chainHash(after: seq)
            let ok = try store.latest { n in n == seq ? expected : nil }?.sequence == seq
            if !ok { outcome.intact = false }
            outcome.snapshots.append(
                "seq \(seq): " + (ok ? "intact and bound to the log" : "DAMAGED or not of this log"))
        }
        let checkpoints = CheckpointStore(stateDirectory: stateDirectory)
        if let c = checkpoints.latest() {
            let trusted = publicKey ?? checkpoints.publicKey()
            let problem: String? =
                !c.isValidlySigned
                ? "its signature is not valid"
                : trusted != nil && c.publicKey != trusted
                    ? "it is signed with another key (\(c.publicKey.prefix(16))…)"
                    : c.treeSize > tree.size
                        ? "it covers \(c.treeSize) records but the log has \(tree.size): records were removed"
                        : tree.root(size: c.treeSize).hex != c.root
                            ? "the log's first \(c.treeSize) records no longer have its root: they were changed"
                            : nil
            if let problem {
                outcome.intact = false
                outcome.checkpoint = "tree size \(c.treeSize), root \(c.root): FAILED: \(problem)"
            } else {
                outcome.checkpoint =
                    "tree size \(c.treeSize), root \(c.root), signed at \(c.time) µs: the log holds it"
            }
        } else if publicKey != nil {
            outcome.intact = false
            outcome.checkpoint = "no signed checkpoint to check against the given key"
        }
        return outcome
    }

    static func describe(_ finding: VerifyReport.Finding) -> String {
        switch finding {
        case .tornTail(let l, let reason):
            "torn tail at \(l): \(reason) (newsd cuts it when it next starts, keeping a copy)"
        case .corrupt(let l, let reason): "first bad record: \(l): \(reason)"
        case .seal(let segment, let reason):
            "the seal of \(segment) does not match it: \(reason) (remove the seal; newsd reads the segment in full at its next start and seals it again)"
        }
    }
}
