import Foundation
import Logging
import Testing

@testable import NewsSystemd

@Suite struct JournalLogHandlerTests {
    @Test func fieldsOfOneEntry() {
        let fields = JournalLogHandler.fields(
            message: "appended",
            level: .notice,
            metadata: ["event.seq": "42", "peer.uid": .stringConvertible(1000), "Article-ID": "a1"],
            identifier: "newsd",
            label: "newsd.log",
            file: "NewsLog/EventLog.swift",
            function: "append(_:)",
            line: 120
        )
        #expect(
            fields == [
                "MESSAGE=appended",
                "PRIORITY=5",
                "SYSLOG_IDENTIFIER=newsd",
                "CODE_FILE=NewsLog/EventLog.swift",
                "CODE_LINE=120",
                "CODE_FUNC=append(_:)",
                "LOGGER_LABEL=newsd.log",
                "ARTICLE_ID=a1",
                "EVENT_SEQ=42",
                "PEER_UID=1000",
            ])
    }

    @Test(arguments: [
        ("event.seq", "EVENT_SEQ"),
        ("peer.uid", "PEER_UID"),
        ("EVENT_SEQ", "EVENT_SEQ"),
        ("segment-offset", "SEGMENT_OFFSET"),
        ("größe", "GR__E"),
        ("2fa", "F2FA"),
        ("_trusted", "F_TRUSTED"),
        ("", "F"),
        ("a b/c", "A_B_C"),
        (String(repeating: "k", count: 80), String(repeating: "K", count: 64)),
    ])
    func metadataKeysBecomeFieldNames(key: String, expected: String) {
        #expect(JournalLogHandler.fieldName(forMetadataKey: key) == expected)
    }

    @Test(arguments: [
        (Logger.Level.trace, 7), (.debug, 7), (.info, 6), (.notice, 5), (.warning, 4), (.error, 3), (.critical, 2),
    ])
    func priorities(level: Logger.Level, priority: Int) {
        #expect(JournalLogHandler.priority(of: level) == priority)
        let fields = JournalLogHandler.fields(
            message: "m", level: level, metadata: [:], identifier: "newsd", label: "l", file: "f", function: "g",
            line: 1
        )
        #expect(fields[1] == "PRIORITY=\(priority)")
    }

    @Test func metadataCannotReplaceTheHandlersOwnFields() {
        let fields = JournalLogHandler.fields(
            message: "m", level: .error, metadata: ["priority": "low", "message": "other"],
            identifier: "newsd", label: "l", file: "f", function: "g", line: 1
        )
        #expect(fields.filter { $0.hasPrefix("PRIORITY=") } == ["PRIORITY=3"])
        #expect(fields.filter { $0.hasPrefix("MESSAGE=") } == ["MESSAGE=m"])
        #expect(fields.suffix(2) == ["META_MESSAGE=other", "META_PRIORITY=low"])
    }

    @Test func perCallMetadataWinsOverProviderOverHandler() {
        let provider = Logger.MetadataProvider { ["request.id": "from-provider", "shared": "provider"] }
        var handler = JournalLogHandler(label: "newsd.ipc", identifier: "newsd-test", metadataProvider: provider)
        handler[metadataKey: "peer.uid"] = "0"
        handler[metadataKey: "shared"] = "handler"
        handler[metadataKey: "request.id"] = "from-handler"
        let event = LogEvent(
            level: .info,
            message: "first line\nsecond line",
            metadata: ["request.id": "from-call", "note": "a\nb"],
            source: "NewsIPC",
            file: "NewsIPC/Server.swift",
            function: "serve()",
            line: 7
        )
        #expect(
            handler.fields(for: event) == [
                "MESSAGE=first line\nsecond line",
                "PRIORITY=6",
                "SYSLOG_IDENTIFIER=newsd-test",
                "CODE_FILE=NewsIPC/Server.swift",
                "CODE_LINE=7",
                "CODE_FUNC=serve()",
                "LOGGER_LABEL=newsd.ipc",
                "NOTE=a\nb",
                "PEER_UID=0",
                "REQUEST_ID=from-call",
                "SHARED=provider",
            ])
    }

    @Test func handlerMetadataIsAValue() {
        var first = JournalLogHandler(label: "a")
        first[metadataKey: "k"] = "1"
        var second = first
        second[metadataKey: "k"] = "2"
        second.logLevel = .trace
        #expect(first[metadataKey: "k"] == "1")
        #expect(first.logLevel == .info)
        #expect(first.identifier == "newsd")
    }

    @Test func ioVectorsPointAtEachFieldsBytes() {
        let fields = ["MESSAGE=héllo\nwörld", "", "PRIORITY=6", "NOTE=" + String(repeating: "x", count: 5000)]
        let copies: [String] = JournalLogHandler.withIOVectors(fields) { vectors in
            vectors.map { vector in
                let bytes = UnsafeRawBufferPointer(start: vector.iov_base, count: vector.iov_len)
                return String(decoding: bytes, as: UTF8.self)
            }
        }
        #expect(copies == fields)
    }

    @Test func loggingWithoutAJournalDoesNotFail() {
        if !FileManager.default.fileExists(atPath: "/run/systemd/journal/socket") {
            // libsystemd drops the entry and reports success when there is no journal (ENOENT).
            #expect(JournalLogHandler.send(fields: ["MESSAGE=test", "PRIORITY=6"]))
        }
        #expect(!JournalLogHandler.send(fields: []))
        var logger = Logger(label: "newsd.test") { JournalLogHandler(label: $0, identifier: "newsd-test") }
        logger.logLevel = .trace
        logger[metadataKey: "event.seq"] = "1"
        logger.trace("trace")
        logger.info("multi\nline", metadata: ["note": "a\nb"])
        logger.critical("critical")
    }
}
