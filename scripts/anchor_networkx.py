#!/usr/bin/env python3
"""The Python anchor for `pyramid check`: what a user would otherwise run.

Loads a pyramid model (YAML with PyYAML's C loader `yaml.CSafeLoader`, JSON
with the standard `json` module), builds a networkx DiGraph and answers the
same graph questions as the analysis:

- reverse reachability from the end customers: intact and nominal customer
  distance of every team (breadth-first from a virtual root joined to every
  customer, over reversed links);
- strongly connected components of the `serves` links between teams
  (supplier cycles) and of the part that reaches no customer;
- dominators of the reversed intact graph (`nx.immediate_dominators`):
  single points of failure.

Prints one JSON summary line. Usage: anchor_networkx.py MODEL [--dot OUT.dot]
(--dot writes a plain DOT of the same graph instead, untimed by the caller).
"""
import json
import sys

import networkx as nx
import yaml


def load(path):
    with open(path, "rb") as handle:
        if path.endswith(".json"):
            return json.load(handle)
        return yaml.load(handle, Loader=yaml.CSafeLoader)


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def breached(standard):
    if not standard or standard.get("actual") is None:
        return False
    if standard.get("better", "higher") == "lower":
        return standard["actual"] > standard["target"]
    return standard["actual"] < standard["target"]


def build(doc):
    """(graph, customers, teams): edges supplier -> customer with `intact` and `kind`."""
    graph = nx.DiGraph()
    customers = [c["id"] for c in doc.get("customers") or []]
    teams = [t["id"] for t in doc.get("teams") or []]
    graph.add_nodes_from(customers)
    graph.add_nodes_from(teams)
    for team in doc.get("teams") or []:
        tid = team["id"]
        for link in as_list(team.get("serves")):
            if isinstance(link, str):
                graph.add_edge(tid, link, intact=True, kind="serves")
            else:
                intact = link.get("status", "ok") != "broken" and not breached(link.get("standard"))
                graph.add_edge(tid, link["to"], intact=intact, kind="serves")
        for leader in as_list(team.get("reports-to")):
            if not graph.has_edge(leader, tid):
                graph.add_edge(leader, tid, intact=True, kind="support")
    return graph, customers, teams


ROOT = ("__customers__",)


def distances(graph, customers, intact_only):
    reverse = nx.DiGraph()
    reverse.add_nodes_from(graph.nodes)
    reverse.add_edges_from((v, u) for u, v, d in graph.edges(data=True) if d["intact"] or not intact_only)
    reverse.add_edges_from((ROOT, c) for c in customers)
    return reverse, nx.single_source_shortest_path_length(reverse, ROOT)


def main():
    path = sys.argv[1]
    doc = load(path)
    graph, customers, teams = build(doc)
    if len(sys.argv) > 3 and sys.argv[2] == "--dot":
        with open(sys.argv[3], "w") as out:
            out.write("digraph G {\n")
            for node in graph.nodes:
                out.write('  "%s";\n' % node)
            for u, v in graph.edges:
                out.write('  "%s" -> "%s";\n' % (u, v))
            out.write("}\n")
        return
    intact_reverse, intact = distances(graph, customers, True)
    _, nominal = distances(graph, customers, False)
    no_path = [t for t in teams if t not in nominal]
    chain_broken = [t for t in teams if t in nominal and t not in intact]
    serves = graph.edge_subgraph((u, v) for u, v, d in graph.edges(data=True) if d["kind"] == "serves")
    cycles = [c for c in nx.strongly_connected_components(serves.subgraph(teams)) if len(c) > 1]
    cut_off = nx.number_strongly_connected_components(graph.subgraph(no_path))
    idom = nx.immediate_dominators(intact_reverse, ROOT)
    team_set = set(teams)
    spof = {d for v, d in idom.items() if v != d and d in team_set}
    print(json.dumps({
        "teams": len(teams), "customers": len(customers), "links": graph.number_of_edges(),
        "no_path": len(no_path), "chain_broken": len(chain_broken), "supplier_cycles": len(cycles),
        "cut_off_components": cut_off, "dominating_teams": len(spof),
    }))


if __name__ == "__main__":
    main()
