import Foundation
import NewsSystemd
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct JournalStreamTests {
    @Test func matchingDeviceAndInode() {
        #expect(JournalLogHandler.stderrIsJournal(journalStream: "8:1234", stderrStat: (dev: 8, ino: 1234)))
        #expect(
            JournalLogHandler.stderrIsJournal(
                journalStream: "18446744073709551615:18446744073709551614",
                stderrStat: (dev: .max, ino: .max - 1)
            ))
    }

    @Test func otherDeviceOrInode() {
        #expect(!JournalLogHandler.stderrIsJournal(journalStream: "8:1234", stderrStat: (dev: 9, ino: 1234)))
        #expect(!JournalLogHandler.stderrIsJournal(journalStream: "8:1234", stderrStat: (dev: 8, ino: 1235)))
        #expect(!JournalLogHandler.stderrIsJournal(journalStream: "1234:8", stderrStat: (dev: 8, ino: 1234)))
    }

    @Test func missingValues() {
        #expect(!JournalLogHandler.stderrIsJournal(journalStream: nil, stderrStat: (dev: 8, ino: 1234)))
        #expect(!JournalLogHandler.stderrIsJournal(journalStream: "8:1234", stderrStat: nil))
    }

    @Test(arguments: [
        "", "8", "8:", ":1234", "8:1234:5", "a:b", "+8:1234", "-8:1234", " 8:1234", "8:1234\n", "0x8:1234",
        "18446744073709551616:1234",
    ])
    func malformedJournalStream(value: String) {
        #expect(!JournalLogHandler.stderrIsJournal(journalStream: value, stderrStat: (dev: 8, ino: 1234)))
    }
}

extension ProcessEnvironment {
    /// `isConnectedToJournal` against the real standard error of this process.
    @Suite struct JournalConnectionTests {
        @Test func connectedWhenJournalStreamNamesStandardError() throws {
            var status = stat()
            try #require(fstat(2, &status) == 0)
            ProcessEnvironment.with(["JOURNAL_STREAM": "\(status.st_dev):\(status.st_ino)"]) {
                #expect(JournalLogHandler.isConnectedToJournal)
            }
            ProcessEnvironment.with(["JOURNAL_STREAM": "\(status.st_dev):\(status.st_ino + 1)"]) {
                #expect(!JournalLogHandler.isConnectedToJournal)
            }
            ProcessEnvironment.with(["JOURNAL_STREAM": nil]) {
                #expect(!JournalLogHandler.isConnectedToJournal)
            }
        }
    }
}
