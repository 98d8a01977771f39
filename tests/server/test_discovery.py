"""VoID, dumps and health (server/discovery.py)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from flask import Flask
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF, XSD

from graph.store.oxigraph import OxigraphStore
from graph.store.terms import to_rdflib
from server import create_app

DATA = Path(__file__).resolve().parent / "data"
VOID = Namespace("http://rdfs.org/ns/void#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
KG = Namespace("https://w3id.org/osce-kg/id/")
OSCE = Namespace("https://w3id.org/osce-kg/def#")


def make_app(store: OxigraphStore | None = None) -> tuple[Flask, OxigraphStore]:
    if store is None:
        store = OxigraphStore(None)
        store.load_file(DATA / "ld_sample.trig")
    return create_app({"store": "memory", "public_url": "https://kg.example.org"}, store=store), store


def void_of(body: bytes, fmt: str = "turtle") -> tuple[Graph, URIRef]:
    g = Graph()
    if fmt == "json-ld":
        for t in ox.parse(body, format=ox.RdfFormat.JSON_LD):
            g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    else:
        g.parse(data=body, format=fmt)
    (ds,) = [
        s
        for s in g.subjects(RDF.type, VOID.Dataset)
        if (s, VOID.triples, None) in g and (s, VOID.classPartition, None) in g
    ]
    return g, ds  # type: ignore[return-value]


def int_of(g: Graph, s: object, p: URIRef) -> int:
    value = g.value(s, p)  # type: ignore[arg-type]
    assert value is not None and value.datatype == XSD.integer, (s, p)
    return int(value)


def test_void_counts_agree_with_the_store() -> None:
    app, store = make_app()
    r = app.test_client().get("/.well-known/void")
    assert r.status_code == 200 and r.mimetype == "text/turtle"
    g, ds = void_of(r.get_data())
    in_file = len(set(ox.parse(path=str(DATA / "ld_sample.trig"), format=ox.RdfFormat.TRIG)))
    assert int_of(g, ds, VOID.triples) == len(store) == in_file
    # entities: distinct typed subjects in our id/ space, counted independently here
    ours = {s for s, p, _o, _g in store.quads() if str(s).startswith(str(KG)) and p == RDF.type}
    assert int_of(g, ds, VOID.entities) == len(ours)
    partitions = {
        g.value(p, VOID["class"]): int_of(g, p, VOID.entities) for p in g.objects(ds, VOID.classPartition)
    }
    assert partitions[OSCE.ParticipatingState] == 2
    assert partitions[OSCE.Chairpersonship] == 2
    assert partitions[URIRef("https://schema.org/Person")] == 1
    subsets = {
        g.value(s, SD.name): int_of(g, s, VOID.triples)
        for s in g.objects(ds, VOID.subset)
        if g.value(s, SD.name) is not None
    }
    assert subsets == {URIRef(name): len(store.graph_triples(name)) for name in store.named_graphs()}


def test_void_links_dumps_endpoint_vocabularies_and_examples() -> None:
    app, _ = make_app()
    g, ds = void_of(app.test_client().get("/.well-known/void").get_data())
    assert set(g.objects(ds, VOID.dataDump)) == {
        URIRef("https://kg.example.org/dumps/osce-kg.trig.gz"),
        URIRef("https://kg.example.org/dumps/osce-kg.nq.gz"),
    }
    assert g.value(ds, VOID.sparqlEndpoint) == URIRef("https://kg.example.org/sparql")
    assert str(g.value(ds, VOID.uriSpace)) == "https://w3id.org/osce-kg/id/"
    vocabularies = {str(v) for v in g.objects(ds, VOID.vocabulary)}
    assert {
        "https://w3id.org/osce-kg/def#",
        "http://www.w3.org/2004/02/skos/core#",
        "https://schema.org/",
        "http://www.w3.org/ns/prov#",
        "http://www.w3.org/ns/org#",
    } <= vocabularies
    assert "http://xmlns.com/foaf/0.1/" not in vocabularies  # the sample data uses no FOAF term
    assert set(g.objects(ds, VOID.exampleResource)) == {
        KG["state/fin"],
        KG["event/alliance-against-trafficking-in-persons-18"],
        KG["person/madina-jarbussynova"],
    }


def test_void_as_json_ld_by_conneg() -> None:
    app, store = make_app()
    r = app.test_client().get("/.well-known/void", headers={"Accept": "application/ld+json"})
    assert r.mimetype == "application/ld+json"
    g, ds = void_of(r.get_data(), "json-ld")
    assert int_of(g, ds, VOID.triples) == len(store)


@pytest.mark.parametrize(
    ("name", "fmt"), [("osce-kg.nq.gz", ox.RdfFormat.N_QUADS), ("osce-kg.trig.gz", ox.RdfFormat.TRIG)]
)
def test_dumps_hold_every_quad_and_follow_writes(name: str, fmt: ox.RdfFormat) -> None:
    app, store = make_app()
    c = app.test_client()
    with c.get(f"/dumps/{name}") as r:
        assert (
            r.status_code == 200 and r.mimetype == "application/gzip" and "Content-Encoding" not in r.headers
        )
        quads = list(ox.parse(gzip.decompress(r.get_data()), format=fmt))
        etag = r.headers["ETag"]
    expected = ox.Store()
    expected.load(path=str(DATA / "ld_sample.trig"), format=ox.RdfFormat.TRIG)
    assert set(quads) == set(expected)
    with c.get(f"/dumps/{name}", headers={"If-None-Match": etag}) as cached:
        assert cached.status_code == 304
    store.load_file(DATA / "ld_escaping.trig")
    with c.get(f"/dumps/{name}") as again:
        assert again.headers["ETag"] != etag
        assert len(list(ox.parse(gzip.decompress(again.get_data()), format=fmt))) == len(store)
    assert c.get("/dumps/other.nq.gz").status_code == 404


def test_health_reports_counts_and_503_when_the_store_fails() -> None:
    app, store = make_app()
    c = app.test_client()
    body = c.get("/health").get_json()
    assert body["status"] == "ok" and body["triples"] == len(store) and body["named_graphs"] == 3
    assert body["store"] == "memory"

    class Broken(OxigraphStore):
        def query(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            raise OSError("disk gone")

    bad_app, _ = make_app(Broken(None))
    r = bad_app.test_client().get("/health")
    assert r.status_code == 503 and r.get_json()["status"] == "unavailable"
    assert "disk gone" in r.get_json()["error"]


def test_live_void_dumps_and_health(live_server: str) -> None:
    health = requests.get(live_server + "/health", timeout=30).json()
    assert health["status"] == "ok" and health["store"] == "oxigraph" and health["triples"] > 1000
    r = requests.get(live_server + "/.well-known/void", headers={"Accept": "text/turtle"}, timeout=60)
    g, ds = void_of(r.content)
    assert int_of(g, ds, VOID.triples) == health["triples"]
    assert KG["state/fin"] in set(g.objects(ds, VOID.exampleResource))
    partitions = {
        g.value(p, VOID["class"]): int_of(g, p, VOID.entities) for p in g.objects(ds, VOID.classPartition)
    }
    assert partitions[OSCE.ParticipatingState] == 57
    dump = requests.get(live_server + "/dumps/osce-kg.nq.gz", timeout=120)
    assert dump.headers["Content-Type"] == "application/gzip"
    assert (
        len(list(ox.parse(gzip.decompress(dump.content), format=ox.RdfFormat.N_QUADS))) == health["triples"]
    )
