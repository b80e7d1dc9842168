/// What deferred finding messages read their names from: the analysed
/// organisation and its graph, shared by every finding of one analysis.
final class MessageSource: Sendable {
    let organisation: Organisation
    let graph: AnalysisGraph
    /// The id of every graph node.
    var ids: [String] { graph.index.ids }

    init(organisation: Organisation, graph: AnalysisGraph) {
        self.organisation = organisation
        self.graph = graph
    }

    /// The quoted ids of an edge's two ends.
    func ends(_ edge: Int32) -> (String, String) {
        let e = Int(edge)
        return (Formatting.quote(ids[Int(graph.edgeFrom[e])]), Formatting.quote(ids[Int(graph.edgeTo[e])]))
    }

    /// The standard of a `serves` edge, if it has one.
    func standard(_ edge: Int32) -> ServiceStandard? {
        link(edge)?.standard
    }

    /// The `serves` entry of an edge (`nil` for a support link).
    func link(_ edge: Int32) -> ServiceLink? {
        let e = Int(edge)
        guard graph.edgeKind[e] == .serves else { return nil }
        return organisation.teams[Int(graph.edgeTeam[e])].serves[Int(graph.edgeEntry[e])]
    }
}
