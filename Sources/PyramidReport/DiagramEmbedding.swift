/// Prepares Graphviz's SVG fragment for the report: the root element gets an
/// id, keeps only its `viewBox` (so the script can zoom and pan by changing
/// it, which keeps text sharp) and gains a `<title>` and `<desc>` for screen
/// readers.
enum DiagramEmbedding {
    /// The SVG element with a new opening tag; `nil` when `fragment` has no `<svg ...>` tag.
    static func embed(_ fragment: String, id: String, title: String, description: String) -> String? {
        guard let open = fragment.firstRange(of: "<svg"),
              let close = fragment[open.upperBound...].firstIndex(of: ">")
        else { return nil }
        let tag = fragment[open.lowerBound...close]
        let viewBox = attribute("viewBox", in: tag) ?? "0 0 100 100"
        var opening = "<svg id=\"\(id)\" class=\"diagram\" viewBox=\"\(HTMLEscaping.attribute(viewBox))\""
        opening += " data-viewbox=\"\(HTMLEscaping.attribute(viewBox))\""
        opening += " preserveAspectRatio=\"xMidYMid meet\" xmlns=\"http://www.w3.org/2000/svg\""
        opening += " role=\"group\" aria-labelledby=\"\(id)-title\" aria-describedby=\"\(id)-desc\">"
        opening += "\n<title id=\"\(id)-title\">\(HTMLEscaping.text(title))</title>"
        opening += "\n<desc id=\"\(id)-desc\">\(HTMLEscaping.text(description))</desc>"
        return opening + fragment[fragment.index(after: close)...]
    }

    /// The value of `name="..."` in an opening tag.
    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let start = tag.firstRange(of: " " + name + "=\"")?.upperBound ?? tag.firstRange(of: "\n" + name + "=\"")?.upperBound,
              let end = tag[start...].firstIndex(of: "\"")
        else { return nil }
        return String(tag[start..<end])
    }
}
