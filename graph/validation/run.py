"""`validate()`: the shipped shapes over N-Triples text, every validation's one way to the engines.

Per-document validation (`graph.validation.document`) passes a document's data and its focus nodes:
every shape runs in pyshacl-turbo (`graph.validation.turbo`). Whole-graph validation
(`graph.validation.whole`) also passes a pyoxigraph store holding the same data: the node shapes whose
only constraint is ``sh:sparql`` then run there as whole-graph queries (`graph.validation.sparql`), in
a thread while turbo runs the others (both leave Python), and the results join one report.
"""

from __future__ import annotations

from collections.abc import Collection
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from typing import Literal as Choice

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from graph.namespaces import SH
from graph.validation.report import Report
from graph.validation.shapes import shapes_graph
from graph.validation.sparql import ShapeSplit, run_constraints, split_shapes
from graph.validation.turbo import TurboShapes

Engine = Choice["turbo", "pyshacl"]


@dataclass(frozen=True)
class CompiledShapes:
    turbo: TurboShapes
    split: ShapeSplit


@cache
def compiled_shapes() -> CompiledShapes:
    """The shipped shapes, compiled once per process (the first validation pays about 0.3 s)."""
    shapes = shapes_graph()
    split = split_shapes(shapes)
    if not all(isinstance(s, URIRef) for s in split.turbo):  # turbo's use_shapes takes IRIs only
        split = ShapeSplit(tuple(s for s in shapes.subjects(RDF.type, SH.NodeShape)), ())
    return CompiledShapes(TurboShapes(shapes), split)


def validate(data: str, *, focus: Collection[Node] | None = None, sparql_store: ox.Store | None = None,
             union: bool = False) -> Report:
    """The report of the shapes on the N-Triples ``data`` (which holds whatever part of the ontology the
    shapes need). ``focus``: only these focus nodes. ``sparql_store``: a pyoxigraph store holding the
    same data (``union``: as the union of its named graphs), where the SHACL-SPARQL-only shapes run."""
    if focus is not None and sparql_store is not None:
        raise ValueError("the SHACL-SPARQL queries run over the whole graph: no focus nodes with a store")
    shapes = compiled_shapes()
    if sparql_store is None or not shapes.split.sparql:
        _, report = shapes.turbo.run(data, focus=focus)
        return _report(report)
    with ThreadPoolExecutor(1, thread_name_prefix="shacl-sparql") as pool:
        found = pool.submit(run_constraints, sparql_store, shapes.split.sparql, union)
        _, report = shapes.turbo.run(data, focus=focus, use_shapes=shapes.split.turbo)
        extra = found.result()
    node = report.value(predicate=RDF.type, object=SH.ValidationReport) or BNode()
    for r in extra.subjects(RDF.type, SH.ValidationResult):
        report.add((node, SH.result, r))
    report += extra
    report.add((node, RDF.type, SH.ValidationReport))
    return _report(report, node)


def _report(graph: Graph, node: Node | None = None) -> Report:
    if next(graph.subjects(RDF.type, SH.ValidationResult), None) is None:
        return Report(True, [], graph)  # most documents: no prefixes bound, no results read
    report = Report.from_graph(graph)
    node = node or graph.value(predicate=RDF.type, object=SH.ValidationReport)
    if node is not None:
        graph.set((node, SH.conforms, Literal(report.conforms)))
    return report
