/// Prepares Graphviz's SVG fragment for the report: the root element gets an
/// id, keeps only its `viewBox` (so the script can zoom and pan by changing
/// it, which keeps text sharp) and gains a `<title>` and `<desc>` for screen
/// readers. A department's diagram also gets its ids prefixed
/// (``prefixingIDs(_:with:)``).
enum DiagramEmbedding {
    /// The SVG element with a new opening tag; `nil` when `fragment` has no `<svg ...>` tag.
    static func embed(_ fragment: String, id: String, title: String, description: String, classes: String = "diagram") -> String? {
        guard let open = fragment.firstRange(of: "<svg"),
              let close = fragment[open.upperBound...].firstIndex(of: ">")
        else { return nil }
        let tag = fragment[open.lowerBound...close]
        let viewBox = attribute("viewBox", in: tag) ?? "0 0 100 100"
        var opening = "<svg id=\"\(id)\" class=\"\(classes)\" viewBox=\"\(HTMLEscaping.attribute(viewBox))\""
        opening += " data-viewbox=\"\(HTMLEscaping.attribute(viewBox))\""
        opening += " preserveAspectRatio=\"xMidYMid meet\" xmlns=\"http://www.w3.org/2000/svg\""
        opening += " role=\"group\" aria-labelledby=\"\(id)-title\" aria-describedby=\"\(id)-desc\">"
        opening += "\n<title id=\"\(id)-title\">\(HTMLEscaping.text(title))</title>"
        opening += "\n<desc id=\"\(id)-desc\">\(HTMLEscaping.text(description))</desc>"
        return opening + fragment[fragment.index(after: close)...]
    }

    /// `fragment` with `prefix` before every element id, so a second diagram
    /// in the page repeats none of the first one's ids (`team-a` becomes
    /// `department-1-team-a`). Graphviz escapes `"` in text, so ` id="`
    /// only ever starts an attribute; its SVG refers to no id by `url(#…)`.
    static func prefixingIDs(_ fragment: String, with prefix: String) -> String {
        fragment.replacing(" id=\"", with: " id=\"" + prefix)
    }

    /// The value of `name="..."` in an opening tag.
    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let start = tag.firstRange(of: " " + name + "=\"")?.upperBound ?? tag.firstRange(of: "\n" + name + "=\"")?.upperBound,
              let end = tag[start...].firstIndex(of: "\"")
        else { return nil }
        return String(tag[start..<end])
    }
}
