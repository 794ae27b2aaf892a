import Foundation

/// The executables the package built, found beside the test runner.
public enum Built {
    /// The build directory that holds the executables: on Linux the test runner is
    /// `<build>/newsdPackageTests.xctest`; on Darwin it sits deeper in a bundle.
    public static let directory: URL = {
        let me =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: me).deletingLastPathComponent()
        func holdsExecutables(_ dir: URL) -> Bool {
            ["newsd", "newslog-child"].contains {
                FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent($0).path)
            }
        }
        while !holdsExecutables(dir) && dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir
    }()

    public static var newsd: String { path("newsd") }
    public static var newsctl: String { path("newsctl") }
    /// The crash and full-disk tests' child (Tests/NewsLogChild).
    public static var newslogChild: String { path("newslog-child") }

    public static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
}
