import Foundation

/// Where the CLI writes: results to standard output, diagnostics to
/// standard error, colour only on a terminal with `NO_COLOR` unset.
enum Terminal {
    /// Writes `text` to standard output as is.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes raw bytes to standard output.
    static func write(bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    /// Writes `text` and a newline to standard error.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Whether ANSI colour may be written to the given stream.
    static func colourAllowed(onStandardError: Bool = false) -> Bool {
        if ProcessInfo.processInfo.environment["NO_COLOR"] != nil { return false }
        return isatty(onStandardError ? STDERR_FILENO : STDOUT_FILENO) == 1
    }
}
