#if canImport(Glibc)
    import Glibc
#endif

extension JournalLogHandler {
    /// Whether this process's standard error is connected to the journal.
    ///
    /// systemd sets `JOURNAL_STREAM` to `device:inode` of the stream it connects to stdout and
    /// stderr; when fd 2 is still that stream (not redirected by a shell), logging to the journal
    /// directly loses nothing and gains structured fields. Read anew at each access.
    public static var isConnectedToJournal: Bool {
        let journalStream = getenv("JOURNAL_STREAM").map { String(cString: $0) }
        var status = stat()
        let stderrStat: (dev: UInt64, ino: UInt64)? =
            fstat(2, &status) == 0 ? (UInt64(status.st_dev), UInt64(status.st_ino)) : nil
        return stderrIsJournal(journalStream: journalStream, stderrStat: stderrStat)
    }

    /// Whether `journalStream` (`JOURNAL_STREAM`, "device:inode" in decimal) names the file
    /// that `stderrStat` describes. False when either is missing or the string is malformed.
    public static func stderrIsJournal(journalStream: String?, stderrStat: (dev: UInt64, ino: UInt64)?) -> Bool {
        guard let journalStream, let stderrStat else { return false }
        let parts = journalStream.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2,
            parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }),
            let device = UInt64(parts[0]),
            let inode = UInt64(parts[1])
        else { return false }
        return device == stderrStat.dev && inode == stderrStat.ino
    }
}
