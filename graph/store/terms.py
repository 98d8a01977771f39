"""Conversion between rdflib terms and pyoxigraph terms, at the edge of the Oxigraph backend."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier, Node

_XSD_STRING = str(XSD.string)
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def to_rdflib(term: Any) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    if isinstance(term, ox.DefaultGraph):
        return URIRef("urn:x-default-graph")
    raise TypeError(f"cannot convert {term!r}")


def to_ox(term: Identifier | Node) -> Any:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None and str(term.datatype) != _LANG_STRING:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot convert {term!r}")


def query_result(res: Any, max_rows: int | None) -> Any:
    """A pyoxigraph answer (local or parsed from a remote server) as a `QueryResult`, rows capped."""
    from graph.store.base import QueryResult

    if isinstance(res, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(res))
    if isinstance(res, ox.QuerySolutions):
        variables = [v.value for v in res.variables]
        rows = [{v: to_rdflib(sol[v]) for v in variables if sol[v] is not None}
                for sol in islice(res, max_rows)]
        return QueryResult("select", variables=variables, rows=rows)
    g = Graph()
    triples: Iterable[Any] = islice(res, max_rows)
    for t in triples:
        g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    return QueryResult("graph", graph=g)
