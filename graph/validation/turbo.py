"""The one place that calls pyshacl-turbo (the Rust SHACL engine), through its public API only.

``compile_shapes(graph).validate(Input(text, "nt", ...), ...)``: the data goes in as N-Triples text,
which turbo's native parser reads. An rdflib Graph would be converted term by term in Python (more
than the validation costs), and a pyoxigraph Store is read as named graphs rather than their union,
with plain literals typed xsd:string (``sh:in ("month")`` would fail). `Input` lives in
``pyshacl_turbo.rdf`` and is not in the package's ``__all__``; `tests/validation/test_turbo.py`
asserts the signatures and behaviour relied on here, so an upgrade that changes them fails there.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pyshacl_turbo import compile_shapes
from pyshacl_turbo.rdf import Input
from rdflib import Graph
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
        conforms, report, _ = self._program.validate(  # type: ignore[attr-defined]
            Input(text, "nt", None, {}, {}), allow_warnings=True,
            focus_nodes=None if focus is None else [str(f) for f in focus],
            use_shapes=None if use_shapes is None else [str(s) for s in use_shapes])
        return bool(conforms), report
