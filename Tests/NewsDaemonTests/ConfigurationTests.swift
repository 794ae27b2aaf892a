import Foundation
import Logging
import NewsDaemon
import NewsTestSupport
import Testing

/// The configuration file newsd reads with `--config` and again on SIGHUP.
@Suite struct ConfigurationTests {
    /// Writes `text` to a file in `directory` and applies it to the defaults of a fixed environment.
    func apply(_ text: String, in directory: borrowing TemporaryDirectory, name: String = "newsd.conf") throws
        -> DaemonConfiguration
    {
        let path = directory.sub(name).string
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        var configuration = DaemonConfiguration(stateDirectory: "/var/lib/before", socketPath: "/run/before.sock")
        try configuration.apply(file: path)
        return configuration
    }

    /// The error for a file holding `text`, which must be refused.
    func refusal(_ text: String, in directory: borrowing TemporaryDirectory) throws -> ConfigurationError {
        let error = #expect(throws: ConfigurationError.self) { try apply(text, in: directory) }
        return try #require(error)
    }

    @Test func everyKeyIsRead() throws {
        let directory = try TemporaryDirectory("newsd-config")
        let configuration = try apply(
            """
            state_dir = /srv/news/state
            socket = /srv/news/io.newsd
            socket_mode = 0640
            writer_group = editors
            max_article_bytes = 65536
            max_connections = 12
            idle_timeout_seconds = 45
            snapshot_every = 2500
            segment_bytes = 1048576
            seal_check_delay_seconds = 0
            log_level = debug
            """, in: directory)
        #expect(configuration.stateDirectory == "/srv/news/state")
        #expect(configuration.socketPath == "/srv/news/io.newsd")
        #expect(configuration.socketMode == 0o640)
        #expect(configuration.writerGroup == "editors")
        #expect(configuration.maximumArticleBytes == 65536)
        #expect(configuration.maximumConnections == 12)
        #expect(configuration.idleTimeoutSeconds == 45)
        #expect(configuration.snapshotEvery == 2500)
        #expect(configuration.segmentBytes == 1_048_576)
        #expect(configuration.sealCheckDelaySeconds == 0)
        #expect(configuration.logLevel == .debug)
        #expect(configuration.configurationFile == directory.sub("newsd.conf").string)
        // The directories inside the state directory follow it.
        #expect(configuration.state.log.string == "/srv/news/state/log")
        #expect(configuration.state.snapshots.string == "/srv/news/state/snapshots")
    }

    @Test func anEmptyFileChangesNothingButWhereItCameFrom() throws {
        let directory = try TemporaryDirectory("newsd-config")
        var expected = DaemonConfiguration(stateDirectory: "/var/lib/before", socketPath: "/run/before.sock")
        expected.configurationFile = directory.sub("newsd.conf").string
        #expect(try apply("", in: directory) == expected)
        #expect(try apply("\n\n# only a comment\n   \n\t\n", in: directory) == expected)
    }

    @Test func commentsSpacesAndBlankLinesAreAllowed() throws {
        let directory = try TemporaryDirectory("newsd-config")
        let configuration = try apply(
            """
            # newsd on the test bench

            \tmax_connections=7   # a few clients
            log_level   =   warning
            snapshot_every = 300#no space before the comment
            """, in: directory)
        #expect(configuration.maximumConnections == 7)
        #expect(configuration.logLevel == .warning)
        #expect(configuration.snapshotEvery == 300)
    }

    @Test func aLaterLineWins() throws {
        let directory = try TemporaryDirectory("newsd-config")
        let configuration = try apply("max_connections = 5\nmax_connections = 9\n", in: directory)
        #expect(configuration.maximumConnections == 9)
    }

    @Test func anEmptyWriterGroupMeansRootOnly() throws {
        let directory = try TemporaryDirectory("newsd-config")
        let configuration = try apply("writer_group = editors\nwriter_group = \n", in: directory)
        #expect(configuration.writerGroup == nil)
    }

    @Test func windowsLineEndingsReadTheSame() throws {
        let directory = try TemporaryDirectory("newsd-config")
        let configuration = try apply(
            "max_connections = 12\r\n# a note\r\nlog_level = debug\r\nsocket_mode = 0640\r\n", in: directory)
        #expect(configuration.maximumConnections == 12)
        #expect(configuration.logLevel == .debug)
        #expect(configuration.socketMode == 0o640)
        // And a bad line is still named by its number.
        let error = try refusal("max_connections = 12\r\nmax_connections = many\r\n", in: directory)
        #expect(error.message.contains(":2:"), "\(error.message)")
    }

