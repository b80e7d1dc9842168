/// A finding's message, kept as its parts until someone reads it.
///
/// Most findings of a large organisation are never printed one by one (a
/// summary, a filter, a count), and formatting every message eagerly was a
/// large share of `Analysis.init`. The common codes keep node and edge
/// numbers into the analysed graph and build the same text on demand;
/// `literal` holds a message formatted at once (rare codes, or one set
/// through ``Finding/message``). Equality and order of findings always use
/// the built text.
enum FindingMessage: Sendable {
    case literal(String)
    case chainBroken(node: Int32, links: Int32, cuts: (Int32, Int32, Int32), more: Bool, MessageSource)
    case standardBreached(edge: Int32, MessageSource)
    case upwardFacing(edge: Int32, direct: Bool, MessageSource)
    case awayFromCustomer(edge: Int32, from: Int32, to: Int32, MessageSource)
    case singlePointOfFailure(node: Int32, count: Int32, names: [String], MessageSource)
    case chainThroughManagement(node: Int32, firstLeader: Int32, MessageSource)

    /// The message text, the same as if it had been formatted eagerly.
    var text: String {
        switch self {
        case .literal(let text):
            return text
        case .chainBroken(let node, let links, let cuts, let more, let source):
            let described = [cuts.0, cuts.1, cuts.2].filter { $0 >= 0 }.map { edge -> String in
                let (fromID, toID) = source.ends(edge)
                let ref = "\(fromID) -> \(toID)"
                guard let link = source.link(edge) else { return ref }
                if link.status == .broken { return ref + " (broken)" }
                if let standard = link.standard, standard.isBreached { return ref + " (standard breached)" }
                return ref
            }
            var message = "\(Formatting.quote(source.ids[Int(node)])) reaches the customer only over broken links: its shortest chain"
                + " (\(Formatting.count(Int(links), "link"))) is cut at " + described.joined(separator: ", ")
            if more { message += " and further on" }
            return message
        case .standardBreached(let edge, let source):
            let (fromID, toID) = source.ends(edge)
            let description = source.standard(edge).map(Formatting.standard) ?? ""
            return "\(fromID) -> \(toID) misses its standard \(description)"
        case .upwardFacing(let edge, let direct, let source):
            let (fromID, toID) = source.ends(edge)
            let how = direct ? "which it reports to" : "one of its leaders further up the reporting line"
            return "\(fromID) serves \(toID), \(how): its work flows up to its leader instead of toward the customer"
        case .awayFromCustomer(let edge, let a, let b, let source):
            let (fromID, toID) = source.ends(edge)
            let way = b > a ? "further from" : "no closer to"
            return "\(fromID) (distance \(a)) serves \(toID) (distance \(b)), which is \(way) the customer: the work flows \(b > a ? "backward" : "sideways")"
        case .singlePointOfFailure(let node, let count, let names, let source):
            let teamID = Formatting.quote(source.ids[Int(node)])
            return "losing \(teamID) would cut \(Formatting.count(Int(count), "team")) off from the customer: "
                + Formatting.list(Array(names.prefix(AnalysisBuilder.messageNameLimit)), total: Int(count))
        case .chainThroughManagement(let node, let firstLeader, let source):
            var message = "every intact chain from \(Formatting.quote(source.ids[Int(node)])) to the customer passes through a leadership team"
            if firstLeader >= 0 { message += " (first \(Formatting.quote(source.ids[Int(firstLeader)])) on its shortest chain)" }
            return message + ": its work reaches customers only via management"
        }
    }
}
