"""Every backend keeps the same contract: memory, persistent Oxigraph, and a real Oxigraph server."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from graph.store.base import DatasetSpec, QuerySyntaxError, Store, StoreError
from graph.store.oxigraph import OxigraphStore

G = "https://w3id.org/osce-kg/graph/test/"
EX = "https://w3id.org/osce-kg/id/test/"


def triples(n: int, tag: str) -> Graph:
    g = Graph()
    for i in range(n):
        s = URIRef(f"{EX}{tag}/{i}")
        g.add((s, URIRef(EX + "label"), Literal(f"{tag} {i} — “quoted”", lang="en")))
        g.add((s, URIRef(EX + "n"), Literal(i, datatype=XSD.integer)))
        g.add((s, URIRef(EX + "year"), Literal("2018", datatype=XSD.gYear)))
    return g


def rows(store: Store, sparql: str, **kw: object) -> set[frozenset[tuple[str, object]]]:
    return {frozenset(r.items()) for r in store.query(sparql, **kw).rows}  # type: ignore[arg-type]


def test_replace_graphs_writes_named_graphs_and_bumps_generation(store: Store) -> None:
    before = store.generation
    store.replace_graphs({G + "a": triples(3, "a"), G + "b": triples(2, "b")})
    assert store.generation > before
    assert store.named_graphs() == [G + "a", G + "b"]
    assert len(store) == 15
    store.replace_graphs({G + "a": triples(1, "a2"), G + "b": None})
    assert store.named_graphs() == [G + "a"]
    assert set(store.graph_triples(G + "a")) == set(triples(1, "a2"))


def test_replace_graphs_is_atomic(store: Store) -> None:
    store.replace_graph(G + "a", triples(2, "a"))
    # the second graph's name is no IRI: the store refuses the request after the first part was written
    with pytest.raises(StoreError):
        store.replace_graphs({G + "a": triples(5, "new"), "http://example.org/bad graph": triples(1, "b")})
    assert store.named_graphs() == [G + "a"]
    assert set(store.graph_triples(G + "a")) == set(triples(2, "a"))


def test_default_graph_is_the_union_of_named_graphs(store: Store) -> None:
    a, b = Graph(), Graph()
    a.add((URIRef(EX + "s"), URIRef(EX + "p"), URIRef(EX + "o")))
    b.add((URIRef(EX + "o"), URIRef(EX + "q"), Literal("end")))
    store.replace_graphs({G + "a": a, G + "b": b})
    got = store.query(f"SELECT ?v WHERE {{ <{EX}s> <{EX}p> ?o . ?o <{EX}q> ?v }}").values("v")
    assert got == [Literal("end")]


def test_bindings_are_substituted_for_projected_variables(store: Store) -> None:
    store.replace_graph(G + "a", triples(5, "a"))
    q = f"SELECT ?s ?label WHERE {{ ?s <{EX}label> ?label . OPTIONAL {{ ?s <{EX}n> ?n }} }} ORDER BY ?label"
    bound = store.query(q, bindings={"s": URIRef(EX + "a/3")})
    assert [r["label"] for r in bound.rows] == [Literal("a 3 — “quoted”", lang="en")]
    assert bound.rows[0]["s"] == URIRef(EX + "a/3")
    by_number = store.query(f"SELECT ?n ?s WHERE {{ ?s <{EX}n> ?n }}",
                            bindings={"n": Literal(4, datatype=XSD.integer)})
    assert by_number.values("s") == [URIRef(EX + "a/4")]


def test_dataset_spec_restricts_default_and_named_graphs(store: Store) -> None:
    store.replace_graphs({G + "a": triples(2, "a"), G + "b": triples(3, "b")})
    count = f"SELECT (COUNT(*) AS ?c) WHERE {{ ?s <{EX}n> ?n }}"
    assert store.query(count).values("c") == [Literal(5, datatype=XSD.integer)]
    only_b = store.query(count, dataset=DatasetSpec(default_graphs=[G + "b"]))
    assert only_b.values("c") == [Literal(3, datatype=XSD.integer)]
    named = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                        dataset=DatasetSpec(named_graphs=[G + "a"]))
    assert named.values("g") == [URIRef(G + "a")]


def test_query_serialized_and_syntax_errors(store: Store) -> None:
    store.replace_graph(G + "a", triples(2, "a"))
    kind, body = store.query_serialized(f"SELECT ?s WHERE {{ ?s <{EX}n> ?n }} ORDER BY ?s", "json")
    assert kind == "select"
    assert [b["s"]["value"] for b in json.loads(body)["results"]["bindings"]] == [EX + "a/0", EX + "a/1"]
    kind, body = store.query_serialized(f"SELECT ?s WHERE {{ ?s <{EX}n> ?n }}", "json", max_rows=1)
    assert len(json.loads(body)["results"]["bindings"]) == 1
    kind, body = store.query_serialized(f"CONSTRUCT WHERE {{ ?s <{EX}n> ?n }}", "turtle")
    assert kind == "graph" and len(Graph().parse(data=body, format="turtle")) == 2
    kind, body = store.query_serialized("ASK { ?s ?p ?o }", "json")
    assert kind == "ask" and json.loads(body)["boolean"] is True
    with pytest.raises(QuerySyntaxError):
        store.query("SELECT ?s WHERE { ?s ")


def test_dump_round_trips_every_quad(store: Store) -> None:
    store.replace_graphs({G + "a": triples(2, "a"), G + "b": triples(1, "b")})
    buf = io.BytesIO()
    store.dump(buf, "nquads")
    copy = OxigraphStore(None)
    copy.load_bytes(buf.getvalue(), "nquads")
    assert set(copy.quads()) == set(store.quads())
    assert len(copy) == 9
    buf = io.BytesIO()
    store.dump(buf, "trig")
    assert len(list(ox.parse(buf.getvalue(), format=ox.RdfFormat.TRIG))) == 9


def test_clear_empties_the_store(store: Store) -> None:
    store.replace_graph(G + "a", triples(2, "a"))
    store.clear()
    assert len(store) == 0 and store.named_graphs() == []


FORMATS = {"turtle": ".ttl", "nt": ".nt", "xml": ".rdf", "json-ld": ".jsonld", "trig": ".trig",
           "nquads": ".nq"}


def _write(tmp: Path, fmt: str, data: Graph) -> Path:
    path = tmp / f"data{FORMATS[fmt]}"
    if fmt in {"trig", "nquads"}:  # rdflib's Dataset serializers warn (deprecated API): use pyoxigraph's
        from graph.store.terms import to_ox

        quads = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(G + "in-file")) for s, p, o in data]
        rdf_format = ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.N_QUADS
        path.write_bytes(ox.serialize(quads, format=rdf_format))
    else:
        path.write_bytes(data.serialize(format=fmt, encoding="utf-8"))
    return path


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_load_file_reads_every_rdf_format(store: Store, tmp_path: Path, fmt: str) -> None:
    data = triples(3, "f")
    path = _write(tmp_path, fmt, data)
    store.load_file(path, graph=G + "loaded")
    target = G + ("in-file" if fmt in {"trig", "nquads"} else "loaded")
    assert store.named_graphs() == [target]
    assert set(store.graph_triples(target)) == set(data)


def test_a_malformed_file_names_itself_and_loads_nothing(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "broken.ttl"
    good = triples(50, "ok").serialize(format="nt")
    path.write_text(good + f"<{EX}x> <{EX}p> \"unterminated .\n", encoding="utf-8")
    with pytest.raises(StoreError) as err:
        store.load_file(path, graph=G + "broken")
    assert str(path) in str(err.value)
    assert len(store) == 0 and store.named_graphs() == []


def test_a_large_malformed_file_loads_nothing_either(store: Store, tmp_path: Path) -> None:
    """Big files take the embedded bulk loader (graph.store.oxigraph.BULK_BYTES): atomic as well."""
    from graph.store.oxigraph import BULK_BYTES

    path = tmp_path / "big.nt"
    body = triples(6000, "big").serialize(format="nt")
    assert len(body.encode()) > BULK_BYTES
    path.write_text(body + f"<{EX}x> <{EX}p> <{EX}not closed .\n", encoding="utf-8")
    with pytest.raises(StoreError) as err:
        store.load_file(path, graph=G + "big")
    assert str(path) in str(err.value)
    assert len(store) == 0