    @Test func anEmptyWriterGroupWithNothingAfterTheEqualsSign() throws {
        // The same line without a trailing space: an empty value once vanished in the split on "=",
        // and the line was refused as having no "=" at all.
        let directory = try TemporaryDirectory("newsd-config")
        let configuration = try apply("writer_group = editors\nwriter_group =\n", in: directory)
        #expect(configuration.writerGroup == nil)
        // An empty key is still refused.
        #expect(throws: ConfigurationError.self) { try apply("= editors\n", in: directory) }
    }

    @Test(arguments: ["trace", "debug", "info", "notice", "warning", "error", "critical"])
    func everyLogLevelIsRead(level: String) throws {
        let directory = try TemporaryDirectory("newsd-config")
        #expect(try apply("log_level = \(level)", in: directory).logLevel.rawValue == level)
    }

    // MARK: - Bad lines

    /// Each bad line, after two good ones, and what its error must say besides the file and line.
    @Test(arguments: [
        ("colour = blue", #"unknown key "colour""#),
        ("State_Dir = /srv", #"unknown key "State_Dir""#),
        ("max_connections 12", "expected key = value"),
        ("just words", "expected key = value"),
        ("= 12", "expected key = value"),
        ("max_connections = twelve", #"max_connections needs a positive integer, not "twelve""#),
        ("max_connections = 0", #"max_connections needs a positive integer, not "0""#),
        ("idle_timeout_seconds = -5", #"idle_timeout_seconds needs a positive integer, not "-5""#),
        ("max_article_bytes = 1.5", #"max_article_bytes needs a positive integer, not "1.5""#),
        ("snapshot_every = 99999999999999999999", "snapshot_every needs a positive integer"),
        ("segment_bytes = 4095", "segment_bytes must be at least 4096"),
        ("segment_bytes = 64M", #"segment_bytes needs a positive integer, not "64M""#),
        ("seal_check_delay_seconds = -1", "seal_check_delay_seconds needs a whole number of seconds, 0 or more"),
        ("seal_check_delay_seconds = soon", "seal_check_delay_seconds needs a whole number of seconds"),
        ("socket_mode = 0999", "socket_mode is an octal file mode"),
        ("socket_mode = 1777", "socket_mode is an octal file mode"),
        ("socket_mode = rw-rw----", "socket_mode is an octal file mode"),
        ("log_level = loud", "log_level is one of trace, debug, info"),
        ("log_level = INFO", "log_level is one of"),
    ])
    func aBadLineIsRefusedWithItsFileAndLine(line: String, why: String) throws {
        let directory = try TemporaryDirectory("newsd-config")
        let path = directory.sub("newsd.conf").string
        let error = try refusal("# bench\nmax_connections = 3\n\(line)\nsnapshot_every = 10\n", in: directory)
        #expect(error.message.hasPrefix("\(path):3: "), "\(error.message)")
        #expect(error.message.contains(why), "\(error.message)")
        #expect(error.description == error.message)
    }

    @Test func theLineNumberCountsBlankAndCommentLines() throws {
        let directory = try TemporaryDirectory("newsd-config")
        let path = directory.sub("newsd.conf").string
        let error = try refusal("\n# one\n\n# two\nmax_connections = 4\n\n\nnot a setting\n", in: directory)
        #expect(error.message == "\(path):8: expected key = value")
    }

    @Test func aMissingFileIsAClearError() throws {
        let directory = try TemporaryDirectory("newsd-config")
        let path = directory.sub("absent.conf").string
        var configuration = DaemonConfiguration(stateDirectory: "/var/lib/before", socketPath: "/run/before.sock")
        let error = #expect(throws: ConfigurationError.self) { try configuration.apply(file: path) }
        #expect(
            error?.message.hasPrefix("cannot read the configuration file \(path)") == true,
            "\(String(describing: error))")
        #expect(configuration.configurationFile == nil)
    }

    // MARK: - Defaults

    @Test func theDefaultsFollowTheEnvironment() {
        let systemd = DaemonConfiguration.defaults(environment: [
            "STATE_DIRECTORY": "/var/lib/newsd", "RUNTIME_DIRECTORY": "/run/newsd", "HOME": "/home/ana",
        ])
        #expect(systemd.stateDirectory == "/var/lib/newsd")
        #expect(systemd.socketPath == "/run/newsd/io.newsd")
        let xdg = DaemonConfiguration.defaults(environment: ["XDG_STATE_HOME": "/home/ana/.state", "HOME": "/home/ana"])
        #expect(xdg.stateDirectory == "/home/ana/.state/newsd")
        #expect(xdg.socketPath == "/home/ana/.state/newsd/io.newsd")
        let home = DaemonConfiguration.defaults(environment: ["HOME": "/home/ana"])
        #expect(home.stateDirectory == "/home/ana/.local/state/newsd")
        #expect(home.writerGroup == nil)
        #expect(home.maximumArticleBytes == 8 << 20)
        #expect(home.socketMode == 0o660)
        #expect(home.logLevel == .info)
    }
}
