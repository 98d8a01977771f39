"""Networks researchers take into Gephi or networkx: who shared events with whom, who was affiliated
with which organisation, who took part in which event; written as GraphML, GEXF 1.3 or CSV node and
edge lists, each node with its label and IRI.

- ``coparticipation``: people, joined when they appear at the same event; weight = shared events.
- ``person-organisation``: people and organisations; weight = the appearances (one per document)
  and memberships that state the affiliation.
- ``person-event``: people and events; weight = the documents that report the person there.

Nodes and edges are sorted by IRI, so the same graph always gives the same file.
"""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from graph.namespaces import OSCE
from graph.store.base import Store

KINDS = ("coparticipation", "person-organisation", "person-event")
FORMATS = {
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "nodes.csv": "text/csv",
    "edges.csv": "text/csv",
}
DESCRIPTIONS = {
    "coparticipation": "People joined by the events they both appeared at; weight: shared events.",
    "person-organisation": "People and the organisations they were affiliated with; weight: statements"
    " (appearances and memberships) of the affiliation.",
    "person-event": "People and the events they appeared at; weight: documents reporting it.",
}

_ORG = "http://www.w3.org/ns/org#"
_PERSON_EVENT = f"""SELECT ?p ?e ?a WHERE {{ ?a <{OSCE}person> ?p ; <{OSCE}event> ?e . }}"""
_PERSON_ORG = f"""SELECT ?p ?o ?src WHERE {{
  {{ ?src <{OSCE}person> ?p ; <{OSCE}affiliation> ?o . }}
  UNION {{ ?src <{_ORG}member> ?p ; <{_ORG}organization> ?o . }}
}}"""
_LABELS = """SELECT ?s ?p ?l WHERE {
  VALUES ?p { <http://www.w3.org/2004/02/skos/core#prefLabel> <https://schema.org/name>
              <http://purl.org/dc/terms/title> <http://www.w3.org/2000/01/rdf-schema#label> }
  ?s ?p ?l .
}"""
_LABEL_ORDER = {
    "http://www.w3.org/2004/02/skos/core#prefLabel": 0,
    "https://schema.org/name": 1,
    "http://purl.org/dc/terms/title": 2,
    "http://www.w3.org/2000/01/rdf-schema#label": 3,
}


@dataclass
class Network:
    kind: str
    nodes: dict[str, tuple[str, str]] = field(default_factory=dict)  # IRI -> (label, node kind)
    edges: dict[tuple[str, str], int] = field(default_factory=dict)  # (source IRI, target IRI) -> weight

    def sorted_edges(self) -> list[tuple[str, str, int]]:
        return sorted((a, b, w) for (a, b), w in self.edges.items())


def _labels(store: Store) -> dict[str, str]:
    """One display label per subject: property order, then English, then the smallest text."""
    best: dict[str, tuple[int, int, str]] = {}
    for row in store.query(_LABELS).rows:
        lit = row["l"]
        lang = getattr(lit, "language", None) or ""
        key = (_LABEL_ORDER[str(row["p"])], 0 if lang.startswith("en") else 1 if not lang else 2, str(lit))
        s = str(row["s"])
        if s not in best or key < best[s]:
            best[s] = key
    return {s: k[2] for s, k in best.items()}


