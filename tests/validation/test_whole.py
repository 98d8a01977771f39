"""Whole-graph validation (`graph.validation.whole`) reports exactly what pySHACL (the reference) reports.

Compared as sets of (focus node, source shape, path, severity) on every shape fixture of the
ontology engineer (tests/ontology/shapes/*/bad.ttl and good.ttl), on all the bad fixtures at once and
on the shipped graph with one triple broken; and `osce-kg validate` exits 0 on the shipped graph, 1
after one breaking triple.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH, XSD

from graph.namespaces import KG, KGG, OSCE, SCHEMA
from graph.ontology import ontology_files
from graph.paths import ROOT
from graph.store.oxigraph import OxigraphStore
from graph.validation import Report, shapes_graph, validate_graph, validate_graph_fast, validate_store

FIXTURES = Path(__file__).resolve().parents[1] / "ontology" / "shapes"
SHAPES_WITH_FIXTURES = sorted(d.name for d in FIXTURES.iterdir() if (d / "bad.ttl").is_file())


def _owner(node: object, report: Graph, sg: Graph) -> str:
    """A result's source shape, lifted to the named shape a property shape belongs to."""
    seen = set()
    while isinstance(node, BNode) and node not in seen:
        seen.add(node)
        parent = next(sg.subjects(None, node), None)
        if parent is None:
            break
        node = parent
    return str(node)


def result_set(report: Report) -> set[tuple[str, str, str, str]]:
    g = report.graph
    assert g is not None
    sg = shapes_graph()
    out = set()
    for r in g.subjects(RDF.type, SH.ValidationResult):
        focus = g.value(r, SH.focusNode)
        path = g.value(r, SH.resultPath)
        out.add((str(focus), _owner(g.value(r, SH.sourceShape), g, sg),
                 "" if path is None or isinstance(path, BNode) else str(path),
                 str(g.value(r, SH.resultSeverity))))
    return out


def fixture_graph(path: Path | None) -> Graph:
    g = Graph()
    for f in ontology_files()[1:]:
        g.parse(f, format="turtle")
    g.parse(FIXTURES / "base.ttl", format="turtle")
    if path is not None:
        g.parse(path, format="turtle")
    return g


@pytest.mark.parametrize("shape", SHAPES_WITH_FIXTURES)
def test_fast_engine_agrees_with_pyshacl_on_shape_fixtures(shape: str) -> None:
    for kind in ("bad", "good"):
        data = fixture_graph(FIXTURES / shape / f"{kind}.ttl")
        reference, fast = validate_graph(data), validate_graph_fast(data)
        assert result_set(fast) == result_set(reference), f"{shape}/{kind}.ttl"
        assert fast.conforms is reference.conforms
        if kind == "bad":
            assert result_set(reference), f"{shape}/bad.ttl fires nothing: the comparison would be empty"


def test_every_bad_fixture_at_once_agrees_with_pyshacl_in_one_report() -> None:
    """Every shape fires here, turbo's and pyoxigraph's: their results hang off one report node."""
    data = fixture_graph(None)
    for shape in SHAPES_WITH_FIXTURES:
        data.parse(FIXTURES / shape / "bad.ttl", format="turtle")
    reference, fast = validate_graph(data), validate_graph_fast(data)
    fired = {shape.rsplit("#", 1)[-1] for _, shape, _, _ in result_set(reference)}
    assert set(SHAPES_WITH_FIXTURES) <= fired
    assert result_set(fast) == result_set(reference)
    assert fast.conforms is reference.conforms is False
    assert_one_report_holding_every_result(fast)


def assert_one_report_holding_every_result(report: Report) -> None:
    g = report.graph
    assert g is not None
    (node,) = g.subjects(RDF.type, SH.ValidationReport)
    reached, todo = set(), list(g.objects(node, SH.result))
    while todo:  # sh:result, then the sh:detail results nested in them
        r = todo.pop()
        if r not in reached:
            reached.add(r)
            todo += g.objects(r, SH.detail)
    assert reached == set(g.subjects(RDF.type, SH.ValidationResult))


def test_fast_engine_agrees_on_the_shipped_graph_with_one_triple_broken(built_store: OxigraphStore) -> None:
    store = OxigraphStore(None)
    store.load_bytes(built_store.dump_bytes("nquads"), "nquads")
    clean = validate_store(store)
    assert clean.conforms, clean.text()
    event = URIRef(KG["event/benchmark-broken-edition"])
    broken = Graph()
    broken.add((event, RDF.type, SCHEMA.Event))
    broken.add((event, SCHEMA.name, Literal("Broken", lang="en")))
    broken.add((event, OSCE.editionNumber, Literal("0", datatype=XSD.integer)))  # violates minInclusive 1
    broken.add((event, SCHEMA.startDate, Literal("2020-05-02", datatype=XSD.date)))
    broken.add((event, SCHEMA.endDate, Literal("2020-05-01", datatype=XSD.date)))  # SPARQL rule: ends first
    store.replace_graph(f"{KGG}test/broken", broken)
    fast = validate_store(store)
    reference = validate_store(store, engine="pyshacl")
    assert not fast.conforms and not reference.conforms
    assert result_set(fast) == result_set(reference)
    assert_one_report_holding_every_result(fast)
    shapes = {shape.rsplit("#", 1)[-1] for focus, shape, _, _ in result_set(fast) if focus == str(event)}
    assert {"EventShape", "EventDatesShape"} <= shapes, shapes


def _cli(*args: str, store: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OSCE_KG_STORE": "oxigraph", "OSCE_KG_STORE_PATH": str(store)}
    return subprocess.run([sys.executable, "-m", "graph.cli", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=600)


def test_cli_validate_exits_0_then_1_after_one_breaking_triple(built_store: OxigraphStore,
                                                               tmp_path: Path) -> None:
    path = tmp_path / "store"
    store = OxigraphStore(path)
    store.load_bytes(built_store.dump_bytes("nquads"), "nquads")
    store.close()
    ok = _cli("validate", store=path)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    bad = tmp_path / "bad.ttl"
    bad.write_text(f"<{KG}chairpersonship/2018> <{OSCE}year> \"2017\"^^<{XSD.gYear}> .\n")
    loaded = _cli("load", str(bad), "--graph", f"{KGG}test/bad", store=path)
    assert loaded.returncode == 0, loaded.stderr
    failed = _cli("validate", store=path)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "ChairpersonshipYearShape" in failed.stdout and "chairpersonship/2018" in failed.stdout
