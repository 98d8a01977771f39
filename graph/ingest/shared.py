"""What other documents already say about the nodes several documents share.

Events, people, series, posts, minted organisations and places can be described by more than one
document graph; the shapes hold for their union (one start date per event, one canonical name per
person). Per-document validation therefore adds, for each shared node a document describes, the
triples the store already holds about it. Read once per node per batch and kept up to date as the
batch writes, so a batch of thousands of documents does not query the store for each one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rdflib import URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from graph.namespaces import KG, KGG
from graph.ntriples import nt_line
from graph.store.base import Store

# nodes several documents may describe (the rest — appearances, counts, documents — belong to one)
SHARED_NODES = tuple(f"{KG}{kind}/" for kind in ("event", "person", "series", "post", "org", "place"))
_EXISTING = f"""
SELECT DISTINCT ?s WHERE {{
  GRAPH ?g {{ ?s a ?type }}
  FILTER (STRSTARTS(STR(?g), "{KGG}doc/"))
}}
"""
# the IRIs written into these queries are minted slugs ([a-z0-9-]): no quoting is needed.
# With a node's triples come the types of what they point to: another document's attendance count or
# minted place must be seen as one for sh:class (an event's osce:attendance is an osce:AttendanceCount).
_ABOUT = f"""
SELECT DISTINCT ?n ?s ?p ?o WHERE {{
  VALUES ?n {{ ?NODES }}
  {{ ?n ?p ?o BIND (?n AS ?s) }}
  UNION
  {{ ?n ?q ?s FILTER (?q != <{RDF.type}>) ?s a ?o BIND (<{RDF.type}> AS ?p) }}
}}
"""
_ABOUT_IN_OTHERS = f"""
SELECT DISTINCT ?n ?s ?p ?o WHERE {{
  VALUES ?n {{ ?NODES }}
  {{ GRAPH ?g {{ ?n ?p ?o }} BIND (?n AS ?s) }}
  UNION
  {{ GRAPH ?g {{ ?n ?q ?s }} FILTER (?q != <{RDF.type}>) GRAPH ?h {{ ?s a ?o }} BIND (<{RDF.type}> AS ?p)
     FILTER (?h NOT IN (?OWN)) }}
  FILTER (?g NOT IN (?OWN))
}}
"""


Triple = tuple[Node, Node, Node]


def shared_nodes(doc: Iterable[Triple]) -> list[URIRef]:
    """The shared nodes a document's triples describe (rdflib's ``Identifier.startswith`` takes no tuple:
    ``str.startswith``)."""
    return [s for s in dict.fromkeys(s for s, _, _ in doc)
            if isinstance(s, URIRef) and str.startswith(s, SHARED_NODES)]


class SharedContext:
    """N-Triples about shared nodes, per node, as the store holds them (plus this batch's writes)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.existing = self._existing()
        self.lines: dict[URIRef, set[str]] = {}
        self.values: dict[URIRef, dict[Node, Node]] = {}  # node -> predicate -> a value the store holds

    def value(self, node: URIRef, predicate: URIRef) -> Node | None:
        """A value the store already holds for ``node`` (e.g. the label a minted organisation has), if any.

        The mapping restates it rather than a variant spelling, so one node keeps one English label.
        """
        self._load([node])
        return self.values.get(node, {}).get(predicate)

    def text_for(self, doc: Iterable[Triple], previous: set[str]) -> str:
        """What the store says about the document's shared nodes, leaving out its own earlier versions."""
        nodes = shared_nodes(doc)
        if previous:  # a replacement: ask the store, without the versions being replaced
            found = self._query(_ABOUT_IN_OTHERS, nodes, previous)
            return "".join(nt_line(t) for n in nodes for t in found.get(n, ()))
        self._load(nodes)
        return "".join(line for n in nodes for line in self.lines.get(n, ()))

    def written(self, doc: Iterable[Triple], replaced: bool) -> None:
        """Record a written document graph (its triples)."""
        if replaced:  # what the replaced versions said is gone: forget, and read again when needed
            self.lines.clear()
            self.values.clear()
            self.existing = self._existing()
            return
        about: dict[Node, list[Triple]] = defaultdict(list)
        for t in doc:
            about[t[0]].append(t)
        a = RDF.type  # looked up once: each RDF.type is a call into rdflib's namespace class
        for node in shared_nodes(doc):
            self.existing.add(str(node))
            triples = list(about[node])
            pointed = {o for _, p, o in triples if p != a and isinstance(o, URIRef)}
            triples += [t for o in pointed for t in about.get(o, ()) if t[1] == a]
            self._remember(node, triples)

    def _existing(self) -> set[str]:
        return {str(r["s"]) for r in self.store.select(_EXISTING) if str(r["s"]).startswith(SHARED_NODES)}

    def _load(self, nodes: Iterable[URIRef]) -> None:
        missing = [n for n in nodes if n not in self.lines and str(n) in self.existing]
        if missing:
            found = self._query(_ABOUT, missing, set())
            for node in missing:
                self._remember(node, found.get(node, []))

    def _remember(self, node: URIRef, triples: list[tuple[Node, Node, Node]]) -> None:
        self.lines.setdefault(node, set()).update(nt_line(t) for t in triples)
        values = self.values.setdefault(node, {})
        for s, p, o in triples:
            if s == node:  # not the types of what it points to
                values.setdefault(p, o)

    def _query(self, template: str, nodes: Iterable[URIRef],
               own: set[str]) -> dict[Node, list[tuple[Node, Node, Node]]]:
        nodes = list(nodes)
        if not nodes:
            return {}
        query = template.replace("?NODES", " ".join(f"<{n}>" for n in nodes))
        query = query.replace("?OWN", ", ".join(f"<{g}>" for g in sorted(own)))
        out: dict[Node, list[tuple[Node, Node, Node]]] = defaultdict(list)
        for r in self.store.query(query).rows:
            out[r["n"]].append((r["s"], r["p"], r["o"]))
        return out
