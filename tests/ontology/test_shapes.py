"""Every SHACL shape fires on its bad fixture, at the declared focus nodes, and holds on its good one.

Both engines are checked: pySHACL (graph/validation/reference.py) and pyshacl-turbo (per-document
ingest validation).
"""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, SH, XSD
from shape_fixtures import (
    FIXTURES,
    expected_focus,
    fired,
    fired_property_shapes,
    fixture_data,
    owner,
    property_shapes,
    shape_names,
    turbo_fired,
)

from graph.namespaces import KG, OSCE
from graph.paths import SHAPES_FILE
from graph.validation import shapes_graph, validate_graph

SHAPES = shape_names()
WARNING_SHAPES = {"QuotationFlagShape", "DocumentDateShape"}


def test_every_shape_has_good_and_bad_fixtures() -> None:
    missing = [s for s in SHAPES for kind in ("good", "bad") if not (FIXTURES / s / f"{kind}.ttl").is_file()]
    assert not missing, f"shapes without fixtures: {missing}"
    orphans = sorted(d.name for d in FIXTURES.iterdir() if d.is_dir() and d.name not in SHAPES)
    assert not orphans, f"fixture folders for shapes that do not exist: {orphans}"
    assert len(SHAPES) >= 30


def test_base_world_conforms_without_any_result() -> None:
    report = validate_graph(fixture_data(None))
    assert report.conforms and not report.results, report.text()


@pytest.mark.parametrize("shape", SHAPES)
def test_shape_holds_on_good_fixture(shape: str) -> None:
    data = fixture_data(FIXTURES / shape / "good.ttl")
    report = validate_graph(data)
    assert not report.results, report.text()
    assert not turbo_fired(data)


@pytest.mark.parametrize("shape", SHAPES)
def test_shape_fires_on_bad_fixture(shape: str) -> None:
    bad = FIXTURES / shape / "bad.ttl"
    focus = expected_focus(bad)
    assert focus, f"{bad} declares no '# focus:' line"
    data = fixture_data(bad)
    report = validate_graph(data)
    assert turbo_fired(data) == fired(report), "pyshacl-turbo and pySHACL disagree"
    hits = fired(report).get(f"osh:{shape}", {})
    missed = focus - hits.keys()
    assert not missed, f"osh:{shape} did not fire on {sorted(missed)}\n{report.text()}"
    silent = property_shapes(shape) - fired_property_shapes(report)
    paths = sorted(str(shapes_graph().value(p, SH.path)) for p in silent)
    assert not silent, f"property shapes of osh:{shape} that no bad case exercises (paths): {paths}"
    severity = "Warning" if shape in WARNING_SHAPES else "Violation"
    assert {hits[f] for f in focus} == {severity}
    assert report.conforms is (shape in WARNING_SHAPES)


def test_warning_shapes_are_declared_as_warnings() -> None:
    g = Graph().parse(SHAPES_FILE, format="turtle")
    warnings = {str(owner(s, g)).rsplit("#", 1)[-1] for s in g.subjects(SH.severity, SH.Warning)}
    assert warnings == WARNING_SHAPES


def test_sparql_constraints_declare_prefixes_as_any_uri() -> None:
    """pySHACL needs sh:prefixes pointing at sh:declare entries whose sh:namespace is an xsd:anyURI."""
    g = Graph().parse(SHAPES_FILE, format="turtle")
    constraints = list(g.subjects(RDF.type, SH.SPARQLConstraint))
    assert len(constraints) >= 10
    for c in constraints:
        decl = g.value(c, SH.prefixes)
        namespaces = [g.value(d, SH.namespace) for d in g.objects(decl, SH.declare)]
        assert namespaces and all(isinstance(n, Literal) and n.datatype == XSD.anyURI for n in namespaces)
        assert "$this" in str(g.value(c, SH.select))


def test_one_added_triple_breaks_conformance() -> None:
    """The CI gate's promise: one bad triple on a valid graph makes it non-conforming, named by shape."""
    data = fixture_data(None)
    event = KG["event/alliance-against-trafficking-in-persons-18"]
    data.add((event, OSCE.editionNumber, Literal(0)))
    report = validate_graph(data)
    assert not report.conforms
    assert event in fired(report)["osh:EventShape"]