def build_network(store: Store, kind: str) -> Network:
    """The network of ``kind`` (one of KINDS) as the store holds it now."""
    if kind not in KINDS:
        raise ValueError(f"unknown network {kind!r}; one of {', '.join(KINDS)}")
    labels = _labels(store)
    net = Network(kind)

    def node(iri: str, node_kind: str) -> str:
        net.nodes.setdefault(iri, (labels.get(iri, iri.rsplit("/", 1)[-1]), node_kind))
        return iri

    if kind == "person-organisation":
        sources: dict[tuple[str, str], set[str]] = defaultdict(set)
        for row in store.query(_PERSON_ORG).rows:
            sources[(node(str(row["p"]), "person"), node(str(row["o"]), "organisation"))].add(str(row["src"]))
        net.edges = {pair: len(srcs) for pair, srcs in sources.items()}
        return net
    reports: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in store.query(_PERSON_EVENT).rows:
        reports[(str(row["p"]), str(row["e"]))].add(str(row["a"]))
    if kind == "person-event":
        for (p, e), apps in reports.items():
            net.edges[(node(p, "person"), node(e, "event"))] = len(apps)
        return net
    people_at: dict[str, set[str]] = defaultdict(set)
    for p, e in reports:
        people_at[e].add(node(p, "person"))
    weights: dict[tuple[str, str], int] = defaultdict(int)
    for people in people_at.values():
        for a, b in combinations(sorted(people), 2):
            weights[(a, b)] += 1
    net.edges = dict(weights)
    return net


def to_graphml(net: Network) -> bytes:
    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", {"xmlns": ns})
    for key, target, name, typ in (
        ("label", "node", "label", "string"),
        ("iri", "node", "iri", "string"),
        ("kind", "node", "kind", "string"),
        ("weight", "edge", "weight", "int"),
    ):
        ET.SubElement(root, "key", {"id": key, "for": target, "attr.name": name, "attr.type": typ})
    graph = ET.SubElement(root, "graph", {"id": net.kind, "edgedefault": "undirected"})
    for iri in sorted(net.nodes):
        label, node_kind = net.nodes[iri]
        n = ET.SubElement(graph, "node", {"id": iri})
        for key, value in (("label", label), ("iri", iri), ("kind", node_kind)):
            ET.SubElement(n, "data", {"key": key}).text = value
    for a, b, w in net.sorted_edges():
        e = ET.SubElement(graph, "edge", {"source": a, "target": b})
        ET.SubElement(e, "data", {"key": "weight"}).text = str(w)
    return _xml(root)


def to_gexf(net: Network) -> bytes:
    root = ET.Element("gexf", {"xmlns": "http://gexf.net/1.3", "version": "1.3"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "osce-kg"
    ET.SubElement(meta, "description").text = DESCRIPTIONS[net.kind]
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "undirected", "mode": "static"})
    attrs = ET.SubElement(graph, "attributes", {"class": "node", "mode": "static"})
    ET.SubElement(attrs, "attribute", {"id": "iri", "title": "iri", "type": "string"})
    ET.SubElement(attrs, "attribute", {"id": "kind", "title": "kind", "type": "string"})
    nodes = ET.SubElement(graph, "nodes")
    for iri in sorted(net.nodes):
        label, node_kind = net.nodes[iri]
        n = ET.SubElement(nodes, "node", {"id": iri, "label": label})
        values = ET.SubElement(n, "attvalues")
        ET.SubElement(values, "attvalue", {"for": "iri", "value": iri})
        ET.SubElement(values, "attvalue", {"for": "kind", "value": node_kind})
    edges = ET.SubElement(graph, "edges")
    for i, (a, b, w) in enumerate(net.sorted_edges()):
        ET.SubElement(edges, "edge", {"id": str(i), "source": a, "target": b, "weight": str(w)})
    return _xml(root)


def _xml(root: ET.Element) -> bytes:
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def to_nodes_csv(net: Network) -> bytes:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["id", "label", "kind"])
    for iri in sorted(net.nodes):
        w.writerow([iri, *net.nodes[iri]])
    return out.getvalue().encode()


def to_edges_csv(net: Network) -> bytes:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["source", "target", "weight", "source_label", "target_label"])
    for a, b, weight in net.sorted_edges():
        w.writerow([a, b, weight, net.nodes[a][0], net.nodes[b][0]])
    return out.getvalue().encode()


WRITERS = {"graphml": to_graphml, "gexf": to_gexf, "nodes.csv": to_nodes_csv, "edges.csv": to_edges_csv}


def write(net: Network, fmt: str) -> bytes:
    """The network in ``fmt``, a key of FORMATS."""
    return WRITERS[fmt](net)
