/// The seam between a model file's text and the ``Organisation`` it describes.
///
/// An implementation parses the text and checks the shape of every entry
/// (keys, types, values), returning the organisation it could read together
/// with every located problem. References between entries are checked
/// afterwards, by ``ModelValidator``, whichever reader was used. Two
/// readers exist: ``StreamingModelReader`` (libyaml's events; the one
/// ``ModelLoader`` uses) and ``ComposedModelReader`` (Yams' node tree; the
/// reference the streaming one is tested against).
protocol ModelReading {
    /// Reads `source`. The organisation is `nil` when nothing usable was read;
    /// the diagnostics are every problem found, in any order.
    func read(_ source: consuming SourceText) -> (organisation: Organisation?, diagnostics: [Diagnostic])
}
