import CSystemd
import Foundation
import NewsSystemd
import NewsTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

extension ProcessEnvironment {
    /// Socket activation. This process cannot safely hand itself descriptors 3 and 4 (they are
    /// in use), so the real hand-over runs in a child: see ``takesTheSocketsSystemdPassed()``.
    @Suite struct ListenedSocketsTests {
        static let listenVariables = ["LISTEN_PID", "LISTEN_FDS", "LISTEN_FDNAMES"]

        @Test func nothingWithoutListenFDs() {
            ProcessEnvironment.with(["LISTEN_PID": nil, "LISTEN_FDS": nil, "LISTEN_FDNAMES": nil]) {
                #expect(ListenedSockets.take() == [])
            }
        }

        @Test func nothingWhenTheSocketsAreForAnotherProcess() {
            let theirs = ["LISTEN_PID": "\(getpid() + 1)", "LISTEN_FDS": "1", "LISTEN_FDNAMES": "varlink"]
            ProcessEnvironment.with(theirs) {
                #expect(ListenedSockets.take(unsetEnvironment: false) == [])
                // Kept when asked to.
                #expect(ProcessEnvironment.value("LISTEN_FDS") == "1")
                #expect(ProcessEnvironment.value("LISTEN_PID") == "\(getpid() + 1)")

                #expect(ListenedSockets.take() == [])
                // Removed by default, even though nothing was taken.
                for name in Self.listenVariables {
                    #expect(ProcessEnvironment.value(name) == nil, "\(name) is still set")
                }
            }
        }

        @Test func nothingWhenTheVariablesAreMalformed() {
            ProcessEnvironment.with(["LISTEN_PID": "\(getpid())", "LISTEN_FDS": "many", "LISTEN_FDNAMES": nil]) {
                #expect(ListenedSockets.take() == [])
            }
        }

        /// Spawns this test binary, running only ``takesTheSocketsSystemdPassed()``, with two
        /// socket pairs' ends at descriptors 3 and 4 and `LISTEN_*` set as systemd would. The child
        /// writes each socket's name into it; reading the names here proves it took the right ones.
        @Test func aSocketActivatedProcessTakesItsSockets() async throws {
            var varlink: [Int32] = [-1, -1]
            var extra: [Int32] = [-1, -1]
            let stream = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
            try #require(socketpair(AF_UNIX, stream, 0, &varlink) == 0)
            defer { for fd in varlink { close(fd) } }
            try #require(socketpair(AF_UNIX, stream, 0, &extra) == 0)
            defer { for fd in extra { close(fd) } }

            let output = "/tmp/newsd-lst-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).out"
            defer { unlink(output) }

            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_adddup2(&actions, varlink[1], 3)
            posix_spawn_file_actions_adddup2(&actions, extra[1], 4)
            posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_adddup2(&actions, 1, 2)

            // LISTEN_PID must be the child's own pid: the shell exports its $$ and execs in place.
            let executable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
            let arguments = [
                "/bin/sh", "-c", "export LISTEN_PID=$$; exec \"$@\"", "sh",
                executable, "--testing-library", "swift-testing", "--filter", "takesTheSocketsSystemdPassed",
            ]
            var environment = ProcessInfo.processInfo.environment.filter {
                !$0.key.hasPrefix("LISTEN_") && !$0.key.hasPrefix("WATCHDOG_") && $0.key != "NOTIFY_SOCKET"
            }
            environment["LISTEN_FDS"] = "2"
            environment["LISTEN_FDNAMES"] = "varlink:extra"
            environment[Self.childMarker] = "1"

            let pid = try spawn(arguments, environment: environment.map { "\($0.key)=\($0.value)" }, actions: &actions)
            close(varlink[1])
            close(extra[1])
            varlink[1] = -1
            extra[1] = -1

            // The child runs this test binary again: give it time on a busy machine (this only catches hangs).
            let exit = try #require(
                try await waitForExit(pid, timeout: .seconds(600)), "the child did not finish in time")
            let status: Int32 =
                switch exit {
                case .exited(let code): code
                case .signaled(let signal): 128 + signal
                case .running, .unknown: -1
                }
            let log = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            #expect(status == 0, "child exited with status \(status):\n\(log)")
            #expect(readAll(varlink[0]) == "varlink", "child output:\n\(log)")
            #expect(readAll(extra[0]) == "extra")
        }

        static let childMarker = "NEWSD_TEST_SOCKET_ACTIVATED_CHILD"

        /// The child side of ``aSocketActivatedProcessTakesItsSockets()``; skipped otherwise.
        @Test(.enabled(if: ProcessInfo.processInfo.environment[childMarker] == "1", "runs only in the spawned child"))
        func takesTheSocketsSystemdPassed() throws {
            #expect(ProcessEnvironment.value("LISTEN_PID") == "\(getpid())")
            let sockets = ListenedSockets.take()
            #expect(sockets == [ListenedSocket(fd: 3, name: "varlink"), ListenedSocket(fd: 4, name: "extra")])
            for name in Self.listenVariables {
                #expect(ProcessEnvironment.value(name) == nil, "\(name) is still set")
            }
            for socket in sockets {
                let flags = fcntl(socket.fd, F_GETFD)
                #expect(flags >= 0 && flags & FD_CLOEXEC != 0, "fd \(socket.fd) is inherited by children")
                let written = Array(socket.name.utf8).withUnsafeBytes { write(socket.fd, $0.baseAddress, $0.count) }
                #expect(written == socket.name.utf8.count)
                close(socket.fd)
            }
            // Taken once: a second call finds nothing.
            #expect(ListenedSockets.take() == [])
        }

        private func spawn(_ arguments: [String], environment: [String], actions: inout posix_spawn_file_actions_t)
            throws -> pid_t
        {
            let argv = arguments.map { strdup($0) } + [nil]
            let envp = environment.map { strdup($0) } + [nil]
            defer {
                for p in argv + envp { free(p) }
            }
            var pid: pid_t = 0
            let result = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp)
            try #require(result == 0, "posix_spawn: \(result)")
            return pid
        }

        /// Everything readable from `fd` without waiting; the writer has exited.
        private func readAll(_ fd: Int32) -> String {
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 256)
            while true {
                let count = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
                guard count > 0 else { break }
                bytes += buffer.prefix(count)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
