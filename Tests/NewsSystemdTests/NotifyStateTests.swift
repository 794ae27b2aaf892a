import NewsSystemd
import Testing

@Suite struct NotifyStateTests {
    @Test(arguments: [
        (NotifyState.ready, "READY=1"),
        (.stopping, "STOPPING=1"),
        (.watchdog, "WATCHDOG=1"),
        (.status("seq 5, 3 clients"), "STATUS=seq 5, 3 clients"),
        (.status("seq 5\n3 clients"), "STATUS=seq 5 3 clients"),
        (.status("\r\nrecovering\r\n\r\nsegment 2\n"), "STATUS=recovering segment 2"),
        (.status(""), "STATUS="),
        (.extendTimeout(microseconds: 90_000_000), "EXTEND_TIMEOUT_USEC=90000000"),
        (.mainPID(4242), "MAINPID=4242"),
        (.errno(28), "ERRNO=28"),
    ])
    func line(state: NotifyState, expected: String) {
        #expect(state.line == expected)
    }

    @Test func reloadingCarriesTheMonotonicClock() throws {
        let before = monotonicMicroseconds()
        let lines = NotifyState.reloading.line.split(separator: "\n", omittingEmptySubsequences: false)
        let after = monotonicMicroseconds()
        try #require(lines.count == 2)
        #expect(lines[0] == "RELOADING=1")
        #expect(lines[1].hasPrefix("MONOTONIC_USEC="))
        let value = try #require(UInt64(lines[1].dropFirst("MONOTONIC_USEC=".count)))
        #expect(value >= before && value <= after)
    }
}
