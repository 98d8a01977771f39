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

from rdflib import Graph, URIRef
from rdflib.plugins.serializers.nt import _nt_row

from graph.namespaces import KG, KGG
from graph.store.base import Store

# nodes several documents may describe (the rest — appearances, counts, documents — belong to one)
SHARED_NODES = tuple(f"{KG}{kind}/" for kind in ("event", "person", "series", "post", "org", "place"))
_EXISTING = f"""
SELECT DISTINCT ?s WHERE {{
  GRAPH ?g {{ ?s a ?type }}
  FILTER (STRSTARTS(STR(?g), "{KGG}doc/"))
}}
"""
# the IRIs written into these queries are minted slugs ([a-z0-9-]): no quoting is needed
_ABOUT = "SELECT DISTINCT ?s ?p ?o WHERE { VALUES ?s { ?NODES } ?s ?p ?o }"
_ABOUT_IN_OTHERS = """
SELECT DISTINCT ?s ?p ?o WHERE {
  VALUES ?s { ?NODES }
  GRAPH ?g { ?s ?p ?o }
  FILTER (?g NOT IN (?OWN))
}
"""


def shared_nodes(doc: Graph) -> list[URIRef]:
    return [s for s in set(doc.subjects()) if isinstance(s, URIRef) and str(s).startswith(SHARED_NODES)]


class SharedContext:
    """N-Triples about shared nodes, per node, as the store holds them (plus this batch's writes)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.existing = {str(r["s"]) for r in store.select(_EXISTING) if str(r["s"]).startswith(SHARED_NODES)}
        self.lines: dict[URIRef, set[str]] = {}

    def text_for(self, doc: Graph, previous: set[str]) -> str:
        """What the store says about the document's shared nodes, leaving out its own earlier versions."""
        nodes = shared_nodes(doc)
        if previous:  # a replacement: ask the store, without the versions being replaced
            return "".join(sorted(self._query(_ABOUT_IN_OTHERS, nodes, previous).get(n, "") for n in nodes))
        missing = [n for n in nodes if n not in self.lines and str(n) in self.existing]
        if missing:
            for node, text in self._query(_ABOUT, missing, set()).items():
                self.lines[node] = set(text.splitlines(keepends=True))
        return "".join(line for n in nodes for line in self.lines.get(n, ()))

    def written(self, doc: Graph, replaced: bool) -> None:
        """Record a written document graph."""
        if replaced:  # what the replaced versions said is gone: forget, and read again when needed
            self.lines.clear()
            self.existing = {str(r["s"]) for r in self.store.select(_EXISTING)
                             if str(r["s"]).startswith(SHARED_NODES)}
            return
        for node in shared_nodes(doc):
            self.existing.add(str(node))
            self.lines.setdefault(node, set()).update(_nt_row(t) for t in doc.triples((node, None, None)))

    def _query(self, template: str, nodes: Iterable[URIRef], own: set[str]) -> dict[URIRef, str]:
        nodes = list(nodes)
        if not nodes:
            return {}
        query = template.replace("?NODES", " ".join(f"<{n}>" for n in nodes))
        query = query.replace("?OWN", ", ".join(f"<{g}>" for g in sorted(own)))
        out: dict[URIRef, list[str]] = defaultdict(list)
        for r in self.store.query(query).rows:
            out[r["s"]].append(_nt_row((r["s"], r["p"], r["o"])))  # type: ignore[index]
        return {n: "".join(lines) for n, lines in out.items()}
