"""N-Triples text of rdflib triples, one line each, written with rdflib's public term API.

Ingestion writes each document's triples as N-Triples once and uses the text twice: as the data that
per-document validation parses (`graph.validation.document`) and as what the store loads. rdflib's
own row writer is private (``rdflib.plugins.serializers.nt._nt_row``) and going through
``Graph.serialize`` costs a graph per call, so the few lines are here; `tests/test_ntriples.py` holds
them to ``Graph.serialize(format="nt")`` on literals that need escaping.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Literal, URIRef
from rdflib.term import Node


def _literal(o: Literal) -> str:
    text = '"' + o.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r") + '"'
    if o.language:
        return f"{text}@{o.language}"
    if o.datatype:
        return f"{text}^^<{o.datatype}>"
    return text


def _term(t: Node) -> str:
    # an IRI as it is: URIRef.n3() would first scan it for the ten characters an IRI cannot hold, on
    # every call; ours are minted slugs or reference IRIs, and the N-Triples parsers that read these
    # lines (validation, the store) refuse a broken one all the same
    return f"<{t}>" if type(t) is URIRef else _literal(t) if isinstance(t, Literal) else t.n3()


def nt_line(triple: tuple[Node, Node, Node]) -> str:
    s, p, o = triple
    return f"{_term(s)} {_term(p)} {_term(o)} .\n"


def nt_lines(triples: Iterable[tuple[Node, Node, Node]]) -> str:
    return "".join(nt_line(t) for t in triples)
