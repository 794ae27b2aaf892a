import NewsSystemd
import Testing

@Suite struct SystemdEnvironmentTests {
    @Test func stateDirectoryIsTheFirstPath() {
        #expect(
            SystemdEnvironment.stateDirectory(environment: ["STATE_DIRECTORY": "/var/lib/newsd"]) == "/var/lib/newsd")
        #expect(
            SystemdEnvironment.stateDirectory(environment: ["STATE_DIRECTORY": "/var/lib/newsd:/var/lib/other"])
                == "/var/lib/newsd")
        #expect(
            SystemdEnvironment.stateDirectory(environment: ["STATE_DIRECTORY": ":/var/lib/newsd"]) == "/var/lib/newsd")
        #expect(SystemdEnvironment.stateDirectory(environment: ["STATE_DIRECTORY": ""]) == nil)
        #expect(SystemdEnvironment.stateDirectory(environment: ["RUNTIME_DIRECTORY": "/run/newsd"]) == nil)
        #expect(SystemdEnvironment.stateDirectory(environment: [:]) == nil)
    }

    @Test func runtimeDirectoryIsTheFirstPath() {
        #expect(SystemdEnvironment.runtimeDirectory(environment: ["RUNTIME_DIRECTORY": "/run/newsd"]) == "/run/newsd")
        #expect(
            SystemdEnvironment.runtimeDirectory(environment: ["RUNTIME_DIRECTORY": "/run/newsd:/run/newsd-extra"])
                == "/run/newsd")
        #expect(SystemdEnvironment.runtimeDirectory(environment: ["RUNTIME_DIRECTORY": ":"]) == nil)
        #expect(SystemdEnvironment.runtimeDirectory(environment: ["STATE_DIRECTORY": "/var/lib/newsd"]) == nil)
    }

    @Test func invocationID() {
        let id = "0b5c6f3e9a2d4c1b8e7f6a5d4c3b2a19"
        #expect(SystemdEnvironment.invocationID(environment: ["INVOCATION_ID": id]) == id)
        #expect(SystemdEnvironment.invocationID(environment: ["INVOCATION_ID": ""]) == nil)
        #expect(SystemdEnvironment.invocationID(environment: [:]) == nil)
    }

    @Test func underSystemd() {
        #expect(SystemdEnvironment.isUnderSystemd(environment: ["INVOCATION_ID": "0b5c"]))
        #expect(SystemdEnvironment.isUnderSystemd(environment: ["NOTIFY_SOCKET": "/run/systemd/notify"]))
        #expect(!SystemdEnvironment.isUnderSystemd(environment: ["STATE_DIRECTORY": "/var/lib/newsd"]))
        #expect(!SystemdEnvironment.isUnderSystemd(environment: ["INVOCATION_ID": "", "NOTIFY_SOCKET": ""]))
        #expect(!SystemdEnvironment.isUnderSystemd(environment: [:]))
    }
}
