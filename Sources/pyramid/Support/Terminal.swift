import Foundation

/// Where the CLI writes: results to standard output, diagnostics to
/// standard error, colour only on a terminal and only when `NO_COLOR` is
/// not set to a non-empty value (https://no-color.org: an empty `NO_COLOR`
/// does not turn colour off).
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

    /// Graphviz's warnings about the diagram written to `path`, one
    /// `PATH: warning: Graphviz: ...` line each (Graphviz's own `Warning: `
    /// prefix dropped).
    static func graphvizWarnings(_ warnings: [String], for path: String) {
        for warning in warnings {
            let text = warning.hasPrefix("Warning: ") ? String(warning.dropFirst("Warning: ".count)) : warning
            error("\(path): warning: Graphviz: \(text)")
        }
    }

    /// Whether standard error is a terminal: progress of long renders is
    /// only shown there, never in a pipe or a log file.
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Whether ANSI colour may be written to the given stream.
    static func colourAllowed(onStandardError: Bool = false) -> Bool {
        colourAllowed(
            environment: ProcessInfo.processInfo.environment,
            isTerminal: isatty(onStandardError ? STDERR_FILENO : STDOUT_FILENO) == 1)
    }

    /// The rule itself: a terminal, and `NO_COLOR` unset or empty.
    static func colourAllowed(environment: [String: String], isTerminal: Bool) -> Bool {
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        return isTerminal
    }
}
