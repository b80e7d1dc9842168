/// Why a diagram could not be rendered.
public enum RenderError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The step of Graphviz's pipeline that failed.
    public enum Stage: String, Hashable, Sendable {
        /// Reading the DOT text (`agmemread`).
        case parse
        /// Computing the layout (`gvLayout` with the `dot` engine).
        case layout
        /// Writing the output format (`gvRenderData`).
        case render
    }

    /// Graphviz failed, by its return value or by reporting an error
    /// (`Error: ...`); `messages` are its own error and warning lines,
    /// captured instead of printed.
    case graphvizFailed(stage: Stage, messages: [String])
    /// No Graphviz context could be created (its plugin configuration is
    /// missing or broken).
    case graphvizUnavailable(messages: [String])
    /// The installed Graphviz has no plugin for the format; `advice` says
    /// what to install.
    case missingPlugin(format: OutputFormat, advice: String)
    /// The installed Graphviz has no `dot` layout engine.
    case missingLayoutEngine(advice: String)
    /// `--focus` names no team of the organisation.
    case unknownFocusTeam(String)
    /// ``DiagramOptions/focusDepartment`` names no department of the organisation.
    case unknownFocusDepartment(String)

    /// One line (or a few) for a person.
    public var description: String {
        switch self {
        case .graphvizFailed(let stage, let messages):
            let detail = messages.isEmpty ? "no message from Graphviz" : Self.sentences(messages.map(Self.withoutErrorPrefix))
            return "Graphviz could not \(stage.verb) the diagram: \(detail)"
        case .graphvizUnavailable(let messages):
            let detail = messages.isEmpty ? "" : " (" + messages.joined(separator: "; ") + ")"
            return "Graphviz could not start\(detail); run `pyramid doctor` to see what is installed"
        case .missingPlugin(let format, let advice):
            return "the installed Graphviz cannot write \(format.rawValue.uppercased()): \(advice)"
        case .missingLayoutEngine(let advice):
            return "the installed Graphviz has no `dot` layout engine: \(advice)"
        case .unknownFocusTeam(let team):
            return "no team with id '\(team)' to focus on"
        case .unknownFocusDepartment(let department):
            return "no team in department '\(department)' to focus on"
        }
    }

    /// `Error: syntax error in line 1` -> `syntax error in line 1` (the
    /// line is printed as an error already); warnings keep their `Warning: `.
    private static func withoutErrorPrefix(_ message: String) -> String {
        message.hasPrefix("Error: ") ? String(message.dropFirst("Error: ".count)) : message
    }

    /// Joins messages into one line: after a full stop with a space, else with `; `.
    private static func sentences(_ messages: [String]) -> String {
        var text = ""
        for message in messages {
            if !text.isEmpty { text += text.hasSuffix(".") ? " " : "; " }
            text += message
        }
        return text
    }

    /// Adds Graphviz messages captured while the error happened.
    mutating func attach(_ captured: [String]) {
        guard !captured.isEmpty else { return }
        switch self {
        case .graphvizFailed(let stage, let messages):
            self = .graphvizFailed(stage: stage, messages: messages + captured)
        case .graphvizUnavailable(let messages):
            self = .graphvizUnavailable(messages: messages + captured)
        default:
            break
        }
    }
}

extension RenderError.Stage {
    fileprivate var verb: String {
        switch self {
        case .parse: "read"
        case .layout: "lay out"
        case .render: "render"
        }
    }
}
