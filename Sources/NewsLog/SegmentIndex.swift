/// A sparse map from sequence numbers to byte offsets inside one segment, for seeking.
///
/// It keeps every `stride`-th record, so a read from any sequence number steps over at most
/// `stride - 1` records before the one it wants, at 16 bytes per `stride` records (one byte a
/// record: the full answers read each piece of evidence and step of history this way).
struct SegmentIndex: Sendable, Equatable {
    static let stride: UInt64 = 16
    private(set) var sequences: [UInt64] = []
    private(set) var offsets: [Int64] = []

    mutating func note(sequence: UInt64, offset: Int64) {
        if sequences.isEmpty || sequence % Self.stride == 0 {
            sequences.append(sequence)
            offsets.append(offset)
        }
    }

    /// The greatest indexed record at or before `sequence`, or nil before the first.
    func entry(atOrBefore sequence: UInt64) -> (sequence: UInt64, offset: Int64)? {
        var lo = 0
        var hi = sequences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sequences[mid] <= sequence { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? nil : (sequences[lo - 1], offsets[lo - 1])
    }
}
