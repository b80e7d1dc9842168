import Foundation

/// A Graphviz command-line tool (`dot`, `neato`) of this machine, run on DOT
/// text, for comparing the in-process render with what users get from the
/// command line.
struct GraphvizCommand: Sendable {
    /// The executable's path.
    let path: String

    /// The installed tool called `name`, or `nil` when it is not installed.
    init?(_ name: String) {
        guard let path = ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
            .map({ $0 + "/" + name })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else { return nil }
        self.path = path
    }

    /// Runs the tool with `arguments` and `dot` on its standard input;
    /// returns its exit status and standard output (standard error is dropped).
    func run(_ arguments: [String], dot: String) throws -> (status: Int32, output: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Write while reading, so neither side blocks on a full pipe.
        let bytes = Data(dot.utf8)
        let writer = Thread {
            input.fileHandleForWriting.write(bytes)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data)
    }
}
