internal import OrgGraph

/// The part of the organisation a `--focus ID --depth N` diagram shows,
/// found on the analysis's own graph. Breadth-first searches, linear in
/// nodes + links.
///
/// - A team: every node on its chains up to the customer (everything
///   reachable over its outgoing `serves` and support links), plus every
///   node within `depth` links of it in either direction. An end customer
///   ends a walk: it is drawn when reached but never walked through, so a
///   team's neighbourhood does not spill over to every other team serving
///   the same customer.
/// - An end customer: the chains that serve it, i.e. every team with a path
///   (over `serves` and support links) up to it.
/// - A department (``nodes(ofDepartment:graph:)``): its teams and the other
///   ends of their own `serves` and `reports-to` links, one link out.
enum Focus {
    /// The teams marked in `members` (indexed like `organisation.teams`),
    /// plus every node one outgoing link away: the customers and teams they
    /// serve and the leaders they report to. Linear in teams + links.
    static func nodes(ofDepartment members: [Bool], graph: AnalysisGraph) -> [Bool] {
        var included = [Bool](repeating: false, count: graph.nodeCount)
        for (t, member) in members.enumerated() where member {
            let node = graph.node(ofTeam: t)
            included[node] = true
            for edge in graph.outgoing(node) where graph.edgeKind[Int(edge)] == .serves {
                included[Int(graph.edgeTo[Int(edge)])] = true
            }
            for edge in graph.incoming(node) where graph.edgeKind[Int(edge)] == .support {
                included[Int(graph.edgeFrom[Int(edge)])] = true
            }
        }
        return included
    }

    static func nodes(around focus: Int, depth: Int, graph: AnalysisGraph) -> [Bool] {
        var included = [Bool](repeating: false, count: graph.nodeCount)
        if !graph.isTeam(focus) {
            // The chains that serve a customer: everything with a path up to it.
            markReachable(from: focus, in: &included) { node in graph.incoming(node).map { Int(graph.edgeFrom[Int($0)]) } }
            return included
        }
        // Chains up to the customer (customers have no outgoing links).
        markReachable(from: focus, in: &included) { node in graph.outgoing(node).map { Int(graph.edgeTo[Int($0)]) } }
        // Everything within `depth` links, never through a customer.
        var distance = [Int](repeating: -1, count: graph.nodeCount)
        distance[focus] = 0
        var queue = [focus]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            included[node] = true
            guard distance[node] < depth, node == focus || graph.isTeam(node) else { continue }
            for edge in graph.outgoing(node) {
                let next = Int(graph.edgeTo[Int(edge)])
                if distance[next] < 0 {
                    distance[next] = distance[node] + 1
                    queue.append(next)
                }
            }
            for edge in graph.incoming(node) {
                let next = Int(graph.edgeFrom[Int(edge)])
                if distance[next] < 0 {
                    distance[next] = distance[node] + 1
                    queue.append(next)
                }
            }
        }
        return included
    }

    /// Marks `start` and every node reachable from it over `next`, breadth first.
    private static func markReachable(from start: Int, in included: inout [Bool], next: (Int) -> [Int]) {
        included[start] = true
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for neighbour in next(node) where !included[neighbour] {
                included[neighbour] = true
                queue.append(neighbour)
            }
        }
    }
}
