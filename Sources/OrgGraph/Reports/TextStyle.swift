/// ANSI styling for text reports, on only when the caller asks (a terminal,
/// `NO_COLOR` unset: the caller decides).
struct TextStyle {
    let colour: Bool

    func bold(_ text: String) -> String { wrap(text, "1") }

    func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: wrap("error:", "1;31")
        case .warning: wrap("warning:", "1;33")
        case .info: wrap("info:", "1;36")
        }
    }

    func ok(_ text: String) -> String { wrap(text, "32") }
    func bad(_ text: String) -> String { wrap(text, "1;31") }

    /// `FILE:LINE:COL: severity: [code] message`.
    func line(location: SourceLocation, severity: Severity, code: String, message: String) -> String {
        "\(bold("\(location):")) \(self.severity(severity)) [\(code)] \(message)"
    }

    private func wrap(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
