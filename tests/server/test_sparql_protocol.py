"""The SPARQL 1.1 Protocol query operation at /sparql (server/sparql.py, server/execution.py).

Runs the app over the small checked-in dataset, both on the in-memory store (queries in threads) and
on a persistent store (queries in worker processes), through Flask's WSGI test client.
"""

from __future__ import annotations

import csv
import io
import json
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from graph.namespaces import SD
from graph.store.oxigraph import OxigraphStore
from server import create_app
from server.execution import execute, get_executor

DATA = Path(__file__).resolve().parent / "data"
KGG = "https://w3id.org/osce-kg/graph/"
REFERENCE = KGG + "reference"
DOC = KGG + "doc/2018-04-24-alliance"
STATES = "SELECT ?s WHERE { ?s a <https://w3id.org/osce-kg/def#ParticipatingState> } ORDER BY ?s"
EVERYTHING = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
SR = "{http://www.w3.org/2005/sparql-results#}"


def make_app(tmp: Path | None, **settings: object) -> Flask:
    store = OxigraphStore(None if tmp is None else tmp / "store")
    store.load_file(DATA / "protocol.trig")
    kind = "memory" if tmp is None else "oxigraph"
    path = str(tmp / "store") if tmp else None
    return create_app({"store": kind, "store_path": path, **settings}, store=store)


@pytest.fixture(params=["memory", "oxigraph"])
def app(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Flask]:
    flask_app = make_app(None if request.param == "memory" else tmp_path)
    yield flask_app
    get_executor(flask_app).close()


@pytest.fixture()
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture()
def mem_client() -> Iterator[FlaskClient]:
    flask_app = make_app(None)
    yield flask_app.test_client()
    get_executor(flask_app).close()


