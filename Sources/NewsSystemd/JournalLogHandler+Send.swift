import CSystemd

#if canImport(Glibc)
    import Glibc
#endif

extension JournalLogHandler {
    /// Sends one journal entry made of `FIELD=value` strings with `sd_journal_sendv`.
    ///
    /// Values may contain line breaks (the vector form passes them through). Swift cannot call
    /// the variadic `sd_journal_send`, hence the vector form.
    ///
    /// - Returns: false when the journal refused the entry (a full socket buffer, an entry too
    ///   large to pass). libsystemd drops entries silently and reports success when there is no
    ///   journal socket at all, so this is no test for a journal: use ``isConnectedToJournal``.
    @discardableResult
    public static func send(fields: [String]) -> Bool {
        guard !fields.isEmpty else { return false }
        return withIOVectors(fields) { vectors in
            sd_journal_sendv(vectors.baseAddress, Int32(vectors.count))
        } >= 0
    }

    /// Calls `body` with one `iovec` per field, each pointing at the field's UTF-8 bytes.
    ///
    /// The bytes live in one buffer that is valid only during `body`.
    static func withIOVectors<Result>(
        _ fields: [String],
        _ body: (UnsafeBufferPointer<iovec>) -> Result
    ) -> Result {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(fields.reduce(0) { $0 + $1.utf8.count })
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(fields.count)
        for field in fields {
            let start = bytes.count
            bytes.append(contentsOf: field.utf8)
            ranges.append(start..<bytes.count)
        }
        return bytes.withUnsafeMutableBytes { buffer in
            let vectors = ranges.map { range in
                iovec(iov_base: buffer.baseAddress.map { $0 + range.lowerBound }, iov_len: range.count)
            }
            return vectors.withUnsafeBufferPointer(body)
        }
    }
}
