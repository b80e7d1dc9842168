import Foundation
import Testing

/// Runs the built `pyramid` binary, as a user would, from the repository root.
struct PyramidProcess {
    struct Output: Equatable {
        var stdout: String
        var stderr: String
        var exitCode: Int32
    }

    /// The repository root, found from this file's path.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // Support
        .deletingLastPathComponent() // PyramidCLITests
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent()

    /// The folder `swift build` put the products in: the test bundle's folder.
    static var binary: URL {
        Bundle.main.bundleURL.appendingPathComponent("pyramid")
    }

    /// Runs `pyramid` on a pseudo-terminal (through util-linux `script`), so
    /// standard output is a terminal; `noColor` is the value of `NO_COLOR`
    /// (`nil`: unset). Returns what the terminal showed.
    static func runOnTerminal(_ arguments: [String], noColor: String?) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        let command = ([binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        process.arguments = ["-q", "-e", "-c", command.joined(separator: " "), "/dev/null"]
        process.currentDirectoryURL = repositoryRoot
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = noColor
        process.environment = environment
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs `pyramid` with `arguments` in the repository root, with colour off.
    static func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = repositoryRoot
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting, so a large output cannot block the child.
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        let errData = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self),
            exitCode: process.terminationStatus
        )
    }
}
