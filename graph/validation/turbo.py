"""The one place that calls pyshacl-turbo (the Rust SHACL engine).

``compile_shapes(graph).validate(Input(text, "nt", ...), ...)``: the data goes in as N-Triples text,
which turbo's native parser reads. An rdflib Graph would be converted term by term in Python (more
than the validation costs), and a pyoxigraph Store is read as named graphs rather than their union,
with plain literals typed xsd:string (``sh:in ("month")`` would fail). `Input` lives in
``pyshacl_turbo.rdf`` and is not in the package's ``__all__``; `tests/validation/test_turbo.py`
asserts the signatures and behaviour relied on here, so an upgrade that changes them fails there.

One private call, `TurboShapes._nothing_to_report`: the engine's own ``validate`` (``_native``, what
the public method calls), for the report of a run that finds nothing (every ingested document). The
public method decodes even that two-line report through rdflib's N-Triples parser, about 0.25 ms a
document, a tenth of its validation (measured 2026-12-08: 1.81 -> 1.56 ms a generated page, 300
pages back to back). When the engine reports anything, or the private call is not there, the run
goes through the public method as before; the test pins the two ways to the same reports.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pyshacl_turbo import compile_shapes
from pyshacl_turbo.rdf import Input
from rdflib import BNode, Graph, Literal
from rdflib.namespace import RDF, SH, XSD
from rdflib.term import Node


@dataclass
class TurboShapes:
    """Shapes compiled once. Compiled from a copy of ``shapes`` with the same triples (so the blank
    nodes of property shapes in a report are the shapes graph's own and a report can name their node
    shape) but no prefixes: turbo binds every prefix of the shapes graph on each report graph it
    builds, which costs more than validating a conforming document."""

    shapes: Graph
    _program: object = field(init=False, repr=False)

    def __post_init__(self) -> None:
        bare = Graph(bind_namespaces="none")
        for triple in self.shapes:
            bare.add(triple)
        self._program = compile_shapes(bare)

    def run(self, text: str, *, focus: Iterable[Node] | None = None,
            use_shapes: Iterable[Node] | None = None) -> tuple[bool, Graph]:
        """(conforms, SHACL report graph) for the N-Triples ``text``: only the shapes ``use_shapes``
        (IRIs) when given, only the focus nodes ``focus`` when given. Warnings do not break
        conformance; infos do."""
        focus_nodes = None if focus is None else [str(f) for f in focus]
        shapes = None if use_shapes is None else [str(s) for s in use_shapes]
        empty = self._nothing_to_report(text, focus_nodes, shapes)
        if empty is not None:
            return True, empty
        conforms, report, _ = self._program.validate(  # type: ignore[attr-defined]
            Input(text, "nt", None, {}, {}), allow_warnings=True, focus_nodes=focus_nodes, use_shapes=shapes)
        return bool(conforms), report

    def _nothing_to_report(self, text: str, focus_nodes: list[str] | None,
                           use_shapes: list[str] | None) -> Graph | None:
        """The report graph the public method would give, when the engine reports nothing but
        conformance (its report node, ``sh:conforms true``); else None. The engine is called with the
        arguments the public method passes for `run`'s (full IRIs: the bare shapes graph binds no
        prefix for it to expand)."""
        native = getattr(self._program, "_native", None)
        if native is None:
            return None
        conforms, report, _, _, warnings = native.validate(  # the public method's defaults, warnings allowed
            text, "nt", None, False, 100, 15, False, False, True, False, focus_nodes or [], use_shapes or [],
            [])
        if not conforms or warnings or not isinstance(report, str):
            return None
        node = report[:report.find(" ")]
        if not node.startswith("_:") or set(report.splitlines()) != {  # the engine's lines, in any order
                f"{node} <{RDF.type}> <{SH.ValidationReport}> .",
                f'{node} <{SH.conforms}> "true"^^<{XSD.boolean}> .'}:
            return None
        graph = Graph()
        graph.add((BNode(node[2:]), RDF.type, SH.ValidationReport))
        graph.add((BNode(node[2:]), SH.conforms, Literal("true", datatype=XSD.boolean)))
        return graph