def parse(data: bytes, fmt: str) -> Graph:
    """rdflib's parser (an independent implementation); its JSON-LD plugin still warns about
    ConjunctiveGraph, which is rdflib's business, not this server's."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return Graph().parse(data=data, format=fmt)


def states_of(body: bytes) -> list[str]:
    return [b["s"]["value"] for b in json.loads(body)["results"]["bindings"]]


EXPECTED_STATES = [f"https://w3id.org/osce-kg/id/state/{c}" for c in ("aut", "fin", "ita")]


def test_get_form_post_and_direct_post_give_the_same_answer(client: FlaskClient) -> None:
    get = client.get("/sparql", query_string={"query": STATES})
    form = client.post("/sparql", data={"query": STATES})
    direct = client.post("/sparql", data=STATES.encode(), content_type="application/sparql-query")
    for r in (get, form, direct):
        assert r.status_code == 200, r.data
        assert r.mimetype == "application/sparql-results+json"
        assert states_of(r.data) == EXPECTED_STATES
        assert r.headers["Access-Control-Allow-Origin"] == "*"


def test_select_in_every_results_format(client: FlaskClient) -> None:
    q = "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?label }\nORDER BY ?s"
    xml = client.get("/sparql", query_string={"query": q},
                     headers={"Accept": "application/sparql-results+xml"})
    assert xml.mimetype == "application/sparql-results+xml"
    literals = [e.text for e in ET.fromstring(xml.data).iter(SR + "literal")]
    assert "Finland" in literals and any("<script>" in (t or "") for t in literals)
    c = client.get("/sparql", query_string={"query": q}, headers={"Accept": "text/csv"})
    assert c.headers["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(c.data.decode())))
    assert rows[0] == ["s", "label"] and len(rows) == 5
    assert 'Alliance, comma "quoted"\tand <script>alert(1)</script>' in [r[1] for r in rows]
    t = client.get("/sparql", query_string={"query": q, "format": "tsv"})
    assert t.mimetype == "text/tab-separated-values"
    lines = t.data.decode().rstrip("\n").split("\n")
    assert lines[0] == "?s\t?label" and len(lines) == 5
    assert all(line.count("\t") == 1 for line in lines)  # the tab inside the literal is escaped


def test_construct_in_every_rdf_format_gives_the_same_graph(client: FlaskClient) -> None:
    graphs = []
    for media, parser in (("text/turtle", "turtle"), ("application/n-triples", "nt"),
                          ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")):
        r = client.get("/sparql", query_string={"query": EVERYTHING}, headers={"Accept": media})
        assert r.status_code == 200 and r.mimetype == media
        graphs.append(parse(r.data, parser))
    assert len(graphs[0]) == 18
    assert all(isomorphic(graphs[0], g) for g in graphs[1:])


def test_ask_and_describe(client: FlaskClient) -> None:
    r = client.get("/sparql", query_string={"query": "ASK { ?s ?p 18 }"},
                   headers={"Accept": "application/sparql-results+xml"})
    assert r.mimetype == "application/sparql-results+xml" and b"<boolean>true</boolean>" in r.data
    r = client.get("/sparql", query_string={"query": "DESCRIBE <https://w3id.org/osce-kg/id/state/fin>"})
    g = parse(r.data, "turtle")
    assert (URIRef("https://w3id.org/osce-kg/id/state/fin"), None, Literal("Finland", lang="en")) in g


def test_protocol_dataset_and_from_clauses(client: FlaskClient) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"

    def n(r) -> int:  # type: ignore[no-untyped-def]
        assert r.status_code == 200, r.data
        return int(json.loads(r.data)["results"]["bindings"][0]["n"]["value"])

    assert n(client.get("/sparql", query_string={"query": count})) == 18  # default graph = union
    assert n(client.get("/sparql", query_string={"query": count, "default-graph-uri": DOC})) == 3
    assert n(client.get("/sparql", query_string=[("query", count), ("default-graph-uri", DOC),
                                                 ("default-graph-uri", REFERENCE)])) == 18
    assert n(client.get("/sparql", query_string={"query": count, "default-graph-uri": "urn:uuid:none"})) == 0
    named = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert n(client.get("/sparql", query_string={"query": named})) == 2
    assert n(client.get("/sparql", query_string={"query": named, "named-graph-uri": DOC})) == 1
    # FROM a named graph of the dataset works and selects it; the protocol dataset overrides FROM
    from_doc = f"SELECT (COUNT(*) AS ?n) FROM <{DOC}> WHERE {{ ?s ?p ?o }}"
    assert n(client.get("/sparql", query_string={"query": from_doc})) == 3
    assert n(client.get("/sparql", query_string={"query": from_doc, "default-graph-uri": REFERENCE})) == 15
    from_named = f"SELECT (COUNT(*) AS ?n) FROM NAMED <{DOC}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    assert n(client.get("/sparql", query_string={"query": from_named})) == 3


@pytest.mark.parametrize(("request_args", "status", "says"), [
    ({"method": "GET", "query_string": {"query": "SELECT * WHERE {\n  ?s ?p\n}"}}, 400, "at line 3, column "),
    ({"method": "GET", "query_string": {"query": ""}}, 400, "empty"),
    ({"method": "GET", "query_string": {"default-graph-uri": "urn:x"}}, 400, "missing query"),
    ({"method": "POST", "data": {"default-graph-uri": "urn:x"}}, 400, "missing query"),
    ({"method": "GET", "query_string": [("query", "ASK {}"), ("query", "ASK {}")]}, 400, "repeated 2 times"),
    ({"method": "POST", "data": {"query": ["ASK {}", "ASK {}"]}}, 400, "repeated"),
    ({"method": "POST", "query_string": {"query": "ASK {}"}, "data": b"ASK {}",
      "content_type": "application/sparql-query"}, 400, "both as the body and as a query parameter"),
    ({"method": "PUT", "query_string": {"query": "ASK {}"}}, 405, "use GET or POST"),
    ({"method": "DELETE"}, 405, "not allowed"),
    ({"method": "POST", "data": b"ASK {}", "content_type": "text/plain"}, 415, "text/plain is not supported"),
    ({"method": "POST", "data": b"query=ASK%20%7B%7D", "content_type": ""}, 415, "without Content-Type"),
    ({"method": "POST", "data": "ASK {}".encode("utf-16"),
      "content_type": "application/sparql-query; charset=UTF-16"}, 415, "UTF-8"),
    ({"method": "POST", "data": b"\xff\xfe", "content_type": "application/sparql-query"}, 400, "UTF-8"),
    ({"method": "GET", "query_string": "query=ASK%20%7B%FF%7D"}, 400, "UTF-8"),
    ({"method": "GET", "query_string": {"query": "CLEAR ALL"}}, 400, "read-only"),
    ({"method": "GET", "query_string": {"query": "PREFIX x: <urn:x:> INSERT DATA { x:a x:b x:c }"}}, 400,
     "Update"),
    ({"method": "POST", "data": {"update": "CLEAR ALL"}}, 403, "read-only"),
    ({"method": "POST", "data": b"DROP ALL", "content_type": "application/sparql-update"}, 403,
     "read-only"),
    ({"method": "POST", "data": {"query": "ASK {}", "update": "CLEAR ALL"}}, 400,
     "both a query and an update"),
    ({"method": "GET", "query_string": {"query": "ASK {}"}, "headers": {"Accept": "image/png"}}, 406,
     "offers"),
])
def test_errors_have_exact_statuses_and_say_what_is_wrong(mem_client: FlaskClient,
                                                          request_args: dict[str, object],
                                                          status: int, says: str) -> None:
    r = mem_client.open("/sparql", **request_args)  # type: ignore[arg-type]
    assert r.status_code == status, r.data
    assert r.mimetype == "text/plain"
    assert says in r.get_data(as_text=True)
    if status == 405:
        assert r.headers["Allow"] == "GET, POST, HEAD, OPTIONS"


def test_syntax_error_shows_the_line_and_a_caret(mem_client: FlaskClient) -> None:
    text = mem_client.get("/sparql", query_string={"query": "ASK {"}).get_data(as_text=True)
    assert "line 1, column 6" in text and text.rstrip().endswith("ASK {\n       ^")


def test_service_description(client: FlaskClient) -> None:
    r = client.get("/sparql")
    assert r.status_code == 200 and r.mimetype == "text/turtle"
    g = parse(r.data, "turtle")
    service = URIRef("http://localhost/sparql")
    assert (service, RDF.type, SD.Service) in g and (service, SD.endpoint, service) in g
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in g
    assert (service, SD.feature, SD.UnionDefaultGraph) in g
    assert len(set(g.objects(service, SD.resultFormat))) == 10
    assert {str(o) for o in g.objects(None, SD.name)} == {REFERENCE, DOC}
    for media, fmt in (("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")):
        other = client.get("/sparql", headers={"Accept": media})
        assert other.mimetype == media
        assert isomorphic(parse(other.data, fmt), g)


def test_cors_preflight_and_head(mem_client: FlaskClient) -> None:
    r = mem_client.options("/sparql", headers={"Origin": "https://example.org",
                                                "Access-Control-Request-Method": "POST"})
    assert r.status_code == 204
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in r.headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in r.headers["Access-Control-Allow-Headers"]
    h = mem_client.head("/sparql", query_string={"query": "ASK {}"})
    assert h.status_code == 200 and h.data == b"" and int(h.headers["Content-Length"]) > 0


@pytest.mark.parametrize("kind", ["memory", "oxigraph"])
def test_row_cap(kind: str, tmp_path: Path) -> None:
    flask_app = make_app(None if kind == "memory" else tmp_path, max_rows=2)
    c = flask_app.test_client()
    try:
        r = c.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"})
        assert len(json.loads(r.data)["results"]["bindings"]) == 2 and r.headers["X-SPARQL-MaxRows"] == "2"
        r = c.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1"})
        assert len(json.loads(r.data)["results"]["bindings"]) == 1 and "X-SPARQL-MaxRows" not in r.headers
        # a trailing VALUES clause: LIMIT goes before it
        q = "SELECT * WHERE { ?s ?p ?o } VALUES ?p { <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> }"
        r = c.get("/sparql", query_string={"query": q}, headers={"Accept": "text/csv"})
        assert r.status_code == 200 and len(r.data.decode().strip().split("\r\n")) == 3
        g = parse(c.get("/sparql", query_string={"query": EVERYTHING}).data, "turtle")
        assert len(g) == 2
    finally:
        get_executor(flask_app).close()


def test_request_size_limit() -> None:
    flask_app = make_app(None, max_request_bytes=2000)
    c = flask_app.test_client()
    big = "ASK {} #" + "x" * 3000
    r = c.post("/sparql", data=big.encode(), content_type="application/sparql-query")
    assert r.status_code == 413 and "limit is 2000" in r.get_data(as_text=True)
    r = c.get("/sparql", query_string={"query": big})
    assert r.status_code == 414
    assert c.post("/sparql", data=b"ASK {}", content_type="application/sparql-query").status_code == 200


def test_execute_for_other_views_binds_parameters(app: Flask) -> None:
    from graph.store.base import DatasetSpec

    q = "SELECT ?label ?s WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?label }"
    with app.app_context():
        kind, body, media = execute(q, fmt="csv", bindings={"s": URIRef("https://w3id.org/osce-kg/id/state/ita")})
        assert (kind, media) == ("select", "text/csv")
        assert body.decode().split("\r\n")[1] == "Italy,https://w3id.org/osce-kg/id/state/ita"
        kind, body, media = execute(EVERYTHING, fmt=("json", "jsonld"), dataset=DatasetSpec([DOC], None))
        assert (kind, media) == ("graph", "application/ld+json") and len(parse(body, "json-ld")) == 3
        with pytest.raises(ValueError, match="CONSTRUCT|GRAPH"):
            execute(EVERYTHING, fmt="csv")


def test_remote_backend_answers_the_same(tmp_path: Path) -> None:
    """Over a real Oxigraph server through the remote store: same answers, and graph IRIs the
    dataset does not hold are never passed on (a remote server might fetch them)."""
    from tests.store.store_servers import oxigraph_binary, start_oxigraph

    if not Path(oxigraph_binary()).exists():
        pytest.skip(f"the oxigraph server binary is not installed ({oxigraph_binary()})")
    server = start_oxigraph(tmp_path)
    try:
        flask_app = create_app({"store": "remote", "remote_query_url": server.query_url,
                                "remote_update_url": server.update_url, "cache_size": 0})
        flask_app.extensions["osce_kg"].load_file(DATA / "protocol.trig")
        c = flask_app.test_client()
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"

        def n(**params: str | list[str]) -> int:
            r = c.get("/sparql", query_string={"query": count, **params})
            assert r.status_code == 200, r.data
            return int(json.loads(r.data)["results"]["bindings"][0]["n"]["value"])

        assert n() == 18
        assert n(**{"default-graph-uri": DOC}) == 3
        assert n(**{"default-graph-uri": "urn:uuid:none"}) == 0
        assert n(**{"default-graph-uri": ["urn:uuid:none", DOC]}) == 3
        assert states_of(c.get("/sparql", query_string={"query": STATES}).data) == EXPECTED_STATES
        outside = "SELECT * FROM <http://127.0.0.1:9/g> WHERE { ?s ?p ?o }"
        r = c.get("/sparql", query_string={"query": outside})
        assert r.status_code == 403
        g = parse(c.get("/sparql", query_string={"query": EVERYTHING}).data, "turtle")
        assert len(g) == 18
        get_executor(flask_app).close()
    finally:
        server.stop()


def test_time_limit_in_thread_mode() -> None:
    """The in-memory store runs queries in threads: past the limit the answer is 503 all the same
    (the thread finishes its query in the background; see server/execution.py)."""
    store = OxigraphStore(None)
    store.load_bytes(b"".join(b'<urn:b:%d> <urn:b:p> "%d" .\n' % (i, i) for i in range(1500)), "nt",
                     graph="urn:g")
    flask_app = create_app({"store": "memory", "query_timeout": 0.1}, store=store)
    c = flask_app.test_client()
    slow = c.get("/sparql", query_string={"query": "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f }"})
    assert slow.status_code == 503 and slow.headers["Retry-After"] == "5"
    assert "time limit of 0.1 s" in slow.get_data(as_text=True)
    assert c.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"}).status_code == 200
    get_executor(flask_app).close()


def test_answers_come_from_the_cache_until_the_data_changes(tmp_path: Path) -> None:
    from graph.store.cache import CachingStore

    inner = OxigraphStore(tmp_path / "store")
    inner.load_file(DATA / "protocol.trig")
    store = CachingStore(inner, 16)
    flask_app = create_app({"store": "oxigraph", "store_path": str(tmp_path / "store")}, store=store)
    c = flask_app.test_client()
    count = {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "format": "csv"}
    try:
        assert c.get("/sparql", query_string=count).data == b"n\r\n18\r\n"
        misses = store.misses
        assert c.get("/sparql", query_string=count).data == b"n\r\n18\r\n"
        assert store.hits >= 1 and store.misses == misses
        store.load_bytes(b"<urn:a> <urn:b> <urn:c> .\n", "nt", graph="urn:g")  # a write: new generation
        assert c.get("/sparql", query_string=count).data == b"n\r\n19\r\n"
    finally:
        get_executor(flask_app).close()
